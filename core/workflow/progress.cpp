#include "workflow/progress.h"

#include <algorithm>

namespace {

constexpr int ThankYouDays = 2; // the guides' "within two days"
constexpr int MaxYears = 10; // how far back "Since the start" goes

QDate weekStart(QDate date, Qt::DayOfWeek firstDay)
{
    return date.addDays(-((date.dayOfWeek() - int(firstDay) + 7) % 7));
}

bool within(QDate date, QDate from, QDate to)
{
    return date.isValid() && date >= from && date <= to;
}

// They answered: a reply recorded, a conversation agreed or held (the interview went on to Conduct
// or beyond), or a decline after the first message.
bool replied(const Interview &interview, const QDateTime &now)
{
    switch (interview.step) {
    case Step::Conduct:
    case Step::FollowUp:
    case Step::Completed:
    case Step::Declined:
        return true;
    default:
        return interview.replyReceivedOn.isValid() || interview.conversationHeld(now);
    }
}

QDate earliestDate(const Progress::Input &input, const QDateTime &now)
{
    QDate earliest;
    const auto consider = [&earliest](QDate date) {
        if (date.isValid() && (!earliest.isValid() || date < earliest))
            earliest = date;
    };
    for (const Interview &interview : input.interviews) {
        consider(interview.outreachSentOn);
        consider(interview.replyReceivedOn);
        consider(interview.thankYouSentOn);
        if (interview.conversationHeld(now))
            consider(interview.conversationDate());
    }
    for (const QList<QDate> &dates : input.referralDates) {
        for (QDate date : dates)
            consider(date);
    }
    return earliest;
}

void tally(ProgressGroup &group, const Interview &interview, bool hasReferral, const QDateTime &now)
{
    ++group.reachedOut;
    if (replied(interview, now))
        ++group.replied;
    const bool held = interview.conversationHeld(now);
    if (held)
        ++group.conversations;
    if (hasReferral)
        ++group.withReferral;
    if (held && hasReferral)
        ++group.conversationsWithReferral;
}

QList<ProgressGroup> sorted(const QHash<QString, ProgressGroup> &groups)
{
    QList<ProgressGroup> list = groups.values();
    std::sort(list.begin(), list.end(), [](const ProgressGroup &a, const ProgressGroup &b) {
        if (a.unnamed != b.unnamed)
            return b.unnamed;
        if (a.reachedOut != b.reachedOut)
            return a.reachedOut > b.reachedOut;
        const int byName = a.name.localeAwareCompare(b.name);
        return byName != 0 ? byName < 0 : a.name < b.name;
    });
    return list;
}

} // namespace

Progress::Input Progress::read(const InterviewStore &store)
{
    return {store.all(), store.names(), store.referralDates()};
}

QList<Progress::Range> Progress::ranges()
{
    return {Range::FourWeeks, Range::ThreeMonths, Range::All};
}

QString Progress::rangeName(Range range)
{
    switch (range) {
    case Range::FourWeeks:
        return tr("Last 4 weeks");
    case Range::ThreeMonths:
        return tr("Last 3 months");
    case Range::All:
        return tr("Since the start");
    }
    return {};
}

Progress Progress::compute(const Input &input, Range range, const QDateTime &now, Qt::DayOfWeek firstDayOfWeek)
{
    Progress progress;
    progress.range = range;
    progress.to = now.date();
    const QDate thisWeek = weekStart(progress.to, firstDayOfWeek);
    switch (range) {
    case Range::FourWeeks:
        progress.from = thisWeek.addDays(-3 * 7);
        break;
    case Range::ThreeMonths:
        progress.from = thisWeek.addDays(-12 * 7);
        break;
    case Range::All: {
        // At most ten years back: a mistyped year (1926) must not make thousands of weeks.
        QDate earliest = earliestDate(input, now);
        if (earliest.isValid())
            earliest = std::max(earliest, progress.to.addYears(-MaxYears));
        progress.from = earliest.isValid() && earliest < progress.to ? weekStart(earliest, firstDayOfWeek) : thisWeek;
        break;
    }
    }
    for (QDate week = progress.from; week <= progress.to; week = week.addDays(7))
        progress.weeks.append({week});
    for (QDate month(progress.from.year(), progress.from.month(), 1); month <= progress.to; month = month.addMonths(1))
        progress.months.append({month});
    // Counts the date in its week and its month; false when it is outside the period.
    const auto count = [&progress](QDate date, int ProgressWeek::*what) {
        if (!within(date, progress.from, progress.to))
            return false;
        ++(progress.weeks[qsizetype(progress.from.daysTo(date) / 7)].*what);
        const QDate first = progress.months.constFirst().start;
        ++(progress.months[(date.year() - first.year()) * 12 + date.month() - first.month()].*what);
        return true;
    };

    QHash<QString, ProgressGroup> byRelationship;
    QHash<QString, ProgressGroup> byOrganisation;
    QList<qint64> replyDays;
    for (const Interview &interview : input.interviews) {
        const QList<QDate> referralDates = input.referralDates.value(interview.id);
        count(interview.outreachSentOn, &ProgressWeek::outreach);
        count(interview.replyReceivedOn, &ProgressWeek::replies);
        const bool held = interview.conversationHeld(now);
        if (held && count(interview.conversationDate(), &ProgressWeek::conversations))
            ++progress.conversations;
        if (count(interview.thankYouSentOn, &ProgressWeek::thankYous)) {
            ++progress.thankYous;
            // On time: on the day of the conversation or within two days after it.
            if (held && interview.thankYouSentOn >= interview.conversationDate()
                && interview.thankYouSentOn <= interview.conversationDate().addDays(ThankYouDays))
                ++progress.thankYousOnTime;
        }
        for (QDate date : referralDates) {
            if (count(date, &ProgressWeek::referrals) || (!date.isValid() && range == Range::All))
                ++progress.referrals;
        }

        if (!within(interview.outreachSentOn, progress.from, progress.to))
            continue;
        const bool hasReferral = !referralDates.isEmpty();
        tally(progress.overall, interview, hasReferral, now);
        const InterviewNames names = input.names.value(interview.id);
        // The groups by key; an empty key for those without one, so that an organisation the user
        // named "No organisation" stays apart.
        const bool noRelationship = names.relationship == Relationship::Unknown;
        ProgressGroup &byHow = byRelationship[noRelationship ? QString() : RelationshipNames::key(names.relationship)];
        byHow.name = noRelationship ? tr("Not recorded") : RelationshipNames::displayName(names.relationship);
        byHow.unnamed = noRelationship;
        tally(byHow, interview, hasReferral, now);
        const QString organisation = names.organisation.simplified();
        ProgressGroup &byWhere = byOrganisation[organisation];
        byWhere.name = organisation.isEmpty() ? tr("No organisation") : organisation;
        byWhere.unnamed = organisation.isEmpty();
        tally(byWhere, interview, hasReferral, now);
        if (interview.replyReceivedOn.isValid() && interview.replyReceivedOn >= interview.outreachSentOn)
            replyDays.append(interview.outreachSentOn.daysTo(interview.replyReceivedOn));
    }
    progress.byRelationship = sorted(byRelationship);
    progress.byOrganisation = sorted(byOrganisation);
    if (!replyDays.isEmpty()) {
        std::sort(replyDays.begin(), replyDays.end());
        const qsizetype middle = replyDays.size() / 2;
        progress.medianReplyDays = replyDays.size() % 2 ? double(replyDays.at(middle))
                                                        : (replyDays.at(middle - 1) + replyDays.at(middle)) / 2.0;
    }
    return progress;
}

bool Progress::isEmpty() const
{
    return std::all_of(weeks.cbegin(), weeks.cend(),
                       [](const ProgressWeek &week) { return week == ProgressWeek{week.start}; })
        && overall.reachedOut == 0 && referrals == 0;
}

QString Progress::percent(double fraction, const QLocale &locale)
{
    return tr("%1%").arg(locale.toString(qRound(fraction * 100)));
}

QString Progress::days(double days, const QLocale &locale)
{
    if (days == double(qRound(days)))
        return tr("%n day(s)", nullptr, qRound(days));
    return tr("%1 days").arg(locale.toString(days, 'f', 1));
}

QString Progress::inWords(const ProgressWeek &week)
{
    QStringList counts;
    if (week.outreach)
        counts << tr("%n reached out", nullptr, week.outreach);
    if (week.replies)
        counts << tr("%n reply(ies)", nullptr, week.replies);
    if (week.conversations)
        counts << tr("%n conversation(s)", nullptr, week.conversations);
    if (week.thankYous)
        counts << tr("%n thank-you note(s)", nullptr, week.thankYous);
    if (week.referrals)
        counts << tr("%n referral(s)", nullptr, week.referrals);
    return counts.join(tr(", "));
}

QString Progress::summary(const QLocale &locale) const
{
    const QString period = rangeName(range);
    if (isEmpty())
        return tr("%1: nothing recorded yet. Mark a first message as sent, and what follows shows here.").arg(period);
    QStringList parts;
    parts << tr("%n reached out", nullptr, overall.reachedOut);
    if (overall.reachedOut > 0)
        parts << tr("%1 replied (%2)").arg(locale.toString(overall.replied), percent(overall.replyRate(), locale));
    parts << tr("%n conversation(s)", nullptr, conversations);
    if (thankYous > 0) {
        parts << (thankYousOnTime == thankYous ? tr("%n thank-you note(s) on time", nullptr, thankYous)
                                               : tr("%1 of %n thank-you note(s) on time", nullptr, thankYous)
                                                     .arg(locale.toString(thankYousOnTime)));
    }
    parts << tr("%n referral(s)", nullptr, referrals);
    return tr("%1: %2.").arg(period, parts.join(tr(", ")));
}
