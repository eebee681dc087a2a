#include "import/linkedinarchive.h"

#include "import/boundedread.h"

#include <KZip>

#include <QFileInfo>
#include <QLocale>

#include <functional>
#include <memory>

namespace {
struct Found {
    const KArchiveFile *file = nullptr;
    QString path;
    int depth = 0;
};

// Every file in the archive, depth first, with its path inside it.
void walk(const KArchiveDirectory *dir, const QString &prefix, int depth,
          const std::function<void(const KArchiveEntry *, const QString &, int)> &visit)
{
    const QStringList names = dir->entries();
    for (const QString &name : names) {
        const KArchiveEntry *entry = dir->entry(name);
        if (!entry)
            continue;
        const QString path = prefix.isEmpty() ? name : prefix + QLatin1Char('/') + name;
        visit(entry, path, depth);
        if (entry->isDirectory())
            walk(static_cast<const KArchiveDirectory *>(entry), path, depth + 1, visit);
    }
}
} // namespace

bool LinkedInArchive::isZip(const QByteArray &start)
{
    // A local file header, or the end record of an empty archive.
    return start.startsWith(QByteArrayLiteral("PK\x03\x04")) || start.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

bool LinkedInArchive::readConnections(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *entryPath,
                                      QString *error)
{
    const QString name = QFileInfo(path).fileName();
    KZip zip(path);
    if (!zip.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” looks like a ZIP archive but cannot be opened; it may be damaged or incomplete (%2). "
                    "Nothing was imported.")
                     .arg(name, zip.errorString());
        return false;
    }
    const KArchiveDirectory *root = zip.directory();
    Found found;
    QStringList files;
    walk(root, QString(), 0, [&](const KArchiveEntry *entry, const QString &entryName, int depth) {
        if (!entry->isFile())
            return;
        files << entryName;
        if (entry->name().compare(QLatin1String("Connections.csv"), Qt::CaseInsensitive) == 0
            && (!found.file || depth < found.depth)) {
            found.file = static_cast<const KArchiveFile *>(entry);
            found.path = entryName;
            found.depth = depth;
        }
    });
    if (!found.file) {
        if (files.isEmpty()) {
            *error = tr("“%1” is an empty archive: it holds no Connections.csv. Nothing was imported.").arg(name);
            return false;
        }
        files.sort(Qt::CaseInsensitive);
        constexpr int shown = 8;
        const QString listed = files.size() <= shown ? QLocale().createSeparatedList(files)
                                                     : tr("%1 and %n more", nullptr, int(files.size() - shown))
                                                           .arg(files.mid(0, shown).join(QLatin1String(", ")));
        *error = tr("“%1” holds no Connections.csv, so it has no contacts to import (it holds %2). When you ask "
                    "LinkedIn for a copy of your data, include Connections. Nothing was imported.")
                     .arg(name, listed);
        return false;
    }
    const auto tooLarge = [&] {
        *error = tr("“%1” in “%2” is larger than %3 MB, far larger than any contacts export; nothing was imported.")
                     .arg(found.path, name)
                     .arg(maxBytes / (1024 * 1024));
        return false;
    };
    if (found.file->size() > maxBytes)
        return tooLarge();
    // The size an archive states is not what unpacking gives: reading stops one byte past the limit.
    const std::unique_ptr<QIODevice> device(found.file->createDevice());
    if (!device || !device->isOpen()) {
        *error = tr("“%1” in “%2” cannot be unpacked; the archive may be damaged or encrypted. Nothing was imported.")
                     .arg(found.path, name);
        return false;
    }
    switch (readAtMost(device.get(), maxBytes, bytes)) {
    case BoundedRead::TooLarge:
        return tooLarge();
    case BoundedRead::Failed:
        *error = tr("“%1” in “%2” cannot be unpacked; the archive may be damaged or encrypted (%3). "
                    "Nothing was imported.")
                     .arg(found.path, name, device->errorString());
        return false;
    case BoundedRead::Done:
        break;
    }
    *entryPath = found.path;
    return true;
}
