#pragma once

#include "domain/contact.h"
#include "domain/interview.h"
#include "messages/messagetemplate.h"
#include "workflow/workflow.h"

#include <QDialog>

#include <optional>

struct Workspace;
class ContactPicker;
class CountdownWidget;
class DateField;
class DateTimeField;
class InterviewPlanEditor;
class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class RecordingsPanel;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QUndoCommand;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;

// The interview page: the fields of all six steps (one tab each), a checklist of what the
// current step still needs, the buttons that move it on, and its history. Field edits are
// saved as one undoable change; every move is its own undoable change.
class InterviewDialog : public QDialog
{
    Q_OBJECT
public:
    InterviewDialog(Workspace *workspace, qint64 interviewId, QWidget *parent = nullptr);

    qint64 interviewId() const { return m_interview.id; }
    // Opens the tab of a step, e.g. Follow up for a thank-you reminder, with the keyboard focus
    // in its first field.
    void showStep(Step step);
    // The interview as the fields currently describe it (unsaved edits included).
    Interview editedInterview() const;
    InterviewPlanEditor *planEditor() const { return m_planEditor; }
    bool hasUnsavedChanges() const;
    // Saves field edits; false (with a message shown) if the database refused them.
    bool save();

    void accept() override;
    void reject() override;
    // The interview was just made by `creation` (New Interview, Start Interview): if the page is
    // closed with nothing written, and nothing was done since, the creation is undone and leaves
    // no entry under Undo, so an empty card is never left behind.
    void setTakenBackIfUntouched(const QUndoCommand *creation) { m_creation = creation; }

protected:
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void focusFirstField();
    QWidget *createResearchTab();
    QWidget *createIdentifyTab();
    QWidget *createPrepareTab();
    QWidget *createContactTab();
    QWidget *createConductTab();
    QWidget *createFollowUpTab();
    QWidget *createSidePanel();

    void load();
    void loadFields();
    void refreshWorkflowPanel();
    void refreshReferrals();
    void refreshSentMessages();
    void refreshChecklist();
    void refreshHistory();
    void takeBackIfUntouched();
    void showSentMessage(QListWidgetItem *item);
    void move(WorkflowEvent event);
    void addReferral(qint64 contactId);
    void addExistingReferral();
    void addNewReferral();
    void startInterviewWithReferral();
    void newContactForInterview();
    // Asks for a new contact, starting from contact, and adds it undoably: its id, or 0 if cancelled.
    qint64 addContact(const Contact &contact, const QList<QPair<qint64, QString>> &referrers);
    // The composer for this interview, on the message it waits for or on `kind`.
    void writeMessage(std::optional<MessageKind> kind = std::nullopt);
    void updateQuestionsAhead();
    // Prepare's Practise…: a new practice run of the questions, in the conversation view.
    void practise();
    void openPracticeRun(qint64 runId);
    // Conduct's Hold the Conversation…: the conversation view; from its end page, the
    // conversation is recorded as held and the thank-you note opens.
    void holdConversation();
    void concludeConversation(const QDateTime &startedAt);
    void refreshPractice();
    void refreshConversationSummary();
    bool mayStopRecording();
    // The offer's deadline, the agenda's suggestion and the bank's category follow the kind.
    void updateForKind();
    WorkflowContext context() const;
    qint64 organisationIdForName(const QString &name, QString *error);

    Workspace *m_workspace;
    Interview m_interview; // as stored
    bool m_loading = false;

    QLabel *m_title;
    QLabel *m_stepLabel;
    QTabWidget *m_tabs;

    QLineEdit *m_topic;
    QComboBox *m_organisation;
    QPlainTextEdit *m_learningGoals;
    QPlainTextEdit *m_researchNotes;
    QPlainTextEdit *m_links;
    QComboBox *m_kind;
    DateField *m_offerDeadline;
    QFormLayout *m_researchForm;
    bool m_bankShowsOfferQuestions = false;

    ContactPicker *m_contact;
    QLineEdit *m_connection;
    ContactPicker *m_introducedBy;

    QPlainTextEdit *m_agenda;
    QSpinBox *m_length;
    InterviewPlanEditor *m_planEditor;
    QPushButton *m_sendQuestionsAhead;
    QPushButton *m_practise;
    QToolButton *m_pastRuns;
    QLabel *m_practiceSummary;
    QPushButton *m_holdConversation;
    QLabel *m_conversationSummary;
    QPlainTextEdit *m_answers;
    QLabel *m_answersLabel;
    QLabel *m_prepareHint;

    DateField *m_outreachSentOn;
    QComboBox *m_channel;
    QPlainTextEdit *m_outreachNote;
    DateField *m_followUpSentOn;
    DateField *m_replyReceivedOn;
    DateField *m_questionsSentOn;

    DateTimeField *m_scheduledAt;
    QComboBox *m_medium;
    QLineEdit *m_location;
    CountdownWidget *m_countdown;
    QPlainTextEdit *m_conversationNotes;
    RecordingsPanel *m_recordings;

    DateField *m_thankYouSentOn;
    DateField *m_introducerThankedOn;
    QListWidget *m_referrals;
    QListWidget *m_sentMessages;
    const QUndoCommand *m_creation = nullptr;
    QPushButton *m_startReferralInterview;
    DateField *m_referralRequestedOn;
    DateField *m_lastTouchBaseOn;
    DateField *m_nextTouchBaseOn;

    QListWidget *m_checklist;
    QLabel *m_refusal;
    QPushButton *m_advance;
    QPushButton *m_back;
    QPushButton *m_decline;
    QPushButton *m_giveUp;
    QPushButton *m_reopen;
    QListWidget *m_history;
};
