#pragma once

#include <QProxyStyle>

// Focus that can be seen. Fusion, the style Qt uses wherever the desktop names none, draws the
// keyboard focus as a faint frame (about 1.7:1 against white) and a focused push button exactly
// like the default one. This proxy draws both as a solid two-pixel frame in
// Appearance::focusColour, which reads at 3:1 or better on the palette's backgrounds; combo
// boxes, spin boxes, date fields, tabs and framed lists get the same frame. Other
// styles (Breeze on Plasma, or one the user chose) draw focus well and are left alone.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    // Wraps the application's style once, if it is Fusion. Call before setting a palette:
    // changing the style resets it.
    static void install();
    // A 3:1 edge around radio buttons and check boxes, and a radio's dot in the text colour.
    static void drawIndicatorEdge(PrimitiveElement element, const QStyleOption *option, QPainter *painter);
    // The frame itself, two pixels wide just inside rect: for views that draw their own items
    // (the board's cards and columns) to show focus as the style does.
    static void drawFocusFrame(QPainter *painter, const QRectF &rect, const QColor &colour, qreal radius = 2);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
};
