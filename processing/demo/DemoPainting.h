#pragma once

// Private to the demo generator: the drawing primitives its pictures are made of (anti-aliased shapes at
// sub-pixel precision, gradients, soft masks, glows, grain, clouds, skies, lighting, texture, trees).

#include <opencv2/core.hpp>

#include <vector>

namespace lockstep::demo {

class Rng;

inline constexpr double kPi = 3.14159265358979323846;
inline constexpr int kShift = 4;  // sub-pixel bits for every drawing call
inline constexpr double kOne = 1 << kShift;

cv::Scalar rgb(double r, double g, double b);

cv::Scalar mixColor(const cv::Scalar& a, const cv::Scalar& b, double t);

cv::Point fx(double x, double y);

int fr(double r);

int thick(double t);

void disc(cv::Mat& img, double x, double y, double r, const cv::Scalar& c);

void ring(cv::Mat& img, double x, double y, double r, const cv::Scalar& c, double t);

void oval(cv::Mat& img, double x, double y, double ax, double ay, double angle, const cv::Scalar& c, double t = -1,
          double a0 = 0, double a1 = 360);

void seg(cv::Mat& img, double x0, double y0, double x1, double y1, const cv::Scalar& c, double t);

void poly(cv::Mat& img, const std::vector<cv::Point2d>& pts, const cv::Scalar& c);

void polyline(cv::Mat& img, const std::vector<cv::Point2d>& pts, const cv::Scalar& c, double t);

void roundedRect(cv::Mat& img, double x0, double y0, double x1, double y1, double r, const cv::Scalar& c);

// Vertical gradient over rows [y0, y1).
void gradient(cv::Mat& img, int y0, int y1, const cv::Scalar& top, const cv::Scalar& bottom);

// Blends `color` into img where `mask` (8-bit coverage) is set, after softening the mask.
void blendMask(cv::Mat& img, cv::Mat mask, const cv::Scalar& color, double opacity, double softness);

// A soft radial glow (sun, spotlight).
void glow(cv::Mat& img, double cx, double cy, double radius, const cv::Scalar& color, double strength);

void grain(cv::Mat& img, Rng& rng, double amplitude);

void cloud(cv::Mat& img, Rng& rng, double cx, double cy, double size, const cv::Scalar& color, double opacity);

// A linear gradient over rows [y0, y1), from `from` to `to` along direction `angle` (radians; 0 = downwards).
void linearGradient(cv::Mat& img, int y0, int y1, const cv::Scalar& from, const cv::Scalar& to, double angle);

cv::Scalar jitter(const cv::Scalar& c, Rng& rng, double amount);

// A colour from hue (degrees), saturation and value (0..1).
cv::Scalar hsv(double hue, double sat, double val);

// An outdoor sky: one of a few palettes (clear, hazy, morning, sunset, overcast, deep blue), jittered, as a
// gradient tilted a little, over rows [0, bottom).
void sky(cv::Mat& img, Rng& rng, int bottom);

// Soft, uneven light over the whole picture: a brightness ramp in a random direction, a vignette around a
// random centre and a slight warm or cool cast. It moves the low frequencies that a perceptual hash reads,
// the way real exposure and framing differ from photo to photo.
void lighting(cv::Mat& img, Rng& rng);

// Smooth value noise of a random grain size (3..24 px cells), a few grey levels deep: surfaces look less flat.
void texture(cv::Mat& img, Rng& rng);

void tree(cv::Mat& img, Rng& rng, double x, double groundY, double size);

}  // namespace lockstep::demo
