#pragma once

#include <QStyledItemDelegate>

// Paints an interview as a card: the person, the organisation and purpose, and what is due
// next in a colour that says whether it is late.
class InterviewCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What the card says under the person's name, a line each, in order: the organisation, the
    // topic and what to do next (each only when there is one), then when it is due or how it
    // ended. A card is as tall as its lines, so none ends in empty space.
    struct Line {
        QString text;
        bool isStatus = false; // the last line, coloured by the due state
    };
    static QList<Line> lines(const QModelIndex &index);
};
