#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

struct Workspace;
class PrepSheetDocument;
class QPushButton;
class QWidget;

// Prints, previews and exports an interview's prep sheet, with the dialogs and messages that
// go with it. The sheet itself is built in core (PrepSheet, PrepSheetDocument).
class PrepSheetPrinter : public QObject
{
    Q_OBJECT
public:
    PrepSheetPrinter(Workspace *workspace, QWidget *parent);

    // A "Prep Sheet" button with a menu: Print…, Print Preview…, Export PDF…. Before each,
    // savedInterview() saves pending edits and returns the interview's id, or 0 to stop.
    QPushButton *createButton(std::function<qint64()> savedInterview);

    bool print(qint64 interviewId);
    bool preview(qint64 interviewId);
    // Asks where to save, suggesting a name, then writes the PDF.
    bool exportPdf(qint64 interviewId);
    // Writes the PDF to path; a failure is shown in a message box.
    bool exportPdf(qint64 interviewId, const QString &path);

private:
    // The sheet of the stored interview, or nullptr after telling the user why not.
    std::unique_ptr<PrepSheetDocument> createDocument(qint64 interviewId, const QString &action);

    Workspace *m_workspace;
    QWidget *m_parent;
};
