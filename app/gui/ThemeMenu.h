#pragma once

#include "ApplicationTheme.h"

#include <QMenu>

class QAction;

namespace lockstep {

// View > Theme: System / Light / Dark, applied at once and remembered.
class ThemeMenu final : public QMenu {
    Q_OBJECT

public:
    explicit ThemeMenu(QWidget* parent = nullptr);

    QAction* actionFor(ApplicationTheme::Mode mode) const;
    void choose(ApplicationTheme::Mode mode);

private:
    QAction* m_system = nullptr;
    QAction* m_light = nullptr;
    QAction* m_dark = nullptr;
};

}  // namespace lockstep
