#pragma once

// Set-up steps that the app tests on a real main window share.

#include "MainWindow.h"
#include "ShortcutsDialog.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace fixture {

// Settings of this test's own, empty: no layout, recent files or keys of an earlier run (or of the user),
// and in a folder of this process's own, so that the same test run at once from another checkout (or twice
// in a stress loop) does not clear or rewrite them under it.
inline void useFreshSettings(const QString& testName)
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir folder;
    if (folder.isValid())
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder.path());
    QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
}

// The rows of the F1 cheat sheet ("Accept\tA", ...) of a shown window; empty when the sheet did not open.
inline QStringList cheatSheetRows(lockstep::MainWindow& window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    QTest::keyClick(&window, Qt::Key_F1);
    lockstep::ShortcutsDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = window.findChild<lockstep::ShortcutsDialog*>()) != nullptr; }))
        return {};
    const QStringList rows = dialog->rows();
    dialog->close();
    return rows;
}

}  // namespace fixture
