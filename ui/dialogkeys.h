#pragma once

class QPushButton;
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

} // namespace DialogKeys
