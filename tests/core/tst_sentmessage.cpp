// Which message an interview waits for, and what sending it changes.

#include "messages/sentmessage.h"

#include <QTest>

class TestSentMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void suggestedKind_data();
    void suggestedKind();
    void effect_data();
    void effect();
    void outreachKeepsANoteAlreadyWritten();
    void thanksForTheIntroductionGoToTheIntroducer();
};

namespace {
const QDateTime now(QDate(2026, 11, 23), QTime(12, 0));
}

void TestSentMessage::suggestedKind_data()
{
    QTest::addColumn<Interview>("interview");
    QTest::addColumn<MessageKind>("expected");

    Interview i;
    for (Step step : {Step::Research, Step::Identify, Step::Prepare}) {
        i.step = step;
        QTest::addRow("%s", qPrintable(StepNames::key(step))) << i << MessageKind::Outreach;
    }
    i.step = Step::Contact;
    QTest::newRow("contact, nothing sent") << i << MessageKind::Outreach;
    i.outreachSentOn = QDate(2026, 11, 10);
    QTest::newRow("contact, waiting for a reply") << i << MessageKind::FollowUp;
    i.followUpSentOn = QDate(2026, 11, 19);
    QTest::newRow("contact, followed up already") << i << MessageKind::Outreach;
    i = Interview();
    i.step = Step::Conduct;
    i.scheduledAt = now.addDays(2);
    QTest::newRow("conduct, before the conversation") << i << MessageKind::FollowUp;
    i.scheduledAt = now.addSecs(-3600);
    QTest::newRow("conduct, after the conversation") << i << MessageKind::ThankYou;
    i.step = Step::FollowUp;
    QTest::newRow("follow up, no thank-you yet") << i << MessageKind::ThankYou;
    i.thankYouSentOn = QDate(2026, 11, 23);
    QTest::newRow("follow up, thanked") << i << MessageKind::ReferralRequest;
    i.introducedById = 7;
    QTest::newRow("follow up, thanked, introducer not yet") << i << MessageKind::IntroducerThanks;
    i.introducerThankedOn = QDate(2026, 11, 23);
    QTest::newRow("follow up, introducer thanked too") << i << MessageKind::ReferralRequest;
    i.referralRequestedOn = QDate(2026, 11, 23);
    QTest::newRow("follow up, referral asked") << i << MessageKind::TouchBase;
    i.step = Step::Completed;
    QTest::newRow("completed") << i << MessageKind::TouchBase;
    i.step = Step::Declined;
    QTest::newRow("declined") << i << MessageKind::ReferralRequest;
    i.step = Step::NoReply;
    QTest::newRow("no reply") << i << MessageKind::FollowUp;
}

void TestSentMessage::suggestedKind()
{
    QFETCH(Interview, interview);
    QFETCH(MessageKind, expected);
    QCOMPARE(SentMessage::suggestedKind(interview, now), expected);
}

void TestSentMessage::effect_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<MessageKind>("kind");
    QTest::addColumn<QString>("recorded"); // which date field is set
    QTest::addColumn<int>("moveTo"); // int(Step), or -1 for no move

    QTest::newRow("outreach from prepare")
        << Step::Prepare << MessageKind::Outreach << QStringLiteral("outreach") << int(Step::Contact);
    QTest::newRow("outreach in contact") << Step::Contact << MessageKind::Outreach << QStringLiteral("outreach") << -1;
    QTest::newRow("follow-up") << Step::Contact << MessageKind::FollowUp << QStringLiteral("followUp") << -1;
    QTest::newRow("thank-you after conduct")
        << Step::Conduct << MessageKind::ThankYou << QStringLiteral("thankYou") << int(Step::FollowUp);
    QTest::newRow("thank-you in follow up")
        << Step::FollowUp << MessageKind::ThankYou << QStringLiteral("thankYou") << -1;
    QTest::newRow("referral request") << Step::FollowUp << MessageKind::ReferralRequest << QStringLiteral("referral")
                                      << -1;
    QTest::newRow("touch-base") << Step::Completed << MessageKind::TouchBase << QStringLiteral("touchBase") << -1;
    // Courtesies that move nothing on, wherever the interview is.
    QTest::newRow("questions ahead in contact")
        << Step::Contact << MessageKind::QuestionsAhead << QStringLiteral("questions") << -1;
    QTest::newRow("questions ahead in prepare")
        << Step::Prepare << MessageKind::QuestionsAhead << QStringLiteral("questions") << -1;
    QTest::newRow("introducer thanked after conduct")
        << Step::Conduct << MessageKind::IntroducerThanks << QStringLiteral("introducer") << -1;
    QTest::newRow("introducer thanked once completed")
        << Step::Completed << MessageKind::IntroducerThanks << QStringLiteral("introducer") << -1;
    QTest::newRow("outreach after it ended")
        << Step::Declined << MessageKind::Outreach << QStringLiteral("outreach") << -1;
}

void TestSentMessage::effect()
{
    QFETCH(Step, step);
    QFETCH(MessageKind, kind);
    QFETCH(QString, recorded);
    QFETCH(int, moveTo);
    Interview before;
    before.step = step;
    before.nextTouchBaseOn = QDate(2026, 12, 1);
    const QDate sent(2026, 11, 23);
    const SentMessage::Effect effect = SentMessage::effect(before, kind, sent, QStringLiteral("Hi"));
    const Interview &after = effect.interview;
    QCOMPARE(after.outreachSentOn, recorded == QLatin1String("outreach") ? sent : QDate());
    QCOMPARE(after.followUpSentOn, recorded == QLatin1String("followUp") ? sent : QDate());
    QCOMPARE(after.thankYouSentOn, recorded == QLatin1String("thankYou") ? sent : QDate());
    QCOMPARE(after.referralRequestedOn, recorded == QLatin1String("referral") ? sent : QDate());
    QCOMPARE(after.lastTouchBaseOn, recorded == QLatin1String("touchBase") ? sent : QDate());
    QCOMPARE(after.questionsSentOn, recorded == QLatin1String("questions") ? sent : QDate());
    QCOMPARE(after.introducerThankedOn, recorded == QLatin1String("introducer") ? sent : QDate());
    // A touch-base clears the planned date so the next one is computed again.
    QCOMPARE(after.nextTouchBaseOn, recorded == QLatin1String("touchBase") ? QDate() : before.nextTouchBaseOn);
    QCOMPARE(after.step, step); // moving is the workflow's job
    QCOMPARE(effect.moveTo.has_value(), moveTo >= 0);
    if (effect.moveTo)
        QCOMPARE(int(*effect.moveTo), moveTo);
}

void TestSentMessage::outreachKeepsANoteAlreadyWritten()
{
    Interview i;
    i.step = Step::Prepare;
    QCOMPARE(SentMessage::effect(i, MessageKind::Outreach, QDate(2026, 11, 23), QStringLiteral("Hi Ada"))
                 .interview.outreachNote,
             QStringLiteral("Hi Ada"));
    i.outreachNote = QStringLiteral("Asked through Priya");
    QCOMPARE(SentMessage::effect(i, MessageKind::Outreach, QDate(2026, 11, 23), QStringLiteral("Hi Ada"))
                 .interview.outreachNote,
             QStringLiteral("Asked through Priya"));
}

void TestSentMessage::thanksForTheIntroductionGoToTheIntroducer()
{
    Interview i;
    i.contactId = 3;
    for (MessageKind kind : MessageKindNames::all())
        QCOMPARE(SentMessage::recipientId(i, kind), kind == MessageKind::IntroducerThanks ? 0 : 3);
    i.introducedById = 9;
    for (MessageKind kind : MessageKindNames::all())
        QCOMPARE(SentMessage::recipientId(i, kind), kind == MessageKind::IntroducerThanks ? 9 : 3);
}

QTEST_GUILESS_MAIN(TestSentMessage)
#include "tst_sentmessage.moc"
