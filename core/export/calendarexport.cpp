#include "export/calendarexport.h"

#include "domain/failwith.h"
#include "export/exportfile.h"

#include "storage/contactstore.h"
#include "storage/eventstore.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"

#include <QSet>

#include <KCalendarCore/Alarm>
#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

namespace {

// Part of the reminders' UIDs, so these must never change.
QString reminderKey(Reminder::Kind kind)
{
    switch (kind) {
    case Reminder::Kind::UpcomingConversation:
        return QStringLiteral("upcoming");
    case Reminder::Kind::SendThankYou:
        return QStringLiteral("thank-you");
    case Reminder::Kind::ThankIntroducer:
        return QStringLiteral("thank-introducer");
    case Reminder::Kind::ContactSecondPerson:
        return QStringLiteral("second-person");
    case Reminder::Kind::SendFollowUp:
        return QStringLiteral("follow-up");
    case Reminder::Kind::AskForReferral:
        return QStringLiteral("referral");
    case Reminder::Kind::TouchBase:
        return QStringLiteral("touch-base");
    case Reminder::Kind::DecideOnOffer:
        return QStringLiteral("offer-deadline");
    }
    return QString();
}

QString contactName(const CalendarExport::Input &input, const Interview &interview)
{
    const auto it = input.contacts.constFind(interview.contactId);
    return it == input.contacts.constEnd() ? QString() : it->displayName();
}

// The organisation record, or else the company on the contact's card.
QString organisationName(const CalendarExport::Input &input, const Interview &interview)
{
    const auto org = input.organisations.constFind(interview.organisationId);
    if (org != input.organisations.constEnd() && !org->name.trimmed().isEmpty())
        return org->name.trimmed();
    const auto contact = input.contacts.constFind(interview.contactId);
    return contact == input.contacts.constEnd() ? QString() : contact->company.trimmed();
}

QTimeZone effectiveZone(const QTimeZone &zone)
{
    // A zone without an IANA id (QTimeZone::LocalTime, or none) could not be written as a TZID.
    const QTimeZone named = zone.isValid() && !zone.id().isEmpty() ? zone : QTimeZone::systemTimeZone();
    // KCalendarCore describes a zone by its transitions from 1970 to 20 years ahead. A zone with
    // none (UTC, Etc/GMT-5, Asia/Kolkata, Asia/Tokyo) would get a VTIMEZONE without a STANDARD
    // part, which is invalid: its times are written in UTC ("…Z") instead, the same moments.
    // All-day reminders keep their dates, which are made in this zone.
    const QDateTime epoch = QDateTime::fromMSecsSinceEpoch(0, QTimeZone::UTC);
    if (named.transitions(epoch, QDateTime::currentDateTimeUtc().addYears(20)).isEmpty())
        return QTimeZone::UTC;
    return named;
}

// Created and modified (and so DTSTAMP) as the interview was, never the clock: an unchanged
// interview is written the same way by every export.
void setTimestamps(KCalendarCore::Incidence &incidence, const Interview &interview, const QDateTime &now)
{
    const QDateTime created = interview.createdAt.isValid() ? interview.createdAt : now;
    const QDateTime modified = interview.updatedAt.isValid() ? interview.updatedAt : now;
    if (created.isValid())
        incidence.setCreated(created.toUTC());
    if (modified.isValid())
        incidence.setLastModified(modified.toUTC()); // last: the other setters touch it
}

} // namespace

CalendarExport::Input CalendarExport::collect(const InterviewStore &interviews, const ContactStore &contacts,
                                              const OrganisationStore &organisations, const EventStore &events)
{
    Input input;
    input.interviews = interviews.all();
    QSet<qint64> named; // the person, and whoever introduced them (the reminder to thank them names them)
    for (const Interview &interview : std::as_const(input.interviews)) {
        for (qint64 id : {interview.contactId, interview.introducedById}) {
            if (id > 0)
                named.insert(id);
        }
    }
    const QList<qint64> contactIds(named.cbegin(), named.cend());
    // Only the people the interviews name: the address book may hold 30,000.
    for (const Contact &contact : contacts.contacts(contactIds))
        input.contacts.insert(contact.id, contact);
    for (const Organisation &organisation : organisations.all())
        input.organisations.insert(organisation.id, organisation);
    input.events = events.records();
    input.settings = ReminderSettings::load();
    input.now = QDateTime::currentDateTime();
    return input;
}

QString CalendarExport::interviewUid(qint64 interviewId)
{
    return QStringLiteral("interview-%1@coffeechat").arg(interviewId);
}

QString CalendarExport::eventUid(qint64 eventId)
{
    return QStringLiteral("event-%1@coffeechat").arg(eventId);
}

QString CalendarExport::reminderUid(qint64 interviewId, Reminder::Kind kind)
{
    return QStringLiteral("reminder-%1-%2@coffeechat").arg(interviewId).arg(reminderKey(kind));
}

QByteArray CalendarExport::toICalendar(const Input &input, Counts *counts)
{
    using namespace KCalendarCore;
    const QTimeZone zone = effectiveZone(input.zone);
    auto calendar = MemoryCalendar::Ptr::create(zone);
    // ICalFormat writes the process-wide product id, not the calendar's.
    CalFormat::setApplication(QStringLiteral("Coffee Chat"), QStringLiteral("-//Coffee Chat//Coffee Chat//EN"));
    Counts made;

    for (const Interview &interview : input.interviews) {
        const QString name = contactName(input, interview);
        const QString organisation = organisationName(input, interview);

        if (interview.isActive() && interview.scheduledAt.isValid()) {
            QString summary;
            if (!name.isEmpty() && !organisation.isEmpty())
                summary = tr("Informational interview with %1 (%2)").arg(name, organisation);
            else if (!name.isEmpty())
                summary = tr("Informational interview with %1").arg(name);
            else if (!organisation.isEmpty())
                summary = tr("Informational interview at %1").arg(organisation);
            else
                summary = tr("Informational interview");

            QStringList description;
            if (interview.medium != Medium::Unknown)
                description << tr("Where: %1").arg(MediumNames::displayName(interview.medium));
            if (!interview.topic.trimmed().isEmpty())
                description << tr("Topic: %1").arg(interview.topic.trimmed());
            if (!interview.learningGoals.trimmed().isEmpty())
                description << tr("What I want to learn: %1").arg(interview.learningGoals.trimmed());

            const int minutes = interview.lengthMinutes > 0 ? interview.lengthMinutes : Interview::DefaultLengthMinutes;
            const QDateTime start = interview.scheduledAt.toTimeZone(zone);

            auto event = Event::Ptr::create();
            event->setUid(interviewUid(interview.id));
            // Plain text: user data such as "<b>x</b>" must stay literal in other apps.
            event->setSummary(summary, false);
            event->setDescription(description.join(QLatin1Char('\n')), false);
            event->setLocation(interview.location.trimmed(), false);
            event->setDtStart(start);
            event->setDtEnd(start.addSecs(minutes * 60));
            Alarm::Ptr alarm = event->newAlarm();
            alarm->setDisplayAlarm(summary);
            alarm->setStartOffset(Duration(-60 * 60));
            alarm->setEnabled(true);
            setTimestamps(*event, interview, input.now);
            calendar->addEvent(event);
            ++made.interviews;
        }

        // All-day events rather than VTODOs: Google Calendar, Outlook and Apple Calendar drop
        // VTODOs on import, and a reminder that silently vanishes is worse than none.
        for (const Reminder &reminder : Reminders::forInterview(interview, input.settings, input.now)) {
            if (reminder.kind == Reminder::Kind::UpcomingConversation || !reminder.due.isValid())
                continue; // "coming up" is the interview's own event
            const QString who = !name.isEmpty() ? name
                : !organisation.isEmpty()       ? organisation
                                                : interview.topic.trimmed();
            const auto introducer = input.contacts.constFind(interview.introducedById);
            const QString title = Reminders::title(
                reminder.kind, introducer == input.contacts.constEnd() ? QString() : introducer->displayName());

            auto event = Event::Ptr::create();
            event->setUid(reminderUid(interview.id, reminder.kind));
            event->setSummary(who.isEmpty() ? title : title + QStringLiteral(" – ") + who, false);
            event->setDescription(Reminders::advice(reminder.kind), false);
            event->setDtStart(QDateTime(reminder.due, QTime(0, 0), zone));
            event->setDtEnd(event->dtStart()); // inclusive for all-day events: written as the next day
            event->setAllDay(true);
            event->setTransparency(Event::Transparent); // a to-do, not a busy day
            setTimestamps(*event, interview, input.now);
            calendar->addEvent(event);
            ++made.reminders;
        }
    }

    for (const EventRecord &record : input.events) {
        const NetworkingEvent &e = record.event;
        if (!e.startsAt.isValid())
            continue;
        QStringList description;
        if (!e.notes.trimmed().isEmpty())
            description << e.notes.trimmed();
        QStringList people;
        for (const EventPerson &person : record.people) {
            people << (person.note.trimmed().isEmpty() ? person.name
                                                       : tr("%1 (%2)").arg(person.name, person.note.trimmed()));
        }
        if (!people.isEmpty())
            description << tr("People to look up: %1").arg(people.join(QStringLiteral("; ")));
        const QDateTime start = e.startsAt.toTimeZone(zone);
        auto event = Event::Ptr::create();
        event->setUid(eventUid(e.id));
        event->setSummary(e.name.trimmed().isEmpty() ? tr("Networking event") : e.name.trimmed(), false);
        event->setDescription(description.join(QLatin1Char('\n')), false);
        event->setLocation(e.place.trimmed(), false);
        event->setDtStart(start);
        event->setDtEnd(start.addSecs(2 * 60 * 60)); // the time it ends is not asked: two hours
        event->setCreated(e.createdAt.isValid() ? e.createdAt.toUTC() : input.now.toUTC());
        event->setLastModified(e.updatedAt.isValid() ? e.updatedAt.toUTC() : input.now.toUTC()); // last
        calendar->addEvent(event);
        ++made.events;
    }

    ICalFormat format;
    const QString text = format.toString(calendar);
    if (counts)
        *counts = made;
    return text.toUtf8();
}

bool CalendarExport::write(const Input &input, const QString &path, QString *error, Counts *counts)
{
    const QByteArray text = toICalendar(input, counts);
    if (text.isEmpty())
        return failWith(error, ExportFile::notWritten(path, tr("the calendar could not be created.")));
    return ExportFile::write(path, text, error);
}
