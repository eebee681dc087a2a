#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/eventstore.h"
#include "storage/interviewstore.h"
#include "storage/messagestore.h"
#include "storage/organisationstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestInterviewStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void roundTripsEveryField();
    void keepsAGivenCreationTime();
    void failedWritesChangeNothingAndStayQuiet();
    void recordTransitionWritesBothOrNeither();
    void historyIsOldestFirst();
    void revertTransitionRestoresTheInterview();
    void removeAndRestoreBringBackEverything();
    void practiceRuns();
    void practicePartnerComesBackWithUndo();
    void questionNotesAreFoundTogether();
    void eventsKeepPeopleAndConversations();
    void referrals();
    void countForContacts();
    void contactWithInterviewsCannotBeDeleted();

    void organisationInsertUpdateRemove();
    void organisationNamesAreUnique();
    void updatingAMissingOrganisationFails();
    void organisationContacts();
    void deletingAnOrganisationKeepsItsInterviews();

private:
    qint64 addContact(const QString &first, const QString &last, const QString &company = {});
    qint64 addOrganisation(const QString &name);
    qint64 addInterview(qint64 contactId, Step step = Step::Research, qint64 organisationId = 0);
    qint64 addQuestion(const QString &text);
    Interview everyField(qint64 contactId, qint64 introducerId, qint64 organisationId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<InterviewStore> m_interviews;
    std::unique_ptr<OrganisationStore> m_organisations;
};

void TestInterviewStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("i.sqlite"))), qPrintable(m_db->errorString()));
    m_contacts = std::make_unique<ContactStore>(m_db.get());
    m_interviews = std::make_unique<InterviewStore>(m_db.get());
    m_organisations = std::make_unique<OrganisationStore>(m_db.get());
}

void TestInterviewStore::cleanup()
{
    m_organisations.reset();
    m_interviews.reset();
    m_contacts.reset();
    m_db.reset();
}

qint64 TestInterviewStore::addContact(const QString &first, const QString &last, const QString &company)
{
    ContactBatch batch;
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    batch.inserts << c;
    QString error;
    if (!m_contacts->apply(batch, &error)) {
        qWarning("adding a contact failed: %s", qPrintable(error));
        return 0;
    }
    return batch.inserts.constFirst().id;
}

qint64 TestInterviewStore::addOrganisation(const QString &name)
{
    Organisation o;
    o.name = name;
    QString error;
    if (!m_organisations->insert(o, &error)) {
        qWarning("adding an organisation failed: %s", qPrintable(error));
        return 0;
    }
    return o.id;
}

qint64 TestInterviewStore::addInterview(qint64 contactId, Step step, qint64 organisationId)
{
    Interview i;
    i.topic = QStringLiteral("Topic");
    i.step = step;
    i.contactId = contactId;
    i.organisationId = organisationId;
    QString error;
    if (!m_interviews->insert(i, &error)) {
        qWarning("adding an interview failed: %s", qPrintable(error));
        return 0;
    }
    return i.id;
}

qint64 TestInterviewStore::addQuestion(const QString &text)
{
    // The question bank has no store yet; the schema is all restore() needs.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO questions (text, created_at, updated_at) VALUES (?, 'x', 'x')"));
    q.addBindValue(text);
    if (!q.exec())
        return 0;
    return q.lastInsertId().toLongLong();
}

Interview TestInterviewStore::everyField(qint64 contactId, qint64 introducerId, qint64 organisationId) const
{
    QTimeZone auckland(QByteArrayLiteral("Pacific/Auckland"));
    if (!auckland.isValid())
        auckland = QTimeZone::fromSecondsAheadOfUtc(13 * 3600);

    Interview i;
    i.topic = QStringLiteral("What product managers do all day");
    i.step = Step::FollowUp;
    i.organisationId = organisationId;
    i.closedOn = QDate(2026, 12, 1);
    i.closingReason = QStringLiteral("Said: “not this quarter”; it's fine");
    i.learningGoals = QStringLiteral("How roadmaps are decided\nWhat a normal week looks like");
    i.researchNotes = QStringLiteral("Series B, 80 people. Café near the office.");
    i.links = {QStringLiteral("https://example.com/about"), QStringLiteral("https://example.com/blog?id=1&x=2")};
    i.contactId = contactId;
    i.connection = QStringLiteral("Same university, different years");
    i.introducedById = introducerId;
    i.agenda = QStringLiteral("1. Introduce myself\n2. Three questions\n3. Ask who else to talk to");
    i.lengthMinutes = 25;
    i.outreachSentOn = QDate(2026, 11, 2);
    i.channel = Channel::LinkedIn;
    i.outreachNote = QStringLiteral("Short message; mentioned the alumni group");
    i.followUpSentOn = QDate(2026, 11, 11);
    i.replyReceivedOn = QDate(2026, 11, 12);
    i.scheduledAt = QDateTime(QDate(2026, 11, 18), QTime(9, 15, 30, 250), auckland);
    i.medium = Medium::Video;
    i.location = QStringLiteral("https://meet.example.com/abc-defg-hij");
    i.conversationNotes = QStringLiteral("'); DROP TABLE interviews; --");
    i.thankYouSentOn = QDate(2026, 11, 19);
    i.referralRequestedOn = QDate(2026, 11, 19);
    i.lastTouchBaseOn = QDate(2026, 11, 30);
    i.nextTouchBaseOn = QDate(2027, 1, 15);
    return i;
}

void TestInterviewStore::roundTripsEveryField()
{
    const qint64 contact = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical"));
    const qint64 introducer = addContact(QStringLiteral("Charles"), QStringLiteral("Babbage"));
    const qint64 organisation = addOrganisation(QStringLiteral("Analytical"));

    Interview interview = everyField(contact, introducer, organisation);
    const QDateTime scheduled = interview.scheduledAt;
    QVERIFY(scheduled.offsetFromUtc() != 0);

    QSignalSpy inserted(m_interviews.get(), &InterviewStore::interviewInserted);
    QSignalSpy updated(m_interviews.get(), &InterviewStore::interviewUpdated);
    QString error;
    QVERIFY2(m_interviews->insert(interview, &error), qPrintable(error));
    QVERIFY(interview.id > 0);
    QVERIFY(interview.createdAt.isValid());
    QCOMPARE(interview.updatedAt, interview.createdAt);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().constFirst().toLongLong(), interview.id);
    QCOMPARE(updated.size(), 0);

    std::optional<Interview> stored = m_interviews->interview(interview.id);
    QVERIFY(stored);
    // The same instant, whatever zone it was entered in.
    QCOMPARE(stored->scheduledAt.toMSecsSinceEpoch(), scheduled.toMSecsSinceEpoch());
    QCOMPARE(stored->scheduledAt, scheduled);
    QVERIFY(*stored == interview);
    QCOMPARE(m_interviews->all().size(), 1);
    QCOMPARE(m_interviews->forOrganisation(organisation).size(), 1);

    // Every field changed, every field comes back.
    Interview changed = *stored;
    changed.topic = QStringLiteral("How designers work with engineers");
    changed.step = Step::Declined;
    changed.organisationId = 0;
    changed.closedOn = QDate(2026, 12, 2);
    changed.closingReason = QString();
    changed.learningGoals = QStringLiteral("Something else");
    changed.researchNotes = QString();
    changed.links = {QStringLiteral("https://example.org")};
    changed.contactId = introducer;
    changed.connection = QString();
    changed.introducedById = 0;
    changed.agenda = QStringLiteral("Short");
    changed.lengthMinutes = 15;
    changed.outreachSentOn = QDate();
    changed.channel = Channel::Introduction;
    changed.outreachNote = QStringLiteral("Introduced by e-mail");
    changed.followUpSentOn = QDate();
    changed.replyReceivedOn = QDate(2026, 11, 13);
    changed.scheduledAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::UTC);
    changed.medium = Medium::CoffeeShop;
    changed.location = QStringLiteral("Corner café");
    changed.conversationNotes = QString();
    changed.thankYouSentOn = QDate();
    changed.referralRequestedOn = QDate();
    changed.lastTouchBaseOn = QDate();
    changed.nextTouchBaseOn = QDate();
    QVERIFY2(m_interviews->update(changed, &error), qPrintable(error));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.constFirst().constFirst().toLongLong(), interview.id);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.createdAt, interview.createdAt);
    QVERIFY(changed.updatedAt >= interview.updatedAt);

    stored = m_interviews->interview(interview.id);
    QVERIFY(stored);
    QVERIFY(*stored == changed);
    QVERIFY(stored->closingReason.isEmpty());
    QCOMPARE(m_interviews->forOrganisation(organisation).size(), 0);
}

void TestInterviewStore::keepsAGivenCreationTime()
{
    Interview interview;
    interview.createdAt = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5, 6), QTimeZone::UTC);
    QVERIFY(m_interviews->insert(interview));
    QCOMPARE(m_interviews->interview(interview.id)->createdAt, interview.createdAt);
    QVERIFY(interview.updatedAt > interview.createdAt);
}

void TestInterviewStore::failedWritesChangeNothingAndStayQuiet()
{
    QSignalSpy inserted(m_interviews.get(), &InterviewStore::interviewInserted);
    QSignalSpy updated(m_interviews.get(), &InterviewStore::interviewUpdated);
    QSignalSpy history(m_interviews.get(), &InterviewStore::historyChanged);

    // A contact that does not exist.
    Interview orphan;
    orphan.contactId = 4242;
    QString error;
    QVERIFY(!m_interviews->insert(orphan, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(orphan.id, qint64(0));
    QVERIFY(m_interviews->all().isEmpty());

    // An interview that does not exist.
    Interview gone;
    gone.id = 4242;
    gone.topic = QStringLiteral("Gone");
    QVERIFY(!m_interviews->update(gone, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
    InterviewEvent event;
    event.to = Step::Identify;
    QVERIFY(!m_interviews->recordTransition(gone, event));
    QCOMPARE(event.id, qint64(0));
    QVERIFY(m_interviews->all().isEmpty());

    QCOMPARE(inserted.size(), 0);
    QCOMPARE(updated.size(), 0);
    QCOMPARE(history.size(), 0);

    // A later success reports no error.
    Interview later;
    QString laterError;
    QVERIFY(m_interviews->insert(later, &laterError));
    QVERIFY(laterError.isEmpty());
}

void TestInterviewStore::recordTransitionWritesBothOrNeither()
{
    const qint64 id = addInterview(addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace")));
    Interview interview = *m_interviews->interview(id);
    QSignalSpy updated(m_interviews.get(), &InterviewStore::interviewUpdated);
    QSignalSpy history(m_interviews.get(), &InterviewStore::historyChanged);

    interview.step = Step::Identify;
    interview.learningGoals = QStringLiteral("Goals");
    InterviewEvent event;
    event.at = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::UTC);
    event.from = Step::Research;
    event.to = Step::Identify;
    event.event = WorkflowEvent::Advance;
    event.note = QStringLiteral("Ready");
    QString error;
    QVERIFY2(m_interviews->recordTransition(interview, event, &error), qPrintable(error));
    QVERIFY(event.id > 0);
    QCOMPARE(event.interviewId, id);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.constFirst().constFirst().toLongLong(), id);
    QCOMPARE(m_interviews->interview(id)->step, Step::Identify);
    QCOMPARE(m_interviews->history(id), QList<InterviewEvent>{event});

    // An event that cannot be written (its id is taken) takes the interview change with it.
    Interview next = interview;
    next.step = Step::Prepare;
    next.topic = QStringLiteral("Changed with the failed transition");
    InterviewEvent clash;
    clash.id = event.id;
    clash.from = Step::Identify;
    clash.to = Step::Prepare;
    QString clashError;
    QVERIFY(!m_interviews->recordTransition(next, clash, &clashError));
    QVERIFY(!clashError.isEmpty());
    QCOMPARE(next.step, Step::Prepare); // the caller's copy is left alone
    const std::optional<Interview> stored = m_interviews->interview(id);
    QCOMPARE(stored->step, Step::Identify);
    QCOMPARE(stored->topic, QStringLiteral("Topic"));
    QCOMPARE(m_interviews->history(id), QList<InterviewEvent>{event});
    QCOMPARE(updated.size(), 1);
    QCOMPARE(history.size(), 1);

    // Without a time the event takes the moment it was saved.
    InterviewEvent untimed;
    untimed.from = Step::Identify;
    untimed.to = Step::Prepare;
    interview.step = Step::Prepare;
    QVERIFY(m_interviews->recordTransition(interview, untimed));
    QCOMPARE(untimed.at, interview.updatedAt);
}

void TestInterviewStore::historyIsOldestFirst()
{
    const qint64 id = addInterview(0);
    Interview interview = *m_interviews->interview(id);
    const QDateTime start(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::UTC);
    // Recorded out of order (an undo and redo can do that); read back by time.
    const QList<int> minutes = {30, 10, 20};
    for (int m : minutes) {
        InterviewEvent e;
        e.at = start.addSecs(m * 60);
        e.note = QString::number(m);
        QVERIFY(m_interviews->recordTransition(interview, e));
    }
    QStringList notes;
    for (const InterviewEvent &e : m_interviews->history(id)) {
        notes << e.note;
        QCOMPARE(e.interviewId, id);
    }
    QCOMPARE(notes, QStringList({QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("30")}));
    QVERIFY(m_interviews->history(id + 1).isEmpty());
}

void TestInterviewStore::revertTransitionRestoresTheInterview()
{
    const qint64 id = addInterview(0);
    Interview before = *m_interviews->interview(id);
    Interview after = before;
    after.step = Step::Identify;
    after.learningGoals = QStringLiteral("Goals");
    InterviewEvent event;
    event.from = Step::Research;
    event.to = Step::Identify;
    QVERIFY(m_interviews->recordTransition(after, event));

    QSignalSpy updated(m_interviews.get(), &InterviewStore::interviewUpdated);
    QSignalSpy history(m_interviews.get(), &InterviewStore::historyChanged);
    QString error;
    QVERIFY2(m_interviews->revertTransition(before, event.id, &error), qPrintable(error));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(history.size(), 1);
    const std::optional<Interview> stored = m_interviews->interview(id);
    QCOMPARE(stored->step, Step::Research);
    QVERIFY(stored->learningGoals.isEmpty());
    QVERIFY(m_interviews->history(id).isEmpty());

    // Reverting an interview that is gone changes nothing and says so.
    Interview gone = before;
    gone.id = 4242;
    QVERIFY(!m_interviews->revertTransition(gone, event.id));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(history.size(), 1);
}

// Practice runs are kept with the interview, oldest first, each with its own questions; they
// change nothing about the interview itself.
void TestInterviewStore::practiceRuns()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 sam = addContact(QStringLiteral("Sam"), QStringLiteral("Lee"));
    const qint64 id = addInterview(ada, Step::Prepare);
    const Interview before = *m_interviews->interview(id);
    QSignalSpy changed(m_interviews.get(), &InterviewStore::practiceRunsChanged);

    PracticeRun first;
    first.interviewId = id;
    first.startedAt = QDateTime(QDate(2026, 11, 20), QTime(18, 0), QTimeZone::UTC);
    first.questions = {{0, QStringLiteral("What does a day look like?")}};
    QVERIFY(m_interviews->insertPracticeRun(first));
    QVERIFY(first.id > 0);
    PracticeRun second;
    second.interviewId = id; // no start given: now
    QVERIFY(m_interviews->insertPracticeRun(second));
    QVERIFY(second.startedAt.isValid());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_interviews->practiceRunCount(id), 2);
    QCOMPARE(m_interviews->practiceRuns(id), QList<PracticeRun>({first, second}));
    QVERIFY(first.isEmpty());

    first.partnerId = sam;
    first.elapsedSeconds = 900;
    first.notes = QStringLiteral("Ask fewer yes/no questions");
    first.questions[0].state = QuestionState::Asked;
    first.questions[0].notes = QStringLiteral("Too long an answer");
    first.questions << PlannedQuestion{0, QStringLiteral("Whom else should I ask?"), QuestionState::Skipped, {}};
    QString error;
    QVERIFY2(m_interviews->updatePracticeRun(first, &error), qPrintable(error));
    QCOMPARE(*m_interviews->practiceRun(first.id), first);
    QCOMPARE(first.askedCount(), 1);
    QVERIFY(!first.isEmpty());

    QVERIFY(m_interviews->removePracticeRun(second));
    QCOMPARE(m_interviews->practiceRuns(id), QList<PracticeRun>{first});
    QVERIFY(!m_interviews->practiceRun(second.id));
    // Writing over a run deleted meanwhile says so and writes nothing.
    QVERIFY(!m_interviews->updatePracticeRun(second, &error));
    QCOMPARE(error, QStringLiteral("This practice run was deleted in the meantime."));
    QVERIFY(!m_interviews->practiceRun(second.id));
    // The undo of the removal brings it back with its id.
    QVERIFY(m_interviews->insertPracticeRun(second));
    QCOMPARE(m_interviews->practiceRuns(id), QList<PracticeRun>({first, second}));

    QCOMPARE(*m_interviews->interview(id), before);
    QVERIFY(m_interviews->reminderActions().isEmpty());
}

// Deleting the friend who played the other person leaves the run without a partner; the undo
// of the deletion brings the partner back.
void TestInterviewStore::practicePartnerComesBackWithUndo()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 sam = addContact(QStringLiteral("Sam"), QStringLiteral("Lee"));
    const qint64 id = addInterview(ada, Step::Prepare);
    PracticeRun run;
    run.interviewId = id;
    run.partnerId = sam;
    QVERIFY(m_interviews->insertPracticeRun(run));

    const QList<Contact> before = {*m_contacts->contact(sam)};
    ContactBatch removal;
    removal.removals << sam;
    QVERIFY(m_contacts->apply(removal));
    QCOMPARE(removal.cut.practisedWith, QList<ContactBatch::Links::Partner>({{run.id, id, sam}}));
    QCOMPARE(removal.cut.interviewIds(), QList<qint64>{id});
    QCOMPARE(m_interviews->practiceRun(run.id)->partnerId, 0);

    ContactBatch undo = removal.inverse(before);
    QVERIFY(m_contacts->apply(undo));
    QCOMPARE(m_interviews->practiceRun(run.id)->partnerId, sam);
}

void TestInterviewStore::questionNotesAreFoundTogether()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 one = addInterview(ada, Step::Conduct);
    const qint64 two = addInterview(ada, Step::Conduct);
    QVERIFY(m_interviews->setPlan(
        one, {{0, QStringLiteral("A?"), QuestionState::Asked, QStringLiteral("Yes")}, {0, QStringLiteral("B?")}}));
    QVERIFY(m_interviews->setPlan(two, {{0, QStringLiteral("C?")}}));
    const QHash<qint64, QList<PlannedQuestion>> notes = m_interviews->questionsWithNotes();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.value(one),
             QList<PlannedQuestion>({{0, QStringLiteral("A?"), QuestionState::Asked, QStringLiteral("Yes")}}));
}

// An event with people to look up (a contact, a name to research) and the interviews begun there:
// deleting it keeps the interviews, and its undo links them again; deleting a contact leaves
// the name on the list.
void TestInterviewStore::eventsKeepPeopleAndConversations()
{
    EventStore events(m_db.get());
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 sam = addContact(QStringLiteral("Sam"), QStringLiteral("Lee"));
    QSignalSpy inserted(&events, &EventStore::eventInserted);
    NetworkingEvent meetup;
    meetup.name = QStringLiteral("Data meetup");
    meetup.startsAt = QDateTime(QDate(2026, 11, 26), QTime(18, 0), QTimeZone::UTC);
    meetup.place = QStringLiteral("The Lab");
    const QList<EventPerson> people = {{ada, QStringLiteral("Ada Lovelace"), QStringLiteral("ask about the team")},
                                       {0, QStringLiteral("Jordan Park"), QString()},
                                       {sam, QStringLiteral("Sam Lee"), QString()}};
    QString error;
    QVERIFY2(events.insert(meetup, people, &error), qPrintable(error));
    QCOMPARE(inserted.size(), 1);
    QVERIFY(meetup.id > 0 && meetup.createdAt.isValid());
    NetworkingEvent later;
    later.name = QStringLiteral("Alumni evening"); // no time yet: listed last
    QVERIFY(events.insert(later, {}));
    QCOMPARE(events.all(), QList<NetworkingEvent>({meetup, later}));
    QCOMPARE(events.people(meetup.id), people);
    QCOMPARE(events.allPeople().value(meetup.id), people);

    Interview met;
    met.contactId = ada;
    met.step = Step::FollowUp;
    met.eventId = meetup.id;
    QVERIFY(m_interviews->insert(met));
    QCOMPARE(m_interviews->interview(met.id)->eventId, meetup.id);
    QCOMPARE(events.interviewIds(meetup.id), QList<qint64>{met.id});
    QCOMPARE(events.conversationCounts(), (QHash<qint64, int>{{meetup.id, 1}}));
    // All of them at once, as the exports read them: the same as one by one.
    const QList<EventRecord> all = events.records();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).event, meetup);
    QCOMPARE(all.at(0).people, people);
    QCOMPARE(all.at(0).interviewIds, QList<qint64>{met.id});
    QCOMPARE(all.at(1).event, later);
    QVERIFY(all.at(1).people.isEmpty() && all.at(1).interviewIds.isEmpty());

    meetup.notes = QStringLiteral("Bring cards");
    QVERIFY(events.update(meetup, {people.at(0)}));
    QCOMPARE(events.event(meetup.id)->notes, QStringLiteral("Bring cards"));
    QCOMPARE(events.people(meetup.id), QList<EventPerson>{people.at(0)});
    QVERIFY(events.update(meetup, people));

    // Sam deleted: his name stays on the list, no longer a contact.
    ContactBatch removal;
    removal.removals << sam;
    QVERIFY(m_contacts->apply(removal));
    QCOMPARE(events.people(meetup.id).at(2), (EventPerson{0, QStringLiteral("Sam Lee"), QString()}));

    const std::optional<EventRecord> record = events.record(meetup.id);
    QVERIFY(record);
    QVERIFY(events.remove(meetup.id));
    QVERIFY(!events.event(meetup.id));
    QVERIFY(events.people(meetup.id).isEmpty());
    QCOMPARE(m_interviews->interview(met.id)->eventId, 0); // the interview stays
    QVERIFY2(events.restore(*record, &error), qPrintable(error));
    QCOMPARE(*events.event(meetup.id), record->event);
    QCOMPARE(events.people(meetup.id), record->people);
    QCOMPARE(m_interviews->interview(met.id)->eventId, meetup.id);

    // Writing over an event deleted meanwhile says so.
    QVERIFY(events.remove(later.id));
    QVERIFY(!events.update(later, {}, &error));
    QCOMPARE(error, QStringLiteral("Saving failed, nothing was changed: the event no longer exists."));
}

void TestInterviewStore::removeAndRestoreBringBackEverything()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 grace = addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"));
    const qint64 alan = addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    const qint64 other = addInterview(ada);
    const qint64 id = addInterview(ada);
    Interview interview = *m_interviews->interview(id);
    for (Step to : {Step::Identify, Step::Prepare}) {
        InterviewEvent e;
        e.from = interview.step;
        e.to = to;
        interview.step = to;
        QVERIFY(m_interviews->recordTransition(interview, e));
    }
    QVERIFY(m_interviews->addReferral(id, alan, QDate(2026, 11, 3)));
    QVERIFY(m_interviews->addReferral(id, grace)); // today
    const qint64 q1 = addQuestion(QStringLiteral("What does a normal week look like?"));
    const qint64 q2 = addQuestion(QStringLiteral("Who else should I talk to?"));
    const QList<PlannedQuestion> plan = {
        {q2, QStringLiteral("Who else should I talk to?"), QuestionState::Asked, QStringLiteral("Grace, at the lab")},
        {0, QStringLiteral("What surprised you about moving to Lisbon?"), QuestionState::Skipped, QString()},
        {q1, QStringLiteral("What does a normal week look like?")}};
    QVERIFY(m_interviews->setPlan(id, plan));
    QCOMPARE(m_interviews->questionCount(id), 3);
    PracticeRun run;
    run.interviewId = id;
    run.partnerId = alan;
    run.elapsedSeconds = 1260;
    run.notes = QStringLiteral("Slow down on the first question");
    run.questions = plan;
    QVERIFY(m_interviews->insertPracticeRun(run));
    // What was written and decided goes and comes back with it too.
    MessageStore messages(m_db.get());
    SentMessageRecord sent;
    sent.interviewId = id;
    sent.kind = MessageKind::Outreach;
    sent.subject = QStringLiteral("Hello");
    sent.body = QStringLiteral("Hi Ada,\nwould you have 20 minutes?");
    sent.channel = Channel::LinkedIn;
    sent.sentOn = QDate(2026, 11, 2);
    QVERIFY(messages.insertSent(sent));
    MessageDraft draft;
    draft.interviewId = id;
    draft.kind = MessageKind::FollowUp;
    draft.body = QStringLiteral("Following up");
    QVERIFY(messages.saveDraft(draft));
    ReminderAction dismissed;
    dismissed.interviewId = id;
    dismissed.kind = Reminder::Kind::ContactSecondPerson;
    dismissed.due = QDate(2026, 11, 5);
    QVERIFY(m_interviews->setReminderAction(dismissed));

    const std::optional<InterviewRecord> record = m_interviews->record(id);
    QVERIFY(record);
    QCOMPARE(record->history.size(), 2);
    QCOMPARE(record->referrals, QList<Referral>({{alan, QDate(2026, 11, 3)}, {grace, QDate::currentDate()}}));
    QCOMPARE(record->plan, plan);
    QCOMPARE(record->sentMessages, QList<SentMessageRecord>{sent});
    QCOMPARE(record->drafts.size(), 1);
    QCOMPARE(record->drafts.constFirst().body, QStringLiteral("Following up"));
    QCOMPARE(record->reminderActions, QList<ReminderAction>{dismissed});
    QCOMPARE(record->practiceRuns, QList<PracticeRun>{run});

    QSignalSpy removed(m_interviews.get(), &InterviewStore::interviewRemoved);
    QSignalSpy inserted(m_interviews.get(), &InterviewStore::interviewInserted);
    QVERIFY(m_interviews->remove(id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().constFirst().toLongLong(), id);
    QVERIFY(!m_interviews->interview(id));
    QVERIFY(m_interviews->history(id).isEmpty());
    QVERIFY(m_interviews->referrals(id).isEmpty());
    QVERIFY(messages.sent(id).isEmpty());
    QVERIFY(!messages.draft(id, MessageKind::FollowUp));
    QVERIFY(m_interviews->reminderActions().isEmpty());
    QCOMPARE(m_interviews->questionCount(id), 0);
    QCOMPARE(m_interviews->practiceRunCount(id), 0);
    QVERIFY(m_interviews->interview(other)); // only that one

    QString error;
    QVERIFY2(m_interviews->restore(*record, &error), qPrintable(error));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().constFirst().toLongLong(), id);
    QCOMPARE(m_interviews->plan(id), plan);
    QCOMPARE(m_interviews->practiceRuns(id), QList<PracticeRun>{run});
    QVERIFY(*m_interviews->interview(id) == record->interview);
    QCOMPARE(m_interviews->history(id), record->history);
    QCOMPARE(m_interviews->referralRecords(id), record->referrals);
    QCOMPARE(messages.sent(id), record->sentMessages);
    QCOMPARE(messages.draft(id, MessageKind::FollowUp), record->drafts.constFirst());
    QCOMPARE(m_interviews->reminderActions().find(
                 Reminder{id, Reminder::Kind::ContactSecondPerson, QDate(2026, 11, 5), {}, {}, Step::Contact}),
             dismissed);

    // Restoring twice fails as a whole and stays quiet.
    QVERIFY(!m_interviews->restore(*record));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_interviews->history(id).size(), 2);
}

void TestInterviewStore::referrals()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 grace = addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"));
    const qint64 alan = addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    const qint64 id = addInterview(ada);
    QSignalSpy changed(m_interviews.get(), &InterviewStore::referralsChanged);

    QVERIFY(m_interviews->addReferral(id, grace));
    QVERIFY(m_interviews->addReferral(id, alan));
    QVERIFY(m_interviews->addReferral(id, grace)); // already there: no duplicate
    QCOMPARE(m_interviews->referrals(id), QList<qint64>({grace, alan}));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.constLast().constFirst().toLongLong(), id);

    QVERIFY(m_interviews->removeReferral(id, grace));
    QCOMPARE(m_interviews->referrals(id), QList<qint64>{alan});
    QCOMPARE(changed.size(), 4);

    QVERIFY(!m_interviews->addReferral(id, 4242)); // nobody
    QVERIFY(!m_interviews->addReferral(4242, alan)); // no such interview
    QCOMPARE(changed.size(), 4);
    QCOMPARE(m_interviews->referrals(id), QList<qint64>{alan});

    // Someone who was only suggested can be deleted; the suggestion goes with them.
    ContactBatch remove;
    remove.removals << alan;
    QString error;
    QVERIFY2(m_contacts->apply(remove, &error), qPrintable(error));
    QVERIFY(m_interviews->referrals(id).isEmpty());
}

void TestInterviewStore::countForContacts()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    const qint64 grace = addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"));
    const qint64 alan = addContact(QStringLiteral("Alan"), QStringLiteral("Turing"));
    addInterview(ada);
    addInterview(ada, Step::Completed);
    addInterview(grace);
    addInterview(0);

    QCOMPARE(m_interviews->countForContacts({ada}), 2);
    QCOMPARE(m_interviews->countForContacts({grace}), 1);
    QCOMPARE(m_interviews->countForContacts({ada, grace}), 3);
    QCOMPARE(m_interviews->countForContacts({ada, grace, alan}), 3);
    QCOMPARE(m_interviews->countForContacts({alan}), 0);
    QCOMPARE(m_interviews->countForContacts({}), 0);
}

void TestInterviewStore::contactWithInterviewsCannotBeDeleted()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical"));
    const qint64 grace = addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("Navy"));
    const qint64 interview = addInterview(ada);
    const QList<Contact> before = m_contacts->all();

    QSignalSpy removed(m_contacts.get(), &ContactStore::contactsRemoved);
    ContactBatch batch;
    batch.removals = {grace, ada};
    QString error;
    QVERIFY(!m_contacts->apply(batch, &error));
    QVERIFY2(error.contains(QStringLiteral("interviews")), qPrintable(error));
    QCOMPARE(removed.size(), 0);
    // Nothing changed: both contacts and the interview are still there.
    QCOMPARE(m_contacts->all(), before);
    QCOMPARE(m_interviews->interview(interview)->contactId, ada);

    // Other broken links are not blamed on interviews.
    ContactBatch dangling;
    Contact referred;
    referred.firstName = QStringLiteral("Referred");
    referred.referredById = 4242;
    dangling.inserts << referred;
    QString danglingError;
    QVERIFY(!m_contacts->apply(dangling, &danglingError));
    QVERIFY2(!danglingError.contains(QStringLiteral("interviews")), qPrintable(danglingError));
    QCOMPARE(m_contacts->count(), 2);

    // Once the interview is gone, so can the contact be.
    QVERIFY(m_interviews->remove(interview));
    QVERIFY2(m_contacts->apply(batch, &error), qPrintable(error));
    QCOMPARE(m_contacts->count(), 0);
}

void TestInterviewStore::organisationInsertUpdateRemove()
{
    QSignalSpy inserted(m_organisations.get(), &OrganisationStore::organisationInserted);
    QSignalSpy updated(m_organisations.get(), &OrganisationStore::organisationUpdated);
    QSignalSpy removed(m_organisations.get(), &OrganisationStore::organisationRemoved);

    Organisation acme;
    acme.name = QStringLiteral("  Acme Rockets  ");
    acme.website = QStringLiteral(" https://acme.example ");
    acme.notes = QStringLiteral("Hiring engineers.\nOffice in Leeds.");
    QString error;
    QVERIFY2(m_organisations->insert(acme, &error), qPrintable(error));
    QVERIFY(acme.id > 0);
    QCOMPARE(acme.name, QStringLiteral("Acme Rockets"));
    QCOMPARE(acme.website, QStringLiteral("https://acme.example"));
    QVERIFY(acme.createdAt.isValid());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().constFirst().toLongLong(), acme.id);
    QCOMPARE(*m_organisations->organisation(acme.id), acme);

    const qint64 beta = addOrganisation(QStringLiteral("beta labs"));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(m_organisations->findByName(QStringLiteral("acme rockets"))->id, acme.id);
    QCOMPARE(m_organisations->findByName(QStringLiteral(" ACME ROCKETS "))->id, acme.id);
    QCOMPARE(m_organisations->findByName(QStringLiteral("BETA LABS"))->id, beta);
    QVERIFY(!m_organisations->findByName(QStringLiteral("Acme")));
    QStringList names;
    for (const Organisation &o : m_organisations->all())
        names << o.name;
    QCOMPARE(names, QStringList({QStringLiteral("Acme Rockets"), QStringLiteral("beta labs")}));

    Organisation changed = acme;
    changed.name = QStringLiteral("Acme Rocket Company");
    changed.notes = QString();
    QVERIFY2(m_organisations->update(changed, &error), qPrintable(error));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.constFirst().constFirst().toLongLong(), acme.id);
    QCOMPARE(changed.createdAt, acme.createdAt);
    QCOMPARE(*m_organisations->organisation(acme.id), changed);
    QVERIFY(!m_organisations->findByName(QStringLiteral("Acme Rockets")));

    QVERIFY(m_organisations->remove(acme.id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.constFirst().constFirst().toLongLong(), acme.id);
    QVERIFY(!m_organisations->organisation(acme.id));
    QCOMPARE(m_organisations->all().size(), 1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(updated.size(), 1);
}

void TestInterviewStore::organisationNamesAreUnique()
{
    const qint64 acme = addOrganisation(QStringLiteral("Acme"));
    const qint64 beta = addOrganisation(QStringLiteral("Beta"));
    QSignalSpy inserted(m_organisations.get(), &OrganisationStore::organisationInserted);
    QSignalSpy updated(m_organisations.get(), &OrganisationStore::organisationUpdated);

    Organisation twin;
    twin.name = QStringLiteral(" ACME ");
    QString error;
    QVERIFY(!m_organisations->insert(twin, &error));
    QCOMPARE(error, QStringLiteral("There is already an organisation called “Acme”."));
    QCOMPARE(twin.id, qint64(0));

    Organisation renamed = *m_organisations->organisation(beta);
    renamed.name = QStringLiteral("acme");
    QVERIFY(!m_organisations->update(renamed, &error));
    QVERIFY(error.contains(QStringLiteral("already an organisation")));
    QCOMPARE(m_organisations->organisation(beta)->name, QStringLiteral("Beta"));

    Organisation nameless;
    nameless.name = QStringLiteral("   ");
    QVERIFY(!m_organisations->insert(nameless, &error));
    QCOMPARE(error, QStringLiteral("An organisation needs a name."));

    QCOMPARE(inserted.size(), 0);
    QCOMPARE(updated.size(), 0);
    QCOMPARE(m_organisations->all().size(), 2);

    // A change of case of its own name is not a clash.
    Organisation recased = *m_organisations->organisation(acme);
    recased.name = QStringLiteral("ACME");
    QVERIFY2(m_organisations->update(recased, &error), qPrintable(error));
    QCOMPARE(m_organisations->organisation(acme)->name, QStringLiteral("ACME"));
    QCOMPARE(updated.size(), 1);
}

void TestInterviewStore::updatingAMissingOrganisationFails()
{
    const qint64 id = addOrganisation(QStringLiteral("Acme"));
    Organisation acme = *m_organisations->organisation(id);
    QVERIFY(m_organisations->remove(id));

    QSignalSpy updated(m_organisations.get(), &OrganisationStore::organisationUpdated);
    acme.notes = QStringLiteral("Edited in a window opened before it was deleted");
    QString error;
    QVERIFY(!m_organisations->update(acme, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(updated.size(), 0);
    QVERIFY(m_organisations->all().isEmpty());
}

void TestInterviewStore::organisationContacts()
{
    const qint64 ada = addContact(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Acme"));
    const qint64 grace = addContact(QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("  acme "));
    const qint64 alan = addContact(QStringLiteral("Alan"), QStringLiteral("Byron"), QStringLiteral("ACME"));
    addContact(QStringLiteral("Ann"), QStringLiteral("Other"), QStringLiteral("Acme Rockets"));
    addContact(QStringLiteral("Bob"), QStringLiteral("Nobody"));

    // By last name, then first name.
    const QList<qint64> expected = {alan, grace, ada};
    QCOMPARE(m_organisations->contactIds(QStringLiteral("Acme")), expected);
    QCOMPARE(m_organisations->contactIds(QStringLiteral(" aCmE  ")), expected);
    QCOMPARE(m_organisations->contactIds(QStringLiteral("Acme Rockets")).size(), 1);
    QVERIFY(m_organisations->contactIds(QStringLiteral("Acm")).isEmpty());
    QVERIFY(m_organisations->contactIds(QStringLiteral("  ")).isEmpty());
}

void TestInterviewStore::deletingAnOrganisationKeepsItsInterviews()
{
    const qint64 acme = addOrganisation(QStringLiteral("Acme"));
    const qint64 beta = addOrganisation(QStringLiteral("Beta"));
    const qint64 first = addInterview(0, Step::Conduct, acme);
    const qint64 second = addInterview(0, Step::Research, acme);
    const qint64 third = addInterview(0, Step::Research, beta);
    QCOMPARE(m_interviews->forOrganisation(acme).size(), 2);

    QVERIFY(m_organisations->remove(acme));
    QCOMPARE(m_interviews->all().size(), 3);
    QCOMPARE(m_interviews->interview(first)->organisationId, qint64(0));
    QCOMPARE(m_interviews->interview(first)->step, Step::Conduct);
    QCOMPARE(m_interviews->interview(second)->organisationId, qint64(0));
    QCOMPARE(m_interviews->interview(third)->organisationId, beta);
    QVERIFY(m_interviews->forOrganisation(acme).isEmpty());
}

QTEST_GUILESS_MAIN(TestInterviewStore)
#include "tst_interviewstore.moc"
