#include "dataset/TextGridParser.h"

#include "TimedTextTestSupport.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

#include <algorithm>

using namespace lockstep;
using lockstep::test::describe;
using lockstep::test::diagnosticLines;
using lockstep::test::fixture;

namespace {

// The TextGrid Praat wrote for make_praat_fixtures.praat (without the Chinese text).
void verifyPraatReference(const TimedTextDocument& doc)
{
    QVERIFY(doc.ok);
    QCOMPARE(doc.duration.count(), qint64(2500000));
    QCOMPARE(doc.tiers.size(), 3);
    QCOMPARE(doc.tiers[0].name, QStringLiteral("words"));
    QVERIFY(!doc.tiers[0].isPointTier);
    // The empty first interval is a silence: not a segment.
    QCOMPARE(describe(doc.tiers[0]), (QStringList{QStringLiteral("500000|1250000|hello \"quoted\" world"),
                                                  QStringLiteral("1250000|2500000|second")}));
    QCOMPARE(doc.tiers[1].name, QStringLiteral("phones"));
    QCOMPARE(describe(doc.tiers[1]), QStringList{QStringLiteral("0|750000|h")});
    QCOMPARE(doc.tiers[2].name, QStringLiteral("bell"));
    QVERIFY(doc.tiers[2].isPointTier);
    QCOMPARE(describe(doc.tiers[2]),
             (QStringList{QStringLiteral("1100000|1100000|ding"), QStringLiteral("2000000|2000000|")}));
}

QByteArray shortFormat(const QByteArray& items)
{
    return QByteArray(
               "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\n0\n10\n<exists>\n1\n"
               "\"IntervalTier\"\n\"t\"\n0\n10\n") +
           items;
}

}  // namespace

class TestTextGridParser : public QObject {
    Q_OBJECT

private slots:
    void praatReference_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray longFormat = fixture("praat_long.TextGrid");
        const QByteArray shortFormat = fixture("praat_short.TextGrid");
        QTest::newRow("long format (Praat)") << longFormat;
        QTest::newRow("short format (Praat)") << shortFormat;
        QTest::newRow("long format, UTF-8 BOM, CRLF")
            << QByteArray("\xEF\xBB\xBF") + QByteArray(longFormat).replace("\n", "\r\n");
        QTest::newRow("short format, CR only") << QByteArray(shortFormat).replace('\n', '\r');
        QStringEncoder toUtf16(QStringConverter::Utf16LE);
        QTest::newRow("short format, UTF-16LE without BOM")
            << QByteArray(toUtf16.encode(QString::fromUtf8(shortFormat)));
        QStringEncoder toUtf16Be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QTest::newRow("long format, UTF-16BE with BOM") << QByteArray(toUtf16Be.encode(QString::fromUtf8(longFormat)));
    }

    void praatReference()
    {
        QFETCH(QByteArray, bytes);
        const TimedTextDocument doc = TextGridParser::parse(bytes, QStringLiteral("praat.TextGrid"));
        QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(doc.diagnostics.value(0).toString()));
        verifyPraatReference(doc);
    }

    void praatUtf16BigEndian()
    {
        // Praat saves UTF-16 (big-endian, with BOM) as soon as a label is not Latin-1.
        const QByteArray bytes = fixture("praat_utf16be.TextGrid");
        QVERIFY(bytes.startsWith("\xFE\xFF"));
        const TimedTextDocument doc = TextGridParser::parse(bytes, QStringLiteral("u.TextGrid"));
        QVERIFY(doc.ok);
        QVERIFY(doc.diagnostics.isEmpty());
        QCOMPARE(describe(doc.tiers[0]),
                 (QStringList{QStringLiteral("500000|1250000|hello \"quoted\" world"),
                              QStringLiteral("1250000|2500000|") + QString::fromUtf8("你好世界")}));
    }

    void chineseUtf16LittleEndianShortFormatWithComments()
    {
        const QByteArray bytes = fixture("chinese_utf16le.TextGrid");
        QVERIFY(bytes.startsWith("\xFF\xFE"));
        const TimedTextDocument doc = TextGridParser::parse(bytes, QStringLiteral("zh.TextGrid"));
        QVERIFY(doc.ok);
        QVERIFY2(doc.diagnostics.isEmpty(), qPrintable(doc.diagnostics.value(0).toString()));
        QCOMPARE(doc.duration.count(), qint64(3750000));
        QCOMPARE(doc.tiers.size(), 2);
        QCOMPARE(doc.tiers[0].name, QString::fromUtf8("汉字"));
        QCOMPARE(describe(doc.tiers[0]),
                 (QStringList{QStringLiteral("0|1200000|") + QString::fromUtf8("你好，世界"),
                              QStringLiteral("2500000|3750000|") + QString::fromUtf8("他说\"再见\"")}));
        QCOMPARE(doc.tiers[1].name, QStringLiteral("events"));
        QVERIFY(doc.tiers[1].isPointTier);
        QCOMPARE(describe(doc.tiers[1]), QStringList{QStringLiteral("3125000|3125000|") + QString::fromUtf8("咳嗽")});
    }

    void exactDecimalTimes()
    {
        // Praat writes 1e-05 and 17 significant digits; 3600.0000015 s is 3600000001.5 us, rounded up.
        const TimedTextDocument doc =
            TextGridParser::parse(fixture("praat_precision.TextGrid"), QStringLiteral("p.TextGrid"));
        QVERIFY(doc.ok);
        QCOMPARE(doc.duration.count(), qint64(7200000000));
        QCOMPARE(describe(doc.tiers[0]), (QStringList{QStringLiteral("0|10|tiny"), QStringLiteral("10|333333|third"),
                                                      QStringLiteral("333333|3600000002|hour")}));
    }

    void truncatedFileKeepsWhatWasRead()
    {
        const TimedTextDocument doc =
            TextGridParser::parse(fixture("truncated.TextGrid"), QStringLiteral("t.TextGrid"));
        QVERIFY(doc.ok);
        QCOMPARE(doc.tiers.size(), 2);
        QCOMPARE(describe(doc.tiers[0]).size(), 2);
        QCOMPARE(describe(doc.tiers[1]), QStringList{QStringLiteral("0|750000|h")});
        QCOMPARE(diagnosticLines(doc), QList<int>{38});
        QCOMPARE(doc.diagnostics[0].severity, Diagnostic::Severity::Error);
        QVERIFY(doc.diagnostics[0].message.contains(QStringLiteral("truncated")));
    }

    void notATextGrid_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a Praat TextGrid");
        QTest::newRow("subtitles") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\nx\n")
                                   << QStringLiteral("not a Praat TextGrid");
        QTest::newRow("binary") << QByteArray("ooBinaryFile\x08TextGrid") << QStringLiteral("binary");
        QTest::newRow("chronological") << QByteArray("\"Praat chronological TextGrid text file\"\n0 1\n")
                                       << QStringLiteral("chronological");
        QTest::newRow("pitch object") << QByteArray("File type = \"ooTextFile\"\nObject class = \"Pitch 1\"\n")
                                      << QStringLiteral("line 2");
        QTest::newRow("no time range") << QByteArray(
                                              "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\nxmin = \n")
                                       << QStringLiteral("time range");
    }

    void notATextGrid()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        const TimedTextDocument doc = TextGridParser::parse(bytes, QStringLiteral("x.TextGrid"));
        QVERIFY(!doc.ok);
        QVERIFY2(doc.error.startsWith(QStringLiteral("x.TextGrid: ")), qPrintable(doc.error));
        QVERIFY2(doc.error.contains(errorPart), qPrintable(doc.error));
    }

    void damagedItems_data()
    {
        QTest::addColumn<QByteArray>("items");  // the interval count and intervals; count is on line 12
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<QList<int>>("diagnostics");
        QTest::newRow("bad time skips one interval")
            << QByteArray("3\n0\n1\n\"a\"\n1\n2.5.1\n\"b\"\n2.5\n10\n\"c\"\n")
            << QStringList{QStringLiteral("0|1000000|a"), QStringLiteral("2500000|10000000|c")} << QList<int>{17};
        QTest::newRow("end before start is clamped")
            << QByteArray("1\n5\n4\n\"x\"\n") << QStringList{QStringLiteral("5000000|5000000|x")} << QList<int>{13};
        QTest::newRow("whitespace-only text is a silence")
            << QByteArray("2\n0\n1\n\"  \"\n1\n2\n\"y\"\n") << QStringList{QStringLiteral("1000000|2000000|y")}
            << QList<int>();
        QTest::newRow("multi-line text") << QByteArray("1\n0\n1\n\"two\nlines\"\n")
                                         << QStringList{QStringLiteral("0|1000000|two\nlines")} << QList<int>();
        QTest::newRow("unterminated string") << QByteArray("2\n0\n1\n\"a\"\n1\n2\n\"b\n")
                                             << QStringList{QStringLiteral("0|1000000|a")} << QList<int>{18};
        QTest::newRow("string where a number belongs") << QByteArray("2\n0\n1\n\"a\"\n\"oops\"\n2\n\"b\"\n")
                                                       << QStringList{QStringLiteral("0|1000000|a")} << QList<int>{16};
        QTest::newRow("invalid UTF-8 in a label")
            << QByteArray("1\n0\n1\n\"caf\xe9\"\n")
            << QStringList{QStringLiteral("0|1000000|caf") + QChar(QChar::ReplacementCharacter)} << QList<int>{15};
        QTest::newRow("count larger than the items")
            << QByteArray("1000000000\n0\n1\n\"a\"\n") << QStringList{QStringLiteral("0|1000000|a")} << QList<int>{15};
        QTest::newRow("negative count") << QByteArray("-1\n0\n1\n\"a\"\n") << QStringList() << QList<int>{12};
        QTest::newRow("labels and comments are ignored")
            << QByteArray("intervals: size = 1 ! one\nintervals [1]:\nxmin = 0 ! start\nxmax = 1\ntext = \"a!b\"\n")
            << QStringList{QStringLiteral("0|1000000|a!b")} << QList<int>();
    }

    void damagedItems()
    {
        QFETCH(QByteArray, items);
        QFETCH(QStringList, segments);
        QFETCH(QList<int>, diagnostics);
        const TimedTextDocument doc = TextGridParser::parse(shortFormat(items), QStringLiteral("d.TextGrid"));
        QVERIFY(doc.ok);
        QCOMPARE(doc.tiers.size(), 1);
        QCOMPARE(describe(doc.tiers[0]), segments);
        QCOMPARE(diagnosticLines(doc), diagnostics);
    }

    void absentTiers()
    {
        const TimedTextDocument doc =
            TextGridParser::parse(QByteArray("File type = \"ooTextFile\"\nObject class = "
                                             "\"TextGrid\"\n\nxmin = 0\nxmax = 3\ntiers? <absent>\n"),
                                  QStringLiteral("a.TextGrid"));
        QVERIFY(doc.ok);
        QVERIFY(doc.tiers.isEmpty());
        QCOMPARE(doc.duration.count(), qint64(3000000));
    }

    void everyPrefixParsesWithoutCrashing()
    {
        const QList<QByteArray> inputs{fixture("praat_long.TextGrid"), fixture("chinese_utf16le.TextGrid")};
        for (const QByteArray& full : inputs) {
            for (qsizetype n = 0; n <= full.size(); ++n) {
                const TimedTextDocument doc = TextGridParser::parse(full.left(n), QStringLiteral("p.TextGrid"));
                if (n == full.size())
                    QVERIFY(doc.diagnostics.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTextGridParser)
#include "test_textgrid_parser.moc"
