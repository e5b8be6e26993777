#pragma once

#include "lockstep_processing_export.h"

#include <cstddef>
#include <limits>
#include <vector>

namespace lockstep {

enum class OutlierMethod {
    ZScore,   // (x - mean) / std (population std, ddof = 0, as numpy and scipy.stats.zscore)
    RobustZ,  // modified z-score (Iglewicz & Hoaglin): 0.6745 (x - median) / MAD
    Iqr,      // Tukey fences Q1 - k IQR, Q3 + k IQR
};

struct OutlierOptions {
    OutlierMethod method = OutlierMethod::RobustZ;
    double cutoff = 3.5;  // |z| cutoff for ZScore/RobustZ, k for Iqr (see OutlierStatistics::defaultCutoff)
};

// Summary of the finite values of one metric. Quantiles use linear interpolation between order statistics
// (numpy.percentile's default): q(p) = v[floor(h)] + (h - floor(h)) (v[floor(h)+1] - v[floor(h)]), h = p (n-1).
// Every field is NaN when count is 0.
struct Distribution {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    std::size_t count = 0;    // finite values
    std::size_t missing = 0;  // NaN and +-infinity, skipped
    double min = kNaN;
    double q1 = kNaN;
    double median = kNaN;
    double q3 = kNaN;
    double max = kNaN;
    double mean = kNaN;
    double stddev = kNaN;  // population (ddof = 0)
};

// Outlier scores for one numeric metric over all samples. Non-finite values (NaN = missing, and +-inf) are
// skipped: they do not enter the statistics, get a NaN score and are never flagged. All O(n)
// (std::nth_element), pure and thread-safe.
//
// Degenerate spreads:
// - ZScore with std = 0: every score is 0.
// - RobustZ with MAD = 0 (more than half the values equal): the scale falls back to the mean absolute deviation
//   around the median, score = (x - median) / (1.2533 MeanAD) (IBM SPSS's rule; 1.2533 = sqrt(pi/2) makes
//   1.2533 MeanAD estimate sigma for normal data, as MAD / 0.6745 does). If that is 0 too, all values are
//   equal and every score is 0.
// - Iqr with IQR = 0: the IQR is replaced by 1.349 x the same MeanAD-based sigma (IQR = 1.349 sigma for a
//   normal distribution), both for the fences and for the score unit; 0 when all values are equal.
class LOCKSTEP_PROCESSING_EXPORT OutlierStatistics {
public:
    static Distribution describe(std::vector<double> values);

    // Signed scores, one per input value (NaN for skipped values). ZScore/RobustZ: the z-score.
    // Iqr: distance beyond the nearer fence in IQR units (negative below the lower fence), 0 inside.
    static std::vector<double> scores(const std::vector<double>& values, OutlierOptions options = {});
    // |score| > cutoff for ZScore/RobustZ; strictly outside the fences for Iqr.
    static std::vector<bool> flags(const std::vector<double>& values, OutlierOptions options = {});
    static std::vector<bool> flagsFromScores(const std::vector<double>& scores, OutlierOptions options = {});

    // Tukey fences {Q1 - k IQR, Q3 + k IQR} with the IQR = 0 fallback above; NaNs when no finite value.
    struct Fences {
        double lower = Distribution::kNaN;
        double upper = Distribution::kNaN;
        double iqr = Distribution::kNaN;  // the scale used (after fallback)
    };
    static Fences iqrFences(const std::vector<double>& values, double k = 1.5);

    // The values where a score crosses the cut-off, for drawing it on a histogram: mean -+ cutoff std (ZScore),
    // median -+ cutoff scale (RobustZ, with the MAD = 0 fallback above), the fences (Iqr). A value is flagged
    // when it lies strictly beyond one of them. NaNs when no finite value; with no spread both are the centre.
    struct Cutoffs {
        double lower = Distribution::kNaN;
        double upper = Distribution::kNaN;
    };
    static Cutoffs valueCutoffs(const std::vector<double>& values, OutlierOptions options = {});

    // 3.0 for ZScore, 3.5 for RobustZ, 1.5 for Iqr.
    static double defaultCutoff(OutlierMethod method);

    // Linear-interpolation quantile (p in [0, 1]) of finite values; reorders them. NaN when empty.
    static double quantile(std::vector<double>& finiteValues, double p);
};

}  // namespace lockstep
