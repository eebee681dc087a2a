#include "import/contactimport.h"

#include "import/boundedread.h"
#include "import/linkedinarchive.h"
#include "import/vcardimport.h"
#include "storage/contactstore.h"

#include <QFile>
#include <QFileInfo>

bool ContactImport::readFile(const QString &filePath, QByteArray *bytes, QString *archiveEntry, QString *error)
{
    const QString name = QFileInfo(filePath).fileName();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be read: %2").arg(name, file.errorString());
        return false;
    }
    // LinkedIn mails its data as a ZIP archive: Connections.csv is taken out of it.
    if (!file.isSequential() && LinkedInArchive::isZip(file.peek(4))) {
        file.close();
        return LinkedInArchive::readConnections(filePath, MaximumFileSize, bytes, archiveEntry, error);
    }
    if (file.size() > MaximumFileSize) {
        *error = tooLargeMessage(name);
        return false;
    }
    switch (readAtMost(&file, MaximumFileSize, bytes)) {
    case BoundedRead::TooLarge:
        *error = tooLargeMessage(name);
        return false;
    case BoundedRead::Failed:
        *error = tr("“%1” cannot be read: %2").arg(name, file.errorString());
        return false;
    case BoundedRead::Done:
        break;
    }
    return true;
}

bool ContactImport::isVCardName(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive)
        || fileName.endsWith(QLatin1String(".vcard"), Qt::CaseInsensitive);
}

QString ContactImport::tooLargeMessage(const QString &name)
{
    return tr("“%1” is larger than %2 MB, far larger than any contacts export; nothing was imported.")
        .arg(name)
        .arg(MaximumFileSize / (1024 * 1024));
}

ContactImport::Prepared ContactImport::prepare(const QString &filePath, const ContactStore *store)
{
    QByteArray bytes;
    QString archiveEntry;
    QString error;
    if (!readFile(filePath, &bytes, &archiveEntry, &error)) {
        Prepared failed;
        failed.filePath = filePath;
        failed.error = error;
        return failed;
    }
    Prepared prepared = prepareBytes(bytes, filePath, store ? store->allForMatching() : QList<ContactMatchKey>());
    prepared.archiveEntry = archiveEntry;
    if (!prepared.ok && !archiveEntry.isEmpty())
        prepared.error = tr("%1 (It was read from “%2” inside the archive.)").arg(prepared.error, archiveEntry);
    return prepared;
}

ContactImport::Prepared ContactImport::prepareBytes(const QByteArray &bytes, const QString &filePath,
                                                    const QList<ContactMatchKey> &existing)
{
    Prepared result;
    result.filePath = filePath;
    const QString name = QFileInfo(filePath).fileName();
    const bool vCard = VCardImport::looksLikeVCard(bytes);
    if (!vCard && isVCardName(name) && !bytes.isEmpty()) {
        result.error =
            tr("“%1” cannot be imported: it is not a vCard file (a vCard file begins with BEGIN:VCARD).").arg(name);
        return result;
    }
    contactcsv::ReadResult read = vCard ? VCardImport::read(bytes) : contactcsv::read(bytes);
    if (!read.ok) {
        result.error = tr("“%1” cannot be imported: %2").arg(name, read.error);
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

bool ContactImport::apply(ContactStore &store, const Prepared &prepared, Applied *applied, QString *error,
                          const BackgroundProgress &progress)
{
    const QList<linkedin::Row> rows = contactcsv::readRows(prepared.table, prepared.layout);
    ImportPlan plan;
    const auto planNow = [&](const QList<ContactMatchKey> &existing) {
        plan = ImportPlan::build(rows, existing);
        return plan.batch();
    };
    ContactBatch batch;
    QList<Contact> before;
    if (!store.applyPlanned(planNow, &batch, &before, error, progress))
        return false;
    applied->plan = std::move(plan);
    applied->batch = std::move(batch);
    applied->before = std::move(before);
    return true;
}
