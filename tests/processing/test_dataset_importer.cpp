// Each dataset layout on a fixture written in the test, including broken rows and files.
#include "dataset/DatasetImporter.h"
#include "dataset/SampleSink.h"
#include "progress/Progress.h"

#include "TestFiles.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace lockstep;
using namespace std::chrono_literals;

namespace {

const Diagnostic* findDiagnostic(const Diagnostics& list, const QString& needle)
{
    for (const Diagnostic& d : list)
        if (d.message.contains(needle))
            return &d;
    return nullptr;
}

QString dump(const Diagnostics& list)
{
    QStringList lines;
    for (const Diagnostic& d : list)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

class TestDatasetImporter : public QObject {
    Q_OBJECT

private:
    static CollectingSink import(const QString& path, ImportReport* report = nullptr, ImportOptions options = {})
    {
        CollectingSink sink;
        NullProgress progress;
        const ImportReport r = DatasetImporter::run(path, sink, progress, options);
        if (report)
            *report = r;
        return sink;
    }

private slots:
    void metadataCsv()
    {
        QTemporaryDir tmp;
        const QString root = tmp.path();
        test::writeFile(root + QStringLiteral("/images/a.png"), test::tinyPng());
        test::writeFile(root + QStringLiteral("/images/b.png"), test::tinyPng());
        test::writeFile(root + QStringLiteral("/texts/a.txt"), "a red bird");
        test::writeWav(root + QStringLiteral("/audios/a.wav"), 0.1);
        test::writeFile(root + QStringLiteral("/metadata.csv"),
                        "\xEF\xBB\xBFid,IMAGE_PATH,Text_Path,audio path,Label,Speaker\r\n"
                        "a,images/a.png,texts/a.txt,audios/a.wav,bird,\"Smith, J\"\r\n"
                        "b,images/b.png,,audios/missing.wav,\"car\",\"multi\nline\"\r\n"
                        "c,../outside.png,texts/a.txt,,dog,x\r\n"
                        "short,images/a.png\r\n"
                        "a,images/b.png,,,bird,dup\r\n");
        ImportReport report;
        const CollectingSink sink = import(root, &report);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.layout, QStringLiteral("metadata-csv"));
        QCOMPARE(int(sink.samples.size()), 5);
        QCOMPARE(report.samples, qint64(5));

        const Sample& a = sink.samples[0];
        QCOMPARE(a.id, QStringLiteral("a"));
        QCOMPARE(a.label, QStringLiteral("bird"));
        QCOMPARE(a.modalities(),
                 modalityBit(Modality::Image) | modalityBit(Modality::Text) | modalityBit(Modality::Audio));
        QCOMPARE(a.item(Modality::Audio)->path, QStringLiteral("audios/a.wav"));
        QVERIFY(!a.item(Modality::Audio)->fileMissing);
        QCOMPARE(a.attributes.size(), 1);
        QCOMPARE(a.attributes[0].first, QStringLiteral("Speaker"));
        QCOMPARE(a.attributes[0].second, QStringLiteral("Smith, J"));

        const Sample& b = sink.samples[1];
        QVERIFY(!b.item(Modality::Text));  // empty cell: modality absent
        QVERIFY(b.item(Modality::Audio)->fileMissing);
        QCOMPARE(b.attributes[0].second, QStringLiteral("multi\nline"));
        const Diagnostic* missing = findDiagnostic(sink.diagnostics, QStringLiteral("audios/missing.wav"));
        QVERIFY2(missing, qPrintable(dump(sink.diagnostics)));
        QCOMPARE(missing->file, QStringLiteral("metadata.csv"));
        QCOMPARE(missing->line, 3);
        QCOMPARE(missing->sampleId, QStringLiteral("b"));

        // The escaping path is refused, reported on its line, and the rest of the row is kept.
        const Sample& c = sink.samples[2];
        QVERIFY(!c.item(Modality::Image));
        QVERIFY(c.item(Modality::Text));
        const Diagnostic* escape = findDiagnostic(sink.diagnostics, QStringLiteral("leaves the dataset folder"));
        QVERIFY(escape);
        QCOMPARE(escape->line, 5);
        QCOMPARE(escape->severity, Diagnostic::Severity::Error);

        const Diagnostic* shortRow =
            findDiagnostic(sink.diagnostics, QStringLiteral("2 fields where the header has 6"));
        QVERIFY(shortRow);
        QCOMPARE(shortRow->line, 6);

        // A repeated id is renamed, not dropped, and the message points at the row.
        QCOMPARE(sink.samples[4].id, QStringLiteral("a#2"));
        const Diagnostic* dup = findDiagnostic(sink.diagnostics, QStringLiteral("appears more than once"));
        QVERIFY(dup);
        QCOMPARE(dup->line, 7);
        QCOMPARE(dup->file, QStringLiteral("metadata.csv"));
    }

    void metadataCsvWithoutVerification()
    {
        QTemporaryDir tmp;
        test::writeFile(tmp.filePath(QStringLiteral("metadata.csv")), "ID,Image_Path\nx,images/none.png\n");
        ImportOptions options;
        options.verifyFiles = false;
        const CollectingSink sink = import(tmp.path(), nullptr, options);
        QCOMPARE(int(sink.samples.size()), 1);
        QVERIFY(!sink.samples[0].item(Modality::Image)->fileMissing);
        QVERIFY(sink.diagnostics.isEmpty());
    }

    void invalidUtf8InCsvIsReported()
    {
        QTemporaryDir tmp;
        test::writeFile(tmp.filePath(QStringLiteral("metadata.csv")), "ID,Text\nx,ok\ny,caf\xE9\n");
        const CollectingSink sink = import(tmp.path());
        QCOMPARE(int(sink.samples.size()), 2);
        const Diagnostic* d = findDiagnostic(sink.diagnostics, QStringLiteral("not valid UTF-8"));
        QVERIFY(d);
        QCOMPARE(d->line, 3);
        QCOMPARE(sink.samples[1].item(Modality::Text)->inlineText, QStringLiteral("caf\uFFFD"));
    }

    void emptyCsvIsAnError()
    {
        QTemporaryDir tmp;
        test::writeFile(tmp.filePath(QStringLiteral("metadata.csv")), "");
        ImportReport report;
        import(tmp.path(), &report);
        QVERIFY(!report.ok);
        QVERIFY(report.error.contains(QStringLiteral("metadata.csv")));
    }

    void jsonlGenericAndNemo()
    {
        QTemporaryDir tmp;
        const QString root = tmp.path();
        test::writeWav(root + QStringLiteral("/wavs/long.wav"), 0.2);
        test::writeFile(root + QStringLiteral("/img/p.png"), test::tinyPng());
        test::writeFile(
            root + QStringLiteral("/manifest.jsonl"),
            "{\"audio_filepath\": \"wavs/long.wav\", \"duration\": 1.5, \"offset\": 2.25, \"text\": \"hello world\"}\n"
            "{\"audio_filepath\": \"" +
                root.toUtf8() +
                "/wavs/long.wav\", \"duration\": 0.5, \"text\": \"absolute inside\"}\n"
                "\n"
                "{not json}\n"
                "[1, 2]\n"
                "{\"id\": \"p1\", \"image\": \"img/p.png\", \"caption\": \"a photo\", \"label\": \"cat\", \"score\": "
                "0.5, \"tags\": [\"a\"]}\r\n"
                "{\"audio_filepath\": \"/etc/passwd\", \"text\": \"escape\"}\n");
        ImportReport report;
        const CollectingSink sink = import(root, &report);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.layout, QStringLiteral("jsonl"));
        QCOMPARE(int(sink.samples.size()), 4);

        const Sample& nemo = sink.samples[0];
        QCOMPARE(nemo.id, QStringLiteral("long@2.25"));  // a segment of long.wav: the offset tells them apart
        QCOMPARE(nemo.item(Modality::Text)->inlineText, QStringLiteral("hello world"));
        QCOMPARE(nemo.streams.size(), std::size_t(1));
        QCOMPARE(nemo.streams[0].start, 2'250'000us);
        QCOMPARE(nemo.streams[0].duration, 1'500'000us);
        QCOMPARE(sink.samples[1].id, QStringLiteral("long"));
        QCOMPARE(sink.samples[1].item(Modality::Audio)->path, QStringLiteral("wavs/long.wav"));

        const Sample& generic = sink.samples[2];
        QCOMPARE(generic.id, QStringLiteral("p1"));
        QCOMPARE(generic.label, QStringLiteral("cat"));
        QCOMPARE(generic.item(Modality::Image)->path, QStringLiteral("img/p.png"));
        QCOMPARE(generic.item(Modality::Text)->inlineText, QStringLiteral("a photo"));

        const Diagnostic* bad = findDiagnostic(sink.diagnostics, QStringLiteral("not valid JSON"));
        QVERIFY2(bad, qPrintable(dump(sink.diagnostics)));
        QCOMPARE(bad->line, 4);
        QCOMPARE(bad->file, QStringLiteral("manifest.jsonl"));
        const Diagnostic* notObject = findDiagnostic(sink.diagnostics, QStringLiteral("expected a JSON object"));
        QVERIFY(notObject);
        QCOMPARE(notObject->line, 5);
        const Diagnostic* escape = findDiagnostic(sink.diagnostics, QStringLiteral("/etc/passwd"));
        QVERIFY(escape);
        QCOMPARE(escape->line, 7);
        QVERIFY(!sink.samples[3].item(Modality::Audio));
    }

    void jsonArrayManifestGivenDirectly()
    {
        QTemporaryDir tmp;
        test::writeFile(tmp.filePath(QStringLiteral("data.json")),
                        "[{\"file_name\": \"a.wav\", \"text\": \"x\"}, {\"file_name\": \"b.jpg\"}, 3]");
        ImportReport report;
        const CollectingSink sink = import(tmp.filePath(QStringLiteral("data.json")), &report);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(int(sink.samples.size()), 2);
        QVERIFY(sink.samples[0].item(Modality::Audio));  // Hugging Face file_name: modality from extension
        QVERIFY(sink.samples[1].item(Modality::Image));
        QVERIFY(findDiagnostic(sink.diagnostics, QStringLiteral("not an object")));
    }

    void stemPairingAcrossModalityFolders()
    {
        QTemporaryDir tmp;
        const QString root = tmp.path();
        test::writeFile(root + QStringLiteral("/images/cat/1.png"), test::tinyPng());
        test::writeFile(root + QStringLiteral("/texts/cat/1.txt"), "a cat");
        test::writeWav(root + QStringLiteral("/audios/cat/1.wav"), 0.05);
        test::writeFile(root + QStringLiteral("/images/dog/2.png"), test::tinyPng());
        test::writeFile(root + QStringLiteral("/texts/3.txt"), "text only");
        test::writeFile(root + QStringLiteral("/images/notes.doc"), "ignored");
        ImportReport report;
        const CollectingSink sink = import(root, &report);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.layout, QStringLiteral("stem-pairing"));
        QCOMPARE(int(sink.samples.size()), 3);
        QCOMPARE(sink.samples[0].id, QStringLiteral("3"));
        QCOMPARE(sink.samples[1].id, QStringLiteral("cat/1"));
        QCOMPARE(sink.samples[1].label, QStringLiteral("cat"));
        QCOMPARE(sink.samples[1].items.size(), std::size_t(3));
        QCOMPARE(sink.samples[2].modalities(), modalityBit(Modality::Image));
    }

    void flatFolder()
    {
        QTemporaryDir tmp;
        const QString root = tmp.path();
        test::writeFile(root + QStringLiteral("/x.png"), test::tinyPng());
        test::writeFile(root + QStringLiteral("/x.txt"), "caption");
        test::writeWav(root + QStringLiteral("/y.wav"), 0.05);
        test::writeFile(root + QStringLiteral("/y.flac.txt"), "z");
        const CollectingSink sink = import(root);
        QCOMPARE(int(sink.samples.size()), 3);
        QCOMPARE(sink.samples[0].id, QStringLiteral("x"));
        QCOMPARE(sink.samples[0].items.size(), std::size_t(2));
    }

    void emptyFolderIsAnError()
    {
        QTemporaryDir tmp;
        ImportReport report;
        import(tmp.path(), &report);
        QVERIFY(!report.ok);
        QVERIFY2(report.error.contains(QStringLiteral("no samples found")), qPrintable(report.error));
        import(tmp.filePath(QStringLiteral("does-not-exist")), &report);
        QVERIFY(!report.ok);
    }

    void recordings()
    {
        QTemporaryDir tmp;
        const QString rec = tmp.filePath(QStringLiteral("recordings/r1"));
        test::writeWav(rec + QStringLiteral("/audio.wav"), 2.0, 8000);
        test::writeFile(rec + QStringLiteral("/subtitles.srt"),
                        "1\n00:00:00,500 --> 00:00:01,250\nHello there\n\n2\n00:00:01,500 --> 00:00:01,900\nBye\n");
        test::writeFile(rec + QStringLiteral("/imu.csv"),
                        "time_ms,ax,ay\n0,0.1,0.2\n20,0.1,0.3\n40,bad,0.1\n60,0.2,0.2\n");
        test::writeFile(rec + QStringLiteral("/notes.csv"), "a,b\n1,2\n");
        for (int i = 0; i < 3; ++i)
            test::writeFile(rec + QStringLiteral("/frames/frame_%1ms.png").arg(i * 500), test::tinyPng());
        test::writeFile(tmp.filePath(QStringLiteral("recordings/empty/readme.md.bak")), "x");

        ImportReport report;
        const CollectingSink sink = import(tmp.path(), &report);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.layout, QStringLiteral("recordings"));
        QCOMPARE(int(sink.samples.size()), 1);
        const Sample& s = sink.samples[0];
        QCOMPARE(s.id, QStringLiteral("r1"));
        QVERIFY(s.item(Modality::Audio));
        QCOMPARE(s.streams.size(), std::size_t(4));

        auto stream = [&s](StreamKind kind) -> const Stream* {
            for (const Stream& st : s.streams)
                if (st.kind == kind)
                    return &st;
            return nullptr;
        };
        const Stream* audio = stream(StreamKind::Audio);
        QVERIFY(audio);
        QCOMPARE(audio->duration, 2'000'000us);
        QCOMPARE(audio->rate, 8000.0);
        const Stream* text = stream(StreamKind::TextSegments);
        QVERIFY(text);
        QCOMPARE(text->segments.size(), std::size_t(2));
        QCOMPARE(text->segments[0].start, 500'000us);
        QCOMPARE(text->segments[0].end, 1'250'000us);
        QCOMPARE(text->segments[0].text, QStringLiteral("Hello there"));
        const Stream* sensor = stream(StreamKind::Sensor);
        QVERIFY(sensor);
        QCOMPARE(sensor->channels, (QStringList{QStringLiteral("ax"), QStringLiteral("ay")}));
        QCOMPARE(sensor->pointCount, qint64(3));
        QCOMPARE(sensor->duration, 60'000us);
        const Stream* frames = stream(StreamKind::Frames);
        QVERIFY(frames);
        QCOMPARE(frames->frames.size(), std::size_t(3));
        QCOMPARE(frames->frames[2].time, 1'000'000us);
        QCOMPARE(frames->frames[2].path, QStringLiteral("recordings/r1/frames/frame_1000ms.png"));

        const Diagnostic* badRow = findDiagnostic(sink.diagnostics, QStringLiteral("'bad'"));
        QVERIFY2(badRow, qPrintable(dump(sink.diagnostics)));
        QCOMPARE(badRow->file, QStringLiteral("recordings/r1/imu.csv"));
        QCOMPARE(badRow->line, 4);
        QVERIFY(findDiagnostic(sink.diagnostics, QStringLiteral("is not a sensor stream")));
        QVERIFY(findDiagnostic(sink.diagnostics, QStringLiteral("holds no media")));
    }

    void cancelStopsTheImport()
    {
        QTemporaryDir tmp;
        QByteArray csv = "ID,Text\n";
        for (int i = 0; i < 20000; ++i)
            csv += "s" + QByteArray::number(i) + ",caption\n";
        test::writeFile(tmp.filePath(QStringLiteral("metadata.csv")), csv);
        CollectingSink sink;
        NullProgress progress;
        progress.cancel();
        const ImportReport report = DatasetImporter::run(tmp.path(), sink, progress);
        QVERIFY(!report.ok);
        QVERIFY(report.cancelled);
        QVERIFY(sink.samples.size() < 20000);
    }
};

QTEST_GUILESS_MAIN(TestDatasetImporter)
#include "test_dataset_importer.moc"
