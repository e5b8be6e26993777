#pragma once

#include <QList>
#include <QString>
#include <functional>

class QAction;
class QObject;

namespace lockstep {

// Hints that name a command's key ("press N", "(Ctrl+G)", "A accept") read the key from the command's own action
// instead of spelling the default: the shortcut registry sets the action's keys, so a rebound key shows in every
// hint at once, and a command without a key drops out of them.
namespace ShortcutHint {

// The action's first key as people read it ("Ctrl+G"); "" without a key (or without an action).
QString key(const QAction* action);
// "text (Ctrl+G)", or just "text" when the action has no key: a tooltip that names the key.
QString withKey(const QString& text, const QAction* action);
// The keys of a run of commands (the label keys): "1–9" when they are consecutive single digits or letters,
// else each key, comma-separated; commands without a key are left out.
QString keyRange(const QList<QAction*>& actions);
// Calls update now and again whenever one of the actions changes (a new key is a change), while context lives.
void follow(QObject* context, const QList<QAction*>& actions, const std::function<void()>& update);

}  // namespace ShortcutHint

}  // namespace lockstep
