#pragma once

#include <QPageLayout>
#include <QString>

class PagedDocument;
class QWidget;

// Prints and previews Coffee Chat's printed documents (a prep sheet, an activity report) with
// the platform's dialogs: one way for every document, on the page layout it was made for.
namespace DocumentPrinter {

// The print dialog, then the pages chosen in it; a printer that cannot be used is said in a
// message box titled `title`. False if cancelled or failed.
bool print(PagedDocument &document, const QPageLayout &layout, const QString &title, QWidget *parent);
// The print preview, from which it can be printed.
bool preview(PagedDocument &document, const QPageLayout &layout, const QString &title, QWidget *parent);

} // namespace DocumentPrinter
