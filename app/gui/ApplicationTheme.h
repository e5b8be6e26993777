#pragma once

#include <QPalette>
#include <QString>

namespace lockstep {

// Light, dark or the desktop's own look, for the whole application. Qt 6.4 cannot ask the desktop for its colour
// scheme (QStyleHints::colorScheme came in 6.5), so "System" means the style and palette the platform gave at
// start; Light and Dark use Fusion with a palette of our own. Every custom-drawn view reads the palette when it
// paints and restyles itself on QEvent::PaletteChange, so a switch shows at once.
class ApplicationTheme {
public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static Mode current();

    // The choice the user made (View > Theme), kept in QSettings.
    static Mode saved();
    static void save(Mode mode);

    static QString name(Mode mode);  // "system", "light", "dark": settings and --theme
    static Mode fromName(const QString& name, bool* ok = nullptr);

    static QPalette lightPalette();
    static QPalette darkPalette();
};

}  // namespace lockstep
