#include "quality/CleanvisionBlur.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <map>
#include <memory>
#include <utility>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/core/hal/intrin.hpp>

#if defined(__x86_64__) && CV_SIMD128
#include <immintrin.h>
#define LOCKSTEP_CLEANVISION_AVX2 1
#endif

namespace lockstep {

namespace {

// PIL's 8-bit resampler keeps 22 fractional bits in its coefficients (libImaging/Resample.c).
constexpr int kPrecisionBits = 32 - 8 - 2;
constexpr std::int32_t kHalf = std::int32_t(1) << (kPrecisionBits - 1);

inline std::uint8_t clip8(std::int32_t v)
{
    return static_cast<std::uint8_t>(std::clamp(v >> kPrecisionBits, 0, 255));
}

// The bicubic convolution kernel with a = -0.5, support 2.
double bicubic(double x)
{
    constexpr double a = -0.5;
    if (x < 0.0)
        x = -x;
    if (x < 1.0)
        return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
    if (x < 2.0)
        return (((x - 5) * x + 8) * x - 4) * a;
    return 0.0;
}

// Fixed-point weights for resampling inSize samples to outSize, computed with the same double arithmetic, in the
// same order, as PIL's precompute_coeffs + normalize_coeffs_8bpc, so that every weight is identical.
struct Coefficients {
    int ksize = 0;
    int pairs = 0;                // (ksize + 1) / 2
    std::vector<int> first;       // first input sample of each output sample
    std::vector<int> count;       // number of taps of each output sample
    std::vector<std::int32_t> k;  // outSize x ksize weights
#if CV_SIMD128
    // The same weights split for pmaddwd: k = hi * 2^11 + lo with 0 <= lo < 2^11, both in int16, two taps per
    // vector (outSize x pairs).
    std::vector<cv::v_int16x8> hi;
    std::vector<cv::v_int16x8> lo;
#endif
};

Coefficients bicubicCoefficients(int inSize, int outSize)
{
    Coefficients c;
    const float in0 = 0.0f;
    const float in1 = static_cast<float>(inSize);
    const double scale = static_cast<double>(in1 - in0) / outSize;
    const double filterScale = scale < 1.0 ? 1.0 : scale;
    const double support = 2.0 * filterScale;
    c.ksize = static_cast<int>(std::ceil(support)) * 2 + 1;
    c.first.resize(std::size_t(outSize));
    c.count.resize(std::size_t(outSize));
    c.k.assign(std::size_t(outSize) * std::size_t(c.ksize), 0);
    std::vector<double> w(std::size_t(c.ksize));
    for (int xx = 0; xx < outSize; ++xx) {
        const double center = in0 + (xx + 0.5) * scale;
        const double ss = 1.0 / filterScale;
        int xmin = static_cast<int>(center - support + 0.5);
        if (xmin < 0)
            xmin = 0;
        int xmax = static_cast<int>(center + support + 0.5);
        if (xmax > inSize)
            xmax = inSize;
        xmax -= xmin;
        double ww = 0.0;
        for (int x = 0; x < xmax; ++x) {
            w[std::size_t(x)] = bicubic((x + xmin - center + 0.5) * ss);
            ww += w[std::size_t(x)];
        }
        std::int32_t* k = &c.k[std::size_t(xx) * std::size_t(c.ksize)];
        for (int x = 0; x < xmax; ++x) {
            const double v = ww != 0.0 ? w[std::size_t(x)] / ww : w[std::size_t(x)];
            k[x] = v < 0 ? static_cast<std::int32_t>(-0.5 + v * (1 << kPrecisionBits))
                         : static_cast<std::int32_t>(0.5 + v * (1 << kPrecisionBits));
        }
        c.first[std::size_t(xx)] = xmin;
        c.count[std::size_t(xx)] = xmax;
    }
    c.pairs = (c.ksize + 1) / 2;
#if CV_SIMD128
    const auto pack = [](std::int32_t a, std::int32_t b) {
        return cv::v_reinterpret_as_s16(
            cv::v_setall_u32(std::uint32_t(std::uint16_t(a)) | (std::uint32_t(std::uint16_t(b)) << 16)));
    };
    c.hi.resize(std::size_t(outSize) * std::size_t(c.pairs));
    c.lo.resize(c.hi.size());
    for (int xx = 0; xx < outSize; ++xx) {
        const std::int32_t* k = &c.k[std::size_t(xx) * std::size_t(c.ksize)];
        for (int p = 0; p < c.pairs; ++p) {
            const std::int32_t k0 = k[2 * p];
            const std::int32_t k1 = 2 * p + 1 < c.ksize ? k[2 * p + 1] : 0;  // weights past count are 0
            const std::size_t at = std::size_t(xx) * std::size_t(c.pairs) + std::size_t(p);
            c.hi[at] = pack(k0 >> 11, k1 >> 11);
            c.lo[at] = pack(k0 & 0x7ff, k1 & 0x7ff);
        }
    }
#endif
    return c;
}

// The weights depend only on the two sizes, and a dataset has few distinct image sizes: each thread keeps the
// ones it has made (shared pointers, so that trimming the cache never invalidates weights in use).
std::shared_ptr<const Coefficients> cachedCoefficients(int inSize, int outSize)
{
    thread_local std::map<std::pair<int, int>, std::shared_ptr<const Coefficients>> cache;
    auto& slot = cache[{inSize, outSize}];
    if (!slot) {
        if (cache.size() > 256)
            cache = {{{inSize, outSize}, nullptr}};
        auto& fresh = cache[{inSize, outSize}];
        fresh = std::make_shared<const Coefficients>(bicubicCoefficients(inSize, outSize));
        return fresh;
    }
    return slot;
}

// out[i] = clip8(2^21 + sum_t rows[t][i] * k[t]) for i < n, with the taps and weights of output `index`: PIL's
// 8-bit accumulation for one output row (vertical pass) or one output column of a transposed strip (horizontal
// pass). Exact in SIMD: with k = hi * 2^11 + lo, (sum hi * v) * 2^11 + sum lo * v is the same integer as sum k * v,
// and pmaddwd (v_dotprod) forms the int16 products two taps at a time.
void convolveRows(const std::uint8_t* const* rows, const Coefficients& co, int index, int n, std::uint8_t* out)
{
    const int taps = co.count[std::size_t(index)];
    const std::int32_t* k = &co.k[std::size_t(index) * std::size_t(co.ksize)];
    int i = 0;
#if CV_SIMD128
    const cv::v_int16x8* hi = &co.hi[std::size_t(index) * std::size_t(co.pairs)];
    const cv::v_int16x8* lo = &co.lo[std::size_t(index) * std::size_t(co.pairs)];
    const int pairs = (taps + 1) / 2;
    const cv::v_int32x4 half = cv::v_setall_s32(kHalf);
    for (; i + 16 <= n; i += 16) {
        cv::v_int32x4 h0 = cv::v_setzero_s32(), h1 = h0, h2 = h0, h3 = h0;
        cv::v_int32x4 l0 = h0, l1 = h0, l2 = h0, l3 = h0;
        for (int p = 0; p < pairs; ++p) {
            const std::uint8_t* a = rows[2 * p] + i;
            const std::uint8_t* b = 2 * p + 1 < taps ? rows[2 * p + 1] + i : a;  // its weight is 0
            cv::v_uint8x16 z0, z1;
            cv::v_zip(cv::v_load(a), cv::v_load(b), z0, z1);  // a0 b0 a1 b1 ...
            cv::v_uint16x8 w0, w1, w2, w3;
            cv::v_expand(z0, w0, w1);
            cv::v_expand(z1, w2, w3);
            h0 = cv::v_dotprod(cv::v_reinterpret_as_s16(w0), hi[p], h0);
            l0 = cv::v_dotprod(cv::v_reinterpret_as_s16(w0), lo[p], l0);
            h1 = cv::v_dotprod(cv::v_reinterpret_as_s16(w1), hi[p], h1);
            l1 = cv::v_dotprod(cv::v_reinterpret_as_s16(w1), lo[p], l1);
            h2 = cv::v_dotprod(cv::v_reinterpret_as_s16(w2), hi[p], h2);
            l2 = cv::v_dotprod(cv::v_reinterpret_as_s16(w2), lo[p], l2);
            h3 = cv::v_dotprod(cv::v_reinterpret_as_s16(w3), hi[p], h3);
            l3 = cv::v_dotprod(cv::v_reinterpret_as_s16(w3), lo[p], l3);
        }
        const auto finish = [&half](const cv::v_int32x4& h, const cv::v_int32x4& l) {
            return cv::v_shr<kPrecisionBits>(cv::v_shl<11>(h) + l + half);
        };
        // Saturating packs clamp to 0..255 like clip8.
        cv::v_store(out + i, cv::v_pack_u(cv::v_pack(finish(h0, l0), finish(h1, l1)),
                                          cv::v_pack(finish(h2, l2), finish(h3, l3))));
    }
#endif
    for (; i < n; ++i) {
        std::int32_t acc = kHalf;
        for (int t = 0; t < taps; ++t)
            acc += std::int32_t(rows[t][i]) * k[t];
        out[i] = clip8(acc);
    }
}

// Transposes a 16 x 16 block of bytes held as 16 row vectors: four rounds of interleaving rows i and i + 8 rotate
// the eight index bits (row, column) by one each, so after four the row and column indices have swapped.
void transpose16x16(cv::v_uint8x16 (&v)[16])
{
    for (int round = 0; round < 4; ++round) {
        cv::v_uint8x16 t[16];
        for (int i = 0; i < 8; ++i)
            cv::v_zip(v[i], v[i + 8], t[2 * i], t[2 * i + 1]);
        for (int i = 0; i < 16; ++i)
            v[i] = t[i];
    }
}

template <int C>
void loadPixels(const std::uint8_t* p, cv::v_uint8x16* planes)
{
    if constexpr (C == 1)
        planes[0] = cv::v_load(p);
    else if constexpr (C == 3)
        cv::v_load_deinterleave(p, planes[0], planes[1], planes[2]);
    else
        cv::v_load_deinterleave(p, planes[0], planes[1], planes[2], planes[3]);
}

template <int C>
void storePixels(std::uint8_t* p, const cv::v_uint8x16* planes)
{
    if constexpr (C == 1)
        cv::v_store(p, planes[0]);
    else if constexpr (C == 3)
        cv::v_store_interleave(p, planes[0], planes[1], planes[2]);
    else
        cv::v_store_interleave(p, planes[0], planes[1], planes[2], planes[3]);
}

#if LOCKSTEP_CLEANVISION_AVX2
// The AVX2 path: the same integer sums as PIL's int32 accumulation, formed directly with 32-bit multiplies
// (vpmulld: 8 products of a 22-bit weight and an 8-bit value per instruction, each < 2^30, sums < 2^31 as in PIL),
// instead of the SSE path's two 16-bit halves per weight. Compiled for AVX2 function by function (target
// attribute), chosen at run time: the rest of the module stays baseline x86-64.
namespace avx2 {

// (acc >> 22) of 4 x 8 int32 lanes to 32 bytes, clamped to 0..255 (the saturating packs are clip8), in lane order.
__attribute__((target("avx2"))) inline void storeBytes4(const __m256i* acc, std::uint8_t* out)
{
    const __m256i ab = _mm256_packs_epi32(_mm256_srai_epi32(acc[0], kPrecisionBits),
                                          _mm256_srai_epi32(acc[1], kPrecisionBits));  // a0-3 b0-3 | a4-7 b4-7
    const __m256i cd =
        _mm256_packs_epi32(_mm256_srai_epi32(acc[2], kPrecisionBits), _mm256_srai_epi32(acc[3], kPrecisionBits));
    const __m256i bytes = _mm256_packus_epi16(ab, cd);  // dwords: a0-3 b0-3 c0-3 d0-3 | a4-7 b4-7 c4-7 d4-7
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out),
                        _mm256_permutevar8x32_epi32(bytes, _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7)));
}

// The same for 2 x 8 lanes: 16 bytes.
__attribute__((target("avx2"))) inline void storeBytes2(const __m256i* acc, std::uint8_t* out)
{
    const __m256i ab = _mm256_packs_epi32(_mm256_srai_epi32(acc[0], kPrecisionBits),
                                          _mm256_srai_epi32(acc[1], kPrecisionBits));  // a0-3 b0-3 | a4-7 b4-7
    const __m128i bytes = _mm_packus_epi16(_mm256_castsi256_si128(ab), _mm256_extracti128_si256(ab, 1));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out), _mm_shuffle_epi32(bytes, _MM_SHUFFLE(3, 1, 2, 0)));
}

// The horizontal pass over one transposed strip (see resampleChannels): every strip row (an input column, V x 8
// bytes) widened to int32 once, then each output column is V vectors of 8 sums over its taps, the weight
// broadcast. V: 2, 6 or 8 (16 rows of 1, 3 or 4 channels).
template <int V>
__attribute__((target("avx2"))) void horizontalStrip(const cv::Mat& strip, int inputColumns, const Coefficients& co,
                                                     int outWidth, cv::Mat& columns, std::ptrdiff_t offset,
                                                     std::vector<std::int32_t>& wide)
{
    constexpr int kRow = V * 8;
    wide.resize(std::size_t(inputColumns) * kRow);
    for (int x = 0; x < inputColumns; ++x) {
        const std::uint8_t* in = strip.ptr<std::uint8_t>(x);
        std::int32_t* o = wide.data() + std::ptrdiff_t(x) * kRow;
        for (int j = 0; j < V; ++j)
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(o + 8 * j),
                                _mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(in + 8 * j))));
    }
    for (int xx = 0; xx < outWidth; ++xx) {
        const std::int32_t* k = &co.k[std::size_t(xx) * std::size_t(co.ksize)];
        const std::int32_t* p = wide.data() + std::ptrdiff_t(co.first[std::size_t(xx)]) * kRow;
        __m256i acc[V];
        for (int j = 0; j < V; ++j)
            acc[j] = _mm256_set1_epi32(kHalf);
        for (int t = 0, taps = co.count[std::size_t(xx)]; t < taps; ++t, p += kRow) {
            const __m256i w = _mm256_set1_epi32(k[t]);
            for (int j = 0; j < V; ++j)
                acc[j] = _mm256_add_epi32(
                    acc[j], _mm256_mullo_epi32(w, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + 8 * j))));
        }
        std::uint8_t* out = columns.ptr<std::uint8_t>(xx) + offset;
        int j = 0;
        for (; j + 4 <= V; j += 4)
            storeBytes4(acc + j, out + 8 * j);
        if (j < V)
            storeBytes2(acc + j, out + 8 * j);
    }
}

// The vertical pass: out row yy = rows first..first + count - 1 weighted, 32 bytes at a time (the last block
// overlaps the one before it when n is not a multiple of 32: the same bytes are written twice, identically).
__attribute__((target("avx2"))) void verticalPass(const cv::Mat& rows, int firstRow, const Coefficients& co, int n,
                                                  cv::Mat& out, std::vector<const std::uint8_t*>& taps)
{
    for (int yy = 0; yy < out.rows; ++yy) {
        const int count = co.count[std::size_t(yy)];
        for (int t = 0; t < count; ++t)
            taps[std::size_t(t)] = rows.ptr<std::uint8_t>(co.first[std::size_t(yy)] - firstRow + t);
        const std::int32_t* k = &co.k[std::size_t(yy) * std::size_t(co.ksize)];
        std::uint8_t* o = out.ptr<std::uint8_t>(yy);
        if (n < 32) {
            convolveRows(taps.data(), co, yy, n, o);
            continue;
        }
        for (int i = 0;; i += 32) {
            i = std::min(i, n - 32);
            __m256i acc[4];
            for (int j = 0; j < 4; ++j)
                acc[j] = _mm256_set1_epi32(kHalf);
            for (int t = 0; t < count; ++t) {
                const __m256i w = _mm256_set1_epi32(k[t]);
                const std::uint8_t* p = taps[std::size_t(t)] + i;
                for (int j = 0; j < 4; ++j)
                    acc[j] = _mm256_add_epi32(
                        acc[j],
                        _mm256_mullo_epi32(
                            w, _mm256_cvtepu8_epi32(_mm_loadl_epi64(reinterpret_cast<const __m128i*>(p + 8 * j)))));
            }
            storeBytes4(acc, o + i);
            if (i + 32 >= n)
                break;
        }
    }
}

// Byte shuffle masks for 16 B G R pixels (48 bytes in three 16-byte chunks) and their three 16-byte planes:
// kSplit[k][c] picks, from chunk k, the bytes of plane c that lie in it (source byte 3i + c, -128 elsewhere);
// kJoin[k][c] picks, from plane c, the bytes that chunk k holds (byte 16k + j = plane (16k + j) % 3, pixel
// (16k + j) / 3). pshufb writes zero where the mask byte is negative, so the parts are simply or'ed.
struct ShuffleMasks {
    alignas(16) std::int8_t split[3][3][16];
    alignas(16) std::int8_t join[3][3][16];
};

constexpr ShuffleMasks makeShuffleMasks()
{
    ShuffleMasks m{};
    for (int k = 0; k < 3; ++k)
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < 16; ++i) {
                const int from = 3 * i + c - 16 * k;
                m.split[k][c][i] = std::int8_t(from >= 0 && from < 16 ? from : -128);
                const int q = 16 * k + i;
                m.join[k][c][i] = std::int8_t(q % 3 == c ? q / 3 : -128);
            }
    return m;
}

constexpr ShuffleMasks kShuffle = makeShuffleMasks();

__attribute__((target("avx2"))) inline __m128i maskAt(const std::int8_t (&mask)[16])
{
    return _mm_load_si128(reinterpret_cast<const __m128i*>(mask));
}

// 16 B G R pixels into their B, G and R planes (v_load_deinterleave's result, with 9 byte shuffles).
__attribute__((target("avx2"))) inline void splitPixels3(const std::uint8_t* p, __m128i* planes)
{
    const __m128i chunk[3] = {_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)),
                              _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16)),
                              _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 32))};
    for (int c = 0; c < 3; ++c)
        planes[c] = _mm_or_si128(_mm_or_si128(_mm_shuffle_epi8(chunk[0], maskAt(kShuffle.split[0][c])),
                                              _mm_shuffle_epi8(chunk[1], maskAt(kShuffle.split[1][c]))),
                                 _mm_shuffle_epi8(chunk[2], maskAt(kShuffle.split[2][c])));
}

// The way back: three planes into 16 interleaved B G R pixels (v_store_interleave's bytes).
__attribute__((target("avx2"))) inline void joinPixels3(const __m128i* planes, std::uint8_t* p)
{
    for (int k = 0; k < 3; ++k)
        _mm_storeu_si128(reinterpret_cast<__m128i*>(p + 16 * k),
                         _mm_or_si128(_mm_or_si128(_mm_shuffle_epi8(planes[0], maskAt(kShuffle.join[k][0])),
                                                   _mm_shuffle_epi8(planes[1], maskAt(kShuffle.join[k][1]))),
                                      _mm_shuffle_epi8(planes[2], maskAt(kShuffle.join[k][2]))));
}

// transpose16x16's rounds on 256-bit registers: the unpacks work within each 128-bit half, so this transposes two
// 16 x 16 blocks at once (B in the low halves, G in the high ones).
__attribute__((target("avx2"))) inline void transposeTwo16x16(__m256i (&v)[16])
{
    for (int round = 0; round < 4; ++round) {
        __m256i t[16];
        for (int i = 0; i < 8; ++i) {
            t[2 * i] = _mm256_unpacklo_epi8(v[i], v[i + 8]);
            t[2 * i + 1] = _mm256_unpackhi_epi8(v[i], v[i + 8]);
        }
        for (int i = 0; i < 16; ++i)
            v[i] = t[i];
    }
}

__attribute__((target("avx2"))) inline void transpose16x16(__m128i (&v)[16])
{
    for (int round = 0; round < 4; ++round) {
        __m128i t[16];
        for (int i = 0; i < 8; ++i) {
            t[2 * i] = _mm_unpacklo_epi8(v[i], v[i + 8]);
            t[2 * i + 1] = _mm_unpackhi_epi8(v[i], v[i + 8]);
        }
        for (int i = 0; i < 16; ++i)
            v[i] = t[i];
    }
}

// One 16 x 16 block of a B G R strip (see resampleChannels), transposed into strip rows x0 .. x0 + 15: the same
// bytes as the baseline's loadPixels + transpose16x16 per plane, with byte shuffles for the deinterleave and the
// B and G planes transposed together.
__attribute__((target("avx2"))) void stripBlock3(const std::uint8_t* const* in, int x0, int valid, std::uint8_t* tail,
                                                 cv::Mat& strip)
{
    __m256i bg[16];
    __m128i r[16];
    for (int row = 0; row < 16; ++row) {
        const std::uint8_t* p = in[row] + std::ptrdiff_t(x0) * 3;
        if (valid < 16) {  // the last columns: read through a zero-padded copy
            std::copy(p, p + std::ptrdiff_t(valid) * 3, tail);
            p = tail;
        }
        __m128i planes[3];
        splitPixels3(p, planes);
        bg[row] = _mm256_inserti128_si256(_mm256_castsi128_si256(planes[0]), planes[1], 1);
        r[row] = planes[2];
    }
    transposeTwo16x16(bg);
    transpose16x16(r);
    for (int x = 0; x < 16; ++x) {
        std::uint8_t* out = strip.ptr<std::uint8_t>(x0 + x);
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), bg[x]);
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out + 32), r[x]);
    }
}

// The way back for one block: 16 transposed columns (output columns x0 .. x0 + 15 of strip s) into 16 rows of
// interleaved B G R pixels from `out` on (one row every `stride` bytes).
__attribute__((target("avx2"))) void unstripBlock3(const cv::Mat& columns, int x0, std::ptrdiff_t offset,
                                                   std::uint8_t* out, std::size_t stride)
{
    __m256i bg[16];
    __m128i r[16];
    for (int x = 0; x < 16; ++x) {
        const std::uint8_t* p = columns.ptr<std::uint8_t>(x0 + x) + offset;
        bg[x] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
        r[x] = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 32));
    }
    transposeTwo16x16(bg);
    transpose16x16(r);
    for (int row = 0; row < 16; ++row) {
        const __m128i planes[3] = {_mm256_castsi256_si128(bg[row]), _mm256_extracti128_si256(bg[row], 1), r[row]};
        joinPixels3(planes, out + std::ptrdiff_t(row) * std::ptrdiff_t(stride));
    }
}

}  // namespace avx2
#endif

// PIL's two-pass resize of an interleaved image: horizontal pass (only the rows the vertical pass reads), rounded to
// 8 bits, then vertical pass, rounded to 8 bits; a pass whose size does not change is skipped, as in PIL.
//
// The horizontal pass runs on transposed strips of 16 rows, so that both passes are the same contiguous row
// accumulation (convolveRows) over cache-resident buffers. A strip row holds one input column of the 16 rows,
// channel-planar (16 bytes of channel 0, then channel 1, ...): the arithmetic is per byte, so the order inside a
// row does not matter as long as the way back undoes it. Both transposes are 16 x 16 byte blocks in registers.
template <int C>
cv::Mat resampleChannels(const cv::Mat& src, int outWidth, int outHeight, bool useAvx2)
{
    constexpr int kStrip = 16;
    constexpr int kStripBytes = kStrip * C;
    const std::shared_ptr<const Coefficients> vertical = cachedCoefficients(src.rows, outHeight);
    const Coefficients& vert = *vertical;
    const int firstRow = vert.first.front();
    const int lastRow = vert.first.back() + vert.count.back();
    std::vector<const std::uint8_t*> taps(std::size_t(std::max(vert.ksize, 1)));

    cv::Mat rows = src.rowRange(firstRow, lastRow);
    if (outWidth != src.cols) {
        const std::shared_ptr<const Coefficients> horizontal = cachedCoefficients(src.cols, outWidth);
        const Coefficients& horiz = *horizontal;
        taps.resize(std::max(taps.size(), std::size_t(horiz.ksize)));
        const int count = rows.rows;
        const int strips = (count + kStrip - 1) / kStrip;
        const int paddedIn = (src.cols + kStrip - 1) / kStrip * kStrip;
        const int paddedOut = (outWidth + kStrip - 1) / kStrip * kStrip;
        cv::Mat strip(paddedIn, kStripBytes, CV_8UC1);
        cv::Mat columns(paddedOut, strips * kStripBytes, CV_8UC1, cv::Scalar(0));  // the horizontal result, transposed
        std::array<std::uint8_t, kStrip * C> tail{};
        std::vector<std::int32_t> wide;  // the AVX2 path's strip, widened to int32
        for (int s = 0; s < strips; ++s) {
            const int r0 = s * kStrip;
            // Rows past the end repeat the last one; their results land in lanes nobody reads.
            const std::uint8_t* in[kStrip];
            for (int r = 0; r < kStrip; ++r)
                in[r] = rows.ptr<std::uint8_t>(std::min(r0 + r, count - 1));
            for (int x0 = 0; x0 < src.cols; x0 += kStrip) {
                const int valid = std::min(kStrip, src.cols - x0);
#if LOCKSTEP_CLEANVISION_AVX2
                if constexpr (C == 3)
                    if (useAvx2) {
                        avx2::stripBlock3(in, x0, valid, tail.data(), strip);
                        continue;
                    }
#endif
                cv::v_uint8x16 planes[C][kStrip];
                for (int r = 0; r < kStrip; ++r) {
                    cv::v_uint8x16 px[C];
                    const std::uint8_t* p = in[r] + std::ptrdiff_t(x0) * C;
                    if (valid < kStrip) {  // the last columns: read through a zero-padded copy
                        std::copy(p, p + std::ptrdiff_t(valid) * C, tail.begin());
                        p = tail.data();
                    }
                    loadPixels<C>(p, px);
                    for (int c = 0; c < C; ++c)
                        planes[c][r] = px[c];
                }
                for (int c = 0; c < C; ++c) {
                    transpose16x16(planes[c]);
                    for (int x = 0; x < kStrip; ++x)
                        cv::v_store(strip.ptr<std::uint8_t>(x0 + x) + c * kStrip, planes[c][x]);
                }
            }
#if LOCKSTEP_CLEANVISION_AVX2
            if (useAvx2) {
                avx2::horizontalStrip<kStripBytes / 8>(strip, src.cols, horiz, outWidth, columns,
                                                       std::ptrdiff_t(s) * kStripBytes, wide);
                continue;
            }
#endif
            for (int xx = 0; xx < outWidth; ++xx) {
                const int first = horiz.first[std::size_t(xx)];
                for (int t = 0; t < horiz.count[std::size_t(xx)]; ++t)
                    taps[std::size_t(t)] = strip.ptr<std::uint8_t>(first + t);
                convolveRows(taps.data(), horiz, xx, kStripBytes,
                             columns.ptr<std::uint8_t>(xx) + std::ptrdiff_t(s) * kStripBytes);
            }
        }
        // Back to rows x outWidth, interleaved.
        cv::Mat back(strips * kStrip, paddedOut, CV_8UC(C));
        for (int s = 0; s < strips; ++s) {
            for (int x0 = 0; x0 < paddedOut; x0 += kStrip) {
#if LOCKSTEP_CLEANVISION_AVX2
                if constexpr (C == 3)
                    if (useAvx2) {
                        avx2::unstripBlock3(columns, x0, std::ptrdiff_t(s) * kStripBytes,
                                            back.ptr<std::uint8_t>(s * kStrip) + std::ptrdiff_t(x0) * C, back.step[0]);
                        continue;
                    }
#endif
                cv::v_uint8x16 planes[C][kStrip];
                for (int c = 0; c < C; ++c) {
                    for (int x = 0; x < kStrip; ++x)
                        planes[c][x] = cv::v_load(columns.ptr<std::uint8_t>(x0 + x) + s * kStripBytes + c * kStrip);
                    transpose16x16(planes[c]);
                }
                for (int r = 0; r < kStrip; ++r) {
                    cv::v_uint8x16 px[C];
                    for (int c = 0; c < C; ++c)
                        px[c] = planes[c][r];
                    storePixels<C>(back.ptr<std::uint8_t>(s * kStrip + r) + std::ptrdiff_t(x0) * C, px);
                }
            }
        }
        rows = back(cv::Rect(0, 0, outWidth, count));
    }
    if (outHeight == src.rows)
        return rows.clone();

    cv::Mat out(outHeight, rows.cols, src.type());
    const int n = rows.cols * C;
#if LOCKSTEP_CLEANVISION_AVX2
    if (useAvx2) {
        avx2::verticalPass(rows, firstRow, vert, n, out, taps);
        return out;
    }
#endif
    for (int yy = 0; yy < outHeight; ++yy) {
        for (int t = 0; t < vert.count[std::size_t(yy)]; ++t)
            taps[std::size_t(t)] = rows.ptr<std::uint8_t>(vert.first[std::size_t(yy)] - firstRow + t);
        convolveRows(taps.data(), vert, yy, n, out.ptr<std::uint8_t>(yy));
    }
    return out;
}

cv::Mat resample(const cv::Mat& src, int outWidth, int outHeight, bool useAvx2)
{
    switch (src.channels()) {
    case 1: return resampleChannels<1>(src, outWidth, outHeight, useAvx2);
    case 3: return resampleChannels<3>(src, outWidth, outHeight, useAvx2);
    default: return resampleChannels<4>(src, outWidth, outHeight, useAvx2);
    }
}

// PIL "RGBA" -> "RGBa": MULDIV255(c, a) = (((c * a + 128) >> 8) + c * a + 128) >> 8.
cv::Mat premultiply(const cv::Mat& src)
{
    cv::Mat out(src.size(), src.type());
    for (int y = 0; y < src.rows; ++y) {
        const std::uint8_t* in = src.ptr<std::uint8_t>(y);
        std::uint8_t* o = out.ptr<std::uint8_t>(y);
        for (int x = 0; x < src.cols * 4; x += 4) {
            const unsigned a = in[x + 3];
            for (int ch = 0; ch < 3; ++ch) {
                const unsigned t = in[x + ch] * a + 128;
                o[x + ch] = static_cast<std::uint8_t>(((t >> 8) + t) >> 8);
            }
            o[x + 3] = static_cast<std::uint8_t>(a);
        }
    }
    return out;
}

// PIL "RGBa" -> "RGBA": c * 255 / a (integer division, clipped), unchanged where a is 0 or 255.
void unpremultiply(cv::Mat& img)
{
    for (int y = 0; y < img.rows; ++y) {
        std::uint8_t* p = img.ptr<std::uint8_t>(y);
        for (int x = 0; x < img.cols * 4; x += 4) {
            const unsigned a = p[x + 3];
            if (a == 0 || a == 255)
                continue;
            for (int ch = 0; ch < 3; ++ch)
                p[x + ch] = static_cast<std::uint8_t>(std::min(255u, (255u * p[x + ch]) / a));
        }
    }
}

// PIL convert("L") from RGB(A): ITU-R 601-2 luma in 16-bit fixed point, rounded; alpha ignored. Input B G R (A).
std::vector<std::uint8_t> toLuma(const cv::Mat& img)
{
    const int channels = img.channels();
    std::vector<std::uint8_t> out(std::size_t(img.rows) * std::size_t(img.cols));
    for (int y = 0; y < img.rows; ++y) {
        const std::uint8_t* p = img.ptr<std::uint8_t>(y);
        std::uint8_t* o = out.data() + std::ptrdiff_t(y) * img.cols;
        if (channels == 1) {
            std::copy(p, p + img.cols, o);
            continue;
        }
        for (int x = 0; x < img.cols; ++x, p += channels)
            o[x] = static_cast<std::uint8_t>((p[2] * 19595u + p[1] * 38470u + p[0] * 7471u + 0x8000u) >> 16);
    }
    return out;
}

}  // namespace

CleanvisionBlur::Result CleanvisionBlur::compute(const std::uint8_t* pixels, int width, int height, int channels,
                                                 SimdPath path)
{
    const bool useAvx2 = runsAvx2(path);
    Result result;
    if (!pixels || width <= 0 || height <= 0 || (channels != 1 && channels != 3 && channels != 4))
        return result;
    const cv::Mat src(height, width, CV_8UC(channels), const_cast<std::uint8_t*>(pixels));  // read only

    // Target size: Python's int(w // ratio) with ratio = max(w, h) / 64. The ratio is exact in binary (a division
    // by a power of two) and Python's float floor division is exact, so this is floor(w * 64 / max(w, h)).
    const int longSide = std::max(width, height);
    int w = width;
    int h = height;
    if (longSide > kMaxResolution) {
        w = std::max(int(std::int64_t(width) * kMaxResolution / longSide), 1);
        h = std::max(int(std::int64_t(height) * kMaxResolution / longSide), 1);
        if (channels == 4) {
            cv::Mat small = resample(premultiply(src), w, h, useAvx2);
            unpremultiply(small);
            result.luma = toLuma(small);
        } else {
            result.luma = toLuma(resample(src, w, h, useAvx2));
        }
    } else {
        result.luma = toLuma(src);
    }
    result.lumaWidth = w;
    result.lumaHeight = h;
    const std::vector<std::uint8_t>& luma = result.luma;

    std::array<std::int64_t, 256> grayHist{};
    std::array<std::int64_t, 256> edgeHist{};
    for (const std::uint8_t v : luma)
        ++grayHist[v];
    if (w < 3 || h < 3) {
        edgeHist = grayHist;  // PIL's 3x3 filter returns a copy of an image smaller than the kernel
    } else {
        for (int y = 0; y < h; ++y) {
            const std::uint8_t* row = luma.data() + std::ptrdiff_t(y) * w;
            if (y == 0 || y == h - 1) {
                for (int x = 0; x < w; ++x)
                    ++edgeHist[row[x]];
                continue;
            }
            const std::uint8_t* up = row - w;
            const std::uint8_t* down = row + w;
            ++edgeHist[row[0]];
            for (int x = 1; x < w - 1; ++x) {
                const int neighbours =
                    up[x - 1] + up[x] + up[x + 1] + row[x - 1] + row[x + 1] + down[x - 1] + down[x] + down[x + 1];
                ++edgeHist[std::size_t(std::clamp(8 * row[x] - neighbours, 0, 255))];
            }
            ++edgeHist[row[w - 1]];
        }
    }

    // ImageStat.Stat(edges).var[0]: (sum2 - sum^2 / n) / n, from the histogram.
    const double n = double(w) * double(h);
    double sum = 0.0;
    double sum2 = 0.0;
    for (std::size_t j = 0; j < 256; ++j) {
        sum += double(j) * double(edgeHist[j]);
        sum2 += double(j * j) * double(edgeHist[j]);
    }
    result.edgeStd = std::sqrt(std::max(0.0, (sum2 - (sum * sum) / n) / n));

    // np.std(gray.histogram()): population standard deviation of the 256 counts.
    const double meanCount = n / 256.0;
    double dev2 = 0.0;
    for (const std::int64_t c : grayHist)
        dev2 += (double(c) - meanCount) * (double(c) - meanCount);
    result.histogramStd = std::sqrt(dev2 / 256.0);

    const double blur = 1.0 - std::exp(-result.edgeStd * kNormalizingFactor);
    double spread = 1.0 - std::exp(-result.histogramStd * kNormalizingFactor);
    if (spread <= kColorThreshold)
        spread = 0.0;
    result.score = std::min(blur + spread, 1.0);
    return result;
}

}  // namespace lockstep
