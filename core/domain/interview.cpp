#include "domain/interview.h"

QList<Step> StepNames::all()
{
    return active() + ended();
}

QList<Step> StepNames::active()
{
    return {Step::Research, Step::Identify, Step::Prepare, Step::Contact, Step::Conduct, Step::FollowUp};
}

QList<Step> StepNames::ended()
{
    return {Step::Completed, Step::Declined, Step::NoReply};
}

bool StepNames::isActive(Step step)
{
    return number(step) > 0;
}

int StepNames::number(Step step)
{
    return int(active().indexOf(step)) + 1;
}

QString StepNames::key(Step step)
{
    switch (step) {
    case Step::Research:
        return QStringLiteral("research");
    case Step::Identify:
        return QStringLiteral("identify");
    case Step::Prepare:
        return QStringLiteral("prepare");
    case Step::Contact:
        return QStringLiteral("contact");
    case Step::Conduct:
        return QStringLiteral("conduct");
    case Step::FollowUp:
        return QStringLiteral("follow-up");
    case Step::Completed:
        return QStringLiteral("completed");
    case Step::Declined:
        return QStringLiteral("declined");
    case Step::NoReply:
        return QStringLiteral("no-reply");
    }
    return QString();
}

std::optional<Step> StepNames::fromKey(const QString &key)
{
    for (Step step : all()) {
        if (StepNames::key(step) == key)
            return step;
    }
    return std::nullopt;
}

QString StepNames::displayName(Step step)
{
    switch (step) {
    case Step::Research:
        return tr("Research");
    case Step::Identify:
        return tr("Identify");
    case Step::Prepare:
        return tr("Prepare");
    case Step::Contact:
        return tr("Contact");
    case Step::Conduct:
        return tr("Conduct");
    case Step::FollowUp:
        return tr("Follow up");
    case Step::Completed:
        return tr("Completed");
    case Step::Declined:
        return tr("Declined");
    case Step::NoReply:
        return tr("No reply");
    }
    return QString();
}

QList<Medium> MediumNames::all()
{
    return {Medium::Unknown, Medium::CoffeeShop, Medium::TheirOffice, Medium::Phone, Medium::Video};
}

QString MediumNames::key(Medium medium)
{
    switch (medium) {
    case Medium::Unknown:
        return QString();
    case Medium::CoffeeShop:
        return QStringLiteral("coffee-shop");
    case Medium::TheirOffice:
        return QStringLiteral("their-office");
    case Medium::Phone:
        return QStringLiteral("phone");
    case Medium::Video:
        return QStringLiteral("video");
    }
    return QString();
}

Medium MediumNames::fromKey(const QString &key)
{
    for (Medium m : all()) {
        if (MediumNames::key(m) == key)
            return m;
    }
    return Medium::Unknown;
}

QString MediumNames::displayName(Medium medium)
{
    switch (medium) {
    case Medium::Unknown:
        return tr("Not decided");
    case Medium::CoffeeShop:
        return tr("Coffee shop");
    case Medium::TheirOffice:
        return tr("Their office");
    case Medium::Phone:
        return tr("Phone call");
    case Medium::Video:
        return tr("Video call");
    }
    return QString();
}

QList<InterviewKind> InterviewKindNames::all()
{
    return {InterviewKind::Exploring, InterviewKind::DecidingOnOffer};
}

QString InterviewKindNames::key(InterviewKind kind)
{
    switch (kind) {
    case InterviewKind::Exploring:
        return QStringLiteral("exploring");
    case InterviewKind::DecidingOnOffer:
        return QStringLiteral("deciding-on-offer");
    }
    return QString();
}

InterviewKind InterviewKindNames::fromKey(const QString &key)
{
    for (InterviewKind kind : all()) {
        if (InterviewKindNames::key(kind) == key)
            return kind;
    }
    return InterviewKind::Exploring;
}

QString InterviewKindNames::displayName(InterviewKind kind)
{
    switch (kind) {
    case InterviewKind::Exploring:
        return tr("Exploring a field");
    case InterviewKind::DecidingOnOffer:
        return tr("Deciding on an offer");
    }
    return QString();
}

QList<Channel> ChannelNames::all()
{
    return {Channel::Unknown, Channel::Email,    Channel::LinkedIn,
            Channel::Phone,   Channel::InPerson, Channel::Introduction};
}

QString ChannelNames::key(Channel channel)
{
    switch (channel) {
    case Channel::Unknown:
        return QString();
    case Channel::Email:
        return QStringLiteral("email");
    case Channel::LinkedIn:
        return QStringLiteral("linkedin");
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::InPerson:
        return QStringLiteral("in-person");
    case Channel::Introduction:
        return QStringLiteral("introduction");
    }
    return QString();
}

Channel ChannelNames::fromKey(const QString &key)
{
    for (Channel c : all()) {
        if (ChannelNames::key(c) == key)
            return c;
    }
    return Channel::Unknown;
}

QString ChannelNames::displayName(Channel channel)
{
    switch (channel) {
    case Channel::Unknown:
        return tr("Not set");
    case Channel::Email:
        return tr("E-mail");
    case Channel::LinkedIn:
        return tr("LinkedIn message");
    case Channel::Phone:
        return tr("Phone");
    case Channel::InPerson:
        return tr("In person");
    case Channel::Introduction:
        return tr("Introduced by someone");
    }
    return QString();
}

QList<WorkflowEvent> WorkflowEventNames::all()
{
    return {WorkflowEvent::Advance, WorkflowEvent::GoBack, WorkflowEvent::Decline, WorkflowEvent::GiveUp,
            WorkflowEvent::Reopen};
}

QString WorkflowEventNames::key(WorkflowEvent event)
{
    switch (event) {
    case WorkflowEvent::Advance:
        return QStringLiteral("advance");
    case WorkflowEvent::GoBack:
        return QStringLiteral("go-back");
    case WorkflowEvent::Decline:
        return QStringLiteral("decline");
    case WorkflowEvent::GiveUp:
        return QStringLiteral("give-up");
    case WorkflowEvent::Reopen:
        return QStringLiteral("reopen");
    }
    return QString();
}

std::optional<WorkflowEvent> WorkflowEventNames::fromKey(const QString &key)
{
    for (WorkflowEvent e : all()) {
        if (WorkflowEventNames::key(e) == key)
            return e;
    }
    return std::nullopt;
}

QString WorkflowEventNames::displayName(WorkflowEvent event)
{
    switch (event) {
    case WorkflowEvent::Advance:
        return tr("Next step");
    case WorkflowEvent::GoBack:
        return tr("Back one step");
    case WorkflowEvent::Decline:
        return tr("Declined");
    case WorkflowEvent::GiveUp:
        return tr("No reply");
    case WorkflowEvent::Reopen:
        return tr("Reopen");
    }
    return QString();
}

bool Interview::conversationHeld(const QDateTime &now) const
{
    if (!scheduledAt.isValid() || scheduledAt > now)
        return false;
    return step == Step::FollowUp || step == Step::Completed || !conversationNotes.trimmed().isEmpty();
}

QString Interview::summary(const QString &person) const
{
    QStringList parts{person.isEmpty() ? StepNames::tr("(nobody chosen yet)") : person};
    if (!topic.trimmed().isEmpty())
        parts << topic.trimmed();
    parts << StepNames::displayName(step);
    return parts.join(QStringLiteral(" · "));
}

QList<Posting> PostingNames::all()
{
    return {Posting::None, Posting::Some, Posting::Exact};
}

QString PostingNames::key(Posting posting)
{
    switch (posting) {
    case Posting::None:
        return {};
    case Posting::Some:
        return QStringLiteral("some");
    case Posting::Exact:
        return QStringLiteral("exact");
    }
    return {};
}

Posting PostingNames::fromKey(const QString &key)
{
    for (Posting posting : all()) {
        if (PostingNames::key(posting) == key)
            return posting;
    }
    return Posting::None;
}

QString PostingNames::displayName(Posting posting)
{
    switch (posting) {
    case Posting::None:
        return tr("None");
    case Posting::Some:
        return tr("Related opening");
    case Posting::Exact:
        return tr("Exact fit");
    }
    return {};
}
