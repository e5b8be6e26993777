// The shortcut registry: defaults, the user's keys, conflicts within a context, persistence in a QSettings file.
#include "ShortcutMap.h"
#include "ShortcutRegistry.h"

#include <QAction>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace lockstep;

namespace {

QAction* makeAction(QObject* parent, const char* id, const QKeySequence& key, const QString& text = QString())
{
    auto* action = new QAction(text.isEmpty() ? QString::fromLatin1(id) : text, parent);
    action->setObjectName(QLatin1String(id));
    action->setShortcut(key);
    return action;
}

}  // namespace

class TestShortcutRegistry : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString settingsFile(const char* name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void defaultsAreTheActionsOwnKeys()
    {
        QObject owner;
        ShortcutRegistry registry(settingsFile("defaults.ini"));
        QAction* accept = makeAction(&owner, "review.accept", QKeySequence(Qt::Key_A), QStringLiteral("&Accept"));
        QVERIFY(registry.add(accept));
        QCOMPARE(registry.keys(QStringLiteral("review.accept")), QList<QKeySequence>{QKeySequence(Qt::Key_A)});
        QVERIFY(registry.map().isDefault(QStringLiteral("review.accept")));
        QCOMPARE(registry.text(QStringLiteral("review.accept")), QStringLiteral("Accept"));
        QCOMPARE(registry.action(QStringLiteral("review.accept")), accept);
        QCOMPARE(registry.map().context(QStringLiteral("review.accept")), ShortcutMap::windowContext());
        // No id, no registration: the registry keys the settings by id.
        auto* anonymous = new QAction(&owner);
        anonymous->setShortcut(QKeySequence(Qt::Key_Z));
        QVERIFY(!registry.add(anonymous));
    }

    void aRepeatedDefaultKeyStillReadsAsDefault()
    {
        // Redo is given Ctrl+Shift+Z and the platform's Redo, which on Linux is Ctrl+Shift+Z again: the untouched
        // command is default (the dialog would show its key in bold as changed otherwise).
        QObject owner;
        ShortcutRegistry registry(settingsFile("repeated.ini"));
        auto* redo = new QAction(QStringLiteral("Redo"), &owner);
        redo->setObjectName(QStringLiteral("edit.redo"));
        const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
        redo->setShortcuts({ctrlShiftZ, ctrlShiftZ, QKeySequence()});
        QVERIFY(registry.add(redo));
        QCOMPARE(registry.keys(QStringLiteral("edit.redo")), QList<QKeySequence>{ctrlShiftZ});
        QCOMPARE(registry.map().defaults(QStringLiteral("edit.redo")), QList<QKeySequence>{ctrlShiftZ});
        QVERIFY(registry.map().isDefault(QStringLiteral("edit.redo")));
    }

    void plainTextDropsMnemonicsAndEllipsis()
    {
        QCOMPARE(ShortcutRegistry::plainText(QStringLiteral("&Filter Samples\u2026")),
                 QStringLiteral("Filter Samples"));
        QCOMPARE(ShortcutRegistry::plainText(QStringLiteral("Label as R&&B")), QStringLiteral("Label as R&B"));
    }

    void overrideChangesTheAction()
    {
        QObject owner;
        ShortcutRegistry registry(settingsFile("override.ini"));
        QAction* accept = makeAction(&owner, "review.accept", QKeySequence(Qt::Key_A));
        accept->setToolTip(QStringLiteral("Accept the sample (A)"));
        registry.add(accept);
        QSignalSpy changed(&registry, &ShortcutRegistry::keysChanged);
        QVERIFY(registry.rebind(QStringLiteral("review.accept"), {QKeySequence(Qt::Key_Y)}).isEmpty());
        QCOMPARE(accept->shortcut(), QKeySequence(Qt::Key_Y));
        QVERIFY(!registry.map().isDefault(QStringLiteral("review.accept")));
        QCOMPARE(changed.size(), 1);
        // A tooltip that named the key names the new one.
        QCOMPARE(accept->toolTip(), QStringLiteral("Accept the sample (Y)"));
        registry.reset(QStringLiteral("review.accept"));
        QCOMPARE(accept->shortcut(), QKeySequence(Qt::Key_A));
        QCOMPARE(accept->toolTip(), QStringLiteral("Accept the sample (A)"));
    }

    void conflictInTheSameContextIsRefused()
    {
        QObject owner;
        ShortcutRegistry registry(settingsFile("conflict.ini"));
        QAction* accept = makeAction(&owner, "review.accept", QKeySequence(Qt::Key_A));
        QAction* reject = makeAction(&owner, "review.reject", QKeySequence(Qt::Key_R));
        registry.add(accept);
        registry.add(reject);
        QCOMPARE(registry.rebind(QStringLiteral("review.accept"), {QKeySequence(Qt::Key_R)}),
                 QStringList{QStringLiteral("review.reject")});
        QCOMPARE(accept->shortcut(), QKeySequence(Qt::Key_A));  // nothing changed
        QCOMPARE(reject->shortcut(), QKeySequence(Qt::Key_R));
        // Reassigning takes the key away from the other command.
        registry.assign(QStringLiteral("review.accept"), {QKeySequence(Qt::Key_R)});
        QCOMPARE(accept->shortcut(), QKeySequence(Qt::Key_R));
        QVERIFY(reject->shortcuts().isEmpty());
        // Rebinding to its own key is no conflict.
        QVERIFY(registry.rebind(QStringLiteral("review.accept"), {QKeySequence(Qt::Key_R)}).isEmpty());
    }

    void otherContextsMayShareAKey()
    {
        QObject owner;
        QObject view;
        view.setObjectName(QStringLiteral("duplicateGroupsView"));
        ShortcutRegistry registry(settingsFile("contexts.ini"));
        QAction* accept = makeAction(&owner, "review.accept", QKeySequence(Qt::Key_A));
        QAction* member = makeAction(&view, "duplicates.accept", QKeySequence(Qt::Key_A));
        member->setShortcutContext(Qt::WidgetShortcut);
        registry.add(accept);
        registry.add(member);
        QCOMPARE(registry.map().context(QStringLiteral("duplicates.accept")), QStringLiteral("duplicateGroupsView"));
        QCOMPARE(member->shortcut(), QKeySequence(Qt::Key_A));
        QVERIFY(registry.map().defaultConflicts().isEmpty());
        QAction* next = makeAction(&view, "duplicates.next", QKeySequence(Qt::Key_J));
        next->setShortcutContext(Qt::WidgetShortcut);
        registry.add(next);
        QCOMPARE(registry.rebind(QStringLiteral("duplicates.next"), {QKeySequence(Qt::Key_A)}),
                 QStringList{QStringLiteral("duplicates.accept")});
    }

    void adoptTakesActionsWithAnId()
    {
        QObject root;
        auto* child = new QObject(&root);
        makeAction(child, "queue.next", QKeySequence(Qt::Key_BracketRight));
        makeAction(&root, "queue.previous", QKeySequence(Qt::Key_BracketLeft));
        auto* unnamed = new QAction(&root);
        unnamed->setShortcut(QKeySequence(Qt::Key_X));
        auto* keyless = new QAction(&root);
        keyless->setObjectName(QStringLiteral("file.openDemo"));
        ShortcutRegistry registry(settingsFile("adopt.ini"));
        // A command without a key is adopted too (the user may give it one); an action without an id is not.
        QCOMPARE(registry.adopt(&root), 3);
        QCOMPARE(registry.ids(), (QStringList{QStringLiteral("queue.next"), QStringLiteral("queue.previous"),
                                              QStringLiteral("file.openDemo")}));
        QCOMPARE(registry.adopt(&root), 0);  // once
        QVERIFY(registry.keys(QStringLiteral("file.openDemo")).isEmpty());
        QCOMPARE(registry.keyText(QStringLiteral("file.openDemo")), QString());
        QCOMPARE(ShortcutRegistry::areaOf(QStringLiteral("file.openDemo")), QStringLiteral("file"));
        QCOMPARE(registry.areaName(QStringLiteral("file")), QStringLiteral("File"));
        QCOMPARE(registry.areaName(QStringLiteral("queue")), QStringLiteral("Queue"));  // not named yet: its id
    }

    void aKeylessCommandGetsAKeyThatPersists()
    {
        const QString file = settingsFile("keyless.ini");
        const QKeySequence key(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
        {
            QObject root;
            auto* demo = new QAction(QStringLiteral("Open Demo"), &root);
            demo->setObjectName(QStringLiteral("file.openDemo"));
            makeAction(&root, "review.accept", QKeySequence(Qt::Key_A));
            ShortcutRegistry registry(file);
            QCOMPARE(registry.adopt(&root), 2);
            // A key another command holds is refused, as for any command.
            QCOMPARE(registry.rebind(QStringLiteral("file.openDemo"), {QKeySequence(Qt::Key_A)}),
                     QStringList{QStringLiteral("review.accept")});
            QVERIFY(demo->shortcuts().isEmpty());
            QVERIFY(registry.rebind(QStringLiteral("file.openDemo"), {key}).isEmpty());
            QCOMPARE(demo->shortcut(), key);
            QVERIFY(!registry.map().isDefault(QStringLiteral("file.openDemo")));
        }
        // The next start: the stored key reaches the keyless action as it is adopted.
        QObject root;
        auto* demo = new QAction(QStringLiteral("Open Demo"), &root);
        demo->setObjectName(QStringLiteral("file.openDemo"));
        ShortcutRegistry registry(file);
        QCOMPARE(registry.adopt(&root), 1);
        QCOMPARE(demo->shortcut(), key);
        QCOMPARE(registry.keyText(QStringLiteral("file.openDemo")), key.toString(QKeySequence::NativeText));
        registry.reset(QStringLiteral("file.openDemo"));  // its default: no key
        QVERIFY(demo->shortcuts().isEmpty());
        QSettings settings(file, QSettings::IniFormat);
        QVERIFY(!settings.contains(QStringLiteral("shortcuts/file.openDemo")));
    }

    void userKeysPersist()
    {
        const QString file = settingsFile("persist.ini");
        {
            QObject owner;
            ShortcutRegistry registry(file);
            registry.add(makeAction(&owner, "review.accept", QKeySequence(Qt::Key_A)));
            registry.add(makeAction(&owner, "review.reject", QKeySequence(Qt::Key_R)));
            registry.add(makeAction(&owner, "review.next", QKeySequence(Qt::Key_J)));
            QVERIFY(registry.rebind(QStringLiteral("review.accept"), {QKeySequence(Qt::CTRL | Qt::Key_E)}).isEmpty());
            QVERIFY(registry.rebind(QStringLiteral("review.reject"), {}).isEmpty());  // no key at all
        }
        {
            // Only the changes are stored, by id, in portable text.
            QSettings settings(file, QSettings::IniFormat);
            settings.beginGroup(QStringLiteral("shortcuts"));
            QCOMPARE(settings.childKeys().size(), 2);
            QCOMPARE(settings.value(QStringLiteral("review.accept")).toStringList(),
                     QStringList{QStringLiteral("Ctrl+E")});
        }
        // The next start: the actions are made with their defaults and get the user's keys.
        QObject owner;
        ShortcutRegistry registry(file);
        QAction* accept = makeAction(&owner, "review.accept", QKeySequence(Qt::Key_A));
        QAction* reject = makeAction(&owner, "review.reject", QKeySequence(Qt::Key_R));
        QAction* next = makeAction(&owner, "review.next", QKeySequence(Qt::Key_J));
        registry.adopt(&owner);
        QCOMPARE(accept->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(reject->shortcuts().isEmpty());
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_J));

        registry.restoreDefaults();
        QCOMPARE(accept->shortcut(), QKeySequence(Qt::Key_A));
        QCOMPARE(reject->shortcut(), QKeySequence(Qt::Key_R));
        QSettings settings(file, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("shortcuts"));
        QVERIFY(settings.childKeys().isEmpty());
    }

    void storedKeysOfCommandsNotMadeThisRunSurvive()
    {
        const QString file = settingsFile("survive.ini");
        {
            QSettings settings(file, QSettings::IniFormat);
            settings.setValue(QStringLiteral("shortcuts/queue.next"), QStringList{QStringLiteral("Ctrl+J")});
        }
        QObject owner;
        ShortcutRegistry registry(file);
        registry.add(makeAction(&owner, "review.accept", QKeySequence(Qt::Key_A)));
        QVERIFY(registry.rebind(QStringLiteral("review.accept"), {QKeySequence(Qt::Key_Y)}).isEmpty());
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("shortcuts/queue.next")).toStringList(),
                 QStringList{QStringLiteral("Ctrl+J")});
    }

    void aUserKeyWinsOverANewDefault()
    {
        // The user gave Ctrl+E to one command; a later version makes Ctrl+E another command's default. The start
        // must not leave Ctrl+E ambiguous (Qt would fire neither): the command defined later goes without it.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("shortcuts/review.accept"), QStringList{QStringLiteral("Ctrl+E")});
        ShortcutMap map;
        map.load(settings);
        QVERIFY(map.define(QStringLiteral("review.accept"), ShortcutMap::windowContext(), {QKeySequence(Qt::Key_A)}));
        QList<QKeySequence> dropped;
        QVERIFY(map.define(QStringLiteral("queue.open"), ShortcutMap::windowContext(),
                           {QKeySequence(Qt::CTRL | Qt::Key_E)}, &dropped));
        QCOMPARE(map.keys(QStringLiteral("review.accept")), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_E)});
        QVERIFY(map.keys(QStringLiteral("queue.open")).isEmpty());
        QCOMPARE(dropped, QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_E)});
        QVERIFY(!map.define(QStringLiteral("queue.open"), ShortcutMap::windowContext(), {}));  // once
    }

    void defaultConflictsAreReported()
    {
        ShortcutMap map;
        map.define(QStringLiteral("a.one"), ShortcutMap::windowContext(), {QKeySequence(Qt::Key_E)});
        map.define(QStringLiteral("b.two"), ShortcutMap::windowContext(), {QKeySequence(Qt::Key_E)});
        QCOMPARE(map.defaultConflicts().size(), 1);
        QVERIFY(map.defaultConflicts().first().startsWith(QLatin1String("a.one / b.two")));
    }
};

QTEST_MAIN(TestShortcutRegistry)
#include "test_shortcut_registry.moc"
