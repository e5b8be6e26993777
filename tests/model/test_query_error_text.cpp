// The query bar says what is wrong with a query in the user's language: every kind of parse error the sample
// filter gives has a sentence in QueryErrorText, word for word the engine's English, and a query makes each.
#include "EntryTranslator.h"
#include "MarkingTranslator.h"
#include "QueryErrorText.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace lockstep;
using Kind = SampleFilterError::Kind;

namespace {

// A few entries of a zh_CN translation, the way a loaded .qm answers.
class ChineseTranslator : public EntryTranslator {
public:
    ChineseTranslator()
        : EntryTranslator({
              {QStringLiteral("lockstep::QueryErrorText|unknown field '%1' (id, label, split, status, source, issues, "
                              "warnings, streams, tag, has:..., or a metric such as audio.rms_dbfs)"),
               QStringLiteral("未知字段“%1”（可用 id、label、split、status、source、issues、warnings、streams、tag、"
                              "has:...，或 audio.rms_dbfs 这样的指标）")},
              {QStringLiteral("lockstep::QueryErrorText|inside(...) takes at most %1 corners"),
               QStringLiteral("inside(...) 最多 %1 个角点")},
          })
    {}
};

QString manyCorners(int n)
{
    QStringList corners;
    for (int i = 0; i < n; ++i)
        corners << QStringLiteral("%1 %2").arg(i).arg(i % 2);
    return QStringLiteral("inside(a.x, b.y: ") + corners.join(QStringLiteral(", ")) + QLatin1Char(')');
}

struct ErrorCase {
    const char* name;
    QString query;
    Kind kind;
    QStringList arguments;
};

// One query per kind of error (a new kind without a row here fails everyKindIsMadeByAQuery).
std::vector<ErrorCase> errorCases()
{
    return {
        {"lone bang", QStringLiteral("label ! dog"), Kind::LoneExclamation, {}},
        {"open quote", QStringLiteral("label = \"dog"), Kind::UnclosedQuote, {}},
        {"stray paren", QStringLiteral("label = dog )"), Kind::Unexpected, {QStringLiteral(")")}},
        {"missing value", QStringLiteral("label ="), Kind::MissingValue, {}},
        {"missing paren", QStringLiteral("(label = dog"), Kind::MissingClosingParenthesis, {}},
        {"dangling and", QStringLiteral("label = dog and"), Kind::EndsTooEarly, {}},
        {"inside without metrics", QStringLiteral("inside(1, 2: 0 0)"), Kind::InsideNeedsTwoMetrics, {}},
        {"inside without comma", QStringLiteral("inside(a.x b.y: 0 0)"), Kind::InsideMissingMetricComma, {}},
        {"inside without colon", QStringLiteral("inside(a.x, b.y 0 0)"), Kind::InsideMissingColon, {}},
        {"inside half a corner", QStringLiteral("inside(a.x, b.y: 0 0, 1)"), Kind::InsideCornerNotTwoNumbers, {}},
        {"inside too many corners",
         manyCorners(LassoPolygon::kMaxVertices + 1),
         Kind::InsideTooManyCorners,
         {QString::number(LassoPolygon::kMaxVertices)}},
        {"inside corner separator", QStringLiteral("inside(a.x, b.y: 0 0 1 1)"), Kind::InsideMissingCornerComma, {}},
        {"inside flat polygon",
         QStringLiteral("inside(a.x, b.y: 0 0, 1 1, 2 2)"),
         Kind::InsideInvalidPolygon,
         {QStringLiteral("the polygon encloses nothing (its corners lie on one line)")}},
        {"has with an operator", QStringLiteral("has > audio"), Kind::HasSyntax, {}},
        {"tag with an operator", QStringLiteral("tag < noisy"), Kind::TagSyntax, {}},
        {"count needs a number", QStringLiteral("issues > many"), Kind::CountNeedsNumber, {QStringLiteral("issues")}},
        {"metric needs a number",
         QStringLiteral("audio.rms_dbfs < loud"),
         Kind::MetricNeedsNumber,
         {QStringLiteral("audio.rms_dbfs")}},
        {"unknown field", QStringLiteral("colour = red"), Kind::UnknownField, {QStringLiteral("colour")}},
    };
}

}  // namespace

class TestQueryErrorText : public QObject {
    Q_OBJECT
private slots:
    void everyKindHasTheEnginesSentence()
    {
        for (int k = int(Kind::None) + 1; k < int(Kind::KindCount); ++k) {
            const auto kind = Kind(k);
            const std::optional<QString> sentence = QueryErrorText::sourceSentence(kind);
            QVERIFY2(sentence.has_value(), qPrintable(QString::number(k)));
            QCOMPARE(*sentence, SampleFilterError::englishSentence(kind));
        }
    }

    void aQueryMakesEachKind_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("arguments");
        for (const ErrorCase& c : errorCases())
            QTest::newRow(c.name) << c.query << int(c.kind) << c.arguments;
    }

    void aQueryMakesEachKind()
    {
        QFETCH(QString, query);
        QFETCH(int, kind);
        QFETCH(QStringList, arguments);
        const SampleFilter f = SampleFilter::parse(query);
        QVERIFY(!f.ok);
        QCOMPARE(int(f.errorKind), kind);
        QCOMPARE(f.errorArguments, arguments);
        QCOMPARE(f.error, SampleFilterError::english(f.errorKind, f.errorArguments));
        QCOMPARE(QueryErrorText::message(f), f.error);  // no translator: the engine's English

        MarkingTranslator translator(
            {QByteArrayLiteral("lockstep::QueryErrorText"), QByteArrayLiteral("lockstep::EngineMessageText")});
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString shown = QueryErrorText::message(f);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(shown.startsWith(QStringLiteral("\u00ab")), qPrintable(shown));
        for (const QString& argument : std::as_const(arguments))
            QVERIFY2(shown.contains(argument.left(8)), qPrintable(shown));
    }

    void everyKindIsMadeByAQuery()
    {
        QSet<int> made;
        for (const ErrorCase& c : errorCases())
            made.insert(int(c.kind));
        for (int k = int(Kind::None) + 1; k < int(Kind::KindCount); ++k)
            QVERIFY2(made.contains(k), qPrintable(QString::number(k)));
    }

    void chineseKeepsTheFieldAndTheNumber()
    {
        ChineseTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString field = QueryErrorText::message(SampleFilter::parse(QStringLiteral("colour = red")));
        const QString corners =
            QueryErrorText::message(SampleFilter::parse(manyCorners(LassoPolygon::kMaxVertices + 1)));
        // A field named like a placeholder stays the name it is.
        const QString placeholder = QueryErrorText::message(SampleFilter::parse(QStringLiteral("%2 = x")));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(field.startsWith(QStringLiteral("未知字段“colour”")), qPrintable(field));
        QCOMPARE(corners, QStringLiteral("inside(...) 最多 %1 个角点").arg(LassoPolygon::kMaxVertices));
        QVERIFY2(placeholder.startsWith(QStringLiteral("未知字段“%2”")), qPrintable(placeholder));
    }
};

QTEST_GUILESS_MAIN(TestQueryErrorText)
#include "test_query_error_text.moc"
