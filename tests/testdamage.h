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

// The file's new contents, or an empty array when it could not be read and written or is
// shorter than `to`.
inline QByteArray overwriteFile(const QString &path, qsizetype from, qsizetype to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.size() < to)
        return {};
    overwrite(bytes, from, to);
    if (!file.seek(0) || file.write(bytes) != bytes.size())
        return {};
    return bytes;
}

} // namespace TestDamage
