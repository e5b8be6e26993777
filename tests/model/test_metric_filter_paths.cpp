// Metric terms of the query language evaluated every way — from the value index (a cold cache and a
// selective condition), from cached metric columns, by the default choice, from the filter's metric masks alone
// (no SQL), by SQL that starts from those masks' rows (mask_rows) — against a brute-force evaluation of the
// fixture's known values: the same samples in the same order every way. Also sorts by a metric (the cached value
// order walked, or lookups for a few rows) and by a column with and without a filter, the status bar's issue count,
// a cache that must notice a new scan, and injection attempts. Every case runs twice: with the columns stored by row
// in the project file (what a scan writes) and without them (the walk of the value index an older or stale project
// falls back to); stale and damaged stored columns and a re-import's new rows must not change an answer either. The
// fixture's ids are a permutation of the rows, so an id -> row slip shows.

#include "ProjectFixture.h"
#include "store/MetricColumnCache.h"
#include "store/MetricColumnQuery.h"
#include "store/MetricColumnStore.h"
#include "store/QualityRepository.h"
#include "store/SampleFilter.h"
#include "store/SampleFilterBinding.h"
#include "store/SampleTableQuery.h"
#include "store/SqliteStatement.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstring>
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
// m.c: negative, zero and positive values with ties, -0 beside 0 (equal: ties in row order), absent when r % 11 == 5.
std::optional<double> c(int r)
{
    if (r % 11 == 5)
        return std::nullopt;
    const double v = (r % 9 - 4) * 0.25;
    return v == 0 && r % 2 == 1 ? -0.0 : v;
}
std::optional<double> metricOf(const QString& name, int r)
{
    return name == QLatin1String("m.a") ? a(r) : name == QLatin1String("m.b") ? b(r) : c(r);
}
// Brute force of a metric sort: missing values last in both directions, ties in row order.
QList<int> sortedBy(QList<int> rows, const QString& metric, bool descending)
{
    std::stable_sort(rows.begin(), rows.end(), [&](int x, int y) {
        const auto vx = metricOf(metric, x);
        const auto vy = metricOf(metric, y);
        if (vx.has_value() != vy.has_value())
            return vx.has_value();
        return vx && *vx != *vy && (descending ? *vx > *vy : *vx < *vy);
    });
    return rows;
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

    // The rows the filter's metric masks let through (binding.rowsToScan()): with the SQL run from them
    // (mask_rows), or, for a filter of metric terms only, as they are.
    QList<int> rowsFromMasks(const QString& query, bool viaSql)
    {
        const SampleFilter filter = SampleFilter::parse(query);
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        const SampleFilterBinding binding(*store, filter);
        if (!binding.ok() || !binding.rowsToScan())
            return {-2};
        QList<int> out;
        if (!viaSql) {
            binding.rowsToScan()->forEach([&out](qint64 row) { out.append(int(row)); });
            return out;
        }
        const int scan = int(filter.bindings.size()) + 1;
        const QByteArray sql = "SELECT s.row FROM mask_rows(?" + QByteArray::number(scan) +
                               ") r CROSS JOIN samples s ON s.row = r.row WHERE " + filter.whereSql.toUtf8();
        SqliteStatement st(store->database(), sql.constData());
        binding.bind(st);
        SampleFilterBinding::bindMask(st, scan, *binding.rowsToScan());
        int rc = SQLITE_ROW;
        while ((rc = st.step()) == SQLITE_ROW)
            out.append(st.columnInt(0));
        return rc == SQLITE_DONE ? out : QList<int>{-3};
    }

    // The table's order through the filter, with the cache emptied first unless warm.
    QList<int> ordered(const QString& query, const SampleSortKey& key, bool warm)
    {
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        if (!warm)
            MetricColumnCache::shared().clear();
        bool ok = false;
        const QList<int> rows =
            toList(SampleTableQuery(*store).orderedRows(key, SampleFilter::parse(query), nullptr, &ok));
        return ok ? rows : QList<int>{-1};
    }

    // Every way: index lookups, columns, the default (cold and warm), the masks alone or driving the SQL, and the
    // table's own orderedRows in import order, reversed, by metrics and by a column.
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
        QCOMPARE(SampleTableQuery(*store).issueCount(SampleFilter::parse(query)), issues);  // and warm

        const SampleFilter filter = SampleFilter::parse(query);
        if (!filter.metricConjuncts.empty()) {
            QCOMPARE(rowsFromMasks(query, true), expected);
            if (filter.metricOnly)
                QCOMPARE(rowsFromMasks(query, false), expected);
            const QList<int> masked = rowsFromMasks(query, false);  // a superset: every passing row is in it
            for (int r : expected)
                QVERIFY2(masked.contains(r),
                         qPrintable(QStringLiteral("%1: row %2 not in the masks").arg(query).arg(r)));
        }
        SampleSortKey reversed;
        reversed.descending = true;
        QList<int> backwards = expected;
        std::reverse(backwards.begin(), backwards.end());
        QCOMPARE(ordered(query, reversed, true), backwards);
        for (const QString& metric : {QStringLiteral("m.a"), QStringLiteral("m.b"), QStringLiteral("m.c")}) {
            for (const bool descending : {false, true}) {
                SampleSortKey key;
                key.field = SampleSortKey::Field::Metric;
                key.metric = metric;
                key.descending = descending;
                const QList<int> sorted = sortedBy(expected, metric, descending);
                QCOMPARE(ordered(query, key, false), sorted);  // cold: lookups for a few rows
                QVERIFY(MetricColumnCache::shared().column(*store, metric));
                QCOMPARE(ordered(query, key, true), sorted);  // warm: the column's order walked
            }
        }
        // By a column: the unfiltered order (a plain scan) with the filter's rows kept.
        SampleSortKey byLabel;
        byLabel.field = SampleSortKey::Field::Label;
        byLabel.descending = true;
        QList<int> byLabelExpected;
        for (int r : ordered(QString(), byLabel, true))
            if (expected.contains(r))
                byLabelExpected.append(r);
        QCOMPARE(ordered(query, byLabel, true), byLabelExpected);
    }

    // Runs sql on a writing connection (to hide, age or damage the stored columns).
    bool execute(const char* sql)
    {
        auto opened = ProjectStore::open(m_path);
        return opened.store && sqlite3_exec(opened.store->database(), sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    qint64 storedColumnCount()
    {
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        SqliteStatement st(store->database(), "SELECT count(*) FROM metric_columns");
        return st.step() == SQLITE_ROW ? st.columnInt64(0) : -1;
    }

    // checkAllPaths with the stored columns (every column loaded from them) and without them (every load walks).
    void checkStoredAndWalked(const QString& query, const QList<int>& expected)
    {
        QCOMPARE(storedColumnCount(), qint64(3));
        MetricColumnCache::LoadCounts before = MetricColumnCache::shared().loadCounts();
        checkAllPaths(query, expected);
        if (QTest::currentTestFailed())
            return;
        MetricColumnCache::LoadCounts after = MetricColumnCache::shared().loadCounts();
        QCOMPARE(after.walked, before.walked);
        QVERIFY(after.stored > before.stored);  // at least the sorts' columns

        QVERIFY(execute("DELETE FROM metric_columns"));
        before = after;
        checkAllPaths(query, expected);
        after = MetricColumnCache::shared().loadCounts();
        QVERIFY(writeMetrics(false));  // back as a scan leaves them
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(after.stored, before.stored);
        QVERIFY(after.walked > before.walked);
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
            if (const auto v = c(r))
                metrics[idOf(r)].insert(QStringLiteral("m.c"), *v);
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
        checkStoredAndWalked(QStringLiteral("m.a > 5"), {11, 23, 35, 47});
        // Both edges on stored values: m.a in {2, 2.5} and m.b = 0 (rows 0..5; rows 4 and 3 lack a metric).
        checkStoredAndWalked(QStringLiteral("m.a > 1.5 and m.a <= 2.5 and m.b <= 0"), QList<int>{5});
        // A lasso triangle with vertices on stored values, edges included: m.a + m.b / 2 <= 1, both >= 0. m.b = 0
        // (rows 0-5): m.a 0, 0.5, 1 in; row 4 has no m.b. m.b = 2 (rows 12-17): only m.a = 0 (row 12), on the edge.
        checkStoredAndWalked(QStringLiteral("inside(m.a, m.b: 0 0, 1 0, 0 2)"), (QList<int>{0, 1, 2, 12}));
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
        QTest::newRow("negative values and -0")
            << QStringLiteral("m.c <= 0 and m.c > -1")
            << Predicate([=](int r) { return in(c(r), [](double v) { return v <= 0 && v > -1; }); });
        QTest::newRow("or and not of metrics only")
            << QStringLiteral("(m.a < 1 or m.b >= 8) and not m.c = 0") << Predicate([=](int r) {
                   return (in(a(r), [](double v) { return v < 1; }) || in(b(r), [](double v) { return v >= 8; })) &&
                          !in(c(r), [](double v) { return v == 0; });
               });
        QTest::newRow("not of a metric: samples without it pass")
            << QStringLiteral("not m.c >= -2") << Predicate([=](int r) { return !c(r).has_value(); });
        QTest::newRow("a few rows and a label")
            << QStringLiteral("m.a <= 0.5 label = dog")
            << Predicate([=](int r) { return in(a(r), [](double v) { return v <= 0.5; }) && dog(r); });
        QTest::newRow("metrics in a mixed or")
            << QStringLiteral("m.b >= 7 and (m.a < 1 or label = dog)") << Predicate([=](int r) {
                   return in(b(r), [](double v) { return v >= 7; }) &&
                          (in(a(r), [](double v) { return v < 1; }) || dog(r));
               });
        QTest::newRow("text search beside a lasso")
            << QStringLiteral("inside(m.a, m.b: 0 0, 5 0, 0 8) id-8b") << Predicate([=](int r) {
                   return a(r) && b(r) && *a(r) / 5 + *b(r) / 8 <= 1 && idOf(r).startsWith(QLatin1String("id-8b"));
               });
        QTest::newRow("with has: and status")
            << QStringLiteral("m.a < 3 has:audio status:unreviewed")
            << Predicate([=](int r) { return in(a(r), [](double v) { return v < 3; }) && r % 2 == 0; });
    }

    void agreesWithBruteForce()
    {
        QFETCH(QString, query);
        QFETCH(Predicate, keep);
        checkStoredAndWalked(query, brute(keep));
    }

    void metricConjunctsOfTheParse()
    {
        const auto shape = [](const char* query) {
            const SampleFilter f = SampleFilter::parse(QString::fromUtf8(query));
            return qMakePair(int(f.metricConjuncts.size()), f.metricOnly);
        };
        QCOMPARE(shape("m.a > 1 and m.a < 3"), qMakePair(1, true));  // one range
        QCOMPARE(shape("m.a > 1 m.b < 3"), qMakePair(2, true));
        QCOMPARE(shape("not (m.a > 1 and m.b < 2) or inside(m.a, m.b: 0 0, 1 0, 0 1)"), qMakePair(1, true));
        QCOMPARE(shape("m.a > 1 label = dog"), qMakePair(1, false));
        QCOMPARE(shape("(m.a > 1 and label = dog) and m.b != 3"), qMakePair(2, false));
        QCOMPARE(shape("m.a > 1 or label = dog"), qMakePair(0, false));
        QCOMPARE(shape("not (m.a > 1 and label = dog)"), qMakePair(0, false));
        QCOMPARE(shape("label = dog"), qMakePair(0, false));
        QCOMPARE(shape(""), qMakePair(0, false));
        QCOMPARE(shape("m.a > 1 and ("), qMakePair(0, false));  // a parse error keeps nothing
        // The conjuncts name the filter's own bindings, each a metric condition.
        const SampleFilter f = SampleFilter::parse(QStringLiteral("label = dog m.a > 1 (m.b < 2 or m.c = 0)"));
        QCOMPARE(int(f.metricConjuncts.size()), 2);
        QCOMPARE(f.metricConjuncts[0].op, MetricExpression::Op::Condition);
        QVERIFY(std::holds_alternative<MetricCondition>(f.bindings[std::size_t(f.metricConjuncts[0].binding)]));
        QCOMPARE(f.metricConjuncts[1].op, MetricExpression::Op::Or);
        QCOMPARE(int(f.metricConjuncts[1].operands.size()), 2);
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

    // The stored columns are bit for bit what the walk of the value index gives (NaN for every missing value, -0
    // read back as 0 as SQLite keeps it), and a metric nobody measured is a column of NaN without a walk.
    void storedColumnsMatchTheWalk()
    {
        const QStringList metrics = {QStringLiteral("m.a"), QStringLiteral("m.b"), QStringLiteral("m.c"),
                                     QStringLiteral("m.none")};
        std::vector<MetricColumnStore::Column> stored;
        {
            auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
            const QString generation = store->meta(QStringLiteral("metrics.generation"));
            QVERIFY(!generation.isEmpty());
            for (const QString& metric : metrics) {
                stored.emplace_back();
                QVERIFY(MetricColumnStore::read(store->database(), metric, generation, kSamples, &stored.back()));
                QCOMPARE(stored.back().size(), std::size_t(kSamples));
                MetricColumnStore::Column other;
                QVERIFY(!MetricColumnStore::read(store->database(), metric, QStringLiteral("stale"), kSamples, &other));
                QVERIFY(!MetricColumnStore::read(store->database(), metric, generation, kSamples + 1, &other));
            }
            MetricColumnCache::shared().clear();
            const MetricColumnCache::LoadCounts before = MetricColumnCache::shared().loadCounts();
            for (const QString& metric : metrics)
                QVERIFY(MetricColumnCache::shared().column(*store, metric));
            const MetricColumnCache::LoadCounts after = MetricColumnCache::shared().loadCounts();
            QCOMPARE(after.stored, before.stored + 4);
            QCOMPARE(after.walked, before.walked);
        }
        QVERIFY(execute("DELETE FROM metric_columns"));
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        MetricColumnCache::shared().clear();
        for (int i = 0; i < metrics.size(); ++i) {
            const auto walked = MetricColumnCache::shared().column(*store, metrics[i]);
            QVERIFY(walked);
            QCOMPARE(walked->size(), stored[std::size_t(i)].size());
            QVERIFY2(std::memcmp(walked->data(), stored[std::size_t(i)].data(), walked->size() * sizeof(double)) == 0,
                     qPrintable(metrics[i]));
            const bool measured = metrics[i] != QLatin1String("m.none");
            for (int r = 0; r < kSamples; ++r)
                QCOMPARE(std::isnan((*walked)[std::size_t(r)]), !measured || !metricOf(metrics[i], r).has_value());
        }
        QVERIFY(std::all_of(stored.back().begin(), stored.back().end(), [](double v) { return std::isnan(v); }));
        QVERIFY(writeMetrics(false));
    }

    // Columns stored for an older generation (a scan's metrics replaced without them, as a foreign writer or an
    // interrupted upgrade could leave the file) or of the wrong size are never read: the walk answers, with the
    // project's current values.
    void staleOrDamagedStoredColumnsAreNotRead()
    {
        QVERIFY(execute("CREATE TABLE old_columns AS SELECT * FROM metric_columns"));
        QVERIFY(writeMetrics(true));  // m.a + 100, a new generation
        QVERIFY(
            execute("DELETE FROM metric_columns; INSERT INTO metric_columns SELECT * FROM old_columns; "
                    "DROP TABLE old_columns"));
        const QList<int> shifted = brute([](int r) { return a(r).has_value(); });
        SampleFilterBinding::Options columnsOnly;
        columnsOnly.indexLookupLimit = 0;
        MetricColumnCache::LoadCounts before = MetricColumnCache::shared().loadCounts();
        QCOMPARE(rowsThrough(QStringLiteral("m.a >= 100"), columnsOnly, false), shifted);
        QCOMPARE(ordered(QStringLiteral("m.a >= 100"), {}, false), shifted);
        MetricColumnCache::LoadCounts after = MetricColumnCache::shared().loadCounts();
        QCOMPARE(after.stored, before.stored);
        QVERIFY(after.walked > before.walked);

        // The current generation, but a blob a value short, or a row count that is not the project's.
        QVERIFY(writeMetrics(false));
        QVERIFY(
            execute("UPDATE metric_columns SET data = substr(data, 1, length(data) - 8) WHERE name = 'm.a'; "
                    "UPDATE metric_columns SET rows = rows + 1 WHERE name = 'm.b'"));
        before = MetricColumnCache::shared().loadCounts();
        checkAllPaths(QStringLiteral("m.a > 2 and m.b <= 4"),
                      brute([](int r) { return a(r) && *a(r) > 2 && b(r) && *b(r) <= 4; }));
        after = MetricColumnCache::shared().loadCounts();
        QVERIFY(after.walked > before.walked);
        QVERIFY(writeMetrics(false));
    }

    // A re-import gives samples new rows: the stored columns are rewritten for them in the same transaction.
    void aReimportRewritesTheStoredColumns()
    {
        const auto importInOrder = [&](bool reversed) {
            auto opened = ProjectStore::open(m_path);
            if (!opened.store || !opened.store->beginImport(m_dir.path(), QStringLiteral("test")))
                return false;
            for (int i = 0; i < kSamples; ++i) {
                const int r = reversed ? kSamples - 1 - i : i;
                Sample s = fixture::makeSample(r);
                s.id = idOf(r);
                if (!opened.store->addSample(s))
                    return false;
            }
            return opened.store->commitImport();
        };
        QVERIFY(importInOrder(true));  // the sample of old row r is now at row 59 - r
        QCOMPARE(storedColumnCount(), qint64(3));
        MetricColumnCache::shared().clear();
        const MetricColumnCache::LoadCounts before = MetricColumnCache::shared().loadCounts();
        {
            auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
            QList<int> expected;
            for (int r = kSamples - 1; r >= 0; --r)
                if (a(r) && *a(r) > 2)
                    expected.append(kSamples - 1 - r);
            bool ok = false;
            QCOMPARE(toList(SampleTableQuery(*store).orderedRows({}, SampleFilter::parse(QStringLiteral("m.a > 2")),
                                                                 nullptr, &ok)),
                     expected);
            const auto c = MetricColumnCache::shared().column(*store, QStringLiteral("m.c"));
            QVERIFY(c);
            for (int r = 0; r < kSamples; ++r)
                QCOMPARE(std::isnan((*c)[std::size_t(kSamples - 1 - r)]), !metricOf(QStringLiteral("m.c"), r));
        }
        QCOMPARE(MetricColumnCache::shared().loadCounts().walked, before.walked);
        QVERIFY(importInOrder(false));
        QVERIFY(writeMetrics(false));
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
        // Nor does mask_rows(): a text in the mask's place is an error, and so is no mask at all.
        SqliteStatement rows(store->database(), "SELECT count(*) FROM mask_rows(?1)");
        rows.bind(1, QStringLiteral("lockstep.RowMask"));
        QCOMPARE(rows.step(), SQLITE_ERROR);
        SqliteStatement bare(store->database(), "SELECT count(*) FROM mask_rows");
        QVERIFY(!bare.ok() || bare.step() == SQLITE_ERROR);
        QCOMPARE(store->sampleCount(), qint64(kSamples));
    }
};

QTEST_GUILESS_MAIN(TestMetricFilterPaths)
#include "test_metric_filter_paths.moc"
