#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// How the tests damage a database: the bytes in [from, to) overwritten with a pattern no
// SQLite page holds, so the file still opens when page 1 is spared and the check finds the rest.
namespace TestDamage {

inline void overwrite(QByteArray &bytes, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        bytes[i] = char(0xA5 ^ (i & 0xFF));
}

// Reads the file, lets damage() change its bytes, and writes them back: the new contents, or
// an empty array when it could not be read or written or damage() declined.
template<typename Damage>
QByteArray rewriteFile(const QString &path, Damage damage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return {};
    QByteArray bytes = file.readAll();
    if (!damage(bytes) || !file.seek(0) || file.write(bytes) != bytes.size())
        return {};
    return bytes;
}

// Bytes [from, to) of the file overwritten; empty on failure or when it is shorter than `to`.
inline QByteArray overwriteFile(const QString &path, qsizetype from, qsizetype to)
{
    return rewriteFile(path, [from, to](QByteArray &bytes) {
        if (bytes.size() < to)
            return false;
        overwrite(bytes, from, to);
        return true;
    });
}

// The page size a database file's header gives (bytes 16 and 17, big-endian; 1 means 65536),
// or 0 when the bytes are too short to hold it.
inline qsizetype pageSize(const QByteArray &bytes)
{
    if (bytes.size() < 18)
        return 0;
    const int size = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
    return size == 1 ? 65536 : size;
}

// Pages first to last (numbered from 1, as SQLite does) overwritten; false when the file has
// fewer pages.
inline bool overwritePages(QByteArray &bytes, int first, int last)
{
    const qsizetype size = pageSize(bytes);
    if (size == 0 || first < 1 || bytes.size() < last * size)
        return false;
    overwrite(bytes, (first - 1) * size, last * size);
    return true;
}

// The same for a file: its new contents, or an empty array on failure.
inline QByteArray overwriteFilePages(const QString &path, int first, int last)
{
    return rewriteFile(path, [first, last](QByteArray &bytes) { return overwritePages(bytes, first, last); });
}

} // namespace TestDamage
