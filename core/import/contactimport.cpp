#include "import/contactimport.h"

#include "storage/contactstore.h"

#include <QFile>
#include <QFileInfo>

ContactImport::Prepared ContactImport::prepare(const QString &filePath, const ContactStore &store)
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
    return prepareBytes(file.readAll(), filePath, store.all());
}

ContactImport::Prepared ContactImport::prepareBytes(const QByteArray &bytes, const QString &filePath,
                                                    const QList<Contact> &existing)
{
    Prepared result;
    result.filePath = filePath;
    contactcsv::ReadResult read = contactcsv::read(bytes);
    if (!read.ok) {
        result.error = tr("“%1” cannot be imported: %2").arg(QFileInfo(filePath).fileName(), read.error);
        return result;
    }
    result.plan = ImportPlan::build(std::move(read.rows), existing);
    result.layout = std::move(read.layout);
    result.records = std::move(read.records);
    result.existing = existing;
    result.ok = true;
    return result;
}

ContactImport::Prepared ContactImport::remap(const Prepared &prepared, const QList<contactcsv::Field> &mapping)
{
    Prepared result = prepared;
    result.layout.mapping = mapping;
    result.plan = ImportPlan::build(contactcsv::readRows(result.records, result.layout), result.existing);
    return result;
}
