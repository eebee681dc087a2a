#include "messages/messagevalues.h"
#include "messages/outreachchecks.h"
#include "messages/templatefile.h"
#include "messages/templaterenderer.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OutreachCheck::Id)
Q_DECLARE_METATYPE(MessageTemplate)

class TestOutreachChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void everyCheckRunsInOrderWithAdvice();
    void signatureIsNotCounted();
    void offerConversationsMayTalkOfTheJob_data();
    void offerConversationsMayTalkOfTheJob();
    void shippedOutreachPassesEveryCheck_data();
    void shippedOutreachPassesEveryCheck();
    void appliesToFirstContactAndFollowUp();

private:
    static MessageValues values();
};

MessageValues TestOutreachChecks::values()
{
    MessageValues v;
    v.setValue(u"referrer.name"_s, u"Howard Aiken"_s);
    v.setValue(u"my.signature"_s, u"Ada Lovelace\nada@example.org"_s);
    v.setConnection(u"Alumni of Leeds University"_s);
    return v;
}

void TestOutreachChecks::check_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<OutreachCheck::Id>("id");
    QTest::addColumn<bool>("passed");

    const auto length = OutreachCheck::Length;
    const QString word = u"word "_s;
    QTest::newRow("length: empty") << QString() << length << true;
    QTest::newRow("length: 99 words") << word.repeated(99) << length << true;
    QTest::newRow("length: 100 words") << word.repeated(100) << length << false;
    QTest::newRow("length: markdown marks are not words") << u"# ** -- [[ ]] {{ }} "_s.repeated(60) << length << true;
    QTest::newRow("length: contractions are one word") << u"I'm you're don’t "_s.repeated(33) << length << true;

    const auto question = OutreachCheck::RequestAsQuestion;
    QTest::newRow("question: could you spare") << u"Could you spare 20 minutes next week?"_s << question << true;
    QTest::newRow("question: would you be open")
        << u"Hi Jane,\n\nWould you be open to a short call?"_s << question << true;
    QTest::newRow("question: coffee") << u"Fancy a coffee on Friday?"_s << question << true;
    QTest::newRow("question: in the middle") << u"Might we talk? I'd be grateful. Thanks."_s << question << true;
    QTest::newRow("question: statement") << u"I would like 20 minutes of your time."_s << question << false;
    QTest::newRow("question: demand") << u"Please call me on Friday."_s << question << false;
    QTest::newRow("question: a question, but no request") << u"How are you?"_s << question << false;
    QTest::newRow("question: mark in the middle") << u"Could we chat? is what I wonder"_s << question << true;

    const auto connection = OutreachCheck::ConnectionFirst;
    QTest::newRow("connection: referrer named")
        << u"Hi Jane,\n\nHoward suggested I write to you. I'm exploring design."_s << connection << true;
    QTest::newRow("connection: referrer's last name")
        << u"Dear Ms Smith,\nDr Aiken thought you would be the right person to ask."_s << connection << true;
    QTest::newRow("connection: school from the interview")
        << u"Hi Jane,\n\nAs a Leeds graduate myself, I loved your talk."_s << connection << true;
    QTest::newRow("connection: we met") << u"Hello Sam!\nWe met at the PyCon meetup last spring."_s << connection
                                        << true;
    QTest::newRow("connection: fellow") << u"Hi Sam,\nAs a fellow nurse turned developer, I admire your path."_s
                                        << connection << true;
    QTest::newRow("connection: in common")
        << u"Hi,\nWe have the same first employer in common."_s << connection << true;
    QTest::newRow("connection: mutual") << u"Good morning Sam,\nA mutual friend gave me your name."_s << connection
                                        << true;
    QTest::newRow("connection: no greeting")
        << u"We both studied physics at Leeds. Could we talk?"_s << connection << true;
    QTest::newRow("connection: follow-up")
        << u"Hi Sam,\n\nI'm following up on my note from last week."_s << connection << true;
    QTest::newRow("connection: only later")
        << u"Hi Jane,\n\nI'm exploring design. Howard suggested I write to you."_s << connection << false;
    QTest::newRow("connection: none") << u"Hi Jane,\n\nMy name is Ada and I am looking into analytics."_s << connection
                                      << false;
    QTest::newRow("connection: ordinary words of the note do not count")
        << u"Hi Jane,\nOf all the people of the world, I write to you."_s << connection << false;
    QTest::newRow("connection: empty") << QString() << connection << false;

    const auto jobs = OutreachCheck::NoJobRequest;
    QTest::newRow("jobs: clean") << u"Could you tell me how you got into research?"_s << jobs << true;
    QTest::newRow("jobs: a job") << u"I'm looking for a job in research."_s << jobs << false;
    QTest::newRow("jobs: plural") << u"Do you know of any jobs?"_s << jobs << false;
    QTest::newRow("jobs: your job is about them") << u"What does your job involve day to day?"_s << jobs << true;
    QTest::newRow("jobs: your current job") << u"I loved how your current job mixes design and code."_s << jobs << true;
    QTest::newRow("jobs: openings") << u"Are there any openings on your team?"_s << jobs << false;
    QTest::newRow("jobs: open position") << u"I saw the open position in your team."_s << jobs << false;
    QTest::newRow("jobs: position open") << u"Is the analyst position open still?"_s << jobs << false;
    QTest::newRow("jobs: your position is fine") << u"How did you reach your position?"_s << jobs << true;
    QTest::newRow("jobs: vacancy") << u"I noticed a vacancy."_s << jobs << false;
    QTest::newRow("jobs: hiring") << u"Is your team hiring?"_s << jobs << false;
    QTest::newRow("jobs: hire me") << u"Would you hire me?"_s << jobs << false;
    QTest::newRow("jobs: resume") << u"I attached my résumé."_s << jobs << false;
    QTest::newRow("jobs: CV") << u"My CV is attached."_s << jobs << false;
    QTest::newRow("jobs: apply") << u"I plan to apply next month."_s << jobs << false;
    QTest::newRow("jobs: web application is fine") << u"You built the web application I use daily."_s << jobs << true;
    QTest::newRow("jobs: jobsite word parts are fine") << u"Your Jobsworth story made me laugh."_s << jobs << true;

    const auto aboutThem = OutreachCheck::AboutThem;
    QTest::newRow("about them: balanced") << u"I admire your work. You clearly love it."_s << aboutThem << true;
    QTest::newRow("about them: all me") << u"I am a graduate. My skills are strong. I'm keen and I want to learn."_s
                                        << aboutThem << false;
    QTest::newRow("about them: equal counts pass") << u"I read your article."_s << aboutThem << true;
    QTest::newRow("about them: contractions")
        << u"You're kind; you've helped; I'm grateful; I've learned."_s << aboutThem << true;
    QTest::newRow("about them: curly apostrophes") << u"I’m here, I’ve come, you’re there."_s << aboutThem << false;
    QTest::newRow("about them: words containing i and you do not count")
        << u"It is iPhone time in Youngstown."_s << aboutThem << true;
}

void TestOutreachChecks::check()
{
    QFETCH(QString, body);
    QFETCH(OutreachCheck::Id, id);
    QFETCH(bool, passed);
    const QList<OutreachCheck> checks = OutreachChecks::run(body, values());
    const OutreachCheck check = checks.at(int(id));
    QCOMPARE(check.id, id);
    QCOMPARE(check.passed, passed);
}

void TestOutreachChecks::everyCheckRunsInOrderWithAdvice()
{
    const QList<OutreachCheck> checks = OutreachChecks::run(u"I want a job."_s, values());
    QCOMPARE(checks.size(), 5);
    for (int i = 0; i < checks.size(); ++i) {
        QCOMPARE(int(checks.at(i).id), i);
        QVERIFY(!checks.at(i).text.isEmpty());
    }
    // Passing and failing say different things.
    QVERIFY(checks.at(OutreachCheck::NoJobRequest).text != OutreachChecks::run(QString(), values()).at(3).text);
    QVERIFY(checks.at(OutreachCheck::Length).text.contains(u"4"_s));
}

// The signature is about the sender by nature; it must not tip the counts.
void TestOutreachChecks::signatureIsNotCounted()
{
    const QString body = u"Could you tell me about your work?\n\nAda Lovelace\nada@example.org"_s;
    const QList<OutreachCheck> checks = OutreachChecks::run(body, values());
    QVERIFY(checks.at(OutreachCheck::Length).text.contains(u" 7"_s));
    MessageValues withoutSignature = values();
    withoutSignature.setValue(u"my.signature"_s, QString());
    QVERIFY(OutreachChecks::run(body, withoutSignature).at(OutreachCheck::Length).text.contains(u" 12"_s));
}

void TestOutreachChecks::offerConversationsMayTalkOfTheJob_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("the offer") << u"Before I answer the offer for the job on your team, could we talk?"_s;
    QTest::newRow("hiring") << u"You were part of hiring me: could you tell me about the team's openings?"_s;
    QTest::newRow("nothing about jobs") << u"Could you tell me about your work?"_s;
}

// After an offer, the job is the subject: the advice against naming it is left out, and only it.
void TestOutreachChecks::offerConversationsMayTalkOfTheJob()
{
    QFETCH(QString, body);
    MessageValues deciding = values();
    deciding.setInterviewKind(InterviewKind::DecidingOnOffer);
    const QList<OutreachCheck> exploring = OutreachChecks::run(body, values());
    const QList<OutreachCheck> offer = OutreachChecks::run(body, deciding);
    QCOMPARE(exploring.size(), 5);
    QCOMPARE(offer.size(), 4);
    QList<OutreachCheck> expected = exploring;
    expected.removeAt(OutreachCheck::NoJobRequest);
    QCOMPARE(offer, expected);
    for (const OutreachCheck &check : offer)
        QVERIFY(check.id != OutreachCheck::NoJobRequest);
}

void TestOutreachChecks::shippedOutreachPassesEveryCheck_data()
{
    QTest::addColumn<MessageTemplate>("messageTemplate");
    for (const MessageTemplate &t : TemplateFile::defaults()) {
        if (OutreachChecks::appliesTo(t.kind))
            QTest::newRow(qPrintable(t.defaultKey)) << t;
    }
}

// The defaults teach by example: filled in with ordinary answers, they pass.
void TestOutreachChecks::shippedOutreachPassesEveryCheck()
{
    QFETCH(MessageTemplate, messageTemplate);
    MessageValues v = values();
    v.setValue(u"contact.first_name"_s, u"Grace"_s);
    v.setValue(u"contact.position"_s, u"Head of Research"_s);
    v.setValue(u"organisation"_s, u"Acme Analytics"_s);
    v.setValue(u"interview.topic"_s, u"moving from teaching into user research"_s);
    v.setValue(u"interview.length"_s, u"20"_s);
    QString text = TemplateRenderer::render(messageTemplate.body, v).text;
    static const QRegularExpression slot(u"\\[\\[[^\\]]*\\]\\]"_s);
    text.replace(slot, u"a short answer in four words"_s);
    const QList<OutreachCheck> checks = OutreachChecks::run(TemplateRenderer::unescape(text), v);
    for (const OutreachCheck &check : checks)
        QVERIFY2(check.passed, qPrintable(check.text + u"\n\n"_s + text));
}

void TestOutreachChecks::appliesToFirstContactAndFollowUp()
{
    QVERIFY(OutreachChecks::appliesTo(MessageKind::Outreach));
    QVERIFY(OutreachChecks::appliesTo(MessageKind::FollowUp));
    QVERIFY(!OutreachChecks::appliesTo(MessageKind::ThankYou));
    QVERIFY(!OutreachChecks::appliesTo(MessageKind::TouchBase));
    QVERIFY(!OutreachChecks::appliesTo(MessageKind::ReferralRequest));
}

QTEST_GUILESS_MAIN(TestOutreachChecks)
#include "tst_outreachchecks.moc"
