#pragma once

#include "domain/contact.h"
#include "domain/interview.h"
#include "workspace.h"

#include <QMainWindow>

class ComposerWidget;
class ContactListModel;
class TemplateStore;
class ContactStore;
class Database;
class ImportController;
class InterviewListModel;
class InterviewStore;
class OrganisationListModel;
class OrganisationStore;
class OrganisationsView;
class PipelineView;
class QuestionBankModel;
class QuestionBankView;
class QuestionStore;
class QTabWidget;
class TodayModel;
class TodayView;
class QAction;
class QLabel;
class QLineEdit;
class QMimeData;
class QTableView;
class QUndoStack;

// The main window: tabs for Today, the interview pipeline, contacts and organisations, and
// the menus. Dropping a Connections.csv anywhere on it starts an import.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // workspace: the stores and models to show, which must outlive the window (Session owns both).
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    ImportController *importController() const { return m_import; }
    Workspace *workspace() const { return &m_workspace; }
    PipelineView *pipeline() const { return m_pipeline; }
    TodayView *today() const { return m_today; }
    OrganisationsView *organisationsView() const { return m_organisationsView; }
    QuestionBankView *questionBankView() const { return m_questionBankView; }
    // The Messages page's composer, made on first use.
    ComposerWidget *composer();
    QTabWidget *tabs() const { return m_tabs; }

    enum Page { TodayPage, InterviewsPage, ContactsPage, OrganisationsPage, QuestionsPage, MessagesPage };
    void showPage(Page page);
    // Opens the interview page at a step's tab; returns the dialog (shown window-modal).
    class InterviewDialog *openInterview(qint64 id, Step step);
    // Starts a new interview, with the contact when one is given, and opens it.
    qint64 startInterview(qint64 contactId = 0);
    // Writes scheduled interviews and due reminders as iCalendar; false (message shown) on failure.
    bool exportCalendar(const QString &path);
    // File › Export: the writers behind the menu, callable with a path and without the file
    // dialog; false (message shown) on failure, a status-bar message with the counts on success.
    bool exportContactsCsv(const QString &path);
    bool exportContactsVCard(const QString &path);
    bool exportEverythingJson(const QString &path);

    void importFile(const QString &path);
    // A dropped or passed file: a question bank (.json) or contacts to import.
    void openFile(const QString &path);
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
    void newContact();
    void editCurrentContact();
    void deleteSelectedContacts();
    void chooseImportFile();
    void updateActions();
    void updateCountLabel();
    void showAbout();
    QWidget *createContactsPage();
    void startInterviewWithSelectedContact();
    void deleteCurrentInterview();
    void checkDateChange();
    void chooseCalendarFile();
    // Asks where to save (in the last export folder, else Documents) and calls write(path).
    void chooseExportFile(const QString &title, const QString &fileName, const QString &filter,
                          bool (MainWindow::*write)(const QString &));
    // Writes contacts with one of the contact exports and says how many went where.
    bool exportContacts(const QString &path, const QList<Contact> &contacts,
                        bool (*write)(const QList<Contact> &, const QString &, QString *));
    void configure();
    void writeMessage();
    QList<qint64> selectedContactIds() const;
    void selectContact(qint64 id);
    static QString importableFile(const QMimeData *mime);

    Workspace &m_workspace;
    Database *m_database;
    ContactStore *m_store;
    ContactListModel *m_model;
    QUndoStack *m_undoStack;
    ImportController *m_import;
    InterviewStore *m_interviews;
    OrganisationStore *m_organisations;
    ContactListModel *m_contactChoices;
    QuestionStore *m_questions;
    QuestionBankModel *m_questionBankModel;
    QuestionBankView *m_questionBankView;
    TemplateStore *m_templates;
    QWidget *m_messagesPage;
    ComposerWidget *m_composer = nullptr;
    InterviewListModel *m_interviewModel;
    TodayModel *m_todayModel;
    OrganisationListModel *m_organisationModel;
    QTabWidget *m_tabs;
    TodayView *m_today;
    PipelineView *m_pipeline;
    OrganisationsView *m_organisationsView;
    QDate m_lastSeenDate;

    QLineEdit *m_search;
    QTableView *m_view;
    QLabel *m_countLabel;
    QLabel *m_emptyHint;

    QAction *m_importAction;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_findAction;
    QAction *m_newInterviewAction;
    QAction *m_startInterviewAction;
    QAction *m_deleteInterviewAction;
};
