#pragma once

#include "domain/networkingevent.h"

#include <QString>

class EventStore;
class QUndoStack;

// The undo layer for networking events, like InterviewCommands: each function writes once, and
// only on success pushes a command that can take the write back.
namespace EventCommands {

// Fills event.id.
bool addEvent(QUndoStack *stack, EventStore *store, NetworkingEvent &event, const QList<EventPerson> &people,
              QString *error = nullptr);
bool editEvent(QUndoStack *stack, EventStore *store, const NetworkingEvent &edited, const QList<EventPerson> &people,
               QString *error = nullptr);
// The interviews that began there stay; undo brings the event back and links them again.
bool removeEvent(QUndoStack *stack, EventStore *store, qint64 id, QString *error = nullptr);

} // namespace EventCommands
