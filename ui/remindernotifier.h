#pragma once

#include "workflow/clock.h"
#include "workflow/duenotices.h"

#include <QObject>

class TodayModel;

// Watches what Today lists and announces each reminder as it falls due (DueNotices), at start
// and while the app runs (check() each minute, and whenever the list changes). What was
// announced is kept in the settings, so a restart does not repeat it. Turned off, it still
// keeps track, so turning it on does not announce everything at once.
class ReminderNotifier : public QObject
{
    Q_OBJECT
public:
    ReminderNotifier(TodayModel *today, Clock clock, QObject *parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // Announces what fell due since the last check; nothing while Today is still loading.
    void check();

Q_SIGNALS:
    void notice(const DueNotice &notice);

private:
    TodayModel *m_today;
    Clock m_clock;
    QStringList m_saved; // what the settings hold
    DueNotices m_notices;
    bool m_enabled = true;
};
