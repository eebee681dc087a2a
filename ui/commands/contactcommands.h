#pragma once

#include "import/contactimport.h"
#include "storage/contactstore.h"

#include <QUndoCommand>

class QUndoStack;

// The undo layer. Widgets never write to the store directly: they call these functions,
// which apply one atomic ContactBatch and push a command that knows its inverse. The first
// apply happens before the push so a failed write is reported and leaves no undo entry.
namespace ContactCommands {

// Returns false (with *error set) when the database refused the change.
bool addContact(QUndoStack *stack, ContactStore *store, const Contact &contact, qint64 *newId = nullptr,
                QString *error = nullptr);
bool editContact(QUndoStack *stack, ContactStore *store, const Contact &contact, QString *error = nullptr);
bool removeContacts(QUndoStack *stack, ContactStore *store, const QList<qint64> &ids, QString *error = nullptr);
// For an import already written on a worker thread (ContactImport::apply): announces it
// through the store, so the models follow, and pushes its undo step unless it changed nothing.
void importWritten(QUndoStack *stack, ContactStore *store, const ContactImport::Applied &applied,
                   const QString &description);

} // namespace ContactCommands

class ApplyContactBatchCommand : public QUndoCommand
{
public:
    ApplyContactBatchCommand(ContactStore *store, ContactBatch applied, ContactBatch inverse, const QString &text);
    void undo() override;
    void redo() override;

private:
    ContactStore *m_store;
    ContactBatch m_redo;
    ContactBatch m_undo;
    bool m_firstRedo = true;
};
