#include "workflow/reminders.h"

#include "domain/timetext.h"

#include <QLocale>
#include <QSet>
#include <QSettings>

#include <algorithm>

namespace {
const auto thankYouKey = QStringLiteral("reminders/thankYouWithinDays");
const auto secondPersonKey = QStringLiteral("reminders/secondPersonAfterBusinessDays");
const auto followUpKey = QStringLiteral("reminders/followUpAfterBusinessDays");
const auto firstTouchBaseKey = QStringLiteral("reminders/firstTouchBaseAfterDays");
const auto touchBaseKey = QStringLiteral("reminders/touchBaseEveryMonths");
const auto upcomingKey = QStringLiteral("reminders/upcomingWithinDays");
const auto notificationsKey = QStringLiteral("reminders/desktopNotifications");
} // namespace

ReminderSettings ReminderSettings::load()
{
    const QSettings settings;
    const ReminderSettings defaults;
    auto value = [&](const QString &key, int fallback) {
        bool ok = false;
        const int v = settings.value(key, fallback).toInt(&ok);
        return ok && v >= 0 && v <= 366 ? v : fallback;
    };
    ReminderSettings s;
    s.thankYouWithinDays = value(thankYouKey, defaults.thankYouWithinDays);
    s.secondPersonAfterBusinessDays = value(secondPersonKey, defaults.secondPersonAfterBusinessDays);
    s.followUpAfterBusinessDays = value(followUpKey, defaults.followUpAfterBusinessDays);
    s.firstTouchBaseAfterDays = value(firstTouchBaseKey, defaults.firstTouchBaseAfterDays);
    s.touchBaseEveryMonths = value(touchBaseKey, defaults.touchBaseEveryMonths);
    s.upcomingWithinDays = value(upcomingKey, defaults.upcomingWithinDays);
    s.desktopNotifications = settings.value(notificationsKey, defaults.desktopNotifications).toBool();
    return s;
}

void ReminderSettings::save() const
{
    QSettings settings;
    settings.setValue(thankYouKey, thankYouWithinDays);
    settings.setValue(secondPersonKey, secondPersonAfterBusinessDays);
    settings.setValue(followUpKey, followUpAfterBusinessDays);
    settings.setValue(firstTouchBaseKey, firstTouchBaseAfterDays);
    settings.setValue(touchBaseKey, touchBaseEveryMonths);
    settings.setValue(upcomingKey, upcomingWithinDays);
    settings.setValue(notificationsKey, desktopNotifications);
}

bool BusinessDays::isBusinessDay(const QDate &date)
{
    return date.dayOfWeek() <= 5;
}

QDate BusinessDays::add(const QDate &from, int days)
{
    QDate date = from;
    while (days > 0) {
        date = date.addDays(1);
        if (isBusinessDay(date))
            --days;
    }
    return date;
}

int BusinessDays::between(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    int days = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isBusinessDay(d))
            ++days;
    }
    return days;
}

Answering::Kind Answering::of(const QList<Interview> &theirs, const ReminderSettings &settings)
{
    const Interview *latest = nullptr;
    for (const Interview &i : theirs) {
        if (i.outreachSentOn.isValid() && (!latest || i.outreachSentOn > latest->outreachSentOn))
            latest = &i;
    }
    if (!latest)
        return Kind::Unknown;
    if (!latest->replyReceivedOn.isValid())
        return Kind::NoReplyYet;
    return BusinessDays::between(latest->outreachSentOn, latest->replyReceivedOn)
            <= settings.secondPersonAfterBusinessDays
        ? Kind::Quick
        : Kind::Slow;
}

QHash<qint64, Answering::Kind> Answering::byContact(const QList<Interview> &interviews,
                                                    const ReminderSettings &settings)
{
    QHash<qint64, QList<Interview>> theirs;
    for (const Interview &i : interviews) {
        if (i.contactId)
            theirs[i.contactId] << i;
    }
    QHash<qint64, Kind> result;
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        const Kind kind = of(it.value(), settings);
        if (kind != Kind::Unknown)
            result.insert(it.key(), kind);
    }
    return result;
}

QString Answering::text(Kind kind)
{
    switch (kind) {
    case Kind::Unknown:
        return {};
    case Kind::Quick:
        return tr("Quick to answer");
    case Kind::Slow:
        return tr("Slow to answer");
    case Kind::NoReplyYet:
        return tr("No reply yet");
    }
    return {};
}

QList<Reminder> Reminders::forInterview(const Interview &i, const ReminderSettings &settings, const QDateTime &now)
{
    QList<Reminder> result;
    auto add = [&](Reminder::Kind kind, const QDate &due, Step openAt) {
        Reminder r;
        r.interviewId = i.id;
        r.kind = kind;
        r.due = due;
        r.actionableFrom = due;
        r.openAt = openAt;
        result << r;
        return &result.last();
    };

    const bool waitingForReply = i.step == Step::Contact && i.outreachSentOn.isValid() && !i.replyReceivedOn.isValid();
    if (waitingForReply) {
        if (!i.followUpSentOn.isValid()) {
            add(Reminder::Kind::ContactSecondPerson,
                BusinessDays::add(i.outreachSentOn, settings.secondPersonAfterBusinessDays), Step::Contact);
            add(Reminder::Kind::SendFollowUp, BusinessDays::add(i.outreachSentOn, settings.followUpAfterBusinessDays),
                Step::Contact);
        }
    }

    const bool scheduled = i.scheduledAt.isValid();
    if (scheduled && (i.step == Step::Contact || i.step == Step::Conduct) && i.scheduledAt > now) {
        Reminder *r = add(Reminder::Kind::UpcomingConversation, i.scheduledAt.toLocalTime().date(), Step::Conduct);
        r->at = i.scheduledAt;
        r->actionableFrom = r->due.addDays(-settings.upcomingWithinDays);
    }

    // Once the conversation has happened the note is due, even if the card was not moved on.
    const bool conversationHeld =
        scheduled && i.scheduledAt <= now && (i.step == Step::Conduct || i.step == Step::FollowUp);
    // Deciding on an offer: the thanks arrive before the answer is due.
    const bool deciding = i.kind == InterviewKind::DecidingOnOffer && i.offerDeadline.isValid();
    if (conversationHeld) {
        // The person, and whoever introduced you, are thanked by the same day; after an offer, no
        // later than its deadline (but not before the conversation).
        const QDate held = i.conversationDate();
        QDate thanksDue = held.addDays(settings.thankYouWithinDays);
        if (deciding && i.offerDeadline < thanksDue)
            thanksDue = std::max(i.offerDeadline, held);
        if (!i.thankYouSentOn.isValid())
            add(Reminder::Kind::SendThankYou, thanksDue, Step::FollowUp)->actionableFrom = held;
        if (i.introducedById != 0 && !i.introducerThankedOn.isValid())
            add(Reminder::Kind::ThankIntroducer, thanksDue, Step::FollowUp)->actionableFrom = held;
    }

    // The answer to the offer is due: listed from a week before (the "coming up" window) while the
    // interview is open; once the conversation is held and the day has passed, it was answered.
    if (deciding && i.isActive() && !(conversationHeld && i.offerDeadline < now.toLocalTime().date())) {
        add(Reminder::Kind::DecideOnOffer, i.offerDeadline, Step::Research) // where the deadline is
            ->actionableFrom = i.offerDeadline.addDays(-settings.upcomingWithinDays);
    }

    if (i.step == Step::Declined && !i.referralRequestedOn.isValid() && i.closedOn.isValid())
        add(Reminder::Kind::AskForReferral, i.closedOn, Step::FollowUp);

    if ((i.step == Step::FollowUp || i.step == Step::Completed) && i.thankYouSentOn.isValid()) {
        QDate due = i.nextTouchBaseOn;
        if (!due.isValid()) {
            due = i.lastTouchBaseOn.isValid() ? i.lastTouchBaseOn.addMonths(settings.touchBaseEveryMonths)
                                              : i.thankYouSentOn.addDays(settings.firstTouchBaseAfterDays);
        }
        add(Reminder::Kind::TouchBase, due, Step::FollowUp);
    }
    return result;
}

QList<Reminder> Reminders::open(const QList<Interview> &interviews, const ReminderSettings &settings,
                                const QDateTime &now, const ReminderActions &actions)
{
    const QDate today = now.toLocalTime().date();
    // A reply from anyone at an employer stops its timers: no second person to approach there,
    // no follow-up to chase.
    QSet<qint64> answeredEmployers;
    for (const Interview &interview : interviews) {
        if (interview.organisationId != 0 && interview.replyReceivedOn.isValid())
            answeredEmployers.insert(interview.organisationId);
    }
    QList<Reminder> open;
    for (const Interview &interview : interviews) {
        const bool answered = answeredEmployers.contains(interview.organisationId);
        for (const Reminder &r : forInterview(interview, settings, now)) {
            if (answered && (r.kind == Reminder::Kind::ContactSecondPerson || r.kind == Reminder::Kind::SendFollowUp))
                continue;
            if (r.isActionable(today) && !actions.hides(r, today))
                open << r;
        }
    }
    std::stable_sort(open.begin(), open.end(), [](const Reminder &a, const Reminder &b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.at != b.at)
            return a.at < b.at;
        return a.interviewId < b.interviewId;
    });
    return open;
}

std::optional<Reminder> Reminders::next(const Interview &interview, const ReminderSettings &settings,
                                        const QDateTime &now, const ReminderActions &actions)
{
    const QList<Reminder> all = open({interview}, settings, now, actions);
    return all.isEmpty() ? std::nullopt : std::optional<Reminder>(all.constFirst());
}

ReminderActions::ReminderActions(const QList<ReminderAction> &actions)
{
    for (const ReminderAction &action : actions)
        m_byInterview[action.interviewId] << action;
}

std::optional<ReminderAction> ReminderActions::find(const Reminder &reminder) const
{
    const auto found = m_byInterview.constFind(reminder.interviewId);
    if (found == m_byInterview.constEnd())
        return std::nullopt;
    for (const ReminderAction &action : *found) {
        if (action.matches(reminder))
            return action;
    }
    return std::nullopt;
}

bool ReminderActions::hides(const Reminder &reminder, const QDate &today) const
{
    const std::optional<ReminderAction> action = find(reminder);
    return action && action->hides(today);
}

namespace {
struct KindKey {
    Reminder::Kind kind;
    const char *key;
};
constexpr KindKey kindKeys[] = {
    {Reminder::Kind::UpcomingConversation, "upcoming-conversation"},
    {Reminder::Kind::SendThankYou, "send-thank-you"},
    {Reminder::Kind::ThankIntroducer, "thank-introducer"},
    {Reminder::Kind::ContactSecondPerson, "contact-second-person"},
    {Reminder::Kind::SendFollowUp, "send-follow-up"},
    {Reminder::Kind::AskForReferral, "ask-for-referral"},
    {Reminder::Kind::TouchBase, "touch-base"},
    {Reminder::Kind::DecideOnOffer, "decide-on-offer"},
};
struct ChoiceKey {
    ReminderAction::Choice choice;
    const char *key;
};
constexpr ChoiceKey choiceKeys[] = {
    {ReminderAction::Choice::Done, "done"},
    {ReminderAction::Choice::Snoozed, "snoozed"},
    {ReminderAction::Choice::Dismissed, "dismissed"},
};
} // namespace

QString Reminders::key(Reminder::Kind kind)
{
    for (const KindKey &k : kindKeys) {
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<Reminder::Kind> Reminders::fromKey(const QString &key)
{
    for (const KindKey &k : kindKeys) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString Reminders::choiceKey(ReminderAction::Choice choice)
{
    for (const ChoiceKey &c : choiceKeys) {
        if (c.choice == choice)
            return QString::fromLatin1(c.key);
    }
    return {};
}

std::optional<ReminderAction::Choice> Reminders::choiceFromKey(const QString &key)
{
    for (const ChoiceKey &c : choiceKeys) {
        if (key == QLatin1String(c.key))
            return c.choice;
    }
    return std::nullopt;
}

std::optional<MessageKind> Reminders::recordedAs(Reminder::Kind kind)
{
    switch (kind) {
    case Reminder::Kind::SendThankYou:
        return MessageKind::ThankYou;
    case Reminder::Kind::ThankIntroducer:
        return MessageKind::IntroducerThanks;
    case Reminder::Kind::SendFollowUp:
        return MessageKind::FollowUp;
    case Reminder::Kind::AskForReferral:
        return MessageKind::ReferralRequest;
    case Reminder::Kind::TouchBase:
        return MessageKind::TouchBase;
    case Reminder::Kind::UpcomingConversation:
    case Reminder::Kind::ContactSecondPerson:
    case Reminder::Kind::DecideOnOffer:
        break;
    }
    return std::nullopt;
}

QString Reminders::whenText(const Reminder &r, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    if (r.kind == Reminder::Kind::UpcomingConversation) {
        const QDateTime local = r.at.toLocalTime();
        const QString time = TimeText::time(local.time());
        if (local.date() == today)
            return tr("Today, %1").arg(time);
        if (local.date() == today.addDays(1))
            return tr("Tomorrow, %1").arg(time);
        return QLocale().toString(local, QStringLiteral("ddd d MMM, ")) + time;
    }
    if (r.due == today)
        return tr("Due today");
    if (r.due == today.addDays(1))
        return tr("Due tomorrow");
    if (r.due > today && r.due < today.addDays(7))
        return tr("Due %1").arg(QLocale().dayName(r.due.dayOfWeek(), QLocale::LongFormat));
    if (r.due > today)
        return tr("Due %1").arg(QLocale().toString(r.due, QLocale::ShortFormat));
    return tr("%n day(s) overdue", nullptr, int(r.due.daysTo(today)));
}

QString Reminders::title(Reminder::Kind kind, const QString &introducer)
{
    switch (kind) {
    case Reminder::Kind::UpcomingConversation:
        return tr("Conversation coming up");
    case Reminder::Kind::SendThankYou:
        return tr("Send a thank-you note");
    case Reminder::Kind::ThankIntroducer:
        return introducer.trimmed().isEmpty() ? tr("Thank the person who introduced you")
                                              : tr("Thank %1 for the introduction").arg(introducer.trimmed());
    case Reminder::Kind::ContactSecondPerson:
        return tr("No reply yet: approach a second person there");
    case Reminder::Kind::SendFollowUp:
        return tr("No reply yet: send one polite follow-up");
    case Reminder::Kind::AskForReferral:
        return tr("They declined: ask who else you could talk to");
    case Reminder::Kind::TouchBase:
        return tr("Touch base again");
    case Reminder::Kind::DecideOnOffer:
        return tr("Answer the offer");
    }
    return QString();
}

QString Reminders::advice(Reminder::Kind kind)
{
    switch (kind) {
    case Reminder::Kind::UpcomingConversation:
        return tr("Print the prep sheet, check the place or link, and keep to the agreed time.");
    case Reminder::Kind::SendThankYou:
        return tr("Thank them within two days and mention one specific thing you learned.");
    case Reminder::Kind::ThankIntroducer:
        return tr("First and foremost, thank whoever introduced you: tell them the conversation took place and "
                  "what it gave you.");
    case Reminder::Kind::ContactSecondPerson:
        return tr("People are busy. Reaching out to someone else at the same organisation keeps things moving.");
    case Reminder::Kind::SendFollowUp:
        return tr("A short, friendly follow-up is fine after a week; after that, let it rest.");
    case Reminder::Kind::AskForReferral:
        return tr("A no is still useful: ask whether they could suggest a colleague who might talk to you.");
    case Reminder::Kind::TouchBase:
        return tr("Tell them how their advice helped and what you are doing now.");
    case Reminder::Kind::DecideOnOffer:
        return tr("Hold the conversation before the offer's deadline, and ask what would help you decide: the "
                  "team, the manager, how people grow, what they would change.");
    }
    return QString();
}
