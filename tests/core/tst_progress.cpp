#include "workflow/progress.h"

#include "storage/contactstore.h"
#include "storage/database.h"
#include "translations.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Thursday 10 December 2026, noon. Its week starts on Monday 7 December; the last four weeks
// are those of 16 and 23 November, 30 November and 7 December.
const QDateTime Now(QDate(2026, 12, 10), QTime(12, 0));

QDate day(int month, int dayOfMonth)
{
    return QDate(2026, month, dayOfMonth);
}

// A hand-made history, one call per interview.
struct History {
    Progress::Input input;

    Interview &add(const QString &organisation = {}, Relationship relationship = Relationship::Unknown)
    {
        Interview interview;
        interview.id = input.interviews.size() + 1;
        interview.step = Step::Contact;
        input.interviews.append(interview);
        input.names.insert(interview.id, {u"Person %1"_s.arg(interview.id), organisation, relationship});
        return input.interviews.last();
    }
    // A conversation that took place (the interview went on to Follow up).
    static void held(Interview &interview, QDate date, Step step = Step::FollowUp)
    {
        interview.scheduledAt = QDateTime(date, QTime(10, 0));
        interview.step = step;
    }
    void referral(const Interview &interview, QDate date) { input.referralDates[interview.id].append(date); }
};

// Five interviews over the last two months: replied, unanswered, declined, replied and not yet
// held, and one written to before the period whose conversation and thank-you fall in it.
History mixed()
{
    History h;
    Interview &a = h.add(u"Acme"_s, Relationship::Alumni);
    a.outreachSentOn = day(11, 16);
    a.replyReceivedOn = day(11, 18);
    History::held(a, day(11, 24));
    a.thankYouSentOn = day(11, 25);
    h.referral(a, day(11, 25));

    Interview &b = h.add(u"Acme"_s, Relationship::Friend);
    b.outreachSentOn = day(11, 17);
    b.followUpSentOn = day(11, 24);
    b.step = Step::NoReply;

    Interview &c = h.add(u"Beta"_s, Relationship::LinkedIn);
    c.outreachSentOn = day(12, 1);
    c.step = Step::Declined;

    Interview &d = h.add(QString(), Relationship::LinkedIn);
    d.outreachSentOn = day(12, 2);
    d.replyReceivedOn = day(12, 8);
    d.scheduledAt = QDateTime(day(12, 14), QTime(9, 0)); // still to come
    d.step = Step::Conduct;

    Interview &e = h.add(u"Acme"_s, Relationship::Friend);
    e.outreachSentOn = day(10, 1);
    e.replyReceivedOn = day(11, 20);
    History::held(e, day(11, 27), Step::Completed);
    e.thankYouSentOn = day(12, 1); // four days later: late
    h.referral(e, QDate()); // recorded before referrals had dates
    return h;
}

ProgressWeek week(QDate start, int outreach, int replies, int conversations, int thankYous, int referrals)
{
    return {start, outreach, replies, conversations, thankYous, referrals};
}

ProgressGroup group(const QString &name, int reachedOut, int replied, int conversations, int withReferral,
                    int conversationsWithReferral, bool unnamed = false)
{
    return {name, reachedOut, replied, conversations, withReferral, conversationsWithReferral, unnamed};
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(QCoreApplication::instance()); // English plurals
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    void periods_data();
    void periods();
    void weeks_data();
    void weeks();
    void months_data();
    void months();
    void monthsAcrossAYear();
    void repliedAndOnTime_data();
    void repliedAndOnTime();
    void conversationsOnTheLocalDay();
    void byOutreach_data();
    void byOutreach();
    void breakdowns();
    void inWords_data();
    void inWords();
    void summary_data();
    void summary();
    void medianReplyTime_data();
    void medianReplyTime();
    void conversationsCountOnceHeld_data();
    void conversationsCountOnceHeld();
    void referralDatesAreStored();
};

void TestProgress::periods_data()
{
    QTest::addColumn<Progress::Input>("input");
    QTest::addColumn<Progress::Range>("range");
    QTest::addColumn<Qt::DayOfWeek>("firstDay");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("weeks");

    QTest::newRow("4 weeks") << Progress::Input() << Progress::Range::FourWeeks << Qt::Monday << day(11, 16) << 4;
    QTest::newRow("4 weeks from Sunday") << Progress::Input() << Progress::Range::FourWeeks << Qt::Sunday << day(11, 15)
                                         << 4;
    QTest::newRow("3 months") << Progress::Input() << Progress::Range::ThreeMonths << Qt::Monday << day(9, 14) << 13;
    QTest::newRow("all, nothing recorded")
        << Progress::Input() << Progress::Range::All << Qt::Monday << day(12, 7) << 1;
    // The first outreach was on Thursday 1 October: its week starts on 28 September.
    QTest::newRow("all, from the first date")
        << mixed().input << Progress::Range::All << Qt::Monday << day(9, 28) << 11;
    History typo;
    typo.add().outreachSentOn = QDate(1926, 12, 1); // a year mistyped: ten years back at most
    QTest::newRow("all, a mistyped year")
        << typo.input << Progress::Range::All << Qt::Monday << QDate(2016, 12, 5) << 523;
    History future;
    future.add().outreachSentOn = day(12, 24); // a date typed ahead of time
    QTest::newRow("all, only a date to come") << future.input << Progress::Range::All << Qt::Monday << day(12, 7) << 1;
}

void TestProgress::periods()
{
    QFETCH(Progress::Input, input);
    QFETCH(Progress::Range, range);
    QFETCH(Qt::DayOfWeek, firstDay);
    QFETCH(QDate, from);
    QFETCH(int, weeks);

    const Progress progress = Progress::compute(input, range, Now, firstDay);
    QCOMPARE(progress.from, from);
    QCOMPARE(progress.to, Now.date());
    QCOMPARE(progress.weeks.size(), weeks);
    for (qsizetype i = 0; i < progress.weeks.size(); ++i)
        QCOMPARE(progress.weeks.at(i).start, from.addDays(7 * i));
}

void TestProgress::weeks_data()
{
    QTest::addColumn<Progress::Input>("input");
    QTest::addColumn<QList<ProgressWeek>>("expected");

    QTest::newRow("nothing") << Progress::Input()
                             << QList<ProgressWeek>{week(day(11, 16), 0, 0, 0, 0, 0), week(day(11, 23), 0, 0, 0, 0, 0),
                                                    week(day(11, 30), 0, 0, 0, 0, 0), week(day(12, 7), 0, 0, 0, 0, 0)};
    QTest::newRow("mixed") << mixed().input
                           << QList<ProgressWeek>{week(day(11, 16), 2, 2, 0, 0, 0), week(day(11, 23), 0, 0, 2, 1, 1),
                                                  week(day(11, 30), 2, 0, 0, 1, 0), week(day(12, 7), 0, 1, 0, 0, 0)};
    History gaps; // weeks with nothing between two that have something
    gaps.add().outreachSentOn = day(11, 22); // a Sunday: the first week's last day
    gaps.add().outreachSentOn = day(12, 7); // a Monday: the last week's first day
    gaps.add().outreachSentOn = day(12, 11); // tomorrow: not yet
    gaps.add().outreachSentOn = day(11, 15); // the day before the period
    QTest::newRow("weeks with nothing") << gaps.input
                                        << QList<ProgressWeek>{
                                               week(day(11, 16), 1, 0, 0, 0, 0), week(day(11, 23), 0, 0, 0, 0, 0),
                                               week(day(11, 30), 0, 0, 0, 0, 0), week(day(12, 7), 1, 0, 0, 0, 0)};
}

void TestProgress::weeks()
{
    QFETCH(Progress::Input, input);
    QFETCH(QList<ProgressWeek>, expected);
    const Progress progress = Progress::compute(input, Progress::Range::FourWeeks, Now);
    QCOMPARE(progress.weeks, expected);
    QCOMPARE(progress.isEmpty(), std::all_of(expected.cbegin(), expected.cend(), [](const ProgressWeek &w) {
                 return w.outreach + w.replies + w.conversations + w.thankYous + w.referrals == 0;
             }));
}

void TestProgress::months_data()
{
    QTest::addColumn<Progress::Input>("input");
    QTest::addColumn<Progress::Range>("range");
    QTest::addColumn<QList<ProgressWeek>>("expected");

    // From the week of 28 September: September's three days hold nothing, 1 October's outreach
    // is October's although its week began in September.
    QTest::newRow("mixed, all") << mixed().input << Progress::Range::All
                                << QList<ProgressWeek>{week(day(9, 1), 0, 0, 0, 0, 0), week(day(10, 1), 1, 0, 0, 0, 0),
                                                       week(day(11, 1), 2, 2, 2, 1, 1),
                                                       week(day(12, 1), 2, 1, 0, 1, 0)};
    QTest::newRow("mixed, 4 weeks") << mixed().input << Progress::Range::FourWeeks
                                    << QList<ProgressWeek>{week(day(11, 1), 2, 2, 2, 1, 1),
                                                           week(day(12, 1), 2, 1, 0, 1, 0)};
    QTest::newRow("nothing, 3 months") << Progress::Input() << Progress::Range::ThreeMonths
                                       << QList<ProgressWeek>{
                                              week(day(9, 1), 0, 0, 0, 0, 0), week(day(10, 1), 0, 0, 0, 0, 0),
                                              week(day(11, 1), 0, 0, 0, 0, 0), week(day(12, 1), 0, 0, 0, 0, 0)};
}

void TestProgress::monthsAcrossAYear()
{
    History years; // a search across the turn of a year
    years.add().outreachSentOn = QDate(2025, 12, 31);
    years.add().outreachSentOn = QDate(2026, 1, 1);
    const Progress progress = Progress::compute(years.input, Progress::Range::All, Now);
    QCOMPARE(progress.months.size(), 13);
    QCOMPARE(progress.months.at(0), week(QDate(2025, 12, 1), 1, 0, 0, 0, 0));
    QCOMPARE(progress.months.at(1), week(QDate(2026, 1, 1), 1, 0, 0, 0, 0));
}

void TestProgress::months()
{
    QFETCH(Progress::Input, input);
    QFETCH(Progress::Range, range);
    QFETCH(QList<ProgressWeek>, expected);
    const Progress progress = Progress::compute(input, range, Now);
    QCOMPARE(progress.months, expected);
    // The months hold what the weeks hold.
    const auto total = [](const QList<ProgressWeek> &buckets) {
        int sum = 0;
        for (const ProgressWeek &b : buckets)
            sum += b.outreach + b.replies + b.conversations + b.thankYous + b.referrals;
        return sum;
    };
    QCOMPARE(total(progress.months), total(progress.weeks));
}

void TestProgress::repliedAndOnTime_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<QDate>("reply");
    QTest::addColumn<QDate>("conversation");
    QTest::addColumn<QDate>("thankYou");
    QTest::addColumn<int>("replied");
    QTest::addColumn<int>("onTime");

    QTest::newRow("moved to Conduct, no reply date") << Step::Conduct << QDate() << QDate() << QDate() << 1 << 0;
    QTest::newRow("completed without a time set") << Step::Completed << QDate() << QDate() << day(12, 3) << 1 << 0;
    QTest::newRow("still at Contact") << Step::Contact << QDate() << QDate() << QDate() << 0 << 0;
    QTest::newRow("no reply, given up") << Step::NoReply << QDate() << QDate() << QDate() << 0 << 0;
    QTest::newRow("thank-you the same day") << Step::FollowUp << day(12, 2) << day(12, 3) << day(12, 3) << 1 << 1;
    QTest::newRow("thank-you two days later") << Step::FollowUp << day(12, 2) << day(12, 3) << day(12, 5) << 1 << 1;
    QTest::newRow("thank-you three days later") << Step::FollowUp << day(12, 2) << day(12, 3) << day(12, 6) << 1 << 0;
    QTest::newRow("thank-you dated before the conversation")
        << Step::FollowUp << day(12, 2) << day(12, 3) << day(12, 1) << 1 << 0;
}

void TestProgress::repliedAndOnTime()
{
    QFETCH(Step, step);
    QFETCH(QDate, reply);
    QFETCH(QDate, conversation);
    QFETCH(QDate, thankYou);
    QFETCH(int, replied);
    QFETCH(int, onTime);

    History h;
    Interview &i = h.add();
    i.outreachSentOn = day(12, 1);
    i.replyReceivedOn = reply;
    if (conversation.isValid())
        i.scheduledAt = QDateTime(conversation, QTime(10, 0));
    i.step = step;
    i.thankYouSentOn = thankYou;
    const Progress progress = Progress::compute(h.input, Progress::Range::FourWeeks, Now);
    QCOMPARE(progress.overall.replied, replied);
    QCOMPARE(progress.thankYousOnTime, onTime);
}

// A conversation counts on the user's day, not UTC's: at 21:00 on a Sunday in New York it is
// already Monday in UTC, the next week. Read back from the store, as the page reads it.
void TestProgress::conversationsOnTheLocalDay()
{
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "America/New_York");
    const auto restore = qScopeGuard([zone] {
        if (zone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
    });
    if (QDateTime(day(11, 29), QTime(21, 0)).toUTC().date() != day(11, 30))
        QSKIP("this system does not follow TZ for local time");
    QTemporaryDir dir;
    Database database;
    QVERIFY(database.open(dir.filePath(u"local.db"_s)));
    InterviewStore interviews(&database);
    Interview interview;
    interview.step = Step::FollowUp;
    interview.scheduledAt = QDateTime(day(11, 29), QTime(21, 0)); // Sunday evening, local time
    interview.thankYouSentOn = day(12, 1); // two days later, where the user is
    QVERIFY(interviews.insert(interview));
    const Progress progress =
        Progress::compute(Progress::read(interviews), Progress::Range::FourWeeks, QDateTime(day(12, 10), QTime(12, 0)));
    QCOMPARE(progress.weeks.at(1).conversations, 1); // the week of 23 November
    QCOMPARE(progress.weeks.at(2).conversations, 0);
    QCOMPARE(progress.thankYousOnTime, 1);
}

void TestProgress::byOutreach_data()
{
    QTest::addColumn<Progress::Input>("input");
    QTest::addColumn<Progress::Range>("range");
    QTest::addColumn<ProgressGroup>("overall");
    QTest::addColumn<int>("conversations");
    QTest::addColumn<int>("thankYous");
    QTest::addColumn<int>("thankYousOnTime");
    QTest::addColumn<int>("referrals");

    // A replied; B never did; C declined (an answer); D replied, not met yet. E was written to
    // before the period: its conversation and late thank-you count by date, not by outreach.
    QTest::newRow("mixed, 4 weeks") << mixed().input << Progress::Range::FourWeeks << group({}, 4, 3, 1, 1, 1) << 2 << 2
                                    << 1 << 1;
    // E joins the outreach, and its referral without a date counts in the whole search.
    QTest::newRow("mixed, all") << mixed().input << Progress::Range::All << group({}, 5, 4, 2, 2, 2) << 2 << 2 << 1
                                << 2;
    QTest::newRow("nothing") << Progress::Input() << Progress::Range::All << group({}, 0, 0, 0, 0, 0) << 0 << 0 << 0
                             << 0;
    History declinedWithReferral; // "a decline is a chance to ask for a referral"
    Interview &declined = declinedWithReferral.add();
    declined.outreachSentOn = day(12, 1);
    declined.step = Step::Declined;
    declinedWithReferral.referral(declined, day(12, 2));
    QTest::newRow("a decline that brought a referral")
        << declinedWithReferral.input << Progress::Range::FourWeeks << group({}, 1, 1, 0, 1, 0) << 0 << 0 << 0 << 1;
    History noOutreachDate; // an outreach note without a date is not in any period
    noOutreachDate.add().outreachNote = u"Hi"_s;
    QTest::newRow("undated outreach") << noOutreachDate.input << Progress::Range::All << group({}, 0, 0, 0, 0, 0) << 0
                                      << 0 << 0 << 0;
}

void TestProgress::byOutreach()
{
    QFETCH(Progress::Input, input);
    QFETCH(Progress::Range, range);
    QFETCH(ProgressGroup, overall);
    QFETCH(int, conversations);
    QFETCH(int, thankYous);
    QFETCH(int, thankYousOnTime);
    QFETCH(int, referrals);

    const Progress progress = Progress::compute(input, range, Now);
    QCOMPARE(progress.overall, overall);
    QCOMPARE(progress.conversations, conversations);
    QCOMPARE(progress.thankYous, thankYous);
    QCOMPARE(progress.thankYousOnTime, thankYousOnTime);
    QCOMPARE(progress.referrals, referrals);
}

void TestProgress::breakdowns()
{
    const Progress progress = Progress::compute(mixed().input, Progress::Range::FourWeeks, Now);
    // Most reached first, then by name.
    QCOMPARE(progress.byRelationship,
             QList<ProgressGroup>({group(u"LinkedIn connection"_s, 2, 2, 0, 0, 0), group(u"Alumni"_s, 1, 1, 1, 1, 1),
                                   group(u"Friend"_s, 1, 0, 0, 0, 0)}));
    QCOMPARE(progress.byOrganisation,
             QList<ProgressGroup>({group(u"Acme"_s, 2, 1, 1, 1, 1), group(u"Beta"_s, 1, 1, 0, 0, 0),
                                   group(u"No organisation"_s, 1, 1, 0, 0, 0, true)}));
    QCOMPARE(progress.byOrganisation.first().replyRate(), 0.5);
    QCOMPARE(progress.byOrganisation.first().conversationRate(), 0.5);
    QCOMPARE(progress.byOrganisation.first().referralRate(), 1.0);
    QCOMPARE(ProgressGroup().replyRate(), 0.0);
    QCOMPARE(ProgressGroup().conversationRate(), 0.0);
    QCOMPARE(ProgressGroup().referralRate(), 0.0);

    // Those without a relationship or an organisation come last, whatever their count; an
    // organisation the user named "No organisation" is one of the named.
    History unnamed;
    for (int i = 0; i < 3; ++i)
        unnamed.add().outreachSentOn = day(12, 1);
    unnamed.add(u"No organisation"_s, Relationship::Friend).outreachSentOn = day(12, 1);
    const Progress last = Progress::compute(unnamed.input, Progress::Range::FourWeeks, Now);
    QCOMPARE(last.byOrganisation,
             QList<ProgressGroup>(
                 {group(u"No organisation"_s, 1, 0, 0, 0, 0), group(u"No organisation"_s, 3, 0, 0, 0, 0, true)}));
    QCOMPARE(last.byRelationship,
             QList<ProgressGroup>({group(u"Friend"_s, 1, 0, 0, 0, 0), group(u"Not recorded"_s, 3, 0, 0, 0, 0, true)}));

    // Names that differ only in spacing are one organisation; an unknown relationship is named.
    History h;
    h.add(u"  Acme  Corp "_s).outreachSentOn = day(12, 1);
    h.add(u"Acme Corp"_s).outreachSentOn = day(12, 2);
    const Progress spaced = Progress::compute(h.input, Progress::Range::FourWeeks, Now);
    QCOMPARE(spaced.byOrganisation, QList<ProgressGroup>({group(u"Acme Corp"_s, 2, 0, 0, 0, 0)}));
    QCOMPARE(spaced.byRelationship, QList<ProgressGroup>({group(u"Not recorded"_s, 2, 0, 0, 0, 0, true)}));
}

void TestProgress::inWords_data()
{
    QTest::addColumn<ProgressWeek>("week");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing") << week(day(11, 16), 0, 0, 0, 0, 0) << QString();
    QTest::newRow("one of each") << week(day(11, 16), 1, 1, 1, 1, 1)
                                 << u"1 reached out, 1 reply, 1 conversation, 1 thank-you note, 1 referral"_s;
    QTest::newRow("some") << week(day(11, 16), 2, 0, 3, 0, 2) << u"2 reached out, 3 conversations, 2 referrals"_s;
}

void TestProgress::inWords()
{
    QFETCH(ProgressWeek, week);
    QFETCH(QString, expected);
    QCOMPARE(Progress::inWords(week), expected);
}

void TestProgress::summary_data()
{
    QTest::addColumn<Progress::Input>("input");
    QTest::addColumn<Progress::Range>("range");
    QTest::addColumn<QString>("expected");

    QTest::newRow("mixed, 4 weeks")
        << mixed().input << Progress::Range::FourWeeks
        << u"Last 4 weeks: 4 reached out, 3 replied (75%), 2 conversations, 1 of 2 thank-you notes on time, "
           "1 referral."_s;
    QTest::newRow("mixed, all")
        << mixed().input << Progress::Range::All
        << u"Since the start: 5 reached out, 4 replied (80%), 2 conversations, 1 of 2 thank-you notes on time, "
           "2 referrals."_s;
    QTest::newRow("nothing") << Progress::Input() << Progress::Range::ThreeMonths
                             << u"Last 3 months: nothing recorded yet. Mark a first message as sent, and what "
                                "follows shows here."_s;
    History one;
    Interview &i = one.add();
    i.outreachSentOn = day(12, 1);
    i.replyReceivedOn = day(12, 2);
    History::held(i, day(12, 3));
    i.thankYouSentOn = day(12, 4);
    QTest::newRow("one of each, on time")
        << one.input << Progress::Range::FourWeeks
        << u"Last 4 weeks: 1 reached out, 1 replied (100%), 1 conversation, 1 thank-you note on time, 0 referrals."_s;
    History quiet; // a reply to an older message, and nothing sent
    quiet.add().replyReceivedOn = day(12, 1);
    QTest::newRow("no outreach in the period")
        << quiet.input << Progress::Range::FourWeeks << u"Last 4 weeks: 0 reached out, 0 conversations, 0 referrals."_s;
}

void TestProgress::summary()
{
    QFETCH(Progress::Input, input);
    QFETCH(Progress::Range, range);
    QFETCH(QString, expected);
    QCOMPARE(Progress::compute(input, range, Now).summary(QLocale(QLocale::English, QLocale::UnitedKingdom)), expected);
}

void TestProgress::medianReplyTime_data()
{
    QTest::addColumn<QList<int>>("replyDays"); // days from outreach to reply, -1: no reply
    QTest::addColumn<double>("median"); // -1: none
    QTest::addColumn<QString>("text");

    QTest::newRow("none") << QList<int>{-1, -1} << -1.0 << QString();
    QTest::newRow("one") << QList<int>{3} << 3.0 << u"3 days"_s;
    QTest::newRow("same day") << QList<int>{0, -1} << 0.0 << u"0 days"_s;
    QTest::newRow("odd") << QList<int>{9, 1, 2} << 2.0 << u"2 days"_s;
    QTest::newRow("even") << QList<int>{1, 2, 4, 10} << 3.0 << u"3 days"_s;
    QTest::newRow("even, half a day") << QList<int>{1, 2} << 1.5 << u"1.5 days"_s;
    QTest::newRow("one day") << QList<int>{1, -1, 1} << 1.0 << u"1 day"_s;
    QTest::newRow("a reply dated before the outreach is left out") << QList<int>{-5, 4} << 4.0 << u"4 days"_s;
}

void TestProgress::medianReplyTime()
{
    QFETCH(QList<int>, replyDays);
    QFETCH(double, median);
    QFETCH(QString, text);

    History h;
    for (int days : replyDays) {
        Interview &i = h.add();
        i.outreachSentOn = day(11, 20);
        if (days == -5)
            i.replyReceivedOn = day(11, 15);
        else if (days >= 0)
            i.replyReceivedOn = i.outreachSentOn.addDays(days);
    }
    const Progress progress = Progress::compute(h.input, Progress::Range::FourWeeks, Now);
    if (median < 0) {
        QVERIFY(!progress.medianReplyDays);
        return;
    }
    QVERIFY(progress.medianReplyDays);
    QCOMPARE(*progress.medianReplyDays, median);
    QCOMPARE(Progress::days(median, QLocale(QLocale::English)), text);
}

void TestProgress::conversationsCountOnceHeld_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<int>("counted");

    const QDate yesterday = Now.date().addDays(-1);
    QTest::newRow("held, then Follow up") << QDateTime(yesterday, QTime(9, 0)) << Step::FollowUp << QString() << 1;
    QTest::newRow("held, completed") << QDateTime(yesterday, QTime(9, 0)) << Step::Completed << QString() << 1;
    QTest::newRow("past, still at Conduct") << QDateTime(yesterday, QTime(9, 0)) << Step::Conduct << QString() << 0;
    QTest::newRow("past, at Conduct with notes")
        << QDateTime(yesterday, QTime(9, 0)) << Step::Conduct << u"They said…"_s << 1;
    QTest::newRow("later today") << QDateTime(Now.date(), QTime(15, 0)) << Step::FollowUp << QString() << 0;
    QTest::newRow("no time set") << QDateTime() << Step::FollowUp << u"notes"_s << 0;
    QTest::newRow("declined after a date was set")
        << QDateTime(yesterday, QTime(9, 0)) << Step::Declined << QString() << 0;
}

void TestProgress::conversationsCountOnceHeld()
{
    QFETCH(QDateTime, at);
    QFETCH(Step, step);
    QFETCH(QString, notes);
    QFETCH(int, counted);

    History h;
    Interview &i = h.add();
    i.scheduledAt = at;
    i.step = step;
    i.conversationNotes = notes;
    const Progress progress = Progress::compute(h.input, Progress::Range::FourWeeks, Now);
    QCOMPARE(progress.conversations, counted);
    QCOMPARE(progress.weeks.last().conversations, counted);
}

void TestProgress::referralDatesAreStored()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database database;
    QVERIFY(database.open(dir.filePath(u"progress.db"_s)));
    InterviewStore interviews(&database);
    ContactStore contacts(&database);
    Contact grace;
    grace.firstName = u"Grace"_s;
    grace.relationship = Relationship::Alumni;
    Contact alan;
    alan.firstName = u"Alan"_s;
    ContactBatch batch;
    batch.inserts = {grace, alan};
    QVERIFY(contacts.apply(batch));
    grace.id = batch.inserts.at(0).id;
    alan.id = batch.inserts.at(1).id;
    Interview interview;
    interview.contactId = grace.id;
    interview.outreachSentOn = day(12, 1);
    QVERIFY(interviews.insert(interview));

    QVERIFY(interviews.addReferral(interview.id, alan.id, day(12, 3)));
    QVERIFY(interviews.addReferral(interview.id, alan.id, day(12, 5))); // already there: keeps its date
    QCOMPARE(interviews.referralRecords(interview.id), QList<Referral>({{alan.id, day(12, 3)}}));
    const std::optional<InterviewRecord> record = interviews.record(interview.id);
    QVERIFY(record);
    QCOMPARE(record->referrals, QList<Referral>({{alan.id, day(12, 3)}}));

    // Deleting and restoring the interview (undo) keeps the date.
    QVERIFY(interviews.remove(interview.id));
    QVERIFY(interviews.restore(*record));
    QCOMPARE(interviews.referralDates(), (QHash<qint64, QList<QDate>>{{interview.id, {day(12, 3)}}}));

    const Progress::Input input = Progress::read(interviews);
    QCOMPARE(input.interviews.size(), 1);
    QCOMPARE(input.names.value(interview.id).relationship, Relationship::Alumni);
    const Progress progress = Progress::compute(input, Progress::Range::FourWeeks, Now);
    QCOMPARE(progress.referrals, 1);
    QCOMPARE(progress.weeks.at(2).referrals, 1);
    QCOMPARE(progress.byRelationship, QList<ProgressGroup>({group(u"Alumni"_s, 1, 0, 0, 1, 0)}));
}

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
