// Times the sample table's SQL sorts on a project: the order of every sample by a metric and by a text column,
// and reading one page of rows through that order (what the GUI does per screenful).
// Usage: bench_table_sort PROJECT METRIC
//        bench_table_sort PROJECT --filter QUERY [--sort METRIC | --sort-column COLUMN] [--descending 0|1] [--repeat K]
//   the second form times one filter as the table applies it (orderedRows, import order or sorted by METRIC) and
//   the status bar's issue count of it: the first call in a fresh process (nothing cached yet), then K more.

#include "store/ProjectStore.h"
#include "store/SampleTableQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace lockstep;

namespace {

double msSince(const QElapsedTimer& clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

int timeOneFilter(const ProjectStore& store, int argc, char** argv)
{
    QString query;
    SampleSortKey key;
    int repeat = 3;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--filter") == 0) {
            query = QString::fromUtf8(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--sort") == 0) {
            key.field = SampleSortKey::Field::Metric;
            key.metric = QString::fromUtf8(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--sort-column") == 0) {
            // A column of the table: id, label, split, status, issues, warnings, streams, image, text, audio, video.
            using F = SampleSortKey::Field;
            static const std::pair<const char*, F> columns[] = {{"id", F::Id},
                                                                {"label", F::Label},
                                                                {"split", F::Split},
                                                                {"status", F::Status},
                                                                {"issues", F::Issues},
                                                                {"warnings", F::Warnings},
                                                                {"streams", F::Streams},
                                                                {"image", F::ImagePresence},
                                                                {"text", F::TextPresence},
                                                                {"audio", F::AudioPresence},
                                                                {"video", F::VideoPresence}};
            const auto found = std::find_if(std::begin(columns), std::end(columns),
                                            [&](const auto& c) { return std::strcmp(c.first, argv[i + 1]) == 0; });
            if (found == std::end(columns)) {
                std::fprintf(stderr, "unknown column %s\n", argv[i + 1]);
                return 2;
            }
            key.field = found->second;
        } else if (std::strcmp(argv[i], "--descending") == 0) {
            key.descending = std::strcmp(argv[i + 1], "1") == 0;
        } else if (std::strcmp(argv[i], "--repeat") == 0) {
            repeat = std::max(1, std::atoi(argv[i + 1]));
        }
    }
    const SampleFilter filter = SampleFilter::parse(query);
    if (!filter.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(filter.error));
        return 2;
    }
    const SampleTableQuery table(store);
    QElapsedTimer clock;
    bool ok = false;
    clock.start();
    const std::vector<qint64> rows = table.orderedRows(key, filter, nullptr, &ok);
    const double firstMs = msSince(clock);
    std::vector<double> again;
    for (int r = 0; r < repeat; ++r) {
        clock.restart();
        const std::size_t n = table.orderedRows(key, filter).size();
        again.push_back(msSince(clock));
        if (n != rows.size())
            return 1;
    }
    std::vector<double> counts;
    qint64 issues = 0;
    for (int r = 0; r < repeat; ++r) {
        clock.restart();
        issues = table.issueCount(filter);
        counts.push_back(msSince(clock));
    }
    std::printf("{\"rows\": %zu, \"first_ms\": %.1f, \"again_ms\": %.1f, \"issue_count_ms\": %.1f, \"issues\": %lld}\n",
                rows.size(), firstMs, median(again), median(counts), static_cast<long long>(issues));
    return ok && issues >= 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 4 && std::strcmp(argv[2], "--filter") == 0) {
        auto opened = ProjectStore::open(QString::fromLocal8Bit(argv[1]), ProjectStore::Mode::ReadOnly);
        if (!opened.store) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error));
            return 1;
        }
        return timeOneFilter(*opened.store, argc, argv);
    }
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
