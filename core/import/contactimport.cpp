#include "import/contactimport.h"

#include "import/linkedinformat.h"
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
    const linkedin::ReadResult read = linkedin::read(bytes);
    if (!read.ok) {
        result.error = tr("“%1” cannot be imported: %2").arg(QFileInfo(filePath).fileName(), read.error);
        return result;
    }
    result.plan = ImportPlan::build(read.rows, existing);
    result.ok = true;
    return result;
}
