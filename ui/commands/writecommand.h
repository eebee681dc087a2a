#pragma once

#include "domain/failwith.h"

#include <QString>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <memory>

// What every undoable edit in ui/commands/ shares: the store writes first, and only when that
// succeeds is a command pushed that can take the write back.

// The text for an undo step, given as QUndoCommand::setText() takes it: the words as written
// (text(), for tests and the status), then after a line break the same for Edit's Undo and Redo
// items, where "&" would mark a shortcut: "Practice Run for Sam & Alex" must not lose its "&".
QString undoText(const QString &text);

// A command made of two writes, each returning whether it succeeded. The first redo is
// skipped: the write already happened before the push.
class WriteCommand : public QUndoCommand
{
public:
    using Write = std::function<bool()>;
    WriteCommand(const QString &text, Write redo, Write undo, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Write m_redo;
    Write m_undo;
    bool m_firstRedo = true;
};

// Pushes the undo of rows a store has just inserted: undo removes them, keeping what remove()
// returns, and redo gives that back to restore(), so they return with the same ids. For any
// store with std::optional<QList<T>> remove(ids) and bool restore(const QList<T> &).
template<typename Store>
void pushInsertion(QUndoStack *stack, Store *store, const QList<qint64> &ids, const QString &text)
{
    using Removed = typename decltype(store->remove(ids))::value_type;
    auto removed = std::make_shared<Removed>();
    stack->push(new WriteCommand(
        text, [store, removed] { return store->restore(*removed); },
        [store, removed, ids] {
            const auto gone = store->remove(ids);
            if (gone)
                *removed = *gone;
            return gone.has_value();
        }));
}

// Writes `edited` over `before`, which the caller has just read, and on success pushes its
// undo: undo writes `before` back, redo writes the edit again. The command's text is made from
// the record as stored. For any store with bool update(T &, QString *error).
template<typename Store, typename Record, typename Describe>
bool writeEdit(QUndoStack *stack, Store *store, const Record &before, const Record &edited, Describe describe,
               QString *error)
{
    Record after = edited;
    if (!store->update(after, error))
        return false;
    stack->push(new WriteCommand(
        describe(after), [store, after]() mutable { return store->update(after); },
        [store, b = before]() mutable { return store->update(b); }));
    return true;
}

// Undoes the command on top of the stack (the last one pushed, not undone) and removes it, so it
// appears under neither Undo nor Redo. False when `command` is not on top.
bool takeBack(QUndoStack *stack, const QUndoCommand *command);

// Ends the macro begun with stack->beginMacro(). When `ok` is false (a write inside it failed),
// the writes that did succeed are taken back and the macro leaves no entry on the stack, so a
// half-done edit neither stays in the file nor appears under Undo.
void endMacro(QUndoStack *stack, bool ok);
