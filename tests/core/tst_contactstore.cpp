#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"

#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <limits>

class TestContactStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void manyInsertsGetTheirIds_data();
    void manyInsertsGetTheirIds();
    void newContactsAfterTheLargestId();
    void roundTripsEveryField();
    void batchIsAtomic();
    void inverseUndoesInsertUpdateRemove();
    void undoingADeleteMendsWhatItCut_data();
    void undoingADeleteMendsWhatItCut();
    void undoRestoresPeopleWhoReferredEachOther();
    void userTextIsNeverSql();
    void editingADeletedContactFails();
    void pastJobsAreKeptAndUndone();

private:
    qint64 add(const QString &first, const QString &last, const QString &company, const QString &position = {},
               const QStringList &tags = {});
    // A contact whom `referrer` referred the user to.
    qint64 addReferredBy(const QString &first, qint64 referrer);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_store;
};

void TestContactStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("c.sqlite"))));
    m_store = std::make_unique<ContactStore>(m_db.get());
}

void TestContactStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

qint64 TestContactStore::addReferredBy(const QString &first, qint64 referrer)
{
    ContactBatch batch;
    Contact c;
    c.firstName = first;
    c.referredById = referrer;
    batch.inserts << c;
    return m_store->apply(batch) ? batch.inserts.constFirst().id : 0;
}

qint64 TestContactStore::add(const QString &first, const QString &last, const QString &company, const QString &position,
                             const QStringList &tags)
{
    ContactBatch batch;
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    c.position = position;
    c.tags = tags;
    batch.inserts << c;
    QString error;
    if (!m_store->apply(batch, &error)) {
        qWarning("apply failed: %s", qPrintable(error));
        return 0;
    }
    return batch.inserts.constFirst().id;
}

void TestContactStore::roundTripsEveryField()
{
    const qint64 referrer = add(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("Navy"));
    Contact c;
    c.firstName = QStringLiteral("Seán");
    c.lastName = QStringLiteral("O’Placeholder");
    c.email = QStringLiteral("sean@example.com");
    c.phone = QStringLiteral("+353 1 234 5678");
    c.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/se%C3%A1n");
    c.company = QStringLiteral("Datum, Inc.");
    c.position = QStringLiteral("Engineering Manager");
    c.connectedOn = QDate(2025, 3, 2);
    c.relationship = Relationship::Alumni;
    c.referredById = referrer;
    c.tags = {QStringLiteral("dublin"), QStringLiteral("platform")};
    c.notes = QStringLiteral("Met at the alumni evening.\nAsk about team structure.");
    c.source = QStringLiteral("Manual");
    ContactBatch batch;
    batch.inserts << c;
    QSignalSpy inserted(m_store.get(), &ContactStore::contactsInserted);
    QVERIFY(m_store->apply(batch));
    QCOMPARE(inserted.size(), 1);
    const qint64 id = batch.inserts.constFirst().id;
    QVERIFY(id > 0);
    const auto stored = m_store->contact(id);
    QVERIFY(stored);
    Contact expected = c;
    expected.id = id;
    expected.createdAt = stored->createdAt;
    expected.updatedAt = stored->updatedAt;
    QVERIFY(stored->createdAt.isValid());
    QCOMPARE(*stored, expected);
}

void TestContactStore::batchIsAtomic()
{
    const qint64 a = add(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical"));
    ContactBatch batch;
    Contact fresh;
    fresh.firstName = QStringLiteral("Alan");
    batch.inserts << fresh;
    Contact clash;
    clash.id = a; // primary key already taken: the whole batch must fail
    clash.firstName = QStringLiteral("Duplicate");
    batch.inserts << clash;
    QSignalSpy inserted(m_store.get(), &ContactStore::contactsInserted);
    QString error;
    QVERIFY(!m_store->apply(batch, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(inserted.size(), 0);
}

void TestContactStore::inverseUndoesInsertUpdateRemove()
{
    const qint64 a = add(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical"));
    const qint64 b = add(QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("Bletchley"));
    const QList<Contact> before = m_store->all();

    ContactBatch batch;
    Contact c;
    c.firstName = QStringLiteral("Grace");
    batch.inserts << c;
    Contact changed = *m_store->contact(a);
    changed.company = QStringLiteral("Babbage & Co");
    batch.updates << changed;
    batch.removals << b;
    const QList<Contact> touched = m_store->contacts({a, b});
    QVERIFY(m_store->apply(batch));
    QCOMPARE(m_store->count(), 2);
    QCOMPARE(m_store->contact(a)->company, QStringLiteral("Babbage & Co"));

    ContactBatch undo = batch.inverse(touched);
    QVERIFY(m_store->apply(undo));
    QList<Contact> after = m_store->all();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].id, before[i].id);
        QCOMPARE(after[i].displayName(), before[i].displayName());
        QCOMPARE(after[i].company, before[i].company);
    }
    // Redo puts back the same ids.
    QVERIFY(m_store->apply(batch));
    QCOMPARE(m_store->count(), 2);
    QVERIFY(m_store->contact(batch.inserts.constFirst().id));
}

void TestContactStore::undoingADeleteMendsWhatItCut_data()
{
    QTest::addColumn<bool>("changedSince"); // another introducer chosen, an interview deleted
    QTest::newRow("nothing changed since") << false;
    QTest::newRow("changed since") << true;
}

// Deleting people who were referrals, introducers or referrers cuts those links (the database
// cascades or sets them to NULL); undoing the deletion brings them back, with the referrals'
// dates, without overwriting what was chosen since.
void TestContactStore::undoingADeleteMendsWhatItCut()
{
    QFETCH(bool, changedSince);
    const qint64 ada = add(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QString());
    const qint64 grace = add(QStringLiteral("Grace"), QStringLiteral("Hopper"), QString());
    const qint64 alan = add(QStringLiteral("Alan"), QStringLiteral("Turing"), QString());
    const std::optional<Contact> bob = m_store->contact(addReferredBy(QStringLiteral("Bob"), grace));
    QVERIFY(bob);

    InterviewStore interviews(m_db.get());
    Interview first;
    first.contactId = ada;
    first.introducedById = grace;
    QVERIFY(interviews.insert(first));
    Interview second;
    second.contactId = ada;
    QVERIFY(interviews.insert(second));
    QVERIFY(interviews.addReferral(first.id, alan, QDate(2026, 11, 2)));
    QVERIFY(interviews.addReferral(first.id, grace, QDate()));
    QVERIFY(interviews.addReferral(second.id, alan, QDate(2026, 11, 9)));

    ContactBatch removal;
    removal.removals = {grace, alan};
    const QList<Contact> before = m_store->contacts(removal.removals);
    QSignalSpy links(m_store.get(), &ContactStore::interviewLinksChanged);
    QVERIFY(m_store->apply(removal));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.constFirst().constFirst().value<QList<qint64>>(), QList<qint64>({first.id, second.id}));
    QCOMPARE(removal.cut.referrals.size(), 3);
    QCOMPARE(interviews.interview(first.id)->introducedById, 0);
    QVERIFY(interviews.referralRecords(first.id).isEmpty());
    QCOMPARE(m_store->contact(bob->id)->referredById, 0);

    const qint64 since = add(QStringLiteral("Someone"), QStringLiteral("Else"), QString());
    if (changedSince) {
        Interview edited = *interviews.interview(first.id);
        edited.introducedById = since;
        QVERIFY(interviews.update(edited));
        QVERIFY(interviews.remove(second.id));
    }

    ContactBatch undo = removal.inverse(before);
    QVERIFY(m_store->apply(undo));
    QCOMPARE(m_store->contacts({grace, alan}), before);
    QCOMPARE(interviews.interview(first.id)->introducedById, changedSince ? since : grace);
    QCOMPARE(interviews.referralRecords(first.id), QList<Referral>({{alan, QDate(2026, 11, 2)}, {grace, QDate()}}));
    if (!changedSince)
        QCOMPARE(interviews.referralRecords(second.id), QList<Referral>({{alan, QDate(2026, 11, 9)}}));
    QCOMPARE(m_store->contact(bob->id)->referredById, grace);
    QCOMPARE(links.size(), 2);

    // Redo cuts them again, and a second undo mends them again.
    ContactBatch redo = removal;
    QVERIFY(m_store->apply(redo));
    QVERIFY(interviews.referralRecords(first.id).isEmpty());
    QVERIFY(m_store->apply(undo));
    QCOMPARE(interviews.referralRecords(first.id).size(), 2);
}

// Bob was referred by Grace; both are deleted, Bob first. The undo re-creates them in that order,
// and Bob's reference to Grace holds. A referrer deleted since is not brought back with him.
void TestContactStore::undoRestoresPeopleWhoReferredEachOther()
{
    const qint64 grace = add(QStringLiteral("Grace"), QStringLiteral("Hopper"), QString());
    const std::optional<Contact> bob = m_store->contact(addReferredBy(QStringLiteral("Bob"), grace));
    QVERIFY(bob);

    ContactBatch removal;
    removal.removals = {bob->id, grace};
    const QList<Contact> before = m_store->contacts(removal.removals);
    QVERIFY(m_store->apply(removal));
    ContactBatch undo = removal.inverse(before);
    QString error;
    QVERIFY2(m_store->apply(undo, &error), qPrintable(error));
    QCOMPARE(m_store->contact(bob->id)->referredById, grace);

    // Only Bob deleted, then Grace: undoing Bob's deletion alone brings him back unreferred.
    ContactBatch bobOnly;
    bobOnly.removals = {bob->id};
    const QList<Contact> bobBefore = m_store->contacts(bobOnly.removals);
    QVERIFY(m_store->apply(bobOnly));
    ContactBatch graceOnly;
    graceOnly.removals = {grace};
    QVERIFY(m_store->apply(graceOnly));
    ContactBatch undoBob = bobOnly.inverse(bobBefore);
    QVERIFY2(m_store->apply(undoBob, &error), qPrintable(error));
    QCOMPARE(m_store->contact(bob->id)->referredById, 0);
}

void TestContactStore::userTextIsNeverSql()
{
    const QString nasty = QStringLiteral("Robert'); DROP TABLE contacts;--");
    const qint64 id = add(nasty, QStringLiteral("\"x\""), QStringLiteral("%_"));
    QVERIFY(id > 0);
    QCOMPARE(m_store->contact(id)->firstName, nasty);
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->all().constFirst().firstName, nasty);
}

void TestContactStore::editingADeletedContactFails()
{
    const qint64 ada = add(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical"));
    ContactBatch stale;
    Contact ghost = *m_store->contact(ada);
    ghost.id = 9999;
    stale.updates << ghost;
    QString error;
    QVERIFY(!m_store->apply(stale, &error));
    QVERIFY(error.contains(QStringLiteral("no longer exists")));
}

void TestContactStore::manyInsertsGetTheirIds_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<QList<int>>("explicitIdAt"); // rows that bring their own id (as an undo does)
    QTest::addColumn<bool>("varied"); // every field set, relationship and source alternating
    QTest::addColumn<int>("failAt"); // a row refused by the database (-1: none)

    // New contacts get their ids from SQLite; contacts with an id of their own (an undo) keep it.
    QTest::newRow("one") << 1 << QList<int>() << false << -1;
    QTest::newRow("one alone, one in a run") << 2 << QList<int>() << false << -1;
    QTest::newRow("a long run") << 200 << QList<int>() << false << -1;
    QTest::newRow("every field, varied") << 300 << QList<int>() << true << -1;
    QTest::newRow("ids before and between runs") << 300 << QList<int>{0, 150} << false << -1;
    QTest::newRow("every other has an id") << 150 << QList<int>{1, 3, 5, 7, 9, 11, 13, 15} << false << -1;
    QTest::newRow("refused inside a run") << 300 << QList<int>() << false << 100;
    QTest::newRow("refused alone at the end") << 300 << QList<int>() << false << 299;
}

void TestContactStore::manyInsertsGetTheirIds()
{
    QFETCH(int, rows);
    QFETCH(QList<int>, explicitIdAt);
    QFETCH(bool, varied);
    QFETCH(int, failAt);

    add(QStringLiteral("Already"), QStringLiteral("There"), QString());
    const QList<Relationship> relationships{Relationship::Friend, Relationship::Alumni, Relationship::LinkedIn};
    ContactBatch batch;
    for (int i = 0; i < rows; ++i) {
        Contact c;
        c.firstName = QStringLiteral("Person");
        c.lastName = QString::number(i);
        c.company = QStringLiteral("Company %1").arg(i % 7);
        if (varied) {
            c.relationship = relationships.at(i % relationships.size());
            c.source = QStringLiteral("Source %1").arg(i % 5);
            c.email = QStringLiteral("p%1@example.com").arg(i);
            c.phone = QStringLiteral("+44 20 7946 %1").arg(i, 4, 10, QLatin1Char('0'));
            c.linkedInUrl = QStringLiteral("https://www.linkedin.com/in/s%C3%A9an-%1").arg(i);
            c.position = QStringLiteral("Ingénieure ☕ %1").arg(i % 3);
            c.connectedOn = i % 4 == 0 ? QDate() : QDate(2020, 1 + i % 12, 1 + i % 28);
            c.referredById = i % 2 ? 1 : 0; // "Already There"
            c.tags = i % 3 ? QStringList{QStringLiteral("alumni"), QStringLiteral("day %1").arg(i % 7)} : QStringList();
            c.notes = QStringLiteral("Met at the “Data” meetup,\nrow %1").arg(i);
            if (i % 5 == 0) // brought along, as a contact re-created by an undo would
                c.createdAt = c.updatedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30, 0, 250), QTimeZone::UTC);
        }
        if (explicitIdAt.contains(i))
            c.id = 100000 * (1 + explicitIdAt.indexOf(i));
        if (i == failAt)
            c.referredById = 999999; // nobody: the foreign key refuses it
        batch.inserts << c;
    }

    QCOMPARE(m_store->apply(batch), failAt < 0);
    if (failAt >= 0) {
        QCOMPARE(m_store->count(), 1); // nothing of the batch is left
        return;
    }
    QCOMPARE(m_store->count(), rows + 1);
    QSet<qint64> ids;
    qint64 previousNewId = 0;
    for (int i = 0; i < rows; ++i) {
        const Contact &c = batch.inserts.at(i);
        QVERIFY(c.id > 0);
        ids.insert(c.id);
        if (explicitIdAt.contains(i)) {
            QCOMPARE(c.id, qint64(100000 * (1 + explicitIdAt.indexOf(i))));
        } else {
            // A new contact gets the next id after the highest one so far, including those
            // that came with their own.
            const qint64 highestBefore = std::max(previousNewId, [&] {
                qint64 highest = 1; // "Already There"
                for (int j = 0; j < i; ++j)
                    highest = std::max(highest, batch.inserts.at(j).id);
                return highest;
            }());
            QCOMPARE(c.id, highestBefore + 1);
            previousNewId = c.id;
        }
        const std::optional<Contact> stored = m_store->contact(c.id);
        QVERIFY(stored);
        QCOMPARE(stored->lastName, QString::number(i));
        QCOMPARE(stored->company, QStringLiteral("Company %1").arg(i % 7));
        QCOMPARE(stored->relationship, c.relationship);
        QCOMPARE(stored->source, c.source);
        QCOMPARE(stored->createdAt, c.createdAt);
        if (varied)
            QCOMPARE(*stored, c);
    }
    QCOMPARE(ids.size(), rows);
}

// Past the largest id SQLite gives new rows free ids at random; contacts still all go in.
void TestContactStore::newContactsAfterTheLargestId()
{
    ContactBatch high;
    Contact last;
    last.firstName = QStringLiteral("Last");
    last.id = std::numeric_limits<qint64>::max() - 3;
    high.inserts << last;
    QVERIFY(m_store->apply(high));
    ContactBatch batch;
    for (int i = 0; i < 50; ++i) {
        Contact c;
        c.firstName = QStringLiteral("Person");
        c.lastName = QString::number(i);
        batch.inserts << c;
    }
    QString error;
    QVERIFY2(m_store->apply(batch, &error), qPrintable(error));
    QCOMPARE(m_store->count(), 51);
    QSet<qint64> ids;
    for (int i = 0; i < 50; ++i) {
        const qint64 id = batch.inserts.at(i).id;
        QVERIFY(id > 0);
        ids.insert(id);
        QCOMPARE(m_store->contact(id)->lastName, QString::number(i));
    }
    QCOMPARE(ids.size(), 50);
}

// An update that records a job someone left: kept with its date; undo takes it back, redo
// writes it again with the same id; deleting the contact takes it along and undo brings it back.
void TestContactStore::pastJobsAreKeptAndUndone()
{
    const qint64 ada =
        add(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Contoso"), QStringLiteral("Analyst"));
    const qint64 alan = add(QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("Bletchley"));
    const QList<Contact> before = m_store->contacts({ada});
    ContactBatch moved;
    moved.updatedFields = ContactBatch::UpdatedFields::FromImport;
    Contact now = before.constFirst();
    now.company = QStringLiteral("Fabrikam");
    now.position = QStringLiteral("Director");
    moved.updates << now;
    moved.pastJobs << PastJob{0, ada, QStringLiteral("Contoso"), QStringLiteral("Analyst"), {}};
    QString error;
    QVERIFY2(m_store->apply(moved, &error), qPrintable(error));
    const PastJob kept = moved.pastJobs.constFirst();
    QVERIFY(kept.id > 0);
    QCOMPARE(kept.until, QDate::currentDate()); // recorded today when no day is given
    QCOMPARE(m_store->pastJobs(ada), QList<PastJob>{kept});
    QVERIFY(m_store->pastJobs(alan).isEmpty());
    QCOMPARE(m_store->allPastJobs().value(ada), QList<PastJob>{kept});
    QCOMPARE(kept.describe(), QStringLiteral("Analyst at Contoso"));

    ContactBatch undo = moved.inverse(before);
    QVERIFY2(m_store->apply(undo, &error), qPrintable(error));
    QVERIFY(m_store->pastJobs(ada).isEmpty());
    QCOMPARE(m_store->contact(ada)->company, QStringLiteral("Contoso"));
    ContactBatch redo = moved;
    QVERIFY2(m_store->apply(redo, &error), qPrintable(error));
    QCOMPARE(m_store->pastJobs(ada), QList<PastJob>{kept});

    ContactBatch removal;
    removal.removals = {ada};
    const QList<Contact> removed = m_store->contacts({ada});
    QVERIFY(m_store->apply(removal));
    QCOMPARE(removal.cut.pastJobs, QList<PastJob>{kept});
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contact_jobs")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    ContactBatch undoRemoval = removal.inverse(removed);
    QVERIFY(m_store->apply(undoRemoval));
    QCOMPARE(m_store->pastJobs(ada), QList<PastJob>{kept});
}

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"
