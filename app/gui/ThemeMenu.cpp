#include "ThemeMenu.h"

#include <QActionGroup>

namespace lockstep {

ThemeMenu::ThemeMenu(QWidget* parent) : QMenu(tr("&Theme"), parent)
{
    setObjectName(QStringLiteral("themeMenu"));
    auto* group = new QActionGroup(this);
    const auto add = [this, group](const QString& text, const QString& tip, ApplicationTheme::Mode mode) {
        QAction* action = addAction(text);
        action->setObjectName(QStringLiteral("view.theme.") + ApplicationTheme::name(mode));
        action->setCheckable(true);
        action->setStatusTip(tip);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { choose(mode); });
        return action;
    };
    m_system = add(tr("&System"), tr("The desktop's own style and colours"), ApplicationTheme::Mode::System);
    m_light = add(tr("&Light"), tr("Dark text on light backgrounds"), ApplicationTheme::Mode::Light);
    m_dark = add(tr("&Dark"), tr("Light text on dark backgrounds, easier on the eyes at night"),
                 ApplicationTheme::Mode::Dark);
    actionFor(ApplicationTheme::current())->setChecked(true);
}

QAction* ThemeMenu::actionFor(ApplicationTheme::Mode mode) const
{
    switch (mode) {
    case ApplicationTheme::Mode::Light: return m_light;
    case ApplicationTheme::Mode::Dark: return m_dark;
    case ApplicationTheme::Mode::System: break;
    }
    return m_system;
}

void ThemeMenu::choose(ApplicationTheme::Mode mode)
{
    ApplicationTheme::apply(mode);
    ApplicationTheme::save(mode);
    actionFor(mode)->setChecked(true);
}

}  // namespace lockstep
