// The sample table view: a header click sorts through the model (in SQL), metric columns come from the header's
// menu and are remembered, the selected sample stays selected when the order changes.

#include "../model/ProjectFixture.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "store/QualityRepository.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestSampleTableView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::shared_ptr<const ProjectStore> openReadOnly() const
    {
        return std::shared_ptr<const ProjectStore>(ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_sample_table_view"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p.lockstep"));
        QVERIFY(fixture::buildProject(m_path, m_dir.path(), 300));
        auto opened = ProjectStore::open(m_path);
        QVERIFY(opened.store);
        SampleMetricTable metrics;
        for (int i = 0; i < 300; ++i)
            metrics[fixture::sampleId(i)].insert(QStringLiteral("audio.rms_dbfs"), -double(i));  // loudest first
        QVERIFY(QualityRepository(*opened.store).replaceResults(metrics, {}, {}));
    }

    void startsInImportOrder()
    {
        SampleTableModel model;
        SampleTableView view;
        view.setSampleModel(&model);
        model.setStore(openReadOnly());
        QVERIFY(view.isSortingEnabled());
        QVERIFY(model.sortKey().isImportOrder());
        QCOMPARE(model.index(0, 0).data().toString(), fixture::sampleId(0));
    }

    void headerClickSortsAndKeepsTheSelection()
    {
        SampleTableModel model;
        SampleTableView view;
        view.setSampleModel(&model);
        model.setStore(openReadOnly());
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setMetricColumns({QStringLiteral("audio.rms_dbfs")});
        QCOMPARE(model.columnCount(), int(SampleTableModel::ColumnCount) + 1);
        view.selectSampleRow(10);
        QCOMPARE(view.currentIndex().data(SampleTableModel::SampleIdRole).toString(), fixture::sampleId(10));

        QSignalSpy sorted(&model, &SampleTableModel::sortFinished);
        const int column = SampleTableModel::ColumnCount;
        QHeaderView* header = view.horizontalHeader();
        const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(sorted.wait(10000));
        QCOMPARE(model.sortKey().field, SampleSortKey::Field::Metric);
        // Ascending rms: the quietest (last) sample first; sample 10 is now on row 289 and still selected.
        QCOMPARE(model.index(0, 0).data().toString(), fixture::sampleId(299));
        QCOMPARE(view.currentIndex().row(), 289);
        QCOMPARE(view.currentIndex().data(SampleTableModel::SampleIdRole).toString(), fixture::sampleId(10));
    }

    void aShorterTableKeepsTheCurrentRowInView()
    {
        SampleTableModel model;
        SampleTableView view;
        view.setSampleModel(&model);
        model.setStore(openReadOnly());
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int row = view.rowAt(view.viewport()->height() - 1) - 1;  // near the bottom edge, in view
        QVERIFY(row > 5);
        view.selectSampleRow(row);
        const QRect before = view.visualRect(view.currentIndex());
        QVERIFY(before.bottom() < view.viewport()->height());
        // A dock opens below: the table loses half its height, the current row stays in view.
        view.resize(900, 300);
        QCoreApplication::processEvents();
        const QRect after = view.visualRect(view.currentIndex());
        QVERIFY2(after.top() >= 0 && after.bottom() < view.viewport()->height(),
                 qPrintable(QStringLiteral("row at %1..%2, viewport %3")
                                .arg(after.top())
                                .arg(after.bottom())
                                .arg(view.viewport()->height())));
        // A row the user scrolled away from is not brought back.
        view.scrollToBottom();
        QVERIFY(view.visualRect(view.currentIndex()).bottom() < 0);
        view.resize(900, 250);
        QCoreApplication::processEvents();
        QVERIFY(view.visualRect(view.currentIndex()).bottom() < 0);
    }

    void metricColumnsAreRemembered()
    {
        {
            SampleTableModel model;
            SampleTableView view;
            view.setSampleModel(&model);
            view.setMetricColumns({QStringLiteral("audio.rms_dbfs")});
        }
        SampleTableModel model;
        SampleTableView view;
        view.setSampleModel(&model);
        QCOMPARE(model.metricColumns(), QStringList{QStringLiteral("audio.rms_dbfs")});
        model.setStore(openReadOnly());
        QCOMPARE(model.availableMetrics(), QStringList{QStringLiteral("audio.rms_dbfs")});
        QCOMPARE(model.index(3, SampleTableModel::ColumnCount).data().toString(), QStringLiteral("-3"));
        view.setMetricColumns({});
        QVERIFY(QSettings().value(QStringLiteral("sampleTable/metricColumns")).toStringList().isEmpty());
    }
};

QTEST_MAIN(TestSampleTableView)
#include "test_sample_table_view.moc"
