#pragma once

// Private to the demo generator: procedural pictures (one scene per label, recording frames) and the image
// defects planted on purpose. Everything here is deterministic for a given Rng.

#include "demo/DemoCommon.h"

#include <QByteArray>
#include <QString>

#include <opencv2/core.hpp>

namespace lockstep::demo {

class Rng;

// A scene for `label` in colour `variant` (0..kVariantCount-1), BGR 8-bit, width x height.
cv::Mat renderScene(Label label, int variant, int width, int height, Rng& rng);

// What a recording's camera sees at one instant: a moving ball, a stopwatch and a "speaking" lamp, so that
// a misaligned stream is visible at a glance.
struct FrameState {
    QString title;
    int theme = 0;          // 0..3: background palette
    qint64 timeUs = 0;      // the frame's own (true) time
    bool speaking = false;  // inside an utterance at this instant
    QString recentEvent;    // non-empty for ~0.6 s after an event
    double phase = 0;       // where the ball's path starts (differs per recording and seed)
};
cv::Mat renderFrame(const FrameState& state, int width, int height);

// Planted defects.
cv::Mat makeBlurry(const cv::Mat& image);
cv::Mat makeDark(const cv::Mat& image);
cv::Mat makeLight(const cv::Mat& image);
cv::Mat makeLowInformation(const cv::Mat& image, Rng& rng);  // two flat colours split by a straight edge
cv::Mat makeGray(const cv::Mat& image);                      // single channel
cv::Mat makeNearCopy(const cv::Mat& image);                  // slightly smaller, to be saved at low JPEG quality

// A 64-bit pHash near the quality engine's (OpenCV img_hash::PHash of a 32 x 32 area-reduced grey image), so
// that the generator can keep unrelated pictures apart. The engine reduces from cleanvision's small luma thumbnail
// and this from the grey image at 512 px, so a few bits can differ.
// Hamming distance = popcount of the XOR.
quint64 perceptualHash(const cv::Mat& image);

QByteArray encodeJpeg(const cv::Mat& image, int quality);
QByteArray encodePng(const cv::Mat& image);
cv::Mat decodeImage(const QByteArray& bytes);

}  // namespace lockstep::demo
