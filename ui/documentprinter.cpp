#include "documentprinter.h"

#include "print/pageddocument.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace {

void setUpPrinter(QPrinter *printer, const PagedDocument &document, const QPageLayout &layout)
{
    printer->setPageLayout(layout);
    printer->setDocName(document.title());
    printer->setCreator(QCoreApplication::applicationName());
}

} // namespace

namespace DocumentPrinter {

bool print(PagedDocument &document, const QPageLayout &layout, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, document, layout);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    dialog.setMinMax(1, document.layoutFor(printer.pageLayout()));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const bool range = printer.printRange() == QPrinter::PageRange;
    if (!document.paintPages(&printer, range ? printer.fromPage() : 1, range ? printer.toPage() : 0)) {
        QMessageBox::warning(parent, title,
                             QCoreApplication::translate("DocumentPrinter", "The printer could not be used."));
        return false;
    }
    return true;
}

bool preview(PagedDocument &document, const QPageLayout &layout, const QString &title, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer, document, layout);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("documentPreview"));
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &document,
                     [&document](QPrinter *target) { document.paintPages(target); });
    dialog.resize(900, 1000);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace DocumentPrinter
