// The query bar: typing filters the table after a pause, Enter at once; a bad query shows where it is wrong and
// keeps the table; Escape clears the filter; the count says how many samples match.

#include "../model/ProjectFixture.h"
#include "SampleFilterBar.h"
#include "SampleTableModel.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestSampleFilterBar : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p.lockstep"));
        QVERIFY(fixture::buildProject(m_path, m_dir.path(), 90));  // 30 dogs (i % 3 == 0)
    }

    void filtersAsYouType()
    {
        SampleTableModel model;
        model.setStore(
            std::shared_ptr<const ProjectStore>(ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store));
        SampleFilterBar bar(&model);
        bar.show();
        QTest::keyClicks(bar.edit(), QStringLiteral("label = dog"));
        QCOMPARE(model.rowCount(), 90);  // not before the pause
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 30, 5000);
        QTRY_COMPARE(bar.countText(), QStringLiteral("30 of 90"));
        QVERIFY(bar.errorText().isEmpty());

        bar.edit()->setText(QStringLiteral("label = dog and"));
        QTest::keyClick(bar.edit(), Qt::Key_Return);
        QVERIFY2(bar.errorText().contains(QLatin1String("Column 16")), qPrintable(bar.errorText()));
        QCOMPARE(model.rowCount(), 30);  // unchanged
        QCOMPARE(bar.edit()->cursorPosition(), 15);

        QTest::keyClick(bar.edit(), Qt::Key_Escape);
        QVERIFY(bar.edit()->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 90, 5000);
        QVERIFY(bar.errorText().isEmpty());
        QCOMPARE(bar.countText(), QString());
    }
};

QTEST_MAIN(TestSampleFilterBar)
#include "test_sample_filter_bar.moc"
