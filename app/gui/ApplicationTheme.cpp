#include "ApplicationTheme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace lockstep {

namespace {

const QLatin1String kThemeKey("appearance/theme");

// What the platform gave before we changed anything: "System" goes back to it.
struct SystemLook {
    QString styleName;
    QPalette palette;
    bool captured = false;
};

SystemLook& systemLook()
{
    static SystemLook look;
    if (!look.captured && qApp) {
        look.styleName = QApplication::style()->name();
        look.palette = QApplication::palette();
        look.captured = true;
    }
    return look;
}

ApplicationTheme::Mode g_current = ApplicationTheme::Mode::System;

void useStyle(const QString& name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle* style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

}  // namespace

void ApplicationTheme::apply(Mode mode)
{
    const SystemLook& system = systemLook();
    if (mode == g_current && mode == Mode::System)
        return;  // untouched: the platform keeps full control of its palette
    g_current = mode;
    switch (mode) {
    case Mode::System:
        useStyle(system.styleName);
        QApplication::setPalette(system.palette);
        break;
    case Mode::Light:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        useStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

ApplicationTheme::Mode ApplicationTheme::current()
{
    return g_current;
}

ApplicationTheme::Mode ApplicationTheme::saved()
{
    return fromName(QSettings().value(kThemeKey).toString());
}

void ApplicationTheme::save(Mode mode)
{
    QSettings().setValue(kThemeKey, name(mode));
}

QString ApplicationTheme::name(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

ApplicationTheme::Mode ApplicationTheme::fromName(const QString& name, bool* ok)
{
    if (ok)
        *ok = true;
    if (name.compare(QLatin1String("light"), Qt::CaseInsensitive) == 0)
        return Mode::Light;
    if (name.compare(QLatin1String("dark"), Qt::CaseInsensitive) == 0)
        return Mode::Dark;
    if (ok)
        *ok = name.isEmpty() || name.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0;
    return Mode::System;
}

QPalette ApplicationTheme::lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    delete fusion;
    return palette;
}

QPalette ApplicationTheme::darkPalette()
{
    // Neutral greys with a little blue, text at about 12:1 on the base, a highlight that white text reads on.
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe3, 0xe5, 0xe8);
    const QColor disabledText(0x7c, 0x80, 0x86);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8e, 0x93, 0x99));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4e, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x52, 0x56, 0x5c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb8, 0x9c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

}  // namespace lockstep
