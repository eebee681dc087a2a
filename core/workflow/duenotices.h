#pragma once

#include "workflow/reminders.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QStringList>

// One desktop notification: what to do, for whom, and what clicking it opens (the interview at
// a step, or the Today page when interviewId is 0).
struct DueNotice {
    QString title;
    QString text;
    qint64 interviewId = 0;
    Step step = Step::Research;
    bool operator==(const DueNotice &other) const = default;
};

// Which reminders deserve a desktop notification, and when: each once, as it falls due. A task
// is announced from its due date on (an overdue one too, if it never was), a conversation a
// quarter of an hour before it starts. What was announced is kept (announced(), e.g. in the
// settings) so a restart does not repeat it; a reminder that leaves the list and comes back (a
// snooze running out, a new due date) is announced again.
class DueNotices
{
    Q_DECLARE_TR_FUNCTIONS(DueNotices)
public:
    // More falling due at once than this (at the first start of the day, say) are announced in
    // one notification that opens Today, not one each.
    static constexpr int MaximumSeparate = 3;

    static constexpr int ConversationLeadMinutes = 15;

    explicit DueNotices(const QStringList &announced = {});

    // Whether the reminder is due for a notification at `now`.
    static bool isDue(const Reminder &reminder, const QDateTime &now);
    // Identifies one occasion of a reminder: interview, kind and due date (a conversation's start).
    static QString key(const Reminder &reminder);

    // Of `open` (every open reminder, as Today lists them), those due at `now` and not yet
    // announced, in the order given; they count as announced from now on. Announcements of
    // reminders no longer open are forgotten.
    QList<Reminder> take(const QList<Reminder> &open, const QDateTime &now);
    QStringList announced() const;

    // The notifications for reminders just taken, each with whom it is about ("Ada Lovelace,
    // Contoso") and when it is due in words ("Due today").
    struct Due {
        Reminder reminder;
        QString what; // the task as Today words it; empty: the reminder's title
        QString who;
        QString when;
    };
    static QList<DueNotice> notices(const QList<Due> &due);

private:
    QSet<QString> m_announced;
};
