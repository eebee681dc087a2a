#pragma once

#include "domain/contact.h"
#include "domain/interview.h"
#include "domain/question.h"
#include "messages/messagerecords.h"
#include "workflow/reminders.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

class Database;
class QSqlQuery;

// A person an interview led to, and when the user recorded it (no date for referrals recorded
// before schema version 8).
struct Referral {
    qint64 contactId = 0;
    QDate addedOn;

    bool operator==(const Referral &other) const = default;
};

// Everything stored about one interview, as needed to delete it and bring it back on undo.
struct InterviewRecord {
    Interview interview;
    QList<InterviewEvent> history;
    QList<PlannedQuestion> plan;
    QList<Referral> referrals;
    QList<SentMessageRecord> sentMessages;
    QList<MessageDraft> drafts;
    QList<ReminderAction> reminderActions;
    QList<PracticeRun> practiceRuns{};
    QList<Recording> recordings{}; // the rows only: removing an interview leaves the files
};

// The names an interview is shown with: its person's and its organisation's.
struct InterviewNames {
    QString person; // empty when nobody is chosen yet
    QString organisation; // empty when none is set
    Relationship relationship = Relationship::Unknown; // how the user knows the person
    QString introducer{}; // who introduced you to them; empty when nobody did (optional in lists)
};

// Every interview with the names it is shown with, as the interview lists read them.
struct InterviewListing {
    QList<Interview> interviews; // in id order
    QHash<qint64, InterviewNames> names; // by interview id
    ReminderActions reminderActions; // what the user decided about their reminders
};

// Interviews, their history, chosen questions and referrals. Every write is one transaction
// and is announced through the signals below, which the models follow.
class InterviewStore : public QObject
{
    Q_OBJECT
public:
    explicit InterviewStore(Database *database, QObject *parent = nullptr);

    QList<Interview> all() const;
    std::optional<Interview> interview(qint64 id) const;
    QList<Interview> forOrganisation(qint64 organisationId) const;
    // The interviews with a person or that they introduced, oldest first.
    QList<Interview> involving(qint64 contactId) const;
    // Every interview's names, by interview id, read in one query: lists of thousands of
    // interviews must not ask for each person and organisation in turn.
    QHash<qint64, InterviewNames> names() const;
    InterviewNames names(qint64 interviewId) const;
    // all() and names() together; read on a worker thread (Database::runInBackground()) so that
    // thousands of interviews never keep the window from appearing.
    InterviewListing listing() const;
    QFuture<InterviewListing> listingInBackground() const;
    bool isEmpty() const;
    // Each organisation's interviews' steps, by organisation id, in one query (an organisation
    // list counts them without asking for each organisation in turn).
    QHash<qint64, QList<Step>> stepsByOrganisation() const;
    // How many interviews are with these contacts (a contact with interviews cannot be deleted).
    int countForContacts(const QList<qint64> &contactIds) const;

    QList<InterviewEvent> history(qint64 interviewId) const; // oldest first
    QList<qint64> referrals(qint64 interviewId) const; // the contacts, in the order they were added
    QList<Referral> referralRecords(qint64 interviewId) const; // the same, with their dates
    // Every interview's referrals' dates, by interview id, in one query (the progress figures);
    // an invalid date for a referral recorded before dates were kept.
    QHash<qint64, QList<QDate>> referralDates() const;
    int questionCount(qint64 interviewId) const;
    QList<PlannedQuestion> plan(qint64 interviewId) const; // in the order they will be asked
    // Every plan's questions that have notes from the conversation, by interview id, in one query.
    QHash<qint64, QList<PlannedQuestion>> questionsWithNotes() const;
    // Replaces the interview's planned questions, in this order.
    bool setPlan(qint64 interviewId, const QList<PlannedQuestion> &plan, QString *error = nullptr);
    std::optional<InterviewRecord> record(qint64 id) const;

    // Practice runs of the conversation, oldest first, each with its questions as practised.
    QList<PracticeRun> practiceRuns(qint64 interviewId) const;
    std::optional<PracticeRun> practiceRun(qint64 runId) const;
    int practiceRunCount(qint64 interviewId) const;
    // New run (fills id, and startedAt when unset); with its id set, the undo of its removal.
    bool insertPracticeRun(PracticeRun &run, QString *error = nullptr);
    // Writes the run's partner, time, notes and questions over the stored run.
    bool updatePracticeRun(const PracticeRun &run, QString *error = nullptr);
    bool removePracticeRun(const PracticeRun &run, QString *error = nullptr);

    // Recordings of the conversation, oldest first. The files are RecordingFiles' business.
    QList<Recording> recordings(qint64 interviewId) const;
    // New recording (fills id); with its id set, the undo of its removal.
    bool insertRecording(Recording &recording, QString *error = nullptr);
    // Its length and file, once known (a recording made in the app is stored as it begins, and
    // may end up in its safety copy).
    bool updateRecording(const Recording &recording, QString *error = nullptr);
    bool removeRecording(const Recording &recording, QString *error = nullptr);

    // New interview; fills id, createdAt and updatedAt.
    bool insert(Interview &interview, QString *error = nullptr);
    bool update(Interview &interview, QString *error = nullptr);
    // Saves the interview after a transition together with the event that records it; fills
    // event.id. Both or neither are written.
    bool recordTransition(Interview &interview, InterviewEvent &event, QString *error = nullptr);
    // Undo of recordTransition: the interview as it was, and the event forgotten.
    bool revertTransition(Interview &before, qint64 eventId, QString *error = nullptr);
    bool remove(qint64 id, QString *error = nullptr);
    // Undo of remove: the interview with its id, history, questions and referrals.
    bool restore(const InterviewRecord &record, QString *error = nullptr);

    // What the user decided about reminders (done, snoozed, dismissed); see ReminderAction.
    ReminderActions reminderActions() const;
    // Records the decision, replacing an earlier one about the same reminder (fills at).
    bool setReminderAction(ReminderAction &action, QString *error = nullptr);
    // Forgets the decision about this reminder: undo of setReminderAction().
    bool clearReminderAction(const ReminderAction &action, QString *error = nullptr);

    // Records that the interview led to this contact, today or on `addedOn` (no date when invalid:
    // the undo of removing a referral recorded before dates were kept); a referral already
    // recorded keeps its date.
    bool addReferral(qint64 interviewId, qint64 contactId, QString *error = nullptr);
    bool addReferral(qint64 interviewId, qint64 contactId, QDate addedOn, QString *error = nullptr);
    bool hasReferral(qint64 interviewId, qint64 contactId) const;
    bool removeReferral(qint64 interviewId, qint64 contactId, QString *error = nullptr);
    // Deleting a contact (or its undo) changed these interviews' referrals or introducer in the
    // database: says so to those who show them.
    void announceLinksChanged(const QList<qint64> &interviewIds);

Q_SIGNALS:
    void interviewInserted(qint64 id);
    void interviewUpdated(qint64 id);
    void interviewRemoved(qint64 id);
    void historyChanged(qint64 interviewId);
    void referralsChanged(qint64 interviewId);
    void planChanged(qint64 interviewId);
    void reminderActionsChanged(qint64 interviewId);
    void practiceRunsChanged(qint64 interviewId);
    void recordingsChanged(qint64 interviewId);

private:
    bool writeInterview(Interview &interview, bool insert, QString *error);
    bool writeEvent(InterviewEvent &event, QString *error);
    bool writePlan(QSqlQuery &q, qint64 interviewId, const QList<PlannedQuestion> &plan);
    static bool writeQuestions(QSqlQuery &q, qint64 ownerId, const QList<PlannedQuestion> &questions);
    static QList<PlannedQuestion> readQuestions(QSqlQuery &q);
    static QList<PracticeRun> readPracticeRuns(QSqlQuery &q, qint64 interviewId);
    static bool writePracticeRun(QSqlQuery &q, PracticeRun &run, bool insert);
    static QList<Recording> readRecordings(QSqlQuery &q, qint64 interviewId);
    static bool writeRecording(QSqlQuery &q, Recording &recording);
    bool writeReferral(const QString &sql, const QVariantList &values, qint64 interviewId, QString *error);
    static bool writeReminderAction(QSqlQuery &q, const ReminderAction &action);

    Database *m_database;
};
