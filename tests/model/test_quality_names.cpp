// Readable names for issue types and metrics: English shows the identifiers as before; a translation puts its
// name first and keeps the identifier, in its own form; every type the engine writes and every metric it
// measures has a name.
#include "EntryTranslator.h"
#include "IssueMessageText.h"
#include "MarkingTranslator.h"
#include "QualityNames.h"
#include "quality/AudioMetrics.h"
#include "quality/ImageMetrics.h"
#include "quality/TextMetrics.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace lockstep;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

}  // namespace

class TestQualityNames : public QObject {
    Q_OBJECT

private slots:
    void englishShowsTheIdentifiers()
    {
        QCOMPARE(QualityNames::issueTypeName(QStringLiteral("audio.clipping")), QString());
        QCOMPARE(QualityNames::issueTypeLabel(QStringLiteral("audio.clipping")), QStringLiteral("audio.clipping"));
        QCOMPARE(QualityNames::issueTypeShort(QStringLiteral("image.blurry")), QStringLiteral("image.blurry"));
        QCOMPARE(QualityNames::metricLabel(QStringLiteral("audio.rms_dbfs")), QStringLiteral("audio.rms_dbfs"));
        QCOMPARE(QualityNames::metricName(QStringLiteral("audio.rms_dbfs")), QString());
    }

    void aTranslationPutsItsNameFirst()
    {
        MarkingTranslator marking({QByteArrayLiteral("lockstep::QualityNames")});
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const QString clipping = QualityNames::issueTypeLabel(QStringLiteral("audio.clipping"));
        const QString rms = QualityNames::metricLabel(QStringLiteral("audio.rms_dbfs"));
        const QString outlier = QualityNames::issueTypeShort(QStringLiteral("sample.metric_outlier"));
        const QString unknownType = QualityNames::issueTypeLabel(QStringLiteral("audio.from_a_newer_engine"));
        const QString unknownMetric = QualityNames::metricLabel(QStringLiteral("audio.loudness_lufs"));
        QCoreApplication::removeTranslator(&marking);
        // The form "name (identifier)" is translated too (the outer marks).
        QCOMPARE(clipping, QStringLiteral("\u00ab\u00abAudio clipping\u00bb (audio.clipping)\u00bb"));
        QCOMPARE(rms, QStringLiteral("\u00ab\u00abRMS level (dBFS)\u00bb (audio.rms_dbfs)\u00bb"));
        QCOMPARE(outlier, QStringLiteral("\u00abMetric outlier\u00bb"));
        // An identifier without a name here is shown as it is.
        QCOMPARE(unknownType, QStringLiteral("audio.from_a_newer_engine"));
        QCOMPARE(unknownMetric, QStringLiteral("audio.loudness_lufs"));
    }

    void aLanguageWritesItsOwnBrackets()
    {
        EntryTranslator chinese({
            {QStringLiteral("lockstep::QualityNames|%1 (%2)"), QStringLiteral("%1\uff08%2\uff09")},
            {QStringLiteral("lockstep::QualityNames|Audio clipping"), QStringLiteral("\u97f3\u9891\u524a\u6ce2")},
            {QStringLiteral("lockstep::QualityNames|RMS level (dBFS)"),
             QStringLiteral("RMS \u7535\u5e73\uff08dBFS\uff09")},
        });
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        const QString clipping = QualityNames::issueTypeLabel(QStringLiteral("audio.clipping"));
        const QString rms = QualityNames::metricLabel(QStringLiteral("audio.rms_dbfs"));
        const QString untranslated = QualityNames::metricLabel(QStringLiteral("audio.peak_dbfs"));
        QCoreApplication::removeTranslator(&chinese);
        QCOMPARE(clipping, QStringLiteral("\u97f3\u9891\u524a\u6ce2\uff08audio.clipping\uff09"));
        QCOMPARE(rms, QStringLiteral("RMS \u7535\u5e73\uff08dBFS\uff09\uff08audio.rms_dbfs\uff09"));
        // A metric the translation has no name for is its identifier alone, brackets or none.
        QCOMPARE(untranslated, QStringLiteral("audio.peak_dbfs"));
    }

    void everyIssueTypeOfTheEngineHasAName()
    {
        // IssueMessageText's types are the ones test_issue_message_text drives the engine to write.
        QCOMPARE(sorted(QualityNames::issueTypes()), sorted(IssueMessageText::types()));
    }

    void everyMeasuredMetricHasAName()
    {
        QStringList measured;
        for (const auto& m : ImageMetrics{}.toList())
            measured << m.first;
        for (const auto& m : AudioMetrics{}.toList())
            measured << m.first;
        for (const auto& m : TextMetrics{}.toList())
            measured << m.first;
        const QStringList named = QualityNames::metrics();
        QStringList missing;
        for (const QString& name : std::as_const(measured))
            if (!named.contains(name))
                missing << name;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
        QCOMPARE(named.size(), QSet<QString>(named.cbegin(), named.cend()).size());
    }
};

QTEST_GUILESS_MAIN(TestQualityNames)
#include "test_quality_names.moc"
