#include "messages/messagetemplate.h"

QList<MessageKind> MessageKindNames::all()
{
    return {MessageKind::Outreach, MessageKind::FollowUp,         MessageKind::QuestionsAhead,
            MessageKind::ThankYou, MessageKind::IntroducerThanks, MessageKind::ReferralRequest,
            MessageKind::TouchBase};
}

QString MessageKindNames::key(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Outreach:
        return QStringLiteral("outreach");
    case MessageKind::FollowUp:
        return QStringLiteral("follow-up");
    case MessageKind::QuestionsAhead:
        return QStringLiteral("questions-ahead");
    case MessageKind::ThankYou:
        return QStringLiteral("thank-you");
    case MessageKind::IntroducerThanks:
        return QStringLiteral("introducer-thanks");
    case MessageKind::ReferralRequest:
        return QStringLiteral("referral-request");
    case MessageKind::TouchBase:
        return QStringLiteral("touch-base");
    }
    return QString();
}

std::optional<MessageKind> MessageKindNames::fromKey(const QString &key)
{
    for (MessageKind kind : all()) {
        if (MessageKindNames::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString MessageKindNames::displayName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Outreach:
        return tr("Outreach request");
    case MessageKind::FollowUp:
        return tr("Follow-up after no reply");
    case MessageKind::QuestionsAhead:
        return tr("Questions sent ahead");
    case MessageKind::ThankYou:
        return tr("Thank-you note");
    case MessageKind::IntroducerThanks:
        return tr("Thanks for the introduction");
    case MessageKind::ReferralRequest:
        return tr("Referral request");
    case MessageKind::TouchBase:
        return tr("Touch-base update");
    }
    return QString();
}
