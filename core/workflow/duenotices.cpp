#include "duenotices.h"

DueNotices::DueNotices(const QStringList &announced)
    : m_announced(announced.cbegin(), announced.cend())
{ }

bool DueNotices::isDue(const Reminder &reminder, const QDateTime &now)
{
    if (reminder.kind == Reminder::Kind::UpcomingConversation) {
        if (!reminder.at.isValid())
            return false;
        // From a quarter of an hour before it until an hour after its start: a reminder of a
        // conversation that is long over helps nobody.
        return now >= reminder.at.addSecs(-60 * ConversationLeadMinutes) && now < reminder.at.addSecs(60 * 60);
    }
    return reminder.due.isValid() && reminder.due <= now.toLocalTime().date();
}

QString DueNotices::key(const Reminder &reminder)
{
    const QString when = reminder.kind == Reminder::Kind::UpcomingConversation
        ? reminder.at.toUTC().toString(Qt::ISODate)
        : reminder.due.toString(Qt::ISODate);
    return QStringLiteral("%1/%2/%3").arg(reminder.interviewId).arg(Reminders::key(reminder.kind), when);
}

QList<Reminder> DueNotices::take(const QList<Reminder> &open, const QDateTime &now)
{
    QList<Reminder> due;
    QSet<QString> stillOpen;
    for (const Reminder &reminder : open) {
        const QString k = key(reminder);
        if (m_announced.contains(k)) {
            stillOpen.insert(k);
        } else if (isDue(reminder, now)) {
            due.append(reminder);
            stillOpen.insert(k);
        }
    }
    m_announced = std::move(stillOpen);
    return due;
}

QStringList DueNotices::announced() const
{
    QStringList keys(m_announced.cbegin(), m_announced.cend());
    keys.sort();
    return keys;
}

QList<DueNotice> DueNotices::notices(const QList<Due> &due)
{
    // The task as Today words it, or else the reminder's own title.
    const auto task = [](const Due &d) { return d.what.isEmpty() ? Reminders::title(d.reminder.kind) : d.what; };
    QList<DueNotice> result;
    if (due.size() <= MaximumSeparate) {
        for (const Due &d : due) {
            DueNotice n;
            n.title = task(d);
            n.text = d.when.isEmpty() ? d.who : tr("%1 · %2").arg(d.who, d.when);
            n.interviewId = d.reminder.interviewId;
            n.step = d.reminder.openAt;
            result.append(n);
        }
        return result;
    }
    DueNotice summary;
    summary.title = tr("%n thing(s) to do", nullptr, int(due.size()));
    QStringList lines;
    for (qsizetype i = 0; i < MaximumSeparate; ++i)
        lines << tr("%1: %2").arg(task(due.at(i)), due.at(i).who);
    lines << tr("…and %n more on the Today page", nullptr, int(due.size() - MaximumSeparate));
    summary.text = lines.join(u'\n');
    result.append(summary);
    return result;
}
