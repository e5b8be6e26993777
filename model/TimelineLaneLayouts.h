#pragma once

#include <QHash>
#include <QString>

namespace lockstep {

struct TimelineLaneLayout {
    int height = 0;
    bool visible = true;
    int order = 0;
};

// How the user arranged the timeline's lanes (height, shown or hidden, position), by lane key: carried from
// sample to sample and kept across sessions in QSettings. Only the most recently seen kMaxEntries keys are
// kept, so visiting thousands of recordings (audio lanes are keyed by file) does not grow the settings file.
class TimelineLaneLayouts {
public:
    static constexpr int kMaxEntries = 200;

    explicit TimelineLaneLayouts(QString settingsGroup = QStringLiteral("timeline/lanes"));

    void load();
    void save() const;
    void remember(const QString& laneKey, const TimelineLaneLayout& layout);
    // Null when the key was never seen.
    const TimelineLaneLayout* find(const QString& laneKey) const;
    int size() const { return static_cast<int>(m_entries.size()); }

private:
    struct Entry {
        TimelineLaneLayout layout;
        quint64 seen = 0;  // larger = more recent
    };
    QString m_group;
    QHash<QString, Entry> m_entries;
    quint64 m_clock = 0;
};

}  // namespace lockstep
