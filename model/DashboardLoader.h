#pragma once

#include "MetricHistogram.h"
#include "quality/OutlierStatistics.h"
#include "store/MetricColumnQuery.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace lockstep {

class NullProgress;

// What the quality dashboard shows, read from the project file on a worker thread with a second read-only
// connection: the metric names and issue counts of the last scan, one metric's histogram with its outlier
// cut-offs, two metrics' values for a scatter plot. Each kind of request has its own generation: a newer
// request cancels the older one and its result is dropped, so the dashboard shows only what was asked last.
class DashboardLoader final : public QObject {
    Q_OBJECT
public:
    struct Overview {
        QStringList metrics;
        std::vector<MetricColumnQuery::IssueTypeCount> issues;
        double outlierCutoff = 3.5;  // the project's sample.outlier_cutoff (robust z)
        bool ok = false;
    };
    struct Histogram {
        QString metric;
        MetricHistogram bins;
        OutlierOptions options;
        bool logScale = false;  // cut-offs judged on log10 of the values, as the scan does for this metric
        OutlierStatistics::Cutoffs cutoffs;
        qint64 below = 0;  // shown values beyond the cut-offs
        qint64 above = 0;
        // Plotted for the samples a filter shows: the bins count those, the cut-offs (and the bins' range)
        // still come from every sample, so the picture lines up with what the scan flags.
        QString filter;
        qint64 allValues = 0;  // every sample's value count
        bool ok = false;
    };
    struct Scatter {
        QString xMetric;
        QString yMetric;
        std::shared_ptr<const MetricColumnQuery::Pairs> points;
        QString filter;  // plotted for the samples this query shows (empty: all)
        bool ok = false;
    };

    explicit DashboardLoader(QObject* parent = nullptr);
    ~DashboardLoader() override;

    // The project file to read (empty: none; every pending result is dropped).
    void setProjectPath(const QString& path);
    const QString& projectPath() const { return m_path; }

    void requestOverview();
    // filter: a query of the sample filter language; the plot counts only the samples it shows (empty: all).
    void requestHistogram(const QString& metric, OutlierOptions options, const QString& filter = {});
    void requestScatter(const QString& xMetric, const QString& yMetric, const QString& filter = {});
    bool isBusy() const { return m_pending > 0; }

    // Cut-offs in value units as the scan judges the metric (on log10 for long-tailed positive metrics), from
    // values; the bins count shown (when given: the filtered samples' values) over the range values give.
    static Histogram histogramOf(const QString& metric, const std::vector<double>& values, OutlierOptions options,
                                 const std::vector<double>* shown = nullptr);

signals:
    void overviewLoaded(const lockstep::DashboardLoader::Overview& overview);
    void histogramLoaded(const lockstep::DashboardLoader::Histogram& histogram);
    void scatterLoaded(const lockstep::DashboardLoader::Scatter& scatter);
    void busyChanged(bool busy);

private:
    enum Kind { OverviewKind, HistogramKind, ScatterKind, KindCount };
    template <typename Result, typename Work, typename Deliver>
    void start(Kind kind, Work work, Deliver deliver);
    // Loads the metrics' columns into the process's MetricColumnCache on a worker thread, after their plot (the
    // scatter's two, the histogram's one) is shown and before anyone can brush or lasso on it: the table's first
    // query of the brush finds them loaded.
    void warmColumns(const QStringList& metrics);

    QString m_path;
    quint64 m_generation[KindCount] = {0, 0, 0};
    std::shared_ptr<NullProgress> m_cancel[KindCount];
    int m_pending = 0;
};

}  // namespace lockstep
