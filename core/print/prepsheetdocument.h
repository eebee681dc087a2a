#pragma once

#include "documents/prepsheet.h"

#include <QImage>
#include <QList>
#include <QLocale>
#include <QPageLayout>
#include <QTextDocument>
#include <QUrl>

class QPagedPaintDevice;

// A prep sheet laid out in pages, for a printer, the print preview or a PDF file.
//
// Design note: the sheet's HTML comes from PrepSheet (core, Qt Core only); this class adds what
// needs Qt Gui: fonts, pages and painting. It refuses every resource the HTML might ask for, so
// no user text can make printing read a file or the network.
class PrepSheetDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit PrepSheetDocument(const PrepSheet &sheet, QObject *parent = nullptr);

    // Letter in the United States and Canada, A4 everywhere else.
    static QPageSize defaultPageSize(const QLocale &locale = QLocale());
    // The default page size with margins that leave room for the footer.
    static QPageLayout defaultPageLayout(const QLocale &locale = QLocale());

    QString title() const { return m_title; }
    QPageLayout pageLayout() const { return m_pageLayout; }
    // The page layout writePdf() uses; printers bring their own.
    void setPageLayout(const QPageLayout &layout) { m_pageLayout = layout; }

    // Lays the sheet out on pages of this layout and returns how many there are. Layout does
    // not depend on the printer's resolution, so this is the count every device prints. What
    // the last page leaves free goes to the questions, as room for notes, without a new page.
    int layoutFor(const QPageLayout &layout);
    // The room for notes each question got beyond its two ruled lines, in pixels at 96 per inch.
    int extraNoteRoom() const { return m_noteRoom; }

    // Paints pages fromPage..toPage (1-based; toPage 0 means the last) with a footer on each.
    // False if the device could not be painted on.
    bool paintPages(QPagedPaintDevice *device, int fromPage = 1, int toPage = 0);

    // Writes a PDF through ExportFile (QSaveFile), so a failed write never leaves a truncated
    // file and a device or folder is never replaced. On failure returns false and sets *error
    // to a message for the user that names the file.
    bool writePdf(const QString &path, QString *error, int *pageCount = nullptr);

    // Every resource the layout asked for; all of them were refused.
    QList<QUrl> deniedResources() const { return m_denied; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void drawFooter(QPainter *painter, int page, int pageCount) const;

    // Lays the sheet out with this much extra room under each question.
    void setNoteRoom(int pixels);

    PrepSheet m_sheet;
    QString m_title;
    QSizeF m_laidOutFor; // the page body the layout was made for
    int m_noteRoom = 0;
    QPageLayout m_pageLayout;
    QImage m_metricsDevice; // a fixed resolution for layout, see layoutFor()
    QList<QUrl> m_denied;
};
