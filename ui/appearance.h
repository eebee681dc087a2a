#pragma once

#include <QColor>
#include <QCoreApplication>

class QPalette;

// Settings › Appearance: follow the system's light or dark scheme, or choose one. Kept in
// QSettings ("appearance/colorScheme") and applied to the whole application at once; the
// composer's highlighting follows the palette.
namespace Appearance {

enum class Scheme { System, Light, Dark };

Scheme load();
void save(Scheme scheme);
// Asks the platform for the scheme (QStyleHints::setColorScheme); where it cannot switch, as on
// many Linux desktops, the application's palette is set to a light or dark one instead.
void apply(Scheme scheme);

// The one source of the colours that say something is late or due today (the board's cards,
// Today, the countdown, a refused move): red and amber dark enough on a light background and
// light enough on a dark one to read at 4.5:1 or better. Words always say it too.
enum class Tone { Late, DueToday };
QColor toneColour(Tone tone, const QPalette &palette);
// Secondary text (hints, advice): the text colour a third of the way to the background, which
// reads at 4.5:1 or better where the text itself reads at 7:1.
QColor secondaryTextColour(const QPalette &palette);
// The keyboard focus frame: the palette's highlight, darkened or lightened until it reads at
// 3:1 or better (WCAG's non-text contrast) on both the window and the fields' background.
QColor focusColour(const QPalette &palette);
// The same frame drawn on another background, e.g. a selected row's highlight: where the
// focus colour does not read there at 3:1, the palette's colour that reads best.
QColor focusColour(const QPalette &palette, const QColor &background);
// WCAG's contrast ratio of two colours, 1 to 21.
qreal contrastRatio(const QColor &a, const QColor &b);
// The colour `share` of the way from `from` to `to` (0: from, 1: to).
QColor mixed(const QColor &from, const QColor &to, qreal share);
// The edge of a radio button or check box: the window text on its way to the window, as far as
// it still reads at 4.5:1 on it, so that antialiased pixels keep the 3:1 a control's edge needs
// (WCAG 1.4.11). Fusion's own outlines vanish on dark windows.
QColor edgeColour(const QPalette &palette);

} // namespace Appearance
