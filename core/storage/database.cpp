#include "storage/database.h"

#include "storage/seeding.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <type_traits>

namespace {

// SQLite's primary result codes that open() tells apart.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;

// The primary code of an error from the SQLite driver (its extended code's low byte), or -1.
int primaryCode(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return isNumber ? code & 0xff : -1;
}

// Another connection holds the lock that was needed.
bool isBusy(const QSqlError &error)
{
    const int code = primaryCode(error);
    return code == SqliteBusy || code == SqliteLocked;
}

// The last statement that failed on this thread during open(). The migrations report only
// true or false, and open() must still tell a full disk from a file that is not a database.
thread_local QSqlError t_lastFailure;

// The statements open() runs; a failure is reported through open()'s message, in plain words,
// so SQLite's own text is only for developers (QT_LOGGING_RULES="coffeechat.storage.debug=true").
Q_LOGGING_CATEGORY(lcStorage, "coffeechat.storage", QtWarningMsg)

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qCDebug(lcStorage, "SQL failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        t_lastFailure = query.lastError();
        return false;
    }
    return true;
}

// Creates the missing folders of path, each private to the user (0700, like the backups
// folder), and appends them to *created, outermost first.
bool makePrivateFolders(const QString &path, QStringList *created)
{
    QStringList missing;
    for (QString dir = QDir::cleanPath(path); !QFileInfo::exists(dir);) {
        missing.prepend(dir);
        const QString parent = QFileInfo(dir).absolutePath();
        if (parent == dir)
            break;
        dir = parent;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (QDir().mkdir(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            created->append(dir);
        else if (!QFileInfo(dir).isDir()) // else another process made it a moment ago
            return false;
    }
    return true;
}

// Removes what a failed open() created: the file with SQLite's files beside it, then the
// folders, innermost first (each only if empty).
void removeCreated(const QString &file, bool fileCreated, const QStringList &folders)
{
    if (fileCreated) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(file + QLatin1StringView(suffix));
    }
    for (auto it = folders.crbegin(); it != folders.crend(); ++it)
        QDir().rmdir(*it);
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next())
        return query.value(0);
    return {};
}

} // namespace

Database::Database()
    : m_baseName(QStringLiteral("coffeechat-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/coffeechat.sqlite");
}

bool Database::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool Database::open(const QString &path, IntegrityCheck check)
{
    close();
    m_error.clear();
    m_damaged = false;
    m_verified = false;
    m_checkInProgress = {};
    m_readOnlyReason.clear();
    t_lastFailure = QSqlError();
    m_path = QFileInfo(path).absoluteFilePath();

    const QFileInfo info(m_path);
    const bool existed = info.exists();
    if (existed && !info.isFile())
        return fail(tr("“%1” is not a file. Choose a Coffee Chat database file.").arg(m_path));
    if (existed && !info.isReadable())
        return fail(tr("“%1” cannot be read. Check its permissions.").arg(m_path));
    QStringList createdFolders;
    bool createdFile = false;
    if (!existed) {
        if (!makePrivateFolders(info.absolutePath(), &createdFolders)) {
            removeCreated(m_path, false, createdFolders);
            return fail(tr("The folder “%1” cannot be created.").arg(info.absolutePath()));
        }
        // Create the file ourselves so it is private to the user from the first byte.
        QFile file(m_path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            createdFile = true;
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        } else if (!QFileInfo::exists(m_path)) { // else another process created it a moment ago
            removeCreated(m_path, false, createdFolders);
            return fail(tr("“%1” cannot be created: %2").arg(m_path, file.errorString()));
        }
    } else if (info.size() == 0 && info.isWritable()) {
        // An empty file (given with --database, say) becomes a database: as private as a new one.
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    // A file that cannot be written is opened for reading only, at once when the file system
    // says so, or after writing failed (a full disk, or a read-only file that root may write).
    QString readOnly = existed ? whyNotWritable(QSqlError()) : QString();
    if (readOnly.isEmpty()) {
        const QString wal = m_path + QStringLiteral("-wal");
        const QString shm = m_path + QStringLiteral("-shm");
        const bool hadWalOrShm = QFileInfo::exists(wal) || QFileInfo::exists(shm);
        bool opened = openConnection(check, false);
        // Two programs creating or upgrading one file at the same moment: where waiting for the
        // other could deadlock (switching to WAL, say), SQLite says "locked" at once instead of
        // waiting. The other is done in moments, so try again, as patiently as any write waits.
        const QDeadlineTimer patience(BusyTimeoutMs);
        while (!opened && isBusy(t_lastFailure) && !patience.hasExpired()) {
            QThread::msleep(20);
            m_error.clear();
            m_damaged = false;
            t_lastFailure = QSqlError();
            opened = openConnection(check, false);
        }
        if (opened) {
            m_open = true;
            return true;
        }
        // A file another program is using is never removed, even if this call created it.
        if (createdFile && !isBusy(t_lastFailure)) {
            // Whichever step ran out of space (switching to WAL, a table, the shipped questions),
            // a nearly full disk is the reason, in the words every write uses for it.
            QString reason =
                t_lastFailure.isValid() || diskIsNearlyFull() ? describeWriteError(t_lastFailure) : m_error;
            if (!reason.endsWith(QLatin1Char('.')))
                reason += QLatin1Char('.');
            removeCreated(m_path, createdFile, createdFolders);
            return fail(
                tr("A new database could not be created at “%1”: %2 Nothing was left behind.").arg(m_path, reason));
        }
        readOnly = whyNotWritable(t_lastFailure);
        if (readOnly.isEmpty() || m_damaged)
            return false;
        // On a full disk SQLite leaves the empty -wal file and the -shm file it could not grow
        // behind: removed, as closing would have, so that reading takes the file alone.
        if (!hadWalOrShm && QFileInfo(wal).size() == 0) {
            QFile::remove(wal);
            QFile::remove(shm);
        }
    }
    m_error.clear();
    m_damaged = false;
    m_verified = false;
    m_readOnlyReason = readOnly;
    if (openConnection(check, true)) {
        m_open = true;
        return true;
    }
    m_readOnlyReason.clear();
    return false;
}

// Opens this thread's connection and validates, configures, migrates and seeds the file, or
// for reading only validates and configures it. On failure closes it again and returns false.
bool Database::openConnection(IntegrityCheck check, bool readOnly)
{
    m_sqliteName = m_path;
    m_connectOptions.clear();
    if (readOnly) {
        // SQLite reads a WAL database through its -shm file, which it cannot create in a
        // read-only folder or on a full disk, and which a read-only connection creates with the
        // file's own permissions and leaves behind, read-only, to refuse writes after the user
        // makes the file writable again. Without a -wal file no connection has the file open
        // and nothing waits in a WAL to be copied back (the last connection to close removes
        // it), so the file alone is the whole database: immutable=1 reads just that, creating
        // nothing and taking no locks. With a -wal file, mode=ro reads through the -shm file.
        if (QFileInfo::exists(m_path + QStringLiteral("-wal"))) {
            m_connectOptions = QStringLiteral("QSQLITE_OPEN_READONLY");
        } else {
            QUrl uri = QUrl::fromLocalFile(m_path);
            uri.setQuery(QStringLiteral("mode=ro&immutable=1"));
            m_sqliteName = uri.toString(QUrl::FullyEncoded);
            m_connectOptions = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
        }
    }
    QSqlDatabase db = addConnection();
    auto closeAgain = [&] {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionNameForThread());
        return false;
    };
    if (!db.isOpen()) {
        t_lastFailure = db.lastError();
        const QString reason = db.lastError().text();
        closeAgain();
        return fail(tr("“%1” cannot be opened: %2").arg(m_path, reason));
    }
    // 16 KiB pages instead of SQLite's 4 KiB: writing 30,000 contacts at once took 20%
    // less time, with a quarter of the pages to log and copy back. The size is fixed when
    // the file is first written, so this applies to new databases only; others keep theirs.
    if (!readOnly && QFileInfo(m_path).size() == 0)
        exec(db, QStringLiteral("PRAGMA page_size = %1").arg(NewPageSize));
    if (!validate(db, check))
        return closeAgain();
    if (!configure(db)) {
        if (m_error.isEmpty())
            fail(tr("“%1” cannot be opened: %2").arg(m_path, describeWriteError(t_lastFailure)));
        return closeAgain();
    }
    if (!migrate(db) || !seedShippedData(db))
        return closeAgain();
    return true;
}

void Database::close()
{
    m_pool.waitForDone(); // tasks read through their own connections to this file
    if (!m_open)
        return;
    m_open = false;
    const QString prefix = m_baseName + QLatin1Char('@');
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(prefix)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

QString Database::connectionNameForThread() const
{
    return m_baseName + QLatin1Char('@') + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionNameForThread();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    // First use on this thread: a thread-local connection like the one open() made.
    QSqlDatabase db = addConnection();
    if (db.isOpen())
        configure(db);
    return db;
}

// Adds and opens this thread's connection to the file as open() opened it (the path, or the
// read-only URI, with its options). Its first statement makes every later one wait for another
// process that is creating or writing the file (a second import started at the same moment).
QSqlDatabase Database::addConnection() const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionNameForThread());
    db.setDatabaseName(m_sqliteName);
    db.setConnectOptions(m_connectOptions);
    if (db.open())
        exec(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs));
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionNameForThread();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

QString Database::describeWriteError(const QSqlError &error) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    int code = primaryCode(error);
    // Not every failure reaches here with SQLite's code (the driver may report a step's or a
    // commit's own); a disk with next to no room left explains any of them.
    if (code != SqliteReadOnly && code != SqliteBusy && code != SqliteLocked && diskIsNearlyFull())
        code = SqliteFull;
    switch (code) {
    case SqliteIoError:
        // SQLite says "disk I/O error" when it cannot grow the -shm file beside the database.
        if (!diskIsNearlyFull())
            return tr("“%1” could not be written (%2).").arg(file, error.databaseText());
        [[fallthrough]];
    case SqliteFull:
        return tr("the disk that holds “%1” is full. Free some space and try again.").arg(file);
    case SqliteReadOnly:
        return tr("“%1” is read-only (the file, its folder or the disk).").arg(file);
    case SqliteBusy:
    case SqliteLocked:
        return tr("another program (perhaps another Coffee Chat) is writing to “%1”. Try again in a moment.").arg(file);
    default:
        break;
    }
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

// Why the file cannot be written, as the end of a sentence ("… because its folder is
// read-only"), or empty. Without a failure, only what the file system says; after one, also a
// full disk, or what SQLite found (root may write a read-only file, so the rest only shows then).
QString Database::whyNotWritable(const QSqlError &failure) const
{
    const QFileInfo file(m_path);
    const QString folder = file.absolutePath();
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.isReady() && storage.isReadOnly())
        return tr("the disk it is on is read-only");
    if (!QFileInfo(folder).isWritable())
        return tr("its folder is read-only");
    if (file.exists() && !file.isWritable())
        return tr("the file is read-only");
    switch (primaryCode(failure)) {
    case SqliteFull:
        return tr("the disk is full");
    case SqliteIoError:
        return diskIsNearlyFull() ? tr("the disk is full") : QString();
    case SqliteReadOnly:
    case SqliteCantOpen:
        return tr("SQLite cannot write to it or beside it (%1)").arg(failure.databaseText());
    default:
        return {};
    }
}

// Less than 1 MiB free where the file is: the -shm file alone takes 32 KiB, a WAL page 16 KiB.
bool Database::diskIsNearlyFull() const
{
    const QStorageInfo storage(QFileInfo(m_path).absolutePath());
    return storage.isValid() && storage.isReady() && storage.bytesAvailable() >= 0
        && storage.bytesAvailable() < 1024 * 1024;
}

QString Database::readOnlyNotice() const
{
    if (!isReadOnly())
        return {};
    return tr("“%1” is open read-only because %2: changes cannot be saved.")
        .arg(QDir::toNativeSeparators(m_path), m_readOnlyReason);
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

bool Database::configure(QSqlDatabase &db) const
{
    // foreign_keys is a no-op inside a transaction, so it is set right after opening.
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"))
        || !exec(db, QStringLiteral("PRAGMA query_only = %1").arg(m_verified.load() && !isReadOnly() ? 0 : 1)))
        return false;
    if (isReadOnly()) // switching to WAL would write
        return true;
    return exec(db, QStringLiteral("PRAGMA journal_mode = WAL"))
        && exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
}

void Database::markVerified()
{
    m_verified = true;
    if (isReadOnly())
        return;
    QSqlDatabase db = connection();
    exec(db, QStringLiteral("PRAGMA query_only = 0"));
}

QString Database::integrityProblem() const
{
    QSqlDatabase db = connection();
    return integrityProblem(db);
}

QString Database::integrityProblem(QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return notADatabase(query.lastError().databaseText());
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return tr("“%1” is damaged (integrity check: %2). Nothing was changed. "
              "Restore a backup, or move the file away to start a new database.")
        .arg(m_path, problems.mid(0, 3).join(QStringLiteral("; ")));
}

QString Database::notADatabase(const QString &sqliteSays) const
{
    return tr("“%1” is not a Coffee Chat database (SQLite says: %2). "
              "Choose another file, or move this one away to start a new database.")
        .arg(m_path, sqliteSays);
}

void Database::setCheckInProgress(const QFuture<QString> &check)
{
    m_checkInProgress = check;
}

bool Database::waitUntilWritable(QString *error)
{
    if (isReadOnly()) {
        if (error) {
            *error = tr("“%1” is open read-only because %2, so nothing was changed.")
                         .arg(QDir::toNativeSeparators(m_path), m_readOnlyReason);
        }
        return false;
    }
    if (m_verified.load() || !m_checkInProgress.isValid())
        return true;
    const QString problem = m_checkInProgress.result(); // at start-up, a few milliseconds at most
    if (problem.isEmpty()) {
        markVerified();
        return true;
    }
    if (error)
        *error = problem;
    return false;
}

void Database::closeAsDamaged(const QString &problem)
{
    close();
    m_damaged = true;
    m_error = problem;
}

// Refuses anything that is not an intact Coffee Chat database or an empty file, before a
// single byte is written.
bool Database::validate(QSqlDatabase &db, IntegrityCheck check)
{
    // Reading the header and the schema finds a file that is not a database at all.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
        const QSqlError error = query.lastError();
        t_lastFailure = error;
        const int code = primaryCode(error);
        // SQLite may need to write to read a file (the -shm file of a WAL database), and may
        // find it locked: a file it cannot read for such a reason is not known to be damaged.
        // open() then tries reading only.
        if (code == SqliteCantOpen || code == SqliteReadOnly || code == SqliteIoError || code == SqliteFull
            || code == SqliteBusy || code == SqliteLocked) {
            if (!isReadOnly())
                return fail(tr("“%1” cannot be opened: %2").arg(m_path, describeWriteError(error)));
            // Only with a -wal file, read through the -shm file (see openConnection()).
            return fail(tr("“%1” cannot be read because %2, and SQLite must write beside it to read the changes "
                           "waiting in “%3” (%4). Nothing was changed. Open it once where it can be written.")
                            .arg(m_path, m_readOnlyReason, m_path + QStringLiteral("-wal"), error.databaseText()));
        }
        m_damaged = true;
        return fail(notADatabase(error.databaseText()));
    }
    const int tables = query.value(0).toInt();
    query.finish();
    const int version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    // Migrating, or switching the file to WAL mode (a backup copy, say), writes to it.
    const bool writesNow = !isReadOnly()
        && (version < SchemaVersion
            || scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() != QLatin1String("wal"));
    if (writesNow) {
        // Under the write lock: another process creating or migrating the same file at this
        // moment (a second import started with the first) must not be read half-way. A new file
        // is in rollback-journal mode until configure(), and FTS5's check, meeting that
        // process's lock, fails as "vtable constructor failed" instead of waiting for it.
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            t_lastFailure = begin.lastError();
            return fail(tr("“%1” cannot be opened: %2").arg(m_path, describeWriteError(begin.lastError())));
        }
        const bool intact = checkNow(db);
        db.commit();
        if (!intact)
            return false;
    } else if (check == IntegrityCheck::Now && !checkNow(db))
        return false;

    const qint32 appId = scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
    if (appId == 0 && tables == 0 && version == 0) { // a new, empty file
        if (isReadOnly()) {
            return fail(tr("“%1” is empty, and it cannot be made a Coffee Chat database because %2. "
                           "Nothing was changed.")
                            .arg(m_path, m_readOnlyReason));
        }
        return true;
    }
    if (appId != ApplicationId) {
        return fail(tr("“%1” is an SQLite database of another application, not a Coffee Chat "
                       "database. Nothing was changed. Choose a Coffee Chat database file.")
                        .arg(m_path));
    }
    if (version > SchemaVersion) {
        return fail(tr("“%1” was written by a newer version of Coffee Chat (database version %2; "
                       "this version understands up to %3). Nothing was changed. "
                       "Update Coffee Chat to open it.")
                        .arg(m_path)
                        .arg(version)
                        .arg(SchemaVersion));
    }
    if (version < 0) {
        // user_version is a signed 32-bit number; a negative one would index before the migrations.
        return fail(tr("“%1” is damaged (its database version, %2, is not valid). Nothing was changed. "
                       "Restore a backup, or move the file away to start a new database.")
                        .arg(m_path)
                        .arg(version));
    }
    if (isReadOnly() && version < SchemaVersion) {
        return fail(tr("“%1” was written by an older version of Coffee Chat and needs updating, which it cannot "
                       "be because %2. Nothing was changed. Open it once where it can be written.")
                        .arg(m_path, m_readOnlyReason));
    }
    return true;
}

// The integrity check, before open() writes: the file counts as verified once it passes.
bool Database::checkNow(QSqlDatabase &db)
{
    const QString problem = integrityProblem(db);
    if (!problem.isEmpty()) {
        m_damaged = true;
        return fail(problem);
    }
    m_verified = true;
    return true;
}

bool Database::migrate(QSqlDatabase &db)
{
    if (isReadOnly()) // validate() made sure that it needs no migrating
        return true;
    const int current = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    const std::function<bool(QSqlDatabase &)> steps[] = {
        &Database::migrateTo1,  &Database::migrateTo2,  &Database::migrateTo3,
        &Database::migrateTo4,  &Database::migrateTo5,  [current](QSqlDatabase &d) { return migrateTo6(d, current); },
        &Database::migrateTo7,  &Database::migrateTo8,  &Database::migrateTo9,
        &Database::migrateTo10, &Database::migrateTo11, &Database::migrateTo12,
    };
    static_assert(std::extent_v<decltype(steps)> == SchemaVersion, "one migration per schema version");
    for (int version = current + 1; version <= SchemaVersion; ++version) {
        if (!runMigration(db, version, steps[version - 1]))
            return false;
    }
    return true;
}

// Each step runs in its own transaction, ending with the new user_version, so a failure
// leaves the database exactly at the previous version.
bool Database::runMigration(QSqlDatabase &db, int toVersion, const std::function<bool(QSqlDatabase &)> &step)
{
    // The write lock from the first statement, and the version read again under it: another
    // process (a second import started at the same moment) may have migrated the file while
    // this one waited.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        t_lastFailure = begin.lastError();
        return fail(tr("“%1” cannot be updated: %2").arg(m_path, describeWriteError(begin.lastError())));
    }
    // A failure is taken from the statement or the commit that failed, before the rollback: on a
    // full disk SQLite has rolled back already, and the rollback's own "no transaction is active"
    // would hide why.
    auto failed = [&](const QSqlError &error) {
        t_lastFailure = error;
        db.rollback();
        return fail(tr("Updating “%1” to database version %2 failed; it was left unchanged: %3")
                        .arg(m_path)
                        .arg(toVersion)
                        .arg(describeWriteError(error)));
    };
    if (scalar(db, QStringLiteral("PRAGMA user_version")).toInt() >= toVersion)
        return db.commit() || failed(db.lastError());
    t_lastFailure = QSqlError();
    if (!step(db) || !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(toVersion)))
        return failed(t_lastFailure);
    if (!db.commit())
        return failed(db.lastError());
    return true;
}

bool Database::migrateTo1(QSqlDatabase &db)
{
    const QStringList statements = {
        QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
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
        // Search index over what people type into the filter box. ContactStore::apply() keeps it
        // in step with set-based statements: per-row triggers made a 30,000-row import 7x slower.
        QStringLiteral(R"(CREATE VIRTUAL TABLE contacts_fts USING fts5(
            first_name, last_name, company, position, email, tags,
            content='contacts', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'))"),
    };
    for (const QString &sql : statements) {
        if (!exec(db, sql))
            return false;
    }
    return true;
}

// Version 2: the interview workflow. Interviews keep their contact (a contact with interviews
// cannot be deleted), lose their organisation if it is deleted, and take their history,
// chosen questions and referral links with them.
bool Database::migrateTo2(QSqlDatabase &db)
{
    const QStringList statements = {
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
        // The question bank fills this table; the link table is the interview's plan.
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
    };
    for (const QString &sql : statements) {
        if (!exec(db, sql))
            return false;
    }
    return true;
}

// Version 3: the question bank. A planned question keeps its own copy of the text (so a
// prep sheet stays as planned when the bank changes) and may be one the user wrote for this
// interview alone; usage is counted from the plans instead of being stored. The shipped
// questions are added after migrating (storage/seeding.h); before version 6 this step added
// them itself, which migrateTo6() takes into account.
bool Database::migrateTo3(QSqlDatabase &db)
{
    const QStringList statements = {
        QStringLiteral("ALTER TABLE questions DROP COLUMN usage_count"),
        QStringLiteral("ALTER TABLE questions ADD COLUMN default_key TEXT"),
        QStringLiteral(
            "CREATE UNIQUE INDEX questions_default_key ON questions(default_key) WHERE default_key IS NOT NULL"),
        QStringLiteral("ALTER TABLE interview_questions RENAME TO interview_questions_v2"),
        QStringLiteral(R"(CREATE TABLE interview_questions (
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question_id INTEGER REFERENCES questions(id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (interview_id, position)))"),
        QStringLiteral(R"(INSERT INTO interview_questions (interview_id, position, question_id, text)
            SELECT old.interview_id, old.position, old.question_id, questions.text
            FROM interview_questions_v2 AS old JOIN questions ON questions.id = old.question_id)"),
        QStringLiteral("DROP TABLE interview_questions_v2"),
        QStringLiteral("CREATE INDEX interview_questions_question ON interview_questions(question_id)"),
    };
    for (const QString &sql : statements) {
        if (!exec(db, sql))
            return false;
    }
    return true;
}

// Version 4: message templates for outreach, follow-ups, thank-you notes and touch-base
// updates. The shipped ones are added after migrating, like the question bank (and, before
// version 6, were added here).
bool Database::migrateTo4(QSqlDatabase &db)
{
    const QStringList statements = {
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
    };
    for (const QString &sql : statements) {
        if (!exec(db, sql))
            return false;
    }
    return true;
}

// Version 5: contacts without a full-text index. The contact list filters the contacts it
// holds in memory (ContactSearch) in about a millisecond, while keeping the index cost every
// import more than writing the contacts themselves. The "referred by" index keeps only the
// few contacts that have an introducer, which is all that deleting one needs.
bool Database::migrateTo5(QSqlDatabase &db)
{
    const QStringList statements = {
        QStringLiteral("DROP TABLE IF EXISTS contacts_fts"),
        QStringLiteral("DROP INDEX IF EXISTS contacts_referred_by"),
        QStringLiteral("CREATE INDEX contacts_referred_by ON contacts(referred_by) WHERE referred_by IS NOT NULL"),
    };
    for (const QString &sql : statements) {
        if (!exec(db, sql))
            return false;
    }
    return true;
}

// Version 6: which shipped questions and templates were ever added to this database, so that
// seeding after migrating (storage/seeding.h) adds each once and never brings back one the user
// deleted. Up to version 5, migrateTo3() and migrateTo4() added them all, so a file that was
// already at version 3 (4) when this open() began had every question (template) shipped then,
// whatever its tables hold now (the user may have deleted them all, or typed questions into a
// version 2 bank). Those shipped files have not changed since, so their keys are written out
// here, frozen: this step must not read today's files, which a later release may extend.
bool Database::migrateTo6(QSqlDatabase &db, int fromVersion)
{
    if (!exec(db,
              QStringLiteral("CREATE TABLE shipped_defaults (kind TEXT NOT NULL, default_key TEXT NOT NULL, "
                             "PRIMARY KEY (kind, default_key)) WITHOUT ROWID")))
        return false;
    if (fromVersion >= 3 && !exec(db, QStringLiteral(R"(INSERT INTO shipped_defaults (kind, default_key)
            SELECT 'question', column1 FROM (VALUES
            ('career-first-step'), ('career-what-drew-you'), ('career-turning-point'), ('career-typical-paths'),
            ('career-earlier-roles'), ('career-surprise'), ('career-where-next'), ('career-start-over'),
            ('career-early-projects'), ('career-changers'),
            ('day-typical-day'), ('day-time-split'), ('day-current-project'), ('day-hardest-part'),
            ('day-energising-part'), ('day-recent-problem'), ('day-collaborators'), ('day-tools'),
            ('day-misconception'), ('day-good-job'),
            ('skills-most-important'), ('skills-learned-on-job'), ('skills-build-now'), ('skills-work-sample'),
            ('skills-interpersonal'), ('skills-gaps'), ('skills-qualifications'), ('skills-keep-current'),
            ('skills-growing-demand'), ('skills-first-tasks'),
            ('trends-biggest-change'), ('trends-five-years'), ('trends-technology'), ('trends-new-roles'),
            ('trends-pressures'), ('trends-opportunities'), ('trends-fading'), ('trends-overlooked'),
            ('trends-economy'), ('trends-keep-track'),
            ('culture-describe'), ('culture-who-thrives'), ('culture-values'), ('culture-new-starters'),
            ('culture-balance'), ('culture-feedback'), ('culture-unwritten-rules'), ('culture-hybrid'),
            ('culture-compared'),
            ('advice-in-my-place'), ('advice-wish-known'), ('advice-stand-out'), ('advice-common-mistakes'),
            ('advice-use-background'), ('advice-test-project'), ('advice-these-conversations'),
            ('advice-warning-signs'), ('advice-explain-interest'), ('advice-not-a-fit'),
            ('resources-who-else'), ('resources-reading'), ('resources-associations'), ('resources-events'),
            ('resources-online'), ('resources-courses'), ('resources-admire'), ('resources-other-perspective'),
            ('resources-stay-in-touch'), ('resources-practice-tools'),
            ('outlook-goals'), ('outlook-challenges'), ('outlook-growth'), ('outlook-stand-out'),
            ('outlook-direction'), ('outlook-team-projects'), ('outlook-customers'), ('outlook-impact'),
            ('outlook-learn-more')))")))
        return false;
    if (fromVersion >= 4 && !exec(db, QStringLiteral(R"(INSERT INTO shipped_defaults (kind, default_key)
            SELECT 'template', column1 FROM (VALUES
            ('outreach-introduced'), ('outreach-in-common'), ('follow-up-no-reply'), ('thank-you'),
            ('referral-request'), ('touch-base')))")))
        return false;
    return true;
}

// Version 7: what the user writes and decides day to day, kept with each interview. A draft per
// interview and kind of message, saved as it is typed; every message marked as sent, with its
// text; and what the user did about a reminder (done, snoozed until a date, dismissed), keyed by
// the reminder's kind and due date, so that a new occasion (a later touch base) is a new reminder.
bool Database::migrateTo7(QSqlDatabase &db)
{
    const QStringList statements = {
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
    };
    for (const QString &sql : statements) {
        if (!exec(db, sql))
            return false;
    }
    return true;
}

// Version 8: the day a referral was recorded, for the progress figures. Referrals recorded before
// keep no date (nothing is made up): they count in totals, not in a week.
bool Database::migrateTo8(QSqlDatabase &db)
{
    return exec(db, QStringLiteral("ALTER TABLE interview_referrals ADD COLUMN added_on TEXT"));
}

// Version 9: the day the planned questions were sent ahead, and the day the person who introduced
// you was thanked; what the conversation is for (exploring, or deciding on an offer, with the
// offer's deadline). Existing interviews explore, and have none of the dates.
bool Database::migrateTo9(QSqlDatabase &db)
{
    return exec(db, QStringLiteral("ALTER TABLE interviews ADD COLUMN questions_sent_on TEXT"))
        && exec(db, QStringLiteral("ALTER TABLE interviews ADD COLUMN introducer_thanked_on TEXT"))
        && exec(db, QStringLiteral("ALTER TABLE interviews ADD COLUMN kind TEXT NOT NULL DEFAULT 'exploring'"))
        && exec(db, QStringLiteral("ALTER TABLE interviews ADD COLUMN offer_deadline TEXT"));
}

// Version 10: the conversation view's record of each planned question (asked or skipped, and
// what the answer taught); practice runs with a friend, each with its own copy of the questions
// as practised; networking events with the people to look up there, and the interviews that
// began at one.
bool Database::migrateTo10(QSqlDatabase &db)
{
    const QStringList statements = {
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
        QStringLiteral("ALTER TABLE interviews ADD COLUMN event_id INTEGER REFERENCES events(id) ON DELETE SET NULL"),
        QStringLiteral("CREATE INDEX interviews_event ON interviews(event_id) WHERE event_id IS NOT NULL"),
    };
    for (const QString &sql : statements) {
        if (!exec(db, sql))
            return false;
    }
    return true;
}

// Version 11: when the person agreed to be recorded, and the recordings of the conversation (the
// files live in the data folder's recordings/<interview>/ folder; a row names its file there).
bool Database::migrateTo11(QSqlDatabase &db)
{
    return exec(db, QStringLiteral("ALTER TABLE interviews ADD COLUMN recording_consent_at TEXT"))
        && exec(db, QStringLiteral(R"(CREATE TABLE recordings (
            id INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            file_name TEXT NOT NULL,
            original_name TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            duration_ms INTEGER NOT NULL DEFAULT 0))"))
        && exec(db, QStringLiteral("CREATE INDEX recordings_interview ON recordings(interview_id)"));
}

// The jobs contacts had before: what a newer import replaced (company, position), as history;
// and target employers: marked, with the user's motivation (0-3) and whether there is an opening.
bool Database::migrateTo12(QSqlDatabase &db)
{
    return exec(db, QStringLiteral("ALTER TABLE organisations ADD COLUMN target INTEGER NOT NULL DEFAULT 0"))
        && exec(db, QStringLiteral("ALTER TABLE organisations ADD COLUMN motivation INTEGER NOT NULL DEFAULT 0"))
        && exec(db, QStringLiteral("ALTER TABLE organisations ADD COLUMN posting TEXT NOT NULL DEFAULT ''"))
        && exec(db, QStringLiteral(R"(CREATE TABLE contact_jobs (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            company TEXT NOT NULL DEFAULT '',
            position TEXT NOT NULL DEFAULT '',
            until TEXT NOT NULL))"))
        && exec(db, QStringLiteral("CREATE INDEX contact_jobs_contact ON contact_jobs(contact_id)"));
}

// Seeding writes only when something shipped is new to this file, which is the case once per
// database and once per release that ships more. A file opened with IntegrityCheck::Later is
// then checked at once, as for migrating: simpler than seeding at markVerified(), which runs
// wherever the check ends (the session, the import thread), and the usual open writes nothing.
// A failure fails open(), like a failed migration; the next open() tries again.
bool Database::seedShippedData(QSqlDatabase &db)
{
    // Read-only: what it lacks is added the next time it is opened where it can be written.
    if (isReadOnly() || !Seeding::hasUnseededData(db))
        return true;
    if (!m_verified.load()) {
        if (!checkNow(db))
            return false;
        exec(db, QStringLiteral("PRAGMA query_only = 0"));
    }
    QString error;
    if (!Seeding::seedShippedData(db, &error)) {
        return fail(
            tr("Adding the questions and templates that come with Coffee Chat to “%1” failed. %2").arg(m_path, error));
    }
    return true;
}
