#include "translations.h"
#include "workflow/conversationclock.h"
#include "workflow/workflow.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Readable values in QCOMPARE failures (found by argument-dependent lookup).
char *toString(Step step)
{
    return qstrdup(qPrintable(StepNames::key(step)));
}

char *toString(WorkflowEvent event)
{
    return qstrdup(qPrintable(WorkflowEventNames::key(event)));
}

namespace {

using E = WorkflowEvent;

// Friday afternoon, local time; the workflow only ever sees this clock.
const QDateTime Now(QDate(2026, 11, 20), QTime(15, 0));

// An interview at `step` with everything every step asks for, so any move is allowed
// unless a row takes something away.
Interview complete(Step step)
{
    Interview i;
    i.id = 1;
    i.topic = QStringLiteral("What product managers do all day");
    i.step = step;
    i.learningGoals = QStringLiteral("How they decide what to build");
    i.researchNotes = QStringLiteral("Read the company blog");
    i.links = {QStringLiteral("https://example.com/blog")};
    i.contactId = 7;
    i.connection = QStringLiteral("Same university");
    i.agenda = QStringLiteral("Introduce myself, then three questions");
    i.outreachSentOn = QDate(2026, 11, 2);
    i.channel = Channel::Email;
    i.outreachNote = QStringLiteral("Short e-mail asking for 20 minutes");
    i.replyReceivedOn = QDate(2026, 11, 4);
    i.scheduledAt = QDateTime(QDate(2026, 11, 18), QTime(10, 0));
    i.medium = Medium::CoffeeShop;
    i.conversationNotes = QStringLiteral("Roadmaps are negotiated");
    i.thankYouSentOn = QDate(2026, 11, 19);
    i.nextTouchBaseOn = QDate(2026, 12, 3);
    return i;
}

WorkflowContext completeContext()
{
    WorkflowContext c;
    c.questionCount = 3;
    c.referralCount = 1;
    c.practiceRunCount = 2;
    c.now = Now;
    return c;
}

// Takes away what the names say; "everything" leaves a blank interview at that step.
void takeAway(const QStringList &what, Interview &i, WorkflowContext &c)
{
    for (const QString &w : what) {
        if (w == QLatin1String("everything")) {
            const Step step = i.step;
            i = Interview();
            i.step = step;
            c = WorkflowContext();
            c.now = Now;
        } else if (w == QLatin1String("goals")) {
            i.learningGoals.clear();
        } else if (w == QLatin1String("goals-blank")) {
            i.learningGoals = QStringLiteral(" \n\t ");
        } else if (w == QLatin1String("research-notes")) {
            i.researchNotes.clear();
            i.links.clear();
        } else if (w == QLatin1String("contact")) {
            i.contactId = 0;
        } else if (w == QLatin1String("connection")) {
            i.connection.clear();
            i.introducedById = 0;
        } else if (w == QLatin1String("agenda")) {
            i.agenda.clear();
        } else if (w == QLatin1String("questions")) {
            c.questionCount = 0;
        } else if (w == QLatin1String("practice")) {
            c.practiceRunCount = 0;
        } else if (w == QLatin1String("question-notes-only")) { // notes on the questions, none beside
            i.conversationNotes.clear();
            c.hasQuestionNotes = true;
        } else if (w == QLatin1String("length-45")) {
            i.lengthMinutes = 45;
        } else if (w == QLatin1String("outreach-date")) {
            i.outreachSentOn = QDate();
        } else if (w == QLatin1String("outreach-note")) {
            i.outreachNote.clear();
        } else if (w == QLatin1String("reply")) {
            i.replyReceivedOn = QDate();
        } else if (w == QLatin1String("schedule")) {
            i.scheduledAt = QDateTime();
        } else if (w == QLatin1String("schedule-later")) {
            i.scheduledAt = Now.addSecs(3600);
        } else if (w == QLatin1String("schedule-now")) {
            i.scheduledAt = Now;
        } else if (w == QLatin1String("conversation-notes")) {
            i.conversationNotes.clear();
        } else if (w == QLatin1String("thank-you")) {
            i.thankYouSentOn = QDate();
        } else if (w == QLatin1String("introducer-thanks")) { // introduced by someone not yet thanked
            i.introducedById = 9;
            i.introducerThankedOn = QDate();
        } else if (w == QLatin1String("referrals")) {
            c.referralCount = 0;
        } else if (w == QLatin1String("touch-base")) {
            i.nextTouchBaseOn = QDate();
            i.lastTouchBaseOn = QDate();
        } else {
            qFatal("unknown field to take away: %s", qPrintable(w));
        }
    }
}

QStringList fields(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result << QString::fromLatin1(name);
    return result;
}

QStringList keys(std::initializer_list<WorkflowEvent> events)
{
    QStringList result;
    for (WorkflowEvent e : events)
        result << WorkflowEventNames::key(e);
    return result;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslations(QCoreApplication::instance()); }
    void check_data();
    void check();
    void everyTableRowIsAllowedWithCompleteData();
    void pairsOutsideTheTableAreRefusedInPlace();
    void refusalListsEveryUnmetRequirement();
    void route_data();
    void route();
    void everyAllowedRouteReplaysToItsTarget();
    void applied_data();
    void applied();
    void requirements_data();
    void requirements();
    void requirementsUseTheInjectedClock();
    void conversationClockMarks_data();
    void conversationClockMarks();
};

void TestWorkflow::check_data()
{
    QTest::addColumn<Step>("from");
    QTest::addColumn<WorkflowEvent>("event");
    QTest::addColumn<QStringList>("without");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<Step>("to");
    QTest::addColumn<QString>("reason");

    const QStringList all;
    const QStringList everything{QStringLiteral("everything")};
    auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    // Advance, with every guard satisfied and then each requirement missing.
    row("research advance") << Step::Research << E::Advance << all << true << Step::Identify << QString();
    row("research without goals") << Step::Research << E::Advance << fields({"goals"}) << false << Step::Identify
                                  << QStringLiteral("Research needs what you want to learn from the conversation.");
    row("research goals only whitespace") << Step::Research << E::Advance << fields({"goals-blank"}) << false
                                          << Step::Identify << QStringLiteral("Research needs what you want to learn");
    row("research notes are advice") << Step::Research << E::Advance << fields({"research-notes"}) << true
                                     << Step::Identify << QString();

    row("identify advance") << Step::Identify << E::Advance << all << true << Step::Prepare << QString();
    row("identify without contact") << Step::Identify << E::Advance << fields({"contact"}) << false << Step::Prepare
                                    << QStringLiteral("Identify needs the person you want to talk to.");
    row("identify connection is advice") << Step::Identify << E::Advance << fields({"connection"}) << true
                                         << Step::Prepare << QString();

    row("prepare advance") << Step::Prepare << E::Advance << all << true << Step::Contact << QString();
    row("prepare not practised") << Step::Prepare << E::Advance << fields({"practice"}) << true << Step::Contact
                                 << QString();
    row("prepare questions only") << Step::Prepare << E::Advance << fields({"agenda"}) << true << Step::Contact
                                  << QString();
    row("prepare agenda only") << Step::Prepare << E::Advance << fields({"questions"}) << true << Step::Contact
                               << QString();
    row("prepare neither") << Step::Prepare << E::Advance << fields({"agenda", "questions"}) << false << Step::Contact
                           << QStringLiteral("Prepare needs an agenda or at least one question.");
    row("prepare long meeting is advice")
        << Step::Prepare << E::Advance << fields({"length-45"}) << true << Step::Contact << QString();

    row("contact advance") << Step::Contact << E::Advance << all << true << Step::Conduct << QString();
    row("contact note without date") << Step::Contact << E::Advance << fields({"outreach-date"}) << true
                                     << Step::Conduct << QString();
    row("contact date without note") << Step::Contact << E::Advance << fields({"outreach-note"}) << true
                                     << Step::Conduct << QString();
    row("contact without outreach") << Step::Contact << E::Advance << fields({"outreach-date", "outreach-note"})
                                    << false << Step::Conduct
                                    << QStringLiteral(
                                           "Contact needs an outreach message or a note of how you reached them.");
    row("contact without reply") << Step::Contact << E::Advance << fields({"reply"}) << false << Step::Conduct
                                 << QStringLiteral("Contact needs the day they replied and agreed to talk.");

    row("conduct advance") << Step::Conduct << E::Advance << all << true << Step::FollowUp << QString();
    row("conduct at the very minute") << Step::Conduct << E::Advance << fields({"schedule-now"}) << true
                                      << Step::FollowUp << QString();
    row("conduct not scheduled") << Step::Conduct << E::Advance << fields({"schedule"}) << false << Step::FollowUp
                                 << QStringLiteral("Conduct needs the date and time of the conversation.");
    row("conduct still to come") << Step::Conduct << E::Advance << fields({"schedule-later"}) << false << Step::FollowUp
                                 << QStringLiteral(
                                        "Conduct can move on once the conversation has taken place (it is set for ");
    row("conduct notes are advice") << Step::Conduct << E::Advance << fields({"conversation-notes"}) << true
                                    << Step::FollowUp << QString();

    row("follow-up advance") << Step::FollowUp << E::Advance << all << true << Step::Completed << QString();
    row("follow-up advance, introducer not thanked")
        << Step::FollowUp << E::Advance << fields({"introducer-thanks"}) << true << Step::Completed << QString();
    row("follow-up without thank-you") << Step::FollowUp << E::Advance << fields({"thank-you"}) << false
                                       << Step::Completed
                                       << QStringLiteral("Follow up needs the day you sent your thank-you note.");
    row("follow-up referrals are advice")
        << Step::FollowUp << E::Advance << fields({"referrals", "touch-base"}) << true << Step::Completed << QString();

    row("completed advance") << Step::Completed << E::Advance << all << false << Step::Completed
                             << QStringLiteral("“Completed” has ended; reopen it to continue.");
    row("declined advance") << Step::Declined << E::Advance << all << false << Step::Declined
                            << QStringLiteral("“Declined” has ended; reopen it to continue.");
    row("no reply advance") << Step::NoReply << E::Advance << all << false << Step::NoReply
                            << QStringLiteral("“No reply” has ended; reopen it to continue.");

    // Going back never needs anything.
    row("identify back") << Step::Identify << E::GoBack << everything << true << Step::Research << QString();
    row("prepare back") << Step::Prepare << E::GoBack << everything << true << Step::Identify << QString();
    row("contact back") << Step::Contact << E::GoBack << everything << true << Step::Prepare << QString();
    row("conduct back") << Step::Conduct << E::GoBack << everything << true << Step::Contact << QString();
    row("follow-up back") << Step::FollowUp << E::GoBack << everything << true << Step::Conduct << QString();
    row("research back") << Step::Research << E::GoBack << all << false << Step::Research
                         << QStringLiteral("Research is the first step.");
    const QString reopenNotBack = QStringLiteral("An interview that has ended is reopened, not moved back.");
    row("completed back") << Step::Completed << E::GoBack << all << false << Step::Completed << reopenNotBack;
    row("declined back") << Step::Declined << E::GoBack << all << false << Step::Declined << reopenNotBack;
    row("no reply back") << Step::NoReply << E::GoBack << all << false << Step::NoReply << reopenNotBack;

    // Declining.
    const QString outreachFirst = QStringLiteral("Record your outreach first: a decline or a missing reply only "
                                                 "counts once you have reached out.");
    row("contact decline") << Step::Contact << E::Decline << all << true << Step::Declined << QString();
    row("contact decline after a note only")
        << Step::Contact << E::Decline << fields({"outreach-date", "reply"}) << true << Step::Declined << QString();
    row("contact decline without outreach") << Step::Contact << E::Decline << fields({"outreach-date", "outreach-note"})
                                            << false << Step::Declined << outreachFirst;
    row("conduct decline (cancelled)") << Step::Conduct << E::Decline << everything << true << Step::Declined
                                       << QString();
    const QString declineWhen = QStringLiteral("An interview can be marked as declined once you have contacted them "
                                               "(the Contact or Conduct step).");
    row("research decline") << Step::Research << E::Decline << all << false << Step::Research << declineWhen;
    row("identify decline") << Step::Identify << E::Decline << all << false << Step::Identify << declineWhen;
    row("prepare decline") << Step::Prepare << E::Decline << all << false << Step::Prepare << declineWhen;
    row("follow-up decline") << Step::FollowUp << E::Decline << all << false << Step::FollowUp << declineWhen;
    row("completed decline") << Step::Completed << E::Decline << all << false << Step::Completed << declineWhen;
    row("declined decline") << Step::Declined << E::Decline << all << false << Step::Declined << declineWhen;
    row("no reply decline") << Step::NoReply << E::Decline << all << false << Step::NoReply << declineWhen;

    // Giving up.
    row("contact give up") << Step::Contact << E::GiveUp << fields({"reply"}) << true << Step::NoReply << QString();
    row("contact give up without outreach")
        << Step::Contact << E::GiveUp << fields({"outreach-date", "outreach-note", "reply"}) << false << Step::NoReply
        << outreachFirst;
    row("contact give up after a reply") << Step::Contact << E::GiveUp << all << false << Step::NoReply
                                         << QStringLiteral("They replied on ");
    const QString giveUpWhen =
        QStringLiteral("“No reply” applies only while you are waiting for an answer (the Contact step).");
    row("research give up") << Step::Research << E::GiveUp << all << false << Step::Research << giveUpWhen;
    row("identify give up") << Step::Identify << E::GiveUp << all << false << Step::Identify << giveUpWhen;
    row("prepare give up") << Step::Prepare << E::GiveUp << all << false << Step::Prepare << giveUpWhen;
    row("conduct give up") << Step::Conduct << E::GiveUp << all << false << Step::Conduct << giveUpWhen;
    row("follow-up give up") << Step::FollowUp << E::GiveUp << all << false << Step::FollowUp << giveUpWhen;
    row("completed give up") << Step::Completed << E::GiveUp << all << false << Step::Completed << giveUpWhen;
    row("declined give up") << Step::Declined << E::GiveUp << all << false << Step::Declined << giveUpWhen;
    row("no reply give up") << Step::NoReply << E::GiveUp << all << false << Step::NoReply << giveUpWhen;

    // Reopening.
    row("completed reopen") << Step::Completed << E::Reopen << everything << true << Step::FollowUp << QString();
    row("declined reopen") << Step::Declined << E::Reopen << everything << true << Step::Contact << QString();
    row("no reply reopen") << Step::NoReply << E::Reopen << everything << true << Step::Contact << QString();
    const QString onlyEnded = QStringLiteral("Only an interview that has ended can be reopened.");
    for (Step step : StepNames::active()) {
        const QByteArray name = StepNames::key(step).toUtf8() + " reopen";
        QTest::newRow(name.constData()) << step << E::Reopen << all << false << step << onlyEnded;
    }
}

void TestWorkflow::check()
{
    QFETCH(Step, from);
    QFETCH(WorkflowEvent, event);
    QFETCH(QStringList, without);
    QFETCH(bool, allowed);
    QFETCH(Step, to);
    QFETCH(QString, reason);

    Interview interview = complete(from);
    WorkflowContext context = completeContext();
    takeAway(without, interview, context);

    const Workflow::Outcome outcome = Workflow::check(interview, event, context);
    QCOMPARE(outcome.allowed, allowed);
    QCOMPARE(outcome.to, to);
    if (allowed) {
        QCOMPARE(outcome.reasons, QStringList());
    } else {
        QVERIFY(!outcome.reasons.isEmpty());
        QVERIFY2(outcome.reasons.constFirst().startsWith(reason), qPrintable(outcome.reasons.constFirst()));
    }
}

void TestWorkflow::everyTableRowIsAllowedWithCompleteData()
{
    const QList<Workflow::Transition> &table = Workflow::transitions();
    QCOMPARE(table.size(), 17);
    for (qsizetype n = 0; n < table.size(); ++n) {
        const Workflow::Transition &t = table.at(n);
        // (from, event) is unique, so check() is unambiguous.
        for (qsizetype m = n + 1; m < table.size(); ++m)
            QVERIFY(!(table.at(m).from == t.from && table.at(m).event == t.event));

        Interview interview = complete(t.from);
        if (t.event == E::GiveUp)
            interview.replyReceivedOn = QDate(); // giving up means no reply came
        const Workflow::Outcome outcome = Workflow::check(interview, t.event, completeContext());
        QVERIFY2(outcome.allowed, qPrintable(outcome.reasons.join(QLatin1Char('\n'))));
        QCOMPARE(outcome.to, t.to);
    }
}

void TestWorkflow::pairsOutsideTheTableAreRefusedInPlace()
{
    int refused = 0;
    for (Step step : StepNames::all()) {
        for (WorkflowEvent event : WorkflowEventNames::all()) {
            const bool inTable =
                std::any_of(Workflow::transitions().cbegin(), Workflow::transitions().cend(),
                            [&](const Workflow::Transition &t) { return t.from == step && t.event == event; });
            if (inTable)
                continue;
            const Workflow::Outcome outcome = Workflow::check(complete(step), event, completeContext());
            QVERIFY(!outcome.allowed);
            QCOMPARE(outcome.to, step);
            QCOMPARE(outcome.reasons.size(), 1);
            QVERIFY(!outcome.reasons.constFirst().isEmpty());
            ++refused;
        }
    }
    QCOMPARE(refused, 9 * 5 - 17);
}

void TestWorkflow::refusalListsEveryUnmetRequirement()
{
    Interview interview = complete(Step::Contact);
    WorkflowContext context = completeContext();
    takeAway(fields({"outreach-date", "outreach-note", "reply"}), interview, context);
    const Workflow::Outcome advance = Workflow::check(interview, E::Advance, context);
    QVERIFY(!advance.allowed);
    QCOMPARE(advance.reasons,
             QStringList({QStringLiteral("Contact needs an outreach message or a note of how you reached them."),
                          QStringLiteral("Contact needs the day they replied and agreed to talk.")}));

    // No outreach and yet a reply: both reasons against "No reply".
    interview.replyReceivedOn = QDate(2026, 11, 4);
    const Workflow::Outcome giveUp = Workflow::check(interview, E::GiveUp, context);
    QVERIFY(!giveUp.allowed);
    QCOMPARE(giveUp.reasons.size(), 2);
    QVERIFY(giveUp.reasons.at(0).startsWith(QStringLiteral("Record your outreach first")));
    QVERIFY(giveUp.reasons.at(1).startsWith(QStringLiteral("They replied on ")));

    // Not scheduled: it cannot have taken place either.
    Interview conduct = complete(Step::Conduct);
    conduct.scheduledAt = QDateTime();
    QCOMPARE(Workflow::check(conduct, E::Advance, completeContext()).reasons,
             QStringList({QStringLiteral("Conduct needs the date and time of the conversation."),
                          QStringLiteral("Conduct can move on once the conversation has taken place.")}));
}

void TestWorkflow::route_data()
{
    QTest::addColumn<Step>("from");
    QTest::addColumn<Step>("target");
    QTest::addColumn<QStringList>("without");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("reason");

    const QStringList all;
    const QStringList everything{QStringLiteral("everything")};
    const QStringList none;
    auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    const auto A = E::Advance;
    const auto B = E::GoBack;

    row("stay") << Step::Contact << Step::Contact << everything << true << none << QString();
    row("stay ended") << Step::Declined << Step::Declined << everything << true << none << QString();

    // Forward one step at a time, every guard on the way checked, not only the first.
    row("forward one") << Step::Research << Step::Identify << all << true << keys({A}) << QString();
    row("forward four") << Step::Research << Step::Conduct << all << true << keys({A, A, A, A}) << QString();
    row("forward to completed") << Step::Research << Step::Completed << all << true << keys({A, A, A, A, A, A})
                                << QString();
    // The target's own requirements are not needed to arrive there.
    row("forward to follow-up without thank-you")
        << Step::Research << Step::FollowUp << fields({"thank-you"}) << true << keys({A, A, A, A, A}) << QString();
    row("forward blocked at identify") << Step::Research << Step::Conduct << fields({"contact"}) << false << none
                                       << QStringLiteral("Identify needs the person you want to talk to.");
    row("forward blocked at conduct") << Step::Prepare << Step::FollowUp << fields({"schedule-later"}) << false << none
                                      << QStringLiteral("Conduct can move on once the conversation has taken place");
    row("forward blocked at the last step")
        << Step::Identify << Step::Completed << fields({"thank-you"}) << false << none
        << QStringLiteral("Follow up needs the day you sent your thank-you note.");

    // Backward needs nothing.
    row("back one") << Step::Prepare << Step::Identify << everything << true << keys({B}) << QString();
    row("back to the start") << Step::Conduct << Step::Research << everything << true << keys({B, B, B, B})
                             << QString();

    // To the ended columns.
    row("contact to declined") << Step::Contact << Step::Declined << all << true << keys({E::Decline}) << QString();
    row("contact to declined without outreach")
        << Step::Contact << Step::Declined << fields({"outreach-date", "outreach-note"}) << false << none
        << QStringLiteral("Record your outreach first");
    row("conduct to declined") << Step::Conduct << Step::Declined << everything << true << keys({E::Decline})
                               << QString();
    row("prepare to declined") << Step::Prepare << Step::Declined << all << false << none
                               << QStringLiteral("An interview can be marked as declined once");
    row("contact to no reply") << Step::Contact << Step::NoReply << fields({"reply"}) << true << keys({E::GiveUp})
                               << QString();
    row("contact to no reply after a reply")
        << Step::Contact << Step::NoReply << all << false << none << QStringLiteral("They replied on ");
    row("conduct to no reply") << Step::Conduct << Step::NoReply << all << false << none
                               << QStringLiteral("“No reply” applies only while");

    // From the ended columns: reopen first.
    row("completed to follow-up") << Step::Completed << Step::FollowUp << everything << true << keys({E::Reopen})
                                  << QString();
    row("completed to research") << Step::Completed << Step::Research << everything << true
                                 << keys({E::Reopen, B, B, B, B, B}) << QString();
    row("completed to declined") << Step::Completed << Step::Declined << all << false << none
                                 << QStringLiteral("An interview can be marked as declined once");
    row("declined to contact") << Step::Declined << Step::Contact << everything << true << keys({E::Reopen})
                               << QString();
    row("declined to conduct") << Step::Declined << Step::Conduct << all << true << keys({E::Reopen, A}) << QString();
    row("declined to conduct without reply") << Step::Declined << Step::Conduct << fields({"reply"}) << false << none
                                             << QStringLiteral("Contact needs the day they replied");
    row("declined to completed") << Step::Declined << Step::Completed << all << true << keys({E::Reopen, A, A, A})
                                 << QString();
    row("no reply to prepare") << Step::NoReply << Step::Prepare << everything << true << keys({E::Reopen, B})
                               << QString();
    row("no reply to declined") << Step::NoReply << Step::Declined << fields({"reply"}) << true
                                << keys({E::Reopen, E::Decline}) << QString();
    row("declined to no reply") << Step::Declined << Step::NoReply << fields({"reply"}) << true
                                << keys({E::Reopen, E::GiveUp}) << QString();
}

void TestWorkflow::route()
{
    QFETCH(Step, from);
    QFETCH(Step, target);
    QFETCH(QStringList, without);
    QFETCH(bool, allowed);
    QFETCH(QStringList, events);
    QFETCH(QString, reason);

    Interview interview = complete(from);
    WorkflowContext context = completeContext();
    takeAway(without, interview, context);

    const Workflow::Route route = Workflow::route(interview, target, context);
    QCOMPARE(route.allowed, allowed);
    if (allowed) {
        QStringList taken;
        for (WorkflowEvent e : route.events)
            taken << WorkflowEventNames::key(e);
        QCOMPARE(taken, events);
        QCOMPARE(route.reasons, QStringList());
    } else {
        QVERIFY(!route.reasons.isEmpty());
        QVERIFY2(route.reasons.constFirst().startsWith(reason), qPrintable(route.reasons.constFirst()));
    }
}

void TestWorkflow::everyAllowedRouteReplaysToItsTarget()
{
    const WorkflowContext context = completeContext();
    int allowed = 0;
    for (Step from : StepNames::all()) {
        for (Step target : StepNames::all()) {
            Interview interview = complete(from);
            if (target == Step::NoReply)
                interview.replyReceivedOn = QDate();
            const Workflow::Route route = Workflow::route(interview, target, context);
            if (!route.allowed) {
                QVERIFY(!route.reasons.isEmpty());
                continue;
            }
            ++allowed;
            for (WorkflowEvent event : route.events) {
                const Workflow::Outcome outcome = Workflow::check(interview, event, context);
                QVERIFY(outcome.allowed);
                interview = Workflow::applied(interview, event, outcome.to, Now.date());
            }
            QCOMPARE(interview.step, target);
        }
    }
    // Refused with complete data: Declined from the three steps before Contact, from Follow up
    // and from Completed (reopened to Follow up); No reply from every step but Contact, Declined
    // and No reply (both reopen to Contact).
    QCOMPARE(allowed, 81 - 5 - 6);
}

void TestWorkflow::applied_data()
{
    QTest::addColumn<Step>("from");
    QTest::addColumn<WorkflowEvent>("event");
    QTest::addColumn<Step>("to");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QDate>("closedOn");
    QTest::addColumn<QString>("closingReason");

    const QDate today = Now.date();
    QTest::newRow("declined with a reason")
        << Step::Contact << E::Decline << Step::Declined << QStringLiteral("  Too busy until spring \n") << today
        << QStringLiteral("Too busy until spring");
    QTest::newRow("cancelled") << Step::Conduct << E::Decline << Step::Declined << QStringLiteral("Left the company")
                               << today << QStringLiteral("Left the company");
    QTest::newRow("no reply without a note")
        << Step::Contact << E::GiveUp << Step::NoReply << QString() << today << QString();
    QTest::newRow("completed") << Step::FollowUp << E::Advance << Step::Completed << QString() << today << QString();
    QTest::newRow("reopened from declined")
        << Step::Declined << E::Reopen << Step::Contact << QString() << QDate() << QString();
    QTest::newRow("reopened from completed")
        << Step::Completed << E::Reopen << Step::FollowUp << QStringLiteral("ignored") << QDate() << QString();
    QTest::newRow("working step clears a stale end")
        << Step::Identify << E::Advance << Step::Prepare << QStringLiteral("ignored") << QDate() << QString();
}

void TestWorkflow::applied()
{
    QFETCH(Step, from);
    QFETCH(WorkflowEvent, event);
    QFETCH(Step, to);
    QFETCH(QString, note);
    QFETCH(QDate, closedOn);
    QFETCH(QString, closingReason);

    Interview before = complete(from);
    before.closedOn = QDate(2026, 10, 1); // left over from an earlier end
    before.closingReason = QStringLiteral("Earlier reason");

    const Interview after = Workflow::applied(before, event, to, Now.date(), note);
    QCOMPARE(after.step, to);
    QCOMPARE(after.closedOn, closedOn);
    QCOMPARE(after.closingReason, closingReason);

    // Nothing else changes.
    Interview expected = before;
    expected.step = to;
    expected.closedOn = closedOn;
    expected.closingReason = closingReason;
    QVERIFY(after == expected);
}

void TestWorkflow::requirements_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<QStringList>("without");
    QTest::addColumn<QList<bool>>("required");
    QTest::addColumn<QList<bool>>("met");

    const QStringList all;
    const QStringList everything{QStringLiteral("everything")};
    const QList<bool> needAdvice{true, false};
    const QList<bool> needNeed{true, true};
    const QList<bool> needNeedAdvice{true, true, false};
    const QList<bool> needAdviceAdvice{true, false, false};

    QTest::newRow("research complete") << Step::Research << all << needAdvice << QList<bool>{true, true};
    QTest::newRow("research empty") << Step::Research << everything << needAdvice << QList<bool>{false, false};
    QTest::newRow("research links only") << Step::Research << fields({"goals"}) << needAdvice
                                         << QList<bool>{false, true};
    QTest::newRow("identify complete") << Step::Identify << all << needAdvice << QList<bool>{true, true};
    QTest::newRow("identify empty") << Step::Identify << everything << needAdvice << QList<bool>{false, false};
    QTest::newRow("prepare complete") << Step::Prepare << all << needAdviceAdvice << QList<bool>{true, true, true};
    // The default length (20 minutes) is within the advice even on a blank interview.
    QTest::newRow("prepare empty") << Step::Prepare << everything << needAdviceAdvice
                                   << QList<bool>{false, true, false};
    QTest::newRow("prepare too long") << Step::Prepare << fields({"length-45"}) << needAdviceAdvice
                                      << QList<bool>{true, false, true};
    // Practising is advised, never required.
    QTest::newRow("prepare not practised")
        << Step::Prepare << fields({"practice"}) << needAdviceAdvice << QList<bool>{true, true, false};
    QTest::newRow("contact complete") << Step::Contact << all << needNeed << QList<bool>{true, true};
    QTest::newRow("contact waiting") << Step::Contact << fields({"reply"}) << needNeed << QList<bool>{true, false};
    QTest::newRow("contact empty") << Step::Contact << everything << needNeed << QList<bool>{false, false};
    QTest::newRow("conduct complete") << Step::Conduct << all << needNeedAdvice << QList<bool>{true, true, true};
    QTest::newRow("conduct to come") << Step::Conduct << fields({"schedule-later"}) << needNeedAdvice
                                     << QList<bool>{true, false, true};
    QTest::newRow("conduct empty") << Step::Conduct << everything << needNeedAdvice << QList<bool>{false, false, false};
    // Notes written on the questions during the conversation count as notes.
    QTest::newRow("conduct, notes on questions")
        << Step::Conduct << fields({"question-notes-only"}) << needNeedAdvice << QList<bool>{true, true, true};
    QTest::newRow("conduct, no notes") << Step::Conduct << fields({"conversation-notes"}) << needNeedAdvice
                                       << QList<bool>{true, true, false};
    QTest::newRow("follow-up complete") << Step::FollowUp << all << needAdviceAdvice << QList<bool>{true, true, true};
    QTest::newRow("follow-up empty") << Step::FollowUp << everything << needAdviceAdvice
                                     << QList<bool>{false, false, false};
    // Someone introduced you: thanking them is advised, after the thank-you note, never required.
    QTest::newRow("follow-up, introducer not thanked")
        << Step::FollowUp << fields({"introducer-thanks"}) << QList<bool>{true, false, false, false}
        << QList<bool>{true, false, true, true};
    QTest::newRow("follow-up, nothing done, introduced")
        << Step::FollowUp << fields({"thank-you", "introducer-thanks", "referrals"})
        << QList<bool>{true, false, false, false} << QList<bool>{false, false, false, true};
    QTest::newRow("completed") << Step::Completed << all << QList<bool>() << QList<bool>();
    QTest::newRow("declined") << Step::Declined << all << QList<bool>() << QList<bool>();
    QTest::newRow("no reply") << Step::NoReply << all << QList<bool>() << QList<bool>();
}

void TestWorkflow::requirements()
{
    QFETCH(Step, step);
    QFETCH(QStringList, without);
    QFETCH(QList<bool>, required);
    QFETCH(QList<bool>, met);

    Interview interview = complete(step);
    WorkflowContext context = completeContext();
    takeAway(without, interview, context);

    const QList<Requirement> list = Workflow::requirements(step, interview, context);
    QList<bool> gotRequired;
    QList<bool> gotMet;
    for (const Requirement &r : list) {
        gotRequired << r.required;
        gotMet << r.met;
        QVERIFY(!r.text.isEmpty());
        // Only what blocks a move explains a refusal.
        QCOMPARE(r.refusal.isEmpty(), !r.required);
    }
    QCOMPARE(gotRequired, required);
    QCOMPARE(gotMet, met);

    // The checklist is the current step's requirements.
    const QList<Requirement> checklist = Workflow::checklist(interview, context);
    QCOMPARE(checklist.size(), list.size());
    for (qsizetype n = 0; n < list.size(); ++n) {
        QCOMPARE(checklist.at(n).text, list.at(n).text);
        QCOMPARE(checklist.at(n).met, list.at(n).met);
    }
}

void TestWorkflow::requirementsUseTheInjectedClock()
{
    Interview interview = complete(Step::Conduct);
    WorkflowContext context = completeContext();
    interview.scheduledAt = QDateTime(QDate(2031, 5, 6), QTime(9, 30));

    context.now = interview.scheduledAt.addSecs(-1);
    QVERIFY(!Workflow::requirements(Step::Conduct, interview, context).at(1).met);
    QVERIFY(!Workflow::check(interview, E::Advance, context).allowed);

    context.now = interview.scheduledAt.addSecs(1);
    QVERIFY(Workflow::requirements(Step::Conduct, interview, context).at(1).met);
    QVERIFY(Workflow::check(interview, E::Advance, context).allowed);
}

QTEST_GUILESS_MAIN(TestWorkflow)
using Mark = ConversationClock::Mark;

void TestWorkflow::conversationClockMarks_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("elapsed"); // seconds
    QTest::addColumn<Mark>("mark");
    QTest::addColumn<QString>("text");

    QTest::newRow("not started") << 20 << 0 << Mark::None << QString();
    QTest::newRow("first half") << 20 << 599 << Mark::None << QString();
    QTest::newRow("halfway") << 20 << 600 << Mark::Halfway
                             << u"Halfway through: 10 minutes left. Keep to the questions that matter most."_s;
    QTest::newRow("just before wrapping up") << 20 << 899 << Mark::Halfway
                                             << u"Halfway through: 6 minutes left. Keep to the questions that "
                                                u"matter most."_s;
    QTest::newRow("five minutes left") << 20 << 900 << Mark::WrapUp
                                       << u"5 minutes left — time to wrap up: ask whom else you should talk to, "
                                          u"and thank them."_s;
    QTest::newRow("last seconds") << 20 << 1199 << Mark::WrapUp
                                  << u"1 minute left — time to wrap up: ask whom else you should talk to, and "
                                     u"thank them."_s;
    QTest::newRow("exactly at the end") << 20 << 1200 << Mark::WrapUp
                                        << u"0 minutes left — time to wrap up: ask whom else you should talk to, "
                                           u"and thank them."_s;
    QTest::newRow("over") << 20 << 1201 << Mark::Over
                          << u"The agreed time is up. Thank them for their time, and go on only if they offer."_s;
    // A short conversation wraps up in its last third, before halfway would say anything.
    QTest::newRow("short, wrap up") << 10 << 400 << Mark::WrapUp
                                    << u"4 minutes left — time to wrap up: ask whom else you should talk to, and "
                                       u"thank them."_s;
    QTest::newRow("short, halfway") << 10 << 300 << Mark::Halfway
                                    << u"Halfway through: 5 minutes left. Keep to the questions that matter most."_s;
    QTest::newRow("long, halfway") << 60 << 1800 << Mark::Halfway
                                   << u"Halfway through: 30 minutes left. Keep to the questions that matter most."_s;
}

void TestWorkflow::conversationClockMarks()
{
    QFETCH(int, minutes);
    QFETCH(int, elapsed);
    QFETCH(Mark, mark);
    QFETCH(QString, text);
    QCOMPARE(ConversationClock::mark(minutes * 60, elapsed), mark);
    QCOMPARE(ConversationClock::text(minutes * 60, elapsed), text);
}

#include "tst_workflow.moc"
