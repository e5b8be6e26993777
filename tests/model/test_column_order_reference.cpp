// The table's order by a column of the samples (id, label, split, status, presence, counts) against the query it
// replaced, kept here as the reference: SQLite's own "ORDER BY column [DESC], row" over the passing rows. The same
// rows in the same order for every column, direction and kind of filter, on a project with ids out of import
// order, labels that differ only in case, accents, a prefix or nothing at all, edited labels and statuses, and
// issue and warning counts with ties.

#include "IssueFixture.h"
#include "OrderReference.h"
#include "ProjectFixture.h"
#include "store/LabelRepository.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"
#include "store/ReviewRepository.h"
#include "store/SampleFilterBinding.h"
#include "store/SampleRowColumns.h"
#include "store/SampleTableQuery.h"
#include "store/SqliteStatement.h"

#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace lockstep;

namespace {

constexpr int kSamples = 500;

using order_reference::scramble;

// Unique ids in no relation to import order.
QString scrambledId(int i)
{
    return QStringLiteral("x%1-%2").arg(scramble(quint32(i)) % 1000, 3, 10, QLatin1Char('0')).arg(i);
}

struct Column {
    const char* name;
    SampleSortKey::Field field;
    const char* sql;  // the expression SampleTableQuery sorted by in SQL before
};

const Column kColumns[] = {
    {"id", SampleSortKey::Field::Id, "s.sample_id"},
    {"label", SampleSortKey::Field::Label, LOCKSTEP_SAMPLE_LABEL_SCAN_SQL},
    {"split", SampleSortKey::Field::Split, "s.split"},
    {"status", SampleSortKey::Field::Status, LOCKSTEP_SAMPLE_STATUS_SCAN_SQL},
    {"image", SampleSortKey::Field::ImagePresence, "(s.modalities & 1) + 2 * (s.missing_files & 1)"},
    {"audio", SampleSortKey::Field::AudioPresence, "((s.modalities >> 2) & 1) + 2 * ((s.missing_files >> 2) & 1)"},
    {"streams", SampleSortKey::Field::Streams, "s.stream_count"},
    {"warnings", SampleSortKey::Field::Warnings, "s.warning_count"},
    {"issues", SampleSortKey::Field::Issues, "s.issue_count"},
};

std::vector<qint64> referenceOrder(const ProjectStore& store, const Column& column, bool descending,
                                   const SampleFilter& filter, bool* ok)
{
    *ok = false;
    const SampleFilterBinding binding(store, filter);
    if (!binding.ok())
        return {};
    const QByteArray where = filter.whereSql.isEmpty() ? QByteArray() : " WHERE " + filter.whereSql.toUtf8();
    const QByteArray sql = QByteArray("SELECT s.row FROM samples s") + where + " ORDER BY " + column.sql +
                           (descending ? " DESC" : "") + ", s.row";
    SqliteStatement st(store.database(), sql.constData());
    if (!st.ok())
        return {};
    binding.bind(st);
    return order_reference::firstColumn(st, ok);
}

}  // namespace

class TestColumnOrderReference : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("columns.lockstep"));
        {
            auto opened = ProjectStore::open(m_path, ProjectStore::Mode::ReadWrite);
            QVERIFY(opened.store);
            ProjectStore& store = *opened.store;
            QVERIFY(store.beginImport(m_dir.path(), QStringLiteral("test")));
            // Labels in byte order and not: case, a prefix, an accent, CJK, nothing.
            const QString labels[] = {QStringLiteral("dog"),      QStringLiteral("Dog"),    QStringLiteral("do"),
                                      QStringLiteral("d\u00f6g"), QStringLiteral("\u732b"), QString(),
                                      QStringLiteral("cat")};
            for (int i = 0; i < kSamples; ++i) {
                Sample s = fixture::makeSample(i);
                s.id = scrambledId(i);
                const quint32 h = scramble(quint32(i) + 7);
                s.label = labels[h % 7];
                s.split = (h >> 4) % 3 == 0   ? QStringLiteral("test")
                          : (h >> 4) % 3 == 1 ? QStringLiteral("train")
                                              : QString();
                for (int k = 0; k < int((h >> 8) % 3); ++k) {
                    Diagnostic d;
                    d.severity = Diagnostic::Severity::Warning;
                    d.file = QStringLiteral("metadata.csv");
                    d.line = i + 2;
                    d.sampleId = s.id;
                    d.message = QStringLiteral("odd");
                    QVERIFY(store.addDiagnostic(d));
                }
                QVERIFY(store.addSample(s));
            }
            QVERIFY(store.commitImport());
            std::vector<QualityIssue> issues;
            for (int i = 0; i < kSamples; ++i) {
                const quint32 h = scramble(quint32(i) + 99);
                for (int k = 0; k < int(h % 4) - 1; ++k)
                    issues.push_back(fixture::plantedIssue(scrambledId(i), k ? "image.dark" : "audio.clipping",
                                                           Diagnostic::Severity::Warning, 1, 0));
            }
            SampleMetricTable metrics;  // for filters answered from a metric's mask
            for (int i = 0; i < kSamples; ++i)
                if (i % 6 != 5)
                    metrics[scrambledId(i)].insert(QStringLiteral("m.a"), double(scramble(quint32(i) + 5) % 100));
            // An issue of a sample the project no longer has: no row matches it.
            issues.push_back(
                fixture::plantedIssue(QStringLiteral("gone"), "audio.clipping", Diagnostic::Severity::Error, 1, 0));
            QVERIFY(QualityRepository(store).replaceResults(metrics, issues, {}));
            std::vector<QString> reviewed;
            std::vector<SampleReview> reviews;
            std::vector<QString> relabelled;
            std::vector<QString> newLabels;
            for (int i = 0; i < kSamples; ++i) {
                const quint32 h = scramble(quint32(i) + 1000);
                if (h % 4 == 0) {
                    reviewed.push_back(scrambledId(i));
                    const ReviewStatus statuses[] = {ReviewStatus::Accepted, ReviewStatus::Rejected,
                                                     ReviewStatus::NeedsFix};
                    reviews.push_back({statuses[(h >> 4) % 3], QString()});
                }
                if ((h >> 8) % 7 == 0) {
                    relabelled.push_back(scrambledId(i));
                    newLabels.push_back((h >> 12) % 2 ? QStringLiteral("bird") : QStringLiteral("Dog"));
                }
            }
            QVERIFY(ReviewRepository(store).setReviews(reviewed, reviews, QStringLiteral("review"), {}));
            QVERIFY(LabelRepository(store).setLabels(relabelled, newLabels, QStringLiteral("label"), {}));
        }
    }

    void sameOrderAsSqlitesSorter_data()
    {
        QTest::addColumn<QString>("query");
        // No filter, SQL terms (a scan), an edited column, an issue term, metric masks alone (wide, and selective:
        // the query then starts from the mask's rows), a mask beside SQL terms, and nothing passing.
        const char* const queries[] = {
            "",
            "status:unreviewed",
            "label = dog",
            "label = bird or status:rejected",
            "has:audio.clipping",
            "not split = test",
            "m.a > 30",
            "m.a < 10",
            "m.a < 20 and label = Dog",
            "m.a >= 50 or status:rejected",
            "label = nobody",
        };
        for (const char* query : queries)
            QTest::newRow(*query ? query : "no filter") << QString::fromUtf8(query);
    }

    void sameOrderAsSqlitesSorter()
    {
        QFETCH(QString, query);
        auto opened = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly);
        QVERIFY(opened.store);
        const SampleFilter filter = SampleFilter::parse(query);
        QVERIFY2(filter.ok, qPrintable(filter.error));
        for (const Column& column : kColumns) {
            for (const bool descending : {false, true}) {
                bool referenceOk = false;
                const std::vector<qint64> expected =
                    referenceOrder(*opened.store, column, descending, filter, &referenceOk);
                QVERIFY(referenceOk);
                SampleSortKey key;
                key.field = column.field;
                key.descending = descending;
                bool ok = false;
                const std::vector<qint64> got = SampleTableQuery(*opened.store).orderedRows(key, filter, nullptr, &ok);
                QVERIFY(ok);
                const QByteArray what = QByteArray(column.name) + (descending ? " descending" : " ascending");
                QVERIFY2(got == expected, what.constData());
                if (filter.isEmpty())
                    QCOMPARE(qint64(got.size()), qint64(kSamples));
            }
        }
    }

    void statusAndIssueTermsPassWhatTheirSqlPassed_data()
    {
        // A status term is answered from the table of edited statuses, an issue term from the issues (masks); the
        // reference is the SQL each replaced. Case, "!=", "not", unknown values, wildcards, beside other terms.
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("reference");
        const QString status = QStringLiteral(LOCKSTEP_SAMPLE_STATUS_SCAN_SQL);
        const QString label = QStringLiteral(LOCKSTEP_SAMPLE_LABEL_SCAN_SQL);
        const QString metricBelow10 =
            QStringLiteral("s.sample_id IN (SELECT sample_id FROM sample_metrics WHERE name = 'm.a' AND value < 10)");
        const auto row = [](const char* query, const QString& reference) {
            QTest::newRow(query) << QString::fromUtf8(query) << reference;
        };
        row("status:unreviewed", status + QStringLiteral(" = 'unreviewed' COLLATE NOCASE"));
        row("status:UNREVIEWED", status + QStringLiteral(" = 'unreviewed' COLLATE NOCASE"));
        row("status:Rejected", status + QStringLiteral(" = 'rejected' COLLATE NOCASE"));
        row("status != accepted", status + QStringLiteral(" <> 'accepted' COLLATE NOCASE"));
        row("status != unreviewed", status + QStringLiteral(" <> 'unreviewed' COLLATE NOCASE"));
        row("not status:needs-fix",
            QStringLiteral("NOT (") + status + QStringLiteral(" = 'needs-fix' COLLATE NOCASE)"));
        row("status:bogus", QStringLiteral("0"));
        row("status != bogus", QStringLiteral("1"));
        row("status:unreviewed and label = dog", status + QStringLiteral(" = 'unreviewed' COLLATE NOCASE AND ") +
                                                     label + QStringLiteral(" = 'dog' COLLATE NOCASE"));
        row("status:rejected or m.a < 10", status + QStringLiteral(" = 'rejected' COLLATE NOCASE OR ") + metricBelow10);
        row("status:accepted m.a < 10", status + QStringLiteral(" = 'accepted' COLLATE NOCASE AND ") + metricBelow10);
        const auto issue = [](const char* condition) {
            return QStringLiteral("s.sample_id IN (SELECT sample_id FROM issues WHERE type %1)")
                .arg(QString::fromUtf8(condition));
        };
        row("has:audio.clipping", issue("= 'audio.clipping'"));
        row("has:Audio.Clipping", issue("= 'Audio.Clipping'"));  // a type is matched exactly
        row("has:audio.*", issue("LIKE 'audio.%'"));
        row("has:IMAGE.*", issue("LIKE 'image.%'"));  // LIKE ignores ASCII case
        row("not has:image.dark", QStringLiteral("NOT ") + issue("= 'image.dark'"));
        row("has:nothing.here", QStringLiteral("0"));
        row("has:image.dark or label = dog",
            issue("= 'image.dark'") + QStringLiteral(" OR ") + label + QStringLiteral(" = 'dog' COLLATE NOCASE"));
        row("has:image.dark status:unreviewed", issue("= 'image.dark'") + QStringLiteral(" AND ") + status +
                                                    QStringLiteral(" = 'unreviewed' COLLATE NOCASE"));
        row("(has:audio.clipping) and status:unreviewed",
            QStringLiteral("s.sample_id IN (SELECT sample_id FROM issues WHERE type = 'audio.clipping') AND ") +
                status + QStringLiteral(" = 'unreviewed' COLLATE NOCASE"));
    }

    void statusAndIssueTermsPassWhatTheirSqlPassed()
    {
        QFETCH(QString, query);
        QFETCH(QString, reference);
        auto opened = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly);
        QVERIFY(opened.store);
        const QByteArray sql = QString(QStringLiteral("SELECT s.row FROM samples s WHERE ") + reference +
                                       QStringLiteral(" ORDER BY s.row"))
                                   .toUtf8();
        SqliteStatement st(opened.store->database(), sql.constData());
        QVERIFY(st.ok());
        bool referenceOk = false;
        const std::vector<qint64> expected = order_reference::firstColumn(st, &referenceOk);
        QVERIFY(referenceOk);
        const SampleFilter filter = SampleFilter::parse(query);
        QVERIFY2(filter.ok, qPrintable(filter.error));
        bool ok = false;
        const std::vector<qint64> got = SampleTableQuery(*opened.store).orderedRows({}, filter, nullptr, &ok);
        QVERIFY(ok);
        QVERIFY2(got == expected, qPrintable(QStringLiteral("%1 of %2 rows").arg(got.size()).arg(expected.size())));
        // Sorted by a column too, through the same masks.
        SampleSortKey byLabel;
        byLabel.field = SampleSortKey::Field::Label;
        const std::vector<qint64> sorted = SampleTableQuery(*opened.store).orderedRows(byLabel, filter, nullptr, &ok);
        QVERIFY(ok);
        QCOMPARE(std::set<qint64>(sorted.begin(), sorted.end()), std::set<qint64>(expected.begin(), expected.end()));
    }

    void statusAndIssueTermsAloneNeedNoPassOverTheSamples()
    {
        // Its rows are its mask's bits, as for a metric term: no SQL runs over the samples.
        for (const char* query : {"status:unreviewed", "not status:rejected", "status:accepted or m.a > 50",
                                  "has:audio.clipping status:unreviewed", "has:audio.* or has:image.dark"}) {
            const SampleFilter filter = SampleFilter::parse(QString::fromUtf8(query));
            QVERIFY(filter.ok);
            QVERIFY2(filter.metricOnly, query);
        }
        QVERIFY(!SampleFilter::parse(QStringLiteral("status:unreviewed label = dog")).metricOnly);
        QVERIFY(!SampleFilter::parse(QStringLiteral("status < r")).metricOnly);  // other comparisons stay SQL
    }

    void fixtureHasWhatTheComparisonNeeds()
    {
        auto opened = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly);
        QVERIFY(opened.store);
        const auto scalar = [&](const char* sql) { return order_reference::scalar(opened.store->database(), sql); };
        // Ids out of import order, every label kind, edits, and ties in the counts.
        QVERIFY(scalar("SELECT count(*) FROM samples a JOIN samples b ON b.row = a.row + 1 WHERE b.sample_id < "
                       "a.sample_id") > kSamples / 4);
        QVERIFY(scalar("SELECT count(DISTINCT dataset_label) FROM samples") == 7);
        QVERIFY(scalar("SELECT count(*) FROM samples WHERE dataset_label = ''") > 10);
        QVERIFY(scalar("SELECT count(*) FROM sample_labels") > 20);
        QVERIFY(scalar("SELECT count(*) FROM sample_statuses") > 50);
        QVERIFY(scalar("SELECT count(DISTINCT issue_count) FROM samples") >= 3);
        QVERIFY(scalar("SELECT count(DISTINCT warning_count) FROM samples") == 3);
    }
};

QTEST_GUILESS_MAIN(TestColumnOrderReference)
#include "test_column_order_reference.moc"
