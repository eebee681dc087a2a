#include "domain/contactsearch.h"

#include <QTest>

// What the contact filter box finds: every typed word begins a word of the name, company,
// position, e-mail or tags, whatever the case and accents.
class TestContactSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matches_data();
    void matches();
    void keyHoldsFoldedWords_data();
    void keyHoldsFoldedWords();
};

namespace {

Contact person(const QString &first, const QString &last, const QString &company, const QString &position,
               const QStringList &tags = {}, const QString &email = {})
{
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    c.position = position;
    c.tags = tags;
    c.email = email;
    c.notes = QStringLiteral("notes are not searched: zebra");
    return c;
}

QList<Contact> people()
{
    return {
        person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical Engines"),
               QStringLiteral("Mathematician"), {QStringLiteral("berlin")}),
        person(QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("Contoso"), QStringLiteral("Recruiter"),
               {}, QStringLiteral("alan@bletchley.example")),
        person(QStringLiteral("Seán"), QStringLiteral("Ó Briain"), QStringLiteral("Contoso"),
               QStringLiteral("Engineering Manager")),
        person(QStringLiteral("Łukasz"), QStringLiteral("O'Brien-Nowak"), QStringLiteral("Straße AG"),
               QStringLiteral("Ingénieur")),
    };
}

} // namespace

void TestContactSearch::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expectedFirstNames");

    QTest::newRow("first name prefix") << QStringLiteral("ad") << QStringList{QStringLiteral("Ada")};
    QTest::newRow("case insensitive") << QStringLiteral("LOVE") << QStringList{QStringLiteral("Ada")};
    QTest::newRow("company") << QStringLiteral("contoso")
                             << QStringList{QStringLiteral("Alan"), QStringLiteral("Seán")};
    QTest::newRow("two words narrow") << QStringLiteral("contoso eng") << QStringList{QStringLiteral("Seán")};
    QTest::newRow("word order is free") << QStringLiteral("eng contoso") << QStringList{QStringLiteral("Seán")};
    QTest::newRow("accents folded in the key") << QStringLiteral("sean") << QStringList{QStringLiteral("Seán")};
    QTest::newRow("accents folded in the query")
        << QStringLiteral("ó bri") << QStringList{QStringLiteral("Seán"), QStringLiteral("Łukasz")};
    QTest::newRow("accent in query, none in key") << QStringLiteral("Ingé") << QStringList{QStringLiteral("Łukasz")};
    QTest::newRow("position") << QStringLiteral("recruit") << QStringList{QStringLiteral("Alan")};
    QTest::newRow("tag") << QStringLiteral("berlin") << QStringList{QStringLiteral("Ada")};
    QTest::newRow("e-mail domain is a word") << QStringLiteral("bletch") << QStringList{QStringLiteral("Alan")};
    QTest::newRow("apostrophe splits words") << QStringLiteral("brien") << QStringList{QStringLiteral("Łukasz")};
    QTest::newRow("hyphen splits words") << QStringLiteral("nowak") << QStringList{QStringLiteral("Łukasz")};
    QTest::newRow("sharp s") << QStringLiteral("STRAß") << QStringList{QStringLiteral("Łukasz")};
    QTest::newRow("letter without decomposition") << QStringLiteral("łuk") << QStringList{QStringLiteral("Łukasz")};
    QTest::newRow("only at word starts") << QStringLiteral("ring") << QStringList{};
    QTest::newRow("every word must match") << QStringLiteral("ada turing") << QStringList{};
    QTest::newRow("notes are not searched") << QStringLiteral("zebra") << QStringList{};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{};
    QTest::newRow("operators are words") << QStringLiteral("ada OR alan") << QStringList{};
    QTest::newRow("punctuation only separates")
        << QStringLiteral("\"a* (")
        << QStringList{QStringLiteral("Ada"), QStringLiteral("Alan"), QStringLiteral("Łukasz")}; // "AG"
    QTest::newRow("empty matches all") << QString()
                                       << QStringList{QStringLiteral("Ada"), QStringLiteral("Alan"),
                                                      QStringLiteral("Seán"), QStringLiteral("Łukasz")};
    QTest::newRow("punctuation alone matches all")
        << QStringLiteral(" - ")
        << QStringList{QStringLiteral("Ada"), QStringLiteral("Alan"), QStringLiteral("Seán"), QStringLiteral("Łukasz")};
}

void TestContactSearch::matches()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expectedFirstNames);
    const QStringList words = ContactSearch::queryWords(query);
    QStringList found;
    for (const Contact &c : people()) {
        if (ContactSearch::matches(ContactSearch::key(c), words))
            found << c.firstName;
    }
    QCOMPARE(found, expectedFirstNames);
}

void TestContactSearch::keyHoldsFoldedWords_data()
{
    QTest::addColumn<int>("person");
    QTest::addColumn<QString>("key");
    QTest::newRow("ascii") << 0 << QStringLiteral(" ada lovelace analytical engines mathematician berlin");
    QTest::newRow("e-mail split into words")
        << 1 << QStringLiteral(" alan turing contoso recruiter alan bletchley example");
    QTest::newRow("accents dropped") << 2 << QStringLiteral(" sean o briain contoso engineering manager");
    QTest::newRow("folded") << 3 << QStringLiteral(" łukasz o brien nowak straße ag ingenieur");
}

void TestContactSearch::keyHoldsFoldedWords()
{
    QFETCH(int, person);
    QFETCH(QString, key);
    QCOMPARE(ContactSearch::key(people().at(person)), key);
}

QTEST_GUILESS_MAIN(TestContactSearch)
#include "tst_contactsearch.moc"
