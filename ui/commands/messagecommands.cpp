#include "commands/messagecommands.h"

#include "commands/interviewcommands.h"
#include "commands/writecommand.h"
#include "messages/sentmessage.h"
#include "storage/interviewstore.h"
#include "storage/messagestore.h"
#include "storage/templatestore.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MessageCommands", text);
}

} // namespace

namespace MessageCommands {

bool addTemplate(QUndoStack *stack, TemplateStore *store, MessageTemplate &messageTemplate, QString *error)
{
    if (!store->insert(messageTemplate, error))
        return false;
    pushInsertion(stack, store, {messageTemplate.id}, tr("New template “%1”").arg(messageTemplate.name));
    return true;
}

bool editTemplate(QUndoStack *stack, TemplateStore *store, const MessageTemplate &edited, QString *error)
{
    const std::optional<MessageTemplate> before = store->messageTemplate(edited.id);
    if (!before)
        return failWith(error, tr("This template no longer exists."));
    return writeEdit(
        stack, store, *before, edited,
        [](const MessageTemplate &after) { return tr("Edit template “%1”").arg(after.name); }, error);
}

bool removeTemplate(QUndoStack *stack, TemplateStore *store, qint64 id, QString *error)
{
    const auto removed = store->remove({id}, error);
    if (!removed)
        return false;
    if (removed->isEmpty())
        return true;
    auto records = std::make_shared<QList<MessageTemplate>>(*removed);
    stack->push(new WriteCommand(
        tr("Delete template “%1”").arg(records->constFirst().name),
        [store, id] { return store->remove({id}).has_value(); },
        [store, records] { return store->restore(*records); }));
    return true;
}

int restoreDefaults(QUndoStack *stack, TemplateStore *store, QString *error)
{
    const auto added = store->restoreDefaults(error);
    if (!added)
        return -1;
    if (added->isEmpty())
        return 0;
    pushInsertion(stack, store, *added, tr("Restore shipped templates"));
    return int(added->size());
}

SentResult markSent(QUndoStack *stack, InterviewStore *interviews, MessageStore *messages, const Interview &interview,
                    const SentMessageRecord &message, const WorkflowContext &context)
{
    SentResult result;
    SentMessage::Effect effect = SentMessage::effect(interview, message.kind, message.sentOn, message.body);
    if (message.kind == MessageKind::Outreach && effect.interview.channel == Channel::Unknown)
        effect.interview.channel = message.channel;
    stack->beginMacro(tr("Mark “%1” as sent").arg(MessageKindNames::displayName(message.kind)));
    result.ok = InterviewCommands::editInterview(stack, interviews, effect.interview, &result.error);
    if (result.ok && !message.body.trimmed().isEmpty()) {
        auto stored = std::make_shared<SentMessageRecord>(message);
        stored->interviewId = interview.id;
        result.ok = messages->insertSent(*stored, &result.error);
        if (result.ok) {
            stack->push(new WriteCommand(
                tr("Keep the message sent"), [messages, stored] { return messages->insertSent(*stored); },
                [messages, stored] { return messages->removeSent(stored->id); }));
        }
    }
    if (result.ok) {
        // The words are kept with the sent message now; the draft of this kind starts again.
        if (const std::optional<MessageDraft> draft = messages->draft(interview.id, message.kind)) {
            result.ok = messages->removeDraft(interview.id, message.kind, &result.error);
            if (result.ok) {
                stack->push(new WriteCommand(
                    tr("Forget the draft"),
                    [messages, d = *draft] { return messages->removeDraft(d.interviewId, d.kind); },
                    [messages, d = *draft]() mutable { return messages->saveDraft(d); }));
            }
        }
    }
    if (result.ok && effect.moveTo) {
        const std::optional<Interview> saved = interviews->interview(interview.id);
        const InterviewCommands::TransitionResult moved =
            InterviewCommands::moveTo(stack, interviews, saved.value_or(effect.interview), *effect.moveTo, context);
        result.moved = moved.ok;
        result.refusals = moved.reasons;
    }
    endMacro(stack, result.ok);
    return result;
}

} // namespace MessageCommands
