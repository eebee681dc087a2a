#include "storage/eventstore.h"

#include "storage/database.h"
#include "storage/sqlvalues.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString selectEvents =
    QStringLiteral("SELECT id, name, starts_at, place, notes, created_at, updated_at FROM events");

NetworkingEvent readEvent(const QSqlQuery &q)
{
    NetworkingEvent e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.startsAt = toDateTime(q.value(2));
    e.place = q.value(3).toString();
    e.notes = q.value(4).toString();
    e.createdAt = toDateTime(q.value(5));
    e.updatedAt = toDateTime(q.value(6));
    return e;
}

EventPerson readPerson(const QSqlQuery &q, int first)
{
    return {q.value(first).toLongLong(), q.value(first + 1).toString(), q.value(first + 2).toString()};
}

} // namespace

EventStore::EventStore(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{ }

QList<NetworkingEvent> EventStore::all() const
{
    QList<NetworkingEvent> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (!q.exec(selectEvents + QStringLiteral(" ORDER BY starts_at IS NULL, starts_at, id")))
        return result;
    while (q.next())
        result << readEvent(q);
    return result;
}

std::optional<NetworkingEvent> EventStore::event(qint64 id) const
{
    QSqlQuery q(m_database->connection());
    q.prepare(selectEvents + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readEvent(q);
}

QList<EventPerson> EventStore::people(qint64 eventId) const
{
    QList<EventPerson> result;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT contact_id, name, note FROM event_people WHERE event_id = ? ORDER BY position"));
    q.addBindValue(eventId);
    if (!q.exec())
        return result;
    while (q.next())
        result << readPerson(q, 0);
    return result;
}

QHash<qint64, QList<EventPerson>> EventStore::allPeople() const
{
    QHash<qint64, QList<EventPerson>> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT event_id, contact_id, name, note FROM event_people ORDER BY event_id, "
                               "position")))
        return result;
    while (q.next())
        result[q.value(0).toLongLong()] << readPerson(q, 1);
    return result;
}

QList<qint64> EventStore::interviewIds(qint64 eventId) const
{
    QList<qint64> result;
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("SELECT id FROM interviews WHERE event_id = ? ORDER BY id"));
    q.addBindValue(eventId);
    if (!q.exec())
        return result;
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

QHash<qint64, int> EventStore::conversationCounts() const
{
    QHash<qint64, int> result;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT event_id, count(*) FROM interviews WHERE event_id IS NOT NULL GROUP BY event_id")))
        return result;
    while (q.next())
        result.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return result;
}

std::optional<EventRecord> EventStore::record(qint64 id) const
{
    const std::optional<NetworkingEvent> found = event(id);
    if (!found)
        return std::nullopt;
    return EventRecord{*found, people(id), interviewIds(id)};
}

QList<EventRecord> EventStore::records() const
{
    const QHash<qint64, QList<EventPerson>> people = allPeople();
    QHash<qint64, QList<qint64>> interviews;
    QSqlQuery q(m_database->connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT event_id, id FROM interviews WHERE event_id IS NOT NULL ORDER BY id"))) {
        while (q.next())
            interviews[q.value(0).toLongLong()] << q.value(1).toLongLong();
    }
    QList<EventRecord> result;
    for (const NetworkingEvent &e : all())
        result << EventRecord{e, people.value(e.id), interviews.value(e.id)};
    return result;
}

bool EventStore::write(QSqlQuery &q, NetworkingEvent &event, bool insert)
{
    if (insert) {
        q.prepare(QStringLiteral("INSERT INTO events (name, starts_at, place, notes, created_at, updated_at, id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE events SET name = ?, starts_at = ?, place = ?, notes = ?, created_at = ?, "
                                 "updated_at = ? WHERE id = ?"));
    }
    q.addBindValue(text(event.name));
    q.addBindValue(dateTime(event.startsAt));
    q.addBindValue(text(event.place));
    q.addBindValue(text(event.notes));
    q.addBindValue(dateTime(event.createdAt));
    q.addBindValue(dateTime(event.updatedAt));
    q.addBindValue(id(event.id));
    if (!q.exec())
        return false;
    if (insert && event.id == 0)
        event.id = q.lastInsertId().toLongLong();
    if (!insert && q.numRowsAffected() != 1)
        return false;
    return true;
}

bool EventStore::writePeople(QSqlQuery &q, qint64 eventId, const QList<EventPerson> &people)
{
    q.prepare(QStringLiteral("DELETE FROM event_people WHERE event_id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return false;
    q.prepare(
        QStringLiteral("INSERT INTO event_people (event_id, position, contact_id, name, note) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype n = 0; n < people.size(); ++n) {
        q.addBindValue(eventId);
        q.addBindValue(int(n));
        q.addBindValue(id(people.at(n).contactId));
        q.addBindValue(text(people.at(n).name));
        q.addBindValue(text(people.at(n).note));
        if (!q.exec())
            return false;
    }
    return true;
}

bool EventStore::insert(NetworkingEvent &event, const QList<EventPerson> &people, QString *error)
{
    NetworkingEvent stored = event;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stored.createdAt.isValid())
        stored.createdAt = now;
    stored.updatedAt = now;
    const bool ok = Storage::inTransaction(
        m_database, error, [&](QSqlQuery &q) { return write(q, stored, true) && writePeople(q, stored.id, people); });
    if (!ok)
        return false;
    event = stored;
    Q_EMIT eventInserted(event.id);
    return true;
}

bool EventStore::update(NetworkingEvent &event, const QList<EventPerson> &people, QString *error)
{
    NetworkingEvent stored = event;
    stored.updatedAt = QDateTime::currentDateTimeUtc();
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        if (!write(q, stored, false)) {
            if (q.lastError().isValid())
                return false;
            return failWith(error, tr("Saving failed, nothing was changed: the event no longer exists."));
        }
        return writePeople(q, stored.id, people);
    });
    if (!ok)
        return false;
    event = stored;
    Q_EMIT eventUpdated(event.id);
    return true;
}

bool EventStore::remove(qint64 eventId, QString *error)
{
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        // Its people go with it (ON DELETE CASCADE); its interviews stay (ON DELETE SET NULL).
        q.prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
        q.addBindValue(eventId);
        return q.exec();
    });
    if (ok)
        Q_EMIT eventRemoved(eventId);
    return ok;
}

bool EventStore::restore(const EventRecord &record, QString *error)
{
    NetworkingEvent event = record.event;
    const bool ok = Storage::inTransaction(m_database, error, [&](QSqlQuery &q) {
        if (!write(q, event, true) || !writePeople(q, event.id, record.people))
            return false;
        q.prepare(QStringLiteral("UPDATE interviews SET event_id = ? WHERE id = ? AND event_id IS NULL"));
        for (qint64 interviewId : record.interviewIds) {
            q.addBindValue(event.id);
            q.addBindValue(interviewId);
            if (!q.exec())
                return false;
        }
        return true;
    });
    if (ok)
        Q_EMIT eventInserted(event.id);
    return ok;
}
