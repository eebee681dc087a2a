#include "dialogkeys.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>

namespace DialogKeys {

namespace {

// A control Tab stops at (a control made of several hands the focus to its proxy).
bool takesTab(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && !w->isWindow();
}

} // namespace

void pressOnSave(QPushButton *save)
{
    auto *key = new QShortcut(QKeySequence::Save, save->window());
    QObject::connect(key, &QShortcut::activated, save, &QPushButton::animateClick);
}

bool focusFirstField(QWidget *page)
{
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() && takesTab(w)) {
            w->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return false;
}

void switchTabsWithPageKeys(QTabWidget *tabs)
{
    const auto add = [tabs](QKeyCombination key, int step) {
        auto *shortcut = new QShortcut(QKeySequence(key), tabs);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, tabs, [tabs, step] {
            const int count = tabs->count();
            for (int i = 1; i < count; ++i) { // the next enabled tab, wrapping round
                const int index = (tabs->currentIndex() + step * i + count) % count;
                if (tabs->isTabEnabled(index) && tabs->isTabVisible(index)) {
                    tabs->setCurrentIndex(index);
                    return;
                }
            }
        });
    };
    add(Qt::CTRL | Qt::Key_PageDown, 1);
    add(Qt::CTRL | Qt::Key_PageUp, -1);
}

namespace {

void collect(QLayout *layout, QList<QWidget *> *order)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QLayout *inner = item->layout()) {
            collect(inner, order);
        } else if (QWidget *widget = item->widget()) {
            if (takesTab(widget)) {
                *order << widget;
                continue;
            }
            // Its own controls, in their own order.
            for (QWidget *w = widget->nextInFocusChain(); w && w != widget; w = w->nextInFocusChain()) {
                if (widget->isAncestorOf(w) && takesTab(w) && !order->contains(w))
                    *order << w;
            }
        }
    }
}

} // namespace

bool mayClose(QWidget *page, bool unsavedChanges, const QString &question, const std::function<bool()> &save)
{
    if (!unsavedChanges)
        return true;
    const auto answer =
        QMessageBox::question(page, QCoreApplication::translate("DialogKeys", "Unsaved Changes"), question,
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void tabInLayoutOrder(QLayout *layout)
{
    QList<QWidget *> order;
    collect(layout, &order);
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

} // namespace DialogKeys
