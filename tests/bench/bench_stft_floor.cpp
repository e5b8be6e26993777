// The floor for `lockstep-cli spectrogram`: the same log-mel frames computed by the plainest loop over KissFFT
// — window, real FFT, |X|^2, a sparse mel product — on all cores, over samples already in memory. No reading,
// no dB, no writing: what a spectrogram costs at least with this FFT. Prints the seconds taken.
// Usage: bench_stft_floor AUDIO [THREADS]   (n_fft 400, hop 160, 80 HTK mels, centre reflect padding)
#include "media/AudioDecoder.h"
#include "signal/MelFilterbank.h"
#include "signal/Stft.h"

#include <kiss_fftr.h>
#include <QElapsedTimer>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_stft_floor AUDIO [THREADS]\n");
        return 2;
    }
    const lockstep::DecodedAudio audio = lockstep::AudioDecoder::decode(QString::fromLocal8Bit(argv[1]));
    if (!audio.info.ok || audio.info.channels != 1) {
        std::fprintf(stderr, "need a readable mono file\n");
        return 1;
    }
    const int threads = argc > 2 ? std::atoi(argv[2]) : int(std::thread::hardware_concurrency());
    constexpr int kFft = 400;
    constexpr int kHop = 160;
    constexpr int kBins = kFft / 2 + 1;
    constexpr int kMels = 80;
    lockstep::MelOptions melOptions;
    melOptions.sampleRate = audio.info.sampleRate;
    melOptions.nMels = kMels;
    const lockstep::MelFilterbank bank(kFft, melOptions);
    // The sparse filterbank as flat arrays: first bin and weights per filter.
    std::vector<int> first(kMels);
    std::vector<int> length(kMels);
    std::vector<std::vector<float>> weights(kMels);
    for (int m = 0; m < kMels; ++m) {
        first[std::size_t(m)] = -1;
        for (int k = 0; k < kBins; ++k)
            if (bank.weight(m, k) > 0.0) {
                if (first[std::size_t(m)] < 0)
                    first[std::size_t(m)] = k;
                weights[std::size_t(m)].resize(std::size_t(k - first[std::size_t(m)] + 1), 0.0f);
                weights[std::size_t(m)].back() = float(bank.weight(m, k));
            }
        first[std::size_t(m)] = std::max(first[std::size_t(m)], 0);
        length[std::size_t(m)] = int(weights[std::size_t(m)].size());
    }
    const std::vector<float> window = lockstep::Stft::window(lockstep::WindowKind::Hann, kFft);
    // Centre padding done once up front (reflect), so the loop reads plain frames.
    const qint64 n = qint64(audio.samples.size());
    std::vector<float> padded(std::size_t(n + kFft));
    for (qint64 i = 0; i < n + kFft; ++i) {
        qint64 j = i - kFft / 2;
        j = j < 0 ? -j : j >= n ? 2 * (n - 1) - j : j;
        padded[std::size_t(i)] = audio.samples[std::size_t(j)];
    }
    const qint64 frames = 1 + n / kHop;
    std::vector<float> out(std::size_t(frames * kMels));

    QElapsedTimer clock;
    clock.start();
    auto work = [&](qint64 begin, qint64 end) {
        kiss_fftr_cfg cfg = kiss_fftr_alloc(kFft, 0, nullptr, nullptr);
        std::vector<float> frame(kFft);
        std::vector<kiss_fft_cpx> spectrum(kBins);
        std::vector<float> power(kBins);
        for (qint64 t = begin; t < end; ++t) {
            const float* x = padded.data() + t * kHop;
            for (int i = 0; i < kFft; ++i)
                frame[std::size_t(i)] = x[i] * window[std::size_t(i)];
            kiss_fftr(cfg, frame.data(), spectrum.data());
            for (int k = 0; k < kBins; ++k)
                power[std::size_t(k)] = spectrum[std::size_t(k)].r * spectrum[std::size_t(k)].r +
                                        spectrum[std::size_t(k)].i * spectrum[std::size_t(k)].i;
            float* row = out.data() + t * kMels;
            for (int m = 0; m < kMels; ++m) {
                const float* w = weights[std::size_t(m)].data();
                const float* p = power.data() + first[std::size_t(m)];
                float sum = 0.0f;
                for (int k = 0; k < length[std::size_t(m)]; ++k)
                    sum += w[k] * p[k];
                row[m] = sum;
            }
        }
        kiss_fftr_free(cfg);
    };
    std::vector<std::thread> pool;
    const qint64 per = (frames + threads - 1) / threads;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(work, std::min(frames, i * per), std::min(frames, (i + 1) * per));
    work(0, std::min(frames, per));
    for (std::thread& t : pool)
        t.join();
    double checksum = 0.0;
    for (qint64 t = 0; t < frames; t += 997)
        checksum += double(out[std::size_t(t * kMels + 10)]);
    std::printf("%lld frames x %d mels in %.3f s on %d threads (checksum %.6g)\n", frames, kMels,
                double(clock.nsecsElapsed()) / 1e9, threads, checksum);
    return 0;
}
