#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createsNewDatabasePrivately();
    void reopensExistingDatabase();
    void foreignKeysAndWalAreOn();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesNewerSchema();
    void oneConnectionPerThread();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::createsNewDatabasePrivately()
{
    Database db;
    const QString file = path(QStringLiteral("sub/dir/new.sqlite"));
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    const QFile::Permissions perms = QFile::permissions(file);
    QVERIFY(perms & QFile::ReadOwner);
    QVERIFY(perms & QFile::WriteOwner);
    QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
}

void TestDatabase::reopensExistingDatabase()
{
    const QString file = path(QStringLiteral("a.sqlite"));
    {
        Database db;
        QVERIFY(db.open(file));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES ('Ada', 'x', 'x')")));
    }
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT first_name FROM contacts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Ada"));
}

void TestDatabase::foreignKeysAndWalAreOn()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("b.sqlite"))));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::ApplicationId);
}

void TestDatabase::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedMessagePart");

    QTest::newRow("text file") << QByteArray("First Name,Last Name\nAda,Lovelace\n") << QStringLiteral("not a Coffee Chat database");
    QTest::newRow("random bytes") << QByteArray(8192, '\x5a') << QStringLiteral("not a Coffee Chat database");

    // A valid SQLite file of another application.
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QFile f(other);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray foreign = f.readAll();
    QTest::newRow("other application") << foreign << QStringLiteral("another application");

    // A Coffee Chat database with its middle pages overwritten.
    const QString ours = dir.filePath(QStringLiteral("ours.sqlite"));
    {
        Database db;
        QVERIFY(db.open(ours));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 2000) "
                                      "INSERT INTO contacts (first_name, company, created_at, updated_at) "
                                      "SELECT 'Person ' || i, 'Company ' || i, 'x', 'x' FROM n")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile g(ours);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QByteArray damaged = g.readAll();
    QVERIFY(damaged.size() > 40000);
    for (int i = 12288; i < 28000; ++i)
        damaged[i] = char(0xA5 ^ (i & 0xFF));
    QTest::newRow("damaged pages") << damaged << QStringLiteral("“");
}

void TestDatabase::refusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedMessagePart);
    const QString file = path(QStringLiteral("bad.sqlite"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    Database db;
    QVERIFY(!db.open(file));
    QVERIFY2(db.errorString().contains(expectedMessagePart), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(file), "the message names the file");
    QVERIFY(!db.isOpen());
    // Nothing was written to the refused file.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
}

void TestDatabase::refusesNewerSchema()
{
    const QString file = path(QStringLiteral("newer.sqlite"));
    {
        Database db;
        QVERIFY(db.open(file));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 5)));
    }
    Database db;
    QVERIFY(!db.open(file));
    QVERIFY2(db.errorString().contains(QStringLiteral("newer version")), qPrintable(db.errorString()));
}

void TestDatabase::oneConnectionPerThread()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("t.sqlite"))));
    const QString mainName = db.connection().connectionName();
    QString workerName;
    bool workerCanRead = false;
    QThread *thread = QThread::create([&] {
        QSqlDatabase c = db.connection();
        workerName = c.connectionName();
        QSqlQuery q(c);
        workerCanRead = q.exec(QStringLiteral("SELECT count(*) FROM contacts")) && q.next();
        q = QSqlQuery();
        c = QSqlDatabase();
        db.releaseThreadConnection();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(workerCanRead);
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    QVERIFY(!QSqlDatabase::contains(workerName));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
