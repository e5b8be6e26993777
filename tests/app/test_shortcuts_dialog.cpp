// The keyboard shortcuts dialog on the real main window, offscreen: it lists every key of the window from the
// registry, a key typed into it rebinds the selected command (and works at once), a key another command holds
// is refused until reassigned, Restore Defaults undoes everything, and the user's keys outlive the window.

#include "KeyCaptureEdit.h"
#include "MainWindow.h"
#include "ReviewActions.h"
#include "ShortcutRegistry.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

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
        QVERIFY(dialog->rows().contains(QStringLiteral("Reject\t")));

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
