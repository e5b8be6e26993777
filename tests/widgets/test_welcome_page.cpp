#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestWelcomePage : public QObject {
    Q_OBJECT

private slots:
    void buttonsAskForTheThreeWaysIn()
    {
        WelcomePage page;
        QSignalSpy dataset(&page, &WelcomePage::openDatasetRequested);
        QSignalSpy project(&page, &WelcomePage::openProjectRequested);
        QSignalSpy demo(&page, &WelcomePage::openDemoRequested);
        page.findChild<QCommandLinkButton*>(QStringLiteral("openDatasetButton"))->click();
        page.findChild<QCommandLinkButton*>(QStringLiteral("openProjectButton"))->click();
        page.findChild<QCommandLinkButton*>(QStringLiteral("openDemoButton"))->click();
        QCOMPARE(dataset.count(), 1);
        QCOMPARE(project.count(), 1);
        QCOMPARE(demo.count(), 1);
    }

    void recentListOpensItsEntries()
    {
        QTemporaryDir dir;
        WelcomePage page;
        auto* list = page.findChild<QListWidget*>(QStringLiteral("recentList"));
        QVERIFY(list);
        page.setRecentFiles({});
        QVERIFY(list->isHidden());

        const QStringList paths{dir.path(), dir.filePath(QStringLiteral("p.lockstep"))};
        page.setRecentFiles(paths);
        QCOMPARE(list->count(), 2);
        QVERIFY(!list->isHidden());
        QVERIFY(list->item(0)->text().contains(QFileInfo(dir.path()).fileName()));
        QSignalSpy recent(&page, &WelcomePage::openRecentRequested);
        emit list->itemActivated(list->item(1));
        QCOMPARE(recent.count(), 1);
        QCOMPARE(recent.first().first().toString(), paths.at(1));
    }
};

QTEST_MAIN(TestWelcomePage)
#include "test_welcome_page.moc"
