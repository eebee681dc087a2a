// Exports read back as the user's next step would read them: the CSV export imported again, by
// the one import pipeline, into nothing and into the same database; a spreadsheet's re-save of
// it imported too; and the vCard export read by KContacts and by a strict reader of our own
// (strictvcard.h) as another address book would. One table of awkward values for all of them.

#include "awkwardcontacts.h"
#include "export/contactcsvexport.h"
#include "export/vcardexport.h"
#include "import/contactimport.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "strictvcard.h"

#include <KContacts/Addressee>
#include <KContacts/VCardConverter>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

QString lineEndsAsLf(QString text)
{
    return text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

// The people each row of the table is tried on: the value in every field of one (matched on
// re-import by LinkedIn URL), in the names, company and position of two more (matched by e-mail,
// and by name and company alone), and someone with nothing but a first name.
QList<Contact> contactsWith(const QString &value, const QStringList &tags)
{
    Contact everything;
    everything.firstName = value;
    everything.lastName = value;
    everything.email = value;
    everything.phone = value;
    everything.company = value;
    everything.position = value;
    everything.linkedInUrl = value;
    everything.connectedOn = QDate(2024, 2, 29);
    everything.tags = tags;
    everything.notes = value;

    Contact byEmail;
    byEmail.firstName = value;
    byEmail.lastName = QStringLiteral("E-mail");
    byEmail.email = QStringLiteral("by-email@example.org");
    byEmail.company = value;
    byEmail.position = value;

    Contact byName;
    byName.firstName = value;
    byName.lastName = QStringLiteral("Name");
    byName.company = value;
    byName.position = value;

    Contact sparse;
    sparse.firstName = QStringLiteral("Sparse");

    return {everything, byEmail, byName, sparse};
}

QString longNote()
{
    const QString piece = QStringLiteral("Ünïcödé ☕, \"quoted\"; =1+2 'x' 𝓒𝓸𝓯𝓯𝓮𝓮 שלום\n");
    QString note;
    while (note.size() < 2000)
        note += piece;
    note.truncate(2000);
    if (note.back().isHighSurrogate())
        note.chop(1);
    return note.trimmed(); // an import trims every cell
}

QByteArray readData(const QString &relative)
{
    QFile f(QStringLiteral(COFFEECHAT_TEST_DATA "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return f.readAll();
}

// The contacts of a plan, in the order of the file's rows.
QList<Contact> contactsOf(const ImportPlan &plan)
{
    QList<Contact> contacts;
    for (qsizetype i = 0; i < plan.size(); ++i)
        contacts << plan.entry(i).contact;
    return contacts;
}

// Every field the CSV export writes and the importer reads back. (Relationship, Referred By and
// Source are written for spreadsheets; an import sets its own.)
void compareImported(const Contact &read, const Contact &written)
{
    QCOMPARE(read.firstName, lineEndsAsLf(written.firstName));
    QCOMPARE(read.lastName, lineEndsAsLf(written.lastName));
    QCOMPARE(read.email, lineEndsAsLf(written.email));
    QCOMPARE(read.phone, lineEndsAsLf(written.phone));
    QCOMPARE(read.company, lineEndsAsLf(written.company));
    QCOMPARE(read.position, lineEndsAsLf(written.position));
    QCOMPARE(read.linkedInUrl, lineEndsAsLf(written.linkedInUrl));
    QCOMPARE(read.connectedOn, written.connectedOn);
    QCOMPARE(read.notes, lineEndsAsLf(written.notes));
    QCOMPARE(read.tags, written.tags);
}

} // namespace

class TestExportRoundTrip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void csvImportsTheSameValues_data();
    void csvImportsTheSameValues();
    void reimportChangesNothing_data();
    void reimportChangesNothing();
    void formulaLookalikesReimportUnchanged();
    void spreadsheetResaveReimportsUnchanged();
    void vCardReadsBackTheSameValues_data();
    void vCardReadsBackTheSameValues();
    void strictReaderRefuses_data();
    void strictReaderRefuses();
    void strictReaderValues();

private:
    // Stores the contacts; returns them as stored, with their ids.
    QList<Contact> store(QList<Contact> contacts);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_store;
};

void TestExportRoundTrip::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("roundtrip.sqlite"))));
    m_store = std::make_unique<ContactStore>(m_db.get());
}

void TestExportRoundTrip::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

QList<Contact> TestExportRoundTrip::store(QList<Contact> contacts)
{
    ContactBatch batch;
    batch.inserts = std::move(contacts);
    QString error;
    if (!m_store->apply(batch, &error))
        qFatal("cannot store contacts: %s", qPrintable(error));
    return m_store->all();
}

void TestExportRoundTrip::csvImportsTheSameValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("tags"); // a tag cannot hold ',' or ';': every importer splits there

    QTest::newRow("plain") << QStringLiteral("Ada") << QStringList{QStringLiteral("mentor"), QStringLiteral("math")};
    QTest::newRow("= formula") << QStringLiteral("=1+2") << QStringList{QStringLiteral("=tag")};
    QTest::newRow("= hyperlink") << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")") << QStringList();
    QTest::newRow("+ phone") << QStringLiteral("+44 20 7946 0000") << QStringList{QStringLiteral("+1")};
    QTest::newRow("- minus") << QStringLiteral("-5%") << QStringList{QStringLiteral("-")};
    QTest::newRow("lone -") << QStringLiteral("-") << QStringList();
    QTest::newRow("@ mention") << QStringLiteral("@Analyst")
                               << QStringList{QStringLiteral("@team"), QStringLiteral("x")};
    QTest::newRow("tab then =") << QStringLiteral("\t=1") << QStringList();
    QTest::newRow("apostrophe first") << QStringLiteral("'Ilse") << QStringList{QStringLiteral("'quoted")};
    QTest::newRow("apostrophe inside") << QStringLiteral("O'Brien") << QStringList();
    QTest::newRow("lone apostrophe") << QStringLiteral("'") << QStringList{QStringLiteral("'")};
    QTest::newRow("apostrophe then =") << QStringLiteral("'=1+2") << QStringList{QStringLiteral("'=tag")};
    QTest::newRow("apostrophes then +") << QStringLiteral("''+1") << QStringList();
    QTest::newRow("semicolon") << QStringLiteral("Semi;colon") << QStringList();
    QTest::newRow("comma") << QStringLiteral("Lovelace, Ada") << QStringList();
    QTest::newRow("quotes") << QStringLiteral("Co, \"Inc\"; Ltd") << QStringList{QStringLiteral("\"quoted\"")};
    QTest::newRow("line breaks") << QStringLiteral("first line\nsecond line\n\nfourth") << QStringList();
    QTest::newRow("CRLF inside") << QStringLiteral("first line\r\nsecond line") << QStringList();
    QTest::newRow("backslash") << QStringLiteral("C:\\Users\\Ada") << QStringList{QStringLiteral("a\\b")};
    QTest::newRow("emoji") << QStringLiteral("☕ Coffee 👩🏽‍💻 🇩🇪") << QStringList{QStringLiteral("☕")};
    QTest::newRow("Arabic") << QStringLiteral("شركة القهوة") << QStringList{QStringLiteral("عربي")};
    QTest::newRow("Hebrew") << QStringLiteral("קפה בע״מ") << QStringList{QStringLiteral("עברית")};
    QTest::newRow("mixed direction with marks") << QStringLiteral("\u200FAda שלום 42\u200F") << QStringList();
    QTest::newRow("styled letters") << QStringLiteral("𝓒𝓸𝓯𝓯𝓮𝓮 𝕮𝖍𝖆𝖙 𝟙𝟚𝟛") << QStringList{QStringLiteral("𝕿𝖆𝖌")};
    QTest::newRow("2,000 characters") << longNote() << QStringList();
}

// (a) What the CSV export writes, the importer reads back, field by field.
void TestExportRoundTrip::csvImportsTheSameValues()
{
    QFETCH(QString, value);
    QFETCH(QStringList, tags);
    const QList<Contact> contacts = contactsWith(value, tags);
    const QByteArray csv = ContactCsvExport::toCsv(contacts);

    const ContactImport::Prepared prepared =
        ContactImport::prepareBytes(csv, QStringLiteral("coffeechat-contacts.csv"), {});
    QVERIFY2(prepared.ok, qPrintable(prepared.error));
    QCOMPARE(prepared.plan.count(ImportPlan::Action::Add), contacts.size());
    const QList<Contact> read = contactsOf(prepared.plan);
    QCOMPARE(read.size(), contacts.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        compareImported(read.at(i), contacts.at(i));
        if (QTest::currentTestFailed()) {
            qWarning("in contact %lld of the row", static_cast<long long>(i));
            return;
        }
    }
}

void TestExportRoundTrip::reimportChangesNothing_data()
{
    csvImportsTheSameValues_data();
}

// (b) Exporting (CSV or vCard) and importing into the same database matches everyone and
// changes nothing.
void TestExportRoundTrip::reimportChangesNothing()
{
    QFETCH(QString, value);
    QFETCH(QStringList, tags);
    if (value.contains(QLatin1Char('\r')))
        QSKIP("a stored CR comes back as LF, as every CSV and vCard reader gives it: not a value the store holds");
    const QList<Contact> stored = store(contactsWith(value, tags));

    const QList<std::pair<QByteArray, QString>> exports = {
        {ContactCsvExport::toCsv(stored), QStringLiteral("coffeechat-contacts.csv")},
        {VCardExport::toVCards(stored), QStringLiteral("coffeechat-contacts.vcf")}};
    for (const auto &[bytes, name] : exports) {
        const ContactImport::Prepared prepared = ContactImport::prepareBytes(bytes, name, m_store->allForMatching());
        QVERIFY2(prepared.ok, qPrintable(prepared.error));
        QVERIFY2(prepared.plan.summary() == QStringLiteral("0 added, 0 updated, 0 skipped, 4 already up to date"),
                 qPrintable(name + QStringLiteral(": ") + prepared.plan.summary()));
        // Each row matched the person it was exported from.
        for (qsizetype i = 0; i < prepared.plan.size(); ++i)
            QCOMPARE(prepared.plan.entry(i).contact.id, stored.at(i).id);

        ContactImport::Applied applied;
        QString error;
        QVERIFY2(ContactImport::apply(*m_store, prepared, &applied, &error), qPrintable(error));
        QVERIFY(applied.batch.isEmpty());
        QCOMPARE(m_store->all(), stored);
    }
}

// The case, with the summary `coffeechat import` prints: before, "1 added, 4 updated".
void TestExportRoundTrip::formulaLookalikesReimportUnchanged()
{
    const QList<Contact> stored = store(AwkwardContacts::formulaLookalikes());
    const QByteArray csv = ContactCsvExport::toCsv(stored);
    QVERIFY(csv.contains(",'=1+2,'@Analyst,")); // still guarded in the file
    QVERIFY(csv.contains("\r\n'=Noemail,Person,"));
    const ContactImport::Prepared prepared =
        ContactImport::prepareBytes(csv, QStringLiteral("coffeechat-contacts.csv"), m_store->allForMatching());
    QVERIFY2(prepared.ok, qPrintable(prepared.error));
    QCOMPARE(prepared.plan.summary(), QStringLiteral("0 added, 0 updated, 0 skipped, 5 already up to date"));
    for (qsizetype i = 0; i < prepared.plan.size(); ++i)
        QCOMPARE(prepared.plan.entry(i).contact.id, stored.at(i).id);
}

// Excel (German locale) re-saving the export: ';' between cells, Windows-1252, CRLF, dates as
// dd.mm.yyyy, and the guard apostrophes kept as characters of the cells. The fixture is the
// export of AwkwardContacts::formulaLookalikes() so re-saved.
void TestExportRoundTrip::spreadsheetResaveReimportsUnchanged()
{
    const QByteArray resaved =
        readData(QStringLiteral("csv/coffeechat_export_excel_resaved_semicolon_windows1252.csv"));
    const QList<Contact> stored = store(AwkwardContacts::formulaLookalikes());

    const ContactImport::Prepared fresh = ContactImport::prepareBytes(resaved, QStringLiteral("resaved.csv"), {});
    QVERIFY2(fresh.ok, qPrintable(fresh.error));
    const QList<Contact> read = contactsOf(fresh.plan);
    QCOMPARE(read.size(), 5);
    const QList<Contact> expected = AwkwardContacts::formulaLookalikes();
    for (const Contact &contact : read) {
        const auto same = std::find_if(expected.cbegin(), expected.cend(),
                                       [&contact](const Contact &c) { return c.firstName == contact.firstName; });
        QVERIFY2(same != expected.cend(), qPrintable(contact.firstName));
        compareImported(contact, *same);
        if (QTest::currentTestFailed())
            return;
    }

    const ContactImport::Prepared again =
        ContactImport::prepareBytes(resaved, QStringLiteral("resaved.csv"), m_store->allForMatching());
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.plan.summary(), QStringLiteral("0 added, 0 updated, 0 skipped, 5 already up to date"));
    for (qsizetype i = 0; i < again.plan.size(); ++i) {
        const Contact &matched = again.plan.entry(i).contact;
        const auto same =
            std::find_if(stored.cbegin(), stored.cend(), [&matched](const Contact &c) { return c.id == matched.id; });
        QVERIFY(same != stored.cend());
        QCOMPARE(matched.firstName, same->firstName);
    }
}

void TestExportRoundTrip::vCardReadsBackTheSameValues_data()
{
    csvImportsTheSameValues_data();
}

// (c) The vCard export read back by KContacts and by the strict reader: every field as written.
void TestExportRoundTrip::vCardReadsBackTheSameValues()
{
    QFETCH(QString, value);
    QFETCH(QStringList, tags);
    QList<Contact> contacts = contactsWith(value, tags);
    for (qsizetype i = 0; i < contacts.size(); ++i)
        contacts[i].id = 100 + i;
    contacts[0].linkedInUrl = QStringLiteral("https://www.linkedin.com/in/ada-lovelace-123");
    const QByteArray vcf = VCardExport::toVCards(contacts);

    const strictvcard::Result strict = strictvcard::parse(vcf);
    QVERIFY2(strict.ok, qPrintable(strict.error + QLatin1Char('\n') + QString::fromUtf8(vcf)));
    QCOMPARE(strict.cards.size(), contacts.size());
    KContacts::VCardConverter converter;
    const KContacts::Addressee::List cards = converter.parseVCards(vcf);
    QCOMPARE(cards.size(), contacts.size());

    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Contact &c = contacts.at(i);
        const QString name = c.displayName().isEmpty() ? c.email.trimmed() : c.displayName();
        const QString note = lineEndsAsLf(c.notes);
        const QString company = lineEndsAsLf(c.company.trimmed());
        const QString position = lineEndsAsLf(c.position.trimmed());
        const QString email = lineEndsAsLf(c.email.trimmed());
        const QString phone = c.phone.simplified(); // as KContacts keeps a phone number

        // The strict reader, property by property. A property that is missing, repeated or
        // not valid reads as a marker that no value equals.
        const strictvcard::Card &card = strict.cards.at(i);
        const auto marker = [](const char *property) {
            return QStringLiteral("<no valid %1>").arg(QLatin1String(property));
        };
        const auto present = [&card](const char *property) { return !card.all(QLatin1String(property)).isEmpty(); };
        const auto rawValue = [&card](const char *property) {
            const QList<strictvcard::Property> found = card.all(QLatin1String(property));
            return found.size() == 1 ? std::optional<QByteArray>(found.first().value) : std::nullopt;
        };
        const auto text = [&](const char *property) {
            const std::optional<QByteArray> raw = rawValue(property);
            return raw ? strictvcard::text(*raw).value_or(marker(property)) : marker(property);
        };
        const auto components = [&](const char *property) {
            const std::optional<QByteArray> raw = rawValue(property);
            return raw ? strictvcard::components(*raw).value_or(QStringList{marker(property)})
                       : QStringList{marker(property)};
        };
        QCOMPARE(text("VERSION"), QStringLiteral("3.0"));
        QCOMPARE(text("UID"), VCardExport::uid(c.id));
        QCOMPARE(components("N"),
                 QStringList({lineEndsAsLf(c.lastName.trimmed()), lineEndsAsLf(c.firstName.trimmed()), QString(),
                              QString(), QString()}));
        QCOMPARE(text("FN"), lineEndsAsLf(name));
        QCOMPARE(present("ORG"), !company.isEmpty());
        if (!company.isEmpty())
            QCOMPARE(components("ORG"), QStringList{company});
        QCOMPARE(present("TITLE"), !position.isEmpty());
        if (!position.isEmpty())
            QCOMPARE(text("TITLE"), position);
        QCOMPARE(present("EMAIL"), !email.isEmpty());
        if (!email.isEmpty())
            QCOMPARE(text("EMAIL"), email);
        QCOMPARE(present("TEL"), !phone.isEmpty());
        if (!phone.isEmpty())
            QCOMPARE(text("TEL"), phone);
        QCOMPARE(present("NOTE"), !note.isEmpty());
        if (!note.isEmpty())
            QCOMPARE(text("NOTE"), note);
        QCOMPARE(present("CATEGORIES"), !c.tags.isEmpty());
        if (!c.tags.isEmpty()) {
            const std::optional<QByteArray> raw = rawValue("CATEGORIES");
            QCOMPARE(raw ? strictvcard::list(*raw).value_or(QStringList{marker("CATEGORIES")}) : QStringList(), c.tags);
        }
        if (i == 0)
            QCOMPARE(text("URL"), c.linkedInUrl);

        // KContacts, as KAddressBook would read the file.
        const KContacts::Addressee &kcard = cards.at(i);
        QCOMPARE(kcard.uid(), VCardExport::uid(c.id));
        QCOMPARE(kcard.familyName(), lineEndsAsLf(c.lastName.trimmed()));
        QCOMPARE(kcard.givenName(), lineEndsAsLf(c.firstName.trimmed()));
        QCOMPARE(kcard.formattedName(), lineEndsAsLf(name));
        QCOMPARE(kcard.organization(), company);
        QCOMPARE(kcard.title(), position);
        QCOMPARE(kcard.preferredEmail(), email);
        QCOMPARE(kcard.phoneNumbers().isEmpty() ? QString() : kcard.phoneNumbers().constFirst().number(), phone);
        QCOMPARE(kcard.note(), note);
        QCOMPARE(kcard.categories(), c.tags);
        if (i == 0)
            QCOMPARE(kcard.url().url(), QUrl(c.linkedInUrl));
    }
}

// The strict reader itself: it must refuse what a careless writer produces, or the tests above
// would prove little.
void TestExportRoundTrip::strictReaderRefuses_data()
{
    QTest::addColumn<QByteArray>("vcf");
    const QByteArray begin = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nN:;Ada;;;\r\n";
    const QByteArray end = "END:VCARD\r\n";
    QTest::newRow("LF line ends") << QByteArray("BEGIN:VCARD\nVERSION:3.0\nFN:Ada\nN:;Ada;;;\nEND:VCARD\n");
    QTest::newRow("empty line between cards") << begin + end + "\r\n" + begin + end;
    QTest::newRow("line of 76 octets") << begin + "NOTE:" + QByteArray(71, 'x') + "\r\n" + end;
    QTest::newRow("fold inside a character") << begin + "NOTE:caf\xC3\r\n \xA9\r\n" + end;
    QTest::newRow("v2.1 parameter") << begin + "TEL;CELL:+44\r\n" + end;
    QTest::newRow("no VERSION") << QByteArray("BEGIN:VCARD\r\nFN:Ada\r\nN:;Ada;;;\r\nEND:VCARD\r\n");
    QTest::newRow("3.0 without N") << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n");
    QTest::newRow("no END") << begin;
}

void TestExportRoundTrip::strictReaderRefuses()
{
    QFETCH(QByteArray, vcf);
    QVERIFY(!strictvcard::parse(vcf).ok);
}

void TestExportRoundTrip::strictReaderValues()
{
    const strictvcard::Result good = strictvcard::parse(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nN:Love\r\n lace;Ada;;;\r\nTEL;TYPE=CELL:+44\r\nEND:VCARD\r\n");
    QVERIFY2(good.ok, qPrintable(good.error));
    QCOMPARE(strictvcard::components(good.cards.first().all(QStringLiteral("N")).first().value),
             std::optional<QStringList>(
                 {QStringLiteral("Lovelace"), QStringLiteral("Ada"), QString(), QString(), QString()}));
    QCOMPARE(good.cards.first().all(QStringLiteral("TEL")).first().parameters.value(0).second, QStringLiteral("CELL"));
    // KContacts' ORG for "Co; Ltd": a backslash, then a second component.
    QCOMPARE(strictvcard::components("Co\\\\; Ltd"),
             std::optional<QStringList>({QStringLiteral("Co\\"), QStringLiteral(" Ltd")}));
    QCOMPARE(strictvcard::components("Co\\; Ltd"), std::optional<QStringList>({QStringLiteral("Co; Ltd")}));
    QCOMPARE(strictvcard::text("a\\nb\\Nc; d\\,e\\\\"), std::optional<QString>(QStringLiteral("a\nb\nc; d,e\\")));
    QVERIFY(!strictvcard::text("a\\rb")); // not an escape vCard has
    QVERIFY(!strictvcard::text("a,b")); // a comma must be escaped
    QVERIFY(!strictvcard::text("a\\"));
    QCOMPARE(strictvcard::list("a,b\\,c"), std::optional<QStringList>({QStringLiteral("a"), QStringLiteral("b,c")}));
}

QTEST_GUILESS_MAIN(TestExportRoundTrip)
#include "tst_exportroundtrip.moc"
