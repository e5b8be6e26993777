#include "dataset/TimedTextReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;
using Format = TimedTextReader::Format;

Q_DECLARE_METATYPE(std::optional<TimedTextReader::Format>)

namespace {

QString fixturePath(const char* name)
{
    return QStringLiteral(LOCKSTEP_TEST_DATA_DIR "/timedtext/") + QString::fromUtf8(name);
}

}  // namespace

class TestTimedTextReader : public QObject {
    Q_OBJECT

private slots:
    void formatForPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<std::optional<Format>>("format");
        QTest::newRow("srt") << QStringLiteral("a/b/movie.srt") << std::optional<Format>(Format::Srt);
        QTest::newRow("SRT upper case") << QStringLiteral("MOVIE.SRT") << std::optional<Format>(Format::Srt);
        QTest::newRow("vtt") << QStringLiteral("x.vtt") << std::optional<Format>(Format::WebVtt);
        QTest::newRow("TextGrid") << QStringLiteral("/abs/rec.TextGrid") << std::optional<Format>(Format::TextGrid);
        QTest::newRow("textgrid") << QStringLiteral("rec.textgrid") << std::optional<Format>(Format::TextGrid);
        QTest::newRow("eaf") << QStringLiteral("session.v2.eaf") << std::optional<Format>(Format::Eaf);
        QTest::newRow("json") << QStringLiteral("whisper.json") << std::optional<Format>(Format::JsonSegments);
        QTest::newRow("jsonl is not json") << QStringLiteral("manifest.jsonl") << std::optional<Format>();
        QTest::newRow("txt") << QStringLiteral("notes.txt") << std::optional<Format>();
        QTest::newRow("no extension") << QStringLiteral("srt") << std::optional<Format>();
        QTest::newRow("folder named .srt") << QStringLiteral("a.srt/file") << std::optional<Format>();
        QTest::newRow("empty") << QString() << std::optional<Format>();
    }

    void formatForPath()
    {
        QFETCH(QString, path);
        QFETCH(std::optional<Format>, format);
        QCOMPARE(TimedTextReader::formatForPath(path), format);
    }

    void formatNames()
    {
        QCOMPARE(TimedTextReader::formatName(Format::Srt), QStringLiteral("SubRip"));
        QCOMPARE(TimedTextReader::formatName(Format::WebVtt), QStringLiteral("WebVTT"));
        QCOMPARE(TimedTextReader::formatName(Format::TextGrid), QStringLiteral("Praat TextGrid"));
        QCOMPARE(TimedTextReader::formatName(Format::Eaf), QStringLiteral("ELAN EAF"));
        QCOMPARE(TimedTextReader::formatName(Format::JsonSegments), QStringLiteral("JSON segments"));
    }

    void readsAndDispatches_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tiers");
        QTest::addColumn<QString>("firstText");
        QTest::newRow("srt") << QStringLiteral("bom_crlf.srt") << 1 << QStringLiteral("Hello world");
        QTest::newRow("vtt") << QStringLiteral("sample.vtt") << 1 << QStringLiteral("We are in New York City");
        QTest::newRow("TextGrid") << QStringLiteral("chinese_utf16le.TextGrid") << 2 << QString::fromUtf8("你好，世界");
        QTest::newRow("eaf") << QStringLiteral("unaligned.eaf") << 7 << QStringLiteral("hello there");
        QTest::newRow("json") << QStringLiteral("whisper.json") << 2 << QStringLiteral("Hello world.");
    }

    void readsAndDispatches()
    {
        QFETCH(QString, file);
        QFETCH(int, tiers);
        QFETCH(QString, firstText);
        const QString display = QStringLiteral("recordings/s1/") + file;
        const TimedTextDocument doc =
            TimedTextReader::readFile(QStringLiteral(LOCKSTEP_TEST_DATA_DIR "/timedtext/") + file, display);
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QCOMPARE(doc.tiers.size(), tiers);
        QCOMPARE(doc.tiers[0].segments.at(0).text, firstText);
        for (const Diagnostic& d : doc.diagnostics)
            QCOMPARE(d.file, display);
    }

    void diagnosticsNameTheDisplayName()
    {
        const TimedTextDocument doc =
            TimedTextReader::readFile(fixturePath("broken.srt"), QStringLiteral("subs/b.srt"));
        QVERIFY(doc.ok);
        QVERIFY(!doc.diagnostics.isEmpty());
        QCOMPARE(doc.diagnostics[0].toString().left(11), QStringLiteral("subs/b.srt:"));
    }

    void unreadableFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const TimedTextDocument missing =
            TimedTextReader::readFile(dir.filePath(QStringLiteral("gone.srt")), QStringLiteral("gone.srt"));
        QVERIFY(!missing.ok);
        QVERIFY2(missing.error.startsWith(QStringLiteral("gone.srt: cannot read")), qPrintable(missing.error));

        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.vtt")));
        const TimedTextDocument folder =
            TimedTextReader::readFile(dir.filePath(QStringLiteral("folder.vtt")), QStringLiteral("folder.vtt"));
        QVERIFY(!folder.ok);
        QVERIFY2(folder.error.startsWith(QStringLiteral("folder.vtt: ")), qPrintable(folder.error));

        const TimedTextDocument unknown =
            TimedTextReader::readFile(fixturePath("make_praat_fixtures.praat"), QStringLiteral("m.praat"));
        QVERIFY(!unknown.ok);
        QVERIFY(unknown.error.contains(QStringLiteral("unknown timed-text format")));
    }

    void refusesHugeFiles()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("huge.srt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        // Sparse: takes no disk space, but reports 256 MiB + 1 byte.
        QVERIFY(big.resize(TimedTextReader::kMaxFileSize + 1));
        big.close();
        const TimedTextDocument doc = TimedTextReader::readFile(big.fileName(), QStringLiteral("huge.srt"));
        QVERIFY(!doc.ok);
        QVERIFY2(doc.error.startsWith(QStringLiteral("huge.srt: file is too large")), qPrintable(doc.error));
        QVERIFY(doc.error.contains(QStringLiteral("256 MiB")));
    }

    void emptyFiles()
    {
        QTemporaryDir dir;
        for (const char* name : {"e.srt", "e.vtt", "e.TextGrid", "e.eaf", "e.json"}) {
            QFile f(dir.filePath(QString::fromUtf8(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            const TimedTextDocument doc = TimedTextReader::readFile(f.fileName(), QString::fromUtf8(name));
            // An empty subtitle file is a file without cues; the other formats need a header.
            QCOMPARE(doc.ok, QByteArray(name) == "e.srt");
            if (!doc.ok)
                QVERIFY2(doc.error.startsWith(QString::fromUtf8(name) + QStringLiteral(": ")), qPrintable(doc.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestTimedTextReader)
#include "test_timed_text_reader.moc"
