#include "domain/companyname.h"
#include "domain/contact.h"

#include <QTest>

// Company names made comparable: spellings of one employer share a key, different employers
// never do, whatever one's name starts with.
class TestCompanyName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void key_data();
    void key();
    void sameEmployer_data();
    void sameEmployer();
    void jobChange_data();
    void jobChange();
};

void TestCompanyName::key_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << "Google"
                           << "google";
    QTest::newRow("LLC") << "Google LLC"
                         << "google";
    QTest::newRow("comma Inc.") << "Google, Inc."
                                << "google";
    QTest::newRow("upper case") << "GOOGLE INC"
                                << "google";
    QTest::newRow("spaces") << "  Google   LLC  "
                            << "google";
    QTest::newRow("Ltd") << "Acme Ltd"
                         << "acme";
    QTest::newRow("Limited") << "Acme Widgets Limited"
                             << "acme widgets";
    QTest::newRow("GmbH") << "Siemens GmbH"
                          << "siemens";
    QTest::newRow("AG") << "Siemens AG"
                        << "siemens";
    QTest::newRow("S.A.") << "Nestlé S.A."
                          << "nestle";
    QTest::newRow("SA") << "Nestle SA"
                        << "nestle";
    QTest::newRow("plc") << "Barclays plc"
                         << "barclays";
    QTest::newRow("PLC upper") << "BARCLAYS PLC"
                               << "barclays";
    QTest::newRow("two forms") << "Foo Holdings Pty Ltd"
                               << "foo holdings";
    QTest::newRow("S.A. de C.V.") << "Grupo Bimbo, S.A.B. de C.V."
                                  << "grupo bimbo";
    QTest::newRow("Sp. z o.o.") << "Comarch Sp. z o.o."
                                << "comarch";
    QTest::newRow("Corp.") << "Microsoft Corp."
                           << "microsoft";
    QTest::newRow("Corporation") << "Microsoft Corporation"
                                 << "microsoft";
    QTest::newRow("ampersand") << "Procter & Gamble Co."
                               << "procter and gamble";
    QTest::newRow("and") << "Procter and Gamble"
                         << "procter and gamble";
    QTest::newRow("AT&T") << "AT&T"
                          << "at and t";
    QTest::newRow("accents") << "Société Générale"
                             << "societe generale";
    QTest::newRow("umlaut") << "Müller GmbH"
                            << "muller";
    QTest::newRow("apostrophe") << "McDonald's"
                                << "mcdonalds";
    QTest::newRow("typographic apostrophe") << "McDonald’s"
                                            << "mcdonalds";
    QTest::newRow("hyphen") << "Coca-Cola Company"
                            << "coca cola company";
    QTest::newRow("leading The") << "The Home Depot"
                                 << "home depot";
    QTest::newRow("dot com") << "Booking.com"
                             << "booking";
    QTest::newRow("dot com and form") << "Amazon.com, Inc."
                                      << "amazon";
    QTest::newRow("dot co dot uk") << "Foo.co.uk Ltd"
                                   << "foo";
    QTest::newRow("dot inside a name") << "Node.js Foundation"
                                       << "nodejs foundation";
    QTest::newRow("full-width") << "Ｇｏｏｇｌｅ"
                                << "google";
    QTest::newRow("a form inside is kept") << "AG Barr"
                                           << "ag barr";
    QTest::newRow("only a form") << "Inc."
                                 << "inc";
    QTest::newRow("The alone") << "The"
                               << "the";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("punctuation only") << " - , "
                                      << "";
    QTest::newRow("signs only") << "&&&"
                                << "";
    QTest::newRow("hashes") << "### !!! ???"
                            << "";
    QTest::newRow("an ampersand between words") << "AT&T"
                                                << "at and t";
    QTest::newRow("cjk") << "株式会社 ソニー"
                         << "株式会社 ソニー";
    QTest::newRow("digits") << "3M Company"
                            << "3m company";
}

void TestCompanyName::key()
{
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(CompanyName::key(name), key);
}

void TestCompanyName::sameEmployer_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("LLC") << "Google"
                         << "Google LLC" << true;
    QTest::newRow("web address") << "Amazon"
                                 << "Amazon.com" << true;
    QTest::newRow("prefix") << "Meta"
                            << "Metaswitch" << false;
    QTest::newRow("word added") << "Apple"
                                << "Apple Bank" << false;
    QTest::newRow("word inside") << "Bank"
                                 << "Apple Bank" << false;
    QTest::newRow("accent") << "Nestlé"
                            << "NESTLE S.A." << true;
    QTest::newRow("and") << "Marks & Spencer"
                         << "Marks and Spencer plc" << true;
    QTest::newRow("blank") << ""
                           << "" << false;
    QTest::newRow("blank and forms") << "Inc."
                                     << "" << false;
}

void TestCompanyName::sameEmployer()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(CompanyName::sameEmployer(a, b), same);
    QCOMPARE(CompanyName::sameEmployer(b, a), same);
}

void TestCompanyName::jobChange_data()
{
    QTest::addColumn<QString>("companyBefore");
    QTest::addColumn<QString>("positionBefore");
    QTest::addColumn<QString>("companyAfter");
    QTest::addColumn<QString>("positionAfter");
    QTest::addColumn<bool>("change");
    QTest::newRow("new employer") << "Contoso"
                                  << "Analyst"
                                  << "Fabrikam"
                                  << "Analyst" << true;
    QTest::newRow("new position") << "Contoso"
                                  << "Analyst"
                                  << "Contoso"
                                  << "Lead Analyst" << true;
    QTest::newRow("same, spelled otherwise") << "Contoso Ltd"
                                             << "Analyst"
                                             << "CONTOSO"
                                             << "analyst " << false;
    QTest::newRow("filled in") << ""
                               << ""
                               << "Contoso"
                               << "Analyst" << false;
    QTest::newRow("emptied") << "Contoso"
                             << "Analyst"
                             << ""
                             << "" << false;
    QTest::newRow("prefix") << "Meta"
                            << "Engineer"
                            << "Metaswitch"
                            << "Engineer" << true;
    QTest::newRow("only forms differ in words") << "Inc."
                                                << "X"
                                                << "LLC"
                                                << "X" << true;
}

void TestCompanyName::jobChange()
{
    QFETCH(QString, companyBefore);
    QFETCH(QString, positionBefore);
    QFETCH(QString, companyAfter);
    QFETCH(QString, positionAfter);
    QFETCH(bool, change);
    QCOMPARE(PastJob::isChange(companyBefore, positionBefore, companyAfter, positionAfter), change);
}

QTEST_GUILESS_MAIN(TestCompanyName)
#include "tst_companyname.moc"
