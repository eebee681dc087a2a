#include "dialogkeys.h"

#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>

namespace DialogKeys {

void pressOnSave(QPushButton *save)
{
    auto *key = new QShortcut(QKeySequence::Save, save->window());
    QObject::connect(key, &QShortcut::activated, save, &QPushButton::animateClick);
}

bool focusFirstField(QWidget *page)
{
    for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy()) {
            w->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return false;
}

} // namespace DialogKeys
