#include "domain/timetext.h"
#include "models/eventlistmodel.h"
#include "models/interviewfiltermodel.h"
#include "models/interviewlistmodel.h"
#include "models/organisationlistmodel.h"
#include "models/todaymodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Interview)

namespace {

// 2026-11-20 is a Friday. Times are local, so the dates hold in any time zone.
QDateTime at(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

QString kindName(Reminder::Kind kind)
{
    switch (kind) {
    case Reminder::Kind::UpcomingConversation:
        return u"upcoming"_s;
    case Reminder::Kind::SendThankYou:
        return u"thank-you"_s;
    case Reminder::Kind::ThankIntroducer:
        return u"thank-introducer"_s;
    case Reminder::Kind::ContactSecondPerson:
        return u"second-person"_s;
    case Reminder::Kind::SendFollowUp:
        return u"follow-up"_s;
    case Reminder::Kind::AskForReferral:
        return u"referral"_s;
    case Reminder::Kind::TouchBase:
        return u"touch-base"_s;
    case Reminder::Kind::DecideOnOffer:
        return u"offer"_s;
    }
    return QString();
}

QString shortTime(int hour, int minute)
{
    return TimeText::time(QTime(hour, minute)); // without seconds, whatever the locale
}

Interview make(const QString &topic, Step step)
{
    Interview i;
    i.topic = topic;
    i.step = step;
    return i;
}

Interview waitingForReply(const QString &topic, const QDate &outreach)
{
    Interview i = make(topic, Step::Contact);
    i.outreachSentOn = outreach;
    return i;
}

Interview scheduled(const QString &topic, Step step, const QDateTime &when)
{
    Interview i = make(topic, step);
    i.outreachSentOn = when.date().addDays(-14);
    i.replyReceivedOn = when.date().addDays(-10);
    i.scheduledAt = when;
    return i;
}

Interview thanked(const QString &topic, Step step, const QDate &thankYou)
{
    Interview i = scheduled(topic, step, QDateTime(thankYou.addDays(-1), QTime(10, 0)));
    i.thankYouSentOn = thankYou;
    return i;
}

} // namespace

class TestInterviewModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // TodayModel
    void todayRows_data();
    void todayRows();
    void todayOrdersOverdueFirst();
    void todayFollowsStores();

    // InterviewListModel
    void listFollowsInterviewSignals();
    void listFollowsNames();
    void listDueStates_data();
    void listDueStates();
    void listDueStatesFollowTheClock();
    void listMimeRoundTrip();
    void backgroundLoadCatchesChangesMadeMeanwhile_data();
    void backgroundLoadCatchesChangesMadeMeanwhile();

    // InterviewFilterModel
    void filterCombinations_data();
    void filterCombinations();
    void filterFollowsChanges();

    // OrganisationListModel
    void organisationInsertKeepsNameOrder_data();
    void organisationInsertKeepsNameOrder();
    void organisationLoadAndInsertAgreeOnOrder();
    void organisationRenameMovesRow();
    void organisationCounts();
    void organisationRemoved();

    // EventListModel
    void eventsComingFirstThenPast();

private:
    qint64 addContact(const QString &first, const QString &last);
    void renameContact(qint64 id, const QString &first, const QString &last);
    qint64 addOrganisation(const QString &name);
    void renameOrganisation(qint64 id, const QString &name);
    qint64 addInterview(Interview interview, qint64 contactId = 0, qint64 organisationId = 0);
    Interview stored(qint64 id) const;
    void update(Interview interview);
    Clock clock()
    {
        return [this] { return m_now; };
    }
    template<typename Model>
    Model *track(std::unique_ptr<Model> model);
    TodayModel *todayModel();
    InterviewListModel *listModel();
    InterviewFilterModel *filterModel(InterviewListModel *source);
    OrganisationListModel *organisationModel();
    static QStringList todayLines(const TodayModel *model);
    static QStringList columnText(const QAbstractItemModel *model, int column);

    QDateTime m_now;
    QLocale m_defaultLocale;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<OrganisationStore> m_organisations;
    std::unique_ptr<InterviewStore> m_interviews;
    std::vector<std::unique_ptr<QAbstractItemModel>> m_models;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestInterviewModels::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_defaultLocale = QLocale();
    QCOMPARE(QDate(2026, 11, 20).dayOfWeek(), 5);
}

void TestInterviewModels::init()
{
    m_now = at(2026, 11, 20);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir->filePath(u"interviews.sqlite"_s)), qPrintable(m_db->errorString()));
    m_contacts = std::make_unique<ContactStore>(m_db.get());
    m_organisations = std::make_unique<OrganisationStore>(m_db.get());
    m_interviews = std::make_unique<InterviewStore>(m_db.get());
}

void TestInterviewModels::cleanup()
{
    m_testers.clear();
    // Proxies were created after their sources: destroy them first.
    while (!m_models.empty())
        m_models.pop_back();
    m_interviews.reset();
    m_organisations.reset();
    m_contacts.reset();
    m_db.reset();
    m_dir.reset();
    QLocale::setDefault(m_defaultLocale);
}

qint64 TestInterviewModels::addContact(const QString &first, const QString &last)
{
    ContactBatch batch;
    Contact c;
    c.firstName = first;
    c.lastName = last;
    batch.inserts << c;
    if (!m_contacts->apply(batch))
        return 0;
    return batch.inserts.constFirst().id;
}

void TestInterviewModels::renameContact(qint64 id, const QString &first, const QString &last)
{
    std::optional<Contact> c = m_contacts->contact(id);
    QVERIFY(c);
    c->firstName = first;
    c->lastName = last;
    ContactBatch batch;
    batch.updates << *c;
    QString error;
    QVERIFY2(m_contacts->apply(batch, &error), qPrintable(error));
}

qint64 TestInterviewModels::addOrganisation(const QString &name)
{
    Organisation o;
    o.name = name;
    if (!m_organisations->insert(o))
        return 0;
    return o.id;
}

void TestInterviewModels::renameOrganisation(qint64 id, const QString &name)
{
    std::optional<Organisation> o = m_organisations->organisation(id);
    QVERIFY(o);
    o->name = name;
    QString error;
    QVERIFY2(m_organisations->update(*o, &error), qPrintable(error));
}

qint64 TestInterviewModels::addInterview(Interview interview, qint64 contactId, qint64 organisationId)
{
    interview.contactId = contactId;
    interview.organisationId = organisationId;
    if (!m_interviews->insert(interview))
        return 0;
    return interview.id;
}

Interview TestInterviewModels::stored(qint64 id) const
{
    return m_interviews->interview(id).value_or(Interview());
}

void TestInterviewModels::update(Interview interview)
{
    QString error;
    QVERIFY2(m_interviews->update(interview, &error), qPrintable(error));
}

template<typename Model>
Model *TestInterviewModels::track(std::unique_ptr<Model> model)
{
    Model *raw = model.get();
    m_models.push_back(std::move(model));
    m_testers.push_back(
        std::make_unique<QAbstractItemModelTester>(raw, QAbstractItemModelTester::FailureReportingMode::QtTest));
    return raw;
}

TodayModel *TestInterviewModels::todayModel()
{
    return track(std::make_unique<TodayModel>(m_interviews.get(), m_contacts.get(), m_organisations.get(), clock()));
}

InterviewListModel *TestInterviewModels::listModel()
{
    return track(
        std::make_unique<InterviewListModel>(m_interviews.get(), m_contacts.get(), m_organisations.get(), clock()));
}

InterviewFilterModel *TestInterviewModels::filterModel(InterviewListModel *source)
{
    auto proxy = std::make_unique<InterviewFilterModel>();
    proxy->setSourceModel(source);
    return track(std::move(proxy));
}

OrganisationListModel *TestInterviewModels::organisationModel()
{
    return track(std::make_unique<OrganisationListModel>(m_organisations.get(), m_interviews.get()));
}

// "kind|due|when|overdue", one line per row, so a failing comparison shows all of them.
QStringList TestInterviewModels::todayLines(const TodayModel *model)
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TodayModel::WhenColumn);
        lines << QStringList{kindName(Reminder::Kind(index.data(TodayModel::KindRole).toInt())),
                             index.data(TodayModel::DueRole).toDate().toString(Qt::ISODate), index.data().toString(),
                             index.data(TodayModel::OverdueRole).toBool() ? u"overdue"_s : u"-"_s}
                     .join(QLatin1Char('|'));
    }
    return lines;
}

QStringList TestInterviewModels::columnText(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

// --- TodayModel ---------------------------------------------------------------------------

void TestInterviewModels::todayRows_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<Interview>("interview");
    QTest::addColumn<QStringList>("expected");

    const QDate friday(2026, 11, 20);
    const QDate saturday(2026, 11, 21);

    // Outreach: 3 business days to approach a second person, 7 for one follow-up.
    QTest::newRow("outreach Friday, Tuesday: nothing due yet")
        << at(2026, 11, 24) << waitingForReply(u"t"_s, friday) << QStringList();
    QTest::newRow("outreach Friday, Wednesday: second person today")
        << at(2026, 11, 25, 9) << waitingForReply(u"t"_s, friday)
        << QStringList{u"second-person|2026-11-25|Due today|-"_s};
    QTest::newRow("outreach Saturday counts from Monday: Wednesday")
        << at(2026, 11, 25, 9) << waitingForReply(u"t"_s, saturday)
        << QStringList{u"second-person|2026-11-25|Due today|-"_s};
    QTest::newRow("outreach Saturday, Thursday: 1 day overdue")
        << at(2026, 11, 26) << waitingForReply(u"t"_s, saturday)
        << QStringList{u"second-person|2026-11-25|1 day(s) overdue|overdue"_s};
    QTest::newRow("outreach Friday, next Monday: follow-up not yet due")
        << at(2026, 11, 30) << waitingForReply(u"t"_s, friday)
        << QStringList{u"second-person|2026-11-25|5 day(s) overdue|overdue"_s};
    QTest::newRow("outreach Friday, 7 business days: Tuesday")
        << at(2026, 12, 1) << waitingForReply(u"t"_s, friday)
        << QStringList{u"second-person|2026-11-25|6 day(s) overdue|overdue"_s, u"follow-up|2026-12-01|Due today|-"_s};
    QTest::newRow("outreach Saturday, 7 business days: Tuesday too")
        << at(2026, 12, 1, 23, 59) << waitingForReply(u"t"_s, saturday)
        << QStringList{u"second-person|2026-11-25|6 day(s) overdue|overdue"_s, u"follow-up|2026-12-01|Due today|-"_s};
    {
        Interview followedUp = waitingForReply(u"t"_s, friday);
        followedUp.followUpSentOn = QDate(2026, 12, 1);
        QTest::newRow("followed up: no more nudges") << at(2026, 12, 3) << followedUp << QStringList();
        Interview replied = waitingForReply(u"t"_s, friday);
        replied.replyReceivedOn = QDate(2026, 11, 23);
        QTest::newRow("reply received: nothing due") << at(2026, 12, 3) << replied << QStringList();
    }

    // Thank-you: 2 calendar days after the conversation, weekends included.
    const QDateTime thursdayMorning = at(2026, 11, 19, 10);
    QTest::newRow("thank-you due Saturday, on Friday: listed from the conversation on")
        << at(2026, 11, 20) << scheduled(u"t"_s, Step::Conduct, thursdayMorning)
        << QStringList{u"thank-you|2026-11-21|Due tomorrow|-"_s};
    QTest::newRow("thank-you due Saturday, on Saturday")
        << at(2026, 11, 21) << scheduled(u"t"_s, Step::Conduct, thursdayMorning)
        << QStringList{u"thank-you|2026-11-21|Due today|-"_s};
    QTest::newRow("thank-you, Monday: 2 days overdue")
        << at(2026, 11, 23) << scheduled(u"t"_s, Step::FollowUp, thursdayMorning)
        << QStringList{u"thank-you|2026-11-21|2 day(s) overdue|overdue"_s};
    QTest::newRow("thank-you sent: touch base not due yet")
        << at(2026, 11, 23) << thanked(u"t"_s, Step::FollowUp, QDate(2026, 11, 20)) << QStringList();
    QTest::newRow("thank-you sent: touch base after 14 days")
        << at(2026, 12, 4) << thanked(u"t"_s, Step::Completed, QDate(2026, 11, 20))
        << QStringList{u"touch-base|2026-12-04|Due today|-"_s};

    // Conversations coming up within a week.
    QTest::newRow("conversation later today")
        << at(2026, 11, 20, 9) << scheduled(u"t"_s, Step::Conduct, at(2026, 11, 20, 15))
        << QStringList{u"upcoming|2026-11-20|Today, "_s + shortTime(15, 0) + u"|-"_s};
    QTest::newRow("conversation tomorrow, a Saturday")
        << at(2026, 11, 20, 9) << scheduled(u"t"_s, Step::Contact, at(2026, 11, 21, 10, 30))
        << QStringList{u"upcoming|2026-11-21|Tomorrow, "_s + shortTime(10, 30) + u"|-"_s};
    QTest::newRow("conversation in 7 days")
        << at(2026, 11, 20, 9) << scheduled(u"t"_s, Step::Conduct, at(2026, 11, 27, 8, 15))
        << QStringList{u"upcoming|2026-11-27|"_s + QLocale().toString(at(2026, 11, 27, 8, 15), u"ddd d MMM, "_s)
                       + shortTime(8, 15) + u"|-"_s};
    QTest::newRow("conversation in 8 days: not listed")
        << at(2026, 11, 20, 9) << scheduled(u"t"_s, Step::Conduct, at(2026, 11, 28, 8, 15)) << QStringList();

    Interview declined = make(u"t"_s, Step::Declined);
    declined.outreachSentOn = QDate(2026, 11, 10);
    declined.replyReceivedOn = QDate(2026, 11, 18);
    declined.closedOn = QDate(2026, 11, 18);
    QTest::newRow("declined: ask for a referral")
        << at(2026, 11, 20) << declined << QStringList{u"referral|2026-11-18|2 day(s) overdue|overdue"_s};
    QTest::newRow("research: nothing") << at(2026, 11, 20) << make(u"t"_s, Step::Research) << QStringList();
}

void TestInterviewModels::todayRows()
{
    QFETCH(QDateTime, now);
    QFETCH(Interview, interview);
    QFETCH(QStringList, expected);

    m_now = now;
    const qint64 ada = addContact(u"Ada"_s, u"Lovelace"_s);
    const qint64 org = addOrganisation(u"Analytical Engines"_s);
    const qint64 id = addInterview(interview, ada, org);
    QVERIFY(id > 0);

    TodayModel *model = todayModel();
    QCOMPARE(todayLines(model), expected);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data(TodayModel::InterviewIdRole).toLongLong(), id);
        QCOMPARE(model->index(row, TodayModel::WhoColumn).data().toString(), u"Ada Lovelace, Analytical Engines"_s);
        const auto kind = Reminder::Kind(model->index(row, 0).data(TodayModel::KindRole).toInt());
        QCOMPARE(model->index(row, TodayModel::WhatColumn).data().toString(), Reminders::title(kind));
        QCOMPARE(model->index(row, TodayModel::WhatColumn).data(Qt::ToolTipRole).toString(), Reminders::advice(kind));
        QCOMPARE(model->reminder(row).interviewId, id);
    }
}

void TestInterviewModels::todayOrdersOverdueFirst()
{
    m_now = at(2026, 11, 25, 9); // Wednesday
    const qint64 ada = addContact(u"Ada"_s, u"Lovelace"_s);
    const qint64 grace = addContact(u"Grace"_s, u"Hopper"_s);
    const qint64 navy = addOrganisation(u"Navy"_s);
    // Another employer: a reply there (the conversation to thank for) stops no timer at the Navy.
    const qint64 yard = addOrganisation(u"Naval Yard"_s);

    TodayModel *model = todayModel();
    QCOMPARE(model->rowCount(), 0);
    QSignalSpy count(model, &TodayModel::countChanged);

    // Inserted out of order on purpose.
    const qint64 upcoming = addInterview(scheduled(u"upcoming"_s, Step::Conduct, at(2026, 11, 27, 14)), ada);
    const qint64 dueToday = addInterview(waitingForReply(u"today"_s, QDate(2026, 11, 20)), grace, navy); // Fri+3 = Wed
    const qint64 overdue1 =
        addInterview(scheduled(u"thanks"_s, Step::Conduct, at(2026, 11, 22, 10)), 0, yard); // due 24th
    const qint64 oldest = addInterview(waitingForReply(u"older"_s, QDate(2026, 11, 17)), ada); // Tue+3 = Fri 20th
    QCOMPARE(count.size(), 4);
    QCOMPARE(count.last().at(0).toInt(), 4);

    QCOMPARE(todayLines(model),
             (QStringList{u"second-person|2026-11-20|5 day(s) overdue|overdue"_s,
                          u"thank-you|2026-11-24|1 day(s) overdue|overdue"_s, u"second-person|2026-11-25|Due today|-"_s,
                          u"upcoming|2026-11-27|"_s + QLocale().toString(at(2026, 11, 27, 14), u"ddd d MMM, "_s)
                              + shortTime(14, 0) + u"|-"_s}));
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(TodayModel::InterviewIdRole).toLongLong();
    QCOMPARE(ids, (QList<qint64>{oldest, overdue1, dueToday, upcoming}));
    QCOMPARE(columnText(model, TodayModel::WhoColumn),
             (QStringList{u"Ada Lovelace"_s, u"(nobody chosen yet), Naval Yard"_s, u"Grace Hopper, Navy"_s,
                          u"Ada Lovelace"_s}));
    QCOMPARE(model->index(0, 0).data(TodayModel::OpenStepRole).toInt(), int(Step::Contact));
    QCOMPARE(model->index(1, 0).data(TodayModel::OpenStepRole).toInt(), int(Step::FollowUp));
    QCOMPARE(model->index(3, 0).data(TodayModel::OpenStepRole).toInt(), int(Step::Conduct));
    QCOMPARE(model->headerData(TodayModel::WhenColumn, Qt::Horizontal).toString(), u"When"_s);
    QCOMPARE(model->headerData(TodayModel::WhatColumn, Qt::Horizontal).toString(), u"What to do"_s);
    QCOMPARE(model->headerData(TodayModel::WhoColumn, Qt::Horizontal).toString(), u"Who"_s);
}

void TestInterviewModels::todayFollowsStores()
{
    m_now = at(2026, 11, 21); // Saturday
    const qint64 ada = addContact(u"Ada"_s, u"Lovelace"_s);
    const qint64 org = addOrganisation(u"Analytical Engines"_s);
    TodayModel *model = todayModel();
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    QSignalSpy count(model, &TodayModel::countChanged);

    const qint64 id = addInterview(scheduled(u"engines"_s, Step::Conduct, at(2026, 11, 19, 10)), ada, org);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(count.size(), 1);
    QCOMPARE(count.last().at(0).toInt(), 1);
    QCOMPARE(todayLines(model), QStringList{u"thank-you|2026-11-21|Due today|-"_s});
    QCOMPARE(model->index(0, TodayModel::WhoColumn).data().toString(), u"Ada Lovelace, Analytical Engines"_s);

    // Names come from the contact and organisation stores.
    renameContact(ada, u"Augusta Ada"_s, u"King"_s);
    QCOMPARE(model->index(0, TodayModel::WhoColumn).data().toString(), u"Augusta Ada King, Analytical Engines"_s);
    renameOrganisation(org, u"Babbage & Co"_s);
    QCOMPARE(model->index(0, TodayModel::WhoColumn).data().toString(), u"Augusta Ada King, Babbage & Co"_s);
    QVERIFY(m_organisations->remove(org));
    QCOMPARE(model->index(0, TodayModel::WhoColumn).data().toString(), u"Augusta Ada King"_s);

    // The clock moves on: refresh() recomputes the texts.
    m_now = at(2026, 11, 22);
    model->refresh();
    QCOMPARE(todayLines(model), QStringList{u"thank-you|2026-11-21|1 day(s) overdue|overdue"_s});

    // Writing the thank-you note settles it.
    Interview i = stored(id);
    i.step = Step::FollowUp;
    i.thankYouSentOn = QDate(2026, 11, 22);
    update(i);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(count.last().at(0).toInt(), 0);

    // Undo: back to waiting for the note; then deleted and restored.
    i.thankYouSentOn = QDate();
    update(i);
    QCOMPARE(model->rowCount(), 1);
    const std::optional<InterviewRecord> record = m_interviews->record(id);
    QVERIFY(record);
    QVERIFY(m_interviews->remove(id));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_interviews->restore(*record));
    QCOMPARE(todayLines(model), QStringList{u"thank-you|2026-11-21|1 day(s) overdue|overdue"_s});
    QCOMPARE(model->index(0, 0).data(TodayModel::InterviewIdRole).toLongLong(), id);

    // Shorter settings apply at once.
    ReminderSettings settings;
    settings.thankYouWithinDays = 1;
    model->setReminderSettings(settings);
    QCOMPARE(todayLines(model), QStringList{u"thank-you|2026-11-20|2 day(s) overdue|overdue"_s});
}

// --- InterviewListModel -------------------------------------------------------------------

void TestInterviewModels::listFollowsInterviewSignals()
{
    const qint64 ada = addContact(u"Ada"_s, u"Lovelace"_s);
    const qint64 org = addOrganisation(u"Analytical Engines"_s);
    const qint64 first = addInterview(make(u"first"_s, Step::Research), ada, org);
    const qint64 second = addInterview(make(u"second"_s, Step::Identify));

    InterviewListModel *model = listModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), int(InterviewListModel::ColumnCount));
    QCOMPARE(columnText(model, InterviewListModel::TopicColumn), (QStringList{u"first"_s, u"second"_s}));
    QCOMPARE(columnText(model, InterviewListModel::PersonColumn),
             (QStringList{u"Ada Lovelace"_s, u"(nobody chosen yet)"_s}));
    QCOMPARE(columnText(model, InterviewListModel::OrganisationColumn),
             (QStringList{u"Analytical Engines"_s, QString()}));
    QCOMPARE(columnText(model, InterviewListModel::StepColumn), (QStringList{u"1. Research"_s, u"2. Identify"_s}));
    QCOMPARE(model->headerData(InterviewListModel::NextColumn, Qt::Horizontal).toString(), u"Next"_s);

    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    // Insert: appended in id order.
    const qint64 third = addInterview(make(u"third"_s, Step::Prepare), 0, org);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);
    QCOMPARE(model->rowOf(third), 2);
    QCOMPARE(model->index(2, 0).data(InterviewListModel::InterviewIdRole).toLongLong(), third);
    QCOMPARE(model->index(2, 0).data(InterviewListModel::OrganisationIdRole).toLongLong(), org);

    // Step change: one dataChanged over the whole row.
    Interview i = stored(second);
    i.step = Step::Contact;
    i.topic = u"second, renamed"_s;
    update(i);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model->index(1, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model->index(1, InterviewListModel::ColumnCount - 1));
    QCOMPARE(model->index(1, 0).data(InterviewListModel::StepRole).toInt(), int(Step::Contact));
    QCOMPARE(model->index(1, InterviewListModel::StepColumn).data().toString(), u"4. Contact"_s);
    QCOMPARE(model->index(1, InterviewListModel::StepColumn).data(InterviewListModel::SortRole).toInt(),
             int(Step::Contact));
    QCOMPARE(model->index(1, InterviewListModel::TopicColumn).data().toString(), u"second, renamed"_s);
    QCOMPARE(model->interview(second).topic, u"second, renamed"_s);

    // Ended steps have no number.
    i.step = Step::Completed;
    i.closedOn = QDate(2026, 11, 20);
    update(i);
    QCOMPARE(model->index(1, InterviewListModel::StepColumn).data().toString(), u"Completed"_s);

    // Remove the middle one, then restore it where it was.
    const std::optional<InterviewRecord> record = m_interviews->record(second);
    QVERIFY(record);
    QVERIFY(m_interviews->remove(second));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(model->rowOf(second), -1);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(third), 1);

    QVERIFY(m_interviews->restore(*record));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(2).toInt(), 1);
    QCOMPARE(model->rowOf(second), 1);
    QCOMPARE(model->index(1, InterviewListModel::TopicColumn).data().toString(), u"second, renamed"_s);
    QCOMPARE(columnText(model, InterviewListModel::TopicColumn),
             (QStringList{u"first"_s, u"second, renamed"_s, u"third"_s}));

    // Signals about unknown ids change nothing.
    QVERIFY(!m_interviews->interview(999));
    QVERIFY(m_interviews->remove(999));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model->rowOf(first), 0);
}

void TestInterviewModels::listFollowsNames()
{
    const qint64 ada = addContact(u"Ada"_s, u"Lovelace"_s);
    const qint64 org = addOrganisation(u"Analytical Engines"_s);
    const qint64 other = addOrganisation(u"Difference Ltd"_s);
    const qint64 id = addInterview(make(u"engines"_s, Step::Identify), ada, org);
    const qint64 keep = addInterview(make(u"difference"_s, Step::Identify), ada, other);
    InterviewListModel *model = listModel();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    renameContact(ada, u"Augusta Ada"_s, u"King"_s);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model->index(model->rowOf(id), InterviewListModel::PersonColumn).data().toString(), u"Augusta Ada King"_s);
    QCOMPARE(model->personName(stored(id)), u"Augusta Ada King"_s);

    changed.clear();
    renameOrganisation(org, u"Babbage & Co"_s);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model->index(model->rowOf(id), InterviewListModel::OrganisationColumn).data().toString(),
             u"Babbage & Co"_s);
    QCOMPARE(model->organisationName(stored(id)), u"Babbage & Co"_s);

    // Deleting the organisation unlinks its interviews (ON DELETE SET NULL).
    changed.clear();
    QVERIFY(m_organisations->remove(org));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), model->rowOf(id));
    QCOMPARE(model->index(model->rowOf(id), InterviewListModel::OrganisationColumn).data().toString(), QString());
    QCOMPARE(model->index(model->rowOf(id), 0).data(InterviewListModel::OrganisationIdRole).toLongLong(), 0);
    QCOMPARE(model->index(model->rowOf(keep), InterviewListModel::OrganisationColumn).data().toString(),
             u"Difference Ltd"_s);
}

void TestInterviewModels::listDueStates_data()
{
    QTest::addColumn<Interview>("interview");
    QTest::addColumn<int>("dueState");
    QTest::addColumn<int>("kind"); // -1: nothing
    QTest::addColumn<QDate>("due");

    // now: Friday 2026-11-20, noon
    QTest::newRow("research: nothing") << make(u"t"_s, Step::Research) << int(InterviewListModel::DueState::Nothing)
                                       << -1 << QDate();
    QTest::newRow("waiting, second person Wednesday")
        << waitingForReply(u"t"_s, QDate(2026, 11, 20)) << int(InterviewListModel::DueState::Upcoming)
        << int(Reminder::Kind::ContactSecondPerson) << QDate(2026, 11, 25);
    QTest::newRow("waiting since Tuesday: due today")
        << waitingForReply(u"t"_s, QDate(2026, 11, 17)) << int(InterviewListModel::DueState::DueToday)
        << int(Reminder::Kind::ContactSecondPerson) << QDate(2026, 11, 20);
    QTest::newRow("waiting since last Friday: overdue, follow-up later")
        << waitingForReply(u"t"_s, QDate(2026, 11, 13)) << int(InterviewListModel::DueState::Overdue)
        << int(Reminder::Kind::ContactSecondPerson) << QDate(2026, 11, 18);
    QTest::newRow("conversation this afternoon")
        << scheduled(u"t"_s, Step::Conduct, at(2026, 11, 20, 15)) << int(InterviewListModel::DueState::DueToday)
        << int(Reminder::Kind::UpcomingConversation) << QDate(2026, 11, 20);
    QTest::newRow("conversation in a month")
        << scheduled(u"t"_s, Step::Conduct, at(2026, 12, 20, 15)) << int(InterviewListModel::DueState::Upcoming)
        << int(Reminder::Kind::UpcomingConversation) << QDate(2026, 12, 20);
    QTest::newRow("thank-you overdue") << scheduled(u"t"_s, Step::FollowUp, at(2026, 11, 16, 15))
                                       << int(InterviewListModel::DueState::Overdue)
                                       << int(Reminder::Kind::SendThankYou) << QDate(2026, 11, 18);
    QTest::newRow("completed, touch base later")
        << thanked(u"t"_s, Step::Completed, QDate(2026, 11, 19)) << int(InterviewListModel::DueState::Upcoming)
        << int(Reminder::Kind::TouchBase) << QDate(2026, 12, 3);
    Interview noReply = waitingForReply(u"t"_s, QDate(2026, 10, 1));
    noReply.step = Step::NoReply;
    noReply.closedOn = QDate(2026, 10, 20);
    QTest::newRow("no reply: nothing") << noReply << int(InterviewListModel::DueState::Nothing) << -1 << QDate();
}

void TestInterviewModels::listDueStates()
{
    QFETCH(Interview, interview);
    QFETCH(int, dueState);
    QFETCH(int, kind);
    QFETCH(QDate, due);

    const qint64 id = addInterview(interview);
    InterviewListModel *model = listModel();
    const QModelIndex next = model->index(model->rowOf(id), InterviewListModel::NextColumn);
    QCOMPARE(next.data(InterviewListModel::DueStateRole).toInt(), dueState);
    if (kind < 0) {
        QCOMPARE(next.data().toString(), QString());
        QCOMPARE(next.data(InterviewListModel::NextReminderRole).toString(), QString());
        QCOMPARE(next.data(InterviewListModel::SortRole).toDate(), QDate(9999, 12, 31));
    } else {
        const QString title = Reminders::title(Reminder::Kind(kind));
        QCOMPARE(next.data(InterviewListModel::NextReminderRole).toString(), title);
        QCOMPARE(next.data().toString(), title + u" ("_s + QLocale().toString(due, QLocale::ShortFormat) + u")"_s);
        QCOMPARE(next.data(InterviewListModel::SortRole).toDate(), due);
    }
}

void TestInterviewModels::listDueStatesFollowTheClock()
{
    const qint64 id = addInterview(waitingForReply(u"t"_s, QDate(2026, 11, 20))); // second person Wed 25th
    InterviewListModel *model = listModel();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    auto state = [&] {
        return InterviewListModel::DueState(
            model->index(model->rowOf(id), 0).data(InterviewListModel::DueStateRole).toInt());
    };
    QCOMPARE(state(), InterviewListModel::DueState::Upcoming);

    m_now = at(2026, 11, 25, 0, 1);
    QCOMPARE(state(), InterviewListModel::DueState::DueToday); // computed on read
    model->refreshDueStates();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model->index(0, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model->index(0, InterviewListModel::ColumnCount - 1));

    m_now = at(2026, 11, 26);
    model->refreshDueStates();
    QCOMPARE(state(), InterviewListModel::DueState::Overdue);

    // A longer wait moves the reminder back into the future.
    ReminderSettings settings;
    settings.secondPersonAfterBusinessDays = 5;
    model->setReminderSettings(settings);
    QCOMPARE(state(), InterviewListModel::DueState::Upcoming); // Fri 20th + 5 business days = Fri 27th
}

void TestInterviewModels::listMimeRoundTrip()
{
    const qint64 a = addInterview(make(u"a"_s, Step::Research));
    addInterview(make(u"b"_s, Step::Research));
    const qint64 c = addInterview(make(u"c"_s, Step::Prepare));
    InterviewListModel *model = listModel();

    QCOMPARE(model->mimeTypes(), QStringList{InterviewListModel::MimeType});
    QCOMPARE(model->supportedDragActions(), Qt::MoveAction);
    QVERIFY(model->flags(model->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!model->flags(QModelIndex()).testFlag(Qt::ItemIsDragEnabled));

    // A row selected across several columns is carried once.
    const QModelIndexList indexes{model->index(2, 0), model->index(2, InterviewListModel::TopicColumn),
                                  model->index(0, InterviewListModel::StepColumn)};
    std::unique_ptr<QMimeData> mime(model->mimeData(indexes));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(InterviewListModel::MimeType));
    QCOMPARE(InterviewListModel::idsFromMime(mime.get()), (QList<qint64>{c, a}));

    QVERIFY(!model->mimeData({}));
    QVERIFY(InterviewListModel::idsFromMime(nullptr).isEmpty());
    QMimeData text;
    text.setText(u"42"_s);
    QVERIFY(InterviewListModel::idsFromMime(&text).isEmpty());
    QMimeData garbage;
    garbage.setData(InterviewListModel::MimeType, QByteArray("xy"));
    QVERIFY(InterviewListModel::idsFromMime(&garbage).isEmpty());
}

void TestInterviewModels::backgroundLoadCatchesChangesMadeMeanwhile_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("nothing") << u"nothing"_s;
    QTest::newRow("insert") << u"insert"_s;
    QTest::newRow("update") << u"update"_s;
    QTest::newRow("remove") << u"remove"_s;
    QTest::newRow("rename contact") << u"rename contact"_s;
}

// The window's models read in the background; a change made after their read began but before
// its result arrived must not be lost: they read again.
void TestInterviewModels::backgroundLoadCatchesChangesMadeMeanwhile()
{
    QFETCH(QString, change);
    const qint64 ada = addContact(u"Ada"_s, u"Lovelace"_s);
    const qint64 kept = addInterview(waitingForReply(u"kept"_s, QDate(2026, 11, 10)), ada);
    const qint64 other = addInterview(waitingForReply(u"other"_s, QDate(2026, 11, 12)));

    InterviewListModel *list = track(std::make_unique<InterviewListModel>(
        m_interviews.get(), m_contacts.get(), m_organisations.get(), clock(), Loading::InBackground));
    TodayModel *today = track(std::make_unique<TodayModel>(m_interviews.get(), m_contacts.get(), m_organisations.get(),
                                                           clock(), Loading::InBackground));
    QVERIFY(list->isLoading());
    QVERIFY(today->isLoading());
    QCOMPARE(list->rowCount(), 0);
    QCOMPARE(today->rowCount(), 0);
    QSignalSpy listFinished(list, &InterviewListModel::loadingFinished);
    QSignalSpy todayFinished(today, &TodayModel::loadingFinished);

    // Start both reads now, let them finish, and keep their results waiting in the event queue.
    QCoreApplication::sendPostedEvents(list, QEvent::MetaCall);
    QCoreApplication::sendPostedEvents(today, QEvent::MetaCall);
    QTest::qSleep(300);
    QVERIFY(list->isLoading());

    if (change == u"insert"_s)
        QVERIFY(addInterview(waitingForReply(u"new"_s, QDate(2026, 11, 9)), ada));
    else if (change == u"update"_s) {
        Interview i = stored(other);
        i.topic = u"other, renamed"_s;
        i.outreachSentOn = QDate(2026, 11, 1);
        update(i);
    } else if (change == u"remove"_s)
        QVERIFY(m_interviews->remove(kept));
    else if (change == u"rename contact"_s)
        renameContact(ada, u"Augusta"_s, u"King"_s);

    QTRY_VERIFY(!list->isLoading() && !today->isLoading());
    QCOMPARE(listFinished.size(), 1);
    QCOMPARE(todayFinished.size(), 1);

    // The same as models that read everything now.
    const InterviewListModel *fresh = listModel();
    for (int column : {int(InterviewListModel::TopicColumn), int(InterviewListModel::PersonColumn),
                       int(InterviewListModel::NextColumn)})
        QCOMPARE(columnText(list, column), columnText(fresh, column));
    QCOMPARE(todayLines(today), todayLines(todayModel()));
    QCOMPARE(columnText(today, TodayModel::WhoColumn), columnText(todayModel(), TodayModel::WhoColumn));
    QCOMPARE(list->rowCount(), change == u"insert"_s ? 3 : change == u"remove"_s ? 1 : 2);
}

// --- InterviewFilterModel -----------------------------------------------------------------

void TestInterviewModels::filterCombinations_data()
{
    QTest::addColumn<QStringList>("steps"); // step keys; empty: every step
    QTest::addColumn<QString>("organisation"); // empty: every organisation
    QTest::addColumn<bool>("dueOnly");
    QTest::addColumn<QStringList>("expected"); // topics, in source order

    const QStringList all{u"research-acme"_s,        u"contact-acme-overdue"_s, u"contact-globex-waiting"_s,
                          u"conduct-globex-today"_s, u"follow-up-acme-today"_s, u"completed-none-overdue"_s};
    QTest::newRow("everything") << QStringList() << QString() << false << all;
    QTest::newRow("contact") << QStringList{u"contact"_s} << QString() << false
                             << QStringList{u"contact-acme-overdue"_s, u"contact-globex-waiting"_s};
    QTest::newRow("contact and conduct") << QStringList{u"contact"_s, u"conduct"_s} << QString() << false
                                         << QStringList{u"contact-acme-overdue"_s, u"contact-globex-waiting"_s,
                                                        u"conduct-globex-today"_s};
    QTest::newRow("a step nobody is in") << QStringList{u"identify"_s} << QString() << false << QStringList();
    QTest::newRow("acme") << QStringList() << u"Acme"_s << false
                          << QStringList{u"research-acme"_s, u"contact-acme-overdue"_s, u"follow-up-acme-today"_s};
    QTest::newRow("globex, contact") << QStringList{u"contact"_s} << u"Globex"_s << false
                                     << QStringList{u"contact-globex-waiting"_s};
    QTest::newRow("acme, conduct") << QStringList{u"conduct"_s} << u"Acme"_s << false << QStringList();
    QTest::newRow("due only") << QStringList() << QString() << true
                              << QStringList{u"contact-acme-overdue"_s, u"conduct-globex-today"_s,
                                             u"follow-up-acme-today"_s, u"completed-none-overdue"_s};
    QTest::newRow("due only, contact") << QStringList{u"contact"_s} << QString() << true
                                       << QStringList{u"contact-acme-overdue"_s};
    QTest::newRow("due only, acme") << QStringList() << u"Acme"_s << true
                                    << QStringList{u"contact-acme-overdue"_s, u"follow-up-acme-today"_s};
    QTest::newRow("due only, globex, conduct")
        << QStringList{u"conduct"_s} << u"Globex"_s << true << QStringList{u"conduct-globex-today"_s};
    QTest::newRow("due only, globex, contact") << QStringList{u"contact"_s} << u"Globex"_s << true << QStringList();
    QTest::newRow("due only, ended steps") << QStringList{u"completed"_s, u"declined"_s, u"no-reply"_s} << QString()
                                           << true << QStringList{u"completed-none-overdue"_s};
    QTest::newRow("ended steps, acme") << QStringList{u"completed"_s, u"declined"_s, u"no-reply"_s} << u"Acme"_s
                                       << false << QStringList();
}

void TestInterviewModels::filterCombinations()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, organisation);
    QFETCH(bool, dueOnly);
    QFETCH(QStringList, expected);

    // now: Friday 2026-11-20, noon
    QHash<QString, qint64> orgs{{u"Acme"_s, addOrganisation(u"Acme"_s)}, {u"Globex"_s, addOrganisation(u"Globex"_s)}};
    addInterview(make(u"research-acme"_s, Step::Research), 0, orgs[u"Acme"_s]);
    addInterview(waitingForReply(u"contact-acme-overdue"_s, QDate(2026, 11, 13)), 0, orgs[u"Acme"_s]);
    addInterview(waitingForReply(u"contact-globex-waiting"_s, QDate(2026, 11, 19)), 0, orgs[u"Globex"_s]);
    addInterview(scheduled(u"conduct-globex-today"_s, Step::Conduct, at(2026, 11, 20, 15)), 0, orgs[u"Globex"_s]);
    addInterview(scheduled(u"follow-up-acme-today"_s, Step::FollowUp, at(2026, 11, 18, 10)), 0, orgs[u"Acme"_s]);
    addInterview(thanked(u"completed-none-overdue"_s, Step::Completed, QDate(2026, 11, 1)));

    InterviewListModel *source = listModel();
    InterviewFilterModel *proxy = filterModel(source);
    QCOMPARE(proxy->rowCount(), 6);

    QList<Step> stepList;
    for (const QString &key : steps) {
        const std::optional<Step> step = StepNames::fromKey(key);
        QVERIFY2(step, qPrintable(key));
        stepList << *step;
    }
    proxy->setSteps(stepList);
    QCOMPARE(proxy->steps(), stepList);
    proxy->setOrganisationId(organisation.isEmpty() ? 0 : orgs.value(organisation));
    proxy->setDueOnly(dueOnly);
    QCOMPARE(columnText(proxy, InterviewListModel::TopicColumn), expected);

    // Clearing every filter shows everything again.
    proxy->setSteps({});
    proxy->setOrganisationId(0);
    proxy->setDueOnly(false);
    QCOMPARE(proxy->rowCount(), 6);
}

void TestInterviewModels::filterFollowsChanges()
{
    const qint64 acme = addOrganisation(u"Acme"_s);
    const qint64 research = addInterview(make(u"research"_s, Step::Research), 0, acme);
    const qint64 waiting = addInterview(waitingForReply(u"waiting"_s, QDate(2026, 11, 20)), 0, acme); // due Wed 25th
    InterviewListModel *source = listModel();
    InterviewFilterModel *contactColumn = filterModel(source);
    contactColumn->setSteps({Step::Contact});
    InterviewFilterModel *due = filterModel(source);
    due->setDueOnly(true);
    QCOMPARE(columnText(contactColumn, InterviewListModel::TopicColumn), QStringList{u"waiting"_s});
    QCOMPARE(due->rowCount(), 0);

    QSignalSpy inserted(contactColumn, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(contactColumn, &QAbstractItemModel::rowsRemoved);

    // A card dragged onto the Contact column arrives there...
    Interview i = stored(research);
    i.step = Step::Contact;
    update(i);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(columnText(contactColumn, InterviewListModel::TopicColumn), (QStringList{u"research"_s, u"waiting"_s}));

    // ...and one moved on leaves it.
    Interview w = stored(waiting);
    w.step = Step::Conduct;
    update(w);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(columnText(contactColumn, InterviewListModel::TopicColumn), QStringList{u"research"_s});

    // Deleting and restoring through the store.
    const std::optional<InterviewRecord> record = m_interviews->record(research);
    QVERIFY(record);
    QVERIFY(m_interviews->remove(research));
    QCOMPARE(contactColumn->rowCount(), 0);
    QVERIFY(m_interviews->restore(*record));
    QCOMPARE(columnText(contactColumn, InterviewListModel::TopicColumn), QStringList{u"research"_s});

    // The organisation filter drops interviews whose organisation is deleted.
    contactColumn->setOrganisationId(acme);
    QCOMPARE(contactColumn->rowCount(), 1);
    QVERIFY(m_organisations->remove(acme));
    QCOMPARE(contactColumn->rowCount(), 0);

    // Due-only follows the clock once due states are refreshed: outreach on Friday makes the
    // second-person nudge due on Wednesday.
    i = stored(research);
    i.outreachSentOn = QDate(2026, 11, 20);
    update(i);
    QCOMPARE(due->rowCount(), 0);
    m_now = at(2026, 11, 25, 8);
    source->refreshDueStates();
    QCOMPARE(columnText(due, InterviewListModel::TopicColumn), QStringList{u"research"_s});
}

// --- OrganisationListModel ----------------------------------------------------------------

void TestInterviewModels::organisationInsertKeepsNameOrder_data()
{
    QTest::addColumn<QStringList>("initial");
    QTest::addColumn<QString>("inserted");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("into an empty list") << QStringList() << u"Acme"_s << 0 << QStringList{u"Acme"_s};
    QTest::newRow("first") << QStringList{u"Banana"_s, u"Cherry"_s} << u"aardvark"_s << 0
                           << QStringList{u"aardvark"_s, u"Banana"_s, u"Cherry"_s};
    QTest::newRow("lower case between capitals") << QStringList{u"Acme"_s, u"Banana"_s, u"Cherry"_s} << u"apple"_s << 1
                                                 << QStringList{u"Acme"_s, u"apple"_s, u"Banana"_s, u"Cherry"_s};
    QTest::newRow("capitals between lower case") << QStringList{u"alpha"_s, u"charlie"_s} << u"BRAVO"_s << 1
                                                 << QStringList{u"alpha"_s, u"BRAVO"_s, u"charlie"_s};
    QTest::newRow("last, lower case") << QStringList{u"Acme"_s, u"Banana"_s} << u"zulu"_s << 2
                                      << QStringList{u"Acme"_s, u"Banana"_s, u"zulu"_s};
}

void TestInterviewModels::organisationInsertKeepsNameOrder()
{
    QFETCH(QStringList, initial);
    QFETCH(QString, inserted);
    QFETCH(int, row);
    QFETCH(QStringList, expected);

    for (const QString &name : initial)
        QVERIFY(addOrganisation(name) > 0);
    OrganisationListModel *model = organisationModel();
    QSignalSpy rows(model, &QAbstractItemModel::rowsInserted);
    const qint64 id = addOrganisation(inserted);
    QVERIFY(id > 0);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).at(1).toInt(), row);
    QCOMPARE(rows.at(0).at(2).toInt(), row);
    QCOMPARE(model->rowOf(id), row);
    QCOMPARE(model->organisation(row).name, inserted);
    QCOMPARE(model->index(row, 0).data(OrganisationListModel::OrganisationIdRole).toLongLong(), id);
    QCOMPARE(columnText(model, OrganisationListModel::NameColumn), expected);

    // A second organisation of the same name, whatever the case, is refused and changes nothing.
    Organisation duplicate;
    duplicate.name = inserted.toUpper();
    QVERIFY(!m_organisations->insert(duplicate));
    QCOMPARE(rows.size(), 1);
}

void TestInterviewModels::organisationLoadAndInsertAgreeOnOrder()
{
    // In a real locale, names with accents sort with their base letter, both when the list is
    // loaded and when one is added.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(addOrganisation(u"Zeta"_s) > 0);
    QVERIFY(addOrganisation(u"École normale"_s) > 0);
    QVERIFY(addOrganisation(u"acme"_s) > 0);
    OrganisationListModel *model = organisationModel();
    QCOMPARE(columnText(model, OrganisationListModel::NameColumn),
             (QStringList{u"acme"_s, u"École normale"_s, u"Zeta"_s}));
    QVERIFY(addOrganisation(u"Delta"_s) > 0);
    QVERIFY(addOrganisation(u"Fox"_s) > 0);
    QCOMPARE(columnText(model, OrganisationListModel::NameColumn),
             (QStringList{u"acme"_s, u"Delta"_s, u"École normale"_s, u"Fox"_s, u"Zeta"_s}));
}

void TestInterviewModels::organisationRenameMovesRow()
{
    const qint64 acme = addOrganisation(u"Acme"_s);
    const qint64 globex = addOrganisation(u"Globex"_s);
    addOrganisation(u"Initech"_s);
    addInterview(make(u"one"_s, Step::Research), 0, acme);
    addInterview(make(u"two"_s, Step::Completed), 0, acme);

    OrganisationListModel *model = organisationModel();
    QCOMPARE(columnText(model, OrganisationListModel::NameColumn), (QStringList{u"Acme"_s, u"Globex"_s, u"Initech"_s}));
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

    renameOrganisation(acme, u"Zenith"_s);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(columnText(model, OrganisationListModel::NameColumn),
             (QStringList{u"Globex"_s, u"Initech"_s, u"Zenith"_s}));
    QCOMPARE(model->rowOf(acme), 2);
    QCOMPARE(model->index(2, OrganisationListModel::ActiveColumn).data().toInt(), 1);
    QCOMPARE(model->index(2, OrganisationListModel::TotalColumn).data().toInt(), 2);

    // Only the case changes: the row stays where it is.
    renameOrganisation(globex, u"GLOBEX"_s);
    QCOMPARE(model->rowOf(globex), 0);
    QCOMPARE(model->index(0, OrganisationListModel::NameColumn).data().toString(), u"GLOBEX"_s);

    renameOrganisation(acme, u"aardvark"_s);
    QCOMPARE(columnText(model, OrganisationListModel::NameColumn),
             (QStringList{u"aardvark"_s, u"GLOBEX"_s, u"Initech"_s}));
}

void TestInterviewModels::organisationCounts()
{
    const qint64 acme = addOrganisation(u"Acme"_s);
    const qint64 globex = addOrganisation(u"Globex"_s);
    const qint64 research = addInterview(make(u"research"_s, Step::Research), 0, acme);
    const qint64 contact = addInterview(waitingForReply(u"contact"_s, QDate(2026, 11, 19)), 0, acme);
    const qint64 followUp = addInterview(thanked(u"follow-up"_s, Step::FollowUp, QDate(2026, 11, 18)), 0, acme);
    addInterview(make(u"unrelated"_s, Step::Research));

    OrganisationListModel *model = organisationModel();
    auto counts = [&](qint64 id) {
        const int row = model->rowOf(id);
        return QStringLiteral("%1/%2")
            .arg(model->index(row, OrganisationListModel::ActiveColumn).data().toInt())
            .arg(model->index(row, OrganisationListModel::TotalColumn).data().toInt());
    };
    QCOMPARE(counts(acme), u"3/3"_s);
    QCOMPARE(counts(globex), u"0/0"_s);
    QCOMPARE(model->headerData(OrganisationListModel::ActiveColumn, Qt::Horizontal).toString(), u"Active"_s);
    QCOMPARE(model->index(0, OrganisationListModel::ActiveColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

    // The interview ends: one fewer active, same total.
    Interview i = stored(followUp);
    i.step = Step::Completed;
    i.closedOn = QDate(2026, 11, 20);
    update(i);
    QCOMPARE(counts(acme), u"2/3"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(),
             model->index(model->rowOf(acme), OrganisationListModel::ActiveColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
             model->index(model->rowOf(acme), OrganisationListModel::TotalColumn));

    // Edits that change no count announce nothing.
    changed.clear();
    i.topic = u"renamed"_s;
    update(i);
    QCOMPARE(changed.size(), 0);

    // Declined is not active either; reopening makes it active again.
    Interview c = stored(contact);
    c.step = Step::Declined;
    c.closedOn = QDate(2026, 11, 20);
    update(c);
    QCOMPARE(counts(acme), u"1/3"_s);
    c.step = Step::Contact;
    c.closedOn = QDate();
    update(c);
    QCOMPARE(counts(acme), u"2/3"_s);

    // Moved to another organisation: both rows change.
    changed.clear();
    c.organisationId = globex;
    update(c);
    QCOMPARE(counts(acme), u"1/2"_s);
    QCOMPARE(counts(globex), u"1/1"_s);
    QCOMPARE(changed.size(), 2);

    // Removed and restored.
    const std::optional<InterviewRecord> record = m_interviews->record(research);
    QVERIFY(record);
    QVERIFY(m_interviews->remove(research));
    QCOMPARE(counts(acme), u"0/1"_s);
    QVERIFY(m_interviews->restore(*record));
    QCOMPARE(counts(acme), u"1/2"_s);

    // A new interview for Globex.
    addInterview(make(u"new"_s, Step::Identify), 0, globex);
    QCOMPARE(counts(globex), u"2/2"_s);
}

void TestInterviewModels::organisationRemoved()
{
    const qint64 acme = addOrganisation(u"Acme"_s);
    const qint64 globex = addOrganisation(u"Globex"_s);
    addInterview(make(u"research"_s, Step::Research), 0, acme);
    OrganisationListModel *model = organisationModel();
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_organisations->remove(acme));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOf(acme), -1);
    QCOMPARE(model->rowOf(globex), 0);
}

QTEST_GUILESS_MAIN(TestInterviewModels)
// Coming events first, soonest at the top (one that began this evening still counts), then past
// ones, latest first, then those without a time; counts follow the stores.
void TestInterviewModels::eventsComingFirstThenPast()
{
    EventStore events(m_db.get());
    const auto add = [&events](const QString &name, const QDateTime &at) {
        NetworkingEvent e;
        e.name = name;
        e.startsAt = at.isValid() ? at.toUTC() : QDateTime();
        events.insert(e, {});
        return e.id;
    };
    add(u"Last month"_s, at(2026, 10, 20, 18));
    const qint64 tonight = add(u"Began an hour ago"_s, m_now.addSecs(-3600));
    add(u"Next week"_s, at(2026, 11, 27, 18));
    add(u"Undated"_s, QDateTime());
    add(u"Tomorrow"_s, at(2026, 11, 21, 18));
    add(u"Last week"_s, at(2026, 11, 13, 18));
    auto *model = track(std::make_unique<EventListModel>(&events, m_interviews.get(), clock()));
    QCOMPARE(columnText(model, EventListModel::NameColumn),
             QStringList({u"Began an hour ago"_s, u"Tomorrow"_s, u"Next week"_s, u"Last week"_s, u"Last month"_s,
                          u"Undated"_s}));
    QVERIFY(model->index(2, 0).data(EventListModel::UpcomingRole).toBool());
    QVERIFY(!model->index(3, 0).data(EventListModel::UpcomingRole).toBool());
    QCOMPARE(model->index(5, EventListModel::WhenColumn).data().toString(), u"Time not set"_s);
    QCOMPARE(model->rowOf(tonight), 0);
    QCOMPARE(model->rowOf(9999), -1);

    // People to look up, and an interview begun there, are counted as they change.
    NetworkingEvent e = *events.event(tonight);
    QVERIFY(events.update(e, {{0, u"Jordan Park"_s, QString()}, {0, u"Sam Lee"_s, QString()}}));
    QCOMPARE(model->index(0, EventListModel::PeopleColumn).data().toInt(), 2);
    Interview met;
    met.step = Step::FollowUp;
    met.eventId = tonight;
    addInterview(met, addContact(u"Sam"_s, u"Lee"_s));
    QCOMPARE(model->index(0, EventListModel::ConversationsColumn).data().toInt(), 1);
    QVERIFY(events.remove(tonight));
    QCOMPARE(model->rowCount(), 5);
}

#include "tst_interviewmodels.moc"
