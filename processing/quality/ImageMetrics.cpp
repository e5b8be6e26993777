#include "quality/ImageMetrics.h"

#include "quality/ContentDigest.h"

#include "media/ImageDecoder.h"
#include "quality/CleanvisionBlur.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <opencv2/core.hpp>
#include <opencv2/core/hal/intrin.hpp>
#include <opencv2/img_hash.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace lockstep {

namespace {

constexpr int kSharpnessSide = 512;
constexpr int kHashSide = 32;
constexpr int kGrayscaleTolerance = 2;

// Per-pixel brightness of a colour pixel via an exact integer key = 241 R^2 + 691 G^2 + 68 B^2
// = 1000 x (0.241 R^2 + 0.691 G^2 + 0.068 B^2), so brightness = sqrt(key / 1000) / 255 = sqrt(key / kMaxKey).
constexpr std::int32_t kMaxKey = 1000 * 255 * 255;

// Colour percentiles come from a histogram of brightness in steps of 1/2048 (bin j holds [j, j + 1) / 2048), with
// linear interpolation inside the bin: |error| < 1/2048 (plus ~1e-7 of float rounding at bin edges). Exact order
// statistics would need a second pass over the pixels (~20% of a JPEG decode per image).
constexpr int kBrightnessBins = 2048;

struct KeyTables {
    std::array<std::int32_t, 256> r{};
    std::array<std::int32_t, 256> g{};
    std::array<std::int32_t, 256> b{};
};

constexpr KeyTables makeKeyTables()
{
    KeyTables t;
    for (int v = 0; v < 256; ++v) {
        t.r[std::size_t(v)] = 241 * v * v;
        t.g[std::size_t(v)] = 691 * v * v;
        t.b[std::size_t(v)] = 68 * v * v;
    }
    return t;
}

constexpr KeyTables kKeys = makeKeyTables();

// cleanvision's formula on a colour (0..255 channel values).
double perceivedBrightness(double r, double g, double b)
{
    return std::sqrt(0.241 * (r * r) + 0.691 * (g * g) + 0.068 * (b * b)) / 255.0;
}

using Histogram = std::array<std::uint32_t, 256>;  // pixel counts fit: the decoder caps images far below 2^32

double histogramMean(const Histogram& h, double n)
{
    double s = 0.0;
    for (std::size_t v = 0; v < 256; ++v)
        s += double(v) * double(h[v]);
    return s / n;
}

// numpy.percentile(..., method="linear"): virtual index q (n - 1), then a + (b - a) t, or b - (b - a)(1 - t) when
// t >= 0.5, exactly as numpy's _lerp.
struct PercentileRanks {
    std::int64_t lo = 0;
    std::int64_t hi = 0;
    double t = 0.0;
};

PercentileRanks percentileRanks(double percent, std::int64_t n)
{
    const double virtualIndex = double(n - 1) * (percent / 100.0);
    PercentileRanks r;
    r.lo = std::int64_t(std::floor(virtualIndex));
    r.hi = std::min(r.lo + 1, n - 1);
    r.t = virtualIndex - double(r.lo);
    return r;
}

double lerp(double a, double b, double t)
{
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

// The value of rank r (0-based, ascending) in a 256-bin histogram.
int histogramRank(const Histogram& h, std::int64_t r)
{
    std::int64_t seen = 0;
    for (int v = 0; v < 256; ++v) {
        seen += h[std::size_t(v)];
        if (seen > r)
            return v;
    }
    return 255;
}

// PIL Image.entropy(): one histogram of 256 bins per band, concatenated, normalised by their total.
double bandEntropy(const Histogram* bands, int count)
{
    double total = 0.0;
    for (int b = 0; b < count; ++b)
        for (const std::uint32_t c : bands[b])
            total += double(c);
    if (total <= 0.0)
        return 0.0;
    double e = 0.0;
    for (int b = 0; b < count; ++b) {
        for (const std::uint32_t c : bands[b]) {
            if (c == 0)
                continue;
            const double p = double(c) / total;
            e -= p * std::log2(p);
        }
    }
    return e;
}

using BrightnessHistogram = std::array<std::uint32_t, kBrightnessBins + 1>;  // the last bin holds white only

struct ColourCounts {
    std::array<Histogram, 4> bands{};  // B, G, R, A
    BrightnessHistogram brightness{};
};

// One pass over a B G R (A) image, in chunks of a row: band histograms and the largest channel difference (even and
// odd pixels count into separate tables, so that runs of equal pixels do not serialise on one counter), the
// brightness keys, then their bins (float square root, four at a time), then the brightness histogram.
template <int C>
int scanColour(const cv::Mat& img, ColourCounts& s)
{
    constexpr int kChunk = 512;
    const float scale = static_cast<float>(kBrightnessBins / std::sqrt(double(kMaxKey)));
    std::array<Histogram, 4> odd{};
    std::array<std::int32_t, kChunk> keys;
    std::array<std::int32_t, kChunk> bins;
    int maxDiff = 0;
    for (int y = 0; y < img.rows; ++y) {
        const std::uint8_t* row = img.ptr<std::uint8_t>(y);
        for (int x0 = 0; x0 < img.cols; x0 += kChunk) {
            const int n = std::min(kChunk, img.cols - x0);
            const std::uint8_t* p = row + std::ptrdiff_t(x0) * C;
            for (int i = 0; i < n; ++i, p += C) {
                const int b = p[0];
                const int g = p[1];
                const int r = p[2];
                auto& h = (i & 1) ? odd : s.bands;
                ++h[0][std::size_t(b)];
                ++h[1][std::size_t(g)];
                ++h[2][std::size_t(r)];
                if constexpr (C == 4)
                    ++h[3][p[3]];
                keys[std::size_t(i)] = kKeys.r[std::size_t(r)] + kKeys.g[std::size_t(g)] + kKeys.b[std::size_t(b)];
                maxDiff = std::max(maxDiff, std::max(std::abs(b - g), std::abs(g - r)));
            }
            int i = 0;
#if CV_SIMD128
            const cv::v_float32x4 vscale = cv::v_setall_f32(scale);
            const cv::v_int32x4 top = cv::v_setall_s32(kBrightnessBins);
            for (; i + 4 <= n; i += 4) {
                const cv::v_float32x4 root = cv::v_sqrt(cv::v_cvt_f32(cv::v_load(keys.data() + i)));
                cv::v_store(bins.data() + i, cv::v_min(cv::v_trunc(root * vscale), top));
            }
#endif
            for (; i < n; ++i)
                bins[std::size_t(i)] = std::min(int(std::sqrt(float(keys[std::size_t(i)])) * scale), kBrightnessBins);
            for (i = 0; i < n; ++i)
                ++s.brightness[std::size_t(bins[std::size_t(i)])];
        }
    }
    for (std::size_t b = 0; b < s.bands.size(); ++b)
        for (std::size_t v = 0; v < 256; ++v)
            s.bands[b][v] += odd[b][v];
    return maxDiff;
}

// Brightness of rank r from the binned histogram: the rank's position inside its bin, spread uniformly.
double binnedRank(const BrightnessHistogram& h, std::int64_t r)
{
    std::int64_t before = 0;
    std::size_t bin = 0;
    while (bin + 1 < h.size() && before + h[bin] <= r)
        before += h[bin++];
    if (bin + 1 == h.size())
        return 1.0;  // white
    const double inside = (double(r - before) + 0.5) / double(std::max<std::uint32_t>(h[bin], 1));
    return std::min(1.0, (double(bin) + inside) / kBrightnessBins);
}

template <int C>
void colourMeasures(const cv::Mat& img, ImageMetrics& m)
{
    const std::int64_t n = std::int64_t(img.rows) * img.cols;
    const double dn = double(n);
    ColourCounts s;
    const int maxDiff = scanColour<C>(img, s);
    m.grayscale = maxDiff <= kGrayscaleTolerance;
    m.brightnessMean = perceivedBrightness(histogramMean(s.bands[2], dn), histogramMean(s.bands[1], dn),
                                           histogramMean(s.bands[0], dn));
    m.entropy = bandEntropy(s.bands.data(), C);
    const PercentileRanks p5 = percentileRanks(5, n);
    const PercentileRanks p99 = percentileRanks(99, n);
    m.brightnessP5 = lerp(binnedRank(s.brightness, p5.lo), binnedRank(s.brightness, p5.hi), p5.t);
    m.brightnessP99 = lerp(binnedRank(s.brightness, p99.lo), binnedRank(s.brightness, p99.hi), p99.t);
}

void grayMeasures(const cv::Mat& img, ImageMetrics& m)
{
    Histogram h{};
    Histogram odd{};
    for (int y = 0; y < img.rows; ++y) {
        const std::uint8_t* p = img.ptr<std::uint8_t>(y);
        int x = 0;
        for (; x + 1 < img.cols; x += 2) {
            ++h[p[x]];
            ++odd[p[x + 1]];
        }
        if (x < img.cols)
            ++h[p[x]];
    }
    for (std::size_t v = 0; v < 256; ++v)
        h[v] += odd[v];
    const std::int64_t n = std::int64_t(img.rows) * img.cols;
    const double dn = double(n);
    const double mean = histogramMean(h, dn);
    double dev2 = 0.0;
    for (std::size_t v = 0; v < 256; ++v)
        dev2 += (double(v) - mean) * (double(v) - mean) * double(h[v]);
    m.grayscale = true;
    m.brightnessMean = perceivedBrightness(mean, mean, mean);
    m.contrastRms = std::sqrt(dev2 / dn) / 255.0;
    m.entropy = bandEntropy(&h, 1);
    const PercentileRanks p5 = percentileRanks(5, n);
    const PercentileRanks p99 = percentileRanks(99, n);
    m.brightnessP5 = lerp(histogramRank(h, p5.lo) / 255.0, histogramRank(h, p5.hi) / 255.0, p5.t);
    m.brightnessP99 = lerp(histogramRank(h, p99.lo) / 255.0, histogramRank(h, p99.hi) / 255.0, p99.t);
}

// Variance of the 3x3 Laplacian of the grey image resized to a 512 px long side. The resized image lives in a
// per-thread buffer (at most 512 x 512 bytes, so the memory held is bounded) and the Laplacian is taken in strips
// of 64 rows (an ROI filter reads the real neighbouring rows, so the result equals the whole-image one): no large
// allocation, no page faults per image. cv::sum and Mat::dot are exact integer sums on 16-bit data, and ~10x faster
// than meanStdDev there.
double normalisedLaplacianVariance(const cv::Mat& gray)
{
    const int longSide = std::max(gray.cols, gray.rows);
    cv::Mat normalised = gray;
    if (longSide != kSharpnessSide) {
        const auto scaled = [&](int side) {
            return std::max(1, int((std::int64_t(side) * kSharpnessSide + longSide / 2) / longSide));
        };
        const cv::Size size = gray.cols >= gray.rows ? cv::Size(kSharpnessSide, scaled(gray.rows))
                                                     : cv::Size(scaled(gray.cols), kSharpnessSide);
        thread_local std::vector<std::uint8_t> buffer(std::size_t(kSharpnessSide) * kSharpnessSide);
        normalised = cv::Mat(size, CV_8UC1, buffer.data());
        cv::resize(gray, normalised, size, 0, 0, longSide > kSharpnessSide ? cv::INTER_AREA : cv::INTER_LINEAR);
    }
    constexpr int kStripRows = 64;
    cv::Mat strip;
    double sum = 0.0;
    double sumSquares = 0.0;
    for (int y0 = 0; y0 < normalised.rows; y0 += kStripRows) {
        cv::Laplacian(normalised.rowRange(y0, std::min(normalised.rows, y0 + kStripRows)), strip, CV_16S, 1);
        sum += cv::sum(strip)[0];
        sumSquares += strip.dot(strip);
    }
    const double count = double(normalised.total());
    const double mean = sum / count;
    return std::max(0.0, sumSquares / count - mean * mean);
}

// OpenCV's PHash (32x32 DCT, 8x8 low frequencies against their mean) of a small grey image, area-resized to 32x32
// first so that PHash's own resize is a copy.
quint64 perceptualHash(const cv::Mat& gray)
{
    cv::Mat small;
    cv::resize(gray, small, cv::Size(kHashSide, kHashSide), 0, 0, cv::INTER_AREA);
    cv::Mat bits;
    cv::img_hash::PHash::create()->compute(small, bits);
    quint64 hash = 0;
    for (int i = 0; i < bits.cols; ++i)
        hash = (hash << 8) | bits.at<std::uint8_t>(0, i);
    return hash;
}

QByteArray pixelDigest(const DecodedImage& image)
{
    return ContentDigest::of({image.info.width, image.info.height, image.info.channels}, image.pixels.data(),
                             image.pixels.size());
}

}  // namespace

ImageMetrics ImageMetricsCalculator::compute(const DecodedImage& image)
{
    ImageMetrics m;
    m.width = image.info.width;
    m.height = image.info.height;
    m.channels = image.info.channels;
    const int w = image.info.width;
    const int h = image.info.height;
    const int c = image.info.channels;
    if (w <= 0 || h <= 0 || (c != 1 && c != 3 && c != 4) ||
        image.pixels.size() < std::size_t(w) * std::size_t(h) * std::size_t(c))
        return m;
    m.aspectRatio = double(w) / double(h);

    // The decoder's buffer, wrapped without a copy; nothing below writes to it.
    const cv::Mat src(h, w, CV_8UC(c), const_cast<std::uint8_t*>(image.pixels.data()));

    cv::Mat gray;
    switch (c) {
    case 1:
        gray = src;
        grayMeasures(src, m);
        break;
    case 3:
        colourMeasures<3>(src, m);
        cv::cvtColor(src, gray, cv::COLOR_BGR2GRAY);
        break;
    default:
        colourMeasures<4>(src, m);
        cv::cvtColor(src, gray, cv::COLOR_BGRA2GRAY);
        break;
    }
    if (c != 1) {
        cv::Scalar mean;
        cv::Scalar stddev;
        cv::meanStdDev(gray, mean, stddev);
        m.contrastRms = stddev[0] / 255.0;
    }

    m.sharpnessLaplacian = normalisedLaplacianVariance(gray);

    const CleanvisionBlur::Result blur = CleanvisionBlur::compute(image.pixels.data(), w, h, c);
    m.blurScore = blur.score;
    m.pHash =
        perceptualHash(cv::Mat(blur.lumaHeight, blur.lumaWidth, CV_8UC1, const_cast<std::uint8_t*>(blur.luma.data())));
    m.pixelHash = pixelDigest(image);
    return m;
}

int hammingDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

}  // namespace lockstep
