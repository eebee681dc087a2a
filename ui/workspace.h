#pragma once

#include "storage/interviewstore.h"
#include "storage/recordingfiles.h"
#include "workflow/clock.h"
#include "workflow/reminders.h"
#include "workflow/workflow.h"

#include <algorithm>
#include <memory>

class ContactListModel;
class EventListModel;
class EventStore;
class InterviewListModel;
class MessageStore;
class NetworkCache;
class TargetListModel;
class OrganisationListModel;
class TemplateStore;
class TodayModel;
namespace KSyntaxHighlighting {
class Repository;
}
class QuestionBankModel;
class QuestionStore;
class ContactStore;
class Database;
class OrganisationStore;
class QUndoStack;

// What the pages and dialogs of one main window share: the stores of one open database, the
// models the pages show, the undo stack, a contact list for pickers and the clock. Passed down,
// never global. It owns everything it makes except the database; Session makes one for each
// database it opens and deletes it after the window that borrows it, before the database.
struct Workspace {
    Database *database = nullptr;
    ContactStore *contacts = nullptr;
    InterviewStore *interviews = nullptr;
    OrganisationStore *organisations = nullptr;
    QuestionStore *questions = nullptr;
    QuestionBankModel *questionBank = nullptr; // the whole bank, for the bank page and pickers
    TemplateStore *templates = nullptr;
    MessageStore *messages = nullptr; // drafts and sent messages
    EventStore *events = nullptr; // networking events
    ContactListModel *contactModel = nullptr; // the Contacts page; loads in the background
    InterviewListModel *interviewModel = nullptr;
    TodayModel *todayModel = nullptr;
    OrganisationListModel *organisationModel = nullptr;
    EventListModel *eventModel = nullptr;
    NetworkCache *network = nullptr; // the employers of the network, kept up to date
    TargetListModel *targetModel = nullptr; // the target employers (the Targets page)

    // Makes the stores and models over an open database; reminder settings come from QSettings.
    explicit Workspace(Database *db, Clock now = systemClock());
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // The one syntax repository of the app, with Coffee Chat's template syntax added. Made on
    // first use: reading every definition costs time the start of the app should not pay.
    KSyntaxHighlighting::Repository *syntaxRepository();
    QUndoStack *undoStack = nullptr;
    ContactListModel *contactChoices = nullptr; // unfiltered, for pickers
    Clock clock = systemClock();
    ReminderSettings reminders;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_syntaxRepository;

    // True while a list still reads in the background (the contacts, the interviews, Today).
    bool isLoading() const;

    // How an interview is named in menus: the person and the purpose, e.g. "Ada Lovelace: Product roles".
    QString interviewTitle(const Interview &interview) const;

    // Where this database's recordings of conversations live (beside it, in recordings/).
    RecordingFiles recordingFiles() const;

    // What the workflow's guards need to know about one interview, at the current time.
    WorkflowContext workflowContext(qint64 interviewId) const
    {
        WorkflowContext context;
        context.now = clock();
        const QList<PlannedQuestion> plan = interviews->plan(interviewId);
        context.questionCount = int(plan.size());
        context.hasQuestionNotes = std::any_of(plan.cbegin(), plan.cend(),
                                               [](const PlannedQuestion &q) { return !q.notes.trimmed().isEmpty(); });
        context.referralCount = int(interviews->referrals(interviewId).size());
        context.practiceRunCount = interviews->practiceRunCount(interviewId);
        return context;
    }
};
