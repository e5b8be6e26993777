#pragma once

// Parameters of the STFT, the mel filterbank and MFCC. Names and defaults follow torchaudio.transforms
// (Spectrogram, MelSpectrogram, MFCC) so that a training config maps one to one:
//   n_fft 400, win_length = n_fft, hop_length = win_length / 2, window hann (periodic), center true,
//   pad_mode reflect, power 2.0, normalized false, onesided; mel: sample_rate 16000, n_mels 128, f_min 0,
//   f_max = sample_rate / 2, mel_scale htk, norm none; AmplitudeToDB top_db none; MFCC: n_mfcc 40, dct ortho,
//   log_mels false (dB with top_db 80, as torchaudio's MFCC does).

#include <optional>

namespace lockstep {

enum class WindowKind { Hann, Hamming, Blackman, Rectangular };
enum class MelScale { Htk, Slaney };
enum class MelNorm { None, Slaney };

struct StftOptions {
    int nFft = 400;
    int winLength = 0;                     // 0 = nFft
    int hopLength = 0;                     // 0 = winLength / 2
    WindowKind window = WindowKind::Hann;  // periodic, as torch.hann_window(periodic=True)
    bool center = true;                    // pad nFft/2 on both sides
    bool reflectPad = true;                // pad_mode "reflect" (else zeros)
    double power = 2.0;                    // 2 power, 1 magnitude
    bool normalized = false;               // divide by sqrt(sum(window^2)) (torch "window" normalization)

    int effectiveWinLength() const { return winLength > 0 ? winLength : nFft; }
    int effectiveHop() const { return hopLength > 0 ? hopLength : effectiveWinLength() / 2; }
    int bins() const { return nFft / 2 + 1; }
};

struct MelOptions {
    int sampleRate = 16000;
    int nMels = 128;
    double fMin = 0.0;
    double fMax = 0.0;  // 0 = sampleRate / 2
    MelScale scale = MelScale::Htk;
    MelNorm norm = MelNorm::None;
};

struct DbOptions {
    bool enabled = false;
    double multiplier = 10.0;  // 10 for power, 20 for magnitude
    double amin = 1e-10;
    std::optional<double> topDb;  // torchaudio AmplitudeToDB(top_db=None) by default
};

}  // namespace lockstep
