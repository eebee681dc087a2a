#include "import/contactcsv.h"
#include "import/linkedinformat.h"

#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray readTestFile(const QString &relativePath)
{
    QFile file(QStringLiteral(COFFEECHAT_TEST_DATA) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

// Reads one field of a row by a short name, so the cell tests can be a single table.
QString fieldValue(const linkedin::Row &row, const QString &name)
{
    const Contact &c = row.contact;
    if (name == u"first")
        return c.firstName;
    if (name == u"last")
        return c.lastName;
    if (name == u"url")
        return c.linkedInUrl;
    if (name == u"email")
        return c.email;
    if (name == u"company")
        return c.company;
    if (name == u"position")
        return c.position;
    if (name == u"date")
        return c.connectedOn.toString(Qt::ISODate);
    if (name == u"line")
        return QString::number(row.line);
    if (name == u"empty")
        return row.empty ? u"yes"_s : u"no"_s;
    qFatal("unknown field name %s", qPrintable(name));
    return {};
}

const QString current = u"linkedin/Connections_2023-2026_Notes_URL.csv"_s;
const QString notesNoUrl = u"linkedin/Connections_2021-2023_Notes_noURL.csv"_s;
const QString noNotes = u"linkedin/Connections_2019-2020_noNotes_noURL.csv"_s;
const QString excel = u"linkedin/Connections_excel-resaved_US_CRLF.csv"_s;
const QString semicolon1252 = u"csv/linkedin_semicolon_windows1252.csv"_s;
const QString bom2017 = u"csv/linkedin_2017_utf8_bom.csv"_s;

} // namespace

class TestLinkedInFormat : public QObject
{
    Q_OBJECT

private slots:
    void findsTheHeader_data();
    void findsTheHeader();
    void parseConnectedOn_data();
    void parseConnectedOn();
    void parseConnectedOnIgnoresLocale();
    void normaliseProfileUrl_data();
    void normaliseProfileUrl();
    void profileUrlFromWebsite_data();
    void profileUrlFromWebsite();
    void sampleFiles_data();
    void sampleFiles();
    void cells_data();
    void cells();
    void everyRowIsALinkedInContact();
    void errors_data();
    void errors();
    void headerOnlyIsOk();
    void shortRecordsAreNotAnError();
    void malformedInputDoesNotCrash();
    void largeExport();
};

void TestLinkedInFormat::findsTheHeader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("headerRecord");
    QTest::addColumn<QList<contactcsv::Field>>("mapping");

    using F = contactcsv::Field;
    const QByteArray modern = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"_ba;
    const QList<F> modernMapping{F::FirstName, F::LastName, F::LinkedInUrl, F::Email,
                                 F::Company,   F::Position, F::ConnectedOn};
    QTest::newRow("first record") << modern << 0 << modernMapping;
    QTest::newRow("after Notes preamble") << "Notes:\n\"When exporting, ...\"\n\n"_ba + modern << 2 << modernMapping;
    QTest::newRow("after comma-padded preamble") << "Notes:,,\ntext,,\n,,\n"_ba + modern << 3 << modernMapping;
    QTest::newRow("old export without URL")
        << "First Name,Last Name,Email Address,Company,Position,Connected On\n"_ba << 0
        << QList<F>{F::FirstName, F::LastName, F::Email, F::Company, F::Position, F::ConnectedOn};
    QTest::newRow("case, spaces, reordered, E-mail")
        << "  company ,LAST NAME,first name,E-mail Address,Notes\n"_ba << 0
        << QList<F>{F::Company, F::LastName, F::FirstName, F::Email, F::Notes};
    QTest::newRow("stray BOM in first cell") << "\xEF\xBB\xBF\xEF\xBB\xBF"
                                                "First Name,Last Name\n"_ba
                                             << 0 << QList<F>{F::FirstName, F::LastName};
    QTest::newRow("tenth record") << "x\n"_ba.repeated(9) + modern << 9 << modernMapping;
    // Beyond the first ten records, the first record is offered for the user to map.
    QTest::newRow("beyond the first ten records") << "x\n"_ba.repeated(10) + modern << 0 << QList<F>{F::Ignore};
}

void TestLinkedInFormat::findsTheHeader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, headerRecord);
    QFETCH(QList<contactcsv::Field>, mapping);

    const contactcsv::ReadResult result = contactcsv::read(bytes);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.layout.headerRecord, headerRecord);
    QCOMPARE(result.layout.mapping, mapping);
}

void TestLinkedInFormat::parseConnectedOn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("current") << u"27 Jun 2026"_s << QDate(2026, 6, 27);
    QTest::newRow("zero-padded day") << u"02 Mar 2025"_s << QDate(2025, 3, 2);
    QTest::newRow("single-digit day") << u"2 Mar 2025"_s << QDate(2025, 3, 2);
    QTest::newRow("full month name") << u"27 June 2026"_s << QDate(2026, 6, 27);
    QTest::newRow("upper case") << u"09 OCT 2023"_s << QDate(2023, 10, 9);
    QTest::newRow("Sept") << u"16 Sept 2021"_s << QDate(2021, 9, 16);
    QTest::newRow("surrounding spaces") << u"  25 Nov 2006 "_s << QDate(2006, 11, 25);
    QTest::newRow("Excel US") << u"27-Jun-26"_s << QDate(2026, 6, 27);
    QTest::newRow("Excel US single digit") << u"1-Feb-24"_s << QDate(2024, 2, 1);
    QTest::newRow("Excel US four-digit year") << u"1-Feb-2024"_s << QDate(2024, 2, 1);
    QTest::newRow("German") << u"16.09.2021"_s << QDate(2021, 9, 16);
    QTest::newRow("German short") << u"1.2.24"_s << QDate(2024, 2, 1);
    QTest::newRow("2017 export") << u"1/8/18, 6:14 PM"_s << QDate(2018, 1, 8);
    QTest::newRow("2017 export, December") << u"12/31/17, 11:59 AM"_s << QDate(2017, 12, 31);
    QTest::newRow("US numeric") << u"9/16/2021"_s << QDate(2021, 9, 16);
    QTest::newRow("ISO") << u"2021-09-16"_s << QDate(2021, 9, 16);
    QTest::newRow("ISO with time") << u"2021-09-16T10:30:00"_s << QDate(2021, 9, 16);
    QTest::newRow("month first") << u"Jun 27, 2026"_s << QDate(2026, 6, 27);
    QTest::newRow("leap day") << u"29 Feb 2024"_s << QDate(2024, 2, 29);

    QTest::newRow("31 Feb") << u"31 Feb 2020"_s << QDate();
    QTest::newRow("not leap") << u"29 Feb 2023"_s << QDate();
    QTest::newRow("hello") << u"hello"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("spaces") << u"   "_s << QDate();
    QTest::newRow("day 32") << u"32 Jan 2020"_s << QDate();
    QTest::newRow("day 0") << u"0 Jan 2020"_s << QDate();
    QTest::newRow("unknown month") << u"27 Foo 2026"_s << QDate();
    QTest::newRow("two-letter month") << u"27 Ju 2026"_s << QDate();
    QTest::newRow("German month name") << u"27 Mai 2026"_s << QDate();
    QTest::newRow("no year") << u"27 Jun"_s << QDate();
    QTest::newRow("no day") << u"Jun 2026"_s << QDate();
    QTest::newRow("trailing words") << u"27 Jun 2026 extra"_s << QDate();
    QTest::newRow("five-digit year") << u"27 Jun 20266"_s << QDate();
    QTest::newRow("three-digit year") << u"27 Jun 202"_s << QDate();
    QTest::newRow("mixed separators") << u"27-Jun 2026"_s << QDate();
    QTest::newRow("month 13 US") << u"13/13/2020"_s << QDate();
    QTest::newRow("month 13 German") << u"16.13.2021"_s << QDate();
    QTest::newRow("30 Feb ISO") << u"2021-02-30"_s << QDate();
    QTest::newRow("ISO junk") << u"2021-09-16x"_s << QDate();
    QTest::newRow("ambiguous dashes") << u"16-09-2021"_s << QDate();
    QTest::newRow("two parts") << u"1/8"_s << QDate();
    QTest::newRow("German trailing junk") << u"16.09.2021 x"_s << QDate();
    QTest::newRow("non-ASCII digits") << u"\u0662 Mar 2025"_s << QDate();
    QTest::newRow("huge number") << u"99999999999 Jun 2020"_s << QDate();
}

void TestLinkedInFormat::parseConnectedOn()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(linkedin::parseConnectedOn(text), expected);
}

void TestLinkedInFormat::parseConnectedOnIgnoresLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QDate march = linkedin::parseConnectedOn(u"02 Mar 2025"_s);
    const QDate december = linkedin::parseConnectedOn(u"16-Dec-25"_s);
    QLocale::setDefault(previous);
    QCOMPARE(march, QDate(2025, 3, 2));
    QCOMPARE(december, QDate(2025, 12, 16));
}

void TestLinkedInFormat::profileUrlFromWebsite_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");

    const QString ada = u"https://www.linkedin.com/in/ada-lovelace"_s;
    QTest::newRow("as LinkedIn writes it") << ada << ada;
    QTest::newRow("no scheme, no www") << u"linkedin.com/in/ada-lovelace"_s << ada;
    QTest::newRow("http, regional host, slash") << u"http://uk.linkedin.com/in/ada-lovelace/"_s << ada;
    QTest::newRow("locale after the slug") << u"https://www.linkedin.com/in/ada-lovelace/de"_s << ada;
    QTest::newRow("query") << u"https://www.LinkedIn.com/in/ada-lovelace?originalSubdomain=uk"_s << ada;
    QTest::newRow("upper-case path") << u"https://www.linkedin.com/IN/ada-lovelace"_s << ada;
    QTest::newRow("company page") << u"https://www.linkedin.com/company/contoso"_s << QString();
    QTest::newRow("feed") << u"https://www.linkedin.com/feed/"_s << QString();
    QTest::newRow("only /in/") << u"https://www.linkedin.com/in/"_s << QString();
    QTest::newRow("look-alike host") << u"https://linkedin.com.example.net/in/ada"_s << QString();
    QTest::newRow("host ending like it") << u"https://notlinkedin.com/in/ada"_s << QString();
    QTest::newRow("another site") << u"https://ada.example.org/in/ada"_s << QString();
    QTest::newRow("mail address") << u"mailto:ada@linkedin.com"_s << QString();
    QTest::newRow("text") << u"ask me on LinkedIn"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestLinkedInFormat::profileUrlFromWebsite()
{
    QFETCH(QString, address);
    QTEST(linkedin::profileUrlFromWebsite(address), "expected");
}

void TestLinkedInFormat::normaliseProfileUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << u"   "_s << QString();
    QTest::newRow("already normal") << u"https://www.linkedin.com/in/priyafictitious"_s
                                    << u"https://www.linkedin.com/in/priyafictitious"_s;
    QTest::newRow("case, spaces, slash") << u"  HTTPS://WWW.LinkedIn.com/in/PriyaFictitious/  "_s
                                         << u"https://www.linkedin.com/in/priyafictitious"_s;
    QTest::newRow("query and fragment") << u"https://www.linkedin.com/in/olu?trk=people#about"_s
                                        << u"https://www.linkedin.com/in/olu"_s;
    QTest::newRow("several slashes") << u"https://www.linkedin.com/in/olu///"_s << u"https://www.linkedin.com/in/olu"_s;
    QTest::newRow("percent-encoded") << u"https://www.linkedin.com/in/se%C3%A1n-o%E2%80%99placeholder-9a8b7c6d"_s
                                     << u"https://www.linkedin.com/in/se\u00E1n-o\u2019placeholder-9a8b7c6d"_s;
    QTest::newRow("percent-encoded upper case")
        << u"https://www.linkedin.com/in/SE%C3%81N/"_s << u"https://www.linkedin.com/in/se\u00E1n"_s;
    QTest::newRow("http") << u"http://www.linkedin.com/in/olu"_s << u"https://www.linkedin.com/in/olu"_s;
    QTest::newRow("no scheme") << u"www.linkedin.com/in/olu/"_s << u"https://www.linkedin.com/in/olu"_s;
    QTest::newRow("typed, not encoded") << u"https://www.linkedin.com/in/JOS\u00C9-1"_s
                                        << u"https://www.linkedin.com/in/jos\u00E9-1"_s;
    QTest::newRow("typed and encoded alike")
        << u"https://www.linkedin.com/in/jos%C3%A9-1"_s << u"https://www.linkedin.com/in/jos\u00E9-1"_s;
    QTest::newRow("encoded ASCII") << u"https://www.linkedin.com/in/%41da"_s << u"https://www.linkedin.com/in/ada"_s;
    QTest::newRow("encoded space") << u"https://www.linkedin.com/in/jane%20doe"_s
                                   << u"https://www.linkedin.com/in/jane doe"_s;
    QTest::newRow("not a percent escape")
        << u"https://www.linkedin.com/in/100%zz%4"_s << u"https://www.linkedin.com/in/100%zz%4"_s;
    QTest::newRow("outside the BMP") << u"https://www.linkedin.com/in/\U0001F600%F0%9F%98%80"_s
                                     << u"https://www.linkedin.com/in/\U0001F600\U0001F600"_s;
    QTest::newRow("invalid UTF-8 when decoded")
        << u"https://www.linkedin.com/in/a%FFb"_s << u"https://www.linkedin.com/in/a\uFFFDb"_s;
}

void TestLinkedInFormat::normaliseProfileUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(linkedin::normaliseProfileUrl(url), expected);
    // Normalising is idempotent, so stored values can be normalised again safely.
    QCOMPARE(linkedin::normaliseProfileUrl(expected), expected);
}

void TestLinkedInFormat::sampleFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("emptyRows");
    QTest::addColumn<int>("firstRowLine");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("windows1252");
    QTest::addColumn<bool>("bom");

    QTest::newRow("2023-2026 Notes URL") << current << 8 << 1 << 5 << QChar(u',') << false << false;
    QTest::newRow("2021-2023 Notes") << notesNoUrl << 5 << 1 << 5 << QChar(u',') << false << false;
    QTest::newRow("2019-2020 no Notes") << noNotes << 5 << 1 << 2 << QChar(u',') << false << false;
    QTest::newRow("Excel CRLF") << excel << 4 << 1 << 5 << QChar(u',') << false << false;
    QTest::newRow("semicolon Windows-1252") << semicolon1252 << 4 << 1 << 5 << QChar(u';') << true << false;
    QTest::newRow("2017 with BOM") << bom2017 << 3 << 1 << 2 << QChar(u',') << false << true;
}

void TestLinkedInFormat::sampleFiles()
{
    QFETCH(QString, file);
    QFETCH(int, rows);
    QFETCH(int, emptyRows);
    QFETCH(int, firstRowLine);
    QFETCH(QChar, delimiter);
    QFETCH(bool, windows1252);
    QFETCH(bool, bom);

    const QByteArray bytes = readTestFile(file);
    QVERIFY(!bytes.isEmpty());
    const contactcsv::ReadResult result = contactcsv::read(bytes);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows.size(), rows);
    const auto isEmpty = [](const linkedin::Row &row) { return row.empty; };
    QCOMPARE(int(std::count_if(result.rows.cbegin(), result.rows.cend(), isEmpty)), emptyRows);
    QCOMPARE(result.rows.constFirst().line, firstRowLine);
    QCOMPARE(result.dialect.delimiter, delimiter);
    QCOMPARE(result.dialect.encoding, windows1252 ? csv::Encoding::Windows1252 : csv::Encoding::Utf8);
    QCOMPARE(result.dialect.hadByteOrderMark, bom);
    // Every row in these files has a date that parses.
    for (const linkedin::Row &row : result.rows)
        QVERIFY2(row.contact.connectedOn.isValid(), qPrintable(QString::number(row.line)));
}

void TestLinkedInFormat::cells_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");

    const auto add = [](const char *name, const QString &file, int row, const QString &fieldName,
                        const QString &value) { QTest::newRow(name) << file << row << fieldName << value; };

    // Current export: Notes preamble, URL column.
    add("current: Olu line", current, 0, u"line"_s, u"5"_s);
    add("current: Olu date", current, 0, u"date"_s, u"2026-06-27"_s);
    add("current: Olu url", current, 0, u"url"_s, u"https://www.linkedin.com/in/olu-specimen-1a2b3c4d"_s);
    add("current: Olu position", current, 0, u"position"_s, u"Talent Acquisition Partner"_s);
    add("current: James first name", current, 2, u"first"_s, u"James \"JJ\""_s);
    add("current: James company", current, 2, u"company"_s, u"Northwind, Inc."_s);
    add("current: James position", current, 2, u"position"_s, u"Architect, Distributed Systems"_s);
    add("current: James date", current, 2, u"date"_s, u"2025-12-16"_s);
    add("current: Ren last name", current, 3, u"last"_s, u"Invented, MBA, PMP"_s);
    add("current: Ren email", current, 3, u"email"_s, u"ren.invented@example.com"_s);
    add("current: Ren position trimmed", current, 3, u"position"_s, u"Product Manager"_s);
    add("current: empty row", current, 4, u"empty"_s, u"yes"_s);
    add("current: empty row line", current, 4, u"line"_s, u"9"_s);
    add("current: empty row date", current, 4, u"date"_s, u"2025-12-16"_s);
    add("current: Sean first name", current, 5, u"first"_s, u"Se\u00E1n"_s);
    add("current: Sean last name", current, 5, u"last"_s, u"O\u2019Placeholder"_s);
    add("current: Sean url as given", current, 5, u"url"_s,
        u"https://www.linkedin.com/in/se%C3%A1n-o%E2%80%99placeholder-9a8b7c6d"_s);
    add("current: Sean date", current, 5, u"date"_s, u"2025-03-02"_s);
    add("current: Tomas last name", current, 6, u"last"_s, u"N\u00FA\u00F1ez Ejemplo"_s);
    add("current: Tomas company", current, 6, u"company"_s, QString());
    add("current: Tomas not empty", current, 6, u"empty"_s, u"no"_s);
    add("current: Uma urn email cleared", current, 7, u"email"_s, QString());
    add("current: Uma last name", current, 7, u"last"_s, u"Sample \u2601\uFE0F"_s);
    add("current: Uma date", current, 7, u"date"_s, u"2023-10-09"_s);
    add("current: Uma line", current, 7, u"line"_s, u"12"_s);

    // 2021–2023: Notes preamble, no URL column.
    add("2021: Kai url absent", notesNoUrl, 0, u"url"_s, QString());
    add("2021: Lena last name", notesNoUrl, 1, u"last"_s, u"M\u00FCller-Beispiel"_s);
    add("2021: Lena position", notesNoUrl, 1, u"position"_s, u"Gesch\u00E4ftsf\u00FChrerin"_s);
    add("2021: Lena date", notesNoUrl, 1, u"date"_s, u"2021-09-16"_s);
    add("2021: empty row", notesNoUrl, 2, u"empty"_s, u"yes"_s);
    add("2021: Marco last name", notesNoUrl, 3, u"last"_s, u"O'Invented"_s);
    add("2021: Marco email", notesNoUrl, 3, u"email"_s, u"marco@example.com"_s);
    add("2021: Marco company", notesNoUrl, 3, u"company"_s, u"Blue Yonder, LLC"_s);
    add("2021: Marco position", notesNoUrl, 3, u"position"_s, u"Manager, Product Design"_s);
    add("2021: Nia last name trimmed", notesNoUrl, 4, u"last"_s, u"Imaginary"_s);
    add("2021: Nia date (no final newline)", notesNoUrl, 4, u"date"_s, u"2020-09-05"_s);
    add("2021: Nia line", notesNoUrl, 4, u"line"_s, u"9"_s);

    // 2019–2020: no preamble.
    add("2019: Gita date", noNotes, 0, u"date"_s, u"2019-08-14"_s);
    add("2019: Hugo last name", noNotes, 1, u"last"_s, u"D\u00E9mo"_s);
    add("2019: Hugo company", noNotes, 1, u"company"_s, u"Wide World Importers, Inc."_s);
    add("2019: Hugo position trimmed", noNotes, 1, u"position"_s, u"Head of Sales"_s);
    add("2019: empty row date", noNotes, 2, u"date"_s, u"2019-07-29"_s);
    add("2019: Ines email", noNotes, 3, u"email"_s, u"ines.nobody@example.com"_s);
    add("2019: Jonas last name", noNotes, 4, u"last"_s, u"Fake, PhD"_s);
    add("2019: Jonas date", noNotes, 4, u"date"_s, u"2006-11-25"_s);

    // Excel re-save: CRLF, comma-padded preamble, d-MMM-yy dates.
    add("excel: Olu date", excel, 0, u"date"_s, u"2026-06-27"_s);
    add("excel: Olu line", excel, 0, u"line"_s, u"5"_s);
    add("excel: James first name", excel, 1, u"first"_s, u"James \"JJ\""_s);
    add("excel: James company", excel, 1, u"company"_s, u"Northwind, Inc."_s);
    add("excel: empty row", excel, 2, u"empty"_s, u"yes"_s);
    add("excel: Tomas first name", excel, 3, u"first"_s, u"Tom\u00E1s"_s);
    add("excel: Tomas date", excel, 3, u"date"_s, u"2024-02-01"_s);

    // German Excel re-save: semicolons, Windows-1252, dd.MM.yyyy.
    add("1252: Lena last name", semicolon1252, 0, u"last"_s, u"M\u00FCller-Beispiel"_s);
    add("1252: Lena date", semicolon1252, 0, u"date"_s, u"2021-09-16"_s);
    add("1252: Joerg last name", semicolon1252, 1, u"last"_s, u"Gr\u00F6\u00DFe"_s);
    add("1252: Joerg company", semicolon1252, 1, u"company"_s, u"Kaffee; Kuchen & Caf\u00E9 \u20AC"_s);
    add("1252: Joerg date", semicolon1252, 1, u"date"_s, u"2024-02-01"_s);
    add("1252: empty row", semicolon1252, 2, u"empty"_s, u"yes"_s);
    add("1252: Zoe company", semicolon1252, 3, u"company"_s, u"\u201EAnf\u00FChrung\u201C AG"_s);
    add("1252: Zoe url keeps slash", semicolon1252, 3, u"url"_s, u"https://www.linkedin.com/in/zoe-trema/"_s);
    add("1252: Zoe date", semicolon1252, 3, u"date"_s, u"2022-12-31"_s);

    // 2017 export with BOM: "M/D/YY, h:mm AM" dates.
    add("2017: Ada first name", bom2017, 0, u"first"_s, u"Ada"_s);
    add("2017: Ada date", bom2017, 0, u"date"_s, u"2018-01-08"_s);
    add("2017: Bo last name", bom2017, 1, u"last"_s, u"\u00C9lan"_s);
    add("2017: Bo company", bom2017, 1, u"company"_s, u"Globex, Corp."_s);
    add("2017: Bo date", bom2017, 1, u"date"_s, u"2017-12-31"_s);
    add("2017: empty row date", bom2017, 2, u"date"_s, u"2017-03-02"_s);
}

void TestLinkedInFormat::cells()
{
    QFETCH(QString, file);
    QFETCH(int, row);
    QFETCH(QString, field);
    QFETCH(QString, expected);

    const contactcsv::ReadResult result = contactcsv::read(readTestFile(file));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(row < result.rows.size());
    QCOMPARE(fieldValue(result.rows.at(row), field), expected);
}

void TestLinkedInFormat::everyRowIsALinkedInContact()
{
    const contactcsv::ReadResult result = contactcsv::read(readTestFile(current));
    QVERIFY(result.ok);
    for (const linkedin::Row &row : result.rows) {
        QCOMPARE(row.contact.source, u"LinkedIn"_s);
        QCOMPARE(row.contact.relationship, Relationship::LinkedIn);
        QCOMPARE(row.contact.id, qint64(0));
        QVERIFY(!row.contact.email.startsWith(u"urn:"_s));
    }
}

void TestLinkedInFormat::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("errorLine");

    const QString binary = u"This file is not a text file (it contains binary data)."_s;

    QTest::newRow("empty") << QByteArray() << u"The file is empty."_s << 0;
    QTest::newRow("only line breaks") << "\r\n\r\n"_ba << u"The file is empty."_s << 0;
    QTest::newRow("BOM only") << "\xEF\xBB\xBF"_ba << u"The file is empty."_s << 0;
    QTest::newRow("NUL bytes") << "First Name,Last Name\n\0\0\0"_ba << binary << 0;
    QTest::newRow("PNG header") << "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10"_ba << binary << 0;
    QTest::newRow("unterminated quote") << "First Name,Last Name\nAda,\"Lovelace\nBo,B\n"_ba
                                        << u"Line 2: a quoted field starting here is never closed."_s << 2;
}

void TestLinkedInFormat::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(int, errorLine);

    const contactcsv::ReadResult result = contactcsv::read(bytes);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, error);
    QCOMPARE(result.errorLine, errorLine);
    QVERIFY(result.rows.isEmpty());
}

void TestLinkedInFormat::headerOnlyIsOk()
{
    const contactcsv::ReadResult result = contactcsv::read(
        "Notes:\n\"preamble\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"_ba);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.rows.isEmpty());
}

void TestLinkedInFormat::shortRecordsAreNotAnError()
{
    const contactcsv::ReadResult result = contactcsv::read(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace\n,,https://x,\n"_ba);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).contact.firstName, u"Ada"_s);
    QCOMPARE(result.rows.at(0).contact.company, QString());
    QVERIFY(!result.rows.at(0).contact.connectedOn.isValid());
    QVERIFY(!result.rows.at(0).empty);
    QCOMPARE(result.rows.at(1).contact.linkedInUrl, u"https://x"_s);
    QVERIFY(!result.rows.at(1).empty); // a URL alone is something to import
}

void TestLinkedInFormat::malformedInputDoesNotCrash()
{
    QRandomGenerator random(1234);
    const QByteArray header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"_ba;
    const QByteArray csvish = "ab,\"\r\n 1/-.:Jun\xC3\xA9\x80"_ba;
    for (int iteration = 0; iteration < 400; ++iteration) {
        QByteArray bytes = iteration % 3 == 0 ? QByteArray() : header;
        const int length = random.bounded(0, 600);
        for (int i = 0; i < length; ++i) {
            bytes.append(iteration % 2 == 0 ? char(random.bounded(256)) : csvish.at(random.bounded(csvish.size())));
        }
        const contactcsv::ReadResult result = contactcsv::read(bytes);
        if (result.ok) {
            for (const linkedin::Row &row : result.rows)
                QVERIFY(row.line > 1);
        } else {
            QVERIFY(!result.error.isEmpty());
            QVERIFY(result.rows.isEmpty());
        }
    }
}

void TestLinkedInFormat::largeExport()
{
    constexpr int rows = 30000;
    QByteArray bytes = readTestFile(current);
    bytes += '\n';
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        bytes += "Person" + n + ",Sample " + n + ",https://www.linkedin.com/in/person-" + n
            + ",,\"Northwind, Inc.\",Engineer,27 Jun 2026\n";
    }
    const contactcsv::ReadResult result = contactcsv::read(bytes);
    QVERIFY(result.ok);
    QCOMPARE(result.rows.size(), rows + 8);
    QCOMPARE(result.rows.constLast().contact.lastName, u"Sample 29999"_s);
    QCOMPARE(result.rows.constLast().contact.connectedOn, QDate(2026, 6, 27));
}

QTEST_GUILESS_MAIN(TestLinkedInFormat)
#include "tst_linkedinformat.moc"
