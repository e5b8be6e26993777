#include "KeyCaptureEdit.h"

#include <QKeyEvent>

namespace lockstep {

KeyCaptureEdit::KeyCaptureEdit(QWidget* parent) : QKeySequenceEdit(parent)
{
    setObjectName(QStringLiteral("keyCaptureEdit"));
}

void KeyCaptureEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        event->accept();
        emit cancelled();
        return;
    }
    QKeySequenceEdit::keyPressEvent(event);
    const QKeySequence typed = keySequence();
    if (typed.isEmpty())
        return;  // a modifier alone: wait for the key
    const QKeySequence key(typed[0]);
    setKeySequence(key);  // also ends the recording, so the next press starts afresh
    emit keyCaptured(key);
}

}  // namespace lockstep
