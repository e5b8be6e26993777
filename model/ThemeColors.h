#pragma once

#include <QColor>
#include <QPalette>

namespace lockstep {

// Colours that carry a meaning (missing, present, warning) in a shade that reads on the palette's base: the
// light theme's deep red on white would be hard to read on a dark base, so dark palettes get lighter shades.
// Models ask with the application palette; widgets pass their own.
namespace ThemeColors {

bool isDark(const QPalette& palette);
bool isDark();  // the application palette
QColor error(const QPalette& palette);
QColor error();
QColor warning(const QPalette& palette);
QColor warning();
QColor success(const QPalette& palette);
QColor success();

}  // namespace ThemeColors

}  // namespace lockstep
