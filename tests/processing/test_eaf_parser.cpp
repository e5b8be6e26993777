#include "dataset/EafParser.h"

#include "TimedTextTestSupport.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace lockstep;
using lockstep::test::describe;
using lockstep::test::diagnosticLines;
using lockstep::test::fixture;

namespace {

const TimedTextTier* tierNamed(const TimedTextDocument& doc, const char* name)
{
    for (const TimedTextTier& tier : doc.tiers) {
        if (tier.name == QLatin1String(name))
            return &tier;
    }
    return nullptr;
}

}  // namespace

class TestEafParser : public QObject {
    Q_OBJECT

private slots:
    void unalignedSlotsAndReferences()
    {
        const TimedTextDocument doc = EafParser::parse(fixture("unaligned.eaf"), QStringLiteral("unaligned.eaf"));
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QStringList names;
        for (const TimedTextTier& tier : doc.tiers)
            names << tier.name;
        QCOMPARE(names, (QStringList{QStringLiteral("utterance"), QStringLiteral("words"), QStringLiteral("gesture"),
                                     QStringLiteral("notes"), QStringLiteral("translation"),
                                     QStringLiteral("morphemes"), QStringLiteral("gloss")}));
        QCOMPARE(describe(*tierNamed(doc, "utterance")), (QStringList{QStringLiteral("1000000|2500000|hello there"),
                                                                      QStringLiteral("4000000|7000000|how are you")}));
        // ts2 lies halfway along its chain; ts7 and ts8 divide a2's chain in thirds, even though the gesture
        // tier's timed slots (4200, 4400 ms) sit between them in TIME_ORDER.
        QCOMPARE(describe(*tierNamed(doc, "words")),
                 (QStringList{QStringLiteral("1000000|1750000|hello"), QStringLiteral("1750000|2500000|there"),
                              QStringLiteral("4000000|5000000|how"), QStringLiteral("5000000|6000000|are"),
                              QStringLiteral("6000000|7000000|you")}));
        QCOMPARE(describe(*tierNamed(doc, "gesture")), QStringList{QStringLiteral("4200000|4400000|nod")});
        // ts11 ends a chain of its own: it falls back to its TIME_ORDER neighbours 8000 and 9000 ms.
        QCOMPARE(describe(*tierNamed(doc, "notes")),
                 (QStringList{QStringLiteral("8000000|8500000|open end"), QStringLiteral("9000000|9500000|")}));
        QCOMPARE(describe(*tierNamed(doc, "translation")),
                 (QStringList{QStringLiteral("1000000|2500000|bonjour"),
                              QStringLiteral("4000000|7000000|") + QString::fromUtf8("comment ça va")}));
        // Symbolic subdivision: ordered by PREVIOUS_ANNOTATION (not file order), equal parts of "hello".
        QCOMPARE(describe(*tierNamed(doc, "morphemes")),
                 (QStringList{QStringLiteral("1000000|1375000|hel-"), QStringLiteral("1375000|1750000|-lo")}));
        QCOMPARE(describe(*tierNamed(doc, "gloss")), QStringList{QStringLiteral("1000000|1375000|GREET")});
        QCOMPARE(doc.duration.count(), qint64(9500000));
        QCOMPARE(doc.diagnostics.size(), 1);
        QCOMPARE(doc.diagnostics[0].severity, Diagnostic::Severity::Info);
        QVERIFY(doc.diagnostics[0].message.startsWith(QStringLiteral("4 time slot(s)")));
    }

    void notEaf_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("mismatched tag on line 4")
            << QByteArray(
                   "<?xml version=\"1.0\" "
                   "encoding=\"UTF-8\"?>\n<ANNOTATION_DOCUMENT>\n<TIME_ORDER>\n</TIER>\n"
                   "</ANNOTATION_DOCUMENT>\n")
            << QStringLiteral("line 4");
        QTest::newRow("truncated") << fixture("unaligned.eaf").left(2000) << QStringLiteral("invalid XML at line ");
        QTest::newRow("not XML") << QByteArray("1\n00:00:01,000 --> 00:00:02,000\n") << QStringLiteral("line 1");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not an ELAN");
        QTest::newRow("other XML") << QByteArray("<?xml version=\"1.0\"?>\n<html><body/></html>\n")
                                   << QStringLiteral("<html>");
    }

    void notEaf()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, errorPart);
        const TimedTextDocument doc = EafParser::parse(bytes, QStringLiteral("x.eaf"));
        QVERIFY(!doc.ok);
        QVERIFY2(doc.error.startsWith(QStringLiteral("x.eaf: ")), qPrintable(doc.error));
        QVERIFY2(doc.error.contains(errorPart), qPrintable(doc.error));
    }

    void problemsAreDiagnosedWithLines()
    {
        const QByteArray eaf =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<ANNOTATION_DOCUMENT>\n"
            "<TIME_ORDER>\n"
            "<TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"100\"/>\n"
            "<TIME_SLOT TIME_SLOT_ID=\"ts2\" TIME_VALUE=\"abc\"/>\n"
            "<TIME_SLOT TIME_SLOT_ID=\"ts3\" TIME_VALUE=\"300\"/>\n"
            "</TIME_ORDER>\n"
            "<TIER TIER_ID=\"t\">\n"
            "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" TIME_SLOT_REF1=\"ts1\" "
            "TIME_SLOT_REF2=\"ts9\">"
            "<ANNOTATION_VALUE>unknown slot</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>\n"
            "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a2\" TIME_SLOT_REF1=\"ts3\" "
            "TIME_SLOT_REF2=\"ts1\">"
            "<ANNOTATION_VALUE>backwards</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>\n"
            "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a3\" TIME_SLOT_REF1=\"ts1\" "
            "TIME_SLOT_REF2=\"ts2\">"
            "<ANNOTATION_VALUE>caf\xe9</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION>\n"
            "</TIER>\n"
            "<TIER TIER_ID=\"r\">\n"
            "<ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"r1\" ANNOTATION_REF=\"nope\">"
            "<ANNOTATION_VALUE>dangling</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>\n"
            "<ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"r2\" ANNOTATION_REF=\"r3\">"
            "<ANNOTATION_VALUE>loop a</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>\n"
            "<ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"r3\" ANNOTATION_REF=\"r2\">"
            "<ANNOTATION_VALUE>loop b</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>\n"
            "</TIER>\n"
            "</ANNOTATION_DOCUMENT>\n";
        const TimedTextDocument doc = EafParser::parse(eaf, QStringLiteral("p.eaf"));
        QVERIFY2(doc.ok, qPrintable(doc.error));
        QCOMPARE(doc.tiers.size(), 2);
        // ts2's invalid value makes it unaligned: interpolated between ts1 and ts3 in TIME_ORDER.
        QCOMPARE(describe(doc.tiers[0]),
                 (QStringList{QStringLiteral("100000|200000|caf") + QChar(QChar::ReplacementCharacter),
                              QStringLiteral("300000|300000|backwards")}));
        QVERIFY(doc.tiers[1].segments.empty());
        QCOMPARE(diagnosticLines(doc), (QList<int>{0, 5, 9, 10, 11, 14, 16}));
        for (const Diagnostic& d : doc.diagnostics)
            QCOMPARE(d.file, QStringLiteral("p.eaf"));
    }

    void noTimedSlotAtAll()
    {
        const QByteArray eaf =
            "<ANNOTATION_DOCUMENT><TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"a\"/><TIME_SLOT TIME_SLOT_ID=\"b\"/>"
            "</TIME_ORDER><TIER TIER_ID=\"t\"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"x\" "
            "TIME_SLOT_REF1=\"a\" TIME_SLOT_REF2=\"b\"><ANNOTATION_VALUE>v</ANNOTATION_VALUE>"
            "</ALIGNABLE_ANNOTATION></ANNOTATION></TIER></ANNOTATION_DOCUMENT>";
        const TimedTextDocument doc = EafParser::parse(eaf, QStringLiteral("n.eaf"));
        QVERIFY(doc.ok);
        QCOMPARE(doc.tiers.size(), 1);
        QVERIFY(doc.tiers[0].segments.empty());
        QCOMPARE(diagnosticLines(doc), (QList<int>{0, 1}));
    }

    void everyPrefixParsesWithoutCrashing()
    {
        const QByteArray full = fixture("unaligned.eaf");
        for (qsizetype n = 0; n < full.size() - 1; n += 7)
            QVERIFY(!EafParser::parse(full.left(n), QStringLiteral("p.eaf")).ok);
        QVERIFY(EafParser::parse(full, QStringLiteral("p.eaf")).ok);
    }
};

QTEST_GUILESS_MAIN(TestEafParser)
#include "test_eaf_parser.moc"
