#include "appearance.h"

#include "focusstyle.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleHints>

#include <cmath>

namespace {

const auto schemeKey = QStringLiteral("appearance/colorScheme");
bool paletteSet = false; // the application palette is ours, not the platform's

// Dark colours with text at 4.5:1 or better on every background it is drawn on.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48);
    const QColor base(30, 30, 32);
    const QColor text(235, 235, 235);
    const QColor highlight(61, 142, 230);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, QColor(20, 20, 22));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(165, 165, 170));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(55, 55, 59));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 120, 120));
    p.setColor(QPalette::Light, QColor(75, 75, 80));
    p.setColor(QPalette::Midlight, QColor(62, 62, 66));
    p.setColor(QPalette::Mid, QColor(40, 40, 43));
    p.setColor(QPalette::Dark, QColor(20, 20, 22));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(120, 180, 255));
    p.setColor(QPalette::LinkVisited, QColor(190, 150, 255));
    p.setColor(QPalette::Accent, highlight);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(130, 130, 135));
    return p;
}

} // namespace

namespace Appearance {

Scheme load()
{
    const QString value = QSettings().value(schemeKey).toString();
    if (value == QLatin1String("light"))
        return Scheme::Light;
    if (value == QLatin1String("dark"))
        return Scheme::Dark;
    return Scheme::System;
}

void save(Scheme scheme)
{
    QSettings settings;
    if (scheme == Scheme::System)
        settings.remove(schemeKey);
    else
        settings.setValue(schemeKey, scheme == Scheme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
}

void apply(Scheme scheme)
{
    const Qt::ColorScheme wanted = scheme == Scheme::Dark ? Qt::ColorScheme::Dark
        : scheme == Scheme::Light                         ? Qt::ColorScheme::Light
                                                          : Qt::ColorScheme::Unknown;
    FocusStyle::install(); // first: a new style resets the palette
    QStyleHints *hints = QGuiApplication::styleHints();
    hints->setColorScheme(wanted);
    if (paletteSet) {
        QApplication::setPalette(QPalette()); // the platform's again
        paletteSet = false;
    }
    if (scheme == Scheme::System || hints->colorScheme() == wanted)
        return;
    QApplication::setPalette(scheme == Scheme::Dark ? darkPalette() : QApplication::style()->standardPalette());
    paletteSet = true;
}

QColor toneColour(Tone tone, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    switch (tone) {
    case Tone::Late:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x1c, 0x28);
    case Tone::DueToday:
        return dark ? QColor(0xf5, 0xb0, 0x4a) : QColor(0x9c, 0x4f, 0x00);
    }
    return palette.color(QPalette::Text);
}

QColor secondaryTextColour(const QPalette &palette)
{
    return mixed(palette.color(QPalette::Text), palette.color(QPalette::Window), 1.0 / 3.0);
}

QColor mixed(const QColor &from, const QColor &to, qreal share)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * share,
                            from.greenF() + (to.greenF() - from.greenF()) * share,
                            from.blueF() + (to.blueF() - from.blueF()) * share);
}

QColor edgeColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    QColor edge = text;
    for (qreal share = 0.45; share <= 1.0; share += 0.05) {
        edge = mixed(window, text, share);
        if (contrastRatio(edge, window) >= 4.5)
            break;
    }
    return edge;
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](qreal v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor focusColour(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    QColor colour = palette.color(QPalette::Highlight).toHsl();
    // Ten steps at most from the highlight to black or white, which read on any background.
    for (int step = 0; step < 10; ++step) {
        if (contrastRatio(colour, window) >= 3.0 && contrastRatio(colour, base) >= 3.0)
            return colour.toRgb();
        const qreal lightness = colour.lightnessF();
        colour.setHslF(colour.hslHueF(), colour.hslSaturationF(),
                       dark ? lightness + (1 - lightness) / 4 : lightness * 0.75);
    }
    return dark ? QColor(Qt::white) : QColor(Qt::black);
}

QColor focusColour(const QPalette &palette, const QColor &background)
{
    const QColor colour = focusColour(palette);
    if (!background.isValid() || contrastRatio(colour, background) >= 3.0)
        return colour;
    QColor best = colour;
    for (const QColor &candidate : {palette.color(QPalette::HighlightedText), palette.color(QPalette::Text),
                                    QColor(Qt::white), QColor(Qt::black)}) {
        if (contrastRatio(candidate, background) > contrastRatio(best, background))
            best = candidate;
    }
    return best;
}

} // namespace Appearance
