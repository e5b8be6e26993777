// The annotation repositories on a real project file: labels (with the label set), tags, notes, fixed texts and
// time regions round-trip through SQLite, write one audit row per change, and survive a re-import of the
// dataset (they are keyed by the stable sample id). Known answers from the fixture: sample i is "dog" when
// i % 3 == 0, else "cat".

#include "ProjectFixture.h"
#include "store/LabelRepository.h"
#include "store/RegionRepository.h"
#include "store/ReviewRepository.h"
#include "store/SampleAnnotations.h"
#include "store/SampleFilter.h"
#include "store/SampleTableQuery.h"
#include "store/SqliteStatement.h"
#include "store/TagRepository.h"
#include "store/TextEditRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;
using fixture::sampleId;

class TestAnnotationRepositories : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_projects = 0;

    QString freshProject(int samples = 12)
    {
        const QString path = m_dir.filePath(QStringLiteral("p%1.lockstep").arg(++m_projects));
        if (!fixture::buildProject(path, m_dir.path(), samples))
            return {};
        return path;
    }

    // Audit rows of one field (and, when given, with this new value).
    static qint64 auditRows(const ProjectStore& store, const QString& field,
                            const std::optional<QString>& newValue = {})
    {
        const std::vector<AuditEntry> log = ReviewRepository(const_cast<ProjectStore&>(store)).auditLog(100000);
        return std::count_if(log.cbegin(), log.cend(), [&](const AuditEntry& e) {
            return e.field == field && (!newValue || e.newValue == *newValue);
        });
    }

    static std::vector<qint64> rowsMatching(const ProjectStore& store, const QString& query)
    {
        bool ok = false;
        return SampleTableQuery(store).orderedRows({}, SampleFilter::parse(query), nullptr, &ok);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void labelsRoundTripAndGoBackToTheDatasetLabel()
    {
        auto store = ProjectStore::open(freshProject()).store;
        QVERIFY(store);
        LabelRepository labels(*store);
        QCOMPARE(labels.labels({sampleId(0), sampleId(1)}),
                 (std::vector<QString>{QStringLiteral("dog"), QStringLiteral("cat")}));
        QVERIFY(labels.setLabels({sampleId(0), sampleId(1)}, {QStringLiteral("bird"), QStringLiteral("cat")},
                                 QStringLiteral("label"), QStringLiteral("ann")));
        QCOMPARE(labels.labels({sampleId(0), sampleId(1)}),
                 (std::vector<QString>{QStringLiteral("bird"), QStringLiteral("cat")}));
        QCOMPARE(labels.originalLabel(sampleId(0)), QStringLiteral("dog"));
        QCOMPARE(store->sampleRows(0, 1).front().label, QStringLiteral("bird"));  // the table reads this
        // One change, one audit row (sample 1 kept its label).
        const std::vector<AuditEntry> log = ReviewRepository(*store).auditLog();
        QCOMPARE(log.size(), std::size_t(1));
        QCOMPARE(log[0].who, QStringLiteral("ann"));
        QCOMPARE(log[0].sampleId, sampleId(0));
        QCOMPARE(log[0].field, QStringLiteral("label"));
        QCOMPARE(log[0].oldValue, QStringLiteral("dog"));
        QCOMPARE(log[0].newValue, QStringLiteral("bird"));
        QCOMPARE(rowsMatching(*store, QStringLiteral("label = bird")), std::vector<qint64>{0});
        // Back to the dataset's label: no edit row is left.
        QVERIFY(labels.setLabels({sampleId(0)}, {QStringLiteral("dog")}, QStringLiteral("undo labelQStringLiteral("),
                                 QStringLiteral(")ann")));
        QVERIFY(rowsMatching(*store, QStringLiteral("has:edits")).empty());
        QCOMPARE(labels.labels({sampleId(0)}).front(), QStringLiteral("dog"));
    }

    // A bulk edit that names one sample twice (a selection joined with a filter's result): the last value wins,
    // written once and logged once, for labels and for reviews.
    void aSampleNamedTwiceGetsItsLastValueOnce()
    {
        auto store = ProjectStore::open(freshProject()).store;
        QVERIFY(store);
        LabelRepository labels(*store);
        QVERIFY(labels.setLabels({sampleId(1), sampleId(2), sampleId(1)},
                                 {QStringLiteral("bird"), QStringLiteral("fish"), QStringLiteral("owl")},
                                 QStringLiteral("label"), QStringLiteral("ann")));
        QCOMPARE(labels.labels({sampleId(1), sampleId(2)}),
                 (std::vector<QString>{QStringLiteral("owl"), QStringLiteral("fish")}));
        QCOMPARE(auditRows(*store, QStringLiteral("label")), qint64(2));
        QCOMPARE(auditRows(*store, QStringLiteral("label"), QStringLiteral("owl")), qint64(1));
        QCOMPARE(auditRows(*store, QStringLiteral("label"), QStringLiteral("bird")), qint64(0));
        QCOMPARE(rowsMatching(*store, QStringLiteral("label = owl")), std::vector<qint64>{1});
        QVERIFY(rowsMatching(*store, QStringLiteral("label = bird")).empty());
        SqliteStatement edits(store->database(),
                              "SELECT count(*) FROM annotations WHERE kind = 'label' AND sample_id = ?");
        edits.bind(1, sampleId(1));
        QCOMPARE(edits.step(), SQLITE_ROW);
        QCOMPARE(edits.columnInt(0), 1);

        ReviewRepository reviews(*store);
        QVERIFY(reviews.setReviews({sampleId(3), sampleId(4), sampleId(3), sampleId(4)},
                                   {{ReviewStatus::Rejected, QStringLiteral("blurry")},
                                    {ReviewStatus::Accepted, {}},
                                    {ReviewStatus::Accepted, {}},
                                    {ReviewStatus::Rejected, QStringLiteral("dup")}},
                                   QStringLiteral("review"), QStringLiteral("ann")));
        QCOMPARE(reviews.review(sampleId(3)), (SampleReview{ReviewStatus::Accepted, {}}));
        QCOMPARE(reviews.review(sampleId(4)), (SampleReview{ReviewStatus::Rejected, QStringLiteral("dup")}));
        QCOMPARE(auditRows(*store, QStringLiteral("status")), qint64(2));
        QCOMPARE(auditRows(*store, QStringLiteral("status"), QStringLiteral("accepted")), qint64(1));
        QCOMPARE(auditRows(*store, QStringLiteral("status_reason")), qint64(1));
        QCOMPARE(auditRows(*store, QStringLiteral("status_reason"), QStringLiteral("dup")), qint64(1));
        QCOMPARE(rowsMatching(*store, QStringLiteral("status:accepted")), std::vector<qint64>{3});
        QCOMPARE(rowsMatching(*store, QStringLiteral("status:rejected")), std::vector<qint64>{4});
        QCOMPARE(store->sampleRows(3, 2).front().status, QStringLiteral("accepted"));
        QCOMPARE(store->sampleRows(3, 2).back().status, QStringLiteral("rejected"));
    }

    void labelSetDefaultsToTheImportedLabels()
    {
        auto store = ProjectStore::open(freshProject()).store;
        LabelRepository labels(*store);
        QCOMPARE(labels.labelSet(), (QStringList{QStringLiteral("cat"), QStringLiteral("dog")}));
        QVERIFY(!labels.hasStoredLabelSet());
        // An edited label does not change what the import found.
        QVERIFY(labels.setLabels({sampleId(2)}, {QStringLiteral("bird")}, QStringLiteral("label"), {}));
        QCOMPARE(labels.importedLabels(), (QStringList{QStringLiteral("cat"), QStringLiteral("dog")}));
        QVERIFY(labels.setLabelSet({QStringLiteral("dog"), QStringLiteral("cat"), QStringLiteral("bird")},
                                   QStringLiteral("label setQStringLiteral("), QStringLiteral(")ann")));
        QVERIFY(labels.hasStoredLabelSet());
        QCOMPARE(labels.labelSet(),
                 (QStringList{QStringLiteral("dog"), QStringLiteral("cat"), QStringLiteral("bird")}));
        const AuditEntry last = ReviewRepository(*store).auditLog(1).front();
        QCOMPARE(last.field, QStringLiteral("label_set"));
        QCOMPARE(last.oldValue, QStringLiteral("cat, dog"));
        QCOMPARE(last.newValue, QStringLiteral("dog, cat, bird"));
    }

    void tagsAndNotes()
    {
        auto store = ProjectStore::open(freshProject()).store;
        TagRepository tags(*store);
        QVERIFY(tags.setTags({sampleId(0), sampleId(1)},
                             {{QStringLiteral("noisy"), QStringLiteral("Keep")}, {QStringLiteral("noisy")}},
                             QStringLiteral("tag"), {}));
        QCOMPARE(tags.tags({sampleId(0), sampleId(1), sampleId(2)}),
                 (std::vector<QStringList>{
                     {QStringLiteral("Keep"), QStringLiteral("noisy")}, {QStringLiteral("noisy")}, {}}));
        QCOMPARE(tags.knownTags(), (QStringList{QStringLiteral("Keep"), QStringLiteral("noisy")}));
        QCOMPARE(auditRows(*store, QStringLiteral("tag")), 3);
        QVERIFY(tags.setTags({sampleId(0)}, {{QStringLiteral("Keep")}}, QStringLiteral("tag"), {}));
        QCOMPARE(tags.tags({sampleId(0)}).front(), QStringList{QStringLiteral("Keep")});
        QCOMPARE(auditRows(*store, QStringLiteral("tag"), QString()), 1);

        QVERIFY(tags.setNotes({sampleId(3)}, {QStringLiteral("speaker laughs at 2 s")}, QStringLiteral("note"), {}));
        QCOMPARE(tags.notes({sampleId(3), sampleId(4)}),
                 (std::vector<QString>{QStringLiteral("speaker laughs at 2 s"), QStringLiteral("")}));
        QVERIFY(tags.setNotes({sampleId(3)}, {QString()}, QStringLiteral("note"), {}));
        QVERIFY(rowsMatching(*store, QStringLiteral("has:note")).empty());
    }

    void textFixesAndRegions()
    {
        auto store = ProjectStore::open(freshProject()).store;
        TextEditRepository texts(*store);
        QVERIFY(!texts.caption(sampleId(0)));
        QVERIFY(texts.setCaption(sampleId(0), QStringLiteral("a dog on a mat"), QStringLiteral("edit text"), {}));
        QCOMPARE(texts.caption(sampleId(0)), std::optional<QString>(QStringLiteral("a dog on a mat")));
        QVERIFY(texts.setSegmentText(sampleId(0), QStringLiteral("subtitles"), Micros{0}, Micros{1'000'000},
                                     QStringLiteral("hello there"), QStringLiteral("edit text"), {}));
        QCOMPARE(texts.segmentText(sampleId(0), QStringLiteral("subtitles"), Micros{0}, Micros{1'000'000}),
                 std::optional<QString>(QStringLiteral("hello there")));
        QVERIFY(!texts.segmentText(sampleId(0), QStringLiteral("subtitles"), Micros{0}, Micros{999'999}));

        RegionRepository regions(*store);
        const TimeRegion laugh{QStringLiteral("k1"), QStringLiteral("laugh"), Micros{2'500'000}, Micros{1'250'000}};
        QVERIFY(regions.setRegion(sampleId(0), laugh.key, laugh, QStringLiteral("region"), {}));
        const TimeRegion cough{QStringLiteral("k2"), QStringLiteral("cough"), Micros{100'000}, Micros{400'000}};
        QVERIFY(regions.setRegion(sampleId(0), cough.key, cough, QStringLiteral("region"), {}));
        // Stored the right way round, listed by start.
        std::vector<TimeRegion> stored = regions.regions(sampleId(0));
        QCOMPARE(stored.size(), std::size_t(2));
        QCOMPARE(stored[0].label, QStringLiteral("cough"));
        QCOMPARE(stored[1].start, Micros{1'250'000});
        QCOMPARE(stored[1].end, Micros{2'500'000});
        TimeRegion renamed = stored[1];
        renamed.label = QStringLiteral("giggle");
        QVERIFY(regions.setRegion(sampleId(0), renamed.key, renamed, QStringLiteral("region"), {}));
        QCOMPARE(regions.region(sampleId(0), QStringLiteral("k1"))->label, QStringLiteral("giggle"));
        QCOMPARE(ReviewRepository(*store).auditLog(1).front().oldValue, QStringLiteral("laugh [1.250 s - 2.500 s]"));
        QVERIFY(regions.setRegion(sampleId(0), QStringLiteral("k2"), std::nullopt, QStringLiteral("region"), {}));
        QCOMPARE(regions.regions(sampleId(0)).size(), std::size_t(1));

        TagRepository(*store).setTags({sampleId(0)}, {{QStringLiteral("noisy")}}, QStringLiteral("tag"), {});
        const SampleAnnotations all = loadSampleAnnotations(*store, sampleId(0));
        QCOMPARE(all.tags, QStringList{QStringLiteral("noisy")});
        QCOMPARE(all.caption, std::optional<QString>(QStringLiteral("a dog on a mat")));
        QCOMPARE(all.segmentTexts.size(), std::size_t(1));
        QCOMPARE(all.regions.size(), std::size_t(1));
        QVERIFY(loadSampleAnnotations(*store, sampleId(1)).isEmpty());

        // What export reads: the sample with its fixes in place.
        Sample sample = *store->loadSample(0);
        QCOMPARE(applyTextEdits(sample, all), 2);
        QCOMPARE(sample.item(Modality::Text)->inlineText, QStringLiteral("a dog on a mat"));
        QCOMPARE(sample.streams.front().segments.front().text, QStringLiteral("hello there"));
    }

    void reimportKeepsEveryEdit()
    {
        const QString path = freshProject(60);
        {
            auto store = ProjectStore::open(path).store;
            QVERIFY(LabelRepository(*store).setLabels({sampleId(3), sampleId(4)},
                                                      {QStringLiteral("bird"), QStringLiteral("dog")},
                                                      QStringLiteral("label"), {}));
            QVERIFY(
                TagRepository(*store).setTags({sampleId(4)}, {{QStringLiteral("noisy")}}, QStringLiteral("tag"), {}));
            QVERIFY(
                TagRepository(*store).setNotes({sampleId(4)}, {QStringLiteral("check")}, QStringLiteral("note"), {}));
            QVERIFY(TextEditRepository(*store).setCaption(sampleId(5), QStringLiteral("fixed"),
                                                          QStringLiteral("edit text"), {}));
            QVERIFY(RegionRepository(*store).setRegion(
                sampleId(50), QStringLiteral("r"),
                TimeRegion{QStringLiteral("r"), QStringLiteral("music"), Micros{0}, Micros{500'000}},
                QStringLiteral("region"), {}));
            QVERIFY(LabelRepository(*store).setLabelSet(
                {QStringLiteral("bird"), QStringLiteral("cat"), QStringLiteral("dog")}, QStringLiteral("label set"),
                {}));
        }
        // The dataset is read again: the sample rows are replaced.
        QVERIFY(fixture::buildProject(path, m_dir.path(), 60));
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly).store;
        QVERIFY(store);
        LabelRepository labels(*store);
        QCOMPARE(labels.labels({sampleId(3), sampleId(4), sampleId(6)}),
                 (std::vector<QString>{QStringLiteral("bird"), QStringLiteral("dog"), QStringLiteral("dog")}));
        QCOMPARE(store->sampleRows(3, 2).front().label, QStringLiteral("bird"));
        QCOMPARE(labels.originalLabel(sampleId(4)), QStringLiteral("cat"));
        QCOMPARE(rowsMatching(*store, QStringLiteral("label = bird")), std::vector<qint64>{3});
        QCOMPARE(labels.labelSet(),
                 (QStringList{QStringLiteral("bird"), QStringLiteral("cat"), QStringLiteral("dog")}));
        const SampleAnnotations four = loadSampleAnnotations(*store, sampleId(4));
        QCOMPARE(four.tags, QStringList{QStringLiteral("noisy")});
        QCOMPARE(four.note, QStringLiteral("check"));
        QCOMPARE(loadSampleAnnotations(*store, sampleId(5)).caption, std::optional<QString>(QStringLiteral("fixed")));
        QCOMPARE(loadSampleAnnotations(*store, sampleId(50)).regions.size(), std::size_t(1));
        QCOMPARE(rowsMatching(*store, QStringLiteral("tag:noisy")), std::vector<qint64>{4});
    }
};

QTEST_MAIN(TestAnnotationRepositories)
#include "test_annotation_repositories.moc"
