#include "savefiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace SaveFileDialog {

QString ask(QWidget *parent, const QString &title, const QString &settingsKey, const QString &suggestedName,
            const QString &filter, const QString &suffix)
{
    QSettings settings;
    QString dir = settings.value(settingsKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) // never offer a folder that has since been removed
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(dir).filePath(suggestedName), filter);
    if (path.isEmpty())
        return {};
    const QString ending = QLatin1Char('.') + suffix;
    if (!path.endsWith(ending, Qt::CaseInsensitive))
        path += ending;
    settings.setValue(settingsKey, QFileInfo(path).absolutePath());
    return path;
}

} // namespace SaveFileDialog
