// The saved views model under QAbstractItemModelTester: saving (and updating by name), renaming (also through
// setData), deleting, each one undoable command whose do/undo/redo the project file follows; a reopened project
// lists the views again; bad JSON in the project opens with no views and a diagnostic. Also the status bar's
// issue count, which follows the table's filter.

#include "ProjectFixture.h"
#include "SampleTableModel.h"
#include "SavedViewsModel.h"
#include "ShownIssueCounter.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"
#include "store/SavedViewRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lockstep;

namespace {

SavedView makeView(const QString& name, const QString& filter)
{
    SavedView view;
    view.name = name;
    view.filter = filter;
    view.sortColumn = QStringLiteral("label");
    view.columns = {{QStringLiteral("id"), 120}, {QStringLiteral("label"), 0}};
    return view;
}

QStringList namesIn(const QString& project)
{
    auto store = ProjectStore::open(project, ProjectStore::Mode::ReadOnly).store;
    QStringList names;
    if (store)
        for (const SavedView& view : SavedViewRepository(*store).load().views)
            names << view.name;
    return names;
}

}  // namespace

class TestSavedViewsModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString newProject(const QString& name, int samples = 30)
    {
        const QString path = m_dir.filePath(name);
        return fixture::buildProject(path, m_dir.path(), samples) ? path : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void saveRenameDeleteUndoRedo()
    {
        const QString project = newProject(QStringLiteral("views.lockstep"));
        QVERIFY(!project.isEmpty());
        QUndoStack undo;
        SavedViewsModel model(&undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.saveView(makeView(QStringLiteral("a"), {})));  // nothing open
        QVERIFY(model.open(project));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.diagnostic().isEmpty());

        QVERIFY(model.saveView(makeView(QStringLiteral("  Dogs "), QStringLiteral("label = dog"))));
        QVERIFY(model.saveView(makeView(QStringLiteral("Cats"), QStringLiteral("label = cat"))));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Dogs"));  // trimmed
        QCOMPARE(model.index(0).data(SavedViewsModel::FilterRole).toString(), QStringLiteral("label = dog"));
        QCOMPARE(model.index(0).data(SavedViewsModel::SortColumnRole).toString(), QStringLiteral("label"));
        QCOMPARE(model.index(0).data(SavedViewsModel::ColumnKeysRole).toStringList(),
                 (QStringList{QStringLiteral("id"), QStringLiteral("label")}));
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("label = dog")));
        QCOMPARE(undo.count(), 2);
        QCOMPARE(undo.text(0), QStringLiteral("Save View \u201cDogs\u201d"));
        QCOMPARE(namesIn(project), (QStringList{QStringLiteral("Dogs"), QStringLiteral("Cats")}));

        // The same name again updates the view in place.
        QVERIFY(model.saveView(makeView(QStringLiteral("Dogs"), QStringLiteral("label = dog and split = test"))));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.view(0)->filter, QStringLiteral("label = dog and split = test"));
        QCOMPARE(undo.text(2), QStringLiteral("Update View \u201cDogs\u201d"));
        QVERIFY(!model.saveView(*model.view(0)));  // nothing would change: no command
        QCOMPARE(undo.count(), 3);

        // Rename, through setData as a view would; a taken or empty name is refused.
        QVERIFY(!model.setData(model.index(1), QStringLiteral("Dogs")));
        QVERIFY(!model.renameView(1, QStringLiteral("   ")));
        QVERIFY(model.setData(model.index(1), QStringLiteral("Felines")));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Felines"));
        QCOMPARE(undo.text(3), QStringLiteral("Rename View \u201cCats\u201d to \u201cFelines\u201d"));
        QVERIFY(model.removeView(0));
        QCOMPARE(undo.text(4), QStringLiteral("Delete View \u201cDogs\u201d"));
        QCOMPARE(namesIn(project), QStringList{QStringLiteral("Felines")});
        QVERIFY(!model.removeView(5));

        // Undo walks the file back, step by step; redo forward again.
        undo.undo();
        QCOMPARE(namesIn(project), (QStringList{QStringLiteral("Dogs"), QStringLiteral("Felines")}));
        undo.undo();
        QCOMPARE(namesIn(project), (QStringList{QStringLiteral("Dogs"), QStringLiteral("Cats")}));
        undo.undo();
        QCOMPARE(model.view(0)->filter, QStringLiteral("label = dog"));
        undo.undo();
        undo.undo();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(namesIn(project).isEmpty());
        for (int i = 0; i < 5; ++i)
            undo.redo();
        QCOMPARE(namesIn(project), QStringList{QStringLiteral("Felines")});
        QCOMPARE(model.rowCount(), 1);

        // Another model on the reopened project lists the same view; closing clears the commands.
        model.close();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(undo.count(), 0);
        SavedViewsModel reopened(nullptr);
        QAbstractItemModelTester tester2(&reopened, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(reopened.open(project));
        QCOMPARE(reopened.rowCount(), 1);
        QCOMPARE(reopened.view(0)->name, QStringLiteral("Felines"));
        QCOMPARE(reopened.view(0)->columns.front().width, 120);
        // Without an undo stack the edits are plain writes.
        QVERIFY(reopened.removeView(0));
        QVERIFY(namesIn(project).isEmpty());
    }

    void badJsonOpensWithNoViewsAndADiagnostic()
    {
        const QString project = newProject(QStringLiteral("bad.lockstep"), 5);
        {
            auto store = ProjectStore::open(project).store;
            QVERIFY(store);
            QVERIFY(store->setMetaValue(SavedViewRepository::kMetaKey, QStringLiteral("{\"views\": [{\"name\": ")));
        }
        QUndoStack undo;
        SavedViewsModel model(&undo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not valid JSON")));
        QVERIFY(model.open(project));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.diagnostic().contains(QStringLiteral("not valid JSON")), qPrintable(model.diagnostic()));
        // Saving works and leaves the unreadable text aside.
        QVERIFY(model.saveView(makeView(QStringLiteral("fresh"), {})));
        QCOMPARE(namesIn(project), QStringList{QStringLiteral("fresh")});
        QVERIFY(model.diagnostic().isEmpty());
    }

    void issueCountFollowsTheFilter()
    {
        const QString project = newProject(QStringLiteral("issues.lockstep"), 30);
        {
            auto store = ProjectStore::open(project).store;
            QVERIFY(store);
            // Sample i has i % 4 issues of type "t.x".
            std::vector<QualityIssue> issues;
            for (int i = 0; i < 30; ++i)
                for (int k = 0; k < i % 4; ++k)
                    issues.push_back({fixture::sampleId(i), QStringLiteral("t.x%1").arg(k), QStringLiteral("image"),
                                      Diagnostic::Severity::Warning, 1.0, 0.5, QStringLiteral("x")});
            QVERIFY(QualityRepository(*store).replaceResults({}, issues, {}));
        }
        int total = 0;
        int dogs = 0;
        for (int i = 0; i < 30; ++i) {
            total += i % 4;
            dogs += i % 3 == 0 ? i % 4 : 0;
        }
        SampleTableModel table;
        ShownIssueCounter counter(&table);
        QCOMPARE(counter.issues(), qint64(-1));  // no project
        QSignalSpy changed(&counter, &ShownIssueCounter::issuesChanged);
        table.setStore(
            std::shared_ptr<const ProjectStore>(ProjectStore::open(project, ProjectStore::Mode::ReadOnly).store));
        QTRY_COMPARE_WITH_TIMEOUT(counter.issues(), qint64(total), 10000);
        QVERIFY(table.setFilter(QStringLiteral("label = dog")).ok);
        QTRY_COMPARE_WITH_TIMEOUT(counter.issues(), qint64(dogs), 10000);
        // A sort or a metric column is no reason to count again.
        const qsizetype emitted = changed.count();
        table.setMetricColumns({QStringLiteral("image.brightness")});
        table.sort(SampleTableModel::IdColumn, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!table.isSorting(), 10000);
        QCOMPARE(changed.count(), emitted);
        table.setStore(nullptr);
        QCOMPARE(counter.issues(), qint64(-1));
    }
};

QTEST_MAIN(TestSavedViewsModel)
#include "test_saved_views_model.moc"
