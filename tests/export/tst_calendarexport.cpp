#include "export/calendarexport.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"

#include <KCalendarCore/Alarm>
#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace KCalendarCore;

namespace {
struct Due {
    Reminder::Kind kind = Reminder::Kind::SendThankYou;
    QDate date;
};
using Dues = QList<Due>;

// The clock every test uses, never the real one: Wednesday 4 March 2026, 09:00 UTC.
const QDateTime Now(QDate(2026, 3, 4), QTime(9, 0), QTimeZone::UTC);
constexpr qint64 AdaId = 1;
constexpr qint64 GraceId = 3;
constexpr qint64 EnginesId = 2;

CalendarExport::Input input(const QList<Interview> &interviews, const QTimeZone &zone = QTimeZone("Europe/Berlin"),
                            const QDateTime &now = Now)
{
    CalendarExport::Input in;
    in.interviews = interviews;
    Contact ada;
    ada.id = AdaId;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    ada.company = QStringLiteral("Babbage & Co");
    Contact grace;
    grace.id = GraceId;
    grace.firstName = QStringLiteral("Grace");
    in.contacts = {{ada.id, ada}, {grace.id, grace}};
    Organisation engines;
    engines.id = EnginesId;
    engines.name = QStringLiteral("Analytical Engines");
    in.organisations = {{engines.id, engines}};
    in.now = now;
    in.zone = zone;
    return in;
}

Interview interview(qint64 id, Step step, const QDateTime &scheduledAt = {})
{
    Interview i;
    i.id = id;
    i.step = step;
    i.contactId = AdaId;
    i.organisationId = EnginesId;
    i.topic = QStringLiteral("Product management");
    i.learningGoals = QStringLiteral("How roadmaps are made");
    i.medium = Medium::Video;
    i.location = QStringLiteral("https://meet.example/abc");
    i.lengthMinutes = 30;
    i.scheduledAt = scheduledAt;
    i.createdAt = QDateTime(QDate(2026, 2, 1), QTime(8, 0), QTimeZone::UTC);
    i.updatedAt = QDateTime(QDate(2026, 2, 2), QTime(8, 0), QTimeZone::UTC);
    return i;
}

// Reads the file as another calendar application would.
MemoryCalendar::Ptr parse(const QByteArray &text)
{
    auto calendar = MemoryCalendar::Ptr::create(QTimeZone::utc());
    ICalFormat format;
    if (!format.fromRawString(calendar, text))
        return {};
    return calendar;
}

// Long lines are folded as CRLF + space; undo that to search the text.
QByteArray unfolded(QByteArray text)
{
    return text.replace("\r\n ", "");
}

Event::List allDayEvents(const MemoryCalendar::Ptr &calendar)
{
    Event::List result;
    for (const Event::Ptr &event : calendar->events()) {
        if (event->allDay())
            result << event;
    }
    return result;
}
} // namespace

Q_DECLARE_METATYPE(Interview)
Q_DECLARE_METATYPE(Step)
Q_DECLARE_METATYPE(Medium)
Q_DECLARE_METATYPE(Due)

class TestCalendarExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void interviewEvent_data();
    void interviewEvent();
    void zoneWithoutChangesIsWrittenInUtc_data();
    void zoneWithoutChangesIsWrittenInUtc();
    void summaries_data();
    void summaries();
    void description_data();
    void description();
    void onlyScheduledActiveInterviews_data();
    void onlyScheduledActiveInterviews();
    void reminders_data();
    void reminders();
    void userTextSurvivesLiterally_data();
    void userTextSurvivesLiterally();
    void stableUids();
    void emptyCalendar();
    void sameInputSameText();
    void writesFile();
    void refusesUnwritablePath_data();
    void refusesUnwritablePath();
    void collectsFromStores();
};

void TestCalendarExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QTimeZone("Europe/Berlin").isValid());
    QVERIFY(QTimeZone("America/New_York").isValid());
}

void TestCalendarExport::interviewEvent_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QTime>("endTime"); // wall clock in that zone
    QTest::addColumn<QTime>("alarmTime");

    QTest::newRow("Berlin, winter") << QByteArray("Europe/Berlin") << QDate(2026, 2, 10) << QTime(15, 0) << 30
                                    << QTime(15, 30) << QTime(14, 0);
    // Clocks go forward at 02:00: an hour-long conversation from 01:30 ends at 03:30.
    QTest::newRow("Berlin, clocks go forward")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << QTime(1, 30) << 60 << QTime(3, 30) << QTime(0, 30);
    QTest::newRow("Berlin, alarm across the change")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << QTime(3, 30) << 20 << QTime(3, 50) << QTime(1, 30);
    QTest::newRow("New York, clocks go forward")
        << QByteArray("America/New_York") << QDate(2026, 3, 8) << QTime(1, 30) << 45 << QTime(3, 15) << QTime(0, 30);
    QTest::newRow("New York, summer") << QByteArray("America/New_York") << QDate(2026, 7, 1) << QTime(18, 0) << 20
                                      << QTime(18, 20) << QTime(17, 0);
    QTest::newRow("Adelaide, half-hour offset")
        << QByteArray("Australia/Adelaide") << QDate(2026, 5, 5) << QTime(9, 30) << 90 << QTime(11, 0) << QTime(8, 30);
    QTest::newRow("no length: the default")
        << QByteArray("Europe/Berlin") << QDate(2026, 2, 10) << QTime(15, 0) << 0 << QTime(15, 20) << QTime(14, 0);
}

void TestCalendarExport::interviewEvent()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(int, minutes);
    QFETCH(QTime, endTime);
    QFETCH(QTime, alarmTime);

    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const QDateTime start(date, time, tz);
    QVERIFY(start.isValid());
    // Stored in UTC, as the database keeps it; the export must show it in the user's zone.
    Interview i = interview(7, Step::Conduct, start.toUTC());
    i.lengthMinutes = minutes;
    const QDateTime before(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::UTC);

    CalendarExport::Counts counts;
    const QByteArray text = CalendarExport::toICalendar(input({i}, tz, before), &counts);
    QCOMPARE(counts.interviews, 1);
    QCOMPARE(counts.reminders, 0); // "coming up" is the event itself

    const QByteArray dtstart =
        "DTSTART;TZID=" + zone + ':' + start.toString(QStringLiteral("yyyyMMdd'T'HHmmss")).toLatin1();
    QVERIFY2(text.contains(QByteArray(dtstart + "\r\n")), text.constData());
    QVERIFY2(text.contains(QByteArray("BEGIN:VTIMEZONE\r\nTZID:" + zone + "\r\n")), text.constData());

    const auto calendar = parse(text);
    QVERIFY(calendar);
    QCOMPARE(calendar->events().size(), 1);
    const Event::Ptr event = calendar->event(CalendarExport::interviewUid(7));
    QVERIFY(event);
    QVERIFY(!event->allDay());
    QCOMPARE(event->transparency(), Event::Opaque);
    QCOMPARE(event->dtStart().toMSecsSinceEpoch(), start.toMSecsSinceEpoch());
    QCOMPARE(event->dtStart().timeZone().id(), zone);
    QCOMPARE(event->dtStart().time(), time);
    const int expectedMinutes = minutes > 0 ? minutes : Interview::DefaultLengthMinutes;
    QCOMPARE(event->dtEnd().toMSecsSinceEpoch(), start.addSecs(expectedMinutes * 60).toMSecsSinceEpoch());
    QCOMPARE(event->dtEnd().timeZone().id(), zone);
    QCOMPARE(event->dtEnd().time(), endTime);
    QCOMPARE(event->location(), QStringLiteral("https://meet.example/abc"));

    const Alarm::List alarms = event->alarms();
    QCOMPARE(alarms.size(), 1);
    const Alarm::Ptr alarm = alarms.constFirst();
    QCOMPARE(alarm->type(), Alarm::Display);
    QVERIFY(alarm->enabled());
    QVERIFY(alarm->hasStartOffset());
    QCOMPARE(alarm->startOffset().asSeconds(), -60 * 60);
    QCOMPARE(alarm->time().toMSecsSinceEpoch(), start.addSecs(-60 * 60).toMSecsSinceEpoch());
    QCOMPARE(alarm->time().toTimeZone(tz).time(), alarmTime);
    QCOMPARE(alarm->text(), event->summary());
}

void TestCalendarExport::zoneWithoutChangesIsWrittenInUtc_data()
{
    QTest::addColumn<QTimeZone>("zone");
    QTest::newRow("UTC") << QTimeZone(QTimeZone::UTC);
    QTest::newRow("UTC by name") << QTimeZone("UTC");
    QTest::newRow("Etc/UTC") << QTimeZone("Etc/UTC");
    QTest::newRow("Etc/GMT-5, always UTC+5") << QTimeZone("Etc/GMT-5");
    QTest::newRow("Kolkata, unchanged since 1945") << QTimeZone("Asia/Kolkata");
    QTest::newRow("Tokyo, unchanged since 1951") << QTimeZone("Asia/Tokyo");
}

// A zone whose offset has not changed since 1970 has no STANDARD or DAYLIGHT part for a
// VTIMEZONE, and one without is invalid: the times are written in UTC instead, the same moments.
void TestCalendarExport::zoneWithoutChangesIsWrittenInUtc()
{
    QFETCH(QTimeZone, zone);
    QVERIFY(zone.isValid());
    const QDateTime start(QDate(2026, 3, 10), QTime(15, 0), QTimeZone::UTC);
    const Interview upcoming = interview(7, Step::Conduct, start);
    Interview held = interview(8, Step::FollowUp, QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::UTC));
    CalendarExport::Counts counts;
    const QByteArray text = CalendarExport::toICalendar(input({upcoming, held}, zone), &counts);
    QCOMPARE(counts.interviews, 2);
    QVERIFY(counts.reminders > 0);
    QVERIFY2(!text.contains("VTIMEZONE"), text.constData());
    QVERIFY2(!text.contains("TZID"), text.constData());
    QVERIFY2(text.contains("\r\nDTSTART:20260310T150000Z\r\n"), text.constData());
    QVERIFY2(text.contains("\r\nDTEND:20260310T153000Z\r\n"), text.constData());

    const auto calendar = parse(text);
    QVERIFY(calendar);
    const Event::Ptr event = calendar->event(CalendarExport::interviewUid(7));
    QVERIFY(event);
    QCOMPARE(event->dtStart().toMSecsSinceEpoch(), start.toMSecsSinceEpoch());
    QCOMPARE(event->dtEnd().toMSecsSinceEpoch(), start.addSecs(30 * 60).toMSecsSinceEpoch());
    // The reminders keep their dates.
    const QList<Reminder> due = Reminders::forInterview(held, ReminderSettings(), Now);
    for (const Reminder &reminder : due) {
        if (reminder.kind == Reminder::Kind::UpcomingConversation || !reminder.due.isValid())
            continue;
        const Event::Ptr allDay = calendar->event(CalendarExport::reminderUid(held.id, reminder.kind));
        QVERIFY(allDay);
        QVERIFY(allDay->allDay());
        QCOMPARE(allDay->dtStart().date(), reminder.due);
    }
}

void TestCalendarExport::summaries_data()
{
    QTest::addColumn<qint64>("contactId");
    QTest::addColumn<qint64>("organisationId");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("reminder");

    QTest::newRow("name and organisation")
        << AdaId << EnginesId << QStringLiteral("Product management")
        << QStringLiteral("Informational interview with Ada Lovelace (Analytical Engines)")
        << QStringLiteral("Send a thank-you note – Ada Lovelace");
    QTest::newRow("organisation from the contact's company")
        << AdaId << qint64(0) << QStringLiteral("Product management")
        << QStringLiteral("Informational interview with Ada Lovelace (Babbage & Co)")
        << QStringLiteral("Send a thank-you note – Ada Lovelace");
    QTest::newRow("name only") << GraceId << qint64(0) << QStringLiteral("Product management")
                               << QStringLiteral("Informational interview with Grace")
                               << QStringLiteral("Send a thank-you note – Grace");
    QTest::newRow("organisation only") << qint64(0) << EnginesId << QStringLiteral("Product management")
                                       << QStringLiteral("Informational interview at Analytical Engines")
                                       << QStringLiteral("Send a thank-you note – Analytical Engines");
    QTest::newRow("only a topic") << qint64(0) << qint64(0) << QStringLiteral("Product management")
                                  << QStringLiteral("Informational interview")
                                  << QStringLiteral("Send a thank-you note – Product management");
    QTest::newRow("nothing") << qint64(0) << qint64(0) << QString() << QStringLiteral("Informational interview")
                             << QStringLiteral("Send a thank-you note");
    QTest::newRow("unknown ids") << qint64(99) << qint64(98) << QString() << QStringLiteral("Informational interview")
                                 << QStringLiteral("Send a thank-you note");
}

void TestCalendarExport::summaries()
{
    QFETCH(qint64, contactId);
    QFETCH(qint64, organisationId);
    QFETCH(QString, topic);
    QFETCH(QString, event);
    QFETCH(QString, reminder);

    // Held two days ago and no thank-you yet, so there is one event and one reminder.
    Interview i = interview(5, Step::Conduct, QDateTime(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::UTC));
    i.contactId = contactId;
    i.organisationId = organisationId;
    i.topic = topic;
    const auto calendar = parse(CalendarExport::toICalendar(input({i})));
    QVERIFY(calendar);
    const Event::Ptr e = calendar->event(CalendarExport::interviewUid(5));
    QVERIFY(e);
    QCOMPARE(e->summary(), event);
    const Event::Ptr r = calendar->event(CalendarExport::reminderUid(5, Reminder::Kind::SendThankYou));
    QVERIFY(r);
    QCOMPARE(r->summary(), reminder);
}

void TestCalendarExport::description_data()
{
    QTest::addColumn<Medium>("medium");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("goals");
    QTest::addColumn<QString>("description");

    QTest::newRow("everything") << Medium::Video << QStringLiteral("Product management")
                                << QStringLiteral("How roadmaps are made")
                                << QStringLiteral("Where: Video call\nTopic: Product management\n"
                                                  "What I want to learn: How roadmaps are made");
    QTest::newRow("coffee shop") << Medium::CoffeeShop << QString() << QString()
                                 << QStringLiteral("Where: Coffee shop");
    QTest::newRow("medium not decided") << Medium::Unknown << QStringLiteral("Product management") << QString()
                                        << QStringLiteral("Topic: Product management");
    QTest::newRow("multi-line goals") << Medium::Phone << QString()
                                      << QStringLiteral("  What a week looks like\nHow they got there\n")
                                      << QStringLiteral(
                                             "Where: Phone call\n"
                                             "What I want to learn: What a week looks like\nHow they got there");
    QTest::newRow("nothing") << Medium::Unknown << QString() << QStringLiteral("   ") << QString();
}

void TestCalendarExport::description()
{
    QFETCH(Medium, medium);
    QFETCH(QString, topic);
    QFETCH(QString, goals);
    QFETCH(QString, description);

    Interview i = interview(5, Step::Conduct, QDateTime(QDate(2026, 3, 20), QTime(12, 0), QTimeZone::UTC));
    i.medium = medium;
    i.topic = topic;
    i.learningGoals = goals;
    const auto calendar = parse(CalendarExport::toICalendar(input({i})));
    QVERIFY(calendar);
    const Event::Ptr e = calendar->event(CalendarExport::interviewUid(5));
    QVERIFY(e);
    QCOMPARE(e->description(), description);
}

void TestCalendarExport::onlyScheduledActiveInterviews_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<bool>("scheduled");
    QTest::addColumn<bool>("exported");

    for (Step step : StepNames::all()) {
        const QByteArray key = StepNames::key(step).toUtf8();
        QTest::newRow(QByteArray(key + ", scheduled").constData()) << step << true << StepNames::isActive(step);
        QTest::newRow(QByteArray(key + ", not scheduled").constData()) << step << false << false;
    }
}

void TestCalendarExport::onlyScheduledActiveInterviews()
{
    QFETCH(Step, step);
    QFETCH(bool, scheduled);
    QFETCH(bool, exported);

    const QDateTime at = scheduled ? QDateTime(QDate(2026, 3, 20), QTime(12, 0), QTimeZone::UTC) : QDateTime();
    CalendarExport::Counts counts;
    const auto calendar = parse(CalendarExport::toICalendar(input({interview(8, step, at)}), &counts));
    QVERIFY(calendar);
    QCOMPARE(counts.interviews, exported ? 1 : 0);
    QCOMPARE(bool(calendar->event(CalendarExport::interviewUid(8))), exported);
    QCOMPARE(calendar->events().size() - allDayEvents(calendar).size(), exported ? 1 : 0);
}

void TestCalendarExport::reminders_data()
{
    QTest::addColumn<Interview>("interview");
    QTest::addColumn<Dues>("dues");

    {
        // Outreach on Monday 2 March: three and seven business days later.
        Interview i = interview(11, Step::Contact);
        i.outreachSentOn = QDate(2026, 3, 2);
        QTest::newRow("no reply yet") << i
                                      << Dues{{Reminder::Kind::ContactSecondPerson, QDate(2026, 3, 5)},
                                              {Reminder::Kind::SendFollowUp, QDate(2026, 3, 11)}};
    }
    {
        Interview i = interview(11, Step::Contact);
        i.outreachSentOn = QDate(2026, 1, 5);
        QTest::newRow("overdue keep their due date") << i
                                                     << Dues{{Reminder::Kind::ContactSecondPerson, QDate(2026, 1, 8)},
                                                             {Reminder::Kind::SendFollowUp, QDate(2026, 1, 14)}};
    }
    {
        Interview i = interview(11, Step::Contact);
        i.outreachSentOn = QDate(2026, 3, 2);
        i.replyReceivedOn = QDate(2026, 3, 3);
        QTest::newRow("they replied") << i << Dues{};
    }
    QTest::newRow("conversation held, no thank-you yet")
        << interview(12, Step::Conduct, QDateTime(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::UTC))
        << Dues{{Reminder::Kind::SendThankYou, QDate(2026, 3, 4)}};
    QTest::newRow("conversation coming up: only the event")
        << interview(12, Step::Conduct, QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::UTC)) << Dues{};
    {
        Interview i = interview(13, Step::Declined, QDateTime(QDate(2026, 2, 18), QTime(12, 0), QTimeZone::UTC));
        i.closedOn = QDate(2026, 2, 20);
        QTest::newRow("declined") << i << Dues{{Reminder::Kind::AskForReferral, QDate(2026, 2, 20)}};
    }
    {
        Interview i = interview(14, Step::Completed, QDateTime(QDate(2026, 2, 27), QTime(12, 0), QTimeZone::UTC));
        i.thankYouSentOn = QDate(2026, 3, 1);
        i.closedOn = QDate(2026, 3, 1);
        QTest::newRow("completed: touch base") << i << Dues{{Reminder::Kind::TouchBase, QDate(2026, 3, 15)}};
    }
    {
        Interview i = interview(15, Step::FollowUp, QDateTime(QDate(2026, 2, 27), QTime(12, 0), QTimeZone::UTC));
        i.thankYouSentOn = QDate(2026, 3, 1);
        i.nextTouchBaseOn = QDate(2026, 4, 1);
        QTest::newRow("touch base on the chosen date") << i << Dues{{Reminder::Kind::TouchBase, QDate(2026, 4, 1)}};
    }
}

void TestCalendarExport::reminders()
{
    QFETCH(Interview, interview);
    QFETCH(Dues, dues);

    CalendarExport::Counts counts;
    const QByteArray text = CalendarExport::toICalendar(input({interview}, QTimeZone("America/New_York")), &counts);
    QCOMPARE(counts.reminders, dues.size());
    const auto calendar = parse(text);
    QVERIFY(calendar);
    QCOMPARE(allDayEvents(calendar).size(), dues.size());
    for (const Due &due : std::as_const(dues)) {
        const QString uid = CalendarExport::reminderUid(interview.id, due.kind);
        const Event::Ptr event = calendar->event(uid);
        QVERIFY2(event, qPrintable(uid));
        QVERIFY(event->allDay());
        QCOMPARE(event->dtStart().date(), due.date);
        const QByteArray dtstart = "DTSTART;VALUE=DATE:" + due.date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
        QVERIFY2(text.contains(QByteArray(dtstart + "\r\n")), text.constData());
        // An explicit, exclusive end: one day, for apps that do not assume it.
        const QByteArray dtend =
            "DTEND;VALUE=DATE:" + due.date.addDays(1).toString(QStringLiteral("yyyyMMdd")).toLatin1();
        QVERIFY2(text.contains(QByteArray(dtend + "\r\n")), text.constData());
        QCOMPARE(event->dtEnd().date(), due.date); // KCalendarCore's all-day end is inclusive
        QCOMPARE(event->transparency(), Event::Transparent);
        QVERIFY(event->alarms().isEmpty());
        QCOMPARE(event->summary(), Reminders::title(due.kind) + QStringLiteral(" – Ada Lovelace"));
        QCOMPARE(event->description(), Reminders::advice(due.kind));
    }
}

void TestCalendarExport::userTextSurvivesLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("escaped"); // as RFC 5545 writes it, if checked

    QTest::newRow("commas and semicolons") << QStringLiteral("Lunch, then coffee; maybe cake, too;")
                                           << QByteArray("Lunch\\, then coffee\\; maybe cake\\, too\\;");
    QTest::newRow("newlines") << QStringLiteral("First line\nSecond line\n\nFourth, after a blank")
                              << QByteArray("First line\\nSecond line\\n\\nFourth\\, after a blank");
    QTest::newRow("HTML") << QStringLiteral("<b>bold</b> & <i>x</i> &amp; <script>alert(1)</script>")
                          << QByteArray("<b>bold</b> & <i>x</i> &amp\\; <script>alert(1)</script>");
    QTest::newRow("backslashes") << QStringLiteral("C:\\Users\\ada\\notes.txt \\n is not a newline")
                                 << QByteArray("C:\\\\Users\\\\ada\\\\notes.txt \\\\n is not a newline");
    QTest::newRow("quotes and colons") << QStringLiteral("\"Quoted\": 'single' https://example.com/?a=1&b=2")
                                       << QByteArray("\"Quoted\": 'single' https://example.com/?a=1&b=2");
    QTest::newRow("placeholders") << QStringLiteral("%1 %2 %n %L1") << QByteArray("%1 %2 %n %L1");
    QTest::newRow("non-ASCII, folded") << QStringLiteral("Zoë Ødegård — ☕ 東京で会いましょう ").repeated(5).trimmed()
                                       << QByteArray();
    QTest::newRow("tab") << QStringLiteral("before\tafter") << QByteArray();
}

void TestCalendarExport::userTextSurvivesLiterally()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, escaped);

    CalendarExport::Input in = input({});
    in.contacts[AdaId].firstName = text;
    in.contacts[AdaId].lastName.clear();
    in.organisations[EnginesId].name = text;
    Interview i = interview(21, Step::Conduct, QDateTime(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::UTC));
    i.topic = text;
    i.learningGoals = text;
    i.location = text;
    in.interviews = {i};

    const QByteArray ics = CalendarExport::toICalendar(in);
    const auto calendar = parse(ics);
    QVERIFY(calendar);
    const Event::Ptr event = calendar->event(CalendarExport::interviewUid(21));
    QVERIFY(event);
    QCOMPARE(event->summary(),
             QStringLiteral("Informational interview with ") + text + QStringLiteral(" (") + text + QLatin1Char(')'));
    QCOMPARE(event->location(), text);
    QCOMPARE(event->description(),
             QStringLiteral("Where: Video call\nTopic: ") + text + QStringLiteral("\nWhat I want to learn: ") + text);
    QVERIFY(!event->summaryIsRich());
    QVERIFY(!event->descriptionIsRich());
    QVERIFY(!event->locationIsRich());

    const Event::Ptr reminder = calendar->event(CalendarExport::reminderUid(21, Reminder::Kind::SendThankYou));
    QVERIFY(reminder);
    QCOMPARE(reminder->summary(), Reminders::title(Reminder::Kind::SendThankYou) + QStringLiteral(" – ") + text);

    if (!escaped.isEmpty())
        QVERIFY2(unfolded(ics).contains(QByteArray("LOCATION:" + escaped + "\r\n")), ics.constData());
    QVERIFY(!ics.contains("X-ALT-DESC")); // no HTML alternative for other apps to render
    for (const QByteArray &line : ics.split('\n'))
        QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + CR
}

void TestCalendarExport::stableUids()
{
    QCOMPARE(CalendarExport::interviewUid(7), QStringLiteral("interview-7@coffeechat"));
    QCOMPARE(CalendarExport::reminderUid(7, Reminder::Kind::SendThankYou),
             QStringLiteral("reminder-7-thank-you@coffeechat"));
    QCOMPARE(CalendarExport::reminderUid(7, Reminder::Kind::ContactSecondPerson),
             QStringLiteral("reminder-7-second-person@coffeechat"));
    QCOMPARE(CalendarExport::reminderUid(7, Reminder::Kind::SendFollowUp),
             QStringLiteral("reminder-7-follow-up@coffeechat"));
    QCOMPARE(CalendarExport::reminderUid(7, Reminder::Kind::AskForReferral),
             QStringLiteral("reminder-7-referral@coffeechat"));
    QCOMPARE(CalendarExport::reminderUid(7, Reminder::Kind::TouchBase),
             QStringLiteral("reminder-7-touch-base@coffeechat"));
}

void TestCalendarExport::emptyCalendar()
{
    CalendarExport::Counts counts{3, 4};
    const QByteArray text = CalendarExport::toICalendar(input({}), &counts);
    QCOMPARE(counts.interviews, 0);
    QCOMPARE(counts.reminders, 0);
    QVERIFY2(text.startsWith("BEGIN:VCALENDAR\r\n"), text.constData());
    QVERIFY(text.contains("\r\nVERSION:2.0\r\n"));
    QVERIFY(text.contains("\r\nPRODID:-//Coffee Chat//Coffee Chat//EN\r\n"));
    QVERIFY(text.trimmed().endsWith("END:VCALENDAR"));
    const auto calendar = parse(text);
    QVERIFY(calendar);
    QVERIFY(calendar->events().isEmpty());
    QVERIFY(calendar->todos().isEmpty());
}

void TestCalendarExport::sameInputSameText()
{
    Interview held = interview(12, Step::Conduct, QDateTime(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::UTC));
    Interview waiting = interview(11, Step::Contact, QDateTime(QDate(2026, 3, 20), QTime(12, 0), QTimeZone::UTC));
    waiting.outreachSentOn = QDate(2026, 3, 2);
    Interview unsaved = interview(13, Step::Conduct, QDateTime(QDate(2026, 3, 20), QTime(12, 0), QTimeZone::UTC));
    unsaved.createdAt = QDateTime();
    unsaved.updatedAt = QDateTime();
    const CalendarExport::Input in = input({held, waiting, unsaved});
    const QByteArray first = CalendarExport::toICalendar(in);
    QCOMPARE(CalendarExport::toICalendar(in), first);
    // Every timestamp comes from the interviews or the injected time, none from the clock.
    QCOMPARE(first.count("\r\nCREATED:20260201T080000Z\r\n"), 5);
    QCOMPARE(first.count("\r\nLAST-MODIFIED:20260202T080000Z\r\n"), 5);
    QCOMPARE(first.count("\r\nDTSTAMP:20260202T080000Z\r\n"), 5);
    QCOMPARE(first.count("\r\nCREATED:20260304T090000Z\r\n"), 1);
    QCOMPARE(first.count("\r\nDTSTAMP:20260304T090000Z\r\n"), 1);
    QCOMPARE(first.count("BEGIN:VEVENT"), 6);
}

void TestCalendarExport::writesFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("interviews.ics"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x')); // longer than the export: no tail may remain
    }
    Interview held = interview(12, Step::Conduct, QDateTime(QDate(2026, 3, 2), QTime(12, 0), QTimeZone::UTC));
    const CalendarExport::Input in = input({held});
    QString error;
    CalendarExport::Counts counts;
    QVERIFY(CalendarExport::write(in, path, &error, &counts));
    QVERIFY(error.isEmpty());
    QCOMPARE(counts.interviews, 1);
    QCOMPARE(counts.reminders, 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), CalendarExport::toICalendar(in));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("interviews.ics")});
}

void TestCalendarExport::refusesUnwritablePath_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("named");
    QTest::newRow("missing folder") << QStringLiteral("missing/out.ics") << QStringLiteral("out.ics");
    QTest::newRow("a folder") << QStringLiteral("folder.ics") << QStringLiteral("folder.ics");
    QTest::newRow("inside a file") << QStringLiteral("file.txt/out.ics") << QStringLiteral("out.ics");
}

void TestCalendarExport::refusesUnwritablePath()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.ics")));
    {
        QFile file(dir.filePath(QStringLiteral("file.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep");
    }
    QString error;
    QVERIFY(!CalendarExport::write(input({}), dir.filePath(relativePath), &error));
    QVERIFY2(error.contains(named), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not write")), qPrintable(error));
    QDir listing(dir.path());
    QCOMPARE(listing.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             (QStringList{QStringLiteral("file.txt"), QStringLiteral("folder.ics")}));
    QVERIFY(QDir(dir.filePath(QStringLiteral("folder.ics"))).isEmpty());
    QFile file(dir.filePath(QStringLiteral("file.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep"));
}

void TestCalendarExport::collectsFromStores()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY2(database.open(dir.filePath(QStringLiteral("collect.sqlite"))), qPrintable(database.errorString()));
    ContactStore contacts(&database);
    OrganisationStore organisations(&database);
    InterviewStore interviews(&database);
    EventStore events(&database);

    ContactBatch batch;
    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    Contact stranger;
    stranger.firstName = QStringLiteral("Not interviewed");
    Contact grace;
    grace.firstName = QStringLiteral("Grace");
    batch.inserts = {ada, stranger, grace};
    QString error;
    QVERIFY2(contacts.apply(batch, &error), qPrintable(error));
    QCOMPARE(contacts.count(), 3);
    const qint64 adaId = batch.inserts.at(0).id;
    const qint64 graceId = batch.inserts.at(2).id;
    Organisation engines;
    engines.name = QStringLiteral("Analytical Engines");
    QVERIFY2(organisations.insert(engines, &error), qPrintable(error));
    Interview i;
    i.contactId = adaId;
    i.introducedById = graceId;
    i.organisationId = engines.id;
    i.step = Step::Conduct;
    i.scheduledAt = QDateTime(QDate(2026, 3, 20), QTime(12, 0), QTimeZone::UTC);
    QVERIFY2(interviews.insert(i, &error), qPrintable(error));
    // A networking event, with people to look up, and one whose time is not known yet.
    NetworkingEvent meetup;
    meetup.name = QStringLiteral("Product meetup");
    meetup.startsAt = QDateTime(QDate(2026, 3, 24), QTime(18, 30), QTimeZone::UTC);
    meetup.place = QStringLiteral("The Lab, 4 Quay St");
    meetup.notes = QStringLiteral("Bring cards");
    QVERIFY2(events.insert(meetup,
                           {{graceId, QStringLiteral("Grace"), QStringLiteral("ask about the team")},
                            {0, QStringLiteral("Jordan Park"), QString()}},
                           &error),
             qPrintable(error));
    NetworkingEvent someday;
    someday.name = QStringLiteral("Alumni evening");
    QVERIFY(events.insert(someday, {}));

    const CalendarExport::Input in = CalendarExport::collect(interviews, contacts, organisations, events);
    QCOMPARE(in.interviews.size(), 1);
    QCOMPARE(in.interviews.constFirst().id, i.id);
    QList<qint64> named = in.contacts.keys();
    std::sort(named.begin(), named.end());
    QCOMPARE(named, QList<qint64>({adaId, graceId})); // only the people the interviews name
    QCOMPARE(in.organisations.value(engines.id).name, engines.name);
    QCOMPARE(in.settings, ReminderSettings::load());
    QVERIFY(in.now.isValid());

    const auto calendar = parse(CalendarExport::toICalendar(in));
    QVERIFY(calendar);
    const Event::Ptr event = calendar->event(CalendarExport::interviewUid(i.id));
    QVERIFY(event);
    QCOMPARE(event->summary(), QStringLiteral("Informational interview with Ada (Analytical Engines)"));
    // The conversation is long past: thanking whoever introduced Ada names them.
    const Event::Ptr thanks = calendar->event(CalendarExport::reminderUid(i.id, Reminder::Kind::ThankIntroducer));
    QVERIFY(thanks);
    QCOMPARE(thanks->summary(), QStringLiteral("Thank Grace for the introduction – Ada"));

    CalendarExport::Counts counts;
    CalendarExport::toICalendar(in, &counts);
    QCOMPARE(counts.events, 1); // the one with a time
    const Event::Ptr evening = calendar->event(CalendarExport::eventUid(meetup.id));
    QVERIFY(evening);
    QCOMPARE(evening->summary(), QStringLiteral("Product meetup"));
    QCOMPARE(evening->location(), QStringLiteral("The Lab, 4 Quay St"));
    QCOMPARE(evening->dtStart().toUTC(), meetup.startsAt);
    QCOMPARE(evening->dtEnd().toUTC(), meetup.startsAt.addSecs(2 * 60 * 60));
    QCOMPARE(evening->description(),
             QStringLiteral("Bring cards\nPeople to look up: Grace (ask about the team); Jordan Park"));
    QVERIFY(!calendar->event(CalendarExport::eventUid(someday.id)));
}

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
