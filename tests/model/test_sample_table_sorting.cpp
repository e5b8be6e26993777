// Sorting the sample table by columns and by metrics (SQL on the project file, off the GUI thread), metric
// columns, and the persistent indexes (the selection) following a new order.

#include "ProjectFixture.h"
#include "SampleTableModel.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"
#include "store/SampleTableQuery.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

namespace {

constexpr int kSamples = 1000;

// Metric "m.value" of sample i: a permutation of 0..n-1 (i * 7 mod n, n = 1000 has no factor 7); sample i has
// "m.sparse" only when i is a multiple of 10, with value -i.
double valueOf(int i)
{
    return double((i * 7) % kSamples);
}

}  // namespace

class TestSampleTableSorting : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::shared_ptr<const ProjectStore> openReadOnly() const
    {
        return std::shared_ptr<const ProjectStore>(ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store);
    }

    static void sortAndWait(SampleTableModel& model, int column, Qt::SortOrder order)
    {
        QSignalSpy finished(&model, &SampleTableModel::sortFinished);
        model.sort(column, order);
        if (finished.isEmpty())
            QVERIFY(finished.wait(10000));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p.lockstep"));
        QVERIFY(fixture::buildProject(m_path, m_dir.path(), kSamples));
        auto opened = ProjectStore::open(m_path);
        QVERIFY(opened.store);
        QualityRepository repository(*opened.store);
        SampleMetricTable metrics;
        for (int i = 0; i < kSamples; ++i) {
            metrics[fixture::sampleId(i)].insert(QStringLiteral("m.value"), valueOf(i));
            if (i % 10 == 0)
                metrics[fixture::sampleId(i)].insert(QStringLiteral("m.sparse"), -double(i));
        }
        QVERIFY(repository.replaceResults(metrics, {}, {}));
    }

    void metricNamesComeFromTheIndex()
    {
        auto store = openReadOnly();
        QCOMPARE(SampleTableQuery(*store).metricNames(),
                 (QStringList{QStringLiteral("m.sparse"), QStringLiteral("m.value")}));
    }

    void orderedRowsByMetric()
    {
        auto store = openReadOnly();
        SampleSortKey key;
        key.field = SampleSortKey::Field::Metric;
        key.metric = QStringLiteral("m.value");
        const std::vector<qint64> rows = SampleTableQuery(*store).orderedRows(key);
        QCOMPARE(int(rows.size()), kSamples);
        for (int p = 0; p < kSamples; ++p)
            QCOMPARE(valueOf(int(rows[std::size_t(p)])), double(p));
        key.descending = true;
        const std::vector<qint64> down = SampleTableQuery(*store).orderedRows(key);
        QCOMPARE(valueOf(int(down.front())), double(kSamples - 1));
    }

    void missingValuesComeLastBothWays()
    {
        auto store = openReadOnly();
        SampleSortKey key;
        key.field = SampleSortKey::Field::Metric;
        key.metric = QStringLiteral("m.sparse");
        for (bool descending : {false, true}) {
            key.descending = descending;
            const std::vector<qint64> rows = SampleTableQuery(*store).orderedRows(key);
            QCOMPARE(int(rows.size()), kSamples);
            // 100 samples have the metric; ascending -990 .. 0, descending 0 .. -990; then the rest in import order.
            QCOMPARE(rows[0], descending ? qint64(0) : qint64(990));
            QCOMPARE(rows[99], descending ? qint64(990) : qint64(0));
            QCOMPARE(rows[100], qint64(1));
            QCOMPARE(rows[101], qint64(2));
        }
    }

    void aMetricNameIsNeverSql()
    {
        auto store = openReadOnly();
        SampleSortKey key;
        key.field = SampleSortKey::Field::Metric;
        key.metric = QStringLiteral("m.value' OR 1=1; DROP TABLE samples; --");
        const std::vector<qint64> rows = SampleTableQuery(*store).orderedRows(key);
        // No sample has that metric: all in import order, and the table is still there.
        QCOMPARE(int(rows.size()), kSamples);
        for (int p = 0; p < kSamples; ++p)
            QCOMPARE(rows[std::size_t(p)], qint64(p));
        QCOMPARE(store->sampleCount(), qint64(kSamples));
    }

    void modelSortsByMetricColumn()
    {
        SampleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(openReadOnly());
        model.setMetricColumns({QStringLiteral("m.value"), QStringLiteral("m.sparse")});
        QCOMPARE(model.columnCount(), int(SampleTableModel::ColumnCount) + 2);
        const int valueColumn = SampleTableModel::ColumnCount;
        QCOMPARE(model.headerData(valueColumn, Qt::Horizontal).toString(), QStringLiteral("m.value"));
        // Import order: sample 3 has value 21.
        QCOMPARE(model.index(3, valueColumn).data().toString(), QStringLiteral("21"));
        QVERIFY(!model.index(3, valueColumn + 1).data().isValid());  // no m.sparse

        sortAndWait(model, valueColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortKey().field, SampleSortKey::Field::Metric);
        for (int p : {0, 1, 255, 256, 999})
            QCOMPARE(model.index(p, valueColumn).data().toString(), QString::number(p));
        // Row p holds the sample whose value is p: sample i with 7i = p (mod 1000), 7^-1 = 143 (mod 1000).
        QCOMPARE(model.index(1, SampleTableModel::IdColumn).data().toString(), fixture::sampleId(143));
        QCOMPARE(model.rowOfSample(fixture::sampleId(143)), 1);

        sortAndWait(model, valueColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, valueColumn).data().toString(), QStringLiteral("999"));
        sortAndWait(model, -1, Qt::AscendingOrder);
        QVERIFY(model.sortKey().isImportOrder());
        QCOMPARE(model.index(3, SampleTableModel::IdColumn).data().toString(), fixture::sampleId(3));
    }

    void modelSortsByFixedColumns()
    {
        SampleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(openReadOnly());
        sortAndWait(model, SampleTableModel::IdColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, SampleTableModel::IdColumn).data().toString(), fixture::sampleId(kSamples - 1));
        // Labels: "cat" before "dog"; within a label, import order.
        sortAndWait(model, SampleTableModel::LabelColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, SampleTableModel::LabelColumn).data().toString(), QStringLiteral("cat"));
        QCOMPARE(model.index(0, SampleTableModel::IdColumn).data().toString(), fixture::sampleId(1));
        QCOMPARE(model.index(kSamples - 1, SampleTableModel::LabelColumn).data().toString(), QStringLiteral("dog"));
        // Warnings (every 5th sample has one) descending: the first 200 rows have one, in import order.
        sortAndWait(model, SampleTableModel::WarningsColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, SampleTableModel::IdColumn).data().toString(), fixture::sampleId(0));
        QCOMPARE(model.index(1, SampleTableModel::IdColumn).data().toString(), fixture::sampleId(5));
        QCOMPARE(model.index(199, SampleTableModel::WarningsColumn).data().toInt(), 1);
        QCOMPARE(model.index(200, SampleTableModel::WarningsColumn).data().toString(), QString());
    }

    void selectionFollowsTheNewOrder()
    {
        SampleTableModel model;
        model.setStore(openReadOnly());
        model.setMetricColumns({QStringLiteral("m.value")});
        const QPersistentModelIndex selected = model.index(143, SampleTableModel::IdColumn);
        sortAndWait(model, SampleTableModel::ColumnCount, Qt::AscendingOrder);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.row(), 1);  // 143 * 7 = 1001: the value 1
        QCOMPARE(selected.data().toString(), fixture::sampleId(143));
    }

    void aReloadKeepsTheChosenOrder()
    {
        SampleTableModel model;
        model.setStore(openReadOnly());
        sortAndWait(model, SampleTableModel::IdColumn, Qt::DescendingOrder);
        QSignalSpy finished(&model, &SampleTableModel::sortFinished);
        model.setStore(openReadOnly());  // e.g. after a scan
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.index(0, SampleTableModel::IdColumn).data().toString(), fixture::sampleId(kSamples - 1));
    }

    void filterShowsOnlyMatchingSamples()
    {
        SampleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(openReadOnly());
        model.setMetricColumns({QStringLiteral("m.value")});
        QSignalSpy finished(&model, &SampleTableModel::sortFinished);
        QVERIFY(model.setFilter(QStringLiteral("label = dog and m.value < 100")).ok);
        QVERIFY(finished.wait(10000));
        // dog: i % 3 == 0; value 7i mod 1000 < 100.
        int expected = 0;
        for (int i = 0; i < kSamples; ++i)
            expected += (i % 3 == 0 && valueOf(i) < 100) ? 1 : 0;
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(model.totalSampleCount(), qint64(kSamples));
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, SampleTableModel::LabelColumn).data().toString(), QStringLiteral("dog"));
        QCOMPARE(model.rowOfSample(fixture::sampleId(1)), -1);  // a cat: filtered out

        // Sorting keeps the filter.
        sortAndWait(model, SampleTableModel::ColumnCount, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), expected);
        QVERIFY(model.index(0, SampleTableModel::ColumnCount).data().toDouble() >=
                model.index(1, SampleTableModel::ColumnCount).data().toDouble());

        // A query that does not parse changes nothing.
        const SampleFilter bad = model.setFilter(QStringLiteral("label = "));
        QVERIFY(!bad.ok);
        QCOMPARE(model.rowCount(), expected);

        QVERIFY(model.setFilter(QString()).ok);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), kSamples, 10000);
        QVERIFY(model.setFilter(QStringLiteral("label = nothing")).ok);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 10000);
    }

    void aNewerSortWins()
    {
        SampleTableModel model;
        model.setStore(openReadOnly());
        QSignalSpy finished(&model, &SampleTableModel::sortFinished);
        model.sort(SampleTableModel::IdColumn, Qt::DescendingOrder);
        model.sort(SampleTableModel::IdColumn, Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isSorting(), 10000);
        QCOMPARE(model.sortKey().descending, false);
        QCOMPARE(model.index(0, SampleTableModel::IdColumn).data().toString(), fixture::sampleId(0));
        QCOMPARE(finished.count(), 1);  // the stale result was dropped without a signal
    }

    // What applying a saved view does: a sort and a filter asked for at once (either order) both arrive.
    void aSortAndAFilterAtOnceBothApply_data()
    {
        QTest::addColumn<bool>("sortFirst");
        QTest::newRow("sort, then filter") << true;
        QTest::newRow("filter, then sort") << false;
    }

    void aSortAndAFilterAtOnceBothApply()
    {
        QFETCH(bool, sortFirst);
        SampleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(openReadOnly());
        if (sortFirst) {
            model.sort(SampleTableModel::IdColumn, Qt::DescendingOrder);
            QVERIFY(model.setFilter(QStringLiteral("label = dog")).ok);
        } else {
            QVERIFY(model.setFilter(QStringLiteral("label = dog")).ok);
            model.sort(SampleTableModel::IdColumn, Qt::DescendingOrder);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!model.isSorting(), 10000);
        QCOMPARE(model.rowCount(), (kSamples + 2) / 3);  // dog: i % 3 == 0
        QCOMPARE(model.sortKey().field, SampleSortKey::Field::Id);
        QVERIFY(model.sortKey().descending);
        QCOMPARE(model.index(0, SampleTableModel::IdColumn).data().toString(), fixture::sampleId(999));
        QCOMPARE(model.filterText(), QStringLiteral("label = dog"));
    }

    void columnKeysNameFixedAndMetricColumns()
    {
        SampleTableModel model;
        model.setStore(openReadOnly());
        model.setMetricColumns({QStringLiteral("m.value")});
        QCOMPARE(model.columnKey(SampleTableModel::IdColumn), QStringLiteral("id"));
        QCOMPARE(model.columnKey(SampleTableModel::StatusColumn), QStringLiteral("status"));
        QCOMPARE(model.columnKey(SampleTableModel::ColumnCount), QStringLiteral("m.value"));
        QCOMPARE(model.columnKey(SampleTableModel::ColumnCount + 1), QString());
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.columnOfKey(model.columnKey(column)), column);
        QCOMPARE(model.columnOfKey(QStringLiteral("m.sparse")), -1);  // not a column now
        QCOMPARE(model.columnOfKey(QString()), -1);
    }
};

QTEST_MAIN(TestSampleTableSorting)
#include "test_sample_table_sorting.moc"
