#include "mainwindow.h"

#include "commands/contactcommands.h"
#include "contactdialog.h"
#include "commands/interviewcommands.h"
#include "export/exports.h"
#include "importcontroller.h"
#include "interviewdialog.h"
#include "models/contactlistmodel.h"
#include "models/interviewlistmodel.h"
#include "models/organisationlistmodel.h"
#include "models/todaymodel.h"
#include "organisationsview.h"
#include "pipelineview.h"
#include "composerwidget.h"
#include "storage/templatestore.h"
#include "settingsdialog.h"
#include "models/questionbankmodel.h"
#include "questionbankview.h"
#include "storage/questionstore.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "todayview.h"
#include "workflow/interviewdefaults.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

MainWindow::MainWindow(Database *database, QWidget *parent, Clock clock)
    : QMainWindow(parent)
    , m_database(database)
    , m_store(new ContactStore(database, this))
    , m_model(new ContactListModel(m_store, ContactListModel::Loading::InBackground, this))
    , m_undoStack(new QUndoStack(this))
    , m_import(new ImportController(database, m_store, m_undoStack, this))
    , m_interviews(new InterviewStore(database, this))
    , m_organisations(new OrganisationStore(database, this))
    , m_contactChoices(new ContactListModel(m_store, m_model, this))
    , m_questions(new QuestionStore(database, this))
    , m_templates(new TemplateStore(database, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Coffee Chat"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/coffeechat.svg")));
    setAcceptDrops(true);

    m_workspace.database = database;
    m_workspace.contacts = m_store;
    m_workspace.interviews = m_interviews;
    m_workspace.organisations = m_organisations;
    m_workspace.questions = m_questions;
    m_workspace.templates = m_templates;
    m_workspace.undoStack = m_undoStack;
    m_workspace.contactChoices = m_contactChoices;
    m_workspace.clock = std::move(clock);
    m_workspace.reminders = ReminderSettings::load();
    m_lastSeenDate = m_workspace.clock().toLocalTime().date();

    m_interviewModel = new InterviewListModel(m_interviews, m_store, m_organisations, m_workspace.clock, this);
    m_interviewModel->setReminderSettings(m_workspace.reminders);
    m_todayModel = new TodayModel(m_interviews, m_store, m_organisations, m_workspace.clock, this);
    m_todayModel->setReminderSettings(m_workspace.reminders);
    m_organisationModel = new OrganisationListModel(m_organisations, m_interviews, this);
    m_questionBankModel = new QuestionBankModel(m_questions, m_interviews, this);
    m_workspace.questionBank = m_questionBankModel;

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("pages"));
    m_tabs->setDocumentMode(true);
    m_today = new TodayView(&m_workspace, m_todayModel, m_tabs);
    m_pipeline = new PipelineView(&m_workspace, m_interviewModel, m_tabs);
    m_organisationsView = new OrganisationsView(&m_workspace, m_organisationModel, m_tabs);
    m_tabs->addTab(m_today, tr("&Today"));
    m_tabs->addTab(m_pipeline, tr("&Interviews"));
    m_tabs->addTab(createContactsPage(), tr("&Contacts"));
    m_tabs->addTab(m_organisationsView, tr("&Organisations"));
    m_questionBankView = new QuestionBankView(&m_workspace, m_tabs);
    m_tabs->addTab(m_questionBankView, tr("&Questions"));
    // The composer loads the syntax highlighting definitions, so it is made when first shown.
    m_messagesPage = new QWidget(m_tabs);
    m_messagesPage->setObjectName(QStringLiteral("messagesPage"));
    new QVBoxLayout(m_messagesPage);
    m_messagesPage->layout()->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_messagesPage, tr("&Messages"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == MessagesPage)
            composer();
    });
    connect(m_questionBankView, &QuestionBankView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    // A file that cannot be written is still there to read and export; a banner above the pages
    // says so all the time, which spares finding out with each change that is refused.
    if (database->isReadOnly()) {
        auto *page = new QWidget(this);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        auto *banner = new QLabel(database->readOnlyNotice(), page);
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
    auto open = [this](qint64 id, Step step) { openInterview(id, step); };
    connect(m_today, &TodayView::openInterview, this, open);
    connect(m_pipeline, &PipelineView::openInterview, this, open);
    connect(m_organisationsView, &OrganisationsView::openInterview, this, open);
    connect(m_pipeline, &PipelineView::newInterviewRequested, this, [this] { startInterview(); });
    connect(m_todayModel, &TodayModel::countChanged, this, [this](int count) {
        m_tabs->setTabText(TodayPage, count > 0 ? tr("&Today (%1)").arg(count) : tr("&Today"));
    });
    m_tabs->setTabText(TodayPage, m_todayModel->rowCount() > 0 ? tr("&Today (%1)").arg(m_todayModel->rowCount())
                                                               : tr("&Today"));
    // Reminders fall due at midnight, not only when something changes.
    auto *dayTimer = new QTimer(this);
    dayTimer->setInterval(60 * 1000);
    connect(dayTimer, &QTimer::timeout, this, &MainWindow::checkDateChange);
    dayTimer->start();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();

    connect(m_model, &ContactListModel::totalCountChanged, this, &MainWindow::updateCountLabel);
    connect(m_model, &ContactListModel::loadingFinished, this, &MainWindow::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCountLabel);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCountLabel);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCountLabel);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_import, &ImportController::finished, this, [this](const QString &message) {
        if (!message.isEmpty())
            statusBar()->showMessage(message, 15000);
    });
    updateCountLabel();
    updateActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 680);
    m_view->horizontalHeader()->restoreState(settings.value(QStringLiteral("mainWindow/contactColumns")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(database->path())), 8000);
    // Someone new starts with their contacts (the empty list says how to import them);
    // once interviews exist, the day's to-do list comes first.
    showPage(m_interviewModel->rowCount() > 0 ? TodayPage : ContactsPage);
}

void MainWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

InterviewDialog *MainWindow::openInterview(qint64 id, Step step)
{
    if (!m_interviews->interview(id))
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
    Interview interview;
    interview.contactId = contactId;
    const InterviewDefaults defaults = InterviewDefaults::load();
    interview.agenda = defaults.agenda;
    interview.lengthMinutes = defaults.lengthMinutes;
    bool macro = false;
    if (const std::optional<Contact> contact = m_store->contact(contactId)) {
        if (const std::optional<Organisation> o = m_organisations->findByName(contact->company)) {
            interview.organisationId = o->id;
        } else if (!contact->company.trimmed().isEmpty()) {
            // Their employer becomes an organisation; both are one step of Undo.
            Organisation created;
            created.name = contact->company.trimmed();
            m_undoStack->beginMacro(tr("Start interview with %1").arg(contact->displayName()));
            macro = true;
            if (InterviewCommands::addOrganisation(m_undoStack, m_organisations, created))
                interview.organisationId = created.id;
        }
        if (contact->relationship != Relationship::Unknown)
            interview.connection = RelationshipNames::displayName(contact->relationship);
        interview.introducedById = contact->referredById;
    }
    QString error;
    const bool ok = InterviewCommands::addInterview(m_undoStack, m_interviews, interview, &error);
    if (macro)
        m_undoStack->endMacro();
    if (!ok) {
        QMessageBox::warning(this, tr("New interview"), error);
        return 0;
    }
    showPage(InterviewsPage);
    openInterview(interview.id, Step::Research);
    return interview.id;
}


MainWindow::~MainWindow() = default;

QWidget *MainWindow::createContactsPage()
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);

    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search names, companies, positions, e-mail, tags…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_model, &ContactListModel::setFilterText);
    layout->addWidget(m_search);

    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("contactTable"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ContactListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep a 30,000-row list as fast as an empty one.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int widths[] = {190, 180, 210, 190, 150, 110};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_view->setColumnWidth(column, widths[column]);
    connect(m_view, &QTableView::activated, this, &MainWindow::editCurrentContact);
    layout->addWidget(m_view, 1);

    // Shown instead of the table until there is someone in it: the first thing to do.
    m_emptyHint = new QLabel(tr("<h3>No contacts yet</h3>"
                                "<p>Drop LinkedIn's <b>Connections.csv</b> on this window, choose "
                                "<b>File › Import Contacts…</b>, or add people you know with "
                                "<b>Contacts › New Contact</b>.</p>"
                                "<p>To get the file from LinkedIn: <i>Settings › Data privacy › "
                                "Get a copy of your data › Connections</i>.</p>"),
                             central);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    layout->addWidget(m_emptyHint, 1);
    return central;

}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_importAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Contacts…"),
                                         this, &MainWindow::chooseImportFile);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import LinkedIn's Connections.csv"));
    QAction *exportCalendarAction = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("view-calendar")),
                                                        tr("Export &Calendar…"), this,
                                                        [this] { chooseExportFile(Exports::Kind::Calendar); });
    exportCalendarAction->setObjectName(QStringLiteral("exportCalendarAction"));
    exportCalendarAction->setStatusTip(tr("Save scheduled interviews and reminders for your calendar app (.ics)"));
    QMenu *exportMenu = fileMenu->addMenu(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const auto addExport = [&](const QString &name, const QString &text, const QString &tip, Exports::Kind kind) {
        QAction *action = exportMenu->addAction(text, this, [this, kind] { chooseExportFile(kind); });
        action->setObjectName(name);
        action->setStatusTip(tip);
    };
    addExport(QStringLiteral("exportContactsCsvAction"), tr("Contacts as &CSV…"),
              tr("Save all contacts as a spreadsheet file (.csv)"), Exports::Kind::ContactsCsv);
    addExport(QStringLiteral("exportContactsVCardAction"), tr("Contacts as &vCard…"),
              tr("Save all contacts for an address book (.vcf)"), Exports::Kind::ContactsVCard);
    addExport(QStringLiteral("exportJsonAction"), tr("&Everything as JSON…"),
              tr("Save all contacts, organisations, interviews, questions and templates (.json)"), Exports::Kind::Json);
    fileMenu->addSeparator();
    fileMenu->addAction(m_questionBankView->importAction());
    fileMenu->addAction(m_questionBankView->exportAction());
    fileMenu->addSeparator();
    QAction *backUp = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-save-all")), tr("&Back Up Now"),
                                          this, &MainWindow::backUpRequested);
    backUp->setObjectName(QStringLiteral("backUpAction"));
    backUp->setStatusTip(tr("Save a copy of all your data in the backups folder"));
    QAction *restoreBackup = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("document-revert")),
                                                 tr("Restore from &Backup…"), this, &MainWindow::restoreRequested);
    restoreBackup->setObjectName(QStringLiteral("restoreBackupAction"));
    restoreBackup->setStatusTip(tr("Replace your data with one of the daily backups"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"),
                                        this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcut(QKeySequence::Redo);
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    m_findAction = editMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"), this, [this] {
        if (m_tabs->currentIndex() == QuestionsPage) {
            m_questionBankView->focusSearch();
            return;
        }
        showPage(ContactsPage);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_findAction->setShortcut(QKeySequence::Find);

    QMenu *contactMenu = menuBar()->addMenu(tr("&Contacts"));
    m_newAction = contactMenu->addAction(QIcon::fromTheme(QStringLiteral("contact-new")), tr("&New Contact…"),
                                         this, &MainWindow::newContact);
    m_newAction->setObjectName(QStringLiteral("newContactAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_editAction = contactMenu->addAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Contact…"),
                                          this, &MainWindow::editCurrentContact);
    m_editAction->setObjectName(QStringLiteral("editContactAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteAction = contactMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"),
                                            this, &MainWindow::deleteSelectedContacts);
    m_deleteAction->setObjectName(QStringLiteral("deleteContactAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);

    contactMenu->addSeparator();
    m_startInterviewAction = contactMenu->addAction(QIcon::fromTheme(QStringLiteral("view-calendar-tasks")),
                                                    tr("&Start Interview"), this,
                                                    &MainWindow::startInterviewWithSelectedContact);
    m_startInterviewAction->setObjectName(QStringLiteral("startInterviewAction"));
    m_startInterviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_startInterviewAction->setStatusTip(tr("Start an informational interview with the selected contact"));

    QMenu *interviewMenu = menuBar()->addMenu(tr("&Interviews"));
    m_newInterviewAction = interviewMenu->addAction(QIcon::fromTheme(QStringLiteral("list-add")),
                                                    tr("New &Interview…"), this, [this] { startInterview(); });
    m_newInterviewAction->setObjectName(QStringLiteral("newInterviewAction"));
    m_newInterviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_deleteInterviewAction = interviewMenu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                                                       tr("&Delete Interview"), this,
                                                       &MainWindow::deleteCurrentInterview);
    m_deleteInterviewAction->setObjectName(QStringLiteral("deleteInterviewAction"));
    interviewMenu->addSeparator();
    QAction *write = interviewMenu->addAction(QIcon::fromTheme(QStringLiteral("mail-message-new")),
                                              tr("&Write Message…"), this, &MainWindow::writeMessage);
    write->setObjectName(QStringLiteral("writeMessageAction"));
    write->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    write->setStatusTip(tr("Write the message the selected interview is waiting for"));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const QList<QPair<Page, QString>> pages = {{TodayPage, tr("&Today")},
                                               {InterviewsPage, tr("&Interviews")},
                                               {ContactsPage, tr("&Contacts")},
                                               {OrganisationsPage, tr("&Organisations")},
                                               {QuestionsPage, tr("&Questions")},
                                               {MessagesPage, tr("&Messages")}};
    for (const auto &[page, name] : pages) {
        QAction *action = viewMenu->addAction(name, this, [this, p = page] { showPage(p); });
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + int(page))));
    }

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *configure = settingsMenu->addAction(QIcon::fromTheme(QStringLiteral("configure")),
                                                 tr("&Configure Coffee Chat…"), this, &MainWindow::configure);
    configure->setObjectName(QStringLiteral("configureAction"));
    configure->setShortcut(QKeySequence::Preferences);
    configure->setMenuRole(QAction::PreferencesRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Coffee Chat"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_importAction);
    toolBar->addAction(m_newInterviewAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
}

void MainWindow::updateActions()
{
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    m_editAction->setEnabled(selected == 1);
    // Delete acts on what the user sees; other pages have their own Delete.
    m_deleteAction->setEnabled(selected > 0 && m_tabs->currentIndex() == ContactsPage);
    m_startInterviewAction->setEnabled(selected == 1);
}

void MainWindow::startInterviewWithSelectedContact()
{
    const QList<qint64> ids = selectedContactIds();
    if (ids.size() == 1)
        startInterview(ids.constFirst());
}

void MainWindow::deleteCurrentInterview()
{
    const qint64 id = m_pipeline->currentInterviewId();
    if (!id) {
        statusBar()->showMessage(tr("Select an interview on the Interviews page first."), 5000);
        return;
    }
    QString error;
    if (!InterviewCommands::removeInterview(m_undoStack, m_interviews, id, &error)) {
        QMessageBox::warning(this, tr("Delete interview"), error);
        return;
    }
    statusBar()->showMessage(tr("Interview deleted. Press %1 to undo.")
                                 .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                             10000);
}

void MainWindow::chooseExportFile(Exports::Kind kind)
{
    const Exports::KindInfo info = Exports::info(kind);
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("export/lastDirectory"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    QString path = QFileDialog::getSaveFileName(this, info.title, dir + QLatin1Char('/') + info.defaultFileName,
                                                info.fileFilter);
    if (path.isEmpty())
        return;
    const QString suffix = QLatin1Char('.') + info.suffix;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    settings.setValue(QStringLiteral("export/lastDirectory"), QFileInfo(path).absolutePath());
    exportTo(kind, path);
}

bool MainWindow::exportTo(Exports::Kind kind, const QString &path)
{
    Exports::Sources sources{*m_store, *m_organisations, *m_interviews, *m_workspace.questions, *m_workspace.templates};
    sources.now = m_workspace.clock();
    sources.reminders = m_workspace.reminders;
    QString summary;
    QString error;
    if (!Exports::run(kind, sources, path, &summary, &error)) {
        QMessageBox::warning(this, Exports::info(kind).title, error);
        return false;
    }
    statusBar()->showMessage(summary, 10000);
    return true;
}

ComposerWidget *MainWindow::composer()
{
    if (!m_composer) {
        m_composer = new ComposerWidget(&m_workspace, m_messagesPage);
        m_messagesPage->layout()->addWidget(m_composer);
        connect(m_composer, &ComposerWidget::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    }
    return m_composer;
}

void MainWindow::writeMessage()
{
    const qint64 id = m_tabs->currentIndex() == InterviewsPage ? m_pipeline->currentInterviewId() : 0;
    showPage(MessagesPage);
    if (id)
        composer()->setInterview(id);
}

void MainWindow::configure()
{
    SettingsDialog dialog(MyProfile::load(), InterviewDefaults::load(), m_workspace.reminders, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.profile().save();
    dialog.interviewDefaults().save();
    const ReminderSettings reminders = dialog.reminderSettings();
    reminders.save();
    m_workspace.reminders = reminders;
    m_interviewModel->setReminderSettings(reminders);
    m_todayModel->setReminderSettings(reminders);
}

void MainWindow::checkDateChange()
{
    const QDate today = m_workspace.clock().toLocalTime().date();
    if (today == m_lastSeenDate)
        return;
    m_lastSeenDate = today;
    m_todayModel->refresh();
    m_interviewModel->refreshDueStates();
}

void MainWindow::updateCountLabel()
{
    if (m_model->isLoading()) {
        m_countLabel->setText(tr("Loading contacts…"));
        m_emptyHint->hide();
        m_search->setEnabled(false);
        return;
    }
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    m_countLabel->setText(shown == total ? tr("%n contact(s)", nullptr, total)
                                         : tr("%1 of %n contact(s)", nullptr, total).arg(shown));
    const bool empty = total == 0;
    m_emptyHint->setVisible(empty);
    m_view->setVisible(!empty);
    m_search->setEnabled(!empty);
}

QList<qint64> MainWindow::selectedContactIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << m_model->contactId(index.row());
    return ids;
}

void MainWindow::selectContact(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

static QList<QPair<qint64, QString>> referrerChoices(const ContactListModel *model)
{
    QList<QPair<qint64, QString>> choices;
    for (int row = 0; row < model->rowCount(); ++row) {
        const qint64 id = model->contactId(row);
        choices.append({id, model->contact(id).displayName()});
    }
    return choices;
}

void MainWindow::newContact()
{
    Contact contact;
    contact.source = QStringLiteral("Manual");
    auto *dialog = new ContactDialog(contact, referrerChoices(m_model), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        qint64 id = 0;
        QString error;
        if (!ContactCommands::addContact(m_undoStack, m_store, dialog->contact(), &id, &error)) {
            QMessageBox::warning(this, tr("New contact"), error);
            return;
        }
        // The new person may be hidden by the current search; show them.
        if (m_model->rowOf(id) < 0)
            m_search->clear();
        selectContact(id);
    });
    dialog->open();
}

void MainWindow::editCurrentContact()
{
    const QList<qint64> ids = selectedContactIds();
    const qint64 id = ids.size() == 1 ? ids.constFirst() : m_model->contactId(m_view->currentIndex().row());
    if (!id)
        return;
    auto *dialog = new ContactDialog(m_model->contact(id), referrerChoices(m_model), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Contact edited = dialog->contact();
        QString error;
        if (edited != m_model->contact(edited.id)
            && !ContactCommands::editContact(m_undoStack, m_store, edited, &error)) {
            QMessageBox::warning(this, tr("Edit contact"), error);
        }
        selectContact(edited.id);
    });
    dialog->open();
}

void MainWindow::deleteSelectedContacts()
{
    const QList<qint64> ids = selectedContactIds();
    if (ids.isEmpty())
        return;
    if (const int interviews = m_interviews->countForContacts(ids); interviews > 0) {
        QMessageBox::information(this, tr("Delete contacts"),
                                 tr("Nothing was deleted: %n interview(s) are with the contacts you chose. "
                                    "Delete those interviews first, or keep the contacts.",
                                    nullptr, interviews));
        return;
    }
    QString error;
    if (!ContactCommands::removeContacts(m_undoStack, m_store, ids, &error)) {
        QMessageBox::warning(this, tr("Delete contacts"), error);
        return;
    }
    // Deleting is undoable, so it asks nothing; the status bar says how to get them back.
    statusBar()->showMessage(tr("Deleted %n contact(s). Press %1 to undo.", nullptr, int(ids.size()))
                                 .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                             10000);
}

void MainWindow::chooseImportFile()
{
    QSettings settings;
    const QString startDir = settings.value(QStringLiteral("import/lastDirectory"),
                                            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                                 .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import contacts"), startDir,
                                                      tr("CSV files (*.csv *.CSV);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastDirectory"), QFileInfo(path).absolutePath());
    importFile(path);
}

void MainWindow::importFile(const QString &path)
{
    m_import->importFile(path);
}

QString MainWindow::importableFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return QString();
    return urls.constFirst().toLocalFile();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importableFile(event->mimeData()).isEmpty() && !m_import->isBusy())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = importableFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
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
    importFile(path);
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
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/contactColumns"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Coffee Chat"),
                       tr("<h3>Coffee Chat %1</h3>"
                          "<p>Plan, run and follow up informational interviews: short conversations "
                          "with people in a field you are curious about, to learn, not to ask for a job.</p>"
                          "<p>Your data stays on this computer:<br>%2</p>")
                           .arg(QApplication::applicationVersion(),
                                QDir::toNativeSeparators(m_database->path()).toHtmlEscaped()));
}
