#include "commands/eventcommands.h"

#include "commands/writecommand.h"
#include "storage/eventstore.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace EventCommands {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EventCommands", text);
}

QString nameOf(const NetworkingEvent &event)
{
    return event.name.trimmed().isEmpty() ? tr("Untitled event") : event.name.trimmed();
}
} // namespace

bool addEvent(QUndoStack *stack, EventStore *store, NetworkingEvent &event, const QList<EventPerson> &people,
              QString *error)
{
    if (!store->insert(event, people, error))
        return false;
    auto record = std::make_shared<EventRecord>(EventRecord{event, people, {}});
    const qint64 id = event.id;
    stack->push(new WriteCommand(
        tr("New Event “%1”").arg(nameOf(event)), [store, record] { return store->restore(*record); },
        [store, record, id] {
            // Whatever was done since (people listed, conversations recorded) comes back with the redo.
            if (const std::optional<EventRecord> current = store->record(id))
                *record = *current;
            return store->remove(id);
        }));
    return true;
}

bool editEvent(QUndoStack *stack, EventStore *store, const NetworkingEvent &edited, const QList<EventPerson> &people,
               QString *error)
{
    const std::optional<EventRecord> before = store->record(edited.id);
    if (!before)
        return failWith(error, tr("The event no longer exists."));
    if (before->event == edited && before->people == people)
        return true;
    NetworkingEvent after = edited;
    if (!store->update(after, people, error))
        return false;
    stack->push(new WriteCommand(
        tr("Edit Event “%1”").arg(nameOf(after)),
        [store, after, people]() mutable { return store->update(after, people); },
        [store, b = before->event, people = before->people]() mutable { return store->update(b, people); }));
    return true;
}

bool removeEvent(QUndoStack *stack, EventStore *store, qint64 id, QString *error)
{
    const std::optional<EventRecord> found = store->record(id);
    if (!found)
        return failWith(error, tr("The event no longer exists."));
    if (!store->remove(id, error))
        return false;
    auto record = std::make_shared<EventRecord>(*found);
    stack->push(new WriteCommand(
        tr("Delete Event “%1”").arg(nameOf(found->event)),
        [store, record, id] {
            if (const std::optional<EventRecord> current = store->record(id))
                *record = *current;
            return store->remove(id);
        },
        [store, record] { return store->restore(*record); }));
    return true;
}

} // namespace EventCommands
