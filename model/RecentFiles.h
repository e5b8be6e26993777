#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace lockstep {

// The recently opened dataset folders and project files, most recent first, kept in QSettings under one key.
// At most kMaxCount entries, no duplicates (paths are compared cleaned and absolute), and entries whose file
// or folder no longer exists are pruned when the list is read.
class RecentFiles final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxCount = 10;

    explicit RecentFiles(QObject* parent = nullptr);
    RecentFiles(const QString& settingsKey, QObject* parent);

    // The existing entries, most recent first. Missing ones are removed from the settings as a side effect.
    QStringList paths();

    void add(const QString& path);
    void remove(const QString& path);
    void clear();

    static QString normalized(const QString& path);

signals:
    void changed();

private:
    QStringList load() const;
    void store(const QStringList& paths);

    QString m_key;
};

}  // namespace lockstep
