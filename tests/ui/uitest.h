#pragma once

// What the widget tests share: finding named children, waiting for modal dialogs, and saving
// screenshots when COFFEECHAT_SCREENSHOT_DIR is set.

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace UiTest {

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

// Runs handle() on the next modal dialog of type T once it is showing (KeePassXC's TEST_MODAL):
// the code under test blocks in exec() until the handler closes it. Waits up to a minute of
// wall time, not a number of tries: on a loaded machine a background check can take seconds,
// and a handler given up on leaves the dialog open and the test hanging.
template<typename T>
void whenModal(std::function<void(T *)> handle, QDeadlineTimer deadline = QDeadlineTimer(60000))
{
    QTimer::singleShot(10, qApp, [handle, deadline] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget()); dialog && dialog->isVisible())
            handle(dialog);
        else if (!deadline.hasExpired())
            whenModal<T>(handle, deadline);
        else
            qWarning("UiTest::whenModal: no %s appeared within a minute", T::staticMetaObject.className());
    });
}

inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("COFFEECHAT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace UiTest
