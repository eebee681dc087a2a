#include "remindernotifier.h"

#include "models/todaymodel.h"

#include <QSet>
#include <QSettings>

namespace {
const auto announcedKey = QStringLiteral("notifications/announced");
}

ReminderNotifier::ReminderNotifier(TodayModel *today, Clock clock, QObject *parent)
    : QObject(parent)
    , m_today(today)
    , m_clock(std::move(clock))
    , m_saved(QSettings().value(announcedKey).toStringList())
    , m_notices(m_saved)
{
    // Today recomputes its list with a reset (after an edit, a refresh, its first read), so that
    // is the one signal to follow. Queued: the list is complete, and the window shown, before
    // anything is announced.
    connect(m_today, &QAbstractItemModel::modelReset, this, &ReminderNotifier::check, Qt::QueuedConnection);
    QMetaObject::invokeMethod(this, &ReminderNotifier::check, Qt::QueuedConnection);
}

void ReminderNotifier::check()
{
    if (m_today->isLoading())
        return;
    QList<Reminder> open;
    open.reserve(m_today->rowCount());
    for (int row = 0; row < m_today->rowCount(); ++row) {
        if (m_today->eventId(row) == 0) // a networking event's row is no reminder
            open.append(m_today->reminder(row));
    }
    const QList<Reminder> due = m_notices.take(open, m_clock());

    // Written only when it changed, not at every minute's check.
    if (QStringList announced = m_notices.announced(); announced != m_saved) {
        QSettings().setValue(announcedKey, announced);
        m_saved = std::move(announced);
    }
    if (due.isEmpty() || !m_enabled)
        return;

    QSet<QString> dueKeys;
    for (const Reminder &reminder : due)
        dueKeys.insert(DueNotices::key(reminder));
    QList<DueNotices::Due> described; // in Today's order: overdue first
    for (int row = 0; row < m_today->rowCount(); ++row) {
        if (m_today->eventId(row) != 0)
            continue;
        const Reminder reminder = m_today->reminder(row);
        if (dueKeys.contains(DueNotices::key(reminder)))
            described.append({reminder, m_today->index(row, TodayModel::WhatColumn).data().toString(),
                              m_today->index(row, TodayModel::WhoColumn).data().toString(),
                              m_today->index(row, TodayModel::WhenColumn).data().toString()});
    }
    for (const DueNotice &n : DueNotices::notices(described))
        Q_EMIT notice(n);
}
