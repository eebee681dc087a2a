#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The messages an informational interview calls for, in the order they are usually sent.
// Stored by key (see MessageKindNames), like the workflow steps.
enum class MessageKind {
    Outreach, // the first message, asking for a conversation
    FollowUp, // one polite nudge after no reply
    QuestionsAhead, // the planned questions, sent before the conversation so they can prepare
    ThankYou, // within two days of the conversation
    IntroducerThanks, // to the person who introduced you (not to the person you talked with)
    ReferralRequest, // asking whom else to talk to
    TouchBase, // an update weeks later, keeping the relationship alive
};

class MessageKindNames
{
    Q_DECLARE_TR_FUNCTIONS(MessageKindNames)
public:
    static QList<MessageKind> all();
    static QString key(MessageKind kind);
    static std::optional<MessageKind> fromKey(const QString &key);
    static QString displayName(MessageKind kind);
};

// A message the user starts from: Markdown with {{placeholders}} and [[slots]] (see
// TemplateRenderer). The subject becomes the mail's subject line.
struct MessageTemplate {
    qint64 id = 0; // 0 until stored
    MessageKind kind = MessageKind::Outreach;
    QString name;
    QString subject;
    QString body;
    QString defaultKey; // set on the templates shipped with the app, so they are seeded once
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isShipped() const { return !defaultKey.isEmpty(); }
    bool operator==(const MessageTemplate &other) const = default;
};
