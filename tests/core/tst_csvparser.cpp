#include "import/csvparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One string per record, "line: field|field|...", so a failing QCOMPARE shows exactly which
// record differs and how.
QStringList flatten(const QList<csv::Record> &records)
{
    QStringList out;
    out.reserve(records.size());
    for (const csv::Record &record : records)
        out.append(QString::number(record.line) + u": "_s + record.fields.join(u'|'));
    return out;
}

// RFC 4180 writer for round-trip tests.
QString quoteField(const QString &field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
        || field.startsWith(u' ') || field.isEmpty();
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

class TestCsvParser : public QObject
{
    Q_OBJECT

private slots:
    void dialect_data();
    void dialect();
    void decode_data();
    void decode();
    void detectDelimiter_data();
    void detectDelimiter();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void errorMessage();
    void utf16IsRejectedClearly();
    void roundTrip();
    void randomBytesDoNotCrash();
    void largeFile();
    void tableFields_data();
    void tableFields();
    void formulaGuard_data();
    void formulaGuard();
};

void TestCsvParser::dialect_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("windows1252");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QStringList>("expected");

    const QChar comma = u',';
    const QChar semicolon = u';';
    const QChar tab = u'\t';

    QTest::newRow("simple") << "a,b,c\n1,2,3\n"_ba << comma << false << false
                            << QStringList{u"1: a|b|c"_s, u"2: 1|2|3"_s};
    QTest::newRow("no final newline") << "a,b\n1,2"_ba << comma << false << false
                                      << QStringList{u"1: a|b"_s, u"2: 1|2"_s};
    QTest::newRow("doubled quotes") << "\"James \"\"JJ\"\"\",x\n"_ba << comma << false << false
                                    << QStringList{u"1: James \"JJ\"|x"_s};
    QTest::newRow("embedded delimiter") << "\"Northwind, Inc.\",y"_ba << comma << false << false
                                        << QStringList{u"1: Northwind, Inc.|y"_s};
    QTest::newRow("embedded LF keeps line numbers")
        << "a,\"x\ny\"\nb,c\n"_ba << comma << false << false << QStringList{u"1: a|x\ny"_s, u"3: b|c"_s};
    QTest::newRow("embedded CRLF becomes LF")
        << "a,\"x\r\ny\"\r\nb,c\r\n"_ba << comma << false << false << QStringList{u"1: a|x\ny"_s, u"3: b|c"_s};
    QTest::newRow("embedded blank lines")
        << "\"a\n\nb\"\nc"_ba << comma << false << false << QStringList{u"1: a\n\nb"_s, u"4: c"_s};
    QTest::newRow("CRLF") << "a,b\r\nc,d\r\n"_ba << comma << false << false << QStringList{u"1: a|b"_s, u"2: c|d"_s};
    QTest::newRow("lone CR") << "a,b\rc,d\r"_ba << comma << false << false << QStringList{u"1: a|b"_s, u"2: c|d"_s};
    QTest::newRow("lone CR inside quotes")
        << "\"x\ry\",z\rw,v"_ba << comma << false << false << QStringList{u"1: x\ny|z"_s, u"3: w|v"_s};
    QTest::newRow("blank lines produce no record")
        << "a,1\n\n\nb,2\n\n"_ba << comma << false << false << QStringList{u"1: a|1"_s, u"4: b|2"_s};
    QTest::newRow("whitespace-only line is blank")
        << "a,b\n   \nc,d"_ba << comma << false << false << QStringList{u"1: a|b"_s, u"3: c|d"_s};
    QTest::newRow("empty fields") << ",,\n"_ba << comma << false << false << QStringList{u"1: ||"_s};
    QTest::newRow("trailing delimiter at EOF") << "a,"_ba << comma << false << false << QStringList{u"1: a|"_s};
    QTest::newRow("lone quote in unquoted field") << "O\"Brien,x\n5\" screen,y\n"_ba << comma << false << false
                                                  << QStringList{u"1: O\"Brien|x"_s, u"2: 5\" screen|y"_s};
    QTest::newRow("text after closing quote") << "\"a\"b,c"_ba << comma << false << false << QStringList{u"1: ab|c"_s};
    QTest::newRow("space before opening quote")
        << "a, \"b, c\",d"_ba << comma << false << false << QStringList{u"1: a|b, c|d"_s};
    QTest::newRow("spaces kept in unquoted fields")
        << " a , b \n"_ba << comma << false << false << QStringList{u"1:  a | b "_s};
    QTest::newRow("quoted empty field is a record")
        << "\"\"\nx"_ba << comma << false << false << QStringList{u"1: "_s, u"2: x"_s};
    QTest::newRow("semicolon") << "a;b;c\n1;\"2;3\";4,5"_ba << semicolon << false << false
                               << QStringList{u"1: a|b|c"_s, u"2: 1|2;3|4,5"_s};
    QTest::newRow("tab") << "a\tb\tc\n1\t2,5\t3"_ba << tab << false << false
                         << QStringList{u"1: a|b|c"_s, u"2: 1|2,5|3"_s};
    QTest::newRow("tab field with spaces before quote")
        << "a\t \"b\"\n"_ba << tab << false << false << QStringList{u"1: a|b"_s};
    QTest::newRow("BOM stripped") << "\xEF\xBB\xBF"
                                     "First Name,Last Name\n"_ba
                                  << comma << false << true << QStringList{u"1: First Name|Last Name"_s};
    QTest::newRow("UTF-8") << "Se\xC3\xA1n,O\xE2\x80\x99P"_ba << comma << false << false
                           << QStringList{u"1: Se\u00E1n|O\u2019P"_s};
    QTest::newRow("Windows-1252") << "M\xFCller,\x80 5\n"_ba << comma << true << false
                                  << QStringList{u"1: M\u00FCller|\u20AC 5"_s};
    QTest::newRow("Windows-1252 semicolons and dates")
        << "Name;Datum\r\nJ\xF6rg Gr\xF6\xDF"
           "e;16.09.2021\r\n"_ba
        << semicolon << true << false << QStringList{u"1: Name|Datum"_s, u"2: J\u00F6rg Gr\u00F6\u00DFe|16.09.2021"_s};
    QTest::newRow("empty input") << QByteArray() << comma << false << false << QStringList();
    QTest::newRow("only line breaks") << "\n\r\n\r\n"_ba << comma << false << false << QStringList();
    QTest::newRow("BOM only") << "\xEF\xBB\xBF"_ba << comma << false << true << QStringList();
}

void TestCsvParser::dialect()
{
    QFETCH(QByteArray, input);
    QFETCH(QChar, delimiter);
    QFETCH(bool, windows1252);
    QFETCH(bool, bom);
    QFETCH(QStringList, expected);

    const csv::ParseResult result = csv::parse(input);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.dialect.delimiter, delimiter);
    QCOMPARE(result.dialect.encoding, windows1252 ? csv::Encoding::Windows1252 : csv::Encoding::Utf8);
    QCOMPARE(result.dialect.hadByteOrderMark, bom);
    QCOMPARE(flatten(result.records()), expected);
}

void TestCsvParser::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("windows1252");
    QTest::addColumn<bool>("bom");

    QTest::newRow("ascii") << "abc"_ba << u"abc"_s << false << false;
    QTest::newRow("utf-8 2 bytes") << "M\xC3\xBCller"_ba << u"M\u00FCller"_s << false << false;
    QTest::newRow("utf-8 4 bytes") << "\xF0\x9F\x98\x80"_ba << u"\U0001F600"_s << false << false;
    QTest::newRow("utf-8 with BOM") << "\xEF\xBB\xBF\xC3\xA9"_ba << u"\u00E9"_s << false << true;
    QTest::newRow("1252 umlaut") << "M\xFCller"_ba << u"M\u00FCller"_s << true << false;
    QTest::newRow("1252 euro") << "\x80"_ba << u"\u20AC"_s << true << false;
    QTest::newRow("1252 quotes") << "\x84"
                                    "a\x93 \x91"
                                    "b\x92"_ba
                                 << u"\u201Ea\u201C \u2018b\u2019"_s << true << false;
    QTest::newRow("1252 dashes and Y diaeresis") << "\x96\x97\x9F"_ba << u"\u2013\u2014\u0178"_s << true << false;
    QTest::newRow("1252 unassigned byte") << "\x81"_ba << u"\u0081"_s << true << false;
    QTest::newRow("1252 latin-1 range") << "\xA0\xE9\xFF"_ba << u"\u00A0\u00E9\u00FF"_s << true << false;
    QTest::newRow("truncated sequence") << "abc\xC3"_ba << u"abc\u00C3"_s << true << false;
    QTest::newRow("overlong") << "\xC0\xAF"_ba << u"\u00C0\u00AF"_s << true << false;
    QTest::newRow("surrogate") << "\xED\xA0\x80"_ba << u"\u00ED\u00A0\u20AC"_s << true << false;
    QTest::newRow("above U+10FFFF") << "\xF4\x90\x80\x80"_ba << u"\u00F4\u0090\u20AC\u20AC"_s << true << false;
    QTest::newRow("two BOMs: the second is text") << "\xEF\xBB\xBF\xEF\xBB\xBF"
                                                     "a"_ba
                                                  << u"\uFEFFa"_s << false << true;
    QTest::newRow("BOM then 1252") << "\xEF\xBB\xBFM\xFC"_ba << u"M\u00FC"_s << true << true;
    QTest::newRow("empty") << QByteArray() << QString() << false << false;
}

void TestCsvParser::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(bool, windows1252);
    QFETCH(bool, bom);

    csv::Encoding encoding = windows1252 ? csv::Encoding::Utf8 : csv::Encoding::Windows1252; // opposite, must be set
    bool hadBom = !bom;
    QCOMPARE(csv::decode(bytes, &encoding, &hadBom), expected);
    QCOMPARE(encoding, windows1252 ? csv::Encoding::Windows1252 : csv::Encoding::Utf8);
    QCOMPARE(hadBom, bom);
    QCOMPARE(csv::decode(bytes), expected); // the out-parameters are optional
}

void TestCsvParser::detectDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("expected");

    QTest::newRow("comma") << u"a,b,c"_s << QChar(u',');
    QTest::newRow("semicolon") << u"a;b;c\n1;2;3"_s << QChar(u';');
    QTest::newRow("tab") << u"a\tb\tc"_s << QChar(u'\t');
    QTest::newRow("tie favours comma") << u"a;b,c"_s << QChar(u',');
    QTest::newRow("nothing favours comma") << u"abc\ndef"_s << QChar(u',');
    QTest::newRow("quoted commas do not count") << u"\"a,b,c,d\";x;y"_s << QChar(u';');
    QTest::newRow("decimal commas in semicolon file") << u"a;b;c\n1,5;2,5;3"_s << QChar(u';');
    QTest::newRow("only the first lines count")
        << (u"a;b\n"_s.repeated(25)
            + u"a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,1,2,3,4,5,6,7,8,9,0,a,b,c,d,e,f,g,h\n"_s)
        << QChar(u';');
}

void TestCsvParser::detectDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, expected);
    QCOMPARE(csv::detectDelimiter(text), expected);
}

void TestCsvParser::unterminatedQuote_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("line");

    QTest::newRow("first field") << "\"abc"_ba << 1;
    QTest::newRow("after embedded newlines") << "a,b\nc,\"d\n\ne"_ba << 2;
    QTest::newRow("CRLF") << "a\r\nb\r\n\"x\r\ny"_ba << 3;
    QTest::newRow("lone CR") << "a\rb\r\"x\ry"_ba << 3;
    QTest::newRow("ends in doubled quote") << "\"a\"\""_ba << 1;
    QTest::newRow("after a closed field") << "\"ok\",\"no\n"_ba << 1;
    QTest::newRow("after blank lines") << "a\n\n\n\"x"_ba << 4;
}

void TestCsvParser::unterminatedQuote()
{
    QFETCH(QByteArray, input);
    QFETCH(int, line);

    const csv::ParseResult result = csv::parse(input);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorLine, line);
    QCOMPARE(result.error, u"Line %1: a quoted field starting here is never closed."_s.arg(line));
    QVERIFY(result.records().isEmpty());
}

void TestCsvParser::errorMessage()
{
    const csv::ParseResult result = csv::parseText(u"a,b\nc,\"d"_s, u',');
    QVERIFY(!result.ok);
    QCOMPARE(result.errorLine, 2);
    QCOMPARE(result.error, u"Line 2: a quoted field starting here is never closed."_s);
}

void TestCsvParser::utf16IsRejectedClearly()
{
    const QByteArray utf16 = "\xFF\xFE"
                             "a\0,\0b\0"_ba;
    const csv::ParseResult result = csv::parse(utf16);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"UTF-16"_s));
}

void TestCsvParser::roundTrip()
{
    // Random records built from the characters that matter to the parser, written with RFC 4180
    // quoting, must come back field for field with the right starting lines.
    const QString alphabet = u"ab ,\"\n;\u00FC\u20AC'"_s;
    QRandomGenerator random(4180);
    for (int iteration = 0; iteration < 200; ++iteration) {
        QList<QStringList> records;
        QString text;
        const int recordCount = random.bounded(1, 8);
        const int fieldCount = random.bounded(1, 5);
        for (int r = 0; r < recordCount; ++r) {
            QStringList fields;
            for (int f = 0; f < fieldCount; ++f) {
                QString field;
                const int length = random.bounded(0, 6);
                for (int c = 0; c < length; ++c)
                    field.append(alphabet.at(random.bounded(alphabet.size())));
                fields.append(field);
            }
            QStringList quoted;
            for (const QString &field : std::as_const(fields))
                quoted.append(quoteField(field));
            text += quoted.join(u',') + u"\r\n"_s;
            records.append(fields);
        }

        const csv::ParseResult result = csv::parseText(text, u',');
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.records().size(), records.size());
        int expectedLine = 1;
        for (qsizetype r = 0; r < records.size(); ++r) {
            QCOMPARE(result.records().at(r).fields, records.at(r));
            QCOMPARE(result.records().at(r).line, expectedLine);
            expectedLine += 1 + int(records.at(r).join(QString()).count(u'\n'));
        }
    }
}

void TestCsvParser::randomBytesDoNotCrash()
{
    QRandomGenerator random(20260627);
    const QByteArray csvish = "ab,;\t\"\r\n \xC3\xFC\x80"_ba;
    for (int iteration = 0; iteration < 500; ++iteration) {
        QByteArray bytes;
        const int length = random.bounded(0, 400);
        const bool fullyRandom = iteration % 2 == 0;
        for (int i = 0; i < length; ++i) {
            bytes.append(fullyRandom ? char(random.bounded(256)) : csvish.at(random.bounded(csvish.size())));
        }
        const csv::ParseResult result = csv::parse(bytes);
        if (!result.ok) {
            QVERIFY(!result.error.isEmpty());
            continue;
        }
        // Records come in file order, never on line 0.
        int previous = 0;
        for (const csv::Record &record : result.records()) {
            QVERIFY(record.line > previous);
            QVERIFY(!record.fields.isEmpty());
            previous = record.line;
        }
    }
}

void TestCsvParser::largeFile()
{
    constexpr int rows = 30000;
    QByteArray bytes = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"_ba;
    bytes.reserve(rows * 120);
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        bytes += "Person" + n + ",M\xC3\xBCller-" + n + ",https://www.linkedin.com/in/person-" + n
            + ",,\"Northwind, Inc.\",\"Architect, \"\"Distributed\"\" Systems\",27 Jun 2026\n";
    }
    QVERIFY(bytes.size() > 2'500'000);

    const csv::ParseResult result = csv::parse(bytes);

    QVERIFY(result.ok);
    QCOMPARE(result.records().size(), rows + 1);
    const csv::Record last = result.records().constLast();
    QCOMPARE(last.line, rows + 1);
    QCOMPARE(last.fields.size(), 7);
    QCOMPARE(last.fields.at(1), u"M\u00FCller-29999"_s);
    QCOMPARE(last.fields.at(4), u"Northwind, Inc."_s);
    QCOMPARE(last.fields.at(5), u"Architect, \"Distributed\" Systems"_s);
}

void TestCsvParser::tableFields_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("record");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("fieldCount");

    // Quoted fields are read where they lie in the file unless unquoting changes their text.
    QTest::newRow("unquoted") << "a,bc,d\n"_ba << 0 << 1 << u"bc"_s << 3;
    QTest::newRow("quoted as written") << "a,\"b,c\",d\n"_ba << 0 << 1 << u"b,c"_s << 3;
    QTest::newRow("doubled quote") << "x\n\"say \"\"hi\"\"\",y"_ba << 1 << 0 << u"say \"hi\""_s << 2;
    QTest::newRow("CRLF inside quotes") << "\"a\r\nb\",c"_ba << 0 << 0 << u"a\nb"_s << 2;
    QTest::newRow("text after the closing quote") << "\"a\"b,c"_ba << 0 << 0 << u"ab"_s << 2;
    QTest::newRow("after an unescaped field") << "\"a\"\"\",\"b\"c,d"_ba << 0 << 2 << u"d"_s << 3;
    QTest::newRow("second unescaped field") << "\"a\"\"\",\"b\"c,d"_ba << 0 << 1 << u"bc"_s << 3;
    QTest::newRow("past the last field") << "a,b\nc"_ba << 1 << 1 << QString() << 1;
    QTest::newRow("negative field") << "a,b"_ba << 0 << -1 << QString() << 2;
    QTest::newRow("after a BOM") << "\xEF\xBB\xBF"
                                    "a,b"_ba
                                 << 0 << 0 << u"a"_s << 2;
    // U+FEFF anywhere but the file's first bytes is text, not a byte order mark.
    QTest::newRow("U+FEFF in a field") << "\r\xEF\xBB\xBF\xEF\xBB\xBF"_ba << 0 << 0 << u"\uFEFF\uFEFF"_s << 1;
    QTest::newRow("U+FEFF after a BOM") << "\xEF\xBB\xBF\xEF\xBB\xBF"
                                           "a,b"_ba
                                        << 0 << 0 << u"\uFEFFa"_s << 2;
    QTest::newRow("U+FEFF quoted") << "x,\"\xEF\xBB\xBF\"\n"_ba << 0 << 1 << u"\uFEFF"_s << 2;
    QTest::newRow("Windows-1252") << "x;\"M\xFC\"\"ller\""_ba << 0 << 1 << u"M\u00FC\"ller"_s << 2;
    QTest::newRow("after a blank line") << "a\n  \nb,\"c\"\n"_ba << 1 << 1 << u"c"_s << 2;
}

void TestCsvParser::tableFields()
{
    QFETCH(QByteArray, input);
    QFETCH(int, record);
    QFETCH(int, field);
    QFETCH(QString, expected);
    QFETCH(int, fieldCount);

    const csv::ParseResult result = csv::parse(input);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(record < result.table.size());
    QCOMPARE(result.table.fieldCount(record), fieldCount);
    QCOMPARE(result.table.field(record, field), expected);
    QCOMPARE(result.table.rawField(record, field).size(), expected.toUtf8().size());
    QCOMPARE(result.table.fields(record).size(), fieldCount);
}

void TestCsvParser::formulaGuard_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("guarded");
    QTest::newRow("=") << u"=1+2"_s << u"'=1+2"_s;
    QTest::newRow("+") << u"+44"_s << u"'+44"_s;
    QTest::newRow("-") << u"-"_s << u"'-"_s;
    QTest::newRow("@") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("CR") << u"\r=1"_s << u"'\r=1"_s;
    QTest::newRow("LF") << u"\nline"_s << u"'\nline"_s;
    // Text that would read as guarded is guarded too, so reading gives it back.
    QTest::newRow("apostrophe then =") << u"'=1"_s << u"''=1"_s;
    QTest::newRow("apostrophes then -") << u"''-1"_s << u"'''-1"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("plain") << u"Ada"_s << u"Ada"_s;
    QTest::newRow("apostrophe then letter") << u"'Ilse"_s << u"'Ilse"_s;
    QTest::newRow("lone apostrophe") << u"'"_s << u"'"_s;
    QTest::newRow("apostrophes") << u"'''"_s << u"'''"_s;
    QTest::newRow("inside") << u"O'Brien=1"_s << u"O'Brien=1"_s;
    QTest::newRow("space first") << u" =1"_s << u" =1"_s;
}

// Reading takes off exactly what writing put on, and nothing from text it would leave alone.
void TestCsvParser::formulaGuard()
{
    QFETCH(QString, cell);
    QFETCH(QString, guarded);
    QCOMPARE(csv::withFormulaGuard(cell), guarded);
    QCOMPARE(csv::needsFormulaGuard(cell), guarded != cell);
    QCOMPARE(csv::withoutFormulaGuard(guarded), cell);
}

QTEST_GUILESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"
