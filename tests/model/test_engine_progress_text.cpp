// The engine's progress labels while it writes, imports and scans a demo dataset: every one is known to
// EngineProgressText (so the job progress widget shows it translated) and reads the same without a translator.
#include "EngineProgressText.h"
#include "MarkingTranslator.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"
#include "quality/QualityScan.h"
#include "store/ProjectImport.h"
#include "store/ProjectStore.h"

#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace lockstep;

namespace {

class RecordingProgress final : public Progress {
public:
    void report(const QString& message, qint64, qint64) override
    {
        QMutexLocker lock(&m_mutex);
        m_labels.insert(message);
    }
    bool isCancelled() const override { return false; }
    QSet<QString> labels() const
    {
        QMutexLocker lock(&m_mutex);
        return m_labels;
    }

private:
    mutable QMutex m_mutex;
    QSet<QString> m_labels;
};

}  // namespace

class TestEngineProgressText : public QObject {
    Q_OBJECT
private slots:
    void everyLabelOfAScanIsKnown()
    {
        QTemporaryDir dir;
        RecordingProgress progress;
        DemoDataset::Options options;
        options.samples = 30;
        options.recordings = 1;
        const QString dataset = dir.filePath(QStringLiteral("demo"));
        QVERIFY(DemoDataset::generate(dataset, options, progress).ok);
        auto opened = ProjectStore::open(dir.filePath(QStringLiteral("demo.lockstep")));
        QVERIFY(opened.store);
        QVERIFY(importDatasetIntoProject(dataset, *opened.store, progress).ok);
        QVERIFY(QualityScan::run(*opened.store, progress, {}).ok);
        const QSet<QString> labels = progress.labels();
        QVERIFY(labels.contains(QStringLiteral("Measuring files")));
        QVERIFY(labels.contains(QStringLiteral("Saving project")));

        for (const QString& label : labels)
            QCOMPARE(EngineProgressText::translated(label), label);
        MarkingTranslator translator({QByteArrayLiteral("lockstep::EngineProgressText")});
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QStringList unknown;
        for (const QString& label : labels) {
            const QString shown = EngineProgressText::translated(label);
            if (!shown.startsWith(QStringLiteral("\u00ab")))
                unknown << label;
        }
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1Char('\n'))));
        QCOMPARE(EngineProgressText::translated(QStringLiteral("Reading metadata.csv")),
                 QStringLiteral("\u00abReading metadata.csv\u00bb"));
        QCOMPARE(EngineProgressText::translated(QStringLiteral("Reading %2.csv")),
                 QStringLiteral("\u00abReading %2.csv\u00bb"));
        QCOMPARE(EngineProgressText::translated(QStringLiteral("Something new")), QStringLiteral("Something new"));
        QCoreApplication::removeTranslator(&translator);
    }

    void waveformAndSpectrogramLabelsAreKnown()
    {
        // The timeline's background work names the audio file it reads; the label keeps the name.
        const QString path = QStringLiteral("/data/rec %1/mic.wav");
        MarkingTranslator translator({QByteArrayLiteral("lockstep::EngineProgressText")});
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString waveform = EngineProgressText::translated(QStringLiteral("Summarising the waveform of ") + path);
        const QString features = EngineProgressText::translated(QStringLiteral("Computing features of ") + path);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(waveform, QStringLiteral("\u00abSummarising the waveform of ") + path + QStringLiteral("\u00bb"));
        QCOMPARE(features, QStringLiteral("\u00abComputing features of ") + path + QStringLiteral("\u00bb"));
    }
};

QTEST_GUILESS_MAIN(TestEngineProgressText)
#include "test_engine_progress_text.moc"
