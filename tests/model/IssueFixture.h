#pragma once

// A project of 30 samples (ProjectFixture's makeSample: s000000 ... s000029, no media on disk) with planted
// quality issues whose orders are known (header only; include it from model, widgets or app tests):
//   audio.clipping  s3 warning 10 · s7 ERROR 5 · s12 warning 100 · s20 warning 50 · s25 info 1000 (threshold 1)
//                   worst first: s7, s12, s20, s3, s25 (severity, then how far past the threshold)
//   image.dark      s5, s12, s28
#include "ProjectFixture.h"
#include "store/QualityRepository.h"

namespace fixture {

inline constexpr int kIssueProjectSamples = 30;

// One quality issue of a sample, its modality the type's first part ("audio" of "audio.clipping").
inline lockstep::QualityIssue plantedIssue(const QString& sampleId, const char* type,
                                           lockstep::Diagnostic::Severity severity, double value, double threshold)
{
    lockstep::QualityIssue i;
    i.sampleId = sampleId;
    i.type = QString::fromUtf8(type);
    i.modality = i.type.section(QLatin1Char('.'), 0, 0);
    i.severity = severity;
    i.value = value;
    i.threshold = threshold;
    i.message = QStringLiteral("%1 measured %2").arg(i.type).arg(value);
    return i;
}

inline bool buildIssueProject(const QString& projectPath, const QString& datasetRoot)
{
    using namespace lockstep;
    if (!buildProject(projectPath, datasetRoot, kIssueProjectSamples))
        return false;
    auto opened = ProjectStore::open(projectPath);
    if (!opened.store)
        return false;
    using S = Diagnostic::Severity;
    const auto make = [](int sample, const char* type, S severity, double value, double threshold) {
        return plantedIssue(sampleId(sample), type, severity, value, threshold);
    };
    const std::vector<QualityIssue> issues{
        make(3, "audio.clipping", S::Warning, 10, 1),   make(7, "audio.clipping", S::Error, 5, 1),
        make(12, "audio.clipping", S::Warning, 100, 1), make(20, "audio.clipping", S::Warning, 50, 1),
        make(25, "audio.clipping", S::Info, 1000, 1),   make(5, "image.dark", S::Warning, 0.1, 0.32),
        make(12, "image.dark", S::Warning, 0.2, 0.32),  make(28, "image.dark", S::Warning, 0.05, 0.32),
    };
    SampleMetricTable metrics;
    for (int i = 0; i < kIssueProjectSamples; ++i)
        metrics[sampleId(i)].insert(QStringLiteral("audio.rms_dbfs"), -double(i));
    return QualityRepository(*opened.store).replaceResults(metrics, issues, {});
}

}  // namespace fixture
