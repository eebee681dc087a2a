#include "exportcontroller.h"

#include "savefiledialog.h"

#include "storage/contactstore.h"
#include "storage/eventstore.h"
#include "workspace.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

ExportController::ExportController(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
{ }

void ExportController::addActions(QMenu *fileMenu)
{
    QAction *calendar = fileMenu->addAction(QIcon::fromTheme(QStringLiteral("view-calendar")), tr("Export &Calendar…"),
                                            this, [this] { chooseFile(Exports::Kind::Calendar); });
    calendar->setObjectName(QStringLiteral("exportCalendarAction"));
    calendar->setStatusTip(tr("Save scheduled interviews and reminders for your calendar app (.ics)"));
    QMenu *menu = fileMenu->addMenu(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export"));
    menu->setObjectName(QStringLiteral("exportMenu"));
    const auto add = [&](const QString &name, const QString &text, const QString &tip, Exports::Kind kind) {
        QAction *action = menu->addAction(text, this, [this, kind] { chooseFile(kind); });
        action->setObjectName(name);
        action->setStatusTip(tip);
    };
    add(QStringLiteral("exportContactsCsvAction"), tr("Contacts as &CSV…"),
        tr("Save all contacts as a spreadsheet file (.csv)"), Exports::Kind::ContactsCsv);
    add(QStringLiteral("exportContactsVCardAction"), tr("Contacts as &vCard…"),
        tr("Save all contacts for an address book (.vcf)"), Exports::Kind::ContactsVCard);
    add(QStringLiteral("exportJsonAction"), tr("&Everything as JSON…"),
        tr("Save all contacts, organisations, interviews, questions and templates (.json)"), Exports::Kind::Json);
}

void ExportController::chooseFile(Exports::Kind kind)
{
    const Exports::KindInfo info = Exports::info(kind);
    const QString path = SaveFileDialog::ask(m_window, info.title, QStringLiteral("export/lastDirectory"),
                                             info.defaultFileName, info.fileFilter, info.suffix);
    if (path.isEmpty())
        return;
    exportTo(kind, path);
}

bool ExportController::exportTo(Exports::Kind kind, const QString &path)
{
    Exports::Sources sources{*m_workspace->contacts,  *m_workspace->organisations, *m_workspace->interviews,
                             *m_workspace->questions, *m_workspace->templates,     *m_workspace->events};
    sources.now = m_workspace->clock();
    sources.reminders = m_workspace->reminders;
    QString summary;
    QString error;
    if (!Exports::run(kind, sources, path, &summary, &error)) {
        QMessageBox::warning(m_window, Exports::info(kind).title, error);
        return false;
    }
    Q_EMIT statusMessage(summary);
    return true;
}
