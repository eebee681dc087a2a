#include "import/boundedread.h"

BoundedRead readAtMost(QIODevice *device, qint64 maxBytes, QByteArray *bytes)
{
    bytes->clear();
    constexpr qint64 chunk = 1024 * 1024;
    for (;;) {
        const qsizetype had = bytes->size();
        bytes->resize(had + chunk);
        const qint64 got = device->read(bytes->data() + had, chunk);
        if (got < 0) {
            bytes->clear();
            return BoundedRead::Failed;
        }
        bytes->resize(had + got);
        if (bytes->size() > maxBytes) {
            bytes->clear();
            return BoundedRead::TooLarge;
        }
        if (got == 0)
            break;
    }
    bytes->squeeze();
    return BoundedRead::Done;
}
