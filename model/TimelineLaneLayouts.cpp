#include "TimelineLaneLayouts.h"

#include <QSettings>
#include <algorithm>
#include <vector>

namespace lockstep {

TimelineLaneLayouts::TimelineLaneLayouts(QString settingsGroup) : m_group(std::move(settingsGroup)) {}

void TimelineLaneLayouts::load()
{
    m_entries.clear();
    QSettings settings;
    const int count = settings.beginReadArray(m_group);
    // Stored most recent first: the first entry gets the largest clock.
    m_clock = static_cast<quint64>(count);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString key = settings.value(QStringLiteral("key")).toString();
        const int height = settings.value(QStringLiteral("height")).toInt();
        if (key.isEmpty() || height <= 0 || m_entries.contains(key))
            continue;
        m_entries.insert(key, Entry{TimelineLaneLayout{height, settings.value(QStringLiteral("visible"), true).toBool(),
                                                       settings.value(QStringLiteral("order")).toInt()},
                                    static_cast<quint64>(count - i)});
    }
    settings.endArray();
}

void TimelineLaneLayouts::save() const
{
    std::vector<std::pair<quint64, QString>> recent;
    recent.reserve(static_cast<std::size_t>(m_entries.size()));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        recent.emplace_back(it->seen, it.key());
    std::sort(recent.begin(), recent.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (recent.size() > static_cast<std::size_t>(kMaxEntries))
        recent.resize(static_cast<std::size_t>(kMaxEntries));
    QSettings settings;
    settings.remove(m_group);
    settings.beginWriteArray(m_group, static_cast<int>(recent.size()));
    for (int i = 0; i < static_cast<int>(recent.size()); ++i) {
        const QString& key = recent[static_cast<std::size_t>(i)].second;
        const TimelineLaneLayout& layout = m_entries.value(key).layout;
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("key"), key);
        settings.setValue(QStringLiteral("height"), layout.height);
        settings.setValue(QStringLiteral("visible"), layout.visible);
        settings.setValue(QStringLiteral("order"), layout.order);
    }
    settings.endArray();
}

void TimelineLaneLayouts::remember(const QString& laneKey, const TimelineLaneLayout& layout)
{
    m_entries.insert(laneKey, Entry{layout, ++m_clock});
}

const TimelineLaneLayout* TimelineLaneLayouts::find(const QString& laneKey) const
{
    const auto it = m_entries.constFind(laneKey);
    return it == m_entries.constEnd() ? nullptr : &it->layout;
}

}  // namespace lockstep
