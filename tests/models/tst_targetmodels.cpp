#include "models/employerlistmodel.h"
#include "models/networkcache.h"
#include "models/starterlistmodel.h"
#include "models/targetlistmodel.h"
#include "models/targetsuggestionmodel.h"
#include "models/todaymodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The models of the Targets page over a real database: the network's employers, the target
// list in LAMP order, and the people at one employer ranked as starters.
class TestTargetModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void networkFollowsTheContacts();
    void targetsSortAsALampList_data();
    void targetsSortAsALampList();
    void editsGoThroughTheWriter();
    void startersShowTheirInterviews();
    void employersListTheNetwork();
    void suggestionsAreChecked();
    void nearDuplicatesAreMergedOnlyWhenAsked();
    void todaySuggestsWhomNext_data();
    void todaySuggestsWhomNext();

private:
    qint64 addContact(const QString &first, const QString &company, const QString &position = {},
                      Relationship relationship = Relationship::LinkedIn);
    qint64 addTarget(const QString &name, int motivation = 0, Posting posting = Posting::None);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<OrganisationStore> m_organisations;
    std::unique_ptr<InterviewStore> m_interviews;
};

void TestTargetModels::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("t.sqlite"))));
    m_contacts = std::make_unique<ContactStore>(m_db.get());
    m_organisations = std::make_unique<OrganisationStore>(m_db.get());
    m_interviews = std::make_unique<InterviewStore>(m_db.get());
}

void TestTargetModels::cleanup()
{
    m_interviews.reset();
    m_organisations.reset();
    m_contacts.reset();
    m_db.reset();
}

qint64 TestTargetModels::addContact(const QString &first, const QString &company, const QString &position,
                                    Relationship relationship)
{
    Contact c;
    c.firstName = first;
    c.company = company;
    c.position = position;
    c.relationship = relationship;
    ContactBatch batch;
    batch.inserts << c;
    return m_contacts->apply(batch) ? batch.inserts.constFirst().id : 0;
}

qint64 TestTargetModels::addTarget(const QString &name, int motivation, Posting posting)
{
    Organisation o;
    o.name = name;
    o.target = true;
    o.motivation = motivation;
    o.posting = posting;
    return m_organisations->insert(o) ? o.id : 0;
}

void TestTargetModels::networkFollowsTheContacts()
{
    addContact(QStringLiteral("Ada"), QStringLiteral("Contoso"));
    NetworkCache cache(m_contacts.get(), Loading::InBackground);
    QSignalSpy changed(&cache, &NetworkCache::changed);
    QVERIFY(cache.isLoading());
    QVERIFY(cache.network().employers().isEmpty()); // not read yet: the window is not kept waiting
    QVERIFY(changed.wait());
    QVERIFY(!cache.isLoading());
    QCOMPARE(cache.network().peopleAt(QStringLiteral("Contoso Ltd")).size(), 1);

    // A burst of changes is read once, after it.
    for (int i = 0; i < 5; ++i)
        addContact(QStringLiteral("Person %1").arg(i), QStringLiteral("Contoso Inc."));
    QVERIFY(changed.wait());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(cache.network().peopleAt(QStringLiteral("Contoso")).size(), 6);
    QTest::qWait(NetworkCache::SettleMs + 100);
    QCOMPARE(changed.size(), 2);
}

void TestTargetModels::targetsSortAsALampList_data()
{
    QTest::addColumn<int>("extraTargets");
    QTest::newRow("four targets: all active") << 0;
    QTest::newRow("seven targets: the first five active") << 3;
}

void TestTargetModels::targetsSortAsALampList()
{
    QFETCH(int, extraTargets);
    addContact(QStringLiteral("Ada"), QStringLiteral("Contoso"), {}, Relationship::Alumni);
    addContact(QStringLiteral("Alan"), QStringLiteral("Contoso Ltd"));
    addContact(QStringLiteral("Grace"), QStringLiteral("Fabrikam"));
    addContact(QStringLiteral("Edsger"), QStringLiteral("Fabrikam"));
    addContact(QStringLiteral("Barbara"), QStringLiteral("Fabrikam"));
    addContact(QStringLiteral("Ken"), QStringLiteral("Northwind"), {}, Relationship::Friend);
    NetworkCache cache(m_contacts.get(), Loading::Now);
    const qint64 contoso = addTarget(QStringLiteral("Contoso"), 2);
    const qint64 fabrikam = addTarget(QStringLiteral("Fabrikam"), 2);
    const qint64 northwind = addTarget(QStringLiteral("Northwind"), 2, Posting::Some);
    const qint64 nobody = addTarget(QStringLiteral("Tailspin"), 3);
    Organisation notATarget;
    notATarget.name = QStringLiteral("Litware");
    QVERIFY(m_organisations->insert(notATarget));
    for (int i = 0; i < extraTargets; ++i)
        addTarget(QStringLiteral("Extra %1").arg(i));

    TargetListModel model(m_organisations.get(), &cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4 + extraTargets);
    // Motivation first (Tailspin), then Posting (Northwind), then Advocacy: close people
    // (Contoso's alumna) before more people (Fabrikam's three).
    QList<qint64> order;
    for (int row = 0; row < 4; ++row)
        order << model.index(row, 0).data(TargetListModel::OrganisationIdRole).toLongLong();
    QCOMPARE(order, (QList<qint64>{nobody, northwind, contoso, fabrikam}));
    QCOMPARE(model.index(0, TargetListModel::AdvocacyColumn).data().toString(), QStringLiteral("Nobody you know yet"));
    QCOMPARE(model.index(2, TargetListModel::AdvocacyColumn).data().toString(), QStringLiteral("2 people · 1 close"));
    QCOMPARE(model.index(2, TargetListModel::AdvocacyColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Written in your contacts as: Contoso, Contoso Ltd"));
    QCOMPARE(model.index(3, TargetListModel::AdvocacyColumn).data().toString(), QStringLiteral("3 people"));
    QCOMPARE(model.index(0, TargetListModel::MotivationColumn).data().toString(), QStringLiteral("★★★"));
    QCOMPARE(model.index(1, TargetListModel::MotivationColumn).data().toString(), QStringLiteral("★★☆"));
    QCOMPARE(model.index(1, TargetListModel::PostingColumn).data().toString(), QStringLiteral("Related opening"));
    const int active = std::min(5, 4 + extraTargets);
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(TargetListModel::ActiveRole).toBool(), row < active);
        QCOMPARE(model.index(row, TargetListModel::StatusColumn).data().toString(),
                 row < active ? QStringLiteral("Active") : QString());
    }
    QCOMPARE(model.activeIds().size(), active);

    // Marking a target's motivation up moves it; the store's change is followed.
    Organisation raised = *m_organisations->organisation(fabrikam);
    raised.motivation = 3;
    raised.posting = Posting::Exact;
    QVERIFY(m_organisations->update(raised));
    QTRY_COMPARE(model.index(0, 0).data(TargetListModel::OrganisationIdRole).toLongLong(), fabrikam);
    // Unmarked: gone from the list, kept as an organisation.
    Organisation dropped = *m_organisations->organisation(contoso);
    dropped.target = false;
    QVERIFY(m_organisations->update(dropped));
    QTRY_COMPARE(model.rowOf(contoso), -1);
    QVERIFY(m_organisations->organisation(contoso));
}

void TestTargetModels::editsGoThroughTheWriter()
{
    NetworkCache cache(m_contacts.get(), Loading::Now);
    const qint64 contoso = addTarget(QStringLiteral("Contoso"));
    TargetListModel model(m_organisations.get(), &cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex motivation = model.index(0, TargetListModel::MotivationColumn);
    QVERIFY(!(model.flags(motivation) & Qt::ItemIsEditable)); // without a writer, nothing is edited

    QList<Organisation> written;
    bool refuse = false;
    model.setWriter([&](const Organisation &edited, QString *error) {
        if (refuse) {
            *error = QStringLiteral("The disk is full");
            return false;
        }
        written << edited;
        Organisation copy = edited;
        return m_organisations->update(copy);
    });
    QVERIFY(model.flags(motivation) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, TargetListModel::NameColumn)) & Qt::ItemIsEditable));
    QCOMPARE(model.data(motivation, TargetListModel::ChoicesRole).toStringList().size(), 4);
    QVERIFY(model.setData(motivation, 2));
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.constFirst().motivation, 2);
    QTRY_COMPARE(model.index(0, TargetListModel::MotivationColumn).data(Qt::EditRole).toInt(), 2);
    QVERIFY(!model.setData(motivation, 4)); // out of range
    QVERIFY(model.setData(model.index(0, TargetListModel::PostingColumn), int(Posting::Exact)));
    QTRY_COMPARE(m_organisations->organisation(contoso)->posting, Posting::Exact);

    refuse = true;
    QSignalSpy failed(&model, &TargetListModel::writeFailed);
    QVERIFY(!model.setData(model.index(0, TargetListModel::MotivationColumn), 0));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().constFirst().toString(), QStringLiteral("The disk is full"));
    QCOMPARE(m_organisations->organisation(contoso)->motivation, 2);
}

void TestTargetModels::startersShowTheirInterviews()
{
    const qint64 lin = addContact(QStringLiteral("Lin"), QStringLiteral("Contoso"), QStringLiteral("Product Manager"));
    const qint64 ali = addContact(QStringLiteral("Ali"), QStringLiteral("Contoso Ltd"), QStringLiteral("Engineer"),
                                  Relationship::Alumni);
    addContact(QStringLiteral("Zed"), QStringLiteral("Fabrikam"), QStringLiteral("Product Manager"));
    NetworkCache cache(m_contacts.get(), Loading::Now);
    StarterListModel model(&cache, m_interviews.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setEmployer(QStringLiteral("CONTOSO"));
    model.setRoles({QStringLiteral("product")});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, StarterListModel::NameColumn).data().toString(), QStringLiteral("Ali"));
    QCOMPARE(model.index(0, StarterListModel::WhyColumn).data().toString(), QStringLiteral("alumni"));
    QCOMPARE(model.index(1, StarterListModel::WhyColumn).data().toString(),
             QStringLiteral("LinkedIn connection · works in product"));
    QCOMPARE(model.index(1, 0).data(StarterListModel::ContactIdRole).toLongLong(), lin);
    QCOMPARE(model.firstWithoutInterview(), 0);

    Interview interview;
    interview.contactId = ali;
    interview.step = Step::Contact;
    QVERIFY(m_interviews->insert(interview));
    QCOMPARE(model.index(0, StarterListModel::InterviewColumn).data().toString(), QStringLiteral("At Contact"));
    QCOMPARE(model.index(0, StarterListModel::AnswersColumn).data().toString(), QString()); // not contacted yet
    interview.outreachSentOn = QDate(2026, 11, 4);
    QVERIFY(m_interviews->update(interview));
    QCOMPARE(model.index(0, StarterListModel::AnswersColumn).data().toString(), QStringLiteral("No reply yet"));
    interview.replyReceivedOn = QDate(2026, 11, 5);
    QVERIFY(m_interviews->update(interview));
    QCOMPARE(model.index(0, StarterListModel::AnswersColumn).data().toString(), QStringLiteral("Quick to answer"));
    QCOMPARE(model.index(0, 0).data(StarterListModel::InterviewIdRole).toLongLong(), interview.id);
    QCOMPARE(model.firstWithoutInterview(), 1);
    QVERIFY(m_interviews->remove(interview.id));
    QCOMPARE(model.index(0, StarterListModel::InterviewColumn).data().toString(), QString());

    // The network changing (someone joins) is followed.
    addContact(QStringLiteral("Fay"), QStringLiteral("Contoso"), QStringLiteral("Designer"), Relationship::Friend);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, StarterListModel::NameColumn).data().toString(), QStringLiteral("Fay"));
}

void TestTargetModels::employersListTheNetwork()
{
    addContact(QStringLiteral("Ada"), QStringLiteral("Contoso"), {}, Relationship::Alumni);
    addContact(QStringLiteral("Alan"), QStringLiteral("Contoso Ltd"));
    addContact(QStringLiteral("Grace"), QStringLiteral("Fabrikam"));
    NetworkCache cache(m_contacts.get(), Loading::Now);
    EmployerListModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, EmployerListModel::NameColumn).data().toString(), QStringLiteral("Contoso"));
    QCOMPARE(model.index(0, EmployerListModel::PeopleColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, EmployerListModel::CloseColumn).data().toInt(), 1);
    QCOMPARE(model.index(0, 0).data(EmployerListModel::SpellingsRole).toStringList(),
             (QStringList{QStringLiteral("Contoso"), QStringLiteral("Contoso Ltd")}));
    addContact(QStringLiteral("Edsger"), QStringLiteral("Northwind"));
    QTRY_COMPARE(model.rowCount(), 3);
}

// The guide's suggestions: every employer, the best first, five checked; a typed name is the
// employer it spells or a new row; checks stay with their employer when the network changes.
void TestTargetModels::suggestionsAreChecked()
{
    addContact(QStringLiteral("Ada"), QStringLiteral("Contoso"), QStringLiteral("UX Designer"));
    addContact(QStringLiteral("Alan"), QStringLiteral("Contoso Ltd"), QStringLiteral("Engineer"));
    addContact(QStringLiteral("Grace"), QStringLiteral("Fabrikam"), QStringLiteral("Engineer"));
    addContact(QStringLiteral("Ken"), QStringLiteral("Fabrikam"), QStringLiteral("Engineer"));
    addContact(QStringLiteral("Kay"), QStringLiteral("Fabrikam"), QStringLiteral("Engineer"));
    addContact(QStringLiteral("Bo"), QStringLiteral("Litware"), QStringLiteral("Designer"));
    NetworkCache cache(m_contacts.get(), Loading::Now);
    TargetSuggestionModel model(&cache);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy checked(&model, &TargetSuggestionModel::checkedChanged);
    const auto names = [&model] {
        QStringList list;
        for (int r = 0; r < model.rowCount(); ++r)
            list << model.index(r, TargetSuggestionModel::NameColumn).data().toString();
        return list;
    };
    QCOMPARE(names(), (QStringList{QStringLiteral("Fabrikam"), QStringLiteral("Contoso"), QStringLiteral("Litware")}));
    model.setRoles({QStringLiteral("design")});
    QCOMPARE(names(), (QStringList{QStringLiteral("Contoso"), QStringLiteral("Litware"), QStringLiteral("Fabrikam")}));
    QCOMPARE(model.index(0, TargetSuggestionModel::RelevantColumn).data().toInt(), 1);
    QCOMPARE(model.index(2, TargetSuggestionModel::RelevantColumn).data().toString(), QStringLiteral("–"));
    QCOMPARE(model.index(0, TargetSuggestionModel::PeopleColumn).data().toString(), QStringLiteral("2 people"));
    QVERIFY(model.index(0, TargetSuggestionModel::NameColumn).flags() & Qt::ItemIsUserCheckable);

    model.preselect({}, 2);
    QCOMPARE(model.checkedNames(), (QStringList{QStringLiteral("Contoso"), QStringLiteral("Litware")}));
    QCOMPARE(checked.size(), 1);
    model.preselect({QStringLiteral("FABRIKAM LLC")}, 2); // a target already, however written
    QCOMPARE(model.checkedNames(), (QStringList{QStringLiteral("Contoso"), QStringLiteral("Fabrikam")}));
    // Unchecked by the user.
    QVERIFY(model.setData(model.index(0, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(model.checkedNames(), QStringList{QStringLiteral("Fabrikam")});
    QVERIFY(!model.setData(model.index(0, 1), Qt::Checked, Qt::CheckStateRole)); // not a box
    // Typed: a known employer's spelling checks it; an unknown name is a new row on top.
    QCOMPARE(model.addName(QStringLiteral("contoso, inc.")), 0);
    QCOMPARE(model.addName(QStringLiteral("  Northwind   Traders ")), 0);
    QCOMPARE(model.addName(QStringLiteral(" ,.  ")), -1);
    QCOMPARE(model.index(0, TargetSuggestionModel::PeopleColumn).data().toString(),
             QStringLiteral("Nobody you know yet"));
    QCOMPARE(model.checkedNames(),
             (QStringList{QStringLiteral("Northwind Traders"), QStringLiteral("Contoso"), QStringLiteral("Fabrikam")}));
    // Someone there joins the network: the typed row becomes that employer's, still checked.
    addContact(QStringLiteral("Nia"), QStringLiteral("Northwind Traders Ltd"), QStringLiteral("Designer"));
    QTRY_VERIFY(names().contains(QStringLiteral("Northwind Traders Ltd")));
    QCOMPARE(model.rowCount(), 4); // the typed row is gone
    QCOMPARE(model.checkedCount(), 3);
    QVERIFY(model.checkedNames().contains(QStringLiteral("Northwind Traders Ltd")));
}

// Per-employer rotation: outreach to the first person at an active target on Wednesday 4
// November 2026; three business days without a reply and Today names the next-ranked person
// there not yet asked; a reply there stops it; at a target not among the active five, or at
// no target, the reminder stays as it was.
void TestTargetModels::todaySuggestsWhomNext_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("replied");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("secondAsked"); // the next-ranked already has an interview
    QTest::addColumn<QString>("expected"); // the row's words; empty: no row
    QTest::newRow("two business days: nothing yet") << QDate(2026, 11, 6) << false << true << false << QString();
    QTest::newRow("three business days: the next person")
        << QDate(2026, 11, 9) << false << true << false << QStringLiteral("Contact Kim Ode next at Contoso");
    QTest::newRow("the next already asked: the one after")
        << QDate(2026, 11, 9) << false << true << true << QStringLiteral("Contact Lin Park next at Contoso");
    QTest::newRow("a reply there: nothing") << QDate(2026, 11, 9) << true << true << false << QString();
    QTest::newRow("not an active target: as before")
        << QDate(2026, 11, 9) << false << false << false << Reminders::title(Reminder::Kind::ContactSecondPerson);
}

void TestTargetModels::todaySuggestsWhomNext()
{
    QFETCH(QDate, today);
    QFETCH(bool, replied);
    QFETCH(bool, active);
    QFETCH(bool, secondAsked);
    QFETCH(QString, expected);
    const qint64 ali = addContact(QStringLiteral("Ali Khan"), QStringLiteral("Contoso Ltd"),
                                  QStringLiteral("Software Engineer"), Relationship::Alumni);
    const qint64 kim =
        addContact(QStringLiteral("Kim Ode"), QStringLiteral("Contoso"), QStringLiteral("Head of Product"));
    const qint64 lin =
        addContact(QStringLiteral("Lin Park"), QStringLiteral("Contoso"), QStringLiteral("Product Manager"));
    NetworkCache cache(m_contacts.get(), Loading::Now);
    // Six targets: Contoso is sixth (waiting) unless it is rated up.
    for (int i = 0; i < 5; ++i)
        addTarget(QStringLiteral("Other %1").arg(i), 2);
    const qint64 contoso = addTarget(QStringLiteral("Contoso"), active ? 3 : 0);
    TargetListModel targets(m_organisations.get(), &cache);
    QCOMPARE(targets.activeIds().contains(contoso), active);

    Interview first;
    first.contactId = ali;
    first.organisationId = contoso;
    first.step = Step::Contact;
    first.outreachSentOn = QDate(2026, 11, 4);
    if (replied)
        first.replyReceivedOn = today;
    QVERIFY(m_interviews->insert(first));
    if (secondAsked) {
        Interview second;
        second.contactId = kim;
        second.organisationId = contoso;
        QVERIFY(m_interviews->insert(second));
    }
    TodayModel model(m_interviews.get(), m_contacts.get(), m_organisations.get(),
                     [today] { return QDateTime(today, QTime(9, 0)); });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTargets(&targets, &cache);
    QStringList rows;
    qint64 suggested = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(TodayModel::KindRole).toInt() != int(Reminder::Kind::ContactSecondPerson))
            continue;
        rows << model.index(row, TodayModel::WhatColumn).data().toString();
        suggested = model.index(row, 0).data(TodayModel::SuggestedContactRole).toLongLong();
    }
    QCOMPARE(rows, expected.isEmpty() ? QStringList() : QStringList{expected});
    const qint64 expectedId = expected.contains(QLatin1String("Kim")) ? kim
        : expected.contains(QLatin1String("Lin"))                     ? lin
                                                                      : 0;
    QCOMPARE(suggested, expectedId);
}

// "Google" and "Google LLC" are suggested for merging ("Meta" and "Metaswitch" are not); the
// merge moves interviews and keeps what either had; taking it back restores both as they were.
void TestTargetModels::nearDuplicatesAreMergedOnlyWhenAsked()
{
    Organisation google;
    google.name = QStringLiteral("Google");
    google.notes = QStringLiteral("Search, ads");
    google.target = true;
    google.motivation = 2;
    QVERIFY(m_organisations->insert(google));
    Organisation llc;
    llc.name = QStringLiteral("Google LLC");
    llc.notes = QStringLiteral("Mountain View");
    llc.website = QStringLiteral("https://google.example");
    llc.posting = Posting::Exact;
    QVERIFY(m_organisations->insert(llc));
    for (const QString &name : {QStringLiteral("Meta"), QStringLiteral("Metaswitch")}) {
        Organisation o;
        o.name = name;
        QVERIFY(m_organisations->insert(o));
    }
    Interview atLlc;
    atLlc.organisationId = llc.id;
    QVERIFY(m_interviews->insert(atLlc));
    Interview atGoogle;
    atGoogle.organisationId = google.id;
    QVERIFY(m_interviews->insert(atGoogle));

    const QList<QList<Organisation>> groups = m_organisations->nearDuplicates();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.constFirst().size(), 2);
    QCOMPARE(groups.constFirst().at(0).id, google.id);
    QCOMPARE(groups.constFirst().at(1).id, llc.id);

    OrganisationStore::Merge merge;
    QString error;
    QVERIFY2(m_organisations->merge(google.id, llc.id, &merge, &error), qPrintable(error));
    const Organisation merged = *m_organisations->organisation(google.id);
    QCOMPARE(merged.name, QStringLiteral("Google"));
    QCOMPARE(merged.notes, QStringLiteral("Search, ads\n\nMountain View"));
    QCOMPARE(merged.website, QStringLiteral("https://google.example"));
    QVERIFY(merged.target);
    QCOMPARE(merged.motivation, 2);
    QCOMPARE(merged.posting, Posting::Exact);
    QVERIFY(!m_organisations->organisation(llc.id));
    QCOMPARE(m_interviews->interview(atLlc.id)->organisationId, google.id);
    QCOMPARE(merge.movedInterviews, QList<qint64>{atLlc.id});
    QVERIFY(m_organisations->nearDuplicates().isEmpty());

    QVERIFY2(m_organisations->unmerge(merge, &error), qPrintable(error));
    QCOMPARE(*m_organisations->organisation(llc.id), llc);
    const Organisation back = *m_organisations->organisation(google.id);
    QCOMPARE(back.notes, google.notes);
    QCOMPARE(back.website, QString());
    QCOMPARE(back.posting, Posting::None);
    QCOMPARE(m_interviews->interview(atLlc.id)->organisationId, llc.id);
    QCOMPARE(m_interviews->interview(atGoogle.id)->organisationId, google.id);

    QVERIFY2(m_organisations->redoMerge(merge, &error), qPrintable(error));
    QCOMPARE(m_organisations->organisation(google.id)->notes, merged.notes);
    QCOMPARE(m_interviews->interview(atLlc.id)->organisationId, google.id);
    QVERIFY(!m_organisations->merge(google.id, google.id, &merge, &error)); // not with itself
}

QTEST_GUILESS_MAIN(TestTargetModels)
#include "tst_targetmodels.moc"
