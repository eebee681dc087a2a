#pragma once

#include "domain/networkingevent.h"
#include "workflow/clock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class EventStore;
class InterviewStore;

// The networking events, coming ones first (soonest at the top), then past ones (latest first),
// then those without a time; with how many people to look up and how many conversations held
// there. Follows the stores.
class EventListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, NameColumn, PlaceColumn, PeopleColumn, ConversationsColumn, ColumnCount };
    enum Role { EventIdRole = Qt::UserRole + 1, UpcomingRole };

    EventListModel(EventStore *events, InterviewStore *interviews, Clock clock = systemClock(),
                   QObject *parent = nullptr);

    int rowOf(qint64 eventId) const; // -1 when not listed
    NetworkingEvent eventAt(int row) const { return m_rows.at(row).event; }
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        NetworkingEvent event;
        int people = 0;
        int conversations = 0;
        bool upcoming = false;
    };

    EventStore *m_events;
    Clock m_clock;
    QList<Row> m_rows;
};
