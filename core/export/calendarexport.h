#pragma once

#include "domain/contact.h"
#include "domain/interview.h"
#include "domain/networkingevent.h"
#include "workflow/reminders.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

class ContactStore;
class EventStore;
class InterviewStore;
class OrganisationStore;

// Scheduled interviews and reminders as an iCalendar (.ics) file for other calendar apps.
//
// Design note: this is the only code that knows KCalendarCore. It lives in its own library,
// coffeechat_calendar, because KF6::CalendarCore links Qt6::Gui and coffeechat_core must
// link only Qt6::Core and Qt6::Sql. Callers pass plain domain values in and get bytes out.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
public:
    struct Input {
        QList<Interview> interviews;
        QHash<qint64, Contact> contacts; // by id; at least those the interviews name
        QHash<qint64, Organisation> organisations; // by id
        QList<EventRecord> events{}; // networking events, with the people to look up there
        ReminderSettings settings;
        QDateTime now; // decides which reminders exist (see Reminders::forInterview)
        // Times are written in this zone, with its VTIMEZONE; in UTC ("…Z") if its offset has not
        // changed since 1970, which leaves nothing to put in a VTIMEZONE.
        QTimeZone zone = QTimeZone::systemTimeZone();
    };

    struct Counts {
        int interviews = 0;
        int reminders = 0;
        int events = 0;
    };

    // Everything in the stores, with the user's reminder settings and the current time.
    static Input collect(const InterviewStore &interviews, const ContactStore &contacts,
                         const OrganisationStore &organisations, const EventStore &events);

    // The iCalendar text (UTF-8): one event per scheduled interview that has not ended, one
    // all-day event per reminder on its due date, and one per networking event with a time.
    static QByteArray toICalendar(const Input &input, Counts *counts = nullptr);

    // Writes toICalendar() through ExportFile, so a failed write never leaves a truncated file.
    // On failure returns false and sets *error to a message for the user that names the file.
    static bool write(const Input &input, const QString &path, QString *error, Counts *counts = nullptr);

    // Stable identifiers, so importing a newer export updates events instead of duplicating them.
    static QString interviewUid(qint64 interviewId);
    static QString reminderUid(qint64 interviewId, Reminder::Kind kind);
    static QString eventUid(qint64 eventId);
};
