#include "quality/OutlierStatistics.h"

#include <algorithm>
#include <cmath>

namespace lockstep {

namespace {

constexpr double kNaN = Distribution::kNaN;
constexpr double kMadToZ = 0.6745;         // Phi^-1(0.75): MAD / 0.6745 estimates sigma
constexpr double kMeanAdToSigma = 1.2533;  // sqrt(pi / 2): 1.2533 MeanAD estimates sigma
constexpr double kIqrPerSigma = 1.349;     // IQR of a normal distribution in sigmas

std::vector<double> finiteOnly(const std::vector<double>& values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (const double v : values) {
        if (std::isfinite(v))
            out.push_back(v);
    }
    return out;
}

double meanOf(const std::vector<double>& v)
{
    double sum = 0.0;
    for (const double x : v)
        sum += x;
    return sum / double(v.size());
}

// Mean absolute deviation around the median.
double meanAbsDeviation(const std::vector<double>& v, double median)
{
    double sum = 0.0;
    for (const double x : v)
        sum += std::abs(x - median);
    return sum / double(v.size());
}

// Robust location and scale for the modified z-score: score = (x - median) / scale.
struct RobustScale {
    double median = kNaN;
    double scale = 0.0;  // 0: all values equal
};

RobustScale robustScale(std::vector<double> finite)
{
    RobustScale r;
    r.median = OutlierStatistics::quantile(finite, 0.5);
    for (double& x : finite)
        x = std::abs(x - r.median);
    const double mad = OutlierStatistics::quantile(finite, 0.5);
    if (mad > 0.0) {
        r.scale = mad / kMadToZ;
    } else {
        double sum = 0.0;
        for (const double d : finite)
            sum += d;
        r.scale = kMeanAdToSigma * (sum / double(finite.size()));
    }
    return r;
}

}  // namespace

double OutlierStatistics::quantile(std::vector<double>& v, double p)
{
    if (v.empty())
        return kNaN;
    p = std::clamp(p, 0.0, 1.0);
    const double h = p * double(v.size() - 1);
    const auto lo = std::size_t(std::floor(h));
    const double frac = h - double(lo);
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(lo), v.end());
    const double a = v[lo];
    if (frac == 0.0 || lo + 1 >= v.size())
        return a;
    const double b = *std::min_element(v.begin() + std::ptrdiff_t(lo) + 1, v.end());
    return a + frac * (b - a);
}

Distribution OutlierStatistics::describe(std::vector<double> values)
{
    Distribution d;
    const std::size_t total = values.size();
    values.erase(std::remove_if(values.begin(), values.end(), [](double x) { return !std::isfinite(x); }),
                 values.end());
    d.count = values.size();
    d.missing = total - d.count;
    if (values.empty())
        return d;

    const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
    d.min = *mn;
    d.max = *mx;
    d.mean = meanOf(values);
    double ss = 0.0;
    for (const double x : values)
        ss += (x - d.mean) * (x - d.mean);
    d.stddev = std::sqrt(ss / double(values.size()));
    d.median = quantile(values, 0.5);
    d.q1 = quantile(values, 0.25);
    d.q3 = quantile(values, 0.75);
    return d;
}

OutlierStatistics::Fences OutlierStatistics::iqrFences(const std::vector<double>& values, double k)
{
    Fences f;
    std::vector<double> finite = finiteOnly(values);
    if (finite.empty())
        return f;
    const double q1 = quantile(finite, 0.25);
    const double q3 = quantile(finite, 0.75);
    double iqr = q3 - q1;
    if (!(iqr > 0.0)) {
        const double median = quantile(finite, 0.5);
        iqr = kIqrPerSigma * kMeanAdToSigma * meanAbsDeviation(finite, median);
    }
    f.iqr = iqr;
    f.lower = q1 - k * iqr;
    f.upper = q3 + k * iqr;
    return f;
}

std::vector<double> OutlierStatistics::scores(const std::vector<double>& values, OutlierOptions options)
{
    std::vector<double> out(values.size(), kNaN);
    const std::vector<double> finite = finiteOnly(values);
    if (finite.empty())
        return out;

    switch (options.method) {
    case OutlierMethod::ZScore: {
        const double mean = meanOf(finite);
        double ss = 0.0;
        for (const double x : finite)
            ss += (x - mean) * (x - mean);
        const double sd = std::sqrt(ss / double(finite.size()));
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (std::isfinite(values[i]))
                out[i] = sd > 0.0 ? (values[i] - mean) / sd : 0.0;
        }
        break;
    }
    case OutlierMethod::RobustZ: {
        const RobustScale r = robustScale(finite);
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (std::isfinite(values[i]))
                out[i] = r.scale > 0.0 ? (values[i] - r.median) / r.scale : 0.0;
        }
        break;
    }
    case OutlierMethod::Iqr: {
        const Fences f = iqrFences(finite, options.cutoff);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const double x = values[i];
            if (!std::isfinite(x))
                continue;
            if (!(f.iqr > 0.0))
                out[i] = 0.0;
            else if (x > f.upper)
                out[i] = (x - f.upper) / f.iqr;
            else if (x < f.lower)
                out[i] = (x - f.lower) / f.iqr;
            else
                out[i] = 0.0;
        }
        break;
    }
    }
    return out;
}

std::vector<bool> OutlierStatistics::flagsFromScores(const std::vector<double>& scores, OutlierOptions options)
{
    std::vector<bool> out(scores.size(), false);
    for (std::size_t i = 0; i < scores.size(); ++i) {
        const double s = scores[i];
        if (std::isnan(s))
            continue;
        out[i] = options.method == OutlierMethod::Iqr ? s != 0.0 : std::abs(s) > options.cutoff;
    }
    return out;
}

std::vector<bool> OutlierStatistics::flags(const std::vector<double>& values, OutlierOptions options)
{
    return flagsFromScores(scores(values, options), options);
}

OutlierStatistics::Cutoffs OutlierStatistics::valueCutoffs(const std::vector<double>& values, OutlierOptions options)
{
    Cutoffs c;
    const std::vector<double> finite = finiteOnly(values);
    if (finite.empty())
        return c;
    switch (options.method) {
    case OutlierMethod::ZScore: {
        const double mean = meanOf(finite);
        double ss = 0.0;
        for (const double x : finite)
            ss += (x - mean) * (x - mean);
        const double sd = std::sqrt(ss / double(finite.size()));
        c.lower = mean - options.cutoff * sd;
        c.upper = mean + options.cutoff * sd;
        break;
    }
    case OutlierMethod::RobustZ: {
        const RobustScale r = robustScale(finite);
        c.lower = r.median - options.cutoff * r.scale;
        c.upper = r.median + options.cutoff * r.scale;
        break;
    }
    case OutlierMethod::Iqr: {
        const Fences f = iqrFences(finite, options.cutoff);
        c.lower = f.lower;
        c.upper = f.upper;
        break;
    }
    }
    return c;
}

double OutlierStatistics::defaultCutoff(OutlierMethod method)
{
    switch (method) {
    case OutlierMethod::ZScore: return 3.0;
    case OutlierMethod::RobustZ: return 3.5;
    case OutlierMethod::Iqr: return 1.5;
    }
    return 3.5;
}

}  // namespace lockstep
