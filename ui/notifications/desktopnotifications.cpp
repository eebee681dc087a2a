#include "desktopnotifications.h"

#include <KNotification>

#include <QWidget>
#include <QWindow>

DesktopNotifications::DesktopNotifications(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

KNotification *DesktopNotifications::create(const DueNotice &notice)
{
    auto *notification = new KNotification(QStringLiteral("reminderDue"), KNotification::CloseOnTimeout);
    notification->setComponentName(QStringLiteral("coffeechat"));
    notification->setTitle(notice.title);
    // The body may be read as markup; names and notes are the user's text, shown as typed.
    notification->setText(notice.text.toHtmlEscaped());
    notification->setIconName(QStringLiteral("io.github.coffeechat.coffeechat"));
    if (m_window && m_window->windowHandle())
        notification->setWindow(m_window->windowHandle());
    KNotificationAction *open = notification->addDefaultAction(tr("Open"));
    connect(open, &KNotificationAction::activated, this, [this, notification, notice] {
        // On Wayland a window may come forward only with the token the click brought.
        const QString token = notification->xdgActivationToken();
        if (!token.isEmpty())
            qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
        Q_EMIT activated(notice);
    });
    return notification;
}

void DesktopNotifications::show(const DueNotice &notice)
{
    create(notice)->sendEvent(); // deletes itself when closed
}
