#include "import/contactimport.h"

#include "storage/contactstore.h"

#include <QFile>
#include <QFileInfo>

#include <future>

ContactImport::Prepared ContactImport::prepare(const QString &filePath, const ContactStore &store)
{
    // The contacts already there are read and indexed on another thread while this one reads
    // the file: re-importing a large export, each takes about as long as the other.
    std::future<ContactMatcher> existing = std::async(std::launch::async, [&store] {
        ContactMatcher matcher(store.allForMatching());
        store.releaseThreadConnection();
        return matcher;
    });
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
    return plan(contactcsv::read(file.readAll()), filePath, [&existing] { return existing.get(); });
}

ContactImport::Prepared ContactImport::prepareBytes(const QByteArray &bytes, const QString &filePath,
                                                    const QList<Contact> &existing)
{
    return plan(contactcsv::read(bytes), filePath, [&existing] { return ContactMatcher(existing); });
}

ContactImport::Prepared ContactImport::plan(contactcsv::ReadResult &&read, const QString &filePath,
                                            const std::function<ContactMatcher()> &existing)
{
    Prepared result;
    result.filePath = filePath;
    if (!read.ok) {
        result.error = tr("“%1” cannot be imported: %2").arg(QFileInfo(filePath).fileName(), read.error);
        return result;
    }
    // What the file alone tells needs no database, so it is worked out before waiting for it.
    const ImportPlan::RowKeys keys = ImportPlan::keysOf(read.rows);
    ContactMatcher matcher = existing();
    result.existing = matcher.contacts();
    result.plan = ImportPlan::build(std::move(read.rows), keys, std::move(matcher));
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
