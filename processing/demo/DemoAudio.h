#pragma once

// Private to the demo generator: synthetic sounds per label, speech-like utterances for the recordings, the
// audio defects planted on purpose, and WAV encoding (libsndfile, 16-bit PCM, mono). Signals are float in
// [-1, 1] until quantize().

#include "demo/DemoCommon.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace lockstep::demo {

class Rng;

using Signal = std::vector<float>;

// A clip of `frames` samples for `label`, peak-normalised to a level between -9 and -3 dBFS, with a faint
// room-noise floor.
Signal synthClip(Label label, std::int64_t frames, int sampleRate, Rng& rng);

// Speech-like syllable bursts (voiced harmonics through vowel formants, fricative onsets) added into
// out[start, start + frames) at peak amplitude about `level`.
void addSpeech(Signal& out, std::int64_t start, std::int64_t frames, int sampleRate, double level, Rng& rng);

// Short non-speech sounds for recording events (a click, a beep, a knock): `kind` picks one.
void addEventSound(Signal& out, std::int64_t start, int kind, int sampleRate, double level, Rng& rng);

// Background noise for a recording theme (0 kitchen, 1 street, 2 lab, 3 drive), added over the whole signal.
void addAmbience(Signal& out, int theme, int sampleRate, double level, Rng& rng);

// Planted defects; each returns the defective version of a normal clip.
Signal makeClipped(const Signal& clip, int sampleRate);                 // a loud sine driven into full scale
Signal makeMostlySilent(const Signal& clip, int sampleRate, Rng& rng);  // one 120 ms burst in near-silence
Signal makeLowLevel(const Signal& clip);                                // peak at -45 dBFS
Signal makeDcOffset(const Signal& clip);                                // mean at +0.3 of full scale
Signal makeLowBandwidth(const Signal& clip, int sampleRate);            // low-passed at 1 kHz (steep FIR)

void normalizePeak(Signal& x, double peakDbfs);
std::vector<std::int16_t> quantize(const Signal& x);  // round, clamp to [-32767, 32767]
QByteArray encodeWav(const std::vector<std::int16_t>& pcm, int sampleRate, QString* error);

}  // namespace lockstep::demo
