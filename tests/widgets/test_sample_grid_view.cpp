// The thumbnail grid beside the sample table: the same rows in the same order under a filter, one selection
// shared by both, only the tiles on screen ask for a thumbnail, and the thumbnails land in the project's cache
// folder.
#include "../model/ProjectFixture.h"
#include "SampleGridView.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "ThumbnailCache.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestSampleGridView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    static constexpr int kSamples = 60;

    static std::shared_ptr<const ProjectStore> openReadOnly(const QString& path)
    {
        return std::shared_ptr<const ProjectStore>(ProjectStore::open(path, ProjectStore::Mode::ReadOnly).store);
    }

    static bool applyFilter(SampleTableModel& model, const QString& query)
    {
        QSignalSpy finished(&model, &SampleTableModel::sortFinished);
        if (!model.setFilter(query).ok)
            return false;
        return !finished.isEmpty() || finished.wait(30'000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.filePath(QStringLiteral("data"));
        m_project = m_dir.filePath(QStringLiteral("grid.lockstep"));
        QVERIFY(fixture::buildProject(m_project, root, kSamples));
        QDir().mkpath(root + QStringLiteral("/images"));
        for (int i = 0; i < kSamples; ++i)
            if (i % 7 != 3)  // the fixture's missing images stay missing
                QVERIFY(fixture::writePng(root + QStringLiteral("/images/%1.png").arg(fixture::sampleId(i)), 64, 48));
    }

    void sameRowsAndSelectionAsTheTable()
    {
        SampleTableModel model;
        model.setStore(openReadOnly(m_project));
        SampleTableView table;
        table.setSampleModel(&model);
        SampleGridView grid;
        grid.setSampleModel(&model, table.selectionModel());
        QCOMPARE(grid.selectionModel(), table.selectionModel());
        grid.resize(420, 400);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));

        QVERIFY(applyFilter(model, QStringLiteral("label = dog")));
        const int dogs = (kSamples + 2) / 3;  // every third sample is a dog
        QCOMPARE(model.rowCount(), dogs);
        QCOMPARE(grid.model()->rowCount(), dogs);
        // Tiles flow left to right, top to bottom, in the table's order.
        QStringList tableIds;
        QStringList gridIds;
        QPoint previous(-1, -1);
        for (int row = 0; row < model.rowCount(); ++row) {
            tableIds << table.model()->index(row, 0).data(SampleTableModel::SampleIdRole).toString();
            const QModelIndex tile = grid.model()->index(row, grid.modelColumn());
            gridIds << tile.data(SampleTableModel::SampleIdRole).toString();
            const QRect rect = grid.visualRect(tile);
            QVERIFY(rect.top() > previous.y() || (rect.top() == previous.y() && rect.left() > previous.x()));
            previous = rect.topLeft();
        }
        QCOMPARE(gridIds, tableIds);
        QCOMPARE(gridIds.first(), fixture::sampleId(0));
        QCOMPARE(gridIds.at(1), fixture::sampleId(3));
        const QModelIndex second = grid.model()->index(1, 0);
        QCOMPARE(grid.indexAt(grid.visualRect(second).center()), second);

        // One selection: the table's current row is the grid's, both ways.
        table.selectSampleRow(4);
        QCOMPARE(grid.currentIndex().row(), 4);
        grid.setFocus();
        QTest::keyClick(&grid, Qt::Key_Right);
        QCOMPARE(table.currentSampleRow(), 5);
        QTest::keyClick(&grid, Qt::Key_Left);
        QCOMPARE(table.currentSampleRow(), 4);

        // A new order reaches the grid too.
        QVERIFY(applyFilter(model, QStringLiteral("label = cat")));
        QCOMPARE(grid.model()->rowCount(), kSamples - dogs);
        QCOMPARE(grid.model()->index(0, 0).data(SampleTableModel::SampleIdRole).toString(), fixture::sampleId(1));
    }

    void onlyVisibleTilesAskForThumbnails()
    {
        // The first test's grid stored its thumbnails: start from nothing to count decodes.
        QVERIFY(QDir(ThumbnailCache::projectCacheFolder(m_project)).removeRecursively());
        SampleTableModel model;
        model.setStore(openReadOnly(m_project));
        SampleTableView table;
        table.setSampleModel(&model);
        SampleGridView grid;
        grid.setSampleModel(&model, table.selectionModel());
        QCOMPARE(grid.thumbnails()->cacheFolder(), ThumbnailCache::thumbnailFolder(m_project));
        const QSize tile = SampleGridView::tileSize();
        grid.resize(tile.width() * 2 + 40, tile.height() * 2 - 20);  // two columns, two rows partly
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QTRY_VERIFY_WITH_TIMEOUT(grid.thumbnails()->decodedCount() > 0, 30'000);
        grid.thumbnails()->waitForAll();
        QTest::qWait(50);
        grid.thumbnails()->waitForAll();
        const qint64 decoded = grid.thumbnails()->decodedCount();
        QVERIFY2(decoded <= 6, qPrintable(QString::number(decoded)));  // of 60 samples
        bool failed = true;
        QVERIFY(!grid.thumbnailOfRow(0, &failed).isNull());
        QVERIFY(!failed);
        QVERIFY(grid.thumbnailOfRow(0, &failed).width() <= tile.width());
        // Row 3 is the fixture's missing image: no thumbnail, a placeholder.
        QVERIFY(grid.thumbnailOfRow(3, &failed).isNull());
        QVERIFY(QDir(ThumbnailCache::thumbnailFolder(m_project)).exists());

        // Scrolling to the end asks for the last tiles, not for everything in between.
        grid.scrollToBottom();
        QTest::qWait(50);
        grid.thumbnails()->waitForAll();
        QTest::qWait(50);
        grid.thumbnails()->waitForAll();
        QVERIFY(!grid.thumbnailOfRow(kSamples - 2, &failed).isNull());  // the last one's image is missing
        QVERIFY(grid.thumbnailOfRow(kSamples - 1, &failed).isNull());
        QVERIFY(failed);
        QVERIFY2(grid.thumbnails()->decodedCount() <= 14,
                 qPrintable(QString::number(grid.thumbnails()->decodedCount())));
    }

    void secondOpenReadsTheDiskCache()
    {
        // What the previous test's grid showed is on disk: another grid on the project decodes no original.
        SampleTableModel model;
        model.setStore(openReadOnly(m_project));
        SampleTableView table;
        table.setSampleModel(&model);
        SampleGridView grid;
        grid.setSampleModel(&model, table.selectionModel());
        const QSize tile = SampleGridView::tileSize();
        grid.resize(tile.width() * 2 + 40, tile.height() * 2 - 20);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QTRY_VERIFY_WITH_TIMEOUT(grid.thumbnails()->diskHitCount() >= 3, 30'000);
        grid.thumbnails()->waitForAll();
        QCOMPARE(grid.thumbnails()->decodedCount(), qint64(0));
        bool failed = true;
        QVERIFY(!grid.thumbnailOfRow(0, &failed).isNull());
        QVERIFY(!failed);
    }

    void tenThousandSamplesAskOnlyForWhatIsShown()
    {
        // No image files here: each request fails fast, which is enough to count them.
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("big.lockstep"));
        QVERIFY(fixture::buildProject(project, dir.filePath(QStringLiteral("data")), 10'000));
        SampleTableModel model;
        model.setStore(openReadOnly(project));
        SampleTableView table;
        table.setSampleModel(&model);
        SampleGridView grid;
        grid.setSampleModel(&model, table.selectionModel());
        const QSize tile = SampleGridView::tileSize();
        grid.resize(tile.width() * 4 + 60, tile.height() * 3);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        const int perScreen = 4 * 4;  // four columns, three rows and a part of a fourth
        int screens = 0;
        for (int target : {0, 2'500, 5'000, 9'999}) {
            table.selectSampleRow(target);  // the grid follows the shared selection and scrolls there
            QVERIFY(grid.visualRect(grid.model()->index(target, 0)).intersects(grid.viewport()->rect()));
            QTest::qWait(20);
            grid.thumbnails()->waitForAll();
            ++screens;
        }
        const qint64 requests = grid.thumbnails()->requestCount();
        qInfo("10,000 samples, %d screens shown: %lld thumbnail requests", screens, requests);
        QVERIFY2(requests > 0 && requests <= screens * perScreen, qPrintable(QString::number(requests)));
        QVERIFY(model.cachedPageCount() <= model.pageCapacity());
    }
};

QTEST_MAIN(TestSampleGridView)
#include "test_sample_grid_view.moc"
