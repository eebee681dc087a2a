// A `coffeechat import` of 10,000 rows is killed (SIGKILL) at many points: before, during and
// after its write transaction. Each time the database must pass PRAGMA integrity_check and
// hold all of the rows or none of them.
//
// Where a kill lands is observed, not guessed: SQLite holds the WAL write lock (byte 120 of the
// -shm file, an fcntl lock) for the whole write transaction, so the test asks the kernel
// (F_GETLK) whether the import process holds it at the moment of the kill, and the summary
// line arrives only after COMMIT. One full import is timed first; the kill delays are drawn
// from that run's phases and anchored to the lock and the summary, so a slower build (ASan)
// or a busy machine gets proportionally later kills and the same number of runs.
//
// Most runs start from a database whose schema exists (copied from one made here), so the kill
// hits the import itself. A second set starts without a database file, so the kill may also
// hit the file's creation and the schema migrations; afterwards Coffee Chat must open it.
#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <limits>
#include <map>

namespace {

constexpr int kRows = 10000;
constexpr quint32 kSeed = 20260624;

// Whether another process holds SQLite's WAL write lock on the database at path, i.e. is
// inside a write transaction. The test process never has this file open while asking, and
// closing a descriptor releases only the caller's own locks, so asking disturbs nothing.
bool writeLockHeld(const QString &dbPath)
{
    const QByteArray shm = QFile::encodeName(dbPath + QStringLiteral("-shm"));
    const int fd = ::open(shm.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 120; // WALINDEX_LOCK_OFFSET + WAL_WRITE_LOCK
    lock.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

// A LinkedIn export as of 2026: the Notes preamble, then one distinct person per row.
QByteArray connectionsCsv(int rows)
{
    QRandomGenerator rng(kSeed);
    static const char *const companies[] = {"Contoso Pharmaceuticals", "Tailwind Traders", "\"Northwind, Inc.\"",
                                            "Fourth Coffee",           "Fabrikam",         "Adventure Works",
                                            "Wide World Importers"};
    static const char *const positions[] = {"Senior Technical Recruiter",
                                            "\"Architect, Distributed Systems\"",
                                            "Product Manager",
                                            "Nurse Practitioner",
                                            "Data Analyst",
                                            "Teacher"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    QByteArray csv = "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses "
                     "are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    csv.reserve(rows * 120);
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray first = "Person" + n;
        const QByteArray last = "Sample" + QByteArray::number(rng.bounded(100000));
        const QByteArray email = rng.bounded(3) == 0 ? first.toLower() + "@example.com" : QByteArray();
        csv += first + ',' + last + ",https://www.linkedin.com/in/person-" + n + ',' + email + ','
            + companies[rng.bounded(int(std::size(companies)))] + ','
            + positions[rng.bounded(int(std::size(positions)))] + ',' + QByteArray::number(1 + rng.bounded(28)) + ' '
            + months[rng.bounded(12)] + ' ' + QByteArray::number(2017 + rng.bounded(10)) + '\n';
    }
    return csv;
}

struct Inspection {
    bool exists = false;
    QStringList integrity;
    int contacts = 0; // 0 too when the contacts table does not exist yet
    QString error;
};

// Reads the database with a separate, read-only connection, as a fresh process would.
Inspection inspect(const QString &path)
{
    Inspection result;
    result.exists = QFileInfo::exists(path);
    if (!result.exists)
        return result;
    const QString name = QStringLiteral("inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result.error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                while (q.next())
                    result.integrity << q.value(0).toString();
            } else {
                result.error = q.lastError().text();
            }
            if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'contacts'"))
                && q.next() && q.value(0).toInt() == 1) {
                if (q.exec(QStringLiteral("SELECT count(*) FROM contacts")) && q.next())
                    result.contacts = q.value(0).toInt();
                else
                    result.error = q.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// When, in ms after QProcess::start(), one uninterrupted import took its write lock, let it
// go, and exited.
struct Phases {
    qint64 lockTaken = -1;
    qint64 lockReleased = -1;
    qint64 exited = -1;
};

enum class Landed { BeforeTransaction, InTransaction, AfterCommit, AfterExit };

QString landedName(Landed landed)
{
    switch (landed) {
    case Landed::BeforeTransaction:
        return QStringLiteral("before the write transaction");
    case Landed::InTransaction:
        return QStringLiteral("inside the write transaction");
    case Landed::AfterCommit:
        return QStringLiteral("after the commit, before exit");
    case Landed::AfterExit:
        return QStringLiteral("after the process exited");
    }
    return {};
}

} // namespace

class TestKilledImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedImportIsAllOrNothing();
    void killedWhileCreatingTheDatabase();

private:
    void startImport(QProcess &process, const QString &dbPath) const;
    Phases timeOneImport(const QString &dbPath) const;
    QString freshRunDir(int run) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_csv;
    QString m_emptyDatabase; // a database with the schema and nothing imported
};

void TestKilledImport::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_csv = m_dir->filePath(QStringLiteral("Connections.csv"));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QVERIFY(csv.write(connectionsCsv(kRows)) > 0);
    csv.close();

    m_emptyDatabase = m_dir->filePath(QStringLiteral("empty.sqlite"));
    Database db;
    QVERIFY2(db.open(m_emptyDatabase), qPrintable(db.errorString()));
    db.close(); // the last connection checkpoints and removes the WAL
    QVERIFY(!QFileInfo::exists(m_emptyDatabase + QStringLiteral("-wal")));
}

void TestKilledImport::startImport(QProcess &process, const QString &dbPath) const
{
    process.setProgram(QStringLiteral(COFFEECHAT_EXECUTABLE));
    process.setArguments({QStringLiteral("import"), m_csv, QStringLiteral("--database"), dbPath});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    // Nothing of the user's own settings or data is read or written.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start();
}

Phases TestKilledImport::timeOneImport(const QString &dbPath) const
{
    Phases phases;
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    startImport(process, dbPath);
    for (;;) {
        const bool exited = process.waitForFinished(1) || process.state() == QProcess::NotRunning;
        const qint64 now = clock.elapsed();
        if (exited) {
            phases.exited = now;
            break;
        }
        if (writeLockHeld(dbPath)) {
            if (phases.lockTaken < 0)
                phases.lockTaken = now;
            phases.lockReleased = -1;
        } else if (phases.lockTaken >= 0 && phases.lockReleased < 0) {
            phases.lockReleased = now;
        }
        if (now > 300000)
            break;
    }
    if (phases.lockReleased < 0)
        phases.lockReleased = phases.exited;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("import failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return phases;
}

QString TestKilledImport::freshRunDir(int run) const
{
    const QString dir = m_dir->filePath(QStringLiteral("run-%1").arg(run));
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    return dir;
}

void TestKilledImport::killedImportIsAllOrNothing()
{
    // One full import, to know when its phases happen in this build on this machine.
    const QString timedPath = freshRunDir(0) + QStringLiteral("/coffeechat.sqlite");
    QVERIFY(QFile::copy(m_emptyDatabase, timedPath));
    const Phases phases = timeOneImport(timedPath);
    QVERIFY2(phases.exited > 0, "one uninterrupted import succeeds");
    QVERIFY2(phases.lockTaken >= 0, "the write lock was seen during the import");
    QCOMPARE(inspect(timedPath).contacts, kRows);
    qInfo("uninterrupted import: %lld ms; write transaction from %lld to %lld ms", phases.exited, phases.lockTaken,
          phases.lockReleased);

    // Three equal strata of kills, each anchored to what the import is doing rather than to
    // the clock alone, so a loaded machine (other builds, ASan) shifts them along with it:
    //  - before: a delay into [0, when the timed import took the write lock);
    //  - inside: once the write lock is seen, a further delay into the timed transaction's length;
    //  - after the commit: once the summary (printed after COMMIT) arrives, a further delay into
    //    the timed span from commit to exit (closing the database checkpoints the WAL).
    // Where each kill landed is recorded from what was observed at the moment of the kill.
    const int runs = 60;
    QRandomGenerator rng(kSeed + 1);
    auto upTo = [&rng](qint64 limit) { return limit > 0 ? qint64(rng.bounded(quint32(limit))) : 0; };
    std::map<Landed, int> landed;
    int none = 0;
    int all = 0;
    qint64 firstKill = std::numeric_limits<qint64>::max();
    qint64 lastKill = 0;
    QElapsedTimer total;
    total.start();
    for (int run = 1; run <= runs; ++run) {
        const QString dbPath = freshRunDir(run) + QStringLiteral("/coffeechat.sqlite");
        QVERIFY(QFile::copy(m_emptyDatabase, dbPath));

        QProcess process;
        QElapsedTimer clock;
        clock.start();
        startImport(process, dbPath);
        QVERIFY(process.waitForStarted(30000));
        // Polls every millisecond until condition() holds; false when the process exited first.
        auto pollUntil = [&](auto condition) {
            while (!condition()) {
                if (process.waitForFinished(1) || process.state() == QProcess::NotRunning || clock.elapsed() > 300000)
                    return false;
            }
            return true;
        };
        bool exited = false;
        qint64 extra = 0;
        switch (run % 3) {
        case 0:
            extra = upTo(phases.lockTaken);
            break;
        case 1:
            exited = !pollUntil([&] { return writeLockHeld(dbPath); });
            extra = upTo(phases.lockReleased - phases.lockTaken);
            break;
        default:
            exited = !pollUntil([&] { return process.bytesAvailable() > 0; });
            extra = upTo(phases.exited - phases.lockReleased + 5);
            break;
        }
        if (!exited)
            exited = process.waitForFinished(int(std::max<qint64>(1, extra)));
        const qint64 killedAt = clock.elapsed();
        Landed where = Landed::AfterExit;
        bool summarySeen = false;
        if (!exited) {
            const bool inTransaction = writeLockHeld(dbPath);
            summarySeen = process.bytesAvailable() > 0;
            process.kill();
            QVERIFY(process.waitForFinished(30000));
            where = summarySeen ? Landed::AfterCommit
                : inTransaction ? Landed::InTransaction
                                : Landed::BeforeTransaction;
            firstKill = std::min(firstKill, killedAt);
            lastKill = std::max(lastKill, killedAt);
        } else {
            QCOMPARE(process.exitStatus(), QProcess::NormalExit);
            QCOMPARE(process.exitCode(), 0);
        }

        const Inspection after = inspect(dbPath);
        const QString context = QStringLiteral("run %1, %2 at %3 ms: ").arg(run).arg(landedName(where)).arg(killedAt);
        QVERIFY2(after.error.isEmpty(), qPrintable(context + after.error));
        QVERIFY2(after.integrity == QStringList{QStringLiteral("ok")},
                 qPrintable(context + after.integrity.join(QStringLiteral("; "))));
        QVERIFY2(after.contacts == 0 || after.contacts == kRows,
                 qPrintable(context + QStringLiteral("%1 of %2 rows").arg(after.contacts).arg(kRows)));
        // What was reported as imported stays imported.
        if (summarySeen || where == Landed::AfterExit)
            QVERIFY2(after.contacts == kRows, qPrintable(context + QStringLiteral("the committed rows are gone")));
        if (where != Landed::AfterExit && after.contacts == kRows)
            where = Landed::AfterCommit; // the commit finished just before the kill
        ++landed[where];
        (after.contacts == 0 ? none : all) += 1;
        QFileInfo(dbPath).dir().removeRecursively();
    }

    qInfo("%d killed imports of %d rows in %lld ms: %d ended with no rows, %d with all; kills %lld–%lld ms after start",
          runs, kRows, total.elapsed(), none, all, firstKill, lastKill);
    for (const auto &[where, count] : landed)
        qInfo("  %d landed %s", count, qPrintable(landedName(where)));
    QCOMPARE(none + all, runs);
    // The spread must really cover both sides of the commit, or the test proves little.
    QVERIFY2(landed[Landed::BeforeTransaction] > 0, "some kills came before the write transaction");
    QVERIFY2(landed[Landed::InTransaction] > 0, "some kills came inside the write transaction");
    QVERIFY2(landed[Landed::AfterCommit] > 0, "some kills came after the commit");
}

void TestKilledImport::killedWhileCreatingTheDatabase()
{
    // Without a database file the import first creates it and runs every schema migration.
    const QString timedPath = freshRunDir(100) + QStringLiteral("/coffeechat.sqlite");
    const Phases phases = timeOneImport(timedPath);
    QVERIFY(phases.exited > 0 && phases.lockTaken >= 0);
    qInfo("uninterrupted import into a new file: %lld ms; first write lock at %lld ms", phases.exited,
          phases.lockTaken);

    const int runs = 12;
    QRandomGenerator rng(kSeed + 2);
    int missing = 0;
    int none = 0;
    int all = 0;
    for (int run = 101; run <= 100 + runs; ++run) {
        const QString dbPath = freshRunDir(run) + QStringLiteral("/coffeechat.sqlite");
        // Spread over the start-up, file creation and migrations, up to the end of the import.
        const qint64 delay = qint64(rng.bounded(quint32(std::max<qint64>(1, phases.exited))));
        QProcess process;
        QElapsedTimer clock;
        clock.start();
        startImport(process, dbPath);
        QVERIFY(process.waitForStarted(30000));
        if (!process.waitForFinished(int(std::max<qint64>(1, delay - clock.elapsed())))) {
            process.kill();
            QVERIFY(process.waitForFinished(30000));
        }
        const Inspection after = inspect(dbPath);
        if (!after.exists) {
            ++missing;
        } else {
            QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
            QVERIFY2(after.integrity == QStringList{QStringLiteral("ok")},
                     qPrintable(after.integrity.join(QStringLiteral("; "))));
            QVERIFY2(after.contacts == 0 || after.contacts == kRows, qPrintable(QString::number(after.contacts)));
            (after.contacts == 0 ? none : all) += 1;
        }
        // Whatever the kill left, Coffee Chat opens it and finishes the schema.
        Database db;
        QVERIFY2(db.open(dbPath), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        db.close();
        QFileInfo(dbPath).dir().removeRecursively();
    }
    qInfo("%d imports into a new file killed at 0–%lld ms: %d before the file existed, %d with no rows, %d with all",
          runs, phases.exited, missing, none, all);
}

QTEST_GUILESS_MAIN(TestKilledImport)
#include "tst_killedimport.moc"
