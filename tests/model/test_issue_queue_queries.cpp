// The SQL behind the review queue and "next issue of this type": sorting by an issue's severity or measured
// value (bound parameters, samples without the issue last), the samples that have a type, and the jump through
// the table's own order and filter — each with answers worked out by hand from a small planted project.

#include "IssueFixture.h"
#include "IssueNavigator.h"
#include "SampleTableModel.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"
#include "store/SampleTableQuery.h"

#include <sqlite3.h>
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace lockstep;

namespace {

QualityIssue issue(int sample, const char* type, Diagnostic::Severity severity, double value, double threshold)
{
    return fixture::plantedIssue(fixture::sampleId(sample), type, severity, value, threshold);
}

std::vector<qint64> rows(std::initializer_list<qint64> list)
{
    return std::vector<qint64>(list);
}

}  // namespace

class TestIssueQueueQueries : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    SampleSortKey issueKey(SampleSortKey::Field field, const QString& type, bool descending) const
    {
        SampleSortKey key;
        key.field = field;
        key.issueType = type;
        key.descending = descending;
        return key;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("issues.lockstep"));
        QVERIFY(fixture::buildProject(m_path, m_dir.path(), 12));  // label dog when i % 3 == 0
        auto opened = ProjectStore::open(m_path);
        QVERIFY(opened.store);
        using S = Diagnostic::Severity;
        const double nan = std::nan("");
        std::vector<QualityIssue> issues{
            issue(0, "audio.clipping", S::Warning, 5, 1),   // excess 4
            issue(1, "audio.clipping", S::Error, 2, 1),     // the only error
            issue(3, "audio.clipping", S::Warning, 50, 1),  // excess 49
            issue(4, "audio.clipping", S::Warning, 5, 1),   // ties with s0: import order
            issue(5, "image.dark", S::Error, 0.1, 0.32),    // another type
            issue(6, "audio.clipping", S::Info, 1000, 1),   // two of a type: the worst of each measure counts
            issue(6, "audio.clipping", S::Warning, 3, 1),
            issue(7, "audio.clipping", S::Warning, nan, nan),  // nothing measured: last among its severity
        };
        QVERIFY(QualityRepository(*opened.store).replaceResults({}, issues, {}));
    }

    void sortsByIssue_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("query");
        QTest::addColumn<std::vector<qint64>>("expected");
        const int severity = int(SampleSortKey::Field::IssueSeverity);
        const int value = int(SampleSortKey::Field::IssueValue);
        const QString clipping = QStringLiteral("audio.clipping");
        QTest::newRow("worst clipping first")
            << severity << clipping << true << QString() << rows({1, 6, 3, 0, 4, 7, 2, 5, 8, 9, 10, 11});
        QTest::newRow("mildest clipping first")
            << severity << clipping << false << QString() << rows({0, 4, 3, 6, 7, 1, 2, 5, 8, 9, 10, 11});
        QTest::newRow("most clipped samples first")
            << value << clipping << true << QString() << rows({6, 3, 0, 4, 1, 7, 2, 5, 8, 9, 10, 11});
        QTest::newRow("fewest clipped samples first")
            << value << clipping << false << QString() << rows({1, 0, 4, 3, 6, 7, 2, 5, 8, 9, 10, 11});
        QTest::newRow("worst issue of any type first")
            << severity << QString() << true << QString() << rows({1, 5, 6, 3, 0, 4, 7, 2, 8, 9, 10, 11});
        QTest::newRow("a queue: has:audio.clipping by severity")
            << severity << clipping << true << QStringLiteral("has:audio.clipping") << rows({1, 6, 3, 0, 4, 7});
        QTest::newRow("with another filter: label = dog")
            << severity << clipping << true << QStringLiteral("label = dog") << rows({6, 3, 0, 9});
        QTest::newRow("unreviewed clipping by value")
            << value << clipping << true << QStringLiteral("(has:audio.clipping) and status:unreviewed")
            << rows({6, 3, 0, 4, 1, 7});
        // The type is bound, never pasted: an injection attempt is just a type nobody has.
        QTest::newRow("injection attempt") << severity << QStringLiteral("x' OR 1=1; DROP TABLE issues; --") << true
                                           << QString() << rows({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
    }

    void sortsByIssue()
    {
        QFETCH(int, field);
        QFETCH(QString, type);
        QFETCH(bool, descending);
        QFETCH(QString, query);
        QFETCH(std::vector<qint64>, expected);
        auto opened = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly);
        QVERIFY(opened.store);
        const SampleFilter filter = SampleFilter::parse(query);
        QVERIFY2(filter.ok, qPrintable(filter.error));
        bool ok = false;
        const std::vector<qint64> got =
            SampleTableQuery(*opened.store)
                .orderedRows(issueKey(SampleSortKey::Field(field), type, descending), filter, nullptr, &ok);
        QVERIFY(ok);
        QCOMPARE(got, expected);
        // The issues table is still there (the injection attempt did nothing).
        QCOMPARE(SampleTableQuery(*opened.store).issueTypes(),
                 QStringList({QStringLiteral("audio.clipping"), QStringLiteral("image.dark")}));
    }

    void samplesWithAType()
    {
        auto opened = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly);
        QVERIFY(opened.store);
        const SampleTableQuery query(*opened.store);
        bool ok = false;
        std::vector<qint64> clipping = query.rowsWithIssue(QStringLiteral("audio.clipping"), &ok);
        QVERIFY(ok);
        std::sort(clipping.begin(), clipping.end());
        QCOMPARE(clipping, rows({0, 1, 3, 4, 6, 7}));  // s6 once, though it has two
        QCOMPARE(query.rowsWithIssue(QStringLiteral("image.dark")), rows({5}));
        QVERIFY(query.rowsWithIssue(QStringLiteral("image.dark' OR '1'='1")).empty());
        // The plan walks the type index, not the whole issues table.
        sqlite3_stmt* explain = nullptr;
        QCOMPARE(sqlite3_prepare_v2(opened.store->database(),
                                    "EXPLAIN QUERY PLAN SELECT DISTINCT s.row FROM issues i JOIN samples s ON "
                                    "s.sample_id = i.sample_id WHERE i.type = ?1",
                                    -1, &explain, nullptr),
                 SQLITE_OK);
        QString plan;
        while (sqlite3_step(explain) == SQLITE_ROW)
            plan += QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(explain, 3))) + u'\n';
        sqlite3_finalize(explain);
        QVERIFY2(plan.contains(QLatin1String("issues_by_type")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("samples_by_id")), qPrintable(plan));
    }

    void nearestRowWrapsAround_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("wrapped");
        // Candidates sit at table rows 2, 5 and 9 (stored rows 20, 50, 90; stored row 70 is filtered out).
        QTest::newRow("next from before the first") << -1 << 1 << 2 << false;
        QTest::newRow("next from a match") << 2 << 1 << 5 << false;
        QTest::newRow("next from between") << 6 << 1 << 9 << false;
        QTest::newRow("next from the last wraps") << 9 << 1 << 2 << true;
        QTest::newRow("previous from between") << 6 << -1 << 5 << false;
        QTest::newRow("previous from the first wraps") << 2 << -1 << 9 << true;
        QTest::newRow("previous from the top wraps") << 0 << -1 << 9 << true;
    }

    void nearestRowWrapsAround()
    {
        QFETCH(int, from);
        QFETCH(int, direction);
        QFETCH(int, expected);
        QFETCH(bool, wrapped);
        const auto rowOf = [](qint64 stored) { return stored == 70 ? -1 : int(stored / 10); };
        bool didWrap = false;
        QCOMPARE(IssueNavigator::nearestRow(rows({90, 20, 70, 50}), rowOf, from, direction, &didWrap), expected);
        QCOMPARE(didWrap, wrapped);
        QCOMPARE(IssueNavigator::nearestRow({}, rowOf, from, direction, &didWrap), -1);
        QVERIFY(!didWrap);
        QCOMPARE(IssueNavigator::nearestRow(rows({70}), rowOf, from, direction, &didWrap), -1);
    }

    void jumpsInTheTablesOrder()
    {
        auto opened = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly);
        QVERIFY(opened.store);
        SampleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(std::shared_ptr<const ProjectStore>(std::move(opened.store)));
        // Sorted by id descending, filtered to dogs (s9 s6 s3 s0): the clipping samples are at rows 1, 2, 3.
        SampleSortKey byId;
        byId.field = SampleSortKey::Field::Id;
        byId.descending = true;
        QSignalSpy sorted(&model, &SampleTableModel::sortFinished);
        QVERIFY(model.setFilterAndSort(QStringLiteral("label = dog"), byId).ok);
        QTRY_COMPARE(sorted.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data(SampleTableModel::SampleIdRole).toString(), fixture::sampleId(9));

        IssueNavigator navigator(&model);
        QSignalSpy found(&navigator, &IssueNavigator::found);
        QSignalSpy missing(&navigator, &IssueNavigator::notFound);
        const QString clipping = QStringLiteral("audio.clipping");
        navigator.find(clipping, 0, 1);  // off the GUI thread the first time
        QTRY_COMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(1).toInt(), 1);
        QCOMPARE(found.at(0).at(2).toBool(), false);
        navigator.find(clipping, 3, 1);  // known now: answered at once
        QCOMPARE(found.count(), 2);
        QCOMPARE(found.at(1).at(1).toInt(), 1);
        QCOMPARE(found.at(1).at(2).toBool(), true);
        navigator.find(clipping, 1, -1);
        QCOMPARE(found.count(), 3);
        QCOMPARE(found.at(2).at(1).toInt(), 3);
        QCOMPARE(found.at(2).at(2).toBool(), true);
        // s5's dark image is filtered out of the table: nothing to jump to.
        navigator.find(QStringLiteral("image.dark"), 0, 1);
        QTRY_COMPARE(missing.count(), 1);
        QCOMPARE(found.count(), 3);
    }
};

QTEST_GUILESS_MAIN(TestIssueQueueQueries)
#include "test_issue_queue_queries.moc"
