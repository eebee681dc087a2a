#pragma once

#include "export/exports.h"

#include <QObject>

struct Workspace;
class QMenu;
class QWidget;

// File › Export Calendar and File › Export: asks where to save (in the last export folder,
// else Documents) and runs the one core export (Exports::run) that `coffeechat export` runs too.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(Workspace *workspace, QWidget *window);

    // Adds Export Calendar… and the Export submenu to the File menu.
    void addActions(QMenu *fileMenu);
    // Asks for a file name, then exportTo().
    void chooseFile(Exports::Kind kind);
    // Without the file dialog: false, with a message shown, when the file cannot be written.
    bool exportTo(Exports::Kind kind, const QString &path);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    Workspace *m_workspace;
    QWidget *m_window;
};
