#include "import/contactimport.h"

#include "storage/contactstore.h"

#include <QFile>
#include <QFileInfo>

#include <chrono>

namespace {

std::future<std::optional<ContactMatcher>> readyMatcher(const QList<Contact> &existing)
{
    std::promise<std::optional<ContactMatcher>> ready;
    ready.set_value(ContactMatcher(existing));
    return ready.get_future();
}

} // namespace

// The file's bytes, or a result that says why they cannot be had.
ContactImport::Prepared ContactImport::readFile(const QString &filePath, QByteArray *bytes)
{
    Prepared result;
    result.filePath = filePath;
    const QString name = QFileInfo(filePath).fileName();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("“%1” cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    if (file.size() > MaximumFileSize) {
        result.error = tr("“%1” is %2 MB, far larger than any contacts export; nothing was imported.")
                           .arg(name)
                           .arg(file.size() / (1024 * 1024));
        return result;
    }
    *bytes = file.readAll();
    result.ok = true;
    return result;
}

ContactImport::Prepared ContactImport::prepare(const QString &filePath, const ContactStore &store)
{
    // The contacts already there are read and indexed on another thread while this one reads
    // the file: re-importing a large export, each takes about as long as the other.
    std::future<std::optional<ContactMatcher>> existing = std::async(std::launch::async, [&store] {
        std::optional<ContactMatcher> matcher(store.allForMatching());
        store.releaseThreadConnection();
        return matcher;
    });
    return prepareInParts(filePath, existing, {});
}

ContactImport::Prepared ContactImport::prepareInParts(const QString &filePath,
                                                      std::future<std::optional<ContactMatcher>> &existing,
                                                      const std::function<void(QList<Contact> &&)> &added)
{
    QByteArray bytes;
    Prepared unreadable = readFile(filePath, &bytes);
    if (!unreadable.ok)
        return unreadable;
    return plan(contactcsv::read(bytes, contactcsv::Rows::Later), filePath, existing, added);
}

ContactImport::Prepared ContactImport::prepareBytes(const QByteArray &bytes, const QString &filePath,
                                                    const QList<Contact> &existing)
{
    std::future<std::optional<ContactMatcher>> matcher = readyMatcher(existing);
    return plan(contactcsv::read(bytes, contactcsv::Rows::Later), filePath, matcher);
}

ContactImport::Prepared ContactImport::plan(contactcsv::ReadResult &&read, const QString &filePath,
                                            std::future<std::optional<ContactMatcher>> &existing,
                                            const std::function<void(QList<Contact> &&)> &added)
{
    Prepared result;
    result.filePath = filePath;
    if (!read.ok) {
        result.error = tr("“%1” cannot be imported: %2").arg(QFileInfo(filePath).fileName(), read.error);
        return result;
    }
    ImportPlanner planner;
    std::optional<ContactMatcher> matcher;
    auto matcherReady = [&](bool wait) {
        // A future is valid until get() has taken its value.
        if (existing.valid() && (wait || existing.wait_for(std::chrono::seconds(0)) == std::future_status::ready))
            matcher = existing.get();
        return matcher.has_value();
    };
    {
        contactcsv::RowReader reader(read.table, read.layout);
        if (added) // in parts; otherwise the plan takes the rows read as they are
            planner.reserve(reader.remaining());
        // What the file alone tells needs no database, so it is worked out before waiting for
        // it. Rows handed on as they are planned go a part at a time; the others all at once.
        while (!reader.atEnd()) {
            planner.addRows(reader.next(added ? PartRows : read.table.size()));
            if (added && matcherReady(false)) {
                planner.planAdded(*matcher);
                added(planner.takeAdded());
            }
        }
    }
    if (!matcherReady(true))
        return result; // given up elsewhere
    planner.planAdded(*matcher);
    if (added)
        added(planner.takeAdded());
    result.existing = matcher->contacts();
    result.plan = planner.takePlan();
    result.layout = std::move(read.layout);
    result.table = std::move(read.table);
    result.ok = true;
    return result;
}

ContactImport::Prepared ContactImport::remap(const Prepared &prepared, const QList<contactcsv::Field> &mapping)
{
    Prepared result = prepared;
    result.layout.mapping = mapping;
    result.plan = ImportPlan::build(contactcsv::readRows(result.table, result.layout), result.existing);
    return result;
}
