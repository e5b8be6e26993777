// inside(x, y: corners) in the sample table's query language: the SQL it compiles to (the whole condition one
// bound parameter), clear errors for malformed polygons, injection attempts that stay text,
// and the samples it selects from a real project whose two metrics lie on a 10 x 10 grid. Also the lasso
// clause the dashboard writes (BrushFilter), read back by the parser.

#include "BrushFilter.h"
#include "FilterSelection.h"
#include "ProjectFixture.h"
#include "store/LassoPolygon.h"
#include "store/QualityRepository.h"
#include "store/SampleFilter.h"
#include "store/SampleTableQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

namespace {

// Sample i of 100: m.x = i % 10, m.y = i / 10 (a grid); sample 99 has no m.y.
constexpr int kSamples = 100;

QList<int> gridWhere(const std::function<bool(int x, int y)>& keep)
{
    QList<int> out;
    for (int i = 0; i < kSamples; ++i)
        if (i != 99 && keep(i % 10, i / 10))
            out.append(i);
    return out;
}

}  // namespace

class TestLassoFilter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QList<int> select(const QString& query) const { return fixture::selectedRows(m_path, query); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p.lockstep"));
        QVERIFY(fixture::buildProject(m_path, m_dir.path(), kSamples));
        auto opened = ProjectStore::open(m_path);
        QVERIFY(opened.store);
        SampleMetricTable metrics;
        for (int i = 0; i < kSamples; ++i) {
            metrics[fixture::sampleId(i)].insert(QStringLiteral("m.x"), double(i % 10));
            if (i != 99)
                metrics[fixture::sampleId(i)].insert(QStringLiteral("m.y"), double(i / 10));
        }
        QVERIFY(QualityRepository(*opened.store).replaceResults(metrics, {}, {}));
    }

    void compilesToBoundSql()
    {
        const SampleFilter f = SampleFilter::parse(QStringLiteral("inside(m.x, m.y: 0 0, 6 0, 6 6.5)"));
        QVERIFY2(f.ok, qPrintable(f.error));
        // One parameter: the condition (both names and the parsed polygon), bound as a row mask; nothing pasted.
        QCOMPARE(f.bindings.size(), std::size_t(1));
        const auto* condition = std::get_if<MetricCondition>(&f.bindings[0]);
        QVERIFY(condition);
        QCOMPARE(int(condition->kind), int(MetricCondition::Kind::Polygon));
        QCOMPARE(condition->metric, QStringLiteral("m.x"));
        QCOMPARE(condition->yMetric, QStringLiteral("m.y"));
        QCOMPARE(condition->polygon->toText(), QStringLiteral("0 0 6 0 6 6.5"));
        QCOMPARE(condition->polygon->yMax(), 6.5);
        QCOMPARE(f.whereSql, QStringLiteral("row_in_mask(?1, s.row)"));
        // With other terms, not, and case: the numbering follows on.
        const SampleFilter g =
            SampleFilter::parse(QStringLiteral("label = dog and not INSIDE (m.x,m.y:0 0,1 0,1 1) or split:test"));
        QVERIFY2(g.ok, qPrintable(g.error));
        QCOMPARE(g.bindings.size(), std::size_t(3));
        QVERIFY(std::holds_alternative<MetricCondition>(g.bindings[1]));
        QVERIFY(g.whereSql.contains(QLatin1String("(NOT row_in_mask(?2, s.row))")));
    }

    void malformedPolygonsSayWhatAndWhere_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("words");
        QTest::newRow("two corners") << QStringLiteral("inside(m.x, m.y: 0 0, 1 1)") << 0
                                     << QStringLiteral("at least 3 corners");
        QTest::newRow("on one line") << QStringLiteral("inside(m.x, m.y: 0 0, 1 1, 2 2)") << 0
                                     << QStringLiteral("one line");
        QTest::newRow("odd number") << QStringLiteral("inside(m.x, m.y: 0 0, 1, 2 2)") << 23
                                    << QStringLiteral("two numbers");
        QTest::newRow("a word for a number")
            << QStringLiteral("inside(m.x, m.y: 0 0, 1 x, 2 2)") << 24 << QStringLiteral("two numbers");
        QTest::newRow("no colon") << QStringLiteral("inside(m.x, m.y 0 0, 1 0, 1 1)") << 16 << QStringLiteral("':'");
        QTest::newRow("no comma between metrics")
            << QStringLiteral("inside(m.x m.y: 0 0, 1 0, 1 1)") << 11 << QStringLiteral("','");
        QTest::newRow("not a metric") << QStringLiteral("inside(label, m.y: 0 0, 1 0, 1 1)") << 7
                                      << QStringLiteral("two metrics");
        QTest::newRow("unclosed") << QStringLiteral("inside(m.x, m.y: 0 0, 1 0, 1 1") << 30 << QStringLiteral("')'");
        QTest::newRow("trailing comma") << QStringLiteral("inside(m.x, m.y: 0 0, 1 0, 1 1,)") << 31
                                        << QStringLiteral("two numbers");
        QTest::newRow("not finite") << QStringLiteral("inside(m.x, m.y: 0 0, 1 inf, 1 1)") << 0
                                    << QStringLiteral("finite");
        QTest::newRow("empty") << QStringLiteral("inside()") << 7 << QStringLiteral("two metrics");
        QTest::newRow("stray comma elsewhere")
            << QStringLiteral("label = dog, cat") << 11 << QStringLiteral("unexpected ','");
    }
    void malformedPolygonsSayWhatAndWhere()
    {
        QFETCH(QString, query);
        QFETCH(int, position);
        QFETCH(QString, words);
        const SampleFilter f = SampleFilter::parse(query);
        QVERIFY(!f.ok);
        QVERIFY2(f.error.contains(words), qPrintable(f.error));
        QCOMPARE(f.errorPosition, position);
        QVERIFY(f.whereSql.isEmpty());
        QVERIFY(f.bindings.empty());
        QVERIFY(f.polygons.empty());
    }

    void parserListsThePolygonsAPlotDraws()
    {
        const QString query = QStringLiteral(
            "label = dog and (inside(m.x, m.y: 0 0, 4 0, 4 3) or not inside(m.y, m.z: 1 1, 2 1, 2 2)) or inside(m.y, "
            "m.x: 5 6, 7 6, 7 9)");
        const SampleFilter f = SampleFilter::parse(query);
        QVERIFY2(f.ok, qPrintable(f.error));
        QCOMPARE(f.polygons.size(), std::size_t(3));
        QCOMPARE(f.polygons[1].xMetric, QStringLiteral("m.y"));
        QCOMPARE(f.polygons[1].yMetric, QStringLiteral("m.z"));
        QCOMPARE(f.polygons[2].polygon.vertices()[2], (LassoPolygon::Point{7, 9}));
        // A plot of m.x against m.y draws the first term on its metrics; one of m.y against m.x the same
        // corners with x and y exchanged; a plot of other metrics none.
        const QVector<QPointF> first{{0, 0}, {4, 0}, {4, 3}};
        QCOMPARE(BrushFilter::polygonOf(query, QStringLiteral("m.x"), QStringLiteral("m.y")), first);
        QCOMPARE(BrushFilter::polygonOf(query, QStringLiteral("m.y"), QStringLiteral("m.x")),
                 (QVector<QPointF>{{0, 0}, {0, 4}, {3, 4}}));
        QCOMPARE(BrushFilter::polygonOf(query, QStringLiteral("m.z"), QStringLiteral("m.y")),
                 (QVector<QPointF>{{1, 1}, {1, 2}, {2, 2}}));
        QVERIFY(!BrushFilter::polygonOf(query, QStringLiteral("m.x"), QStringLiteral("m.z")));
        QVERIFY(
            !BrushFilter::polygonOf(QStringLiteral("label = inside"), QStringLiteral("m.x"), QStringLiteral("m.y")));
        QVERIFY(!BrushFilter::polygonOf(QStringLiteral("inside(m.x, m.y: 0 0, 4 0"), QStringLiteral("m.x"),
                                        QStringLiteral("m.y")));
    }

    void tooManyCornersAreRefused()
    {
        QStringList corners;
        for (int i = 0; i <= LassoPolygon::kMaxVertices; ++i)
            corners << QStringLiteral("%1 %2").arg(std::cos(i * 0.006)).arg(std::sin(i * 0.006));
        const SampleFilter f =
            SampleFilter::parse(QStringLiteral("inside(m.x, m.y: %1)").arg(corners.join(QStringLiteral(", "))));
        QVERIFY(!f.ok);
        QVERIFY2(f.error.contains(QLatin1String("at most")), qPrintable(f.error));
    }

    void selectsThePointsInside()
    {
        // A triangle: x >= 0, y >= 0, x + y <= 4, edges included.
        QCOMPARE(select(QStringLiteral("inside(m.x, m.y: 0 0, 4 0, 0 4)")),
                 gridWhere([](int x, int y) { return x + y <= 4; }));
        // A concave "U": its box 1..7 x 1..7 less the notch x 4..5, y above 3 (its edges x = 3 and 6, y = 3 in).
        QCOMPARE(select(QStringLiteral("inside(m.x, m.y: 1 1, 7 1, 7 7, 6 7, 6 3, 3 3, 3 7, 1 7)")),
                 gridWhere([](int x, int y) {
                     return x >= 1 && x <= 7 && y >= 1 && y <= 7 && !((x == 4 || x == 5) && y > 3);
                 }));
        // Corners between the grid points; sample 99 (no m.y) is never inside; not inverts.
        QCOMPARE(select(QStringLiteral("inside(m.x, m.y: 8.5 8.5, 9.5 8.5, 9.5 9.5, 8.5 9.5)")), QList<int>{});
        QCOMPARE(select(QStringLiteral("inside(m.x, m.y: 7.5 8.5, 9.5 8.5, 9.5 9.5, 7.5 9.5)")), QList<int>{98});
        QCOMPARE(select(QStringLiteral("not inside(m.x, m.y: -1 -1, 10 -1, 10 8.5, -1 8.5)")),
                 (QList<int>{90, 91, 92, 93, 94, 95, 96, 97, 98, 99}));
        // Combined with other terms; swapped axes mirror the polygon.
        QCOMPARE(select(QStringLiteral("inside(m.x, m.y: 0 0, 4 0, 0 4) label = dog")),
                 gridWhere([](int x, int y) { return x + y <= 4 && (10 * y + x) % 3 == 0; }));
        QCOMPARE(select(QStringLiteral("inside(m.y, m.x: 0 0, 2 0, 2 9)")),
                 gridWhere([](int x, int y) { return y <= 2 && x <= 4.5 * y; }));
        // A metric nobody has selects nothing.
        QCOMPARE(select(QStringLiteral("inside(m.x, m.none: 0 0, 4 0, 0 4)")), QList<int>{});
    }

    void injectionAttemptsAreJustText()
    {
        // A metric name is a bound value: the quote is part of a name nobody has. Quoted names are refused.
        QCOMPARE(select(QStringLiteral("inside(m.x, m.y';DROP_TABLE_samples;--: 0 0, 4 0, 0 4)")), QList<int>{});
        QVERIFY(!SampleFilter::parse(QStringLiteral("inside(m.x, \"m.y' OR 1=1 --\": 0 0, 4 0, 0 4)")).ok);
        // Corners must be numbers: SQL in their place is refused before any SQL exists.
        const SampleFilter f =
            SampleFilter::parse(QStringLiteral("inside(m.x, m.y: 0 0, 4 0, 0 4); DROP TABLE samples; --)"));
        QVERIFY(!f.ok);
        const SampleFilter g = SampleFilter::parse(QStringLiteral("inside(m.x, m.y: 0 0, 4 0, 0 \"4) OR 1=1\")"));
        QVERIFY(!g.ok);
        QVERIFY(g.error.contains(QLatin1String("two numbers")));
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        QCOMPARE(store->sampleCount(), qint64(kSamples));
    }

    void theDashboardsClauseReadsBack()
    {
        const QVector<QPointF> corners{{-45.5, 35}, {-40.25, 35}, {-40.25, 29}, {0.1, 1e-7}};
        const QString clause = BrushFilter::lassoClause(QStringLiteral("m.x"), QStringLiteral("m.y"), corners);
        QCOMPARE(clause, QStringLiteral("inside(m.x, m.y: -45.5 35, -40.25 35, -40.25 29, 0.1 1e-07)"));
        const SampleFilter f = SampleFilter::parse(clause);
        QVERIFY2(f.ok, qPrintable(f.error));
        const LassoPolygon polygon = *std::get<MetricCondition>(f.bindings[0]).polygon;
        QCOMPARE(polygon.size(), 4);
        QCOMPARE(polygon.vertices()[3].y, 1e-7);
        QCOMPARE(polygon.vertices()[0].x, -45.5);
    }
};

QTEST_GUILESS_MAIN(TestLassoFilter)
#include "test_lasso_filter.moc"
