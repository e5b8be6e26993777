// Dataset ▸ Scan Quality in the real main window: the scan runs in the background, the table gains issue
// counts and the details pane lists the selected sample's issues.
#include "EnglishPlurals.h"
#include "MainWindow.h"
#include "SampleDetailsPane.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "SessionController.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestScanAction : public QObject {
    Q_OBJECT
    EnglishPlurals m_plurals;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_scan_action"));
        QSettings().clear();
        QCoreApplication::installTranslator(&m_plurals);  // as main() does: "31 samples", not "31 sample(s)"
    }

    void scanShowsIssuesInTableAndDetails()
    {
        QTemporaryDir dir;
        const QString demo = dir.filePath(QStringLiteral("demo"));
        DemoDataset::Options options;
        options.samples = 30;
        options.recordings = 1;
        NullProgress quiet;
        QVERIFY(DemoDataset::generate(demo, options, quiet).ok);
        // A planted dark image: after the scan its sample lists image.dark.
        QFile planted(demo + QStringLiteral("/PLANTED.json"));
        QVERIFY(planted.open(QIODevice::ReadOnly));
        QString darkSample;
        for (const QJsonValue& v : QJsonDocument::fromJson(planted.readAll()).array())
            if (v.toObject().value(QStringLiteral("problem")).toString() == QLatin1String("dark"))
                darkSample = v.toObject().value(QStringLiteral("sample")).toString();
        QVERIFY(!darkSample.isEmpty());

        MainWindow window;
        window.show();
        QVERIFY(window.session()->openPath(demo));
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), 31, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 60000);

        QAction* scan = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S))
                scan = action;
        QVERIFY(scan);
        QVERIFY(scan->isEnabled());
        const int row = window.tableModel()->rowOfSample(darkSample);
        QVERIFY(row >= 0);
        window.sampleTable()->selectSampleRow(row);
        QTRY_COMPARE(window.detailsPane()->sampleId(), darkSample);
        QVERIFY(window.detailsPane()->issueLines().isEmpty());  // not scanned yet

        scan->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->isBusy(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 180000);
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), 31, 20000);
        const int after = window.tableModel()->rowOfSample(darkSample);
        QTRY_VERIFY_WITH_TIMEOUT(window.tableModel()->index(after, SampleTableModel::IssuesColumn).data().toInt() > 0,
                                 20000);
        // The reopened project keeps the selected sample; its details now list the issue.
        QTRY_COMPARE(window.detailsPane()->sampleId(), darkSample);
        QCOMPARE(window.sampleTable()->currentIndex().row(), after);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Scanned 31 samples: ")),
                 qPrintable(window.statusBar()->currentMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.detailsPane()->issueLines().join(QLatin1Char('\n')).contains(QStringLiteral("image.dark")), 20000);
    }
};

QTEST_MAIN(TestScanAction)
#include "test_scan_action.moc"
