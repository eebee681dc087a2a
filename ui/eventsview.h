#pragma once

#include <QWidget>

struct Workspace;
class EventListModel;
class QLabel;
class QPushButton;
class QTableView;

// The Events page: the networking events the user goes to, coming ones first, each opened in an
// EventDialog; new ones made, and deleted undoably.
class EventsView : public QWidget
{
    Q_OBJECT
public:
    EventsView(Workspace *workspace, EventListModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    qint64 currentEventId() const;
    void selectEvent(qint64 id);
    // Opens the event's dialog (0: a new event).
    void openEvent(qint64 id);
    void newEvent() { openEvent(0); }
    void deleteCurrent();

private:
    void updateButtons();

    Workspace *m_workspace;
    EventListModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_open;
    QPushButton *m_delete;
};
