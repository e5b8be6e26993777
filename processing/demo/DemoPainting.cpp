#include "demo/DemoPainting.h"

#include "demo/DemoRandom.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace lockstep::demo {

cv::Scalar rgb(double r, double g, double b)
{
    return cv::Scalar(b, g, r);
}

cv::Scalar mixColor(const cv::Scalar& a, const cv::Scalar& b, double t)
{
    return a * (1.0 - t) + b * t;
}

cv::Point fx(double x, double y)
{
    return cv::Point(static_cast<int>(std::lround(x * kOne)), static_cast<int>(std::lround(y * kOne)));
}

int fr(double r)
{
    return std::max(1, static_cast<int>(std::lround(r * kOne)));
}

int thick(double t)
{
    return std::max(1, static_cast<int>(std::lround(t)));
}

void disc(cv::Mat& img, double x, double y, double r, const cv::Scalar& c)
{
    cv::circle(img, fx(x, y), fr(r), c, cv::FILLED, cv::LINE_AA, kShift);
}

void ring(cv::Mat& img, double x, double y, double r, const cv::Scalar& c, double t)
{
    cv::circle(img, fx(x, y), fr(r), c, thick(t), cv::LINE_AA, kShift);
}

void oval(cv::Mat& img, double x, double y, double ax, double ay, double angle, const cv::Scalar& c, double t,
          double a0, double a1)
{
    cv::ellipse(img, fx(x, y), cv::Size(fr(ax), fr(ay)), angle, a0, a1, c, t < 0 ? cv::FILLED : thick(t), cv::LINE_AA,
                kShift);
}

void seg(cv::Mat& img, double x0, double y0, double x1, double y1, const cv::Scalar& c, double t)
{
    cv::line(img, fx(x0, y0), fx(x1, y1), c, thick(t), cv::LINE_AA, kShift);
}

void poly(cv::Mat& img, const std::vector<cv::Point2d>& pts, const cv::Scalar& c)
{
    std::vector<cv::Point> p;
    p.reserve(pts.size());
    for (const auto& q : pts)
        p.push_back(fx(q.x, q.y));
    cv::fillPoly(img, std::vector<std::vector<cv::Point>>{p}, c, cv::LINE_AA, kShift);
}

void polyline(cv::Mat& img, const std::vector<cv::Point2d>& pts, const cv::Scalar& c, double t)
{
    std::vector<cv::Point> p;
    p.reserve(pts.size());
    for (const auto& q : pts)
        p.push_back(fx(q.x, q.y));
    cv::polylines(img, std::vector<std::vector<cv::Point>>{p}, false, c, thick(t), cv::LINE_AA, kShift);
}

void roundedRect(cv::Mat& img, double x0, double y0, double x1, double y1, double r, const cv::Scalar& c)
{
    r = std::min({r, (x1 - x0) / 2, (y1 - y0) / 2});
    std::vector<cv::Point2d> pts;
    const std::array<std::array<double, 3>, 4> corners{
        {{x1 - r, y0 + r, -90}, {x1 - r, y1 - r, 0}, {x0 + r, y1 - r, 90}, {x0 + r, y0 + r, 180}}};
    for (const auto& corner : corners) {
        for (int k = 0; k <= 6; ++k) {
            const double a = (corner[2] + 15.0 * k) * kPi / 180.0;
            pts.emplace_back(corner[0] + r * std::cos(a), corner[1] + r * std::sin(a));
        }
    }
    poly(img, pts, c);
}

// Vertical gradient over rows [y0, y1).
void gradient(cv::Mat& img, int y0, int y1, const cv::Scalar& top, const cv::Scalar& bottom)
{
    y0 = std::clamp(y0, 0, img.rows);
    y1 = std::clamp(y1, 0, img.rows);
    for (int y = y0; y < y1; ++y) {
        const double t = y1 - y0 > 1 ? double(y - y0) / double(y1 - y0 - 1) : 0.0;
        img.row(y).setTo(mixColor(top, bottom, t));
    }
}

// Blends `color` into img where `mask` (8-bit coverage) is set, after softening the mask.
void blendMask(cv::Mat& img, cv::Mat mask, const cv::Scalar& color, double opacity, double softness)
{
    if (softness > 0)
        cv::GaussianBlur(mask, mask, cv::Size(0, 0), softness);
    for (int y = 0; y < img.rows; ++y) {
        auto* p = img.ptr<cv::Vec3b>(y);
        const auto* m = mask.ptr<uchar>(y);
        for (int x = 0; x < img.cols; ++x) {
            if (m[x] == 0)
                continue;
            const double a = opacity * m[x] / 255.0;
            for (int k = 0; k < 3; ++k)
                p[x][k] = cv::saturate_cast<uchar>(p[x][k] * (1.0 - a) + color[k] * a);
        }
    }
}

// A soft radial glow (sun, spotlight).
void glow(cv::Mat& img, double cx, double cy, double radius, const cv::Scalar& color, double strength)
{
    const int x0 = std::max(0, int(cx - 3 * radius)), x1 = std::min(img.cols, int(cx + 3 * radius) + 1);
    const int y0 = std::max(0, int(cy - 3 * radius)), y1 = std::min(img.rows, int(cy + 3 * radius) + 1);
    for (int y = y0; y < y1; ++y) {
        auto* p = img.ptr<cv::Vec3b>(y);
        for (int x = x0; x < x1; ++x) {
            const double d2 = ((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (radius * radius);
            const double a = strength * std::exp(-d2);
            for (int k = 0; k < 3; ++k)
                p[x][k] = cv::saturate_cast<uchar>(p[x][k] * (1.0 - a) + color[k] * a);
        }
    }
}

void grain(cv::Mat& img, Rng& rng, double amplitude)
{
    for (int y = 0; y < img.rows; ++y) {
        auto* p = img.ptr<cv::Vec3b>(y);
        for (int x = 0; x < img.cols; ++x) {
            const double n = amplitude * rng.tri();
            for (int k = 0; k < 3; ++k)
                p[x][k] = cv::saturate_cast<uchar>(p[x][k] + n);
        }
    }
}

void cloud(cv::Mat& img, Rng& rng, double cx, double cy, double size, const cv::Scalar& color, double opacity)
{
    cv::Mat mask = cv::Mat::zeros(img.size(), CV_8U);
    const int puffs = rng.range(4, 6);
    for (int i = 0; i < puffs; ++i) {
        const double dx = (i - (puffs - 1) / 2.0) * size * 0.55 + rng.uniform(-0.15, 0.15) * size;
        const double r = size * rng.uniform(0.45, 0.8) * (1.0 - 0.25 * std::abs(dx) / size);
        disc(mask, cx + dx, cy - r * 0.3, r, cv::Scalar(255));
    }
    oval(mask, cx, cy + size * 0.15, size * puffs * 0.3, size * 0.35, 0, cv::Scalar(255));
    blendMask(img, mask, color, opacity, size * 0.12);
}

// ---- scene helpers ---------------------------------------------------------------------------------------

// A linear gradient over rows [y0, y1), from `from` to `to` along direction `angle` (radians; 0 = downwards).
void linearGradient(cv::Mat& img, int y0, int y1, const cv::Scalar& from, const cv::Scalar& to, double angle)
{
    y0 = std::clamp(y0, 0, img.rows);
    y1 = std::clamp(y1, 0, img.rows);
    if (y1 <= y0)
        return;
    const double dx = std::sin(angle), dy = std::cos(angle);
    double lo = 1e300, hi = -1e300;
    for (const double x : {0.0, double(img.cols - 1)})
        for (const double y : {double(y0), double(y1 - 1)}) {
            lo = std::min(lo, x * dx + y * dy);
            hi = std::max(hi, x * dx + y * dy);
        }
    const double span = std::max(hi - lo, 1.0);
    for (int y = y0; y < y1; ++y) {
        auto* p = img.ptr<cv::Vec3b>(y);
        for (int x = 0; x < img.cols; ++x) {
            const double t = (x * dx + y * dy - lo) / span;
            for (int k = 0; k < 3; ++k)
                p[x][k] = cv::saturate_cast<uchar>(from[k] + (to[k] - from[k]) * t);
        }
    }
}

cv::Scalar jitter(const cv::Scalar& c, Rng& rng, double amount)
{
    return cv::Scalar(c[0] + rng.uniform(-amount, amount), c[1] + rng.uniform(-amount, amount),
                      c[2] + rng.uniform(-amount, amount));
}

// A colour from hue (degrees), saturation and value (0..1).
cv::Scalar hsv(double hue, double sat, double val)
{
    hue = std::fmod(std::fmod(hue, 360.0) + 360.0, 360.0);
    const double c = val * sat, hp = hue / 60.0, x = c * (1 - std::abs(std::fmod(hp, 2.0) - 1)), m = val - c;
    double r = 0, g = 0, b = 0;
    if (hp < 1)
        r = c, g = x;
    else if (hp < 2)
        r = x, g = c;
    else if (hp < 3)
        g = c, b = x;
    else if (hp < 4)
        g = x, b = c;
    else if (hp < 5)
        r = x, b = c;
    else
        r = c, b = x;
    return rgb(255 * (r + m), 255 * (g + m), 255 * (b + m));
}

// An outdoor sky: one of a few palettes (clear, hazy, morning, sunset, overcast, deep blue), jittered, as a
// gradient tilted a little, over rows [0, bottom).
void sky(cv::Mat& img, Rng& rng, int bottom)
{
    static const std::array<std::array<cv::Scalar, 2>, 6> palettes{{{rgb(60, 125, 200), rgb(195, 225, 245)},
                                                                    {rgb(110, 160, 215), rgb(236, 240, 244)},
                                                                    {rgb(120, 150, 205), rgb(250, 212, 172)},
                                                                    {rgb(72, 88, 158), rgb(246, 178, 118)},
                                                                    {rgb(118, 128, 144), rgb(206, 210, 216)},
                                                                    {rgb(28, 104, 188), rgb(150, 210, 240)}}};
    const auto& p = palettes[static_cast<std::size_t>(rng.range(0, int(palettes.size()) - 1))];
    linearGradient(img, 0, bottom, jitter(p[0], rng, 18), jitter(p[1], rng, 12), rng.uniform(-0.6, 0.6));
}

// Soft, uneven light over the whole picture: a brightness ramp in a random direction, a vignette around a
// random centre and a slight warm or cool cast. It moves the low frequencies that a perceptual hash reads,
// the way real exposure and framing differ from photo to photo.
void lighting(cv::Mat& img, Rng& rng)
{
    const double w = img.cols, h = img.rows, half = 0.5 * std::hypot(w, h);
    const double angle = rng.uniform(0, 2 * kPi), ramp = rng.uniform(0.08, 0.24);
    const double vx = w * rng.uniform(0.15, 0.85), vy = h * rng.uniform(0.15, 0.85), vignette = rng.uniform(0.05, 0.35);
    const double cast = rng.uniform(-0.06, 0.06);
    const double ca = std::cos(angle) / half, sa = std::sin(angle) / half, vs = 1.0 / (half * half);
    const std::array<double, 3> tint{1.0 - cast, 1.0, 1.0 + cast};  // B, G, R
    for (int y = 0; y < img.rows; ++y) {
        auto* p = img.ptr<cv::Vec3b>(y);
        for (int x = 0; x < img.cols; ++x) {
            const double r = (x - w / 2) * ca + (y - h / 2) * sa;
            const double d2 = ((x - vx) * (x - vx) + (y - vy) * (y - vy)) * vs;
            const double g = (1.0 + ramp * r) / (1.0 + vignette * d2);
            for (int k = 0; k < 3; ++k)
                p[x][k] = cv::saturate_cast<uchar>(p[x][k] * g * tint[static_cast<std::size_t>(k)]);
        }
    }
}

// Smooth value noise of a random grain size (3..24 px cells), a few grey levels deep: surfaces look less flat.
void texture(cv::Mat& img, Rng& rng)
{
    const int cell = rng.range(3, 24);
    const double amplitude = cell < 8 ? rng.uniform(2, 4) : rng.uniform(3, 7);
    cv::Mat coarse(img.rows / cell + 2, img.cols / cell + 2, CV_32F);
    for (int y = 0; y < coarse.rows; ++y)
        for (int x = 0; x < coarse.cols; ++x)
            coarse.at<float>(y, x) = static_cast<float>(amplitude * rng.tri());
    cv::Mat fine;
    cv::resize(coarse, fine, cv::Size(img.cols, img.rows), 0, 0, cv::INTER_CUBIC);
    for (int y = 0; y < img.rows; ++y) {
        auto* p = img.ptr<cv::Vec3b>(y);
        const auto* n = fine.ptr<float>(y);
        for (int x = 0; x < img.cols; ++x)
            for (int k = 0; k < 3; ++k)
                p[x][k] = cv::saturate_cast<uchar>(p[x][k] + n[x]);
    }
}

void tree(cv::Mat& img, Rng& rng, double x, double groundY, double size)
{
    const cv::Scalar trunk = jitter(rgb(100, 70, 45), rng, 12);
    seg(img, x, groundY, x, groundY - size * 1.3, trunk, std::max(2.0, size * 0.22));
    const cv::Scalar leaf = hsv(rng.uniform(85, 135), rng.uniform(0.45, 0.7), rng.uniform(0.4, 0.62));
    const int blobs = rng.range(2, 4);
    for (int i = 0; i < blobs; ++i)
        disc(img, x + rng.uniform(-0.45, 0.45) * size, groundY - size * rng.uniform(1.3, 1.9),
             size * rng.uniform(0.55, 0.85), leaf * rng.uniform(0.85, 1.1));
}

}  // namespace lockstep::demo
