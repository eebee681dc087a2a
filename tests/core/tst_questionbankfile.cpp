#include "questions/questionbankfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestQuestionBankFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void parseReadsEveryField();
    void serializeParseRoundTrip();
    void readNamesTheFile();

    void defaultsAreOpenQuestions();
    void defaultsAreUnique();
    void defaultsUseEveryTiaraAndTheExpectedCategories();
};

namespace {

QByteArray bank(const QByteArray &questions, const QByteArray &format = "coffeechat-question-bank", int version = 1)
{
    return "{\n  \"format\": \"" + format + "\",\n  \"version\": " + QByteArray::number(version)
        + ",\n  \"questions\": " + questions + "\n}\n";
}

} // namespace

void TestQuestionBankFile::parse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("expectedCount");
    QTest::addColumn<QStringList>("errorParts"); // empty when the file is read

    QTest::newRow("valid") << bank(R"([{"text": "How did you start?"}, {"text": "What is next?", "tiara": "trends"}])")
                           << 2 << QStringList();
    QTest::newRow("empty list") << bank("[]") << 0 << QStringList();
    QTest::newRow("older version") << bank(R"([{"text": "Why?"}])", "coffeechat-question-bank", 0) << 1
                                   << QStringList();
    QTest::newRow("unknown fields are ignored")
        << bank(R"([{"text": "Why?", "colour": "blue"}])") << 1 << QStringList();

    QTest::newRow("missing text names the entry")
        << bank(R"([{"text": "One?"}, {"text": "Two?"}, {"category": "Skills"}])") << 0
        << QStringList{QStringLiteral("Question 3"), QStringLiteral("no text")};
    QTest::newRow("blank text") << bank(R"([{"text": "   "}])") << 0
                                << QStringList{QStringLiteral("Question 1"), QStringLiteral("no text")};
    QTest::newRow("entry not an object") << bank(R"([{"text": "One?"}, "Two?"])") << 0
                                         << QStringList{QStringLiteral("Question 2")};
    QTest::newRow("wrong format name") << bank(R"([{"text": "Why?"}])", "someone-elses-questions") << 0
                                       << QStringList{QStringLiteral("not a Coffee Chat question bank")};
    QTest::newRow("no format") << QByteArray(R"({"questions": [{"text": "Why?"}]})") << 0
                               << QStringList{QStringLiteral("not a Coffee Chat question bank")};
    QTest::newRow("top level array") << QByteArray(R"([{"text": "Why?"}])") << 0
                                     << QStringList{QStringLiteral("not a Coffee Chat question bank")};
    QTest::newRow("newer version") << bank(R"([{"text": "Why?"}])", "coffeechat-question-bank", 2) << 0
                                   << QStringList{QStringLiteral("newer version"), QStringLiteral("version 2")};
    QTest::newRow("not JSON")
        << QByteArray("{\n  \"format\": \"coffeechat-question-bank\",\n  \"version\": 1\n  \"questions\": []\n}") << 0
        << QStringList{QStringLiteral("not a valid question bank file"), QStringLiteral("line 4")};
    QTest::newRow("CSV, not JSON") << QByteArray("text,category\nWhy?,Skills\n") << 0
                                   << QStringList{QStringLiteral("not a valid"), QStringLiteral("line 1")};
    QTest::newRow("empty file") << QByteArray() << 0 << QStringList{QStringLiteral("not a valid")};
    QTest::newRow("questions is an object")
        << bank(R"({"text": "Why?"})") << 0 << QStringList{QStringLiteral("no list of questions")};
    QTest::newRow("questions is a string")
        << bank(R"("Why?")") << 0 << QStringList{QStringLiteral("no list of questions")};
    QTest::newRow("questions missing") << QByteArray(R"({"format": "coffeechat-question-bank", "version": 1})") << 0
                                       << QStringList{QStringLiteral("no list of questions")};
}

void TestQuestionBankFile::parse()
{
    QFETCH(QByteArray, json);
    QFETCH(int, expectedCount);
    QFETCH(QStringList, errorParts);

    const QuestionBankFile::Result result = QuestionBankFile::parse(json);
    QCOMPARE(result.ok(), errorParts.isEmpty());
    for (const QString &part : std::as_const(errorParts))
        QVERIFY2(result.error.contains(part), qPrintable(result.error));
    // A broken file is never half-read.
    QCOMPARE(result.questions.size(), expectedCount);
}

void TestQuestionBankFile::parseReadsEveryField()
{
    const QuestionBankFile::Result result = QuestionBankFile::parse(bank(R"([
        {"key": "k-1", "text": "  What surprised you?  ", "category": " Career path ", "tiara": "insights",
         "notes": "Follow up:\n“why”", "favourite": true},
        {"text": "Who else?", "tiara": "no-such-tag"}
    ])"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.questions.size(), 2);

    const Question &first = result.questions.at(0);
    QCOMPARE(first.id, qint64(0));
    QCOMPARE(first.text, QStringLiteral("What surprised you?"));
    QCOMPARE(first.category, QStringLiteral("Career path"));
    QCOMPARE(first.tiara, Tiara::Insights);
    QCOMPARE(first.notes, QStringLiteral("Follow up:\n“why”"));
    QVERIFY(first.favourite);
    QCOMPARE(first.defaultKey, QStringLiteral("k-1"));
    QCOMPARE(first.usageCount, 0);

    const Question &second = result.questions.at(1);
    QCOMPARE(second.text, QStringLiteral("Who else?"));
    QCOMPARE(second.category, QString());
    QCOMPARE(second.tiara, Tiara::None);
    QVERIFY(!second.favourite);
    QVERIFY(second.defaultKey.isEmpty());
}

void TestQuestionBankFile::serializeParseRoundTrip()
{
    QList<Question> questions;
    for (Tiara tiara : TiaraNames::all()) {
        Question q;
        q.id = 40 + int(tiara);
        q.text = QStringLiteral("Question tagged %1?").arg(TiaraNames::key(tiara));
        q.category = int(tiara) % 2 ? QStringLiteral("The organisation's outlook") : QString();
        q.tiara = tiara;
        q.notes = int(tiara) % 2 ? QStringLiteral("Line one\nLine \"two\" — ünïcode ☕") : QString();
        q.favourite = int(tiara) % 2 == 0;
        q.usageCount = 3;
        q.defaultKey = QStringLiteral("shipped-%1").arg(int(tiara));
        q.createdAt = QDateTime::currentDateTimeUtc();
        q.updatedAt = q.createdAt;
        questions << q;
    }

    const QByteArray json = QuestionBankFile::serialize(questions);
    QVERIFY(json.contains("\"format\": \"coffeechat-question-bank\""));
    // What is private to this database stays out of a file that is shared.
    QVERIFY(!json.contains("shipped-"));
    QVERIFY(!json.contains("\"id\""));

    const QuestionBankFile::Result result = QuestionBankFile::parse(json);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QList<Question> expected;
    for (Question q : std::as_const(questions)) {
        q.id = 0;
        q.usageCount = 0;
        q.defaultKey.clear();
        q.createdAt = q.updatedAt = QDateTime();
        expected << q;
    }
    QCOMPARE(result.questions, expected);

    QCOMPARE(QuestionBankFile::parse(QuestionBankFile::serialize({})).questions, QList<Question>());
    QVERIFY(QuestionBankFile::parse(QuestionBankFile::serialize({})).ok());
}

void TestQuestionBankFile::readNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QuestionBankFile::Result missing = QuestionBankFile::read(dir.filePath(QStringLiteral("gone.json")));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(QStringLiteral("gone.json")), qPrintable(missing.error));

    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bank(R"([{"text": "One?"}, {}])"));
    }
    const QuestionBankFile::Result bad = QuestionBankFile::read(broken);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error.contains(QStringLiteral("broken.json")), qPrintable(bad.error));
    QVERIFY2(bad.error.contains(QStringLiteral("Question 2")), qPrintable(bad.error));
    QVERIFY(bad.questions.isEmpty());

    const QString good = dir.filePath(QStringLiteral("good.json"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bank(R"([{"text": "One?"}])"));
    }
    const QuestionBankFile::Result read = QuestionBankFile::read(good);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.questions.size(), 1);
}

// The shipped questions are open questions: a yes/no question ends the conversation.
void TestQuestionBankFile::defaultsAreOpenQuestions()
{
    const QList<Question> defaults = QuestionBankFile::defaults();
    QVERIFY2(defaults.size() >= 60, qPrintable(QString::number(defaults.size())));

    const QStringList yesNoWords = {
        QStringLiteral("do"),    QStringLiteral("does"),  QStringLiteral("did"),    QStringLiteral("is"),
        QStringLiteral("are"),   QStringLiteral("was"),   QStringLiteral("were"),   QStringLiteral("can"),
        QStringLiteral("could"), QStringLiteral("would"), QStringLiteral("will"),   QStringLiteral("have"),
        QStringLiteral("has"),   QStringLiteral("had"),   QStringLiteral("should"),
    };
    static const QRegularExpression firstWord(QStringLiteral("^\\W*(\\w+)"));
    for (const Question &q : defaults) {
        QVERIFY2(q.text.endsWith(QLatin1Char('?')), qPrintable(q.text));
        QCOMPARE(q.text, q.text.trimmed());
        const QRegularExpressionMatch match = firstWord.match(q.text);
        QVERIFY2(match.hasMatch(), qPrintable(q.text));
        QVERIFY2(!yesNoWords.contains(match.captured(1).toLower()), qPrintable(q.text));
        QVERIFY2(!q.defaultKey.isEmpty(), qPrintable(q.text));
    }
}

void TestQuestionBankFile::defaultsAreUnique()
{
    const QList<Question> defaults = QuestionBankFile::defaults();
    QSet<QString> keys;
    QSet<QString> texts;
    for (const Question &q : defaults) {
        QVERIFY2(!keys.contains(q.defaultKey), qPrintable(q.defaultKey));
        keys.insert(q.defaultKey);
        // The same rule as QuestionStore::insertNew, so restoring defaults never skips one.
        const QString text = q.text.trimmed().toCaseFolded();
        QVERIFY2(!texts.contains(text), qPrintable(q.text));
        texts.insert(text);
    }
    QCOMPARE(keys.size(), defaults.size());
}

void TestQuestionBankFile::defaultsUseEveryTiaraAndTheExpectedCategories()
{
    const QSet<QString> expectedCategories = {
        QStringLiteral("Career path"),
        QStringLiteral("Day-to-day work"),
        QStringLiteral("Skills"),
        QStringLiteral("Industry trends"),
        QStringLiteral("Advice"),
        QStringLiteral("Resources and referrals"),
        QStringLiteral("Culture"),
        QStringLiteral("The organisation's outlook"),
        QString::fromUtf8(OfferQuestionsCategory),
    };
    QSet<QString> categories;
    QSet<Tiara> tags;
    for (const Question &q : QuestionBankFile::defaults()) {
        QVERIFY2(expectedCategories.contains(q.category), qPrintable(q.category + QStringLiteral(": ") + q.text));
        categories.insert(q.category);
        QVERIFY2(q.tiara != Tiara::None, qPrintable(q.text));
        tags.insert(q.tiara);
    }
    QCOMPARE(categories, expectedCategories);
    // A conversation after an offer has at least fifteen questions of its own, open ones, about
    // the team, the manager, growing and what they would change.
    QStringList offer;
    for (const Question &q : QuestionBankFile::defaults()) {
        if (q.category == QString::fromUtf8(OfferQuestionsCategory))
            offer << q.text;
    }
    QVERIFY2(offer.size() >= 15, qPrintable(QString::number(offer.size())));
    for (const char *subject : {"team", "manager", "change", "learning"})
        QVERIFY2(!offer.filter(QString::fromLatin1(subject), Qt::CaseInsensitive).isEmpty(), subject);
    const QList<Tiara> all = TiaraNames::all();
    QCOMPARE(tags, QSet<Tiara>(all.begin() + 1, all.end())); // every tag but None
}

QTEST_GUILESS_MAIN(TestQuestionBankFile)
#include "tst_questionbankfile.moc"
