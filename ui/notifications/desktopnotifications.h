#pragma once

#include "workflow/duenotices.h"

#include <QObject>
#include <QPointer>

class KNotification;
class QWidget;

// Shows reminders as the desktop's notifications (KDE Frameworks' KNotifications, event
// "reminderDue" of coffeechat.notifyrc) and says when the user clicks one. Its own small
// library: KNotifications brings Qt Gui and D-Bus, which core must not need.
class DesktopNotifications : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifications(QWidget *window);

    void show(const DueNotice &notice);
    // The notification show() sends, not yet sent: its caller owns it until sendEvent().
    KNotification *create(const DueNotice &notice);

Q_SIGNALS:
    // The user clicked the notification (its default action).
    void activated(const DueNotice &notice);

private:
    QPointer<QWidget> m_window;
};
