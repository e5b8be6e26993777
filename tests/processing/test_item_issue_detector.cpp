// Every per-item detector fires on a value past its threshold and stays quiet on a clean item.
#include "CleanMeasurement.h"
#include "quality/ItemIssueDetector.h"

#include <QtTest>

using namespace lockstep;

namespace {

QStringList typesOf(const FileMeasurement& f)
{
    std::vector<QualityIssue> issues;
    ItemIssueDetector::detect(QStringLiteral("s1"), f, QualityThresholds(), &issues);
    QStringList types;
    for (const QualityIssue& i : issues) {
        types << i.type;
        if (i.message.isEmpty())
            types << QStringLiteral("(no message)");
    }
    return types;
}

}  // namespace

class TestItemIssueDetector : public QObject {
    Q_OBJECT
private slots:
    void cleanItemsHaveNoIssues_data()
    {
        QTest::addColumn<int>("modality");
        QTest::newRow("image") << int(Modality::Image);
        QTest::newRow("audio") << int(Modality::Audio);
        QTest::newRow("text") << int(Modality::Text);
    }
    void cleanItemsHaveNoIssues()
    {
        QFETCH(int, modality);
        QCOMPARE(typesOf(cleanMeasurement(static_cast<Modality>(modality))), QStringList());
    }

    void detectorFires_data()
    {
        QTest::addColumn<int>("modality");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, Modality m, const char* metric, double value, const char* expected) {
            QTest::newRow(name) << int(m) << QString::fromLatin1(metric) << value << QString::fromLatin1(expected);
        };
        row("too small", Modality::Image, "image.width", 16, "image.too_small");
        row("odd aspect wide", Modality::Image, "image.aspect_ratio", 8.0, "image.odd_aspect_ratio");
        row("odd aspect tall", Modality::Image, "image.aspect_ratio", 0.2, "image.odd_aspect_ratio");
        row("dark", Modality::Image, "image.brightness_p99", 0.2, "image.dark");
        row("light", Modality::Image, "image.brightness_p5", 0.97, "image.light");
        row("low contrast", Modality::Image, "image.contrast_rms", 0.01, "image.low_contrast");
        row("blurry (cleanvision)", Modality::Image, "image.blur_score", 0.1, "image.blurry");
        row("blurry (laplacian)", Modality::Image, "image.sharpness_laplacian", 1.0, "image.blurry");
        row("low information", Modality::Image, "image.entropy", 2.0, "image.low_information");
        row("grayscale", Modality::Image, "image.is_grayscale", 1, "image.grayscale");
        row("empty audio", Modality::Audio, "audio.frames", 0, "audio.empty");
        row("too short", Modality::Audio, "audio.duration_s", 0.05, "audio.too_short");
        row("too long", Modality::Audio, "audio.duration_s", 7200, "audio.too_long");
        row("clipping", Modality::Audio, "audio.clipped_samples", 3, "audio.clipping");
        row("silent", Modality::Audio, "audio.peak_dbfs", -200, "audio.silent");
        row("mostly silent", Modality::Audio, "audio.silence_ratio", 0.95, "audio.mostly_silent");
        row("low level", Modality::Audio, "audio.peak_dbfs", -45, "audio.low_level");
        row("dc offset", Modality::Audio, "audio.dc_offset", -0.2, "audio.dc_offset");
        row("low bandwidth", Modality::Audio, "audio.bandwidth_hz", 1000, "audio.low_bandwidth");
        row("empty text", Modality::Text, "text.is_empty", 1, "text.empty");
        row("too short text", Modality::Text, "text.chars", 1, "text.too_short");
        row("too long text", Modality::Text, "text.chars", 9000, "text.too_long");
        row("control chars", Modality::Text, "text.control_chars", 2, "text.control_chars");
        row("invalid utf-8", Modality::Text, "text.invalid_bytes", 3, "text.unreadable");
    }
    void detectorFires()
    {
        QFETCH(int, modality);
        QFETCH(QString, metric);
        QFETCH(double, value);
        QFETCH(QString, expected);
        FileMeasurement f = cleanMeasurement(static_cast<Modality>(modality));
        setMetric(&f, metric, value);
        const QStringList types = typesOf(f);
        QVERIFY2(types.contains(expected), qPrintable(types.join(QLatin1Char(' '))));
        QVERIFY(!types.contains(QStringLiteral("(no message)")));
    }

    void silentClipIsNotAlsoLowLevelOrMostlySilent()
    {
        FileMeasurement f = cleanMeasurement(Modality::Audio);
        setMetric(&f, QStringLiteral("audio.peak_dbfs"), -200);
        setMetric(&f, QStringLiteral("audio.silence_ratio"), 1.0);
        QCOMPARE(typesOf(f), QStringList{QStringLiteral("audio.silent")});
    }

    void missingAndUnreadableFiles()
    {
        FileMeasurement missing = cleanMeasurement(Modality::Image);
        missing.ok = false;
        missing.missing = true;
        QCOMPARE(typesOf(missing), QStringList{QStringLiteral("image.missing_file")});
        FileMeasurement broken = cleanMeasurement(Modality::Audio);
        broken.ok = false;
        broken.error = QStringLiteral("cannot read audio 'a.wav'");
        QCOMPARE(typesOf(broken), QStringList{QStringLiteral("audio.unreadable")});
    }

    void thresholdsAreConfigurable()
    {
        FileMeasurement f = cleanMeasurement(Modality::Image);
        setMetric(&f, QStringLiteral("image.brightness_p99"), 0.2);
        QualityThresholds t;
        QVERIFY(t.setFromAssignment(QStringLiteral("image.dark=0.1")));
        std::vector<QualityIssue> issues;
        ItemIssueDetector::detect(QStringLiteral("s1"), f, t, &issues);
        QVERIFY(issues.empty());
        QString error;
        QVERIFY(!t.setFromAssignment(QStringLiteral("image.nope=1"), &error));
        QVERIFY(error.contains(QStringLiteral("unknown threshold")));
        QVERIFY(!t.setFromAssignment(QStringLiteral("image.dark"), &error));
        QCOMPARE(t.overrides().value(QStringLiteral("image.dark")).toDouble(), 0.1);
    }
};

QTEST_GUILESS_MAIN(TestItemIssueDetector)
#include "test_item_issue_detector.moc"
