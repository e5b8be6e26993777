#include "quality/OutlierStatistics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtTest>
#include <cmath>
#include <limits>
#include <random>

using lockstep::Distribution;
using lockstep::OutlierMethod;
using lockstep::OutlierOptions;
using lockstep::OutlierStatistics;
using Values = std::vector<double>;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

bool near(double a, double b, double tolerance = 1e-9)
{
    return std::abs(a - b) <= tolerance * std::max(1.0, std::abs(b));
}

// Runs a numpy script on a JSON list of arrays (stdin) and returns its JSON output.
QJsonArray numpy(const QString& script, const std::vector<Values>& arrays)
{
    QJsonArray input;
    for (const auto& a : arrays) {
        QJsonArray values;
        for (const double v : a)
            values.append(v);
        input.append(values);
    }
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script});
    if (!python.waitForStarted(10000))
        return {};
    python.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    python.closeWriteChannel();
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("numpy failed: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

std::vector<Values> referenceArrays()
{
    std::vector<Values> arrays = {
        {1, 2, 3, 4, 100},       {42}, {1, 2}, {3, 1, 2}, {5, 5, 5, 5}, {-3.5, 7.25, 0, 0, 1e6, -1e6, 2.5},
        {1, 1, 1, 1, 1, 1, 100},
    };
    std::mt19937_64 rng(99);
    std::normal_distribution<double> normal(10.0, 3.0);
    std::lognormal_distribution<double> skewed(0.0, 1.5);
    for (const std::size_t n : {10, 101, 1000, 4096}) {
        Values a(n);
        for (auto& v : a)
            v = n % 2 ? normal(rng) : skewed(rng);
        arrays.push_back(a);
    }
    Values ties(999);
    for (std::size_t i = 0; i < ties.size(); ++i)
        ties[i] = double(i % 7);
    arrays.push_back(ties);
    return arrays;
}

}  // namespace

class TestOutlierStatistics : public QObject {
    Q_OBJECT

private slots:
    void robustZKnownArray()
    {
        const Values x = {1, 2, 3, 4, 100};  // median 3, MAD 1
        const Values s = OutlierStatistics::scores(x, {OutlierMethod::RobustZ, 3.5});
        const Values expected = {-1.349, -0.6745, 0.0, 0.6745, 0.6745 * 97};
        for (std::size_t i = 0; i < x.size(); ++i)
            QVERIFY2(near(s[i], expected[i]), qPrintable(QString::number(s[i])));
        QCOMPARE(OutlierStatistics::flags(x), (std::vector<bool>{false, false, false, false, true}));
        // The classic z-score is masked by the outlier itself: 100 has z = 2.0.
        const Values z = OutlierStatistics::scores(x, {OutlierMethod::ZScore, 3.0});
        QVERIFY(near(z[4], 78.0 / std::sqrt(1522.0)));
        QCOMPARE(OutlierStatistics::flags(x, {OutlierMethod::ZScore, 3.0}), std::vector<bool>(5, false));
    }

    void zScoresMatchNumpy()
    {
        std::mt19937_64 rng(7);
        std::normal_distribution<double> normal(50.0, 12.0);
        Values x(500);
        for (auto& v : x)
            v = normal(rng);
        x[10] = 400.0;
        const QJsonArray ref = numpy(QStringLiteral("import sys, json, numpy as np\n"
                                                    "x = np.array(json.load(sys.stdin)[0])\n"
                                                    "print(json.dumps(((x - x.mean()) / x.std()).tolist()))\n"),
                                     {x});
        QCOMPARE(ref.size(), qsizetype(x.size()));
        const Values z = OutlierStatistics::scores(x, {OutlierMethod::ZScore, 3.0});
        for (std::size_t i = 0; i < x.size(); ++i)
            QVERIFY2(near(z[i], ref[qsizetype(i)].toDouble(), 1e-10), qPrintable(QString::number(i)));
        const auto f = OutlierStatistics::flags(x, {OutlierMethod::ZScore, 3.0});
        QVERIFY(f[10]);
    }

    void robustZMatchesNumpyFormula()
    {
        std::mt19937_64 rng(8);
        std::lognormal_distribution<double> skewed(1.0, 1.0);
        Values x(777);
        for (auto& v : x)
            v = skewed(rng);
        const QJsonArray ref = numpy(QStringLiteral("import sys, json, numpy as np\n"
                                                    "x = np.array(json.load(sys.stdin)[0])\n"
                                                    "m = np.median(x); mad = np.median(np.abs(x - m))\n"
                                                    "print(json.dumps((0.6745 * (x - m) / mad).tolist()))\n"),
                                     {x});
        QCOMPARE(ref.size(), qsizetype(x.size()));
        const Values s = OutlierStatistics::scores(x, {OutlierMethod::RobustZ, 3.5});
        for (std::size_t i = 0; i < x.size(); ++i)
            QVERIFY(near(s[i], ref[qsizetype(i)].toDouble(), 1e-10));
    }

    void madZeroFallsBackToMeanAbsoluteDeviation()
    {
        const Values x = {1, 1, 1, 1, 1, 1, 100};  // MAD = 0; MeanAD around the median = 99 / 7
        const Values s = OutlierStatistics::scores(x);
        QVERIFY(near(s[6], 99.0 / (1.2533 * 99.0 / 7.0)));  // 5.585
        for (std::size_t i = 0; i < 6; ++i)
            QCOMPARE(s[i], 0.0);
        QCOMPARE(OutlierStatistics::flags(x), (std::vector<bool>{false, false, false, false, false, false, true}));
        // All equal: no spread at all, no outliers, no division by zero.
        for (const OutlierMethod m : {OutlierMethod::ZScore, OutlierMethod::RobustZ, OutlierMethod::Iqr}) {
            const Values flat = OutlierStatistics::scores({5, 5, 5, 5}, {m, OutlierStatistics::defaultCutoff(m)});
            QCOMPARE(flat, Values(4, 0.0));
        }
    }

    void iqrFences()
    {
        const Values x = {1, 2, 3, 4, 100};  // Q1 2, Q3 4, IQR 2: fences -1 and 7
        const auto f = OutlierStatistics::iqrFences(x, 1.5);
        QCOMPARE(f.lower, -1.0);
        QCOMPARE(f.upper, 7.0);
        const Values s = OutlierStatistics::scores(x, {OutlierMethod::Iqr, 1.5});
        QCOMPARE(s, (Values{0, 0, 0, 0, 46.5}));
        QCOMPARE(OutlierStatistics::flags(x, {OutlierMethod::Iqr, 1.5}),
                 (std::vector<bool>{false, false, false, false, true}));
        // Below the lower fence: negative; exactly on a fence: inside.
        const Values y = {-20, 7, 1, 2, 3, 4, -1};  // Q1 0, Q3 3.5: fences -5.25 and 8.75
        const auto fy = OutlierStatistics::iqrFences(y, 1.5);
        const Values sy = OutlierStatistics::scores(y, {OutlierMethod::Iqr, 1.5});
        QVERIFY(sy[0] < 0.0);
        QVERIFY(near(sy[0], (-20 - fy.lower) / fy.iqr));
        QCOMPARE(OutlierStatistics::scores({1, 2, 3, 4, 7}, {OutlierMethod::Iqr, 1.5}), Values(5, 0.0));
        // cleanvision's odd_size uses k = 3.
        QCOMPARE(OutlierStatistics::iqrFences(x, 3.0).upper, 10.0);
        // IQR = 0 falls back to 1.349 x 1.2533 x MeanAD.
        const Values flatCore = {1, 1, 1, 1, 1, 1, 100};
        const auto ff = OutlierStatistics::iqrFences(flatCore, 1.5);
        QVERIFY(near(ff.iqr, 1.349 * 1.2533 * 99.0 / 7.0));
        QCOMPARE(OutlierStatistics::flags(flatCore, {OutlierMethod::Iqr, 1.5}),
                 (std::vector<bool>{false, false, false, false, false, false, true}));
    }

    void nonFiniteValuesAreSkipped()
    {
        const Values x = {kNaN, 1, 2, kInf, 3, 4, 100, -kInf};
        for (const OutlierMethod m : {OutlierMethod::ZScore, OutlierMethod::RobustZ, OutlierMethod::Iqr}) {
            const OutlierOptions o{m, OutlierStatistics::defaultCutoff(m)};
            const Values s = OutlierStatistics::scores(x, o);
            const auto f = OutlierStatistics::flags(x, o);
            QCOMPARE(s.size(), x.size());
            for (const std::size_t i : {0, 3, 7}) {
                QVERIFY(std::isnan(s[i]));
                QVERIFY(!f[i]);
            }
            // The same scores as without the missing values.
            const Values clean = OutlierStatistics::scores({1, 2, 3, 4, 100}, o);
            QCOMPARE((Values{s[1], s[2], s[4], s[5], s[6]}), clean);
        }
        const Distribution d = OutlierStatistics::describe(x);
        QCOMPARE(d.count, std::size_t(5));
        QCOMPARE(d.missing, std::size_t(3));
        QCOMPARE(d.min, 1.0);
        QCOMPARE(d.max, 100.0);
        QCOMPARE(d.median, 3.0);
        QCOMPARE(d.mean, 22.0);

        const Distribution none = OutlierStatistics::describe({kNaN, kNaN});
        QCOMPARE(none.count, std::size_t(0));
        QCOMPARE(none.missing, std::size_t(2));
        QVERIFY(std::isnan(none.median) && std::isnan(none.q1) && std::isnan(none.min) && std::isnan(none.stddev));
        QCOMPARE(OutlierStatistics::flags({kNaN}), std::vector<bool>{false});
        QVERIFY(OutlierStatistics::scores({}).empty());
    }

    void describeMatchesNumpyPercentile()
    {
        const std::vector<Values> arrays = referenceArrays();
        const QJsonArray ref = numpy(QStringLiteral("import sys, json, numpy as np\n"
                                                    "out = []\n"
                                                    "for a in json.load(sys.stdin):\n"
                                                    "    x = np.array(a)\n"
                                                    "    q = np.percentile(x, [0, 25, 50, 75, 100])\n"
                                                    "    out.append(q.tolist() + [float(x.mean()), float(x.std())])\n"
                                                    "print(json.dumps(out))\n"),
                                     arrays);
        QCOMPARE(ref.size(), qsizetype(arrays.size()));
        for (std::size_t k = 0; k < arrays.size(); ++k) {
            const Distribution d = OutlierStatistics::describe(arrays[k]);
            const QJsonArray r = ref[qsizetype(k)].toArray();
            const double got[] = {d.min, d.q1, d.median, d.q3, d.max, d.mean, d.stddev};
            for (int i = 0; i < 7; ++i)
                QVERIFY2(near(got[i], r[i].toDouble(), 1e-11),
                         qPrintable(QStringLiteral("array %1 field %2: %3 vs numpy %4")
                                        .arg(k)
                                        .arg(i)
                                        .arg(got[i], 0, 'g', 17)
                                        .arg(r[i].toDouble(), 0, 'g', 17)));
            QCOMPARE(d.count, arrays[k].size());
        }
    }

    void quantileInterpolation()
    {
        Values v = {4, 1, 3, 2};
        QCOMPARE(OutlierStatistics::quantile(v, 0.25), 1.75);
        QCOMPARE(OutlierStatistics::quantile(v, 0.5), 2.5);
        QCOMPARE(OutlierStatistics::quantile(v, 1.0), 4.0);
        Values empty;
        QVERIFY(std::isnan(OutlierStatistics::quantile(empty, 0.5)));
    }
};

QTEST_GUILESS_MAIN(TestOutlierStatistics)
#include "test_outlier_statistics.moc"
