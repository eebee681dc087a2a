#include "export/exportfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

bool ExportFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (path.isEmpty())
        return fail(tr("no file name was given."));
    // QSaveFile would report a folder only as a failed rename, after writing a temporary file.
    if (QFileInfo(path).isDir())
        return fail(tr("it is a folder."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    if (file.write(bytes) != bytes.size())
        return fail(file.errorString());
    if (!file.commit())
        return fail(file.errorString());
    return true;
}
