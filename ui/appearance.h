#pragma once

#include <QCoreApplication>

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

} // namespace Appearance
