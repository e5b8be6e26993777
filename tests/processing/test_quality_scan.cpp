// The scan end to end on the demo dataset: every planted problem is found under its issue type, a rescan
// decodes nothing, a changed file is re-measured, a threshold change re-derives without decoding, and a
// cancelled scan keeps its work.
#include "demo/DemoDataset.h"
#include "progress/Progress.h"
#include "quality/QualityReport.h"
#include "quality/QualityScan.h"
#include "store/ProjectImport.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"

#include "TestFiles.h"

#include <sqlite3.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace lockstep;

namespace {

// Planted problem -> the issue type the quality engine must report for that sample.
const QHash<QString, QString>& expectedTypes()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("image/blurry"), QStringLiteral("image.blurry")},
        {QStringLiteral("image/dark"), QStringLiteral("image.dark")},
        {QStringLiteral("image/light"), QStringLiteral("image.light")},
        {QStringLiteral("image/low_information"), QStringLiteral("image.low_information")},
        {QStringLiteral("image/odd_aspect_ratio"), QStringLiteral("image.odd_aspect_ratio")},
        {QStringLiteral("image/grayscale"), QStringLiteral("image.grayscale")},
        {QStringLiteral("image/exact_duplicate"), QStringLiteral("image.exact_duplicate")},
        {QStringLiteral("image/near_duplicate"), QStringLiteral("image.near_duplicate")},
        {QStringLiteral("image/missing_file"), QStringLiteral("image.missing_file")},
        {QStringLiteral("audio/clipping"), QStringLiteral("audio.clipping")},
        {QStringLiteral("audio/digital_silence"), QStringLiteral("audio.silent")},
        {QStringLiteral("audio/mostly_silent"), QStringLiteral("audio.mostly_silent")},
        {QStringLiteral("audio/low_level"), QStringLiteral("audio.low_level")},
        {QStringLiteral("audio/dc_offset"), QStringLiteral("audio.dc_offset")},
        {QStringLiteral("audio/low_bandwidth"), QStringLiteral("audio.low_bandwidth")},
        {QStringLiteral("audio/exact_duplicate"), QStringLiteral("audio.exact_duplicate")},
        {QStringLiteral("audio/missing_file"), QStringLiteral("audio.missing_file")},
        {QStringLiteral("audio/missing_modality"), QStringLiteral("sample.missing_modality")},
        {QStringLiteral("text/empty_text"), QStringLiteral("text.empty")},
        {QStringLiteral("text/whitespace_only"), QStringLiteral("text.empty")},
        {QStringLiteral("text/control_characters"), QStringLiteral("text.control_chars")},
        {QStringLiteral("text/invalid_utf8"), QStringLiteral("text.unreadable")},
        {QStringLiteral("text/duplicate_text"), QStringLiteral("text.exact_duplicate")},
        {QStringLiteral("sample/speech_rate_mismatch"), QStringLiteral("sample.speech_rate_outlier")},
    };
    return map;
}

}  // namespace

class TestQualityScan : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_dataset;
    QString m_project;

    QualityScan::Report scan(QualityScan::Options options = {})
    {
        auto opened = ProjectStore::open(m_project);
        NullProgress progress;
        return QualityScan::run(*opened.store, progress, options);
    }
    QSet<QString> issueKeys()
    {
        auto opened = ProjectStore::open(m_project, ProjectStore::Mode::ReadOnly);
        QualityRepository repository(*opened.store);
        QSet<QString> keys;
        for (const QualityIssue& i : repository.issues())
            keys.insert(i.sampleId + QLatin1Char('|') + i.type);
        return keys;
    }

    // Every derived result of the last scan as text: metric rows, issues, duplicate groups.
    QStringList results()
    {
        auto opened = ProjectStore::open(m_project, ProjectStore::Mode::ReadOnly);
        QStringList rows;
        for (const char* sql : {"SELECT sample_id, name, value FROM sample_metrics ORDER BY 1, 2",
                                "SELECT sample_id, type, modality, severity, value, threshold, message FROM issues "
                                "ORDER BY 1, 2, 3, 7",
                                "SELECT g.kind, g.modality, g.keeper, m.sample_id, m.distance FROM duplicate_groups g "
                                "JOIN duplicate_members m ON m.group_id = g.id ORDER BY 1, 2, 3, 4"}) {
            sqlite3_stmt* st = nullptr;
            if (sqlite3_prepare_v2(opened.store->database(), sql, -1, &st, nullptr) != SQLITE_OK)
                return {QStringLiteral("cannot read the results")};
            while (sqlite3_step(st) == SQLITE_ROW) {
                QStringList columns;
                for (int c = 0; c < sqlite3_column_count(st); ++c)
                    columns << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, c)));
                rows << columns.join(QLatin1Char('|'));
            }
            sqlite3_finalize(st);
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        m_dataset = m_tmp.filePath(QStringLiteral("demo"));
        m_project = m_tmp.filePath(QStringLiteral("demo.lockstep"));
        NullProgress progress;
        DemoDataset::Options options;
        options.samples = 120;
        options.recordings = 2;
        const DemoDataset::Result demo = DemoDataset::generate(m_dataset, options, progress);
        QVERIFY2(demo.ok, qPrintable(demo.error));
        auto opened = ProjectStore::open(m_project);
        QVERIFY(importDatasetIntoProject(m_dataset, *opened.store, progress).ok);
    }

    void firstScanFindsEveryPlantedProblem()
    {
        const QualityScan::Report report = scan();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.samples, qint64(122));
        QCOMPARE(report.fromCache, qint64(0));
        QVERIFY(report.measured > 240);
        QVERIFY(report.unreadable >= 2);  // the planted missing files

        QFile plantedFile(m_dataset + QStringLiteral("/PLANTED.json"));
        QVERIFY(plantedFile.open(QIODevice::ReadOnly));
        const QJsonArray planted = QJsonDocument::fromJson(plantedFile.readAll()).array();
        const QSet<QString> found = issueKeys();
        auto opened = ProjectStore::open(m_project, ProjectStore::Mode::ReadOnly);
        const std::vector<DuplicateGroupRecord> groups = QualityRepository(*opened.store).duplicateGroups();
        auto sameGroup = [&groups](const QString& a, const QString& b, const QString& modality) {
            for (const DuplicateGroupRecord& g : groups) {
                if (g.modality != modality)
                    continue;
                bool hasA = false;
                bool hasB = false;
                for (const auto& member : g.members) {
                    hasA = hasA || member.first == a;
                    hasB = hasB || member.first == b;
                }
                if (hasA && hasB)
                    return true;
            }
            return false;
        };
        int checked = 0;
        QStringList missed;
        for (const QJsonValue& v : planted) {
            const QJsonObject p = v.toObject();
            const QString key = p.value(QStringLiteral("modality")).toString() + QLatin1Char('/') +
                                p.value(QStringLiteral("problem")).toString();
            if (!expectedTypes().contains(key))
                continue;  // alignment problems (subtitle offset, clock drift) belong to the alignment engine
            ++checked;
            const QString sample = p.value(QStringLiteral("sample")).toString();
            const QString original = p.value(QStringLiteral("duplicate_of")).toString();
            if (!original.isEmpty()) {
                // Either copy may be the suggested keeper; what matters is that both are in one group.
                if (!sameGroup(sample, original, p.value(QStringLiteral("modality")).toString()))
                    missed << QStringLiteral("%1 and %2 not grouped as %3").arg(sample, original, key);
                continue;
            }
            if (!found.contains(sample + QLatin1Char('|') + expectedTypes().value(key)))
                missed << QStringLiteral("%1 %2 -> %3").arg(sample, key, expectedTypes().value(key));
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QLatin1Char('\n'))));
        QVERIFY(checked >= 20);
    }

    void rescanOfUnchangedDatasetDecodesNothing()
    {
        const QualityScan::Report report = scan();
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.fromCache + report.unreadable, report.files);
        // Only the captions given inline (none in the demo) and the missing files are looked at again.
        QCOMPARE(report.measured, report.unreadable);
    }

    void rescanOfOneTouchedFileDerivesTheSameResults()
    {
        // Same bytes, new modification time: that file is measured again and every other measurement is read
        // back from the cache for deriving, so the results are those of the scan before, row for row.
        const QualityScan::Report unchanged = scan();
        QVERIFY(unchanged.upToDate);
        const QStringList before = results();
        QVERIFY(before.size() > 100);
        const QStringList pictures = QDir(m_dataset + QStringLiteral("/images")).entryList(QDir::Files, QDir::Name);
        QVERIFY(!pictures.isEmpty());
        QFile file(m_dataset + QStringLiteral("/images/") + pictures.constFirst());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(file.fileTime(QFileDevice::FileModificationTime).addSecs(-60),
                                 QFileDevice::FileModificationTime));
        file.close();
        const QualityScan::Report report = scan();
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(!report.upToDate);
        QCOMPARE(report.fromCache, unchanged.fromCache - 1);
        QCOMPARE(results(), before);
    }

    void changedFileIsMeasuredAgain()
    {
        const QString caption = m_dataset + QStringLiteral("/texts/s0010.txt");
        QVERIFY(test::writeFile(caption, ""));  // now empty
        const QualityScan::Report report = scan();
        QVERIFY(report.ok);
        QCOMPARE(report.measured, report.unreadable + 1);
        QVERIFY(issueKeys().contains(QStringLiteral("s0010|text.empty")));
    }

    void deletedFileIsNoticedOnRescan()
    {
        const QString caption = m_dataset + QStringLiteral("/texts/s0020.txt");
        const QByteArray kept = [&caption] {
            QFile f(caption);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(QFile::remove(caption));
        const QualityScan::Report report = scan();
        QVERIFY(report.ok);
        QVERIFY(!report.upToDate);
        QVERIFY(issueKeys().contains(QStringLiteral("s0020|text.missing_file")));
        QVERIFY(test::writeFile(caption, kept));  // put it back for the tests that follow
        QVERIFY(scan().ok);
        QVERIFY(!issueKeys().contains(QStringLiteral("s0020|text.missing_file")));
    }

    void thresholdChangeRederivesWithoutDecoding()
    {
        auto opened = ProjectStore::open(m_project);
        QualityThresholds thresholds;
        QVERIFY(thresholds.set(QStringLiteral("image.dark"), 0.0));
        NullProgress progress;
        const QualityScan::Report report = QualityScan::rederive(*opened.store, progress, thresholds);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.measured, qint64(0));
        QualityRepository repository(*opened.store);
        QCOMPARE(repository.thresholdOverrides().value(QStringLiteral("image.dark")).toDouble(-1), 0.0);
        for (const QualityIssue& i : repository.issues())
            QVERIFY(i.type != QLatin1String("image.dark"));
        // Back to the defaults: the dark images are flagged again.
        QVERIFY(QualityScan::rederive(*opened.store, progress, QualityThresholds()).ok);
        bool dark = false;
        for (const QualityIssue& i : repository.issues())
            dark = dark || i.type == QLatin1String("image.dark");
        QVERIFY(dark);
    }

    void cancelledScanKeepsItsWorkAndResumes()
    {
        QualityScan::Options options;
        options.remeasure = true;
        auto opened = ProjectStore::open(m_project);
        NullProgress progress;
        progress.cancel();
        const QualityScan::Report cancelled = QualityScan::run(*opened.store, progress, options);
        QVERIFY(cancelled.cancelled);
        QVERIFY(!cancelled.ok);
        // The previous results are untouched and a normal scan still reuses the cache.
        const QualityScan::Report resumed = scan();
        QVERIFY(resumed.ok);
        QVERIFY(resumed.fromCache > 0);
    }

    void corruptFilesBecomeIssuesAndTheScanCompletes()
    {
        QVERIFY(test::writeFile(m_dataset + QStringLiteral("/images/s0011.jpg"),
                                QByteArray("\xFF\xD8\xFF\xE0 truncated", 14)));
        QVERIFY(test::writeFile(m_dataset + QStringLiteral("/audios/s0012.wav"),
                                QByteArray("RIFF\x04\x00\x00\x00WAVE", 12)));
        const QualityScan::Report report = scan();
        QVERIFY2(report.ok, qPrintable(report.error));
        const QSet<QString> found = issueKeys();
        QVERIFY(found.contains(QStringLiteral("s0011|image.unreadable")));
        QVERIFY(found.contains(QStringLiteral("s0012|audio.unreadable")));
    }

    void reportRendersEveryFormat()
    {
        auto opened = ProjectStore::open(m_project, ProjectStore::Mode::ReadOnly);
        QualityReport report;
        QString error;
        QVERIFY2(QualityReport::gather(*opened.store, &report, &error), qPrintable(error));
        const QJsonObject json = QJsonDocument::fromJson(report.toJson()).object();
        QCOMPARE(json.value(QStringLiteral("samples")).toInt(), 122);
        QVERIFY(json.value(QStringLiteral("issues")).toArray().size() > 20);
        QVERIFY(json.value(QStringLiteral("metrics")).toObject().contains(QStringLiteral("audio.rms_dbfs")));
        const QJsonObject rms =
            json.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("audio.rms_dbfs")).toObject();
        QVERIFY(rms.value(QStringLiteral("min")).toDouble() <= rms.value(QStringLiteral("q1")).toDouble());
        QVERIFY(rms.value(QStringLiteral("q1")).toDouble() <= rms.value(QStringLiteral("median")).toDouble());
        QVERIFY(!json.value(QStringLiteral("duplicate_groups")).toArray().isEmpty());
        const QByteArray csv = report.toCsv();
        QVERIFY(csv.startsWith("section,sample,type"));
        QVERIFY(csv.contains("\r\nissue,"));
        QVERIFY(csv.contains("\r\ndistribution,"));
        const QByteArray html = report.toHtml();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("<svg"));
        QVERIFY(!html.contains("src=\"http"));  // self-contained
    }

    void neverScannedProjectHasNoReport()
    {
        auto opened = ProjectStore::open(QStringLiteral(":memory:"));
        QualityReport report;
        QString error;
        QVERIFY(!QualityReport::gather(*opened.store, &report, &error));
        QVERIFY(error.contains(QStringLiteral("not been scanned")));
    }
};

QTEST_GUILESS_MAIN(TestQualityScan)
#include "test_quality_scan.moc"
