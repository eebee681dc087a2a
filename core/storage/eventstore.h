#pragma once

#include "domain/networkingevent.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

class Database;
class QSqlQuery;

// Networking events and the people to look up at each. Every write is one transaction and is
// announced through the signals below.
class EventStore : public QObject
{
    Q_OBJECT
public:
    explicit EventStore(Database *database, QObject *parent = nullptr);

    QList<NetworkingEvent> all() const; // by start, those without a time last
    std::optional<NetworkingEvent> event(qint64 id) const;
    QList<EventPerson> people(qint64 eventId) const; // in the order they were listed
    // Every event's people, by event id, in one query (the events list counts them).
    QHash<qint64, QList<EventPerson>> allPeople() const;
    // The interviews that began at the event, oldest first.
    QList<qint64> interviewIds(qint64 eventId) const;
    // How many interviews began at each event, by event id, in one query.
    QHash<qint64, int> conversationCounts() const;
    std::optional<EventRecord> record(qint64 id) const;
    // Every event as record() gives it, in all()'s order, in three queries (the exports).
    QList<EventRecord> records() const;

    // New event with its people; fills id and the timestamps.
    bool insert(NetworkingEvent &event, const QList<EventPerson> &people, QString *error = nullptr);
    // Writes the event and replaces its people.
    bool update(NetworkingEvent &event, const QList<EventPerson> &people, QString *error = nullptr);
    // The interviews that began there stay, without the event.
    bool remove(qint64 id, QString *error = nullptr);
    // Undo of remove: the event with its id and people, and the interviews linked again where
    // nothing else took the link's place.
    bool restore(const EventRecord &record, QString *error = nullptr);

Q_SIGNALS:
    void eventInserted(qint64 id);
    void eventUpdated(qint64 id);
    void eventRemoved(qint64 id);

private:
    bool write(QSqlQuery &q, NetworkingEvent &event, bool insert);
    static bool writePeople(QSqlQuery &q, qint64 eventId, const QList<EventPerson> &people);

    Database *m_database;
};
