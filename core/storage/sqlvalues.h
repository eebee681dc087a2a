#pragma once

// Conversions between domain values and what the storage layer keeps in SQLite columns:
// ISO 8601 text for dates and UTC times, NULL for "not set", '' for empty text.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace SqlValues {

inline QVariant date(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate toDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

inline QVariant dateTime(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

inline QDateTime toDateTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Qt binds a null QString as SQL NULL; text columns are NOT NULL, empty meaning "not set".
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// The ids as a JSON array, so one statement can act on a whole set through json_each(?).
inline QString idArray(const QList<qint64> &ids)
{
    QString json;
    json.reserve(ids.size() * 8 + 2);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            json += QLatin1Char(',');
        json += QString::number(ids.at(i));
    }
    json += QLatin1Char(']');
    return json;
}

inline QVariant id(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace SqlValues
