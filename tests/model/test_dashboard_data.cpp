// The quality dashboard's data, without widgets: histogram bins and scatter cells against a direct count, the
// brush queries and how they combine with a typed query, and the background loader on a known project (what it
// reads, and that a newer request drops the older result).

#include "BrushFilter.h"
#include "DashboardFixture.h"
#include "DashboardLoader.h"
#include "MetricHistogram.h"
#include "ScatterDensity.h"
#include "store/MetricColumnCache.h"
#include "store/ProjectStore.h"
#include "store/SampleTableQuery.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

using namespace lockstep;

class TestDashboardData : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p.lockstep"));
        QVERIFY(fixture::buildDashboardProject(m_path, m_dir.path()));
    }

    void histogramMatchesDirectCount_data()
    {
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("spread");
        QTest::addColumn<int>("count");
        QTest::newRow("decibels") << -30.0 << 12.0 << 20000;
        QTest::newRow("tiny") << 0.003 << 0.0004 << 5000;
        QTest::newRow("large") << 2.5e7 << 3e6 << 5000;
        QTest::newRow("single value") << 7.0 << 0.0 << 100;
    }
    void histogramMatchesDirectCount()
    {
        QFETCH(double, mean);
        QFETCH(double, spread);
        QFETCH(int, count);
        std::mt19937 rng(7);
        std::normal_distribution<double> normal(mean, spread > 0 ? spread : 1.0);
        std::vector<double> values;
        for (int i = 0; i < count; ++i)
            values.push_back(spread > 0 ? normal(rng) : mean);
        values.push_back(std::nan(""));
        values.push_back(INFINITY);
        const MetricHistogram h = MetricHistogram::build(values, 40);
        QCOMPARE(h.skipped, 2);
        QCOMPARE(h.total, qint64(count));
        QVERIFY(h.binCount() >= 1 && h.binCount() <= 100);
        QVERIFY(h.edges.front() <= h.min);
        QVERIFY(h.edges.back() > h.max);
        for (std::size_t b = 0; b < h.counts.size(); ++b) {
            // Direct count: values in [edge b, edge b+1).
            qint64 direct = 0;
            for (const double v : values)
                if (v >= h.edges[b] && v < h.edges[b + 1])
                    ++direct;
            QCOMPARE(h.counts[b], direct);
            QVERIFY(h.edges[b + 1] > h.edges[b]);
            // Each edge's text reads back as the edge: a brushed range selects exactly the counted samples.
            QCOMPARE(BrushFilter::number(h.edges[b]).toDouble(), h.edges[b]);
        }
        // Round steps: 1, 2 or 5 times a power of ten.
        const double mantissa = h.step() / std::pow(10.0, std::floor(std::log10(h.step()) + 1e-9));
        QVERIFY2(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 5) < 1e-6,
                 qPrintable(QString::number(h.step())));
    }

    void histogramEdgesReadWell()
    {
        std::vector<double> values;
        for (int i = 0; i <= 100; ++i)
            values.push_back(i / 100.0);  // 0 ... 1
        const MetricHistogram h = MetricHistogram::build(values, 40);
        QCOMPARE(h.step(), 0.05);
        QCOMPARE(BrushFilter::number(h.edges[0]), QStringLiteral("0"));
        QCOMPARE(BrushFilter::number(h.edges[6]), QStringLiteral("0.3"));  // not 0.30000000000000004
        QCOMPARE(h.edges.back(), 1.05);
        QCOMPARE(h.binOf(0.3), 6);
        QCOMPARE(h.binOf(0.2999), 5);
        QCOMPARE(h.binOf(-0.01), -1);
        QCOMPARE(MetricHistogram::niceStep(39, 40), 1.0);
        QCOMPARE(MetricHistogram::niceStep(100, 40), 5.0);
        QCOMPARE(MetricHistogram::niceStep(0.7, 40), 0.02);
    }

    void histogramFocusCountsTheFarValuesApart()
    {
        std::vector<double> values;
        for (int i = 0; i < 100; ++i)
            values.push_back(i);
        values.push_back(-500);
        values.push_back(1000);
        values.push_back(1e9);
        const MetricHistogram h = MetricHistogram::build(values, 40, 0, 99);
        QCOMPARE(h.total, 103);
        QCOMPARE(h.below, 1);
        QCOMPARE(h.above, 2);
        QCOMPARE(h.edges.front(), 0.0);
        QCOMPARE(h.step(), 5.0);  // 99 / 40 rounded up to 1, 2 or 5 x 10^k
        QCOMPARE(std::accumulate(h.counts.begin(), h.counts.end(), qint64(0)), 100);
        // The loader focuses on the middle 99 % and the cut-offs: the three far values stay out of the bins.
        const auto loaded = DashboardLoader::histogramOf(QStringLiteral("audio.rms_dbfs"), values, {});
        QCOMPARE(loaded.bins.below + loaded.bins.above, 3);
        QVERIFY(loaded.bins.edges.back() < 1000);
        QCOMPARE(BrushFilter::rangeClause(QStringLiteral("m.x"), std::nan(""), 5), QStringLiteral("m.x < 5"));
        QCOMPARE(BrushFilter::rangeClause(QStringLiteral("m.x"), 5, std::nan("")), QStringLiteral("m.x >= 5"));
    }

    void densityMatchesDirectCount()
    {
        // 200,000 points, a 37 x 23 grid over part of their range.
        std::mt19937 rng(3);
        std::uniform_real_distribution<double> ux(-5, 15);
        std::normal_distribution<double> ny(100, 30);
        std::vector<double> x;
        std::vector<double> y;
        for (int i = 0; i < 200000; ++i) {
            x.push_back(ux(rng));
            y.push_back(ny(rng));
        }
        x.push_back(std::nan(""));
        y.push_back(1.0);
        const ScatterDensity::Window w{0.0, 10.0, 50.0, 150.0};
        const ScatterDensity d = ScatterDensity::compute(x.data(), y.data(), x.size(), w, 37, 23, 5000);
        QCOMPARE(d.columns, 37);
        QCOMPARE(d.rows, 23);
        QVERIFY(!d.isExact);
        QVERIFY(d.exact.empty());
        std::vector<quint32> direct(37 * 23, 0);
        qint64 visible = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (!(x[i] >= w.xMin && x[i] <= w.xMax && y[i] >= w.yMin && y[i] <= w.yMax))
                continue;
            ++visible;
            // The cell by its edges, searched: an independent way to the same answer.
            int c = 0;
            while (c < 36 && x[i] >= w.xMin + (c + 1) * (w.xMax - w.xMin) / 37)
                ++c;
            int r = 0;
            while (r < 22 && y[i] >= w.yMin + (r + 1) * (w.yMax - w.yMin) / 23)
                ++r;
            ++direct[std::size_t(r) * 37 + std::size_t(c)];
        }
        QCOMPARE(d.visible, visible);
        qint64 sum = 0;
        quint32 highest = 0;
        int differing = 0;
        for (int r = 0; r < 23; ++r)
            for (int c = 0; c < 37; ++c) {
                const quint32 n = d.countAt(c, r);
                sum += n;
                highest = std::max(highest, n);
                differing += n != direct[std::size_t(r) * 37 + std::size_t(c)];
            }
        QCOMPARE(sum, visible);
        QCOMPARE(d.maxCount, highest);
        // Points exactly on a cell edge could go either way in the last bit; random doubles never are.
        QCOMPARE(differing, 0);
    }

    void densityKeepsExactPointsWhenFew()
    {
        const std::vector<double> x = {0.5, 1.5, 2.5, 9.0, 3.0};
        const std::vector<double> y = {0.5, 1.5, 2.5, 9.0, 3.0};
        const ScatterDensity::Window w{0.0, 4.0, 0.0, 4.0};
        ScatterDensity d = ScatterDensity::compute(x.data(), y.data(), x.size(), w, 4, 4, 4);
        QVERIFY(d.isExact);
        QCOMPARE(d.visible, 4);
        QCOMPARE(d.exact, (std::vector<std::size_t>{0, 1, 2, 4}));
        QCOMPARE(d.countAt(0, 0), 1u);
        QCOMPARE(d.countAt(3, 3), 1u);                                          // 3.0 is in the last cell [3, 4]
        d = ScatterDensity::compute(x.data(), y.data(), x.size(), w, 4, 4, 3);  // one more than the limit
        QVERIFY(!d.isExact);
        QVERIFY(d.exact.empty());
        QCOMPARE(d.visible, 4);
    }

    void brushQueries()
    {
        QCOMPARE(BrushFilter::rangeClause(QStringLiteral("audio.rms_dbfs"), -50, -45),
                 QStringLiteral("audio.rms_dbfs >= -50 and audio.rms_dbfs < -45"));
        QCOMPARE(BrushFilter::rectangleClause(QStringLiteral("a.x"), 0.25, 1, QStringLiteral("b.y"), -3, 1e6),
                 QStringLiteral("a.x >= 0.25 and a.x <= 1 and b.y >= -3 and b.y <= 1000000"));
        QCOMPARE(BrushFilter::issueClause(QStringLiteral("image.blurry")), QStringLiteral("has:image.blurry"));
        QCOMPARE(BrushFilter::number(-0.0), QStringLiteral("0"));
        // Every clause parses.
        QVERIFY(SampleFilter::parse(
                    BrushFilter::rectangleClause(QStringLiteral("a.x"), 1e-7, 2e21, QStringLiteral("b.y"), -1e-300, 0))
                    .ok);
    }

    void brushCombinesWithTypedQuery()
    {
        BrushFilter brush;
        QCOMPARE(brush.combine(QString(), QStringLiteral("has:a.b")), QStringLiteral("has:a.b"));
        QVERIFY(brush.isActive(QStringLiteral("has:a.b")));
        // A second brush replaces the first.
        QCOMPARE(brush.combine(QStringLiteral("has:a.b"), QStringLiteral("x.y >= 1 and x.y < 2")),
                 QStringLiteral("x.y >= 1 and x.y < 2"));
        QCOMPARE(brush.withoutBrush(QStringLiteral("x.y >= 1 and x.y < 2")), QString());
        // The user typed a query of their own: it becomes the base, in parentheses.
        QVERIFY(!brush.isActive(QStringLiteral("label = dog or label = cat")));
        QCOMPARE(brush.combine(QStringLiteral("label = dog or label = cat"), QStringLiteral("has:a.b")),
                 QStringLiteral("(label = dog or label = cat) and has:a.b"));
        QCOMPARE(brush.combine(QStringLiteral("(label = dog or label = cat) and has:a.b"), QStringLiteral("has:c.d")),
                 QStringLiteral("(label = dog or label = cat) and has:c.d"));
        QCOMPARE(brush.withoutBrush(QStringLiteral("(label = dog or label = cat) and has:c.d")),
                 QStringLiteral("label = dog or label = cat"));
        // Edited after brushing: that edit is the user's now.
        QCOMPARE(brush.withoutBrush(QStringLiteral("split = test")), QStringLiteral("split = test"));
    }

    void loaderReadsTheProject()
    {
        DashboardLoader loader;
        loader.setProjectPath(m_path);
        QSignalSpy overview(&loader, &DashboardLoader::overviewLoaded);
        loader.requestOverview();
        QVERIFY(overview.wait(10000));
        const auto o = overview.at(0).at(0).value<DashboardLoader::Overview>();
        QVERIFY(o.ok);
        QCOMPARE(o.metrics, (QStringList{QStringLiteral("audio.rms_dbfs"), QStringLiteral("image.brightness_mean"),
                                         QStringLiteral("text.chars")}));
        QCOMPARE(o.outlierCutoff, 3.5);
        // Samples per type: 8 with clipping (i % 5), 10 blurry (i % 4, each with two issues: counted once).
        QCOMPARE(int(o.issues.size()), 2);
        QCOMPARE(o.issues[0].type, QStringLiteral("image.blurry"));
        QCOMPARE(o.issues[0].samples, 10);
        QCOMPARE(o.issues[1].type, QStringLiteral("audio.clipping"));
        QCOMPARE(o.issues[1].samples, 8);

        QSignalSpy scatter(&loader, &DashboardLoader::scatterLoaded);
        loader.requestScatter(QStringLiteral("image.brightness_mean"), QStringLiteral("audio.rms_dbfs"));
        QVERIFY(scatter.wait(10000));
        const auto s = scatter.at(0).at(0).value<DashboardLoader::Scatter>();
        QVERIFY(s.ok);
        QCOMPARE(int(s.points->x.size()), 10);  // only the samples with both
        for (std::size_t i = 0; i < s.points->x.size(); ++i)
            QCOMPARE(s.points->y[i], -60.0 + std::round(s.points->x[i] * 10));

        // The plot's two metrics are then loaded into the shared column cache, for the first brush on it.
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        QVERIFY(store);
        QTRY_VERIFY_WITH_TIMEOUT(
            MetricColumnCache::shared().contains(*store, QStringLiteral("audio.rms_dbfs")) &&
                MetricColumnCache::shared().contains(*store, QStringLiteral("image.brightness_mean")),
            10000);
        const auto column = MetricColumnCache::shared().column(*store, QStringLiteral("audio.rms_dbfs"));
        QVERIFY(column);
        QCOMPARE(qint64(std::count_if(column->begin(), column->end(), [](double v) { return !std::isnan(v); })),
                 qint64(MetricColumnQuery(*store).column(QStringLiteral("audio.rms_dbfs")).size()));
    }

    void theHistogramsMetricIsWarmedToo()
    {
        // A brush on the histogram filters by its metric: once it is shown, that column is in the shared cache.
        MetricColumnCache::shared().clear();
        DashboardLoader loader;
        loader.setProjectPath(m_path);
        QSignalSpy histograms(&loader, &DashboardLoader::histogramLoaded);
        loader.requestHistogram(QStringLiteral("text.chars"), {});
        QVERIFY(histograms.wait(10000));
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        QVERIFY(store);
        QTRY_VERIFY_WITH_TIMEOUT(MetricColumnCache::shared().contains(*store, QStringLiteral("text.chars")), 10000);
        QVERIFY(!MetricColumnCache::shared().contains(*store, QStringLiteral("audio.rms_dbfs")));
        const auto column = MetricColumnCache::shared().column(*store, QStringLiteral("text.chars"));
        QVERIFY(column);
        QCOMPARE(qint64(std::count_if(column->begin(), column->end(), [](double v) { return !std::isnan(v); })),
                 qint64(MetricColumnQuery(*store).column(QStringLiteral("text.chars")).size()));
    }

    void loaderPlotsTheFilteredSubset()
    {
        DashboardLoader loader;
        loader.setProjectPath(m_path);
        QSignalSpy histograms(&loader, &DashboardLoader::histogramLoaded);
        QSignalSpy scatters(&loader, &DashboardLoader::scatterLoaded);
        const QString metric = QStringLiteral("audio.rms_dbfs");
        loader.requestHistogram(metric, {});
        QVERIFY(histograms.wait(10000));
        const auto all = histograms.at(0).at(0).value<DashboardLoader::Histogram>();
        // label = dog: i % 3 == 0, 14 samples. The bins stay those of every sample, the cut-offs too.
        const QString dogs = QStringLiteral("label = dog");
        loader.requestHistogram(metric, {}, dogs);
        QVERIFY(histograms.wait(10000));
        const auto h = histograms.at(1).at(0).value<DashboardLoader::Histogram>();
        QVERIFY(h.ok);
        QCOMPARE(h.filter, dogs);
        QCOMPARE(h.bins.total, 14);
        QCOMPARE(h.allValues, qint64(fixture::kDashboardSamples));
        QCOMPARE(h.bins.edges, all.bins.edges);
        QCOMPARE(h.cutoffs.lower, all.cutoffs.lower);
        QCOMPARE(h.cutoffs.upper, all.cutoffs.upper);
        for (int b = 0; b < h.bins.binCount(); ++b)  // bin b holds -60 + b, i.e. sample b
            QCOMPARE(h.bins.counts[std::size_t(b)], b % 3 == 0 ? 1 : 0);

        // The scatter of the same subset, and of a lasso: the points the polygon holds, in id order.
        loader.requestScatter(metric, QStringLiteral("text.chars"), dogs);
        QVERIFY(scatters.wait(10000));
        auto s = scatters.at(0).at(0).value<DashboardLoader::Scatter>();
        QVERIFY(s.ok);
        QCOMPARE(s.filter, dogs);
        QCOMPARE(int(s.points->x.size()), 14);
        for (std::size_t k = 0; k < s.points->x.size(); ++k)
            QCOMPARE(s.points->x[k], -60.0 + 3.0 * double(k));
        loader.requestScatter(metric, QStringLiteral("text.chars"),
                              QStringLiteral("inside(audio.rms_dbfs, text.chars: -55 0, -50 0, -50 100, -55 100)"));
        QVERIFY(scatters.wait(10000));
        s = scatters.at(1).at(0).value<DashboardLoader::Scatter>();
        QCOMPARE(s.points->x, (std::vector<double>{-55, -54, -53, -52, -51, -50}));
        QCOMPARE(s.points->y, (std::vector<double>{10, 12, 14, 16, 18, 20}));
        // A filter nothing passes: empty plots, not every sample.
        loader.requestHistogram(metric, {}, QStringLiteral("label = nobody"));
        QVERIFY(histograms.wait(10000));
        QCOMPARE(histograms.at(2).at(0).value<DashboardLoader::Histogram>().bins.total, 0);
    }

    void histogramCutoffsFollowTheMethod()
    {
        // 20 values 0..19 and one far value: known median, MAD, mean, std and quartiles.
        std::vector<double> values;
        for (int i = 0; i < 20; ++i)
            values.push_back(i);
        values.push_back(100);
        OutlierOptions robust;  // robust z 3.5: median 10, MAD 5 -> scale 5 / 0.6745
        auto h = DashboardLoader::histogramOf(QStringLiteral("audio.rms_dbfs"), values, robust);
        QVERIFY(!h.logScale);
        QVERIFY(std::abs(h.cutoffs.upper - (10 + 3.5 * 5 / 0.6745)) < 1e-9);
        QVERIFY(std::abs(h.cutoffs.lower - (10 - 3.5 * 5 / 0.6745)) < 1e-9);
        QCOMPARE(h.above, 1);
        QCOMPARE(h.below, 0);
        // The flagged values are exactly those the scan's scores flag.
        const std::vector<bool> flags = OutlierStatistics::flags(values, robust);
        QCOMPARE(qint64(std::count(flags.begin(), flags.end(), true)), h.above + h.below);
        OutlierOptions iqr{OutlierMethod::Iqr, 1.5};  // Q1 5, Q3 15, IQR 10
        h = DashboardLoader::histogramOf(QStringLiteral("audio.rms_dbfs"), values, iqr);
        QCOMPARE(h.cutoffs.lower, -10.0);
        QCOMPARE(h.cutoffs.upper, 30.0);
        // Durations are judged on log10, as the scan does: the cut-offs are powers of ten of log-space ones.
        std::vector<double> durations = {1, 10, 100, 10, 10, 1, 100};
        h = DashboardLoader::histogramOf(QStringLiteral("audio.duration_s"), durations, robust);
        QVERIFY(h.logScale);
        std::vector<double> logs = {0, 1, 2, 1, 1, 0, 2};
        const auto c = OutlierStatistics::valueCutoffs(logs, robust);
        QVERIFY(std::abs(h.cutoffs.upper - std::pow(10.0, c.upper)) < 1e-9 * h.cutoffs.upper);
    }

    void newerRequestDropsTheOlder()
    {
        DashboardLoader loader;
        loader.setProjectPath(m_path);
        QSignalSpy histograms(&loader, &DashboardLoader::histogramLoaded);
        QSignalSpy busy(&loader, &DashboardLoader::busyChanged);
        loader.requestHistogram(QStringLiteral("audio.rms_dbfs"), {});
        loader.requestHistogram(QStringLiteral("text.chars"), {});
        QVERIFY(loader.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isBusy(), 10000);
        QCOMPARE(histograms.count(), 1);
        const auto h = histograms.at(0).at(0).value<DashboardLoader::Histogram>();
        QCOMPARE(h.metric, QStringLiteral("text.chars"));
        QCOMPARE(h.bins.total, qint64(fixture::kDashboardSamples));
        QCOMPARE(busy.count(), 2);  // busy once, idle once
    }
};

QTEST_GUILESS_MAIN(TestDashboardData)
#include "test_dashboard_data.moc"
