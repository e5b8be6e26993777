#include "quality/ImageMetrics.h"

#include "media/ImageDecoder.h"
#include "quality/CleanvisionBlur.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/img_hash.hpp>

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

// Per-pixel brightness without floating point: key = 241 R^2 + 691 G^2 + 68 B^2 = 1000 x (0.241 R^2 + ...), exact
// in 32 bits, and monotonic in brightness = sqrt(key / 1000) / 255. Percentiles are order statistics of the key.
constexpr std::int32_t kMaxKey = 1000 * 255 * 255;
constexpr int kKeyShift = 16;
constexpr int kKeyBins = (kMaxKey >> kKeyShift) + 1;

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

double keyBrightness(std::int32_t key)
{
    return std::sqrt(double(key) / 1000.0) / 255.0;
}

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

struct ColourCounts {
    std::array<Histogram, 4> bands{};  // B, G, R, A
    std::array<std::uint32_t, kKeyBins> keyBins{};
};

// A range of whole key bins [lo, hi) whose keys the counting pass keeps, expected to contain a wanted percentile.
struct KeyWindow {
    std::int32_t lo = 0;
    std::int32_t hi = 0;
    std::vector<std::int32_t> keys;

    void offer(std::int32_t key)
    {
        if (std::uint32_t(key - lo) < std::uint32_t(hi - lo))
            keys.push_back(key);
    }
};

template <int C>
inline std::int32_t pixelKey(const std::uint8_t* p)
{
    return kKeys.r[p[2]] + kKeys.g[p[1]] + kKeys.b[p[0]];
}

template <int C>
inline void countColour(const std::uint8_t* p, ColourCounts& s, int& maxDiff, std::array<KeyWindow, 2>& windows)
{
    const int b = p[0];
    const int g = p[1];
    const int r = p[2];
    ++s.bands[0][std::size_t(b)];
    ++s.bands[1][std::size_t(g)];
    ++s.bands[2][std::size_t(r)];
    if constexpr (C == 4)
        ++s.bands[3][p[3]];
    const std::int32_t key = pixelKey<C>(p);
    ++s.keyBins[std::size_t(key >> kKeyShift)];
    windows[0].offer(key);
    windows[1].offer(key);
    maxDiff = std::max(maxDiff, std::max(std::abs(b - g), std::abs(g - r)));
}

// The bin holding rank r of a key histogram, and the number of keys in the bins below it.
int binOfRank(const std::array<std::uint32_t, kKeyBins>& bins, std::int64_t r, std::int64_t* before)
{
    std::int64_t below = 0;
    int bin = 0;
    while (bin < kKeyBins - 1 && below + bins[std::size_t(bin)] <= r)
        below += bins[std::size_t(bin++)];
    if (before)
        *before = below;
    return bin;
}

// Pass 0: the keys of a 1-in-16 subsample predict which bins hold each wanted percentile. Each window spans the
// subsample's quantiles q +- max(1%, 4 standard errors), rounded out to whole bins.
template <int C>
std::array<KeyWindow, 2> predictWindows(const cv::Mat& img, const std::array<double, 2>& quantiles)
{
    std::array<std::uint32_t, kKeyBins> bins{};
    std::int64_t m = 0;
    for (int y = 0; y < img.rows; y += 4) {
        const std::uint8_t* p = img.ptr<std::uint8_t>(y);
        for (int x = 0; x < img.cols; x += 4, m++)
            ++bins[std::size_t(pixelKey<C>(p + std::ptrdiff_t(x) * C) >> kKeyShift)];
    }
    std::array<KeyWindow, 2> windows;
    for (std::size_t i = 0; i < windows.size(); ++i) {
        const double q = quantiles[i];
        const double margin = std::max(0.01, 4.0 * std::sqrt(q * (1.0 - q) / double(m)));
        const auto rank = [m](double v) { return std::int64_t(std::clamp(v, 0.0, 1.0) * double(m - 1)); };
        const int lo = binOfRank(bins, rank(q - margin), nullptr);
        const int hi = binOfRank(bins, rank(q + margin), nullptr) + 1;
        windows[i].lo = lo << kKeyShift;
        windows[i].hi = hi << kKeyShift;
        std::int64_t expected = 0;
        for (int b = lo; b < hi; ++b)
            expected += bins[std::size_t(b)];
        windows[i].keys.reserve(std::size_t(expected * 20));  // 16x the subsample, with room
    }
    return windows;
}

// Pass 1 over a B G R (A) image: per-band histograms, the brightness-key histogram, the largest channel difference,
// and the keys inside the predicted windows. Even and odd pixels count into separate tables, so that runs of equal
// pixels (smooth areas) do not serialise on one counter; the tables are summed at the end.
template <int C>
int scanColour(const cv::Mat& img, ColourCounts& s, std::array<KeyWindow, 2>& windows)
{
    ColourCounts odd;
    int maxDiff = 0;
    for (int y = 0; y < img.rows; ++y) {
        const std::uint8_t* p = img.ptr<std::uint8_t>(y);
        int x = 0;
        for (; x + 1 < img.cols; x += 2, p += 2 * C) {
            countColour<C>(p, s, maxDiff, windows);
            countColour<C>(p + C, odd, maxDiff, windows);
        }
        if (x < img.cols)
            countColour<C>(p, s, maxDiff, windows);
    }
    for (std::size_t b = 0; b < s.bands.size(); ++b)
        for (std::size_t v = 0; v < 256; ++v)
            s.bands[b][v] += odd.bands[b][v];
    for (std::size_t k = 0; k < s.keyBins.size(); ++k)
        s.keyBins[k] += odd.keyBins[k];
    return maxDiff;
}

// Fallback pass 2, for a rank whose bin fell outside its predicted window: collect the keys of that bin, then
// nth_element inside it.
template <int C>
std::int32_t keyOfRank(const cv::Mat& img, const ColourCounts& s, std::int64_t rank)
{
    std::int64_t before = 0;
    const int bin = binOfRank(s.keyBins, rank, &before);
    std::vector<std::int32_t> keys;
    keys.reserve(s.keyBins[std::size_t(bin)]);
    for (int y = 0; y < img.rows; ++y) {
        const std::uint8_t* p = img.ptr<std::uint8_t>(y);
        for (int x = 0; x < img.cols; ++x, p += C) {
            const std::int32_t key = pixelKey<C>(p);
            if ((key >> kKeyShift) == bin)
                keys.push_back(key);
        }
    }
    const auto nth = keys.begin() + std::ptrdiff_t(rank - before);
    std::nth_element(keys.begin(), nth, keys.end());
    return *nth;
}

// The exact key of a rank: from its window when the full histogram puts the rank's bin inside it (nearly always),
// else from a second pass.
template <int C>
std::int32_t keyOfRank(const cv::Mat& img, const ColourCounts& s, KeyWindow& window, std::int64_t rank)
{
    std::int64_t before = 0;
    const int bin = binOfRank(s.keyBins, rank, &before);
    if ((bin << kKeyShift) < window.lo || (bin << kKeyShift) >= window.hi)
        return keyOfRank<C>(img, s, rank);
    std::int64_t belowWindow = 0;
    for (int b = 0; b < (window.lo >> kKeyShift); ++b)
        belowWindow += s.keyBins[std::size_t(b)];
    const auto nth = window.keys.begin() + std::ptrdiff_t(rank - belowWindow);
    std::nth_element(window.keys.begin(), nth, window.keys.end());
    return *nth;
}

template <int C>
void colourMeasures(const cv::Mat& img, ImageMetrics& m)
{
    const std::int64_t n = std::int64_t(img.rows) * img.cols;
    const double dn = double(n);
    const PercentileRanks p5 = percentileRanks(5, n);
    const PercentileRanks p99 = percentileRanks(99, n);
    std::array<KeyWindow, 2> windows = predictWindows<C>(img, {0.05, 0.99});

    ColourCounts s;
    const int maxDiff = scanColour<C>(img, s, windows);
    m.grayscale = maxDiff <= kGrayscaleTolerance;
    m.brightnessMean =
        perceivedBrightness(histogramMean(s.bands[2], dn), histogramMean(s.bands[1], dn), histogramMean(s.bands[0], dn));
    m.entropy = bandEntropy(s.bands.data(), C);
    m.brightnessP5 = lerp(keyBrightness(keyOfRank<C>(img, s, windows[0], p5.lo)),
                          keyBrightness(keyOfRank<C>(img, s, windows[0], p5.hi)), p5.t);
    m.brightnessP99 = lerp(keyBrightness(keyOfRank<C>(img, s, windows[1], p99.lo)),
                           keyBrightness(keyOfRank<C>(img, s, windows[1], p99.hi)), p99.t);
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
    // Qt 6.4 has no BLAKE2b-128; BLAKE2b-160 truncated to 16 bytes is the fastest 128-bit choice it offers here.
    QCryptographicHash hash(QCryptographicHash::Blake2b_160);
    std::array<char, 12> header{};
    qToLittleEndian<qint32>(image.info.width, header.data());
    qToLittleEndian<qint32>(image.info.height, header.data() + 4);
    qToLittleEndian<qint32>(image.info.channels, header.data() + 8);
    hash.addData(QByteArrayView(header.data(), qsizetype(header.size())));
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(image.pixels.data()), qsizetype(image.pixels.size())));
    return hash.result().left(16);
}

}  // namespace

QList<QPair<QString, double>> ImageMetrics::toList() const
{
    return {
        {QStringLiteral("image.width"), double(width)},
        {QStringLiteral("image.height"), double(height)},
        {QStringLiteral("image.channels"), double(channels)},
        {QStringLiteral("image.is_grayscale"), grayscale ? 1.0 : 0.0},
        {QStringLiteral("image.aspect_ratio"), aspectRatio},
        {QStringLiteral("image.brightness_mean"), brightnessMean},
        {QStringLiteral("image.brightness_p5"), brightnessP5},
        {QStringLiteral("image.brightness_p99"), brightnessP99},
        {QStringLiteral("image.contrast_rms"), contrastRms},
        {QStringLiteral("image.sharpness_laplacian"), sharpnessLaplacian},
        {QStringLiteral("image.blur_score"), blurScore},
        {QStringLiteral("image.entropy"), entropy},
    };
}

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
    m.pHash = perceptualHash(
        cv::Mat(blur.lumaHeight, blur.lumaWidth, CV_8UC1, const_cast<std::uint8_t*>(blur.luma.data())));
    m.pixelHash = pixelDigest(image);
    return m;
}

int hammingDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

}  // namespace lockstep
