#include "media/TextDecoder.h"
#include "quality/TextMetrics.h"
#include "quality/TextMetricsCalculator.h"

#include <QtTest>

using lockstep::TextDecoder;
using lockstep::TextMetrics;
using lockstep::TextMetricsCalculator;

class TestTextMetrics : public QObject {
    Q_OBJECT

private:
    static TextMetrics metricsOf(const QByteArray& utf8)
    {
        return TextMetricsCalculator::compute(TextDecoder::decode(utf8));
    }
    static QByteArray hashOf(const char* utf8)
    {
        return TextMetricsCalculator::contentHash(TextMetricsCalculator::normalise(QString::fromUtf8(utf8)));
    }

private slots:
    void counts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("chars");
        QTest::addColumn<qint64>("words");
        QTest::addColumn<qint64>("lines");
        QTest::addColumn<qint64>("invalidBytes");
        QTest::addColumn<qint64>("controlChars");
        QTest::addColumn<bool>("whitespaceOnly");

        QTest::newRow("ascii") << QByteArray("Hello world\nThis is a test.\n") << 28LL << 6LL << 2LL << 0LL << 0LL
                               << false;
        QTest::newRow("ascii no final newline")
            << QByteArray("one two\nthree") << 13LL << 3LL << 2LL << 0LL << 0LL << false;
        // Python's str.split(): a lone punctuation token between spaces is a word.
        QTest::newRow("punctuation token") << QByteArray("Hello , world") << 13LL << 3LL << 1LL << 0LL << 0LL << false;
        // 4 + 6 ideographs; the ideographic full stop touches ideographs and is not a word.
        QTest::newRow("chinese") << QByteArray("你好世界。\n今天天气很好") << 12LL << 10LL << 2LL << 0LL << 0LL
                                 << false;
        QTest::newRow("chinese comma") << QByteArray("你好，世界") << 5LL << 4LL << 1LL << 0LL << 0LL << false;
        QTest::newRow("japanese kana") << QByteArray("これはペンです") << 7LL << 7LL << 1LL << 0LL << 0LL << false;
        QTest::newRow("mixed") << QByteArray("Hello 世界 test") << 13LL << 4LL << 1LL << 0LL << 0LL << false;
        QTest::newRow("mixed no spaces") << QByteArray("GPU加速v2") << 7LL << 4LL << 1LL << 0LL << 0LL << false;
        QTest::newRow("korean uses spaces")
            << QByteArray("안녕하세요 세계") << 8LL << 2LL << 1LL << 0LL << 0LL << false;
        // U+1F600 is one code point but two UTF-16 units.
        QTest::newRow("astral") << QByteArray(
                                       "a\xF0\x9F\x98\x80"
                                       "b c")
                                << 5LL << 2LL << 1LL << 0LL << 0LL << false;
        // \x01, DEL and U+0080 are controls; \t \r \n are not.
        QTest::newRow("controls") << QByteArray(
                                         "a\x01"
                                         "b\tc\x7f d\xC2\x80"
                                         "e\r\n")
                                  << 12LL << 3LL << 1LL << 0LL << 3LL << false;
        QTest::newRow("control only") << QByteArray("\x02") << 1LL << 1LL << 1LL << 0LL << 1LL << false;
        QTest::newRow("invalid utf8") << QByteArray(
                                             "ab\xFF\xFE"
                                             "cd\n")
                                      << 7LL << 1LL << 1LL << 2LL << 0LL << false;
        QTest::newRow("truncated sequence") << QByteArray("x \xE4\xBD") << 4LL << 2LL << 1LL << 2LL << 0LL << false;
        QTest::newRow("empty") << QByteArray() << 0LL << 0LL << 0LL << 0LL << 0LL << true;
        QTest::newRow("whitespace only") << QByteArray(" \t\n  \n") << 6LL << 0LL << 2LL << 0LL << 0LL << true;
        QTest::newRow("ideographic space only")
            << QByteArray("\xE3\x80\x80\xC2\xA0") << 2LL << 0LL << 1LL << 0LL << 0LL << true;
        QTest::newRow("crlf and lone cr") << QByteArray("a\r\nb\rc") << 6LL << 3LL << 3LL << 0LL << 0LL << false;
        QTest::newRow("only newline") << QByteArray("\n") << 1LL << 0LL << 1LL << 0LL << 0LL << true;
        QTest::newRow("bom dropped") << QByteArray("\xEF\xBB\xBFhi") << 2LL << 1LL << 1LL << 0LL << 0LL << false;
    }

    void counts()
    {
        QFETCH(QByteArray, bytes);
        const TextMetrics m = metricsOf(bytes);
        QTEST(m.chars, "chars");
        QTEST(m.words, "words");
        QTEST(m.lines, "lines");
        QTEST(m.invalidBytes, "invalidBytes");
        QTEST(m.controlChars, "controlChars");
        QTEST(m.whitespaceOnly, "whitespaceOnly");
        QCOMPARE(m.contentHash.isEmpty(), m.whitespaceOnly);
        QCOMPARE(m.minHash.isEmpty(), m.whitespaceOnly);
        if (!m.whitespaceOnly)
            QCOMPARE(m.contentHash.size(), 16);
    }

    void toListNamesAndValues()
    {
        const TextMetrics m = metricsOf("a\x01 b\xFF\nc");
        const auto list = m.toList();
        QStringList names;
        for (const auto& [name, value] : list)
            names << name;
        QCOMPARE(names, (QStringList{QStringLiteral("text.chars"), QStringLiteral("text.words"),
                                     QStringLiteral("text.lines"), QStringLiteral("text.invalid_bytes"),
                                     QStringLiteral("text.control_chars"), QStringLiteral("text.is_empty")}));
        QCOMPARE(list[0].second, 7.0);
        QCOMPARE(list[1].second, 3.0);
        QCOMPARE(list[2].second, 2.0);
        QCOMPARE(list[3].second, 1.0);
        QCOMPARE(list[4].second, 1.0);
        QCOMPARE(list[5].second, 0.0);
        QCOMPARE(metricsOf(" \n").toList()[5].second, 1.0);
    }

    void normalise()
    {
        QCOMPARE(TextMetricsCalculator::normalise(QString::fromUtf8("  Hello \t\n WORLD  ")),
                 QStringLiteral("hello world"));
        // NFKC: full-width letters and the "ﬁ" ligature; case folding: ß -> ss.
        QCOMPARE(TextMetricsCalculator::normalise(QString::fromUtf8("Ｈｅｌｌｏ ﬁne STRAßE")),
                 QStringLiteral("hello fine strasse"));
        QCOMPARE(TextMetricsCalculator::normalise(QString::fromUtf8(" \t ")), QString());
    }

    void contentHashEqualForVariants()
    {
        const QByteArray reference = hashOf("hello world");
        QCOMPARE(reference.size(), 16);
        QCOMPARE(hashOf("Hello  world"), reference);
        QCOMPARE(hashOf("  HELLO\tworld\n"), reference);
        QCOMPARE(hashOf("Ｈｅｌｌｏ world"), reference);    // full-width (NFKC)
        QCOMPARE(hashOf("hello\xC2\xA0world"), reference);  // no-break space
        // Composed and decomposed é are one text.
        QCOMPARE(hashOf("caf\xC3\xA9"), hashOf("cafe\xCC\x81"));
        // Same hash through compute().
        QCOMPARE(metricsOf("HELLO   WORLD").contentHash, reference);
    }

    void contentHashDiffersOtherwise()
    {
        const QByteArray reference = hashOf("hello world");
        QVERIFY(hashOf("hello world!") != reference);
        QVERIFY(hashOf("hello worlds") != reference);
        QVERIFY(hashOf("helloworld") != reference);
        QVERIFY(hashOf("world hello") != reference);
        QVERIFY(hashOf("cafe") != hashOf("caf\xC3\xA9"));
        QVERIFY(hashOf("你好") != hashOf("您好"));
    }

    void minHashOfNormalisedText()
    {
        const TextMetrics a = metricsOf("The quick brown fox jumps over the lazy dog");
        const TextMetrics b = metricsOf("the QUICK brown   fox jumps over the lazy dog\n");
        QVERIFY(!a.minHash.isEmpty());
        QVERIFY(a.minHash == b.minHash);
        const TextMetrics c = metricsOf("A completely different sentence about something else");
        QVERIFY(lockstep::MinHashSignature::estimatedJaccard(a.minHash, c.minHash) < 0.2);
    }
};

QTEST_GUILESS_MAIN(TestTextMetrics)
#include "test_text_metrics.moc"
