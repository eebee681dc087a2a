#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Times as people read them: the locale's short format without seconds ("10:00", "10:00 AM").
// Some locales' short formats (the C locale's among them) include seconds, which nobody plans
// a conversation by.
namespace TimeText {
QString timeFormat(const QLocale &locale = QLocale());
QString dateTimeFormat(const QLocale &locale = QLocale());
QString time(const QTime &time, const QLocale &locale = QLocale());
QString dateTime(const QDateTime &dateTime, const QLocale &locale = QLocale()); // short date and time
} // namespace TimeText
