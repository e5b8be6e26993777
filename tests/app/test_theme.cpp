// View > Theme: Dark gives the application a dark palette and the custom-drawn views follow it at once (a plot's
// and a timeline's background pixels turn dark); Light brings light back; the choice is remembered.

#include "ApplicationTheme.h"
#include "DuplicateMemberCard.h"
#include "MetricHistogramPlot.h"
#include "ThemeColors.h"
#include "ThemeMenu.h"
#include "TimelineCanvas.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace lockstep;

namespace {

int lightnessAt(QWidget& widget, QPoint at)
{
    const QImage image = widget.grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor(QPoint(int(at.x() * ratio), int(at.y() * ratio))).lightness();
}

}  // namespace

class TestTheme : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_theme"));
        QSettings().clear();
    }

    void names()
    {
        for (ApplicationTheme::Mode mode :
             {ApplicationTheme::Mode::System, ApplicationTheme::Mode::Light, ApplicationTheme::Mode::Dark}) {
            bool ok = false;
            QCOMPARE(ApplicationTheme::fromName(ApplicationTheme::name(mode), &ok), mode);
            QVERIFY(ok);
        }
        bool ok = true;
        ApplicationTheme::fromName(QStringLiteral("purple"), &ok);
        QVERIFY(!ok);
        QCOMPARE(ApplicationTheme::saved(), ApplicationTheme::Mode::System);  // nothing chosen yet
    }

    void darkPaletteReads()
    {
        // Text well apart from its backgrounds, in both palettes.
        for (const QPalette& p : {ApplicationTheme::darkPalette(), ApplicationTheme::lightPalette()}) {
            QVERIFY(qAbs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness()) > 150);
            QVERIFY(qAbs(p.color(QPalette::WindowText).lightness() - p.color(QPalette::Window).lightness()) > 150);
        }
        QVERIFY(ThemeColors::isDark(ApplicationTheme::darkPalette()));
        QVERIFY(!ThemeColors::isDark(ApplicationTheme::lightPalette()));
    }

    void switchingRepaintsCustomViews()
    {
        ThemeMenu menu;
        MetricHistogramPlot plot;
        plot.resize(400, 220);
        TimelineCanvas canvas;
        canvas.resize(500, 200);
        DuplicateMemberCard card(QStringLiteral("s0001"), false);  // styled by a style sheet
        plot.show();
        canvas.show();
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        const QPoint cardPoint(4, card.height() / 2);
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        const QPoint plotCorner(3, 3);
        const QPoint canvasPoint(250, 150);

        menu.actionFor(ApplicationTheme::Mode::Light)->trigger();
        QCOMPARE(ApplicationTheme::current(), ApplicationTheme::Mode::Light);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QTRY_VERIFY(lightnessAt(plot, plotCorner) > 200);
        QVERIFY(lightnessAt(canvas, canvasPoint) > 200);
        QVERIFY(lightnessAt(card, cardPoint) > 200);

        menu.actionFor(ApplicationTheme::Mode::Dark)->trigger();
        QVERIFY(menu.actionFor(ApplicationTheme::Mode::Dark)->isChecked());
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 60);
        QCOMPARE(ApplicationTheme::saved(), ApplicationTheme::Mode::Dark);
        // The plot keeps colours QCustomPlot was given: it must have taken the new ones.
        QTRY_VERIFY2(lightnessAt(plot, plotCorner) < 60, qPrintable(QString::number(lightnessAt(plot, plotCorner))));
        QVERIFY(lightnessAt(canvas, canvasPoint) < 60);
        QTRY_VERIFY2(lightnessAt(card, cardPoint) < 60, qPrintable(QString::number(lightnessAt(card, cardPoint))));
        QVERIFY(ThemeColors::isDark());

        menu.actionFor(ApplicationTheme::Mode::System)->trigger();
        QCOMPARE(ApplicationTheme::saved(), ApplicationTheme::Mode::System);
        QTRY_VERIFY(lightnessAt(plot, plotCorner) > 200);  // offscreen's own palette is light
    }
};

QTEST_MAIN(TestTheme)
#include "test_theme.moc"
