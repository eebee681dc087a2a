#pragma once

#include "documents/prepsheet.h"
#include "print/pageddocument.h"

// A prep sheet laid out in pages (PagedDocument). What the last page leaves free goes to the
// questions, as room for notes, without a new page.
class PrepSheetDocument : public PagedDocument
{
    Q_OBJECT
public:
    explicit PrepSheetDocument(const PrepSheet &sheet, QObject *parent = nullptr);

    // The room for notes each question got beyond its two ruled lines, in pixels at 96 per inch.
    int extraNoteRoom() const { return m_noteRoom; }

protected:
    int fitToPages(const QSizeF &body) override;

private:
    // Lays the sheet out with this much extra room under each question.
    void setNoteRoom(int pixels);

    PrepSheet m_sheet;
    int m_noteRoom = 0;
};
