// The status bar counts: samples, shown rows (after a filter), selected rows counted from the selection's ranges
// (overlapping, split and whole-table selections), and the shown samples' issues from the background count.

#include "../model/ProjectFixture.h"
#include "SampleCountsLabel.h"
#include "SampleTableModel.h"
#include "ShownIssueCounter.h"
#include "store/ProjectStore.h"

#include <QItemSelectionModel>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestSampleCountsLabel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    static void selectRows(QItemSelectionModel& selection, int top, int bottom,
                           QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::Select)
    {
        const QAbstractItemModel* model = selection.model();
        selection.select(QItemSelection(model->index(top, 0), model->index(bottom, model->columnCount() - 1)),
                         flags | QItemSelectionModel::Rows);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("counts.lockstep"));
        QVERIFY(fixture::buildProject(m_project, m_dir.path(), 1000));
    }

    void textSaysEachCount()
    {
        QCOMPARE(SampleCountsLabel::countsText(12000, 310, 3, 1204, 0, 0),
                 QStringLiteral("12,000 sample(s)  \u00b7  310 shown  \u00b7  3 selected  \u00b7  1,204 issue(s)"));
        QCOMPARE(SampleCountsLabel::countsText(5, 5, 0, -1, 2, 1),
                 QStringLiteral("5 sample(s)  \u00b7  5 shown  \u00b7  0 selected  \u00b7  2 warning(s)  \u00b7  1 "
                                "error(s)"));
    }

    void countsFollowTheTable()
    {
        SampleTableModel model;
        QItemSelectionModel selection(&model);
        SampleCountsLabel label(&model, &selection);
        QVERIFY(label.text().isEmpty());  // no project
        model.setStore(
            std::shared_ptr<const ProjectStore>(ProjectStore::open(m_project, ProjectStore::Mode::ReadOnly).store));
        QTRY_COMPARE_WITH_TIMEOUT(label.issueCounter()->issues(), qint64(0), 10000);  // not scanned
        label.setDiagnosticCounts(200, 0);  // the fixture warns about every 5th sample
        QCOMPARE(label.text(), SampleCountsLabel::countsText(1000, 1000, 0, 0, 200, 0));

        // Ranges that overlap, touch and stand apart: each row counted once.
        selectRows(selection, 10, 19);
        selectRows(selection, 15, 29);
        selectRows(selection, 30, 30);
        selectRows(selection, 100, 199);
        QCOMPARE(label.selectedCount(), qint64(20 + 1 + 100));
        selectRows(selection, 150, 159, QItemSelectionModel::Deselect);
        QCOMPARE(label.selectedCount(), qint64(111));
        QVERIFY(label.text().contains(QStringLiteral("111 selected")));
        // The whole table is one range, however many rows.
        selectRows(selection, 0, 999, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(selection.selection().size(), 1);
        QCOMPARE(label.selectedCount(), qint64(1000));

        // A filter: fewer rows shown, and the reset clears the selection.
        QVERIFY(model.setFilter(QStringLiteral("label = dog")).ok);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 334, 10000);  // i % 3 == 0
        QCOMPARE(label.selectedCount(), qint64(0));
        QTRY_COMPARE_WITH_TIMEOUT(label.text(), SampleCountsLabel::countsText(1000, 334, 0, 0, 200, 0), 10000);
        model.setStore(nullptr);
        QVERIFY(label.text().isEmpty());
    }
};

QTEST_MAIN(TestSampleCountsLabel)
#include "test_sample_counts_label.moc"
