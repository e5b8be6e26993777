// Times the review queue's and "next issue" SQL on a large project: the order of every sample by an issue's
// severity and by its measured value (without a filter, through a status and through a label filter), a queue
// (has:TYPE, only unreviewed) worst first, the status bar's issue count, the samples with a common and with a rare
// issue type, and mapping them through a sorted table's order (what ] does per press).
// Usage: bench_issue_queue PROJECT [SAMPLES]   (the project is built first when it does not exist: issues on
// every 20th sample, audio.clipping, and on every 1000th, image.dark)

#include "../model/ProjectFixture.h"
#include "IssueNavigator.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"
#include "store/SampleTableQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>

using namespace lockstep;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_issue_queue PROJECT [SAMPLES]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int samples = argc > 2 ? std::atoi(argv[2]) : 1'000'000;
    if (!QFileInfo::exists(path)) {
        if (!fixture::buildProject(path, QFileInfo(path).absolutePath(), samples))
            return 1;
        auto opened = ProjectStore::open(path);
        std::vector<QualityIssue> issues;
        for (int i = 0; i < samples; i += 20) {
            QualityIssue issue;
            issue.sampleId = fixture::sampleId(i);
            issue.type = (i % 1000 == 0) ? QStringLiteral("image.dark") : QStringLiteral("audio.clipping");
            issue.modality = issue.type.section(QLatin1Char('.'), 0, 0);
            issue.severity = (i % 60 == 0) ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning;
            issue.value = double((i * 7919) % 10007);
            issue.threshold = 1;
            issue.message = QStringLiteral("planted");
            issues.push_back(issue);
        }
        if (!opened.store || !QualityRepository(*opened.store).replaceResults({}, issues, {}))
            return 1;
    }
    auto opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    if (!opened.store)
        return 1;
    const SampleTableQuery query(*opened.store);
    QElapsedTimer clock;
    const auto ms = [&clock] { return double(clock.nsecsElapsed()) / 1e6; };
    SampleSortKey severity;
    severity.field = SampleSortKey::Field::IssueSeverity;
    severity.issueType = QStringLiteral("audio.clipping");
    severity.descending = true;
    clock.start();
    const std::vector<qint64> all = query.orderedRows(severity);
    const double allMs = ms();
    SampleSortKey value = severity;
    value.field = SampleSortKey::Field::IssueValue;
    clock.restart();
    const std::size_t byValue = query.orderedRows(value).size();
    const double valueMs = ms();
    // The same two orders through a filter: one that passes every sample here (no status edited) and a label.
    const SampleFilter unreviewed = SampleFilter::parse(QStringLiteral("status:unreviewed"));
    const SampleFilter dogs = SampleFilter::parse(QStringLiteral("label = dog"));
    clock.restart();
    const std::size_t unreviewedBySeverity = query.orderedRows(severity, unreviewed).size();
    const double unreviewedSeverityMs = ms();
    clock.restart();
    const std::size_t dogsByValue = query.orderedRows(value, dogs).size();
    const double dogsValueMs = ms();
    clock.restart();
    const std::size_t queue =
        query.orderedRows(severity, SampleFilter::parse(QStringLiteral("(has:audio.clipping) and status:unreviewed")))
            .size();
    const double queueMs = ms();
    // The status bar's issue count after a filter change.
    clock.restart();
    const qint64 allIssues = query.issueCount();
    const double countAllMs = ms();
    clock.restart();
    const qint64 dogIssues = query.issueCount(dogs);
    const double countDogsMs = ms();
    clock.restart();
    const std::vector<qint64> common = query.rowsWithIssue(QStringLiteral("audio.clipping"));
    const double commonMs = ms();
    clock.restart();
    const std::vector<qint64> rare = query.rowsWithIssue(QStringLiteral("image.dark"));
    const double rareMs = ms();
    // ] on a table sorted worst first: stored row -> table row through the order, for every match.
    std::vector<int> rowOfStored(all.size(), -1);
    for (std::size_t i = 0; i < all.size(); ++i)
        rowOfStored[std::size_t(all[i])] = int(i);
    clock.restart();
    bool wrapped = false;
    const int next = IssueNavigator::nearestRow(
        common, [&](qint64 stored) { return rowOfStored[std::size_t(stored)]; }, int(all.size() / 2), 1, &wrapped);
    const double jumpMs = ms();
    std::printf("samples %zu\n", all.size());
    std::printf("order by clipping severity: %.1f ms (%zu rows)\n", allMs, all.size());
    std::printf("order by clipping value:    %.1f ms (%zu rows)\n", valueMs, byValue);
    std::printf("order by clipping severity, status:unreviewed: %.1f ms (%zu rows)\n", unreviewedSeverityMs,
                unreviewedBySeverity);
    std::printf("order by clipping value, label = dog: %.1f ms (%zu rows)\n", dogsValueMs, dogsByValue);
    std::printf("queue has:clipping unreviewed, worst first: %.1f ms (%zu rows)\n", queueMs, queue);
    std::printf("issue count, no filter: %.1f ms (%lld)\n", countAllMs, static_cast<long long>(allIssues));
    std::printf("issue count, label = dog: %.1f ms (%lld)\n", countDogsMs, static_cast<long long>(dogIssues));
    std::printf("samples with audio.clipping: %.1f ms (%zu)\n", commonMs, common.size());
    std::printf("samples with image.dark:     %.1f ms (%zu)\n", rareMs, rare.size());
    std::printf("next clipping row through a sorted order: %.2f ms (row %d)\n", jumpMs, next);
    return 0;
}
