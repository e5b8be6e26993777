#include "JobProgressWidget.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace lockstep;

class TestJobProgressWidget : public QObject {
    Q_OBJECT

private slots:
    void hiddenUntilStarted()
    {
        JobProgressWidget widget;
        QVERIFY(widget.isHidden());
        widget.start(QStringLiteral("Importing birds"));
        QVERIFY(!widget.isHidden());
        QCOMPARE(widget.message(), QStringLiteral("Importing birds"));
        QCOMPARE(widget.percent(), -1);  // busy indicator until a total is known
        widget.finish();
        QVERIFY(widget.isHidden());
    }

    void showsPercentRateAndTimeLeft()
    {
        JobProgressWidget widget;
        widget.start(QStringLiteral("Importing"));
        widget.setProgress(QStringLiteral("metadata.csv"), 250, 1000);
        QCOMPARE(widget.percent(), 25);
        QCOMPARE(widget.message(), QStringLiteral("metadata.csv"));
        QTest::qWait(600);
        widget.setProgress(QStringLiteral("metadata.csv"), 500, 1000);
        QCOMPARE(widget.percent(), 50);
        QVERIFY2(widget.rateText().contains(QStringLiteral("/s")), qPrintable(widget.rateText()));
        QVERIFY2(widget.rateText().contains(QStringLiteral("left")), qPrintable(widget.rateText()));
        widget.setProgress(QString(), 0, 0);
        QCOMPARE(widget.percent(), -1);
        QVERIFY(widget.rateText().isEmpty());
    }

    void cancelButtonAsksOnce()
    {
        JobProgressWidget widget;
        QSignalSpy cancel(&widget, &JobProgressWidget::cancelRequested);
        widget.start(QStringLiteral("Generating"));
        auto* button = widget.findChild<QToolButton*>();
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(cancel.count(), 1);
        QVERIFY(!button->isEnabled());
        widget.start(QStringLiteral("Again"));
        QVERIFY(button->isEnabled());
    }
};

QTEST_MAIN(TestJobProgressWidget)
#include "test_job_progress_widget.moc"
