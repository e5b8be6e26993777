#pragma once

// Private to the demo generator: captions (English and Chinese) and what the recordings' speakers say.

#include "demo/DemoCommon.h"

#include <QString>
#include <QStringList>

namespace lockstep::demo {

class Rng;

// One sentence describing a `label` picture/sound in colour `variant`; it always names the label.
QString caption(Label label, int variant, bool chinese, Rng& rng);

// A very long caption (~90 words) for the speech-rate mismatch: far more words than a 1 s clip can hold.
QString longCaption(Rng& rng);

// A sentence said in a recording of `theme` (0 kitchen, 1 street, 2 lab, 3 drive).
QString utterance(int theme, Rng& rng);

// Names of the short non-speech events of a theme (clicks, beeps, knocks), index = event sound kind.
QString eventName(int theme, int kind);

}  // namespace lockstep::demo
