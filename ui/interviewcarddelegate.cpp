#include "interviewcarddelegate.h"

#include "models/interviewlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int Margin = 4;
constexpr int Padding = 8;
constexpr int Lines = 5; // person, organisation, topic, what next, when (or how it ended)

QString column(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}
} // namespace

QSize InterviewCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.lineSpacing();
    // Narrow enough for seven columns at 1000 pixels: the texts elide, the columns never scroll
    // sideways.
    return QSize(80, Lines * line + 2 * Padding + 2 * Margin + 2);
}

void InterviewCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin, -Margin, -Margin);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Base));
    painter->setPen(QPen(pal.color(QPalette::Mid), 1));
    painter->drawPath(path);

    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const QRect inner = card.toRect().adjusted(Padding, Padding - 2, -Padding, -Padding);
    const int line = option.fontMetrics.lineSpacing();

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QString person = column(index, InterviewListModel::PersonColumn);
    painter->drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(person, Qt::ElideRight, inner.width()));

    // One line each, so that a narrow column still shows the topic.
    painter->setFont(option.font);
    int y = inner.top() + line;
    for (const int field : {int(InterviewListModel::OrganisationColumn), int(InterviewListModel::TopicColumn)}) {
        painter->drawText(QRect(inner.left(), y, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(column(index, field), Qt::ElideRight, inner.width()));
        y += line;
    }

    // What to do next, then when, in words ("2 days overdue"); colour only adds to them.
    painter->drawText(QRect(inner.left(), inner.top() + 2 * line, inner.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(InterviewListModel::NextReminderRole).toString(),
                                                    Qt::ElideRight, inner.width()));
    const auto due = InterviewListModel::DueState(index.data(InterviewListModel::DueStateRole).toInt());
    QColor dueColour = selected ? text : pal.color(QPalette::PlaceholderText);
    QFont status = option.font;
    if (!selected && due == InterviewListModel::DueState::Overdue) {
        dueColour = QColor(0xc0, 0x1c, 0x28);
        status.setBold(true);
    } else if (!selected && due == InterviewListModel::DueState::DueToday) {
        dueColour = QColor(0xb5, 0x5d, 0x00);
    }
    painter->setFont(status);
    painter->setPen(dueColour);
    painter->drawText(QRect(inner.left(), inner.top() + 3 * line, inner.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(status).elidedText(index.data(InterviewListModel::CardStatusRole).toString(),
                                                      Qt::ElideRight, inner.width()));
    // The current card shows it has the focus: a frame in the highlight colour, which the style's
    // dotted focus rectangle (drawn only after keyboard use, and faint) is not.
    if (option.state & QStyle::State_HasFocus) {
        QPainterPath frame;
        frame.addRoundedRect(card.adjusted(1.5, 1.5, -1.5, -1.5), 5, 5);
        painter->setPen(QPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Highlight), 2));
        painter->drawPath(frame);
    }
    painter->restore();
}
