#include "ShortcutHint.h"

#include <QAction>
#include <QKeySequence>
#include <QStringList>

namespace lockstep::ShortcutHint {

QString key(const QAction* action)
{
    if (!action || action->shortcut().isEmpty())
        return {};
    return action->shortcut().toString(QKeySequence::NativeText);
}

QString withKey(const QString& text, const QAction* action)
{
    const QString k = key(action);
    return k.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, k);
}

QString keyRange(const QList<QAction*>& actions)
{
    QStringList keys;
    for (const QAction* action : actions)
        if (!key(action).isEmpty())
            keys << key(action);
    bool consecutive = keys.size() > 2;
    for (qsizetype i = 0; consecutive && i < keys.size(); ++i)
        consecutive = keys[i].size() == 1 && (i == 0 || keys[i].at(0).unicode() == keys[i - 1].at(0).unicode() + 1);
    if (consecutive)
        return keys.constFirst() + QChar(0x2013) + keys.constLast();
    return keys.join(QStringLiteral(", "));
}

void follow(QObject* context, const QList<QAction*>& actions, const std::function<void()>& update)
{
    for (QAction* action : actions)
        if (action)
            QObject::connect(action, &QAction::changed, context, update);
    update();
}

}  // namespace lockstep::ShortcutHint
