// The keyboard shortcuts dialog on the real main window, offscreen: it lists every key of the window from the
// registry, a key typed into it rebinds the selected command (and works at once), a key another command holds
// is refused until reassigned, Restore Defaults undoes everything, and the user's keys outlive the window.

#include "AnnotationActions.h"
#include "ApplicationTheme.h"
#include "KeyCaptureEdit.h"
#include "MainWindow.h"
#include "ReviewActions.h"
#include "ReviewQueueBar.h"
#include "ReviewQueueMode.h"
#include "ShortcutRegistry.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <functional>

using namespace lockstep;

class TestShortcutsDialog : public QObject {
    Q_OBJECT

    static ShortcutsDialog* openDialog(MainWindow& window)
    {
        QTest::keyClick(&window, Qt::Key_F1);
        ShortcutsDialog* dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = window.findChild<ShortcutsDialog*>()) != nullptr; }))
            return nullptr;
        if (!QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_shortcuts_dialog"));
        QSettings().clear();
    }

    void everyKeyOfTheWindowIsRegistered()
    {
        // An action with a key but no id would be missing from the cheat sheet and could not be rebound.
        MainWindow window;
        const QList<QAction*> actions = window.findChildren<QAction*>();
        QStringList missing;
        for (const QAction* action : actions)
            if (!action->shortcuts().isEmpty() && !window.shortcuts()->ids().contains(action->objectName()))
                missing << action->text();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
        QVERIFY2(window.shortcuts()->map().defaultConflicts().isEmpty(),
                 qPrintable(window.shortcuts()->map().defaultConflicts().join(QLatin1Char('\n'))));
        for (const char* id : {"review.accept", "edit.undo", "annotate.label9", "timeline.playPause", "duplicates.keep",
                               "view.duplicates", "help.shortcuts", "edit.customizeShortcuts"})
            QVERIFY2(window.shortcuts()->ids().contains(QLatin1String(id)), id);
    }

    void everyMenuCommandIsRegistered()
    {
        // Every command of the menus can be given a key: it has an id and the registry knows it, key or not.
        // (An object name without a dot marks an entry that is not a command, like "No saved views yet".)
        MainWindow window;
        QStringList missing;
        std::function<void(const QMenu*)> walk = [&](const QMenu* menu) {
            for (QAction* action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                if (action->menu()) {
                    walk(action->menu());
                    continue;
                }
                const QString id = action->objectName();
                if (id.isEmpty() || (id.contains(QLatin1Char('.')) && !window.shortcuts()->ids().contains(id)))
                    missing << menu->title() + QStringLiteral(" > ") + action->text();
            }
        };
        for (QAction* top : window.menuBar()->actions())
            if (top->menu())
                walk(top->menu());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
        for (const char* id : {"file.openDemo", "help.about", "view.startPage", "view.theme.dark", "annotate.labelSet",
                               "views.rename", "file.clearRecent", "duplicates.keepAllSuggested"})
            QVERIFY2(window.shortcuts()->ids().contains(QLatin1String(id)), id);
    }

    void opensAtTheTopOfTheList()
    {
        // The first row selected is the File menu's first command, so the list does not open scrolled halfway.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ShortcutsDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        const QString current = dialog->currentCommand();
        QVERIFY2(current.startsWith(QLatin1String("file.")), qPrintable(current));
        QCOMPARE(dialog->rows().constFirst().section(QLatin1Char('\t'), 0, 0), window.shortcuts()->text(current));
    }

    void rebindWithTheKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* accept = window.reviewActions()->acceptAction();
        QAction* reject = window.reviewActions()->rejectAction();
        QCOMPARE(accept->shortcut(), QKeySequence(Qt::Key_A));

        ShortcutsDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->rows().size(), window.shortcuts()->ids().size());
        QVERIFY(dialog->selectCommand(QStringLiteral("review.accept")));
        KeyCaptureEdit* edit = dialog->keyEdit();
        edit->setFocus();

        QTest::keyClick(edit, Qt::Key_Y);
        QCOMPARE(accept->shortcut(), QKeySequence(Qt::Key_Y));
        QVERIFY(dialog->rows().contains(QStringLiteral("Accept\tY")));
        QVERIFY(dialog->conflictLabel()->isHidden());

        // R is Reject's: refused, shown, nothing changes until the user decides.
        QTest::keyClick(edit, Qt::Key_R);
        QCOMPARE(accept->shortcut(), QKeySequence(Qt::Key_Y));
        QCOMPARE(reject->shortcut(), QKeySequence(Qt::Key_R));
        QVERIFY(!dialog->conflictLabel()->isHidden());
        QVERIFY(dialog->conflictLabel()->text().contains(QLatin1String("Reject")));
        QVERIFY(!dialog->reassignButton()->isHidden());
        // A modified key is a different key: Ctrl+R is free.
        QTest::keyClick(edit, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(accept->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QVERIFY(dialog->conflictLabel()->isHidden());
        // Reassigning takes R from Reject.
        QTest::keyClick(edit, Qt::Key_R);
        QVERIFY(!dialog->reassignButton()->isHidden());
        QTest::mouseClick(dialog->reassignButton(), Qt::LeftButton);
        QCOMPARE(accept->shortcut(), QKeySequence(Qt::Key_R));
        QVERIFY(reject->shortcuts().isEmpty());
        QVERIFY(dialog->rows().contains(QStringLiteral("Reject\t\u2014")));  // a command without a key

        // The new key of a command works at once: F1's dialog now opens with F12.
        QVERIFY(dialog->selectCommand(QStringLiteral("help.shortcuts")));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_F12);
        QCOMPARE(window.shortcuts()->action(QStringLiteral("help.shortcuts"))->shortcut(), QKeySequence(Qt::Key_F12));
        dialog->close();
        QTRY_VERIFY(!window.findChild<ShortcutsDialog*>());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F12);
        QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog*>()) != nullptr);
        dialog->close();
        QTRY_VERIFY(!window.findChild<ShortcutsDialog*>());
    }

    void keysOutliveTheWindowUntilRestored()
    {
        {
            // What the last test bound is still there in a new window.
            MainWindow window;
            QCOMPARE(window.reviewActions()->acceptAction()->shortcut(), QKeySequence(Qt::Key_R));
            QVERIFY(window.reviewActions()->rejectAction()->shortcuts().isEmpty());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F12);
        ShortcutsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog*>()) != nullptr);
        auto* restore = dialog->findChild<QPushButton*>();
        for (QPushButton* button : dialog->findChildren<QPushButton*>())
            if (button->text().remove(QLatin1Char('&')) == QLatin1String("Restore Defaults"))
                restore = button;
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(window.reviewActions()->acceptAction()->shortcut(), QKeySequence(Qt::Key_A));
        QCOMPARE(window.reviewActions()->rejectAction()->shortcut(), QKeySequence(Qt::Key_R));
        QCOMPARE(window.shortcuts()->action(QStringLiteral("help.shortcuts"))->shortcut(), QKeySequence(Qt::Key_F1));
        QVERIFY(dialog->rows().contains(QStringLiteral("Accept\tA")));
        QSettings settings;
        settings.beginGroup(QStringLiteral("shortcuts"));
        QVERIFY(settings.childKeys().isEmpty());
        dialog->close();
    }

    void aKeylessCommandGetsAKey()
    {
        const QString id = QStringLiteral("view.theme.dark");
        const QKeySequence key(Qt::CTRL | Qt::SHIFT | Qt::Key_M);
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QAction* dark = window.shortcuts()->action(id);
            QVERIFY(dark);
            QVERIFY(dark->shortcuts().isEmpty());
            QVERIFY(!dark->isChecked());
            ShortcutsDialog* dialog = openDialog(window);
            QVERIFY(dialog);
            QVERIFY(dialog->rows().contains(QStringLiteral("Dark\t\u2014")));
            QVERIFY(dialog->selectCommand(id));
            KeyCaptureEdit* edit = dialog->keyEdit();
            edit->setFocus();
            // F1 is the cheat sheet's: refused as for any command.
            QTest::keyClick(edit, Qt::Key_F1);
            QVERIFY(dark->shortcuts().isEmpty());
            QVERIFY(!dialog->conflictLabel()->isHidden());
            QTest::keyClick(edit, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(dark->shortcut(), key);
            QVERIFY(dialog->conflictLabel()->isHidden());
            QVERIFY(dialog->rows().contains(QStringLiteral("Dark\t") + key.toString(QKeySequence::NativeText)));
            dialog->close();
            QTRY_VERIFY(!window.findChild<ShortcutsDialog*>());
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            // The key works in the window: View > Theme > Dark, from the keyboard.
            QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_VERIFY(dark->isChecked());
            QCOMPARE(ApplicationTheme::current(), ApplicationTheme::Mode::Dark);
        }
        // A new window (the next start) has the key.
        MainWindow window;
        QCOMPARE(window.shortcuts()->action(id)->shortcut(), key);
        window.shortcuts()->restoreDefaults();
        QVERIFY(window.shortcuts()->action(id)->shortcuts().isEmpty());
        window.shortcuts()->action(QStringLiteral("view.theme.system"))->trigger();
    }

    void hintsNameTheCurrentKeys()
    {
        // Tooltips and hints that name a key follow a rebinding at once.
        MainWindow window;
        ShortcutRegistry* keys = window.shortcuts();
        ReviewQueueBar* queueBar = window.findChild<ReviewQueueBar*>();
        QVERIFY(queueBar);
        QVERIFY(queueBar->keysText().contains(QLatin1String("<b>A</b> accept")));
        QVERIFY(queueBar->keysText().contains(QLatin1String("<b>Esc</b> back to the table")));
        auto* goTo = window.findChild<QLineEdit*>(QStringLiteral("goToSample"));
        QVERIFY(goTo);
        QCOMPARE(goTo->toolTip(), QStringLiteral("Type a sample ID and press Enter (Ctrl+G)"));
        auto* play = window.findChild<QToolButton*>(QStringLiteral("timelinePlay"));
        QVERIFY(play);
        QCOMPARE(play->toolTip(), QStringLiteral("Play / pause (Space)"));
        auto* duplicatesHint = window.findChild<QLabel*>(QStringLiteral("duplicateKeysHint"));
        QVERIFY(duplicatesHint);
        QVERIFY(duplicatesHint->text().contains(QLatin1String("J / K: group")));
        QAction* labelSet = window.findChild<AnnotationActions*>()->labelSetAction();
        QCOMPARE(labelSet->statusTip(), QStringLiteral("Choose the labels that keys 1\u20139 assign"));

        QVERIFY(keys->rebind(QStringLiteral("review.accept"), {QKeySequence(Qt::Key_Y)}).isEmpty());
        QVERIFY(keys->rebind(QStringLiteral("review.leaveQueue"), {}).isEmpty());
        QVERIFY(keys->rebind(QStringLiteral("view.goTo"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)}).isEmpty());
        QVERIFY(keys->rebind(QStringLiteral("timeline.playPause"), {QKeySequence(Qt::Key_P)}).isEmpty());
        QVERIFY(keys->rebind(QStringLiteral("duplicates.nextGroup"), {QKeySequence(Qt::Key_N)}).isEmpty());
        QVERIFY(keys->rebind(QStringLiteral("annotate.label1"), {QKeySequence(Qt::Key_Q)}).isEmpty());

        QVERIFY(queueBar->keysText().contains(QLatin1String("<b>Y</b> accept")));
        QVERIFY(!queueBar->keysText().contains(QLatin1String("<b>A</b>")));
        QVERIFY(!queueBar->keysText().contains(QLatin1String("back to the table")));  // no key: no hint
        QCOMPARE(goTo->toolTip(),
                 QStringLiteral("Type a sample ID and press Enter (%1)")
                     .arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G).toString(QKeySequence::NativeText)));
        QCOMPARE(play->toolTip(), QStringLiteral("Play / pause (P)"));
        QVERIFY(duplicatesHint->text().contains(QLatin1String("N / K: group")));
        QCOMPARE(labelSet->statusTip(), QStringLiteral("Choose the labels that keys Q, 2, 3, 4, 5, 6, 7, 8, 9 assign"));

        keys->restoreDefaults();
        QVERIFY(queueBar->keysText().contains(QLatin1String("<b>A</b> accept")));
        QCOMPARE(play->toolTip(), QStringLiteral("Play / pause (Space)"));
    }

    void searchFiltersRows()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ShortcutsDialog* dialog = openDialog(window);
        QVERIFY(dialog);
        auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("shortcutSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("undo"));
        int shown = 0;
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            shown += dialog->table()->isRowHidden(row) ? 0 : 1;
        QVERIFY(shown >= 1);
        QVERIFY(shown < dialog->table()->rowCount());
        dialog->close();
    }
};

QTEST_MAIN(TestShortcutsDialog)
#include "test_shortcuts_dialog.moc"
