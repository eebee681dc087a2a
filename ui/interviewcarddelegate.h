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
};
