// The measurement cache's rows: the metrics JSON written for each measurement is, byte for byte, what
// QJsonDocument writes for the same metrics (the cache was written that way before, and a rescan compares
// nothing but size and modification time, so old and new rows must read back the same), and it reads back
// to the same numbers. The metric rows: a re-derive that changes few of them writes only those, one that changes
// many rewrites them all; either way the table and its value index hold what a first write would.
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"

#include <sqlite3.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace lockstep;

using Metrics = QList<QPair<QString, double>>;

namespace {

QByteArray throughQt(const Metrics& metrics)
{
    QJsonObject o;
    for (const auto& [name, value] : metrics)
        if (std::isfinite(value))
            o[name] = value;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}  // namespace

class TestQualityRepository : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

private slots:
    void metricsJsonIsWhatQtWrites_data()
    {
        QTest::addColumn<Metrics>("metrics");
        const auto one = [](double v) { return Metrics{{QStringLiteral("m.value"), v}}; };
        QTest::newRow("none") << Metrics{};
        QTest::newRow("small integer") << one(256);
        QTest::newRow("zero") << one(0.0);
        QTest::newRow("negative zero") << one(-0.0);
        QTest::newRow("negative integer") << one(-3);
        QTest::newRow("a million") << one(1e6);
        QTest::newRow("5e15") << one(5e15);
        QTest::newRow("2^53 - 1") << one(9007199254740991.0);
        QTest::newRow("2^53") << one(9007199254740992.0);
        QTest::newRow("1e17") << one(1e17);
        QTest::newRow("-1e300") << one(-1e300);
        QTest::newRow("fraction") << one(0.1);
        QTest::newRow("tiny") << one(1.5e-9);
        QTest::newRow("denormal") << one(std::numeric_limits<double>::denorm_min());
        QTest::newRow("long fraction") << one(123456789.123456789);
        QTest::newRow("third") << one(1.0 / 3.0);
        QTest::newRow("large fraction") << one(4.5e15 + 0.5);
        QTest::newRow("not a number") << one(std::nan(""));
        QTest::newRow("infinite") << one(std::numeric_limits<double>::infinity());
        QTest::newRow("a measurement's metrics, unsorted")
            << Metrics{{QStringLiteral("image.width"), 288},
                       {QStringLiteral("image.height"), 256},
                       {QStringLiteral("image.brightness_mean"), 0.4381234567},
                       {QStringLiteral("image.aspect_ratio"), 1.125},
                       {QStringLiteral("image.entropy"), std::nan("")},
                       {QStringLiteral("image.blur_score"), 0.00012}};
        QTest::newRow("a name twice: the last wins")
            << Metrics{{QStringLiteral("b"), 1}, {QStringLiteral("a"), 2}, {QStringLiteral("b"), 3}};
        QTest::newRow("a name twice, the last not finite")
            << Metrics{{QStringLiteral("b"), 1}, {QStringLiteral("b"), std::nan("")}};
        QTest::newRow("names that need escaping") << Metrics{{QStringLiteral("quote\"d"), 1},
                                                             {QStringLiteral("back\\slash"), 2},
                                                             {QStringLiteral("tab\there"), 3},
                                                             {QStringLiteral("\u00e9t\u00e9"), 4}};
    }
    void metricsJsonIsWhatQtWrites()
    {
        QFETCH(Metrics, metrics);
        auto opened = ProjectStore::open(m_tmp.filePath(QStringLiteral("p.lockstep")));
        QVERIFY2(opened.store, qPrintable(opened.error));
        QualityRepository repository(*opened.store);
        FileMeasurement m;
        m.path = QStringLiteral("images/x.png");
        m.size = 10;
        m.ok = true;
        m.metrics = metrics;
        QVERIFY2(repository.saveMeasurements({m}), qPrintable(repository.lastError()));

        sqlite3_stmt* st = nullptr;
        QCOMPARE(sqlite3_prepare_v2(opened.store->database(), "SELECT metrics FROM file_cache WHERE path = ?", -1, &st,
                                    nullptr),
                 SQLITE_OK);
        sqlite3_bind_text(st, 1, "images/x.png", -1, SQLITE_STATIC);
        QCOMPARE(sqlite3_step(st), SQLITE_ROW);
        const QByteArray stored(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), sqlite3_column_bytes(st, 0));
        sqlite3_finalize(st);
        QCOMPARE(stored, throughQt(metrics));

        // And back: every finite metric, with its last value.
        const FileMeasurement back = repository.loadCache().value(m.path);
        QHash<QString, double> expected;
        for (const auto& [name, value] : metrics)
            if (std::isfinite(value))
                expected.insert(name, value);
        QCOMPARE(back.metrics.size(), expected.size());
        for (const auto& [name, value] : back.metrics)
            QVERIFY2(value == expected.value(name), qPrintable(name));
    }

    // Before: 200 samples x 6 metrics. After: the same but for a few changed values (one of them to -0), a metric
    // gone, a metric and a sample added, a sample gone (few changes), or every value changed (all).
    void metricRowsPatchedOrRewrittenAsAFirstWrite_data()
    {
        QTest::addColumn<bool>("many");
        QTest::newRow("few changes") << false;
        QTest::newRow("many changes") << true;
    }
    void metricRowsPatchedOrRewrittenAsAFirstWrite()
    {
        QFETCH(bool, many);
        SampleMetricTable before;
        for (int i = 0; i < 200; ++i)
            for (int m = 0; m < 6; ++m)
                before[QStringLiteral("s%1").arg(i, 4, 10, QLatin1Char('0'))].insert(
                    QStringLiteral("metric.%1").arg(m), double((i * 7 + m * 13) % 50) / 4.0);
        SampleMetricTable after = before;
        if (many) {
            for (auto& row : after)
                for (double& v : row)
                    v += 0.5;
        } else {
            after[QStringLiteral("s0003")][QStringLiteral("metric.1")] = 99.0;
            after[QStringLiteral("s0150")][QStringLiteral("metric.5")] = -0.0;
            after[QStringLiteral("s0042")].remove(QStringLiteral("metric.2"));
            after[QStringLiteral("s0042")].insert(QStringLiteral("metric.9"), 1.25);
            after[QStringLiteral("s0077")].insert(QStringLiteral("metric.0"), std::nan(""));  // not stored
            after.remove(QStringLiteral("s0100"));
            after[QStringLiteral("s9999")].insert(QStringLiteral("metric.0"), 7.0);
        }
        const auto rowsOf = [](sqlite3* db) {
            QStringList out;
            for (const char* sql : {"SELECT sample_id, name, quote(value) FROM sample_metrics ORDER BY 1, 2",
                                    "SELECT name, quote(value), sample_id FROM sample_metrics INDEXED BY "
                                    "sample_metrics_by_value ORDER BY name, value, sample_id",
                                    "PRAGMA integrity_check"}) {
                sqlite3_stmt* st = nullptr;
                if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
                    return QStringList{QString::fromUtf8(sqlite3_errmsg(db))};
                while (sqlite3_step(st) == SQLITE_ROW) {
                    QStringList row;
                    for (int c = 0; c < sqlite3_column_count(st); ++c)
                        row << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, c)));
                    out << row.join(QLatin1Char('|'));
                }
                sqlite3_finalize(st);
                out << QStringLiteral("--");
            }
            return out;
        };
        const QString tag = many ? QStringLiteral("many") : QStringLiteral("few");
        auto patched = ProjectStore::open(m_tmp.filePath(tag + QStringLiteral("-patched.lockstep")));
        auto fresh = ProjectStore::open(m_tmp.filePath(tag + QStringLiteral("-fresh.lockstep")));
        QVERIFY2(patched.store && fresh.store, qPrintable(patched.error + fresh.error));
        QualityRepository patchedRepository(*patched.store);
        QVERIFY2(patchedRepository.replaceResults(before, {}, {}), qPrintable(patchedRepository.lastError()));
        const QStringList first = rowsOf(patched.store->database());
        QCOMPARE(first.size(), 2 * 1200 + 4);
        QVERIFY2(patchedRepository.replaceResults(after, {}, {}), qPrintable(patchedRepository.lastError()));
        QualityRepository freshRepository(*fresh.store);
        QVERIFY2(freshRepository.replaceResults(after, {}, {}), qPrintable(freshRepository.lastError()));
        const QStringList expected = rowsOf(fresh.store->database());
        QVERIFY(expected != first);
        if (!many) {
            QVERIFY(expected.contains(QStringLiteral("s0003|metric.1|99.0")));
            QVERIFY(expected.contains(QStringLiteral("s0150|metric.5|0.0")));  // -0 is stored as 0
            QVERIFY(expected.filter(QStringLiteral("s0100|")).isEmpty());
        }
        QVERIFY(expected.last() == QStringLiteral("--") && expected.contains(QStringLiteral("ok")));
        QCOMPARE(rowsOf(patched.store->database()), expected);
    }
};

QTEST_GUILESS_MAIN(TestQualityRepository)
#include "test_quality_repository.moc"
