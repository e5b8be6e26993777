#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace lockstep {

RecentFiles::RecentFiles(QObject* parent) : RecentFiles(QStringLiteral("recentFiles"), parent) {}

RecentFiles::RecentFiles(const QString& settingsKey, QObject* parent) : QObject(parent), m_key(settingsKey) {}

QString RecentFiles::normalized(const QString& path)
{
    if (path.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QStringList RecentFiles::load() const
{
    return QSettings().value(m_key).toStringList();
}

void RecentFiles::store(const QStringList& paths)
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(m_key);
    else
        settings.setValue(m_key, paths);
}

QStringList RecentFiles::paths()
{
    const QStringList stored = load();
    QStringList existing;
    for (const QString& path : stored) {
        const QString clean = normalized(path);
        if (!clean.isEmpty() && QFileInfo::exists(clean) && !existing.contains(clean))
            existing.append(clean);
    }
    while (existing.size() > kMaxCount)
        existing.removeLast();
    if (existing != stored) {
        store(existing);
        emit changed();
    }
    return existing;
}

void RecentFiles::add(const QString& path)
{
    const QString clean = normalized(path);
    if (clean.isEmpty())
        return;
    QStringList list = load();
    list.removeIf([&clean](const QString& p) { return normalized(p) == clean; });
    list.prepend(clean);
    while (list.size() > kMaxCount)
        list.removeLast();
    store(list);
    emit changed();
}

void RecentFiles::remove(const QString& path)
{
    const QString clean = normalized(path);
    QStringList list = load();
    if (list.removeIf([&clean](const QString& p) { return normalized(p) == clean; }) > 0) {
        store(list);
        emit changed();
    }
}

void RecentFiles::clear()
{
    store({});
    emit changed();
}

}  // namespace lockstep
