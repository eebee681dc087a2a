#include "commands/writecommand.h"

QString undoText(const QString &text)
{
    if (!text.contains(u'&') || text.contains(u'\n'))
        return text;
    return text + u'\n' + QString(text).replace(u'&', QStringLiteral("&&"));
}

WriteCommand::WriteCommand(const QString &text, Write redo, Write undo, QUndoCommand *parent)
    : QUndoCommand(undoText(text), parent)
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

bool takeBack(QUndoStack *stack, const QUndoCommand *command)
{
    const int top = stack->index() - 1;
    if (!command || top < 0 || stack->index() != stack->count() || stack->command(top) != command)
        return false;
    // QUndoStack::undo() deletes an obsolete command without undoing it, so it is undone here.
    auto *writable = const_cast<QUndoCommand *>(command);
    writable->undo();
    writable->setObsolete(true);
    stack->undo();
    return true;
}

void endMacro(QUndoStack *stack, bool ok)
{
    stack->endMacro();
    if (!ok && stack->index() > 0)
        takeBack(stack, stack->command(stack->index() - 1));
}
