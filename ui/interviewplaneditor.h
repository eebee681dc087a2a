#pragma once

#include "domain/question.h"

#include <QWidget>

struct Workspace;
class InterviewPlanModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QuestionCategoryModel;
class QuestionFilterModel;

// The questions for one conversation: the bank on the left (search, category), the plan on
// the right. Questions are dragged (or added with a button or a double-click) from the bank,
// reordered by dragging, written for this interview alone, edited and removed. Every change
// is saved at once as one undoable step.
class InterviewPlanEditor : public QWidget
{
    Q_OBJECT
public:
    InterviewPlanEditor(Workspace *workspace, qint64 interviewId, QWidget *parent = nullptr);

    InterviewPlanModel *planModel() const { return m_plan; }
    // The agreed length, for the advice on how many questions fit.
    void setLengthMinutes(int minutes);
    // Shows the bank's questions of this category, when the bank has it (else leaves the choice).
    void showCategory(const QString &category);

    void addSelectedBankQuestions();
    void addOwnQuestion(const QString &text);
    void removeSelected();
    void moveSelected(int delta);

private:
    void applyPlan(const QList<PlannedQuestion> &plan, const QString &description);
    void askForOwnQuestion();
    void updateButtons();
    void updateAdvice();
    QList<int> selectedPlanRows() const;

    Workspace *m_workspace;
    InterviewPlanModel *m_plan;
    QuestionFilterModel *m_bankFilter;
    QuestionCategoryModel *m_categories;
    int m_lengthMinutes = 20;

    QLineEdit *m_search;
    QComboBox *m_category;
    QListView *m_bankList;
    QListView *m_planList;
    QPushButton *m_add;
    QPushButton *m_own;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_advice;
};
