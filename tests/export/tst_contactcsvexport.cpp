// Contacts as CSV: formula injection neutralised, and the file read back with Coffee Chat's own
// CSV parser as a spreadsheet would read it.

#include "export/contactcsvexport.h"
#include "export/exportfile.h"
#include "import/csvparser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
Contact person(qint64 id, const QString &first, const QString &last)
{
    Contact c;
    c.id = id;
    c.firstName = first;
    c.lastName = last;
    return c;
}

// The importer's parser reads any line end inside a quoted field as LF, as spreadsheets do.
QString lineEndsAsLf(QString text)
{
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}
} // namespace

class TestContactCsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void roundTripsThroughTheParser_data();
    void roundTripsThroughTheParser();
    void writesEveryField();
    void isUtf8WithBomAndCrlf();
    void writesOnlyTheHeadingsWithoutContacts();
    void refusesToWrite_data();
    void refusesToWrite();
    void replacesAnExistingFile();
};

void TestContactCsvExport::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    // OWASP's triggers: each gets a leading apostrophe.
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")")
                       << QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")");
    QTest::newRow("+") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
    QTest::newRow("-") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1:A2)") << QStringLiteral("'@SUM(A1:A2)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("phone with +") << QStringLiteral("+44 20 7946 0958") << QStringLiteral("'+44 20 7946 0958");
    QTest::newRow("lone -") << QStringLiteral("-") << QStringLiteral("'-");
    // A reader takes a CR inside a quoted cell for LF, so LF is guarded as CR is.
    QTest::newRow("LF first") << QStringLiteral("\nline") << QStringLiteral("'\nline");
    // Text the importer would take for a guarded cell is guarded too, so it reads back as it was.
    QTest::newRow("apostrophe then =") << QStringLiteral("'=1") << QStringLiteral("''=1");
    // Everything else is left alone.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("- inside") << QStringLiteral("Mary-Jane") << QStringLiteral("Mary-Jane");
    QTest::newRow("= inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("@ inside") << QStringLiteral("ada@example.org") << QStringLiteral("ada@example.org");
    QTest::newRow("phone without +") << QStringLiteral("020 7946 0958") << QStringLiteral("020 7946 0958");
    QTest::newRow("apostrophe already") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
    QTest::newRow("space then =") << QStringLiteral(" =1") << QStringLiteral(" =1");
    QTest::newRow("fullwidth =") << QStringLiteral("＝1") << QStringLiteral("＝1");
}

void TestContactCsvExport::neutralisesFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(csv::withFormulaGuard(cell), written);

    // In every column, not just the names.
    Contact c = person(1, cell, cell);
    c.email = cell;
    c.phone = cell;
    c.company = cell;
    c.position = cell;
    c.linkedInUrl = cell;
    c.notes = cell;
    c.source = cell;
    c.tags = cell.isEmpty() ? QStringList() : QStringList{cell};
    const csv::ParseResult parsed = csv::parse(ContactCsvExport::toCsv({c}));
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.records().size(), 2);
    const QStringList fields = parsed.records().at(1).fields;
    for (int column : {0, 1, 2, 3, 4, 5, 6, 10, 11, 12})
        QCOMPARE(fields.value(column), lineEndsAsLf(written));
    // The file itself holds the cell as neutralised, CR and all.
    QVERIFY(ContactCsvExport::toCsv({c}).contains(ContactCsvExport::quoted(written).toUtf8()));
}

void TestContactCsvExport::roundTripsThroughTheParser_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Ada");
    QTest::newRow("comma") << QStringLiteral("Lovelace, Ada");
    QTest::newRow("semicolon") << QStringLiteral("Babbage; Engines");
    QTest::newRow("quotes") << QStringLiteral("The \"Enchantress\" of Numbers");
    QTest::newRow("newlines") << QStringLiteral("first line\nsecond line\r\nthird");
    QTest::newRow("tab inside") << QStringLiteral("a\tb");
    QTest::newRow("unicode") << QStringLiteral("Zoë Ångström 李小龙 🎉");
    QTest::newRow("spaces") << QStringLiteral("  padded  ");
    QTest::newRow("html") << QStringLiteral("<b>x</b>");
    QTest::newRow("hyphen inside") << QStringLiteral("Jean-Luc");
    QTest::newRow("trigger") << QStringLiteral("=cmd|' /C calc'!A0");
}

// What a spreadsheet shows is the original text; the parser sees the apostrophe too.
void TestContactCsvExport::roundTripsThroughTheParser()
{
    QFETCH(QString, text);
    Contact c = person(7, text, text);
    c.company = text;
    c.notes = text;
    const csv::ParseResult parsed =
        csv::parse(ContactCsvExport::toCsv({c, person(8, QStringLiteral("Next"), QString())}));
    QVERIFY2(parsed.ok, qPrintable(parsed.error));
    QCOMPARE(parsed.dialect.delimiter, QLatin1Char(','));
    QCOMPARE(parsed.records().size(), 3);
    QCOMPARE(parsed.records().at(0).fields, ContactCsvExport::headings());
    QStringList fields = parsed.records().at(1).fields;
    QCOMPARE(fields.size(), ContactCsvExport::headings().size());
    for (QString &field : fields) {
        if (field.startsWith(QLatin1Char('\'')) && csv::withFormulaGuard(field.mid(1)) == field)
            field.remove(0, 1);
    }
    QCOMPARE(fields.at(0), lineEndsAsLf(text));
    QCOMPARE(fields.at(1), lineEndsAsLf(text));
    QCOMPARE(fields.at(4), lineEndsAsLf(text));
    QCOMPARE(fields.at(11), lineEndsAsLf(text));
    QCOMPARE(parsed.records().at(2).fields.value(0), QStringLiteral("Next"));
}

void TestContactCsvExport::writesEveryField()
{
    Contact grace = person(3, QStringLiteral("Grace"), QStringLiteral("Hopper"));
    Contact ada = person(5, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    ada.email = QStringLiteral("ada@example.org");
    ada.phone = QStringLiteral("020 7946 0958");
    ada.company = QStringLiteral("Analytical Engines");
    ada.position = QStringLiteral("Analyst");
    ada.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/ada");
    ada.connectedOn = QDate(2024, 2, 29);
    ada.relationship = Relationship::Alumni;
    ada.referredById = grace.id;
    ada.tags = {QStringLiteral("mentor"), QStringLiteral("math")};
    ada.notes = QStringLiteral("Met at the salon");
    ada.source = QStringLiteral("LinkedIn");
    Contact orphan = person(9, QStringLiteral("Orphan"), QString());
    orphan.referredById = 404; // not in the list: no name to give

    const csv::ParseResult parsed = csv::parse(ContactCsvExport::toCsv({grace, ada, orphan}));
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.records().at(0).fields,
             QStringList({QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
                          QStringLiteral("Phone"), QStringLiteral("Company"), QStringLiteral("Position"),
                          QStringLiteral("LinkedIn URL"), QStringLiteral("Connected On"),
                          QStringLiteral("Relationship"), QStringLiteral("Referred By"), QStringLiteral("Tags"),
                          QStringLiteral("Notes"), QStringLiteral("Source")}));
    QCOMPARE(
        parsed.records().at(2).fields,
        QStringList({QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@example.org"),
                     QStringLiteral("020 7946 0958"), QStringLiteral("Analytical Engines"), QStringLiteral("Analyst"),
                     QStringLiteral("https://www.linkedin.com/in/ada"), QStringLiteral("2024-02-29"),
                     QStringLiteral("Alumni"), QStringLiteral("Grace Hopper"), QStringLiteral("mentor; math"),
                     QStringLiteral("Met at the salon"), QStringLiteral("LinkedIn")}));
    QCOMPARE(parsed.records().at(1).fields.at(8), QString()); // relationship not set: empty, not "Not set"
    QCOMPARE(parsed.records().at(3).fields.at(9), QString());
}

void TestContactCsvExport::isUtf8WithBomAndCrlf()
{
    Contact c = person(1, QStringLiteral("Zoë"), QStringLiteral("Ångström"));
    c.notes = QStringLiteral("one\ntwo");
    const QByteArray bytes = ContactCsvExport::toCsv({c});
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "First Name,Last Name,"));
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes.count("\r\n"), 2); // the line ends; the note keeps its own LF inside quotes
    QVERIFY(bytes.contains("Zo\xC3\xAB,\xC3\x85ngstr\xC3\xB6m"));
    QVERIFY(bytes.contains("\"one\ntwo\""));
    const csv::ParseResult parsed = csv::parse(bytes);
    QVERIFY(parsed.dialect.hadByteOrderMark);
    QCOMPARE(parsed.dialect.encoding, csv::Encoding::Utf8);
}

void TestContactCsvExport::writesOnlyTheHeadingsWithoutContacts()
{
    QCOMPARE(ContactCsvExport::toCsv({}),
             QByteArray("\xEF\xBB\xBF"
                        "First Name,Last Name,Email,Phone,Company,Position,LinkedIn URL,"
                        "Connected On,Relationship,Referred By,Tags,Notes,Source\r\n"));
}

void TestContactCsvExport::refusesToWrite_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("folder missing") << QStringLiteral("missing/contacts.csv");
    QTest::newRow("path is a folder") << QStringLiteral("folder");
}

void TestContactCsvExport::refusesToWrite()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QStringList before = entries(dir.path());
    const QString path = dir.filePath(relativePath);
    QString error;
    QVERIFY(!ContactCsvExport::write({person(1, QStringLiteral("Ada"), QString())}, path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not write “%1”: ").arg(QDir::toNativeSeparators(path))),
             qPrintable(error));
    QCOMPARE(entries(dir.path()), before); // no partial or temporary file left behind
    QVERIFY(entries(dir.filePath(QStringLiteral("folder"))).isEmpty());
}

void TestContactCsvExport::replacesAnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contacts.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100000, 'x'));
    old.close();
    QString error;
    QVERIFY2(ContactCsvExport::write({person(1, QStringLiteral("Ada"), QString())}, path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(bytes, ContactCsvExport::toCsv({person(1, QStringLiteral("Ada"), QString())}));
    QCOMPARE(entries(dir.path()), QStringList{QStringLiteral("contacts.csv")});
}

QTEST_GUILESS_MAIN(TestContactCsvExport)
#include "tst_contactcsvexport.moc"
