#include "commands/writecommand.h"

WriteCommand::WriteCommand(const QString &text, Write redo, Write undo, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
{ }

void WriteCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    if (!m_redo())
        setObsolete(true);
}

void WriteCommand::undo()
{
    if (!m_undo())
        setObsolete(true);
}

void endMacro(QUndoStack *stack, bool ok)
{
    stack->endMacro();
    if (ok || stack->index() == 0)
        return;
    // The macro just ended is the command before the index; obsolete, undo deletes it.
    const_cast<QUndoCommand *>(stack->command(stack->index() - 1))->setObsolete(true);
    stack->undo();
}
