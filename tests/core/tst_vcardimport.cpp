// vCard files (Apple Contacts, Google, Outlook, Coffee Chat's own export) through the one
// import pipeline: each card becomes a row of the same preview, matched as CSV rows are.
#include "import/contactimport.h"
#include "import/vcardimport.h"

#include <QFile>
#include <QLocale>
#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using Action = ImportPlan::Action;

namespace {
QByteArray testData(const QString &relative)
{
    QFile f(QStringLiteral(COFFEECHAT_TEST_DATA "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ContactImport::Prepared prepare(const QByteArray &bytes, const QString &name = u"contacts.vcf"_s,
                                const QList<ContactMatchKey> &existing = {})
{
    return ContactImport::prepareBytes(bytes, u"/home/user/Downloads/"_s + name, existing);
}

QByteArray card(const QByteArray &body)
{
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + body + "END:VCARD\r\n";
}
} // namespace

class TestVCardImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryCard_data();
    void readsEveryCard();
    void quotedPrintableSoftBreaks_data();
    void quotedPrintableSoftBreaks();
    void cardsThatCannotBeImported_data();
    void cardsThatCannotBeImported();
    void refusesWhatIsNotVCard_data();
    void refusesWhatIsNotVCard();
    void recognisesVCardByContent_data();
    void recognisesVCardByContent();
    void refusesMorePeopleThanAnyAddressBook_data();
    void refusesMorePeopleThanAnyAddressBook();
    void matchesExistingContacts();
    void valuesAreNotTakenForFormulas();
};

void TestVCardImport::readsEveryCard_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("firstName");
    QTest::addColumn<QString>("lastName");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("linkedInUrl");
    QTest::addColumn<QStringList>("inNotes");
    QTest::addColumn<QStringList>("tags");

    const QString v3 = u"vcard/apple_contacts_v3.vcf"_s;
    QTest::newRow("3.0: preferred e-mail and phone, LinkedIn URL, website and the rest in notes")
        << v3 << 0 << 1 << u"Chidi"_s << u"Okafor"_s << u"chidi.okafor@example.com"_s << u"+44 7700 900123"_s
        << u"Northwind Traders"_s << u"Product Manager"_s << u"https://www.linkedin.com/in/chidi-okafor-example"_s
        << QStringList{u"Met at the product meetup in March.\nAsk about discovery work and how the team decides"_s,
                       u"Website: https://chidi.example.org"_s, u"E-mail: chidi@example.net"_s, u"+44 20 7946 0018"_s}
        << QStringList{u"Mentors"_s, u"Product"_s};
    QTest::newRow("3.0: an escaped comma in ORG")
        << v3 << 1 << 21 << u"Thi Mai"_s << u"Nguyen"_s << u"mai.nguyen@example.com"_s << QString()
        << u"Contoso, Ltd."_s << u"Data Scientist"_s << QString() << QStringList() << QStringList();
    QTest::newRow("3.0: FN only, a LinkedIn URL typed without scheme")
        << v3 << 2 << 29 << u"Priya"_s << u"Raman"_s << u"priya.raman@example.com"_s << QString() << QString()
        << QString() << u"https://www.linkedin.com/in/priya-raman-example"_s << QStringList() << QStringList();
    const QString v4 = u"vcard/contacts_v4.vcf"_s;
    QTest::newRow("4.0: accents, a regional LinkedIn host, an escaped comma in NOTE")
        << v4 << 0 << 1 << u"Sofía"_s << u"Álvarez"_s << u"sofia.alvarez@example.com"_s << u"+34-600-000-111"_s
        << u"Adatum Corporation"_s << u"Engineering Manager"_s << u"https://www.linkedin.com/in/sofia-alvarez-example"_s
        << QStringList{u"Graduated the same year, different programme."_s} << QStringList{u"Alumni"_s};
    QTest::newRow("4.0: a company page is a website, not a profile")
        << v4 << 1 << 13 << u"Jonas"_s << u"Weber"_s << u"jonas.weber@example.com"_s << QString() << u"Tailspin Toys"_s
        << QString() << QString() << QStringList{u"Website: https://www.linkedin.com/company/tailspin-toys"_s}
        << QStringList();
}

void TestVCardImport::readsEveryCard()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(int, line);
    const QByteArray bytes = testData(file);
    QVERIFY(!bytes.isEmpty());
    const ContactImport::Prepared prepared = prepare(bytes, file.section(u'/', -1));
    QVERIFY2(prepared.ok, qPrintable(prepared.error));
    QCOMPARE(prepared.layout.format, contactcsv::Format::VCard);
    QVERIFY(index < prepared.plan.size());
    const ImportPlan::Entry entry = prepared.plan.entry(index);
    QCOMPARE(entry.action, Action::Add);
    QCOMPARE(entry.line, line);
    const Contact &c = entry.contact;
    QTEST(c.firstName, "firstName");
    QTEST(c.lastName, "lastName");
    QTEST(c.email, "email");
    QTEST(c.phone, "phone"); // a vCard 4.0 "tel:" URI gives its number
    QTEST(c.company, "company");
    QTEST(c.position, "position");
    QTEST(c.linkedInUrl, "linkedInUrl");
    QFETCH(QStringList, inNotes);
    for (const QString &part : std::as_const(inNotes))
        QVERIFY2(c.notes.contains(part), qPrintable(u"“%1” not in “%2”"_s.arg(part, c.notes)));
    if (inNotes.isEmpty())
        QVERIFY2(c.notes.isEmpty(), qPrintable(c.notes));
    QTEST(c.tags, "tags");
    QCOMPARE(c.source, u"vCard"_s);
}

// vCard 2.1 (old phones, Outlook) wraps quoted-printable values with a soft line break ("=" at
// the end of a line). On a card's last property KContacts read past the end of the text and
// started over without end: these cards hung the import (found by fuzzing).
void TestVCardImport::quotedPrintableSoftBreaks_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("names"); // of the cards read, in order: "First Last"
    QTest::addColumn<QString>("note"); // the first card's notes hold it

    const QByteArray v21 = "BEGIN:VCARD\r\nVERSION:2.1\r\n";
    QTest::newRow("a note wrapped over three lines")
        << QByteArray(v21
                      + "N:Lovelace;Ada\r\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Met at the =\r\nproduct "
                        "=\r\nmeetup=0Ain M=C3=A4rz\r\nEND:VCARD\r\n")
        << QStringList{u"Ada Lovelace"_s} << u"Met at the product meetup\nin März"_s;
    QTest::newRow("a soft break on the last property, before END:VCARD")
        << QByteArray(v21 + "NOTE:Mentor\r\nN;ENCODING=QUOTED-PRINTABLE:Lovelace;Ada=\r\nEND:VCARD\r\n")
        << QStringList{u"Ada Lovelace"_s} << u"Mentor"_s;
    QTest::newRow("the same at the end of a file without a last line break")
        << QByteArray(v21 + "N;QUOTED-PRINTABLE:Lovelace;Ada=\nEND:VCARD") << QStringList{u"Ada Lovelace"_s}
        << QString();
    QTest::newRow("soft breaks on their own lines up to END:VCARD")
        << QByteArray(v21 + "N:Lovelace;Ada\nNOTE;quoted-printable:Mentor=\n=\n==\nEND:VCARD\n")
        << QStringList{u"Ada Lovelace"_s} << u"Mentor"_s;
    QTest::newRow("the next card after one ending in a soft break")
        << QByteArray(v21 + "N:Lovelace;Ada\r\nNOTE;ENCODING=QUOTED-PRINTABLE:Mentor=\r\nEND:VCARD\r\n" + v21
                      + "N:Turing;Alan\r\nEND:VCARD\r\n")
        << QStringList{u"Ada Lovelace"_s, u"Alan Turing"_s} << u"Mentor"_s;
    QTest::newRow("the encoding in a folded parameter, a folded line after the soft break")
        << QByteArray(v21 + "N:Lovelace;Ada\r\nNOTE;ENCODING=QUOTED-\r\n PRINTABLE:Men=\r\ntor=\r\n =\r\nEND:VCARD\r\n")
        << QStringList{u"Ada Lovelace"_s} << u"Mentor"_s;
    QTest::newRow("a soft break followed by two carriage returns, before END:VCARD")
        << QByteArray(v21 + "N:Lovelace;Ada\r\nNOTE;QUOTED-PRINTABLE:Mentor=\r\r\nEND:VCARD\r\n")
        << QStringList{u"Ada Lovelace"_s} << u"Mentor"_s;
    QTest::newRow("a carriage return inside a line, END:VCARD without a line break")
        << QByteArray(
               v21 + "N:Lovelace;Ada\nX-A:1\r2\nNOTE;QUOTED-PRINTABLE:Mentor=\r\r\nEND:VCARD\rGIN:VCARD\r\nEND:VCARD")
        << QStringList{u"Ada Lovelace"_s} << u"Mentor"_s;
    QTest::newRow("an equals sign ending a plain value is kept")
        << QByteArray(v21 + "N:Lovelace;Ada\r\nNOTE:1+1=\r\nEND:VCARD\r\n") << QStringList{u"Ada Lovelace"_s}
        << u"1+1="_s;
}

void TestVCardImport::quotedPrintableSoftBreaks()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, names);
    QFETCH(QString, note);
    const ContactImport::Prepared prepared = prepare(bytes);
    QVERIFY2(prepared.ok, qPrintable(prepared.error));
    QStringList read;
    for (qsizetype i = 0; i < prepared.plan.size(); ++i) {
        const ImportPlan::Entry entry = prepared.plan.entry(i);
        QVERIFY2(entry.action == Action::Add, qPrintable(entry.reason));
        read << entry.contact.firstName + u' ' + entry.contact.lastName;
    }
    QCOMPARE(read, names);
    if (!note.isEmpty())
        QVERIFY2(prepared.plan.entry(0).contact.notes.contains(note), qPrintable(prepared.plan.entry(0).contact.notes));
}

void TestVCardImport::cardsThatCannotBeImported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no name") << card("ORG:Fabrikam Helpdesk\r\nEMAIL:help@example.com\r\n") << 1 << 1 << 1
                             << u"no name"_s;
    QTest::newRow("cut short at the end")
        << QByteArray(card("FN:Ada Lovelace\r\n") + "BEGIN:VCARD\r\nFN:Alan Turing\r\n") << 2 << 1 << 5
        << u"has no END:VCARD"_s;
    QTest::newRow("cut short in the middle")
        << QByteArray("BEGIN:VCARD\nFN:Alan Turing\n" + card("FN:Ada Lovelace\r\n")) << 2 << 1 << 1
        << u"has no END:VCARD"_s;
    QTest::newRow("nothing in the card") << QByteArray("BEGIN:VCARD\r\nEND:VCARD\r\n") << 1 << 1 << 1
                                         << u"nothing that can be read"_s;
}

void TestVCardImport::cardsThatCannotBeImported()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const ContactImport::Prepared prepared = prepare(bytes);
    QVERIFY2(prepared.ok, qPrintable(prepared.error));
    QTEST(int(prepared.plan.size()), "entries");
    QTEST(prepared.plan.count(Action::Skip), "skipped");
    bool found = false;
    for (qsizetype i = 0; i < prepared.plan.size(); ++i) {
        const ImportPlan::Entry entry = prepared.plan.entry(i);
        if (entry.action == Action::Skip) {
            QCOMPARE(entry.line, line);
            QVERIFY2(entry.reason.contains(reason), qPrintable(entry.reason));
            found = true;
        } else {
            QCOMPARE(entry.action, Action::Add); // the good card still comes in
        }
    }
    QVERIFY(found);
}

void TestVCardImport::refusesWhatIsNotVCard_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");

    QTest::newRow("CSV named .vcf") << QByteArray("First Name,Last Name\nAda,Lovelace\n") << u"contacts.vcf"_s
                                    << u"“contacts.vcf” cannot be imported: it is not a vCard file"_s;
    QTest::newRow("binary named .VCF") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << u"photo.VCF"_s
                                       << u"“photo.VCF” cannot be imported: it is not a vCard file"_s;
    QTest::newRow("empty .vcf") << QByteArray() << u"empty.vcf"_s
                                << u"“empty.vcf” cannot be imported: The file is empty."_s;
    QTest::newRow("only END lines") << QByteArray("BEGIN:VCARDX\nEND:VCARD\n") << u"odd.vcf"_s
                                    << u"“odd.vcf” cannot be imported: No contact card was found"_s;
}

void TestVCardImport::refusesWhatIsNotVCard()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, error);
    const ContactImport::Prepared prepared = prepare(bytes, name);
    QVERIFY(!prepared.ok);
    QVERIFY2(prepared.error.startsWith(error), qPrintable(prepared.error));
}

void TestVCardImport::recognisesVCardByContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("vCard");

    const QByteArray one = card("FN:Ada Lovelace\r\n");
    QTest::newRow("plain") << one << true;
    QTest::newRow("lower case, LF") << QByteArray("begin:vcard\nfn:Ada Lovelace\nend:vcard\n") << true;
    QTest::newRow("byte order mark and blank lines") << QByteArray("\xEF\xBB\xBF\r\n\r\n" + one) << true;
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("UTF-16 with byte order mark") << QByteArray(utf16(QString::fromUtf8(one))) << true;
    QTest::newRow("CSV") << QByteArray("First Name,Last Name\nAda,Lovelace\n") << false;
    QTest::newRow("CSV mentioning BEGIN:VCARD later") << QByteArray("Name\nBEGIN:VCARD\n") << false;
}

void TestVCardImport::recognisesVCardByContent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, vCard);
    QCOMPARE(VCardImport::looksLikeVCard(bytes), vCard);
    if (!vCard)
        return;
    // …and whatever the file is called, it is read as one.
    const ContactImport::Prepared prepared = prepare(bytes, u"contacts.txt"_s);
    QVERIFY2(prepared.ok, qPrintable(prepared.error));
    QCOMPARE(prepared.plan.size(), 1);
    QCOMPARE(prepared.plan.entry(0).contact.firstName, u"Ada"_s);
    QCOMPARE(prepared.plan.entry(0).contact.lastName, u"Lovelace"_s);
}

void TestVCardImport::refusesMorePeopleThanAnyAddressBook_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");

    const QByteArray tinyCard = "BEGIN:VCARD\r\nFN:A B\r\nEND:VCARD\r\n";
    const qsizetype most = contactcsv::MaximumRecords;
    QTest::newRow("vCard: one card more") << tinyCard.repeated(most + 1) << u"more.vcf"_s << false;
    QTest::newRow("CSV: heading and as many rows as can be")
        << QByteArray("Name\n" + QByteArray("A B\n").repeated(most)) << u"most.csv"_s << true;
    QTest::newRow("CSV: one row more") << QByteArray("Name\n" + QByteArray("A B\n").repeated(most + 1)) << u"more.csv"_s
                                       << false;
}

void TestVCardImport::refusesMorePeopleThanAnyAddressBook()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(bool, ok);
    const ContactImport::Prepared prepared = prepare(bytes, name);
    QCOMPARE(prepared.ok, ok);
    if (ok)
        return;
    const QLocale locale;
    QVERIFY2(prepared.error.startsWith(
                 u"“%1” cannot be imported: It lists %2 people, more than any address book "
                 "holds (at most %3 can be imported"_s.arg(name, locale.toString(contactcsv::MaximumRecords + 1),
                                                           locale.toString(contactcsv::MaximumRecords))),
             qPrintable(prepared.error));
}

void TestVCardImport::matchesExistingContacts()
{
    // Chidi is known by his LinkedIn URL (from LinkedIn's export), Mai by her e-mail; both are
    // already up to date, the others are new.
    ContactMatchKey chidi;
    chidi.id = 1;
    chidi.firstName = u"Chidi"_s;
    chidi.lastName = u"Okafor"_s;
    chidi.linkedInUrl = u"https://www.linkedin.com/in/chidi-okafor-example"_s;
    chidi.email = u"chidi.okafor@example.com"_s;
    chidi.company = u"Northwind Traders"_s;
    chidi.position = u"Product Manager"_s;
    ContactMatchKey mai;
    mai.id = 2;
    mai.firstName = u"Thi Mai"_s;
    mai.lastName = u"Nguyen"_s;
    mai.email = u"MAI.NGUYEN@example.com"_s;
    mai.company = u"Contoso, Ltd."_s;
    mai.position = u"Data Scientist"_s;
    const ContactImport::Prepared prepared =
        prepare(testData(u"vcard/apple_contacts_v3.vcf"_s), u"apple_contacts_v3.vcf"_s, {chidi, mai});
    QVERIFY2(prepared.ok, qPrintable(prepared.error));
    QCOMPARE(prepared.plan.entry(0).action, Action::Unchanged);
    QCOMPARE(prepared.plan.entry(1).action, Action::Unchanged);
    QCOMPARE(prepared.plan.entry(2).action, Action::Add);
    QCOMPARE(prepared.plan.summary(), u"1 added, 0 updated, 1 skipped, 2 already up to date"_s);
}

void TestVCardImport::valuesAreNotTakenForFormulas()
{
    // A CSV export guards "=1+2" as "'=1+2"; a vCard never does, so its apostrophes stay.
    const ContactImport::Prepared prepared = prepare(card("N:Apostrophe;'=Ada;;;\r\nORG:'+44 Ltd\r\n"));
    QVERIFY2(prepared.ok, qPrintable(prepared.error));
    QCOMPARE(prepared.plan.entry(0).contact.firstName, u"'=Ada"_s);
    QCOMPARE(prepared.plan.entry(0).contact.company, u"'+44 Ltd"_s);
}

QTEST_GUILESS_MAIN(TestVCardImport)
#include "tst_vcardimport.moc"
