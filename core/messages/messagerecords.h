#pragma once

#include "domain/interview.h"
#include "messages/messagetemplate.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// A message being written for one interview, one per kind of message: saved as it is typed,
// so that switching to another kind, closing the window or a crash loses nothing.
struct MessageDraft {
    qint64 interviewId = 0;
    MessageKind kind = MessageKind::Outreach;
    qint64 templateId = 0; // the template it was started from, if any
    QString subject;
    QString body;
    QDateTime updatedAt;

    bool operator==(const MessageDraft &other) const = default;
};

// A message the user marked as sent, with the words that went out: the record of the
// conversation's correspondence.
struct SentMessageRecord {
    qint64 id = 0; // 0 until stored
    qint64 interviewId = 0;
    MessageKind kind = MessageKind::Outreach;
    QString subject;
    QString body;
    Channel channel = Channel::Unknown; // how it went: e-mail, LinkedIn…
    QDate sentOn;
    QDateTime recordedAt;

    bool operator==(const SentMessageRecord &other) const = default;
};
