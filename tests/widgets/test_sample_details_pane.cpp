#include "../model/ProjectFixture.h"
#include "SampleDetailsPane.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <atomic>

using namespace lockstep;

class TestSampleDetailsPane : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    SampleDetails details(const QString& id, std::vector<Item> items) const
    {
        SampleDetails d;
        d.datasetRoot = m_dir.path();
        d.sample.id = id;
        d.sample.label = QStringLiteral("cat");
        d.sample.split = QStringLiteral("train");
        d.sample.items = std::move(items);
        d.row.id = id;
        d.row.row = 4;
        return d;
    }

    SampleDetails complete() const
    {
        return details(QStringLiteral("a"), {Item{Modality::Image, QStringLiteral("images/a.png"), {}},
                                             Item{Modality::Text, QStringLiteral("texts/a.txt"), {}},
                                             Item{Modality::Audio, QStringLiteral("audios/a.wav"), {}}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("images")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("audios")));
        QVERIFY(fixture::writePng(m_dir.filePath(QStringLiteral("images/a.png")), 64, 48));
        QVERIFY(fixture::writePng(m_dir.filePath(QStringLiteral("images/big.png")), 3000, 2000));
        QVERIFY(fixture::writeFile(m_dir.filePath(QStringLiteral("texts/a.txt")), "a cat on a mat"));
        QVERIFY(fixture::writeFile(m_dir.filePath(QStringLiteral("texts/bad.txt")), "line one\nbad \xff byte\n"));
        QVERIFY(fixture::writeWav(m_dir.filePath(QStringLiteral("audios/a.wav")), 16000, 1, 0.5));
    }

    void startsEmpty()
    {
        SampleDetailsPane pane;
        QVERIFY(pane.sampleId().isEmpty());
        QVERIFY(!pane.isLoading());
    }

    void showsImageTextAndAudio()
    {
        SampleDetailsPane pane;
        pane.resize(500, 900);
        pane.show();
        QSignalSpy loaded(&pane, &SampleDetailsPane::mediaLoaded);
        pane.showSample(complete());
        QCOMPARE(pane.sampleId(), QStringLiteral("a"));
        QVERIFY(pane.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QVERIFY(!pane.isLoading());

        QVERIFY2(pane.imageInfoText().contains(QStringLiteral("64 \u00d7 48")), qPrintable(pane.imageInfoText()));
        QVERIFY(pane.imageInfoText().contains(QStringLiteral("PNG")));
        QCOMPARE(pane.imagePreviewSize(), QSize(64, 48));
        QCOMPARE(pane.textContent(), QStringLiteral("a cat on a mat"));
        QVERIFY(pane.textWarningText().isEmpty());

        const QString audio = pane.audioInfoText();
        QVERIFY2(audio.contains(QLocale().toString(16000) + QStringLiteral(" Hz")), qPrintable(audio));
        QVERIFY2(audio.contains(QStringLiteral("0:00.500")), qPrintable(audio));
        QVERIFY2(audio.contains(QStringLiteral("mono")), qPrintable(audio));
        QVERIFY2(audio.contains(QStringLiteral("WAV")), qPrintable(audio));
        QVERIFY(pane.missingMessages().isEmpty());
    }

    void showsMissingFilesClearly()
    {
        SampleDetailsPane pane;
        QSignalSpy loaded(&pane, &SampleDetailsPane::mediaLoaded);
        pane.showSample(details(QStringLiteral("b"), {Item{Modality::Image, QStringLiteral("images/x.jpg"), {}},
                                                      Item{Modality::Audio, QStringLiteral("audios/gone.wav"), {}}}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QCOMPARE(pane.missingMessages(), (QStringList{QStringLiteral("file missing: images/x.jpg"),
                                                      QStringLiteral("file missing: audios/gone.wav")}));
        QVERIFY(pane.imagePreviewSize().isEmpty());
        QVERIFY(pane.audioInfoText().isEmpty());
    }

    void refusesPathsLeavingTheDataset()
    {
        SampleDetailsPane pane;
        QSignalSpy loaded(&pane, &SampleDetailsPane::mediaLoaded);
        pane.showSample(
            details(QStringLiteral("evil"), {Item{Modality::Text, QStringLiteral("../../etc/passwd"), {}}}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QCOMPARE(pane.missingMessages().size(), 1);
        QVERIFY(pane.missingMessages().first().startsWith(QStringLiteral("cannot read ../../etc/passwd")));
        QVERIFY(pane.textContent().isEmpty());
    }

    void warnsAboutInvalidUtf8()
    {
        SampleDetailsPane pane;
        QSignalSpy loaded(&pane, &SampleDetailsPane::mediaLoaded);
        pane.showSample(details(QStringLiteral("t"), {Item{Modality::Text, QStringLiteral("texts/bad.txt"), {}}}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QVERIFY(pane.textContent().contains(QChar(0xfffd)));
        QVERIFY2(pane.textWarningText().contains(QStringLiteral("line 2")), qPrintable(pane.textWarningText()));
    }

    void showsInlineText()
    {
        SampleDetailsPane pane;
        QSignalSpy loaded(&pane, &SampleDetailsPane::mediaLoaded);
        pane.showSample(details(QStringLiteral("i"), {Item{Modality::Text, {}, QStringLiteral("inline caption")}}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QCOMPARE(pane.textContent(), QStringLiteral("inline caption"));
        QVERIFY(pane.missingMessages().isEmpty());
    }

    void decodesLargeImagesAtPreviewSize()
    {
        SampleDetailsPane pane;
        QSignalSpy loaded(&pane, &SampleDetailsPane::mediaLoaded);
        pane.showSample(details(QStringLiteral("big"), {Item{Modality::Image, QStringLiteral("images/big.png"), {}}}));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QVERIFY2(pane.imageInfoText().contains(QLocale().toString(3000)), qPrintable(pane.imageInfoText()));
        const QSize preview = pane.imagePreviewSize();
        QVERIFY(preview.width() <= SampleDetailsPane::previewDecodeSize().width());
        QVERIFY(preview.height() <= SampleDetailsPane::previewDecodeSize().height());
        QCOMPARE(preview, QSize(3000, 2000).scaled(SampleDetailsPane::previewDecodeSize(), Qt::KeepAspectRatio));
    }

    void streamsAttributesAndDiagnostics()
    {
        SampleDetailsPane pane;
        QList<bool> missing;
        SampleDetails d;
        d.datasetRoot = m_dir.path();
        d.sample = fixture::makeSample(0, &missing);
        Diagnostic diagnostic;
        diagnostic.file = QStringLiteral("metadata.csv");
        diagnostic.line = 7;
        diagnostic.message = QStringLiteral("empty label");
        d.diagnostics.append(diagnostic);
        pane.showSample(d);
        QCOMPARE(pane.streamRowCount(), 1);
        QCOMPARE(pane.diagnosticLines(), QStringList{QStringLiteral("metadata.csv:7: empty label")});
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading(), 10000);
    }

    void newerSelectionWins()
    {
        SampleDetailsPane pane;
        QSignalSpy loaded(&pane, &SampleDetailsPane::mediaLoaded);
        // Keep the pane's decoder busy so that both requests are pending at once.
        std::atomic<bool> release{false};
        pane.threadPool()->start([&release] {
            while (!release.load())
                QThread::msleep(1);
        });
        pane.showSample(complete());
        pane.showSample(details(QStringLiteral("b"), {Item{Modality::Image, QStringLiteral("images/x.jpg"), {}}}));
        QVERIFY(pane.isLoading());
        release = true;
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 10000);
        QTest::qWait(100);
        QCOMPARE(loaded.count(), 1);  // the stale load of "a" was dropped
        QCOMPARE(pane.sampleId(), QStringLiteral("b"));
        QCOMPARE(pane.missingMessages(), QStringList{QStringLiteral("file missing: images/x.jpg")});
        QVERIFY(pane.textContent().isEmpty());
    }

    void clearShowsThePlaceholder()
    {
        SampleDetailsPane pane;
        pane.showSample(complete());
        pane.clear();
        QVERIFY(pane.sampleId().isEmpty());
        QVERIFY(!pane.isLoading());
    }
};

QTEST_MAIN(TestSampleDetailsPane)
#include "test_sample_details_pane.moc"
