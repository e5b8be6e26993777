#pragma once

// Private to the demo generator: captions (English and Chinese) and what the recordings' speakers say.

#include "demo/DemoCommon.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace lockstep::demo {

class Rng;

// One sentence describing a `label` picture/sound in colour `variant`; it always names the label. Six parts
// (adjective, subject, action, place, time, detail) are drawn independently, in one of two word orders.
QString caption(Label label, int variant, bool chinese, Rng& rng);

// The caption as the quality engine compares it: NFKC, case-folded, whitespace collapsed.
QString normalisedCaption(const QString& text);

// The quality engine's near-duplicate shingles of a text (token 3-grams of the normalised text; a token is a
// run of letters, digits and marks, or one Han/Kana character), hashed, sorted and unique.
std::vector<std::uint64_t> captionShingles(const QString& text);

// Exact Jaccard similarity of two shingle sets (0 when either is empty).
double shingleJaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b);

// A very long caption (~90 words) for the speech-rate mismatch: far more words than a 1 s clip can hold.
QString longCaption(Rng& rng);

// A sentence said in a recording of `theme` (0 kitchen, 1 street, 2 lab, 3 drive).
QString utterance(int theme, Rng& rng);

// Names of the short non-speech events of a theme (clicks, beeps, knocks), index = event sound kind.
QString eventName(int theme, int kind);

}  // namespace lockstep::demo
