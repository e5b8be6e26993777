#pragma once

// Per-clip audio quality metrics for the quality engine, computed from decoded samples in one pass for the
// level metrics plus one STFT for the bandwidth. Definitions follow the tools users compare against
// (shared/ANCHORS.md); where ours differ, the comment says so.
//
//   peakDbfs       20*log10(max |x|) over all channels and samples (NeMo SDE "level_db"). Floored at kFloorDb:
//                  digital silence reports kFloorDb (-200 dB), never -inf.
//   rmsDbfs        20*log10(sqrt(mean x^2)) over all channels and samples, same floor.
//   clippedSamples samples that belong to a run of >= minClipRun consecutive samples "at full scale" in one
//                  channel (Audacity "Find Clipping", start threshold 3). At full scale means
//                  |x| >= fullScale - 1e-6, where fullScale is 32767/32768 (Audacity's MAX_AUDIO; libsndfile
//                  maps 16-bit PCM +32767 to 32767/32768 and -32768 to -1.0), which also covers 24/32-bit PCM
//                  and float files (|x| >= 1.0). Encodings with a lower ceiling use theirs: 8-bit PCM 127/128,
//                  u-law 32124/32768, A-law 32256/32768. Audacity's stop threshold only merges the labels of
//                  nearby runs; it does not change which samples are at full scale, so it has no equivalent.
//   clippingRatio  clippedSamples / (frames * channels).
//   silenceRatio   share of the non-overlapping silenceFrameMs frames (round(rate * ms / 1000) samples) of the
//                  mono mix whose RMS in dBFS is below silenceThresholdDb. A trailing partial frame is ignored,
//                  except when the clip is shorter than one frame: then the whole clip is one frame. An empty
//                  clip has ratio 1. (Audacity "Label Sounds" uses the same 10 ms chunks, at -30 dB.)
//   dcOffset       mean of the mono mix (= mean of all samples).
//   bandwidthHz    NeMo SDE "frequency bandwidth" (speech_data_explorer eval_bandwidth), reproduced exactly:
//                  mono mix; librosa.stft with n_fft = bandwidthNfft, hop = int(rate * bandwidthHopMs / 1000),
//                  window "blackmanharris" (periodic 4-term Blackman-Harris, n_fft long), center=True with zero
//                  padding of n_fft/2 on both sides (librosa >= 0.10's default pad_mode "constant"); power
//                  |X|^2 averaged over all frames per bin; librosa.power_to_db(ref=max, amin=1e-10,
//                  top_db=100); the answer is k * rate / n_fft for the highest bin k whose level is above
//                  bandwidthThresholdDb, else 0. One deliberate difference: when no bin has power above amin
//                  (digital silence, empty clip) SDE's formula reports the Nyquist frequency; we report 0.
//   pcmHash        16 bytes: a 4-lane XXH64-style hash (finished with MurmurHash3's mixer, widened to 128 bits)
//                  of the sample rate, the channel count and the bit patterns of the decoded float samples. Equal
//                  for the same PCM in any container or lossless codec (WAV, FLAC, AIFF ...). Not cryptographic.
//
// Non-finite samples (NaN/inf in broken float files) propagate into rmsDbfs, dcOffset and bandwidthHz.

#include "lockstep_processing_export.h"
#include "media/AudioDecoder.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace lockstep {

struct AudioMetricOptions {
    double silenceThresholdDb = -40.0;
    double silenceFrameMs = 10.0;
    double bandwidthThresholdDb = -50.0;
    int bandwidthNfft = 512;  // even, >= 2; otherwise the bandwidth is not computed (reported as 0)
    double bandwidthHopMs = 10.0;
    int minClipRun = 3;  // values < 1 count as 1
    // Off when the caller computes the bandwidth itself (AudioSpectralPass shares its STFT with the fingerprint).
    bool computeBandwidth = true;
};

struct LOCKSTEP_PROCESSING_EXPORT AudioMetrics {
    static constexpr double kFloorDb = -200.0;  // reported for digital silence instead of -inf

    int sampleRate = 0;
    int channels = 0;
    qint64 frames = 0;
    double durationSeconds = 0.0;
    double peakDbfs = kFloorDb;
    double rmsDbfs = kFloorDb;
    qint64 clippedSamples = 0;
    double clippingRatio = 0.0;
    double silenceRatio = 1.0;
    double dcOffset = 0.0;
    double bandwidthHz = 0.0;
    QByteArray pcmHash;

    // audio.sample_rate audio.channels audio.duration_s audio.peak_dbfs audio.rms_dbfs audio.clipped_samples
    // audio.clipping_ratio audio.silence_ratio audio.dc_offset audio.bandwidth_hz, in that order.
    QList<QPair<QString, double>> toList() const;
};

class LOCKSTEP_PROCESSING_EXPORT AudioMetricsCalculator {
public:
    // Pure and thread-safe. `audio.info.sampleRate` and `audio.info.channels` describe `audio.samples`
    // (interleaved); a trailing partial frame is ignored. Invalid rate/channels give the empty metrics.
    static AudioMetrics compute(const DecodedAudio& audio, const AudioMetricOptions& options = {});

    // The STFT hop of the bandwidth metric in samples: int(rate * hop_ms / 1000), as SDE computes it.
    static qint64 bandwidthHop(int sampleRate, const AudioMetricOptions& options);

    // The |x| at and above which a sample counts as "at full scale" for the given libsndfile encoding name.
    static double fullScaleThreshold(const QString& encoding);
};

}  // namespace lockstep
