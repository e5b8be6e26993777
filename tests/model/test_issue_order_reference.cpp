// The table's order by an issue's severity or measured value against the single query it replaced (a LEFT JOIN of
// every sample with the grouped issues, sorted whole by SQLite), kept here as the brute-force reference: the same
// rows in the same order for every key, direction and kind of filter, on a project with ties, samples without the
// issue, several issues of one type per sample, issues with nothing measured and issues of samples that are gone.

#include "IssueFixture.h"
#include "OrderReference.h"
#include "store/LabelRepository.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"
#include "store/ReviewRepository.h"
#include "store/SampleFilterBinding.h"
#include "store/SampleTableQuery.h"
#include "store/SqliteStatement.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace lockstep;

namespace {

constexpr int kSamples = 400;

using order_reference::scramble;

// The order as SampleTableQuery computed it before it sorted only the samples with the issue.
std::vector<qint64> referenceOrder(const ProjectStore& store, const SampleSortKey& key, const SampleFilter& filter,
                                   bool* ok)
{
    *ok = false;
    const SampleFilterBinding binding(store, filter);
    if (!binding.ok())
        return {};
    const QByteArray direction = key.descending ? " DESC" : "";
    const QByteArray where = filter.whereSql.isEmpty() ? QByteArray() : " WHERE " + filter.whereSql.toUtf8();
    const int typeParameter = int(filter.bindings.size()) + 1;
    const bool byType = !key.issueType.isEmpty();
    const QByteArray issueWhere = byType ? " WHERE type = ?" + QByteArray::number(typeParameter) : QByteArray();
    const QByteArray order = key.field == SampleSortKey::Field::IssueSeverity
                                 ? QByteArray("i.severity" + direction + ", i.excess IS NULL, i.excess" + direction)
                                 : QByteArray("i.value IS NULL, i.value" + direction);
    const QByteArray sql =
        "SELECT s.row FROM samples s LEFT JOIN (SELECT sample_id, MAX(severity) AS severity, "
        "MAX(abs(value - threshold)) AS excess, MAX(value) AS value FROM issues" +
        issueWhere + " GROUP BY sample_id) i ON i.sample_id = s.sample_id" + where + " ORDER BY i.sample_id IS NULL, " +
        order + ", s.row";
    SqliteStatement st(store.database(), sql.constData());
    if (!st.ok())
        return {};
    binding.bind(st);
    if (byType)
        st.bind(typeParameter, key.issueType);
    return order_reference::firstColumn(st, ok);
}

}  // namespace

class TestIssueOrderReference : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("order.lockstep"));
        QVERIFY(fixture::buildProject(m_path, m_dir.path(), kSamples));  // label dog when i % 3 == 0
        auto opened = ProjectStore::open(m_path);
        QVERIFY(opened.store);
        using S = Diagnostic::Severity;
        const S severities[] = {S::Info, S::Warning, S::Error};
        // Few distinct values and thresholds: many ties in severity, excess and value, and some unmeasured.
        const double nan = std::nan("");
        const double values[] = {1, 2, 2, 3, 5, 8, nan};
        const double thresholds[] = {1, 2, nan};
        std::vector<QualityIssue> issues;
        SampleMetricTable metrics;
        for (int i = 0; i < kSamples; ++i) {
            const quint32 h = scramble(quint32(i));
            // About half the samples have no clipping issue, some one, some up to three (the worst counts).
            const int clipping = int(h % 6) - 2;
            for (int k = 0; k < clipping; ++k) {
                const quint32 hk = scramble(h + quint32(k));
                issues.push_back(fixture::plantedIssue(fixture::sampleId(i), "audio.clipping", severities[hk % 3],
                                                       values[(hk >> 4) % 7], thresholds[(hk >> 8) % 3]));
            }
            if ((h >> 12) % 5 == 0)
                issues.push_back(fixture::plantedIssue(fixture::sampleId(i), "image.dark", severities[(h >> 16) % 3],
                                                       values[(h >> 20) % 7], 0.32));
            if (i % 5 != 4)
                metrics[fixture::sampleId(i)].insert(QStringLiteral("m.a"), double((i * 37) % 101) / 10);
        }
        // Issues of samples the project no longer has: in no order.
        for (int k = 0; k < 3; ++k)
            issues.push_back(
                fixture::plantedIssue(QStringLiteral("gone%1").arg(k), "audio.clipping", S::Error, 100, 1));
        QVERIFY(QualityRepository(*opened.store).replaceResults(metrics, issues, {}));
        // Reviewed and relabelled samples, for the status and label filters.
        std::vector<QString> reviewed;
        std::vector<SampleReview> reviews;
        std::vector<QString> relabelled;
        for (int i = 0; i < kSamples; ++i) {
            const quint32 h = scramble(quint32(i) + 1000);
            if (h % 4 == 0) {
                reviewed.push_back(fixture::sampleId(i));
                reviews.push_back({(h >> 4) % 2 ? ReviewStatus::Accepted : ReviewStatus::Rejected, QString()});
            }
            if ((h >> 8) % 9 == 0)
                relabelled.push_back(fixture::sampleId(i));
        }
        QVERIFY(ReviewRepository(*opened.store).setReviews(reviewed, reviews, QStringLiteral("review"), {}));
        QVERIFY(LabelRepository(*opened.store)
                    .setLabels(relabelled, std::vector<QString>(relabelled.size(), QStringLiteral("bird")),
                               QStringLiteral("label"), {}));
    }

    void sameOrderAsTheSingleQuery_data()
    {
        QTest::addColumn<QString>("query");
        // Every path orderedRows takes for its rows: none, a scan with SQL terms, metric masks alone (their bits),
        // a selective mask beside other terms (driven from the mask's rows), a wide one (a scan), the queue.
        const char* const queries[] = {
            "",
            "status:unreviewed",
            "label = dog",
            "label = bird",
            "status:rejected or label = bird",
            "m.a > 5",
            "not m.a > 5",
            "m.a < 1 and label = dog",
            "m.a > 2 and status:unreviewed",
            "has:audio.clipping",
            "(has:audio.clipping) and status:unreviewed",
            "has:image.dark and not has:audio.clipping",
            "label = nobody",
        };
        for (const char* query : queries)
            QTest::newRow(*query ? query : "no filter") << QString::fromUtf8(query);
    }

    void sameOrderAsTheSingleQuery()
    {
        QFETCH(QString, query);
        auto opened = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly);
        QVERIFY(opened.store);
        const SampleFilter filter = SampleFilter::parse(query);
        QVERIFY2(filter.ok, qPrintable(filter.error));
        const QString types[] = {QStringLiteral("audio.clipping"), QStringLiteral("image.dark"), QString(),
                                 QStringLiteral("video.none")};
        for (const SampleSortKey::Field field :
             {SampleSortKey::Field::IssueSeverity, SampleSortKey::Field::IssueValue}) {
            for (const QString& type : types) {
                for (const bool descending : {true, false}) {
                    SampleSortKey key;
                    key.field = field;
                    key.issueType = type;
                    key.descending = descending;
                    bool referenceOk = false;
                    const std::vector<qint64> expected = referenceOrder(*opened.store, key, filter, &referenceOk);
                    QVERIFY(referenceOk);
                    bool ok = false;
                    const std::vector<qint64> got =
                        SampleTableQuery(*opened.store).orderedRows(key, filter, nullptr, &ok);
                    QVERIFY(ok);
                    const QByteArray what =
                        QByteArray(field == SampleSortKey::Field::IssueSeverity ? "severity" : "value") + " of " +
                        (type.isEmpty() ? QByteArray("any type") : type.toUtf8()) +
                        (descending ? " descending" : " ascending");
                    QVERIFY2(got == expected, what.constData());
                    if (filter.isEmpty())
                        QCOMPARE(qint64(got.size()), qint64(kSamples));
                }
            }
        }
    }

    void fixtureHasWhatTheComparisonNeeds()
    {
        // Ties, several clipping issues on one sample, unmeasured issues and ghosts: the cases the reference covers.
        auto opened = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly);
        QVERIFY(opened.store);
        const auto scalar = [&](const char* sql) { return order_reference::scalar(opened.store->database(), sql); };
        QVERIFY(scalar("SELECT count(*) FROM (SELECT sample_id FROM issues WHERE type = 'audio.clipping' "
                       "GROUP BY sample_id HAVING count(*) > 1)") > 10);
        QVERIFY(scalar("SELECT count(*) FROM issues WHERE value IS NULL") > 5);
        QVERIFY(scalar("SELECT count(*) FROM issues WHERE threshold IS NULL") > 5);
        QVERIFY(scalar("SELECT count(DISTINCT sample_id) FROM issues WHERE type = 'audio.clipping'") <
                kSamples * 3 / 4);
        QVERIFY(scalar("SELECT count(*) FROM issues WHERE sample_id LIKE 'gone%'") == 3);
        QVERIFY(scalar("SELECT count(*) FROM sample_statuses") > 50);
        QVERIFY(scalar("SELECT count(*) FROM sample_labels") > 20);
    }
};

QTEST_GUILESS_MAIN(TestIssueOrderReference)
#include "test_issue_order_reference.moc"
