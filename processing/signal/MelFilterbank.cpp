#include "signal/MelFilterbank.h"

#include "signal/DbConverter.h"
#include "signal/Dct.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lockstep {

namespace {

// Slaney's scale (librosa's default, torchaudio mel_scale="slaney"): linear below 1 kHz, logarithmic above.
constexpr double kSlaneyHzPerMel = 200.0 / 3.0;
constexpr double kSlaneyMinLogHz = 1000.0;
constexpr double kSlaneyMinLogMel = kSlaneyMinLogHz / kSlaneyHzPerMel;
const double kSlaneyLogStep = std::log(6.4) / 27.0;

}  // namespace

double MelFilterbank::hzToMel(double hz, MelScale scale)
{
    if (scale == MelScale::Htk)
        return 2595.0 * std::log10(1.0 + hz / 700.0);
    if (hz < kSlaneyMinLogHz)
        return hz / kSlaneyHzPerMel;
    return kSlaneyMinLogMel + std::log(hz / kSlaneyMinLogHz) / kSlaneyLogStep;
}

double MelFilterbank::melToHz(double mel, MelScale scale)
{
    if (scale == MelScale::Htk)
        return 700.0 * (std::pow(10.0, mel / 2595.0) - 1.0);
    if (mel < kSlaneyMinLogMel)
        return mel * kSlaneyHzPerMel;
    return kSlaneyMinLogHz * std::exp(kSlaneyLogStep * (mel - kSlaneyMinLogMel));
}

namespace {

// torch.linspace for float32 on the CPU: the first half counts up from start, the second down from end.
std::vector<float> linspace(float start, float end, int steps)
{
    std::vector<float> v(std::size_t(steps), start);
    if (steps < 2)
        return v;
    const float step = (end - start) / float(steps - 1);
    for (int i = 0; i < steps; ++i)
        v[std::size_t(i)] = i < steps / 2 ? start + step * float(i) : end - step * float(steps - i - 1);
    return v;
}

// torchaudio's _mel_to_hz on a float32 tensor.
float melToHzFloat(float mel, MelScale scale)
{
    if (scale == MelScale::Htk)
        return 700.0f * (std::pow(10.0f, mel / 2595.0f) - 1.0f);
    if (mel < float(kSlaneyMinLogMel))
        return float(kSlaneyHzPerMel) * mel;
    return float(kSlaneyMinLogHz) * std::exp(float(kSlaneyLogStep) * (mel - float(kSlaneyMinLogMel)));
}

}  // namespace

// torchaudio.functional.melscale_fbanks, step by step in float32 as torch computes it (so that the weights
// agree to the last bits, not just to 1e-6): bin frequencies linspace(0, sample_rate // 2, bins), n_mels + 2
// points equally spaced in mel, triangles min(down, up) slopes, optional area normalisation
// 2 / (f[m+2] - f[m]).
MelFilterbank::MelFilterbank(int nFft, const MelOptions& options) : m_mels(options.nMels), m_bins(nFft / 2 + 1)
{
    if (options.nMels <= 0 || nFft < 2 || options.sampleRate <= 0)
        throw std::invalid_argument("MelFilterbank: n_mels, n_fft and sample_rate must be positive");
    const double fMax = options.fMax > 0.0 ? options.fMax : double(options.sampleRate / 2);
    if (options.fMin < 0.0 || options.fMin >= fMax)
        throw std::invalid_argument("MelFilterbank: need 0 <= f_min < f_max");
    const std::vector<float> freqs = linspace(0.0f, float(options.sampleRate / 2), m_bins);
    std::vector<float> points =
        linspace(float(hzToMel(options.fMin, options.scale)), float(hzToMel(fMax, options.scale)), m_mels + 2);
    for (float& p : points)
        p = melToHzFloat(p, options.scale);
    m_first.resize(std::size_t(m_mels));
    m_weights.resize(std::size_t(m_mels));
    for (int m = 0; m < m_mels; ++m) {
        const float lo = points[std::size_t(m)];
        const float centre = points[std::size_t(m + 1)];
        const float hi = points[std::size_t(m + 2)];
        const float norm = options.norm == MelNorm::Slaney ? 2.0f / (hi - lo) : 1.0f;
        std::vector<float> weights;
        int first = -1;
        for (int k = 0; k < m_bins; ++k) {
            const float f = freqs[std::size_t(k)];
            const float down = (-1.0f * (lo - f)) / (centre - lo);
            const float up = (hi - f) / (hi - centre);
            const float w = std::max(0.0f, std::min(down, up));
            if (w > 0.0f) {
                if (first < 0)
                    first = k;
                // A triangle's non-zero weights are contiguous; resize keeps the run dense regardless.
                weights.resize(std::size_t(k - first + 1), 0.0f);
                weights.back() = options.norm == MelNorm::Slaney ? w * norm : w;
            }
        }
        m_first[std::size_t(m)] = std::max(first, 0);
        m_weights[std::size_t(m)] = std::move(weights);
    }
}

double MelFilterbank::weight(int mel, int bin) const
{
    const int offset = bin - m_first.at(std::size_t(mel));
    const std::vector<float>& w = m_weights[std::size_t(mel)];
    return offset >= 0 && offset < int(w.size()) ? double(w[std::size_t(offset)]) : 0.0;
}

void MelFilterbank::applyFrames(const float* spectrum, qint64 frames, float* out) const
{
    for (qint64 t = 0; t < frames; ++t) {
        const float* bins = spectrum + t * m_bins;
        float* mels = out + t * m_mels;
        for (int m = 0; m < m_mels; ++m) {
            const std::vector<float>& w = m_weights[std::size_t(m)];
            const float* x = bins + m_first[std::size_t(m)];
            float sum = 0.0f;
            for (std::size_t k = 0; k < w.size(); ++k)
                sum += w[k] * x[k];
            mels[m] = sum;
        }
    }
}

Spectrogram MelFilterbank::apply(const Spectrogram& spectrum) const
{
    if (spectrum.bins != m_bins)
        throw std::invalid_argument("MelFilterbank: the spectrogram's bin count does not match n_fft");
    Spectrogram out;
    out.frames = spectrum.frames;
    out.bins = m_mels;
    out.values.resize(std::size_t(out.frames * out.bins));
    applyFrames(spectrum.values.data(), spectrum.frames, out.values.data());
    return out;
}

void amplitudeToDb(Spectrogram* spectrum, const DbOptions& options)
{
    const DbConverter db(options);
    const qint64 n = qint64(spectrum->values.size());
    db.toDb(spectrum->values.data(), n);
    if (options.topDb && n > 0)
        db.clamp(spectrum->values.data(), n, DbConverter::maxOf(spectrum->values.data(), n));
}

Spectrogram mfccFromDb(const Spectrogram& dbMel, int nMfcc)
{
    const Dct dct(nMfcc, dbMel.bins);
    Spectrogram out;
    out.frames = dbMel.frames;
    out.bins = nMfcc;
    out.values.resize(std::size_t(out.frames * out.bins));
    dct.applyFrames(dbMel.values.data(), dbMel.frames, out.values.data());
    return out;
}

}  // namespace lockstep
