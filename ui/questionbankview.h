#pragma once

#include "domain/question.h"

#include <QWidget>

struct Workspace;
class QAction;
class QLineEdit;
class QListView;
class QSplitter;
class QTableView;
class QuestionCategoryModel;
class QuestionFilterModel;

// The question bank page: categories on the left, the questions on the right with a search
// box that filters as you type. Questions are added, edited, starred and deleted with undo,
// dragged onto an interview's plan, and shared as JSON files.
class QuestionBankView : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionBankView(Workspace *workspace, QWidget *parent = nullptr);
    ~QuestionBankView() override;

    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }

    // File › Import Questions: the bank file at path, with the result shown to the user.
    void importFile(const QString &path);
    // Writes the selected questions (or, with fewer than two selected, all shown) to path.
    bool exportTo(const QString &path, QString *error = nullptr);
    QList<qint64> selectedIds() const;
    void selectQuestion(qint64 id);
    void focusSearch();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void newQuestion();
    void editCurrent();
    void deleteSelected();
    void toggleFavourite();
    void chooseImportFile();
    void chooseExportFile();
    void restoreDefaults();
    void updateActions();
    void showContextMenu(const QPoint &pos);
    void addSelectedToInterview(qint64 interviewId);
    QList<Question> questionsToExport() const;

    Workspace *m_workspace;
    QuestionFilterModel *m_filter;
    QuestionCategoryModel *m_categories;
    QLineEdit *m_search;
    QListView *m_categoryList;
    QTableView *m_table;
    QSplitter *m_splitter;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_favouriteAction;
    QAction *m_importAction;
    QAction *m_exportAction;
    QAction *m_restoreAction;
};
