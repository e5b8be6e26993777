// The engine's diagnostics, file errors and decoder errors are shown in the user's language. The importers,
// parsers, decoders and the project store are driven with broken files here; for every message they write,
// EngineMessageText must recognise the sentence, translate it (nested phrases too) and, with no translator, give
// back the engine's English exactly. A scan of the engine's sources makes sure no sentence is missing from the
// table: a new diagnostic or error without a sentence in EngineMessageText fails here.
#include "DiagnosticsModel.h"
#include "EngineMessageText.h"
#include "EngineProgressText.h"
#include "EntryTranslator.h"
#include "MarkingTranslator.h"
#include "dataset/DatasetImporter.h"
#include "dataset/SampleSink.h"
#include "dataset/TimedTextReader.h"
#include "media/AudioDecoder.h"
#include "media/DatasetRoot.h"
#include "media/ImageDecoder.h"
#include "media/TextDecoder.h"
#include "media/VideoProbe.h"
#include "progress/Progress.h"
#include "store/LassoPolygon.h"
#include "store/ProjectStore.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

namespace {

// A few entries of a zh_CN translation, the way a loaded .qm answers.
class ChineseTranslator : public EntryTranslator {
public:
    ChineseTranslator()
        : EntryTranslator({
              {QStringLiteral("lockstep::EngineMessageText|%1 fields where the header has %2; missing fields read as "
                              "empty, extra fields are "
                              "dropped"),
               QStringLiteral("此行有 %1 个字段，表头有 %2 个；缺少的字段按空值读取，多余的字段被丢弃")},
              {QStringLiteral("lockstep::EngineMessageText|malformed timing line %1: %2 (expected HH:MM:SS,mmm --> "
                              "HH:MM:SS,mmm); cue skipped"),
               QStringLiteral("时间行 %1 格式错误：%2（应为 HH:MM:SS,mmm --> HH:MM:SS,mmm）；已跳过该字幕")},
              {QStringLiteral("lockstep::EngineMessageText|start time: %1"), QStringLiteral("开始时间：%1")},
              {QStringLiteral("lockstep::EngineMessageText|expected a time"), QStringLiteral("此处应为时间")},
              {QStringLiteral("lockstep::EngineMessageText|cannot open project '%1': %2"),
               QStringLiteral("无法打开项目“%1”：%2")},
              {QStringLiteral("lockstep::EngineMessageText|%1 file '%2' does not exist"),
               QStringLiteral("%1文件“%2”不存在")},
              {QStringLiteral("lockstep::EngineMessageText|audio"), QStringLiteral("音频")},
          })
    {}
};

const QRegularExpression& hanCharacters()
{
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    return han;
}

void write(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A dataset whose manifest and recordings hold a bit of everything the importers complain about.
void writeBrokenDataset(const QString& root)
{
    write(root + QStringLiteral("/metadata.csv"),
          "ID,Image_Path,Text_Path,Audio_Path,Label\n"
          "001,images/001.png,texts/001.txt,audios/missing.wav,cat\n"
          "002,../../etc/passwd,,,dog\n"
          "003,images/003.png\n"
          "001,,,,again\n"
          "004,,,,caf\xff\n"
          "005,,\"open,,\n");
    write(root + QStringLiteral("/images/001.png"), QByteArray("\x89PNG\r\n\x1a\n", 8));
    write(root + QStringLiteral("/texts/001.txt"), "hello");
    const QString rec = root + QStringLiteral("/recordings/r1/");
    write(rec + QStringLiteral("subs.srt"),
          "1\n00:00:01,000 --> 00:00:02,000\nfine\n\n"
          "2\n00:00:03 --> 00:00:04,000\nbad start\n\n"
          "3\n00:00:05,000 -> 00:00:06,000\nno arrow\n\n"
          "4\n00:00:09,000 --> 00:00:08,000\nbackwards\n");
    write(rec + QStringLiteral("captions.vtt"),
          "WEBVTT\n00:01.000 --> 00:02.000\nno blank line\n\n00:03.000 --> 00:0x.000\nbad\n\nstray text\n");
    write(rec + QStringLiteral("imu.csv"), "time_s,ax\n0.0,1\n0.1,x\n0.05,2\n0.2\n");
    write(rec + QStringLiteral("table.csv"), "name,value\na,1\n");
    write(rec + QStringLiteral("words.json"),
          "[{\"start\": 0, \"end\": 1, \"text\": \"a\"}, 5, {\"end\": 2}, {\"start\": 3, \"end\": 1, \"text\": 7},"
          " {\"start\": \"x\", \"end\": 1}, {\"start\": 0, \"end\": 1, \"words\": 3}]");
    write(rec + QStringLiteral("frames/frame_a.png"), QByteArray("\x89PNG\r\n\x1a\n", 8));
    write(rec + QStringLiteral("frames/frames.csv"), "file,time_s\nframe_a.png,0\nframe_b.png,x\n../up.png,1\nonly\n");
    QDir().mkpath(root + QStringLiteral("/recordings/empty"));
}

// Broken documents of every timed-text format, parsed directly.
QList<TimedTextDocument> brokenTimedText()
{
    using F = TimedTextReader::Format;
    QList<TimedTextDocument> docs;
    const auto parse = [&docs](F format, const QByteArray& bytes, const char* name) {
        docs << TimedTextReader::parse(format, bytes, QString::fromUtf8(name));
    };
    parse(F::TextGrid,
          "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\nxmin = 0\nxmax = 2\ntiers? <exists>\n"
          "size = 2\nitem []:\n    item [1]:\n        class = \"IntervalTier\"\n        name = \"words\"\n"
          "        xmin = 0\n        xmax = 2\n        intervals: size = 2\n        intervals [1]:\n"
          "            xmin = 0\n            xmax = 1e999\n            text = \"hi\"\n        intervals [2]:\n"
          "            xmin = 1.5\n            xmax = 1\n            text = \"x\"\n    item [2]:\n"
          "        class = \"CircleTier\"\n",
          "a.TextGrid");
    parse(F::TextGrid,
          "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\nxmin = 0\nxmax = 2\n<exists>\n"
          "size = 1\nitem []:\n item [1]:\n class = \"IntervalTier\"\n name = \"w\n",
          "b.TextGrid");
    parse(F::TextGrid,
          "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\nxmin = 0\nxmax = 2\n<exists>\n"
          "size = 1\nitem []:\n item [1]:\n class = \"IntervalTier\"\n name = \"w\"\n xmin = 0\n",
          "c.TextGrid");
    parse(F::TextGrid, "File type = \"ooTextFile\"\nObject class = \"Pitch\"\n", "d.TextGrid");
    parse(F::TextGrid, "ooBinaryFile", "e.TextGrid");
    parse(F::TextGrid, "File type = \"ooTextFile chronological\"\n", "f.TextGrid");
    parse(F::TextGrid, "hello\n", "g.TextGrid");
    parse(F::TextGrid, "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\nxmin = 0\nxmax = x\n", "h.TextGrid");
    parse(F::Eaf,
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ANNOTATION_DOCUMENT>\n<TIME_ORDER>\n"
          "<TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"0\"/>\n<TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"5\"/>\n"
          "<TIME_SLOT TIME_SLOT_ID=\"ts2\" TIME_VALUE=\"abc\"/>\n<TIME_SLOT TIME_VALUE=\"7\"/>\n"
          "<TIME_SLOT TIME_SLOT_ID=\"ts3\"/>\n</TIME_ORDER>\n"
          "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a0\" TIME_SLOT_REF1=\"ts1\" TIME_SLOT_REF2=\"ts1\"/>"
          "</ANNOTATION>\n<TIER>\n"
          "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" TIME_SLOT_REF1=\"ts1\" TIME_SLOT_REF2=\"ts9\">"
          "<ANNOTATION_VALUE>x</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>\n"
          "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" TIME_SLOT_REF1=\"ts2\" TIME_SLOT_REF2=\"ts3\">"
          "<ANNOTATION_VALUE>y</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>\n"
          "<ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"a3\" ANNOTATION_REF=\"zz\">"
          "<ANNOTATION_VALUE>z</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>\n"
          "<ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"a4\" ANNOTATION_REF=\"a5\"/></ANNOTATION>\n"
          "<ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"a5\" ANNOTATION_REF=\"a4\"/></ANNOTATION>\n"
          "</TIER>\n</ANNOTATION_DOCUMENT>\n",
          "a.eaf");
    parse(F::Eaf, "", "b.eaf");
    parse(F::Eaf, "<?xml version=\"1.0\"?>\n<HTML></HTML>\n", "c.eaf");
    parse(F::Eaf, "<?xml version=\"1.0\"?>\n<ANNOTATION_DOCUMENT><TIER></ANNOTATION_DOCUMENT>\n", "d.eaf");
    parse(F::Eaf, "<?xml version=\"1.0\"?>\n", "e.eaf");
    parse(F::JsonSegments, "{\"segments\": 3}", "a.json");
    parse(F::JsonSegments, "[{\"start\": 0,", "b.json");
    parse(F::WebVtt, "hello\n", "x.vtt");
    parse(F::Srt, "1\n00:00:01,000 --> 00:00:02,000\n\xff\xfe ok\n\n2\nno timing here\n", "a.srt");
    parse(F::Srt,
          QByteArray("\xff\xfe"
                     "1\0\n",
                     5),
          "b.srt");
    return docs;
}

// Every English message the broken inputs above make, without duplicates.
QStringList engineMessages(const QString& scratch)
{
    QStringList messages;
    const auto add = [&messages](const QString& m) {
        if (!m.isEmpty() && !messages.contains(m))
            messages << m;
    };
    const QString dataset = scratch + QStringLiteral("/dataset");
    writeBrokenDataset(dataset);
    CollectingSink sink;
    NullProgress progress;
    const ImportReport report = DatasetImporter::run(dataset, sink, progress);
    add(report.error);
    for (const Diagnostic& d : std::as_const(sink.diagnostics))
        add(d.message);
    add(DatasetImporter::run(scratch + QStringLiteral("/nothing"), sink, progress).error);
    QDir().mkpath(scratch + QStringLiteral("/empty"));
    add(DatasetImporter::run(scratch + QStringLiteral("/empty"), sink, progress).error);
    for (const TimedTextDocument& doc : brokenTimedText()) {
        add(doc.error);
        for (const Diagnostic& d : doc.diagnostics)
            add(d.message);
    }
    add(TimedTextReader::readFile(scratch + QStringLiteral("/none.srt"), QStringLiteral("none.srt")).error);
    add(TimedTextReader::readFile(scratch + QStringLiteral("/x.doc"), QStringLiteral("x.doc")).error);

    write(scratch + QStringLiteral("/garbage.png"), "not an image at all");
    write(scratch + QStringLiteral("/empty.png"), "");
    write(scratch + QStringLiteral("/garbage.wav"), "RIFF....WAVEjunk");
    add(ImageDecoder::probe(scratch + QStringLiteral("/garbage.png")).error);
    add(ImageDecoder::probe(scratch + QStringLiteral("/empty.png")).error);
    add(ImageDecoder::probe(scratch + QStringLiteral("/none.png")).error);
    add(ImageDecoder::decode(scratch + QStringLiteral("/garbage.png")).info.error);
    add(AudioDecoder::decode(scratch + QStringLiteral("/garbage.wav")).info.error);
    add(AudioDecoder::decode(scratch + QStringLiteral("/none.wav")).info.error);
    add(TextDecoder::readFile(scratch + QStringLiteral("/none.txt")).error);
    add(TextDecoder::readFile(scratch + QStringLiteral("/garbage.wav"), 4).error);
    add(VideoProbe::probe(scratch + QStringLiteral("/none.mp4")).error);
    add(VideoProbe::probe(scratch + QStringLiteral("/garbage.wav")).error);

    const DatasetRoot root(dataset);
    add(root.resolve(QString()).error);
    add(root.resolve(QStringLiteral("../x.png")).error);
    add(root.resolve(QString::fromLatin1("a\0b", 3)).error);

    add(ProjectStore::open(scratch + QStringLiteral("/none.lockstep"), ProjectStore::Mode::ReadOnly).error);
    add(ProjectStore::open(scratch + QStringLiteral("/garbage.wav"), ProjectStore::Mode::ReadOnly).error);
    add(ProjectStore::open(scratch + QStringLiteral("/no/such/folder/p.lockstep"), ProjectStore::Mode::ReadWrite)
            .error);

    add(LassoPolygon({{0, 0}, {1, 1}}).problem());
    add(LassoPolygon({{0, 0}, {1, 1}, {2, 2}}).problem());
    add(LassoPolygon({{0, 0}, {1, qInf()}, {2, 0}}).problem());
    return messages;
}

// The string literals of a C++ source that are QStringLiteral's argument ("a" "b" joined), unescaped.
QStringList quotedLiterals(const QString& source)
{
    QStringList out;
    static const QRegularExpression call(QStringLiteral("QStringLiteral\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)\\)"));
    static const QRegularExpression piece(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    for (auto it = call.globalMatch(source); it.hasNext();) {
        QString joined;
        for (auto p = piece.globalMatch(it.next().captured(1)); p.hasNext();)
            joined += p.next().captured(1);
        joined.replace(QStringLiteral("\\\""), QStringLiteral("\""));
        joined.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        out << joined;
    }
    return out;
}

QString withoutPlaceholderNumbers(QString s)
{
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    return s.replace(placeholder, QStringLiteral("%"));
}

}  // namespace

class TestEngineMessageText : public QObject {
    Q_OBJECT
private slots:
    void everyMessageOfBrokenFilesIsKnown()
    {
        QTemporaryDir scratch;
        const QStringList messages = engineMessages(scratch.path());
        // The fixtures reach far: if an importer stops complaining, the test would prove less.
        QVERIFY2(messages.size() >= 70, qPrintable(QString::number(messages.size())));

        QStringList unknown;
        for (const QString& m : messages) {
            const std::optional<QString> shown = EngineMessageText::translated(m);
            if (!shown)
                unknown << m;
            else
                QCOMPARE(*shown, m);  // no translator: the English, character for character
        }
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1Char('\n'))));

        MarkingTranslator translator(
            {QByteArrayLiteral("lockstep::EngineMessageText"), QByteArrayLiteral("lockstep::EngineProgressText")});
        QVERIFY(QCoreApplication::installTranslator(&translator));
        for (const QString& m : messages) {
            const QString shown = EngineMessageText::message(m);
            QVERIFY2(shown.startsWith(QStringLiteral("\u00ab")), qPrintable(m));
        }
        // A phrase inside a sentence is translated too (the SRT timing reason, the modality of a missing file).
        const QString nested = EngineMessageText::message(QStringLiteral(
            "malformed timing line \"00:00:03 --> 00:00:04,000\": start time: expected ',' or '.' before the "
            "milliseconds, found ':' (expected HH:MM:SS,mmm --> HH:MM:SS,mmm); cue skipped"));
        QCOMPARE(nested.count(QStringLiteral("\u00ab")), 3);
        QVERIFY(nested.contains(QStringLiteral("\"00:00:03 --> 00:00:04,000\"")));
        // A library's own error text after an engine sentence stays as it is.
        QCOMPARE(EngineMessageText::message(QStringLiteral("cannot open 'a.png': Permission denied")),
                 QStringLiteral("\u00abcannot open 'a.png': Permission denied\u00bb"));
        QCoreApplication::removeTranslator(&translator);
    }

    void everySentenceOfTheEngineSourcesIsKnown()
    {
        // Literals with a space in these folders are messages, or one of the few listed below.
        const QStringList folders = {QStringLiteral("processing/dataset"), QStringLiteral("processing/media"),
                                     QStringLiteral("processing/imaging")};
        const QStringList files = {
            QStringLiteral("processing/store/ProjectStore.cpp"), QStringLiteral("processing/store/ProjectImport.cpp"),
            QStringLiteral("processing/store/LassoPolygon.cpp"), QStringLiteral("processing/quality/QualityScan.cpp"),
            QStringLiteral("processing/quality/FileMeasurer.cpp")};
        const QSet<QString> notMessages = {
            // Names, not sentences: timed-text format names, frame time sources, an import layout.
            QStringLiteral("Praat TextGrid"), QStringLiteral("ELAN EAF"), QStringLiteral("JSON segments"),
            QStringLiteral("file names"), QStringLiteral("assumed 25 fps"), QStringLiteral("tier %1"),
            QStringLiteral("OpenCV %1"),
            // Programming errors, not the user's data.
            QStringLiteral("addSample() outside beginImport()/commitImport()"),
            QStringLiteral("addDiagnostic() outside beginImport()/commitImport()"),
            QStringLiteral("commitImport() without beginImport()"),
            // Regular expressions and SQL.
            QStringLiteral("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']"),
            QStringLiteral("DELETE FROM streams; DELETE FROM segments; DELETE FROM frames; DELETE FROM diagnostics;")};
        QStringList sources;
        for (const QString& folder : folders) {
            QDirIterator it(QStringLiteral(LOCKSTEP_SOURCE_DIR "/") + folder, {QStringLiteral("*.cpp")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                sources << it.next();
        }
        for (const QString& file : files)
            sources << QStringLiteral(LOCKSTEP_SOURCE_DIR "/") + file;

        QStringList known;
        for (const QString& s : EngineMessageText::sentences())
            known << withoutPlaceholderNumbers(s);
        MarkingTranslator translator(
            {QByteArrayLiteral("lockstep::EngineMessageText"), QByteArrayLiteral("lockstep::EngineProgressText")});
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QStringList unknown;
        int checked = 0;
        for (const QString& path : std::as_const(sources)) {
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            for (const QString& literal : quotedLiterals(QString::fromUtf8(f.readAll()))) {
                if (!literal.contains(QLatin1Char(' ')) || notMessages.contains(literal))
                    continue;
                ++checked;
                // A progress label is EngineProgressText's.
                if (EngineProgressText::translated(literal).startsWith(QStringLiteral("\u00ab")))
                    continue;
                const QString part = withoutPlaceholderNumbers(literal);
                const bool inASentence =
                    std::any_of(known.cbegin(), known.cend(), [&part](const QString& s) { return s.contains(part); });
                if (!inASentence)
                    unknown << QFileInfo(path).fileName() + QStringLiteral(": ") + literal;
            }
        }
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1Char('\n'))));
    }

    void diagnosticsTableShowsChineseWithFileAndLine()
    {
        DiagnosticsModel model;
        QAbstractItemModelTester tester(&model);
        model.setDiagnostics(
            {{Diagnostic::Severity::Warning,
              QStringLiteral("metadata.csv"),
              6,
              {},
              QStringLiteral(
                  "2 fields where the header has 6; missing fields read as empty, extra fields are dropped")},
             {Diagnostic::Severity::Warning, QStringLiteral("recordings/r1/subs.srt"), 6, QStringLiteral("r1"),
              QStringLiteral("malformed timing line \"00:00:03 --> 00:00:04,000\": start time: expected a time "
                             "(expected HH:MM:SS,mmm --> HH:MM:SS,mmm); cue skipped")},
             {Diagnostic::Severity::Warning, QStringLiteral("metadata.csv"), 4, QStringLiteral("003"),
              QStringLiteral("audio file 'audios/missing.wav' does not exist")},
             {Diagnostic::Severity::Info, QString(), 0, {}, QStringLiteral("a sentence of a newer engine")}});
        const auto message = [&model](int row) {
            return model.index(row, DiagnosticsModel::MessageColumn).data().toString();
        };
        // No translator: the stored English.
        QCOMPARE(message(2), QStringLiteral("audio file 'audios/missing.wav' does not exist"));

        ChineseTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCOMPARE(message(0), QStringLiteral("此行有 2 个字段，表头有 6 个；缺少的字段按空值读取，多余的字段被丢弃"));
        QCOMPARE(message(1), QStringLiteral("时间行 \"00:00:03 --> 00:00:04,000\" 格式错误：开始时间：此处应为时间"
                                            "（应为 HH:MM:SS,mmm --> HH:MM:SS,mmm）；已跳过该字幕"));
        QCOMPARE(message(2), QStringLiteral("音频文件“audios/missing.wav”不存在"));
        QCOMPARE(message(3), QStringLiteral("a sentence of a newer engine"));
        const QString tip = model.index(0, DiagnosticsModel::MessageColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.startsWith(QStringLiteral("metadata.csv:6: ")) && tip.contains(hanCharacters()), qPrintable(tip));
        QCOMPARE(model.index(1, 0).data(DiagnosticsModel::LineTextRole).toString(),
                 QStringLiteral("recordings/r1/subs.srt:6: ") + message(1));
        QCoreApplication::removeTranslator(&translator);
    }

    void projectOpenErrorIsChineseAndKeepsThePath()
    {
        QTemporaryDir scratch;
        const QString path = scratch.filePath(QStringLiteral("no/such/folder/p.lockstep"));
        const QString english = ProjectStore::open(path, ProjectStore::Mode::ReadWrite).error;
        QVERIFY(english.startsWith(QStringLiteral("cannot open project '")));
        ChineseTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString shown = EngineMessageText::message(english);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(shown.startsWith(QStringLiteral("无法打开项目“") + path + QStringLiteral("”：")), qPrintable(shown));
    }
};

QTEST_MAIN(TestEngineMessageText)
#include "test_engine_message_text.moc"
