#include "print/pageddocument.h"

#include "domain/failwith.h"
#include "export/exportfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace {

// A document is laid out at CSS's 96 pixels per inch whatever prints it, so "px" in the style
// sheet means the same length on paper everywhere and every device gets the same pages.
constexpr qreal LayoutDpi = 96.0;
constexpr qreal FooterHeight = 0.3 * LayoutDpi; // the bottom of every page, below the text
constexpr qreal FooterFontPixels = 8.0 * LayoutDpi / 72.0;

QFont sheetFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Source Sans 3"), QStringLiteral("Open Sans"),
                      QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.5);
    return font;
}

} // namespace

PagedDocument::PagedDocument(const QString &title, const QString &html, QObject *parent)
    : QTextDocument(parent)
    , m_title(title)
    , m_pageLayout(defaultPageLayout())
    , m_metricsDevice(1, 1, QImage::Format_RGB32)
{
    const int dotsPerMeter = qRound(LayoutDpi / 0.0254);
    m_metricsDevice.setDotsPerMeterX(dotsPerMeter);
    m_metricsDevice.setDotsPerMeterY(dotsPerMeter);
    documentLayout()->setPaintDevice(&m_metricsDevice);
    // Unhinted glyph widths: text measured at 96 dpi must fit the same way at 1200 dpi.
    setUseDesignMetrics(true);
    setDefaultFont(sheetFont());
    setDocumentMargin(0); // the page layout's margins are the only ones
    if (!html.isEmpty())
        setContent(html);
}

void PagedDocument::setContent(const QString &html)
{
    setHtml(html);
    setMetaInformation(QTextDocument::DocumentTitle, m_title);
}

QPageSize PagedDocument::defaultPageSize(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

QPageLayout PagedDocument::defaultPageLayout(const QLocale &locale)
{
    return QPageLayout(defaultPageSize(locale), QPageLayout::Portrait, QMarginsF(18, 15, 18, 12),
                       QPageLayout::Millimeter);
}

int PagedDocument::layoutFor(const QPageLayout &layout)
{
    const QRectF inches = layout.paintRect(QPageLayout::Inch);
    const QSizeF body(inches.width() * LayoutDpi, inches.height() * LayoutDpi - FooterHeight);
    if (body == m_laidOutFor)
        return pageCount();
    m_laidOutFor = body;
    setPageSize(body);
    return fitToPages(body);
}

int PagedDocument::fitToPages(const QSizeF &body)
{
    Q_UNUSED(body)
    return pageCount();
}

bool PagedDocument::paintPages(QPagedPaintDevice *device, int fromPage, int toPage)
{
    const int pages = layoutFor(device->pageLayout());
    fromPage = qBound(1, fromPage, pages);
    toPage = toPage <= 0 ? pages : qBound(fromPage, toPage, pages);

    QPainter painter;
    if (!painter.begin(device))
        return false;
    // From the layout's 96 dpi to the device's pixels.
    const qreal scale = device->width() / pageSize().width();
    const qreal bodyHeight = pageSize().height();
    QAbstractTextDocumentLayout::PaintContext context;
    // Never the desktop's colours (a dark theme would print white text); Dark draws <hr>.
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::Inactive, QPalette::WindowText, QColor(0x9a, 0xa5, 0xb1));

    for (int page = fromPage; page <= toPage; ++page) {
        if (page > fromPage)
            device->newPage();
        painter.save();
        painter.scale(scale, scale);
        const QRectF body(0, (page - 1) * bodyHeight, pageSize().width(), bodyHeight);
        painter.setClipRect(QRectF(0, 0, body.width(), body.height()));
        painter.translate(0, -body.top());
        context.clip = body;
        documentLayout()->draw(&painter, context);
        painter.restore();

        painter.save();
        painter.scale(scale, scale);
        drawFooter(&painter, page, pages);
        painter.restore();
    }
    return painter.end();
}

void PagedDocument::drawFooter(QPainter *painter, int page, int pageCount) const
{
    QFont font = defaultFont();
    font.setPixelSize(qRound(FooterFontPixels));
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const qreal width = pageSize().width();
    const qreal top = pageSize().height() + FooterHeight - metrics.height();

    painter->setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.75));
    painter->drawLine(QPointF(0, top - 4), QPointF(width, top - 4));
    painter->setPen(QColor(0x6b, 0x6b, 0x6b));
    const QString pageText = tr("Page %1 of %2").arg(page).arg(pageCount);
    const qreal pageTextWidth = metrics.horizontalAdvance(pageText);
    const QRectF line(0, top, width, metrics.height());
    const QString left = metrics.elidedText(m_title, Qt::ElideRight, width - pageTextWidth - 24);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, pageText);
}

bool PagedDocument::writePdf(const QString &path, QString *error, int *pageCount)
{
    // Refused before the pages are drawn; the PDF is a few dozen kilobytes, so it is drawn in
    // memory and written by the one writer every export uses.
    if (!ExportFile::mayWrite(path, error))
        return false;
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(m_pageLayout);
        writer.setTitle(m_title);
        writer.setCreator(tr("Coffee Chat"));
        if (!paintPages(&writer))
            return failWith(error, ExportFile::notWritten(path, tr("the PDF could not be drawn.")));
    }
    if (!ExportFile::write(path, bytes, error))
        return false;
    if (pageCount)
        *pageCount = layoutFor(m_pageLayout);
    return true;
}

QVariant PagedDocument::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    // Deny all: the documents have no images or style sheets of its own, so any request came from
    // text that should have been escaped. Never fall back to QTextDocument's file loading.
    m_denied << name;
    return QVariant();
}
