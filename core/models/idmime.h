#pragma once

#include <QByteArray>
#include <QDataStream>
#include <QIODevice>
#include <QList>
#include <QMimeData>
#include <QString>

// Record ids carried by a drag, as a QDataStream of QList<qint64> under a type of our own,
// so a drop can tell our items from anything else.
namespace IdMime {

inline void store(QMimeData *mime, const QString &type, const QList<qint64> &ids)
{
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << ids;
    mime->setData(type, encoded);
}

// Empty when the data is not of that type or is damaged.
inline QList<qint64> read(const QMimeData *mime, const QString &type)
{
    QList<qint64> ids;
    if (!mime || !mime->hasFormat(type))
        return ids;
    QDataStream stream(mime->data(type));
    stream >> ids;
    if (stream.status() != QDataStream::Ok)
        return {};
    return ids;
}

} // namespace IdMime
