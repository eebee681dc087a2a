#include "focusstyle.h"

#include "appearance.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTextEdit>

namespace {

// Text areas and lists: their frame shows the focus, two pixels wide (pixelMetric()) so that
// what scrolls inside does not paint over half of it.
bool isFramedArea(const QWidget *widget)
{
    return qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget);
}

bool showsKeyboardFocus(const QStyleOption *option)
{
    return (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_KeyboardFocusChange);
}

} // namespace

void FocusStyle::drawFocusFrame(QPainter *painter, const QRectF &rect, const QColor &colour, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(colour, 2));
    QPainterPath path;
    path.addRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius);
    painter->drawPath(path);
    painter->restore();
}

void FocusStyle::install()
{
    QStyle *current = QApplication::style();
    if (qobject_cast<FocusStyle *>(current) || current->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive))
        return;
    // A new Fusion for the proxy to own: the application deletes its old style when given the new one.
    QApplication::setStyle(new FocusStyle(QStyleFactory::create(QStringLiteral("fusion"))));
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    if (element == PE_FrameFocusRect) {
        // Fusion, too, draws it only after the keyboard moved the focus. On a selected row it
        // must read against the selection.
        if (option->state & State_KeyboardFocusChange) {
            const auto *focus = qstyleoption_cast<const QStyleOptionFocusRect *>(option);
            drawFocusFrame(painter, option->rect,
                           Appearance::focusColour(option->palette, focus ? focus->backgroundColor : QColor()), 2);
        }
        return;
    }
    // Fields show focus always, as Fusion's line edits do, but in the colour that reads; text
    // areas and lists (a frame around a scroll area) too.
    const bool field = element == PE_FrameLineEdit || (element == PE_Frame && isFramedArea(widget));
    if (field && (option->state & State_HasFocus)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawFocusFrame(painter, option->rect, Appearance::focusColour(option->palette), 2);
        return;
    }
    if (element == PE_IndicatorRadioButton || element == PE_IndicatorCheckBox) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        drawIndicatorEdge(element, option, painter);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void FocusStyle::drawIndicatorEdge(PrimitiveElement element, const QStyleOption *option, QPainter *painter)
{
    const QColor edge = Appearance::edgeColour(option->palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(option->rect).adjusted(1.75, 1.75, -1.75, -1.75);
    painter->setPen(QPen(edge, 1.5)); // wide enough that antialiasing leaves whole pixels
    painter->setBrush(Qt::NoBrush);
    if (element == PE_IndicatorRadioButton) {
        painter->drawEllipse(box);
        if (option->state & State_On) { // the dot in the text colour, as large as Fusion's
            const qreal radius = box.width() / 4.5;
            painter->setPen(Qt::NoPen);
            painter->setBrush(option->palette.color(QPalette::Text));
            painter->drawEllipse(box.center(), radius, radius);
        }
    } else {
        painter->drawRoundedRect(box, 1, 1);
    }
    painter->restore();
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButtonBevel && showsKeyboardFocus(option))
        drawFocusFrame(painter, QRectF(option->rect).adjusted(1, 1, -1, -1), Appearance::focusColour(option->palette),
                       2);
    else if (element == CE_TabBarTabShape && showsKeyboardFocus(option))
        drawFocusFrame(painter, QRectF(option->rect).adjusted(1, 1, -1, 0), Appearance::focusColour(option->palette),
                       2);
}

void FocusStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_ComboBox || control == CC_SpinBox) && showsKeyboardFocus(option))
        drawFocusFrame(painter, option->rect, Appearance::focusColour(option->palette), 2);
}

int FocusStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    if (metric == PM_DefaultFrameWidth && isFramedArea(widget))
        return qMax(2, QProxyStyle::pixelMetric(metric, option, widget));
    return QProxyStyle::pixelMetric(metric, option, widget);
}
