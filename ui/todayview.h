#pragma once

#include "domain/interview.h"

#include <QWidget>

struct Workspace;
class TodayModel;
class QLabel;
class QTreeView;

// What to do now: overdue and due reminders, and conversations coming up. Activating an
// item opens the interview where the user acts on it.
class TodayView : public QWidget
{
    Q_OBJECT
public:
    TodayView(Workspace *workspace, TodayModel *model, QWidget *parent = nullptr);
    QTreeView *list() const { return m_list; }

Q_SIGNALS:
    void openInterview(qint64 id, Step step);

private:
    void updateState();

    Workspace *m_workspace;
    TodayModel *m_model;
    QLabel *m_heading;
    QLabel *m_empty;
    QTreeView *m_list;
};
