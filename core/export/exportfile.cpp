#include "export/exportfile.h"

#include "domain/failwith.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

#include <cstdio>

namespace {

// Why writing `needed` bytes to path failed, when the disk says more than QSaveFile does: a
// disk that fills up as it commits (part of the file fitted) it reports as "Unknown error".
QString diskProblem(const QString &path, qint64 needed)
{
    QStorageInfo storage(QFileInfo(path).absolutePath());
    if (!storage.isValid() || !storage.isReady())
        return {};
    if (storage.isReadOnly())
        return ExportFile::tr("the disk it would go on is read-only.");
    // The temporary file is gone again, so what is free now is what the write found. A margin
    // for the file system's own blocks: a file that nearly fits does not.
    constexpr qint64 Margin = 64 * 1024;
    const qint64 available = storage.bytesAvailable();
    if (available >= 0 && available < needed + Margin) {
        return ExportFile::tr("the disk is full (%1 needed, %2 free). Free some space and try again.")
            .arg(QLocale().formattedDataSize(needed), QLocale().formattedDataSize(available));
    }
    return {};
}

} // namespace

QString ExportFile::displayName(const QString &path)
{
    return path == standardOutput() ? tr("standard output") : QDir::toNativeSeparators(path);
}

QString ExportFile::notWritten(const QString &path, const QString &reason)
{
    return tr("Could not write “%1”: %2 Nothing was written.").arg(displayName(path), reason);
}

bool ExportFile::mayWrite(const QString &path, QString *error)
{
    if (path.isEmpty())
        return failWith(error, tr("Could not write: no file name was given."));
    if (path == standardOutput())
        return true;
    const QFileInfo info(path);
    // Checked first: QSaveFile would report a folder only as a failed rename, after writing a
    // temporary file, and would replace anything else with a regular file.
    if (info.isDir())
        return failWith(error, notWritten(path, tr("it is a folder.")));
    if (info.exists() && !info.isFile()) {
        return failWith(error,
                        notWritten(path,
                                   tr("it is not a regular file (it is a device, a pipe or a socket), "
                                      "so it is left as it is.")));
    }
    return true;
}

bool ExportFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    auto fail = [&](const QString &reason) { return failWith(error, notWritten(path, reason)); };
    if (!mayWrite(path, error))
        return false;
    if (path == standardOutput()) {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.flush())
            return true;
        // Part of it may have gone out already.
        return failWith(error, tr("Could not write to standard output: %1.").arg(out.errorString()));
    }
    QString reason;
    {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
            return true;
        reason = file.errorString();
    } // the temporary file is removed here, so the disk shows what is free without it
    if (const QString disk = diskProblem(path, bytes.size()); !disk.isEmpty())
        return fail(disk);
    return fail(reason.isEmpty() ? tr("the file could not be written.") : reason + QLatin1Char('.'));
}
