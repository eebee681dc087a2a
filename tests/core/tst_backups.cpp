#include "storage/backups.h"
#include "storage/database.h"
#include "testdamage.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestBackups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void backsUpOncePerDay();
    void backupIsPrivateAndSelfContained();
    void backUpNowAddsATimedBackup();
    void rotateKeepsNewestDays();
    void keepDaysFromSettings();
    void listDetectsDamagedBackups();
    void newestGoodSkipsDamaged();
    void failedBackupLeavesNoBackup();
    void moveAsideKeepsEverything();
    void restoreReplacesAndKeepsCurrent();
    void restoreRefusesDamagedBackup();
    void damagedDatabaseIsReported();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("coffeechat.sqlite")); }
    void addContact(Database &db, const QString &name);
    static int contactCount(Database &db);
    static void corrupt(const QString &file, int firstPage, int lastPage);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackups::init()
{
    QSettings().remove(QStringLiteral("backups"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBackups::addContact(Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES (?, 'x', 'x')"));
    q.addBindValue(name);
    QVERIFY(q.exec());
}

int TestBackups::contactCount(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM contacts")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestBackups::corrupt(const QString &file, int firstPage, int lastPage)
{
    QVERIFY(!TestDamage::overwriteFilePages(file, firstPage, lastPage).isEmpty());
}

void TestBackups::backsUpOncePerDay()
{
    Database db;
    QVERIFY(db.open(dbPath()));
    addContact(db, QStringLiteral("Ada"));
    Backups backups(dbPath());
    QCOMPARE(backups.directory(), m_dir->filePath(QStringLiteral("backups")));

    bool created = false;
    QString error;
    QVERIFY2(backups.backUpIfDue(&db, QDate(2025, 3, 14), &error, &created), qPrintable(error));
    QVERIFY(created);
    const QString file = backups.directory() + QStringLiteral("/coffeechat-2025-03-14.sqlite");
    QVERIFY(QFile::exists(file));

    addContact(db, QStringLiteral("Grace"));
    QVERIFY(backups.backUpIfDue(&db, QDate(2025, 3, 14), &error, &created));
    QVERIFY(!created); // one a day
    QCOMPARE(backups.list().size(), 1);
    QCOMPARE(backups.list().constFirst().contacts, 1);

    QVERIFY(backups.backUpIfDue(&db, QDate(2025, 3, 15), &error, &created));
    QVERIFY(created);
    const QList<BackupInfo> all = backups.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].createdAt.date(), QDate(2025, 3, 15)); // newest first
    QCOMPARE(all[0].contacts, 2);
    QCOMPARE(all[0].interviews, 0);
    QVERIFY(all[0].good);
    QVERIFY(all[0].size > 0);
    // Only complete backups are in the folder: no temporary files left.
    QCOMPARE(QDir(backups.directory()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestBackups::backupIsPrivateAndSelfContained()
{
    Database db;
    QVERIFY(db.open(dbPath()));
    addContact(db, QStringLiteral("Ada"));
    Backups backups(dbPath());
    QVERIFY(backups.backUpIfDue(&db, QDate(2025, 3, 14)));
    const QString file = backups.list().constFirst().path;
    QCOMPARE(QFile::permissions(file) & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    const QFile::Permissions dirPerms = QFile::permissions(backups.directory());
    QVERIFY(dirPerms & QFile::ExeOwner);
    QVERIFY(!(dirPerms & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther)));
    // Not in WAL mode, so the single file is the whole backup (header bytes 18 and 19 are 1).
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray header = f.read(20);
    QCOMPARE(int(header[18]), 1);
    QCOMPARE(int(header[19]), 1);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));

    // A backup opens as a database of its own.
    db.close();
    Database copy;
    QVERIFY2(copy.open(file), qPrintable(copy.errorString()));
    QCOMPARE(contactCount(copy), 1);
}

void TestBackups::backUpNowAddsATimedBackup()
{
    Database db;
    QVERIFY(db.open(dbPath()));
    Backups backups(dbPath());
    QVERIFY(backups.backUpIfDue(&db, QDate(2025, 3, 14)));
    QString created;
    QString error;
    QVERIFY2(backups.backUpNow(&db, QDateTime(QDate(2025, 3, 14), QTime(9, 30, 5)), &created, &error),
             qPrintable(error));
    QCOMPARE(QFileInfo(created).fileName(), QStringLiteral("coffeechat-2025-03-14-093005.sqlite"));
    const QList<BackupInfo> all = backups.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].path, created);
    QCOMPARE(all[0].createdAt, QDateTime(QDate(2025, 3, 14), QTime(9, 30, 5)));
}

void TestBackups::rotateKeepsNewestDays()
{
    Database db;
    QVERIFY(db.open(dbPath()));
    Backups backups(dbPath());
    for (int day = 1; day <= 10; ++day)
        QVERIFY(backups.backUpIfDue(&db, QDate(2025, 3, day)));
    // backUpIfDue rotates: the last 7 days are kept.
    QList<BackupInfo> all = backups.list();
    QCOMPARE(all.size(), 7);
    QCOMPARE(all.constFirst().createdAt.date(), QDate(2025, 3, 10));
    QCOMPARE(all.constLast().createdAt.date(), QDate(2025, 3, 4));

    // Two backups on one day count as one day; files that are not backups are left alone.
    QVERIFY(backups.backUpNow(&db, QDateTime(QDate(2025, 3, 10), QTime(12, 0)), nullptr, nullptr));
    QFile other(backups.directory() + QStringLiteral("/notes.txt"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QCOMPARE(backups.rotate(3), 4);
    all = backups.list();
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.constLast().createdAt.date(), QDate(2025, 3, 8));
    QVERIFY(other.exists());
}

void TestBackups::keepDaysFromSettings()
{
    QCOMPARE(Backups::keepDays(), 7);
    QSettings().setValue(QStringLiteral("backups/keepDays"), 3);
    QCOMPARE(Backups::keepDays(), 3);
    QSettings().setValue(QStringLiteral("backups/keepDays"), 0);
    QCOMPARE(Backups::keepDays(), 1); // never none
    QSettings().remove(QStringLiteral("backups"));
}

void TestBackups::listDetectsDamagedBackups()
{
    Database db;
    QVERIFY(db.open(dbPath()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 2000) "
                                  "INSERT INTO contacts (first_name, company, created_at, updated_at) "
                                  "SELECT 'Person ' || i, 'Company ' || i, 'x', 'x' FROM n")));
    Backups backups(dbPath());
    for (int day = 1; day <= 4; ++day)
        QVERIFY(backups.backUpIfDue(&db, QDate(2025, 3, day)));
    const QString dir = backups.directory() + QStringLiteral("/coffeechat-2025-03-0");
    // Day 4: truncated. Day 3: bytes flipped in the middle. Day 2: a text file. Day 1: intact.
    {
        QFile f(dir + QStringLiteral("4.sqlite"));
        QVERIFY(f.resize(f.size() / 3));
    }
    corrupt(dir + QStringLiteral("3.sqlite"), 2, 3);
    {
        QFile f(dir + QStringLiteral("2.sqlite"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("First Name,Last Name\n");
    }
    const QList<BackupInfo> all = backups.list();
    QCOMPARE(all.size(), 4);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(!all[i].good, qPrintable(all[i].path));
        QVERIFY(!all[i].problem.isEmpty());
        QCOMPARE(all[i].contacts, -1);
    }
    QVERIFY2(all[3].good, qPrintable(all[3].problem));
    QCOMPARE(all[3].contacts, 2000);
    // Checking never writes: the damaged files are as they were, with no journal beside them.
    QVERIFY(!QFile::exists(dir + QStringLiteral("3.sqlite-wal")));
    QVERIFY(!QFile::exists(dir + QStringLiteral("3.sqlite-journal")));
}

void TestBackups::newestGoodSkipsDamaged()
{
    Backups none(dbPath());
    QVERIFY(!none.newestGood());

    Database db;
    QVERIFY(db.open(dbPath()));
    Backups backups(dbPath());
    QVERIFY(backups.backUpIfDue(&db, QDate(2025, 3, 1)));
    QVERIFY(backups.backUpIfDue(&db, QDate(2025, 3, 2)));
    QVERIFY(!TestDamage::overwriteFile(backups.list().constFirst().path, 0, 100).isEmpty()); // the header
    const auto good = backups.newestGood();
    QVERIFY(good);
    QCOMPARE(good->createdAt.date(), QDate(2025, 3, 1));

    // A backup from a newer version is not one we can restore.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
    // Such a backup fails its check after VACUUM INTO, and its temporary file is removed.
    QString error;
    QVERIFY(!backups.backUpNow(&db, QDateTime(QDate(2025, 3, 3), QTime(8, 0)), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("not supported")), qPrintable(error));
    QCOMPARE(QDir(backups.directory()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestBackups::failedBackupLeavesNoBackup()
{
    Database db;
    QVERIFY(db.open(dbPath()));
    Backups backups(dbPath());
    // The backups folder is a file: nothing can be written.
    {
        QFile f(backups.directory());
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QString error;
    QVERIFY(!backups.backUpIfDue(&db, QDate(2025, 3, 1), &error));
    QVERIFY2(error.contains(QStringLiteral("backups")), qPrintable(error));
    QVERIFY(backups.list().isEmpty());
    QVERIFY(!backups.backUpIfDue(nullptr, QDate(2025, 3, 1), &error));
}

void TestBackups::moveAsideKeepsEverything()
{
    const QString file = dbPath();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(file + suffix);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QString(QStringLiteral("content") + suffix).toUtf8());
    }
    const QDateTime now(QDate(2025, 3, 14), QTime(10, 11, 12));
    QString movedTo;
    QString error;
    QVERIFY2(Backups::moveAside(file, Backups::AsideReason::Damaged, now, &movedTo, &error), qPrintable(error));
    QCOMPARE(movedTo, file + QStringLiteral(".damaged-20250314-101112"));
    QCOMPARE(Backups::asidePath(file, Backups::AsideReason::Damaged, now),
             file + QStringLiteral(".damaged-20250314-101112-2"));
    QVERIFY(!QFile::exists(file));
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(movedTo + suffix);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QString(QStringLiteral("content") + suffix).toUtf8());
    }
    // Same second again: a new name, never over the first.
    QFile again(file);
    QVERIFY(again.open(QIODevice::WriteOnly));
    again.close();
    QString second;
    QVERIFY(Backups::moveAside(file, Backups::AsideReason::Damaged, now, &second, &error));
    QCOMPARE(second, movedTo + QStringLiteral("-2"));
    QVERIFY(QFile::exists(movedTo));
    // Nothing to move: an error, not a crash.
    QVERIFY(!Backups::moveAside(file, Backups::AsideReason::Replaced, now, &second, &error));
    QVERIFY(!error.isEmpty());
}

void TestBackups::restoreReplacesAndKeepsCurrent()
{
    Database db;
    QVERIFY(db.open(dbPath()));
    addContact(db, QStringLiteral("Ada"));
    Backups backups(dbPath());
    QVERIFY(backups.backUpIfDue(&db, QDate(2025, 3, 14)));
    addContact(db, QStringLiteral("Grace"));
    addContact(db, QStringLiteral("Edsger"));
    db.close();

    const auto backup = backups.newestGood();
    QVERIFY(backup);
    QString movedTo;
    QString error;
    const QDateTime now(QDate(2025, 3, 15), QTime(8, 0));
    QVERIFY2(backups.restore(*backup, Backups::AsideReason::Replaced, now, &movedTo, &error), qPrintable(error));
    QCOMPARE(movedTo, dbPath() + QStringLiteral(".replaced-20250315-080000"));
    QVERIFY(QFile::exists(backup->path)); // the backup stays a backup
    QCOMPARE(QFile::permissions(dbPath()) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);

    QVERIFY2(db.open(dbPath()), qPrintable(db.errorString()));
    QCOMPARE(contactCount(db), 1);
    db.close();
    Database replaced;
    QVERIFY2(replaced.open(movedTo), qPrintable(replaced.errorString()));
    QCOMPARE(contactCount(replaced), 3);
}

void TestBackups::restoreRefusesDamagedBackup()
{
    Database db;
    QVERIFY(db.open(dbPath()));
    addContact(db, QStringLiteral("Ada"));
    Backups backups(dbPath());
    QVERIFY(backups.backUpIfDue(&db, QDate(2025, 3, 14)));
    db.close();
    BackupInfo backup = backups.list().constFirst();
    {
        QFile f(backup.path);
        QVERIFY(f.resize(100));
    }
    QString error;
    QVERIFY(!backups.restore(backup, Backups::AsideReason::Replaced, QDateTime::currentDateTime(), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("Nothing was changed")), qPrintable(error));
    QVERIFY(db.open(dbPath()));
    QCOMPARE(contactCount(db), 1);
    // Only the database and the backups folder: no leftovers.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("restoring")).size(), 0);
}

void TestBackups::damagedDatabaseIsReported()
{
    {
        Database db;
        QVERIFY(db.open(dbPath()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)));
    }
    Database db;
    QVERIFY(!db.open(dbPath()));
    QVERIFY(!db.isDamaged()); // newer, not damaged: a backup is not the answer
    QFile::remove(dbPath());
    QVERIFY(db.open(dbPath()));
    db.close();
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(8192, '\x5a'));
    }
    QVERIFY(!db.open(dbPath()));
    QVERIFY(db.isDamaged());
}

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
