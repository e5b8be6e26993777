// Times the sample table's SQL sorts on a project: the order of every sample by a metric and by a text column,
// and reading one page of rows through that order (what the GUI does per screenful).
// Usage: bench_table_sort PROJECT METRIC

#include "store/ProjectStore.h"
#include "store/SampleTableQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace lockstep;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_table_sort PROJECT METRIC\n");
        return 2;
    }
    auto opened = ProjectStore::open(QString::fromLocal8Bit(argv[1]), ProjectStore::Mode::ReadOnly);
    if (!opened.store) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    const SampleTableQuery query(*opened.store);
    QElapsedTimer clock;
    SampleSortKey byMetric;
    byMetric.field = SampleSortKey::Field::Metric;
    byMetric.metric = QString::fromLocal8Bit(argv[2]);
    clock.start();
    const std::vector<qint64> rows = query.orderedRows(byMetric);
    const double metricMs = double(clock.nsecsElapsed()) / 1e6;
    SampleSortKey byLabel;
    byLabel.field = SampleSortKey::Field::Label;
    byLabel.descending = true;
    clock.restart();
    const std::vector<qint64> labelRows = query.orderedRows(byLabel);
    const double labelMs = double(clock.nsecsElapsed()) / 1e6;
    // Filters as a user types them in the query bar: a selective metric range, a column, both.
    const auto timeFilter = [&](const char* text, std::size_t* matched) {
        const SampleFilter filter = SampleFilter::parse(QString::fromUtf8(text));
        clock.restart();
        *matched = query.orderedRows(SampleSortKey{}, filter).size();
        return double(clock.nsecsElapsed()) / 1e6;
    };
    std::size_t metricMatches = 0;
    std::size_t labelMatches = 0;
    std::size_t bothMatches = 0;
    const double filterMetricMs = timeFilter("audio.m05 < 0.001", &metricMatches);
    const double filterLabelMs = timeFilter("label = label3", &labelMatches);
    const double filterBothMs = timeFilter("audio.m05 < 0.01 and label = label3", &bothMatches);
    std::fprintf(stderr, "filters: metric %.1f ms (%zu), label %.1f ms (%zu), both %.1f ms (%zu)\n", filterMetricMs,
                 metricMatches, filterLabelMs, labelMatches, filterBothMs, bothMatches);
    clock.restart();
    const std::size_t middle = rows.size() / 2;
    const std::vector<SampleRow> page =
        query.rowsAt(rows.data() + middle, int(std::min<std::size_t>(256, rows.size() - middle)));
    const double pageMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();  // the next page: what scrolling costs once the first page after a sort has warmed the cache
    const std::vector<SampleRow> next = query.rowsAt(rows.data() + middle + page.size(), int(page.size()));
    const double nextPageMs = double(clock.nsecsElapsed()) / 1e6;
    std::printf(
        "{\"samples\": %zu, \"sort_by_metric_ms\": %.1f, \"sort_by_label_ms\": %.1f, \"page_ms\": %.2f, "
        "\"next_page_ms\": %.2f, \"filter_metric_ms\": %.1f, \"filter_label_ms\": %.1f, "
        "\"filter_both_ms\": %.1f, \"page_rows\": %zu, \"label_rows\": %zu}\n",
        rows.size(), metricMs, labelMs, pageMs, nextPageMs, filterMetricMs, filterLabelMs, filterBothMs, next.size(),
        labelRows.size());
    return rows.empty() ? 1 : 0;
}
