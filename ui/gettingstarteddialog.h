#pragma once

#include <QDialog>
#include <QList>

class QAction;

// Help › Getting Started (F1): the six steps of an informational interview, how to get
// LinkedIn's export into Coffee Chat, and the keyboard shortcuts, read from the window's own
// actions so that the list is always true.
class GettingStartedDialog : public QDialog
{
    Q_OBJECT
public:
    GettingStartedDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    // An action whose text changes (Undo names the last edit) gives its name in this property.
    static constexpr const char *NameProperty = "shortcutListName";

    // The page as HTML, every visible string translated and user-free.
    static QString html(const QList<QAction *> &actions);
};
