// The measurement cache's rows: the metrics JSON written for each measurement is, byte for byte, what
// QJsonDocument writes for the same metrics (the cache was written that way before, and a rescan compares
// nothing but size and modification time, so old and new rows must read back the same), and it reads back
// to the same numbers.
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
};

QTEST_GUILESS_MAIN(TestQualityRepository)
#include "test_quality_repository.moc"
