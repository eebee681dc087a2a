// Contacts as vCard 3.0, read back with KContacts as another address book would.

#include "export/vcardexport.h"

#include <KContacts/Addressee>
#include <KContacts/VCardConverter>

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

class TestVCardExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsBackEveryField_data();
    void readsBackEveryField();
    void writesVersion3WithUids();
    void leavesOutWhatIsNotSet();
    void escapesStructuredValuesOnce();
    void foldsWholeCharacters();
    void refusesToWrite_data();
    void refusesToWrite();
};

void TestVCardExport::readsBackEveryField_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("notes");
    QTest::addColumn<QStringList>("tags");

    QTest::newRow("plain") << QStringLiteral("Ada") << QStringLiteral("Lovelace")
                           << QStringLiteral("Analytical Engines") << QStringLiteral("Analyst")
                           << QStringLiteral("Met at the salon")
                           << QStringList{QStringLiteral("mentor"), QStringLiteral("math")};
    QTest::newRow("unicode") << QStringLiteral("Zoë") << QStringLiteral("Ångström-李")
                             << QStringLiteral("Société Générale") << QStringLiteral("Ingénieure ☕")
                             << QStringLiteral("Спасибо! 🎉")
                             << QStringList{QStringLiteral("ami·e"), QStringLiteral("東京")};
    QTest::newRow("commas and semicolons")
        << QStringLiteral("Mary, Jane") << QStringLiteral("Smith; Jr.") << QStringLiteral("Babbage, Lovelace & Co; Ltd")
        << QStringLiteral("Head of R&D, EMEA; interim") << QStringLiteral("a, b; c\\d")
        << QStringList{QStringLiteral("one; two")};
    QTest::newRow("multi-line notes") << QStringLiteral("Grace") << QStringLiteral("Hopper") << QString() << QString()
                                      << QStringLiteral("first line\nsecond line\n\nfourth") << QStringList();
    QTest::newRow("markup and formulas") << QStringLiteral("<b>x</b>") << QStringLiteral("=1+2")
                                         << QStringLiteral("@corp") << QStringLiteral("-") << QStringLiteral("+44")
                                         << QStringList{QStringLiteral("=tag")};
}

void TestVCardExport::readsBackEveryField()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, company);
    QFETCH(QString, position);
    QFETCH(QString, notes);
    QFETCH(QStringList, tags);

    Contact contact;
    contact.id = 42;
    contact.firstName = first;
    contact.lastName = last;
    contact.email = QStringLiteral("someone@example.org");
    contact.phone = QStringLiteral("+44 20 7946 0958"); // a vCard is no spreadsheet: never neutralised
    contact.company = company;
    contact.position = position;
    contact.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/some-one-123");
    contact.notes = notes;
    contact.tags = tags;

    KContacts::VCardConverter converter;
    const KContacts::Addressee::List cards = converter.parseVCards(VCardExport::toVCards({contact}));
    QCOMPARE(cards.size(), 1);
    const KContacts::Addressee &card = cards.constFirst();
    QCOMPARE(card.uid(), QStringLiteral("contact-42@coffeechat"));
    QCOMPARE(card.givenName(), first);
    QCOMPARE(card.familyName(), last);
    QCOMPARE(card.formattedName(), contact.displayName());
    QCOMPARE(card.preferredEmail(), contact.email);
    QCOMPARE(card.phoneNumbers().size(), 1);
    QCOMPARE(card.phoneNumbers().constFirst().number(), contact.phone);
    QCOMPARE(card.organization(), company);
    QCOMPARE(card.title(), position);
    QCOMPARE(card.url().url(), QUrl(contact.linkedInUrl));
    QCOMPARE(card.note(), notes);
    QCOMPARE(card.categories(), tags);
}

void TestVCardExport::writesVersion3WithUids()
{
    Contact ada;
    ada.id = 1;
    ada.firstName = QStringLiteral("Ada");
    Contact grace;
    grace.id = 2;
    grace.lastName = QStringLiteral("Hopper");
    const QByteArray text = VCardExport::toVCards({ada, grace});
    QCOMPARE(text.count("BEGIN:VCARD\r\n"), 2);
    QCOMPARE(text.count("VERSION:3.0\r\n"), 2);
    QVERIFY(text.contains("UID:contact-1@coffeechat\r\n"));
    QVERIFY(text.contains("UID:contact-2@coffeechat\r\n"));
    QVERIFY(text.contains("FN:Ada\r\n"));
    QVERIFY(text.contains("FN:Hopper\r\n"));
    QCOMPARE(VCardExport::toVCards({}), QByteArray());
}

void TestVCardExport::leavesOutWhatIsNotSet()
{
    Contact ada;
    ada.id = 1;
    ada.firstName = QStringLiteral("Ada");
    ada.linkedInUrl = QStringLiteral("not a url with spaces");
    const QByteArray text = VCardExport::toVCards({ada});
    for (const char *property : {"\r\nEMAIL", "\r\nTEL", "\r\nORG", "\r\nTITLE", "\r\nNOTE", "\r\nCATEGORIES"})
        QVERIFY2(!text.contains(property), property);
    // A card without any name is named by its e-mail, since FN is required.
    Contact nameless;
    nameless.id = 2;
    nameless.email = QStringLiteral("who@example.org");
    KContacts::VCardConverter converter;
    QCOMPARE(converter.parseVCards(VCardExport::toVCards({nameless})).constFirst().formattedName(), nameless.email);
}

// The examples, as written in the file: each ';' and ',' inside N and ORG escaped once.
// (KContacts wrote ORG:Co\, "Inc"\\; Ltd, which other readers split after "Inc"\.)
void TestVCardExport::escapesStructuredValuesOnce()
{
    Contact c;
    c.id = 1;
    c.firstName = QStringLiteral("Semi;colon");
    c.lastName = QStringLiteral("Back\\slash, Jr.");
    c.company = QStringLiteral("Co, \"Inc\"; Ltd");
    const QByteArray vcf = VCardExport::toVCards({c});
    QVERIFY2(vcf.contains("\r\nORG:Co\\, \"Inc\"\\; Ltd\r\n"), vcf.constData());
    QVERIFY2(vcf.contains("\r\nN:Back\\\\slash\\, Jr.;Semi\\;colon;;;\r\n"), vcf.constData());
    QVERIFY2(!vcf.contains("\\\\;"), vcf.constData());
}

// Lines are folded after 75 octets, never inside a character (KContacts split four-byte ones:
// emoji, mathematical letters), and the file has no empty lines.
void TestVCardExport::foldsWholeCharacters()
{
    Contact c;
    c.id = 1;
    c.firstName = QStringLiteral("𝓒𝓸𝓯𝓯𝓮𝓮 ☕ 👩🏽‍💻 𝕮𝖍𝖆𝖙 Zoë").repeated(6);
    c.company = c.firstName;
    c.notes = c.firstName;
    const QByteArray vcf = VCardExport::toVCards({c, c});
    QList<QByteArray> lines = vcf.split('\n');
    QVERIFY(lines.size() > 20);
    QVERIFY(lines.takeLast().isEmpty()); // after the last line's LF
    for (QByteArray line : std::as_const(lines)) {
        QVERIFY2(line.endsWith('\r'), line.constData());
        line.chop(1);
        QVERIFY2(line.size() <= 75, line.constData());
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(line);
        QVERIFY2(!decoder.hasError(), line.constData());
    }
    QVERIFY(!lines.contains("\r"));
    KContacts::VCardConverter converter;
    const KContacts::Addressee::List cards = converter.parseVCards(vcf);
    QCOMPARE(cards.size(), 2);
    QCOMPARE(cards.constFirst().givenName(), c.firstName);
    QCOMPARE(cards.constFirst().organization(), c.company);
    QCOMPARE(cards.constFirst().note(), c.notes);
}

void TestVCardExport::refusesToWrite_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("folder missing") << QStringLiteral("missing/contacts.vcf");
    QTest::newRow("path is a folder") << QStringLiteral("folder");
}

void TestVCardExport::refusesToWrite()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const auto entries = [&] {
        return QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    };
    const QStringList before = entries();
    Contact ada;
    ada.id = 1;
    ada.firstName = QStringLiteral("Ada");
    const QString path = dir.filePath(relativePath);
    QString error;
    QVERIFY(!VCardExport::write({ada}, path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not write “%1”: ").arg(QDir::toNativeSeparators(path))),
             qPrintable(error));
    QCOMPARE(entries(), before);

    const QString good = dir.filePath(QStringLiteral("contacts.vcf"));
    QVERIFY2(VCardExport::write({ada}, good, &error), qPrintable(error));
    QFile f(good);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("BEGIN:VCARD\r\n"));
}

QTEST_GUILESS_MAIN(TestVCardExport)
#include "tst_vcardexport.moc"
