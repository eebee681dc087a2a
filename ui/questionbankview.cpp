#include "questionbankview.h"

#include "commands/questioncommands.h"
#include "hintlabel.h"
#include "itemviews.h"
#include "models/interviewplanmodel.h"
#include "models/questionbankmodel.h"
#include "models/questioncategorymodel.h"
#include "models/questionfiltermodel.h"
#include "questiondialog.h"
#include "questions/questionbankfile.h"
#include "storage/interviewstore.h"
#include "storage/questionstore.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

const QString fileFilter()
{
    return QCoreApplication::translate("QuestionBankView", "Question banks (*.json);;All files (*)");
}

} // namespace

QuestionBankView::QuestionBankView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_filter(new QuestionFilterModel(this))
    , m_categories(new QuestionCategoryModel(workspace->questionBank, this))
{
    setObjectName(QStringLiteral("questionBank"));
    m_filter->setSourceModel(m_workspace->questionBank);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("questionSearch"));
    m_search->setAccessibleName(tr("Search questions"));
    m_search->setPlaceholderText(tr("Search questions, categories and notes…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QuestionFilterModel::setSearchText);

    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New Question…"), this);
    m_newAction->setObjectName(QStringLiteral("newQuestionAction"));
    m_newAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &QuestionBankView::newQuestion);
    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("editQuestionAction"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editAction, &QAction::triggered, this, &QuestionBankView::editCurrent);
    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteQuestionAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &QuestionBankView::deleteSelected);
    m_favouriteAction = new QAction(QIcon::fromTheme(QStringLiteral("starred-symbolic")), tr("&Favourite"), this);
    m_favouriteAction->setObjectName(QStringLiteral("favouriteQuestionAction"));
    m_favouriteAction->setCheckable(true);
    m_favouriteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_favouriteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_favouriteAction->setToolTip(tr("Star the selected questions, to find a short set quickly (Ctrl+D)"));
    connect(m_favouriteAction, &QAction::triggered, this, &QuestionBankView::toggleFavourite);
    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import Q&uestions…"), this);
    m_importAction->setObjectName(QStringLiteral("importQuestionsAction"));
    m_importAction->setStatusTip(tr("Add questions from a question bank file someone shared"));
    connect(m_importAction, &QAction::triggered, this, &QuestionBankView::chooseImportFile);
    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport Questions…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportQuestionsAction"));
    m_exportAction->setStatusTip(tr("Save the selected questions, or all shown, as a file to share"));
    connect(m_exportAction, &QAction::triggered, this, &QuestionBankView::chooseExportFile);
    m_restoreAction = new QAction(tr("&Restore Shipped Questions"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreQuestionsAction"));
    m_restoreAction->setStatusTip(tr("Bring back the questions that came with Coffee Chat and were deleted"));
    connect(m_restoreAction, &QAction::triggered, this, &QuestionBankView::restoreDefaults);
    addActions({m_newAction, m_editAction, m_deleteAction, m_favouriteAction});

    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("questionBankMore"));
    more->setText(tr("Share"));
    more->setIcon(QIcon::fromTheme(QStringLiteral("document-share")));
    more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    more->setAutoRaise(true);
    more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(more);
    moreMenu->addAction(m_importAction);
    moreMenu->addAction(m_exportAction);
    moreMenu->addSeparator();
    moreMenu->addAction(m_restoreAction);
    more->setMenu(moreMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    for (QAction *action : {m_newAction, m_editAction, m_deleteAction, m_favouriteAction})
        bar->addWidget(toolButton(action, this));
    bar->addWidget(more);

    m_categoryList = new QListView(this);
    m_categoryList->setObjectName(QStringLiteral("questionCategories"));
    m_categoryList->setAccessibleName(tr("Question categories"));
    m_categoryList->setModel(m_categories);
    m_categoryList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_categoryList->setCurrentIndex(m_categories->index(0));
    connect(m_categoryList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_filter->setScope(m_categories->scope(current.row())); });
    // A reset (a category appeared or went) keeps what the user was looking at where it can.
    connect(m_categories, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_categories->rowOf(m_filter->scope());
        m_categoryList->setCurrentIndex(m_categories->index(row < 0 ? 0 : row));
    });

    m_table = new QTableView(this);
    ItemViews::setUpTable(m_table);
    m_table->setObjectName(QStringLiteral("questionTable"));
    m_table->setAccessibleName(tr("Questions"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QuestionBankModel::CategoryColumn, Qt::AscendingOrder);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QuestionBankModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(QuestionBankModel::FavouriteColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(QuestionBankModel::UsageColumn, QHeaderView::ResizeToContents);
    header->resizeSection(QuestionBankModel::CategoryColumn, 190);
    header->resizeSection(QuestionBankModel::TiaraColumn, 100);
    connect(m_table, &QAbstractItemView::activated, this, &QuestionBankView::editCurrent);
    connect(m_table, &QWidget::customContextMenuRequested, this, &QuestionBankView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QuestionBankView::updateActions);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &QuestionBankView::updateActions);

    auto *hint = new HintLabel(tr("Drag questions onto the plan on an interview's Prepare tab, or right-click "
                                  "them to add them to an interview. Open questions about their path, their "
                                  "work and their advice make the best conversations."),
                               this);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(hint);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_categoryList);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 780});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    updateActions();

    // The layout the user left: column widths, sort order and the split.
    const QSettings settings;
    header->restoreState(settings.value(QStringLiteral("questionBank/columns")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("questionBank/splitter")).toByteArray());
}

QuestionBankView::~QuestionBankView()
{
    QSettings settings;
    settings.setValue(QStringLiteral("questionBank/columns"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("questionBank/splitter"), m_splitter->saveState());
}

QList<qint64> QuestionBankView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(QuestionBankModel::QuestionIdRole).toLongLong();
    return ids;
}

void QuestionBankView::selectQuestion(qint64 id)
{
    const int sourceRow = m_workspace->questionBank->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_workspace->questionBank->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by the search or the category: show everything rather than lose it.
        m_search->clear();
        m_categoryList->setCurrentIndex(m_categories->index(0));
        index = m_filter->mapFromSource(m_workspace->questionBank->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void QuestionBankView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QuestionBankView::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_editAction->setEnabled(rows.size() == 1);
    m_deleteAction->setEnabled(!rows.isEmpty());
    m_favouriteAction->setEnabled(!rows.isEmpty());
    const bool allFavourite = !rows.isEmpty() && std::all_of(rows.cbegin(), rows.cend(), [](const QModelIndex &i) {
        return i.data(QuestionBankModel::FavouriteRole).toBool();
    });
    m_favouriteAction->setChecked(allFavourite);
}

void QuestionBankView::newQuestion()
{
    Question question;
    // A question written while looking at a category most likely belongs there.
    if (m_filter->scope().kind == QuestionFilterModel::Scope::Category)
        question.category = m_filter->scope().category;
    QuestionDialog dialog(question, m_workspace->questions->categories(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    question = dialog.question();
    QString error;
    if (!QuestionCommands::addQuestion(m_workspace->undoStack, m_workspace->questions, question, &error)) {
        QMessageBox::warning(this, tr("Question not saved"), error);
        return;
    }
    selectQuestion(question.id);
}

void QuestionBankView::editCurrent()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const std::optional<Question> question = m_workspace->questions->question(ids.constFirst());
    if (!question)
        return;
    QuestionDialog dialog(*question, m_workspace->questions->categories(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.question() == *question)
        return;
    QString error;
    if (!QuestionCommands::editQuestion(m_workspace->undoStack, m_workspace->questions, dialog.question(), &error))
        QMessageBox::warning(this, tr("Question not saved"), error);
}

void QuestionBankView::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Deleting is undoable, so no confirmation; plans keep their copy of the wording.
    QString error;
    if (!QuestionCommands::removeQuestions(m_workspace->undoStack, m_workspace->questions, ids, &error)) {
        QMessageBox::warning(this, tr("Questions not deleted"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Deleted %n question(s). Edit › Undo brings them back.", nullptr, int(ids.size())));
}

void QuestionBankView::toggleFavourite()
{
    const QList<qint64> ids = selectedIds();
    QString error;
    if (!QuestionCommands::setFavourite(m_workspace->undoStack, m_workspace->questions, ids,
                                        m_favouriteAction->isChecked(), &error))
        QMessageBox::warning(this, tr("Questions not saved"), error);
    updateActions();
}

void QuestionBankView::showContextMenu(const QPoint &pos)
{
    if (selectedIds().isEmpty())
        return;
    QMenu menu(this);
    QMenu *addTo = menu.addMenu(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add to Interview Plan"));
    addTo->setObjectName(QStringLiteral("addToInterviewMenu"));
    // The interviews still ahead of their conversation; ended ones are not planned any more.
    for (const Interview &interview : m_workspace->interviews->all()) {
        if (!interview.isActive() || StepNames::number(interview.step) > StepNames::number(Step::Conduct))
            continue;
        const QString title = m_workspace->interviewTitle(interview);
        addTo->addAction(title, this, [this, id = interview.id] { addSelectedToInterview(id); });
    }
    if (addTo->isEmpty()) {
        QAction *none = addTo->addAction(tr("No interview is being prepared"));
        none->setEnabled(false);
    }
    menu.addSeparator();
    for (QAction *action : {m_editAction, m_favouriteAction, m_deleteAction})
        menu.addAction(action);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void QuestionBankView::addSelectedToInterview(qint64 interviewId)
{
    QList<PlannedQuestion> chosen;
    for (const Question &question : m_workspace->questions->questions(selectedIds()))
        chosen.append({question.id, question.text});
    const QList<PlannedQuestion> before = m_workspace->interviews->plan(interviewId);
    const QList<PlannedQuestion> after = PlanEdits::inserted(before, int(before.size()), chosen);
    const int added = int(after.size() - before.size());
    if (added == 0) {
        Q_EMIT statusMessage(tr("Those questions are already in that interview's plan."));
        return;
    }
    QString error;
    if (!QuestionCommands::setPlan(m_workspace->undoStack, m_workspace->interviews, interviewId, after,
                                   tr("Add %n question(s) to the plan", nullptr, added), &error)) {
        QMessageBox::warning(this, tr("Plan not saved"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Added %n question(s) to the plan.", nullptr, added));
}

void QuestionBankView::chooseImportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Questions"), dir, fileFilter());
    if (!path.isEmpty())
        importFile(path);
}

void QuestionBankView::importFile(const QString &path)
{
    const QuestionBankFile::Result read = QuestionBankFile::read(path);
    if (!read.ok()) {
        QMessageBox::warning(this, tr("Questions not imported"), read.error);
        return;
    }
    QString error;
    const QString name = QFileInfo(path).fileName();
    const int added =
        QuestionCommands::importQuestions(m_workspace->undoStack, m_workspace->questions, read.questions, name, &error);
    if (added < 0) {
        QMessageBox::warning(this, tr("Questions not imported"),
                             tr("Nothing was imported from “%1”. %2").arg(name, error));
        return;
    }
    const int known = int(read.questions.size()) - added;
    const QString message = known > 0 ? tr("Imported %n question(s) from “%1”; ", nullptr, added).arg(name)
            + tr("%n were already in your bank.", nullptr, known)
                                      : tr("Imported %n question(s) from “%1”.", nullptr, added).arg(name);
    Q_EMIT statusMessage(message);
}

QList<Question> QuestionBankView::questionsToExport() const
{
    QList<qint64> ids = selectedIds();
    if (ids.size() < 2) {
        ids.clear();
        for (int row = 0; row < m_filter->rowCount(); ++row)
            ids << m_filter->index(row, 0).data(QuestionBankModel::QuestionIdRole).toLongLong();
    }
    return m_workspace->questions->questions(ids);
}

bool QuestionBankView::exportTo(const QString &path, QString *error)
{
    const QList<Question> questions = questionsToExport();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QuestionBankFile::serialize(questions)) < 0 || !file.commit()) {
        if (error)
            *error = tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    Q_EMIT statusMessage(
        tr("Exported %n question(s) to “%1”.", nullptr, int(questions.size())).arg(QFileInfo(path).fileName()));
    return true;
}

void QuestionBankView::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Questions"),
                                                QDir(dir).filePath(tr("Coffee Chat questions.json")), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Questions not exported"), error);
}

void QuestionBankView::restoreDefaults()
{
    QString error;
    const int added = QuestionCommands::restoreDefaults(m_workspace->undoStack, m_workspace->questions, &error);
    if (added < 0)
        QMessageBox::warning(this, tr("Questions not restored"), error);
    else if (added == 0)
        Q_EMIT statusMessage(tr("All the questions that came with Coffee Chat are in your bank."));
    else
        Q_EMIT statusMessage(tr("Restored %n shipped question(s).", nullptr, added));
}
