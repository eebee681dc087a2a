#pragma once

#include <QByteArray>
#include <QIODevice>

// Reads a device to its end, but never more than maxBytes: the size a file, a pipe or an archive
// entry states is not what reading it gives (a device may say 0 and never end), so reading stops
// one chunk past the limit.
enum class BoundedRead { Done, TooLarge, Failed };
BoundedRead readAtMost(QIODevice *device, qint64 maxBytes, QByteArray *bytes);
