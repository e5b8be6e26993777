// The dashboard's metric boxes with long (translated) item texts: the closed box may be narrower than its widest
// item and then ends its text in "…", its tooltip carries the whole text, and the popup is wide enough for
// every item to read in full.
#include "ElidedComboBox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QSignalBlocker>
#include <QTest>

using namespace lockstep;

namespace {

const QString kShort = QStringLiteral("image.width");
// As zh_CN labels a metric: its name, then its identifier in full-width brackets.
const QString kLong = QStringLiteral(
    "\u6bcf\u79d2\u97f3\u9891\u5bf9\u5e94\u7684\u5b57\u7b26\u6570\uff08"
    "sample.chars_per_second\uff09");

void askForToolTip(QWidget* widget)
{
    QHelpEvent event(QEvent::ToolTip, QPoint(4, 4), widget->mapToGlobal(QPoint(4, 4)));
    QApplication::sendEvent(widget, &event);
}

}  // namespace

class TestElidedComboBox : public QObject {
    Q_OBJECT

private slots:
    void aNarrowBoxElidesAndItsToolTipHasTheWholeText()
    {
        QWidget window;
        auto* layout = new QHBoxLayout(&window);
        auto* box = new ElidedComboBox(&window);
        box->setDescription(QStringLiteral("Metric on the horizontal axis"));
        box->addItem(kShort, kShort);
        box->addItem(kLong, kLong);
        layout->addWidget(box);
        box->setCurrentIndex(1);
        // A layout can give it less than its current item needs, down to a few characters.
        QVERIFY(box->minimumSizeHint().width() < box->sizeHint().width());
        QVERIFY(box->minimumSizeHint().width() >= box->fontMetrics().horizontalAdvance(kShort));

        window.resize(box->minimumSizeHint().width() + 2 * layout->contentsMargins().left(), 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(box->width() < box->sizeHint().width());

        box->setCurrentIndex(0);
        QCOMPARE(box->shownText(), kShort);
        QVERIFY(!box->isElided());
        QCOMPARE(box->toolTip(), kShort + QStringLiteral("\nMetric on the horizontal axis"));

        box->setCurrentIndex(1);
        QVERIFY(box->isElided());
        QVERIFY2(box->shownText().endsWith(QChar(0x2026)), qPrintable(box->shownText()));
        QVERIFY(kLong.startsWith(box->shownText().chopped(1)));
        QVERIFY(box->shownText().size() > 4);  // the start of the name still reads
        QCOMPARE(box->toolTip(), kLong + QStringLiteral("\nMetric on the horizontal axis"));

        // Wide enough, nothing is elided.
        window.resize(box->sizeHint().width() + 2 * layout->contentsMargins().left(), 40);
        QTRY_COMPARE(box->width(), box->sizeHint().width());
        QCOMPARE(box->shownText(), kLong);
        QVERIFY(!box->isElided());
    }

    void twoBoxesShareARowByWhatTheyShow()
    {
        // The scatter's header: X shows a long name, Y a short one, in a row too narrow for both in full.
        QWidget window;
        auto* layout = new QHBoxLayout(&window);
        auto* x = new ElidedComboBox(&window);
        auto* y = new ElidedComboBox(&window);
        for (ElidedComboBox* box : {x, y}) {
            box->addItem(kShort);
            box->addItem(kLong);
            layout->addWidget(box);
        }
        x->setCurrentIndex(1);
        y->setCurrentIndex(0);
        QVERIFY(y->sizeHint().width() < x->sizeHint().width());
        const int room = x->sizeHint().width() / 2 + y->sizeHint().width() + layout->spacing() +
                         layout->contentsMargins().left() + layout->contentsMargins().right();
        window.resize(room, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(x->isElided());
        // The short name reads in full without blank space after it: the elided box got the rest of the row.
        QVERIFY(!y->isElided());
        QVERIFY2(y->width() <= y->sizeHint().width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(y->width()).arg(y->sizeHint().width())));
        QVERIFY(x->width() > y->width());
        // Swapping the current items swaps the room.
        x->setCurrentIndex(0);
        y->setCurrentIndex(1);
        QTRY_VERIFY(y->width() > x->width());
        QVERIFY(!x->isElided());
    }

    void theToolTipFollowsItemsReplacedWithSignalsBlocked()
    {
        ElidedComboBox box;
        box.setDescription(QStringLiteral("The metric"));
        box.addItem(kShort);
        {
            // As the dashboard refills its boxes after a scan.
            const QSignalBlocker blocker(&box);
            box.clear();
            box.addItem(kLong);
            box.setCurrentIndex(0);
        }
        askForToolTip(&box);
        QCOMPARE(box.toolTip(), kLong + QStringLiteral("\nThe metric"));
        // Without a description the tooltip is the text alone; without items, the description alone.
        ElidedComboBox plain;
        plain.addItem(kLong);
        askForToolTip(&plain);
        QCOMPARE(plain.toolTip(), kLong);
        ElidedComboBox empty;
        empty.setDescription(QStringLiteral("The metric"));
        askForToolTip(&empty);
        QCOMPARE(empty.toolTip(), QStringLiteral("The metric"));
    }

    void thePopupIsAsWideAsTheWidestItem()
    {
        QWidget window;
        auto* layout = new QHBoxLayout(&window);
        auto* box = new ElidedComboBox(&window);
        box->addItem(kShort);
        box->addItem(kLong);
        layout->addWidget(box);
        window.resize(box->minimumSizeHint().width() + 2 * layout->contentsMargins().left(), 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(box->widestItemWidth() > box->view()->fontMetrics().horizontalAdvance(kLong));
        QVERIFY(box->widestItemWidth() > box->width());

        box->showPopup();
        QWidget* popup = box->view()->window();
        QVERIFY(popup != &window);
        QTRY_VERIFY(popup->isVisible());
        QVERIFY2(popup->width() >= box->widestItemWidth(),
                 qPrintable(QStringLiteral("%1 < %2").arg(popup->width()).arg(box->widestItemWidth())));
        // The rows of the list are wider than the longest text.
        QVERIFY(box->view()->viewport()->width() > box->view()->fontMetrics().horizontalAdvance(kLong));
        box->hidePopup();
    }
};

QTEST_MAIN(TestElidedComboBox)
#include "test_elided_combo_box.moc"
