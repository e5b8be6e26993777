#pragma once

#include "ShortcutMap.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QSettings;

namespace lockstep {

// The one place every keyboard shortcut of the window goes through: the cheat sheet (F1) lists the registry,
// rebinding changes the actions, the user's keys persist in QSettings.
//
// Adding a shortcut is one line: give the action an id and its default key where it is made,
//     action->setObjectName(QStringLiteral("queue.next"));  action->setShortcut(Qt::Key_BracketRight);
// The main window adopts every such action of its children when it is built; an action made later is added with
// registry->add(action). Ids are "area.command", stable across versions and translations (they key the settings).
// An action with Qt::WidgetShortcut lives in its own context (named after the widget it belongs to), so it may
// share a key with a window command; everything else shares the window's context, where a key is taken once.
class ShortcutRegistry final : public QObject {
    Q_OBJECT

public:
    // Keeps the user's keys in the application's QSettings.
    explicit ShortcutRegistry(QObject* parent = nullptr);
    // Keeps them in this INI file instead (tests).
    explicit ShortcutRegistry(const QString& settingsFile, QObject* parent = nullptr);
    ~ShortcutRegistry() override;

    // Registers the action under its objectName, its present shortcuts as the defaults, then gives it the user's
    // keys. Another action with the same id (a second window) follows the same binding. False without an id.
    bool add(QAction* action, const QString& context = QString());
    // add() for every action under root whose objectName is an id ("area.command"), with or without a key (a
    // keyless command can be given one); returns how many were added.
    int adopt(QObject* root);

    const ShortcutMap& map() const { return m_map; }
    QStringList ids() const { return m_map.ids(); }
    QList<QKeySequence> keys(const QString& id) const { return m_map.keys(id); }
    QAction* action(const QString& id) const;
    // The action's text as a person reads it ("&Accept" -> "Accept", "Filter Samples…" -> "Filter Samples").
    QString text(const QString& id) const;
    static QString plainText(QString text);
    // "review" for "review.accept": the group the cheat sheet lists the command in.
    static QString areaOf(const QString& id);
    // A readable name for an area ("Review", "Saved views").
    QString areaName(const QString& area) const;
    // The keys as people read them ("Ctrl+G"), "" for a command without a key.
    QString keyText(const QString& id) const;
    // A readable name for a context ("Main window", "Duplicate groups").
    void setContextName(const QString& context, const QString& name);
    QString contextName(const QString& context) const;

    // Binds the keys if no other command of the context uses them; otherwise changes nothing and returns the
    // commands in the way.
    QStringList rebind(const QString& id, const QList<QKeySequence>& keys);
    // Binds the keys, taking them away from the commands that had them.
    void assign(const QString& id, const QList<QKeySequence>& keys);
    void reset(const QString& id);
    void restoreDefaults();

signals:
    // The keys of these commands changed.
    void keysChanged(const QStringList& ids);

private:
    void apply(const QString& id);
    void save();

    std::unique_ptr<QSettings> m_settings;
    ShortcutMap m_map;
    QHash<QString, QList<QPointer<QAction>>> m_actions;
    QHash<QString, QString> m_tipPrefix;  // a tooltip that named the default key: "Accept the sample"
    QHash<QString, QString> m_contextNames;
};

}  // namespace lockstep
