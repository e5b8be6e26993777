#include "dataset/CsvReader.h"

#include <QtTest>

using lockstep::CsvReader;

class TestCsvReader : public QObject {
    Q_OBJECT

private:
    static QList<QStringList> readAll(const QByteArray& data, QList<int>* lines = nullptr,
                                      QStringList* problems = nullptr)
    {
        CsvReader reader(data);
        QList<QStringList> records;
        QStringList fields;
        while (reader.readRecord(&fields)) {
            records << fields;
            if (lines)
                *lines << reader.recordLine();
            if (problems)
                *problems << reader.problems();
        }
        return records;
    }

private slots:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("expected");
        using L = QList<QStringList>;
        auto r = [](std::initializer_list<const char*> f) {
            QStringList l;
            for (const char* s : f)
                l << QString::fromUtf8(s);
            return l;
        };
        QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << L{r({"a", "b", "c"}), r({"1", "2", "3"})};
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << L{r({"a", "b"}), r({"1", "2"})};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << L{r({"a", "b"}), r({"1", "2"})};
        QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r") << L{r({"a", "b"}), r({"1", "2"})};
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFid,x\n1,2\n") << L{r({"id", "x"}), r({"1", "2"})};
        QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << L{r({"a,b", "c"})};
        QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << L{r({"say \"hi\"", "x"})};
        QTest::newRow("embedded newline") << QByteArray("\"line1\nline2\",x\n") << L{r({"line1\nline2", "x"})};
        QTest::newRow("embedded crlf") << QByteArray("\"line1\r\nline2\",x\r\n") << L{r({"line1\nline2", "x"})};
        QTest::newRow("empty fields") << QByteArray(",,\n") << L{r({"", "", ""})};
        QTest::newRow("trailing delimiter at eof") << QByteArray("a,") << L{r({"a", ""})};
        QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << L{r({"", "x"})};
        QTest::newRow("blank lines skipped") << QByteArray("a\n\n\nb\n") << L{r({"a"}), r({"b"})};
        QTest::newRow("utf8") << QByteArray("名字,字幕\n猫,\"你好,世界\"\n")
                              << L{r({"名字", "字幕"}), r({"猫", "你好,世界"})};
    }
    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, expected);
        QCOMPARE(readAll(input), expected);
    }

    void lineNumbersFollowEmbeddedNewlines()
    {
        QList<int> lines;
        readAll("h1,h2\n\"a\nb\nc\",x\nnext,y\n\nlast,z\n", &lines);
        QCOMPARE(lines, (QList<int>{1, 2, 5, 7}));
    }

    void unterminatedQuoteIsReportedAndKept()
    {
        QStringList problems;
        QList<int> lines;
        const auto records = readAll("a,b\n1,\"never closed\n2,3\n", &lines, &problems);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1][1], QStringLiteral("never closed\n2,3\n"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(QStringLiteral("line 2")), qPrintable(problems[0]));
    }

    void strayQuoteInUnquotedFieldIsKept()
    {
        QStringList problems;
        const auto records = readAll("5\" disk,x\n", nullptr, &problems);
        QCOMPARE(records[0][0], QStringLiteral("5\" disk"));
        QCOMPARE(problems.size(), 1);
    }

    void textAfterClosingQuoteIsKept()
    {
        QStringList problems;
        const auto records = readAll("\"a\"b,c\n", nullptr, &problems);
        QCOMPARE(records[0], (QStringList{QStringLiteral("ab"), QStringLiteral("c")}));
        QCOMPARE(problems.size(), 1);
    }

    void sniffDelimiter_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<char>("expected");
        QTest::newRow("comma") << QByteArray("a,b,c\n") << ',';
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3") << ';';
        QTest::newRow("tab") << QByteArray("a\tb\n") << '\t';
        QTest::newRow("single column") << QByteArray("a\n") << ',';
    }
    void sniffDelimiter()
    {
        QFETCH(QByteArray, input);
        QFETCH(char, expected);
        QCOMPARE(CsvReader::sniffDelimiter(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
