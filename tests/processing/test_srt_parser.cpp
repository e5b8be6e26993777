#include "dataset/SrtParser.h"

#include "TimedTextTestSupport.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace lockstep;
using lockstep::test::describe;
using lockstep::test::diagnosticLines;
using lockstep::test::fixture;

namespace {

const Diagnostic* diagnosticAt(const TimedTextDocument& doc, int line)
{
    for (const Diagnostic& d : doc.diagnostics) {
        if (d.line == line)
            return &d;
    }
    return nullptr;
}

}  // namespace

class TestSrtParser : public QObject {
    Q_OBJECT

private slots:
    void bomAndCrlf()
    {
        const TimedTextDocument doc = SrtParser::parse(fixture("bom_crlf.srt"), QStringLiteral("bom_crlf.srt"));
        QVERIFY(doc.ok);
        QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(doc.diagnostics.value(0).toString()));
        QCOMPARE(doc.tiers.size(), 1);
        QCOMPARE(doc.tiers[0].name, QStringLiteral("subtitles"));
        QVERIFY(!doc.tiers[0].isPointTier);
        const QStringList expected{
            QStringLiteral("1000000|2500000|Hello world"),
            QStringLiteral("3000000|4000000|Two\nlines"),
            QStringLiteral("5250000|6000000|No index, dot separator"),
            QStringLiteral("60001000|3600000000|Last <3"),
        };
        QCOMPARE(describe(doc.tiers[0]), expected);
        QCOMPARE(doc.duration.count(), qint64(3600000000));
    }

    void brokenCuesAreDiagnosedAndSkipped()
    {
        const TimedTextDocument doc = SrtParser::parse(fixture("broken.srt"), QStringLiteral("subs/broken.srt"));
        QVERIFY(doc.ok);
        const QStringList expected{
            QStringLiteral("1000000|2000000|ok one"),
            QStringLiteral("5000000|5000000|reversed"),
            QStringLiteral("7000000|8000000|caf") + QChar(QChar::ReplacementCharacter) + QStringLiteral(" latte"),
            QStringLiteral("9000000|10000000|after missing blank"),
        };
        QCOMPARE(describe(doc.tiers.value(0)), expected);
        QCOMPARE(diagnosticLines(doc), (QList<int>{6, 10, 13, 16, 21}));
        for (const Diagnostic& d : doc.diagnostics)
            QCOMPARE(d.file, QStringLiteral("subs/broken.srt"));
        QVERIFY(diagnosticAt(doc, 6)->message.contains(QStringLiteral("timing line")));
        QVERIFY(diagnosticAt(doc, 10)->message.contains(QStringLiteral("ends before it starts")));
        QVERIFY(diagnosticAt(doc, 13)->message.contains(QStringLiteral("just some stray text")));
        QVERIFY(diagnosticAt(doc, 16)->message.contains(QStringLiteral("below 60")));
        QVERIFY(diagnosticAt(doc, 21)->message.contains(QStringLiteral("UTF-8")));
        QCOMPARE(diagnosticAt(doc, 16)->toString().left(20), QStringLiteral("subs/broken.srt:16: "));
    }

    void cases_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QStringList>("cues");
        QTest::addColumn<QList<int>>("diagnostics");

        QTest::newRow("empty file") << QByteArray() << true << QStringList() << QList<int>();
        QTest::newRow("only blank lines") << QByteArray("\n \r\n\t\n") << true << QStringList() << QList<int>();
        QTest::newRow("missing index numbers")
            << QByteArray("00:00:01,000 --> 00:00:02,000\nA\n\n00:00:03,000 --> 00:00:04,000\nB\n") << true
            << QStringList{QStringLiteral("1000000|2000000|A"), QStringLiteral("3000000|4000000|B")} << QList<int>();
        QTest::newRow("no blank line between cues")
            << QByteArray("1\n00:00:01,000 --> 00:00:02,000\nA\n2\n00:00:03,000 --> 00:00:04,000\nB") << true
            << QStringList{QStringLiteral("1000000|2000000|A"), QStringLiteral("3000000|4000000|B")} << QList<int>();
        QTest::newRow("extra blank lines, leading and trailing spaces")
            << QByteArray("\n\n  1  \n 00:00:01,000 -->  00:00:02,000  \n  text  \n\n\n\n") << true
            << QStringList{QStringLiteral("1000000|2000000|text")} << QList<int>();
        QTest::newRow("lone CR line ends")
            << QByteArray("1\r00:00:01,000 --> 00:00:02,000\rA\r\r2\r00:00:03,000 --> 00:00:04,000\rB\r") << true
            << QStringList{QStringLiteral("1000000|2000000|A"), QStringLiteral("3000000|4000000|B")} << QList<int>();
        QTest::newRow("no hours, short fractions")
            << QByteArray("1\n01:02,5 --> 01:03.25\nx\n") << true << QStringList{QStringLiteral("62500000|63250000|x")}
            << QList<int>();
        QTest::newRow("sub-millisecond digits round half up")
            << QByteArray("00:00:01,0000015 --> 00:00:01,0000014\nx\n") << true
            << QStringList{QStringLiteral("1000002|1000002|x")} << QList<int>{1};
        QTest::newRow("position coordinates after the end time")
            << QByteArray("1\n00:00:01,000 --> 00:00:02,000 X1:100 X2:200 Y1:10 Y2:20\nA\n") << true
            << QStringList{QStringLiteral("1000000|2000000|A")} << QList<int>();
        QTest::newRow("tags stripped, lookalikes kept")
            << QByteArray(
                   "1\n00:00:01,000 --> 00:00:02,000\n<b>bold</b> <font color=\"red\">red</font> a < b > c\n"
                   "{\\i1}x{\\i0} <3 </u>\n")
            << true << QStringList{QStringLiteral("1000000|2000000|bold red a < b > c\nx <3")} << QList<int>();
        QTest::newRow("out of order cues are sorted, with a note")
            << QByteArray("2\n00:00:03,000 --> 00:00:04,000\nB\n\n1\n00:00:01,000 --> 00:00:02,000\nA\n") << true
            << QStringList{QStringLiteral("1000000|2000000|A"), QStringLiteral("3000000|4000000|B")} << QList<int>{0};
        QTest::newRow("cue without text")
            << QByteArray("1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\nB\n") << true
            << QStringList{QStringLiteral("1000000|2000000|"), QStringLiteral("3000000|4000000|B")} << QList<int>();
        QTest::newRow("cue number without timing") << QByteArray("1\n\n2\n00:00:01,000 --> 00:00:02,000\nB\n") << true
                                                   << QStringList{QStringLiteral("1000000|2000000|B")} << QList<int>{1};
        QTest::newRow("colon before milliseconds")
            << QByteArray("1\n00:00:01:000 --> 00:00:02:000\nx\n\n2\n00:00:03,000 --> 00:00:04,000\ny\n") << true
            << QStringList{QStringLiteral("3000000|4000000|y")} << QList<int>{2};
        QTest::newRow("letters in a time")
            << QByteArray("1\n00:00:0a,000 --> 00:00:02,000\nx\n") << false << QStringList() << QList<int>{2};
        QTest::newRow("missing end time")
            << QByteArray("1\n00:00:01,000 -->\nx\n") << false << QStringList() << QList<int>{2};
        QTest::newRow("time out of range") << QByteArray("1\n99999999:00:00,000 --> 99999999:00:01,000\nx\n") << false
                                           << QStringList() << QList<int>{2};
        QTest::newRow("not subtitles at all")
            << QByteArray("hello\nworld\n") << false << QStringList() << QList<int>{1};
        QTest::newRow("invalid UTF-8 on line 3")
            << QByteArray("1\n00:00:01,000 --> 00:00:02,000\n\xc3\x28 ok\n") << true
            << QStringList{QStringLiteral("1000000|2000000|") + QChar(QChar::ReplacementCharacter) +
                           QStringLiteral("( ok")}
            << QList<int>{3};
    }

    void cases()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, ok);
        QFETCH(QStringList, cues);
        QFETCH(QList<int>, diagnostics);
        const TimedTextDocument doc = SrtParser::parse(input, QStringLiteral("case.srt"));
        QCOMPARE(doc.ok, ok);
        if (!ok) {
            QVERIFY(doc.error.startsWith(QStringLiteral("case.srt: ")));
            QVERIFY(doc.tiers.isEmpty());
        } else {
            QCOMPARE(doc.tiers.size(), 1);
            QCOMPARE(describe(doc.tiers[0]), cues);
        }
        QCOMPARE(diagnosticLines(doc), diagnostics);
    }

    void diagnosticsAreCapped()
    {
        QByteArray input;
        for (int i = 0; i < 1000; ++i)
            input += "1\n00:00:01 -> 00:00:02\nbad\n\n";
        input += "1\n00:00:05,000 --> 00:00:06,000\nstill read\n";
        const TimedTextDocument doc = SrtParser::parse(input, QStringLiteral("many.srt"));
        QVERIFY(doc.ok);
        QCOMPARE(describe(doc.tiers[0]), QStringList{QStringLiteral("5000000|6000000|still read")});
        QCOMPARE(doc.diagnostics.size(), 201);
        QCOMPARE(doc.diagnostics.last().severity, Diagnostic::Severity::Info);
    }

    void everyPrefixParsesWithoutCrashing()
    {
        const QByteArray full = fixture("bom_crlf.srt") + fixture("broken.srt");
        for (qsizetype n = 0; n <= full.size(); ++n) {
            const TimedTextDocument doc = SrtParser::parse(full.left(n), QStringLiteral("prefix.srt"));
            for (const TimedTextTier& tier : doc.tiers) {
                for (const Segment& s : tier.segments)
                    QVERIFY(s.end >= s.start);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSrtParser)
#include "test_srt_parser.moc"
