#pragma once

#include "domain/interview.h"
#include "messages/messagetemplate.h"

#include <QDate>
#include <QDateTime>

#include <optional>

// What sending a message means for an interview: which message it is waiting for, and what
// changes once it has been sent (the date recorded, and the step it moves to).
namespace SentMessage {

// The message an interview is most likely waiting for, from its step and what it records.
MessageKind suggestedKind(const Interview &interview, const QDateTime &now);

struct Effect {
    Interview interview; // with the sent date recorded
    std::optional<Step> moveTo; // the step that sending it reaches, if further on
};

// Whom a message of this kind goes to: the person who introduced you for their thanks, else the
// person the interview is with. 0 when the interview names nobody for it.
qint64 recipientId(const Interview &interview, MessageKind kind);

// The interview after `kind` was sent on `sentOn`. For outreach, `message` becomes the
// recorded outreach note unless one was written already.
Effect effect(const Interview &interview, MessageKind kind, const QDate &sentOn, const QString &message = {});

} // namespace SentMessage
