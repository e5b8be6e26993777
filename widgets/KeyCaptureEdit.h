#pragma once

#include <QKeySequenceEdit>

namespace lockstep {

// A QKeySequenceEdit that takes one key press (with its modifiers) and reports it at once: every Lockstep
// shortcut is a single key, and Qt 6.4's edit would otherwise wait a second for a second chord. Escape gives
// up (the shown keys stay).
class KeyCaptureEdit final : public QKeySequenceEdit {
    Q_OBJECT

public:
    explicit KeyCaptureEdit(QWidget* parent = nullptr);

signals:
    void keyCaptured(const QKeySequence& key);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

}  // namespace lockstep
