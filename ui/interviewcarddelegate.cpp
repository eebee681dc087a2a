#include "interviewcarddelegate.h"

#include "appearance.h"
#include "focusstyle.h"
#include "models/interviewlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int Margin = 4;
constexpr int Padding = 8;
QString column(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}
} // namespace

QList<InterviewCardDelegate::Line> InterviewCardDelegate::lines(const QModelIndex &index)
{
    QList<Line> result;
    for (const QString &text : {column(index, InterviewListModel::OrganisationColumn).trimmed(),
                                column(index, InterviewListModel::TopicColumn).trimmed(),
                                index.data(InterviewListModel::NextReminderRole).toString()}) {
        if (!text.isEmpty())
            result.append({text, false});
    }
    const QString status = index.data(InterviewListModel::CardStatusRole).toString();
    if (!status.isEmpty())
        result.append({status, true});
    return result;
}

QSize InterviewCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.lineSpacing();
    // The person, then the card's own lines. Narrow enough for seven columns at 1000 pixels:
    // the texts elide, the columns never scroll sideways.
    const auto count = 1 + qMax<qsizetype>(1, lines(index).size());
    return QSize(80, int(count) * line + 2 * Padding + 2 * Margin + 2);
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

    // One line each, so that a narrow column still shows the topic; what to do next, then
    // when, in words ("2 days overdue"): colour only adds to them.
    const auto due = InterviewListModel::DueState(index.data(InterviewListModel::DueStateRole).toInt());
    int y = inner.top() + line;
    for (const Line &cardLine : lines(index)) {
        QFont font = option.font;
        QColor colour = text;
        if (cardLine.isStatus) {
            colour = selected ? text : pal.color(QPalette::PlaceholderText);
            if (!selected && due == InterviewListModel::DueState::Overdue) {
                colour = Appearance::toneColour(Appearance::Tone::Late, pal);
                font.setBold(true);
            } else if (!selected && due == InterviewListModel::DueState::DueToday) {
                colour = Appearance::toneColour(Appearance::Tone::DueToday, pal);
            }
        }
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(QRect(inner.left(), y, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(cardLine.text, Qt::ElideRight, inner.width()));
        y += line;
    }
    // The current card shows it has the focus, always, in the focus frame's colour (the style's
    // frame is drawn only after keyboard use).
    if (option.state & QStyle::State_HasFocus) {
        FocusStyle::drawFocusFrame(
            painter, card.adjusted(0.5, 0.5, -0.5, -0.5),
            Appearance::focusColour(pal, pal.color(selected ? QPalette::Highlight : QPalette::Base)), 5);
    }
    painter->restore();
}
