#include "ShortcutRegistry.h"

#include <QAction>
#include <QSettings>

namespace lockstep {

namespace {

bool looksLikeId(const QString& name)
{
    const int dot = int(name.indexOf(QLatin1Char('.')));
    return dot > 0 && dot < name.size() - 1 && !name.contains(QLatin1Char(' '));
}

QString widgetContextOf(const QAction* action)
{
    if (action->shortcutContext() != Qt::WidgetShortcut && action->shortcutContext() != Qt::WidgetWithChildrenShortcut)
        return ShortcutMap::windowContext();
    const QObject* owner = action->parent();
    if (!owner)
        return ShortcutMap::windowContext();
    return owner->objectName().isEmpty() ? QString::fromLatin1(owner->metaObject()->className()) : owner->objectName();
}

}  // namespace

ShortcutRegistry::ShortcutRegistry(QObject* parent) : QObject(parent), m_settings(std::make_unique<QSettings>())
{
    m_map.load(*m_settings);
}

ShortcutRegistry::ShortcutRegistry(const QString& settingsFile, QObject* parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    m_map.load(*m_settings);
}

ShortcutRegistry::~ShortcutRegistry() = default;

bool ShortcutRegistry::add(QAction* action, const QString& context)
{
    const QString id = action ? action->objectName() : QString();
    if (id.isEmpty())
        return false;
    QList<QPointer<QAction>>& actions = m_actions[id];
    for (const QPointer<QAction>& known : std::as_const(actions))
        if (known == action)
            return true;
    if (!m_map.contains(id)) {
        const QList<QKeySequence> defaults = action->shortcuts();
        QList<QKeySequence> dropped;
        m_map.define(id, context.isEmpty() ? widgetContextOf(action) : context, defaults, &dropped);
        if (!dropped.isEmpty())
            qWarning("Lockstep: %s loses %s, another command has it", qPrintable(id),
                     qPrintable(ShortcutMap::toText(dropped)));
        const QString suffix = QStringLiteral(" (%1)").arg(ShortcutMap::toText(defaults));
        if (!defaults.isEmpty() && action->toolTip().endsWith(suffix))
            m_tipPrefix.insert(id, action->toolTip().chopped(suffix.size()));
    }
    actions << action;
    apply(id);
    return true;
}

int ShortcutRegistry::adopt(QObject* root)
{
    int added = 0;
    const QList<QAction*> actions = root->findChildren<QAction*>();
    for (QAction* action : actions) {
        const QString id = action->objectName();
        // Keyless commands too: the user may want one on a key (the cheat sheet lists them with "—").
        if (!looksLikeId(id))
            continue;
        const QList<QPointer<QAction>>& known = m_actions.value(id);
        if (std::find(known.cbegin(), known.cend(), action) != known.cend())
            continue;
        if (add(action))
            ++added;
    }
    return added;
}

QAction* ShortcutRegistry::action(const QString& id) const
{
    for (const QPointer<QAction>& action : m_actions.value(id))
        if (action)
            return action;
    return nullptr;
}

QString ShortcutRegistry::plainText(QString text)
{
    text.replace(QLatin1String("&&"), QString(QChar(0xE000)));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0xE000), QLatin1Char('&'));
    while (text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text.trimmed();
}

QString ShortcutRegistry::text(const QString& id) const
{
    const QAction* a = action(id);
    return a ? plainText(a->text()) : id;
}

void ShortcutRegistry::setContextName(const QString& context, const QString& name)
{
    m_contextNames.insert(context, name);
}

QString ShortcutRegistry::contextName(const QString& context) const
{
    if (m_contextNames.contains(context))
        return m_contextNames.value(context);
    return context == ShortcutMap::windowContext() ? tr("Main window") : context;
}

QString ShortcutRegistry::areaOf(const QString& id)
{
    return id.section(QLatin1Char('.'), 0, 0);
}

QString ShortcutRegistry::areaName(const QString& area) const
{
    if (area == QLatin1String("file"))
        return tr("File");
    if (area == QLatin1String("edit"))
        return tr("Edit");
    if (area == QLatin1String("dataset"))
        return tr("Dataset");
    if (area == QLatin1String("review"))
        return tr("Review");
    if (area == QLatin1String("issues"))
        return tr("Issues");
    if (area == QLatin1String("annotate"))
        return tr("Annotate");
    if (area == QLatin1String("view"))
        return tr("View");
    if (area == QLatin1String("views"))
        return tr("Saved views");
    if (area == QLatin1String("timeline"))
        return tr("Timeline");
    if (area == QLatin1String("duplicates"))
        return tr("Duplicate groups");
    if (area == QLatin1String("help"))
        return tr("Help");
    // A new area reads as its id until it gets a name here.
    return area.isEmpty() ? area : area.at(0).toUpper() + area.mid(1);
}

QString ShortcutRegistry::keyText(const QString& id) const
{
    return ShortcutMap::toText(keys(id));
}

QStringList ShortcutRegistry::rebind(const QString& id, const QList<QKeySequence>& keys)
{
    const QStringList conflicts = m_map.conflicts(id, keys);
    if (!conflicts.isEmpty() || !m_map.contains(id))
        return conflicts;
    m_map.setKeys(id, keys);
    apply(id);
    save();
    emit keysChanged({id});
    return {};
}

void ShortcutRegistry::assign(const QString& id, const QList<QKeySequence>& keys)
{
    if (!m_map.contains(id))
        return;
    QStringList changed = m_map.conflicts(id, keys);
    for (const QString& other : std::as_const(changed)) {
        QList<QKeySequence> rest = m_map.keys(other);
        rest.removeIf([&keys](const QKeySequence& k) { return keys.contains(k); });
        m_map.setKeys(other, rest);
        apply(other);
    }
    m_map.setKeys(id, keys);
    apply(id);
    save();
    changed.prepend(id);
    emit keysChanged(changed);
}

void ShortcutRegistry::reset(const QString& id)
{
    // Back to the defaults, unless another command took one of them meanwhile: then that one gives it back.
    assign(id, m_map.defaults(id));
}

void ShortcutRegistry::restoreDefaults()
{
    m_map.resetAll();
    const QStringList all = m_map.ids();
    for (const QString& id : all)
        apply(id);
    save();
    emit keysChanged(all);
}

void ShortcutRegistry::apply(const QString& id)
{
    const QList<QKeySequence> keys = m_map.keys(id);
    for (const QPointer<QAction>& action : m_actions.value(id)) {
        if (!action)
            continue;
        action->setShortcuts(keys);
        if (m_tipPrefix.contains(id)) {
            const QString prefix = m_tipPrefix.value(id);
            action->setToolTip(keys.isEmpty() ? prefix
                                              : QStringLiteral("%1 (%2)").arg(prefix, ShortcutMap::toText(keys)));
        }
    }
}

void ShortcutRegistry::save()
{
    m_map.save(*m_settings);
    m_settings->sync();
}

}  // namespace lockstep
