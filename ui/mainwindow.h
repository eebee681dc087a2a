#pragma once

#include "domain/contact.h"
#include "domain/interview.h"
#include "search/searchindex.h"
#include "workspace.h"

#include <QMainWindow>
#include <QPointer>

class ComposerWidget;
class ContactsView;
class ExportController;
class ImportController;
class EventsView;
class OrganisationsView;
class TargetsView;
class PipelineView;
class QuestionBankView;
class SearchDialog;
class ReminderNotifier;
class DesktopNotifications;
struct DueNotice;
class QTabWidget;
class TodayView;
class QAction;
class QMimeData;

// The main window, a shell around the pages (Today, the interview pipeline, contacts,
// organisations, questions, messages): it wires them to the menus, the toolbar and the status
// bar, and does what spans pages. Dropping a Connections.csv anywhere on it starts an import.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // workspace: the stores and models to show, which must outlive the window (Session owns both).
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return &m_workspace; }
    ImportController *importController() const { return m_import; }
    ExportController *exports() const { return m_exports; }
    TodayView *today() const { return m_today; }
    PipelineView *pipeline() const { return m_pipeline; }
    class ProgressView *progress() const { return m_progressView; }
    ContactsView *contactsView() const { return m_contacts; }
    OrganisationsView *organisationsView() const { return m_organisationsView; }
    QuestionBankView *questionBankView() const { return m_questionBankView; }
    // Edit › Search Everything…, made on first use.
    SearchDialog *searchDialog();
    // Opens a record found by Search Everything on its page.
    void openSearchHit(Search::Kind kind, qint64 id, Step step);
    // The Messages page's composer, made on first use.
    ComposerWidget *composer();
    QTabWidget *tabs() const { return m_tabs; }
    // Announces reminders as they fall due, shown by desktopNotifications().
    ReminderNotifier *reminderNotifier() const { return m_notifier; }
    DesktopNotifications *desktopNotifications() const { return m_desktopNotifications; }
    // A clicked notification: the window comes forward at the interview's step, or at Today.
    void openNotice(const DueNotice &notice);

    enum Page {
        TodayPage,
        InterviewsPage,
        ContactsPage,
        TargetsPage,
        OrganisationsPage,
        EventsPage,
        QuestionsPage,
        MessagesPage,
        ProgressPage
    };
    void showPage(Page page);
    Page currentPage() const;
    // Opens the interview page at a step's tab; returns the dialog (shown window-modal).
    class InterviewDialog *openInterview(qint64 id, Step step);
    // Starts a new interview, with the contact when one is given, and opens it.
    qint64 startInterview(qint64 contactId = 0);
    // A dropped or passed file: a question bank (.json) or contacts to import.
    void openFile(const QString &path);
    // Help › Guided Start: opens it (or brings it forward), at the step it was left at.
    class GuidedStartDialog *showGuidedStart();
    GuidedStartDialog *guidedStart() const;
    // When the window first appears: the guided start opens by itself on a fresh profile, or
    // where it was left (GuidedStartProgress::opensByItself()).
    bool offerGuidedStart();
    // A second start of the app asked for this window, and these files to be opened.
    void bringToFront(const QStringList &files = {});

Q_SIGNALS:
    // File › Back Up Now and File › Restore from Backup…: the Session that owns the database and
    // this window does them, since a restore replaces both.
    void backUpRequested();
    void restoreRequested();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showGettingStarted();
    void showAbout();
    void checkDateChange();
    void activityReport();
    // What an import, a sent message, a report or a task on Today came to, for 15 seconds.
    void showResult(const QString &message);
    void configure();
    void writeMessage();
    void searchEverything();

    Workspace &m_workspace;
    ImportController *m_import;
    ExportController *m_exports;
    QWidget *m_messagesPage;
    class ProgressView *m_progressView;
    ComposerWidget *m_composer = nullptr;
    SearchDialog *m_search = nullptr;
    QPointer<GuidedStartDialog> m_guide;
    QTabWidget *m_tabs;
    TodayView *m_today;
    PipelineView *m_pipeline;
    ContactsView *m_contacts;
    OrganisationsView *m_organisationsView;
    TargetsView *m_targetsView = nullptr;
    EventsView *m_eventsView;
    QuestionBankView *m_questionBankView;
    QDate m_lastSeenDate;
    ReminderNotifier *m_notifier;
    DesktopNotifications *m_desktopNotifications;
};
