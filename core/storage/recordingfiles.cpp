#include "storage/recordingfiles.h"

#include "domain/failwith.h"
#include "storage/wavwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QStorageInfo>

namespace {

constexpr QFile::Permissions PrivateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions PrivateFile = QFile::ReadOwner | QFile::WriteOwner;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool makePrivateFolder(const QString &dir)
{
    if (QFileInfo(dir).isDir())
        return true;
    return QDir().mkdir(dir, PrivateFolder) || QFileInfo(dir).isDir();
}

} // namespace

RecordingFiles::RecordingFiles(const QString &databasePath)
    : m_root(QFileInfo(databasePath).absolutePath() + QStringLiteral("/recordings"))
{ }

QString RecordingFiles::folder(qint64 interviewId) const
{
    return m_root + QLatin1Char('/') + QString::number(interviewId);
}

QString RecordingFiles::path(const Recording &recording) const
{
    return folder(recording.interviewId) + QLatin1Char('/') + recording.fileName;
}

bool RecordingFiles::makeFolder(qint64 interviewId, QString *error) const
{
    if (makePrivateFolder(m_root) && makePrivateFolder(folder(interviewId)))
        return true;
    return failWith(error,
                    tr("The folder for recordings “%1” cannot be created: check that the data folder is "
                       "writable.")
                        .arg(native(folder(interviewId))));
}

QString RecordingFiles::newFileName(qint64 interviewId, const QDateTime &when, const QString &suffix) const
{
    const QString base = when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH-mm-ss"));
    const QString dir = folder(interviewId) + QLatin1Char('/');
    QString name = base + QLatin1Char('.') + suffix;
    for (int n = 2; QFileInfo::exists(dir + name); ++n)
        name = base + QLatin1Char(' ') + QString::number(n) + QLatin1Char('.') + suffix;
    return name;
}

bool RecordingFiles::mayAttach(const QString &source, QString *error)
{
    const QFileInfo info(source);
    if (!info.exists())
        return failWith(error, tr("“%1” does not exist.").arg(native(source)));
    if (!info.isFile())
        return failWith(error,
                        tr("“%1” is not a file that can be attached: choose a recording, such as a .m4a or "
                           ".mp3 file from your phone.")
                            .arg(native(source)));
    if (info.size() == 0)
        return failWith(error, tr("“%1” is empty: there is no recording in it.").arg(native(source)));
    const QMimeType type = QMimeDatabase().mimeTypeForFile(info);
    const QStringList parents = type.parentMimeTypes();
    const bool audio = type.name().startsWith(QLatin1StringView("audio/"))
        || std::any_of(parents.cbegin(), parents.cend(),
                       [](const QString &parent) { return parent.startsWith(QLatin1StringView("audio/")); })
        || type.name() == QLatin1StringView("video/mp4") || type.name() == QLatin1StringView("video/webm")
        || type.name() == QLatin1StringView("video/ogg");
    // The name says audio; the bytes must not say otherwise (notes saved as "talk.wav").
    const QMimeType content = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchContent);
    const bool contentIsNot = !content.isDefault() && !content.name().startsWith(QLatin1StringView("audio/"))
        && !content.name().startsWith(QLatin1StringView("video/"))
        && (content.inherits(QStringLiteral("text/plain")) || content.name().startsWith(QLatin1StringView("image/"))
            || content.name() == QLatin1StringView("application/pdf")
            || content.name() == QLatin1StringView("application/zip")
            || content.name() == QLatin1StringView("application/vnd.sqlite3"));
    if (!audio || contentIsNot)
        return failWith(error,
                        tr("“%1” is not an audio file (its contents are: %2). Attach a recording, such as a "
                           ".m4a, .mp3, .ogg or .wav file.")
                            .arg(native(source), (contentIsNot ? content : type).comment()));
    return true;
}

QString RecordingFiles::audioFilter()
{
    return tr("Recordings (*.m4a *.mp3 *.ogg *.oga *.opus *.wav *.flac *.aac *.amr *.3gp *.webm *.mp4 *.wma)")
        + QStringLiteral(";;") + tr("All files (*)");
}

bool RecordingFiles::copyIn(const QString &source, qint64 interviewId, const QString &fileName, QString *error,
                            const BackgroundProgress &progress) const
{
    if (!mayAttach(source, error) || !makeFolder(interviewId, error))
        return false;
    const QString target = folder(interviewId) + QLatin1Char('/') + fileName;
    const auto failed = [&](const QString &reason) {
        return failWith(error, tr("“%1” could not be attached: %2 Nothing was copied.").arg(native(source), reason));
    };
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return failed(in.errorString() + QLatin1Char('.'));
    const qint64 size = in.size();
    const QStorageInfo disk(folder(interviewId));
    if (disk.isValid() && disk.bytesAvailable() >= 0 && disk.bytesAvailable() < size + 1024 * 1024)
        return failed(tr("there is not enough free space in “%1” (%2 MB needed).")
                          .arg(native(folder(interviewId)))
                          .arg((size + 1024 * 1024 - 1) / (1024 * 1024)));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return failed(out.errorString() + QLatin1Char('.'));
    out.setPermissions(PrivateFile);
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 copied = 0;
    const int totalKiB = int(qMin<qint64>(size / 1024, std::numeric_limits<int>::max()));
    while (copied < size) {
        const qint64 n = in.read(buffer.data(), qMin<qint64>(buffer.size(), size - copied));
        if (n <= 0) {
            out.cancelWriting();
            return failed(n < 0 ? in.errorString() + QLatin1Char('.')
                                : tr("the file became shorter while it was read."));
        }
        if (out.write(buffer.constData(), n) != n) {
            out.cancelWriting();
            return failed(out.errorString() + QLatin1Char('.'));
        }
        copied += n;
        if (progress)
            progress(int(qMin<qint64>(copied / 1024, totalKiB)), totalKiB);
    }
    if (!out.commit())
        return failed(out.errorString() + QLatin1Char('.'));
    return true;
}

QString RecordingFiles::recoveryPath(const Recording &recording) const
{
    return folder(recording.interviewId) + QStringLiteral("/.") + recording.fileName + QStringLiteral(".recovery.wav");
}

bool RecordingFiles::adoptRecovery(Recording &recording) const
{
    const QString recovery = recoveryPath(recording);
    const qint64 length = WavWriter::durationMs(recovery);
    if (length <= 0)
        return false;
    const QFileInfo own(path(recording));
    if (own.exists() && own.size() > 4096)
        return false; // the recorder's file holds sound: it stays the recording
    const QString base = QFileInfo(recording.fileName).completeBaseName();
    QString name = base + QStringLiteral(".wav");
    for (int n = 2; QFileInfo::exists(folder(recording.interviewId) + QLatin1Char('/') + name); ++n)
        name = base + QLatin1Char(' ') + QString::number(n) + QStringLiteral(".wav");
    if (!QFile::rename(recovery, folder(recording.interviewId) + QLatin1Char('/') + name))
        return false;
    if (own.exists())
        QFile::remove(own.filePath()); // the recorder's empty file: no sound in it
    recording.fileName = name;
    recording.durationMs = length;
    return true;
}

void RecordingFiles::dropRecovery(const Recording &recording) const
{
    QFile::remove(recoveryPath(recording));
}

bool RecordingFiles::makePrivate(const Recording &recording) const
{
    return QFile::setPermissions(path(recording), PrivateFile);
}

bool RecordingFiles::moveToTrash(const Recording &recording, QString *trashPath, QString *error) const
{
    const QString file = path(recording);
    trashPath->clear();
    if (!QFileInfo::exists(file))
        return true;
    QFile f(file);
    if (f.moveToTrash()) {
        *trashPath = f.fileName();
        return true;
    }
    // A disk without a trash Qt can use (some mounts have none): kept in recordings/.removed/
    // instead, on the same disk, so the move is a rename that cannot run out of space.
    const QString removed = m_root + QStringLiteral("/.removed/") + QString::number(recording.interviewId);
    if (!makePrivateFolder(m_root + QStringLiteral("/.removed")) || !makePrivateFolder(removed))
        return failWith(error,
                        tr("The recording “%1” could not be moved to the trash (%2), so it was not removed.")
                            .arg(native(file), f.errorString()));
    QString target = removed + QLatin1Char('/') + recording.fileName;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = removed + QLatin1Char('/') + QString::number(n) + QLatin1Char(' ') + recording.fileName;
    if (!QFile::rename(file, target))
        return failWith(
            error, tr("The recording “%1” could not be moved to the trash, so it was not removed.").arg(native(file)));
    *trashPath = target;
    return true;
}

bool RecordingFiles::bringBack(const Recording &recording, const QString &trashPath, QString *error) const
{
    if (trashPath.isEmpty())
        return true; // it was gone before it was removed
    const QString file = path(recording);
    if (!QFileInfo::exists(trashPath))
        return failWith(error,
                        tr("The recording “%1” is no longer in the trash (was the trash emptied?), so it "
                           "cannot come back.")
                            .arg(native(file)));
    if (!makeFolder(recording.interviewId, error))
        return false;
    if (QFileInfo::exists(file))
        return failWith(
            error, tr("“%1” already exists, so the recording in the trash cannot take its place.").arg(native(file)));
    if (!QFile::rename(trashPath, file))
        return failWith(error, tr("The recording “%1” could not be brought back from the trash.").arg(native(file)));
    // The freedesktop.org trash keeps a note beside each file: Trash/info/<name>.trashinfo.
    const QFileInfo inTrash(trashPath);
    const QString note =
        inTrash.dir().absolutePath() + QStringLiteral("/../info/") + inTrash.fileName() + QStringLiteral(".trashinfo");
    if (QFileInfo(inTrash.dir().absolutePath()).fileName() == QLatin1StringView("files"))
        QFile::remove(QDir::cleanPath(note));
    return true;
}
