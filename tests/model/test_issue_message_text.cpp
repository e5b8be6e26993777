// The issue messages the GUI shows are the engine's sentences in the user's language. Every detector of the
// engine is driven here (per item, per sample, duplicates) and on a scanned demo dataset; for each issue it
// writes, IssueMessageText must recognise the sentence and, with no translator, give back the engine's English
// exactly. A new issue type (or a new wording) without a sentence in IssueMessageText fails here.
#include "CleanMeasurement.h"
#include "EntryTranslator.h"
#include "IssueMessageText.h"
#include "MarkingTranslator.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"
#include "quality/DuplicateFinder.h"
#include "quality/ItemIssueDetector.h"
#include "quality/MinHashSignature.h"
#include "quality/QualityScan.h"
#include "quality/SampleAnalyzer.h"
#include "store/ProjectImport.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <deque>

using namespace lockstep;

namespace {

// Per item: each detector and each wording at least once.
std::vector<QualityIssue> itemIssues()
{
    std::vector<FileMeasurement> items;
    const auto image = [](std::initializer_list<std::pair<const char*, double>> v) {
        return withMetrics(cleanMeasurement(Modality::Image, QStringLiteral("images/a.png")), v);
    };
    const auto audio = [](std::initializer_list<std::pair<const char*, double>> v) {
        return withMetrics(cleanMeasurement(Modality::Audio, QStringLiteral("audios/a.wav")), v);
    };
    const auto text = [](std::initializer_list<std::pair<const char*, double>> v) {
        return withMetrics(cleanMeasurement(Modality::Text, QStringLiteral("texts/a.txt")), v);
    };
    items.push_back(image({{"image.width", 20}, {"image.height", 10}, {"image.aspect_ratio", 2}}));
    items.push_back(image({{"image.aspect_ratio", 0.2}}));
    items.push_back(image({{"image.brightness_p99", 0.1}}));
    items.push_back(image({{"image.brightness_p5", 0.97}}));
    items.push_back(image({{"image.contrast_rms", 0.012}}));
    items.push_back(image({{"image.blur_score", 0.1}}));
    items.push_back(image({{"image.sharpness_laplacian", 2.5}}));
    items.push_back(image({{"image.entropy", 1.5}}));
    items.push_back(image({{"image.is_grayscale", 1}}));
    items.push_back(audio({{"audio.frames", 0}}));
    items.push_back(audio({{"audio.duration_s", 0.05}}));
    items.push_back(audio({{"audio.duration_s", 4000}}));
    items.push_back(audio({{"audio.clipped_samples", 14181}, {"audio.clipping_ratio", 0.0123}}));
    items.push_back(audio({{"audio.peak_dbfs", -80}, {"audio.rms_dbfs", -90}}));
    items.push_back(audio({{"audio.silence_ratio", 0.95}}));
    items.push_back(audio({{"audio.peak_dbfs", -35}, {"audio.rms_dbfs", -50.25}}));
    items.push_back(audio({{"audio.dc_offset", -0.08}}));
    items.push_back(audio({{"audio.bandwidth_hz", 1500}}));
    items.push_back(text({{"text.invalid_bytes", 3}}));
    items.push_back(text({{"text.is_empty", 1}, {"text.chars", 0}}));
    items.push_back(text({{"text.is_empty", 1}, {"text.chars", 4}}));
    items.push_back(text({{"text.chars", 1}}));
    items.push_back(text({{"text.chars", 6000}}));
    items.push_back(text({{"text.control_chars", 2}}));
    for (Modality m : {Modality::Image, Modality::Audio, Modality::Text}) {
        FileMeasurement missing = cleanMeasurement(m, QStringLiteral("folder with spaces/it's here.bin"));
        missing.ok = false;
        missing.missing = true;
        items.push_back(missing);
        FileMeasurement broken = cleanMeasurement(m, QStringLiteral("broken.bin"));
        broken.ok = false;
        broken.error = QStringLiteral("cannot decode 'broken.bin': unexpected end of data");
        items.push_back(broken);
    }
    std::vector<QualityIssue> issues;
    for (const FileMeasurement& f : items)
        ItemIssueDetector::detect(QStringLiteral("s1"), f, QualityThresholds(), &issues);
    return issues;
}

ScanSample scanSample(int i, bool text = true)
{
    ScanSample s;
    s.id = QStringLiteral("s%1").arg(i, 2, 10, QLatin1Char('0'));
    s.source = QStringLiteral("metadata.csv");
    s.itemPath[int(Modality::Image)] = QStringLiteral("images/%1.png").arg(s.id);
    s.itemPath[int(Modality::Audio)] = QStringLiteral("audios/%1.wav").arg(s.id);
    s.hasItem[int(Modality::Image)] = true;
    s.hasItem[int(Modality::Audio)] = true;
    if (text) {
        s.itemPath[int(Modality::Text)] = QStringLiteral("texts/%1.txt").arg(s.id);
        s.hasItem[int(Modality::Text)] = true;
    }
    return s;
}

// Samples with cross-modal, timeline and dataset-wide problems, and outliers on both sides (log scale too).
std::vector<QualityIssue> sampleIssues()
{
    std::vector<ScanSample> samples;
    std::deque<FileMeasurement> files;
    SampleAnalyzer::MeasurementLookup lookup;
    for (int i = 0; i < 20; ++i) {
        samples.push_back(scanSample(i, i != 6));
        const ScanSample& s = samples.back();
        const double spread = 1.0 + 0.01 * i;
        double brightness = 0.45 * spread;
        double duration = 3.0 * spread;
        double words = 8 * spread;
        double rate = 16000;
        double channels = 1;
        if (i == 1)
            brightness = 5.0;
        if (i == 2)
            brightness = 0.001;
        if (i == 3)
            duration = 600;
        if (i == 4)
            duration = 0.2;
        if (i == 5)
            words = 400;
        if (i == 7) {
            rate = 44100;
            channels = 2;
        }
        files.push_back(withMetrics(cleanMeasurement(Modality::Image, s.itemPath[int(Modality::Image)]),
                                    {{"image.brightness_mean", brightness}}));
        files.push_back(
            withMetrics(cleanMeasurement(Modality::Audio, s.itemPath[int(Modality::Audio)]),
                        {{"audio.duration_s", duration}, {"audio.sample_rate", rate}, {"audio.channels", channels}}));
        if (s.hasItem[int(Modality::Text)])
            files.push_back(withMetrics(cleanMeasurement(Modality::Text, s.itemPath[int(Modality::Text)]),
                                        {{"text.words", words}}));
    }
    for (const FileMeasurement& f : files)
        lookup.insert(f.path, &f);
    using Stream = ScanSample::StreamInfo;
    const auto secondsToMicros = [](double s) { return Micros(qint64(s * 1e6)); };
    // A segment list running past its audio, one starting before 0 s, out of order.
    ScanSample& s8 = samples[8];
    s8.streams.push_back(Stream{StreamKind::Audio, QStringLiteral("audio"), s8.itemPath[int(Modality::Audio)],
                                Micros(0), secondsToMicros(3.08), Micros(0), true});
    s8.streams.push_back(Stream{StreamKind::TextSegments, QStringLiteral("words.srt"), QStringLiteral("words.srt"),
                                Micros(0), Micros(0), secondsToMicros(10.5), false});
    s8.streams.push_back(Stream{StreamKind::TextSegments, QStringLiteral("it's late"), QStringLiteral("late.srt"),
                                secondsToMicros(-1), Micros(0), secondsToMicros(2), true});
    // A manifest duration against the file's, and a segment of a file running past its end.
    samples[9].declaredDuration = 10;
    ScanSample& s10 = samples[10];
    s10.declaredDuration = 2.9;
    s10.streams.push_back(Stream{StreamKind::Audio, QStringLiteral("audio"), s10.itemPath[int(Modality::Audio)],
                                 secondsToMicros(1), secondsToMicros(2.9), Micros(0), true});
    // Two streams of one recording that last very differently.
    ScanSample& s11 = samples[11];
    s11.streams.push_back(Stream{StreamKind::Audio, QStringLiteral("mic"), QStringLiteral("mic.wav"), Micros(0),
                                 secondsToMicros(10), Micros(0), true});
    s11.streams.push_back(Stream{StreamKind::Sensor, QStringLiteral("imu"), QStringLiteral("imu.csv"), Micros(0),
                                 secondsToMicros(20), Micros(0), true});
    SampleMetricTable metrics;
    std::vector<QualityIssue> issues;
    SampleAnalyzer::analyze(samples, lookup, QualityThresholds(), &metrics, &issues);
    return issues;
}

QByteArray randomWords(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    QByteArray bytes(count * int(sizeof(quint32)), Qt::Uninitialized);
    for (int i = 0; i < count; ++i) {
        const quint32 w = random.generate();
        std::memcpy(bytes.data() + i * int(sizeof(quint32)), &w, sizeof(w));
    }
    return bytes;
}

// Exact and near groups of every modality, with each kind of note about the other modalities.
std::vector<QualityIssue> duplicateIssues()
{
    std::vector<ScanSample> samples;
    std::deque<FileMeasurement> files;
    SampleAnalyzer::MeasurementLookup lookup;
    const QByteArray sameText = MinHashSignature::compute(QStringLiteral("a dog runs on the beach")).toBytes();
    for (int i = 0; i < 9; ++i) {
        samples.push_back(scanSample(i, i != 3));
        const ScanSample& s = samples.back();
        FileMeasurement image = cleanMeasurement(Modality::Image, s.itemPath[int(Modality::Image)]);
        image.exactHash = QByteArray::number(100 + i);
        image.perceptualHash = quint64(0x1234567812345678ull) * quint64(i + 3);
        FileMeasurement audio = cleanMeasurement(Modality::Audio, s.itemPath[int(Modality::Audio)]);
        audio.exactHash = QByteArray::number(200 + i);
        audio.fingerprint = randomWords(quint32(i + 1), 400);
        FileMeasurement text = cleanMeasurement(Modality::Text, s.itemPath[int(Modality::Text)]);
        text.exactHash = QByteArray::number(300 + i);
        text.minHash = MinHashSignature::compute(QStringLiteral("caption number %1 of its own").arg(i)).toBytes();
        files.push_back(image);
        files.push_back(audio);
        if (s.hasItem[int(Modality::Text)])
            files.push_back(text);
    }
    const auto file = [&files](const QString& path) {
        for (FileMeasurement& f : files)
            if (f.path == path)
                return &f;
        return static_cast<FileMeasurement*>(nullptr);
    };
    const auto item = [&samples, &file](int i, Modality m) { return file(samples[i].itemPath[int(m)]); };
    // Images: 0 = 1 exactly (different captions and audio); 2 ~ 3 ~ 8 (3 has no caption).
    item(1, Modality::Image)->exactHash = item(0, Modality::Image)->exactHash;
    item(3, Modality::Image)->perceptualHash = item(2, Modality::Image)->perceptualHash;
    item(8, Modality::Image)->perceptualHash = *item(2, Modality::Image)->perceptualHash ^ 1;
    // Audio and text of 4 and 5 are the same files; 6 and 7 sound and read alike.
    item(5, Modality::Audio)->exactHash = item(4, Modality::Audio)->exactHash;
    item(5, Modality::Text)->exactHash = item(4, Modality::Text)->exactHash;
    item(7, Modality::Audio)->fingerprint = item(6, Modality::Audio)->fingerprint;
    item(6, Modality::Text)->minHash = sameText;
    item(7, Modality::Text)->minHash = sameText;
    for (const FileMeasurement& f : files)
        lookup.insert(f.path, &f);
    std::vector<DuplicateGroupRecord> groups;
    std::vector<QualityIssue> issues;
    DuplicateFinder::find(samples, lookup, QualityThresholds(), &groups, &issues);
    return issues;
}

QualityIssue issue(const char* type, const QString& message)
{
    QualityIssue i;
    i.sampleId = QStringLiteral("s1");
    i.type = QString::fromUtf8(type);
    i.modality = i.type.section(QLatin1Char('.'), 0, 0);
    i.message = message;
    return i;
}

}  // namespace

class TestIssueMessageText : public QObject {
    Q_OBJECT

    // Every issue is recognised and reads as the engine wrote it; returns the types seen.
    static QSet<QString> checkReadsAsTheEngine(const std::vector<QualityIssue>& issues, QStringList* failures)
    {
        QSet<QString> types;
        for (const QualityIssue& i : issues) {
            types.insert(i.type);
            const std::optional<QString> text = IssueMessageText::translated(i);
            if (!text)
                *failures << QStringLiteral("%1: no sentence reads \"%2\"").arg(i.type, i.message);
            else if (*text != i.message)
                *failures << QStringLiteral("%1: \"%2\" instead of \"%3\"").arg(i.type, *text, i.message);
        }
        return types;
    }

private slots:
    void everyDetectorReadsTheSameInEnglish()
    {
        QStringList failures;
        QSet<QString> types = checkReadsAsTheEngine(itemIssues(), &failures);
        types.unite(checkReadsAsTheEngine(sampleIssues(), &failures));
        types.unite(checkReadsAsTheEngine(duplicateIssues(), &failures));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        // The engine was made to write every type that has a sentence (so each was checked above) and no other.
        QStringList known = IssueMessageText::types();
        known.sort();
        QStringList seen(types.cbegin(), types.cend());
        seen.sort();
        QCOMPARE(seen, known);
    }

    void everyWordingWasWritten()
    {
        // The variants of one type: each was among the engine's messages above.
        QStringList messages;
        for (const auto& list : {itemIssues(), sampleIssues(), duplicateIssues()})
            for (const QualityIssue& i : list)
                messages << i.message;
        const QString all = messages.join(QLatin1Char('\n'));
        for (const char* part : {"cleanvision blur score",
                                 "variance of the Laplacian 2.50 under",
                                 "only whitespace (4 characters)",
                                 "the text is empty",
                                 "bytes are not valid UTF-8",
                                 "has a segment ending at",
                                 "starts before 0 s",
                                 "runs past the end of the",
                                 "manifest says",
                                 "its streams last between",
                                 "robust z above the median",
                                 "robust z below the median",
                                 "(log scale)",
                                 "not all have a caption",
                                 "different image, same captions",
                                 "different image, same audio",
                                 "different captions, different audio",
                                 "pHash within",
                                 "fingerprint similarity >=",
                                 "MinHash Jaccard >=",
                                 "same decoded pixels",
                                 "same decoded samples",
                                 "same normalised text"})
            QVERIFY2(all.contains(QLatin1String(part)), part);
    }

    void aScannedDemoReadsTheSame()
    {
        QTemporaryDir dir;
        NullProgress progress;
        DemoDataset::Options options;
        options.samples = 60;
        options.recordings = 1;
        const DemoDataset::Result demo = DemoDataset::generate(dir.filePath(QStringLiteral("demo")), options, progress);
        QVERIFY2(demo.ok, qPrintable(demo.error));
        auto opened = ProjectStore::open(dir.filePath(QStringLiteral("demo.lockstep")));
        QVERIFY(opened.store);
        QVERIFY(importDatasetIntoProject(dir.filePath(QStringLiteral("demo")), *opened.store, progress).ok);
        const QualityScan::Report report = QualityScan::run(*opened.store, progress, {});
        QVERIFY2(report.ok, qPrintable(report.error));
        QualityRepository repository(*opened.store);
        const std::vector<QualityIssue> issues = repository.issues(1000000);
        QVERIFY(issues.size() > 20);
        QStringList failures;
        const QSet<QString> types = checkReadsAsTheEngine(issues, &failures);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY(types.size() > 10);
        for (const DuplicateGroupRecord& g : repository.duplicateGroups())
            QCOMPARE(IssueMessageText::duplicateReason(g.reason), g.reason);
    }

    void unknownTypesAndWordingsShowTheStoredMessage()
    {
        const QualityIssue newer = issue("image.too_colourful", QStringLiteral("saturation 0.99 (limit 0.9)"));
        QVERIFY(!IssueMessageText::translated(newer));
        QCOMPARE(IssueMessageText::message(newer), newer.message);
        const QualityIssue older = issue("audio.clipping", QStringLiteral("clipped in 40 places"));
        QVERIFY(!IssueMessageText::translated(older));
        QCOMPARE(IssueMessageText::message(older), older.message);
        QCOMPARE(IssueMessageText::duplicateReason(QStringLiteral("same colour histogram")),
                 QStringLiteral("same colour histogram"));
        // A reason note the engine does not write leaves the whole reason as it is.
        QCOMPARE(IssueMessageText::duplicateReason(QStringLiteral("same decoded pixels (same smell)")),
                 QStringLiteral("same decoded pixels (same smell)"));
    }

    void translatedSentencesKeepTheEnginesNumbersAndNames()
    {
        MarkingTranslator translator({QByteArrayLiteral("lockstep::IssueMessageText")});
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QualityIssue clipping = issue(
            "audio.clipping", QStringLiteral("14181 samples in runs of 3 or more at full scale (1.230% of the clip)"));
        QCOMPARE(IssueMessageText::message(clipping),
                 QStringLiteral("\u00ab14181 samples in runs of 3 or more at full scale (1.230% of the clip)\u00bb"));
        const QualityIssue missing =
            issue("sample.missing_modality", QStringLiteral("no audio, text, which 50% or more of the samples from "
                                                            "'metadata.csv' have"));
        QCOMPARE(IssueMessageText::message(missing),
                 QStringLiteral("\u00abno \u00abaudio\u00bb\u00ab, \u00bb\u00abtext\u00bb, which 50% or more of the "
                                "samples from 'metadata.csv' have\u00bb"));
        // A name that looks like a placeholder stays a name.
        const QualityIssue segment = issue("sample.segment_out_of_bounds", QStringLiteral("'%2 %1' starts before 0 s"));
        QCOMPARE(IssueMessageText::message(segment), QStringLiteral("\u00ab'%2 %1' starts before 0 s\u00bb"));
        const QualityIssue duplicate =
            issue("image.near_duplicate",
                  QStringLiteral("near duplicate of sample s2 (suggested keeper): pHash within 4 bits (same audio)"));
        QCOMPARE(IssueMessageText::message(duplicate),
                 QStringLiteral("\u00abnear duplicate of sample s2 (suggested keeper): \u00abpHash within 4 bits\u00bb"
                                "\u00ab (\u00absame audio\u00bb)\u00bb\u00bb"));
        const QualityIssue broken =
            issue("image.unreadable", QStringLiteral("cannot decode 'x.png': unexpected end of data"));
        QCOMPARE(IssueMessageText::message(broken),
                 QStringLiteral("\u00abcannot decode 'x.png': unexpected end of data\u00bb"));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(IssueMessageText::message(clipping), clipping.message);
    }

    void outlierSentencesNameTheMetric()
    {
        EntryTranslator chinese({
            {QStringLiteral("lockstep::IssueMessageText|%1 = %2 is %3 robust z below the median %4"),
             QStringLiteral("%1 = %2\uff0c\u6bd4\u4e2d\u4f4d\u6570 %4 \u4f4e %3 \u4e2a\u7a33\u5065 z")},
            {QStringLiteral("lockstep::IssueMessageText|%1 = %2 is %3 robust z above the median %4"),
             QStringLiteral("%1 = %2\uff0c\u6bd4\u4e2d\u4f4d\u6570 %4 \u9ad8 %3 \u4e2a\u7a33\u5065 z")},
            {QStringLiteral("lockstep::QualityNames|%1 (%2)"), QStringLiteral("%1\uff08%2\uff09")},
            {QStringLiteral("lockstep::QualityNames|RMS level (dBFS)"), QStringLiteral("RMS \u7535\u5e73")},
            {QStringLiteral("lockstep::QualityNames|Words per second of audio"),
             QStringLiteral("\u6bcf\u79d2\u8bcd\u6570")},
        });
        const QualityIssue rms = issue("sample.metric_outlier",
                                       QStringLiteral("audio.rms_dbfs = -50.25 is 5.1 robust z below the median -20"));
        const QualityIssue speech =
            issue("sample.speech_rate_outlier",
                  QStringLiteral("sample.words_per_second = 9 is 4 robust z above the median 2.5"));
        // A metric of a newer engine, without a name here.
        const QualityIssue unnamed = issue(
            "sample.metric_outlier", QStringLiteral("audio.loudness_lufs = -40 is 4 robust z below the median -23"));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        const QString rmsShown = IssueMessageText::message(rms);
        const QString speechShown = IssueMessageText::message(speech);
        const QString unnamedShown = IssueMessageText::message(unnamed);
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(rmsShown, QStringLiteral("RMS \u7535\u5e73\uff08audio.rms_dbfs\uff09 = -50.25\uff0c\u6bd4\u4e2d"
                                          "\u4f4d\u6570 -20 \u4f4e 5.1 \u4e2a\u7a33\u5065 z"));
        QCOMPARE(speechShown, QStringLiteral("\u6bcf\u79d2\u8bcd\u6570\uff08sample.words_per_second\uff09 = 9\uff0c"
                                             "\u6bd4\u4e2d\u4f4d\u6570 2.5 \u9ad8 4 \u4e2a\u7a33\u5065 z"));
        QCOMPARE(unnamedShown, QStringLiteral("audio.loudness_lufs = -40\uff0c\u6bd4\u4e2d\u4f4d\u6570 -23 \u4f4e 4 "
                                              "\u4e2a\u7a33\u5065 z"));
        // In English the identifier is the name: the stored sentence as it is.
        QCOMPARE(IssueMessageText::message(rms), rms.message);
        QCOMPARE(IssueMessageText::message(speech), speech.message);
    }
};

QTEST_GUILESS_MAIN(TestIssueMessageText)
#include "test_issue_message_text.moc"
