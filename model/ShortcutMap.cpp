#include "ShortcutMap.h"

#include <QSettings>

namespace lockstep {

namespace {

const QLatin1String kGroup("shortcuts");

QStringList portable(const QList<QKeySequence>& keys)
{
    QStringList out;
    for (const QKeySequence& key : keys)
        out << key.toString(QKeySequence::PortableText);
    return out;
}

bool overlaps(const QList<QKeySequence>& a, const QList<QKeySequence>& b)
{
    for (const QKeySequence& key : a)
        if (!key.isEmpty() && b.contains(key))
            return true;
    return false;
}

}  // namespace

bool ShortcutMap::define(const QString& id, const QString& context, const QList<QKeySequence>& defaults,
                         QList<QKeySequence>* dropped)
{
    if (id.isEmpty() || m_entries.contains(id))
        return false;
    // A platform's standard keys can repeat one given next to them (QKeySequence::Redo is Ctrl+Shift+Z on
    // Linux): the defaults are kept once each, so an untouched command still reads as default.
    QList<QKeySequence> distinctDefaults;
    for (const QKeySequence& key : defaults)
        if (!key.isEmpty() && !distinctDefaults.contains(key))
            distinctDefaults << key;
    const QList<QKeySequence> wanted = m_stored.contains(id) ? m_stored.take(id) : distinctDefaults;
    QList<QKeySequence> kept;
    for (const QKeySequence& key : wanted) {
        if (key.isEmpty() || kept.contains(key))
            continue;
        if (!conflictsIn(context, id, {key}).isEmpty()) {
            if (dropped)
                *dropped << key;
            continue;
        }
        kept << key;
    }
    m_entries.insert(id, Entry{context, distinctDefaults, kept});
    m_order << id;
    return true;
}

QString ShortcutMap::context(const QString& id) const
{
    return m_entries.value(id).context;
}

QList<QKeySequence> ShortcutMap::defaults(const QString& id) const
{
    return m_entries.value(id).defaults;
}

QList<QKeySequence> ShortcutMap::keys(const QString& id) const
{
    return m_entries.value(id).keys;
}

bool ShortcutMap::isDefault(const QString& id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() || it->keys == it->defaults;
}

QStringList ShortcutMap::conflicts(const QString& id, const QList<QKeySequence>& keys) const
{
    return conflictsIn(context(id), id, keys);
}

QStringList ShortcutMap::conflictsIn(const QString& ctx, const QString& id, const QList<QKeySequence>& keys) const
{
    QStringList out;
    for (const QString& other : m_order) {
        if (other == id)
            continue;
        const Entry& e = m_entries[other];
        if (e.context == ctx && overlaps(keys, e.keys))
            out << other;
    }
    return out;
}

QStringList ShortcutMap::defaultConflicts() const
{
    QStringList out;
    for (int i = 0; i < m_order.size(); ++i) {
        const Entry& a = m_entries[m_order[i]];
        for (int j = i + 1; j < m_order.size(); ++j) {
            const Entry& b = m_entries[m_order[j]];
            if (a.context != b.context)
                continue;
            for (const QKeySequence& key : a.defaults)
                if (!key.isEmpty() && b.defaults.contains(key))
                    out << QStringLiteral("%1 / %2: %3").arg(m_order[i], m_order[j], key.toString());
        }
    }
    return out;
}

void ShortcutMap::setKeys(const QString& id, const QList<QKeySequence>& keys)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    QList<QKeySequence> clean;
    for (const QKeySequence& key : keys)
        if (!key.isEmpty() && !clean.contains(key))
            clean << key;
    it->keys = clean;
    m_stored.remove(id);
}

void ShortcutMap::reset(const QString& id)
{
    auto it = m_entries.find(id);
    if (it != m_entries.end())
        it->keys = it->defaults;
    m_stored.remove(id);
}

void ShortcutMap::resetAll()
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        it->keys = it->defaults;
    m_stored.clear();
}

void ShortcutMap::load(QSettings& settings)
{
    settings.beginGroup(kGroup);
    const QStringList ids = settings.childKeys();
    for (const QString& id : ids) {
        QList<QKeySequence> keys;
        // An empty list is stored as an invalid value: the user removed every key.
        const QStringList texts = settings.value(id).toStringList();
        for (const QString& text : texts) {
            const QKeySequence key = QKeySequence::fromString(text, QKeySequence::PortableText);
            if (!key.isEmpty())
                keys << key;
        }
        if (m_entries.contains(id))
            setKeys(id, keys);
        else
            m_stored.insert(id, keys);
    }
    settings.endGroup();
}

void ShortcutMap::save(QSettings& settings) const
{
    settings.beginGroup(kGroup);
    settings.remove(QString());
    for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it)
        settings.setValue(it.key(), portable(it.value()));
    for (const QString& id : m_order)
        if (!isDefault(id))
            settings.setValue(id, portable(keys(id)));
    settings.endGroup();
}

QString ShortcutMap::toText(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& key : keys)
        texts << key.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(" / "));
}

}  // namespace lockstep
