// Under a Chinese translator the details pane shows a scan's issues in Chinese, although the project file
// holds the engine's English; without one it shows the English as stored.
#include "EntryTranslator.h"
#include "SampleDetailsPane.h"

#include <QLabel>
#include <QTest>

using namespace lockstep;

namespace {

// One entry of a zh_CN translation, the way a loaded .qm answers.
class OneEntryTranslator : public EntryTranslator {
public:
    OneEntryTranslator()
        : EntryTranslator({{QStringLiteral("lockstep::IssueMessageText|%1 samples in runs of 3 or more at full scale "
                                           "(%2% of the clip)"),
                            QStringLiteral("%1 个样本连续 3 个以上处于满幅（占片段的 %2%）")}})
    {}
};

const QString kEnglish = QStringLiteral("14181 samples in runs of 3 or more at full scale (1.230% of the clip)");
const QString kChinese = QStringLiteral("14181 个样本连续 3 个以上处于满幅（占片段的 1.230%）");

SampleDetails clippedSample()
{
    SampleDetails d;
    d.sample.id = QStringLiteral("s7");
    d.row.id = d.sample.id;
    d.scanned = true;
    QualityIssue clipping;
    clipping.sampleId = d.sample.id;
    clipping.type = QStringLiteral("audio.clipping");
    clipping.modality = QStringLiteral("audio");
    clipping.value = 14181;
    clipping.threshold = 1;
    clipping.message = kEnglish;
    d.issues.push_back(clipping);
    return d;
}

// The text of the issue rows the pane shows (rich text: the type's link, then the message).
QStringList shownIssueTexts(const SampleDetailsPane& pane)
{
    QStringList texts;
    for (const QLabel* label : pane.findChildren<QLabel*>())
        if (label->text().contains(QLatin1String("audio.clipping")))
            texts << label->text();
    return texts;
}

}  // namespace

class TestIssueTextLanguage : public QObject {
    Q_OBJECT
private slots:
    void detailsPaneShowsTheTranslatedMessage()
    {
        OneEntryTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        SampleDetailsPane pane;
        pane.showSample(clippedSample());
        QCOMPARE(pane.issueLines(), QStringList{QStringLiteral("audio.clipping: ") + kChinese});
        const QStringList shown = shownIssueTexts(pane);
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.first().contains(kChinese), qPrintable(shown.first()));
        QVERIFY(!shown.first().contains(kEnglish));
        QCoreApplication::removeTranslator(&translator);
    }

    void withoutTranslatorTheStoredEnglishIsShown()
    {
        SampleDetailsPane pane;
        pane.showSample(clippedSample());
        QCOMPARE(pane.issueLines(), QStringList{QStringLiteral("audio.clipping: ") + kEnglish});
        const QStringList shown = shownIssueTexts(pane);
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().contains(kEnglish));
    }
};

QTEST_MAIN(TestIssueTextLanguage)
#include "test_issue_text_language.moc"
