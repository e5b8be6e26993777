#pragma once

// While an edit of many samples runs on the GUI thread (a label for a filter's 500,000 samples takes seconds), the
// pointer says so: the application's busy cursor for the scope, when there are at least kManySamples samples and a
// GUI. Nests (Qt keeps override cursors on a stack); does nothing in the CLI and in GUI-less tests.

#include <QCursor>
#include <QGuiApplication>

namespace lockstep {

class BusyCursor {
public:
    static constexpr qsizetype kManySamples = 5000;

    explicit BusyCursor(qsizetype samples)
        : m_active(samples >= kManySamples && qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
    {
        if (m_active)
            QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    }
    ~BusyCursor()
    {
        if (m_active)
            QGuiApplication::restoreOverrideCursor();
    }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;

private:
    bool m_active;
};

}  // namespace lockstep
