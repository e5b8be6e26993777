#include "dataset/JsonSegmentsParser.h"

#include "TimedTextTestSupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

#include <algorithm>

using namespace lockstep;
using lockstep::test::fixture;

namespace {

// "tier: start|end|text" for every segment of every tier, in document order.
QStringList describe(const TimedTextDocument& doc)
{
    QStringList out;
    for (const TimedTextTier& tier : doc.tiers) {
        for (const Segment& s : tier.segments)
            out << QStringLiteral("%1: %2|%3|%4").arg(tier.name).arg(s.start.count()).arg(s.end.count()).arg(s.text);
    }
    return out;
}

}  // namespace

class TestJsonSegmentsParser : public QObject {
    Q_OBJECT

private slots:
    void whisperOutputWithWords()
    {
        const TimedTextDocument doc = JsonSegmentsParser::parse(fixture("whisper.json"), QStringLiteral("w.json"));
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QCOMPARE(doc.tiers.size(), 2);
        QCOMPARE(doc.tiers[0].name, QStringLiteral("segments"));
        QCOMPARE(doc.tiers[1].name, QStringLiteral("words"));
        const QStringList expected{
            QStringLiteral("segments: 0|1240000|Hello world."),
            QStringLiteral("segments: 1500000|3000000|How are you?"),
            QStringLiteral("words: 0|620000|Hello"),
            QStringLiteral("words: 620000|1240000|world."),
            QStringLiteral("words: 1500000|1800000|How"),
            QStringLiteral("words: 2100000|3000000|you?"),
        };
        QCOMPARE(describe(doc), expected);
        QCOMPARE(doc.duration.count(), qint64(3000000));
        // The word without "end" is reported by its place in the file (JSON has no usable line numbers here).
        QCOMPARE(doc.diagnostics.size(), 1);
        QVERIFY2(doc.diagnostics[0].message.startsWith(QStringLiteral("segments[1].words[1]: missing \"end\"")),
                 qPrintable(doc.diagnostics[0].message));
        QCOMPARE(doc.diagnostics[0].file, QStringLiteral("w.json"));
    }

    void cases_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<int>("diagnostics");

        QTest::newRow("top-level array")
            << QByteArray(R"([{"start": 0.5, "end": 1, "text": "a"}, {"start": 2, "end": 2.25, "text": " b "}])")
            << QStringList{QStringLiteral("segments: 500000|1000000|a"), QStringLiteral("segments: 2000000|2250000|b")}
            << 0;
        QTest::newRow("milliseconds") << QByteArray(R"([{"start_ms": 1500, "end_ms": 2000.5, "text": "ms"}])")
                                      << QStringList{QStringLiteral("segments: 1500000|2000500|ms")} << 0;
        QTest::newRow("exact decimal rounding")  // 4.0000005 * 1e6 is 4000000.4999999995 in doubles
            << QByteArray(R"([{"start": 4.0000005, "end": 5, "text": "x"}])")
            << QStringList{QStringLiteral("segments: 4000001|5000000|x")} << 0;
        QTest::newRow("numeric strings") << QByteArray(R"([{"start": "1.5", "end": "2", "text": "s"}])")
                                         << QStringList{QStringLiteral("segments: 1500000|2000000|s")} << 0;
        QTest::newRow("speakers become tiers in order of appearance")
            << QByteArray(R"({"segments": [{"start": 0, "end": 1, "text": "a", "speaker": "SPEAKER_01"},
                                          {"start": 1, "end": 2, "text": "b", "speaker": "SPEAKER_00"},
                                          {"start": 2, "end": 3, "text": "c", "speaker": "SPEAKER_01"},
                                          {"start": 3, "end": 4, "text": "d"}]})")
            << QStringList{QStringLiteral("SPEAKER_01: 0|1000000|a"), QStringLiteral("SPEAKER_01: 2000000|3000000|c"),
                           QStringLiteral("SPEAKER_00: 1000000|2000000|b"),
                           QStringLiteral("segments: 3000000|4000000|d")}
            << 0;
        QTest::newRow("tier key") << QByteArray(R"([{"start": 0, "end": 1, "text": "a", "tier": "gloss"}])")
                                  << QStringList{QStringLiteral("gloss: 0|1000000|a")} << 0;
        QTest::newRow("words with text key")
            << QByteArray(R"({"segments": [{"start": 0, "end": 2, "text": "a b",
                               "words": [{"text": "a", "start": 0, "end": 1}, {"text": "b", "start": 1, "end": 2}]}]})")
            << QStringList{QStringLiteral("segments: 0|2000000|a b"), QStringLiteral("words: 0|1000000|a"),
                           QStringLiteral("words: 1000000|2000000|b")}
            << 0;
        QTest::newRow("bad elements are skipped, the rest kept")
            << QByteArray(
                   R"([{"start": 0, "text": "no end"}, 42, {"start": null, "end": 1}, {"start": "x", "end": 1},
                             {"start": 1e300, "end": 1}, {"start": 3, "end": 4, "text": "kept"}])")
            << QStringList{QStringLiteral("segments: 3000000|4000000|kept")} << 5;
        QTest::newRow("end before start is clamped") << QByteArray(R"([{"start": 2, "end": 1, "text": "r"}])")
                                                     << QStringList{QStringLiteral("segments: 2000000|2000000|r")} << 1;
        QTest::newRow("missing text is empty")
            << QByteArray(R"([{"start": 0, "end": 1}])") << QStringList{QStringLiteral("segments: 0|1000000|")} << 0;
        QTest::newRow("empty array") << QByteArray("[]") << QStringList() << 0;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF[{\"start\": 0, \"end\": 1, \"text\": \"b\"}]")
                             << QStringList{QStringLiteral("segments: 0|1000000|b")} << 0;
        QStringEncoder toUtf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QTest::newRow("UTF-16") << QByteArray(
                                       toUtf16.encode(QString::fromUtf8(R"([{"start": 0, "end": 1, "text": "日本"}])")))
                                << QStringList{QStringLiteral("segments: 0|1000000|") + QString::fromUtf8("日本")} << 0;
    }

    void cases()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, segments);
        QFETCH(int, diagnostics);
        const TimedTextDocument doc = JsonSegmentsParser::parse(json, QStringLiteral("c.json"));
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QCOMPARE(describe(doc), segments);
        QCOMPARE(doc.diagnostics.size(), diagnostics);
    }

    void invalidUtf8IsReplacedAndReported()
    {
        const TimedTextDocument doc = JsonSegmentsParser::parse(
            QByteArray("[\n{\"start\": 0, \"end\": 1, \"text\": \"caf\xe9\"}\n]\n"), QStringLiteral("u.json"));
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QCOMPARE(describe(doc),
                 QStringList{QStringLiteral("segments: 0|1000000|caf") + QChar(QChar::ReplacementCharacter)});
        QCOMPARE(doc.diagnostics.size(), 1);
        QCOMPARE(doc.diagnostics[0].line, 2);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("syntax error on line 3")
            << QByteArray("[\n{\"start\": 0, \"end\": 1},\n{\"start\": ]\n") << QStringLiteral("line 3");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("invalid JSON");
        QTest::newRow("object without segments") << QByteArray(R"({"text": "hi"})") << QStringLiteral("\"segments\"");
        QTest::newRow("segments not an array") << QByteArray(R"({"segments": 3})") << QStringLiteral("\"segments\"");
        QTest::newRow("scalar") << QByteArray("3") << QStringLiteral("c.json: ");
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        const TimedTextDocument doc = JsonSegmentsParser::parse(json, QStringLiteral("c.json"));
        QVERIFY(!doc.ok);
        QVERIFY2(doc.error.startsWith(QStringLiteral("c.json: ")), qPrintable(doc.error));
        QVERIFY2(doc.error.contains(errorPart), qPrintable(doc.error));
    }

    void everyPrefixParsesWithoutCrashing()
    {
        const QByteArray full = fixture("whisper.json");
        for (qsizetype n = 0; n < full.size(); ++n)
            (void)JsonSegmentsParser::parse(full.left(n), QStringLiteral("p.json"));
        QVERIFY(JsonSegmentsParser::parse(full, QStringLiteral("p.json")).ok);
    }
};

QTEST_GUILESS_MAIN(TestJsonSegmentsParser)
#include "test_json_segments_parser.moc"
