#include "messages/sentmessage.h"

namespace SentMessage {

MessageKind suggestedKind(const Interview &interview, const QDateTime &now)
{
    switch (interview.step) {
    case Step::Research:
    case Step::Identify:
    case Step::Prepare:
        return MessageKind::Outreach;
    case Step::Contact:
        if (interview.hasOutreach() && !interview.replyReceivedOn.isValid() && !interview.followUpSentOn.isValid())
            return MessageKind::FollowUp;
        return MessageKind::Outreach;
    case Step::Conduct:
        // Before the conversation nothing needs writing but a reply; after it, the thank-you.
        if (interview.scheduledAt.isValid() && interview.scheduledAt > now)
            return MessageKind::FollowUp;
        return MessageKind::ThankYou;
    case Step::FollowUp:
        if (!interview.thankYouSentOn.isValid())
            return MessageKind::ThankYou;
        if (interview.introducedById != 0 && !interview.introducerThankedOn.isValid())
            return MessageKind::IntroducerThanks;
        if (!interview.referralRequestedOn.isValid())
            return MessageKind::ReferralRequest;
        return MessageKind::TouchBase;
    case Step::Completed:
        return MessageKind::TouchBase;
    case Step::Declined:
        return MessageKind::ReferralRequest; // a no can still lead to someone else
    case Step::NoReply:
        return MessageKind::FollowUp;
    }
    return MessageKind::Outreach;
}

qint64 recipientId(const Interview &interview, MessageKind kind)
{
    return kind == MessageKind::IntroducerThanks ? interview.introducedById : interview.contactId;
}

Effect effect(const Interview &interview, MessageKind kind, const QDate &sentOn, const QString &message)
{
    Effect result{interview, std::nullopt};
    Interview &i = result.interview;
    const auto moveForwardTo = [&](Step target) {
        if (i.isActive() && StepNames::number(i.step) < StepNames::number(target))
            result.moveTo = target;
    };
    switch (kind) {
    case MessageKind::Outreach:
        i.outreachSentOn = sentOn;
        if (i.outreachNote.trimmed().isEmpty())
            i.outreachNote = message;
        moveForwardTo(Step::Contact);
        break;
    case MessageKind::FollowUp:
        i.followUpSentOn = sentOn;
        moveForwardTo(Step::Contact);
        break;
    case MessageKind::QuestionsAhead:
        i.questionsSentOn = sentOn; // a courtesy: it moves nothing on
        break;
    case MessageKind::ThankYou:
        i.thankYouSentOn = sentOn;
        moveForwardTo(Step::FollowUp);
        break;
    case MessageKind::IntroducerThanks:
        i.introducerThankedOn = sentOn;
        break;
    case MessageKind::ReferralRequest:
        i.referralRequestedOn = sentOn;
        break;
    case MessageKind::TouchBase:
        i.lastTouchBaseOn = sentOn;
        i.nextTouchBaseOn = QDate(); // the next one is computed from the settings again
        break;
    }
    return result;
}

} // namespace SentMessage
