#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace lockstep {

// The keyboard bindings as data: for each command id ("review.accept") its context, its default keys and the
// keys in use. Only the user's changes are stored (QSettings group "shortcuts"), so a new default in a later
// version reaches everyone who never touched that command. A key may be bound once per context: the window's
// keys and the duplicate groups view's keys live side by side (the view takes its keys first while it has the
// focus), but two window commands on one key would make Qt fire neither.
class ShortcutMap {
public:
    static QString windowContext() { return QStringLiteral("window"); }

    // Adds a command. The user's stored keys (read by load()) win over the defaults; a key another command of the
    // context already holds is left out (and returned in *dropped), so a start never has ambiguous keys.
    // Returns false if the id was defined before (the first definition stays).
    bool define(const QString& id, const QString& context, const QList<QKeySequence>& defaults,
                QList<QKeySequence>* dropped = nullptr);
    bool contains(const QString& id) const { return m_entries.contains(id); }
    QStringList ids() const { return m_order; }  // in definition order
    QString context(const QString& id) const;
    QList<QKeySequence> defaults(const QString& id) const;
    QList<QKeySequence> keys(const QString& id) const;
    bool isDefault(const QString& id) const;

    // The other commands of id's context that already use one of these keys.
    QStringList conflicts(const QString& id, const QList<QKeySequence>& keys) const;
    // Pairs of commands whose *default* keys collide within a context ("a.x / b.y: Ctrl+E"): a programming error.
    QStringList defaultConflicts() const;

    // Sets the keys without checking (callers resolve conflicts first).
    void setKeys(const QString& id, const QList<QKeySequence>& keys);
    void reset(const QString& id);
    void resetAll();

    // Reads the user's keys; they apply to commands defined now and later.
    void load(QSettings& settings);
    // Writes the user's keys: changed commands only, plus stored ones of commands this run did not define.
    void save(QSettings& settings) const;

    static QString toText(const QList<QKeySequence>& keys);  // "Ctrl+Z / Ctrl+Y" for people

private:
    QStringList conflictsIn(const QString& context, const QString& id, const QList<QKeySequence>& keys) const;

    struct Entry {
        QString context;
        QList<QKeySequence> defaults;
        QList<QKeySequence> keys;
    };
    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QHash<QString, QList<QKeySequence>> m_stored;  // the user's keys of commands not defined (yet)
};

}  // namespace lockstep
