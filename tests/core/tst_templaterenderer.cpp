#include "messages/messagevalues.h"
#include "messages/templatefile.h"
#include "messages/templaterenderer.h"

#include <QLocale>

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

class TestTemplateRenderer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void render_data();
    void render();
    void renderingTheRenderedTextFindsWhatIsStillOpen();
    void valuesThatLookLikeSyntaxStayLiteral();
    void everyKnownPlaceholderHasADescription();
    void valuesForAnInterview();
    void questionsAsANumberedList_data();
    void questionsAsANumberedList();
    void organisationFallsBackToTheirCompany();
    void signatureFallsBackToTheName();
    void profileIsKeptInTheSettings();
    void shippedTemplatesUseOnlyKnownPlaceholders();
    void topicPhrase_data();
    void topicPhrase();
    void shippedTemplatesReadWell_data();
    void shippedTemplatesReadWell();

private:
    static MessageValues sample();
};

void TestTemplateRenderer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"coffeechat-tests"_s);
    QCoreApplication::setApplicationName(u"tst_templaterenderer"_s);
    QSettings().clear();
}

MessageValues TestTemplateRenderer::sample()
{
    MessageValues values;
    values.setValue(u"contact.first_name"_s, u"Grace"_s);
    values.setValue(u"contact.last_name"_s, u"Hopper"_s);
    values.setValue(u"organisation"_s, u"Navy Labs"_s);
    values.setValue(u"interview.topic"_s, u"compilers"_s);
    values.setValue(u"interview.length"_s, u"20"_s);
    values.setValue(u"my.name"_s, u"Ada"_s);
    values.setValue(u"my.signature"_s, u""_s); // known, but empty
    return values;
}

void TestTemplateRenderer::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unknown");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("slotLabels");

    const QStringList none;
    QTest::newRow("plain text") << u"Hello there."_s << u"Hello there."_s << none << none << none;
    QTest::newRow("empty") << QString() << QString() << none << none << none;
    QTest::newRow("one placeholder") << u"Hi {{contact.first_name}},"_s << u"Hi Grace,"_s << none << none << none;
    QTest::newRow("spaces inside braces")
        << u"Hi {{  contact.first_name }}!"_s << u"Hi Grace!"_s << none << none << none;
    QTest::newRow("upper case name") << u"{{Contact.First_Name}}"_s << u"Grace"_s << none << none << none;
    QTest::newRow("several, repeated")
        << u"{{interview.length}} minutes on {{interview.topic}} at {{organisation}}, {{interview.length}}"_s
        << u"20 minutes on compilers at Navy Labs, 20"_s << none << none << none;
    QTest::newRow("unknown stays as written") << u"Hi {{contact.nickname }} and {{contact.nickname }}"_s
                                              << u"Hi {{contact.nickname }} and {{contact.nickname }}"_s
                                              << QStringList{u"{{contact.nickname }}"_s} << none << none;
    QTest::newRow("empty braces") << u"a {{}} b"_s << u"a {{}} b"_s << QStringList{u"{{}}"_s} << none << none;
    QTest::newRow("unclosed") << u"Hi {{contact.first_name,\nthanks"_s << u"Hi {{contact.first_name,\nthanks"_s
                              << QStringList{u"{{contact.first_name,"_s} << none << none;
    QTest::newRow("closing on the next line is not a placeholder")
        << u"{{my.name\n}}"_s << u"{{my.name\n}}"_s << QStringList{u"{{my.name"_s} << none << none;
    QTest::newRow("known without value") << u"Hi {{contact.position}} {{ my.signature }}"_s
                                         << u"Hi {{contact.position}} {{ my.signature }}"_s << none
                                         << QStringList{u"contact.position"_s, u"my.signature"_s} << none;
    QTest::newRow("slot") << u"I learned [[one specific thing]]."_s << u"I learned [[one specific thing]]."_s << none
                          << none << QStringList{u"one specific thing"_s};
    QTest::newRow("slots, trimmed, repeated once")
        << u"[[ a ]] and [[b]] and [[a]]"_s << u"[[ a ]] and [[b]] and [[a]]"_s << none << none
        << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("lone brackets are text")
        << u"[[ not closed\nlist]]"_s << u"[[ not closed\nlist]]"_s << none << none << none;
    QTest::newRow("markdown link untouched") << u"[my site](https://example.com) and [x][1]"_s
                                             << u"[my site](https://example.com) and [x][1]"_s << none << none << none;
    QTest::newRow("escaped placeholder") << u"Write \\{{contact.first_name}} literally"_s
                                         << u"Write \\{{contact.first_name}} literally"_s << none << none << none;
    QTest::newRow("escaped slot") << u"\\[[not a slot]]"_s << u"\\[[not a slot]]"_s << none << none << none;
    QTest::newRow("backslash before an escape") << u"\\\\{{my.name}}"_s << u"\\\\{{my.name}}"_s << none << none << none;
    QTest::newRow("single braces") << u"{contact.first_name} }} ]]"_s << u"{contact.first_name} }} ]]"_s << none << none
                                   << none;
    QTest::newRow("everything at once")
        << u"# {{interview.topic}}\n\n**Hi {{contact.first_name}}**, [[thing]] {{oops}} {{my.email}}"_s
        << u"# compilers\n\n**Hi Grace**, [[thing]] {{oops}} {{my.email}}"_s << QStringList{u"{{oops}}"_s}
        << QStringList{u"my.email"_s} << QStringList{u"thing"_s};
}

void TestTemplateRenderer::render()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, unknown);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, slotLabels);

    const TemplateRenderer::Rendered rendered = TemplateRenderer::render(text, sample());
    QCOMPARE(rendered.text, expected);
    QCOMPARE(rendered.unknownPlaceholders, unknown);
    QCOMPARE(rendered.missingValues, missing);
    QCOMPARE(rendered.unfilledSlots, slotLabels);
    QCOMPARE(rendered.isComplete(), unknown.isEmpty() && missing.isEmpty() && slotLabels.isEmpty());
}

// The composer renders once, the user writes into the slots, and rendering again tells what is left.
void TestTemplateRenderer::renderingTheRenderedTextFindsWhatIsStillOpen()
{
    const auto first =
        TemplateRenderer::render(u"Hi {{contact.first_name}}, I learned [[a]] and [[b]]. \\{{x}}"_s, sample());
    QCOMPARE(first.unfilledSlots, (QStringList{u"a"_s, u"b"_s}));
    QString edited = first.text;
    edited.replace(u"[[a]]"_s, u"that compilers matter"_s);
    const auto second = TemplateRenderer::render(edited, sample());
    QCOMPARE(second.text, edited);
    QCOMPARE(second.unfilledSlots, QStringList{u"b"_s});
    QVERIFY(second.unknownPlaceholders.isEmpty());
    QCOMPARE(second.message(), u"Hi Grace, I learned that compilers matter and [[b]]. {{x}}"_s);
}

void TestTemplateRenderer::valuesThatLookLikeSyntaxStayLiteral()
{
    MessageValues values;
    values.setValue(u"contact.first_name"_s, u"{{my.name}} [[slot]] \\{{"_s);
    values.setValue(u"my.name"_s, u"Ada"_s);
    const auto rendered = TemplateRenderer::render(u"Hi {{contact.first_name}}"_s, values);
    QVERIFY(rendered.isComplete());
    QCOMPARE(rendered.message(), u"Hi {{my.name}} [[slot]] \\{{"_s);
    const auto again = TemplateRenderer::render(rendered.text, values);
    QVERIFY(again.isComplete());
    QCOMPARE(again.text, rendered.text);
    QCOMPARE(TemplateRenderer::unescape(TemplateRenderer::escape(u"a{{b[[c\\{{d"_s)), u"a{{b[[c\\{{d"_s);
}

void TestTemplateRenderer::everyKnownPlaceholderHasADescription()
{
    QStringList names = TemplateRenderer::knownPlaceholders();
    QCOMPARE(names.size(), 15);
    QCOMPARE(names.removeDuplicates(), 0);
    for (const QString &name : names) {
        QVERIFY2(!TemplateRenderer::description(name).isEmpty(), qPrintable(name));
        QVERIFY(TemplateRenderer::isKnownPlaceholder(name));
    }
    QVERIFY(TemplateRenderer::description(u"contact.nickname"_s).isEmpty());
    QVERIFY(!TemplateRenderer::isKnownPlaceholder(u"interview.learned"_s));
}

void TestTemplateRenderer::valuesForAnInterview()
{
    Interview interview;
    interview.topic = u"  Product management "_s;
    interview.scheduledAt = QDateTime(QDate(2026, 3, 4), QTime(10, 0), QTimeZone::LocalTime);
    interview.lengthMinutes = 25;
    interview.connection = u"Alumni of Leeds University"_s;
    Contact contact;
    contact.firstName = u"Grace"_s;
    contact.lastName = u"Hopper"_s;
    contact.company = u"Remington Rand"_s;
    contact.position = u"Senior Mathematician"_s;
    Organisation organisation;
    organisation.name = u"UNIVAC"_s;
    Contact introducer;
    introducer.firstName = u"Howard"_s;
    introducer.lastName = u"Aiken"_s;
    const MyProfile me{u"Ada Lovelace"_s, u"ada@example.org"_s, u"Ada\nada@example.org"_s};

    const MessageValues values =
        MessageValues::forInterview(interview, contact, organisation, introducer, me,
                                    {u"How did you start?"_s, u"  "_s, u"What does a good week\n look like?"_s});
    const QHash<QString, QString> expected = {
        {u"contact.first_name"_s, u"Grace"_s},
        {u"contact.last_name"_s, u"Hopper"_s},
        {u"contact.full_name"_s, u"Grace Hopper"_s},
        {u"contact.position"_s, u"Senior Mathematician"_s},
        {u"contact.company"_s, u"Remington Rand"_s},
        {u"organisation"_s, u"UNIVAC"_s},
        {u"referrer.name"_s, u"Howard Aiken"_s},
        {u"referrer.first_name"_s, u"Howard"_s},
        {u"interview.topic"_s, u"Product management"_s},
        {u"interview.date"_s, QLocale().toString(QDate(2026, 3, 4), QLocale::LongFormat)},
        {u"interview.length"_s, u"25"_s},
        // Numbered as sent: a blank one is left out, one written over two lines stays one item.
        {u"interview.questions"_s, u"1. How did you start?\n2. What does a good week look like?"_s},
        {u"my.name"_s, u"Ada Lovelace"_s},
        {u"my.email"_s, u"ada@example.org"_s},
        {u"my.signature"_s, u"Ada\nada@example.org"_s},
    };
    QCOMPARE(expected.size(), TemplateRenderer::knownPlaceholders().size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(values.value(it.key()), it.value());
    QCOMPARE(values.connection(), u"Alumni of Leeds University"_s);

    // Nothing known: every placeholder but the length is reported missing, none is emptied.
    const MessageValues sparse = MessageValues::forInterview(Interview{}, std::nullopt, std::nullopt, std::nullopt, {});
    QString all;
    for (const QString &name : TemplateRenderer::knownPlaceholders())
        all += u"{{"_s + name + u"}} "_s;
    const auto rendered = TemplateRenderer::render(all, sparse);
    QStringList missing = TemplateRenderer::knownPlaceholders();
    missing.removeOne(u"interview.length"_s);
    QCOMPARE(rendered.missingValues, missing);
    QVERIFY(rendered.text.contains(u"{{contact.first_name}}"_s));
    QVERIFY(rendered.text.contains(u"20"_s));
}

void TestTemplateRenderer::questionsAsANumberedList_data()
{
    QTest::addColumn<QStringList>("questions");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList() << QString();
    QTest::newRow("only blank ones") << QStringList{u""_s, u" \t "_s} << QString();
    QTest::newRow("one") << QStringList{u"What surprised you?"_s} << u"1. What surprised you?"_s;
    QTest::newRow("ten, numbers keep counting")
        << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s, u"h"_s, u"i"_s, u"j"_s}
        << u"1. a\n2. b\n3. c\n4. d\n5. e\n6. f\n7. g\n8. h\n9. i\n10. j"_s;
    QTest::newRow("syntax in a question stays literal once rendered")
        << QStringList{u"Is {{this}} [[odd]]?"_s} << u"1. Is {{this}} [[odd]]?"_s;
}

// {{interview.questions}}: what the "questions ahead" template sends.
void TestTemplateRenderer::questionsAsANumberedList()
{
    QFETCH(QStringList, questions);
    QFETCH(QString, expected);
    QCOMPARE(MessageValues::numberedList(questions), expected);
    const MessageValues values =
        MessageValues::forInterview(Interview{}, std::nullopt, std::nullopt, std::nullopt, {}, questions);
    const auto rendered = TemplateRenderer::render(u"Questions:\n{{interview.questions}}\nThanks"_s, values);
    QCOMPARE(rendered.message(),
             u"Questions:\n"_s + (expected.isEmpty() ? u"{{interview.questions}}"_s : expected) + u"\nThanks"_s);
    // No questions yet is reported, never sent as an empty list.
    QCOMPARE(rendered.missingValues.contains(u"interview.questions"_s), expected.isEmpty());
    QVERIFY(TemplateRenderer::render(rendered.text, values).unknownPlaceholders.isEmpty());
}

void TestTemplateRenderer::organisationFallsBackToTheirCompany()
{
    Contact contact;
    contact.company = u"Remington Rand"_s;
    const MessageValues values = MessageValues::forInterview(Interview{}, contact, std::nullopt, std::nullopt, {});
    QCOMPARE(values.value(u"organisation"_s), u"Remington Rand"_s);
}

void TestTemplateRenderer::signatureFallsBackToTheName()
{
    const MessageValues values =
        MessageValues::forInterview(Interview{}, std::nullopt, std::nullopt, std::nullopt, {u"Ada"_s, {}, u"  "_s});
    QCOMPARE(values.value(u"my.signature"_s), u"Ada"_s);
}

void TestTemplateRenderer::profileIsKeptInTheSettings()
{
    QCOMPARE(MyProfile::load(), MyProfile{});
    MyProfile me{u"Ada"_s, u"ada@example.org"_s, u"Ada\n+44 1234"_s};
    me.exploring = MyProfile::splitRoles(u" product management,UX design ;; product Management\ndata"_s);
    QCOMPARE(me.exploring, (QStringList{u"product management"_s, u"UX design"_s, u"data"_s}));
    QCOMPARE(MyProfile::joinRoles(me.exploring), u"product management, UX design, data"_s);
    me.save();
    QCOMPARE(MyProfile::load(), me);
    QCOMPARE(QSettings().value(u"profile/email"_s).toString(), u"ada@example.org"_s);
}

// Every shipped template renders completely once the data is there, apart from its slots.
void TestTemplateRenderer::shippedTemplatesUseOnlyKnownPlaceholders()
{
    MessageValues values = sample();
    for (const QString &name : TemplateRenderer::knownPlaceholders())
        if (values.value(name).isEmpty())
            values.setValue(name, u"x"_s);
    const QList<MessageTemplate> templates = TemplateFile::defaults();
    QVERIFY(!templates.isEmpty());
    for (const MessageTemplate &t : templates) {
        for (const QString &text : {t.subject, t.body}) {
            const auto rendered = TemplateRenderer::render(text, values);
            QVERIFY2(rendered.unknownPlaceholders.isEmpty(), qPrintable(t.name));
            QVERIFY2(rendered.missingValues.isEmpty(), qPrintable(t.name));
        }
    }
}

void TestTemplateRenderer::topicPhrase_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("a goal") << u"Learn what an engineering manager does day to day"_s
                            << u"what an engineering manager does day to day"_s;
    QTest::newRow("a goal with about") << u"Find out about careers in policy."_s << u"careers in policy"_s;
    QTest::newRow("to learn more about") << u"To learn more about product management!"_s << u"product management"_s;
    QTest::newRow("a question") << u"What does a UX researcher do all day?"_s
                                << u"what does a UX researcher do all day"_s;
    QTest::newRow("a noun phrase") << u"  data work in   climate tech. "_s << u"data work in climate tech"_s;
    QTest::newRow("a name keeps its capital") << u"Google's culture"_s << u"Google's culture"_s;
    QTest::newRow("an acronym") << u"UX research at Spotify"_s << u"UX research at Spotify"_s;
    QTest::newRow("learning is not learn") << u"Learning design"_s << u"Learning design"_s;
    QTest::newRow("the field") << u"The move from teaching to UX"_s << u"the move from teaching to UX"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only punctuation") << u"?!"_s << QString();
}

void TestTemplateRenderer::topicPhrase()
{
    QFETCH(QString, topic);
    QFETCH(QString, phrase);
    QCOMPARE(MessageValues::topicPhrase(topic), phrase);
}

// Each shipped template rendered for a realistic interview, read as its recipient would.
void TestTemplateRenderer::shippedTemplatesReadWell_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("sentence"); // a sentence it must contain, as written
    QTest::newRow("outreach-introduced")
        << u"outreach-introduced"_s
        << u"I'm exploring what an engineering manager does day to day, and your path to Engineering manager at "
           "Northwind Climate"_s;
    QTest::newRow("outreach-in-common")
        << u"outreach-in-common"_s
        << u"I'm exploring what an engineering manager does day to day and would value your view of it from "
           "Northwind Climate."_s;
    QTest::newRow("follow-up-no-reply")
        << u"follow-up-no-reply"_s
        << u"Would you have 20 minutes for a call about what an engineering manager does day to day"_s;
    QTest::newRow("thank-you") << u"thank-you"_s
                               << u"Thank you for taking the time to talk with me about what an engineering manager "
                                  "does day to day."_s;
    QTest::newRow("referral-request") << u"referral-request"_s
                                      << u"Thank you again for our conversation about what an engineering manager "
                                         "does day to day."_s;
    QTest::newRow("touch-base") << u"touch-base"_s << u"When we spoke on "_s;
}

void TestTemplateRenderer::shippedTemplatesReadWell()
{
    QFETCH(QString, key);
    QFETCH(QString, sentence);
    const QList<MessageTemplate> templates = TemplateFile::defaults();
    const auto found = std::find_if(templates.cbegin(), templates.cend(),
                                    [&key](const MessageTemplate &t) { return t.defaultKey == key; });
    QVERIFY2(found != templates.cend(), qPrintable(key));

    Interview interview;
    interview.topic = u"Learn what an engineering manager does day to day."_s; // as users type it
    interview.lengthMinutes = 20;
    interview.scheduledAt = QDateTime(QDate(2026, 11, 3), QTime(10, 0));
    Contact ada;
    ada.firstName = u"Ada"_s;
    ada.lastName = u"Okafor"_s;
    ada.company = u"Northwind Climate"_s;
    ada.position = u"Engineering manager"_s;
    Contact grace;
    grace.firstName = u"Grace"_s;
    grace.lastName = u"Hopper"_s;
    MyProfile me;
    me.name = u"Sam Rivera"_s;
    me.signature = u"Sam Rivera"_s;
    const MessageValues values = MessageValues::forInterview(interview, ada, std::nullopt, grace, me);

    const TemplateRenderer::Rendered body = TemplateRenderer::render(found->body, values);
    const TemplateRenderer::Rendered subject = TemplateRenderer::render(found->subject, values);
    QVERIFY2(body.missingValues.isEmpty() && subject.missingValues.isEmpty(), qPrintable(key));
    const QString text = body.text;
    QVERIFY2(text.contains(sentence), qPrintable(text));
    QVERIFY2(text.startsWith(u"Hi Ada,\n\n"_s), qPrintable(text));
    QVERIFY2(text.trimmed().endsWith(u"\nSam Rivera"_s), qPrintable(text));
    // Nothing that reads as a slip: the topic as typed, doubled punctuation or spaces.
    for (const QString &slip : {u"about Learn"_s, u"exploring Learn"_s, u"day.."_s, u"day. ?"_s, u"?."_s, u"  "_s,
                                u" ,"_s, u" ."_s, u"{{"_s, u"a engineering"_s}) {
        QVERIFY2(!text.contains(slip), qPrintable(slip + u" in: "_s + text));
        QVERIFY2(!subject.text.contains(slip), qPrintable(slip + u" in: "_s + subject.text));
    }
    QVERIFY(!subject.text.isEmpty());
    QVERIFY(!subject.text.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
