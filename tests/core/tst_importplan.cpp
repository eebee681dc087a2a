#include "import/contactimport.h"
#include "storage/contactstore.h"
#include "storage/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>
#include <utility>

namespace {
QString sample(const QString &name)
{
    return QStringLiteral(COFFEECHAT_TEST_DATA "/linkedin/") + name;
}
QByteArray readSample(const QString &name)
{
    QFile f(sample(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class TestImportPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void samples_data();
    void samples();
    void reimportChangesNothing_data();
    void reimportChangesNothing();
    void newerExportUpdatesCompanyAndPosition();
    void userEditsSurviveReimport();
    void updatingImportWritesOnlyImportedFields_data();
    void updatingImportWritesOnlyImportedFields();
    void duplicateRowsInOneFile();
    void plansEveryKindOfRow();
    void unreadableFiles_data();
    void unreadableFiles();
    void applyReportsProgress_data();
    void applyReportsProgress();
    void noticesJobChanges_data();
    void noticesJobChanges();

private:
    ImportPlan planFor(const QByteArray &bytes);
    bool importBytes(const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_store;
};

void TestImportPlan::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("i.sqlite"))));
    m_store = std::make_unique<ContactStore>(m_db.get());
}

void TestImportPlan::cleanup()
{
    m_store.reset();
    m_db.reset();
}

ImportPlan TestImportPlan::planFor(const QByteArray &bytes)
{
    const auto prepared = ContactImport::prepareBytes(bytes, QStringLiteral("test.csv"), m_store->allForMatching());
    if (!prepared.ok)
        qWarning("%s", qPrintable(prepared.error));
    return prepared.plan;
}

bool TestImportPlan::importBytes(const QByteArray &bytes)
{
    ContactBatch batch = planFor(bytes).batch();
    return m_store->apply(batch);
}

void TestImportPlan::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QString>("someone");
    QTest::addColumn<QString>("theirCompany");

    QTest::newRow("2019-2020, no preamble, no URL")
        << QStringLiteral("Connections_2019-2020_noNotes_noURL.csv") << 4 << 1 << QStringLiteral("Hugo")
        << QStringLiteral("Wide World Importers, Inc.");
    QTest::newRow("2021-2023, notes, no URL") << QStringLiteral("Connections_2021-2023_Notes_noURL.csv") << 4 << 1
                                              << QStringLiteral("Marco") << QStringLiteral("Blue Yonder, LLC");
    QTest::newRow("2023-2026, notes and URL") << QStringLiteral("Connections_2023-2026_Notes_URL.csv") << 7 << 1
                                              << QStringLiteral("James \"JJ\"") << QStringLiteral("Northwind, Inc.");
    QTest::newRow("Excel re-save, CRLF") << QStringLiteral("Connections_excel-resaved_US_CRLF.csv") << 3 << 1
                                         << QStringLiteral("Tomás") << QString();
}

void TestImportPlan::samples()
{
    QFETCH(QString, file);
    QFETCH(int, added);
    QFETCH(int, skipped);
    QFETCH(QString, someone);
    QFETCH(QString, theirCompany);

    const ImportPlan plan = planFor(readSample(file));
    QCOMPARE(plan.count(ImportPlan::Action::Add), added);
    QCOMPARE(plan.count(ImportPlan::Action::Skip), skipped);
    QCOMPARE(plan.count(ImportPlan::Action::Update), 0);
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const ImportPlan::Entry entry = plan.entry(i);
        if (entry.action == ImportPlan::Action::Skip)
            QVERIFY(entry.reason.contains(QStringLiteral("empty row")));
    }
    QVERIFY(importBytes(readSample(file)));
    QCOMPARE(m_store->count(), added);
    bool found = false;
    for (const Contact &c : m_store->all()) {
        QVERIFY2(c.connectedOn.isValid(), qPrintable(c.displayName()));
        QCOMPARE(c.source, QStringLiteral("LinkedIn"));
        QVERIFY(!c.email.startsWith(QStringLiteral("urn:")));
        if (c.firstName == someone) {
            found = true;
            QCOMPARE(c.company, theirCompany);
        }
    }
    QVERIFY(found);
}

void TestImportPlan::reimportChangesNothing_data()
{
    samples_data();
}

void TestImportPlan::reimportChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(int, added);
    QFETCH(int, skipped);
    QVERIFY(importBytes(readSample(file)));
    const ImportPlan again = planFor(readSample(file));
    QCOMPARE(again.count(ImportPlan::Action::Add), 0);
    QCOMPARE(again.count(ImportPlan::Action::Update), 0);
    QCOMPARE(again.count(ImportPlan::Action::Unchanged), added);
    QCOMPARE(again.count(ImportPlan::Action::Skip), skipped);
    QVERIFY(again.batch().isEmpty());
}

void TestImportPlan::newerExportUpdatesCompanyAndPosition()
{
    QVERIFY(importBytes(readSample(QStringLiteral("Connections_2023-2026_Notes_URL.csv"))));
    // A later export: Olu moved jobs, a new person connected, the rest is the same.
    QByteArray newer = readSample(QStringLiteral("Connections_2023-2026_Notes_URL.csv"));
    newer.replace("Olu,Specimen,https://www.linkedin.com/in/olu-specimen-1a2b3c4d,,Contoso Pharmaceuticals,Talent "
                  "Acquisition Partner",
                  "Olu,Specimen,https://www.linkedin.com/in/olu-specimen-1a2b3c4d/,,Fabrikam,Head of Talent");
    newer.replace("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
                  "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                  "Zoe,Newperson,https://www.linkedin.com/in/zoe-newperson,,Fabrikam,Designer,01 Nov 2026\n");
    const ImportPlan plan = planFor(newer);
    QCOMPARE(plan.count(ImportPlan::Action::Add), 1);
    QCOMPARE(plan.count(ImportPlan::Action::Update), 1);
    QCOMPARE(plan.count(ImportPlan::Action::Unchanged), 6);
    QVERIFY2(plan.summary().startsWith(QStringLiteral("1 added, 1 updated, 1 skipped, 6 already up to date; ")),
             qPrintable(plan.summary()));
    QCOMPARE(plan.jobChanges(), 1);
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const ImportPlan::Entry e = plan.entry(i);
        if (e.action == ImportPlan::Action::Update) {
            QCOMPARE(e.contact.firstName, QStringLiteral("Olu"));
            QCOMPARE(e.changes, (QStringList{QStringLiteral("company"), QStringLiteral("position")}));
        }
    }
    ContactBatch batch = plan.batch();
    QCOMPARE(batch.inserts.size(), 1);
    QCOMPARE(batch.updates.size(), 1);
    QVERIFY(m_store->apply(batch));
    QCOMPARE(m_store->count(), 8);
    const QList<Contact> all = m_store->all();
    QCOMPARE(std::count_if(all.cbegin(), all.cend(),
                           [](const Contact &c) { return c.company == QStringLiteral("Fabrikam"); }),
             2);
}

void TestImportPlan::userEditsSurviveReimport()
{
    QVERIFY(importBytes(readSample(QStringLiteral("Connections_2023-2026_Notes_URL.csv"))));
    Contact priya;
    for (const Contact &c : m_store->all()) {
        if (c.firstName == QStringLiteral("Priya"))
            priya = c;
    }
    QVERIFY(priya.id);
    priya.notes = QStringLiteral("Knows the hiring manager at Tailwind.");
    priya.email = QStringLiteral("priya@example.com");
    priya.relationship = Relationship::Alumni;
    ContactBatch edit;
    edit.updates << priya;
    QVERIFY(m_store->apply(edit));
    QVERIFY(importBytes(readSample(QStringLiteral("Connections_2023-2026_Notes_URL.csv"))));
    const Contact after = *m_store->contact(priya.id);
    QCOMPARE(after.notes, priya.notes);
    QCOMPARE(after.email, priya.email);
    QCOMPARE(after.relationship, Relationship::Alumni);
    QCOMPARE(m_store->count(), 7);
}

void TestImportPlan::updatingImportWritesOnlyImportedFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    // What the user keeps about a person; an import planned from allForMatching() knows none of it.
    QTest::newRow("notes") << QStringLiteral("notes") << QStringLiteral("Knows the hiring manager.");
    QTest::newRow("phone") << QStringLiteral("phone") << QStringLiteral("+44 20 7946 0000");
    QTest::newRow("tags") << QStringLiteral("tags") << QStringLiteral("alumni,design");
    QTest::newRow("relationship") << QStringLiteral("relationship") << QStringLiteral("professor");
    QTest::newRow("source") << QStringLiteral("source") << QStringLiteral("Met at a conference");
    QTest::newRow("names") << QStringLiteral("names") << QStringLiteral("Olu Renamed");
}

void TestImportPlan::updatingImportWritesOnlyImportedFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);

    QVERIFY(importBytes("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                        "Olu,Specimen,https://www.linkedin.com/in/olu,,Contoso,Recruiter,27 Jun 2026\n"));
    Contact olu = m_store->all().constFirst();
    if (field == QStringLiteral("notes"))
        olu.notes = value;
    else if (field == QStringLiteral("phone"))
        olu.phone = value;
    else if (field == QStringLiteral("tags"))
        olu.tags = value.split(u',');
    else if (field == QStringLiteral("relationship"))
        olu.relationship = RelationshipNames::fromKey(value);
    else if (field == QStringLiteral("source"))
        olu.source = value;
    else
        std::tie(olu.firstName, olu.lastName) = std::pair(value.section(u' ', 0, 0), value.section(u' ', 1));
    ContactBatch edit;
    edit.updates << olu;
    QVERIFY(m_store->apply(edit));
    const Contact edited = *m_store->contact(olu.id);

    // Olu moved on; the plan is made from the slim read, as ContactImport::prepare does.
    const QByteArray newer = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                             "Olu,Specimen,https://www.linkedin.com/in/olu,olu@example.com,Fabrikam,Head of Talent,"
                             "27 Jun 2026\n";
    const auto prepared = ContactImport::prepareBytes(newer, QStringLiteral("newer.csv"), m_store->allForMatching());
    QVERIFY(prepared.ok);
    QCOMPARE(prepared.plan.count(ImportPlan::Action::Update), 1);
    ContactBatch batch = prepared.plan.batch();
    const QList<Contact> before = m_store->contacts({olu.id});
    QVERIFY(m_store->apply(batch));

    Contact after = *m_store->contact(olu.id);
    QCOMPARE(after.company, QStringLiteral("Fabrikam"));
    QCOMPARE(after.position, QStringLiteral("Head of Talent"));
    QCOMPARE(after.email, QStringLiteral("olu@example.com"));
    // Everything else is as the user left it.
    Contact expected = edited;
    expected.company = after.company;
    expected.position = after.position;
    expected.email = after.email;
    expected.updatedAt = after.updatedAt;
    QCOMPARE(after, expected);

    // And the undo puts the whole contact back.
    ContactBatch undo = batch.inverse(before);
    QVERIFY(m_store->apply(undo));
    after = *m_store->contact(olu.id);
    expected = edited;
    expected.updatedAt = after.updatedAt;
    QCOMPARE(after, expected);
}

namespace {

linkedin::Row row(int line, const QString &first, const QString &last, const QString &url, const QString &email,
                  const QString &company)
{
    linkedin::Row r;
    r.line = line;
    r.contact.firstName = first;
    r.contact.lastName = last;
    r.contact.linkedInUrl = url;
    r.contact.email = email;
    r.contact.company = company;
    r.empty = first.isEmpty() && last.isEmpty() && url.isEmpty() && email.isEmpty() && company.isEmpty();
    return r;
}

ContactMatchKey existingContact(qint64 id, const QString &first, const QString &last, const QString &url,
                                const QString &email, const QString &company)
{
    Contact c = row(0, first, last, url, email, company).contact;
    c.id = id;
    return ContactMatchKey::of(c);
}

} // namespace

// Every way a row can match someone in the file or in the database, in one file.
void TestImportPlan::plansEveryKindOfRow()
{
    const QString ada = QStringLiteral("https://www.linkedin.com/in/ada");
    const QString rs = QStringLiteral("https://www.linkedin.com/in/rs");
    const QList<ContactMatchKey> existing = {
        existingContact(1, QStringLiteral("Ada"), QStringLiteral("Lovelace"), ada, QStringLiteral("ada@example.com"),
                        QStringLiteral("Analytical")),
        existingContact(2, QStringLiteral("Bo"), QStringLiteral("Diddley"), {}, QStringLiteral("bo@example.com"), {}),
        existingContact(3, QStringLiteral("Cy"), QStringLiteral("Young"), {}, {}, QStringLiteral("Acme")),
        existingContact(4, QStringLiteral("Bob"), QStringLiteral("Smith"), rs, {}, QStringLiteral("Acme")),
        existingContact(5, QStringLiteral("Dee"), QStringLiteral("Dee"),
                        QStringLiteral("https://www.linkedin.com/in/dee"), QStringLiteral("dee@example.com"),
                        QStringLiteral("Old Co")),
    };
    const QList<linkedin::Row> rows = {
        // Matched by URL to someone the user calls Bob; a later row without a URL that names him
        // as the file does is the same person.
        row(1, QStringLiteral("Robert"), QStringLiteral("Smith"), rs, {}, QStringLiteral("Acme")),
        // Two rows for Dee, by URL and by e-mail, fold into one update that ends with the second
        // row's employer; a later row without a URL names Dee as the first row did.
        row(15, QStringLiteral("Dee"), QStringLiteral("Dee"), QStringLiteral("https://www.linkedin.com/in/dee"), {},
            QStringLiteral("First Co")),
        row(16, QStringLiteral("Dee"), QStringLiteral("Dee"), QStringLiteral("https://www.linkedin.com/in/dee-2"),
            QStringLiteral("dee@example.com"), QStringLiteral("Second Co")),
        row(2, QStringLiteral("Ada"), QStringLiteral("Lovelace"), ada, {}, QStringLiteral("Difference Engines")),
        row(3, QStringLiteral("Eve"), QStringLiteral("Ng"), QStringLiteral("https://www.linkedin.com/in/eve"), {},
            QStringLiteral("Zed")),
        row(4, QStringLiteral("Eve"), QStringLiteral("Ng"), QStringLiteral("https://www.linkedin.com/in/EVE/"), {},
            QStringLiteral("Zed")),
        row(5, {}, {}, {}, {}, {}),
        // The first row without a URL: from here on names tell people apart, Eve's too.
        row(6, QStringLiteral("Bo"), QStringLiteral("Diddley"), {}, QStringLiteral("BO@example.com"),
            QStringLiteral("Chess")),
        row(7, QStringLiteral("Cy"), QStringLiteral("Young"), {}, {}, QStringLiteral("Acme")),
        row(8, QStringLiteral("Ada"), QStringLiteral("Lovelace"), {}, QStringLiteral("ada@example.com"), {}),
        row(9, QStringLiteral("Fay"), QStringLiteral("Gee"), {}, {}, QStringLiteral("Hub")),
        row(10, QStringLiteral("Fay"), QStringLiteral("Gee"), {}, {}, QStringLiteral("Hub")),
        row(11, QStringLiteral("Eve"), QStringLiteral("Ng"), {}, {}, QStringLiteral("Zed")),
        row(12, {}, {}, QStringLiteral("https://www.linkedin.com/in/nobody"), {}, {}),
        row(13, QStringLiteral("Gus"), QStringLiteral("Ho"), QStringLiteral("https://www.linkedin.com/in/gus"), {}, {}),
        row(14, QStringLiteral("Robert"), QStringLiteral("Smith"), {}, {}, QStringLiteral("Acme")),
        row(17, QStringLiteral("Dee"), QStringLiteral("Dee"), {}, {}, QStringLiteral("First Co")),
    };
    using A = ImportPlan::Action;
    const QList<A> expected = {A::Unchanged, A::Update, A::Skip,      A::Update, A::Add, A::Skip,
                               A::Skip,      A::Update, A::Unchanged, A::Skip,   A::Add, A::Skip,
                               A::Skip,      A::Skip,   A::Add,       A::Skip,   A::Skip};

    const ImportPlan whole = ImportPlan::build(rows, existing);
    QCOMPARE(whole.size(), rows.size());
    for (qsizetype i = 0; i < whole.size(); ++i)
        QCOMPARE(whole.entry(i).action, expected.at(i));
    QCOMPARE(whole.entry(2).reason, QStringLiteral("same person as line 15")); // Dee, by e-mail
    QCOMPARE(whole.entry(9).reason, QStringLiteral("same person as line 2")); // Ada, by e-mail
    QCOMPARE(whole.entry(12).reason, QStringLiteral("same person as line 3")); // Eve, by name
    QCOMPARE(whole.entry(15).reason, QStringLiteral("same person as line 1")); // Robert, by name as read
    QCOMPARE(whole.entry(16).reason, QStringLiteral("same person as line 15")); // Dee, by name as read
    QCOMPARE(whole.entry(1).contact.company, QStringLiteral("Second Co"));
    const ContactBatch batch = whole.batch();
    QCOMPARE(batch.inserts.size(), 3);
    QCOMPARE(batch.updates.size(), 3);
    QCOMPARE(batch.updatedFields, ContactBatch::UpdatedFields::FromImport);
    // Dee (two rows folded: the job before the file, not the first row's) and Ada changed jobs;
    // Bo's company was only filled in.
    QCOMPARE(whole.summary(),
             QStringLiteral("3 added, 3 updated, 9 skipped, 2 already up to date; 2 people changed jobs"));
    QCOMPARE(whole.entry(1).pastJob->company, QStringLiteral("Old Co"));
    QCOMPARE(whole.entry(3).pastJob->company, QStringLiteral("Analytical"));
    QVERIFY(!whole.entry(7).pastJob);
    QCOMPARE(batch.pastJobs.size(), 2);
}

void TestImportPlan::duplicateRowsInOneFile()
{
    const QByteArray bytes = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                             "Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical,Maths,01 Jan 2024\n"
                             "Ada,Lovelace,https://www.linkedin.com/in/ADA/,,Analytical,Maths,01 Jan 2024\n"
                             "Alan,Turing,,alan@example.com,Bletchley,Cryptanalyst,02 Jan 2024\n"
                             "Alan,Turing,,ALAN@example.com,Manchester,Reader,03 Jan 2024\n"
                             ",,,,,,04 Jan 2024\n";
    const ImportPlan plan = planFor(bytes);
    QCOMPARE(plan.count(ImportPlan::Action::Add), 2);
    QCOMPARE(plan.count(ImportPlan::Action::Skip), 3);
    QCOMPARE(plan.entry(1).reason, QStringLiteral("same person as line 2"));
    QCOMPARE(plan.entry(3).reason, QStringLiteral("same person as line 4"));
    QCOMPARE(plan.entry(1).line, 3);
}

void TestImportPlan::unreadableFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("not a text file");
    QTest::newRow("unterminated quote") << QByteArray(
        "First Name,Last Name,Company\nAda,\"Lovelace,Analytical\nAlan,Turing,X\n")
                                        << QStringLiteral("Line 2");
}

void TestImportPlan::unreadableFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, messagePart);
    const auto prepared = ContactImport::prepareBytes(bytes, QStringLiteral("/tmp/Connections.csv"), {});
    QVERIFY(!prepared.ok);
    QVERIFY2(prepared.error.contains(messagePart), qPrintable(prepared.error));
    QVERIFY2(prepared.error.contains(QStringLiteral("Connections.csv")), qPrintable(prepared.error));
}

void TestImportPlan::applyReportsProgress_data()
{
    QTest::addColumn<int>("rows");
    QTest::newRow("one") << 1;
    QTest::newRow("a step short") << 499;
    QTest::newRow("one step") << 500;
    QTest::newRow("steps and a bit") << 1201;
}

void TestImportPlan::applyReportsProgress()
{
    QFETCH(int, rows);
    QByteArray csv("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("Person,Number %1,https://www.linkedin.com/in/p-%1,,Contoso,Engineer,01 Nov 2026\n")
                   .arg(i)
                   .toUtf8();
    const auto prepared = ContactImport::prepareBytes(csv, QStringLiteral("big.csv"), m_store->allForMatching());
    QVERIFY2(prepared.ok, qPrintable(prepared.error));

    // Run as the window runs it: on the database's thread, the future carrying the progress.
    QList<std::pair<int, int>> heard;
    QFuture<bool> done = m_db->runInBackground([db = m_db.get(), prepared, &heard](const BackgroundProgress &progress) {
        ContactStore store(db);
        ContactImport::Applied applied;
        QString error;
        return ContactImport::apply(store, prepared, &applied, &error, [&](int written, int total) {
            heard.append({written, total});
            progress(written, total);
        });
    });
    QVERIFY(done.result());
    QCOMPARE(m_store->count(), rows);
    QVERIFY(!heard.isEmpty());
    QCOMPARE(heard.constFirst(), std::make_pair(0, rows));
    QCOMPARE(heard.constLast(), std::make_pair(rows, rows));
    for (qsizetype i = 1; i < heard.size(); ++i) {
        QCOMPARE(heard.at(i).second, rows);
        QVERIFY(heard.at(i).first > heard.at(i - 1).first);
    }
    // Not once per row: a progress bar redrawn 30,000 times would slow the import down.
    QCOMPARE(heard.size(), 2 + rows / 500 - (rows % 500 == 0 ? 1 : 0));
    QCOMPARE(done.progressMaximum(), rows);
    QCOMPARE(done.progressValue(), rows);
}

// A newer export with someone's company or position changed: a change of job is told apart from
// the same employer spelled another way and from a field filled in; the job they left is kept.
void TestImportPlan::noticesJobChanges_data()
{
    QTest::addColumn<QString>("companyBefore");
    QTest::addColumn<QString>("positionBefore");
    QTest::addColumn<QString>("companyAfter");
    QTest::addColumn<QString>("positionAfter");
    QTest::addColumn<bool>("updated");
    QTest::addColumn<bool>("changedJobs");
    QTest::newRow("another employer") << "Contoso"
                                      << "Analyst"
                                      << "Fabrikam"
                                      << "Analyst" << true << true;
    QTest::newRow("promoted") << "Contoso"
                              << "Analyst"
                              << "Contoso"
                              << "Senior Analyst" << true << true;
    QTest::newRow("both") << "Contoso"
                          << "Analyst"
                          << "Fabrikam"
                          << "Director" << true << true;
    QTest::newRow("legal form added") << "Google"
                                      << "Engineer"
                                      << "Google LLC"
                                      << "Engineer" << true << false;
    QTest::newRow("accents and form") << "Nestlé S.A."
                                      << "Chef"
                                      << "Nestle"
                                      << "Chef" << true << false;
    QTest::newRow("ampersand") << "AT&T"
                               << "Engineer"
                               << "AT and T Inc."
                               << "Engineer" << true << false;
    QTest::newRow("position in other case") << "Contoso"
                                            << "analyst"
                                            << "Contoso"
                                            << "Analyst" << true << false;
    QTest::newRow("filled in") << ""
                               << ""
                               << "Contoso"
                               << "Analyst" << true << false;
    QTest::newRow("position filled in") << "Contoso"
                                        << ""
                                        << "Contoso"
                                        << "Analyst" << true << false;
    QTest::newRow("a prefix is another employer") << "Meta"
                                                  << "Engineer"
                                                  << "Metaswitch"
                                                  << "Engineer" << true << true;
    QTest::newRow("nothing new") << "Contoso"
                                 << "Analyst"
                                 << "Contoso"
                                 << "Analyst" << false << false;
    QTest::newRow("left blank in the export") << "Contoso"
                                              << "Analyst"
                                              << ""
                                              << "" << false << false;
}

void TestImportPlan::noticesJobChanges()
{
    QFETCH(QString, companyBefore);
    QFETCH(QString, positionBefore);
    QFETCH(QString, companyAfter);
    QFETCH(QString, positionAfter);
    QFETCH(bool, updated);
    QFETCH(bool, changedJobs);
    const QByteArray header("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    const auto row = [](const QString &company, const QString &position) {
        return QStringLiteral("Ada,Lovelace,https://www.linkedin.com/in/ada,,\"%1\",\"%2\",01 Nov 2026\n")
            .arg(company, position)
            .toUtf8();
    };
    QVERIFY(importBytes(header + row(companyBefore, positionBefore)
                        + "Alan,Turing,https://www.linkedin.com/in/alan,,Bletchley,Cryptanalyst,01 Nov 2026\n"));
    const qint64 ada = m_store->allForMatching().constFirst().id;

    const QByteArray newer = header + row(companyAfter, positionAfter)
        + "Alan,Turing,https://www.linkedin.com/in/alan,,Bletchley,Cryptanalyst,01 Nov 2026\n";
    const auto prepared = ContactImport::prepareBytes(newer, QStringLiteral("newer.csv"), m_store->allForMatching());
    QVERIFY2(prepared.ok, qPrintable(prepared.error));
    const ImportPlan &plan = prepared.plan;
    QCOMPARE(plan.count(ImportPlan::Action::Update), updated ? 1 : 0);
    QCOMPARE(plan.jobChanges(), changedJobs ? 1 : 0);
    QCOMPARE(plan.summary().contains(QStringLiteral("changed jobs")), changedJobs);
    const ImportPlan::Entry entry = plan.entry(0);
    QCOMPARE(entry.pastJob.has_value(), changedJobs);
    if (changedJobs) {
        QCOMPARE(entry.pastJob->contactId, ada);
        QCOMPARE(entry.pastJob->company, companyBefore);
        QCOMPARE(entry.pastJob->position, positionBefore);
    }
    QVERIFY(!plan.entry(1).pastJob);
    // The same employer written otherwise is said as such, not as a new company.
    if (updated && !changedJobs && companyBefore != companyAfter && !companyBefore.isEmpty())
        QVERIFY2(entry.changes.contains(QStringLiteral("spelling of the company")),
                 qPrintable(entry.changes.join(u',')));
    QVERIFY(!(changedJobs && entry.changes.contains(QStringLiteral("spelling of the company"))));

    // Written as the window and the command write it: the job left is the contact's history.
    ContactImport::Applied applied;
    QString error;
    QVERIFY2(ContactImport::apply(*m_store, prepared, &applied, &error), qPrintable(error));
    const QList<PastJob> history = m_store->pastJobs(ada);
    QCOMPARE(history.size(), changedJobs ? 1 : 0);
    if (changedJobs) {
        QCOMPARE(history.constFirst().company, companyBefore);
        QCOMPARE(history.constFirst().position, positionBefore);
        QCOMPARE(history.constFirst().until, QDate::currentDate());
        // Undone with the import.
        ContactBatch undo = applied.batch.inverse(applied.before);
        QVERIFY2(m_store->apply(undo, &error), qPrintable(error));
        QVERIFY(m_store->pastJobs(ada).isEmpty());
        QCOMPARE(m_store->contact(ada)->company, companyBefore);
    }
}

QTEST_GUILESS_MAIN(TestImportPlan)
#include "tst_importplan.moc"
