#pragma once

#include "domain/interview.h"

#include <QWidget>

#include "workflow/reminders.h"

#include <optional>

struct Workspace;
class TodayModel;
class QAction;
class QLabel;
class QPushButton;
class QToolButton;
class QTreeView;

// What to do now: every task from the day it becomes actionable (overdue first, each with its
// due date) and conversations coming up. Activating an item opens the interview where the user
// acts on it; each can be marked done, snoozed or dismissed, with undo, and the choice is kept.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    TodayView(Workspace *workspace, TodayModel *model, QWidget *parent = nullptr);
    QTreeView *list() const { return m_list; }

    // On the current item: Done records what the interview has a date for (the thank-you note
    // sent today…) and otherwise remembers it as done; snoozing hides it until `until`.
    void markDone();
    void snooze(const QDate &until);
    void snoozeUntilChosenDate();
    void dismiss();

Q_SIGNALS:
    void openInterview(qint64 id, Step step);
    void openEvent(qint64 id);
    // The next person to approach at an active target employer, chosen from Today.
    void startInterviewRequested(qint64 contactId);
    void statusMessage(const QString &message);

private:
    void updateState();
    void updateActions();
    void selectRowAfterDecision(int row);
    std::optional<Reminder> currentReminder() const;
    QString currentTask() const; // the current row's task as listed ("Thank Grace Hopper for the introduction")
    void decide(ReminderAction::Choice choice, const QDate &until, const QString &undoText, const QString &done);

    Workspace *m_workspace;
    TodayModel *m_model;
    QLabel *m_heading;
    QLabel *m_empty;
    QTreeView *m_list;
    QPushButton *m_done;
    QToolButton *m_snooze;
    QPushButton *m_dismiss;
    QList<QAction *> m_itemActions; // the context menu, enabled with the buttons
};
