#pragma once

// A small project with known metrics and issues for the quality dashboard's tests (header only; model and
// widgets tests include it). Sample i of kDashboardSamples (see fixture::makeSample: label dog when i % 3 == 0):
//   audio.rms_dbfs = -60 + i        text.chars = 2 i        image.brightness_mean only for i < 10 (= i / 10)
//   audio.clipping issue when i % 5 == 0, image.blurry when i % 4 == 0 (twice: two issues, one sample)

#include "ProjectFixture.h"
#include "store/QualityRepository.h"

namespace fixture {

constexpr int kDashboardSamples = 40;

inline bool buildDashboardProject(const QString& path, const QString& root)
{
    using namespace lockstep;
    if (!buildProject(path, root, kDashboardSamples))
        return false;
    auto opened = ProjectStore::open(path);
    if (!opened.store)
        return false;
    SampleMetricTable metrics;
    std::vector<QualityIssue> issues;
    for (int i = 0; i < kDashboardSamples; ++i) {
        const QString id = sampleId(i);
        metrics[id].insert(QStringLiteral("audio.rms_dbfs"), -60.0 + i);
        metrics[id].insert(QStringLiteral("text.chars"), 2.0 * i);
        if (i < 10)
            metrics[id].insert(QStringLiteral("image.brightness_mean"), i / 10.0);
        if (i % 5 == 0)
            issues.push_back({id, QStringLiteral("audio.clipping"), QStringLiteral("audio"),
                              Diagnostic::Severity::Warning, 3, 1, QStringLiteral("clipped")});
        if (i % 4 == 0)
            for (int k = 0; k < 2; ++k)
                issues.push_back({id, QStringLiteral("image.blurry"), QStringLiteral("image"),
                                  Diagnostic::Severity::Warning, 0.1, 0.29, QStringLiteral("blurry")});
    }
    return QualityRepository(*opened.store).replaceResults(metrics, issues, {});
}

}  // namespace fixture
