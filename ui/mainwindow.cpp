#include "mainwindow.h"

#include "activityreportdialog.h"
#include "appearance.h"
#include "composerwidget.h"
#include "contactsview.h"
#include "desktopnotifications.h"
#include "dialogkeys.h"
#include "eventsview.h"
#include "exportcontroller.h"
#include "gettingstarteddialog.h"
#include "guidedstartdialog.h"
#include "import/vcardimport.h"
#include "importcontroller.h"
#include "interviewdialog.h"
#include "models/interviewlistmodel.h"
#include "models/todaymodel.h"
#include "organisationsview.h"
#include "pipelineview.h"
#include "progressview.h"
#include "questionbankview.h"
#include "remindernotifier.h"
#include "searchdialog.h"
#include "settingsdialog.h"
#include "storage/database.h"
#include "targetsview.h"
#include "todayview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>

#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <functional>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(*workspace)
    , m_import(new ImportController(workspace->database, workspace->contacts, workspace->undoStack, this))
    , m_exports(new ExportController(workspace, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Coffee Chat"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/coffeechat.svg")));
    setAcceptDrops(true);
    m_lastSeenDate = m_workspace.clock().toLocalTime().date();

    m_tabs = new QTabWidget(this);
    DialogKeys::switchTabsWithPageKeys(m_tabs);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_today = new TodayView(&m_workspace, m_workspace.todayModel, m_tabs);
    m_pipeline = new PipelineView(&m_workspace, m_workspace.interviewModel, m_tabs);
    m_contacts = new ContactsView(&m_workspace, m_workspace.contactModel, m_tabs);
    m_targetsView = new TargetsView(&m_workspace, m_tabs);
    m_organisationsView = new OrganisationsView(&m_workspace, m_workspace.organisationModel, m_tabs);
    m_eventsView = new EventsView(&m_workspace, m_workspace.eventModel, m_tabs);
    m_questionBankView = new QuestionBankView(&m_workspace, m_tabs);
    m_tabs->addTab(m_today, tr("Today"));
    m_tabs->addTab(m_pipeline, tr("Interviews"));
    m_tabs->addTab(m_contacts, tr("Contacts"));
    m_tabs->addTab(m_targetsView, tr("Targets"));
    m_tabs->addTab(m_organisationsView, tr("Organisations"));
    m_tabs->addTab(m_eventsView, tr("Events"));
    m_tabs->addTab(m_questionBankView, tr("Questions"));
    // The composer loads the syntax highlighting definitions, so it is made when first shown.
    m_messagesPage = new QWidget(m_tabs);
    m_messagesPage->setObjectName(QStringLiteral("messagesPage"));
    new QVBoxLayout(m_messagesPage);
    m_messagesPage->layout()->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_messagesPage, tr("Messages"));
    m_progressView = new ProgressView(&m_workspace, m_tabs);
    m_tabs->addTab(m_progressView, tr("Progress"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // "12 of 30,000 contacts" speaks of the contact list: shown with it only.
        m_contacts->countLabel()->setVisible(index == ContactsPage);
        if (index != MessagesPage)
            return;
        // Made now, after the page switch gave the focus to the empty page: on to its first field.
        composer();
        if (QApplication::focusWidget() == m_messagesPage)
            DialogKeys::focusFirstField(m_messagesPage);
    });
    // A file that cannot be written is still there to read and export; a banner above the pages
    // says so all the time, which spares finding out with each change that is refused.
    if (m_workspace.database->isReadOnly()) {
        auto *page = new QWidget(this);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        auto *banner = new QLabel(m_workspace.database->readOnlyNotice(), page);
        banner->setObjectName(QStringLiteral("readOnlyNotice"));
        banner->setTextFormat(Qt::PlainText);
        banner->setWordWrap(true);
        banner->setMargin(8);
        banner->setFrameShape(QFrame::StyledPanel);
        banner->setBackgroundRole(QPalette::ToolTipBase);
        banner->setForegroundRole(QPalette::ToolTipText);
        banner->setAutoFillBackground(true);
        layout->addWidget(banner);
        layout->addWidget(m_tabs, 1);
        setCentralWidget(page);
        setWindowTitle(tr("Coffee Chat (read-only)"));
    } else {
        setCentralWidget(m_tabs);
    }

    const auto showStatus = [this](const QString &message) { statusBar()->showMessage(message, 10000); };
    connect(m_contacts, &ContactsView::statusMessage, this, showStatus);
    connect(m_questionBankView, &QuestionBankView::statusMessage, this, showStatus);
    // An import being written: said in the status bar with a busy bar, so the window stays usable.
    auto *importBusy = new QProgressBar(this);
    importBusy->setObjectName(QStringLiteral("importBusy"));
    importBusy->setRange(0, 0);
    importBusy->setMaximumWidth(160);
    importBusy->setAccessibleName(tr("Importing contacts"));
    importBusy->hide();
    statusBar()->addPermanentWidget(importBusy);
    connect(m_import, &ImportController::working, this, [this, importBusy](const QString &message) {
        statusBar()->showMessage(message);
        importBusy->show();
    });
    connect(m_import, &ImportController::progress, importBusy, [importBusy](int written, int total) {
        importBusy->setRange(0, total);
        importBusy->setValue(written);
    });
    connect(m_import, &ImportController::finished, this, [this, importBusy](const QString &message) {
        importBusy->hide();
        importBusy->setRange(0, 0); // busy, until the next import says how far it is
        if (message.isEmpty())
            statusBar()->clearMessage();
        else
            showResult(message);
    });
    statusBar()->addPermanentWidget(m_contacts->countLabel());
    m_contacts->countLabel()->setVisible(currentPage() == ContactsPage);
    auto open = [this](qint64 id, Step step) { openInterview(id, step); };
    connect(m_today, &TodayView::openInterview, this, open);
    connect(m_today, &TodayView::openEvent, this, [this](qint64 id) {
        showPage(EventsPage);
        m_eventsView->selectEvent(id);
        m_eventsView->openEvent(id);
    });
    connect(m_today, &TodayView::statusMessage, this, &MainWindow::showResult);
    // What a message said about the last edit is not true once it is undone or redone.
    connect(m_workspace.undoStack, &QUndoStack::indexChanged, statusBar(), &QStatusBar::clearMessage);
    connect(m_pipeline, &PipelineView::openInterview, this, open);
    connect(m_pipeline, &PipelineView::openNewInterview, this, [this](qint64 id, const QUndoCommand *creation) {
        if (InterviewDialog *dialog = openInterview(id, Step::Research))
            dialog->setTakenBackIfUntouched(creation);
    });
    connect(m_organisationsView, &OrganisationsView::openInterview, this, open);
    connect(m_targetsView, &TargetsView::openInterview, this, open);
    connect(m_today, &TodayView::startInterviewRequested, m_pipeline, &PipelineView::startInterview);
    // Started from the Targets page, its page opens over Targets, where the user goes on.
    connect(m_targetsView, &TargetsView::startInterviewRequested, m_pipeline, &PipelineView::startInterview);
    connect(m_targetsView, &TargetsView::statusMessage, this, showStatus);
    connect(m_contacts, &ContactsView::openInterview, this, open);
    connect(m_pipeline, &PipelineView::statusMessage, this, showStatus);
    connect(m_exports, &ExportController::statusMessage, this, showStatus);
    connect(m_pipeline->newAction(), &QAction::triggered, this, [this] { showPage(InterviewsPage); });
    connect(m_contacts, &ContactsView::startInterviewRequested, this, &MainWindow::startInterview);
    const auto updateTodayTab = [this] {
        const int count = m_workspace.todayModel->rowCount();
        m_tabs->setTabText(TodayPage, count > 0 ? tr("Today (%1)").arg(count) : tr("Today"));
    };
    connect(m_workspace.todayModel, &TodayModel::countChanged, this, updateTodayTab);
    updateTodayTab();
    // Reminders fall due at midnight, and conversations draw near, not only when something changes.
    m_notifier = new ReminderNotifier(m_workspace.todayModel, m_workspace.clock, this);
    m_notifier->setEnabled(m_workspace.reminders.desktopNotifications);
    m_desktopNotifications = new DesktopNotifications(this);
    connect(m_notifier, &ReminderNotifier::notice, m_desktopNotifications, &DesktopNotifications::show);
    connect(m_desktopNotifications, &DesktopNotifications::activated, this, &MainWindow::openNotice);
    auto *dayTimer = new QTimer(this);
    dayTimer->setInterval(60 * 1000);
    connect(dayTimer, &QTimer::timeout, this, &MainWindow::checkDateChange);
    connect(dayTimer, &QTimer::timeout, m_notifier, &ReminderNotifier::check);
    dayTimer->start();

    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 680);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(m_workspace.database->path())), 8000);
    // Someone new starts with their contacts (the empty list says how to import them);
    // once interviews exist, the day's to-do list comes first.
    showPage(m_workspace.interviews->isEmpty() ? ContactsPage : TodayPage);
}

MainWindow::~MainWindow()
{
    // Pages save what they hold as they are hidden, which happens as QWidget takes the window
    // down; by then the status bar they report to is gone.
    if (m_composer) {
        m_composer->saveDraft();
        m_composer->blockSignals(true);
    }
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

InterviewDialog *MainWindow::openInterview(qint64 id, Step step)
{
    if (!m_workspace.interviews->interview(id))
        return nullptr;
    auto *dialog = new InterviewDialog(&m_workspace, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (StepNames::isActive(step))
        dialog->showStep(step);
    dialog->open();
    return dialog;
}

qint64 MainWindow::startInterview(qint64 contactId)
{
    showPage(InterviewsPage);
    return m_pipeline->startInterview(contactId);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *importAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                                tr("&Import Contacts…"), m_import, [this] { m_import->chooseFile(); });
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Import LinkedIn's Connections.csv or the ZIP archive LinkedIn mails, a contacts CSV "
                                  "file, or vCard (.vcf) files"));
    m_exports->addActions(fileMenu);
    QAction *report = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("view-calendar-list")),
                                          tr("Activity &Report…"), this, &MainWindow::activityReport);
    report->setObjectName(QStringLiteral("activityReportAction"));
    report->setStatusTip(tr("A dated record of your contacts, conversations and thank-you notes, to print or save"));
    fileMenu->addSeparator();
    fileMenu->addAction(m_questionBankView->importAction());
    fileMenu->addAction(m_questionBankView->exportAction());
    fileMenu->addSeparator();
    QAction *backUp = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save-all")), tr("&Back Up Now"),
                                          this, &MainWindow::backUpRequested);
    backUp->setObjectName(QStringLiteral("backUpAction"));
    backUp->setStatusTip(tr("Save a copy of all your data in the backups folder"));
    QAction *restoreBackup = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-revert")),
                                                 tr("Res&tore from Backup…"), this, &MainWindow::restoreRequested);
    restoreBackup->setObjectName(QStringLiteral("restoreBackupAction"));
    restoreBackup->setStatusTip(tr("Replace your data with one of the daily backups"));
    fileMenu->addSeparator();
    QAction *quit =
        fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = m_workspace.undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setObjectName(QStringLiteral("undoAction"));
    // Its text names the last edit; lists of shortcuts name what it does.
    undoAction->setProperty(GettingStartedDialog::NameProperty, tr("Undo"));
    undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = m_workspace.undoStack->createRedoAction(this, tr("&Redo"));
    redoAction->setObjectName(QStringLiteral("redoAction"));
    redoAction->setProperty(GettingStartedDialog::NameProperty, tr("Redo"));
    redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redoAction->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    // Searches the question bank on its page, the contacts everywhere else.
    QAction *findAction = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"));
    connect(findAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() == QuestionsPage) {
            m_questionBankView->focusSearch();
            return;
        }
        showPage(ContactsPage);
        m_contacts->focusSearch();
    });
    findAction->setShortcut(QKeySequence::Find);
    QAction *searchAction = editMenu->addAction(QIcon::fromTheme(QStringLiteral("search")), tr("&Search Everything…"),
                                                this, &MainWindow::searchEverything);
    searchAction->setObjectName(QStringLiteral("searchEverythingAction"));
    searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    searchAction->setStatusTip(tr("Search contacts, organisations, interviews, sent messages and questions at once"));

    QMenu *contactMenu = menuBar()->addMenu(tr("&Contacts"));
    contactMenu->addActions({m_contacts->newAction(), m_contacts->editAction(), m_contacts->deleteAction()});
    contactMenu->addSeparator();
    contactMenu->addAction(m_contacts->startInterviewAction());
    contactMenu->addSeparator();
    contactMenu->addAction(m_targetsView->addAction());

    QMenu *interviewMenu = menuBar()->addMenu(tr("&Interviews"));
    interviewMenu->addActions({m_pipeline->newAction(), m_pipeline->deleteAction()});
    interviewMenu->addSeparator();
    interviewMenu->addActions({m_pipeline->forwardAction(), m_pipeline->backAction()});
    interviewMenu->addSeparator();
    QAction *write = interviewMenu->addAction(QIcon::fromTheme(QStringLiteral("mail-message-new")),
                                              tr("&Write Message…"), this, &MainWindow::writeMessage);
    write->setObjectName(QStringLiteral("writeMessageAction"));
    write->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    write->setStatusTip(tr("Write the message the selected interview is waiting for"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<QPair<Page, QString>> pages = {
        {TodayPage, tr("&Today")},         {InterviewsPage, tr("&Interviews")},       {ContactsPage, tr("&Contacts")},
        {TargetsPage, tr("T&argets")},     {OrganisationsPage, tr("&Organisations")}, {EventsPage, tr("&Events")},
        {QuestionsPage, tr("&Questions")}, {MessagesPage, tr("&Messages")},           {ProgressPage, tr("&Progress")}};
    for (const auto &[page, name] : pages) {
        QAction *action = viewMenu->addAction(name, this, [this, p = page] { showPage(p); });
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(page))));
        // The tabs have no Alt+letter of their own (the menus use those letters): their keys.
        m_tabs->setTabToolTip(
            page, tr("%1 (%2)").arg(QString(name).remove(u'&'), action->shortcut().toString(QKeySequence::NativeText)));
    }

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *configure = settingsMenu->addAction(QIcon::fromTheme(QStringLiteral("configure")),
                                                 tr("&Configure Coffee Chat…"), this, &MainWindow::configure);
    configure->setObjectName(QStringLiteral("configureAction"));
    // Ctrl+, as most applications have it, besides the platform's own key where it has one.
    QList<QKeySequence> configureKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!configureKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        configureKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    configure->setShortcuts(configureKeys);
    configure->setMenuRole(QAction::PreferencesRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *gettingStarted = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-contents")),
                                                  tr("&Getting Started"), this, &MainWindow::showGettingStarted);
    gettingStarted->setObjectName(QStringLiteral("gettingStartedAction"));
    gettingStarted->setShortcut(QKeySequence::HelpContents);
    gettingStarted->setStatusTip(tr("The six steps, how to bring in your LinkedIn network, and the shortcuts"));
    QAction *guide = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("tools-wizard")), tr("Guided &Start…"), this,
                                         [this] { showGuidedStart(); });
    guide->setObjectName(QStringLiteral("guidedStartAction"));
    guide->setStatusTip(tr("From LinkedIn's export to your first outreach: your network, five targets, whom to ask "
                           "first, and the first message"));
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About Coffee Chat"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addActions({m_contacts->newAction(), importAction, m_pipeline->newAction()});
    toolBar->addSeparator();
    toolBar->addActions({undoAction, redoAction});
}

ComposerWidget *MainWindow::composer()
{
    if (!m_composer) {
        m_composer = new ComposerWidget(&m_workspace, m_messagesPage);
        m_messagesPage->layout()->addWidget(m_composer);
        m_composer->show(); // now, not when the layout gets to it: it may take the focus at once
        connect(m_composer, &ComposerWidget::statusMessage, this, &MainWindow::showResult);
    }
    return m_composer;
}

SearchDialog *MainWindow::searchDialog()
{
    if (!m_search) {
        m_search = new SearchDialog(&m_workspace, this);
        connect(m_search, &SearchDialog::openRequested, this, &MainWindow::openSearchHit);
    }
    return m_search;
}

void MainWindow::searchEverything()
{
    SearchDialog *dialog = searchDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::openSearchHit(Search::Kind kind, qint64 id, Step step)
{
    switch (kind) {
    case Search::Kind::Contact:
        showPage(ContactsPage);
        m_contacts->selectContact(id);
        break;
    case Search::Kind::Organisation:
        showPage(OrganisationsPage);
        m_organisationsView->selectOrganisation(id);
        break;
    case Search::Kind::Interview:
        openInterview(id, step);
        break;
    case Search::Kind::Question:
        showPage(QuestionsPage);
        m_questionBankView->selectQuestion(id);
        break;
    case Search::Kind::Event:
        showPage(EventsPage);
        m_eventsView->selectEvent(id);
        m_eventsView->openEvent(id);
        break;
    }
}

void MainWindow::writeMessage()
{
    const qint64 id = m_tabs->currentIndex() == InterviewsPage ? m_pipeline->currentInterviewId() : 0;
    showPage(MessagesPage);
    if (id) {
        composer()->setInterview(id);
        composer()->focusMessage(); // the message it waits for, to be read and finished
    }
}

void MainWindow::showResult(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::activityReport()
{
    ActivityReportDialog dialog(&m_workspace, this);
    connect(&dialog, &ActivityReportDialog::statusMessage, this, &MainWindow::showResult);
    dialog.exec();
}

void MainWindow::configure()
{
    SettingsDialog dialog(MyProfile::load(), InterviewDefaults::load(), m_workspace.reminders, this);
    dialog.setColorScheme(Appearance::load());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.colorScheme() != Appearance::load()) {
        Appearance::save(dialog.colorScheme());
        Appearance::apply(dialog.colorScheme());
    }
    dialog.profile().save();
    dialog.interviewDefaults().save();
    const ReminderSettings reminders = dialog.reminderSettings();
    reminders.save();
    m_workspace.reminders = reminders;
    m_workspace.interviewModel->setReminderSettings(reminders);
    m_workspace.todayModel->setReminderSettings(reminders);
    m_notifier->setEnabled(reminders.desktopNotifications);
    if (m_composer)
        m_composer->refreshValues(); // e.g. the signature was just set
}

void MainWindow::checkDateChange()
{
    const QDate today = m_workspace.clock().toLocalTime().date();
    if (today == m_lastSeenDate)
        return;
    m_lastSeenDate = today;
    m_workspace.todayModel->refresh();
    m_workspace.interviewModel->refreshDueStates();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if ((!ImportController::droppedFile(mime).isEmpty() || !ImportController::droppedCards(mime).isEmpty())
        && !m_import->isBusy())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = ImportController::droppedFile(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        openFile(path);
        return;
    }
    const QByteArray cards = ImportController::droppedCards(event->mimeData());
    if (cards.isEmpty())
        return;
    event->acceptProposedAction();
    m_import->importCards(cards);
}

void MainWindow::openFile(const QString &path)
{
    // A shared question bank is JSON; everything else goes to the contact import, which
    // explains what it cannot read.
    if (QFileInfo(path).suffix().compare(QStringLiteral("json"), Qt::CaseInsensitive) == 0) {
        showPage(QuestionsPage);
        m_questionBankView->importFile(path);
        return;
    }
    m_import->importFile(path);
}

void MainWindow::openNotice(const DueNotice &notice)
{
    bringToFront();
    if (!notice.interviewId) {
        showPage(TodayPage);
        return;
    }
    // Already open: that page comes forward at the step, rather than a second copy of it.
    const auto open = findChildren<InterviewDialog *>(Qt::FindDirectChildrenOnly);
    for (InterviewDialog *dialog : open) {
        if (dialog->isVisible() && dialog->interviewId() == notice.interviewId) {
            dialog->showStep(notice.step);
            dialog->raise();
            dialog->activateWindow();
            return;
        }
    }
    if (!openInterview(notice.interviewId, notice.step)) {
        showPage(TodayPage); // deleted since: Today says what is left to do
        statusBar()->showMessage(tr("That interview no longer exists."), 10000);
    }
}

void MainWindow::bringToFront(const QStringList &files)
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    for (const QString &file : files)
        openFile(file);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A draft the database would not take (read-only, full disk) is only in memory: say so. The
    // guide's composer holds drafts too.
    const GuidedStartDialog *guide = m_guide.data();
    ComposerWidget *guideComposer = guide != nullptr ? guide->composer() : nullptr;
    const bool pageUnsaved = m_composer && !m_composer->saveDraft();
    const bool guideUnsaved = guideComposer && !guideComposer->saveDraft();
    if (pageUnsaved || guideUnsaved) {
        const int count = (pageUnsaved ? m_composer->unsavedDraftCount() : 0)
            + (guideUnsaved ? guideComposer->unsavedDraftCount() : 0);
        const auto answer =
            QMessageBox::warning(this, tr("Drafts not saved"),
                                 tr("%n message draft(s) could not be saved and will be lost when Coffee Chat closes. "
                                    "Copy from Messages first, or close anyway?",
                                    nullptr, count),
                                 QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            if (pageUnsaved)
                showPage(MessagesPage);
            else
                showGuidedStart();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    m_contacts->saveLayout();
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

void MainWindow::showGettingStarted()
{
    // Every menu's actions, in menu order, for the list of shortcuts.
    QList<QAction *> actions;
    std::function<void(const QList<QAction *> &)> collect = [&](const QList<QAction *> &list) {
        for (QAction *action : list) {
            if (action->menu())
                collect(action->menu()->actions());
            else if (!action->isSeparator())
                actions << action;
        }
    };
    collect(menuBar()->actions());
    GettingStartedDialog dialog(actions, this);
    dialog.exec();
}

GuidedStartDialog *MainWindow::guidedStart() const
{
    return m_guide;
}

GuidedStartDialog *MainWindow::showGuidedStart()
{
    if (!m_guide) {
        m_guide = new GuidedStartDialog(&m_workspace, m_import, this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_guide, &GuidedStartDialog::statusMessage, this, &MainWindow::showResult);
        connect(m_guide, &GuidedStartDialog::finishRequested, this, [this] { showPage(TodayPage); });
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

bool MainWindow::offerGuidedStart()
{
    const GuidedStartProgress progress = GuidedStartProgress::load(m_workspace.database->path());
    const bool fresh = m_workspace.interviews->isEmpty() && m_workspace.contacts->count() == 0;
    if (!progress.opensByItself(fresh))
        return false;
    showGuidedStart();
    return true;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Coffee Chat"),
                       tr("<h3>Coffee Chat %1</h3>"
                          "<p>Plan, run and follow up informational interviews: short conversations "
                          "with people in a field you are curious about, to learn, not to ask for a job.</p>"
                          "<p>Your data stays on this computer:<br>%2</p>")
                           .arg(QApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_workspace.database->path()).toHtmlEscaped()));
}
