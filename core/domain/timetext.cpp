#include "domain/timetext.h"

#include <QRegularExpression>

namespace {
QString withoutSeconds(QString format)
{
    // "HH:mm:ss", "h.mm.ss AP", "HH:mm:ss t": the seconds and the separator before them.
    static const QRegularExpression seconds(QStringLiteral("[:.]?s{1,2}(?:\\.z+)?"));
    format.remove(seconds);
    return format.trimmed();
}
} // namespace

namespace TimeText {

QString timeFormat(const QLocale &locale)
{
    return withoutSeconds(locale.timeFormat(QLocale::ShortFormat));
}

QString dateTimeFormat(const QLocale &locale)
{
    return withoutSeconds(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString time(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, timeFormat(locale));
}

QString dateTime(const QDateTime &dateTime, const QLocale &locale)
{
    return locale.toString(dateTime, dateTimeFormat(locale));
}

} // namespace TimeText
