#include "print/prepsheetdocument.h"

#include <QAbstractTextDocumentLayout>

PrepSheetDocument::PrepSheetDocument(const PrepSheet &sheet, QObject *parent)
    : PagedDocument(sheet.title(), QString(), parent)
    , m_sheet(sheet)
{
    setNoteRoom(0);
    layoutFor(pageLayout());
}

int PrepSheetDocument::fitToPages(const QSizeF &body)
{
    setNoteRoom(0);
    const int pages = pageCount();
    const auto questions = m_sheet.questions.size();
    const qreal free = pages * body.height() - documentLayout()->documentSize().height();
    if (questions == 0 || free < questions)
        return pages;

    // The most room per question that keeps the page count: shared out evenly, at most a third
    // of a page each. Rows that move to the next page make the height jump, so it is searched
    // for rather than computed.
    int fits = 0;
    int tooMuch = qMin(int(free / qreal(questions)), int(body.height() / 3)) + 1;
    while (tooMuch - fits > 1) {
        const int middle = fits + (tooMuch - fits) / 2;
        setNoteRoom(middle);
        if (pageCount() == pages)
            fits = middle;
        else
            tooMuch = middle;
    }
    if (m_noteRoom != fits)
        setNoteRoom(fits);
    return pageCount();
}

void PrepSheetDocument::setNoteRoom(int pixels)
{
    m_noteRoom = pixels;
    setHtml(m_sheet.toHtml(pixels));
    setMetaInformation(QTextDocument::DocumentTitle, title());
}
