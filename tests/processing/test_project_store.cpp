#include "progress/Progress.h"
#include "store/LabelRepository.h"
#include "store/MetricColumnCache.h"
#include "store/MetricColumnStore.h"
#include "store/ProjectImport.h"
#include "store/ProjectStore.h"
#include "store/ReviewRepository.h"
#include "store/SampleFilter.h"
#include "store/SampleTableQuery.h"
#include "store/SqliteStatement.h"
#include "store/TagRepository.h"

#include "TestFiles.h"

#include <sqlite3.h>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <csignal>

using namespace lockstep;
using namespace std::chrono_literals;

namespace {

Sample richSample()
{
    Sample s;
    s.id = QStringLiteral("rec/1");
    s.label = QStringLiteral("speech");
    s.split = QStringLiteral("train");
    s.items.push_back({Modality::Audio, QStringLiteral("a.wav"), {}, false});
    s.items.push_back({Modality::Text, {}, QStringLiteral("inline 字幕"), false});
    s.items.push_back({Modality::Image, QStringLiteral("gone.png"), {}, true});
    s.attributes.append({QStringLiteral("speaker"), QStringLiteral("ann")});
    s.attributes.append({QStringLiteral("snr"), QStringLiteral("12.5")});
    Stream text;
    text.kind = StreamKind::TextSegments;
    text.name = QStringLiteral("subs/words");
    text.sourcePath = QStringLiteral("subs.TextGrid");
    text.tier = QStringLiteral("words");
    text.clock = ClockTransform::withOffset(-1'250'000us);
    text.segments = {{0us, 500'000us, QStringLiteral("hello")}, {600'000us, 900'000us, QStringLiteral("world")}};
    text.duration = 900'000us;
    text.pointCount = 2;
    Stream frames;
    frames.kind = StreamKind::Frames;
    frames.name = QStringLiteral("frames");
    frames.frames = {{0us, QStringLiteral("f/0.jpg")}, {500'000us, QStringLiteral("f/1.jpg")}};
    frames.rate = 2.0;
    Stream sensor;
    sensor.kind = StreamKind::Sensor;
    sensor.name = QStringLiteral("imu");
    sensor.channels = {QStringLiteral("ax"), QStringLiteral("ay")};
    sensor.clock = ClockTransform::linear(300'000us, 1.002);
    sensor.pointCount = 1000;
    sensor.rate = 50.0;
    s.streams = {text, frames, sensor};
    return s;
}

void setUserVersion(const QString& path, int version)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    const QByteArray sql = "PRAGMA user_version=" + QByteArray::number(version);
    QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

}  // namespace

class TestProjectStore : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

private slots:
    void roundTripAndReopen()
    {
        const QString path = m_tmp.filePath(QStringLiteral("round.lockstep"));
        {
            auto opened = ProjectStore::open(path);
            QVERIFY2(opened.store, qPrintable(opened.error));
            QCOMPARE(opened.store->schemaVersion(), ProjectStore::kSchemaVersion);
            QVERIFY(opened.store->beginImport(QStringLiteral("/data/x"), QStringLiteral("jsonl")));
            QVERIFY(opened.store->addDiagnostic({Diagnostic::Severity::Warning, QStringLiteral("m.csv"), 3,
                                                 QStringLiteral("rec/1"), QStringLiteral("before")}));
            QVERIFY(opened.store->addSample(richSample()));
            QVERIFY(opened.store->addDiagnostic({Diagnostic::Severity::Error, QStringLiteral("m.csv"), 4,
                                                 QStringLiteral("rec/1"), QStringLiteral("after")}));
            Sample plain;
            plain.id = QStringLiteral("plain");
            QVERIFY(opened.store->addSample(plain));
            QVERIFY(opened.store->commitImport());
        }
        QVERIFY(ProjectStore::looksLikeProject(path));
        auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY2(opened.store, qPrintable(opened.error));
        ProjectStore& store = *opened.store;
        QCOMPARE(store.sampleCount(), qint64(2));
        QCOMPARE(store.datasetRoot(), QStringLiteral("/data/x"));
        QCOMPARE(store.layout(), QStringLiteral("jsonl"));
        const auto loaded = store.loadSample(0);
        QVERIFY(loaded);
        Sample expected = richSample();
        // Items come back ordered by modality.
        std::sort(expected.items.begin(), expected.items.end(),
                  [](const Item& a, const Item& b) { return a.modality < b.modality; });
        QCOMPARE(loaded->items, expected.items);
        QCOMPARE(loaded->attributes, expected.attributes);
        QCOMPARE(loaded->streams.size(), expected.streams.size());
        for (std::size_t i = 0; i < expected.streams.size(); ++i)
            QVERIFY2(loaded->streams[i] == expected.streams[i], qPrintable(expected.streams[i].name));
        QCOMPARE(*loaded, expected);

        const auto rows = store.sampleRows(0, 10);
        QCOMPARE(rows.size(), std::size_t(2));
        QCOMPARE(rows[0].id, QStringLiteral("rec/1"));
        QCOMPARE(rows[0].status, QStringLiteral("unreviewed"));
        QCOMPARE(rows[0].streamCount, 3);
        QCOMPARE(rows[0].warningCount, 2);  // one diagnostic before the sample, one after
        QCOMPARE(rows[0].missingFiles, modalityBit(Modality::Image));
        QCOMPARE(rows[1].row, qint64(1));
        QCOMPARE(store.rowOfSample(QStringLiteral("plain")), std::optional<qint64>(1));
        QVERIFY(!store.rowOfSample(QStringLiteral("nope")));
        QVERIFY(!store.loadSample(5));
        QCOMPARE(store.diagnosticsForSample(QStringLiteral("rec/1")).size(), 2);

        const DatasetSummary s = store.summary();
        QCOMPARE(s.samples, qint64(2));
        QCOMPARE(s.withModality.value(Modality::Audio), qint64(1));
        QCOMPARE(s.withoutModality.value(Modality::Audio), qint64(1));
        QCOMPARE(s.missingFiles.value(Modality::Image), qint64(1));
        QCOMPARE(s.streams.value(StreamKind::Sensor), qint64(1));
        QCOMPARE(s.segments, qint64(2));
        QCOMPARE(s.frames, qint64(2));
        QCOMPARE(s.errors, qint64(1));
        QCOMPARE(s.warnings, qint64(1));
        QVERIFY(store.checkIntegrity());
    }

    void rollbackKeepsPreviousImport()
    {
        const QString path = m_tmp.filePath(QStringLiteral("rollback.lockstep"));
        auto opened = ProjectStore::open(path);
        QVERIFY(opened.store);
        ProjectStore& store = *opened.store;
        QVERIFY(store.beginImport(QStringLiteral("/a"), QStringLiteral("csv")));
        QVERIFY(store.addSample(richSample()));
        QVERIFY(store.commitImport());
        QVERIFY(store.beginImport(QStringLiteral("/b"), QStringLiteral("csv")));
        Sample other;
        other.id = QStringLiteral("other");
        QVERIFY(store.addSample(other));
        store.rollbackImport();
        QCOMPARE(store.sampleCount(), qint64(1));
        QCOMPARE(store.datasetRoot(), QStringLiteral("/a"));
        QCOMPARE(store.loadSample(0)->id, QStringLiteral("rec/1"));
    }

    void cancelledImportLeavesProjectUnchanged()
    {
        QTemporaryDir data;
        QByteArray csv = "ID,Text\n";
        for (int i = 0; i < 10000; ++i)
            csv += "s" + QByteArray::number(i) + ",caption\n";
        test::writeFile(data.filePath(QStringLiteral("metadata.csv")), csv);
        auto opened = ProjectStore::open(m_tmp.filePath(QStringLiteral("cancel.lockstep")));
        NullProgress progress;
        QVERIFY(importDatasetIntoProject(data.path(), *opened.store, progress).ok);
        QCOMPARE(opened.store->sampleCount(), qint64(10000));
        progress.cancel();
        const ImportReport report = importDatasetIntoProject(data.path(), *opened.store, progress);
        QVERIFY(report.cancelled);
        QCOMPARE(opened.store->sampleCount(), qint64(10000));
    }

    void refusesWhatIsNotAProject()
    {
        const QString text = m_tmp.filePath(QStringLiteral("notes.lockstep"));
        QVERIFY(test::writeFile(text, QByteArray(200, 'x')));
        auto r1 = ProjectStore::open(text);
        QVERIFY(!r1.store);
        QVERIFY2(r1.error.contains(QStringLiteral("not a Lockstep project")), qPrintable(r1.error));
        QCOMPARE(QFileInfo(text).size(), qint64(200));  // untouched

        const QString foreign = m_tmp.filePath(QStringLiteral("foreign.db"));
        sqlite3* db = nullptr;
        sqlite3_open(QFile::encodeName(foreign).constData(), &db);
        sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        auto r2 = ProjectStore::open(foreign);
        QVERIFY(!r2.store);
        QVERIFY2(r2.error.contains(QStringLiteral("not a Lockstep project")), qPrintable(r2.error));
        QVERIFY(!ProjectStore::looksLikeProject(foreign));

        auto r3 = ProjectStore::open(m_tmp.filePath(QStringLiteral("absent.lockstep")), ProjectStore::Mode::ReadOnly);
        QVERIFY(!r3.store);
    }

    void refusesNewerSchema()
    {
        const QString path = m_tmp.filePath(QStringLiteral("future.lockstep"));
        {
            QVERIFY(ProjectStore::open(path).store);
        }
        setUserVersion(path, ProjectStore::kSchemaVersion + 5);
        auto r = ProjectStore::open(path);
        QVERIFY(!r.store);
        QVERIFY2(r.error.contains(QStringLiteral("newer Lockstep")), qPrintable(r.error));
        auto ro = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY(!ro.store);
    }

    // A project written by the first schema opens, is migrated forward in place and keeps its samples.
    void migratesSchemaOneForward()
    {
        const QString path = m_tmp.filePath(QStringLiteral("v1.lockstep"));
        QVERIFY(QFile::copy(QStringLiteral(LOCKSTEP_TEST_DATA_DIR "/projects/schema-v1.lockstep"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto readOnly = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY(!readOnly.store);
        QVERIFY2(readOnly.error.contains(QStringLiteral("must be upgraded")), qPrintable(readOnly.error));
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QCOMPARE(opened.store->schemaVersion(), ProjectStore::kSchemaVersion);
        QCOMPARE(opened.store->sampleCount(), qint64(2));
        QCOMPARE(opened.store->loadSample(0)->item(Modality::Text)->inlineText, QStringLiteral("a cat"));
        QCOMPARE(opened.store->datasetRoot(), QStringLiteral("/data/old"));
        QVERIFY(opened.store->checkIntegrity());
    }

    // A project written by schema 2 (labels and statuses in the sample row, the edits in annotations) is migrated
    // to the narrow label and status tables with every edit, reason, tag and audit row intact. Its samples: a is
    // "cat" labelled "bird" and rejected ("blurry"), b accepted, c unreviewed with a reason, d an edit that a
    // re-import made equal to the dataset's label "fish".
    void migratesSchemaTwoForward()
    {
        const QString path = m_tmp.filePath(QStringLiteral("v2.lockstep"));
        QVERIFY(QFile::copy(QStringLiteral(LOCKSTEP_TEST_DATA_DIR "/projects/schema-v2.lockstep"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        ProjectStore& store = *opened.store;
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        QVERIFY(store.checkIntegrity());
        const std::vector<SampleRow> rows = store.sampleRows(0, 10);
        QCOMPARE(rows.size(), std::size_t(4));
        QStringList seen;
        for (const SampleRow& r : rows)
            seen << r.id + QLatin1Char(' ') + r.label + QLatin1Char(' ') + r.status;
        QCOMPARE(seen, (QStringList{QStringLiteral("a bird rejected"), QStringLiteral("b dog accepted"),
                                    QStringLiteral("c cat unreviewed"), QStringLiteral("d fish unreviewed")}));
        LabelRepository labels(store);
        QCOMPARE(labels.originalLabel(QStringLiteral("a")), QStringLiteral("cat"));
        QCOMPARE(labels.importedLabels(),
                 (QStringList{QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("fish")}));
        QCOMPARE(store.loadSample(0)->label, QStringLiteral("bird"));
        ReviewRepository reviews(store);
        QCOMPARE(reviews.review(QStringLiteral("a")), (SampleReview{ReviewStatus::Rejected, QStringLiteral("blurry")}));
        QCOMPARE(reviews.review(QStringLiteral("b")), (SampleReview{ReviewStatus::Accepted, {}}));
        QCOMPARE(reviews.review(QStringLiteral("c")),
                 (SampleReview{ReviewStatus::Unreviewed, QStringLiteral("look again")}));
        QCOMPARE(TagRepository(store).tags({QStringLiteral("b")}).front(), QStringList{QStringLiteral("keep")});
        QCOMPARE(reviews.auditLog(100).size(), std::size_t(6));
        const auto matching = [&](const QString& query) {
            return SampleTableQuery(store).orderedRows({}, SampleFilter::parse(query));
        };
        QCOMPARE(matching(QStringLiteral("label = cat")), std::vector<qint64>{2});
        QCOMPARE(matching(QStringLiteral("label = bird")), std::vector<qint64>{0});
        QCOMPARE(matching(QStringLiteral("status:rejected")), std::vector<qint64>{0});
        QCOMPARE(matching(QStringLiteral("status:unreviewed")), (std::vector<qint64>{2, 3}));
        // The migrated edit still goes back to the dataset's label, leaving no edit behind.
        QVERIFY(labels.setLabels({QStringLiteral("a")}, {QStringLiteral("cat")}, QStringLiteral("label"), {}));
        QCOMPARE(matching(QStringLiteral("label = cat")), (std::vector<qint64>{0, 2}));
        SqliteStatement left(store.database(), "SELECT count(*) FROM sample_labels");
        QCOMPARE(left.step(), SQLITE_ROW);
        QCOMPARE(left.columnInt(0), 0);
    }

    // A project of schema 3 (metrics, no columns stored by row) gets them on its first opening for writing, from
    // its sample_metrics, for its metrics generation; its first metric filter then reads them.
    void migratesSchemaThreeForward()
    {
        const QString path = m_tmp.filePath(QStringLiteral("v3.lockstep"));
        QVERIFY(QFile::copy(QStringLiteral(LOCKSTEP_TEST_DATA_DIR "/projects/schema-v3.lockstep"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        ProjectStore& store = *opened.store;
        QCOMPARE(store.schemaVersion(), ProjectStore::kSchemaVersion);
        QVERIFY(store.checkIntegrity());
        // The fixture: samples a, b, c, d at rows 0-3; q.x = 1.5 (a), -0 (c; SQLite keeps it as 0), 4e300 (d), b
        // without one; q.y only for d (7) and for "gone", a sample no longer in the project.
        const QString generation = store.meta(QStringLiteral("metrics.generation"));
        QCOMPARE(generation, QStringLiteral("v3-fixture-generation"));
        MetricColumnStore::Column x;
        MetricColumnStore::Column y;
        QVERIFY(MetricColumnStore::read(store.database(), QStringLiteral("q.x"), generation, 4, &x));
        QVERIFY(MetricColumnStore::read(store.database(), QStringLiteral("q.y"), generation, 4, &y));
        QCOMPARE(x[0], 1.5);
        QVERIFY(std::isnan(x[1]));
        QCOMPARE(x[2], 0.0);
        QVERIFY(!std::signbit(x[2]));
        QCOMPARE(x[3], 4e300);
        QVERIFY(std::isnan(y[0]) && std::isnan(y[1]) && std::isnan(y[2]));
        QCOMPARE(y[3], 7.0);
        MetricColumnCache::shared().clear();
        const MetricColumnCache::LoadCounts before = MetricColumnCache::shared().loadCounts();
        const auto cached = MetricColumnCache::shared().column(store, QStringLiteral("q.x"));
        QVERIFY(cached);
        QCOMPARE(MetricColumnCache::shared().loadCounts().stored, before.stored + 1);
        QCOMPARE(MetricColumnCache::shared().loadCounts().walked, before.walked);
        QCOMPARE(SampleTableQuery(store).orderedRows({}, SampleFilter::parse(QStringLiteral("q.x >= 0"))),
                 (std::vector<qint64>{0, 2, 3}));
    }

    // edited_row(table, row), what filters and sorts test per sample: the rows of the table of edits, read again
    // by each run of a statement; any other table name is an error, never a silent "not edited".
    void editedRowTestsTheTableOfEdits()
    {
        auto opened = ProjectStore::open(QStringLiteral(":memory:"));
        QVERIFY(opened.store);
        ProjectStore& store = *opened.store;
        QVERIFY(store.beginImport(QStringLiteral("/x"), QStringLiteral("csv")));
        for (int i = 0; i < 10; ++i) {
            Sample s;
            s.id = QString::number(i);
            QVERIFY(store.addSample(s));
        }
        QVERIFY(store.commitImport());
        sqlite3* db = store.database();
        QCOMPARE(sqlite3_exec(db, "INSERT INTO sample_labels VALUES(2, 'x'), (7, 'y')", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        SqliteStatement edited(db,
                               "SELECT group_concat(s.row) FROM samples s WHERE edited_row('sample_labels', s.row)");
        QCOMPARE(edited.step(), SQLITE_ROW);
        QCOMPARE(edited.columnText(0), QStringLiteral("2,7"));
        edited.reset();
        QCOMPARE(sqlite3_exec(db, "INSERT INTO sample_labels VALUES(9, 'z')", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(edited.step(), SQLITE_ROW);
        QCOMPARE(edited.columnText(0), QStringLiteral("2,7,9"));
        SqliteStatement none(db, "SELECT count(*) FROM samples s WHERE edited_row('sample_statuses', s.row)");
        QCOMPARE(none.step(), SQLITE_ROW);
        QCOMPARE(none.columnInt(0), 0);
        SqliteStatement other(db, "SELECT count(*) FROM samples s WHERE edited_row('samples', s.row)");
        QCOMPARE(other.step(), SQLITE_ERROR);
    }

    // text_contains(needle, text), the table's text search: the same answer as LIKE '%needle%' with the needle's
    // wildcards escaped, for every pair of a set of needles and texts (case, wildcards, non-ASCII letters, which
    // LIKE does not fold, empty strings, needles longer than the text, a match at either end, NULL).
    void textContainsAnswersAsLikeDid()
    {
        auto opened = ProjectStore::open(QStringLiteral(":memory:"));
        QVERIFY(opened.store);
        sqlite3* db = opened.store->database();
        const QStringList needles = {
            QStringLiteral("dog"),           QStringLiteral("DOG"),    QStringLiteral("d%g"),
            QStringLiteral("d_g"),           QStringLiteral("a\\b"),   QStringLiteral("\u00e9t\u00e9"),
            QStringLiteral("\u00c9T\u00c9"), QStringLiteral("\u732b"), QString(),
            QStringLiteral("s0001"),         QStringLiteral("x"),      QStringLiteral("hot dogs!")};
        const QStringList texts = {
            QStringLiteral("dog"),           QStringLiteral("Hot Dogs!"),    QStringLiteral("d%g d_g"),
            QStringLiteral("dig dug"),       QStringLiteral("a\\b"),         QStringLiteral("\u00e9t\u00e9"),
            QStringLiteral("\u00c9t\u00e9"), QStringLiteral("\u5c0f\u732b"), QString(),
            QStringLiteral("s000123"),       QStringLiteral("do"),           QStringLiteral("xdogx")};
        SqliteStatement st(db,
                           "SELECT text_contains(?1, ?2), ?2 LIKE '%' || replace(replace(replace(?1, '\\', "
                           "'\\\\'), '%', '\\%'), '_', '\\_') || '%' ESCAPE '\\'");
        QVERIFY(st.ok());
        int matches = 0;
        for (const QString& needle : needles) {
            for (const QString& text : texts) {
                st.bind(1, needle);
                st.bind(2, text);
                QCOMPARE(st.step(), SQLITE_ROW);
                const QByteArray what = (needle + QStringLiteral(" in ") + text).toUtf8();
                QVERIFY2(st.columnInt(0) == st.columnInt(1), what.constData());
                matches += st.columnInt(0);
                st.reset();
            }
        }
        QVERIFY(matches > 20);  // the pairs are not all misses
        // Several texts: the OR of the LIKEs, NULL included.
        SqliteStatement many(db,
                             "SELECT text_contains('a', NULL) IS NULL, text_contains(NULL, 'a') IS NULL, "
                             "text_contains('a', 'xyz', 'bar'), text_contains('a', NULL, 'bar'), "
                             "text_contains('q', NULL, 'bar') IS NULL, text_contains('q', 'x', 'y', 'z')");
        QCOMPARE(many.step(), SQLITE_ROW);
        for (int column = 0; column < 5; ++column)
            QCOMPARE(many.columnInt(column), 1);
        QCOMPARE(many.columnInt(5), 0);
    }

    void largePagesAreDense()
    {
        auto opened = ProjectStore::open(QStringLiteral(":memory:"));
        QVERIFY(opened.store);
        ProjectStore& store = *opened.store;
        QVERIFY(store.beginImport(QStringLiteral("/x"), QStringLiteral("csv")));
        for (int i = 0; i < 50000; ++i) {
            Sample s;
            s.id = QString::number(i);
            QVERIFY(store.addSample(s));
        }
        QVERIFY(store.commitImport());
        QCOMPARE(store.sampleCount(), qint64(50000));
        const auto page = store.sampleRows(49990, 256);
        QCOMPARE(page.size(), std::size_t(10));
        QCOMPARE(page.front().id, QStringLiteral("49990"));
        QCOMPARE(page.back().row, qint64(49999));
    }

    // A process killed in the middle of an import leaves a project that opens, passes SQLite's integrity
    // check and holds exactly the last committed import: never half of one.
    void killedImportLeavesOnlyWholeTransactions()
    {
        QTemporaryDir small;
        test::writeFile(small.filePath(QStringLiteral("metadata.csv")), "ID,Text\na,x\nb,y\nc,z\n");
        QTemporaryDir big;
        QByteArray csv = "ID,Image_Path,Text,Label\n";
        csv.reserve(40 << 20);
        for (int i = 0; i < 600000; ++i)
            csv += "sample" + QByteArray::number(i) + ",images/" + QByteArray::number(i) + ".jpg,caption number " +
                   QByteArray::number(i) + ",label" + QByteArray::number(i % 7) + '\n';
        test::writeFile(big.filePath(QStringLiteral("metadata.csv")), csv);

        const QString project = m_tmp.filePath(QStringLiteral("crash.lockstep"));
        QProcess first;
        first.start(
            QStringLiteral(LOCKSTEP_CLI_PATH),
            {QStringLiteral("import"), small.path(), QStringLiteral("--project"), project, QStringLiteral("--quiet")});
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);

        int killedMidway = 0;
        for (int delayMs : {150, 400, 800, 1500}) {
            QProcess importer;
            importer.start(QStringLiteral(LOCKSTEP_CLI_PATH),
                           {QStringLiteral("import"), big.path(), QStringLiteral("--project"), project,
                            QStringLiteral("--no-verify-files"), QStringLiteral("--quiet")});
            QVERIFY(importer.waitForStarted());
            QTest::qWait(delayMs);
            if (importer.state() == QProcess::Running) {
                ::kill(static_cast<pid_t>(importer.processId()), SIGKILL);
                ++killedMidway;
            }
            importer.waitForFinished(60000);

            auto opened = ProjectStore::open(project, ProjectStore::Mode::ReadWrite);
            QVERIFY2(opened.store, qPrintable(opened.error));
            QString details;
            QVERIFY2(opened.store->checkIntegrity(&details), qPrintable(details));
            const qint64 count = opened.store->sampleCount();
            QVERIFY2(count == 3 || count == 600000, qPrintable(QString::number(count)));
            if (count == 600000)
                break;  // the import outran the kill: nothing more to learn from later delays
        }
        QVERIFY2(killedMidway > 0, "every import finished before it could be killed");

        // A complete import afterwards replaces the index in full.
        QProcess last;
        last.start(QStringLiteral(LOCKSTEP_CLI_PATH),
                   {QStringLiteral("import"), big.path(), QStringLiteral("--project"), project,
                    QStringLiteral("--no-verify-files"), QStringLiteral("--quiet")});
        QVERIFY(last.waitForFinished(120000));
        QCOMPARE(last.exitCode(), 0);
        auto opened = ProjectStore::open(project, ProjectStore::Mode::ReadOnly);
        QCOMPARE(opened.store->sampleCount(), qint64(600000));
        QCOMPARE(opened.store->loadSample(599999)->id, QStringLiteral("sample599999"));
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "test_project_store.moc"
