// Everything as JSON: every table of the schema is exported, with its fields and ids, so the
// references inside the file resolve.

#include "export/jsonexport.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/interviewstore.h"
#include "storage/messagestore.h"
#include "storage/organisationstore.h"
#include "storage/questionstore.h"
#include "storage/templatestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestJsonExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writesTheEnvelope();
    void writesEveryRecordWithItsFields();
    void referencesResolve();
    void coversEveryTableOfTheSchema();
    void writesAnEmptyDatabase();
    void refusesToWrite_data();
    void refusesToWrite();

private:
    QJsonObject exported();
    JsonExport::Input collect() const
    {
        return JsonExport::collect(*m_contacts, *m_organisations, *m_interviews, *m_questions, *m_templates, *m_events);
    }
    void fill();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<OrganisationStore> m_organisations;
    std::unique_ptr<InterviewStore> m_interviews;
    std::unique_ptr<QuestionStore> m_questions;
    std::unique_ptr<TemplateStore> m_templates;
    std::unique_ptr<EventStore> m_events;
    qint64 m_ada = 0;
    qint64 m_grace = 0;
    qint64 m_engines = 0;
    qint64 m_interview = 0;
    qint64 m_meetup = 0;
};

void TestJsonExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJsonExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("json.sqlite"))));
    m_contacts = std::make_unique<ContactStore>(m_db.get());
    m_organisations = std::make_unique<OrganisationStore>(m_db.get());
    m_interviews = std::make_unique<InterviewStore>(m_db.get());
    m_questions = std::make_unique<QuestionStore>(m_db.get());
    m_templates = std::make_unique<TemplateStore>(m_db.get());
    m_events = std::make_unique<EventStore>(m_db.get());
}

void TestJsonExport::cleanup()
{
    m_events.reset();
    m_templates.reset();
    m_questions.reset();
    m_interviews.reset();
    m_organisations.reset();
    m_contacts.reset();
    m_db.reset();
}

void TestJsonExport::fill()
{
    Contact grace;
    grace.firstName = QStringLiteral("Grace");
    grace.lastName = QStringLiteral("Hopper");
    ContactBatch first;
    first.inserts = {grace};
    QString error;
    QVERIFY2(m_contacts->apply(first, &error), qPrintable(error));
    m_grace = first.inserts.constFirst().id;

    Contact ada;
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    ada.email = QStringLiteral("ada@example.org");
    ada.phone = QStringLiteral("+44 20 7946 0958");
    ada.company = QStringLiteral("Analytical Engines");
    ada.connectedOn = QDate(2024, 2, 29);
    ada.relationship = Relationship::Alumni;
    ada.referredById = m_grace;
    ada.tags = {QStringLiteral("mentor"), QStringLiteral("math")};
    ada.notes = QStringLiteral("Zoë's <b>friend</b>");
    ContactBatch second;
    second.inserts = {ada};
    QVERIFY2(m_contacts->apply(second, &error), qPrintable(error));
    m_ada = second.inserts.constFirst().id;
    // Both changed jobs once (an import's update), so whichever comes first has a history.
    ContactBatch jobs;
    jobs.updatedFields = ContactBatch::UpdatedFields::FromImport;
    for (const qint64 id : {m_grace, m_ada}) {
        Contact now = *m_contacts->contact(id);
        jobs.pastJobs << PastJob{0, id, now.company + QStringLiteral(" Ltd"), QStringLiteral("Analyst"),
                                 QDate(2026, 1, 15)};
        now.position = QStringLiteral("Director");
        jobs.updates << now;
    }
    QVERIFY2(m_contacts->apply(jobs, &error), qPrintable(error));

    Organisation engines;
    engines.name = QStringLiteral("Analytical Engines");
    engines.website = QStringLiteral("https://engines.example");
    engines.target = true;
    engines.motivation = 2;
    engines.posting = Posting::Some;
    QVERIFY2(m_organisations->insert(engines, &error), qPrintable(error));
    m_engines = engines.id;

    Interview interview;
    interview.topic = QStringLiteral("What analysts do all day");
    interview.contactId = m_ada;
    interview.introducedById = m_grace;
    interview.organisationId = m_engines;
    interview.links = {QStringLiteral("https://engines.example/about")};
    interview.channel = Channel::Email;
    interview.medium = Medium::Video;
    interview.lengthMinutes = 25;
    interview.scheduledAt = QDateTime(QDate(2026, 5, 4), QTime(10, 0), QTimeZone::UTC);
    interview.questionsSentOn = QDate(2026, 5, 2);
    interview.introducerThankedOn = QDate(2026, 5, 5);
    interview.kind = InterviewKind::DecidingOnOffer;
    interview.offerDeadline = QDate(2026, 5, 8);
    NetworkingEvent meetup;
    meetup.name = QStringLiteral("Data meetup");
    meetup.startsAt = QDateTime(QDate(2026, 4, 20), QTime(18, 0), QTimeZone::UTC);
    meetup.place = QStringLiteral("https://meetup.example/data");
    QVERIFY(m_events->insert(meetup,
                             {{m_grace, QStringLiteral("Grace Hopper"), QStringLiteral("compilers")},
                              {0, QStringLiteral("Jordan Park"), QString()}}));
    m_meetup = meetup.id;
    interview.eventId = meetup.id;
    QVERIFY(m_interviews->insert(interview));
    m_interview = interview.id;
    Interview moved = interview;
    moved.step = Step::Identify;
    InterviewEvent event;
    event.at = QDateTime(QDate(2026, 5, 1), QTime(8, 0), QTimeZone::UTC);
    event.from = Step::Research;
    event.to = Step::Identify;
    event.event = WorkflowEvent::Advance;
    event.note = QStringLiteral("ready");
    QVERIFY2(m_interviews->recordTransition(moved, event, &error), qPrintable(error));

    const Question bankQuestion = m_questions->all().constFirst();
    QVERIFY(m_interviews->setPlan(
        m_interview,
        {PlannedQuestion{bankQuestion.id, bankQuestion.text},
         PlannedQuestion{0, QStringLiteral("My own question?"), QuestionState::Asked, QStringLiteral("Ask Grace")}}));
    QVERIFY(m_interviews->addReferral(m_interview, m_grace, QDate(2026, 5, 2)));
    PracticeRun practice;
    practice.interviewId = m_interview;
    practice.startedAt = QDateTime(QDate(2026, 5, 3), QTime(18, 30), QTimeZone::UTC);
    practice.partnerId = m_grace;
    practice.elapsedSeconds = 1140;
    practice.notes = QStringLiteral("Shorter introduction");
    practice.questions = {PlannedQuestion{bankQuestion.id, bankQuestion.text, QuestionState::Skipped, {}}};
    QVERIFY(m_interviews->insertPracticeRun(practice));
    Recording recording;
    recording.interviewId = m_interview;
    recording.fileName = QStringLiteral("2026-05-10 10-00-00.ogg");
    recording.recordedAt = QDateTime(QDate(2026, 5, 10), QTime(10, 0), QTimeZone::UTC);
    recording.durationMs = 1200000;
    QVERIFY(m_interviews->insertRecording(recording));

    MessageStore messages(m_db.get());
    SentMessageRecord sent;
    sent.interviewId = m_interview;
    sent.kind = MessageKind::Outreach;
    sent.subject = QStringLiteral("A question from a fellow mathematician");
    sent.body = QStringLiteral("Hi Ada,\n\nWould you have 20 minutes?");
    sent.channel = Channel::LinkedIn;
    sent.sentOn = QDate(2026, 4, 28);
    QVERIFY(messages.insertSent(sent));
    MessageDraft draft;
    draft.interviewId = m_interview;
    draft.kind = MessageKind::FollowUp;
    draft.body = QStringLiteral("Hi Ada, following up…");
    QVERIFY(messages.saveDraft(draft));
    ReminderAction snoozed;
    snoozed.interviewId = m_interview;
    snoozed.kind = Reminder::Kind::SendFollowUp;
    snoozed.due = QDate(2026, 5, 7);
    snoozed.choice = ReminderAction::Choice::Snoozed;
    snoozed.until = QDate(2026, 5, 11);
    QVERIFY(m_interviews->setReminderAction(snoozed));
}

QJsonObject TestJsonExport::exported()
{
    JsonExport::Input input = collect();
    input.exportedAt = QDateTime(QDate(2026, 3, 4), QTime(9, 0), QTimeZone::UTC);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(JsonExport::toJson(input), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return document.object();
}

void TestJsonExport::writesTheEnvelope()
{
    const QJsonObject root = exported();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("coffeechat-export"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 6);
    QCOMPARE(root.value(QStringLiteral("exportedAt")).toString(), QStringLiteral("2026-03-04T09:00:00Z"));
    QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), Database::SchemaVersion);
    QCOMPARE(m_db->schemaVersion(), Database::SchemaVersion);
}

void TestJsonExport::writesEveryRecordWithItsFields()
{
    fill();
    JsonExport::Counts counts;
    const QJsonDocument document = QJsonDocument::fromJson(JsonExport::toJson(collect(), &counts));
    const QJsonObject root = document.object();

    const QJsonArray contacts = root.value(QStringLiteral("contacts")).toArray();
    QCOMPARE(contacts.size(), 2);
    QCOMPARE(counts.contacts, 2);
    QJsonObject ada;
    for (const QJsonValue &value : contacts) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == m_ada)
            ada = value.toObject();
    }
    QCOMPARE(ada.value(QStringLiteral("firstName")).toString(), QStringLiteral("Ada"));
    QCOMPARE(ada.value(QStringLiteral("phone")).toString(),
             QStringLiteral("+44 20 7946 0958")); // not neutralised: not a spreadsheet
    QCOMPARE(ada.value(QStringLiteral("connectedOn")).toString(), QStringLiteral("2024-02-29"));
    QCOMPARE(ada.value(QStringLiteral("relationship")).toString(), QStringLiteral("alumni"));
    QCOMPARE(ada.value(QStringLiteral("referredById")).toInteger(), m_grace);
    QCOMPARE(ada.value(QStringLiteral("tags")).toArray(),
             QJsonArray({QStringLiteral("mentor"), QStringLiteral("math")}));
    QCOMPARE(ada.value(QStringLiteral("notes")).toString(), QStringLiteral("Zoë's <b>friend</b>"));
    QVERIFY(!ada.value(QStringLiteral("createdAt")).toString().isEmpty());
    QCOMPARE(ada.value(QStringLiteral("pastJobs")).toArray(),
             QJsonArray({QJsonObject{{QStringLiteral("company"), QStringLiteral("Analytical Engines Ltd")},
                                     {QStringLiteral("position"), QStringLiteral("Analyst")},
                                     {QStringLiteral("until"), QStringLiteral("2026-01-15")}}}));

    const QJsonArray organisations = root.value(QStringLiteral("organisations")).toArray();
    QCOMPARE(organisations.size(), 1);
    QCOMPARE(counts.organisations, 1);
    QCOMPARE(organisations.at(0)[QStringLiteral("website")].toString(), QStringLiteral("https://engines.example"));
    QCOMPARE(organisations.at(0)[QStringLiteral("target")].toBool(), true);
    QCOMPARE(organisations.at(0)[QStringLiteral("motivation")].toInt(), 2);
    QCOMPARE(organisations.at(0)[QStringLiteral("posting")].toString(), QStringLiteral("some"));

    const QJsonArray interviews = root.value(QStringLiteral("interviews")).toArray();
    QCOMPARE(interviews.size(), 1);
    QCOMPARE(counts.interviews, 1);
    const QJsonObject interview = interviews.at(0).toObject();
    QCOMPARE(interview.value(QStringLiteral("id")).toInteger(), m_interview);
    QCOMPARE(interview.value(QStringLiteral("topic")).toString(), QStringLiteral("What analysts do all day"));
    QCOMPARE(interview.value(QStringLiteral("step")).toString(), StepNames::key(Step::Identify));
    QCOMPARE(interview.value(QStringLiteral("channel")).toString(), ChannelNames::key(Channel::Email));
    QCOMPARE(interview.value(QStringLiteral("medium")).toString(), MediumNames::key(Medium::Video));
    QCOMPARE(interview.value(QStringLiteral("lengthMinutes")).toInt(), 25);
    QCOMPARE(QDateTime::fromString(interview.value(QStringLiteral("scheduledAt")).toString(), Qt::ISODateWithMs),
             QDateTime(QDate(2026, 5, 4), QTime(10, 0), QTimeZone::UTC));
    QVERIFY(interview.value(QStringLiteral("closedOn")).isNull());
    QCOMPARE(interview.value(QStringLiteral("questionsSentOn")).toString(), QStringLiteral("2026-05-02"));
    QCOMPARE(interview.value(QStringLiteral("introducerThankedOn")).toString(), QStringLiteral("2026-05-05"));
    QVERIFY(interview.value(QStringLiteral("thankYouSentOn")).isNull());
    QCOMPARE(interview.value(QStringLiteral("kind")).toString(), QStringLiteral("deciding-on-offer"));
    QCOMPARE(interview.value(QStringLiteral("offerDeadline")).toString(), QStringLiteral("2026-05-08"));
    QCOMPARE(interview.value(QStringLiteral("links")).toArray().size(), 1);
    const QJsonArray history = interview.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0)[QStringLiteral("from")].toString(), StepNames::key(Step::Research));
    QCOMPARE(history.at(0)[QStringLiteral("to")].toString(), StepNames::key(Step::Identify));
    QCOMPARE(history.at(0)[QStringLiteral("note")].toString(), QStringLiteral("ready"));
    const QJsonArray plan = interview.value(QStringLiteral("plan")).toArray();
    QCOMPARE(plan.size(), 2);
    QVERIFY(plan.at(0)[QStringLiteral("questionId")].toInteger() > 0);
    QVERIFY(plan.at(1)[QStringLiteral("questionId")].isNull());
    QCOMPARE(plan.at(1)[QStringLiteral("text")].toString(), QStringLiteral("My own question?"));
    QCOMPARE(plan.at(0)[QStringLiteral("state")].toString(), QString());
    QCOMPARE(plan.at(1)[QStringLiteral("state")].toString(), QStringLiteral("asked"));
    QCOMPARE(plan.at(1)[QStringLiteral("notes")].toString(), QStringLiteral("Ask Grace"));
    // Practice runs, with whom and what to improve; they never change the interview.
    const QJsonArray practice = interview.value(QStringLiteral("practiceRuns")).toArray();
    QCOMPARE(practice.size(), 1);
    QCOMPARE(practice.at(0)[QStringLiteral("startedAt")].toString(), QStringLiteral("2026-05-03T18:30:00.000Z"));
    QCOMPARE(practice.at(0)[QStringLiteral("partnerId")].toInteger(), m_grace);
    QCOMPARE(practice.at(0)[QStringLiteral("elapsedSeconds")].toInt(), 1140);
    QCOMPARE(practice.at(0)[QStringLiteral("notes")].toString(), QStringLiteral("Shorter introduction"));
    const QJsonArray practised = practice.at(0)[QStringLiteral("questions")].toArray();
    QCOMPARE(practised.size(), 1);
    QCOMPARE(practised.at(0)[QStringLiteral("state")].toString(), QStringLiteral("skipped"));
    QCOMPARE(interview.value(QStringLiteral("eventId")).toInteger(), m_meetup);
    // Networking events, with the people to look up: a contact, and a name to research.
    const QJsonArray events = root.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Data meetup"));
    QCOMPARE(events.at(0)[QStringLiteral("startsAt")].toString(), QStringLiteral("2026-04-20T18:00:00.000Z"));
    QCOMPARE(events.at(0)[QStringLiteral("place")].toString(), QStringLiteral("https://meetup.example/data"));
    const QJsonArray people = events.at(0)[QStringLiteral("people")].toArray();
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0)[QStringLiteral("contactId")].toInteger(), m_grace);
    QCOMPARE(people.at(0)[QStringLiteral("note")].toString(), QStringLiteral("compilers"));
    QVERIFY(people.at(1)[QStringLiteral("contactId")].isNull());
    QCOMPARE(people.at(1)[QStringLiteral("name")].toString(), QStringLiteral("Jordan Park"));
    QCOMPARE(interview.value(QStringLiteral("referrals")).toArray(),
             QJsonArray({QJsonObject{{QStringLiteral("contactId"), m_grace},
                                     {QStringLiteral("addedOn"), QStringLiteral("2026-05-02")}}}));
    // What was written to them and what the user decided about reminders, with the words.
    const QJsonArray sent = interview.value(QStringLiteral("sentMessages")).toArray();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("outreach"));
    QCOMPARE(sent.at(0)[QStringLiteral("channel")].toString(), QStringLiteral("linkedin"));
    QCOMPARE(sent.at(0)[QStringLiteral("sentOn")].toString(), QStringLiteral("2026-04-28"));
    QCOMPARE(sent.at(0)[QStringLiteral("body")].toString(), QStringLiteral("Hi Ada,\n\nWould you have 20 minutes?"));
    const QJsonArray drafts = interview.value(QStringLiteral("drafts")).toArray();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.at(0)[QStringLiteral("kind")].toString(), QStringLiteral("follow-up"));
    QCOMPARE(drafts.at(0)[QStringLiteral("body")].toString(), QStringLiteral("Hi Ada, following up…"));
    const QJsonArray decisions = interview.value(QStringLiteral("reminderActions")).toArray();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.at(0)[QStringLiteral("choice")].toString(), QStringLiteral("snoozed"));
    QCOMPARE(decisions.at(0)[QStringLiteral("until")].toString(), QStringLiteral("2026-05-11"));

    // The shipped question bank and templates, seeded into every database.
    const QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
    QCOMPARE(questions.size(), m_questions->all().size());
    QCOMPARE(counts.questions, int(questions.size()));
    QVERIFY(questions.size() >= 78);
    QVERIFY(!questions.at(0)[QStringLiteral("text")].toString().isEmpty());
    const QJsonArray templates = root.value(QStringLiteral("messageTemplates")).toArray();
    QCOMPARE(templates.size(), m_templates->all().size());
    QCOMPARE(counts.templates, int(templates.size()));
    QVERIFY(!templates.isEmpty());
    QVERIFY(!templates.at(0)[QStringLiteral("body")].toString().isEmpty());
    QVERIFY(MessageKindNames::fromKey(templates.at(0)[QStringLiteral("kind")].toString()).has_value());
}

void TestJsonExport::referencesResolve()
{
    fill();
    const QJsonObject root = exported();
    auto ids = [&](const QString &key) {
        QSet<qint64> result;
        for (const QJsonValue &value : root.value(key).toArray())
            result.insert(value[QStringLiteral("id")].toInteger());
        return result;
    };
    const QSet<qint64> contacts = ids(QStringLiteral("contacts"));
    const QSet<qint64> organisations = ids(QStringLiteral("organisations"));
    const QSet<qint64> questions = ids(QStringLiteral("questions"));
    auto resolves = [](const QJsonValue &reference, const QSet<qint64> &in) {
        return reference.isNull() || in.contains(reference.toInteger());
    };
    for (const QJsonValue &contact : root.value(QStringLiteral("contacts")).toArray())
        QVERIFY(resolves(contact[QStringLiteral("referredById")], contacts));
    for (const QJsonValue &interview : root.value(QStringLiteral("interviews")).toArray()) {
        QVERIFY(resolves(interview[QStringLiteral("contactId")], contacts));
        QVERIFY(resolves(interview[QStringLiteral("introducedById")], contacts));
        QVERIFY(resolves(interview[QStringLiteral("organisationId")], organisations));
        for (const QJsonValue &planned : interview[QStringLiteral("plan")].toArray())
            QVERIFY(resolves(planned[QStringLiteral("questionId")], questions));
        for (const QJsonValue &referral : interview[QStringLiteral("referrals")].toArray())
            QVERIFY(resolves(referral[QStringLiteral("contactId")], contacts));
        QVERIFY(resolves(interview[QStringLiteral("eventId")], ids(QStringLiteral("events"))));
        for (const QJsonValue &run : interview[QStringLiteral("practiceRuns")].toArray())
            QVERIFY(resolves(run[QStringLiteral("partnerId")], contacts));
    }
    for (const QJsonValue &event : root.value(QStringLiteral("events")).toArray()) {
        for (const QJsonValue &person : event[QStringLiteral("people")].toArray())
            QVERIFY(resolves(person[QStringLiteral("contactId")], contacts));
    }
    QVERIFY(contacts.contains(m_ada));
    QVERIFY(organisations.contains(m_engines));
}

// Fails when a table is added to the schema without export support: add it to the document
// and to JsonExport::tableLocations(), or, if it is not the user's data, to bookkeepingTables().
void TestJsonExport::coversEveryTableOfTheSchema()
{
    fill();
    QStringList tables;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name")));
    while (q.next())
        tables << q.value(0).toString();
    q.finish();
    QVERIFY(tables.contains(QStringLiteral("contacts")));

    const QMap<QString, QString> locations = JsonExport::tableLocations();
    const QJsonObject root = exported();
    const QStringList bookkeeping = JsonExport::bookkeepingTables();
    for (const QString &table : std::as_const(tables)) {
        if (bookkeeping.contains(table)) {
            QVERIFY2(!locations.contains(table), qPrintable(table));
            continue;
        }
        QVERIFY2(locations.contains(table), qPrintable(QStringLiteral("table “%1” is not exported").arg(table)));
        // The location is a top-level array, or a list inside each element of one, at any depth
        // ("interviews[].practiceRuns[].questions"): every element on the way has the list, and
        // the filled database puts something in the first.
        const QStringList path = locations.value(table).split(QStringLiteral("[]."));
        const QJsonValue top = root.value(path.constFirst());
        QVERIFY2(top.isArray(), qPrintable(table));
        QJsonArray level = top.toArray();
        for (qsizetype depth = 1; depth < path.size(); ++depth) {
            QVERIFY2(!level.isEmpty(), qPrintable(table));
            for (const QJsonValue &parent : std::as_const(level))
                QVERIFY2(parent[path.at(depth)].isArray(), qPrintable(table));
            level = level.at(0)[path.at(depth)].toArray();
        }
        QVERIFY2(!level.isEmpty(), qPrintable(table + QStringLiteral(" is empty")));
    }
    // And no location names a table that no longer exists.
    for (const QString &table : locations.keys())
        QVERIFY2(tables.contains(table), qPrintable(table));
    for (const QString &table : bookkeeping)
        QVERIFY2(tables.contains(table), qPrintable(table));
}

void TestJsonExport::writesAnEmptyDatabase()
{
    const QJsonObject root = exported();
    QCOMPARE(root.value(QStringLiteral("contacts")).toArray().size(), 0);
    QCOMPARE(root.value(QStringLiteral("interviews")).toArray().size(), 0);
    QCOMPARE(root.value(QStringLiteral("organisations")).toArray().size(), 0);
}

void TestJsonExport::refusesToWrite_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("folder missing") << QStringLiteral("missing/all.json");
    QTest::newRow("path is a folder") << QStringLiteral("folder");
}

void TestJsonExport::refusesToWrite()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const auto entries = [&] {
        return QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    };
    const QStringList before = entries();
    const QString path = dir.filePath(relativePath);
    QString error;
    QVERIFY(!JsonExport::write(collect(), path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Could not write “%1”: ").arg(QDir::toNativeSeparators(path))),
             qPrintable(error));
    QCOMPARE(entries(), before);

    // The same export to a good path works.
    const QString good = dir.filePath(QStringLiteral("all.json"));
    QVERIFY2(JsonExport::write(collect(), good, &error), qPrintable(error));
    QFile f(good);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("format")).toString(),
             QStringLiteral("coffeechat-export"));
}

QTEST_GUILESS_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
