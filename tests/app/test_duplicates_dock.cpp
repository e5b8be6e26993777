// View ▸ Duplicate Groups on the real main window, offscreen, driven by keys: the groups of a scanned project,
// the suggested keeper focused first, H / L between members, Enter keeps the focused one and rejects the rest
// (one undo step: the project file is read by another connection), J / K between groups, Ctrl+Z undoes it all.
#include "../model/DuplicateFixture.h"
#include "DuplicateGroupsModel.h"
#include "DuplicateGroupsView.h"
#include "DuplicateMemberCard.h"
#include "DuplicatesDock.h"
#include "MainWindow.h"
#include "ReviewActions.h"
#include "SampleGridView.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "SessionController.h"
#include "ShortcutsDialog.h"
#include "ThumbnailCache.h"
#include "WorkspacePage.h"
#include "store/ReviewRepository.h"

#include <QAction>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace lockstep;

class TestDuplicatesDock : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fixture::DuplicateProject m_fixture;

    SampleReview stored(const QString& id) const
    {
        auto store = ProjectStore::open(m_fixture.project, ProjectStore::Mode::ReadOnly).store;
        return store ? ReviewRepository(*store).review(id) : SampleReview{};
    }

    static QStringList focusedIds(DuplicateGroupsView* view)
    {
        QStringList ids;
        for (DuplicateMemberCard* card : view->cards())
            if (card->isFocusedMember())
                ids << card->sampleId();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_duplicates_dock"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(fixture::buildDuplicateProject(m_dir.path(), &m_fixture));
    }

    void keepThisRejectTheRestFromTheKeyboard()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DuplicatesDock* dock = window.duplicatesDock();
        DuplicateGroupsView* view = dock->view();
        QSignalSpy loaded(dock->model(), &DuplicateGroupsModel::loaded);
        QVERIFY(window.openPath(m_fixture.project));
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), 6, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QCOMPARE(dock->model()->rowCount(), 2);
        QVERIFY(!dock->isVisible());

        // F7 shows the dock with the keyboard in the group list.
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_F7);
        QTRY_VERIFY(dock->isVisible());
        QTreeView* list = view->groupList();
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(view->currentGroup(), 0);
        QCOMPARE(view->cards().size(), 2);
        QCOMPARE(focusedIds(view), QStringList{QStringLiteral("d0")});  // the suggested keeper
        QVERIFY(view->cards().at(0)->isKeeper());
        QTRY_COMPARE_WITH_TIMEOUT(view->pendingMedia(), 0, 30000);
        QVERIFY(view->cards().at(0)->hasPicture());
        QVERIFY2(view->cards().at(0)->factsText().contains(QStringLiteral("160 \u00d7 120")),
                 qPrintable(view->cards().at(0)->factsText()));

        // J / K between groups; the near group's keeper is its second member.
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(view->currentGroup(), 1);
        QCOMPARE(focusedIds(view), QStringList{QStringLiteral("d3")});
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(view->currentGroup(), 0);

        // L: the other member; Enter keeps it and rejects the rest, then the next open group is shown.
        QTest::keyClick(list, Qt::Key_L);
        QCOMPARE(focusedIds(view), QStringList{QStringLiteral("d1")});
        QUndoStack* undo = window.reviewActions()->undoStack();
        QCOMPARE(undo->count(), 0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(undo->count(), 1);
        QCOMPARE(stored(QStringLiteral("d1")).status, ReviewStatus::Accepted);
        QCOMPARE(stored(QStringLiteral("d0")),
                 (SampleReview{ReviewStatus::Rejected, QStringLiteral("duplicate of d1")}));
        QCOMPARE(view->currentGroup(), 1);
        QCOMPARE(dock->model()->index(0, DuplicateGroupsModel::ReviewedColumn).data().toString(),
                 QStringLiteral("Done"));
        // The table shows the decisions too.
        const int d0 = window.tableModel()->rowOfSample(QStringLiteral("d0"));
        QCOMPARE(window.tableModel()->index(d0, SampleTableModel::StatusColumn).data().toString(),
                 QStringLiteral("rejected"));
        // The table's own keys did nothing meanwhile: no sample was stepped or decided through them.
        QCOMPARE(stored(QStringLiteral("d2")), SampleReview{});

        // R rejects only the focused member (the keeper d3 of group 2).
        QTest::keyClick(list, Qt::Key_R);
        QCOMPARE(stored(QStringLiteral("d3")).status, ReviewStatus::Rejected);
        QCOMPARE(stored(QStringLiteral("d2")), SampleReview{});
        QCOMPARE(undo->count(), 2);

        // Ctrl+Z twice: every member as before.
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(QStringLiteral("d3")), SampleReview{});
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(QStringLiteral("d0")), SampleReview{});
        QCOMPARE(stored(QStringLiteral("d1")), SampleReview{});
        QCOMPARE(dock->model()->index(0, DuplicateGroupsModel::ReviewedColumn).data().toString(),
                 QStringLiteral("0 of 2"));

        // Space plays the focused member's audio (d2 is the only one with a clip).
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(view->currentGroup(), 1);
        QTest::keyClick(list, Qt::Key_H);
        QCOMPARE(focusedIds(view), QStringList{QStringLiteral("d2")});
        QTRY_COMPARE_WITH_TIMEOUT(view->pendingMedia(), 0, 30000);
        QTest::keyClick(list, Qt::Key_Space);
        QVERIFY2(view->audioSource().endsWith(QStringLiteral("/audios/d2.wav")), qPrintable(view->audioSource()));

        // Every suggested keeper at once, and one undo for all of it.
        const int step = undo->index();
        view->keepAllAction()->trigger();
        QCOMPARE(undo->index(), step + 1);
        QCOMPARE(stored(QStringLiteral("d0")).status, ReviewStatus::Accepted);
        QCOMPARE(stored(QStringLiteral("d3")).status, ReviewStatus::Accepted);
        QCOMPARE(stored(QStringLiteral("d2")).status, ReviewStatus::Rejected);
        QCOMPARE(dock->model()->reviewedGroupCount(), 2);
        QVERIFY(!view->keepAllAction()->isEnabled());
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        for (const QString& id :
             {QStringLiteral("d0"), QStringLiteral("d1"), QStringLiteral("d2"), QStringLiteral("d3")})
            QCOMPARE(stored(id), SampleReview{});
        QVERIFY(view->keepAllAction()->isEnabled());

        // The keys are listed in Help > Keyboard Shortcuts.
        ShortcutsDialog shortcuts(window.shortcuts(), &window);
        QVERIFY(shortcuts.rows().contains(QStringLiteral("Keep This, Reject the Rest\tReturn / Enter")));
    }

    void gridFollowsTheTableSelection()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(m_fixture.project));
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), 6, 60000);
        WorkspacePage* page = window.workspacePage();
        window.activateWindow();
        // The grid asks only for the tiles it shows: with the dashboard docked beside it, four of six fit.
        window.dashboardDock()->hide();
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        QVERIFY(page->isGridShown());
        SampleGridView* grid = page->grid();
        QTRY_VERIFY(grid->hasFocus());
        // J / A work in the grid: the same current sample as the table.
        QCOMPARE(grid->currentIndex().row(), 0);
        QTest::keyClick(grid, Qt::Key_J);
        QCOMPARE(page->table()->currentSampleRow(), 1);
        QCOMPARE(grid->currentIndex().row(), 1);
        QTest::keyClick(grid, Qt::Key_A);
        QCOMPARE(stored(QStringLiteral("d1")).status, ReviewStatus::Accepted);
        QCOMPARE(grid->currentIndex().row(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(grid->thumbnails()->decodedCount() + grid->thumbnails()->diskHitCount() >= 6, 30000);
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(QStringLiteral("d1")), SampleReview{});
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
        QVERIFY(!page->isGridShown());
        window.saveSettings();
        QCOMPARE(QSettings().value(QStringLiteral("mainWindow/thumbnailGrid")).toBool(), false);
    }
};

QTEST_MAIN(TestDuplicatesDock)
#include "test_duplicates_dock.moc"
