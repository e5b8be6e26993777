// The quality dashboard on a small known project, driven with the mouse offscreen: a histogram drag and a
// scatter rectangle filter the table to exactly the samples inside (through the query bar, combined with a
// typed query), a click on an issue bar applies has:TYPE, Escape takes the brush back, and the table's
// selected sample is marked in every plot.

#include "../model/DashboardFixture.h"
#include "DashboardLoader.h"
#include "ElidedComboBox.h"
#include "IssueCountsPlot.h"
#include "MetricHistogramPlot.h"
#include "MetricScatterPlot.h"
#include "QualityDashboard.h"
#include "SampleFilterBar.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "store/LassoPolygon.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include "QCustomPlotInclude.h"

using namespace lockstep;

namespace {

void drag(QWidget* widget, QPoint from, QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const auto send = [widget, modifiers](QEvent::Type type, QPoint at, Qt::MouseButton button,
                                          Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(at), QPointF(widget->mapToGlobal(at)), button, buttons, modifiers);
        QApplication::sendEvent(widget, &event);
    };
    send(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 4; ++step)
        send(QEvent::MouseMove, from + (to - from) * step / 4, Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

// A mouse stroke through these points (pressed at the first, released at the last), every few pixels in between.
void stroke(QWidget* widget, const QList<QPoint>& points, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const auto send = [widget, modifiers](QEvent::Type type, QPoint at, Qt::MouseButton button,
                                          Qt::MouseButtons buttons) {
        QMouseEvent event(type, QPointF(at), QPointF(widget->mapToGlobal(at)), button, buttons, modifiers);
        QApplication::sendEvent(widget, &event);
    };
    send(QEvent::MouseButtonPress, points.front(), Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i < points.size(); ++i) {
        const QPoint from = points[i - 1];
        const QPoint to = points[i];
        const int steps = std::max(1, int(std::hypot(to.x() - from.x(), to.y() - from.y()) / 4));
        for (int k = 1; k <= steps; ++k)
            send(QEvent::MouseMove, from + (to - from) * k / steps, Qt::NoButton, Qt::LeftButton);
    }
    send(QEvent::MouseButtonRelease, points.back(), Qt::LeftButton, Qt::NoButton);
}

// Ids of the table's rows, sorted.
QStringList shownIds(const SampleTableModel& model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.index(r, 0).data(SampleTableModel::SampleIdRole).toString();
    ids.sort();
    return ids;
}

QStringList idsOf(std::initializer_list<int> numbers)
{
    QStringList ids;
    for (const int i : numbers)
        ids << fixture::sampleId(i);
    return ids;
}

// The lasso as the scatter plot draws it: the corners of its visible curve (closed: the first again at the end).
QVector<QPointF> drawnLasso(QCustomPlot* plot)
{
    QVector<QPointF> corners;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto* curve = qobject_cast<QCPCurve*>(plot->plottable(i));
        if (!curve || !curve->visible())
            continue;
        for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it)
            corners << QPointF(it->key, it->value);
    }
    return corners;
}

}  // namespace

class TestQualityDashboard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    SampleTableModel* m_model = nullptr;
    QWidget* m_window = nullptr;
    SampleFilterBar* m_bar = nullptr;
    SampleTableView* m_view = nullptr;
    QualityDashboard* m_dashboard = nullptr;

    bool waitForQuery(const QString& text, int rows)
    {
        if (m_bar->edit()->text() != text || m_model->filterText() != text) {
            qWarning("query bar: '%s', applied: '%s', expected '%s'", qPrintable(m_bar->edit()->text()),
                     qPrintable(m_model->filterText()), qPrintable(text));
            return false;
        }
        if (!QTest::qWaitFor([this] { return !m_model->isSorting(); }, 10000))
            return false;
        if (m_model->rowCount() != rows)
            qWarning("'%s' shows %d rows, expected %d", qPrintable(text), m_model->rowCount(), rows);
        return m_model->rowCount() == rows;
    }
    QPoint histogramPixel(double value) const
    {
        QCustomPlot* plot = m_dashboard->histogram()->plot();
        return QPoint(int(plot->xAxis->coordToPixel(value)), plot->axisRect()->center().y());
    }
    QPoint scatterPixel(double x, double y) const
    {
        QCustomPlot* plot = m_dashboard->scatter()->plot();
        return QPoint(int(plot->xAxis->coordToPixel(x)), int(plot->yAxis->coordToPixel(y)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("p.lockstep"));
        QVERIFY(fixture::buildDashboardProject(m_path, m_dir.path()));
        m_window = new QWidget;
        m_model = new SampleTableModel(m_window);
        m_bar = new SampleFilterBar(m_model, m_window);
        m_view = new SampleTableView(m_window);
        m_view->setSampleModel(m_model);
        m_view->setMaximumHeight(200);
        m_dashboard = new QualityDashboard(m_model, m_bar, m_window);
        connect(m_view, &SampleTableView::currentSampleRowChanged, m_dashboard, &QualityDashboard::setCurrentRow);
        auto* layout = new QVBoxLayout(m_window);
        layout->addWidget(m_bar);
        layout->addWidget(m_view);
        layout->addWidget(m_dashboard, 1);
        m_window->resize(640, 1200);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_model->setStore(
            std::shared_ptr<const ProjectStore>(ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store));
        QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->scatter()->points().xMetric.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->isLoading(), 10000);
        QCOMPARE(m_dashboard->histogramMetricBox()->currentText(), QStringLiteral("audio.rms_dbfs"));
        QCOMPARE(m_dashboard->xMetricBox()->currentText(), QStringLiteral("audio.rms_dbfs"));
        QCOMPARE(m_dashboard->yMetricBox()->currentText(), QStringLiteral("text.chars"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->isLoading(), 10000);
        for (QCustomPlot* plot :
             {m_dashboard->histogram()->plot(), m_dashboard->scatter()->plot(), m_dashboard->issues()->plot()})
            plot->replot(QCustomPlot::rpImmediateRefresh);  // lays the axes out: pixels mean values now
    }
    void cleanupTestCase() { delete m_window; }

    void histogramShowsTheMetric()
    {
        const MetricHistogram& bins = m_dashboard->histogram()->histogram().bins;
        QCOMPARE(bins.total, qint64(fixture::kDashboardSamples));
        QCOMPARE(bins.step(), 1.0);  // -60 ... -21 in 40 bins of one sample each
        QCOMPARE(bins.edges.front(), -60.0);
        QCOMPARE(bins.binCount(), 40);
        QVERIFY(std::all_of(bins.counts.begin(), bins.counts.end(), [](qint64 n) { return n == 1; }));
        // Robust z 3.5 on a uniform -60..-21: median -40.5, MAD 10, nothing beyond.
        const auto& h = m_dashboard->histogram()->histogram();
        QVERIFY(std::abs(h.cutoffs.upper - (-40.5 + 3.5 * 10 / 0.6745)) < 1e-9);
        QCOMPARE(h.above + h.below, 0);
        // 40 points: drawn as points, not as a density image.
        QVERIFY(m_dashboard->scatter()->isShowingPoints());
        QCOMPARE(m_dashboard->scatter()->density().visible, qint64(fixture::kDashboardSamples));
    }

    void histogramDragFiltersToTheRange()
    {
        // From inside the bin of -50 to inside the bin of -46: whole bins [-50, -45).
        drag(m_dashboard->histogram()->plot(), histogramPixel(-49.5), histogramPixel(-45.5));
        QVERIFY(waitForQuery(QStringLiteral("audio.rms_dbfs >= -50 and audio.rms_dbfs < -45"), 5));
        QCOMPARE(shownIds(*m_model), idsOf({10, 11, 12, 13, 14}));
        QCOMPARE(m_dashboard->histogram()->brushedRange(), std::make_optional(std::make_pair(-50.0, -45.0)));
    }

    void brushCombinesWithTheTypedQuery()
    {
        m_bar->edit()->setText(QStringLiteral("label = dog"));
        m_bar->apply();
        QVERIFY(waitForQuery(QStringLiteral("label = dog"), 14));
        QVERIFY(!m_dashboard->histogram()->brushedRange());  // the typed query ended the brush
        drag(m_dashboard->histogram()->plot(), histogramPixel(-49.5), histogramPixel(-45.5));
        QVERIFY(waitForQuery(QStringLiteral("(label = dog) and audio.rms_dbfs >= -50 and audio.rms_dbfs < -45"), 1));
        QCOMPARE(shownIds(*m_model), idsOf({12}));
    }

    void scatterRectangleFiltersToThePointsInside()
    {
        // x = rms -45.5 ... -40.5 (samples 15-19), y = chars 29 ... 35 (samples 15-17); the typed query stays.
        drag(m_dashboard->scatter()->plot(), scatterPixel(-45.5, 35), scatterPixel(-40.5, 29));
        const std::optional<QRectF> rect = m_dashboard->scatter()->brushedRectangle();
        QVERIFY(rect);
        // Where the drag went, to a pixel or two.
        QCustomPlot* plot = m_dashboard->scatter()->plot();
        const double dx = 2 * plot->xAxis->range().size() / plot->axisRect()->width();
        const double dy = 2 * plot->yAxis->range().size() / plot->axisRect()->height();
        QVERIFY(std::abs(rect->left() - -45.5) < dx && std::abs(rect->right() - -40.5) < dx);
        QVERIFY(std::abs(rect->top() - 29) < dy && std::abs(rect->bottom() - 35) < dy);
        const QString expected =
            QStringLiteral("(label = dog) and ") +
            BrushFilter::rectangleClause(QStringLiteral("audio.rms_dbfs"), rect->left(), rect->right(),
                                         QStringLiteral("text.chars"), rect->top(), rect->bottom());
        QVERIFY(waitForQuery(expected, 1));
        QCOMPARE(shownIds(*m_model), idsOf({15}));
        QVERIFY(!m_dashboard->histogram()->brushedRange());  // one brush at a time

        // Without the typed query the same rectangle holds 15, 16, 17.
        QTest::keyClick(m_dashboard, Qt::Key_Escape);
        QVERIFY(waitForQuery(QStringLiteral("label = dog"), 14));
        QVERIFY(!m_dashboard->scatter()->brushedRectangle());
        m_bar->edit()->clear();
        QVERIFY(waitForQuery(QString(), 40));
        drag(m_dashboard->scatter()->plot(), scatterPixel(-45.5, 35), scatterPixel(-40.5, 29));
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isSorting(), 10000);
        QCOMPARE(shownIds(*m_model), idsOf({15, 16, 17}));
    }

    void lassoFiltersToExactlyThePointsInside()
    {
        m_bar->edit()->clear();
        m_bar->apply();
        QVERIFY(waitForQuery(QString(), 40));
        MetricScatterPlot* scatter = m_dashboard->scatter();
        QTest::mouseClick(m_dashboard->lassoButton(), Qt::LeftButton);
        QCOMPARE(scatter->brushShape(), MetricScatterPlot::BrushShape::Lasso);
        // A "U" over the line of points (x = -60 + i, y = 2 i): its arms hold samples 5-10 and 20-25, its bar
        // (low y) passes under samples 11-19, which lie in the notch. A concave lasso must leave them out.
        const QList<QPointF> u{{-55.5, -2}, {-34.5, -2}, {-34.5, 76}, {-40.5, 76},
                               {-40.5, 4},  {-49.5, 4},  {-49.5, 76}, {-55.5, 76}};
        QList<QPoint> pixels;
        for (const QPointF& v : u)
            pixels << scatterPixel(v.x(), v.y());
        stroke(scatter->plot(), pixels);
        QVERIFY(!scatter->isDrawingLasso());
        const std::optional<QVector<QPointF>> corners = scatter->brushedPolygon();
        QVERIFY(corners);
        QVERIFY(corners->size() >= 8 && corners->size() <= LassoPolygon::kReadableVertices);
        QVERIFY(!scatter->brushedRectangle());
        const QString expected =
            BrushFilter::lassoClause(QStringLiteral("audio.rms_dbfs"), QStringLiteral("text.chars"), *corners);
        QVERIFY(expected.startsWith(QLatin1String("inside(audio.rms_dbfs, text.chars: ")));
        QVERIFY(waitForQuery(expected, 12));
        QStringList inside = idsOf({5, 6, 7, 8, 9, 10, 20, 21, 22, 23, 24, 25});
        QCOMPARE(shownIds(*m_model), inside);
        // The same answer from the polygon as the query states it, point by point.
        std::vector<LassoPolygon::Point> vertices;
        for (const QPointF& p : *corners)
            vertices.push_back({p.x(), p.y()});
        const LassoPolygon polygon(vertices);
        QStringList byHand;
        for (int i = 0; i < fixture::kDashboardSamples; ++i)
            if (polygon.contains(-60.0 + i, 2.0 * i))
                byHand << fixture::sampleId(i);
        QCOMPARE(byHand, inside);

        // A typed query stays in front of a new lasso; a stroke that is only a line changes nothing.
        m_bar->edit()->setText(QStringLiteral("label = dog"));
        m_bar->apply();
        QVERIFY(waitForQuery(QStringLiteral("label = dog"), 14));
        QVERIFY(!scatter->brushedPolygon());
        stroke(scatter->plot(), {pixels[0], pixels[1]});
        QCOMPARE(m_model->filterText(), QStringLiteral("label = dog"));
        stroke(scatter->plot(), pixels);
        QVERIFY(waitForQuery(QStringLiteral("(label = dog) and ") +
                                 BrushFilter::lassoClause(QStringLiteral("audio.rms_dbfs"),
                                                          QStringLiteral("text.chars"), *scatter->brushedPolygon()),
                             4));
        QCOMPARE(shownIds(*m_model), idsOf({6, 9, 21, 24}));

        // Escape while drawing drops the stroke and keeps the brush; Escape afterwards takes the brush back.
        const QString applied = m_model->filterText();
        QApplication::setActiveWindow(m_window);
        const QPoint start = scatterPixel(-30, 10);
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(start), QPointF(scatter->plot()->mapToGlobal(start)),
                          Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(scatter->plot(), &press);
        for (const QPoint to : {scatterPixel(-25, 10), scatterPixel(-25, 30), scatterPixel(-30, 30)}) {
            QMouseEvent move(QEvent::MouseMove, QPointF(to), QPointF(scatter->plot()->mapToGlobal(to)), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(scatter->plot(), &move);
        }
        QVERIFY(scatter->isDrawingLasso());
        QTest::keyClick(scatter->plot(), Qt::Key_Escape);
        QVERIFY(!scatter->isDrawingLasso());
        QMouseEvent release(QEvent::MouseButtonRelease, QPointF(start), QPointF(scatter->plot()->mapToGlobal(start)),
                            Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(scatter->plot(), &release);
        QCOMPARE(m_model->filterText(), applied);
        QVERIFY(scatter->brushedPolygon());
        QTest::keyClick(m_dashboard, Qt::Key_Escape);
        QVERIFY(waitForQuery(QStringLiteral("label = dog"), 14));
        QVERIFY(!scatter->brushedPolygon());

        // Back to rectangles: there Shift+drag draws a lasso.
        m_bar->edit()->clear();
        m_bar->apply();
        QVERIFY(waitForQuery(QString(), 40));
        QTest::mouseClick(m_dashboard->rectangleButton(), Qt::LeftButton);
        QCOMPARE(scatter->brushShape(), MetricScatterPlot::BrushShape::Rectangle);
        stroke(scatter->plot(), pixels, Qt::ShiftModifier);
        QVERIFY(scatter->brushedPolygon());
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isSorting(), 10000);
        QCOMPARE(shownIds(*m_model), inside);
        QTest::keyClick(m_dashboard, Qt::Key_Escape);
        QVERIFY(waitForQuery(QString(), 40));
    }

    void typedInsideQueryIsDrawnAsTheLasso()
    {
        MetricScatterPlot* scatter = m_dashboard->scatter();
        const QVector<QPointF> square{{-50, 10}, {-30, 10}, {-30, 60}, {-50, 60}};
        const QVector<QPointF> closed = square + QVector<QPointF>{square.front()};
        // Samples 10 ... 30 lie in it (rms -60 + i, chars 2 i).
        const QString typed = QStringLiteral("inside(audio.rms_dbfs, text.chars: -50 10, -30 10, -30 60, -50 60)");
        m_bar->edit()->setText(typed);
        m_bar->apply();
        QVERIFY(waitForQuery(typed, 21));
        QCOMPARE(scatter->brushedPolygon(), std::make_optional(square));
        QCOMPARE(drawnLasso(scatter->plot()), closed);

        // The metrics the other way round: the same shape on this plot. With more terms around it too.
        const QString swapped =
            QStringLiteral("label = dog and inside(text.chars, audio.rms_dbfs: 10 -50, 10 -30, 60 -30, 60 -50)");
        m_bar->edit()->setText(swapped);
        m_bar->apply();
        QVERIFY(waitForQuery(swapped, 7));
        QCOMPARE(scatter->brushedPolygon(), std::make_optional(square));
        QCOMPARE(drawnLasso(scatter->plot()), closed);

        // A polygon on other metrics is not this plot's; nor is a query without one.
        const QString other = QStringLiteral("inside(image.brightness_mean, text.chars: 0 0, 4 0, 4 80)");
        m_bar->edit()->setText(other);
        m_bar->apply();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->filterText() == other && !m_model->isSorting(), 10000);
        QVERIFY(!scatter->brushedPolygon());
        QVERIFY(drawnLasso(scatter->plot()).isEmpty());
        m_bar->edit()->setText(typed);
        m_bar->apply();
        QVERIFY(waitForQuery(typed, 21));
        QCOMPARE(drawnLasso(scatter->plot()), closed);
        m_bar->edit()->clear();
        m_bar->apply();
        QVERIFY(waitForQuery(QString(), 40));
        QVERIFY(!scatter->brushedPolygon());
        QVERIFY(drawnLasso(scatter->plot()).isEmpty());
    }

    void densityImageHasAColourScale()
    {
        // 40 points are drawn as points: no scale. 200,000 are counted into cells, and the scale says how many.
        QVERIFY(!m_dashboard->scatter()->isShowingColorScale());
        auto pairs = std::make_shared<MetricColumnQuery::Pairs>();
        for (int i = 0; i < 200000; ++i) {
            pairs->x.push_back(std::sin(i * 0.001) * (1 + i % 7));
            pairs->y.push_back(std::cos(i * 0.0013) * (1 + i % 5));
        }
        MetricScatterPlot plot;
        plot.resize(600, 400);
        plot.show();
        DashboardLoader::Scatter s;
        s.xMetric = QStringLiteral("m.x");
        s.yMetric = QStringLiteral("m.y");
        s.points = pairs;
        s.ok = true;
        plot.setPoints(s);
        plot.plot()->replot(QCustomPlot::rpImmediateRefresh);
        plot.plot()->replot(QCustomPlot::rpImmediateRefresh);  // the frame after the scale came (see rebinIfNeeded)
        QVERIFY(!plot.isShowingPoints());
        QVERIFY(plot.isShowingColorScale());
        QCOMPARE(plot.colorScale()->axis()->label(), QStringLiteral("samples per cell"));
        QCOMPARE(plot.colorScale()->dataScaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(plot.colorScale()->dataRange().upper, double(plot.density().maxCount));
        // The scale takes its width from the plot, and the cells were counted for the narrower plot.
        QCOMPARE(plot.density().columns, plot.plot()->axisRect()->width() / MetricScatterPlot::kCellPixels);
        QVERIFY(plot.colorScale()->outerRect().left() >= plot.plot()->axisRect()->outerRect().right());
        // Zoomed in to a few points: the scale goes away.
        plot.plot()->xAxis->setRange(-0.01, 0.01);
        plot.plot()->yAxis->setRange(0.9, 1.1);
        plot.plot()->replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(plot.density().isExact);
        QVERIFY(!plot.isShowingColorScale());
    }

    void plotsFollowTheFilterWhenAsked()
    {
        const auto plotted = [this] {
            const auto& s = m_dashboard->scatter()->points();
            return s.points ? int(s.points->x.size()) : -1;
        };
        m_dashboard->plotFilteredBox()->setChecked(true);
        m_bar->edit()->setText(QStringLiteral("label = dog"));
        m_bar->apply();
        QVERIFY(waitForQuery(QStringLiteral("label = dog"), 14));
        QTRY_COMPARE_WITH_TIMEOUT(plotted(), 14, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_dashboard->histogram()->histogram().bins.total, 14, 10000);
        QCOMPARE(m_dashboard->histogram()->histogram().allValues, qint64(fixture::kDashboardSamples));
        QVERIFY(m_dashboard->histogram()->caption().contains(QLatin1String("14 of 40")));
        // A brush on the subset narrows the plots too; the brushed rectangle stays drawn.
        drag(m_dashboard->histogram()->plot(), histogramPixel(-49.5), histogramPixel(-45.5));
        QVERIFY(waitForQuery(QStringLiteral("(label = dog) and audio.rms_dbfs >= -50 and audio.rms_dbfs < -45"), 1));
        QTRY_COMPARE_WITH_TIMEOUT(plotted(), 1, 10000);
        QVERIFY(m_dashboard->histogram()->brushedRange());
        // Off again: every sample.
        m_dashboard->plotFilteredBox()->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(plotted(), fixture::kDashboardSamples, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_dashboard->histogram()->histogram().bins.total, 40, 10000);
        QTest::keyClick(m_bar->edit(), Qt::Key_Escape);
        QVERIFY(waitForQuery(QString(), 40));
        QTRY_VERIFY_WITH_TIMEOUT(!m_dashboard->isLoading(), 10000);
        m_dashboard->scatter()->plot()->replot(QCustomPlot::rpImmediateRefresh);
    }

    void ctrlDragPansWithoutFiltering()
    {
        const QString before = m_model->filterText();
        QCustomPlot* plot = m_dashboard->scatter()->plot();
        const double lower = plot->xAxis->range().lower;
        const QPoint centre = plot->axisRect()->center();
        drag(plot, centre, centre + QPoint(60, 0), Qt::ControlModifier);
        QVERIFY(plot->xAxis->range().lower < lower - 1);  // dragged right: the view moved left
        QCOMPARE(m_model->filterText(), before);
        m_dashboard->scatter()->resetView();
        plot->replot(QCustomPlot::rpImmediateRefresh);
    }

    void issueBarClickAppliesHasType()
    {
        m_bar->edit()->setText(QStringLiteral("label = dog"));
        m_bar->apply();
        QVERIFY(waitForQuery(QStringLiteral("label = dog"), 14));
        IssueCountsPlot* issues = m_dashboard->issues();
        QCOMPARE(int(issues->counts().size()), 2);
        const QPoint bar = issues->barCenter(QStringLiteral("audio.clipping"));
        QCOMPARE(issues->typeAt(bar), QStringLiteral("audio.clipping"));
        QTest::mouseClick(issues->plot(), Qt::LeftButton, Qt::NoModifier, bar);
        QVERIFY(waitForQuery(QStringLiteral("(label = dog) and has:audio.clipping"), 3));
        QCOMPARE(shownIds(*m_model), idsOf({0, 15, 30}));
        // Another bar replaces it; Escape in the query bar clears everything.
        QTest::mouseClick(issues->plot(), Qt::LeftButton, Qt::NoModifier,
                          issues->barCenter(QStringLiteral("image.blurry")));
        QVERIFY(waitForQuery(QStringLiteral("(label = dog) and has:image.blurry"), 4));  // 0, 12, 24, 36
        QTest::keyClick(m_bar->edit(), Qt::Key_Escape);
        QVERIFY(waitForQuery(QString(), 40));
    }

    void dragIntoASideBarLeavesThatSideOpen()
    {
        // 0 ... 99 and two far values: they are counted in side bars beside the bins.
        std::vector<double> values;
        for (int i = 0; i < 100; ++i)
            values.push_back(i);
        values.push_back(-1000);
        values.push_back(5000);
        MetricHistogramPlot plot;
        plot.resize(500, 250);
        plot.setHistogram(DashboardLoader::histogramOf(QStringLiteral("m.x"), values, {}));
        const MetricHistogram& bins = plot.histogram().bins;
        QCOMPARE(bins.below, 1);
        QCOMPARE(bins.above, 1);
        QList<std::pair<double, double>> brushed;
        connect(&plot, &MetricHistogramPlot::rangeBrushed, this, [&brushed](double lower, double upper) {
            brushed.append({lower, upper});
        });
        plot.brushValues(plot.belowKey(), bins.edges[2] + bins.step() / 2);
        QCOMPARE(brushed.size(), 1);
        QVERIFY(std::isnan(brushed[0].first));
        QCOMPARE(brushed[0].second, bins.edges[3]);
        QCOMPARE(BrushFilter::rangeClause(QStringLiteral("m.x"), brushed[0].first, brushed[0].second),
                 QStringLiteral("m.x < ") + BrushFilter::number(bins.edges[3]));
        plot.brushValues(bins.edges[1], plot.aboveKey());
        QCOMPARE(brushed[1].first, bins.edges[1]);
        QVERIFY(std::isnan(brushed[1].second));
    }

    void selectedSampleIsMarkedInEveryPlot()
    {
        m_view->selectSampleRow(m_model->rowOfSample(fixture::sampleId(20)));
        QCOMPARE(m_dashboard->currentSample(), fixture::sampleId(20));
        QCOMPARE(m_dashboard->scatter()->marker(), std::make_optional(QPointF(-40, 40)));
        QCOMPARE(m_dashboard->histogram()->marker(), std::make_optional(-40.0));
        QCOMPARE(m_dashboard->issues()->highlighted(),
                 (QStringList{QStringLiteral("audio.clipping"), QStringLiteral("image.blurry")}));

        m_view->selectSampleRow(m_model->rowOfSample(fixture::sampleId(7)));
        QCOMPARE(m_dashboard->scatter()->marker(), std::make_optional(QPointF(-53, 14)));
        QCOMPARE(m_dashboard->histogram()->marker(), std::make_optional(-53.0));
        QVERIFY(m_dashboard->issues()->highlighted().isEmpty());

        // A sample without the histogram's metric has no marker there; another metric is loaded for it.
        m_dashboard->histogramMetricBox()->setCurrentText(QStringLiteral("image.brightness_mean"));
        QTRY_COMPARE_WITH_TIMEOUT(m_dashboard->histogram()->histogram().metric, QStringLiteral("image.brightness_mean"),
                                  10000);
        QCOMPARE(m_dashboard->histogram()->marker(), std::make_optional(0.7));
        m_view->selectSampleRow(m_model->rowOfSample(fixture::sampleId(30)));
        QVERIFY(!m_dashboard->histogram()->marker());
    }
};

QTEST_MAIN(TestQualityDashboard)
#include "test_quality_dashboard.moc"
