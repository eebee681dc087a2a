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
