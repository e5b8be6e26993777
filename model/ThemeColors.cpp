#include "ThemeColors.h"

#include <QGuiApplication>

namespace lockstep::ThemeColors {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

bool isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor error(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xf2, 0x6d, 0x6d) : QColor(0xc6, 0x28, 0x28);
}

QColor error()
{
    return error(QGuiApplication::palette());
}

QColor warning(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xf0, 0xb0, 0x4c) : QColor(0xb2, 0x6a, 0x00);
}

QColor warning()
{
    return warning(QGuiApplication::palette());
}

QColor success(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x7c, 0xc8, 0x82) : QColor(0x2e, 0x7d, 0x32);
}

QColor success()
{
    return success(QGuiApplication::palette());
}

}  // namespace lockstep::ThemeColors
