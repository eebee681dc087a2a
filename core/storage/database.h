#pragma once

#include "storage/backgroundprogress.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <type_traits>

// Owns the SQLite file: opening, validating, migrating, seeding. Every other storage class asks it
// for a connection; SQL lives only in storage/.
//
// Qt Sql connections must not cross threads, so connection() hands out one named
// connection per thread, cloned from the one opened on the main thread.
class QSqlError;

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // Bumped by each migrateToN(); a database with a higher user_version is refused.
    static constexpr int SchemaVersion = 12;
    // PRAGMA application_id: "CCht". Lets us tell our files from other SQLite databases.
    static constexpr qint32 ApplicationId = 0x43436874;
    // How long a statement waits for another process's write lock before giving up.
    static constexpr int BusyTimeoutMs = 10000;
    // The page size of the files open() creates.
    static constexpr int NewPageSize = 16384;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Where the database lives unless --database says otherwise.
    static QString defaultPath();

    // How much of the file open() reads before it returns. PRAGMA quick_check reads every page
    // (about 7 ms for 30,000 contacts), so the app opens with Later, shows its window, and runs
    // integrityProblem() on a worker thread. Nothing is written to a file before it has passed:
    // until markVerified() the connections refuse writes (PRAGMA query_only; the stores first
    // wait for a check in progress, see waitUntilWritable()), and a file that needs migrating,
    // is not yet in WAL mode or lacks a shipped question or template is checked at once either way.
    enum class IntegrityCheck { Now, Later };

    // Opens (creating if missing, with mode 0600 in folders of mode 0700; an empty file gets
    // mode 0600 too) and migrates the file, then adds the shipped questions and templates it has
    // never had (storage/seeding.h). On failure returns false, leaves the file untouched (and
    // removes what this call created: a new file, its -wal and -shm files, new folders) and sets
    // errorString() to a message for the user.
    //
    // A healthy file that cannot be written (the file, its folder or its disk is read-only, or
    // the disk is full) is opened for reading only: see isReadOnly().
    bool open(const QString &path, IntegrityCheck check = IntegrityCheck::Now);
    void close();

    bool isOpen() const { return m_open; }
    // Open for reading only, because the file cannot be written: everything can be read and
    // exported, and every write is refused by waitUntilWritable(). A file that would need
    // migrating (or an empty one) is refused instead, since it cannot be read as it is.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // For the window: which file is read-only and why, and that changes cannot be saved.
    // Empty when the file can be written.
    QString readOnlyNotice() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // After a failed open(): the file is not a readable SQLite database or fails its integrity
    // check, so a backup may help (see Backups). False for other refusals, e.g. a newer version.
    bool isDamaged() const { return m_damaged; }
    int schemaVersion() const;

    // PRAGMA quick_check on the calling thread's connection: empty when the file is intact,
    // else the message for the user. Safe to call from a worker thread.
    QString integrityProblem() const;
    // True once the file has passed the integrity check; false while a Later check is due.
    bool isVerified() const { return m_verified.load(); }
    // The Later check passed: writes are allowed from now on. Call on the thread that opened.
    void markVerified();
    // After integrityProblem() found one later: closes the database and records the problem
    // as open() would have (errorString(), isDamaged()), so the same recovery can follow.
    void closeAsDamaged(const QString &problem);
    // The Later check running on a worker thread, its result integrityProblem()'s. A write in the
    // meantime waits for it (waitUntilWritable()) instead of failing on the read-only connection.
    void setCheckInProgress(const QFuture<QString> &check);
    // Every write calls this first, on the thread that opened. True when the file may be
    // written: it passed its check, or a check in progress passes now (which then counts as
    // markVerified()). Else false, and *error (when asked for) is the problem that check found,
    // or that the file is open read-only; nothing may be written then. Returns at once when no
    // check is in progress.
    bool waitUntilWritable(QString *error = nullptr);

    // The connection for the calling thread.
    QSqlDatabase connection() const;
    // Worker threads call this before they end, so their connection does not outlive them.
    void releaseThreadConnection() const;

    // The one way Coffee Chat works off the UI thread: runs work() on a thread of the
    // database's own pool, releases that thread's connection when work() returns (so none
    // outlives its task), and gives the result through the future. Continue on the UI thread
    // with continueFromEventLoop(future, context, ...), below. The database
    // waits for its tasks before it closes, so none reads a closed file; a task must capture
    // nothing else that may go before it (a store, a model, a window): only values and the
    // database itself. A work(const BackgroundProgress &) is given one that sets the future's
    // progress.
    template<typename Work>
    auto runInBackground(Work work) const;

    // A failed write in words for the user, naming the file: the disk is full, the file or its
    // folder is read-only, another program holds it, or what SQLite says.
    QString describeWriteError(const QSqlError &error) const;

private:
    bool openConnection(IntegrityCheck check, bool readOnly);
    QSqlDatabase addConnection() const;
    QString whyNotWritable(const QSqlError &failure) const;
    bool diskIsNearlyFull() const;
    bool validate(QSqlDatabase &db, IntegrityCheck check);
    bool checkNow(QSqlDatabase &db);
    QString integrityProblem(QSqlDatabase &db) const;
    QString notADatabase(const QString &sqliteSays) const;
    bool migrate(QSqlDatabase &db);
    bool runMigration(QSqlDatabase &db, int toVersion, const std::function<bool(QSqlDatabase &)> &step);
    static bool migrateTo1(QSqlDatabase &db);
    static bool migrateTo2(QSqlDatabase &db);
    static bool migrateTo3(QSqlDatabase &db);
    static bool migrateTo4(QSqlDatabase &db);
    static bool migrateTo5(QSqlDatabase &db);
    static bool migrateTo6(QSqlDatabase &db, int fromVersion);
    static bool migrateTo7(QSqlDatabase &db);
    static bool migrateTo8(QSqlDatabase &db);
    static bool migrateTo9(QSqlDatabase &db);
    static bool migrateTo10(QSqlDatabase &db);
    static bool migrateTo11(QSqlDatabase &db);
    static bool migrateTo12(QSqlDatabase &db);
    bool seedShippedData(QSqlDatabase &db);
    bool configure(QSqlDatabase &db) const;
    QString connectionNameForThread() const;
    bool fail(const QString &message);

    QString m_path;
    QString m_baseName;
    // What the connections open: the path, or a file: URI for a read-only one, and its options.
    QString m_sqliteName;
    QString m_connectOptions;
    QString m_readOnlyReason; // "its folder is read-only"; empty when the file can be written
    QString m_error;
    bool m_open = false;
    bool m_damaged = false;
    std::atomic<bool> m_verified = false;
    QFuture<QString> m_checkInProgress;
    mutable QThreadPool m_pool;
};

template<typename Work>
auto Database::runInBackground(Work work) const
{
    constexpr bool reportsProgress = std::is_invocable_v<Work &, const BackgroundProgress &>;
    using Result = typename std::conditional_t<reportsProgress, std::invoke_result<Work &, const BackgroundProgress &>,
                                               std::invoke_result<Work &>>::type;
    auto promise = std::make_shared<QPromise<Result>>();
    promise->start();
    QFuture<Result> future = promise->future();
    m_pool.start([this, promise, work = std::move(work)]() mutable {
        try {
            if constexpr (reportsProgress) {
                const BackgroundProgress progress = [&promise](int done, int total) {
                    promise->setProgressRange(0, total);
                    promise->setProgressValue(done);
                };
                promise->addResult(work(progress));
            } else {
                promise->addResult(work());
            }
        } catch (...) { // out of memory, say: the waiting side gets it from the future
            promise->setException(std::current_exception());
        }
        releaseThreadConnection();
        promise->finish();
    });
    return future;
}

// Runs next(result) on context's thread, from its event loop, once future has a result; nothing
// once context is gone. Never at once: QFuture::then(context, ...) runs its continuation inside
// the caller when the work has already finished by the time it is attached, which would hand a
// result to code that is still setting up (a window being built, a drop being handled).
template<typename T, typename Next>
void continueFromEventLoop(QFuture<T> future, QObject *context, Next next)
{
    future.then(context, [context, next = std::move(next)](const T &result) mutable {
        QMetaObject::invokeMethod(
            context, [next, result]() mutable { next(result); }, Qt::QueuedConnection);
    });
}
