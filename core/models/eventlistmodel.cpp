#include "models/eventlistmodel.h"

#include "domain/timetext.h"
#include "storage/eventstore.h"
#include "storage/interviewstore.h"

#include <algorithm>

EventListModel::EventListModel(EventStore *events, InterviewStore *interviews, Clock clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_events(events)
    , m_clock(std::move(clock))
{
    for (auto signal : {&EventStore::eventInserted, &EventStore::eventUpdated, &EventStore::eventRemoved})
        connect(m_events, signal, this, &EventListModel::refresh);
    // The conversations held at an event are interviews.
    for (auto signal :
         {&InterviewStore::interviewInserted, &InterviewStore::interviewUpdated, &InterviewStore::interviewRemoved})
        connect(interviews, signal, this, &EventListModel::refresh);
    refresh();
}

void EventListModel::refresh()
{
    const QHash<qint64, QList<EventPerson>> people = m_events->allPeople();
    const QHash<qint64, int> conversations = m_events->conversationCounts();
    const QDateTime now = m_clock();
    QList<Row> rows;
    for (const NetworkingEvent &e : m_events->all())
        rows << Row{e, int(people.value(e.id).size()), conversations.value(e.id), e.isComing(now)};
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const auto rank = [](const Row &r) { return r.upcoming ? 0 : r.event.startsAt.isValid() ? 1 : 2; };
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (rank(a) == 0)
            return a.event.startsAt < b.event.startsAt;
        if (rank(a) == 1)
            return a.event.startsAt > b.event.startsAt;
        return a.event.id < b.event.id;
    });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int EventListModel::rowOf(qint64 eventId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).event.id == eventId)
            return row;
    }
    return -1;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return row.event.startsAt.isValid() ? TimeText::dateTime(row.event.startsAt.toLocalTime())
                                                : tr("Time not set");
        case NameColumn:
            return row.event.name;
        case PlaceColumn:
            return row.event.place;
        case PeopleColumn:
            return row.people;
        case ConversationsColumn:
            return row.conversations;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PeopleColumn)
            return tr("People to look up before the event");
        if (index.column() == ConversationsColumn)
            return tr("Conversations held there, each an interview");
        return row.event.notes.isEmpty() ? QVariant() : QVariant(row.event.notes);
    case Qt::TextAlignmentRole:
        if (index.column() == PeopleColumn || index.column() == ConversationsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EventIdRole:
        return row.event.id;
    case UpcomingRole:
        return row.upcoming;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case NameColumn:
        return tr("Event");
    case PlaceColumn:
        return tr("Place or link");
    case PeopleColumn:
        return tr("To look up");
    case ConversationsColumn:
        return tr("Conversations");
    }
    return {};
}
