#include "commands/contactcommands.h"
#include "commands/writecommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ContactCommands", text, nullptr, n);
}

bool applyAndPush(QUndoStack *stack, ContactStore *store, ContactBatch &batch, const QString &text, QString *error)
{
    QList<qint64> touched = ContactBatch::idsOf(batch.updates);
    touched << batch.removals;
    const QList<Contact> before = store->contacts(touched);
    if (before.size() != touched.size()) {
        if (error)
            *error = tr("The contact no longer exists.");
        return false;
    }
    if (!store->apply(batch, error))
        return false;
    stack->push(new ApplyContactBatchCommand(store, batch, batch.inverse(before), text));
    return true;
}

} // namespace

namespace ContactCommands {

bool addContact(QUndoStack *stack, ContactStore *store, const Contact &contact, qint64 *newId, QString *error)
{
    ContactBatch batch;
    batch.inserts << contact;
    const QString name = contact.displayName();
    if (!applyAndPush(stack, store, batch, tr("Add “%1”").arg(name), error))
        return false;
    if (newId)
        *newId = batch.inserts.constFirst().id;
    return true;
}

bool editContact(QUndoStack *stack, ContactStore *store, const Contact &contact, QString *error)
{
    ContactBatch batch;
    batch.updates << contact;
    return applyAndPush(stack, store, batch, tr("Edit “%1”").arg(contact.displayName()), error);
}

bool removeContacts(QUndoStack *stack, ContactStore *store, const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    ContactBatch batch;
    batch.removals = ids;
    const QString text = ids.size() == 1
        ? tr("Delete “%1”").arg(store->contact(ids.constFirst()).value_or(Contact()).displayName())
        : QCoreApplication::translate("ContactCommands", "Delete %n contact(s)", nullptr, int(ids.size()));
    return applyAndPush(stack, store, batch, text, error);
}

void importWritten(QUndoStack *stack, ContactStore *store, const ContactImport::Applied &applied,
                   const QString &description)
{
    store->announce(applied.batch);
    if (!applied.batch.isEmpty())
        stack->push(
            new ApplyContactBatchCommand(store, applied.batch, applied.batch.inverse(applied.before), description));
}

} // namespace ContactCommands

ApplyContactBatchCommand::ApplyContactBatchCommand(ContactStore *store, ContactBatch applied, ContactBatch inverse,
                                                   const QString &text)
    : QUndoCommand(undoText(text))
    , m_store(store)
    , m_redo(std::move(applied))
    , m_undo(std::move(inverse))
{ }

void ApplyContactBatchCommand::redo()
{
    if (m_firstRedo) { // already applied by applyAndPush
        m_firstRedo = false;
        return;
    }
    QString error;
    if (!m_store->apply(m_redo, &error))
        qWarning("Redo failed: %s", qPrintable(error));
    else
        m_undo.relink = m_redo.cut; // what this deletion cut now, which may differ from the first time
}

void ApplyContactBatchCommand::undo()
{
    QString error;
    if (!m_store->apply(m_undo, &error))
        qWarning("Undo failed: %s", qPrintable(error));
}
