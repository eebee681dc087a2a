#include "import/contactimport.h"

#include "storage/contactstore.h"

#include <QFile>
#include <QFileInfo>

bool ContactImport::readFile(const QString &filePath, QByteArray *bytes, QString *error)
{
    const QString name = QFileInfo(filePath).fileName();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be read: %2").arg(name, file.errorString());
        return false;
    }
    const auto tooLarge = [&] {
        *error = tr("“%1” is larger than %2 MB, far larger than any contacts export; nothing was imported.")
                     .arg(name)
                     .arg(MaximumFileSize / (1024 * 1024));
        return false;
    };
    if (file.size() > MaximumFileSize)
        return tooLarge();
    // The size a file reports is not what reading it gives: a device or a pipe may report 0
    // and never end. So reading stops one byte past the limit.
    bytes->clear();
    constexpr qint64 chunk = 1024 * 1024;
    for (;;) {
        const qsizetype had = bytes->size();
        bytes->resize(had + chunk);
        const qint64 got = file.read(bytes->data() + had, chunk);
        if (got < 0) {
            *error = tr("“%1” cannot be read: %2").arg(name, file.errorString());
            return false;
        }
        bytes->resize(had + got);
        if (bytes->size() > MaximumFileSize)
            return tooLarge();
        if (got == 0)
            break;
    }
    bytes->squeeze();
    return true;
}

ContactImport::Prepared ContactImport::prepare(const QString &filePath, const ContactStore *store)
{
    QByteArray bytes;
    QString error;
    if (!readFile(filePath, &bytes, &error)) {
        Prepared failed;
        failed.filePath = filePath;
        failed.error = error;
        return failed;
    }
    return prepareBytes(bytes, filePath, store ? store->allForMatching() : QList<ContactMatchKey>());
}

ContactImport::Prepared ContactImport::prepareBytes(const QByteArray &bytes, const QString &filePath,
                                                    const QList<ContactMatchKey> &existing)
{
    Prepared result;
    result.filePath = filePath;
    contactcsv::ReadResult read = contactcsv::read(bytes);
    if (!read.ok) {
        result.error = tr("“%1” cannot be imported: %2").arg(QFileInfo(filePath).fileName(), read.error);
        return result;
    }
    result.layout = std::move(read.layout);
    result.table = std::move(read.table);
    result.existing = existing;
    result.plan = ImportPlan::build(read.rows, result.existing);
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

bool ContactImport::apply(ContactStore &store, const Prepared &prepared, Applied *applied, QString *error)
{
    const QList<linkedin::Row> rows = contactcsv::readRows(prepared.table, prepared.layout);
    ImportPlan plan;
    const auto planNow = [&](const QList<ContactMatchKey> &existing) {
        plan = ImportPlan::build(rows, existing);
        return plan.batch();
    };
    ContactBatch batch;
    QList<Contact> before;
    if (!store.applyPlanned(planNow, &batch, &before, error))
        return false;
    applied->plan = std::move(plan);
    applied->batch = std::move(batch);
    applied->before = std::move(before);
    return true;
}
