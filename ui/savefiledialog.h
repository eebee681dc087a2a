#pragma once

#include <QString>

class QWidget;

namespace SaveFileDialog {

// Asks where to save a file Coffee Chat writes (an export, a prep sheet, a report): in the
// folder last used for this kind of file (kept under settingsKey), else in Documents, offering
// suggestedName. Adds ".suffix" when the name has no such ending. Empty when cancelled.
QString ask(QWidget *parent, const QString &title, const QString &settingsKey, const QString &suggestedName,
            const QString &filter, const QString &suffix);

} // namespace SaveFileDialog
