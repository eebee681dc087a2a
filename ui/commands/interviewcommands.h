#pragma once

#include "domain/interview.h"
#include "storage/interviewstore.h"
#include "workflow/workflow.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <memory>

class OrganisationStore;
class QUndoStack;

// The undo layer for interviews and organisations, like ContactCommands: each function
// writes once, and only on success pushes a command that can take the write back.
namespace InterviewCommands {

bool addInterview(QUndoStack *stack, InterviewStore *store, Interview &interview, QString *error = nullptr);
bool editInterview(QUndoStack *stack, InterviewStore *store, const Interview &edited, QString *error = nullptr);
bool removeInterview(QUndoStack *stack, InterviewStore *store, qint64 id, QString *error = nullptr);

// Checks the move against the workflow and, when allowed, saves the interview in its new
// step with a history entry. Refused moves leave everything as it was and return the reasons.
struct TransitionResult {
    bool ok = false;
    QStringList reasons; // the workflow's reasons, or the storage error
};
TransitionResult transition(QUndoStack *stack, InterviewStore *store, const Interview &interview,
                            WorkflowEvent event, const WorkflowContext &context, const QString &note = {});
// A board move, possibly several steps: one undo entry for the whole move.
TransitionResult moveTo(QUndoStack *stack, InterviewStore *store, const Interview &interview, Step target,
                        const WorkflowContext &context);

bool addReferral(QUndoStack *stack, InterviewStore *store, qint64 interviewId, qint64 contactId,
                 const QString &name, QString *error = nullptr);
bool removeReferral(QUndoStack *stack, InterviewStore *store, qint64 interviewId, qint64 contactId,
                    const QString &name, QString *error = nullptr);

bool addOrganisation(QUndoStack *stack, OrganisationStore *store, Organisation &organisation,
                     QString *error = nullptr);
bool editOrganisation(QUndoStack *stack, OrganisationStore *store, const Organisation &edited,
                      QString *error = nullptr);

} // namespace InterviewCommands

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
