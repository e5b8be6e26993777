// Times the quality dashboard on a project: reading one and two metric columns (the SQL of MetricColumnQuery, as
// the dashboard's loader runs it), binning them (histogram; density grid of the scatter plot), and the scatter
// plot's frame time while a script pans and zooms it offscreen, against the naive way (QCustomPlot drawing every
// point as a scatter graph).
// Usage: QT_QPA_PLATFORM=offscreen bench_dashboard PROJECT XMETRIC YMETRIC [PNG]   (prints JSON on stdout;
// PNG: also saves the first frame, the density image of every point)

#include "DashboardLoader.h"
#include "MetricHistogram.h"
#include "MetricScatterPlot.h"
#include "ScatterDensity.h"
#include "store/MetricColumnQuery.h"
#include "store/ProjectStore.h"
#include "store/SampleFilter.h"
#include "store/SampleTableQuery.h"

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include "QCustomPlotInclude.h"

using namespace lockstep;

namespace {

double msSince(const QElapsedTimer& clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

struct FrameStats {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

FrameStats stats(std::vector<double> frames)
{
    std::sort(frames.begin(), frames.end());
    FrameStats s;
    s.median = frames[frames.size() / 2];
    s.p95 = frames[std::min(frames.size() - 1, frames.size() * 95 / 100)];
    s.max = frames.back();
    return s;
}

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc != 4 && argc != 5) {
        std::fprintf(stderr, "usage: bench_dashboard PROJECT XMETRIC YMETRIC [PNG]\n");
        return 2;
    }
    auto opened = ProjectStore::open(QString::fromLocal8Bit(argv[1]), ProjectStore::Mode::ReadOnly);
    if (!opened.store) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    const QString xMetric = QString::fromLocal8Bit(argv[2]);
    const QString yMetric = QString::fromLocal8Bit(argv[3]);
    const MetricColumnQuery query(*opened.store);
    QElapsedTimer clock;

    clock.start();
    const std::vector<double> column = query.column(xMetric);
    const double columnMs = msSince(clock);
    clock.restart();
    auto pairs = std::make_shared<MetricColumnQuery::Pairs>(query.pairs(xMetric, yMetric));
    const double pairsMs = msSince(clock);
    if (pairs->x.empty()) {
        std::fprintf(stderr, "no sample has both %s and %s\n", argv[2], argv[3]);
        return 1;
    }

    // "Plot only the samples the filter shows": the same loads through a filter that passes about half.
    const SampleFilter half = SampleFilter::parse(QStringLiteral("%1 < 0.5").arg(yMetric));
    clock.restart();
    const std::vector<double> filteredColumn = query.column(xMetric, half);
    const double filteredColumnMs = msSince(clock);
    clock.restart();
    const MetricColumnQuery::Pairs filteredPairs = query.pairs(xMetric, yMetric, half);
    const double filteredPairsMs = msSince(clock);
    clock.restart();
    const DashboardLoader::Histogram filteredHistogram =
        DashboardLoader::histogramOf(xMetric, column, {}, &filteredColumn);
    const double filteredHistogramMs = msSince(clock);

    // The table filtered by a lasso: a 48-corner star over the two metrics' box, against the rectangle of its box
    // (the same index walk without the polygon test).
    const auto [bx0, bx1] = std::minmax_element(pairs->x.begin(), pairs->x.end());
    const auto [by0, by1] = std::minmax_element(pairs->y.begin(), pairs->y.end());
    QStringList corners;
    const double cx = (*bx0 + *bx1) / 2, cy = (*by0 + *by1) / 2;
    const double rx = (*bx1 - *bx0) * 0.4, ry = (*by1 - *by0) * 0.4;
    for (int k = 0; k < 48; ++k) {
        const double a = 2 * M_PI * k / 48;
        const double r = k % 2 == 0 ? 1.0 : 0.55;
        corners << QStringLiteral("%1 %2")
                       .arg(cx + r * rx * std::cos(a), 0, 'g', 6)
                       .arg(cy + r * ry * std::sin(a), 0, 'g', 6);
    }
    const SampleFilter lasso = SampleFilter::parse(
        QStringLiteral("inside(%1, %2: %3)").arg(xMetric, yMetric, corners.join(QStringLiteral(", "))));
    const SampleFilter box = SampleFilter::parse(QStringLiteral("%1 >= %2 and %1 <= %3 and %4 >= %5 and %4 <= %6")
                                                     .arg(xMetric)
                                                     .arg(cx - rx)
                                                     .arg(cx + rx)
                                                     .arg(yMetric)
                                                     .arg(cy - ry)
                                                     .arg(cy + ry));
    if (!lasso.ok || !box.ok) {
        std::fprintf(stderr, "bench filter: %s%s\n", qPrintable(lasso.error), qPrintable(box.error));
        return 1;
    }
    const SampleTableQuery table(*opened.store);
    clock.restart();
    const std::vector<qint64> lassoRows = table.orderedRows({}, lasso);
    const double lassoFilterMs = msSince(clock);
    clock.restart();
    const std::vector<qint64> boxRows = table.orderedRows({}, box);
    const double boxFilterMs = msSince(clock);
    clock.restart();
    const MetricColumnQuery::Pairs lassoPairs = query.pairs(xMetric, yMetric, lasso);
    const double lassoPairsMs = msSince(clock);

    clock.restart();
    const DashboardLoader::Histogram histogram = DashboardLoader::histogramOf(xMetric, column, {});
    const double histogramMs = msSince(clock);
    clock.restart();
    const MetricHistogram bins = MetricHistogram::build(column);
    const double binsOnlyMs = msSince(clock);
    const auto [xMin, xMax] = std::minmax_element(pairs->x.begin(), pairs->x.end());
    const auto [yMin, yMax] = std::minmax_element(pairs->y.begin(), pairs->y.end());
    const ScatterDensity::Window all{*xMin, *xMax, *yMin, *yMax};
    clock.restart();
    const ScatterDensity density =
        ScatterDensity::compute(pairs->x.data(), pairs->y.data(), pairs->x.size(), all, 300, 200, 5000);
    const double densityMs = msSince(clock);

    // The dashboard's scatter plot at 900 x 600, panned 60 frames and zoomed in 90 (down to exact points) and out.
    MetricScatterPlot plot;
    plot.resize(900, 600);
    plot.show();
    DashboardLoader::Scatter scatter;
    scatter.xMetric = xMetric;
    scatter.yMetric = yMetric;
    scatter.points = pairs;
    scatter.ok = true;
    clock.restart();
    plot.setPoints(scatter);
    plot.plot()->replot(QCustomPlot::rpImmediateRefresh);
    const double firstFrameMs = msSince(clock);
    if (argc == 5)
        plot.plot()->savePng(QString::fromLocal8Bit(argv[4]));
    std::vector<double> frames;
    int exactFrames = 0;
    QCPAxis* xAxis = plot.plot()->xAxis;
    QCPAxis* yAxis = plot.plot()->yAxis;
    for (int f = 0; f < 180; ++f) {
        if (f < 60) {
            const double shift = 0.02 * xAxis->range().size() * (f < 30 ? 1 : -1);
            xAxis->moveRange(shift);
            yAxis->moveRange(shift * yAxis->range().size() / xAxis->range().size());
        } else {
            const double factor = f < 150 ? 0.93 : 1.0 / 0.7;  // 90 frames in, 30 out
            xAxis->scaleRange(factor, xAxis->range().center());
            yAxis->scaleRange(factor, yAxis->range().center());
        }
        clock.restart();
        plot.plot()->replot(QCustomPlot::rpImmediateRefresh);
        frames.push_back(msSince(clock));
        exactFrames += plot.isShowingPoints() ? 1 : 0;
    }
    const FrameStats ours = stats(frames);

    // The naive plot: every point in a QCPGraph (QCustomPlot's own per-pixel optimisation still applies).
    QCustomPlot naive;
    naive.resize(900, 600);
    naive.show();
    QCPGraph* graph = naive.addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    clock.restart();
    graph->setData(QVector<double>(pairs->x.begin(), pairs->x.end()),
                   QVector<double>(pairs->y.begin(), pairs->y.end()));
    const double naiveSetDataMs = msSince(clock);
    graph->rescaleAxes();
    std::vector<double> naiveFrames;
    for (int f = 0; f < 10; ++f) {
        naive.xAxis->moveRange(0.02 * naive.xAxis->range().size() * (f < 5 ? 1 : -1));
        clock.restart();
        naive.replot(QCustomPlot::rpImmediateRefresh);
        naiveFrames.push_back(msSince(clock));
    }
    const FrameStats naiveStats = stats(naiveFrames);

    std::printf(
        "{\"points\": %zu, \"load_column_ms\": %.1f, \"load_pairs_ms\": %.1f, \"histogram_with_cutoffs_ms\": %.1f, "
        "\"histogram_bins_ms\": %.1f, \"density_300x200_ms\": %.1f, \"first_frame_ms\": %.1f, "
        "\"frame_median_ms\": %.2f, \"frame_p95_ms\": %.2f, \"frame_max_ms\": %.2f, \"frames\": %zu, "
        "\"exact_point_frames\": %d, \"naive_set_data_ms\": %.1f, \"naive_frame_median_ms\": %.1f, "
        "\"naive_frame_max_ms\": %.1f, \"histogram_bins\": %d, \"density_visible\": %lld, "
        "\"filtered_points\": %zu, \"load_column_filtered_ms\": %.1f, \"load_pairs_filtered_ms\": %.1f, "
        "\"histogram_filtered_ms\": %.1f, \"lasso_rows\": %zu, \"lasso_filter_ms\": %.1f, "
        "\"box_rows\": %zu, \"box_filter_ms\": %.1f, \"lasso_pairs_ms\": %.1f}\n",
        pairs->x.size(), columnMs, pairsMs, histogramMs, binsOnlyMs, densityMs, firstFrameMs, ours.median, ours.p95,
        ours.max, frames.size(), exactFrames, naiveSetDataMs, naiveStats.median, naiveStats.max, bins.binCount(),
        static_cast<long long>(density.visible), filteredPairs.x.size(), filteredColumnMs, filteredPairsMs,
        filteredHistogramMs, lassoRows.size(), lassoFilterMs, boxRows.size(), boxFilterMs, lassoPairsMs);
    return histogram.ok && filteredHistogram.ok && lassoPairs.x.size() == lassoRows.size() ? 0 : 1;
}
