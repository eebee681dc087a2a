#pragma once

#include <QImage>
#include <QList>
#include <QLocale>
#include <QPageLayout>
#include <QTextDocument>
#include <QUrl>

class QPagedPaintDevice;

// A document of Coffee Chat's own (a prep sheet, an activity report) laid out in pages, for a
// printer, the print preview or a PDF file, with the title and "Page 1 of 3" under each page.
//
// Design note: the HTML comes from core (Qt Core only); this class adds what needs Qt Gui:
// fonts, pages and painting. Layout is at 96 pixels per inch whatever prints it, so every device
// gets the same pages. It refuses every resource the HTML might ask for, so no user text can make
// printing read a file or the network.
class PagedDocument : public QTextDocument
{
    Q_OBJECT
public:
    // Sets html at once when given; a subclass may set it later (setHtml()).
    explicit PagedDocument(const QString &title, const QString &html = {}, QObject *parent = nullptr);

    // Letter in the United States and Canada, A4 everywhere else.
    static QPageSize defaultPageSize(const QLocale &locale = QLocale());
    // The default page size with margins that leave room for the footer.
    static QPageLayout defaultPageLayout(const QLocale &locale = QLocale());

    QString title() const { return m_title; }
    // The document's HTML, with its title as the document's title.
    void setContent(const QString &html);
    QPageLayout pageLayout() const { return m_pageLayout; }
    // The page layout writePdf() uses; printers bring their own.
    void setPageLayout(const QPageLayout &layout) { m_pageLayout = layout; }

    // Lays the document out on pages of this layout and returns how many there are. Layout does
    // not depend on the printer's resolution, so this is the count every device prints.
    int layoutFor(const QPageLayout &layout);

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
    // Called when the page body changed size, after the document was given it; returns the
    // page count. A subclass may fit its content to the pages here.
    virtual int fitToPages(const QSizeF &body);

private:
    void drawFooter(QPainter *painter, int page, int pageCount) const;

    QString m_title;
    QSizeF m_laidOutFor; // the page body the layout was made for
    QPageLayout m_pageLayout;
    QImage m_metricsDevice; // a fixed resolution for layout, see layoutFor()
    QList<QUrl> m_denied;
};
