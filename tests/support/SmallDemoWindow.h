#pragma once

// The small demo dataset the app tests open in a real main window, and how they open it.

#include "MainWindow.h"
#include "SampleTableModel.h"
#include "SessionController.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"

#include <QString>
#include <QTest>

namespace fixture {

// 20 image + text + audio samples and one recording.
inline constexpr int kSmallDemoSamples = 21;

inline bool generateSmallDemo(const QString& folder)
{
    lockstep::DemoDataset::Options options;
    options.samples = 20;
    options.recordings = 1;
    lockstep::NullProgress quiet;
    return lockstep::DemoDataset::generate(folder, options, quiet).ok;
}

// Shows the window at 1400 x 900 and opens the path; true once the table lists `rows` samples and no job runs.
inline bool openInWindow(lockstep::MainWindow& window, const QString& path, int rows = kSmallDemoSamples)
{
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openPath(path))
        return false;
    return QTest::qWaitFor([&] { return window.tableModel()->rowCount() == rows; }, 120000) &&
           QTest::qWaitFor([&] { return !window.session()->isBusy(); }, 60000);
}

}  // namespace fixture
