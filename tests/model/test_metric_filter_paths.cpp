// Metric terms of the query language evaluated three ways — from the value index (a cold cache and a
// selective condition), from cached metric columns, and by the default choice — against a brute-force
// evaluation of the fixture's known values: the same samples in the same order every way. Also sorts by a
// metric with and without a filter, the status bar's issue count, a cache that must notice a new scan, and
// injection attempts. The fixture's ids are a permutation of the rows, so an id -> row slip shows.

#include "ProjectFixture.h"
#include "store/MetricColumnCache.h"
#include "store/MetricColumnQuery.h"
#include "store/QualityRepository.h"
#include "store/SampleFilter.h"
#include "store/SampleFilterBinding.h"
#include "store/SampleTableQuery.h"
#include "store/SqliteStatement.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <functional>
#include <optional>

using namespace lockstep;

namespace {

constexpr int kSamples = 60;

// Row r: id "id-((r * 37) % 60)", in three lengths by that number % 3 (5 bytes, exactly 8, and past the 8 that
// the column cache's id table keeps in a slot, including a shared long prefix); m.a = (r % 12) / 2 (0, 0.5 ... 5.5),
// absent when r % 7 == 3; m.b = r / 6 (0 ... 9), absent when r % 5 == 4; label dog when r % 3 == 0; r % 4 == 1 has (r %
// 3 + 1) issues.
QString idOf(int row)
{
    const int n = (row * 37) % kSamples;
    static const QString kPrefixes[] = {QStringLiteral("id-"), QStringLiteral("id-8b-"),
                                        QStringLiteral("a-long-sample-id-")};
    return kPrefixes[n % 3] + QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}
std::optional<double> a(int r)
{
    return r % 7 == 3 ? std::nullopt : std::optional<double>((r % 12) * 0.5);
}
std::optional<double> b(int r)
{
    return r % 5 == 4 ? std::nullopt : std::optional<double>(double(r / 6));
}
bool dog(int r)
{
    return r % 3 == 0;
}

using Predicate = std::function<bool(int row)>;

QList<int> brute(const Predicate& keep)
{
    QList<int> out;
    for (int r = 0; r < kSamples; ++r)
        if (keep(r))
            out.append(r);
    return out;
}

QList<int> toList(const std::vector<qint64>& rows)
{
    QList<int> out;
    for (qint64 r : rows)
        out.append(int(r));
    return out;
}

}  // namespace

class TestMetricFilterPaths : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // The rows the filter passes, in import order, with the masks computed as options say (through the shared
    // cache, emptied first unless warm).
    QList<int> rowsThrough(const QString& query, const SampleFilterBinding::Options& options, bool warm)
    {
        const SampleFilter filter = SampleFilter::parse(query);
        if (!filter.ok)
            return {-1};
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        if (!warm)
            MetricColumnCache::shared().clear();
        const SampleFilterBinding binding(*store, filter, options);
        if (!binding.ok())
            return {-2};
        const QByteArray sql = "SELECT s.row FROM samples s" +
                               (filter.whereSql.isEmpty() ? QByteArray() : " WHERE " + filter.whereSql.toUtf8()) +
                               " ORDER BY s.row";
        SqliteStatement st(store->database(), sql.constData());
        binding.bind(st);
        QList<int> out;
        while (st.step() == SQLITE_ROW)
            out.append(st.columnInt(0));
        return out;
    }

    // Every way: index lookups, columns, the default (cold and warm), and the table's own orderedRows.
    void checkAllPaths(const QString& query, const QList<int>& expected)
    {
        SampleFilterBinding::Options indexOnly;
        indexOnly.indexLookupLimit = 1'000'000;
        SampleFilterBinding::Options columnsOnly;
        columnsOnly.indexLookupLimit = 0;
        QCOMPARE(rowsThrough(query, indexOnly, false), expected);
        QCOMPARE(rowsThrough(query, columnsOnly, false), expected);
        QCOMPARE(rowsThrough(query, {}, false), expected);
        QCOMPARE(rowsThrough(query, {}, true), expected);  // the columns loaded just above
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        bool ok = false;
        QCOMPARE(toList(SampleTableQuery(*store).orderedRows({}, SampleFilter::parse(query), nullptr, &ok)), expected);
        QVERIFY(ok);
        qint64 issues = 0;
        for (int r : expected)
            issues += r % 4 == 1 ? r % 3 + 1 : 0;
        QCOMPARE(SampleTableQuery(*store).issueCount(SampleFilter::parse(query)), issues);
    }

    bool writeMetrics(bool shifted)
    {
        auto opened = ProjectStore::open(m_path);
        if (!opened.store)
            return false;
        SampleMetricTable metrics;
        std::vector<QualityIssue> issues;
        for (int r = 0; r < kSamples; ++r) {
            if (const auto v = a(r))
                metrics[idOf(r)].insert(QStringLiteral("m.a"), *v + (shifted ? 100 : 0));
            if (const auto v = b(r))
                metrics[idOf(r)].insert(QStringLiteral("m.b"), *v);
            for (int k = 0; r % 4 == 1 && k < r % 3 + 1; ++k) {
                QualityIssue issue;
                issue.sampleId = idOf(r);
                issue.type = QStringLiteral("t.%1").arg(k);
                issue.modality = QStringLiteral("image");
                issue.message = QStringLiteral("m");
                issues.push_back(issue);
            }
        }
        return QualityRepository(*opened.store).replaceResults(metrics, issues, {});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p.lockstep"));
        {
            auto opened = ProjectStore::open(m_path);
            QVERIFY(opened.store);
            QVERIFY(opened.store->beginImport(m_dir.path(), QStringLiteral("test")));
            for (int r = 0; r < kSamples; ++r) {
                Sample s = fixture::makeSample(r);
                s.id = idOf(r);
                QVERIFY(opened.store->addSample(s));
            }
            QVERIFY(opened.store->commitImport());
        }
        QVERIFY(writeMetrics(false));
    }

    void handWorkedAnswers()
    {
        // m.a > 5: r % 12 == 11 (11, 23, 35, 47, 59) but 59 % 7 == 3 has no m.a.
        checkAllPaths(QStringLiteral("m.a > 5"), {11, 23, 35, 47});
        // Both edges on stored values: m.a in {2, 2.5} and m.b = 0 (rows 0..5; rows 4 and 3 lack a metric).
        checkAllPaths(QStringLiteral("m.a > 1.5 and m.a <= 2.5 and m.b <= 0"), QList<int>{5});
        // A lasso triangle with vertices on stored values, edges included: m.a + m.b / 2 <= 1, both >= 0. m.b = 0
        // (rows 0-5): m.a 0, 0.5, 1 in; row 4 has no m.b. m.b = 2 (rows 12-17): only m.a = 0 (row 12), on the edge.
        checkAllPaths(QStringLiteral("inside(m.a, m.b: 0 0, 1 0, 0 2)"), (QList<int>{0, 1, 2, 12}));
    }

    void agreesWithBruteForce_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<Predicate>("keep");
        const auto in = [](std::optional<double> v, auto test) { return v && test(*v); };
        QTest::newRow("one-sided") << QStringLiteral("m.a >= 2")
                                   << Predicate([=](int r) { return in(a(r), [](double v) { return v >= 2; }); });
        QTest::newRow("range, edges on values")
            << QStringLiteral("m.a > 2 and m.a <= 4")
            << Predicate([=](int r) { return in(a(r), [](double v) { return v > 2 && v <= 4; }); });
        QTest::newRow("bounds apart, merged")
            << QStringLiteral("m.a <= 4 m.b > 2 and m.a > 2") << Predicate([=](int r) {
                   return in(a(r), [](double v) { return v > 2 && v <= 4; }) &&
                          in(b(r), [](double v) { return v > 2; });
               });
        QTest::newRow("empty range") << QStringLiteral("m.a >= 1 and m.a < 1") << Predicate([](int) { return false; });
        QTest::newRow("a point") << QStringLiteral("m.a >= 2 and m.a <= 2")
                                 << Predicate([=](int r) { return in(a(r), [](double v) { return v == 2; }); });
        QTest::newRow("equal") << QStringLiteral("m.a = 2.5")
                               << Predicate([=](int r) { return in(a(r), [](double v) { return v == 2.5; }); });
        QTest::newRow("not equal: missing stays out")
            << QStringLiteral("m.a != 2.5")
            << Predicate([=](int r) { return in(a(r), [](double v) { return v != 2.5; }); });
        QTest::newRow("not: missing comes in")
            << QStringLiteral("not m.a < 3")
            << Predicate([=](int r) { return !in(a(r), [](double v) { return v < 3; }); });
        QTest::newRow("rectangle") << QStringLiteral("m.a >= 1 and m.b <= 4 and m.a <= 5 and m.b >= 2")
                                   << Predicate([=](int r) {
                                          return in(a(r), [](double v) { return v >= 1 && v <= 5; }) &&
                                                 in(b(r), [](double v) { return v >= 2 && v <= 4; });
                                      });
        QTest::newRow("lasso on edges") << QStringLiteral("inside(m.a, m.b: 0 0, 5 0, 0 8)") << Predicate([=](int r) {
            return a(r) && b(r) && *a(r) >= 0 && *b(r) >= 0 && *a(r) / 5 + *b(r) / 8 <= 1;
        });
        QTest::newRow("lasso or a bound, with a label")
            << QStringLiteral("(inside(m.a, m.b: 0 0, 5 0, 0 8) or m.b = 9) label = dog") << Predicate([=](int r) {
                   const bool inTriangle = a(r) && b(r) && *a(r) / 5 + *b(r) / 8 <= 1;
                   return (inTriangle || in(b(r), [](double v) { return v == 9; })) && dog(r);
               });
        QTest::newRow("or of bounds on one metric")
            << QStringLiteral("(m.a < 1 or m.a > 5) and not label = dog")
            << Predicate([=](int r) { return in(a(r), [](double v) { return v < 1 || v > 5; }) && !dog(r); });
        QTest::newRow("a bound inside not, beside one outside")
            << QStringLiteral("m.b >= 3 not (m.b >= 5 and m.a > 1)") << Predicate([=](int r) {
                   return in(b(r), [](double v) { return v >= 3; }) &&
                          !(in(b(r), [](double v) { return v >= 5; }) && in(a(r), [](double v) { return v > 1; }));
               });
        QTest::newRow("infinite bound") << QStringLiteral("m.b < inf")
                                        << Predicate([=](int r) { return b(r).has_value(); });
        QTest::newRow("NaN bound matches nothing")
            << QStringLiteral("m.a < nan") << Predicate([](int) { return false; });
        QTest::newRow("NaN in a range") << QStringLiteral("m.a > 1 and m.a < nan")
                                        << Predicate([](int) { return false; });
        QTest::newRow("not equal to NaN") << QStringLiteral("m.a != nan") << Predicate([](int) { return false; });
        QTest::newRow("a metric nobody has") << QStringLiteral("m.none >= 0") << Predicate([](int) { return false; });
        QTest::newRow("with has: and status")
            << QStringLiteral("m.a < 3 has:audio status:unreviewed")
            << Predicate([=](int r) { return in(a(r), [](double v) { return v < 3; }) && r % 2 == 0; });
    }

    void agreesWithBruteForce()
    {
        QFETCH(QString, query);
        QFETCH(Predicate, keep);
        checkAllPaths(query, brute(keep));
    }

    void sortsByAMetricThroughAFilter()
    {
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        for (const bool descending : {false, true}) {
            for (const QString& query : {QString(), QStringLiteral("m.a >= 1 and m.a <= 4")}) {
                for (const bool warm : {false, true}) {
                    if (!warm)
                        MetricColumnCache::shared().clear();
                    else
                        QVERIFY(MetricColumnCache::shared().column(*store, QStringLiteral("m.b")));
                    SampleSortKey key;
                    key.field = SampleSortKey::Field::Metric;
                    key.metric = QStringLiteral("m.b");
                    key.descending = descending;
                    // Brute force: the filtered rows, m.b's missing last in both directions, ties in row order.
                    QList<int> expected =
                        brute([&](int r) { return query.isEmpty() || (a(r) && *a(r) >= 1 && *a(r) <= 4); });
                    std::stable_sort(expected.begin(), expected.end(), [&](int x, int y) {
                        if (b(x).has_value() != b(y).has_value())
                            return b(x).has_value();
                        return b(x) && *b(x) != *b(y) && (descending ? *b(x) > *b(y) : *b(x) < *b(y));
                    });
                    bool ok = false;
                    QCOMPARE(
                        toList(SampleTableQuery(*store).orderedRows(key, SampleFilter::parse(query), nullptr, &ok)),
                        expected);
                    QVERIFY(ok);
                }
            }
        }
    }

    void theDashboardsFilteredColumnsAgree()
    {
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        const SampleFilter filter = SampleFilter::parse(QStringLiteral("inside(m.a, m.b: 0 0, 5 0, 0 8)"));
        const QList<int> rows = brute([](int r) { return a(r) && b(r) && *a(r) / 5 + *b(r) / 8 <= 1; });
        bool ok = false;
        const MetricColumnQuery::Pairs pairs =
            MetricColumnQuery(*store).pairs(QStringLiteral("m.a"), QStringLiteral("m.b"), filter, nullptr, &ok);
        QVERIFY(ok);
        QCOMPARE(pairs.x.size(), std::size_t(rows.size()));
    }

    void aNewScanIsNoticed()
    {
        auto reader = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        const SampleFilter filter = SampleFilter::parse(QStringLiteral("m.a >= 100"));
        SampleFilterBinding::Options columnsOnly;
        columnsOnly.indexLookupLimit = 0;
        QCOMPARE(rowsThrough(QStringLiteral("m.a >= 100"), columnsOnly, true), QList<int>{});
        // The same second, another connection, new values: the cached column must not answer any more.
        QVERIFY(writeMetrics(true));
        QCOMPARE(rowsThrough(QStringLiteral("m.a >= 100"), columnsOnly, true),
                 brute([](int r) { return a(r).has_value(); }));
        QCOMPARE(qint64(SampleTableQuery(*reader).orderedRows({}, filter).size()),
                 qint64(brute([](int r) { return a(r).has_value(); }).size()));
        QVERIFY(writeMetrics(false));
        QCOMPARE(rowsThrough(QStringLiteral("m.a >= 100"), columnsOnly, true), QList<int>{});
    }

    void injectionAttemptsAreJustText()
    {
        checkAllPaths(QStringLiteral("m.a';DROP_TABLE_samples;-- >= 0"), {});
        checkAllPaths(QStringLiteral("inside(m.a, m.b'_OR_1;--: 0 0, 5 0, 0 8)"), {});
        QVERIFY(!SampleFilter::parse(QStringLiteral("m.a >= 0; DROP TABLE samples")).ok);
        QVERIFY(!SampleFilter::parse(QStringLiteral("m.a >= \"0 OR 1=1\"")).ok);
        // row_in_mask() takes only a mask our code bound: a number or text in its place is an error, not a pass.
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        SqliteStatement st(store->database(), "SELECT count(*) FROM samples s WHERE row_in_mask(?1, s.row)");
        st.bind(1, QStringLiteral("lockstep.RowMask"));
        QCOMPARE(st.step(), SQLITE_ERROR);
        QCOMPARE(store->sampleCount(), qint64(kSamples));
    }
};

QTEST_GUILESS_MAIN(TestMetricFilterPaths)
#include "test_metric_filter_paths.moc"
