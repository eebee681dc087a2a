// Search Everything's index: what a query finds, in which order, and where in a record it was
// found; read from a real database with one record of each kind.
#include "messages/messagerecords.h"
#include "search/searchindex.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/messagestore.h"
#include "storage/organisationstore.h"
#include "storage/questionstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Search::Kind;

namespace {

Search::Entry entry(Kind kind, qint64 id, const QString &title, const QList<Search::Field> &fields = {})
{
    return Search::Entry{kind, id, title, {}, fields};
}

const QList<Search::Entry> &sampleEntries()
{
    static const QList<Search::Entry> entries = {
        entry(Kind::Contact, 1, u"Seán Ó Briain"_s,
              {{u"Company"_s, u"Contoso"_s}, {u"Notes"_s, u"Met at the data meetup"_s}}),
        entry(Kind::Contact, 2, u"Ada Lovelace"_s, {{u"Company"_s, u"Analytical Engines Ltd"_s}}),
        entry(Kind::Contact, 3, u"Grace Hopper"_s, {{u"Notes"_s, u"Knows Ada from the navy; ask about compilers"_s}}),
        entry(Kind::Organisation, 10, u"Contoso"_s, {{u"Notes"_s, u"Hiring data engineers"_s}}),
        entry(Kind::Interview, 20, u"Ada Lovelace · Analytical Engines Ltd"_s,
              {{u"Step"_s, QString(), Step::Contact},
               {u"Conversation notes"_s, u"She said the best teams write their design docs first."_s, Step::Conduct},
               {u"Thank-you note sent 3 Dec"_s, u"Thank you for the talk about design docs"_s, Step::FollowUp}}),
        entry(Kind::Question, 30, u"What does a typical day look like?"_s, {{u"Category"_s, u"Daily work"_s}}),
    };
    return entries;
}

QStringList found(const Search::Results &results)
{
    QStringList ids;
    for (const QList<Search::Hit> &hits : results.hits) {
        for (const Search::Hit &hit : hits)
            ids << QString::number(hit.id);
    }
    return ids;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsEveryWordAtTheStartOfAWord_data();
    void findsEveryWordAtTheStartOfAWord();
    void saysWhereItWasFound_data();
    void saysWhereItWasFound();
    void listsTitleMatchesFirstAndCountsBeyondTheLimit();
    void snippetShowsTheWordsAround_data();
    void snippetShowsTheWordsAround();
    void readsEveryKindFromTheDatabase();
};

void TestSearchIndex::findsEveryWordAtTheStartOfAWord_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("ids"); // kinds in order: contacts, organisations, interviews, questions

    QTest::newRow("nothing typed") << u"  "_s << QStringList();
    QTest::newRow("a name, any case") << u"ADA"_s << QStringList{u"2"_s, u"3"_s, u"20"_s};
    QTest::newRow("accents typed or not") << u"sean o"_s << QStringList{u"1"_s};
    QTest::newRow("accents typed") << u"Seán"_s << QStringList{u"1"_s};
    QTest::newRow("the start of a word, not its middle") << u"ontoso"_s << QStringList();
    QTest::newRow("words from the title and a field") << u"ada design"_s << QStringList{u"20"_s};
    QTest::newRow("every word must be found") << u"ada navy compilers"_s << QStringList{u"3"_s};
    QTest::newRow("a word nobody has") << u"ada zebra"_s << QStringList();
    QTest::newRow("all kinds") << u"data"_s << QStringList{u"1"_s, u"10"_s};
    QTest::newRow("a question") << u"typical day"_s << QStringList{u"30"_s};
    QTest::newRow("punctuation only separates") << u"design-docs!"_s << QStringList{u"20"_s};
}

void TestSearchIndex::findsEveryWordAtTheStartOfAWord()
{
    QFETCH(QString, query);
    const Search::Index index(sampleEntries());
    const Search::Results results = index.find(query);
    QTEST(found(results), "ids");
    QCOMPARE(results.total(), found(results).size());
}

void TestSearchIndex::saysWhereItWasFound_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<int>("step");

    QTest::newRow("in the name") << u"grace"_s << qint64(3) << QString() << QString() << int(Step::Research);
    QTest::newRow("in the notes") << u"navy"_s << qint64(3) << u"Notes"_s
                                  << u"Knows Ada from the navy; ask about compilers"_s << int(Step::Research);
    QTest::newRow("an interview's name opens its current step")
        << u"lovelace analytical"_s << qint64(20) << QString() << QString() << int(Step::Contact);
    QTest::newRow("conversation notes open Conduct")
        << u"best teams"_s << qint64(20) << u"Conversation notes"_s
        << u"She said the best teams write their design docs first."_s << int(Step::Conduct);
    QTest::newRow("a sent message opens Follow up")
        << u"talk"_s << qint64(20) << u"Thank-you note sent 3 Dec"_s << u"Thank you for the talk about design docs"_s
        << int(Step::FollowUp);
    QTest::newRow("the word the title lacks decides the field")
        << u"ada best"_s << qint64(20) << u"Conversation notes"_s
        << u"She said the best teams write their design docs first."_s << int(Step::Conduct);
}

void TestSearchIndex::saysWhereItWasFound()
{
    QFETCH(QString, query);
    QFETCH(qint64, id);
    const Search::Results results = Search::Index(sampleEntries()).find(query);
    const Search::Hit *hit = nullptr;
    for (const QList<Search::Hit> &hits : results.hits) {
        for (const Search::Hit &h : hits) {
            if (h.id == id)
                hit = &h;
        }
    }
    QVERIFY(hit);
    QTEST(hit->where, "where");
    QTEST(hit->snippet, "snippet");
    QTEST(int(hit->step), "step");
}

void TestSearchIndex::listsTitleMatchesFirstAndCountsBeyondTheLimit()
{
    QList<Search::Entry> entries;
    for (int i = 1; i <= 30; ++i)
        entries << entry(Kind::Contact, i, u"Person %1"_s.arg(i), {{u"Notes"_s, u"works with Kim"_s}});
    entries << entry(Kind::Contact, 99, u"Kim Lee"_s);
    const Search::Results results = Search::Index(entries).find(u"kim"_s, 10);
    QCOMPARE(results.totals[int(Kind::Contact)], 31);
    const QList<Search::Hit> &hits = results.hits[int(Kind::Contact)];
    QCOMPARE(hits.size(), 10);
    QCOMPARE(hits.first().id, 99); // the name matched: first, though last in the index
    QCOMPARE(hits.at(1).id, 1);
    QCOMPARE(hits.at(1).where, u"Notes"_s);
}

void TestSearchIndex::snippetShowsTheWordsAround_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<QString>("snippet");

    const QString longText = u"We talked about many things. "_s.repeated(5)
        + u"Then she mentioned the mentoring programme "
          "that her team runs each spring for new analysts."_s;
    QTest::newRow("short text: all of it, on one line")
        << u"First line\nsecond   line"_s << QStringList{u"second"_s} << u"First line second line"_s;
    QTest::newRow("long text: around the word, cut at spaces")
        << longText << QStringList{u"mentoring"_s}
        << u"…Then she mentioned the mentoring programme that her team runs each spring for new…"_s;
    QTest::newRow("long text, word not found as typed: the start")
        << longText << QStringList{u"zzz"_s}
        << u"We talked about many things. We talked about many things. We talked about many things. We…"_s;
}

void TestSearchIndex::snippetShowsTheWordsAround()
{
    QFETCH(QString, text);
    QFETCH(QStringList, typed);
    const QString result = Search::snippet(text, typed);
    QTEST(result, "snippet");
    QVERIFY(result.size() <= 92);
}

void TestSearchIndex::readsEveryKindFromTheDatabase()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"search.sqlite"_s)));
    ContactStore contacts(&db);
    ContactBatch batch;
    Contact ada;
    ada.firstName = u"Ada"_s;
    ada.lastName = u"Lovelace"_s;
    ada.company = u"Analytical Engines"_s;
    ada.notes = u"Prefers mornings"_s;
    batch.inserts << ada;
    QVERIFY(contacts.apply(batch));
    const qint64 adaId = batch.inserts.first().id;

    OrganisationStore organisations(&db);
    Organisation org;
    org.name = u"Fabrikam"_s;
    org.notes = u"Opens a Lisbon office"_s;
    QVERIFY(organisations.insert(org));

    InterviewStore interviews(&db);
    Interview interview;
    interview.contactId = adaId;
    interview.organisationId = org.id;
    interview.topic = u"what a product analyst does"_s;
    interview.conversationNotes = u"Recommended the Lisbon meetup"_s;
    interview.step = Step::FollowUp;
    QVERIFY(interviews.insert(interview));
    QVERIFY(interviews.setPlan(interview.id, {{0, u"How do you plan a quarter?"_s, QuestionState::Asked,
                                               u"Everything starts from the okr workshop"_s}}));

    MessageStore messages(&db);
    SentMessageRecord sent;
    sent.interviewId = interview.id;
    sent.kind = MessageKind::ThankYou;
    sent.subject = u"Thank you"_s;
    sent.body = u"Thanks for the pointer to the quarterly roadmap"_s;
    sent.sentOn = QDate(2026, 12, 3);
    QVERIFY(messages.insertSent(sent));

    QuestionStore questions(&db);
    Question question;
    question.text = u"Which skills matter most for an analyst?"_s;
    question.category = u"Skills"_s;
    QVERIFY(questions.insert(question));

    const Search::Index index = Search::Index::read(&db);
    const auto only = [&index](const QString &query, Kind kind) -> Search::Hit {
        const Search::Results results = index.find(query);
        if (results.total() != 1 || results.hits[int(kind)].size() != 1)
            return {};
        return results.hits[int(kind)].first();
    };
    QCOMPARE(only(u"mornings"_s, Kind::Contact).id, adaId);
    QCOMPARE(only(u"mornings"_s, Kind::Contact).where, u"Notes"_s);
    QCOMPARE(only(u"opens lisbon"_s, Kind::Organisation).id, org.id);
    const Search::Hit notes = only(u"recommended"_s, Kind::Interview);
    QCOMPARE(notes.id, interview.id);
    QCOMPARE(notes.step, Step::Conduct);
    QCOMPARE(notes.title, u"Ada Lovelace · Fabrikam"_s);
    const Search::Hit message = only(u"quarterly roadmap"_s, Kind::Interview);
    QCOMPARE(message.step, Step::FollowUp);
    QVERIFY2(message.where.startsWith(u"Thank-you"_s), qPrintable(message.where));
    QCOMPARE(only(u"skills analyst"_s, Kind::Question).id, question.id);
    // Notes written on a question during the conversation, named by the question.
    const Search::Hit answer = only(u"okr workshop"_s, Kind::Interview);
    QCOMPARE(answer.id, interview.id);
    QCOMPARE(answer.step, Step::Conduct);
    QCOMPARE(answer.where, u"Notes on “How do you plan a quarter?”"_s);
    // "Lisbon" is in the organisation's notes and the interview's: both kinds, grouped.
    const Search::Results lisbon = index.find(u"lisbon"_s);
    QCOMPARE(lisbon.totals[int(Kind::Organisation)], 1);
    QCOMPARE(lisbon.totals[int(Kind::Interview)], 1);
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
