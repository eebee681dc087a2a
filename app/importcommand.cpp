#include "importcommand.h"

#include "commandline.h"
#include "importheap.h"
#include "import/contactimport.h"
#include "storage/contactstore.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QScopeGuard>
#include <QTextStream>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>

namespace {

// New contacts on their way from the thread that reads and plans the file to the one that
// writes them, a part at a time, and at the end the updates. Or, if the file cannot be
// imported, word that nothing will come. Written parts come back to be freed on the thread
// that made them, while the writer goes on: freeing 30,000 contacts takes a few milliseconds.
class PlannedParts
{
public:
    void add(QList<Contact> &&part)
    {
        if (part.isEmpty())
            return;
        std::lock_guard lock(m_mutex);
        m_parts.push_back(std::move(part));
        m_toWriter.notify_one();
    }
    void finish(QList<Contact> &&updates)
    {
        std::lock_guard lock(m_mutex);
        m_updates = std::move(updates);
        m_state = State::Finished;
        m_toWriter.notify_one();
    }
    // Nothing will come, or what came is not to be written. No effect once finished.
    void giveUp()
    {
        std::lock_guard lock(m_mutex);
        if (m_state == State::Planning)
            m_state = State::GivenUp;
        m_toWriter.notify_one();
    }
    // Frees the parts the writer hands back, until it is done.
    void freeWrittenUntilWriterDone()
    {
        for (;;) {
            std::deque<QList<Contact>> written;
            {
                std::unique_lock lock(m_mutex);
                m_toPlanner.wait(lock, [this] { return !m_written.empty() || m_writerDone; });
                if (m_written.empty())
                    return;
                written.swap(m_written);
            }
            written.clear(); // outside the lock
        }
    }

    // The writer's side. Waits until there is something to write; false when nothing will come.
    bool waitForWork()
    {
        std::unique_lock lock(m_mutex);
        m_toWriter.wait(lock, [this] { return !m_parts.empty() || m_state != State::Planning; });
        return m_state != State::GivenUp;
    }
    // Takes back the part just written (in `part`) and gives the next; at the end, the updates
    // (in `updates`), or word that the import is given up.
    ContactStore::NextInserts next(QList<Contact> &part, QList<Contact> &updates)
    {
        std::unique_lock lock(m_mutex);
        if (!part.isEmpty()) {
            m_written.push_back(std::move(part));
            part = {};
            m_toPlanner.notify_one();
        }
        m_toWriter.wait(lock, [this] { return !m_parts.empty() || m_state != State::Planning; });
        if (m_state == State::GivenUp)
            return ContactStore::NextInserts::Cancel;
        if (!m_parts.empty()) {
            part = std::move(m_parts.front());
            m_parts.pop_front();
            return ContactStore::NextInserts::Part;
        }
        updates = std::move(m_updates);
        return ContactStore::NextInserts::Done;
    }
    bool givenUp()
    {
        std::lock_guard lock(m_mutex);
        return m_state == State::GivenUp;
    }
    void writerDone()
    {
        std::lock_guard lock(m_mutex);
        m_writerDone = true;
        m_toPlanner.notify_one();
    }

private:
    enum class State { Planning, Finished, GivenUp };
    std::mutex m_mutex;
    std::condition_variable m_toWriter;  // parts, the end, or giving up
    std::condition_variable m_toPlanner; // written parts, or the writer done
    std::deque<QList<Contact>> m_parts;
    std::deque<QList<Contact>> m_written;
    QList<Contact> m_updates;
    State m_state = State::Planning;
    bool m_writerDone = false;
};

// The database side of an import, on a thread of its own so it runs while the file is read:
// opens (or creates) the database, reads the contacts there for matching, and once the
// integrity check has passed writes the parts as they come, all in one transaction. Empty on
// success or when the file side gave up (it says why), else the message for the user.
QString writeImport(Database &database, const QString &path,
                    std::promise<std::optional<ContactMatcher>> &existing, PlannedParts &parts)
{
    prepareThreadHeapForImport(); // the contacts there are read on this thread
    if (!database.open(path, Database::IntegrityCheck::Later)) {
        existing.set_value(std::nullopt);
        return database.errorString();
    }
    // The integrity check reads the whole database: it runs while the contacts are read and the
    // file planned, and nothing is written before it has passed.
    std::future<QString> integrity = std::async(std::launch::async, [&database] {
        QString problem = database.isVerified() ? QString() : database.integrityProblem();
        database.releaseThreadConnection();
        return problem;
    });
    ContactStore store(&database);
    try {
        existing.set_value(ContactMatcher(store.allForMatching()));
    } catch (...) { // out of memory: the file side must not wait for ever
        existing.set_exception(std::current_exception());
        throw;
    }
    const QString damage = integrity.get();
    QString error = damage;
    if (damage.isEmpty()) {
        database.markVerified();
        if (parts.waitForWork()) {
            ContactBatch batch;
            batch.updatedFields = ContactBatch::UpdatedFields::FromImport;
            const auto next = [&parts, &batch](QList<Contact> &part) { return parts.next(part, batch.updates); };
            if (!store.apply(batch, next) && !parts.givenUp())
                error = store.lastError();
        }
    }
    database.close(); // its connections belong to this thread
    return error;
}

} // namespace

int runImportCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr("Import a LinkedIn Connections.csv export into Coffee Chat."));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("database"), CommandLine::tr("Use the database at <path>."),
                                            CommandLine::tr("path"));
    parser.addOption(databaseOption);
    parser.addPositionalArgument(QStringLiteral("import"), CommandLine::tr("The import command."));
    parser.addPositionalArgument(QStringLiteral("file"), CommandLine::tr("The CSV file to import."));
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err << CommandLine::tr("Usage: coffeechat import FILE [--database PATH]") << Qt::endl;
        return 2;
    }
    const QString file = positional.at(1);
    const QString path = parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();

    // The file is read and planned on this thread while another opens the database and writes
    // the new contacts as they are planned: with a large export, writing takes as long as
    // everything else together.
    Database database;
    PlannedParts parts;
    std::promise<std::optional<ContactMatcher>> existingPromise;
    std::future<std::optional<ContactMatcher>> existing = existingPromise.get_future();
    std::future<QString> writing = std::async(std::launch::async, [&] {
        const auto done = qScopeGuard([&parts] { parts.writerDone(); });
        return writeImport(database, path, existingPromise, parts);
    });
    // What to say is worked out while the writer commits; said only once it has.
    QString fileError;
    QString report;
    {
        // On every way out, so the writer never waits for ever; after finish() it changes nothing.
        const auto giveUp = qScopeGuard([&parts] { parts.giveUp(); });
        ContactImport::Prepared prepared = ContactImport::prepareInParts(
            file, existing, [&parts](QList<Contact> &&part) { parts.add(std::move(part)); });
        if (!prepared.ok) {
            fileError = prepared.error;
        } else if (!prepared.hasNameColumn()) {
            fileError = CommandLine::tr("“%1” cannot be imported: %2")
                            .arg(QFileInfo(file).fileName(), contactcsv::missingNameProblem(prepared.layout));
        } else {
            parts.finish(prepared.plan.takeBatch().updates);
            QTextStream stream(&report);
            stream << prepared.plan.summary() << '\n';
            for (qsizetype i = 0; i < prepared.plan.size(); ++i) {
                const ImportPlan::Entry entry = prepared.plan.entry(i);
                if (entry.action == ImportPlan::Action::Skip)
                    stream << CommandLine::tr("  line %1 skipped: %2").arg(entry.line).arg(entry.reason) << '\n';
            }
        }
    }
    parts.freeWrittenUntilWriterDone();
    const QString databaseError = writing.get();
    if (!databaseError.isEmpty() || !fileError.isEmpty()) {
        err << (databaseError.isEmpty() ? fileError : databaseError) << Qt::endl;
        return 1;
    }
    out << report;
    out.flush(); // one write for hundreds of lines, not one each
    return 0;
}
