#include "import/contactcsv.h"
#include "import/contactimport.h"

#include <QFile>
#include <QTest>

using contactcsv::Field;
using contactcsv::Format;

namespace {
QByteArray readData(const QString &relative)
{
    QFile f(QStringLiteral(COFFEECHAT_TEST_DATA "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return f.readAll();
}
} // namespace

class TestContactCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guessesFields_data();
    void guessesFields();
    void readsKnownFormats_data();
    void readsKnownFormats();
    void profileLinksFromWebsiteColumns_data();
    void profileLinksFromWebsiteColumns();
    void unknownHeadingsNeedMapping();
    void remapReadsTheChosenColumns();
    void takesOffTheFormulaGuard_data();
    void takesOffTheFormulaGuard();
};

void TestContactCsv::guessesFields_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<Field>("field");
    QTest::newRow("LinkedIn first name") << QStringLiteral("First Name") << Field::FirstName;
    QTest::newRow("Google given name") << QStringLiteral("Given Name") << Field::FirstName;
    QTest::newRow("Google e-mail") << QStringLiteral("E-mail 1 - Value") << Field::Email;
    QTest::newRow("Outlook e-mail") << QStringLiteral("E-mail Address") << Field::Email;
    QTest::newRow("Outlook job title") << QStringLiteral("Job Title") << Field::Position;
    QTest::newRow("Outlook honorific is not a position") << QStringLiteral("Title") << Field::Ignore;
    QTest::newRow("spaces and case") << QStringLiteral("  company ") << Field::Company;
    QTest::newRow("BOM") << QStringLiteral("\uFEFFName") << Field::FullName;
    QTest::newRow("unknown") << QStringLiteral("Favourite colour") << Field::Ignore;
    QTest::newRow("Google website 1") << QStringLiteral("Website 1 - Value") << Field::Website;
    QTest::newRow("Google website 12") << QStringLiteral("Website 12 - Value") << Field::Website;
    QTest::newRow("Google website label") << QStringLiteral("Website 1 - Label") << Field::Ignore;
    QTest::newRow("Outlook web page") << QStringLiteral("Web Page") << Field::Website;
    QTest::newRow("Outlook personal web page") << QStringLiteral("Personal Web Page") << Field::Website;
}

void TestContactCsv::guessesFields()
{
    QFETCH(QString, heading);
    QFETCH(Field, field);
    QCOMPARE(contactcsv::guessField(heading), field);
}

void TestContactCsv::readsKnownFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Format>("format");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("source");

    QTest::newRow("LinkedIn") << QStringLiteral("linkedin/Connections_2023-2026_Notes_URL.csv") << Format::LinkedIn << 8
                              << QStringLiteral("Olu") << QStringLiteral("Specimen") << QString() << QString()
                              << QStringLiteral("Contoso Pharmaceuticals")
                              << QStringLiteral("Talent Acquisition Partner") << QStringList()
                              << QStringLiteral("LinkedIn");
    QTest::newRow("Google Contacts") << QStringLiteral("csv/google_contacts.csv") << Format::GoogleContacts << 3
                                     << QStringLiteral("Ines") << QStringLiteral("Beispiel")
                                     << QStringLiteral("ines.beispiel@example.com") << QStringLiteral("+49 30 1234567")
                                     << QStringLiteral("Litware") << QStringLiteral("UX Researcher")
                                     << QStringList{QStringLiteral("Design"), QStringLiteral("Berlin")}
                                     << QStringLiteral("Google Contacts");
    QTest::newRow("Outlook") << QStringLiteral("csv/outlook_contacts.csv") << Format::Outlook << 2
                             << QStringLiteral("Rosa") << QStringLiteral("Musterfrau")
                             << QStringLiteral("rosa.m@example.com") << QStringLiteral("+1 206 555 0100")
                             << QStringLiteral("Fabrikam") << QStringLiteral("Principal Scientist")
                             << QStringList{QStringLiteral("Mentors"), QStringLiteral("Alumni")}
                             << QStringLiteral("Outlook contacts");
}

void TestContactCsv::readsKnownFormats()
{
    QFETCH(QString, file);
    QFETCH(Format, format);
    QFETCH(int, rows);
    QFETCH(QString, firstName);
    QFETCH(QString, lastName);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, company);
    QFETCH(QString, position);
    QFETCH(QStringList, tags);
    QFETCH(QString, source);

    const contactcsv::ReadResult result = contactcsv::read(readData(file));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.layout.format, format);
    QVERIFY(result.layout.hasName());
    QCOMPARE(result.rows.size(), rows);
    const Contact &c = result.rows.constFirst().contact;
    QCOMPARE(c.firstName, firstName);
    QCOMPARE(c.lastName, lastName);
    QCOMPARE(c.email, email);
    QCOMPARE(c.phone, phone);
    QCOMPARE(c.company, company);
    QCOMPARE(c.position, position);
    QCOMPARE(c.tags, tags);
    QCOMPARE(c.source, source);
    QCOMPARE(c.relationship, format == Format::LinkedIn ? Relationship::LinkedIn : Relationship::Unknown);
}

void TestContactCsv::profileLinksFromWebsiteColumns_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("linkedInUrl");
    QTest::addColumn<QString>("notes");

    QTest::newRow("Google: the profile in Website 2, a blog in Website 1")
        << QStringLiteral("csv/google_contacts_websites.csv") << 0
        << QStringLiteral("https://www.linkedin.com/in/ines-beispiel")
        << QStringLiteral("Website: https://ines.example.org");
    QTest::newRow("Google: two addresses in one cell, the profile without scheme")
        << QStringLiteral("csv/google_contacts_websites.csv") << 1
        << QStringLiteral("https://www.linkedin.com/in/kofi-exampleton")
        << QStringLiteral("Website: https://kofi.example.net");
    QTest::newRow("Outlook: Personal Web Page on a regional host, over http")
        << QStringLiteral("csv/outlook_contacts_webpage.csv") << 0
        << QStringLiteral("https://www.linkedin.com/in/rosa-musterfrau")
        << QStringLiteral("Mentor\n\nWebsite: https://fabrikam.example.com/rosa");
}

void TestContactCsv::profileLinksFromWebsiteColumns()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    const contactcsv::ReadResult result = contactcsv::read(readData(file));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.layout.mapping.contains(contactcsv::Field::Website));
    QVERIFY(row < result.rows.size());
    const Contact &c = result.rows.at(row).contact;
    QTEST(c.linkedInUrl, "linkedInUrl");
    QTEST(c.notes, "notes");
}

void TestContactCsv::unknownHeadingsNeedMapping()
{
    const auto prepared = ContactImport::prepareBytes("Fruit,Colour\nApple,Red\n", QStringLiteral("fruit.csv"), {});
    QVERIFY(prepared.ok);
    QVERIFY(!prepared.hasNameColumn());
    QCOMPARE(prepared.plan.size(), 0);
    QString problem;
    QVERIFY(!contactcsv::hasNames(prepared.layout, &problem));
    QVERIFY2(problem.contains(QStringLiteral("Fruit, Colour")), qPrintable(problem));
    QVERIFY(!contactcsv::hasNames(prepared.layout, nullptr)); // no one asked for the reason
    problem.clear();
    QVERIFY(
        contactcsv::hasNames(contactcsv::read(readData(QStringLiteral("csv/outlook_contacts.csv"))).layout, &problem));
    QVERIFY(problem.isEmpty());
}

void TestContactCsv::remapReadsTheChosenColumns()
{
    const auto prepared =
        ContactImport::prepareBytes(readData(QStringLiteral("csv/own_spreadsheet.csv")), QStringLiteral("own.csv"), {});
    QVERIFY(prepared.ok);
    QCOMPARE(prepared.layout.mapping, (QList<Field>{Field::Ignore, Field::Ignore, Field::Notes}));
    QVERIFY(!prepared.hasNameColumn());

    const auto mapped = ContactImport::remap(prepared, {Field::FullName, Field::Company, Field::Notes});
    QVERIFY(mapped.hasNameColumn());
    QCOMPARE(mapped.plan.count(ImportPlan::Action::Add), 2);
    const Contact &ada = mapped.plan.entry(0).contact;
    QCOMPARE(ada.firstName, QStringLiteral("Ada"));
    QCOMPARE(ada.lastName, QStringLiteral("Lovelace"));
    QCOMPARE(ada.company, QStringLiteral("Analytical Engines"));
    QCOMPARE(ada.notes, QStringLiteral("Ask about the difference engine"));
    QCOMPARE(ada.source, QStringLiteral("CSV file"));
}

void TestContactCsv::takesOffTheFormulaGuard_data()
{
    QTest::addColumn<QByteArray>("cell"); // as written in the file
    QTest::addColumn<QString>("value");
    // What an export writes before a cell a spreadsheet would run as a formula.
    QTest::newRow("=") << QByteArray("'=1+2") << QStringLiteral("=1+2");
    QTest::newRow("+") << QByteArray("'+44 20 7946 0000") << QStringLiteral("+44 20 7946 0000");
    QTest::newRow("-") << QByteArray("'-5") << QStringLiteral("-5");
    QTest::newRow("lone -") << QByteArray("'-") << QStringLiteral("-");
    QTest::newRow("@") << QByteArray("'@Analyst") << QStringLiteral("@Analyst");
    QTest::newRow("tab") << QByteArray("\"'\t=1\"") << QStringLiteral("\t=1");
    QTest::newRow("CR, read as LF") << QByteArray("\"'\r=1\"") << QStringLiteral("\n=1");
    QTest::newRow("LF") << QByteArray("\"'\n=1\"") << QStringLiteral("\n=1");
    QTest::newRow("quoted") << QByteArray("\"'=SUM(A1,A2)\"") << QStringLiteral("=SUM(A1,A2)");
    QTest::newRow("blanks around") << QByteArray("  '=1  ") << QStringLiteral("=1");
    QTest::newRow("apostrophes then =") << QByteArray("''=1") << QStringLiteral("'=1");
    QTest::newRow("three apostrophes then +") << QByteArray("'''+1") << QStringLiteral("''+1");
    // Apostrophes that guard nothing are the text's own.
    QTest::newRow("name") << QByteArray("'Ilse") << QStringLiteral("'Ilse");
    QTest::newRow("inside") << QByteArray("O'Brien") << QStringLiteral("O'Brien");
    QTest::newRow("lone") << QByteArray("'") << QStringLiteral("'");
    QTest::newRow("two") << QByteArray("''") << QStringLiteral("''");
    QTest::newRow("space then =") << QByteArray("' =1") << QStringLiteral("' =1");
    QTest::newRow("fullwidth =") << QByteArray("'\xEF\xBC\x9D"
                                               "1")
                                 << QStringLiteral("'＝1");
    QTest::newRow("formula unguarded") << QByteArray("=1+2") << QStringLiteral("=1+2");
    // Only a file's first three bytes can be a byte order mark; in a cell U+FEFF is text.
    QTest::newRow("U+FEFF first") << QByteArray("\xEF\xBB\xBFZoe") << (QChar(0xFEFF) + QStringLiteral("Zoe"));
}

// A cell an export guarded with an apostrophe is read without it, in every column read.
void TestContactCsv::takesOffTheFormulaGuard()
{
    QFETCH(QByteArray, cell);
    QFETCH(QString, value);
    const QByteArray bytes = "First Name,Last Name,Email,Phone,Company,Position,Notes\r\n" + cell + ',' + cell + ','
        + cell + ',' + cell + ',' + cell + ',' + cell + ',' + cell + "\r\n";
    const contactcsv::ReadResult read = contactcsv::read(bytes);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.rows.size(), 1);
    const Contact &c = read.rows.constFirst().contact;
    QCOMPARE(c.firstName, value);
    QCOMPARE(c.lastName, value);
    QCOMPARE(c.email, value);
    QCOMPARE(c.phone, value);
    QCOMPARE(c.company, value);
    QCOMPARE(c.position, value);
    QCOMPARE(c.notes, value);
}

QTEST_GUILESS_MAIN(TestContactCsv)
#include "tst_contactcsv.moc"
