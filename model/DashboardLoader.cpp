#include "DashboardLoader.h"
#include "QueuedContinuation.h"

#include "progress/Progress.h"
#include "quality/QualityThresholds.h"
#include "quality/SampleAnalyzer.h"
#include "store/MetricColumnCache.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"
#include "store/SampleFilter.h"
#include "store/SampleTableQuery.h"

#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace lockstep {

DashboardLoader::DashboardLoader(QObject* parent) : QObject(parent) {}

DashboardLoader::~DashboardLoader()
{
    for (const auto& cancel : m_cancel)
        if (cancel)
            cancel->cancel();
}

void DashboardLoader::setProjectPath(const QString& path)
{
    m_path = path;
    for (int k = 0; k < KindCount; ++k) {
        ++m_generation[k];  // whatever is on its way belongs to the old project
        if (m_cancel[k])
            m_cancel[k]->cancel();
    }
}

template <typename Result, typename Work, typename Deliver>
void DashboardLoader::start(Kind kind, Work work, Deliver deliver)
{
    if (m_path.isEmpty())
        return;
    if (m_cancel[kind])
        m_cancel[kind]->cancel();
    auto cancel = std::make_shared<NullProgress>();
    m_cancel[kind] = cancel;
    const quint64 generation = ++m_generation[kind];
    if (m_pending++ == 0)
        emit busyChanged(true);
    const QString path = m_path;
    const QFuture<Result> future = QtConcurrent::run([path, cancel, work]() -> Result {
        ProjectStore::OpenResult opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        if (!opened.store || cancel->isCancelled())
            return Result{};
        return work(*opened.store, *cancel);
    });
    continueQueued(future, this, [this, kind, generation, deliver](const Result& result) {
        if (generation == m_generation[kind])
            deliver(result);  // else: a newer request is on its way
        if (--m_pending == 0)
            emit busyChanged(false);
    });
}

void DashboardLoader::requestOverview()
{
    start<Overview>(
        OverviewKind,
        [](ProjectStore& store, Progress&) {
            Overview o;
            o.metrics = SampleTableQuery(store).metricNames();
            o.issues = MetricColumnQuery(store).issueTypeCounts();
            QualityThresholds thresholds;
            thresholds.loadOverrides(QualityRepository(store).thresholdOverrides());
            o.outlierCutoff = thresholds.value(QStringLiteral("sample.outlier_cutoff"));
            o.ok = true;
            return o;
        },
        [this](const Overview& o) { emit overviewLoaded(o); });
}

void DashboardLoader::requestHistogram(const QString& metric, OutlierOptions options, const QString& filter)
{
    start<Histogram>(
        HistogramKind,
        [metric, options, filter](ProjectStore& store, Progress& progress) {
            bool ok = false;
            const MetricColumnQuery query(store);
            const std::vector<double> values = query.column(metric, &progress, &ok);
            if (!ok)
                return Histogram{};
            if (filter.trimmed().isEmpty())
                return histogramOf(metric, values, options);
            const std::vector<double> shown = query.column(metric, SampleFilter::parse(filter), &progress, &ok);
            if (!ok)
                return Histogram{};
            Histogram h = histogramOf(metric, values, options, &shown);
            h.filter = filter;
            return h;
        },
        [this](const Histogram& h) {
            emit histogramLoaded(h);
            if (h.ok)
                warmColumns({h.metric});  // a brush on the histogram filters by its metric
        });
}

void DashboardLoader::requestScatter(const QString& xMetric, const QString& yMetric, const QString& filter)
{
    start<Scatter>(
        ScatterKind,
        [xMetric, yMetric, filter](ProjectStore& store, Progress& progress) {
            Scatter s;
            s.xMetric = xMetric;
            s.yMetric = yMetric;
            s.filter = filter.trimmed().isEmpty() ? QString() : filter;
            bool ok = false;
            const MetricColumnQuery query(store);
            auto points = std::make_shared<MetricColumnQuery::Pairs>(
                s.filter.isEmpty() ? query.pairs(xMetric, yMetric, &progress, &ok)
                                   : query.pairs(xMetric, yMetric, SampleFilter::parse(s.filter), &progress, &ok));
            s.points = std::move(points);
            s.ok = ok;
            return s;
        },
        [this](const Scatter& s) {
            emit scatterLoaded(s);
            if (s.ok)
                warmColumns({s.xMetric, s.yMetric});
        });
}

void DashboardLoader::warmColumns(const QStringList& metrics)
{
    if (m_path.isEmpty())
        return;
    // Not a Kind: nothing is delivered and nothing waits for it; the cache loads each column once whoever asks
    // first (the table's query waits on the cache's lock rather than loading it a second time).
    const QString path = m_path;
    (void)QtConcurrent::run([path, metrics] {
        ProjectStore::OpenResult opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        if (!opened.store)
            return;
        MetricColumnCache::shared().load(*opened.store, metrics);
    });
}

DashboardLoader::Histogram DashboardLoader::histogramOf(const QString& metric, const std::vector<double>& values,
                                                        OutlierOptions options, const std::vector<double>* shown)
{
    Histogram h;
    h.metric = metric;
    h.options = options;
    h.allValues = qint64(values.size());
    h.logScale = SampleAnalyzer::isJudgedOnLogScale(metric);
    if (h.logScale) {
        std::vector<double> judged(values.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            judged[i] = values[i] > 0 ? std::log10(values[i]) : std::nan("");
        h.cutoffs = OutlierStatistics::valueCutoffs(judged, options);
        h.cutoffs.lower = std::pow(10.0, h.cutoffs.lower);
        h.cutoffs.upper = std::pow(10.0, h.cutoffs.upper);
    } else {
        h.cutoffs = OutlierStatistics::valueCutoffs(values, options);
    }
    // The bins cover the cut-offs and a quarter of their distance beyond; values farther out are counted below /
    // above, so one silent clip at -200 dBFS does not squeeze every other clip into three bins. Without a
    // spread to go by, the middle 98 % of the values.
    double lo = h.cutoffs.lower;
    double hi = h.cutoffs.upper;
    if (!(hi > lo)) {
        std::vector<double> finite;
        finite.reserve(values.size());
        for (const double v : values)
            if (std::isfinite(v))
                finite.push_back(v);
        lo = OutlierStatistics::quantile(finite, 0.01);
        hi = OutlierStatistics::quantile(finite, 0.99);
    }
    const double margin = 0.25 * (hi - lo);
    const std::vector<double>& counted = shown ? *shown : values;
    if (shown) {
        // The same bins as for every sample, so the subset's bars line up with the cut-offs and the full picture.
        h.bins = MetricHistogram::withEdges(MetricHistogram::build(values, 40, lo - margin, hi + margin).edges, *shown);
    } else {
        h.bins = MetricHistogram::build(counted, 40, lo - margin, hi + margin);
    }
    for (const double v : counted) {
        if (h.logScale && !(v > 0))
            continue;  // not judged: the scan skips what has no logarithm
        if (v < h.cutoffs.lower)
            ++h.below;
        else if (v > h.cutoffs.upper)
            ++h.above;
    }
    h.ok = true;
    return h;
}

}  // namespace lockstep
