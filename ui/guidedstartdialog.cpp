#include "guidedstartdialog.h"

#include "commands/interviewcommands.h"
#include "commands/writecommand.h"
#include "composerwidget.h"
#include "domain/companyname.h"
#include "hintlabel.h"
#include "importcontroller.h"
#include "itemviews.h"
#include "messages/myprofile.h"
#include "models/networkcache.h"
#include "models/starterlistmodel.h"
#include "models/targetlistmodel.h"
#include "models/targetsuggestionmodel.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/interviewstore.h"
#include "storage/messagestore.h"
#include "storage/organisationstore.h"
#include "workflow/reminders.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int TargetCount = 5;
constexpr int OrganisationRole = Qt::UserRole + 1; // the target list's rows: the organisation's id

QTableView *makeTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    ItemViews::setUpTable(table);
    return table;
}

} // namespace

GuidedStartDialog::GuidedStartDialog(Workspace *workspace, ImportController *import, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_import(import)
    , m_progress(GuidedStartProgress::load(workspace->database->path()))
    , m_suggestions(new TargetSuggestionModel(workspace->network, this))
    , m_starters(new StarterListModel(workspace->network, workspace->interviews, this))
    , m_composer(nullptr)
{
    setObjectName(QStringLiteral("guidedStartDialog"));
    setWindowTitle(tr("Guided Start"));
    setAcceptDrops(true);
    // Walked before: from the beginning again, opened as the user wants.
    if (m_progress.ended) {
        const bool atStart = m_progress.opensAtStart;
        m_progress = GuidedStartProgress();
        m_progress.opensAtStart = atStart;
        m_progress.database = workspace->database->path();
    }

    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("guideSteps"));
    for (int s = 0; s < GuidedStartProgress::StepCount; ++s)
        m_steps->addItem(tr("%1. %2").arg(s + 1).arg(stepTitle(s)));
    m_steps->setFixedWidth(m_steps->sizeHintForColumn(0) + 24);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setToolTip(tr("Go to any step; Skip This Step goes on without doing it"));

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(makeNetworkPage());
    m_pages->addWidget(makeExploringPage());
    m_pages->addWidget(makeTargetsPage());
    m_pages->addWidget(makePeoplePage());
    m_pages->addWidget(makeMessagePage());
    m_pages->addWidget(makeNextPage());

    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("guideClose"));
    m_close->setAutoDefault(false);
    m_close->setToolTip(tr("The guide opens at this step again next time, or from Help › Guided Start"));
    // Alt letters that the composer, shown on the message step, leaves free (it has B, N, A…).
    m_back = new QPushButton(tr("< Bac&k"), this);
    m_back->setObjectName(QStringLiteral("guideBack"));
    m_back->setAutoDefault(false);
    m_skip = new QPushButton(tr("&Skip This Step"), this);
    m_skip->setObjectName(QStringLiteral("guideSkip"));
    m_skip->setAutoDefault(false);
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("guideNext"));
    m_next->setDefault(true);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_back, &QPushButton::clicked, this, &GuidedStartDialog::back);
    connect(m_skip, &QPushButton::clicked, this, &GuidedStartDialog::skip);
    connect(m_next, &QPushButton::clicked, this, &GuidedStartDialog::next);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_progress.step)
            goToStep(row);
    });

    m_atStart = new QCheckBox(tr("Show when Coffee Chat starts"), this);
    m_atStart->setObjectName(QStringLiteral("guideAtStart"));
    m_atStart->setToolTip(tr("Until you finish it, the guide opens where you left it; Help › Guided Start opens it "
                             "at any time"));
    m_atStart->setChecked(m_progress.opensAtStart);
    connect(m_atStart, &QCheckBox::toggled, this, [this](bool on) {
        m_progress.opensAtStart = on;
        m_progress.save();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addWidget(m_atStart);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_next);

    auto *body = new QHBoxLayout;
    body->addWidget(m_steps);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);
    resize(1100, 720);

    // The network step follows the contacts as they come in, whoever imports them.
    connect(m_workspace->contacts, &ContactStore::contactsInserted, this, &GuidedStartDialog::updateNetworkState);
    connect(m_workspace->contacts, &ContactStore::contactsRemoved, this, &GuidedStartDialog::updateNetworkState);
    m_importFinished = connect(m_import, &ImportController::finished, this, &GuidedStartDialog::importFinished);
    connect(m_suggestions, &QAbstractItemModel::modelReset, this, [this] {
        if (m_progress.step == GuidedStartProgress::TargetsStep && !m_targetsTouched)
            preselectTargets();
        updateTargetCount();
    });
    connect(m_suggestions, &TargetSuggestionModel::checkedChanged, this, &GuidedStartDialog::updateTargetCount);
    connect(m_workspace->network, &NetworkCache::changed, this, [this] {
        if (m_progress.step == GuidedStartProgress::ExploringStep)
            updateCommonTitles();
    });
    connect(m_workspace->messages, &MessageStore::sentMessagesChanged, this, &GuidedStartDialog::sentMessagesChanged);
    showStep();
}

GuidedStartDialog::~GuidedStartDialog()
{
    // Its children go after this: an import preview of its own, gone unanswered, makes the import
    // controller say it finished, which must not reach a half-destroyed guide.
    // (The controller itself may be gone already, with the main window: the handle knows.)
    disconnect(m_importFinished);
    // Closed with the main window, without a close event of its own: what was typed is kept.
    leaveStep();
}

QString GuidedStartDialog::stepTitle(int step)
{
    switch (step) {
    case GuidedStartProgress::NetworkStep:
        return tr("Your network");
    case GuidedStartProgress::ExploringStep:
        return tr("What you are exploring");
    case GuidedStartProgress::TargetsStep:
        return tr("Five target employers");
    case GuidedStartProgress::PeopleStep:
        return tr("Whom to ask first");
    case GuidedStartProgress::MessageStep:
        return tr("Your first message");
    case GuidedStartProgress::NextStep:
        return tr("What happens next");
    }
    return {};
}

QWidget *GuidedStartDialog::page(const QString &title, const QString &text, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *heading = new QLabel(title, widget);
    heading->setObjectName(QStringLiteral("guideHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto *intro = new QLabel(text, widget);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(intro);
    return widget;
}

QWidget *GuidedStartDialog::makeNetworkPage()
{
    QWidget *widget =
        page(tr("Your network"),
             tr("Coffee Chat suggests employers and whom to ask there from the people you already know. Bring in "
                "your LinkedIn connections, or contacts from Google or Outlook."),
             this);
    auto *how = new HintLabel(tr("On LinkedIn, open Me › Settings and Privacy › Data privacy › Get a copy of your "
                                 "data, choose Connections and request the archive. LinkedIn e-mails a link within "
                                 "minutes: download the ZIP file. There is no need to unpack it."),
                              widget);
    auto *drop = new QLabel(tr("Drop LinkedIn's ZIP file or Connections.csv here\n"
                               "(a contacts CSV from Google or Outlook, or vCard files, work too)"),
                            widget);
    drop->setObjectName(QStringLiteral("guideDropZone"));
    drop->setAlignment(Qt::AlignCenter);
    drop->setFrameShape(QFrame::StyledPanel);
    drop->setFrameShadow(QFrame::Sunken);
    drop->setMinimumHeight(140);
    drop->setWordWrap(true);
    auto *choose = new QPushButton(tr("&Choose File…"), widget);
    choose->setObjectName(QStringLiteral("guideChooseFile"));
    choose->setAutoDefault(false);
    connect(choose, &QPushButton::clicked, this, [this] {
        m_contactsBefore = m_workspace->contacts->count();
        m_importing = m_import->chooseFile(this);
    });
    m_networkState = new QLabel(widget);
    m_networkState->setObjectName(QStringLiteral("guideNetworkState"));
    m_networkState->setWordWrap(true);
    m_networkState->setTextFormat(Qt::PlainText);
    auto *layout = static_cast<QVBoxLayout *>(widget->layout());
    layout->addWidget(how);
    layout->addSpacing(8);
    layout->addWidget(drop);
    layout->addWidget(choose, 0, Qt::AlignLeft);
    layout->addWidget(m_networkState);
    layout->addStretch(1);
    return widget;
}

QWidget *GuidedStartDialog::makeExploringPage()
{
    QWidget *widget = page(tr("What you are exploring"),
                           tr("One or two roles or fields you want to learn about, separated by commas. People "
                              "working in them are suggested first."),
                           this);
    m_roles = new QLineEdit(widget);
    m_roles->setObjectName(QStringLiteral("guideRoles"));
    m_roles->setPlaceholderText(tr("e.g. product management, UX design"));
    m_roles->setClearButtonEnabled(true);
    // What is typed is kept a moment after the last key, not only when the step is left.
    m_saveProfile.setSingleShot(true);
    m_saveProfile.setInterval(1000);
    connect(&m_saveProfile, &QTimer::timeout, this, &GuidedStartDialog::saveProfile);
    const auto edited = [this] {
        m_profileEdited = true;
        m_saveProfile.start();
    };
    connect(m_roles, &QLineEdit::textEdited, this, edited);
    auto *label = new QLabel(tr("&Roles or fields:"), widget);
    label->setBuddy(m_roles);
    m_name = new QLineEdit(widget);
    m_name->setObjectName(QStringLiteral("guideName"));
    m_name->setPlaceholderText(tr("e.g. Ada Byron"));
    connect(m_name, &QLineEdit::textEdited, this, edited);
    auto *nameLabel = new QLabel(tr("Your na&me:"), widget);
    nameLabel->setBuddy(m_name);
    auto *nameHint = new HintLabel(tr("Signs your messages. Settings › My Profile holds your e-mail address and "
                                      "signature too."),
                                   widget);
    m_commonTitles = new HintLabel(QString(), widget);
    m_commonTitles->setObjectName(QStringLiteral("guideCommonTitles"));
    auto *later =
        new HintLabel(tr("You can change them later on the Targets page or in Settings › My Profile."), widget);
    auto *layout = static_cast<QVBoxLayout *>(widget->layout());
    layout->addSpacing(8);
    layout->addWidget(label);
    layout->addWidget(m_roles);
    layout->addWidget(m_commonTitles);
    layout->addWidget(later);
    layout->addSpacing(16);
    layout->addWidget(nameLabel);
    layout->addWidget(m_name);
    layout->addWidget(nameHint);
    layout->addStretch(1);
    return widget;
}

QWidget *GuidedStartDialog::makeTargetsPage()
{
    QWidget *widget = page(tr("Five target employers"),
                           tr("Employers where you know most people, and most people in what you explore, come "
                              "first. Five are chosen for you: change them as you like, or type the name of an "
                              "employer where you know nobody yet."),
                           this);
    m_targetSearch = new QLineEdit(widget);
    m_targetSearch->setObjectName(QStringLiteral("guideTargetSearch"));
    m_targetSearch->setPlaceholderText(tr("Find an employer, or type one and press Enter to add it"));
    m_targetSearch->setClearButtonEnabled(true);
    m_targetSearch->installEventFilter(this);
    m_addTarget = new QPushButton(tr("&Add"), widget);
    m_addTarget->setObjectName(QStringLiteral("guideAddTarget"));
    m_addTarget->setAutoDefault(false);
    m_addTarget->setEnabled(false);
    connect(m_addTarget, &QPushButton::clicked, this, &GuidedStartDialog::addTypedTarget);
    m_targetProblem = new HintLabel(QString(), widget);
    m_targetProblem->setObjectName(QStringLiteral("guideTargetProblem"));
    m_targetProblem->hide();
    m_suggestionFilter = new QSortFilterProxyModel(this);
    m_suggestionFilter->setSourceModel(m_suggestions);
    m_suggestionFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_suggestionFilter->setFilterKeyColumn(TargetSuggestionModel::NameColumn);
    m_suggestionFilter->setFilterRole(TargetSuggestionModel::SearchTextRole); // any spelling finds it
    connect(m_targetSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_suggestionFilter->setFilterFixedString(text.simplified());
        m_addTarget->setEnabled(!CompanyName::key(text).isEmpty());
        m_targetProblem->hide();
    });
    m_targetTable = makeTable(QStringLiteral("guideTargetTable"), widget);
    m_targetTable->setModel(m_suggestionFilter);
    m_targetTable->horizontalHeader()->setSectionResizeMode(TargetSuggestionModel::NameColumn, QHeaderView::Stretch);
    m_targetTable->horizontalHeader()->setSectionResizeMode(TargetSuggestionModel::PeopleColumn,
                                                            QHeaderView::ResizeToContents);
    m_targetTable->horizontalHeader()->setSectionResizeMode(TargetSuggestionModel::RelevantColumn,
                                                            QHeaderView::ResizeToContents);
    // A click anywhere on the row, or Space, checks it: the box alone is a small target.
    connect(m_targetTable, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == TargetSuggestionModel::NameColumn)
            return; // the box itself, handled by the view
        const QModelIndex name = index.siblingAtColumn(TargetSuggestionModel::NameColumn);
        m_targetTable->setCurrentIndex(name); // where Space checks it
        const bool checked = name.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_targetsTouched = true;
        m_suggestionFilter->setData(name, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    connect(m_suggestions, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_progress.step == GuidedStartProgress::TargetsStep && m_targetTable->hasFocus())
            m_targetsTouched = true;
    });
    m_targetCount = new QLabel(widget);
    m_targetCount->setObjectName(QStringLiteral("guideTargetCount"));
    m_targetCount->setTextFormat(Qt::PlainText);
    m_targetCount->setWordWrap(true);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_targetSearch, 1);
    searchRow->addWidget(m_addTarget);
    auto *layout = static_cast<QVBoxLayout *>(widget->layout());
    layout->addLayout(searchRow);
    layout->addWidget(m_targetProblem);
    layout->addWidget(m_targetTable, 1);
    layout->addWidget(m_targetCount);
    return widget;
}

QWidget *GuidedStartDialog::makePeoplePage()
{
    QWidget *widget = page(tr("Whom to ask first"),
                           tr("At each target, the people you know there, those likeliest to help first: closer "
                              "relationships, then people in what you explore, then seniority. The first is chosen "
                              "for you; click another to ask them instead. Next starts an interview with each."),
                           this);
    m_targetList = new QListWidget(widget);
    m_targetList->setObjectName(QStringLiteral("guideTargetList"));
    m_targetList->setMinimumWidth(220);
    m_targetList->setMaximumWidth(320);
    m_targetList->setWordWrap(true);
    m_targetList->setSpacing(3);
    connect(m_targetList, &QListWidget::currentRowChanged, this, &GuidedStartDialog::showPeopleOf);

    m_peopleTitle = new QLabel(widget);
    m_peopleTitle->setObjectName(QStringLiteral("guidePeopleTitle"));
    m_peopleTitle->setTextFormat(Qt::PlainText);
    m_peopleTitle->setWordWrap(true);
    m_people = makeTable(QStringLiteral("guideStarterTable"), widget);
    m_people->setModel(m_starters);
    m_people->setColumnHidden(StarterListModel::AnswersColumn, true);
    m_people->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_people->horizontalHeader()->setStretchLastSection(true);
    m_people->setColumnWidth(StarterListModel::NameColumn, 150);
    m_people->setColumnWidth(StarterListModel::WhyColumn, 300);
    m_people->setColumnWidth(StarterListModel::PositionColumn, 200);
    connect(m_people->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GuidedStartDialog::choosePerson);
    connect(m_starters, &QAbstractItemModel::modelReset, this, [this] { showPeopleOf(m_targetList->currentRow()); });
    m_peopleEmpty = new HintLabel(QString(), widget);
    m_peopleEmpty->setObjectName(QStringLiteral("guidePeopleEmpty"));
    m_peopleEmpty->setAlignment(Qt::AlignCenter);

    auto *right = new QVBoxLayout;
    right->addWidget(m_peopleTitle);
    right->addWidget(m_people, 1);
    right->addWidget(m_peopleEmpty, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_targetList);
    row->addLayout(right, 1);
    auto *layout = static_cast<QVBoxLayout *>(widget->layout());
    layout->addLayout(row, 1);
    return widget;
}

QWidget *GuidedStartDialog::makeMessagePage()
{
    QWidget *widget = page(tr("Your first message"),
                           tr("Write what only you can say where the [[brackets]] are; the advice says what makes an "
                              "outreach work. Copy it into LinkedIn or open it in your mail app, send it, then Mark "
                              "as Sent."),
                           this);
    m_messageTitle = new QLabel(widget);
    m_messageTitle->setObjectName(QStringLiteral("guideMessageTitle"));
    m_messageTitle->setTextFormat(Qt::PlainText);
    m_messageTitle->setWordWrap(true);
    QFont bold = m_messageTitle->font();
    bold.setBold(true);
    m_messageTitle->setFont(bold);
    m_composerStatus = new QLabel(widget);
    m_composerStatus->setObjectName(QStringLiteral("guideComposerStatus"));
    m_composerStatus->setTextFormat(Qt::PlainText);
    m_composerStatus->setWordWrap(true);
    auto *layout = static_cast<QVBoxLayout *>(widget->layout());
    layout->addWidget(m_messageTitle);
    // The composer itself is made when the step is first shown: it reads the templates and the
    // syntax definitions, which the guide's first steps need not wait for.
    layout->addStretch(1);
    layout->addWidget(m_composerStatus);
    return widget;
}

QWidget *GuidedStartDialog::makeNextPage()
{
    QWidget *widget = page(tr("What happens next"),
                           tr("Coffee Chat keeps track from here: the Today page lists what is due each day."), this);
    m_nextText = new QLabel(widget);
    m_nextText->setObjectName(QStringLiteral("guideNextText"));
    m_nextText->setTextFormat(Qt::RichText); // built from escaped text only
    m_nextText->setWordWrap(true);
    m_nextText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_nextText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_writeNext = new QPushButton(widget);
    m_writeNext->setObjectName(QStringLiteral("guideWriteNext"));
    m_writeNext->setAutoDefault(false);
    connect(m_writeNext, &QPushButton::clicked, this, [this] { goToStep(GuidedStartProgress::MessageStep); });
    auto *layout = static_cast<QVBoxLayout *>(widget->layout());
    layout->addSpacing(8);
    layout->addWidget(m_nextText);
    layout->addWidget(m_writeNext, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return widget;
}

void GuidedStartDialog::goToStep(int step)
{
    step = std::clamp(step, 0, GuidedStartProgress::StepCount - 1);
    if (step == m_progress.step) {
        showStep();
        return;
    }
    leaveStep();
    m_progress.step = step;
    showStep();
}

void GuidedStartDialog::next()
{
    if (m_progress.step == GuidedStartProgress::NextStep) {
        leaveStep();
        m_progress.ended = true;
        m_progress.save();
        Q_EMIT finishRequested();
        accept();
        return;
    }
    if (!applyStep())
        return;
    goToStep(m_progress.step + 1);
}

void GuidedStartDialog::skip()
{
    goToStep(m_progress.step + 1);
}

void GuidedStartDialog::back()
{
    goToStep(m_progress.step - 1);
}

void GuidedStartDialog::leaveStep()
{
    if (m_progress.step == GuidedStartProgress::ExploringStep)
        saveProfile();
    if (m_progress.step == GuidedStartProgress::MessageStep && m_composer)
        m_composer->saveDraft();
    m_progress.save();
}

void GuidedStartDialog::saveProfile()
{
    m_saveProfile.stop();
    // Only what was typed here: My Profile may have been changed elsewhere meanwhile.
    if (!m_profileEdited)
        return;
    m_profileEdited = false;
    MyProfile profile = MyProfile::load();
    const MyProfile before = profile;
    profile.exploring = MyProfile::splitRoles(m_roles->text());
    profile.name = m_name->text().simplified();
    if (profile != before)
        profile.save();
}

bool GuidedStartDialog::applyStep()
{
    switch (m_progress.step) {
    case GuidedStartProgress::TargetsStep:
        return markTargets();
    case GuidedStartProgress::PeopleStep:
        return startInterviews();
    default:
        return true;
    }
}

void GuidedStartDialog::showStep()
{
    const int step = m_progress.step;
    {
        const QSignalBlocker blocker(m_steps);
        m_steps->setCurrentRow(step);
    }
    for (int s = 0; s < m_steps->count(); ++s) {
        QFont font = m_steps->font();
        font.setBold(s == step);
        m_steps->item(s)->setFont(font);
    }
    m_pages->setCurrentIndex(step);
    const QStringList roles = MyProfile::load().exploring;
    switch (step) {
    case GuidedStartProgress::NetworkStep:
        updateNetworkState();
        break;
    case GuidedStartProgress::ExploringStep: {
        if (!m_profileEdited) { // as My Profile has them now, unless typed here and not yet kept
            m_roles->setText(MyProfile::joinRoles(roles));
            m_name->setText(MyProfile::load().name);
        }
        updateCommonTitles();
        m_roles->setFocus();
        m_roles->selectAll();
        break;
    }
    case GuidedStartProgress::TargetsStep:
        m_suggestions->setRoles(roles);
        if (!m_targetsTouched)
            preselectTargets();
        updateTargetCount();
        m_targetTable->setFocus();
        break;
    case GuidedStartProgress::PeopleStep:
        m_starters->setRoles(roles);
        fillTargetList();
        m_people->setFocus();
        break;
    case GuidedStartProgress::MessageStep:
        showFirstMessage();
        break;
    case GuidedStartProgress::NextStep:
        fillWhatHappensNext();
        m_next->setFocus();
        break;
    }
    updateButtons();
    m_progress.save();
}

void GuidedStartDialog::updateCommonTitles()
{
    // The titles most common in the network, as ideas.
    QHash<QString, int> titles;
    for (const NetworkPerson &person : m_workspace->network->network().people()) {
        const QString title = person.position.simplified();
        if (!title.isEmpty())
            ++titles[title];
    }
    QList<std::pair<int, QString>> common;
    common.reserve(titles.size());
    for (auto it = titles.cbegin(); it != titles.cend(); ++it)
        common.append({it.value(), it.key()});
    std::sort(common.begin(), common.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList shown;
    for (qsizetype i = 0; i < common.size() && i < 6; ++i)
        shown << tr("“%1”").arg(common.at(i).second); // quoted: titles have commas of their own
    if (shown.isEmpty() && m_workspace->network->isLoading())
        m_commonTitles->setText(tr("Reading your network for ideas…"));
    else if (shown.isEmpty())
        m_commonTitles->setText(tr("Import your network on the first step to see the titles common in it."));
    else
        m_commonTitles->setText(tr("Common in your network: %1").arg(shown.join(QStringLiteral(", "))));
}

void GuidedStartDialog::updateButtons()
{
    const int step = m_progress.step;
    m_back->setEnabled(step > 0);
    m_skip->setVisible(step < GuidedStartProgress::NextStep);
    m_next->setText(step == GuidedStartProgress::NextStep ? tr("&Finish") : tr("N&ext >"));
    m_next->setToolTip(step == GuidedStartProgress::NextStep ? tr("Close the guide and show Today") : QString());
}

void GuidedStartDialog::updateNetworkState()
{
    const int count = m_workspace->contacts->count();
    m_networkState->setText(
        count == 0 ? tr("You have no contacts yet.")
                   : tr("You have %Ln contacts. Import another file, or go on with Next.", nullptr, count));
}

void GuidedStartDialog::importFinished(const QString &message)
{
    if (!m_importing)
        return;
    m_importing = false;
    // The keyboard comes back here once the import's dialogs are closed (a message about the
    // file may still be open: then when it closes).
    const auto comeBack = [this] {
        // Not when the user has gone on in another window meanwhile.
        for (QWidget *w = QApplication::activeWindow(); w; w = w->parentWidget()) {
            if (w == this)
                break;
            if (!w->parentWidget())
                return;
        }
        raise();
        activateWindow();
    };
    const auto boxes = findChildren<QMessageBox *>();
    const auto open = std::find_if(boxes.cbegin(), boxes.cend(), [](const QMessageBox *b) { return b->isVisible(); });
    if (open != boxes.cend())
        connect(*open, &QDialog::finished, this, comeBack, Qt::SingleShotConnection);
    else
        comeBack();
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
    // Contacts came in: the next step follows by itself.
    if (m_progress.step == GuidedStartProgress::NetworkStep && m_workspace->contacts->count() > m_contactsBefore)
        goToStep(GuidedStartProgress::ExploringStep);
}

void GuidedStartDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if ((!ImportController::droppedFile(mime).isEmpty() || !ImportController::droppedCards(mime).isEmpty())
        && !m_import->isBusy())
        event->acceptProposedAction();
}

void GuidedStartDialog::dropEvent(QDropEvent *event)
{
    const QString path = ImportController::droppedFile(event->mimeData());
    const QByteArray cards = path.isEmpty() ? ImportController::droppedCards(event->mimeData()) : QByteArray();
    if (path.isEmpty() && cards.isEmpty())
        return;
    event->acceptProposedAction();
    if (m_progress.step != GuidedStartProgress::NetworkStep)
        goToStep(GuidedStartProgress::NetworkStep);
    m_contactsBefore = m_workspace->contacts->count();
    m_importing = !path.isEmpty() ? m_import->importFile(path, this) : m_import->importCards(cards, this);
}

void GuidedStartDialog::closeEvent(QCloseEvent *event)
{
    leaveStep();
    QDialog::closeEvent(event);
}

void GuidedStartDialog::preselectTargets()
{
    // Targets chosen on an earlier walk, else those the user marked already (the active ones).
    QStringList names;
    QList<qint64> ids = m_progress.targets;
    const bool chosenBefore = !ids.isEmpty(); // on this walk: as chosen, not topped up to five
    if (ids.isEmpty())
        ids = m_workspace->targetModel->activeIds();
    for (qint64 id : std::as_const(ids)) {
        const std::optional<Organisation> o = m_workspace->organisations->organisation(id);
        if (o && o->target)
            names << o->name;
    }
    const bool touched = m_targetsTouched;
    m_suggestions->preselect(names, chosenBefore ? int(names.size()) : std::max(TargetCount, int(names.size())));
    m_targetsTouched = touched;
    if (m_suggestionFilter->rowCount() > 0 && !m_targetTable->currentIndex().isValid())
        m_targetTable->setCurrentIndex(m_suggestionFilter->index(0, TargetSuggestionModel::NameColumn));
}

void GuidedStartDialog::addTypedTarget()
{
    const QString typed = m_targetSearch->text().simplified();
    // The search shows one employer ("conto" finds Contoso): that one is meant.
    if (m_suggestionFilter->rowCount() == 1) {
        const QModelIndex only = m_suggestionFilter->index(0, TargetSuggestionModel::NameColumn);
        m_targetsTouched = true;
        m_suggestionFilter->setData(only, Qt::Checked, Qt::CheckStateRole);
        const QModelIndex source = m_suggestionFilter->mapToSource(only);
        m_targetSearch->clear();
        const QModelIndex shown = m_suggestionFilter->mapFromSource(source);
        m_targetTable->setCurrentIndex(shown);
        m_targetTable->scrollTo(shown);
        return;
    }
    const int row = m_suggestions->addName(typed);
    if (row < 0) {
        m_targetProblem->setText(tr("“%1” is not a name: type the employer's name in letters or digits.").arg(typed));
        m_targetProblem->show();
        return;
    }
    m_targetsTouched = true;
    m_targetSearch->clear();
    const QModelIndex shown = m_suggestionFilter->mapFromSource(m_suggestions->index(row, 0));
    m_targetTable->setCurrentIndex(shown);
    m_targetTable->scrollTo(shown);
}

void GuidedStartDialog::updateTargetCount()
{
    const int chosen = m_suggestions->checkedCount();
    if (m_suggestions->isEmpty() && m_workspace->network->isLoading()) {
        m_targetCount->setText(tr("Reading your network…"));
        return;
    }
    if (m_suggestions->isEmpty()) {
        m_targetCount->setText(tr("Nobody in your contacts has an employer yet: type the names of employers you "
                                  "are curious about."));
        return;
    }
    m_targetCount->setText(
        chosen == 0
            ? tr("None chosen: check the employers to target.")
            : tr("%Ln chosen: %1", nullptr, chosen).arg(m_suggestions->checkedNames().join(QStringLiteral(", ")))
                + (chosen > TargetCount
                       ? QLatin1Char(' ') + tr("Five are plenty to begin with: more come easily later.")
                       : QString()));
}

bool GuidedStartDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the search adds what is typed instead of going on to the next step.
    if (watched == m_targetSearch && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !m_targetSearch->text().simplified().isEmpty()) {
            addTypedTarget();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

bool GuidedStartDialog::markTargets()
{
    const QStringList names = m_suggestions->checkedNames();
    QList<qint64> ids;
    // Targets already need no writing; Edit › Undo gets a step only when something is written.
    QStringList toMark;
    for (const QString &name : names) {
        const std::optional<Organisation> existing = m_workspace->organisations->findByCompany(name);
        if (existing && existing->target) {
            if (!ids.contains(existing->id))
                ids << existing->id;
        } else {
            toMark << name;
        }
    }
    bool ok = true;
    QString error;
    if (!toMark.isEmpty()) {
        QUndoStack *stack = m_workspace->undoStack;
        stack->beginMacro(undoText(tr("Choose %Ln targets", nullptr, int(names.size()))));
        for (const QString &name : std::as_const(toMark)) {
            const qint64 id = InterviewCommands::markTarget(stack, m_workspace->organisations,
                                                            m_workspace->network->network(), name, &error);
            if (id == 0 && !error.isEmpty()) {
                ok = false;
                break;
            }
            if (id != 0 && !ids.contains(id))
                ids << id;
        }
        endMacro(stack, ok);
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Targets not saved"), error);
        return false;
    }
    // In the order of the list.
    QList<qint64> ordered;
    for (const QString &name : names) {
        const std::optional<Organisation> o = m_workspace->organisations->findByCompany(name);
        if (o && ids.contains(o->id) && !ordered.contains(o->id))
            ordered << o->id;
    }
    m_workspace->targetModel->refresh();
    m_progress.targets = ordered;
    return true;
}

void GuidedStartDialog::fillTargetList()
{
    const QSignalBlocker blocker(m_targetList);
    m_targetList->clear();
    const QStringList roles = MyProfile::load().exploring;
    // Whom the user is talking to at each employer already: the first of them stays the choice
    // there, so that walking the guide again never starts a second person too soon.
    QHash<qint64, qint64> underWay; // organisation → contact
    QList<Interview> all = m_workspace->interviews->all();
    std::sort(all.begin(), all.end(), [](const Interview &a, const Interview &b) { return a.id < b.id; });
    for (const Interview &i : std::as_const(all)) {
        if (i.isActive() && i.contactId != 0 && i.organisationId != 0 && !underWay.contains(i.organisationId))
            underWay.insert(i.organisationId, i.contactId);
    }
    for (qint64 id : std::as_const(m_progress.targets)) {
        const std::optional<Organisation> o = m_workspace->organisations->organisation(id);
        if (!o || !o->target)
            continue; // deleted, or taken off the targets (Undo) since
        // The first in rank is chosen unless the user chose another (who is still a contact), or
        // is talking to someone there already.
        if (!m_workspace->contacts->contact(m_progress.chosen.value(id))) {
            m_progress.chosen.remove(id);
            if (underWay.contains(id)) {
                m_progress.chosen.insert(id, underWay.value(id));
            } else {
                const QList<Starters::Starter> ranked =
                    Starters::rank(m_workspace->network->network().peopleAt(o->name), roles);
                if (!ranked.isEmpty())
                    m_progress.chosen.insert(id, ranked.constFirst().person.contactId);
            }
        }
        const qint64 chosenId = m_progress.chosen.value(id);
        const std::optional<Contact> chosen = m_workspace->contacts->contact(chosenId);
        const bool talking = chosen && underWay.value(id) == chosenId;
        auto *item =
            new QListWidgetItem(!chosen       ? tr("%1\nNobody you know yet").arg(o->name)
                                    : talking ? tr("%1\nAsk: %2 (under way)").arg(o->name, chosen->displayName())
                                              : tr("%1\nAsk: %2").arg(o->name, chosen->displayName()),
                                m_targetList);
        item->setData(OrganisationRole, id);
    }
    if (m_targetList->count() == 0) {
        m_peopleTitle->setText(tr("No targets chosen yet: go back a step to choose them, or skip this one."));
        m_people->hide();
        m_peopleEmpty->hide();
        return;
    }
    m_targetList->setCurrentRow(0);
    showPeopleOf(0);
}

void GuidedStartDialog::showPeopleOf(int row)
{
    if (row < 0 || row >= m_targetList->count())
        return;
    const qint64 organisationId = m_targetList->item(row)->data(OrganisationRole).toLongLong();
    const std::optional<Organisation> o = m_workspace->organisations->organisation(organisationId);
    if (!o)
        return;
    if (m_starters->employer() != o->name) {
        m_starters->setEmployer(o->name); // resets the model, which calls back here
        return;
    }
    const int people = m_starters->rowCount();
    m_peopleTitle->setText(tr("%1: %2").arg(o->name, Network::advocacyText(people, 0)));
    m_people->setVisible(people > 0);
    m_peopleEmpty->setVisible(people == 0);
    m_peopleEmpty->setText(tr("Nobody you know works at %1 yet. Ask friends and former colleagues whether they know "
                              "someone there; add them as contacts, then start an interview from the Targets page.")
                               .arg(o->name));
    const qint64 chosen = m_progress.chosen.value(organisationId);
    for (int r = 0; r < people; ++r) {
        if (m_starters->starter(r).person.contactId == chosen) {
            const QSignalBlocker blocker(m_people->selectionModel());
            m_people->selectionModel()->setCurrentIndex(
                m_starters->index(r, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_people->scrollTo(m_starters->index(r, 0));
            break;
        }
    }
}

void GuidedStartDialog::choosePerson(const QModelIndex &index)
{
    const int row = m_targetList->currentRow();
    if (!index.isValid() || row < 0)
        return;
    const qint64 organisationId = m_targetList->item(row)->data(OrganisationRole).toLongLong();
    const qint64 contactId = index.data(StarterListModel::ContactIdRole).toLongLong();
    m_progress.chosen.insert(organisationId, contactId);
    const std::optional<Organisation> o = m_workspace->organisations->organisation(organisationId);
    const std::optional<Contact> c = m_workspace->contacts->contact(contactId);
    if (o && c)
        m_targetList->item(row)->setText(tr("%1\nAsk: %2").arg(o->name, c->displayName()));
    m_progress.save();
}

bool GuidedStartDialog::isUntouched(const Interview &interview) const
{
    // Made by the guide with this very person (ids of deleted interviews come back in SQLite),
    // and nothing done with it since: still at Identify, nothing written, sent or planned.
    if (m_progress.created.value(interview.id) != interview.contactId || interview.contactId == 0)
        return false;
    if (!interview.isActive() || interview.step != Step::Identify || interview.outreachSentOn.isValid()
        || !interview.researchNotes.trimmed().isEmpty() || !interview.learningGoals.trimmed().isEmpty()
        || !interview.links.isEmpty() || !interview.conversationNotes.trimmed().isEmpty())
        return false;
    if (!m_workspace->messages->sent(interview.id).isEmpty() || !m_workspace->interviews->plan(interview.id).isEmpty())
        return false;
    for (const MessageKind kind : MessageKindNames::all()) {
        if (m_workspace->messages->draft(interview.id, kind))
            return false;
    }
    return true;
}

bool GuidedStartDialog::startInterviews()
{
    const QStringList roles = MyProfile::load().exploring;
    const QList<Interview> all = m_workspace->interviews->all();
    // What this step will do, worked out first: Edit › Undo gets a step only when something is
    // written (opening one would also throw away what Redo had).
    QList<qint64> made; // in the targets' order; 0 for one still to start
    QList<qint64> toStart; // contacts
    QList<qint64> toRemove; // interviews the guide made with someone no longer chosen there
    for (qint64 organisationId : std::as_const(m_progress.targets)) {
        const std::optional<Organisation> target = m_workspace->organisations->organisation(organisationId);
        if (!target || !target->target)
            continue;
        const qint64 contactId = m_progress.chosen.value(organisationId);
        if (contactId == 0 || !m_workspace->contacts->contact(contactId))
            continue;
        // One under way with them already: that one, not a second.
        const auto under = std::find_if(all.cbegin(), all.cend(), [contactId](const Interview &i) {
            return i.contactId == contactId && i.isActive();
        });
        if (under != all.cend()) {
            made << under->id;
            continue;
        }
        // Another person chosen here since the guide started an interview with someone else, who
        // has not been written to or worked on: that one goes (the same step of Undo brings it back).
        for (const Interview &earlier : all) {
            if (earlier.organisationId == organisationId && earlier.contactId != contactId && isUntouched(earlier))
                toRemove << earlier.id;
        }
        made << 0;
        toStart << contactId;
    }
    bool ok = true;
    QString error;
    QHash<qint64, qint64> created;
    if (!toStart.isEmpty() || !toRemove.isEmpty()) {
        QUndoStack *stack = m_workspace->undoStack;
        stack->beginMacro(undoText(tr("Start interviews at your targets")));
        for (qint64 id : std::as_const(toRemove)) {
            ok = InterviewCommands::removeInterview(stack, m_workspace->interviews, m_workspace->recordingFiles(), id,
                                                    &error);
            if (!ok)
                break;
        }
        qsizetype next = 0;
        for (qsizetype i = 0; ok && i < made.size(); ++i) {
            if (made.at(i) != 0)
                continue;
            Interview interview;
            interview.contactId = toStart.at(next++);
            interview.step = Step::Identify;
            interview.topic = roles.isEmpty() ? QString() : roles.constFirst();
            ok = InterviewCommands::startInterview(stack, m_workspace->interviews, m_workspace->organisations,
                                                   m_workspace->contacts, interview, &error);
            if (ok) {
                made[i] = interview.id;
                created.insert(interview.id, interview.contactId);
            }
        }
        endMacro(stack, ok); // a failure takes back what this step wrote
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Interviews not started"), error);
        return false;
    }
    for (qint64 id : std::as_const(toRemove))
        m_progress.created.remove(id);
    m_progress.created.insert(created);
    m_progress.interviews = made;
    if (!created.isEmpty())
        Q_EMIT statusMessage(tr("Started %Ln interviews, at Identify.", nullptr, int(created.size())));
    return true;
}

qint64 GuidedStartDialog::firstUnsentInterview() const
{
    for (qint64 id : m_progress.interviews) {
        const std::optional<Interview> interview = m_workspace->interviews->interview(id);
        if (interview && interview->isActive() && !interview->outreachSentOn.isValid())
            return id;
    }
    return 0;
}

void GuidedStartDialog::showFirstMessage()
{
    const qint64 id = firstUnsentInterview();
    int number = 0;
    int count = 0;
    for (qint64 made : std::as_const(m_progress.interviews)) {
        if (m_workspace->interviews->interview(made)) {
            ++count;
            if (made == id)
                number = count;
        }
    }
    if (id == 0) {
        m_messageTitle->setText(count == 0 ? tr("No interview to write for yet: choose whom to ask first on the step "
                                                "before, or skip this one.")
                                           : tr("Every first message is sent. Next shows what happens now."));
        if (m_composerArea)
            m_composerArea->hide();
        m_next->setFocus();
        return;
    }
    if (!m_composer) {
        QWidget *page = m_pages->widget(GuidedStartProgress::MessageStep);
        // In a scroll area: the composer is wide, and the guide must still fit a small screen.
        auto *scroll = new QScrollArea(page);
        scroll->setObjectName(QStringLiteral("guideComposerArea"));
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_composer = new ComposerWidget(m_workspace, scroll);
        m_composer->setObjectName(QStringLiteral("guideComposer"));
        scroll->setWidget(m_composer);
        m_composerArea = scroll;
        auto *layout = static_cast<QVBoxLayout *>(page->layout());
        layout->insertWidget(layout->indexOf(m_messageTitle) + 1, scroll, 1);
        // The stretch that stood in for it goes.
        for (int i = 0; i < layout->count(); ++i) {
            if (layout->itemAt(i)->spacerItem()) {
                delete layout->takeAt(i);
                break;
            }
        }
        connect(m_composer, &ComposerWidget::statusMessage, m_composerStatus, &QLabel::setText);
        // What the composer last said is about the text as it was.
        connect(m_composer->editor(), &QPlainTextEdit::textChanged, m_composerStatus, &QLabel::clear);
    }
    m_composerStatus->clear();
    m_composerArea->show();
    // Wide enough for the composer's buttons where the screen allows; it scrolls where not.
    const QMargins margins = m_pages->widget(GuidedStartProgress::MessageStep)->layout()->contentsMargins();
    const int missing = m_composer->minimumSizeHint().width() - (m_pages->width() - margins.left() - margins.right());
    if (missing > 0 && screen()) {
        const QRect room = screen()->availableGeometry();
        resize(std::max(width(), std::min(width() + missing + 8, room.width())), height());
    }
    const InterviewNames names = m_workspace->interviews->names(id);
    m_messageTitle->setText(
        tr("Message %1 of %2: to %3 at %4")
            .arg(number)
            .arg(count)
            .arg(names.person, names.organisation.isEmpty() ? tr("their employer") : names.organisation));
    m_composer->refreshValues(); // the name typed on the second step signs it
    if (m_composer->interviewId() != id)
        m_composer->setInterview(id);
    m_composer->setKind(MessageKind::Outreach);
    m_composer->focusMessage();
}

void GuidedStartDialog::sentMessagesChanged(qint64 interviewId)
{
    if (m_progress.step != GuidedStartProgress::MessageStep || !m_progress.interviews.contains(interviewId))
        return;
    const std::optional<Interview> interview = m_workspace->interviews->interview(interviewId);
    if (!interview || !interview->outreachSentOn.isValid())
        return;
    m_sentInterview = interviewId;
    // After the composer has said what it recorded.
    QMetaObject::invokeMethod(
        this, [this] { goToStep(GuidedStartProgress::NextStep); }, Qt::QueuedConnection);
}

void GuidedStartDialog::fillWhatHappensNext()
{
    const ReminderSettings &settings = m_workspace->reminders;
    const QDateTime now = m_workspace->clock();
    const QLocale locale;
    const auto item = [](const QString &text) {
        return QStringLiteral("<li>") + text.toHtmlEscaped() + QStringLiteral("</li>");
    };
    QString html = QStringLiteral("<ul>");

    // The outreach sent here, else the latest one sent among the guide's interviews.
    std::optional<Interview> sent;
    for (qint64 id : std::as_const(m_progress.interviews)) {
        const std::optional<Interview> i = m_workspace->interviews->interview(id);
        if (i && i->outreachSentOn.isValid() && (id == m_sentInterview || !sent))
            sent = i;
    }
    if (sent) {
        const InterviewNames names = m_workspace->interviews->names(sent->id);
        const QString at = names.organisation.isEmpty() ? QString() : names.organisation;
        html += item(
            tr("You wrote to %1 on %2.").arg(names.person, locale.toString(sent->outreachSentOn, QLocale::LongFormat)));
        QDate second;
        QDate followUp;
        for (const Reminder &r : Reminders::forInterview(*sent, settings, now)) {
            if (r.kind == Reminder::Kind::ContactSecondPerson)
                second = r.due;
            else if (r.kind == Reminder::Kind::SendFollowUp)
                followUp = r.due;
        }
        if (second.isValid()) {
            // The next person there, by the rule Today names them with.
            QSet<qint64> asked;
            for (const Interview &i : m_workspace->interviews->all())
                asked.insert(i.contactId);
            const std::optional<Starters::Starter> next =
                Starters::next(m_workspace->network->network().peopleAt(at), MyProfile::load().exploring, asked);
            const QString nextPerson = next ? next->person.name : QString();
            html += item(nextPerson.isEmpty()
                             ? tr("If there is no answer by %1 (%Ln business days), Today suggests approaching a "
                                  "second person at %2.",
                                  nullptr, settings.secondPersonAfterBusinessDays)
                                   .arg(locale.toString(second, QLocale::LongFormat), at)
                             : tr("If there is no answer by %1 (%Ln business days), Today suggests writing to the next "
                                  "person at %2: %3.",
                                  nullptr, settings.secondPersonAfterBusinessDays)
                                   .arg(locale.toString(second, QLocale::LongFormat), at, nextPerson));
        }
        if (followUp.isValid())
            html += item(tr("If there is still no answer by %1 (%Ln business days), Today reminds you to send %2 one "
                            "polite follow-up.",
                            nullptr, settings.followUpAfterBusinessDays)
                             .arg(locale.toString(followUp, QLocale::LongFormat), names.person));
        html += item(tr("An answer from anyone at %1 ends both reminders: record it on the interview's Contact tab.")
                         .arg(at.isEmpty() ? tr("their employer") : at));
    } else {
        html += item(
            tr("Once you mark a first message as sent, Today suggests a second person at that employer "
               "after %Ln business days without an answer,",
               nullptr, settings.secondPersonAfterBusinessDays)
            + tr(" and one polite follow-up after %Ln business days.", nullptr, settings.followUpAfterBusinessDays));
    }
    // The other people chosen, still to write to.
    QStringList waiting;
    QString nextToWrite;
    for (qint64 id : std::as_const(m_progress.interviews)) {
        const std::optional<Interview> i = m_workspace->interviews->interview(id);
        if (i && i->isActive() && !i->outreachSentOn.isValid()) {
            const InterviewNames names = m_workspace->interviews->names(id);
            if (nextToWrite.isEmpty())
                nextToWrite =
                    names.organisation.isEmpty() ? names.person : tr("%1 (%2)").arg(names.person, names.organisation);
            waiting << (names.organisation.isEmpty() ? names.person
                                                     : tr("%1 at %2").arg(names.person, names.organisation));
        }
    }
    if (!waiting.isEmpty())
        html += item(tr("%Ln more people wait for a first message: %1. Messages (Ctrl+8) writes them; each one's "
                        "interview is on the Interviews page.",
                        nullptr, int(waiting.size()))
                         .arg(waiting.join(QStringLiteral("; "))));
    html += item(tr("When someone agrees, set the time on the interview's Conduct tab and print the prep sheet; "
                    "after the conversation, Today asks for a thank-you note within %Ln days.",
                    nullptr, settings.thankYouWithinDays));
    html += QStringLiteral("</ul>");
    m_nextText->setText(html);
    m_writeNext->setVisible(!nextToWrite.isEmpty());
    QString escaped = nextToWrite;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&&"));
    m_writeNext->setText(tr("&Write to %1 Now").arg(escaped));
}
