#include "storage/interviewstore.h"

#include "domain/contact.h"
#include "storage/database.h"
#include "storage/messagestore.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString selectReminderActions =
    QStringLiteral("SELECT interview_id, kind, due, action, until, at FROM reminder_actions");

// Decisions about reminder kinds or choices this version does not know are left out.
QList<ReminderAction> readActions(QSqlQuery &q)
{
    QList<ReminderAction> result;
    while (q.next()) {
        const std::optional<Reminder::Kind> kind = Reminders::fromKey(q.value(1).toString());
        const std::optional<ReminderAction::Choice> choice = Reminders::choiceFromKey(q.value(3).toString());
        if (!kind || !choice)
            continue;
        ReminderAction a;
        a.interviewId = q.value(0).toLongLong();
        a.kind = *kind;
        a.due = toDate(q.value(2));
        a.choice = *choice;
        a.until = toDate(q.value(4));
        a.at = toDateTime(q.value(5));
        result << a;
    }
    return result;
}

QList<ReminderAction> readReminderActions(QSqlQuery &q, qint64 interviewId)
{
    q.setForwardOnly(true);
    q.prepare(selectReminderActions + QStringLiteral(" WHERE interview_id = ?"));
    q.addBindValue(interviewId);
    return q.exec() ? readActions(q) : QList<ReminderAction>();
}

// Column order shared by reads and writes; id comes first on reads, last on writes.
const QString interviewColumns = QStringLiteral(
    "topic, step, organisation_id, closed_on, closing_reason, learning_goals, research_notes, links, "
    "contact_id, connection, introduced_by, agenda, length_minutes, outreach_sent_on, channel, outreach_note, "
    "follow_up_sent_on, reply_received_on, scheduled_at, medium, location, conversation_notes, thank_you_sent_on, "
    "referral_requested_on, last_touch_base_on, next_touch_base_on, created_at, updated_at, questions_sent_on, "
    "introducer_thanked_on, kind, offer_deadline, event_id, recording_consent_at");
constexpr int interviewColumnCount = 34;

const QString selectInterviews = QStringLiteral("SELECT id, ") + interviewColumns + QStringLiteral(" FROM interviews");

Interview readInterview(const QSqlQuery &q)
{
    Interview i;
    int c = 0;
    i.id = q.value(c++).toLongLong();
    i.topic = q.value(c++).toString();
    i.step = StepNames::fromKey(q.value(c++).toString()).value_or(Step::Research);
    i.organisationId = q.value(c++).toLongLong();
    i.closedOn = toDate(q.value(c++));
    i.closingReason = q.value(c++).toString();
    i.learningGoals = q.value(c++).toString();
    i.researchNotes = q.value(c++).toString();
    i.links = q.value(c++).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    i.contactId = q.value(c++).toLongLong();
    i.connection = q.value(c++).toString();
    i.introducedById = q.value(c++).toLongLong();
    i.agenda = q.value(c++).toString();
    i.lengthMinutes = q.value(c++).toInt();
    i.outreachSentOn = toDate(q.value(c++));
    i.channel = ChannelNames::fromKey(q.value(c++).toString());
    i.outreachNote = q.value(c++).toString();
    i.followUpSentOn = toDate(q.value(c++));
    i.replyReceivedOn = toDate(q.value(c++));
    i.scheduledAt = toDateTime(q.value(c++));
    i.medium = MediumNames::fromKey(q.value(c++).toString());
    i.location = q.value(c++).toString();
    i.conversationNotes = q.value(c++).toString();
    i.thankYouSentOn = toDate(q.value(c++));
    i.referralRequestedOn = toDate(q.value(c++));
    i.lastTouchBaseOn = toDate(q.value(c++));
    i.nextTouchBaseOn = toDate(q.value(c++));
    i.createdAt = toDateTime(q.value(c++));
    i.updatedAt = toDateTime(q.value(c++));
    i.questionsSentOn = toDate(q.value(c++));
    i.introducerThankedOn = toDate(q.value(c++));
    i.kind = InterviewKindNames::fromKey(q.value(c++).toString());
    i.offerDeadline = toDate(q.value(c++));
    i.eventId = q.value(c++).toLongLong();
    i.recordingConsentAt = toDateTime(q.value(c++));
    return i;
}

void bindInterview(QSqlQuery &q, const Interview &i)
{
    q.addBindValue(text(i.topic));
    q.addBindValue(StepNames::key(i.step));
    q.addBindValue(id(i.organisationId));
    q.addBindValue(date(i.closedOn));
    q.addBindValue(text(i.closingReason));
    q.addBindValue(text(i.learningGoals));
    q.addBindValue(text(i.researchNotes));
    q.addBindValue(text(i.links.join(QLatin1Char('\n'))));
    q.addBindValue(id(i.contactId));
    q.addBindValue(text(i.connection));
    q.addBindValue(id(i.introducedById));
    q.addBindValue(text(i.agenda));
    q.addBindValue(i.lengthMinutes);
    q.addBindValue(date(i.outreachSentOn));
    q.addBindValue(text(ChannelNames::key(i.channel)));
    q.addBindValue(text(i.outreachNote));
    q.addBindValue(date(i.followUpSentOn));
    q.addBindValue(date(i.replyReceivedOn));
    q.addBindValue(dateTime(i.scheduledAt));
    q.addBindValue(text(MediumNames::key(i.medium)));
    q.addBindValue(text(i.location));
    q.addBindValue(text(i.conversationNotes));
    q.addBindValue(date(i.thankYouSentOn));
    q.addBindValue(date(i.referralRequestedOn));
    q.addBindValue(date(i.lastTouchBaseOn));
    q.addBindValue(date(i.nextTouchBaseOn));
    q.addBindValue(dateTime(i.createdAt));
    q.addBindValue(dateTime(i.updatedAt));
    q.addBindValue(date(i.questionsSentOn));
    q.addBindValue(date(i.introducerThankedOn));
    q.addBindValue(InterviewKindNames::key(i.kind));
    q.addBindValue(date(i.offerDeadline));
    q.addBindValue(id(i.eventId));
    q.addBindValue(dateTime(i.recordingConsentAt));
}

InterviewEvent readEvent(const QSqlQuery &q)
{
    InterviewEvent e;
    e.id = q.value(0).toLongLong();
    e.interviewId = q.value(1).toLongLong();
    e.at = toDateTime(q.value(2));
    e.from = StepNames::fromKey(q.value(3).toString()).value_or(Step::Research);
    e.to = StepNames::fromKey(q.value(4).toString()).value_or(Step::Research);
    e.event = WorkflowEventNames::fromKey(q.value(5).toString()).value_or(WorkflowEvent::Advance);
    e.note = q.value(6).toString();
    return e;
}

} // namespace

InterviewStore::InterviewStore(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<Interview> InterviewStore::all() const
{
    QList<Interview> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(selectInterviews + QStringLiteral(" ORDER BY id"))) {
        while (q.next())
            result << readInterview(q);
    }
    return result;
}

namespace {

QString namesQuery(const QString &where)
{
    return QStringLiteral("SELECT interviews.id, contacts.first_name, contacts.last_name, organisations.name, "
                          "contacts.relationship, introducers.first_name, introducers.last_name "
                          "FROM interviews LEFT JOIN contacts ON contacts.id = interviews.contact_id "
                          "LEFT JOIN organisations ON organisations.id = interviews.organisation_id "
                          "LEFT JOIN contacts AS introducers ON introducers.id = interviews.introduced_by")
        + where;
}

InterviewNames readNames(const QSqlQuery &q)
{
    Contact person;
    person.firstName = q.value(1).toString();
    person.lastName = q.value(2).toString();
    Contact introducer;
    introducer.firstName = q.value(5).toString();
    introducer.lastName = q.value(6).toString();
    return {person.displayName(), q.value(3).toString(), RelationshipNames::fromKey(q.value(4).toString()),
            introducer.displayName()};
}

} // namespace

QHash<qint64, InterviewNames> InterviewStore::names() const
{
    QHash<qint64, InterviewNames> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(namesQuery({}))) {
        while (q.next())
            result.insert(q.value(0).toLongLong(), readNames(q));
    }
    return result;
}

InterviewNames InterviewStore::names(qint64 interviewId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(namesQuery(QStringLiteral(" WHERE interviews.id = ?")));
    q.addBindValue(interviewId);
    if (q.exec() && q.next())
        return readNames(q);
    return {};
}

InterviewListing InterviewStore::listing() const
{
    return {all(), names(), reminderActions()};
}

QFuture<InterviewListing> InterviewStore::listingInBackground() const
{
    return m_database->runInBackground([database = m_database] { return InterviewStore(database).listing(); });
}

bool InterviewStore::isEmpty() const
{
    QSqlQuery q(m_database->connection());
    return !(q.exec(QStringLiteral("SELECT 1 FROM interviews LIMIT 1")) && q.next());
}

QHash<qint64, QList<Step>> InterviewStore::stepsByOrganisation() const
{
    QHash<qint64, QList<Step>> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT organisation_id, step FROM interviews WHERE organisation_id IS NOT NULL"))) {
        while (q.next())
            result[q.value(0).toLongLong()] << StepNames::fromKey(q.value(1).toString()).value_or(Step::Research);
    }
    return result;
}

std::optional<Interview> InterviewStore::interview(qint64 interviewId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(selectInterviews + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(interviewId);
    if (q.exec() && q.next())
        return readInterview(q);
    return std::nullopt;
}

QList<Interview> InterviewStore::forOrganisation(qint64 organisationId) const
{
    QList<Interview> result;
    QSqlQuery q(m_database->connection());
    q.prepare(selectInterviews + QStringLiteral(" WHERE organisation_id = ? ORDER BY id"));
    q.addBindValue(organisationId);
    if (q.exec()) {
        while (q.next())
            result << readInterview(q);
    }
    return result;
}

QList<Interview> InterviewStore::involving(qint64 contactId) const
{
    QList<Interview> result;
    QSqlQuery q(m_database->connection());
    q.prepare(selectInterviews + QStringLiteral(" WHERE contact_id = ? OR introduced_by = ? ORDER BY id"));
    q.addBindValue(contactId);
    q.addBindValue(contactId);
    if (q.exec()) {
        while (q.next())
            result << readInterview(q);
    }
    return result;
}

int InterviewStore::countForContacts(const QList<qint64> &contactIds) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM interviews WHERE contact_id IN (SELECT value FROM json_each(?))"));
    q.addBindValue(idArray(contactIds));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QList<InterviewEvent> InterviewStore::history(qint64 interviewId) const
{
    QList<InterviewEvent> result;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT id, interview_id, at, from_step, to_step, event, note FROM interview_events "
                             "WHERE interview_id = ? ORDER BY at, id"));
    q.addBindValue(interviewId);
    if (q.exec()) {
        while (q.next())
            result << readEvent(q);
    }
    return result;
}

QList<qint64> InterviewStore::referrals(qint64 interviewId) const
{
    QList<qint64> contacts;
    for (const Referral &referral : referralRecords(interviewId))
        contacts << referral.contactId;
    return contacts;
}

QList<Referral> InterviewStore::referralRecords(qint64 interviewId) const
{
    QList<Referral> result;
    QSqlQuery q(m_database->connection());
    q.prepare(
        QStringLiteral("SELECT contact_id, added_on FROM interview_referrals WHERE interview_id = ? ORDER BY rowid"));
    q.addBindValue(interviewId);
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toLongLong(), toDate(q.value(1))});
    }
    return result;
}

QHash<qint64, QList<QDate>> InterviewStore::referralDates() const
{
    QHash<qint64, QList<QDate>> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT interview_id, added_on FROM interview_referrals ORDER BY rowid"))) {
        while (q.next())
            result[q.value(0).toLongLong()].append(toDate(q.value(1)));
    }
    return result;
}

int InterviewStore::questionCount(qint64 interviewId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM interview_questions WHERE interview_id = ?"));
    q.addBindValue(interviewId);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

std::optional<InterviewRecord> InterviewStore::record(qint64 interviewId) const
{
    const std::optional<Interview> found = interview(interviewId);
    if (!found)
        return std::nullopt;
    InterviewRecord record;
    record.interview = *found;
    record.history = history(interviewId);
    record.referrals = referralRecords(interviewId);
    record.plan = plan(interviewId);
    QSqlQuery q(m_database->connection());
    record.practiceRuns = readPracticeRuns(q, interviewId);
    record.recordings = readRecordings(q, interviewId);
    record.sentMessages = MessageStore::readSent(q, interviewId);
    record.drafts = MessageStore::readDrafts(q, interviewId);
    record.reminderActions = readReminderActions(q, interviewId);
    return record;
}

QList<PlannedQuestion> InterviewStore::plan(qint64 interviewId) const
{
    QList<PlannedQuestion> plan;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT question_id, text, state, notes FROM interview_questions WHERE interview_id = ? "
                             "ORDER BY position"));
    q.addBindValue(interviewId);
    return q.exec() ? readQuestions(q) : plan;
}

QHash<qint64, QList<PlannedQuestion>> InterviewStore::questionsWithNotes() const
{
    QHash<qint64, QList<PlannedQuestion>> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT interview_id, question_id, text, state, notes FROM interview_questions "
                               "WHERE notes != '' ORDER BY interview_id, position")))
        return result;
    while (q.next()) {
        result[q.value(0).toLongLong()].append({q.value(1).toLongLong(), q.value(2).toString(),
                                                QuestionStateNames::fromKey(q.value(3).toString()),
                                                q.value(4).toString()});
    }
    return result;
}

bool InterviewStore::setPlan(qint64 interviewId, const QList<PlannedQuestion> &plan, QString *error)
{
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM interview_questions WHERE interview_id = ?"));
        q.addBindValue(interviewId);
        return q.exec() && writePlan(q, interviewId, plan);
    });
    if (ok)
        Q_EMIT planChanged(interviewId);
    return ok;
}

bool InterviewStore::writePlan(QSqlQuery &q, qint64 interviewId, const QList<PlannedQuestion> &plan)
{
    q.prepare(QStringLiteral("INSERT INTO interview_questions (interview_id, position, question_id, text, state, "
                             "notes) VALUES (?, ?, ?, ?, ?, ?)"));
    return writeQuestions(q, interviewId, plan);
}

// Fills the statement's six values for each question: owner, position, question, text, state,
// notes (the plan's and a practice run's tables share the layout).
bool InterviewStore::writeQuestions(QSqlQuery &q, qint64 ownerId, const QList<PlannedQuestion> &questions)
{
    for (qsizetype n = 0; n < questions.size(); ++n) {
        const PlannedQuestion &question = questions.at(n);
        q.addBindValue(ownerId);
        q.addBindValue(int(n));
        q.addBindValue(SqlValues::id(question.questionId));
        q.addBindValue(SqlValues::text(question.text));
        q.addBindValue(QuestionStateNames::key(question.state));
        q.addBindValue(SqlValues::text(question.notes));
        if (!q.exec())
            return false;
    }
    return true;
}

QList<PlannedQuestion> InterviewStore::readQuestions(QSqlQuery &q)
{
    QList<PlannedQuestion> result;
    while (q.next()) {
        result.append({q.value(0).toLongLong(), q.value(1).toString(),
                       QuestionStateNames::fromKey(q.value(2).toString()), q.value(3).toString()});
    }
    return result;
}

QList<PracticeRun> InterviewStore::practiceRuns(qint64 interviewId) const
{
    QSqlQuery q(m_database->connection());
    return readPracticeRuns(q, interviewId);
}

QList<PracticeRun> InterviewStore::readPracticeRuns(QSqlQuery &q, qint64 interviewId)
{
    QList<PracticeRun> runs;
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, started_at, partner_id, elapsed_seconds, notes FROM practice_runs "
                             "WHERE interview_id = ? ORDER BY started_at, id"));
    q.addBindValue(interviewId);
    if (!q.exec())
        return runs;
    while (q.next()) {
        PracticeRun run;
        run.id = q.value(0).toLongLong();
        run.interviewId = interviewId;
        run.startedAt = toDateTime(q.value(1));
        run.partnerId = q.value(2).toLongLong();
        run.elapsedSeconds = q.value(3).toInt();
        run.notes = q.value(4).toString();
        runs << run;
    }
    q.prepare(QStringLiteral("SELECT question_id, text, state, notes FROM practice_questions WHERE run_id = ? "
                             "ORDER BY position"));
    for (PracticeRun &run : runs) {
        q.addBindValue(run.id);
        if (q.exec())
            run.questions = readQuestions(q);
    }
    return runs;
}

std::optional<PracticeRun> InterviewStore::practiceRun(qint64 runId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT interview_id FROM practice_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const qint64 interviewId = q.value(0).toLongLong();
    for (const PracticeRun &run : readPracticeRuns(q, interviewId)) {
        if (run.id == runId)
            return run;
    }
    return std::nullopt;
}

int InterviewStore::practiceRunCount(qint64 interviewId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM practice_runs WHERE interview_id = ?"));
    q.addBindValue(interviewId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool InterviewStore::writePracticeRun(QSqlQuery &q, PracticeRun &run, bool insert)
{
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO practice_runs (interview_id, started_at, partner_id, elapsed_seconds, "
                                 "notes, id) VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(run.interviewId);
    } else {
        q.prepare(QStringLiteral("UPDATE practice_runs SET started_at = ?, partner_id = ?, elapsed_seconds = ?, "
                                 "notes = ? WHERE id = ?"));
    }
    q.addBindValue(dateTime(run.startedAt));
    q.addBindValue(SqlValues::id(run.partnerId));
    q.addBindValue(qMax(0, run.elapsedSeconds));
    q.addBindValue(SqlValues::text(run.notes));
    q.addBindValue(SqlValues::id(run.id));
    if (!q.exec())
        return false;
    if (insert && run.id == 0)
        run.id = q.lastInsertId().toLongLong();
    if (!insert) {
        q.prepare(QStringLiteral("DELETE FROM practice_questions WHERE run_id = ?"));
        q.addBindValue(run.id);
        if (!q.exec())
            return false;
    }
    q.prepare(QStringLiteral("INSERT INTO practice_questions (run_id, position, question_id, text, state, notes) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    return writeQuestions(q, run.id, run.questions);
}

bool InterviewStore::insertPracticeRun(PracticeRun &run, QString *error)
{
    PracticeRun stored = run;
    if (!stored.startedAt.isValid())
        stored.startedAt = QDateTime::currentDateTimeUtc();
    const bool ok =
        Storage::inTransaction(m_database, error, [&](QSqlQuery &q) { return writePracticeRun(q, stored, true); });
    if (!ok)
        return false;
    run = stored;
    Q_EMIT practiceRunsChanged(run.interviewId);
    return true;
}

bool InterviewStore::updatePracticeRun(const PracticeRun &run, QString *error)
{
    PracticeRun stored = run;
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("SELECT 1 FROM practice_runs WHERE id = ?"));
        q.addBindValue(run.id);
        if (!q.exec())
            return false;
        if (!q.next())
            return failWith(error, tr("This practice run was deleted in the meantime."));
        return writePracticeRun(q, stored, false);
    });
    if (ok)
        Q_EMIT practiceRunsChanged(run.interviewId);
    return ok;
}

bool InterviewStore::removePracticeRun(const PracticeRun &run, QString *error)
{
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM practice_runs WHERE id = ?"));
        q.addBindValue(run.id);
        return q.exec();
    });
    if (ok)
        Q_EMIT practiceRunsChanged(run.interviewId);
    return ok;
}

QList<Recording> InterviewStore::recordings(qint64 interviewId) const
{
    QSqlQuery q(m_database->connection());
    return readRecordings(q, interviewId);
}

QList<Recording> InterviewStore::readRecordings(QSqlQuery &q, qint64 interviewId)
{
    QList<Recording> result;
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, file_name, original_name, recorded_at, duration_ms FROM recordings "
                             "WHERE interview_id = ? ORDER BY recorded_at, id"));
    q.addBindValue(interviewId);
    if (!q.exec())
        return result;
    while (q.next()) {
        Recording r;
        r.id = q.value(0).toLongLong();
        r.interviewId = interviewId;
        r.fileName = q.value(1).toString();
        r.originalName = q.value(2).toString();
        r.recordedAt = toDateTime(q.value(3));
        r.durationMs = q.value(4).toLongLong();
        result << r;
    }
    return result;
}

bool InterviewStore::writeRecording(QSqlQuery &q, Recording &recording)
{
    q.prepare(QStringLiteral("INSERT INTO recordings (interview_id, file_name, original_name, recorded_at, "
                             "duration_ms, id) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(recording.interviewId);
    q.addBindValue(text(recording.fileName));
    q.addBindValue(text(recording.originalName));
    q.addBindValue(dateTime(recording.recordedAt));
    q.addBindValue(qMax<qint64>(0, recording.durationMs));
    q.addBindValue(SqlValues::id(recording.id));
    if (!q.exec())
        return false;
    if (recording.id == 0)
        recording.id = q.lastInsertId().toLongLong();
    return true;
}

bool InterviewStore::insertRecording(Recording &recording, QString *error)
{
    Recording stored = recording;
    if (!stored.recordedAt.isValid())
        stored.recordedAt = QDateTime::currentDateTimeUtc();
    if (!Storage::inTransaction(m_database, error, [&](QSqlQuery &q) { return writeRecording(q, stored); }))
        return false;
    recording = stored;
    Q_EMIT recordingsChanged(recording.interviewId);
    return true;
}

bool InterviewStore::updateRecording(const Recording &recording, QString *error)
{
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("UPDATE recordings SET duration_ms = ?, file_name = ? WHERE id = ?"));
        q.addBindValue(qMax<qint64>(0, recording.durationMs));
        q.addBindValue(text(recording.fileName));
        q.addBindValue(recording.id);
        if (!q.exec())
            return false;
        return q.numRowsAffected() == 1 || failWith(error, tr("This recording was removed in the meantime."));
    });
    if (ok)
        Q_EMIT recordingsChanged(recording.interviewId);
    return ok;
}

bool InterviewStore::removeRecording(const Recording &recording, QString *error)
{
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM recordings WHERE id = ?"));
        q.addBindValue(recording.id);
        return q.exec();
    });
    if (ok)
        Q_EMIT recordingsChanged(recording.interviewId);
    return ok;
}

bool InterviewStore::writeInterview(Interview &interview, bool insert, QString *error)
{
    QSqlQuery q(m_database->connection());
    if (insert) {
        QStringList marks;
        for (int n = 0; n <= interviewColumnCount; ++n)
            marks << QStringLiteral("?");
        q.prepare(QStringLiteral("INSERT INTO interviews (") + interviewColumns + QStringLiteral(", id) VALUES (")
                  + marks.join(QStringLiteral(", ")) + QLatin1Char(')'));
    } else {
        QStringList assignments;
        for (const QString &column : interviewColumns.split(QStringLiteral(", ")))
            assignments << column + QStringLiteral(" = ?");
        q.prepare(QStringLiteral("UPDATE interviews SET ") + assignments.join(QStringLiteral(", "))
                  + QStringLiteral(" WHERE id = ?"));
    }
    bindInterview(q, interview);
    q.addBindValue(id(interview.id));
    if (!q.exec())
        return failWith(error, tr("Saving failed, nothing was changed: %1").arg(q.lastError().text()));
    if (insert) {
        interview.id = q.lastInsertId().toLongLong();
    } else if (q.numRowsAffected() != 1) {
        return failWith(error, tr("Saving failed, nothing was changed: the interview no longer exists."));
    }
    return true;
}

bool InterviewStore::writeEvent(InterviewEvent &event, QString *error)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("INSERT INTO interview_events (interview_id, at, from_step, to_step, event, note, id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(event.interviewId);
    q.addBindValue(dateTime(event.at));
    q.addBindValue(StepNames::key(event.from));
    q.addBindValue(StepNames::key(event.to));
    q.addBindValue(WorkflowEventNames::key(event.event));
    q.addBindValue(text(event.note));
    q.addBindValue(id(event.id));
    if (!q.exec())
        return failWith(error, tr("Saving failed, nothing was changed: %1").arg(q.lastError().text()));
    event.id = q.lastInsertId().toLongLong();
    return true;
}

bool InterviewStore::insert(Interview &interview, QString *error)
{
    Interview stored = interview;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stored.createdAt.isValid())
        stored.createdAt = now;
    stored.updatedAt = now;
    if (!Storage::inTransaction(m_database, error, [&](QSqlQuery &) { return writeInterview(stored, true, error); }))
        return false;
    interview = stored;
    Q_EMIT interviewInserted(interview.id);
    return true;
}

bool InterviewStore::update(Interview &interview, QString *error)
{
    Interview stored = interview;
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    if (!Storage::inTransaction(m_database, error, [&](QSqlQuery &) { return writeInterview(stored, false, error); }))
        return false;
    interview = stored;
    Q_EMIT interviewUpdated(interview.id);
    return true;
}

bool InterviewStore::recordTransition(Interview &interview, InterviewEvent &event, QString *error)
{
    Interview stored = interview;
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    InterviewEvent storedEvent = event;
    storedEvent.interviewId = interview.id;
    if (!storedEvent.at.isValid())
        storedEvent.at = stored.updatedAt;
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &) {
        return writeInterview(stored, false, error) && writeEvent(storedEvent, error);
    });
    if (!ok)
        return false;
    interview = stored;
    event = storedEvent;
    Q_EMIT interviewUpdated(interview.id);
    Q_EMIT historyChanged(interview.id);
    return true;
}

bool InterviewStore::revertTransition(Interview &before, qint64 eventId, QString *error)
{
    Interview stored = before;
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        if (!writeInterview(stored, false, error))
            return false;
        q.prepare(QStringLiteral("DELETE FROM interview_events WHERE id = ? AND interview_id = ?"));
        q.addBindValue(eventId);
        q.addBindValue(stored.id);
        return q.exec();
    });
    if (!ok)
        return false;
    before = stored;
    Q_EMIT interviewUpdated(before.id);
    Q_EMIT historyChanged(before.id);
    return true;
}

bool InterviewStore::remove(qint64 interviewId, QString *error)
{
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        // History, question choices and referral links go with it (ON DELETE CASCADE).
        q.prepare(QStringLiteral("DELETE FROM interviews WHERE id = ?"));
        q.addBindValue(interviewId);
        return q.exec();
    });
    if (ok)
        Q_EMIT interviewRemoved(interviewId);
    return ok;
}

bool InterviewStore::restore(const InterviewRecord &record, QString *error)
{
    Interview interview = record.interview;
    QList<InterviewEvent> history = record.history;
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        if (!writeInterview(interview, true, error))
            return false;
        for (InterviewEvent &event : history) {
            if (!writeEvent(event, error))
                return false;
        }
        if (!writePlan(q, interview.id, record.plan))
            return false;
        q.prepare(
            QStringLiteral("INSERT INTO interview_referrals (interview_id, contact_id, added_on) VALUES (?, ?, ?)"));
        for (const Referral &referral : record.referrals) {
            q.addBindValue(interview.id);
            q.addBindValue(referral.contactId);
            q.addBindValue(date(referral.addedOn));
            if (!q.exec())
                return false;
        }
        for (SentMessageRecord message : record.sentMessages) {
            if (!MessageStore::writeSent(q, message))
                return false;
        }
        for (const MessageDraft &draft : record.drafts) {
            if (!MessageStore::writeDraft(q, draft))
                return false;
        }
        for (const ReminderAction &action : record.reminderActions) {
            if (!writeReminderAction(q, action))
                return false;
        }
        for (PracticeRun run : record.practiceRuns) {
            run.interviewId = interview.id;
            if (!writePracticeRun(q, run, true))
                return false;
        }
        for (Recording recording : record.recordings) {
            recording.interviewId = interview.id;
            if (!writeRecording(q, recording))
                return false;
        }
        return true;
    });
    if (ok)
        Q_EMIT interviewInserted(interview.id);
    return ok;
}

bool InterviewStore::writeReferral(const QString &sql, const QVariantList &values, qint64 interviewId, QString *error)
{
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        return q.exec();
    });
    if (ok)
        Q_EMIT referralsChanged(interviewId);
    return ok;
}

bool InterviewStore::addReferral(qint64 interviewId, qint64 contactId, QString *error)
{
    return addReferral(interviewId, contactId, QDate::currentDate(), error);
}

bool InterviewStore::hasReferral(qint64 interviewId, qint64 contactId) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT 1 FROM interview_referrals WHERE interview_id = ? AND contact_id = ?"));
    q.addBindValue(interviewId);
    q.addBindValue(contactId);
    return q.exec() && q.next();
}

bool InterviewStore::addReferral(qint64 interviewId, qint64 contactId, QDate addedOn, QString *error)
{
    return writeReferral(
        QStringLiteral("INSERT OR IGNORE INTO interview_referrals (interview_id, contact_id, added_on) "
                       "VALUES (?, ?, ?)"),
        {interviewId, contactId, date(addedOn)}, interviewId, error);
}

bool InterviewStore::removeReferral(qint64 interviewId, qint64 contactId, QString *error)
{
    return writeReferral(QStringLiteral("DELETE FROM interview_referrals WHERE interview_id = ? AND contact_id = ?"),
                         {interviewId, contactId}, interviewId, error);
}

ReminderActions InterviewStore::reminderActions() const
{
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    return ReminderActions(q.exec(selectReminderActions) ? readActions(q) : QList<ReminderAction>());
}

bool InterviewStore::writeReminderAction(QSqlQuery &q, const ReminderAction &action)
{
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO reminder_actions (interview_id, kind, due, action, until, at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(action.interviewId);
    q.addBindValue(Reminders::key(action.kind));
    q.addBindValue(date(action.due));
    q.addBindValue(Reminders::choiceKey(action.choice));
    q.addBindValue(date(action.until));
    q.addBindValue(dateTime(action.at.isValid() ? action.at : QDateTime::currentDateTimeUtc()));
    return q.exec();
}

bool InterviewStore::setReminderAction(ReminderAction &action, QString *error)
{
    if (!action.at.isValid())
        action.at = QDateTime::currentDateTimeUtc();
    const bool ok =
        Storage::inTransaction(m_database, error, [&](QSqlQuery &q) { return writeReminderAction(q, action); });
    if (ok)
        Q_EMIT reminderActionsChanged(action.interviewId);
    return ok;
}

bool InterviewStore::clearReminderAction(const ReminderAction &action, QString *error)
{
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        q.prepare(QStringLiteral("DELETE FROM reminder_actions WHERE interview_id = ? AND kind = ? AND due = ?"));
        q.addBindValue(action.interviewId);
        q.addBindValue(Reminders::key(action.kind));
        q.addBindValue(date(action.due));
        return q.exec();
    });
    if (ok)
        Q_EMIT reminderActionsChanged(action.interviewId);
    return ok;
}

void InterviewStore::announceLinksChanged(const QList<qint64> &interviewIds)
{
    for (qint64 id : interviewIds) {
        Q_EMIT referralsChanged(id);
        Q_EMIT practiceRunsChanged(id);
        Q_EMIT interviewUpdated(id);
    }
}
