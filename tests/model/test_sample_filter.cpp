// The query language of the sample table: what it accepts, the SQL it produces (always with bound parameters),
// the errors it gives, and the samples it selects from a real project file, injection attempts included.

#include "FilterSelection.h"
#include "ProjectFixture.h"
#include "store/QualityRepository.h"
#include "store/RegionRepository.h"
#include "store/SampleFilter.h"
#include "store/SampleRowColumns.h"
#include "store/SampleTableQuery.h"
#include "store/TagRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestSampleFilter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // Sample ids (as fixture numbers) that a query selects, in import order.
    QList<int> select(const QString& query) const { return fixture::selectedRows(m_path, query); }

    static QList<int> where(int count, const std::function<bool(int)>& keep)
    {
        QList<int> out;
        for (int i = 0; i < count; ++i)
            if (keep(i))
                out.append(i);
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p.lockstep"));
        QVERIFY(fixture::buildProject(m_path, m_dir.path(), 100));  // label dog when i % 3 == 0, split test i % 10 == 0
        auto opened = ProjectStore::open(m_path);
        QVERIFY(opened.store);
        SampleMetricTable metrics;
        std::vector<QualityIssue> issues;
        for (int i = 0; i < 100; ++i) {
            metrics[fixture::sampleId(i)].insert(QStringLiteral("audio.rms_dbfs"), -double(i));
            if (i % 4 == 0) {
                QualityIssue issue;
                issue.sampleId = fixture::sampleId(i);
                issue.type = i % 8 == 0 ? QStringLiteral("image.blurry") : QStringLiteral("audio.clipping");
                issue.modality = issue.type.section(QLatin1Char('.'), 0, 0);
                issue.message = QStringLiteral("test");
                issues.push_back(issue);
            }
        }
        QVERIFY(QualityRepository(*opened.store).replaceResults(metrics, issues, {}));
        // Reviewers' additions: "noisy" on every 6th sample (and "Keep" on 12th ones), notes on 0 and 7, a region.
        std::vector<QString> ids;
        std::vector<QStringList> tags;
        for (int i = 0; i < 100; i += 6) {
            ids.push_back(fixture::sampleId(i));
            tags.push_back(i % 12 == 0 ? QStringList{QStringLiteral("noisy"), QStringLiteral("Keep")}
                                       : QStringList{QStringLiteral("noisy")});
        }
        TagRepository tagRepository(*opened.store);
        QVERIFY(tagRepository.setTags(ids, tags, QStringLiteral("tag"), {}));
        QVERIFY(tagRepository.setNotes({fixture::sampleId(0), fixture::sampleId(7)},
                                       {QStringLiteral("a"), QStringLiteral("b")}, QStringLiteral("note"), {}));
        QVERIFY(RegionRepository(*opened.store)
                    .setRegion(fixture::sampleId(50), QStringLiteral("r"),
                               TimeRegion{QStringLiteral("r"), QStringLiteral("music"), Micros{0}, Micros{10}},
                               QStringLiteral("region"), {}));
    }

    void tagTermsAreBoundParameters()
    {
        const SampleFilter f = SampleFilter::parse(QStringLiteral("tag:noisy and not has:note"));
        QVERIFY2(f.ok, qPrintable(f.error));
        QCOMPARE(f.bindings.size(), std::size_t(1));
        QCOMPARE(std::get<QString>(f.bindings[0]), QStringLiteral("noisy"));
        QCOMPARE(f.whereSql,
                 QStringLiteral("((s.sample_id IN (SELECT sample_id FROM annotations WHERE kind = 'tag' AND value = "
                                "?1 COLLATE NOCASE)) AND (NOT s.sample_id IN (SELECT sample_id FROM annotations "
                                "WHERE kind IN ('note'))))"));
        const SampleFilter quoted = SampleFilter::parse(QStringLiteral("tag:\"needs second look\""));
        QVERIFY(quoted.ok);
        QCOMPARE(std::get<QString>(quoted.bindings[0]), QStringLiteral("needs second look"));
        QVERIFY(!SampleFilter::parse(QStringLiteral("tag < noisy")).ok);
    }

    void selectsByTagsNotesAndRegions()
    {
        QCOMPARE(select(QStringLiteral("tag:noisy")), where(100, [](int i) { return i % 6 == 0; }));
        QCOMPARE(select(QStringLiteral("tag:keep")), where(100, [](int i) { return i % 12 == 0; }));
        QCOMPARE(select(QStringLiteral("tag:noisy not tag:Keep")), where(100, [](int i) { return i % 12 == 6; }));
        QCOMPARE(select(QStringLiteral("tag != noisy and label = dog")),
                 where(100, [](int i) { return i % 3 == 0 && i % 6 != 0; }));
        QCOMPARE(select(QStringLiteral("has:tags")), where(100, [](int i) { return i % 6 == 0; }));
        QCOMPARE(select(QStringLiteral("has:note")), (QList<int>{0, 7}));
        QCOMPARE(select(QStringLiteral("has:regions")), QList<int>{50});
        QCOMPARE(select(QStringLiteral("tag:nois")), QList<int>{});  // a tag is matched whole
        QCOMPARE(select(QStringLiteral("tag:\"noisy' OR 1=1 --\"")), QList<int>{});
    }

    void parsesToBoundSql()
    {
        const SampleFilter f = SampleFilter::parse(QStringLiteral("audio.rms_dbfs < -40 and label = dog"));
        QVERIFY2(f.ok, qPrintable(f.error));
        // The metric bound is one condition (bound as a row mask once the label term has its parameter).
        QCOMPARE(f.bindings.size(), std::size_t(2));
        QCOMPARE(std::get<QString>(f.bindings[0]), QStringLiteral("dog"));
        const MetricCondition& bound = std::get<MetricCondition>(f.bindings[1]);
        QCOMPARE(bound.metric, QStringLiteral("audio.rms_dbfs"));
        QCOMPARE(bound.upper, -40.0);
        QVERIFY(!bound.upperInclusive);
        QCOMPARE(f.whereSql, QStringLiteral("(row_in_mask(?2, s.row) AND (" LOCKSTEP_SAMPLE_LABEL_SCAN_SQL
                                            " = ?1 COLLATE NOCASE))"));
        QVERIFY(!f.whereSql.contains(QLatin1String("dog")));
        QVERIFY(!f.whereSql.contains(QLatin1String("rms")));
        QVERIFY(SampleFilter::parse(QString()).isEmpty());
        QVERIFY(SampleFilter::parse(QStringLiteral("   ")).isEmpty());
    }

    void errorsSayWhatAndWhere_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown field") << QStringLiteral("colour = red") << 0 << QStringLiteral("unknown field");
        QTest::newRow("metric needs a number")
            << QStringLiteral("audio.rms_dbfs < loud") << 17 << QStringLiteral("metric");
        QTest::newRow("count needs a number") << QStringLiteral("issues > many") << 9 << QStringLiteral("count");
        QTest::newRow("open quote") << QStringLiteral("label = \"dog") << 8 << QStringLiteral("closing");
        QTest::newRow("missing paren") << QStringLiteral("(label = dog") << 12 << QStringLiteral("')'");
        QTest::newRow("dangling and") << QStringLiteral("label = dog and") << 15 << QStringLiteral("ends too early");
        QTest::newRow("missing value") << QStringLiteral("label =") << 7 << QStringLiteral("value is missing");
        QTest::newRow("stray paren") << QStringLiteral("label = dog )") << 12 << QStringLiteral("unexpected");
        QTest::newRow("lone bang") << QStringLiteral("label ! dog") << 6 << QStringLiteral("'!'");
    }

    void errorsSayWhatAndWhere()
    {
        QFETCH(QString, query);
        QFETCH(int, position);
        QFETCH(QString, words);
        const SampleFilter f = SampleFilter::parse(query);
        QVERIFY(!f.ok);
        QVERIFY2(f.error.contains(words), qPrintable(f.error));
        QCOMPARE(f.errorPosition, position);
        QVERIFY(f.whereSql.isEmpty());
    }

    void selectsTheRightSamples()
    {
        QCOMPARE(select(QString()), where(100, [](int) { return true; }));
        QCOMPARE(select(QStringLiteral("label = dog")), where(100, [](int i) { return i % 3 == 0; }));
        QCOMPARE(select(QStringLiteral("label:DOG")), where(100, [](int i) { return i % 3 == 0; }));
        QCOMPARE(select(QStringLiteral("label != dog")), where(100, [](int i) { return i % 3 != 0; }));
        QCOMPARE(select(QStringLiteral("audio.rms_dbfs < -40 and label = dog")),
                 where(100, [](int i) { return i > 40 && i % 3 == 0; }));
        QCOMPARE(select(QStringLiteral("audio.rms_dbfs >= -2")), (QList<int>{0, 1, 2}));
        QCOMPARE(select(QStringLiteral("has:image.blurry")), where(100, [](int i) { return i % 8 == 0; }));
        QCOMPARE(select(QStringLiteral("has:audio.*")), where(100, [](int i) { return i % 8 == 4; }));
        QCOMPARE(select(QStringLiteral("has:image.blurry or has:audio.clipping")),
                 where(100, [](int i) { return i % 4 == 0; }));
        QCOMPARE(select(QStringLiteral("has:audio")), where(100, [](int i) { return i % 2 == 0; }));
        QCOMPARE(select(QStringLiteral("not has:audio split:test")), QList<int>{});  // test split: i % 10 == 0, even
        QCOMPARE(select(QStringLiteral("split:test (label = dog or label = cat)")),
                 where(100, [](int i) { return i % 10 == 0; }));
        QCOMPARE(select(QStringLiteral("warnings > 0")), where(100, [](int i) { return i % 5 == 0; }));
        QCOMPARE(select(QStringLiteral("status:unreviewed")), where(100, [](int) { return true; }));
        QCOMPARE(select(QStringLiteral("s000042")), QList<int>{42});
        QCOMPARE(select(QStringLiteral("\"s00004\"")), where(100, [](int i) { return i >= 40 && i < 50; }));
        // A LIKE wildcard typed by the user is a plain character.
        QCOMPARE(select(QStringLiteral("s0000_2")), QList<int>{});
    }

    void injectionAttemptsAreJustText()
    {
        QCOMPARE(select(QStringLiteral("label = \"dog' OR '1'='1\"")), QList<int>{});
        QCOMPARE(select(QStringLiteral("\"x'); DROP TABLE samples; --\"")), QList<int>{});
        const SampleFilter f = SampleFilter::parse(QStringLiteral("has:\"image.blurry' OR 1=1 --\""));
        QVERIFY(f.ok);
        QCOMPARE(select(QStringLiteral("has:\"image.blurry' OR 1=1 --\"")), QList<int>{});
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        QCOMPARE(store->sampleCount(), qint64(100));
    }
};

QTEST_MAIN(TestSampleFilter)
#include "test_sample_filter.moc"
