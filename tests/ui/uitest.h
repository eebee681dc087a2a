#pragma once

// What the widget tests share: finding named children, waiting for modal dialogs, and saving
// screenshots when COFFEECHAT_SCREENSHOT_DIR is set.

#include "appearance.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>
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

// The letter Alt+letter reaches in a text ("&Save" → 's'); none for "Tom && Jerry".
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// What a keyboard user meets in one window as it is shown now: Alt+letter keys that more than
// one visible control answers to, and labels that show a literal "&" because they have no
// buddy. Each problem in words, e.g. "Alt+C: “&Contacts” (menu), “&Contacts” (tab)".
inline QStringList mnemonicProblems(QWidget *window)
{
    QMap<QChar, QStringList> owners;
    QStringList problems;
    const auto add = [&owners](const QString &text, const QString &what) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            owners[key] << QStringLiteral("“%1” (%2)").arg(text, what);
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (const QAction *action : main->menuBar()->actions()) {
            add(action->text(), QStringLiteral("menu"));
            // Within each menu, too, one item a letter.
            if (!action->menu())
                continue;
            QMap<QChar, QStringList> items;
            const auto entries = action->menu()->actions();
            for (const QAction *item : entries) {
                if (item->isVisible() && !mnemonicOf(item->text()).isNull())
                    items[mnemonicOf(item->text())] << QStringLiteral("“%1”").arg(item->text());
            }
            for (auto it = items.cbegin(); it != items.cend(); ++it) {
                if (it.value().size() > 1)
                    problems << QStringLiteral("%1 menu, Alt+%2: %3")
                                    .arg(action->text(), it.key().toUpper(), it.value().join(QStringLiteral(", ")));
            }
        }
    }
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !widget->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->textFormat() == Qt::PlainText || !mnemonicOf(label->text()).isNull()) {
                if (label->buddy())
                    add(label->text(), QStringLiteral("label"));
                else if (!mnemonicOf(label->text()).isNull())
                    problems << QStringLiteral("“%1” shows its “&”: the label has no buddy").arg(label->text());
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button->text(), QStringLiteral("button")); // disabled now, enabled later
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            if (group->isCheckable())
                add(group->title(), QStringLiteral("group"));
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabEnabled(i) && tabs->isTabVisible(i))
                    add(tabs->tabText(i), QStringLiteral("tab"));
            }
        }
    }
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("Alt+%1: %2").arg(it.key().toUpper(), it.value().join(QStringLiteral(", ")));
    }
    return problems;
}

// Controls a keyboard user can reach in the window as it is shown now that a screen reader
// would announce without a name: "QComboBox organisationFilter" and the like.
inline QStringList unnamedControls(QWidget *window)
{
    QStringList unnamed;
    const auto widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->window() != window || !widget->isVisibleTo(window) || widget->focusPolicy() == Qt::NoFocus
            || widget->focusProxy() || !widget->isEnabled())
            continue;
        // Parts of another control (a spin box's line edit, a combo box's list) are named by it.
        if (widget->parentWidget() && widget->parentWidget()->focusProxy() == widget)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || !accessible->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(widget->metaObject()->className()),
                                               widget->objectName());
    }
    unnamed.sort();
    return unnamed;
}

// The order Tab goes in through a window (its focus chain, as QWidget::focusNextPrevChild follows
// it, from its first control round to its last): where it goes up, or left on the same row,
// against the order the window shows, in words. Going up to the top of a column to the right is
// the next column, not a problem.
inline QStringList tabOrderProblems(QWidget *window)
{
    QStringList problems;
    const auto takesTab = [window](QWidget *w) {
        return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisibleTo(window) && w->isEnabled()
            && w->window() == window && w != window;
    };
    QWidget *first = window->nextInFocusChain();
    while (first && first != window && !takesTab(first))
        first = first->nextInFocusChain();
    if (!first || first == window)
        return problems;
    QWidget *previous = first;
    for (QWidget *to = first->nextInFocusChain(); to && to != first; to = to->nextInFocusChain()) {
        if (!takesTab(to))
            continue;
        const QRect a(previous->mapTo(window, QPoint(0, 0)), previous->size());
        const QRect b(to->mapTo(window, QPoint(0, 0)), to->size());
        const bool sameRow = qAbs(a.center().y() - b.center().y()) < qMax(a.height(), b.height()) / 2;
        const bool nextColumn = b.left() >= a.right();
        if (b.center().y() < a.center().y() && !sameRow && !nextColumn)
            problems << QStringLiteral("Tab goes up from %1 to %2").arg(previous->objectName(), to->objectName());
        else if (sameRow && b.left() < a.left())
            problems << QStringLiteral("Tab goes left from %1 to %2").arg(previous->objectName(), to->objectName());
        previous = to;
    }
    return problems;
}

// How many pixels of the focused control change to the focus frame's colour when it has the
// focus (Appearance::focusColour, on a field or window or on a selected row): a control that
// shows its focus has a frame's worth. Takes the focus away for a moment and gives it back.
// The focused control of the active window, or of another window.
inline int focusFramePixels(QWidget *widget = QApplication::focusWidget())
{
    if (!widget)
        return 0;
    const auto image = [widget] {
        QCoreApplication::processEvents();
        return widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    };
    const QImage focused = image();
    widget->clearFocus();
    const QImage unfocused = image();
    widget->setFocus(Qt::OtherFocusReason);
    if (focused.size() != unfocused.size())
        return 0;
    const QPalette &palette = widget->palette();
    const QRgb plain = Appearance::focusColour(palette).rgb();
    const QRgb onSelection = Appearance::focusColour(palette, palette.color(QPalette::Highlight)).rgb();
    int count = 0;
    for (int y = 0; y < focused.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(focused.constScanLine(y));
        const auto *before = reinterpret_cast<const QRgb *>(unfocused.constScanLine(y));
        for (int x = 0; x < focused.width(); ++x)
            count += (line[x] != before[x] && (line[x] == plain || line[x] == onSelection)) ? 1 : 0;
    }
    return count;
}

} // namespace UiTest
