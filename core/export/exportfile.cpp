#include "export/exportfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

QString ExportFile::displayName(const QString &path)
{
    return path == standardOutput() ? tr("standard output") : QDir::toNativeSeparators(path);
}

QString ExportFile::refusal(const QString &path)
{
    auto refuse = [&](const QString &reason) {
        return tr("Could not write “%1”: %2 Nothing was written.").arg(QDir::toNativeSeparators(path), reason);
    };
    if (path.isEmpty())
        return tr("Could not write: no file name was given.");
    if (path == standardOutput())
        return {};
    const QFileInfo info(path);
    // Checked first: QSaveFile would report a folder only as a failed rename, after writing a
    // temporary file, and would replace anything else with a regular file.
    if (info.isDir())
        return refuse(tr("it is a folder."));
    if (info.exists() && !info.isFile())
        return refuse(tr("it is not a regular file (it is a device, a pipe or a socket), so it is left as it is."));
    return {};
}

bool ExportFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Could not write “%1”: %2 Nothing was written.").arg(displayName(path), reason);
        return false;
    };
    if (const QString refused = refusal(path); !refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    if (path == standardOutput()) {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.flush())
            return true;
        if (error) // part of it may have gone out already
            *error = tr("Could not write to standard output: %1.").arg(out.errorString());
        return false;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    return fail(file.errorString() + QLatin1Char('.'));
}
