#pragma once

#include <QString>

#include <functional>

class QLayout;
class QPushButton;
class QTabWidget;
class QWidget;

// Keys every dialog shares, so keyboard users meet the same ones everywhere.
namespace DialogKeys {

// Ctrl+S (the platform's Save key) presses the dialog's Save button, as users expect of any
// window that saves; the platform's button text may carry no Alt+letter. Does nothing while the
// button is disabled.
void pressOnSave(QPushButton *save);

// Gives the focus to the first control within `page` that Tab would reach, as a page opened
// from the keyboard should; returns false when it has none.
bool focusFirstField(QWidget *page);

// Ctrl+Page Down and Ctrl+Page Up go to the next and the previous tab, as in browsers and KDE
// applications (Ctrl+Tab, which QTabWidget has itself, goes on working).
void switchTabsWithPageKeys(QTabWidget *tabs);

// Makes Tab follow the layout, row by row as it is shown, whatever order the controls were made
// in. A control made of several (a date with its check box) keeps its own order.
void tabInLayoutOrder(QLayout *layout);

// Closing a page with unsaved changes asks `question` (Save, Discard, Cancel) and saves with
// `save` when asked to: true when the page may close (saved, discarded, or nothing to save).
bool mayClose(QWidget *page, bool unsavedChanges, const QString &question, const std::function<bool()> &save);

} // namespace DialogKeys
