#include "dataset/WebVttParser.h"

#include "TimedTextTestSupport.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace lockstep;
using lockstep::test::describe;
using lockstep::test::diagnosticLines;
using lockstep::test::fixture;

class TestWebVttParser : public QObject {
    Q_OBJECT

private slots:
    void sampleWithBlocksIdsSettingsAndMarkup()
    {
        const TimedTextDocument doc = WebVttParser::parse(fixture("sample.vtt"), QStringLiteral("sample.vtt"));
        QVERIFY(doc.ok);
        QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(doc.diagnostics.value(0).toString()));
        QCOMPARE(doc.tiers.size(), 1);
        QCOMPARE(doc.tiers[0].name, QStringLiteral("subtitles"));
        const QStringList expected{
            QStringLiteral("1000000|4000000|We are in New York City"),
            QStringLiteral("5500000|7250000|Tom & Jerry <3 now\nsecond line"),
            QStringLiteral("3723004000|3724000000|Bold and italic"),
        };
        QCOMPARE(describe(doc.tiers[0]), expected);
        QCOMPARE(doc.duration.count(), qint64(3724000000));
    }

    void brokenCues()
    {
        const TimedTextDocument doc = WebVttParser::parse(fixture("broken.vtt"), QStringLiteral("broken.vtt"));
        QVERIFY(doc.ok);
        QCOMPARE(describe(doc.tiers[0]),
                 (QStringList{QStringLiteral("1000000|2000000|fine"), QStringLiteral("5000000|6000000|ok")}));
        QCOMPARE(diagnosticLines(doc), (QList<int>{6, 9}));
        QVERIFY(doc.diagnostics[0].message.contains(QStringLiteral("malformed cue timing")));
        QCOMPARE(doc.diagnostics[0].file, QStringLiteral("broken.vtt"));
    }

    void header_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("ok");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("srt content") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\nx\n") << false;
        QTest::newRow("cue without signature") << QByteArray("00:01.000 --> 00:02.000\nx\n") << false;
        QTest::newRow("WEBVTTX") << QByteArray("WEBVTTX\n\n00:01.000 --> 00:02.000\nx\n") << false;
        QTest::newRow("lower case") << QByteArray("webvtt\n\n00:01.000 --> 00:02.000\nx\n") << false;
        QTest::newRow("plain") << QByteArray("WEBVTT\n\n00:01.000 --> 00:02.000\nx\n") << true;
        QTest::newRow("with BOM and CRLF")
            << QByteArray("\xEF\xBB\xBFWEBVTT\r\n\r\n00:01.000 --> 00:02.000\r\nx\r\n") << true;
        QTest::newRow("tab and title") << QByteArray("WEBVTT\tTitle\n\n00:01.000 --> 00:02.000\nx\n") << true;
    }

    void header()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, ok);
        const TimedTextDocument doc = WebVttParser::parse(input, QStringLiteral("h.vtt"));
        QCOMPARE(doc.ok, ok);
        if (ok) {
            QCOMPARE(describe(doc.tiers.value(0)), QStringList{QStringLiteral("1000000|2000000|x")});
        } else {
            QVERIFY(doc.error.startsWith(QStringLiteral("h.vtt: ")));
            QVERIFY(doc.error.contains(QStringLiteral("WEBVTT")));
        }
    }

    void cues_data()
    {
        QTest::addColumn<QByteArray>("body");  // after "WEBVTT\n\n", so body line 1 is file line 3
        QTest::addColumn<QStringList>("cues");
        QTest::addColumn<QList<int>>("diagnostics");

        QTest::newRow("hours and no hours") << QByteArray("00:59.999 --> 01:00:00.001\nx\n")
                                            << QStringList{QStringLiteral("59999000|3600001000|x")} << QList<int>();
        QTest::newRow("cue settings ignored")
            << QByteArray("00:01.000 --> 00:02.000 line:0 position:20% size:60% align:start region:fred\nx\n")
            << QStringList{QStringLiteral("1000000|2000000|x")} << QList<int>();
        QTest::newRow("identifier with arrow-free text")
            << QByteArray("a cue id\n00:01.000 --> 00:02.000\nx\n") << QStringList{QStringLiteral("1000000|2000000|x")}
            << QList<int>();
        QTest::newRow("voice tags with class and closing")
            << QByteArray("00:01.000 --> 00:02.000\n<v.loud Esme>Hi</v> <v Mary>there\n")
            << QStringList{QStringLiteral("1000000|2000000|Hi there")} << QList<int>();
        QTest::newRow("ruby, lang, timestamps, entities")
            << QByteArray(
                   "00:01.000 --> 00:02.000\n<ruby>漢<rt>kan</rt></ruby> <lang "
                   "en>A&nbsp;&#65;&#x42;&unknown;</lang>\n")
            << QStringList{QStringLiteral("1000000|2000000|") + QString::fromUtf8("漢kan A\u00a0AB&unknown;")}
            << QList<int>();
        QTest::newRow("unterminated tag") << QByteArray("00:01.000 --> 00:02.000\nkeep <b unterminated\n")
                                          << QStringList{QStringLiteral("1000000|2000000|keep")} << QList<int>();
        QTest::newRow("NOTE between cues, NOTE-like text kept")
            << QByteArray(
                   "00:01.000 --> 00:02.000\nNOTE this is text\n\nNOTE\na comment\n\nNOTES\n00:03.000 --> "
                   "00:04.000\ny\n")
            << QStringList{QStringLiteral("1000000|2000000|NOTE this is text"), QStringLiteral("3000000|4000000|y")}
            << QList<int>();
        QTest::newRow("arrow line ends the cue")
            << QByteArray("00:01.000 --> 00:02.000\nx\n00:03.000 --> 00:04.000\ny\n")
            << QStringList{QStringLiteral("1000000|2000000|x"), QStringLiteral("3000000|4000000|y")} << QList<int>();
        QTest::newRow("end before start") << QByteArray("\n\n00:05.000 --> 00:04.000\nx\n")
                                          << QStringList{QStringLiteral("5000000|5000000|x")} << QList<int>{5};
        QTest::newRow("block without timing") << QByteArray("just text\nmore\n\n00:05.000 --> 00:06.000\nx\n")
                                              << QStringList{QStringLiteral("5000000|6000000|x")} << QList<int>{3};
        QTest::newRow("invalid UTF-8") << QByteArray("00:01.000 --> 00:02.000\nbad \xff byte\n")
                                       << QStringList{QStringLiteral("1000000|2000000|bad ") +
                                                      QChar(QChar::ReplacementCharacter) + QStringLiteral(" byte")}
                                       << QList<int>{4};
        QTest::newRow("seconds above 59")
            << QByteArray("00:60.000 --> 00:61.000\nx\n") << QStringList() << QList<int>{3};
    }

    void cues()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, cues);
        QFETCH(QList<int>, diagnostics);
        const TimedTextDocument doc = WebVttParser::parse(QByteArray("WEBVTT\n\n") + body, QStringLiteral("c.vtt"));
        QVERIFY(doc.ok);
        QCOMPARE(describe(doc.tiers.value(0)), cues);
        QCOMPARE(diagnosticLines(doc), diagnostics);
    }

    void missingBlankLineAfterHeader()
    {
        const TimedTextDocument doc =
            WebVttParser::parse(QByteArray("WEBVTT\n00:01.000 --> 00:02.000\nx\n"), QStringLiteral("m.vtt"));
        QVERIFY(doc.ok);
        QCOMPARE(describe(doc.tiers[0]), QStringList{QStringLiteral("1000000|2000000|x")});
        QCOMPARE(diagnosticLines(doc), QList<int>{2});
    }

    void everyPrefixParsesWithoutCrashing()
    {
        const QByteArray full = fixture("sample.vtt") + fixture("broken.vtt");
        for (qsizetype n = 0; n <= full.size(); ++n) {
            const TimedTextDocument doc = WebVttParser::parse(full.left(n), QStringLiteral("p.vtt"));
            QCOMPARE(doc.ok, n >= 6);
        }
    }
};

QTEST_GUILESS_MAIN(TestWebVttParser)
#include "test_webvtt_parser.moc"
