#include "prepsheetprinter.h"

#include "documents/prepsheet.h"
#include "print/prepsheetdocument.h"
#include "storage/contactstore.h"
#include "storage/interviewstore.h"
#include "storage/organisationstore.h"
#include "workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString LastDirectoryKey = QStringLiteral("prepSheet/lastDirectory");

void setUpPrinter(QPrinter *printer, const PrepSheetDocument &document)
{
    printer->setPageLayout(PrepSheetDocument::defaultPageLayout());
    printer->setDocName(document.title());
    printer->setCreator(QCoreApplication::applicationName());
}

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
    if (!document)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, *document);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print prep sheet"));
    dialog.setMinMax(1, document->layoutFor(printer.pageLayout()));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const bool range = printer.printRange() == QPrinter::PageRange;
    if (!document->paintPages(&printer, range ? printer.fromPage() : 1, range ? printer.toPage() : 0)) {
        QMessageBox::warning(m_parent, tr("Print prep sheet"), tr("The printer could not be used."));
        return false;
    }
    return true;
}

bool PrepSheetPrinter::preview(qint64 interviewId)
{
    const std::unique_ptr<PrepSheetDocument> document = createDocument(interviewId, tr("Print preview"));
    if (!document)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, *document);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setObjectName(QStringLiteral("prepSheetPreview"));
    dialog.setWindowTitle(tr("Prep sheet: %1").arg(document->title()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, document.get(),
            [&document](QPrinter *target) { document->paintPages(target); });
    dialog.resize(900, 1000);
    return dialog.exec() == QDialog::Accepted;
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
    QSettings settings;
    QString dir = settings.value(LastDirectoryKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) // never offer a folder that has since been removed
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Export prep sheet"), QDir(dir).filePath(sheet->suggestedFileName()), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    settings.setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
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
