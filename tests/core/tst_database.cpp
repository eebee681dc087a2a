#include "messages/templatefile.h"
#include "privatemounts.h"
#include "questions/questionbankfile.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "storage/questionstore.h"
#include "storage/templatestore.h"
#include "testdamage.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QPromise>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <chrono>
#include <future>
#include <thread>

namespace {

QString sqlText(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// What migrateTo3 and migrateTo4 wrote up to version 5: the shipped questions and templates,
// which have not changed since (the helpers for older files use today's files for that reason).
QStringList questionsSeededByVersion3()
{
    QStringList statements;
    for (const Question &q : QuestionBankFile::defaults()) {
        statements << QStringLiteral("INSERT INTO questions (text, category, tiara, notes, favourite, default_key, "
                                     "created_at, updated_at) VALUES (")
                + sqlText(q.text) + QLatin1Char(',') + sqlText(q.category) + QLatin1Char(',')
                + sqlText(TiaraNames::key(q.tiara)) + QLatin1Char(',') + sqlText(q.notes) + QLatin1Char(',')
                + (q.favourite ? QStringLiteral("1") : QStringLiteral("0")) + QLatin1Char(',') + sqlText(q.defaultKey)
                + QStringLiteral(", 'x', 'x')");
    }
    return statements;
}

QStringList templatesSeededByVersion4()
{
    QStringList statements;
    for (const MessageTemplate &t : TemplateFile::defaults()) {
        statements << QStringLiteral("INSERT INTO message_templates (kind, name, subject, body, default_key, "
                                     "created_at, updated_at) VALUES (")
                + sqlText(MessageKindNames::key(t.kind)) + QLatin1Char(',') + sqlText(t.name) + QLatin1Char(',')
                + sqlText(t.subject) + QLatin1Char(',') + sqlText(t.body) + QLatin1Char(',') + sqlText(t.defaultKey)
                + QStringLiteral(", 'x', 'x')");
    }
    return statements;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList shippedQuestionKeys()
{
    QStringList keys;
    for (const Question &q : QuestionBankFile::defaults())
        keys << q.defaultKey;
    return sorted(keys);
}

QStringList shippedTemplateKeys()
{
    QStringList keys;
    for (const MessageTemplate &t : TemplateFile::defaults())
        keys << t.defaultKey;
    return sorted(keys);
}

// The templates a file of an older version had been given: those shipped up to version 8. Later
// ones are new to it, and are added when it is upgraded.
QStringList templateKeysShippedBeforeVersion9()
{
    return sorted({QStringLiteral("outreach-introduced"), QStringLiteral("outreach-in-common"),
                   QStringLiteral("follow-up-no-reply"), QStringLiteral("thank-you"),
                   QStringLiteral("referral-request"), QStringLiteral("touch-base")});
}

// The questions of an older file: version 9 added those for deciding on an offer, all "offer-…".
QStringList questionKeysShippedBeforeVersion9()
{
    QStringList keys = shippedQuestionKeys();
    keys.removeIf([](const QString &key) { return key.startsWith(QStringLiteral("offer-")); });
    return keys;
}

QStringList strings(QSqlDatabase db, const QString &sql)
{
    QStringList result;
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        result << q.value(0).toString();
    return result;
}

// How often each default key is in table.
QMap<QString, int> keyCounts(QSqlDatabase db, const QString &table)
{
    QMap<QString, int> result;
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT default_key, count(*) FROM %1 WHERE default_key IS NOT NULL GROUP BY default_key")
                .arg(table)))
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toInt());
    return result;
}

QMap<QString, int> once(const QStringList &keys)
{
    QMap<QString, int> result;
    for (const QString &key : keys)
        result.insert(key, 1);
    return result;
}

// The keys shipped_defaults records for kind, sorted.
QStringList recorded(QSqlDatabase db, const QString &kind)
{
    return strings(
        db,
        QStringLiteral("SELECT default_key FROM shipped_defaults WHERE kind = '%1' ORDER BY default_key").arg(kind));
}

// Everything in folder, hidden files too: to show that nothing was created or removed there.
QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

int count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createsNewDatabasePrivately();
    void reopensExistingDatabase();
    void foreignKeysAndWalAreOn();
    void pageSize_data();
    void pageSize();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesNewerSchema();
    void oneConnectionPerThread();
    void continuesFromEventLoop_data();
    void continuesFromEventLoop();
    void migratesFromVersion1();
    void failedMigrationLeavesVersion1();
    void migratesFromVersion2();
    void migratesFromVersion3();
    void failedMigrationLeavesVersion3();
    void failedMigrationLeavesVersion5();
    void migratesFromVersion7();
    void migratesFromVersion8();
    void migratesFromVersion9();
    void migratesFromVersion10();
    void migratesFromVersion11();
    void migratesFromEveryVersion_data();
    void migratesFromEveryVersion();
    void upgradeKeepsDeletedShippedItemsDeleted_data();
    void upgradeKeepsDeletedShippedItemsDeleted();
    void deletedShippedItemsStayDeleted();
    void seedsWhatIsNewToTheFile_data();
    void seedsWhatIsNewToTheFile();
    void failedSeedingFailsOpen();
    void laterCheck_data();
    void laterCheck();
    void writesWaitForTheCheck_data();
    void writesWaitForTheCheck();
    void emptyFileBecomesPrivate();
    void readOnlyDatabaseCanBeRead_data();
    void readOnlyDatabaseCanBeRead();
    void readOnlyDatabaseThatNeedsWriting_data();
    void readOnlyDatabaseThatNeedsWriting();
    void newDatabaseOnFullDisk_data();
    void newDatabaseOnFullDisk();
    void cleanup();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static bool createVersion1(const QString &file, const QStringList &extraStatements = {});
    static bool createVersion2(const QString &file, const QStringList &extraStatements = {});
    static bool createVersion3(const QString &file, const QStringList &extraStatements = {});
    static bool createVersion4(const QString &file, const QStringList &extraStatements = {});
    static bool createVersion5(const QString &file, const QStringList &extraStatements = {});
    static bool createVersion6(const QString &file, const QStringList &extraStatements = {});
    static bool createVersion7(const QString &file, const QStringList &extraStatements = {});
    static bool createVersion8(const QString &file, const QStringList &extraStatements = {});
    static bool createVersion9(const QString &file, const QStringList &extraStatements = {});
    static bool createVersion10(const QString &file, const QStringList &extraStatements = {});
    static bool createVersion11(const QString &file, const QStringList &extraStatements = {});
    static bool createVersion(int version, const QString &file, const QStringList &extraStatements = {});
    // Makes folder what `situation` says ("read-only mount", "full disk", "read-only file",
    // "read-only folder") with the database at file in it, made by prepare(file); sets *reason
    // to how Database says why it cannot write. Skips the test where that cannot be made.
    void makeUnwritable(const QString &situation, const QString &folder, const QString &file,
                        const std::function<bool(const QString &)> &prepare, QString *reason);
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_mounts; // unmounted by cleanup()
    QStringList m_lockedFolders; // made writable again by cleanup(), so they can be removed
};

void TestDatabase::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup()
{
    for (const QString &folder : std::as_const(m_lockedFolders))
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_lockedFolders.clear();
    for (auto it = m_mounts.crbegin(); it != m_mounts.crend(); ++it)
        QVERIFY(PrivateMounts::unmount(*it));
    m_mounts.clear();
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
    // The folders it made for it are private too, as the backups folder is.
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    for (const QString &folder : {path(QStringLiteral("sub")), path(QStringLiteral("sub/dir"))}) {
        const QFile::Permissions folderPerms = QFile::permissions(folder);
        QVERIFY2((folderPerms & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                     == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner),
                 qPrintable(folder));
        QVERIFY2(!(folderPerms & others), qPrintable(folder));
    }
}

// An empty file given as the database becomes one, as private as a file open() creates.
void TestDatabase::emptyFileBecomesPrivate()
{
    const QString file = path(QStringLiteral("empty.sqlite"));
    {
        QFile empty(file);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    const QFile::Permissions perms = QFile::permissions(file);
    QVERIFY(perms & QFile::WriteOwner);
    QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
}

void TestDatabase::makeUnwritable(const QString &situation, const QString &folder, const QString &file,
                                  const std::function<bool(const QString &)> &prepare, QString *reason)
{
    const bool needsMounts = situation == QLatin1String("read-only mount") || situation == QLatin1String("full disk");
    if (needsMounts && !PrivateMounts::available())
        QSKIP("Needs root and unshare, to mount a file system of its own");
    if (!needsMounts && PrivateMounts::isRoot())
        QSKIP("Root may write read-only files and folders; tst_commandline runs this as another user");
    QVERIFY(QDir().mkpath(folder));
    if (situation == QLatin1String("full disk")) {
        QVERIFY(PrivateMounts::mountTmpfs(folder, 8192));
        m_mounts << folder;
    }
    QVERIFY(prepare(file));
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal"))); // gone with the last connection
    if (situation == QLatin1String("read-only mount")) {
        QVERIFY(PrivateMounts::mountReadOnly(folder));
        m_mounts << folder;
        *reason = QStringLiteral("the disk it is on is read-only");
    } else if (situation == QLatin1String("full disk")) {
        QVERIFY(PrivateMounts::fill(folder));
        *reason = QStringLiteral("the disk is full");
    } else if (situation == QLatin1String("read-only file")) {
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner));
        *reason = QStringLiteral("the file is read-only");
    } else {
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        m_lockedFolders << folder;
        *reason = QStringLiteral("its folder is read-only");
    }
}

void TestDatabase::readOnlyDatabaseCanBeRead_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<bool>("checkLater"); // as the window opens it
    for (const char *situation : {"read-only mount", "full disk", "read-only file", "read-only folder"}) {
        QTest::addRow("%s", situation) << QString::fromLatin1(situation) << false;
        QTest::addRow("%s, checked later", situation) << QString::fromLatin1(situation) << true;
    }
}

// A healthy database that cannot be written opens for reading: everything reads as it is, and
// each write is refused, naming the file and saying why, with nothing changed or created.
void TestDatabase::readOnlyDatabaseCanBeRead()
{
    QFETCH(QString, situation);
    QFETCH(bool, checkLater);
    const Database::IntegrityCheck check = checkLater ? Database::IntegrityCheck::Later : Database::IntegrityCheck::Now;
    const QString folder = path(QStringLiteral("data"));
    const QString file = folder + QStringLiteral("/coffeechat.sqlite");
    QString reason;
    makeUnwritable(
        situation, folder, file,
        [](const QString &at) {
            Database db;
            if (!db.open(at))
                return false;
            ContactStore contacts(&db);
            Contact ada;
            ada.firstName = QStringLiteral("Ada");
            ContactBatch batch;
            batch.inserts = {ada};
            return contacts.apply(batch);
        },
        &reason);
    if (QTest::currentTestFailed() || QTest::currentTestResolved())
        return;
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    const QStringList entries = entriesOf(folder);

    {
        Database db;
        QVERIFY2(db.open(file, check), qPrintable(db.errorString()));
        QVERIFY(db.isReadOnly());
        QVERIFY2(db.readOnlyNotice().contains(QStringLiteral("“%1” is open read-only because %2").arg(file, reason)),
                 qPrintable(db.readOnlyNotice()));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        ContactStore contacts(&db);
        QCOMPARE(contacts.count(), 1);
        QCOMPARE(contacts.all().constFirst().firstName, QStringLiteral("Ada"));
        // On other threads too, as the window loads its lists and checks the file.
        QFuture<QString> problem = db.runInBackground([&db] { return db.integrityProblem(); });
        QCOMPARE(problem.result(), QString());
        QFuture<int> counted = db.runInBackground([&db] {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("SELECT count(*) FROM contacts")) && q.next() ? q.value(0).toInt() : -1;
        });
        QCOMPARE(counted.result(), 1);
        if (check == Database::IntegrityCheck::Later)
            db.markVerified();

        Contact grace;
        grace.firstName = QStringLiteral("Grace");
        ContactBatch batch;
        batch.inserts = {grace};
        QString error;
        QVERIFY(!contacts.apply(batch, &error));
        QVERIFY2(error.contains(
                     QStringLiteral("“%1” is open read-only because %2, so nothing was changed").arg(file, reason)),
                 qPrintable(error));
        QuestionStore questions(&db);
        Question question;
        question.text = QStringLiteral("What surprised you?");
        QString questionError;
        QVERIFY(!questions.insert(question, &questionError));
        QVERIFY2(questionError.contains(QStringLiteral("open read-only")), qPrintable(questionError));
        // Even past the stores, SQLite refuses.
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES ('Eve', 'x', 'x')")));
        QCOMPARE(contacts.count(), 1);
    }
    QVERIFY(original.seek(0));
    QCOMPARE(original.readAll(), bytes);
    QCOMPARE(entriesOf(folder), entries);
}

void TestDatabase::readOnlyDatabaseThatNeedsWriting_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("content"); // "version 2", "empty", "garbage"
    QTest::addColumn<QString>("message");
    for (const char *situation : {"read-only mount", "full disk", "read-only file", "read-only folder"}) {
        QTest::addRow("%s, older version", situation)
            << QString::fromLatin1(situation) << QStringLiteral("version 2")
            << QStringLiteral(
                   "was written by an older version of Coffee Chat and needs updating, which it cannot be because ");
        QTest::addRow("%s, empty file", situation)
            << QString::fromLatin1(situation) << QStringLiteral("empty")
            << QStringLiteral("is empty, and it cannot be made a Coffee Chat database because ");
        QTest::addRow("%s, not a database", situation) << QString::fromLatin1(situation) << QStringLiteral("garbage")
                                                       << QStringLiteral("is not a Coffee Chat database");
    }
}

// What cannot be read as it is (an older version, an empty file) is refused, saying why, and
// only a file that is not a database is called one.
void TestDatabase::readOnlyDatabaseThatNeedsWriting()
{
    QFETCH(QString, situation);
    QFETCH(QString, content);
    QFETCH(QString, message);
    const QString folder = path(QStringLiteral("data"));
    const QString file = folder + QStringLiteral("/coffeechat.sqlite");
    QString reason;
    makeUnwritable(
        situation, folder, file,
        [&content](const QString &at) {
            if (content == QLatin1String("version 2"))
                return createVersion2(at);
            QFile f(at);
            return f.open(QIODevice::WriteOnly)
                && (content == QLatin1String("empty") || f.write(QByteArray(8192, '\x5a')) == 8192);
        },
        &reason);
    if (QTest::currentTestFailed() || QTest::currentTestResolved())
        return;
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    const QStringList entries = entriesOf(folder);

    Database db;
    QVERIFY(!db.open(file));
    QVERIFY(!db.isOpen());
    QVERIFY(!db.isReadOnly());
    QVERIFY2(db.errorString().contains(file), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(message), qPrintable(db.errorString()));
    if (content != QLatin1String("garbage"))
        QVERIFY2(db.errorString().contains(reason + QStringLiteral(". Nothing was changed.")),
                 qPrintable(db.errorString()));
    QVERIFY(original.seek(0));
    QCOMPARE(original.readAll(), bytes);
    QCOMPARE(entriesOf(folder), entries);
}

void TestDatabase::newDatabaseOnFullDisk_data()
{
    QTest::addColumn<qint64>("free"); // bytes left on the disk
    QTest::addColumn<QString>("name"); // of the new database, in the full disk's folder
    QTest::newRow("no space at all") << qint64(0) << QStringLiteral("new.sqlite");
    QTest::newRow("room for the -shm file only") << qint64(48 * 1024) << QStringLiteral("new.sqlite");
    QTest::newRow("in new folders") << qint64(0) << QStringLiteral("a/b/new.sqlite");
    // Space for part of the work: switching to WAL, the tables, the shipped questions.
    for (int kib : {24, 64, 128, 256, 400, 560, 700, 760, 800})
        QTest::addRow("room for %d KiB", kib) << qint64(kib) * 1024 << QStringLiteral("new.sqlite");
}

// A database that cannot be made for want of space says so, and leaves nothing behind: not
// the file open() created, its -wal and -shm files, nor the folders it made.
void TestDatabase::newDatabaseOnFullDisk()
{
    QFETCH(qint64, free);
    QFETCH(QString, name);
    if (!PrivateMounts::available())
        QSKIP("Needs root and unshare, to mount a file system of its own");
    const QString folder = path(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(PrivateMounts::mountTmpfs(folder, 2048));
    m_mounts << folder;
    QVERIFY(PrivateMounts::fill(folder, free));
    const QStringList entries = entriesOf(folder);

    const QString file = folder + QLatin1Char('/') + name;
    Database db;
    QStringList warnings; // a user of `coffeechat import` sees these on the terminal
    const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    static QStringList *s_warnings = nullptr;
    s_warnings = &warnings;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type >= QtWarningMsg)
            *s_warnings << message;
    });
    const bool opened = db.open(file);
    qInstallMessageHandler(previous);
    QVERIFY(!opened);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    // One message in plain words, with no SQLite text in it.
    for (const char *sqlite : {"database or disk is full", "Unable to", "Saving failed"})
        QVERIFY2(!db.errorString().contains(QLatin1String(sqlite)), qPrintable(db.errorString()));
    QVERIFY(!db.isOpen());
    QVERIFY2(db.errorString().startsWith(QStringLiteral("A new database could not be created at “%1”: ").arg(file)),
             qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QStringLiteral("is full")), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().endsWith(QStringLiteral("Nothing was left behind.")), qPrintable(db.errorString()));
    QVERIFY2(!db.errorString().contains(QStringLiteral("rollback")), qPrintable(db.errorString()));
    QCOMPARE(entriesOf(folder), entries);
}

void TestDatabase::reopensExistingDatabase()
{
    const QString file = path(QStringLiteral("a.sqlite"));
    {
        Database db;
        QVERIFY(db.open(file));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES ('Ada', 'x', 'x')")));
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

void TestDatabase::pageSize_data()
{
    QTest::addColumn<QString>("before"); // what is there before open()
    QTest::addColumn<int>("expected");
    QTest::newRow("no file") << QStringLiteral("none") << Database::NewPageSize;
    QTest::newRow("empty file") << QStringLiteral("empty") << Database::NewPageSize;
    QTest::newRow("database with 4 KiB pages") << QStringLiteral("version 1") << 4096;
}

// New databases get larger pages; an existing one keeps the size it was made with, and works.
void TestDatabase::pageSize()
{
    QFETCH(QString, before);
    QFETCH(int, expected);
    const QString file = path(QStringLiteral("pages.sqlite"));
    if (before == QLatin1String("empty")) {
        QFile empty(file);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    } else if (before == QLatin1String("version 1")) {
        QVERIFY(createVersion1(file));
    }
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
    QCOMPARE(q.value(0).toInt(), expected);
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO contacts (first_name, created_at, updated_at) VALUES ('Ada', 'x', 'x')")));
    QCOMPARE(db.integrityProblem(), QString());
}

void TestDatabase::refusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedMessagePart");

    QTest::newRow("text file") << QByteArray("First Name,Last Name\nAda,Lovelace\n")
                               << QStringLiteral("not a Coffee Chat database");
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
    QVERIFY(TestDamage::overwritePages(damaged, 2, 3));
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

// A database as version 1 (Database::migrateTo1) left it, written without Database.
bool TestDatabase::createVersion1(const QString &file, const QStringList &extraStatements)
{
    const QString name = QStringLiteral("version1");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        ok = db.open();
        QSqlQuery q(db);
        const QStringList statements =
            QStringList{
                QStringLiteral("PRAGMA application_id = %1").arg(0x43436874), // "CCht"
                QStringLiteral(R"(CREATE TABLE contacts (
                id INTEGER PRIMARY KEY,
                first_name TEXT NOT NULL DEFAULT '',
                last_name TEXT NOT NULL DEFAULT '',
                email TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                linkedin_url TEXT NOT NULL DEFAULT '',
                company TEXT NOT NULL DEFAULT '',
                position TEXT NOT NULL DEFAULT '',
                connected_on TEXT,
                relationship TEXT NOT NULL DEFAULT '',
                referred_by INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
                tags TEXT NOT NULL DEFAULT '',
                notes TEXT NOT NULL DEFAULT '',
                source TEXT NOT NULL DEFAULT '',
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"),
                QStringLiteral("CREATE INDEX contacts_referred_by ON contacts(referred_by)"),
                QStringLiteral(R"(CREATE VIRTUAL TABLE contacts_fts USING fts5(
                first_name, last_name, company, position, email, tags,
                content='contacts', content_rowid='id',
                tokenize='unicode61 remove_diacritics 2'))"),
                QStringLiteral("INSERT INTO contacts (id, first_name, last_name, company, created_at, updated_at) "
                               "VALUES (7, 'Ada', 'Lovelace', 'Analytical', '2025-01-02T03:04:05.006Z', "
                               "'2025-01-02T03:04:05.006Z')"),
                QStringLiteral(
                    "INSERT INTO contacts_fts (rowid, first_name, last_name, company, position, email, tags) "
                    "VALUES (7, 'Ada', 'Lovelace', 'Analytical', '', '', '')"),
                QStringLiteral("PRAGMA user_version = 1"),
            }
            + extraStatements;
        for (const QString &sql : statements) {
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void TestDatabase::migratesFromVersion1()
{
    static_assert(Database::ApplicationId == 0x43436874);
    const QString file = path(QStringLiteral("v1.sqlite"));
    QVERIFY(createVersion1(file));

    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), 12);
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, first_name, last_name, created_at FROM contacts")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 7);
    QCOMPARE(q.value(1).toString(), QStringLiteral("Ada"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("Lovelace"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("2025-01-02T03:04:05.006Z"));
    QVERIFY(!q.next());
    // Version 5 dropped the full-text index (the list filters in memory) and narrowed the
    // "referred by" index to the contacts that have an introducer.
    QVERIFY(q.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE name LIKE 'contacts%' ORDER BY name")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("contacts"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("contacts_referred_by"));
    QVERIFY(q.value(1).toString().endsWith(QStringLiteral("WHERE referred_by IS NOT NULL")));
    QVERIFY(!q.next());

    QStringList tables;
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")));
    while (q.next())
        tables << q.value(0).toString();
    QCOMPARE(tables,
             QStringList({QStringLiteral("contact_jobs"), QStringLiteral("contacts"), QStringLiteral("event_people"),
                          QStringLiteral("events"), QStringLiteral("interview_events"),
                          QStringLiteral("interview_questions"), QStringLiteral("interview_referrals"),
                          QStringLiteral("interviews"), QStringLiteral("message_drafts"),
                          QStringLiteral("message_templates"), QStringLiteral("organisations"),
                          QStringLiteral("practice_questions"), QStringLiteral("practice_runs"),
                          QStringLiteral("questions"), QStringLiteral("recordings"), QStringLiteral("reminder_actions"),
                          QStringLiteral("sent_messages"), QStringLiteral("shipped_defaults")}));

    // The new table works and refers to the old one.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO interviews (step, contact_id, created_at, updated_at) "
                                  "VALUES ('research', 7, 'x', 'x')")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM contacts WHERE id = 7")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::ApplicationId);
}

// A step that fails rolls back to the previous version instead of half-migrating.
void TestDatabase::failedMigrationLeavesVersion1()
{
    const QString file = path(QStringLiteral("clash.sqlite"));
    // A table in the way of version 2.
    QVERIFY(createVersion1(file, {QStringLiteral("CREATE TABLE questions (x)")}));

    {
        Database db;
        QVERIFY(!db.open(file));
        QVERIFY2(db.errorString().contains(QStringLiteral("database version 2")), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(file));
        QVERIFY(!db.isOpen());
    }

    const QString name = QStringLiteral("inspect");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN ('organisations', 'interviews')"))
            && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT first_name FROM contacts WHERE id = 7")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Ada"));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A database as version 2 (Database::migrateTo2) left it, written without Database.
bool TestDatabase::createVersion2(const QString &file, const QStringList &extraStatements)
{
    const QStringList statements =
        QStringList{
            QStringLiteral(R"(CREATE TABLE organisations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            website TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE interviews (
            id INTEGER PRIMARY KEY,
            topic TEXT NOT NULL DEFAULT '',
            step TEXT NOT NULL,
            organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
            closed_on TEXT,
            closing_reason TEXT NOT NULL DEFAULT '',
            learning_goals TEXT NOT NULL DEFAULT '',
            research_notes TEXT NOT NULL DEFAULT '',
            links TEXT NOT NULL DEFAULT '',
            contact_id INTEGER REFERENCES contacts(id) ON DELETE RESTRICT,
            connection TEXT NOT NULL DEFAULT '',
            introduced_by INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            agenda TEXT NOT NULL DEFAULT '',
            length_minutes INTEGER NOT NULL DEFAULT 20,
            outreach_sent_on TEXT,
            channel TEXT NOT NULL DEFAULT '',
            outreach_note TEXT NOT NULL DEFAULT '',
            follow_up_sent_on TEXT,
            reply_received_on TEXT,
            scheduled_at TEXT,
            medium TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            conversation_notes TEXT NOT NULL DEFAULT '',
            thank_you_sent_on TEXT,
            referral_requested_on TEXT,
            last_touch_base_on TEXT,
            next_touch_base_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX interviews_contact ON interviews(contact_id)"),
            QStringLiteral("CREATE INDEX interviews_introduced_by ON interviews(introduced_by)"),
            QStringLiteral("CREATE INDEX interviews_organisation ON interviews(organisation_id)"),
            QStringLiteral(R"(CREATE TABLE interview_events (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            from_step TEXT NOT NULL,
            to_step TEXT NOT NULL,
            event TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX interview_events_interview ON interview_events(interview_id)"),
            QStringLiteral(R"(CREATE TABLE questions (
            id INTEGER PRIMARY KEY,
            text TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            tiara TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            favourite INTEGER NOT NULL DEFAULT 0,
            usage_count INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE interview_questions (
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (interview_id, question_id)))"),
            QStringLiteral("CREATE INDEX interview_questions_question ON interview_questions(question_id)"),
            QStringLiteral(R"(CREATE TABLE interview_referrals (
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            PRIMARY KEY (interview_id, contact_id)))"),
            QStringLiteral("CREATE INDEX interview_referrals_contact ON interview_referrals(contact_id)"),
            QStringLiteral("PRAGMA user_version = 2"),
        }
        + extraStatements;
    return createVersion1(file, statements);
}

// Version 3 keeps each planned question's text in the plan; the shipped bank is added after.
void TestDatabase::migratesFromVersion2()
{
    const QString file = path(QStringLiteral("v2.sqlite"));
    QVERIFY(createVersion2(
        file,
        {
            QStringLiteral("INSERT INTO interviews (id, topic, step, contact_id, created_at, updated_at) "
                           "VALUES (3, 'Analytics', 'prepare', 7, 'x', 'x')"),
            QStringLiteral(
                "INSERT INTO questions (id, text, category, tiara, favourite, usage_count, created_at, updated_at) "
                "VALUES (5, 'What does the engine really compute?', 'Mine', 'insights', 1, 1, "
                "'2025-01-02T03:04:05.006Z', '2025-01-02T03:04:05.006Z')"),
            QStringLiteral("INSERT INTO questions (id, text, created_at, updated_at) "
                           "VALUES (6, 'Who else works on it?', 'x', 'x')"),
            // Asked second and first: the old layout kept the order in a column.
            QStringLiteral("INSERT INTO interview_questions (interview_id, question_id, position) VALUES (3, 5, 1)"),
            QStringLiteral("INSERT INTO interview_questions (interview_id, question_id, position) VALUES (3, 6, 0)"),
        }));

    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);

    InterviewStore interviews(&db);
    QCOMPARE(interviews.plan(3),
             (QList<PlannedQuestion>{{6, QStringLiteral("Who else works on it?")},
                                     {5, QStringLiteral("What does the engine really compute?")}}));

    QuestionStore questions(&db);
    const std::optional<Question> mine = questions.question(5);
    QVERIFY(mine);
    QCOMPARE(mine->category, QStringLiteral("Mine"));
    QCOMPARE(mine->tiara, Tiara::Insights);
    QVERIFY(mine->favourite);
    QCOMPARE(mine->usageCount, 1); // counted from the plan now
    QVERIFY(mine->defaultKey.isEmpty());
    QCOMPARE(mine->createdAt, QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 6), QTimeZone::UTC));
    QCOMPARE(questions.all().size(), QuestionBankFile::defaults().size() + 2);
    QVERIFY(questions.missingDefaults().isEmpty());

    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("SELECT usage_count FROM questions")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'interview_questions_v2'"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Deleting a bank question leaves the plan its text.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM questions WHERE id = 5")));
    QCOMPARE(interviews.plan(3).at(1), (PlannedQuestion{0, QStringLiteral("What does the engine really compute?")}));
}

// A database as version 3 (Database::migrateTo3) left it, with the shipped questions it added.
bool TestDatabase::createVersion3(const QString &file, const QStringList &extraStatements)
{
    const QStringList statements =
        QStringList{
            QStringLiteral("ALTER TABLE questions DROP COLUMN usage_count"),
            QStringLiteral("ALTER TABLE questions ADD COLUMN default_key TEXT"),
            QStringLiteral(
                "CREATE UNIQUE INDEX questions_default_key ON questions(default_key) WHERE default_key IS NOT NULL"),
            QStringLiteral("DROP TABLE interview_questions"),
            QStringLiteral(R"(CREATE TABLE interview_questions (
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question_id INTEGER REFERENCES questions(id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (interview_id, position)))"),
            QStringLiteral("CREATE INDEX interview_questions_question ON interview_questions(question_id)"),
        }
        + questionsSeededByVersion3() + QStringList{QStringLiteral("PRAGMA user_version = 3")} + extraStatements;
    return createVersion2(file, statements);
}

// A database as version 4 left it, with the shipped templates it added.
bool TestDatabase::createVersion4(const QString &file, const QStringList &extraStatements)
{
    const QStringList statements =
        QStringList{
            QStringLiteral(R"(CREATE TABLE message_templates (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            default_key TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
            QStringLiteral("CREATE UNIQUE INDEX message_templates_default_key ON message_templates(default_key) "
                           "WHERE default_key IS NOT NULL"),
        }
        + templatesSeededByVersion4() + QStringList{QStringLiteral("PRAGMA user_version = 4")} + extraStatements;
    return createVersion3(file, statements);
}

// A database as version 5 (Database::migrateTo5) left it: without the full-text index.
bool TestDatabase::createVersion5(const QString &file, const QStringList &extraStatements)
{
    const QStringList statements =
        QStringList{
            QStringLiteral("DROP TABLE contacts_fts"),
            QStringLiteral("DROP INDEX contacts_referred_by"),
            QStringLiteral("CREATE INDEX contacts_referred_by ON contacts(referred_by) WHERE referred_by IS NOT NULL"),
            QStringLiteral("PRAGMA user_version = 5"),
        }
        + extraStatements;
    return createVersion4(file, statements);
}

// A database as version 6 left it: shipped_defaults records what was shipped (here, all that
// versions 3 and 4 added); seeding after migrating added whatever was new since.
bool TestDatabase::createVersion6(const QString &file, const QStringList &extraStatements)
{
    const QStringList statements =
        QStringList{
            QStringLiteral("CREATE TABLE shipped_defaults (kind TEXT NOT NULL, default_key TEXT NOT NULL, "
                           "PRIMARY KEY (kind, default_key)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO shipped_defaults SELECT 'question', default_key FROM questions "
                           "WHERE default_key IS NOT NULL"),
            QStringLiteral("INSERT INTO shipped_defaults SELECT 'template', default_key FROM message_templates "
                           "WHERE default_key IS NOT NULL"),
            QStringLiteral("PRAGMA user_version = 6"),
        }
        + extraStatements;
    return createVersion5(file, statements);
}

// Version 7 as migrateTo7 wrote it: drafts, sent messages and reminder decisions.
bool TestDatabase::createVersion7(const QString &file, const QStringList &extraStatements)
{
    const QStringList statements =
        QStringList{
            QStringLiteral(R"(CREATE TABLE message_drafts (
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            template_id INTEGER,
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (interview_id, kind)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE sent_messages (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL DEFAULT '',
            sent_on TEXT NOT NULL,
            recorded_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX sent_messages_interview ON sent_messages(interview_id)"),
            QStringLiteral(R"(CREATE TABLE reminder_actions (
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            due TEXT NOT NULL,
            action TEXT NOT NULL,
            until TEXT,
            at TEXT NOT NULL,
            PRIMARY KEY (interview_id, kind, due)) WITHOUT ROWID)"),
            QStringLiteral("PRAGMA user_version = 7"),
        }
        + extraStatements;
    return createVersion6(file, statements);
}

// Version 8 dates referrals; those recorded before keep no date, and new ones get today's.
void TestDatabase::migratesFromVersion7()
{
    const QString file = path(QStringLiteral("v7.sqlite"));
    QVERIFY(
        createVersion7(file,
                       {
                           QStringLiteral("INSERT INTO contacts (id, first_name, created_at, updated_at) VALUES "
                                          "(1, 'Ada', 'x', 'x'), (2, 'Alan', 'x', 'x'), (3, 'Grace', 'x', 'x')"),
                           QStringLiteral("INSERT INTO interviews (id, step, contact_id, created_at, updated_at) "
                                          "VALUES (10, 'follow-up', 1, 'x', 'x')"),
                           QStringLiteral("INSERT INTO interview_referrals (interview_id, contact_id) VALUES (10, 2)"),
                       }));
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    InterviewStore interviews(&db);
    QCOMPARE(interviews.referralRecords(10), QList<Referral>({{2, QDate()}}));
    QVERIFY(interviews.addReferral(10, 3));
    QCOMPARE(interviews.referralRecords(10), QList<Referral>({{2, QDate()}, {3, QDate::currentDate()}}));
}

// Version 8 as migrateTo8 wrote it: referrals with the day they were recorded.
bool TestDatabase::createVersion8(const QString &file, const QStringList &extraStatements)
{
    const QStringList statements =
        QStringList{
            QStringLiteral("ALTER TABLE interview_referrals ADD COLUMN added_on TEXT"),
            QStringLiteral("PRAGMA user_version = 8"),
        }
        + extraStatements;
    return createVersion7(file, statements);
}

// Version 9 adds the days the questions were sent ahead and the introducer thanked: existing
// interviews have neither, and keep everything else.
void TestDatabase::migratesFromVersion8()
{
    const QString file = path(QStringLiteral("v8.sqlite"));
    QVERIFY(createVersion8(
        file,
        {
            QStringLiteral("INSERT INTO contacts (id, first_name, created_at, updated_at) VALUES "
                           "(1, 'Ada', 'x', 'x'), (2, 'Grace', 'x', 'x')"),
            QStringLiteral("INSERT INTO interviews (id, step, contact_id, introduced_by, thank_you_sent_on, "
                           "created_at, updated_at) VALUES (10, 'follow-up', 1, 2, '2026-11-02', "
                           "'2026-10-01T09:00:00Z', '2026-10-01T09:00:00Z')"),
        }));
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    InterviewStore interviews(&db);
    std::optional<Interview> interview = interviews.interview(10);
    QVERIFY(interview);
    QCOMPARE(interview->thankYouSentOn, QDate(2026, 11, 2));
    QCOMPARE(interview->introducedById, 2);
    QVERIFY(!interview->questionsSentOn.isValid());
    QVERIFY(!interview->introducerThankedOn.isValid());
    QCOMPARE(interview->kind, InterviewKind::Exploring);
    QVERIFY(!interview->offerDeadline.isValid());
    interview->questionsSentOn = QDate(2026, 10, 28);
    interview->introducerThankedOn = QDate(2026, 11, 3);
    interview->kind = InterviewKind::DecidingOnOffer;
    interview->offerDeadline = QDate(2026, 11, 30);
    QString error;
    QVERIFY2(interviews.update(*interview, &error), qPrintable(error));
    QCOMPARE(interviews.interview(10)->questionsSentOn, QDate(2026, 10, 28));
    QCOMPARE(interviews.interview(10)->introducerThankedOn, QDate(2026, 11, 3));
    QCOMPARE(interviews.interview(10)->kind, InterviewKind::DecidingOnOffer);
    QCOMPARE(interviews.interview(10)->offerDeadline, QDate(2026, 11, 30));
    // A kind written by a later version reads as exploring, the safe default.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE interviews SET kind = 'something-new' WHERE id = 10")));
    QCOMPARE(interviews.interview(10)->kind, InterviewKind::Exploring);
    QCOMPARE(interviews.names(10).introducer, QStringLiteral("Grace"));
}

// Version 9 as migrateTo9 wrote it: the days questions were sent ahead and the introducer
// thanked, and the kind of conversation.
bool TestDatabase::createVersion9(const QString &file, const QStringList &extraStatements)
{
    const QStringList statements =
        QStringList{
            QStringLiteral("ALTER TABLE interviews ADD COLUMN questions_sent_on TEXT"),
            QStringLiteral("ALTER TABLE interviews ADD COLUMN introducer_thanked_on TEXT"),
            QStringLiteral("ALTER TABLE interviews ADD COLUMN kind TEXT NOT NULL DEFAULT 'exploring'"),
            QStringLiteral("ALTER TABLE interviews ADD COLUMN offer_deadline TEXT"),
            QStringLiteral("PRAGMA user_version = 9"),
        }
        + extraStatements;
    return createVersion8(file, statements);
}

// Version 10 adds what the conversation view records on each planned question, and practice
// runs: existing plans keep their questions, none asked yet, and no interview has practised.
void TestDatabase::migratesFromVersion9()
{
    const QString file = path(QStringLiteral("v9.sqlite"));
    QVERIFY(createVersion9(
        file,
        {
            QStringLiteral("INSERT INTO contacts (id, first_name, created_at, updated_at) VALUES (1, 'Ada', 'x', 'x')"),
            QStringLiteral("INSERT INTO interviews (id, step, contact_id, created_at, updated_at) VALUES "
                           "(10, 'prepare', 1, '2026-10-01T09:00:00Z', '2026-10-01T09:00:00Z')"),
            QStringLiteral("INSERT INTO interview_questions (interview_id, position, question_id, text) VALUES "
                           "(10, 0, NULL, 'What does a day look like?'), (10, 1, NULL, 'Whom else should I ask?')"),
        }));
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    InterviewStore interviews(&db);
    QList<PlannedQuestion> plan = interviews.plan(10);
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(1).text, QStringLiteral("Whom else should I ask?"));
    QCOMPARE(plan.at(1).state, QuestionState::Open);
    QVERIFY(plan.at(1).notes.isEmpty());
    QCOMPARE(interviews.practiceRunCount(10), 0);

    plan[1].state = QuestionState::Asked;
    plan[1].notes = QStringLiteral("Talk to Grace");
    QVERIFY(interviews.setPlan(10, plan));
    QCOMPARE(interviews.plan(10), plan);
    PracticeRun run;
    run.interviewId = 10;
    run.questions = plan;
    QString error;
    QVERIFY2(interviews.insertPracticeRun(run, &error), qPrintable(error));
    QCOMPARE(interviews.practiceRuns(10), QList<PracticeRun>{run});
    // A state written by a later version reads as not asked yet.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE interview_questions SET state = 'something-new' WHERE position = 1")));
    QCOMPARE(interviews.plan(10).at(1).state, QuestionState::Open);
}

// Version 10 as migrateTo10 wrote it: notes on each planned question, practice runs, events.
bool TestDatabase::createVersion10(const QString &file, const QStringList &extraStatements)
{
    const QStringList statements =
        QStringList{
            QStringLiteral("ALTER TABLE interview_questions ADD COLUMN state TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE interview_questions ADD COLUMN notes TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(R"(CREATE TABLE practice_runs (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL,
            partner_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            elapsed_seconds INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT ''))"),
            QStringLiteral("CREATE INDEX practice_runs_interview ON practice_runs(interview_id)"),
            QStringLiteral("CREATE INDEX practice_runs_partner ON practice_runs(partner_id)"),
            QStringLiteral(R"(CREATE TABLE practice_questions (
            run_id INTEGER NOT NULL REFERENCES practice_runs(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question_id INTEGER REFERENCES questions(id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (run_id, position)))"),
            QStringLiteral("CREATE INDEX practice_questions_question ON practice_questions(question_id)"),
            QStringLiteral(R"(CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            starts_at TEXT,
            place TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE event_people (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            name TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (event_id, position)))"),
            QStringLiteral("CREATE INDEX event_people_contact ON event_people(contact_id)"),
            QStringLiteral(
                "ALTER TABLE interviews ADD COLUMN event_id INTEGER REFERENCES events(id) ON DELETE SET NULL"),
            QStringLiteral("CREATE INDEX interviews_event ON interviews(event_id) WHERE event_id IS NOT NULL"),
            QStringLiteral("PRAGMA user_version = 10"),
        }
        + extraStatements;
    return createVersion9(file, statements);
}

// Version 11 adds the consent to be recorded and the recordings: existing interviews have
// neither, and recordings can then be stored, read and removed with their interview.
void TestDatabase::migratesFromVersion10()
{
    const QString file = path(QStringLiteral("v10.sqlite"));
    QVERIFY(createVersion10(
        file,
        {
            QStringLiteral("INSERT INTO contacts (id, first_name, created_at, updated_at) VALUES (1, 'Ada', 'x', 'x')"),
            QStringLiteral("INSERT INTO interviews (id, step, contact_id, conversation_notes, created_at, updated_at) "
                           "VALUES (10, 'conduct', 1, 'Notes kept', '2026-10-01T09:00:00Z', '2026-10-01T09:00:00Z')"),
        }));
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    InterviewStore interviews(&db);
    std::optional<Interview> interview = interviews.interview(10);
    QVERIFY(interview);
    QCOMPARE(interview->conversationNotes, QStringLiteral("Notes kept"));
    QVERIFY(!interview->recordingConsentAt.isValid());
    QVERIFY(interviews.recordings(10).isEmpty());

    interview->recordingConsentAt = QDateTime(QDate(2026, 12, 7), QTime(15, 40), QTimeZone::UTC);
    QVERIFY(interviews.update(*interview));
    QCOMPARE(interviews.interview(10)->recordingConsentAt, interview->recordingConsentAt);
    Recording recording;
    recording.interviewId = 10;
    recording.fileName = QStringLiteral("2026-12-07 15-41-00.ogg");
    recording.durationMs = 61000;
    QString error;
    QVERIFY2(interviews.insertRecording(recording, &error), qPrintable(error));
    QCOMPARE(interviews.recordings(10), QList<Recording>{recording});
    const std::optional<InterviewRecord> record = interviews.record(10);
    QVERIFY(record);
    QCOMPARE(record->recordings, QList<Recording>{recording});
    QVERIFY(interviews.remove(10));
    QVERIFY(interviews.recordings(10).isEmpty());
    QVERIFY(interviews.restore(*record));
    QCOMPARE(interviews.recordings(10), QList<Recording>{recording});
}

bool TestDatabase::createVersion11(const QString &file, const QStringList &extraStatements)
{
    const QStringList statements =
        QStringList{
            QStringLiteral("ALTER TABLE interviews ADD COLUMN recording_consent_at TEXT"),
            QStringLiteral(R"(CREATE TABLE recordings (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            original_name TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            duration_ms INTEGER NOT NULL DEFAULT 0))"),
            QStringLiteral("CREATE INDEX recordings_interview ON recordings(interview_id)"),
            QStringLiteral("PRAGMA user_version = 11"),
        }
        + extraStatements;
    return createVersion10(file, statements);
}

// Version 12 adds contacts' earlier jobs: existing contacts have none, keep their company and
// position, and can then be given one.
void TestDatabase::migratesFromVersion11()
{
    const QString file = path(QStringLiteral("v11.sqlite"));
    QVERIFY(createVersion11(file,
                            {QStringLiteral("INSERT INTO contacts (id, first_name, company, position, "
                                            "created_at, updated_at) VALUES (1, 'Ada', 'Contoso', "
                                            "'Analyst', 'x', 'x')"),
                             QStringLiteral("INSERT INTO organisations (id, name, notes, created_at, "
                                            "updated_at) VALUES (3, 'Contoso', 'Research', 'x', 'x')")}));
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    ContactStore contacts(&db);
    QVERIFY(contacts.pastJobs(1).isEmpty());
    Contact ada = *contacts.contact(1);
    QCOMPARE(ada.company, QStringLiteral("Contoso"));
    ContactBatch batch;
    batch.updatedFields = ContactBatch::UpdatedFields::FromImport;
    ada.company = QStringLiteral("Fabrikam");
    batch.updates << ada;
    batch.pastJobs << PastJob{0, 1, QStringLiteral("Contoso"), QStringLiteral("Analyst"), QDate(2026, 12, 7)};
    QString error;
    QVERIFY2(contacts.apply(batch, &error), qPrintable(error));
    QCOMPARE(contacts.pastJobs(1), batch.pastJobs);
    QVERIFY(batch.pastJobs.constFirst().id > 0);

    // Organisations are no targets until marked; then keep motivation and posting.
    OrganisationStore organisations(&db);
    Organisation contoso = *organisations.organisation(3);
    QCOMPARE(contoso.notes, QStringLiteral("Research"));
    QVERIFY(!contoso.target);
    QCOMPARE(contoso.motivation, 0);
    QCOMPARE(contoso.posting, Posting::None);
    contoso.target = true;
    contoso.motivation = 3;
    contoso.posting = Posting::Exact;
    QVERIFY2(organisations.update(contoso, &error), qPrintable(error));
    QCOMPARE(*organisations.organisation(3), contoso);
    contoso.motivation = 9; // out of range: kept within it
    QVERIFY(organisations.update(contoso, &error));
    QCOMPARE(organisations.organisation(3)->motivation, Organisation::MaximumMotivation);
    contoso.posting = Posting::None; // stored as '' (not NULL)
    QVERIFY2(organisations.update(contoso, &error), qPrintable(error));
    QCOMPARE(organisations.organisation(3)->posting, Posting::None);
}

bool TestDatabase::createVersion(int version, const QString &file, const QStringList &extraStatements)
{
    switch (version) {
    case 1:
        return createVersion1(file, extraStatements);
    case 2:
        return createVersion2(file, extraStatements);
    case 3:
        return createVersion3(file, extraStatements);
    case 4:
        return createVersion4(file, extraStatements);
    case 5:
        return createVersion5(file, extraStatements);
    case 6:
        return createVersion6(file, extraStatements);
    case 7:
        return createVersion7(file, extraStatements);
    case 8:
        return createVersion8(file, extraStatements);
    case 9:
        return createVersion9(file, extraStatements);
    case 10:
        return createVersion10(file, extraStatements);
    case 11:
        return createVersion11(file, extraStatements);
    }
    qWarning("no helper for version %d", version);
    return false;
}

// Version 4 adds the message templates, and the shipped ones follow; everything else stays.
void TestDatabase::migratesFromVersion3()
{
    const QString file = path(QStringLiteral("v3.sqlite"));
    QVERIFY(createVersion3(
        file,
        {
            QStringLiteral("INSERT INTO questions (id, text, created_at, updated_at) VALUES (500, 'Mine?', 'x', 'x')"),
        }));

    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::SchemaVersion);

    QuestionStore questions(&db);
    QCOMPARE(questions.all().size(), QuestionBankFile::defaults().size() + 1); // version 3 added the bank
    TemplateStore templates(&db);
    const QList<MessageTemplate> shipped = TemplateFile::defaults();
    QCOMPARE(templates.all().size(), shipped.size());
    QVERIFY(templates.missingDefaults().isEmpty());

    // Shipped templates are seeded once: their keys are unique.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO message_templates (kind, name, default_key, created_at, updated_at) "
                                   "VALUES ('outreach', 'Copy', '%1', 'x', 'x')")
                        .arg(shipped.first().defaultKey)));
}

void TestDatabase::failedMigrationLeavesVersion3()
{
    const QString file = path(QStringLiteral("clash3.sqlite"));
    QVERIFY(createVersion3(file, {QStringLiteral("CREATE TABLE message_templates (x)")}));
    {
        Database db;
        QVERIFY(!db.open(file));
        QVERIFY2(db.errorString().contains(QStringLiteral("database version 4")), qPrintable(db.errorString()));
    }
    const QString name = QStringLiteral("inspect3");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM message_templates")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Version 6 writes its frozen lists in the same transaction as the table: a step that fails
// leaves neither.
void TestDatabase::failedMigrationLeavesVersion5()
{
    const QString file = path(QStringLiteral("clash5.sqlite"));
    QVERIFY(createVersion5(file, {QStringLiteral("CREATE TABLE shipped_defaults (x)")}));
    {
        Database db;
        QVERIFY(!db.open(file));
        QVERIFY2(db.errorString().contains(QStringLiteral("database version 6")), qPrintable(db.errorString()));
        QVERIFY(db.errorString().contains(file));
    }
    const QString name = QStringLiteral("inspect5");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QCOMPARE(count(raw, QStringLiteral("PRAGMA user_version")), 5);
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM shipped_defaults")), 0);
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM questions")),
                 int(QuestionBankFile::defaults().size()));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestDatabase::migratesFromEveryVersion_data()
{
    QTest::addColumn<int>("version"); // 0: no file yet
    for (int version = 0; version < Database::SchemaVersion; ++version)
        QTest::addRow("from version %d", version) << version;
}

// Whatever version a file had, it ends with every shipped question and template exactly once,
// recorded in shipped_defaults, and with the user's own rows; opening it again changes nothing.
void TestDatabase::migratesFromEveryVersion()
{
    QFETCH(int, version);
    const QString file = path(QStringLiteral("every.sqlite"));
    QStringList mine;
    if (version >= 2) {
        mine << QStringLiteral("INSERT INTO questions (id, text, created_at, updated_at) "
                               "VALUES (500, 'What do you wish you had asked?', 'x', 'x')");
    }
    if (version >= 4) {
        mine << QStringLiteral("INSERT INTO message_templates (id, kind, name, body, created_at, updated_at) "
                               "VALUES (500, 'thank-you', 'My thanks', 'Thank you!', 'x', 'x')");
    }
    if (version > 0)
        QVERIFY(createVersion(version, file, mine));

    const int userQuestions = version >= 2 ? 1 : 0;
    const int userTemplates = version >= 4 ? 1 : 0;
    for (int opening = 1; opening <= 2; ++opening) {
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QSqlDatabase c = db.connection();
        QCOMPARE(keyCounts(c, QStringLiteral("questions")), once(shippedQuestionKeys()));
        QCOMPARE(keyCounts(c, QStringLiteral("message_templates")), once(shippedTemplateKeys()));
        QCOMPARE(recorded(c, QStringLiteral("question")), shippedQuestionKeys());
        QCOMPARE(recorded(c, QStringLiteral("template")), shippedTemplateKeys());
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM shipped_defaults")),
                 int(shippedQuestionKeys().size() + shippedTemplateKeys().size()));
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM questions")),
                 int(QuestionBankFile::defaults().size()) + userQuestions);
        QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM message_templates")),
                 int(TemplateFile::defaults().size()) + userTemplates);
        if (version >= 1)
            QCOMPARE(strings(c, QStringLiteral("SELECT first_name FROM contacts WHERE id = 7")),
                     QStringList{QStringLiteral("Ada")});
        if (userQuestions)
            QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM questions WHERE id = 500 AND default_key IS NULL")),
                     1);
        if (userTemplates)
            QCOMPARE(
                count(c,
                      QStringLiteral("SELECT count(*) FROM message_templates WHERE id = 500 AND name = 'My thanks'")),
                1);
        QVERIFY(QuestionStore(&db).missingDefaults().isEmpty());
        QVERIFY(TemplateStore(&db).missingDefaults().isEmpty());
    }
}

void TestDatabase::upgradeKeepsDeletedShippedItemsDeleted_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("deleteAll"); // else one question and one template
    QTest::newRow("version 3, a question deleted") << 3 << false;
    QTest::newRow("version 4, a question and a template deleted") << 4 << false;
    QTest::newRow("version 5, a question and a template deleted") << 5 << false;
    // Nothing in the tables to tell it was ever seeded: only the version says so.
    QTest::newRow("version 5, every shipped item deleted") << 5 << true;
}

// Versions 3 and 4 added the shipped items; upgrading must not bring back those the user deleted.
void TestDatabase::upgradeKeepsDeletedShippedItemsDeleted()
{
    QFETCH(int, version);
    QFETCH(bool, deleteAll);
    const QString file = path(QStringLiteral("deleted.sqlite"));
    const QString question = QStringLiteral("day-tools");
    const QString messageTemplate = QStringLiteral("thank-you");
    QVERIFY(shippedQuestionKeys().contains(question));
    QVERIFY(shippedTemplateKeys().contains(messageTemplate));
    QStringList deletions;
    if (deleteAll) {
        deletions << QStringLiteral("DELETE FROM questions") << QStringLiteral("DELETE FROM message_templates");
    } else {
        deletions << QStringLiteral("DELETE FROM questions WHERE default_key = '%1'").arg(question);
        if (version >= 4)
            deletions << QStringLiteral("DELETE FROM message_templates WHERE default_key = '%1'").arg(messageTemplate);
    }
    QVERIFY(createVersion(version, file, deletions));

    QStringList goneQuestions = deleteAll ? questionKeysShippedBeforeVersion9() : QStringList{question};
    QStringList goneTemplates;
    if (version >= 4)
        goneTemplates = deleteAll ? templateKeysShippedBeforeVersion9() : QStringList{messageTemplate};
    for (int opening = 1; opening <= 2; ++opening) {
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QSqlDatabase c = db.connection();
        QStringList presentQuestions = shippedQuestionKeys();
        presentQuestions.removeIf([&](const QString &key) { return goneQuestions.contains(key); });
        QStringList presentTemplates = shippedTemplateKeys();
        presentTemplates.removeIf([&](const QString &key) { return goneTemplates.contains(key); });
        QCOMPARE(keyCounts(c, QStringLiteral("questions")), once(presentQuestions));
        QCOMPARE(keyCounts(c, QStringLiteral("message_templates")), once(presentTemplates));
        QCOMPARE(recorded(c, QStringLiteral("question")), shippedQuestionKeys());
        QCOMPARE(recorded(c, QStringLiteral("template")), shippedTemplateKeys());
        // Still offered back.
        QStringList missing;
        for (const Question &q : QuestionStore(&db).missingDefaults())
            missing << q.defaultKey;
        QCOMPARE(sorted(missing), goneQuestions);
        missing.clear();
        for (const MessageTemplate &t : TemplateStore(&db).missingDefaults())
            missing << t.defaultKey;
        QCOMPARE(sorted(missing), goneTemplates);
    }
}

// The same for a database created by this version: seeding after migrating records what it adds.
void TestDatabase::deletedShippedItemsStayDeleted()
{
    const QString file = path(QStringLiteral("stay.sqlite"));
    const QString question = QStringLiteral("career-surprise");
    const QString messageTemplate = QStringLiteral("touch-base");
    {
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QSqlDatabase c = db.connection();
        QCOMPARE(recorded(c, QStringLiteral("question")), shippedQuestionKeys());
        QCOMPARE(recorded(c, QStringLiteral("template")), shippedTemplateKeys());
        QuestionStore questions(&db);
        TemplateStore templates(&db);
        QList<qint64> questionIds;
        for (const Question &q : questions.all()) {
            if (q.defaultKey == question)
                questionIds << q.id;
        }
        QList<qint64> templateIds;
        for (const MessageTemplate &t : templates.all()) {
            if (t.defaultKey == messageTemplate)
                templateIds << t.id;
        }
        QCOMPARE(questionIds.size(), 1);
        QCOMPARE(templateIds.size(), 1);
        QVERIFY(questions.remove(questionIds));
        QVERIFY(templates.remove(templateIds));
    }
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QSqlDatabase c = db.connection();
    QCOMPARE(keyCounts(c, QStringLiteral("questions")).value(question), 0);
    QCOMPARE(keyCounts(c, QStringLiteral("message_templates")).value(messageTemplate), 0);
    QCOMPARE(count(c, QStringLiteral("SELECT count(*) FROM questions")), int(QuestionBankFile::defaults().size()) - 1);
    const QList<Question> missingQuestions = QuestionStore(&db).missingDefaults();
    QCOMPARE(missingQuestions.size(), 1);
    QCOMPARE(missingQuestions.first().defaultKey, question);
    const QList<MessageTemplate> missingTemplates = TemplateStore(&db).missingDefaults();
    QCOMPARE(missingTemplates.size(), 1);
    QCOMPARE(missingTemplates.first().defaultKey, messageTemplate);
}

void TestDatabase::seedsWhatIsNewToTheFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("alreadyThere"); // a row with the key is in the table, unrecorded
    QTest::newRow("question") << QStringLiteral("question") << QStringLiteral("outlook-impact") << false;
    QTest::newRow("template") << QStringLiteral("template") << QStringLiteral("referral-request") << false;
    QTest::newRow("question already there") << QStringLiteral("question") << QStringLiteral("outlook-impact") << true;
    QTest::newRow("template already there") << QStringLiteral("template") << QStringLiteral("referral-request") << true;
}

// As after an update that ships one more question or template: that one arrives, once, and
// nothing else changes. One that is already there under its key is only recorded.
void TestDatabase::seedsWhatIsNewToTheFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(bool, alreadyThere);
    const QString table =
        kind == QLatin1String("question") ? QStringLiteral("questions") : QStringLiteral("message_templates");
    const QString file = path(QStringLiteral("new-in-release.sqlite"));
    const QString others = QStringLiteral("SELECT group_concat(id || default_key) FROM (SELECT id, default_key FROM %1 "
                                          "WHERE default_key IS NOT '%2' ORDER BY id)")
                               .arg(table, key);
    const QString itself = QStringLiteral("SELECT id FROM %1 WHERE default_key = '%2'").arg(table, key);
    QStringList before;
    QStringList idBefore;
    {
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("DELETE FROM shipped_defaults WHERE kind = '%1' AND default_key = '%2'").arg(kind, key)));
        QCOMPARE(q.numRowsAffected(), 1);
        if (!alreadyThere)
            QVERIFY(q.exec(QStringLiteral("DELETE FROM %1 WHERE default_key = '%2'").arg(table, key)));
        before = strings(db.connection(), others);
        idBefore = strings(db.connection(), itself);
    }
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QSqlDatabase c = db.connection();
    QCOMPARE(keyCounts(c, QStringLiteral("questions")), once(shippedQuestionKeys()));
    QCOMPARE(keyCounts(c, QStringLiteral("message_templates")), once(shippedTemplateKeys()));
    QCOMPARE(recorded(c, QStringLiteral("question")), shippedQuestionKeys());
    QCOMPARE(recorded(c, QStringLiteral("template")), shippedTemplateKeys());
    QCOMPARE(strings(c, others), before);
    if (alreadyThere)
        QCOMPARE(strings(c, itself), idBefore);
}

// Seeding that fails fails open(), naming the file; it adds nothing, and the next open tries again.
void TestDatabase::failedSeedingFailsOpen()
{
    const QString file = path(QStringLiteral("seeding-fails.sqlite"));
    const QString key = QStringLiteral("advice-stand-out");
    {
        Database db;
        QVERIFY2(db.open(file), qPrintable(db.errorString()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM shipped_defaults WHERE default_key = '%1'").arg(key)));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM questions WHERE default_key = '%1'").arg(key)));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON questions "
                                      "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    }
    const int shipped = int(shippedQuestionKeys().size() + shippedTemplateKeys().size());
    {
        Database db;
        QVERIFY(!db.open(file));
        QVERIFY(!db.isOpen());
        QVERIFY(!db.isDamaged());
        QVERIFY2(db.errorString().contains(file), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QStringLiteral("refused")), qPrintable(db.errorString()));
    }
    {
        Database db;
        QVERIFY(!db.open(file));
    }
    const QString name = QStringLiteral("inspectSeeding");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QCOMPARE(count(raw, QStringLiteral("SELECT count(*) FROM shipped_defaults")), shipped - 1);
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    Database db;
    QVERIFY2(db.open(file), qPrintable(db.errorString()));
    QCOMPARE(keyCounts(db.connection(), QStringLiteral("questions")), once(shippedQuestionKeys()));
    QCOMPARE(count(db.connection(), QStringLiteral("SELECT count(*) FROM shipped_defaults")), shipped);
}

// IntegrityCheck::Later opens a file whose header and schema read fine without reading every
// page, and refuses writes until markVerified(). A file open() would write to at once (to
// migrate it, or to switch it to WAL mode) is checked at once.
void TestDatabase::laterCheck_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("opensLater");
    QTest::newRow("current version, WAL") << QStringLiteral("current") << true;
    QTest::newRow("older version") << QStringLiteral("older") << false;
    QTest::newRow("not in WAL mode") << QStringLiteral("rollback journal") << false;
    QTest::newRow("a shipped template new to it") << QStringLiteral("unseeded") << false;
}

void TestDatabase::laterCheck()
{
    QFETCH(QString, kind);
    QFETCH(bool, opensLater);
    const QString file = path(QStringLiteral("later.sqlite"));
    {
        Database db;
        QVERIFY(db.open(file));
        QSqlQuery q(db.connection());
        for (int i = 0; i < 200; ++i) // enough rows for the contacts table to span pages
            QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts (first_name, notes, created_at, updated_at) "
                                          "VALUES ('P', '%1', 'x', 'x')")
                               .arg(QString(100, QLatin1Char('n')))));
    }
    const auto makeItSo = [&] {
        Database db;
        QVERIFY(db.open(file));
        QSqlQuery q(db.connection());
        if (kind == QLatin1String("older")) {
            // Undo migrateTo12: the file is at version 11 again.
            QVERIFY(q.exec(QStringLiteral("DROP TABLE contact_jobs")));
            for (const char *column : {"target", "motivation", "posting"})
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE organisations DROP COLUMN %1").arg(QLatin1String(column))));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion - 1)));
        }
        if (kind == QLatin1String("rollback journal"))
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        if (kind == QLatin1String("unseeded")) {
            QVERIFY(q.exec(QStringLiteral("DELETE FROM shipped_defaults WHERE default_key = 'thank-you'")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM message_templates WHERE default_key = 'thank-you'")));
        }
    };
    makeItSo();
    if (QTest::currentTestFailed())
        return;
    // The intact file first: Later leaves it unverified and read-only until the check passes.
    {
        Database db;
        QVERIFY2(db.open(file, Database::IntegrityCheck::Later), qPrintable(db.errorString()));
        QCOMPARE(db.isVerified(), !opensLater);
        if (kind == QLatin1String("unseeded"))
            QCOMPARE(keyCounts(db.connection(), QStringLiteral("message_templates")), once(shippedTemplateKeys()));
        if (opensLater) {
            QSqlQuery q(db.connection());
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM contacts")));
            QCOMPARE(db.integrityProblem(), QString());
            db.markVerified();
            QVERIFY(db.isVerified());
            QVERIFY2(q.exec(QStringLiteral("UPDATE contacts SET first_name = 'Q' WHERE id = 1")),
                     qPrintable(q.lastError().text()));
        }
    }
    // Opening migrated, switched or seeded it: back as it was for the damaged run.
    if (!opensLater)
        makeItSo();
    if (QTest::currentTestFailed())
        return;

    // A page inside the file damaged: the header and the schema still read.
    QVERIFY(!TestDamage::overwriteFilePages(file, 3, 3).isEmpty());
    const QByteArray damaged = [&] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    Database now;
    QVERIFY(!now.open(file));
    QVERIFY(now.isDamaged());
    Database later;
    QCOMPARE(later.open(file, Database::IntegrityCheck::Later), opensLater);
    if (opensLater) {
        const QString problem = later.integrityProblem();
        QVERIFY2(problem.contains(QStringLiteral("is damaged (integrity check:")), qPrintable(problem));
        later.closeAsDamaged(problem);
        QVERIFY(later.isDamaged());
        QCOMPARE(later.errorString(), problem);
    } else {
        QVERIFY(later.isDamaged());
    }
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), damaged); // not a byte written
}

void TestDatabase::writesWaitForTheCheck_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<QString>("problem"); // what the check finds
    for (const QString &store :
         {QStringLiteral("contacts"), QStringLiteral("organisations"), QStringLiteral("questions")}) {
        QTest::newRow(qPrintable(store + QStringLiteral(", intact"))) << store << QString();
        QTest::newRow(qPrintable(store + QStringLiteral(", damaged"))) << store << QStringLiteral("“x” is damaged.");
    }
}

// A save while the start-up check is still running waits for it, instead of failing on the
// read-only connection; if the check finds damage, nothing is written and the save says why.
void TestDatabase::writesWaitForTheCheck()
{
    QFETCH(QString, store);
    QFETCH(QString, problem);
    const QString file = path(QStringLiteral("waits.sqlite"));
    {
        Database db;
        QVERIFY(db.open(file));
    }
    Database db;
    QVERIFY(db.open(file, Database::IntegrityCheck::Later));
    QVERIFY(!db.isVerified());
    QPromise<QString> check;
    check.start();
    db.setCheckInProgress(check.future());
    std::thread checker([&check, problem] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        check.addResult(problem);
        check.finish();
    });
    auto joinChecker = qScopeGuard([&checker] { checker.join(); });

    bool saved = false;
    QString error;
    if (store == QLatin1String("contacts")) {
        ContactStore contacts(&db);
        ContactBatch batch;
        Contact c;
        c.firstName = QStringLiteral("Ada");
        batch.inserts << c;
        saved = contacts.apply(batch, &error);
    } else if (store == QLatin1String("organisations")) {
        OrganisationStore organisations(&db);
        Organisation o;
        o.name = QStringLiteral("Analytical Engines");
        saved = organisations.insert(o, &error);
    } else {
        QuestionStore questions(&db);
        Question q;
        q.text = QStringLiteral("What does a day look like?");
        saved = questions.insert(q, &error);
    }
    QCOMPARE(saved, problem.isEmpty());
    QCOMPARE(db.isVerified(), problem.isEmpty());
    if (!saved)
        QCOMPARE(error, problem);
    QSqlQuery q(db.connection());
    const QString table = store == QLatin1String("contacts") ? QStringLiteral("contacts")
        : store == QLatin1String("organisations")            ? QStringLiteral("organisations")
                                                             : QStringLiteral("questions WHERE default_key IS NULL");
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next());
    QCOMPARE(q.value(0).toInt(), saved ? 1 : 0);
}

// A result that is there before anyone waits for it (the work was quicker than the caller) still
// arrives from the event loop, never inside the caller; and not at all once the context is gone.
void TestDatabase::continuesFromEventLoop_data()
{
    QTest::addColumn<bool>("finishedFirst");
    QTest::addColumn<bool>("contextGone");
    QTest::newRow("finished before attaching") << true << false;
    QTest::newRow("finished later") << false << false;
    QTest::newRow("context gone, finished before") << true << true;
    QTest::newRow("context gone, finished later") << false << true;
}

void TestDatabase::continuesFromEventLoop()
{
    QFETCH(bool, finishedFirst);
    QFETCH(bool, contextGone);
    Database db;
    QVERIFY(db.open(m_dir->filePath(QStringLiteral("continue.sqlite"))));
    QSemaphore go;
    QFuture<int> future = db.runInBackground([&go] {
        go.acquire();
        return 42;
    });
    if (finishedFirst) {
        go.release();
        future.waitForFinished();
    }
    auto context = std::make_unique<QObject>();
    QList<int> received;
    continueFromEventLoop(future, context.get(), [&received](int value) { received.append(value); });
    QVERIFY(received.isEmpty()); // not inside the caller
    if (!finishedFirst)
        go.release();
    if (contextGone)
        context.reset();
    future.waitForFinished();
    QTest::qWait(50);
    QCOMPARE(received, contextGone ? QList<int>() : QList<int>{42});
}

COFFEECHAT_PRIVATE_MOUNTS_MAIN(TestDatabase, QCoreApplication)
#include "tst_database.moc"
