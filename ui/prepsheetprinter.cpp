#include "prepsheetprinter.h"

#include "documentprinter.h"
#include "savefiledialog.h"

#include "documents/prepsheet.h"
#include "print/prepsheetdocument.h"
#include "storage/contactstore.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "workspace.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace {

const QString LastDirectoryKey = QStringLiteral("prepSheet/lastDirectory");

} // namespace

PrepSheetPrinter::PrepSheetPrinter(Workspace *workspace, QWidget *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_parent(parent)
{ }

QPushButton *PrepSheetPrinter::createButton(std::function<qint64()> savedInterview)
{
    auto *button = new QPushButton(tr("&Prep Sheet"), m_parent);
    button->setObjectName(QStringLiteral("prepSheetButton"));
    button->setToolTip(tr("A page to take to the conversation: who, when, your goals, the agenda and your questions"));
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("prepSheetMenu"));
    auto addAction = [&](const QString &text, const QString &name, bool (PrepSheetPrinter::*run)(qint64)) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, [this, savedInterview, run] {
            if (const qint64 id = savedInterview(); id > 0)
                (this->*run)(id);
        });
    };
    addAction(tr("&Print…"), QStringLiteral("printPrepSheetAction"), &PrepSheetPrinter::print);
    addAction(tr("Print Pre&view…"), QStringLiteral("previewPrepSheetAction"), &PrepSheetPrinter::preview);
    addAction(tr("&Export PDF…"), QStringLiteral("exportPrepSheetAction"),
              qOverload<qint64>(&PrepSheetPrinter::exportPdf));
    button->setMenu(menu);
    return button;
}

std::unique_ptr<PrepSheetDocument> PrepSheetPrinter::createDocument(qint64 interviewId, const QString &action)
{
    QString error;
    const std::optional<PrepSheet> sheet = PrepSheet::collect(
        interviewId, *m_workspace->interviews, *m_workspace->contacts, *m_workspace->organisations, &error);
    if (!sheet) {
        QMessageBox::warning(m_parent, action, error);
        return nullptr;
    }
    return std::make_unique<PrepSheetDocument>(*sheet);
}

bool PrepSheetPrinter::print(qint64 interviewId)
{
    const std::unique_ptr<PrepSheetDocument> document = createDocument(interviewId, tr("Print prep sheet"));
    return document
        && DocumentPrinter::print(*document, PagedDocument::defaultPageLayout(), tr("Print prep sheet"), m_parent);
}

bool PrepSheetPrinter::preview(qint64 interviewId)
{
    const std::unique_ptr<PrepSheetDocument> document = createDocument(interviewId, tr("Print preview"));
    return document
        && DocumentPrinter::preview(*document, PagedDocument::defaultPageLayout(),
                                    tr("Prep sheet: %1").arg(document->title()), m_parent);
}

bool PrepSheetPrinter::exportPdf(qint64 interviewId)
{
    QString error;
    const std::optional<PrepSheet> sheet = PrepSheet::collect(
        interviewId, *m_workspace->interviews, *m_workspace->contacts, *m_workspace->organisations, &error);
    if (!sheet) {
        QMessageBox::warning(m_parent, tr("Export prep sheet"), error);
        return false;
    }
    const QString path =
        SaveFileDialog::ask(m_parent, tr("Export prep sheet"), LastDirectoryKey, sheet->suggestedFileName(),
                            tr("PDF files (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    return exportPdf(interviewId, path);
}

bool PrepSheetPrinter::exportPdf(qint64 interviewId, const QString &path)
{
    const std::unique_ptr<PrepSheetDocument> document = createDocument(interviewId, tr("Export prep sheet"));
    if (!document)
        return false;
    QString error;
    if (!document->writePdf(path, &error)) {
        QMessageBox::warning(m_parent, tr("Export prep sheet"), error);
        return false;
    }
    return true;
}
