// Saved views in the project file: a round trip through the meta table (and through a reopened file), the JSON
// form, text that does not read as views ignored with a diagnostic and kept aside on the next save, the audit row,
// and the filtered issue count the status bar asks for.

#include "store/ProjectStore.h"
#include "store/SampleFilter.h"
#include "store/SampleTableQuery.h"
#include "store/SavedViewRepository.h"
#include "store/SqliteStatement.h"

#include <sqlite3.h>
#include <QTemporaryDir>
#include <QtTest>

using namespace lockstep;

namespace {

SavedViews twoViews()
{
    SavedView clipping;
    clipping.name = QStringLiteral("Clipping");
    clipping.filter = QStringLiteral("has:audio.clipping and label = dog");
    clipping.sortColumn = QStringLiteral("audio.peak_dbfs");
    clipping.sortDescending = true;
    clipping.columns = {
        {QStringLiteral("id"), 140}, {QStringLiteral("audio.peak_dbfs"), 0}, {QStringLiteral("status"), 90}};
    SavedView all;
    all.name = QStringLiteral("Everything \u201cquoted\u201d \u5b57");
    all.columns = {{QStringLiteral("label"), 0}};
    return {clipping, all};
}

}  // namespace

class TestSavedViewRepository : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<ProjectStore> makeProject(const QString& name, int samples = 4)
    {
        auto store = ProjectStore::open(m_dir.filePath(name)).store;
        if (!store || !store->beginImport(m_dir.path(), QStringLiteral("test")))
            return nullptr;
        for (int i = 0; i < samples; ++i) {
            Sample s;
            s.id = QStringLiteral("s%1").arg(i);
            s.label = i % 2 ? QStringLiteral("cat") : QStringLiteral("dog");
            if (!store->addSample(s))
                return nullptr;
        }
        return store->commitImport() ? std::move(store) : nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void jsonRoundTrip()
    {
        const SavedViews views = twoViews();
        const SavedViewRepository::LoadResult read = SavedViewRepository::fromJson(SavedViewRepository::toJson(views));
        QVERIFY2(read.diagnostic.isEmpty(), qPrintable(read.diagnostic));
        QCOMPARE(read.views.size(), views.size());
        QVERIFY(read.views == views);
        QVERIFY(SavedViewRepository::fromJson(SavedViewRepository::toJson({})).views.empty());
        // Nothing stored yet: no views, nothing to say.
        const SavedViewRepository::LoadResult none = SavedViewRepository::fromJson(QByteArray());
        QVERIFY(none.views.empty());
        QVERIFY(none.diagnostic.isEmpty());
    }

    void storeRoundTripSurvivesReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.lockstep"));
        {
            auto store = makeProject(QStringLiteral("roundtrip.lockstep"));
            QVERIFY(store);
            SavedViewRepository repository(*store);
            QVERIFY(repository.load().views.empty());
            QVERIFY2(repository.save(twoViews(), QStringLiteral("save view"), QStringLiteral("tester")),
                     qPrintable(repository.lastError()));
            QVERIFY(repository.load().views == twoViews());
        }
        auto reopened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly).store;
        QVERIFY(reopened);
        QCOMPARE(reopened->schemaVersion(), ProjectStore::kSchemaVersion);  // no schema change for views
        SavedViewRepository repository(*reopened);
        const SavedViewRepository::LoadResult read = repository.load();
        QVERIFY(read.diagnostic.isEmpty());
        QVERIFY(read.views == twoViews());
        // One audit row names the views before and after.
        SqliteStatement audit(reopened->database(),
                              "SELECT who, action, field, old_value, new_value FROM audit_log WHERE field = "
                              "'saved_views'");
        QCOMPARE(audit.step(), SQLITE_ROW);
        QCOMPARE(audit.columnText(0), QStringLiteral("tester"));
        QCOMPARE(audit.columnText(1), QStringLiteral("save view"));
        QCOMPARE(audit.columnText(3), QString());
        QCOMPARE(audit.columnText(4), QStringLiteral("Clipping, Everything \u201cquoted\u201d \u5b57"));
        QCOMPARE(audit.step(), SQLITE_DONE);
    }

    void badJsonIsIgnoredWithADiagnostic_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("views");
        QTest::addColumn<QString>("diagnosticPart");
        QTest::newRow("truncated") << QByteArray("{\"version\":1,\"views\":[{\"name\":\"a\"") << 0
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("garbage") << QByteArray("\x01\xff not json at all") << 0 << QStringLiteral("not valid JSON");
        QTest::newRow("an array") << QByteArray("[1, 2, 3]") << 0 << QStringLiteral("no \"views\" list");
        QTest::newRow("views not a list") << QByteArray("{\"views\": 7}") << 0 << QStringLiteral("no \"views\" list");
        QTest::newRow("nameless and repeated")
            << QByteArray(
                   "{\"views\":[{\"name\":\"a\"},{\"filter\":\"x\"},{\"name\":\"a\"},7,{\"name\":\"b\",\"columns\":[{},"
                   "{\"key\":\"id\",\"width\":-5}]}]}")
            << 2 << QStringLiteral("3 view(s) without a name or with a repeated name");
        QTest::newRow("wrong types")
            << QByteArray("{\"views\":[{\"name\":\"a\",\"filter\":[],\"sort\":\"x\",\"columns\":{\"key\":\"id\"}}]}")
            << 1 << QString();
    }

    void badJsonIsIgnoredWithADiagnostic()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, views);
        QFETCH(QString, diagnosticPart);
        const SavedViewRepository::LoadResult read = SavedViewRepository::fromJson(json);
        QCOMPARE(int(read.views.size()), views);
        if (diagnosticPart.isEmpty())
            QVERIFY2(read.diagnostic.isEmpty(), qPrintable(read.diagnostic));
        else
            QVERIFY2(read.diagnostic.contains(diagnosticPart), qPrintable(read.diagnostic));
        for (const SavedView& view : read.views) {
            QVERIFY(!view.name.isEmpty());
            for (const SavedViewColumn& column : view.columns) {
                QVERIFY(!column.key.isEmpty());
                QVERIFY(column.width >= 0);
            }
        }
    }

    void unreadableTextIsKeptAsideOnTheNextSave()
    {
        auto store = makeProject(QStringLiteral("unreadable.lockstep"));
        QVERIFY(store);
        const QString garbage = QStringLiteral("{\"views\": [oops");
        QVERIFY(store->setMetaValue(SavedViewRepository::kMetaKey, garbage));
        SavedViewRepository repository(*store);
        const SavedViewRepository::LoadResult read = repository.load();
        QVERIFY(read.views.empty());
        QVERIFY(!read.diagnostic.isEmpty());
        QVERIFY(repository.save({twoViews().front()}, QStringLiteral("save view"), QStringLiteral("tester")));
        QCOMPARE(store->meta(SavedViewRepository::kUnreadableMetaKey), garbage);
        const SavedViewRepository::LoadResult after = repository.load();
        QVERIFY(after.diagnostic.isEmpty());
        QCOMPARE(after.views.size(), std::size_t(1));
        // A second save over readable views leaves the kept text alone.
        QVERIFY(repository.save({}, QStringLiteral("delete view"), QStringLiteral("tester")));
        QCOMPARE(store->meta(SavedViewRepository::kUnreadableMetaKey), garbage);
        QVERIFY(repository.load().views.empty());
    }

    void issueCountFollowsTheFilter()
    {
        auto store = makeProject(QStringLiteral("issues.lockstep"), 6);
        QVERIFY(store);
        // Sample i has i issues: dogs are s0 s2 s4 (0 + 2 + 4), cats s1 s3 s5 (1 + 3 + 5).
        QCOMPARE(sqlite3_exec(store->database(), "UPDATE samples SET issue_count = row", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        const SampleTableQuery query(*store);
        QCOMPARE(query.issueCount(), qint64(15));
        QCOMPARE(query.issueCount(SampleFilter::parse(QStringLiteral("label = dog"))), qint64(6));
        QCOMPARE(query.issueCount(SampleFilter::parse(QStringLiteral("label = cat and issues >= 3"))), qint64(8));
        QCOMPARE(query.issueCount(SampleFilter::parse(QStringLiteral("label = bird"))), qint64(0));
        QCOMPARE(query.issueCount(SampleFilter::parse(QStringLiteral("label = ("))), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestSavedViewRepository)
#include "test_saved_view_repository.moc"
