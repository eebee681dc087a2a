#include "targetsview.h"

#include "addtargetdialog.h"
#include "commands/interviewcommands.h"
#include "domain/companyname.h"
#include "hintlabel.h"
#include "itemviews.h"
#include "messages/myprofile.h"
#include "models/networkcache.h"
#include "models/starterlistmodel.h"
#include "models/targetlistmodel.h"
#include "storage/organisationstore.h"
#include "workflow/reminders.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// The active targets in bold; Motivation and Posting chosen from a list in place.
class TargetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QStringList choices = index.data(TargetListModel::ChoicesRole).toStringList();
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->addItems(choices);
        // Chosen means saved: no second step to confirm a choice from a list.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            Q_EMIT const_cast<TargetDelegate *>(this)->commitData(combo);
            Q_EMIT const_cast<TargetDelegate *>(this)->closeEditor(combo);
        });
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
            combo->showPopup();
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentIndex(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TargetListModel::ActiveRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

TargetsView::TargetsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(workspace->targetModel)
    , m_starters(new StarterListModel(workspace->network, workspace->interviews, this))
{
    setObjectName(QStringLiteral("targetsView"));
    m_model->setWriter([workspace](const Organisation &edited, QString *error) {
        return InterviewCommands::editOrganisation(workspace->undoStack, workspace->organisations, edited, error);
    });
    connect(m_model, &TargetListModel::writeFailed, this,
            [this](const QString &error) { QMessageBox::warning(this, tr("Targets"), error); });

    // What you are exploring: it ranks the people at each employer.
    m_roles = new QLineEdit(this);
    m_roles->setObjectName(QStringLiteral("exploringRoles"));
    m_roles->setPlaceholderText(tr("e.g. product management, UX design"));
    m_roles->setClearButtonEnabled(true);
    m_roles->setToolTip(tr("The roles or fields you are curious about, separated by commas. People who work in "
                           "them are suggested first. Also under Settings › My Profile."));
    connect(m_roles, &QLineEdit::editingFinished, this, &TargetsView::saveRoles);
    auto *rolesLabel = new QLabel(tr("You are e&xploring:"), this);
    rolesLabel->setBuddy(m_roles);
    auto *rolesRow = new QHBoxLayout;
    rolesRow->addWidget(rolesLabel);
    rolesRow->addWidget(m_roles, 1);

    // The target list.
    m_addAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Target…"), this);
    m_addAction->setObjectName(QStringLiteral("addTargetAction"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_addAction->setStatusTip(tr("Mark an employer of your network, or any other, as a target"));
    connect(m_addAction, &QAction::triggered, this, &TargetsView::chooseTarget);
    auto *add = new QPushButton(m_addAction->icon(), tr("Add Target…"), this);
    add->setObjectName(QStringLiteral("addTargetButton"));
    add->setToolTip(tr("Add Target… (%1)").arg(m_addAction->shortcut().toString(QKeySequence::NativeText)));
    connect(add, &QPushButton::clicked, m_addAction, &QAction::trigger);
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove from Targets"), this);
    m_remove->setObjectName(QStringLiteral("removeTargetButton"));
    m_remove->setToolTip(tr("Remove from Targets (Delete): its notes and interviews are kept"));
    connect(m_remove, &QPushButton::clicked, this, &TargetsView::removeCurrentTarget);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    m_table = new QTableView(this);
    ItemViews::setUpTable(m_table);
    m_table->setObjectName(QStringLiteral("targetTable"));
    m_table->setAccessibleName(tr("Target employers"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TargetDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TargetListModel::NameColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    // Delete in the list removes the chosen target, as it deletes elsewhere.
    auto *removeKey = new QAction(tr("Remove from Targets"), m_table);
    removeKey->setObjectName(QStringLiteral("removeTargetAction"));
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    connect(removeKey, &QAction::triggered, this, &TargetsView::removeCurrentTarget);
    m_table->addAction(removeKey);
    m_empty = new QLabel(tr("<h3>No target employers yet</h3><p>Career coaches suggest a list of target employers, "
                            "worked five at a time. <b>Add Target…</b> lists the employers of your network, "
                            "where you know most people first; you can also type one where you know nobody "
                            "yet.</p><p>Then rate how much you want to work there (Motivation) and whether "
                            "they have an opening: the list sorts itself, and the top five are "
                            "active.</p>"),
                         this);
    m_empty->setObjectName(QStringLiteral("noTargets"));
    m_empty->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_empty, 1);

    // The people at the chosen one.
    m_peopleTitle = new QLabel(this);
    m_peopleTitle->setObjectName(QStringLiteral("peopleTitle"));
    m_peopleTitle->setTextFormat(Qt::PlainText);
    // A long name wraps, or is cut, but never widens the window.
    m_peopleTitle->setWordWrap(true);
    m_peopleTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont titleFont = m_peopleTitle->font();
    titleFont.setBold(true);
    m_peopleTitle->setFont(titleFont);
    auto *peopleHint = new HintLabel(tr("Whom to ask first: closer people first (friends, alumni, referrals, "
                                        "colleagues), then those working in what you are exploring, then the more "
                                        "senior. Ask one person at a time."),
                                     this);
    m_people = new QTableView(this);
    ItemViews::setUpTable(m_people);
    m_people->setObjectName(QStringLiteral("starterTable"));
    m_people->setAccessibleName(tr("People you know there"));
    // Who answers, to filter by: the people shown are those of the proxy.
    m_peopleProxy = new QSortFilterProxyModel(this);
    m_peopleProxy->setSourceModel(m_starters);
    m_peopleProxy->setFilterKeyColumn(StarterListModel::AnswersColumn);
    m_people->setModel(m_peopleProxy);
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->setSelectionMode(QAbstractItemView::SingleSelection);
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->verticalHeader()->hide();
    // The reason and the position share the width; nothing scrolls sideways.
    m_people->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_people->horizontalHeader()->setSectionResizeMode(StarterListModel::WhyColumn, QHeaderView::Stretch);
    m_people->horizontalHeader()->setSectionResizeMode(StarterListModel::PositionColumn, QHeaderView::Stretch);
    m_people->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_people->setTextElideMode(Qt::ElideRight);
    m_people->setWordWrap(false);
    m_people->setToolTip(tr("Double-click or press Return: open their interview, or start one"));
    connect(m_people, &QTableView::activated, this, &TargetsView::activateStarter);
    m_answers = new QComboBox(this);
    m_answers->setObjectName(QStringLiteral("answersFilter"));
    m_answers->addItem(tr("Everyone"), QString());
    for (Answering::Kind kind : {Answering::Kind::Quick, Answering::Kind::Slow, Answering::Kind::NoReplyYet})
        m_answers->addItem(Answering::text(kind), Answering::text(kind));
    m_answers->addItem(tr("Not contacted yet"), QStringLiteral("-"));
    m_answers->setToolTip(tr("Show only the people who answer quickly, slowly, not yet, or whom you have not "
                             "contacted"));
    connect(m_answers, &QComboBox::currentIndexChanged, this, [this] {
        const QString wanted = m_answers->currentData().toString();
        const QModelIndex current = m_people->currentIndex();
        const qint64 chosen = current.isValid() ? current.data(StarterListModel::ContactIdRole).toLongLong() : 0;
        m_peopleProxy->setFilterRegularExpression(
            wanted.isEmpty() ? QRegularExpression()
                : wanted == QLatin1String("-")
                ? QRegularExpression(QStringLiteral("^$"))
                : QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(wanted))));
        chooseStarter(chosen);
        updateState();
    });
    auto *answersLabel = new QLabel(tr("Sho&w:"), this);
    answersLabel->setBuddy(m_answers);
    auto *answersRow = new QHBoxLayout;
    answersRow->addWidget(answersLabel);
    answersRow->addWidget(m_answers);
    answersRow->addStretch(1);
    m_peopleEmpty = new QLabel(this);
    m_peopleEmpty->setObjectName(QStringLiteral("noPeople"));
    m_peopleEmpty->setWordWrap(true);
    m_peopleEmpty->setTextFormat(Qt::PlainText);
    m_peopleEmpty->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_peopleEmpty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_start = new QPushButton(QIcon::fromTheme(QStringLiteral("contact-new")), tr("S&tart Interview"), this);
    m_start->setObjectName(QStringLiteral("startInterviewButton"));
    m_start->setToolTip(tr("Start an informational interview with the person chosen"));
    connect(m_start, &QPushButton::clicked, this, &TargetsView::startInterviewWithCurrent);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_peopleTitle);
    rightLayout->addWidget(peopleHint);
    rightLayout->addLayout(answersRow);
    rightLayout->addWidget(m_people, 1);
    rightLayout->addWidget(m_peopleEmpty, 1);
    rightLayout->addWidget(m_start, 0, Qt::AlignRight);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 720});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(rolesRow);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TargetsView::showTarget);
    // The list re-sorts itself as targets change: the chosen one stays chosen.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_shownId = currentTargetId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const qint64 keep = m_shownId;
        m_shownId = -1; // shown again, with what the reset brought
        // The same target, in its new place; else (it left the list) the first.
        int row = m_model->rowOf(keep);
        if (row < 0 && m_model->rowCount() > 0)
            row = 0;
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, TargetListModel::NameColumn));
        showTarget();
        updateState();
    });
    connect(m_people->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TargetsView::updateState);
    connect(m_starters, &QAbstractItemModel::dataChanged, this, &TargetsView::updateState); // an interview began
    // The people are ranked again as the network or the roles change: whoever was chosen stays
    // chosen, else the first without an interview is.
    connect(m_starters, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_people->currentIndex();
        m_chosenPerson = current.isValid() ? current.data(StarterListModel::ContactIdRole).toLongLong() : 0;
    });
    connect(m_starters, &QAbstractItemModel::modelReset, this, [this] {
        chooseStarter(m_chosenPerson);
        updateState();
    });
    m_roles->setText(MyProfile::joinRoles(MyProfile::load().exploring));
    m_starters->setRoles(MyProfile::load().exploring);
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    showTarget();
}

void TargetsView::showEvent(QShowEvent *event)
{
    // My Profile may have changed in the settings meanwhile.
    const QStringList roles = MyProfile::load().exploring;
    if (!m_roles->hasFocus())
        m_roles->setText(MyProfile::joinRoles(roles));
    m_starters->setRoles(roles);
    QWidget::showEvent(event);
}

qint64 TargetsView::currentTargetId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(TargetListModel::OrganisationIdRole).toLongLong() : 0;
}

void TargetsView::selectTarget(qint64 organisationId)
{
    const int row = m_model->rowOf(organisationId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, TargetListModel::NameColumn));
}

void TargetsView::showTarget()
{
    const qint64 id = currentTargetId();
    if (id == m_shownId)
        return;
    m_shownId = id;
    const int row = m_model->rowOf(id);
    const QString name = row >= 0 ? m_model->organisation(row).name : QString();
    m_starters->setEmployer(name);
    m_peopleTitle->setText(name.isEmpty() ? tr("People you know there") : tr("People you know at %1").arg(name));
    chooseStarter(0);
    updateState();
}

void TargetsView::chooseStarter(qint64 contactId)
{
    // Among the people shown (the filter may hide some): this one, else the first without an
    // interview, else the first.
    const int shown = m_peopleProxy->rowCount();
    int row = -1;
    int firstFree = -1;
    for (int r = 0; r < shown && row < 0; ++r) {
        const QModelIndex index = m_peopleProxy->index(r, 0);
        if (contactId && index.data(StarterListModel::ContactIdRole).toLongLong() == contactId)
            row = r;
        if (firstFree < 0 && index.data(StarterListModel::InterviewIdRole).toLongLong() == 0)
            firstFree = r;
    }
    if (row < 0)
        row = std::max(0, firstFree);
    if (row < shown)
        m_people->setCurrentIndex(m_peopleProxy->index(row, 0));
}

void TargetsView::updateState()
{
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    m_remove->setEnabled(currentTargetId() != 0);
    const bool people = m_peopleProxy->rowCount() > 0;
    m_people->setVisible(people);
    m_peopleEmpty->setVisible(!people);
    m_answers->setEnabled(m_starters->rowCount() > 0);
    if (!people) {
        m_peopleEmpty->setText(
            m_starters->rowCount() > 0 ? tr("Nobody you know at %1 is “%2”. Choose Everyone to see them all.")
                                             .arg(m_starters->employer(), m_answers->currentText())
                : m_starters->employer().isEmpty() ? tr("Choose a target employer to see whom you know there.")
                : m_workspace->network->isLoading()
                ? tr("Reading your network…")
                : tr("Nobody in your contacts works at %1 yet. Ask your friends and alumni whom "
                     "they know there, or look for alumni of your school on LinkedIn.")
                      .arg(m_starters->employer()));
    }
    const QModelIndex person = m_people->currentIndex();
    m_start->setEnabled(people && person.isValid());
    // Someone with an interview under way: theirs is opened, not a second one started.
    const bool underWay = person.isValid() && person.data(StarterListModel::InterviewActiveRole).toBool();
    m_start->setText(underWay ? tr("O&pen Interview") : tr("S&tart Interview"));
    m_start->setToolTip(underWay ? tr("Open the interview with the person chosen")
                                 : tr("Start an informational interview with the person chosen"));
}

void TargetsView::chooseTarget()
{
    AddTargetDialog dialog(m_workspace->network, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.chosenName();
    if (!name.isEmpty())
        markTarget(name);
}

qint64 TargetsView::markTarget(const QString &name)
{
    QString error;
    bool already = false;
    const qint64 id = InterviewCommands::markTarget(m_workspace->undoStack, m_workspace->organisations,
                                                    m_workspace->network->network(), name, &error, &already);
    if (id == 0) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Add Target"), error);
        return 0;
    }
    if (already) {
        selectTarget(id);
        if (const std::optional<Organisation> o = m_workspace->organisations->organisation(id))
            Q_EMIT statusMessage(tr("%1 is a target already").arg(o->name));
        return id;
    }
    m_model->refresh();
    selectTarget(id);
    return id;
}

void TargetsView::removeCurrentTarget()
{
    const std::optional<Organisation> o = m_workspace->organisations->organisation(currentTargetId());
    if (!o)
        return;
    Organisation edited = *o;
    edited.target = false;
    QString error;
    if (!InterviewCommands::editOrganisation(m_workspace->undoStack, m_workspace->organisations, edited, &error)) {
        QMessageBox::warning(this, tr("Remove from Targets"), error);
        return;
    }
    Q_EMIT statusMessage(
        tr("%1 is no longer a target; its notes and interviews are kept. Undo brings it back.").arg(o->name));
}

void TargetsView::startInterviewWithCurrent()
{
    const QModelIndex current = m_people->currentIndex();
    if (current.isValid())
        activateStarter(current);
}

void TargetsView::activateStarter(const QModelIndex &index)
{
    const qint64 interviewId = index.data(StarterListModel::InterviewIdRole).toLongLong();
    if (interviewId > 0 && index.data(StarterListModel::InterviewActiveRole).toBool()) {
        const std::optional<Interview> interview = m_workspace->interviews->interview(interviewId);
        Q_EMIT openInterview(interviewId, interview ? interview->step : Step::Research);
        return;
    }
    Q_EMIT startInterviewRequested(index.data(StarterListModel::ContactIdRole).toLongLong());
}

void TargetsView::saveRoles()
{
    MyProfile profile = MyProfile::load();
    const QStringList roles = MyProfile::splitRoles(m_roles->text());
    if (roles == profile.exploring)
        return;
    profile.exploring = roles;
    profile.save();
    m_starters->setRoles(roles);
}
