#include "workflow/reminders.h"

#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {

// 2026-11-20 is a Friday. Times are local, so the dates below hold in any time zone.
QDateTime at(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

QString kindName(Reminder::Kind kind)
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
        return QStringLiteral("offer");
    }
    return QString();
}

// "#id kind due step", one line per reminder, so a failing comparison shows all of them.
QStringList describe(const QList<Reminder> &reminders)
{
    QStringList lines;
    for (const Reminder &r : reminders) {
        lines << QStringLiteral("#%1 %2 %3 %4")
                     .arg(r.interviewId)
                     .arg(kindName(r.kind), r.due.toString(Qt::ISODate), StepNames::key(r.openAt));
    }
    return lines;
}

Interview interview(qint64 id, Step step)
{
    Interview i;
    i.id = id;
    i.topic = QStringLiteral("Interview %1").arg(id);
    i.step = step;
    i.contactId = 10 + id;
    return i;
}

Interview waitingForReply(qint64 id, const QDate &outreach)
{
    Interview i = interview(id, Step::Contact);
    i.outreachSentOn = outreach;
    return i;
}

Interview scheduled(qint64 id, Step step, const QDateTime &when)
{
    Interview i = interview(id, step);
    i.outreachSentOn = when.date().addDays(-14);
    i.replyReceivedOn = when.date().addDays(-10);
    i.scheduledAt = when;
    return i;
}

Interview thanked(qint64 id, Step step, const QDate &thankYou)
{
    Interview i = scheduled(id, step, QDateTime(thankYou.addDays(-1), QTime(10, 0)));
    i.thankYouSentOn = thankYou;
    return i;
}

Interview declined(qint64 id, const QDate &closedOn)
{
    Interview i = interview(id, Step::Declined);
    i.outreachSentOn = closedOn.addDays(-5);
    i.replyReceivedOn = closedOn;
    i.closedOn = closedOn;
    i.closingReason = QStringLiteral("Too busy");
    return i;
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void businessDays_data();
    void businessDays();
    void forInterview_data();
    void forInterview();
    void upcomingKeepsItsTime();
    void openFiltersAndSorts_data();
    void openFiltersAndSorts();
    void listedFromWhenActionable_data();
    void listedFromWhenActionable();
    void decisionsHideReminders_data();
    void decisionsHideReminders();
    void aReplyAtTheEmployerStopsItsTimers_data();
    void aReplyAtTheEmployerStopsItsTimers();
    void whoAnswers_data();
    void whoAnswers();
    void keysRoundTrip();
    void customSettings();
    void overdue();
    void settingsRoundTrip();
    void settingsRefuseNonsense();

private:
    QList<Interview> mixedInterviews() const;
};

void TestReminders::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CoffeeChatTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reminders"));
    QSettings().remove(QStringLiteral("reminders"));
}

void TestReminders::cleanup()
{
    QSettings().remove(QStringLiteral("reminders"));
}

void TestReminders::businessDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("friday +1") << QDate(2026, 11, 20) << 1 << QDate(2026, 11, 23);
    QTest::newRow("friday +3") << QDate(2026, 11, 20) << 3 << QDate(2026, 11, 25);
    QTest::newRow("friday +5") << QDate(2026, 11, 20) << 5 << QDate(2026, 11, 27);
    QTest::newRow("friday +7") << QDate(2026, 11, 20) << 7 << QDate(2026, 12, 1);
    QTest::newRow("saturday +1") << QDate(2026, 11, 21) << 1 << QDate(2026, 11, 23);
    QTest::newRow("saturday +3") << QDate(2026, 11, 21) << 3 << QDate(2026, 11, 25);
    QTest::newRow("sunday +7") << QDate(2026, 11, 22) << 7 << QDate(2026, 12, 1);
    QTest::newRow("monday +3") << QDate(2026, 11, 23) << 3 << QDate(2026, 11, 26);
    QTest::newRow("wednesday +3") << QDate(2026, 11, 18) << 3 << QDate(2026, 11, 23);
    QTest::newRow("wednesday +7") << QDate(2026, 11, 18) << 7 << QDate(2026, 11, 27);
    QTest::newRow("thursday +10") << QDate(2026, 11, 19) << 10 << QDate(2026, 12, 3);
    QTest::newRow("over new year") << QDate(2026, 12, 31) << 2 << QDate(2027, 1, 4);
    QTest::newRow("zero stays") << QDate(2026, 11, 21) << 0 << QDate(2026, 11, 21);
}

void TestReminders::businessDays()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    const QDate result = BusinessDays::add(from, days);
    QCOMPARE(result, expected);
    if (days > 0)
        QVERIFY(BusinessDays::isBusinessDay(result));
}

void TestReminders::forInterview_data()
{
    QTest::addColumn<Interview>("interview");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QStringList>("expected");

    const QDateTime monday = at(2026, 11, 23);

    // No reply: approach a second person after 3 business days, follow up after 7.
    QTest::newRow("outreach on friday") << waitingForReply(1, QDate(2026, 11, 20)) << monday
                                        << QStringList{QStringLiteral("#1 second-person 2026-11-25 contact"),
                                                       QStringLiteral("#1 follow-up 2026-12-01 contact")};
    QTest::newRow("outreach on saturday") << waitingForReply(1, QDate(2026, 11, 21)) << monday
                                          << QStringList{QStringLiteral("#1 second-person 2026-11-25 contact"),
                                                         QStringLiteral("#1 follow-up 2026-12-01 contact")};
    QTest::newRow("outreach on wednesday") << waitingForReply(1, QDate(2026, 11, 18)) << monday
                                           << QStringList{QStringLiteral("#1 second-person 2026-11-23 contact"),
                                                          QStringLiteral("#1 follow-up 2026-11-27 contact")};
    Interview replied = waitingForReply(1, QDate(2026, 11, 20));
    replied.replyReceivedOn = QDate(2026, 11, 24);
    QTest::newRow("reply received") << replied << monday << QStringList();
    Interview followedUp = waitingForReply(1, QDate(2026, 11, 20));
    followedUp.followUpSentOn = QDate(2026, 12, 1);
    QTest::newRow("follow-up sent") << followedUp << monday << QStringList();
    Interview noDate = waitingForReply(1, QDate());
    noDate.outreachNote = QStringLiteral("Asked at the meetup");
    QTest::newRow("outreach without a date") << noDate << monday << QStringList();
    Interview preparing = waitingForReply(1, QDate(2026, 11, 20));
    preparing.step = Step::Prepare;
    QTest::newRow("not at contact") << preparing << monday << QStringList();

    // The thank-you note: two days after the conversation, once it has happened.
    QTest::newRow("thank-you at conduct") << scheduled(2, Step::Conduct, at(2026, 11, 18, 10)) << monday
                                          << QStringList{QStringLiteral("#2 thank-you 2026-11-20 follow-up")};
    QTest::newRow("thank-you at follow-up") << scheduled(2, Step::FollowUp, at(2026, 11, 18, 10)) << monday
                                            << QStringList{QStringLiteral("#2 thank-you 2026-11-20 follow-up")};
    QTest::newRow("thank-you late in the evening") << scheduled(2, Step::Conduct, at(2026, 11, 18, 23, 30)) << monday
                                                   << QStringList{QStringLiteral("#2 thank-you 2026-11-20 follow-up")};

    // Whoever introduced you: thanked by the same day as the person, once the conversation is held.
    Interview introduced = scheduled(2, Step::Conduct, at(2026, 11, 18, 10));
    introduced.introducedById = 40;
    QTest::newRow("introducer, conversation held")
        << introduced << monday
        << QStringList{QStringLiteral("#2 thank-you 2026-11-20 follow-up"),
                       QStringLiteral("#2 thank-introducer 2026-11-20 follow-up")};
    introduced.thankYouSentOn = QDate(2026, 11, 19);
    introduced.step = Step::FollowUp;
    QTest::newRow("introducer, person thanked")
        << introduced << monday
        << QStringList{QStringLiteral("#2 thank-introducer 2026-11-20 follow-up"),
                       QStringLiteral("#2 touch-base 2026-12-03 follow-up")};
    introduced.introducerThankedOn = QDate(2026, 11, 19);
    QTest::newRow("introducer thanked") << introduced << monday
                                        << QStringList{QStringLiteral("#2 touch-base 2026-12-03 follow-up")};
    Interview notYet = scheduled(2, Step::Conduct, at(2026, 11, 25, 10));
    notYet.introducedById = 40;
    QTest::newRow("introducer, conversation still to come")
        << notYet << monday << QStringList{QStringLiteral("#2 upcoming 2026-11-25 conduct")};
    Interview completedWithIntroducer = introduced;
    completedWithIntroducer.introducerThankedOn = QDate();
    completedWithIntroducer.step = Step::Completed;
    QTest::newRow("introducer, interview completed")
        << completedWithIntroducer << monday << QStringList{QStringLiteral("#2 touch-base 2026-12-03 follow-up")};

    // Deciding on an offer: its deadline, and thanks that arrive before the answer is due.
    Interview offer = interview(8, Step::Identify);
    offer.kind = InterviewKind::DecidingOnOffer;
    offer.offerDeadline = QDate(2026, 12, 3);
    QTest::newRow("offer, deadline ahead")
        << offer << monday << QStringList{QStringLiteral("#8 offer 2026-12-03 research")};
    Interview offerHeld = scheduled(8, Step::Conduct, at(2026, 11, 22, 10));
    offerHeld.kind = InterviewKind::DecidingOnOffer;
    offerHeld.introducedById = 40;
    offerHeld.offerDeadline = QDate(2026, 11, 23);
    QTest::newRow("offer, answer due before the usual two days")
        << offerHeld << monday
        << QStringList{QStringLiteral("#8 thank-you 2026-11-23 follow-up"),
                       QStringLiteral("#8 thank-introducer 2026-11-23 follow-up"),
                       QStringLiteral("#8 offer 2026-11-23 research")};
    offerHeld.offerDeadline = QDate(2026, 11, 20); // passed before the conversation
    QTest::newRow("offer, deadline passed after the conversation: answered")
        << offerHeld << monday
        << QStringList{QStringLiteral("#8 thank-you 2026-11-22 follow-up"),
                       QStringLiteral("#8 thank-introducer 2026-11-22 follow-up")};
    offerHeld.offerDeadline = QDate(2026, 12, 10); // later than the thanks: they keep their days
    QTest::newRow("offer, deadline later") << offerHeld << monday
                                           << QStringList{QStringLiteral("#8 thank-you 2026-11-24 follow-up"),
                                                          QStringLiteral("#8 thank-introducer 2026-11-24 follow-up"),
                                                          QStringLiteral("#8 offer 2026-12-10 research")};
    Interview decided = offer;
    decided.step = Step::Completed;
    QTest::newRow("offer, decided") << decided << monday << QStringList();
    Interview noDeadline = offer;
    noDeadline.offerDeadline = QDate();
    QTest::newRow("offer without a deadline") << noDeadline << monday << QStringList();
    Interview exploringWithDate = offer;
    exploringWithDate.kind = InterviewKind::Exploring; // a deadline left from before means nothing
    QTest::newRow("exploring, deadline kept") << exploringWithDate << monday << QStringList();

    // Conversations still to come.
    QTest::newRow("upcoming at contact") << scheduled(3, Step::Contact, at(2026, 11, 26, 14)) << monday
                                         << QStringList{QStringLiteral("#3 upcoming 2026-11-26 conduct")};
    QTest::newRow("upcoming at conduct") << scheduled(3, Step::Conduct, at(2026, 12, 30, 9)) << monday
                                         << QStringList{QStringLiteral("#3 upcoming 2026-12-30 conduct")};
    QTest::newRow("upcoming later today") << scheduled(3, Step::Conduct, at(2026, 11, 23, 16)) << monday
                                          << QStringList{QStringLiteral("#3 upcoming 2026-11-23 conduct")};
    QTest::newRow("held but still at contact")
        << scheduled(3, Step::Contact, at(2026, 11, 20, 9)) << monday << QStringList();

    // A decline: ask for a referral the day it ended, unless already asked.
    QTest::newRow("declined") << declined(4, QDate(2026, 11, 22)) << monday
                              << QStringList{QStringLiteral("#4 referral 2026-11-22 follow-up")};
    Interview asked = declined(4, QDate(2026, 11, 22));
    asked.referralRequestedOn = QDate(2026, 11, 22);
    QTest::newRow("declined, referral asked") << asked << monday << QStringList();

    // Touching base: 14 days after the thank-you, then monthly after the last time.
    QTest::newRow("first touch base") << thanked(5, Step::FollowUp, QDate(2026, 11, 19)) << monday
                                      << QStringList{QStringLiteral("#5 touch-base 2026-12-03 follow-up")};
    QTest::newRow("first touch base, completed") << thanked(5, Step::Completed, QDate(2026, 11, 19)) << monday
                                                 << QStringList{QStringLiteral("#5 touch-base 2026-12-03 follow-up")};
    Interview touched = thanked(5, Step::Completed, QDate(2026, 11, 19));
    touched.lastTouchBaseOn = QDate(2026, 12, 10);
    QTest::newRow("monthly after the last time")
        << touched << monday << QStringList{QStringLiteral("#5 touch-base 2027-01-10 follow-up")};
    touched.lastTouchBaseOn = QDate(2027, 1, 31);
    QTest::newRow("monthly from the 31st")
        << touched << monday << QStringList{QStringLiteral("#5 touch-base 2027-02-28 follow-up")};
    touched.lastTouchBaseOn = QDate(2026, 12, 10);
    touched.nextTouchBaseOn = QDate(2026, 12, 24);
    QTest::newRow("planned date wins") << touched << monday
                                       << QStringList{QStringLiteral("#5 touch-base 2026-12-24 follow-up")};

    // Nothing to do.
    Interview research = interview(6, Step::Research);
    research.learningGoals = QStringLiteral("Everything");
    QTest::newRow("research") << research << monday << QStringList();
    Interview noReply = waitingForReply(7, QDate(2026, 11, 2));
    noReply.step = Step::NoReply;
    noReply.closedOn = QDate(2026, 11, 16);
    QTest::newRow("no reply") << noReply << monday << QStringList();
}

void TestReminders::forInterview()
{
    QFETCH(Interview, interview);
    QFETCH(QDateTime, now);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(Reminders::forInterview(interview, ReminderSettings(), now)), expected);
}

void TestReminders::upcomingKeepsItsTime()
{
    const QDateTime when = at(2026, 11, 26, 14, 30);
    const QList<Reminder> reminders =
        Reminders::forInterview(scheduled(3, Step::Conduct, when), ReminderSettings(), at(2026, 11, 23));
    QCOMPARE(reminders.size(), 1);
    QCOMPARE(reminders.constFirst().at, when);
    QCOMPARE(reminders.constFirst().interviewId, qint64(3));

    // The minute it starts it is no longer coming up, and the thank-you is due instead.
    const QList<Reminder> after = Reminders::forInterview(scheduled(3, Step::Conduct, when), ReminderSettings(), when);
    QCOMPARE(describe(after), QStringList{QStringLiteral("#3 thank-you 2026-11-28 follow-up")});
}

QList<Interview> TestReminders::mixedInterviews() const
{
    return {
        waitingForReply(1, QDate(2026, 11, 20)), // second person 11-25, follow-up 12-01
        scheduled(2, Step::Conduct, at(2026, 11, 18, 10)), // thank-you 11-20
        scheduled(3, Step::Conduct, at(2026, 12, 1, 10)), // upcoming 12-01
        scheduled(4, Step::Contact, at(2026, 12, 3, 10)), // upcoming 12-03
        declined(5, QDate(2026, 11, 25)), // referral 11-25
        thanked(6, Step::FollowUp, QDate(2026, 11, 10)), // touch base 11-24
        scheduled(7, Step::Conduct, at(2026, 11, 25, 16)), // upcoming 11-25, later that day
        scheduled(8, Step::Contact, at(2026, 12, 2, 18)), // upcoming 12-02
        interview(9, Step::Research), // nothing
    };
}

void TestReminders::openFiltersAndSorts_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("wednesday") << at(2026, 11, 25, 12)
                               << QStringList{
                                      QStringLiteral("#2 thank-you 2026-11-20 follow-up"),
                                      QStringLiteral("#6 touch-base 2026-11-24 follow-up"),
                                      QStringLiteral("#1 second-person 2026-11-25 contact"),
                                      QStringLiteral("#5 referral 2026-11-25 follow-up"),
                                      QStringLiteral("#7 upcoming 2026-11-25 conduct"),
                                      QStringLiteral("#3 upcoming 2026-12-01 conduct"),
                                      QStringLiteral("#8 upcoming 2026-12-02 conduct"), // 7 days ahead: included
                                  };
    // A week later the follow-up is due, the conversation of the 25th has happened (its
    // thank-you is overdue; the one of the 1st is listed, due tomorrow), and the 3rd is close.
    QTest::newRow("wednesday a week later") << at(2026, 12, 2, 12)
                                            << QStringList{
                                                   QStringLiteral("#2 thank-you 2026-11-20 follow-up"),
                                                   QStringLiteral("#6 touch-base 2026-11-24 follow-up"),
                                                   QStringLiteral("#1 second-person 2026-11-25 contact"),
                                                   QStringLiteral("#5 referral 2026-11-25 follow-up"),
                                                   QStringLiteral("#7 thank-you 2026-11-27 follow-up"),
                                                   QStringLiteral("#1 follow-up 2026-12-01 contact"),
                                                   QStringLiteral("#8 upcoming 2026-12-02 conduct"),
                                                   QStringLiteral("#3 thank-you 2026-12-03 follow-up"),
                                                   QStringLiteral("#4 upcoming 2026-12-03 conduct"),
                                               };
    QTest::newRow("before any of it") << at(2026, 11, 1, 12) << QStringList();
}

void TestReminders::openFiltersAndSorts()
{
    QFETCH(QDateTime, now);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(Reminders::open(mixedInterviews(), ReminderSettings(), now)), expected);
}

// Each task is listed from the day it becomes something to do, not only once it is due.
void TestReminders::listedFromWhenActionable_data()
{
    QTest::addColumn<Interview>("interview");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QStringList>("expected");

    // Conversation on Monday the 23rd at 10:00: the thank-you is due on Wednesday the 25th.
    const Interview held = scheduled(1, Step::Conduct, at(2026, 11, 23, 10));
    QTest::newRow("thank-you: before the conversation")
        << held << at(2026, 11, 23, 9) << QStringList{QStringLiteral("#1 upcoming 2026-11-23 conduct")};
    QTest::newRow("thank-you: right after it")
        << held << at(2026, 11, 23, 11) << QStringList{QStringLiteral("#1 thank-you 2026-11-25 follow-up")};
    Interview movedOn = held;
    movedOn.step = Step::FollowUp;
    QTest::newRow("thank-you: moved to follow up the same day")
        << movedOn << at(2026, 11, 23, 18) << QStringList{QStringLiteral("#1 thank-you 2026-11-25 follow-up")};
    QTest::newRow("thank-you: on the day it is due")
        << held << at(2026, 11, 25, 12) << QStringList{QStringLiteral("#1 thank-you 2026-11-25 follow-up")};
    QTest::newRow("thank-you: overdue") << held << at(2026, 12, 10, 12)
                                        << QStringList{QStringLiteral("#1 thank-you 2026-11-25 follow-up")};

    // An offer to answer by Thursday 3 December: on the list from the week before.
    Interview offer = interview(3, Step::Prepare);
    offer.kind = InterviewKind::DecidingOnOffer;
    offer.offerDeadline = QDate(2026, 12, 3);
    QTest::newRow("offer: eight days before") << offer << at(2026, 11, 25) << QStringList();
    QTest::newRow("offer: a week before")
        << offer << at(2026, 11, 26) << QStringList{QStringLiteral("#3 offer 2026-12-03 research")};
    QTest::newRow("offer: past its deadline")
        << offer << at(2026, 12, 4) << QStringList{QStringLiteral("#3 offer 2026-12-03 research")};

    // Outreach on Friday the 20th: a second person from Wednesday the 25th, a follow-up from the 1st.
    const Interview waiting = waitingForReply(2, QDate(2026, 11, 20));
    QTest::newRow("no reply: two business days later") << waiting << at(2026, 11, 24) << QStringList();
    QTest::newRow("no reply: three business days later")
        << waiting << at(2026, 11, 25) << QStringList{QStringLiteral("#2 second-person 2026-11-25 contact")};
    QTest::newRow("no reply: seven business days later")
        << waiting << at(2026, 12, 1)
        << QStringList({QStringLiteral("#2 second-person 2026-11-25 contact"),
                        QStringLiteral("#2 follow-up 2026-12-01 contact")});
    Interview replied = waiting;
    replied.replyReceivedOn = QDate(2026, 11, 24);
    QTest::newRow("no reply: they answered") << replied << at(2026, 12, 1) << QStringList();

    const Interview touch = thanked(3, Step::FollowUp, QDate(2026, 11, 10)); // first touch base 11-24
    QTest::newRow("touch base: not yet") << touch << at(2026, 11, 23) << QStringList();
    QTest::newRow("touch base: due") << touch << at(2026, 11, 24)
                                     << QStringList{QStringLiteral("#3 touch-base 2026-11-24 follow-up")};
    QTest::newRow("declined: referral ask at once") << declined(4, QDate(2026, 11, 25)) << at(2026, 11, 25, 9)
                                                    << QStringList{QStringLiteral("#4 referral 2026-11-25 follow-up")};
}

void TestReminders::listedFromWhenActionable()
{
    QFETCH(Interview, interview);
    QFETCH(QDateTime, now);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(Reminders::open({interview}, ReminderSettings(), now)), expected);
    const std::optional<Reminder> next = Reminders::next(interview, ReminderSettings(), now);
    QCOMPARE(next.has_value(), !expected.isEmpty());
    if (next)
        QCOMPARE(describe({*next}).constFirst(), expected.constFirst());
}

// Done and dismissed hide a reminder for good, snoozed until its day; each applies to one
// occasion only (the reminder's kind and due date).
void TestReminders::decisionsHideReminders_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QDate>("decidedDue");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QStringList>("expected");

    const QString thankYou = QStringLiteral("#1 thank-you 2026-11-20 follow-up");
    const QString referral = QStringLiteral("#2 referral 2026-11-18 follow-up");
    const QDate due(2026, 11, 20);
    const int done = int(ReminderAction::Choice::Done);
    const int snoozed = int(ReminderAction::Choice::Snoozed);
    const int dismissed = int(ReminderAction::Choice::Dismissed);
    QTest::newRow("dismissed") << dismissed << QDate() << due << at(2026, 11, 25) << QStringList{referral};
    QTest::newRow("done") << done << QDate() << due << at(2027, 3, 1) << QStringList{referral};
    QTest::newRow("snoozed, before its day")
        << snoozed << QDate(2026, 11, 26) << due << at(2026, 11, 25) << QStringList{referral};
    QTest::newRow("snoozed, on its day") << snoozed << QDate(2026, 11, 26) << due << at(2026, 11, 26)
                                         << QStringList{referral, thankYou};
    QTest::newRow("another occasion") << dismissed << QDate() << QDate(2026, 11, 19) << at(2026, 11, 25)
                                      << QStringList{referral, thankYou};
}

void TestReminders::decisionsHideReminders()
{
    QFETCH(int, choice);
    QFETCH(QDate, until);
    QFETCH(QDate, decidedDue);
    QFETCH(QDateTime, now);
    QFETCH(QStringList, expected);
    const QList<Interview> interviews = {scheduled(1, Step::Conduct, at(2026, 11, 18, 10)),
                                         declined(2, QDate(2026, 11, 18))};
    ReminderAction action;
    action.interviewId = 1;
    action.kind = Reminder::Kind::SendThankYou;
    action.due = decidedDue;
    action.choice = ReminderAction::Choice(choice);
    action.until = until;
    const ReminderActions actions({action});
    QCOMPARE(describe(Reminders::open(interviews, ReminderSettings(), now, actions)), expected);
}

void TestReminders::keysRoundTrip()
{
    QSet<QString> keys;
    for (Reminder::Kind kind :
         {Reminder::Kind::UpcomingConversation, Reminder::Kind::SendThankYou, Reminder::Kind::ContactSecondPerson,
          Reminder::Kind::SendFollowUp, Reminder::Kind::AskForReferral, Reminder::Kind::TouchBase}) {
        const QString key = Reminders::key(kind);
        QVERIFY(!key.isEmpty());
        QVERIFY(!keys.contains(key));
        keys << key;
        QCOMPARE(Reminders::fromKey(key), kind);
    }
    QCOMPARE(Reminders::fromKey(QStringLiteral("nonsense")), std::nullopt);
    for (ReminderAction::Choice choice :
         {ReminderAction::Choice::Done, ReminderAction::Choice::Snoozed, ReminderAction::Choice::Dismissed})
        QCOMPARE(Reminders::choiceFromKey(Reminders::choiceKey(choice)), choice);
}

void TestReminders::customSettings()
{
    ReminderSettings settings;
    settings.thankYouWithinDays = 1;
    settings.secondPersonAfterBusinessDays = 1;
    settings.followUpAfterBusinessDays = 5;
    settings.firstTouchBaseAfterDays = 7;
    settings.touchBaseEveryMonths = 3;
    settings.upcomingWithinDays = 1;
    const QDateTime monday = at(2026, 11, 23);

    QCOMPARE(describe(Reminders::forInterview(scheduled(1, Step::Conduct, at(2026, 11, 18, 10)), settings, monday)),
             QStringList{QStringLiteral("#1 thank-you 2026-11-19 follow-up")});
    QCOMPARE(describe(Reminders::forInterview(waitingForReply(2, QDate(2026, 11, 20)), settings, monday)),
             QStringList({QStringLiteral("#2 second-person 2026-11-23 contact"),
                          QStringLiteral("#2 follow-up 2026-11-27 contact")}));
    QCOMPARE(describe(Reminders::forInterview(thanked(3, Step::FollowUp, QDate(2026, 11, 19)), settings, monday)),
             QStringList{QStringLiteral("#3 touch-base 2026-11-26 follow-up")});
    Interview touched = thanked(4, Step::Completed, QDate(2026, 11, 19));
    touched.lastTouchBaseOn = QDate(2026, 11, 30);
    QCOMPARE(describe(Reminders::forInterview(touched, settings, monday)),
             QStringList{QStringLiteral("#4 touch-base 2027-02-28 follow-up")});

    // Only tomorrow's conversation is close enough to list.
    const QList<Interview> coming = {scheduled(5, Step::Conduct, at(2026, 11, 24, 9)),
                                     scheduled(6, Step::Conduct, at(2026, 11, 25, 9))};
    QCOMPARE(describe(Reminders::open(coming, settings, monday)),
             QStringList{QStringLiteral("#5 upcoming 2026-11-24 conduct")});
    QCOMPARE(describe(Reminders::open(coming, ReminderSettings(), monday)),
             QStringList(
                 {QStringLiteral("#5 upcoming 2026-11-24 conduct"), QStringLiteral("#6 upcoming 2026-11-25 conduct")}));
}

void TestReminders::overdue()
{
    Reminder r;
    r.due = QDate(2026, 11, 20);
    QVERIFY(r.isOverdue(QDate(2026, 11, 21)));
    QVERIFY(!r.isOverdue(QDate(2026, 11, 20)));
    QVERIFY(!r.isOverdue(QDate(2026, 11, 19)));
}

void TestReminders::settingsRoundTrip()
{
    QVERIFY(QStandardPaths::isTestModeEnabled());
    QCOMPARE(ReminderSettings::load(), ReminderSettings());

    ReminderSettings custom;
    custom.thankYouWithinDays = 1;
    custom.secondPersonAfterBusinessDays = 4;
    custom.followUpAfterBusinessDays = 10;
    custom.firstTouchBaseAfterDays = 21;
    custom.touchBaseEveryMonths = 2;
    custom.upcomingWithinDays = 14;
    QVERIFY(!(custom == ReminderSettings()));
    custom.save();
    QCOMPARE(ReminderSettings::load(), custom);
    QCOMPARE(QSettings().value(QStringLiteral("reminders/thankYouWithinDays")).toInt(), 1);
}

void TestReminders::settingsRefuseNonsense()
{
    QSettings settings;
    settings.setValue(QStringLiteral("reminders/thankYouWithinDays"), QStringLiteral("soon"));
    settings.setValue(QStringLiteral("reminders/followUpAfterBusinessDays"), -3);
    settings.setValue(QStringLiteral("reminders/touchBaseEveryMonths"), 400);
    settings.setValue(QStringLiteral("reminders/upcomingWithinDays"), 3);
    ReminderSettings expected;
    expected.upcomingWithinDays = 3;
    QCOMPARE(ReminderSettings::load(), expected);
}

// Outreach to two people at one employer (Wednesday 4 November 2026, then Monday 9th): each has
// its second-person and follow-up timers, until anyone there replies; a reply elsewhere, or at no
// employer, stops nothing.
void TestReminders::aReplyAtTheEmployerStopsItsTimers_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("replyFrom"); // 0 nobody, 1 the first, 2 the second, 3 someone at another employer
    QTest::addColumn<QStringList>("expected"); // "interview:kind"
    const QDate wed4 = QDate(2026, 11, 4);
    QTest::newRow("day 2: nothing yet") << wed4.addDays(2) << 0 << QStringList();
    QTest::newRow("3 business days: the first's second person")
        << QDate(2026, 11, 9) << 0 << QStringList{QStringLiteral("1:contact-second-person")};
    // Due Monday 9th, Thursday 12th (the second's) and Friday 13th (the first's follow-up).
    QTest::newRow("7 business days: and its follow-up; the second's second person")
        << QDate(2026, 11, 13) << 0
        << QStringList{QStringLiteral("1:contact-second-person"), QStringLiteral("2:contact-second-person"),
                       QStringLiteral("1:send-follow-up")};
    QTest::newRow("the first replied: no timers there") << QDate(2026, 11, 13) << 1 << QStringList();
    QTest::newRow("the second replied: the first's stop too") << QDate(2026, 11, 13) << 2 << QStringList();
    QTest::newRow("a reply at another employer stops nothing")
        << QDate(2026, 11, 13) << 3
        << QStringList{QStringLiteral("1:contact-second-person"), QStringLiteral("2:contact-second-person"),
                       QStringLiteral("1:send-follow-up")};
}

void TestReminders::aReplyAtTheEmployerStopsItsTimers()
{
    QFETCH(QDate, today);
    QFETCH(int, replyFrom);
    QFETCH(QStringList, expected);
    const auto outreach = [](qint64 id, qint64 organisation, const QDate &sent) {
        Interview i;
        i.id = id;
        i.organisationId = organisation;
        i.step = Step::Contact;
        i.outreachSentOn = sent;
        return i;
    };
    QList<Interview> interviews = {outreach(1, 10, QDate(2026, 11, 4)), outreach(2, 10, QDate(2026, 11, 9)),
                                   outreach(3, 20, QDate(2026, 11, 4)), outreach(4, 0, QDate(2026, 11, 4))};
    // Interviews 3 and 4 have answered (another employer, and none): they have no timers.
    interviews[2].replyReceivedOn = QDate(2026, 11, 5);
    interviews[3].replyReceivedOn = QDate(2026, 11, 5);
    if (replyFrom == 1 || replyFrom == 2)
        interviews[replyFrom - 1].replyReceivedOn = today.addDays(-1);
    if (replyFrom == 3)
        interviews[2].replyReceivedOn = today.addDays(-1);
    QStringList open;
    for (const Reminder &r : Reminders::open(interviews, ReminderSettings(), QDateTime(today, QTime(9, 0))))
        open << QStringLiteral("%1:%2").arg(r.interviewId).arg(Reminders::key(r.kind));
    QCOMPARE(open, expected);
}

// Who answers: from the outreach (Wednesday 4 November 2026) to the reply, in business days;
// the latest outreach decides.
void TestReminders::whoAnswers_data()
{
    QTest::addColumn<QDate>("sent");
    QTest::addColumn<QDate>("replied");
    QTest::addColumn<QDate>("earlierSent"); // an older outreach, never answered
    QTest::addColumn<QString>("expected");
    const QDate wed4(2026, 11, 4);
    QTest::newRow("never contacted") << QDate() << QDate() << QDate() << QString();
    QTest::newRow("no reply yet") << wed4 << QDate() << QDate() << QStringLiteral("No reply yet");
    QTest::newRow("same day") << wed4 << wed4 << QDate() << QStringLiteral("Quick to answer");
    QTest::newRow("three business days, over a weekend")
        << wed4 << QDate(2026, 11, 9) << QDate() << QStringLiteral("Quick to answer");
    QTest::newRow("four business days") << wed4 << QDate(2026, 11, 10) << QDate() << QStringLiteral("Slow to answer");
    QTest::newRow("the latest outreach decides")
        << wed4 << QDate(2026, 11, 5) << QDate(2026, 9, 1) << QStringLiteral("Quick to answer");
    QTest::newRow("an older answered one does not")
        << QDate() << QDate() << QDate(2026, 9, 1) << QStringLiteral("No reply yet");
}

void TestReminders::whoAnswers()
{
    QFETCH(QDate, sent);
    QFETCH(QDate, replied);
    QFETCH(QDate, earlierSent);
    QFETCH(QString, expected);
    QList<Interview> theirs;
    if (sent.isValid()) {
        Interview i;
        i.id = 1;
        i.contactId = 7;
        i.outreachSentOn = sent;
        i.replyReceivedOn = replied;
        theirs << i;
    }
    if (earlierSent.isValid()) {
        Interview i;
        i.id = 2;
        i.contactId = 7;
        i.outreachSentOn = earlierSent;
        theirs << i;
    }
    QCOMPARE(Answering::text(Answering::of(theirs, ReminderSettings())), expected);
    const QHash<qint64, Answering::Kind> byContact = Answering::byContact(theirs, ReminderSettings());
    QCOMPARE(byContact.contains(7), !expected.isEmpty());
    QCOMPARE(BusinessDays::between(QDate(2026, 11, 6), QDate(2026, 11, 9)), 1); // Friday to Monday
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
