#include "interviewplaneditor.h"

#include "commands/questioncommands.h"
#include "models/interviewplanmodel.h"
#include "models/questionbankmodel.h"
#include "models/questioncategorymodel.h"
#include "models/questionfiltermodel.h"
#include "workspace.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

InterviewPlanEditor::InterviewPlanEditor(Workspace *workspace, qint64 interviewId, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_plan(new InterviewPlanModel(workspace->interviews, workspace->questions, interviewId, this))
    , m_bankFilter(new QuestionFilterModel(this))
    , m_categories(new QuestionCategoryModel(workspace->questionBank, this))
{
    m_bankFilter->setSourceModel(workspace->questionBank);
    m_bankFilter->sort(QuestionBankModel::CategoryColumn);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("planBankSearch"));
    m_search->setPlaceholderText(tr("Search the question bank…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_bankFilter, &QuestionFilterModel::setSearchText);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("planBankCategory"));
    m_category->setModel(m_categories);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this](int row) { m_bankFilter->setScope(m_categories->scope(row)); });
    connect(m_categories, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_categories->rowOf(m_bankFilter->scope());
        m_category->setCurrentIndex(row < 0 ? 0 : row);
    });

    m_bankList = new QListView(this);
    m_bankList->setObjectName(QStringLiteral("planBankList"));
    m_bankList->setAccessibleName(tr("Question bank"));
    m_bankList->setModel(m_bankFilter);
    m_bankList->setModelColumn(QuestionBankModel::TextColumn);
    m_bankList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_bankList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bankList->setDragEnabled(true);
    m_bankList->setDragDropMode(QAbstractItemView::DragOnly);
    m_bankList->setDefaultDropAction(Qt::CopyAction);
    m_bankList->setWordWrap(true);
    m_bankList->setUniformItemSizes(false);
    m_bankList->setAlternatingRowColors(true);
    m_bankList->setSpacing(2);
    m_bankList->setResizeMode(QListView::Adjust); // re-wrap the questions when the width changes
    // Wrap, never elide: a question cut off at "…" is no use when choosing it.
    m_bankList->setTextElideMode(Qt::ElideNone);
    connect(m_bankList, &QAbstractItemView::activated, this, &InterviewPlanEditor::addSelectedBankQuestions);

    m_planList = new QListView(this);
    m_planList->setObjectName(QStringLiteral("planList"));
    m_planList->setAccessibleName(tr("Questions planned for this conversation"));
    m_planList->setModel(m_plan);
    m_planList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_planList->setDragEnabled(true);
    m_planList->setAcceptDrops(true);
    m_planList->setDropIndicatorShown(true);
    m_planList->setDragDropMode(QAbstractItemView::DragDrop);
    m_planList->setDefaultDropAction(Qt::MoveAction);
    m_planList->setDragDropOverwriteMode(false);
    m_planList->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_planList->setWordWrap(true);
    m_planList->setAlternatingRowColors(true);
    m_planList->setSpacing(2);
    m_planList->setResizeMode(QListView::Adjust);
    m_planList->setTextElideMode(Qt::ElideNone);
    m_planList->setToolTip(tr("Drag questions here from the bank; drag them within the list to change the order. "
                              "Double-click one to change its wording for this conversation."));
    auto *removeAction = new QAction(tr("Remove from Plan"), m_planList);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &InterviewPlanEditor::removeSelected);
    m_planList->addAction(removeAction);
    m_planList->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_plan, &InterviewPlanModel::planChangeRequested, this, &InterviewPlanEditor::applyPlan);

    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Add to Plan"), this);
    m_add->setObjectName(QStringLiteral("addToPlanButton"));
    m_add->setToolTip(tr("Add the selected bank questions to the end of the plan (or double-click one)"));
    connect(m_add, &QPushButton::clicked, this, &InterviewPlanEditor::addSelectedBankQuestions);
    m_own = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Own Question…"), this);
    m_own->setObjectName(QStringLiteral("ownQuestionButton"));
    m_own->setToolTip(tr("Write a question for this conversation only"));
    connect(m_own, &QPushButton::clicked, this, &InterviewPlanEditor::askForOwnQuestion);
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeFromPlanButton"));
    connect(m_remove, &QPushButton::clicked, this, &InterviewPlanEditor::removeSelected);
    m_up = new QPushButton(QIcon::fromTheme(QStringLiteral("go-up")), tr("&Up"), this);
    m_up->setObjectName(QStringLiteral("planUpButton"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    m_down = new QPushButton(QIcon::fromTheme(QStringLiteral("go-down")), tr("Dow&n"), this);
    m_down->setObjectName(QStringLiteral("planDownButton"));
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });

    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("planAdvice"));
    m_advice->setTextFormat(Qt::PlainText); // it quotes questions the user wrote
    m_advice->setWordWrap(true);

    auto *bankBox = new QGroupBox(tr("Question bank"), this);
    auto *bankLayout = new QVBoxLayout(bankBox);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_category, 1);
    bankLayout->addLayout(filters);
    bankLayout->addWidget(m_bankList, 1);
    bankLayout->addWidget(m_add, 0, Qt::AlignRight);

    auto *planBox = new QGroupBox(tr("My questions, in the order I will ask them"), this);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(m_planList, 1);
    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(m_own);
    planButtons->addStretch(1);
    planButtons->addWidget(m_up);
    planButtons->addWidget(m_down);
    planButtons->addWidget(m_remove);
    planLayout->addLayout(planButtons);
    planLayout->addWidget(m_advice);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bankBox, 1);
    layout->addWidget(planBox, 1);

    connect(m_bankList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InterviewPlanEditor::updateButtons);
    connect(m_planList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InterviewPlanEditor::updateButtons);
    connect(m_plan, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        updateAdvice();
    });
    updateButtons();
    updateAdvice();
}

void InterviewPlanEditor::showCategory(const QString &category)
{
    QuestionFilterModel::Scope scope;
    scope.kind = QuestionFilterModel::Scope::Category;
    scope.category = category;
    if (const int row = m_categories->rowOf(scope); row >= 0)
        m_category->setCurrentIndex(row);
}

void InterviewPlanEditor::setLengthMinutes(int minutes)
{
    m_lengthMinutes = minutes;
    updateAdvice();
}

void InterviewPlanEditor::applyPlan(const QList<PlannedQuestion> &plan, const QString &description)
{
    QString error;
    if (!QuestionCommands::setPlan(m_workspace->undoStack, m_workspace->interviews, m_plan->interviewId(), plan,
                                   description, &error))
        QMessageBox::warning(this, tr("Plan not saved"), error);
}

void InterviewPlanEditor::addSelectedBankQuestions()
{
    QList<qint64> ids;
    QModelIndexList rows = m_bankList->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids << index.data(QuestionBankModel::QuestionIdRole).toLongLong();
    const QList<PlannedQuestion> before = m_plan->plan();
    const QList<PlannedQuestion> chosen = m_plan->fromBank(ids);
    const QList<PlannedQuestion> after = PlanEdits::inserted(before, int(before.size()), chosen);
    if (after != before)
        applyPlan(after, tr("Add %n question(s) to the plan", nullptr, int(after.size() - before.size())));
    // A question is planned once; say so rather than seem to ignore the click.
    QStringList planned;
    for (const PlannedQuestion &question : chosen) {
        if (std::any_of(before.cbegin(), before.cend(),
                        [&question](const PlannedQuestion &p) { return p.questionId == question.questionId; }))
            planned << question.text;
    }
    updateAdvice();
    if (planned.size() == 1)
        m_advice->setText(tr("“%1” is already in the plan.").arg(planned.constFirst()) + QLatin1Char(' ')
                          + m_advice->text());
    else if (planned.size() > 1)
        m_advice->setText(tr("%n of the chosen questions are already in the plan.", nullptr, int(planned.size()))
                          + QLatin1Char(' ') + m_advice->text());
}

void InterviewPlanEditor::askForOwnQuestion()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Own Question"),
                                                        tr("A question for this conversation only:"), QString(), &ok);
    if (ok)
        addOwnQuestion(text);
}

void InterviewPlanEditor::addOwnQuestion(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified.isEmpty())
        return;
    const QList<PlannedQuestion> before = m_plan->plan();
    applyPlan(PlanEdits::inserted(before, int(before.size()), {{0, simplified}}), tr("Add own question"));
}

QList<int> InterviewPlanEditor::selectedPlanRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_planList->selectionModel()->selectedIndexes())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void InterviewPlanEditor::removeSelected()
{
    const QList<int> rows = selectedPlanRows();
    if (rows.isEmpty())
        return;
    applyPlan(PlanEdits::removed(m_plan->plan(), rows),
              tr("Remove %n question(s) from the plan", nullptr, int(rows.size())));
}

void InterviewPlanEditor::moveSelected(int delta)
{
    const QList<int> rows = selectedPlanRows();
    const QList<PlannedQuestion> plan = m_plan->plan();
    if (rows.isEmpty() || (delta < 0 && rows.constFirst() == 0) || (delta > 0 && rows.constLast() == plan.size() - 1))
        return;
    // Before the row above the first, or after the row below the last.
    const int to = delta < 0 ? rows.constFirst() - 1 : rows.constLast() + 2;
    applyPlan(PlanEdits::moved(plan, rows, to), tr("Reorder questions"));
    // Keep the moved questions selected so they can be moved again.
    QItemSelection selection;
    for (int row : rows)
        selection.select(m_plan->index(row + delta), m_plan->index(row + delta));
    m_planList->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_planList->selectionModel()->setCurrentIndex(m_plan->index(rows.constFirst() + delta),
                                                  QItemSelectionModel::NoUpdate);
}

void InterviewPlanEditor::updateButtons()
{
    const QList<int> rows = selectedPlanRows();
    m_add->setEnabled(m_bankList->selectionModel()->hasSelection());
    m_remove->setEnabled(!rows.isEmpty());
    m_up->setEnabled(!rows.isEmpty() && rows.constFirst() > 0);
    m_down->setEnabled(!rows.isEmpty() && rows.constLast() < m_plan->rowCount() - 1);
}

void InterviewPlanEditor::updateAdvice()
{
    const int count = m_plan->rowCount();
    // About four minutes a question, after a few minutes of small talk and the close.
    const int fits = std::max(2, (m_lengthMinutes - 6) / 4);
    QString advice;
    if (count == 0)
        advice = tr("No questions yet. Pick a few open questions about their path, their work and their advice.");
    else if (count > fits + 2)
        advice = tr("%n questions planned. ", nullptr, count)
            + tr("In %1 minutes about %n fit: put the most important first.", nullptr, fits).arg(m_lengthMinutes);
    else
        advice = tr("%n questions planned, most important first.", nullptr, count);
    m_advice->setText(advice);
}
