#include "pipelineview.h"

#include "appearance.h"
#include "focusstyle.h"

#include "commands/interviewcommands.h"
#include "commands/writecommand.h"
#include "interviewcarddelegate.h"
#include "models/interviewfiltermodel.h"
#include "models/interviewlistmodel.h"
#include "storage/contactstore.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "workflow/interviewdefaults.h"
#include "workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

StepColumnView::StepColumnView(Step dropTarget, QWidget *parent)
    : QListView(parent)
    , m_dropTarget(dropTarget)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Cards are as tall as what they say (InterviewCardDelegate::lines()).
    setUniformItemSizes(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // cards fit the column and elide
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Window);
}

void StepColumnView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    // A column without a current card (an empty one) shows the focus around itself; a card
    // that is current shows it on the card (InterviewCardDelegate).
    if (!hasFocus() || currentIndex().isValid())
        return;
    QPainter painter(viewport());
    FocusStyle::drawFocusFrame(&painter, viewport()->rect(), Appearance::focusColour(palette()), 0);
}

void StepColumnView::focusInEvent(QFocusEvent *event)
{
    QListView::focusInEvent(event);
    viewport()->update();
}

void StepColumnView::focusOutEvent(QFocusEvent *event)
{
    QListView::focusOutEvent(event);
    viewport()->update();
}

void StepColumnView::dragEnterEvent(QDragEnterEvent *event)
{
    if (InterviewListModel::idsFromMime(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void StepColumnView::dragMoveEvent(QDragMoveEvent *event)
{
    if (InterviewListModel::idsFromMime(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void StepColumnView::dropEvent(QDropEvent *event)
{
    const QList<qint64> ids = InterviewListModel::idsFromMime(event->mimeData());
    if (ids.isEmpty()) {
        event->ignore();
        return;
    }
    // The model is not changed by the view: the move goes through the workflow, and the
    // card follows the store's change signal. CopyAction keeps the view from removing rows.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT interviewsDropped(ids, m_dropTarget);
}

PipelineView::PipelineView(Workspace *workspace, InterviewListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(model)
{
    setObjectName(QStringLiteral("pipelineView"));
    auto *filters = new QHBoxLayout;
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("New &Interview…"), this);
    m_newAction->setObjectName(QStringLiteral("newInterviewAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setStatusTip(tr("Start an informational interview at its first step, Research"));
    connect(m_newAction, &QAction::triggered, this, [this] { startInterview(); });
    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Interview"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteInterviewAction"));
    connect(m_deleteAction, &QAction::triggered, this, &PipelineView::deleteCurrentInterview);
    // Moving the current card with the keyboard, with the same refusals as dragging it.
    m_forwardAction = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("Move to &Next Step"), this);
    m_forwardAction->setObjectName(QStringLiteral("moveForwardAction"));
    m_forwardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    connect(m_forwardAction, &QAction::triggered, this, [this] { moveCurrent(+1); });
    m_backAction = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), tr("Move to &Previous Step"), this);
    m_backAction->setObjectName(QStringLiteral("moveBackAction"));
    m_backAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    connect(m_backAction, &QAction::triggered, this, [this] { moveCurrent(-1); });
    // Only on the board: elsewhere the same keys select words.
    for (QAction *action : {m_forwardAction, m_backAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    auto *newInterview = new QPushButton(m_newAction->icon(), tr("New Interview…"), this);
    newInterview->setObjectName(QStringLiteral("newInterviewButton"));
    connect(newInterview, &QPushButton::clicked, m_newAction, &QAction::trigger);
    m_organisationFilter = new QComboBox(this);
    m_organisationFilter->setObjectName(QStringLiteral("organisationFilter"));
    m_organisationFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dueOnly = new QCheckBox(tr("Only what is due or overdue"), this);
    m_dueOnly->setObjectName(QStringLiteral("dueOnlyFilter"));
    filters->addWidget(newInterview);
    filters->addSpacing(16);
    filters->addWidget(new QLabel(tr("Organisation:"), this));
    filters->addWidget(m_organisationFilter);
    filters->addWidget(m_dueOnly);
    filters->addStretch();

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("pipelineRefusal"));
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setWordWrap(true);
    m_refusal->setAutoFillBackground(true);
    m_refusal->setMargin(8);
    QPalette warning = m_refusal->palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    warning.setColor(QPalette::WindowText, QColor(0x5c, 0x3a, 0x00));
    m_refusal->setPalette(warning);
    m_refusal->hide();
    // The reasons go once an interview they are about changes (the missing field filled in on
    // its page, say): they would no longer be true.
    const auto forget = [this](qint64 id) {
        if (m_refused.contains(id)) {
            m_refused.clear();
            m_refusal->hide();
        }
    };
    connect(m_workspace->interviews, &InterviewStore::interviewUpdated, this, forget);
    connect(m_workspace->interviews, &InterviewStore::interviewRemoved, this, forget);

    auto *board = new QHBoxLayout;
    board->setSpacing(6);
    QList<QPair<QList<Step>, Step>> columns;
    for (Step step : StepNames::active())
        columns.append({{step}, step});
    columns.append({StepNames::ended(), Step::Completed});
    auto *delegate = new InterviewCardDelegate(this);
    for (const auto &[steps, target] : columns) {
        auto *proxy = new InterviewFilterModel(this);
        proxy->setSourceModel(m_model);
        proxy->setSteps(steps);
        proxy->sort(InterviewListModel::NextColumn);
        auto *view = new StepColumnView(target, this);
        view->setObjectName(steps.size() == 1 ? QStringLiteral("column-") + StepNames::key(target)
                                              : QStringLiteral("column-ended"));
        view->setModel(proxy);
        view->setItemDelegate(delegate);
        // Named after its heading, so a screen reader says which column a card is in.
        view->setAccessibleName(steps.size() == 1 ? tr("Step %1, %2")
                                                        .arg(StepNames::number(steps.constFirst()))
                                                        .arg(StepNames::displayName(steps.constFirst()))
                                                  : tr("Ended"));
        auto *header = new QLabel(this);
        header->setTextFormat(Qt::PlainText);
        QFont f = header->font();
        f.setBold(true);
        header->setFont(f);
        auto *columnLayout = new QVBoxLayout;
        columnLayout->addWidget(header);
        columnLayout->addWidget(view, 1);
        board->addLayout(columnLayout, 1);
        m_columns << view;
        m_columnModels << proxy;
        m_headers << header;
        connect(view, &StepColumnView::interviewsDropped, this, &PipelineView::moveInterviews);
        // One selection on the board: choosing a card in one column clears the others.
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, view] {
            if (!view->selectionModel()->hasSelection())
                return;
            for (StepColumnView *other : std::as_const(m_columns)) {
                if (other != view)
                    other->clearSelection();
            }
        });
        connect(view, &QListView::activated, this, [this](const QModelIndex &index) {
            const auto step = Step(index.data(InterviewListModel::StepRole).toInt());
            Q_EMIT openInterview(index.data(InterviewListModel::InterviewIdRole).toLongLong(), step);
        });
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(proxy, signal, this, &PipelineView::updateHeaders);
        connect(proxy, &QAbstractItemModel::modelReset, this, &PipelineView::updateHeaders);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &PipelineView::updateHeaders);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_refusal);
    layout->addLayout(board, 1);

    connect(m_organisationFilter, &QComboBox::currentIndexChanged, this, &PipelineView::applyFilters);
    connect(m_dueOnly, &QCheckBox::toggled, this, &PipelineView::applyFilters);
    connect(m_workspace->organisations, &OrganisationStore::organisationInserted, this,
            &PipelineView::reloadOrganisations);
    connect(m_workspace->organisations, &OrganisationStore::organisationUpdated, this,
            &PipelineView::reloadOrganisations);
    connect(m_workspace->organisations, &OrganisationStore::organisationRemoved, this,
            &PipelineView::reloadOrganisations);
    reloadOrganisations();
    updateHeaders();
}

StepColumnView *PipelineView::column(Step step) const
{
    for (StepColumnView *view : m_columns) {
        if (view->dropTarget() == step || (!StepNames::isActive(step) && view->dropTarget() == Step::Completed))
            return view;
    }
    return nullptr;
}

InterviewFilterModel *PipelineView::columnModel(Step step) const
{
    StepColumnView *view = column(step);
    return view ? qobject_cast<InterviewFilterModel *>(view->model()) : nullptr;
}

QString PipelineView::refusalText() const
{
    return m_refusal->isVisible() ? m_refusal->text() : QString();
}

void PipelineView::moveCurrent(int steps)
{
    const qint64 id = currentInterviewId();
    const std::optional<Interview> interview = m_workspace->interviews->interview(id);
    if (!interview || !interview->isActive())
        return;
    const int number = StepNames::number(interview->step) + steps; // 1..6
    Step target = Step::Completed; // on from Follow up
    if (number < 1)
        return;
    if (number <= 6)
        target = StepNames::active().at(number - 1);
    moveInterviews({id}, target);
    focusInterview(id); // in its new column, so it can be moved again
}

void PipelineView::focusInterview(qint64 id)
{
    const std::optional<Interview> interview = m_workspace->interviews->interview(id);
    if (!interview)
        return;
    StepColumnView *view = column(interview->step);
    InterviewFilterModel *proxy = columnModel(interview->step);
    if (!view || !proxy)
        return;
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, 0);
        if (index.data(InterviewListModel::InterviewIdRole).toLongLong() == id) {
            view->setFocus();
            view->setCurrentIndex(index);
            view->scrollTo(index);
            break;
        }
    }
}

qint64 PipelineView::currentInterviewId() const
{
    for (StepColumnView *view : m_columns) {
        if (view->hasFocus() && view->currentIndex().isValid())
            return view->currentIndex().data(InterviewListModel::InterviewIdRole).toLongLong();
    }
    return 0;
}

void PipelineView::reloadOrganisations()
{
    const qint64 current = m_organisationFilter->currentData().toLongLong();
    const QSignalBlocker blocker(m_organisationFilter);
    m_organisationFilter->clear();
    m_organisationFilter->addItem(tr("All organisations"), qint64(0));
    for (const Organisation &o : m_workspace->organisations->all())
        m_organisationFilter->addItem(o.name, o.id);
    const int index = m_organisationFilter->findData(current);
    m_organisationFilter->setCurrentIndex(index >= 0 ? index : 0);
    applyFilters();
}

void PipelineView::applyFilters()
{
    const qint64 organisation = m_organisationFilter->currentData().toLongLong();
    for (InterviewFilterModel *proxy : std::as_const(m_columnModels)) {
        proxy->setOrganisationId(organisation);
        proxy->setDueOnly(m_dueOnly->isChecked());
    }
    updateHeaders();
}

void PipelineView::updateHeaders()
{
    for (int n = 0; n < m_headers.size(); ++n) {
        const QList<Step> steps = m_columnModels.at(n)->steps();
        const QString name = steps.size() == 1
            ? tr("%1 %2").arg(StepNames::number(steps.constFirst())).arg(StepNames::displayName(steps.constFirst()))
            : tr("Ended");
        m_headers.at(n)->setText(tr("%1 (%2)").arg(name).arg(m_columnModels.at(n)->rowCount()));
    }
}

bool PipelineView::moveInterviews(const QList<qint64> &ids, Step target)
{
    QStringList problems;
    m_refused.clear();
    for (qint64 id : ids) {
        const std::optional<Interview> interview = m_workspace->interviews->interview(id);
        if (!interview || interview->step == target)
            continue;
        const InterviewCommands::TransitionResult result = InterviewCommands::moveTo(
            m_workspace->undoStack, m_workspace->interviews, *interview, target, m_workspace->workflowContext(id));
        if (!result.ok) {
            m_refused.insert(id);
            const QString who = m_model->personName(*interview);
            problems << tr("“%1” cannot move to %2: %3")
                            .arg(who.isEmpty() ? interview->topic : who, StepNames::displayName(target),
                                 result.reasons.join(QLatin1Char(' ')));
        }
    }
    m_refusal->setText(problems.join(QLatin1Char('\n')));
    m_refusal->setVisible(!problems.isEmpty());
    return problems.isEmpty();
}

qint64 PipelineView::startInterview(qint64 contactId)
{
    Interview interview;
    interview.contactId = contactId;
    QString error;
    if (!InterviewCommands::startInterview(m_workspace->undoStack, m_workspace->interviews, m_workspace->organisations,
                                           m_workspace->contacts, interview, &error)) {
        QMessageBox::warning(this, tr("New interview"), error);
        return 0;
    }
    // Its card has the focus when its page closes, to be moved on from the keyboard. A blank one
    // is taken back if its page is closed untouched; one with a person is what the user asked for.
    focusInterview(interview.id);
    QUndoStack *stack = m_workspace->undoStack;
    if (contactId == 0)
        Q_EMIT openNewInterview(interview.id, stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr);
    else
        Q_EMIT openInterview(interview.id, Step::Research);
    return interview.id;
}

void PipelineView::deleteCurrentInterview()
{
    const qint64 id = currentInterviewId();
    if (!id) {
        Q_EMIT statusMessage(tr("Select an interview on the Interviews page first."));
        return;
    }
    QString error;
    if (!InterviewCommands::removeInterview(m_workspace->undoStack, m_workspace->interviews,
                                            m_workspace->recordingFiles(), id, &error)) {
        QMessageBox::warning(this, tr("Delete interview"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Interview deleted. Press %1 to undo.")
                             .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}
