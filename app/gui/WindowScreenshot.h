#pragma once

#include <QObject>
#include <QString>

namespace lockstep {

class MainWindow;

// `lockstep --screenshot FILE`: waits until the window shows its final state (no job running; with a
// dataset open, the selected sample's media displayed), grabs the window to file and reports it. A timeout
// makes sure a script never hangs.
class WindowScreenshot final : public QObject {
    Q_OBJECT
public:
    static constexpr int kTimeoutMs = 180'000;

    WindowScreenshot(MainWindow* window, const QString& file);

    bool isPending() const { return m_pending; }

public slots:
    // Takes the picture if the window is ready (after letting layouts settle a moment).
    void check();

signals:
    void taken(const QString& file, bool ok);

private:
    bool isReady() const;
    void take();

    MainWindow* m_window;
    QString m_file;
    bool m_pending = true;
};

}  // namespace lockstep
