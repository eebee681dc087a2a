#pragma once

#include "domain/interview.h"

#include <QListView>
#include <QSet>
#include <QWidget>

struct Workspace;
class InterviewFilterModel;
class InterviewListModel;
class QAction;
class QUndoCommand;
class QCheckBox;
class QComboBox;
class QLabel;

// One column of the board: the cards of some steps. Dropping cards on it asks for a move.
class StepColumnView : public QListView
{
    Q_OBJECT
public:
    StepColumnView(Step dropTarget, QWidget *parent = nullptr);
    Step dropTarget() const { return m_dropTarget; }

Q_SIGNALS:
    void interviewsDropped(const QList<qint64> &ids, Step target);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    Step m_dropTarget;
};

// The pipeline: every interview as a card in the column of its step. Moving a card is a
// workflow transition; a refused move leaves the card where it was and says why.
class PipelineView : public QWidget
{
    Q_OBJECT
public:
    PipelineView(Workspace *workspace, InterviewListModel *model, QWidget *parent = nullptr);

    // Moves the interviews as a drop on the column of `target` would; returns false and shows
    // the reasons when any move is refused.
    bool moveInterviews(const QList<qint64> &ids, Step target);
    StepColumnView *column(Step step) const;
    InterviewFilterModel *columnModel(Step step) const;
    QString refusalText() const;
    qint64 currentInterviewId() const;

    // Interviews › New Interview… and Delete Interview, for the window's menus and toolbar.
    QAction *newAction() const { return m_newAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *forwardAction() const { return m_forwardAction; }
    QAction *backAction() const { return m_backAction; }
    // Moves the card that has the focus `steps` steps on (1) or back (-1), as a drag would.
    void moveCurrent(int steps);
    // Makes the interview's card current in its column and gives it the focus.
    void focusInterview(qint64 id);
    // Starts an interview (with the contact, when given) at Research, with the default agenda
    // and length; the contact's employer becomes its organisation, made if need be, in one
    // step of Undo. Asks for the interview to be opened; returns its id, 0 when refused.
    qint64 startInterview(qint64 contactId = 0);

Q_SIGNALS:
    void openInterview(qint64 id, Step step);
    // A new interview was made (by `creation`, on the undo stack) and wants its page: closed
    // untouched, the page takes it back (InterviewDialog::setTakenBackIfUntouched()).
    void openNewInterview(qint64 id, const QUndoCommand *creation);
    void statusMessage(const QString &message);

private:
    void deleteCurrentInterview();
    void reloadOrganisations();
    void applyFilters();
    void updateHeaders();

    Workspace *m_workspace;
    InterviewListModel *m_model;
    QComboBox *m_organisationFilter;
    QCheckBox *m_dueOnly;
    QLabel *m_refusal;
    QSet<qint64> m_refused; // the interviews the refusal is about
    QAction *m_newAction;
    QAction *m_deleteAction;
    QAction *m_forwardAction;
    QAction *m_backAction;
    QList<StepColumnView *> m_columns;
    QList<InterviewFilterModel *> m_columnModels;
    QList<QLabel *> m_headers;
};
