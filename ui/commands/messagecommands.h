#pragma once

#include "messages/messagerecords.h"
#include "messages/messagetemplate.h"
#include "workflow/workflow.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class InterviewStore;
class MessageStore;
class QUndoStack;
class TemplateStore;
struct Interview;

// The undo layer for message templates, and for recording that a message was sent.
namespace MessageCommands {

bool addTemplate(QUndoStack *stack, TemplateStore *store, MessageTemplate &messageTemplate, QString *error = nullptr);
bool editTemplate(QUndoStack *stack, TemplateStore *store, const MessageTemplate &edited, QString *error = nullptr);
bool removeTemplate(QUndoStack *stack, TemplateStore *store, qint64 id, QString *error = nullptr);
// Brings back the shipped templates the user deleted; how many, or -1 on failure.
int restoreDefaults(QUndoStack *stack, TemplateStore *store, QString *error = nullptr);

struct SentResult {
    bool ok = false;
    QString error; // the date could not be recorded
    QStringList refusals; // recorded, but the workflow kept it in its step, and why
    bool moved = false;
};
// Records that `message` (its kind, sentOn, and the words when there are any) was sent for
// `interview`: the date in the interview, the message in its record, the draft of that kind
// forgotten; and moves the interview on where sending it does (outreach: Contact; thank-you:
// Follow up). One undo step, which brings the draft back.
SentResult markSent(QUndoStack *stack, InterviewStore *interviews, MessageStore *messages, const Interview &interview,
                    const SentMessageRecord &message, const WorkflowContext &context);

} // namespace MessageCommands
