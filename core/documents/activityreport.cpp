#include "documents/activityreport.h"

#include "storage/interviewstore.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// Only element rules: Qt's HTML parser tests every rule against every element, and a class rule
// is tested everywhere. The table, with thousands of cells, takes its spacing from attributes, and
// the few styled paragraphs carry their style inline. Half the time to parse and lay out a year.
const char StyleSheet[] = "body { color: #1a1a1a; }"
                          "h1 { font-size: 16pt; font-weight: 600; margin-bottom: 2px; }"
                          "th { text-align: left; font-weight: 600; color: #333333; }";
const char Kicker[] = "<p style=\"font-size: 8pt; color: #6b6b6b; margin-bottom: 2px\">";
const char Subtitle[] = "<p style=\"font-size: 11pt; color: #333333; margin-bottom: 4px\">";
const char Summary[] = "<p style=\"color: #333333\">";
const char Missing[] = "<span style=\"color: #6b6b6b; font-style: italic\">";
const char NoWrap[] = "<td style=\"white-space: nowrap\">";

// User text as HTML: escaped, on one line.
QString escaped(const QString &text)
{
    return text.simplified().toHtmlEscaped();
}

// The locale's long date without the weekday: "1 November 2026", "November 1, 2026".
QString longDate(const QLocale &locale, QDate date)
{
    static const QRegularExpression weekday(QStringLiteral("dddd[,.]?\\s*"));
    return locale.toString(date, locale.dateFormat(QLocale::LongFormat).remove(weekday).trimmed());
}

} // namespace

ActivityReport ActivityReport::collect(const InterviewStore &interviews, QDate from, QDate to, const QDateTime &now)
{
    ActivityReport report;
    report.from = from;
    report.to = to;
    report.activities = activitiesOf(interviews.all(), interviews.names(), from, to, now);
    return report;
}

QList<Activity> ActivityReport::activitiesOf(const QList<Interview> &interviews,
                                             const QHash<qint64, InterviewNames> &names, QDate from, QDate to,
                                             const QDateTime &now)
{
    QList<Activity> activities;
    for (const Interview &interview : interviews) {
        const InterviewNames named = names.value(interview.id);
        const QString channel =
            interview.channel == Channel::Unknown ? QString() : ChannelNames::displayName(interview.channel);
        const auto add = [&](QDate date, Activity::Kind kind, const QString &how, const QString &details) {
            if (!date.isValid() || date < from || date > to)
                return;
            activities.append({date, kind, interview.id, named.person, named.organisation, how, details.simplified()});
        };
        add(interview.outreachSentOn, Activity::Kind::ContactMade, channel, interview.topic);
        add(interview.followUpSentOn, Activity::Kind::FollowUpSent, channel, interview.topic);
        add(interview.replyReceivedOn, Activity::Kind::ReplyReceived, QString(), interview.topic);
        if (interview.conversationHeld(now)) {
            const QString medium =
                interview.medium == Medium::Unknown ? QString() : MediumNames::displayName(interview.medium);
            const int minutes = interview.lengthMinutes > 0 ? interview.lengthMinutes : Interview::DefaultLengthMinutes;
            const QString topic = interview.topic.simplified();
            add(interview.conversationDate(), Activity::Kind::ConversationHeld, medium,
                topic.isEmpty() ? tr("%1 minutes").arg(minutes) : tr("%1 minutes · %2").arg(minutes).arg(topic));
        }
        add(interview.thankYouSentOn, Activity::Kind::ThankYouSent, QString(), interview.topic);
        add(interview.referralRequestedOn, Activity::Kind::ReferralAsked, QString(), interview.topic);
        add(interview.lastTouchBaseOn, Activity::Kind::TouchBase, QString(), interview.topic);
    }
    std::stable_sort(activities.begin(), activities.end(), [](const Activity &a, const Activity &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.interviewId != b.interviewId)
            return a.interviewId < b.interviewId;
        return int(a.kind) < int(b.kind);
    });
    return activities;
}

QString ActivityReport::kindName(Activity::Kind kind)
{
    switch (kind) {
    case Activity::Kind::ContactMade:
        return tr("Contact made");
    case Activity::Kind::FollowUpSent:
        return tr("Follow-up sent");
    case Activity::Kind::ReplyReceived:
        return tr("Reply received");
    case Activity::Kind::ConversationHeld:
        return tr("Conversation held");
    case Activity::Kind::ThankYouSent:
        return tr("Thank-you note sent");
    case Activity::Kind::ReferralAsked:
        return tr("Asked for a referral");
    case Activity::Kind::TouchBase:
        return tr("Touched base");
    }
    return {};
}

QString ActivityReport::title() const
{
    return tr("Activity report, %1 – %2").arg(longDate(locale, from), longDate(locale, to));
}

QString ActivityReport::suggestedFileName(const QString &suffix) const
{
    return tr("Activity report %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)) + QLatin1Char('.')
        + suffix;
}

QString ActivityReport::summary() const
{
    QHash<Activity::Kind, int> counts;
    for (const Activity &activity : activities)
        ++counts[activity.kind];
    QStringList parts;
    if (const int n = counts.value(Activity::Kind::ContactMade))
        parts << tr("%n contact(s) made", nullptr, n);
    if (const int n = counts.value(Activity::Kind::FollowUpSent))
        parts << tr("%n follow-up(s) sent", nullptr, n);
    if (const int n = counts.value(Activity::Kind::ReplyReceived))
        parts << tr("%n reply(ies) received", nullptr, n);
    if (const int n = counts.value(Activity::Kind::ConversationHeld))
        parts << tr("%n conversation(s) held", nullptr, n);
    if (const int n = counts.value(Activity::Kind::ThankYouSent))
        parts << tr("%n thank-you note(s) sent", nullptr, n);
    if (const int n = counts.value(Activity::Kind::ReferralAsked))
        parts << tr("asked for a referral %n time(s)", nullptr, n);
    if (const int n = counts.value(Activity::Kind::TouchBase))
        parts << tr("touched base %n time(s)", nullptr, n);
    if (parts.isEmpty())
        return tr("No activity was recorded in this period.");
    return parts.join(tr(", ")) + tr(".");
}

QStringList ActivityReport::csvHeadings()
{
    return {tr("Date"), tr("Activity"), tr("With"), tr("Organisation"), tr("How"), tr("Details")};
}

QStringList ActivityReport::csvCells(const Activity &activity) const
{
    return {activity.date.toString(Qt::ISODate),
            kindName(activity.kind),
            activity.person,
            activity.organisation,
            activity.how,
            activity.details};
}

QString ActivityReport::toHtml() const
{
    QString html =
        QStringLiteral("<html><head><style>") + QLatin1String(StyleSheet) + QStringLiteral("</style></head><body>");
    html += QLatin1String(Kicker) + tr("ACTIVITY REPORT · INFORMATIONAL INTERVIEWS").toHtmlEscaped()
        + QStringLiteral("</p>");
    html += QStringLiteral("<h1>") + (name.trimmed().isEmpty() ? tr("Activity report").toHtmlEscaped() : escaped(name))
        + QStringLiteral("</h1>");
    html += QLatin1String(Subtitle) + tr("%1 to %2").arg(longDate(locale, from), longDate(locale, to)).toHtmlEscaped()
        + QStringLiteral("</p>");
    html += QLatin1String(Summary) + summary().toHtmlEscaped() + QStringLiteral("</p>");
    if (!activities.isEmpty()) {
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" style=\"margin-top: 10px\">"
                               "<thead><tr>");
        // Date, activity and how never wrap; the names and details share what is left.
        const QStringList headings = csvHeadings();
        const int widths[] = {9, 15, 15, 16, 14, 31};
        for (qsizetype column = 0; column < headings.size(); ++column) {
            html += QStringLiteral("<th width=\"%1%\">").arg(widths[column]) + headings.at(column).toHtmlEscaped()
                + QStringLiteral("</th>");
        }
        html += QStringLiteral("</tr></thead><tbody>");
        for (const Activity &activity : activities) {
            const QStringList cells = {
                locale.toString(activity.date, QLocale::ShortFormat).toHtmlEscaped(),
                kindName(activity.kind).toHtmlEscaped(),
                activity.person.isEmpty()
                    ? QLatin1String(Missing) + tr("nobody chosen").toHtmlEscaped() + QStringLiteral("</span>")
                    : escaped(activity.person),
                escaped(activity.organisation),
                escaped(activity.how),
                escaped(activity.details),
            };
            html += QStringLiteral("<tr>");
            // The widths are the headings' (a long table parses faster without them on every row).
            for (qsizetype column = 0; column < cells.size(); ++column) {
                html += (column < 2 || column == 4 ? QLatin1String(NoWrap) : QLatin1String("<td>")) + cells.at(column)
                    + QStringLiteral("</td>");
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</tbody></table>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}
