#include "ProjectFixture.h"
#include "SampleTableModel.h"
#include "store/ProjectStore.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestSampleTableModel : public QObject {
    Q_OBJECT

private:
    static std::shared_ptr<const ProjectStore> openReadOnly(const QString& path)
    {
        ProjectStore::OpenResult opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        if (!opened.store)
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(opened.error));
        return std::shared_ptr<const ProjectStore>(std::move(opened.store));
    }

    QTemporaryDir m_dir;
    QString m_small;  // 2,000 samples
    QString m_large;  // 100,000 samples

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = m_dir.filePath(QStringLiteral("small.lockstep"));
        m_large = m_dir.filePath(QStringLiteral("large.lockstep"));
        QVERIFY(fixture::buildProject(m_small, m_dir.path(), 2000));
        QVERIFY(fixture::buildProject(m_large, m_dir.path(), 100'000));
    }

    void passesModelTester()
    {
        SampleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setStore(openReadOnly(m_small));
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(model.columnCount(), int(SampleTableModel::ColumnCount));
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        model.setStore(openReadOnly(m_small));
        QCOMPARE(model.rowCount(), 2000);
    }

    void rowsShowTheStoredSamples_data()
    {
        QTest::addColumn<int>("row");
        QTest::newRow("first") << 0;
        QTest::newRow("middle") << 1000;
        QTest::newRow("page boundary") << SampleTableModel::kPageSize;
        QTest::newRow("last") << 1999;
    }

    void rowsShowTheStoredSamples()
    {
        QFETCH(int, row);
        SampleTableModel model;
        model.setStore(openReadOnly(m_small));
        QList<bool> missing;
        const Sample expected = fixture::makeSample(row, &missing);

        QCOMPARE(model.index(row, SampleTableModel::IdColumn).data().toString(), expected.id);
        QCOMPARE(model.index(row, SampleTableModel::IdColumn).data(SampleTableModel::SampleIdRole).toString(),
                 expected.id);
        QCOMPARE(model.index(row, 0).data(SampleTableModel::SampleRowRole).toLongLong(), qint64(row));
        QCOMPARE(model.index(row, SampleTableModel::LabelColumn).data().toString(), expected.label);
        QCOMPARE(model.index(row, SampleTableModel::SplitColumn).data().toString(), expected.split);

        const bool imageMissing = missing.first();
        const QModelIndex image = model.index(row, SampleTableModel::ImageColumn);
        QCOMPARE(image.data(SampleTableModel::PresenceRole).toInt(),
                 int(imageMissing ? SampleTableModel::Missing : SampleTableModel::Present));
        QCOMPARE(image.data().toString(), imageMissing ? QStringLiteral("missing") : QStringLiteral("\u2713"));
        if (imageMissing)
            QCOMPARE(image.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc6, 0x28, 0x28));

        const QModelIndex audio = model.index(row, SampleTableModel::AudioColumn);
        QCOMPARE(audio.data(SampleTableModel::PresenceRole).toInt(),
                 int(row % 2 == 0 ? SampleTableModel::Present : SampleTableModel::Absent));
        QCOMPARE(model.index(row, SampleTableModel::VideoColumn).data().toString(), QString());
        QCOMPARE(model.index(row, SampleTableModel::VideoColumn).data(SampleTableModel::PresenceRole).toInt(),
                 int(SampleTableModel::Absent));

        const QVariant streams = model.index(row, SampleTableModel::StreamsColumn).data();
        QCOMPARE(streams.toString(), row % 50 == 0 ? QStringLiteral("1") : QString());
        const QVariant warnings = model.index(row, SampleTableModel::WarningsColumn).data();
        QCOMPARE(warnings.toString(), row % 5 == 0 ? QStringLiteral("1") : QString());
        QVERIFY(!model.index(row, SampleTableModel::StatusColumn).data().toString().isEmpty());

        QCOMPARE(model.rowOfSample(expected.id), row);
        QVERIFY(model.sampleRow(row));
        QCOMPARE(model.sampleRow(row)->id, expected.id);
    }

    void outOfRangeGivesNothing()
    {
        SampleTableModel model;
        model.setStore(openReadOnly(m_small));
        QVERIFY(!model.sampleRow(-1));
        QVERIFY(!model.sampleRow(2000));
        QVERIFY(!model.index(2000, 0).isValid());
        QCOMPARE(model.rowOfSample(QStringLiteral("no such sample")), -1);
    }

    void headersHaveTitlesAndTooltips()
    {
        SampleTableModel model;
        for (int column = 0; column < SampleTableModel::ColumnCount; ++column) {
            QVERIFY2(!model.headerData(column, Qt::Horizontal).toString().isEmpty(),
                     qPrintable(QString::number(column)));
            QVERIFY2(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                     qPrintable(QString::number(column)));
        }
        QCOMPARE(model.headerData(SampleTableModel::IdColumn, Qt::Horizontal).toString(), QStringLiteral("ID"));
        QVERIFY(!model.headerData(SampleTableModel::ColumnCount, Qt::Horizontal).isValid());
    }

    void pagesLargeProjectsOnDemand()
    {
        SampleTableModel model;
        model.setPageCapacity(4);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(openReadOnly(m_large));
        QCOMPARE(model.rowCount(), 100'000);
        // The tester touched a few rows; nothing close to all pages is loaded.
        QVERIFY(model.cachedPageCount() <= 4);

        const qint64 loadsBefore = model.pageLoads();
        QCOMPARE(model.index(99'999, 0).data().toString(), fixture::sampleId(99'999));
        QCOMPARE(model.index(50'000, 0).data().toString(), fixture::sampleId(50'000));
        QCOMPARE(model.index(256 * 7 + 3, 0).data().toString(), fixture::sampleId(256 * 7 + 3));
        QVERIFY(model.pageLoads() - loadsBefore <= 3);

        // Rows of one page come from one query.
        const qint64 loadsForPage = model.pageLoads();
        for (int row = 256 * 100; row < 256 * 101; ++row)
            QCOMPARE(model.index(row, SampleTableModel::IdColumn).data().toString(), fixture::sampleId(row));
        QCOMPARE(model.pageLoads(), loadsForPage + 1);
        QVERIFY(model.isPageCached(100));

        // Filling the cache evicts the least recently used page...
        QVERIFY(model.isPageCached(99'999 / 256));
        for (int page = 200; page < 204; ++page)
            QVERIFY(model.index(page * 256, 0).data().isValid());
        QCOMPARE(model.cachedPageCount(), 4);
        QVERIFY(!model.isPageCached(99'999 / 256));
        QVERIFY(!model.isPageCached(100));
        QVERIFY(model.isPageCached(203));

        // ...which is read again when needed.
        const qint64 loadsBeforeReload = model.pageLoads();
        QCOMPARE(model.index(99'999, 0).data().toString(), fixture::sampleId(99'999));
        QCOMPARE(model.pageLoads(), loadsBeforeReload + 1);
        QCOMPARE(model.cachedPageCount(), 4);
        QVERIFY(!model.isPageCached(200));  // the least recently used one went
    }

    void recentlyUsedPageSurvivesEviction()
    {
        SampleTableModel model;
        model.setPageCapacity(3);
        model.setStore(openReadOnly(m_large));
        model.index(0, 0).data();    // page 0
        model.index(256, 0).data();  // page 1
        model.index(512, 0).data();  // page 2
        model.index(1, 0).data();    // page 0 used again: now most recent
        model.index(768, 0).data();  // page 3 evicts page 1, not page 0
        QVERIFY(model.isPageCached(0));
        QVERIFY(!model.isPageCached(1));
        QVERIFY(model.isPageCached(2));
        QVERIFY(model.isPageCached(3));
    }

    void setStoreResetsAndDropsPages()
    {
        SampleTableModel model;
        model.setStore(openReadOnly(m_large));
        model.index(10, 0).data();
        QCOMPARE(model.cachedPageCount(), 1);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setStore(openReadOnly(m_small));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.cachedPageCount(), 0);
        QCOMPARE(model.rowCount(), 2000);
    }
};

QTEST_MAIN(TestSampleTableModel)
#include "test_sample_table_model.moc"
