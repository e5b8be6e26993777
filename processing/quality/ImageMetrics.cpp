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

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace lockstep {

namespace {

// The resolution the sharpness is normalised to (ImageMetrics.h): at this long side the value is the plain
// variance of the Laplacian.
constexpr double kSharpnessReferenceSide = 512.0;
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

// OpenCV's BORDER_REFLECT_101 (cv::Laplacian's default border): -1 -> 1, len -> len - 2; a single row or column
// reflects onto itself.
inline int reflect101(int p, int len)
{
    if (len == 1)
        return 0;
    return p < 0 ? -p : (p >= len ? 2 * len - 2 - p : p);
}

struct LaplacianSums {
    std::int64_t sum = 0;
    std::int64_t squares = 0;
};

// Sum and sum of squares of the 3x3 Laplacian (ksize 1: up + down + left + right - 4 x centre) along one row of
// an 8-bit image, given the rows above and below it (already reflected at the top and bottom), reflect-101 at the
// left and right ends. Exact integer arithmetic: what cv::Laplacian to CV_16S followed by cv::sum and Mat::dot
// gives, without the 16-bit image and without filter2D's generic 3x3 path.
void addLaplacianRow(const std::uint8_t* up, const std::uint8_t* row, const std::uint8_t* down, int w, LaplacianSums& s)
{
    const auto at = [&](int x) {
        const int l = up[x] + down[x] + row[reflect101(x - 1, w)] + row[reflect101(x + 1, w)] - 4 * row[x];
        s.sum += l;
        s.squares += std::int64_t(l) * l;
    };
    at(0);
    int x = 1;
#if CV_SIMD128
    // 16 pixels per step as two 8 x int16 halves (|l| <= 1020); pmaddwd forms l^2 pairwise in int32. Chunks of
    // 1024 pixels keep each int32 lane under 2^31 before it is added to the 64-bit totals.
    const cv::v_int16x8 ones = cv::v_setall_s16(1);
    while (x + 16 <= w - 1) {  // the right neighbours of 16 pixels from x: up to x + 16, before the last column
        cv::v_int32x4 sum = cv::v_setzero_s32();
        cv::v_int32x4 squares = cv::v_setzero_s32();
        const int end = std::min(w - 1, x + 1024);
        for (; x + 16 <= end; x += 16) {
            cv::v_uint16x8 c0, c1, u0, u1, d0, d1, l0, l1, r0, r1;
            cv::v_expand(cv::v_load(row + x), c0, c1);
            cv::v_expand(cv::v_load(up + x), u0, u1);
            cv::v_expand(cv::v_load(down + x), d0, d1);
            cv::v_expand(cv::v_load(row + x - 1), l0, l1);
            cv::v_expand(cv::v_load(row + x + 1), r0, r1);
            const cv::v_int16x8 a =
                cv::v_reinterpret_as_s16(u0 + d0 + l0 + r0) - cv::v_reinterpret_as_s16(cv::v_shl<2>(c0));
            const cv::v_int16x8 b =
                cv::v_reinterpret_as_s16(u1 + d1 + l1 + r1) - cv::v_reinterpret_as_s16(cv::v_shl<2>(c1));
            sum = cv::v_dotprod(a, ones, sum);
            sum = cv::v_dotprod(b, ones, sum);
            squares = cv::v_dotprod(a, a, squares);
            squares = cv::v_dotprod(b, b, squares);
        }
        std::array<std::int32_t, 4> lanes{};
        cv::v_store(lanes.data(), squares);
        s.sum += cv::v_reduce_sum(sum);
        s.squares += std::int64_t(lanes[0]) + lanes[1] + lanes[2] + lanes[3];
    }
#endif
    for (; x < w; ++x)
        at(x);
}

// The Laplacian of rows handed over top to bottom, each row's once the row below it has arrived (reflect-101 at
// the top and bottom), so that the grey image never has to exist in full: the colour pass writes its grey rows
// into a ring of three and measures them while they are in the cache.
class LaplacianRows {
public:
    LaplacianRows(int width, int height) : m_width(width), m_height(height) {}

    // Row y has just been written; rowAt(r) gives row r for r in y - 2 .. y.
    template <typename RowAt>
    void rowWritten(int y, const RowAt& rowAt)
    {
        if (y >= 1) {
            const int r = y - 1;
            addLaplacianRow(rowAt(reflect101(r - 1, m_height)), rowAt(r), rowAt(y), m_width, m_sums);
        }
        if (y == m_height - 1) {  // the last row: the row below it is the one above it (or itself)
            const int other = reflect101(y + 1, m_height);
            addLaplacianRow(rowAt(other), rowAt(y), rowAt(other), m_width, m_sums);
        }
    }

    // The population variance of the Laplacian over the image, times long side / 512 (ImageMetrics.h).
    double normalisedVariance() const
    {
        const double count = double(m_width) * double(m_height);
        const double mean = double(m_sums.sum) / count;
        const double variance = std::max(0.0, double(m_sums.squares) / count - mean * mean);
        return variance * double(std::max(m_width, m_height)) / kSharpnessReferenceSide;
    }

private:
    int m_width;
    int m_height;
    LaplacianSums m_sums;
};

struct ColourCounts {
    std::array<Histogram, 4> bands{};  // B, G, R, A
    BrightnessHistogram brightness{};
    std::int64_t graySum = 0;  // of the grey image written beside the counts (exact)
    std::int64_t graySquares = 0;
};

// cv::cvtColor's BGR(A) -> GRAY for 8 bits: (3735 B + 19235 G + 9798 R + 2^14) >> 15, the same integers in its table
// and SIMD paths.
constexpr int kGrayB = 3735;
constexpr int kGrayG = 19235;
constexpr int kGrayR = 9798;
constexpr int kGrayShift = 15;

inline int grayOf(int b, int g, int r)
{
    return (kGrayB * b + kGrayG * g + kGrayR * r + (1 << (kGrayShift - 1))) >> kGrayShift;
}

#if defined(__x86_64__) && CV_SIMD128
#define LOCKSTEP_IMAGE_METRICS_AVX2 1
// The AVX2 path of the colour pass for B G R pixels, 16 per step: SSSE3 byte shuffles deinterleave them (the SSE2
// path needs a long unpack cascade), the keys and the grey values are formed in 16 x 16-bit lanes. The same
// integers and the same float operations as the SSE2 path (cvtdq2ps, sqrtps, mulps, cvttps2dq), so the same bins,
// grey bytes and sums. Compiled for AVX2 function by function (target attribute), chosen at run time.
namespace avx2 {

// pshufb masks: byte j of channel c comes from byte 3j + c of the 48 loaded, i.e. from load k = (3j + c) / 16.
struct DeinterleaveMasks {
    alignas(16) std::int8_t m[3][3][16];
};

constexpr DeinterleaveMasks makeDeinterleaveMasks()
{
    DeinterleaveMasks d{};
    for (int c = 0; c < 3; ++c)
        for (int k = 0; k < 3; ++k)
            for (int j = 0; j < 16; ++j) {
                const int at = 3 * j + c - 16 * k;
                d.m[c][k][j] = static_cast<std::int8_t>(at >= 0 && at < 16 ? at : -128);
            }
    return d;
}

constexpr DeinterleaveMasks kDeinterleave = makeDeinterleaveMasks();

__attribute__((target("avx2"))) inline __m128i channelOf(const __m128i* x, int c)
{
    const auto mask = [c](int k) { return _mm_load_si128(reinterpret_cast<const __m128i*>(kDeinterleave.m[c][k])); };
    return _mm_or_si128(_mm_or_si128(_mm_shuffle_epi8(x[0], mask(0)), _mm_shuffle_epi8(x[1], mask(1))),
                        _mm_shuffle_epi8(x[2], mask(2)));
}

// weight x v^2 for 16 channel values, as 2 x 8 uint32 (lanes 0-3 and 8-11, then 4-7 and 12-15).
__attribute__((target("avx2"))) inline void addSquareTimes(__m256i v16, __m256i weight, __m256i& lo, __m256i& hi)
{
    const __m256i squares = _mm256_mullo_epi16(v16, v16);  // <= 255^2: exact in 16 bits
    const __m256i low = _mm256_mullo_epi16(squares, weight);
    const __m256i high = _mm256_mulhi_epu16(squares, weight);
    lo = _mm256_add_epi32(lo, _mm256_unpacklo_epi16(low, high));
    hi = _mm256_add_epi32(hi, _mm256_unpackhi_epi16(low, high));
}

__attribute__((target("avx2"))) inline __m256i binsOf(__m256i key, __m256 scale, __m256i top)
{
    const __m256 root = _mm256_sqrt_ps(_mm256_cvtepi32_ps(key));
    return _mm256_min_epi32(_mm256_cvttps_epi32(_mm256_mul_ps(root, scale)), top);
}

// Pixels 0 .. (n / 16) * 16 - 1 of a chunk of at most 512: their brightness bins (in an order of its own within
// each 16: only the histogram reads them), grey bytes (in pixel order) with their sum and sum of squares, and the
// largest channel difference. Returns the number of pixels done.
__attribute__((target("avx2"))) int colourChunk(const std::uint8_t* chunk, int n, float binScale, std::int32_t* bins,
                                                std::uint8_t* gray, std::int64_t& graySum, std::int64_t& graySquares,
                                                int& maxDiff)
{
    const __m256 scale = _mm256_set1_ps(binScale);
    const __m256i top = _mm256_set1_epi32(kBrightnessBins);
    const __m256i wr = _mm256_set1_epi16(241), wg = _mm256_set1_epi16(691), wb = _mm256_set1_epi16(68);
    const __m256i bgWeights = _mm256_set1_epi32(kGrayB | (kGrayG << 16));
    const __m256i rWeights = _mm256_set1_epi32(kGrayR | ((1 << (kGrayShift - 1)) << 16));
    const __m256i one16 = _mm256_set1_epi16(1);
    __m128i diffs = _mm_setzero_si128();
    __m256i sum = _mm256_setzero_si256();  // per int32 lane and chunk: at most 512 / 8 x 255^2 < 2^31
    __m256i squares = _mm256_setzero_si256();
    int i = 0;
    for (; i + 16 <= n; i += 16) {
        const __m128i* p = reinterpret_cast<const __m128i*>(chunk + std::ptrdiff_t(i) * 3);
        const __m128i x[3] = {_mm_loadu_si128(p), _mm_loadu_si128(p + 1), _mm_loadu_si128(p + 2)};
        const __m128i b = channelOf(x, 0), g = channelOf(x, 1), r = channelOf(x, 2);
        const auto absDiff = [](__m128i u, __m128i v) {
            return _mm_or_si128(_mm_subs_epu8(u, v), _mm_subs_epu8(v, u));
        };
        diffs = _mm_max_epu8(diffs, _mm_max_epu8(absDiff(b, g), absDiff(g, r)));
        const __m256i b16 = _mm256_cvtepu8_epi16(b), g16 = _mm256_cvtepu8_epi16(g), r16 = _mm256_cvtepu8_epi16(r);

        __m256i keyLo = _mm256_setzero_si256(), keyHi = _mm256_setzero_si256();
        addSquareTimes(b16, wb, keyLo, keyHi);
        addSquareTimes(g16, wg, keyLo, keyHi);
        addSquareTimes(r16, wr, keyLo, keyHi);
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(bins + i), binsOf(keyLo, scale, top));
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(bins + i + 8), binsOf(keyHi, scale, top));

        // (3735 B + 19235 G) and (9798 R + 2^14 x 1) by pmaddwd, in-lane unpacks undone by the in-lane pack.
        const __m256i yLo =
            _mm256_srai_epi32(_mm256_add_epi32(_mm256_madd_epi16(_mm256_unpacklo_epi16(b16, g16), bgWeights),
                                               _mm256_madd_epi16(_mm256_unpacklo_epi16(r16, one16), rWeights)),
                              kGrayShift);
        const __m256i yHi =
            _mm256_srai_epi32(_mm256_add_epi32(_mm256_madd_epi16(_mm256_unpackhi_epi16(b16, g16), bgWeights),
                                               _mm256_madd_epi16(_mm256_unpackhi_epi16(r16, one16), rWeights)),
                              kGrayShift);
        const __m256i y16 = _mm256_packs_epi32(yLo, yHi);  // 16 grey values in pixel order
        const __m256i bytes = _mm256_permute4x64_epi64(_mm256_packus_epi16(y16, y16), _MM_SHUFFLE(3, 1, 2, 0));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(gray + i), _mm256_castsi256_si128(bytes));
        sum = _mm256_add_epi32(sum, _mm256_madd_epi16(y16, one16));
        squares = _mm256_add_epi32(squares, _mm256_madd_epi16(y16, y16));
    }
    alignas(32) std::int32_t lanes[8];
    _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), sum);
    for (const std::int32_t v : lanes)
        graySum += v;
    _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), squares);
    for (const std::int32_t v : lanes)
        graySquares += v;
    alignas(16) std::uint8_t d[16];
    _mm_store_si128(reinterpret_cast<__m128i*>(d), diffs);
    for (const std::uint8_t v : d)
        maxDiff = std::max(maxDiff, int(v));
    return i;
}

}  // namespace avx2
#endif

// One pass over a B G R (A) image, in chunks of a row: the brightness keys, the largest channel difference and the
// grey image (cvtColor's, written to `gray`, with its exact sum and sum of squares for the contrast), 16 pixels at a
// time (exact integer keys: squares in 16 bits, products with the weights widened to 32), their bins
// (float square root, as the scalar tail), then the band histograms and the brightness histogram (even and odd
// pixels count into separate band tables, so that runs of equal pixels do not serialise on one counter).
template <int C>
int scanColour(const cv::Mat& img, ColourCounts& s, LaplacianRows& laplacian, bool useAvx2)
{
    // The grey rows: a ring of three, enough for the Laplacian of the row before the newest.
    std::vector<std::uint8_t> ring(std::size_t(img.cols) * 3);
    const auto grayRowAt = [&](int y) { return ring.data() + std::ptrdiff_t(y % 3) * img.cols; };
    constexpr int kChunk = 512;
    const float scale = static_cast<float>(kBrightnessBins / std::sqrt(double(kMaxKey)));
    std::array<Histogram, 4> odd{};
    BrightnessHistogram oddBrightness{};  // neighbours mostly share a brightness bin too
    std::array<std::int32_t, kChunk> bins;
    int maxDiff = 0;
#if CV_SIMD128
    const cv::v_float32x4 vscale = cv::v_setall_f32(scale);
    const cv::v_int32x4 top = cv::v_setall_s32(kBrightnessBins);
    const cv::v_uint16x8 wr = cv::v_setall_u16(241), wg = cv::v_setall_u16(691), wb = cv::v_setall_u16(68);
    cv::v_uint8x16 diffs = cv::v_setzero_u8();
    const cv::v_int16x8 bgWeights = cv::v_reinterpret_as_s16(cv::v_setall_u32(kGrayB | (std::uint32_t(kGrayG) << 16)));
    const cv::v_int16x8 rWeights =
        cv::v_reinterpret_as_s16(cv::v_setall_u32(kGrayR | (std::uint32_t(1 << (kGrayShift - 1)) << 16)));
    const cv::v_uint16x8 one16 = cv::v_setall_u16(1);
    const cv::v_int16x8 ones = cv::v_setall_s16(1);
    // 8 grey values from B G R halves: pmaddwd on (B, G) and (R, 1) pairs, the rounding constant as R's partner.
    const auto grayOf8 = [&](const cv::v_uint16x8& b, const cv::v_uint16x8& g, const cv::v_uint16x8& r) {
        cv::v_uint16x8 bg0, bg1, r10, r11;
        cv::v_zip(b, g, bg0, bg1);
        cv::v_zip(r, one16, r10, r11);
        const cv::v_int32x4 lo = cv::v_shr<kGrayShift>(cv::v_dotprod(cv::v_reinterpret_as_s16(bg0), bgWeights) +
                                                       cv::v_dotprod(cv::v_reinterpret_as_s16(r10), rWeights));
        const cv::v_int32x4 hi = cv::v_shr<kGrayShift>(cv::v_dotprod(cv::v_reinterpret_as_s16(bg1), bgWeights) +
                                                       cv::v_dotprod(cv::v_reinterpret_as_s16(r11), rWeights));
        return cv::v_pack(lo, hi);  // 0..255, as int16
    };
    const auto storeBins = [&](const cv::v_uint32x4& key, std::int32_t* out) {
        const cv::v_float32x4 root = cv::v_sqrt(cv::v_cvt_f32(cv::v_reinterpret_as_s32(key)));
        cv::v_store(out, cv::v_min(cv::v_trunc(root * vscale), top));
    };
    const auto keysOf = [&](const cv::v_uint16x8& b, const cv::v_uint16x8& g, const cv::v_uint16x8& r,
                            std::int32_t* out) {
        cv::v_uint32x4 b0, b1, g0, g1, r0, r1;
        cv::v_mul_expand(cv::v_mul_wrap(b, b), wb, b0, b1);
        cv::v_mul_expand(cv::v_mul_wrap(g, g), wg, g0, g1);
        cv::v_mul_expand(cv::v_mul_wrap(r, r), wr, r0, r1);
        storeBins(b0 + g0 + r0, out);
        storeBins(b1 + g1 + r1, out + 4);
    };
#endif
    for (int y = 0; y < img.rows; ++y) {
        const std::uint8_t* row = img.ptr<std::uint8_t>(y);
        std::uint8_t* grayRow = grayRowAt(y);
        for (int x0 = 0; x0 < img.cols; x0 += kChunk) {
            const int n = std::min(kChunk, img.cols - x0);
            const std::uint8_t* chunk = row + std::ptrdiff_t(x0) * C;
            std::uint8_t* grayChunk = grayRow + x0;
            int i = 0;
#if LOCKSTEP_IMAGE_METRICS_AVX2
            if constexpr (C == 3)
                if (useAvx2)
                    i = avx2::colourChunk(chunk, n, scale, bins.data(), grayChunk, s.graySum, s.graySquares, maxDiff);
#endif
#if CV_SIMD128
            // Per int32 lane and chunk: at most 512 / 8 x 2 x 255^2 < 2^31.
            cv::v_int32x4 graySum = cv::v_setzero_s32();
            cv::v_int32x4 graySquares = cv::v_setzero_s32();
            for (; i + 16 <= n; i += 16) {
                cv::v_uint8x16 b, g, r;
                if constexpr (C == 4) {
                    cv::v_uint8x16 a;
                    cv::v_load_deinterleave(chunk + std::ptrdiff_t(i) * C, b, g, r, a);
                } else {
                    cv::v_load_deinterleave(chunk + std::ptrdiff_t(i) * C, b, g, r);
                }
                diffs = cv::v_max(diffs, cv::v_max(cv::v_absdiff(b, g), cv::v_absdiff(g, r)));
                cv::v_uint16x8 b0, b1, g0, g1, r0, r1;
                cv::v_expand(b, b0, b1);
                cv::v_expand(g, g0, g1);
                cv::v_expand(r, r0, r1);
                keysOf(b0, g0, r0, bins.data() + i);
                keysOf(b1, g1, r1, bins.data() + i + 8);
                const cv::v_int16x8 y0 = grayOf8(b0, g0, r0);
                const cv::v_int16x8 y1 = grayOf8(b1, g1, r1);
                cv::v_store(grayChunk + i, cv::v_pack_u(y0, y1));
                graySum = cv::v_dotprod(y0, ones, graySum);
                graySum = cv::v_dotprod(y1, ones, graySum);
                graySquares = cv::v_dotprod(y0, y0, graySquares);
                graySquares = cv::v_dotprod(y1, y1, graySquares);
            }
            s.graySum += cv::v_reduce_sum(graySum);
            s.graySquares += cv::v_reduce_sum(graySquares);
#endif
            for (const std::uint8_t* p = chunk + std::ptrdiff_t(i) * C; i < n; ++i, p += C) {
                const int b = p[0];
                const int g = p[1];
                const int r = p[2];
                const std::int32_t key = kKeys.r[std::size_t(r)] + kKeys.g[std::size_t(g)] + kKeys.b[std::size_t(b)];
                bins[std::size_t(i)] = std::min(int(std::sqrt(float(key)) * scale), kBrightnessBins);
                maxDiff = std::max(maxDiff, std::max(std::abs(b - g), std::abs(g - r)));
                const int luma = grayOf(b, g, r);
                grayChunk[i] = static_cast<std::uint8_t>(luma);
                s.graySum += luma;
                s.graySquares += luma * luma;
            }
            const auto count = [&](std::array<Histogram, 4>& h, BrightnessHistogram& bright, int at) {
                const std::uint8_t* p = chunk + std::ptrdiff_t(at) * C;
                ++h[0][p[0]];
                ++h[1][p[1]];
                ++h[2][p[2]];
                if constexpr (C == 4)
                    ++h[3][p[3]];
                ++bright[std::size_t(bins[std::size_t(at)])];
            };
            for (i = 0; i + 1 < n; i += 2) {
                count(s.bands, s.brightness, i);
                count(odd, oddBrightness, i + 1);
            }
            if (i < n)
                count(s.bands, s.brightness, i);
        }
        laplacian.rowWritten(y, grayRowAt);
    }
#if CV_SIMD128
    std::array<std::uint8_t, 16> lanes{};
    cv::v_store(lanes.data(), diffs);
    for (const std::uint8_t d : lanes)
        maxDiff = std::max(maxDiff, int(d));
#endif
    for (std::size_t b = 0; b < s.bands.size(); ++b)
        for (std::size_t v = 0; v < 256; ++v)
            s.bands[b][v] += odd[b][v];
    for (std::size_t v = 0; v < s.brightness.size(); ++v)
        s.brightness[v] += oddBrightness[v];
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

// The colour measures and the sharpness, in one pass over the pixels.
template <int C>
void colourMeasures(const cv::Mat& img, ImageMetrics& m, bool useAvx2)
{
    const std::int64_t n = std::int64_t(img.rows) * img.cols;
    const double dn = double(n);
    ColourCounts s;
    LaplacianRows laplacian(img.cols, img.rows);
    const int maxDiff = scanColour<C>(img, s, laplacian, useAvx2);
    m.sharpnessLaplacian = laplacian.normalisedVariance();
    m.grayscale = maxDiff <= kGrayscaleTolerance;
    // cv::meanStdDev's population standard deviation from the exact sums, in its order of operations (a product with
    // 1 / n, not a division), so that the stored number is the same to the last bit.
    const double scale = 1.0 / dn;
    const double grayMean = double(s.graySum) * scale;
    m.contrastRms = std::sqrt(std::max(0.0, double(s.graySquares) * scale - grayMean * grayMean)) / 255.0;
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
    LaplacianRows laplacian(img.cols, img.rows);
    const auto rowAt = [&img](int y) { return img.ptr<std::uint8_t>(y); };
    for (int y = 0; y < img.rows; ++y) {
        const std::uint8_t* p = img.ptr<std::uint8_t>(y);
        int x = 0;
        for (; x + 1 < img.cols; x += 2) {
            ++h[p[x]];
            ++odd[p[x + 1]];
        }
        if (x < img.cols)
            ++h[p[x]];
        laplacian.rowWritten(y, rowAt);
    }
    m.sharpnessLaplacian = laplacian.normalisedVariance();
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

ImageMetrics ImageMetricsCalculator::compute(const DecodedImage& image, SimdPath path)
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

    switch (c) {
    case 1: grayMeasures(src, m); break;
    case 3: colourMeasures<3>(src, m, runsAvx2(path)); break;
    default: colourMeasures<4>(src, m, runsAvx2(path)); break;
    }

    const CleanvisionBlur::Result blur = CleanvisionBlur::compute(image.pixels.data(), w, h, c, path);
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
