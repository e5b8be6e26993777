#include "demo/DemoImages.h"

#include "demo/DemoPainting.h"
#include "demo/DemoRandom.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace lockstep::demo {

namespace {
// ---- scenes ----------------------------------------------------------------------------------------------

cv::Scalar variantColor(Label label, int variant)
{
    static const std::array<cv::Scalar, kVariantCount> bird{rgb(205, 45, 40), rgb(50, 100, 205), rgb(240, 200, 40),
                                                            rgb(235, 125, 35)};
    static const std::array<cv::Scalar, kVariantCount> car{rgb(200, 30, 35), rgb(35, 85, 190), rgb(245, 195, 30),
                                                           rgb(235, 235, 235)};
    static const std::array<cv::Scalar, kVariantCount> dog{rgb(150, 95, 50), rgb(50, 45, 45), rgb(220, 165, 85),
                                                           rgb(238, 232, 220)};
    static const std::array<cv::Scalar, kVariantCount> cat{rgb(135, 135, 140), rgb(225, 130, 50), rgb(40, 40, 45),
                                                           rgb(240, 238, 232)};
    static const std::array<cv::Scalar, kVariantCount> accent{rgb(210, 50, 60), rgb(240, 190, 40), rgb(40, 120, 210),
                                                              rgb(60, 170, 90)};
    const auto v = static_cast<std::size_t>(std::clamp(variant, 0, kVariantCount - 1));
    switch (label) {
    case Label::Bird: return bird[v];
    case Label::Car: return car[v];
    case Label::Dog: return dog[v];
    case Label::Cat: return cat[v];
    default: return accent[v];
    }
}

void drawBird(cv::Mat& img, Rng& rng, int variant)
{
    const double w = img.cols, h = img.rows, s = std::min(w, h) / 256.0;
    sky(img, rng, img.rows);
    if (rng.chance(0.6)) {
        const double sunX = w * rng.uniform(0.05, 0.95), sunY = h * rng.uniform(0.05, 0.45);
        glow(img, sunX, sunY, rng.uniform(25, 50) * s, rgb(255, 245, 200), rng.uniform(0.5, 0.85));
        disc(img, sunX, sunY, rng.uniform(9, 18) * s, rgb(255, 240, 170));
    }
    const int clouds = rng.range(0, 5);
    for (int i = 0; i < clouds; ++i)
        cloud(img, rng, w * rng.uniform(0.0, 1.0), h * rng.uniform(0.06, 0.5), rng.uniform(12, 38) * s,
              rgb(250, 250, 252), rng.uniform(0.75, 0.95));
    // One or two ranges of hills.
    const int ranges = rng.range(1, 2);
    for (int r = 0; r < ranges; ++r) {
        std::vector<cv::Point2d> hill{{0, h}};
        const double phase = rng.uniform(0, 6.28), base = h * rng.uniform(0.55 + 0.15 * r, 0.78 + 0.12 * r),
                     amp = rng.uniform(5, 30) * s, freq = rng.uniform(0.12, 0.45);
        for (int x = 0; x <= 32; ++x)
            hill.emplace_back(w * x / 32.0,
                              base - amp * std::sin(phase + x * freq) - 0.4 * amp * std::sin(x * 0.9 + phase));
        hill.emplace_back(w, h);
        const cv::Scalar green = hsv(rng.uniform(80, 150), rng.uniform(0.25, 0.5), rng.uniform(0.45, 0.7) - 0.12 * r);
        poly(img, hill, green);
        // A row of small trees along the ridge, tufts on the hillside.
        const int ridgeTrees = rng.range(4, 14);
        for (int i = 0; i < ridgeTrees; ++i) {
            const int k = rng.range(1, 31);
            const double tx = hill[static_cast<std::size_t>(k)].x, ty = hill[static_cast<std::size_t>(k)].y + 2 * s,
                         size = rng.uniform(3, 7) * s;
            seg(img, tx, ty, tx, ty - size, green * 0.5, 1.5 * s);
            disc(img, tx, ty - size * 1.4, size, green * rng.uniform(0.6, 0.8));
        }
        const int tufts = rng.range(120, 240);
        for (int i = 0; i < tufts; ++i) {
            const double tx = rng.uniform(0, w), ty = rng.uniform(base + amp, h);
            seg(img, tx, ty, tx + rng.uniform(-2, 2) * s, ty - rng.uniform(2, 5) * s,
                green * (rng.chance(0.5) ? 0.75 : 1.25), 1.2 * s);
        }
    }
    if (rng.chance(0.4))
        tree(img, rng, w * rng.uniform(0.05, 0.95), h * rng.uniform(0.8, 1.0), rng.uniform(18, 34) * s);
    // Distant flying birds.
    const int flock = rng.range(1, 7);
    for (int i = 0; i < flock; ++i) {
        const double bx = w * rng.uniform(0.05, 0.95), by = h * rng.uniform(0.08, 0.5), bs = s * rng.uniform(4, 10);
        polyline(img,
                 {{bx - bs, by - bs * 0.4},
                  {bx - bs * 0.4, by - bs * 0.1},
                  {bx, by + bs * 0.3},
                  {bx + bs * 0.4, by - bs * 0.1},
                  {bx + bs, by - bs * 0.4}},
                 rgb(45, 50, 65), 1.6 * s);
    }
    // A branch from the left edge, tilted, with leaves.
    const double by0 = h * rng.uniform(0.45, 0.88), bend = w * rng.uniform(0.55, 0.9), tilt = rng.uniform(-0.35, 0.25),
                 by1 = by0 + tilt * bend;
    const auto branchY = [&](double x) { return by0 + (by1 - by0) * (x + 5) / (bend + 5); };
    const cv::Scalar bark = jitter(rgb(105, 70, 40), rng, 15);
    const double thickness = rng.uniform(5, 11) * s;
    seg(img, -5, by0, bend, by1, bark, thickness);
    seg(img, bend * 0.7, branchY(bend * 0.7), bend * 0.95, branchY(bend * 0.7) - 24 * s, bark, thickness * 0.5);
    const int leaves = rng.range(6, 14);
    const double leafHue = rng.uniform(80, 130);
    for (int i = 0; i < leaves; ++i) {
        const double t = rng.uniform(0.05, 1.0);
        oval(img, bend * t, branchY(bend * t) + rng.uniform(-10, 10) * s, 9 * s, 4 * s, rng.uniform(-60, 60),
             hsv(leafHue + rng.uniform(-10, 10), rng.uniform(0.5, 0.75), rng.uniform(0.45, 0.7)));
    }
    // The bird, perched.
    const cv::Scalar body = variantColor(Label::Bird, variant);
    const cv::Scalar dark = body * 0.6, belly = mixColor(body, rgb(250, 240, 220), 0.55);
    const double sc = s * rng.uniform(0.7, 1.45);
    const double x = std::min(bend * rng.uniform(0.35, 0.8), w - 50 * sc), foot = branchY(x) - thickness * 0.3,
                 y = foot - 26 * sc;
    seg(img, x - 4 * sc, y + 14 * sc, x - 6 * sc, foot, rgb(70, 60, 50), 2 * sc);
    seg(img, x + 6 * sc, y + 14 * sc, x + 5 * sc, foot, rgb(70, 60, 50), 2 * sc);
    poly(img,
         {{x - 22 * sc, y - 2 * sc}, {x - 50 * sc, y + 14 * sc}, {x - 46 * sc, y + 22 * sc}, {x - 18 * sc, y + 8 * sc}},
         dark);
    oval(img, x, y, 28 * sc, 19 * sc, -12, body);
    oval(img, x + 6 * sc, y + 7 * sc, 17 * sc, 10 * sc, -12, belly);
    oval(img, x - 6 * sc, y - 1 * sc, 18 * sc, 9 * sc, -25, dark);
    disc(img, x + 24 * sc, y - 18 * sc, 14 * sc, body);
    poly(img, {{x + 35 * sc, y - 22 * sc}, {x + 50 * sc, y - 16 * sc}, {x + 35 * sc, y - 12 * sc}}, rgb(245, 165, 40));
    disc(img, x + 28 * sc, y - 21 * sc, 3.6 * sc, rgb(255, 255, 255));
    disc(img, x + 29 * sc, y - 21 * sc, 2.0 * sc, rgb(15, 15, 20));
}

void drawCar(cv::Mat& img, Rng& rng, int variant)
{
    const double w = img.cols, h = img.rows, s = std::min(w, h) / 256.0;
    const double horizon = h * rng.uniform(0.36, 0.66);
    sky(img, rng, int(horizon) + 1);
    const int clouds = rng.range(0, 3);
    for (int i = 0; i < clouds; ++i)
        cloud(img, rng, w * rng.uniform(0.05, 0.95), horizon * rng.uniform(0.15, 0.6), rng.uniform(12, 26) * s,
              rgb(252, 252, 252), 0.9);
    if (rng.chance(0.65)) {  // a skyline
        const cv::Scalar front = hsv(rng.uniform(200, 240), rng.uniform(0.08, 0.3), rng.uniform(0.5, 0.75));
        const cv::Scalar back = front * rng.uniform(0.75, 0.95);
        const double tallest = rng.uniform(40, 130) * s;
        double bx = -rng.uniform(0, 20) * s;
        while (bx < w) {
            const double bw = rng.uniform(16, 48) * s, bh = rng.uniform(0.25, 1.0) * tallest;
            const cv::Scalar c = mixColor(front, back, rng.uniform());
            cv::rectangle(img, fx(bx, horizon - bh), fx(bx + bw, horizon), c, cv::FILLED, cv::LINE_AA, kShift);
            for (double wy = horizon - bh + 6 * s; wy < horizon - 8 * s; wy += 10 * s)
                for (double wx = bx + 4 * s; wx < bx + bw - 6 * s; wx += 8 * s)
                    if (rng.chance(0.35))
                        cv::rectangle(img, fx(wx, wy), fx(wx + 4 * s, wy + 5 * s), rgb(205, 210, 225), cv::FILLED,
                                      cv::LINE_AA, kShift);
            bx += bw + rng.uniform(0, 10) * s;
        }
    } else {  // a green verge with trees
        cv::rectangle(img, fx(0, horizon - 6 * s), fx(w, horizon), rgb(90, 150, 80), cv::FILLED, cv::LINE_AA, kShift);
        const int trees = rng.range(2, 6);
        for (int i = 0; i < trees; ++i)
            tree(img, rng, w * rng.uniform(0, 1), horizon, rng.uniform(10, 30) * s);
    }
    // Sidewalk and road.
    const double kerb = horizon + rng.uniform(5, 14) * s;
    gradient(img, int(horizon), int(kerb), rgb(175, 175, 170), rgb(160, 160, 155));
    const double tar = rng.uniform(50, 95);
    linearGradient(img, int(kerb), img.rows, rgb(tar, tar, tar + 5), rgb(tar * 0.6, tar * 0.6, tar * 0.65),
                   rng.uniform(-0.5, 0.5));
    const double laneY = kerb + (h - kerb) * rng.uniform(0.5, 0.78), dashOffset = rng.uniform(0, 40) * s,
                 dash = rng.uniform(16, 30) * s, period = dash + rng.uniform(12, 24) * s;
    for (double dx = -dashOffset; dx < w; dx += period)
        cv::rectangle(img, fx(dx, laneY), fx(dx + dash, laneY + 4 * s), rgb(235, 235, 225), cv::FILLED, cv::LINE_AA,
                      kShift);
    // Street lamps.
    const int lamps = rng.range(0, 3);
    for (int i = 0; i < lamps; ++i) {
        const double lx = w * rng.uniform(0.05, 0.95), top = horizon - rng.uniform(30, 70) * s;
        seg(img, lx, kerb, lx, top, rgb(60, 62, 70), 2.5 * s);
        seg(img, lx, top, lx + 12 * s, top, rgb(60, 62, 70), 2.5 * s);
        disc(img, lx + 12 * s, top + 3 * s, 3.5 * s, rgb(255, 236, 170));
    }
    // The car (side view), its wheels on the road between the kerb and the lane.
    const cv::Scalar paint = variantColor(Label::Car, variant);
    const double sc = s * rng.uniform(0.6, 1.3), len = 176 * sc;
    const double x0 = std::clamp(w * rng.uniform(0.2, 0.8) - len / 2, -0.1 * len, w - 0.9 * len),
                 ground = std::min(h - 2 * s, laneY - 6 * s + rng.uniform(-4, 22) * s);
    cv::Mat shadow = cv::Mat::zeros(img.size(), CV_8U);
    oval(shadow, x0 + len / 2, ground + 2 * s, len * 0.55, 7 * s, 0, cv::Scalar(255));
    blendMask(img, shadow, rgb(20, 20, 25), 0.55, 3 * s);
    roundedRect(img, x0, ground - 52 * sc, x0 + len, ground - 12 * sc, 12 * sc, paint);
    poly(img,
         {{x0 + 38 * sc, ground - 50 * sc},
          {x0 + 62 * sc, ground - 80 * sc},
          {x0 + 122 * sc, ground - 80 * sc},
          {x0 + 146 * sc, ground - 50 * sc}},
         paint);
    const cv::Scalar glass = rgb(165, 205, 232);
    poly(img,
         {{x0 + 48 * sc, ground - 52 * sc},
          {x0 + 66 * sc, ground - 74 * sc},
          {x0 + 90 * sc, ground - 74 * sc},
          {x0 + 90 * sc, ground - 52 * sc}},
         glass);
    poly(img,
         {{x0 + 96 * sc, ground - 52 * sc},
          {x0 + 96 * sc, ground - 74 * sc},
          {x0 + 119 * sc, ground - 74 * sc},
          {x0 + 137 * sc, ground - 52 * sc}},
         glass);
    seg(img, x0 + 93 * sc, ground - 50 * sc, x0 + 93 * sc, ground - 16 * sc, paint * 0.6, 1.5 * sc);
    seg(img, x0 + 6 * sc, ground - 34 * sc, x0 + len - 6 * sc, ground - 34 * sc, paint * 0.75, 1.2 * sc);
    oval(img, x0 + len - 6 * sc, ground - 42 * sc, 6 * sc, 4 * sc, 0, rgb(255, 235, 140));
    oval(img, x0 + 4 * sc, ground - 42 * sc, 4 * sc, 4 * sc, 0, rgb(220, 40, 40));
    for (double wx : {x0 + 40 * sc, x0 + 138 * sc}) {
        disc(img, wx, ground - 12 * sc, 19 * sc, rgb(28, 28, 30));
        disc(img, wx, ground - 12 * sc, 9 * sc, rgb(175, 178, 185));
        disc(img, wx, ground - 12 * sc, 3 * sc, rgb(90, 90, 95));
    }
}

void drawPet(cv::Mat& img, Rng& rng, int variant, bool cat)
{
    const double w = img.cols, h = img.rows, s = std::min(w, h) / 256.0;
    const double horizon = h * rng.uniform(0.3, 0.66);
    sky(img, rng, img.rows);
    if (rng.chance(0.7)) {
        const int clouds = rng.range(1, 3);
        for (int i = 0; i < clouds; ++i)
            cloud(img, rng, w * rng.uniform(0.05, 0.95), horizon * rng.uniform(0.2, 0.6), rng.uniform(12, 28) * s,
                  rgb(252, 252, 252), 0.9);
    }
    // Rolling ground, lit from one side.
    std::vector<cv::Point2d> field{{0, h}};
    const double phase = rng.uniform(0, 6.28), amp = rng.uniform(0, 22) * s, freq = rng.uniform(0.1, 0.35);
    for (int x = 0; x <= 32; ++x)
        field.emplace_back(w * x / 32.0, horizon - amp * std::sin(phase + x * freq));
    field.emplace_back(w, h);
    cv::Mat ground(img.size(), CV_8UC3);
    const double grassHue = rng.uniform(75, 115);
    linearGradient(ground, 0, ground.rows, hsv(grassHue, rng.uniform(0.45, 0.6), rng.uniform(0.62, 0.8)),
                   hsv(grassHue + 5, rng.uniform(0.55, 0.7), rng.uniform(0.38, 0.52)), rng.uniform(-0.7, 0.7));
    cv::Mat mask = cv::Mat::zeros(img.size(), CV_8U);
    poly(mask, field, cv::Scalar(255));
    ground.copyTo(img, mask);
    // Trees (some near, some far), bushes and sometimes a fence.
    const int trees = rng.range(0, 4);
    for (int i = 0; i < trees; ++i) {
        const double nearness = rng.uniform();
        tree(img, rng, w * rng.uniform(0.0, 1.0), horizon + nearness * 30 * s + 4 * s, (12 + 30 * nearness) * s);
    }
    if (rng.chance(0.4)) {
        const double fy = horizon + rng.uniform(6, 30) * s, gap = rng.uniform(10, 18) * s;
        const cv::Scalar wood = jitter(rgb(190, 160, 120), rng, 20);
        seg(img, 0, fy - 12 * s, w, fy - 12 * s, wood, 2.5 * s);
        seg(img, 0, fy - 5 * s, w, fy - 5 * s, wood, 2.5 * s);
        for (double x = rng.uniform(0, gap); x < w; x += gap)
            seg(img, x, fy, x, fy - 18 * s, wood, 3 * s);
    }
    const int bushes = rng.range(0, 4);
    for (int i = 0; i < bushes; ++i) {
        const double bx = w * rng.uniform(0, 1), byy = rng.uniform(horizon + 8 * s, h), r = rng.uniform(8, 20) * s;
        const cv::Scalar c = hsv(rng.uniform(90, 130), 0.6, rng.uniform(0.35, 0.55));
        disc(img, bx - r * 0.6, byy, r * 0.8, c);
        disc(img, bx + r * 0.6, byy, r * 0.8, c);
        disc(img, bx, byy - r * 0.4, r, c * 1.1);
    }
    const int blades = static_cast<int>(rng.uniform(500, 800) * (h - horizon) / h);
    for (int i = 0; i < blades; ++i) {
        const double gx = rng.uniform(0, w), gy = rng.uniform(horizon + 4 * s, h);
        seg(img, gx, gy, gx + rng.uniform(-2, 2) * s, gy - rng.uniform(3, 7) * s,
            rng.chance(0.5) ? rgb(60, 125, 45) : rgb(140, 205, 110), 1.2 * s);
    }
    if (rng.chance(0.5)) {
        const cv::Scalar petal = hsv(rng.uniform(0, 360), 0.6, 0.95);
        const int flowers = rng.range(4, 14);
        for (int i = 0; i < flowers; ++i)
            disc(img, rng.uniform(0, w), rng.uniform(horizon + 10 * s, h), rng.uniform(1.5, 3) * s, petal);
    }
    const cv::Scalar fur = variantColor(cat ? Label::Cat : Label::Dog, variant);
    const cv::Scalar darker = mixColor(fur, rgb(30, 20, 15), 0.35);
    const double sc = s * rng.uniform(0.65, 1.3) * (cat ? 0.85 : 1.0);
    const double cx = std::clamp(w * rng.uniform(0.2, 0.7), 62 * sc, w - 80 * sc),
                 groundY = std::clamp(rng.uniform(horizon + 55 * sc, h), horizon + 30 * s, h - 4 * s),
                 cy = groundY - 42 * sc;
    cv::Mat shadow = cv::Mat::zeros(img.size(), CV_8U);
    oval(shadow, cx, groundY + 2 * s, 55 * sc, 6 * s, 0, cv::Scalar(255));
    blendMask(img, shadow, rgb(20, 40, 15), 0.45, 3 * s);
    // Tail, legs, body, head.
    if (cat)
        polyline(img,
                 {{cx - 40 * sc, cy},
                  {cx - 58 * sc, cy - 10 * sc},
                  {cx - 62 * sc, cy - 32 * sc},
                  {cx - 52 * sc, cy - 48 * sc}},
                 fur, 6 * sc);
    else
        polyline(img, {{cx - 40 * sc, cy - 6 * sc}, {cx - 56 * sc, cy - 22 * sc}, {cx - 58 * sc, cy - 38 * sc}}, fur,
                 7 * sc);
    for (double lx : {-30.0, -16.0, 18.0, 32.0}) {
        const cv::Scalar c = (lx == -16.0 || lx == 32.0) ? darker : fur;
        seg(img, cx + lx * sc, cy + 6 * sc, cx + lx * sc + 2 * sc, groundY - 3 * sc, c, 9 * sc);
    }
    oval(img, cx, cy, 46 * sc, (cat ? 19 : 23) * sc, 0, fur);
    const double hx = cx + 46 * sc, hy = cy - 26 * sc;
    if (cat) {
        poly(img, {{hx - 16 * sc, hy - 8 * sc}, {hx - 12 * sc, hy - 32 * sc}, {hx - 2 * sc, hy - 14 * sc}}, fur);
        poly(img, {{hx + 4 * sc, hy - 14 * sc}, {hx + 14 * sc, hy - 32 * sc}, {hx + 17 * sc, hy - 8 * sc}}, fur);
        disc(img, hx, hy, 19 * sc, fur);
        oval(img, hx + 10 * sc, hy + 6 * sc, 8 * sc, 6 * sc, 0, mixColor(fur, rgb(255, 255, 255), 0.4));
        disc(img, hx + 14 * sc, hy + 3 * sc, 2.4 * sc, rgb(230, 120, 130));
        for (int k = -1; k <= 1; ++k)
            seg(img, hx + 16 * sc, hy + 6 * sc, hx + 34 * sc, hy + (6 + 5 * k) * sc, rgb(60, 60, 60), 1);
        oval(img, hx + 6 * sc, hy - 4 * sc, 3 * sc, 4.5 * sc, 0, rgb(120, 190, 60));
        oval(img, hx + 6 * sc, hy - 4 * sc, 1.2 * sc, 3.8 * sc, 0, rgb(10, 10, 10));
    } else {
        disc(img, hx, hy, 21 * sc, fur);
        oval(img, hx + 19 * sc, hy + 7 * sc, 14 * sc, 9 * sc, 0, fur);
        disc(img, hx + 31 * sc, hy + 4 * sc, 4.5 * sc, rgb(25, 20, 20));
        seg(img, hx + 16 * sc, hy + 15 * sc, hx + 26 * sc, hy + 14 * sc, rgb(60, 30, 30), 1.5 * sc);
        oval(img, hx - 10 * sc, hy + 4 * sc, 8 * sc, 17 * sc, 15, darker);
        disc(img, hx + 8 * sc, hy - 6 * sc, 3.4 * sc, rgb(20, 15, 15));
        disc(img, hx + 9 * sc, hy - 7 * sc, 1.0 * sc, rgb(255, 255, 255));
        seg(img, hx - 14 * sc, hy + 16 * sc, hx + 2 * sc, hy + 20 * sc, rgb(200, 35, 40), 4 * sc);
    }
    // A ball, in front or behind.
    const double ballX = cx + (rng.chance(0.5) ? rng.uniform(80, 130) : -rng.uniform(80, 120)) * sc,
                 ballR = rng.uniform(8, 13) * sc;
    disc(img, ballX, groundY - ballR, ballR, hsv(rng.uniform(0, 360), 0.75, 0.85));
    disc(img, ballX - ballR * 0.35, groundY - ballR * 1.35, ballR * 0.3, rgb(255, 255, 255));
}

void drawRain(cv::Mat& img, Rng& rng, int variant)
{
    const double w = img.cols, h = img.rows, s = std::min(w, h) / 256.0;
    const double horizon = h * rng.uniform(0.45, 0.78);
    const double dusk = rng.uniform(0.6, 1.25);
    linearGradient(img, 0, int(horizon) + 1, jitter(rgb(55, 62, 78), rng, 12) * dusk,
                   jitter(rgb(112, 122, 138), rng, 15) * dusk, rng.uniform(-0.6, 0.6));
    linearGradient(img, int(horizon), img.rows, rgb(52, 56, 66) * dusk, rgb(28, 31, 38), rng.uniform(-0.6, 0.6));
    const int clouds = rng.range(1, 4);
    for (int i = 0; i < clouds; ++i)
        cloud(img, rng, w * rng.uniform(0.0, 1.0), h * rng.uniform(0.03, 0.3), rng.uniform(20, 40) * s,
              rgb(85, 90, 102) * dusk, 0.9);
    // Buildings with a few lit windows.
    const double tallest = rng.uniform(50, 150) * s, lit = rng.uniform(0.08, 0.4);
    double bx = -rng.uniform(0, 10) * s;
    while (bx < w) {
        const double bw = rng.uniform(20, 56) * s, bh = rng.uniform(0.3, 1.0) * tallest;
        cv::rectangle(img, fx(bx, horizon - bh), fx(bx + bw, horizon), jitter(rgb(38, 42, 52), rng, 8), cv::FILLED,
                      cv::LINE_AA, kShift);
        for (double wy = horizon - bh + 6 * s; wy < horizon - 8 * s; wy += 11 * s)
            for (double wx = bx + 4 * s; wx < bx + bw - 6 * s; wx += 9 * s)
                if (rng.chance(lit))
                    cv::rectangle(img, fx(wx, wy), fx(wx + 4 * s, wy + 6 * s), rgb(240, 205, 120), cv::FILLED,
                                  cv::LINE_AA, kShift);
        bx += bw + rng.uniform(2, 14) * s;
    }
    // Street lamps with halos.
    const int lamps = rng.range(0, 3);
    for (int i = 0; i < lamps; ++i) {
        const double lx = w * rng.uniform(0.05, 0.95), top = horizon - rng.uniform(40, 80) * s;
        seg(img, lx, horizon + 6 * s, lx, top, rgb(20, 22, 28), 2.5 * s);
        glow(img, lx, top, rng.uniform(14, 26) * s, rgb(255, 215, 140), 0.6);
    }
    // Puddles with ripples.
    const int puddles = rng.range(2, 6);
    for (int i = 0; i < puddles; ++i) {
        const double px = w * rng.uniform(0.05, 0.95), py = rng.uniform(horizon + 12 * s, h - 8 * s);
        const double pw = rng.uniform(16, 48) * s;
        oval(img, px, py, pw, pw * 0.18, 0, rgb(78, 88, 104));
        oval(img, px + rng.uniform(-8, 8) * s, py, pw * 0.45, pw * 0.08, 0, rgb(140, 150, 165), 1);
    }
    // Someone with an umbrella.
    const cv::Scalar canopy = variantColor(Label::Rain, variant);
    const double us = s * rng.uniform(0.7, 1.4), ux = w * rng.uniform(0.2, 0.8),
                 uy = std::min(h - 45 * us, horizon + (h - horizon) * rng.uniform(0.1, 0.5));
    seg(img, ux, uy - 30 * us, ux, uy + 40 * us, rgb(25, 25, 30), 2.5 * us);
    oval(img, ux, uy + 15 * us, 9 * us, 26 * us, 0, rgb(30, 32, 40));
    disc(img, ux, uy - 18 * us, 8 * us, rgb(200, 160, 130));
    oval(img, ux, uy - 28 * us, 40 * us, 24 * us, 0, canopy, -1, 180, 360);
    for (int k = 0; k < 4; ++k)
        oval(img, ux - 30 * us + 20 * us * k, uy - 28 * us, 10 * us, 4 * us, 0, canopy * 0.8, -1, 0, 180);
    // Rain streaks on an overlay.
    cv::Mat rain = cv::Mat::zeros(img.size(), CV_8U);
    const double slant = rng.uniform(-0.2, 0.4);
    const int drops = static_cast<int>(rng.uniform(160, 320) * w * h / (256.0 * 256.0));
    for (int i = 0; i < drops; ++i) {
        const double x = rng.uniform(-20, w), y = rng.uniform(-10, h), l = rng.uniform(8, 18) * s;
        seg(rain, x, y, x + l * slant, y + l, cv::Scalar(rng.range(120, 255)), 1);
    }
    blendMask(img, rain, rgb(205, 215, 232), 0.7, 0);
}

cv::Rect2d drawSpeech(cv::Mat& img, Rng& rng, int variant)
{
    const double w = img.cols, h = img.rows, s = std::min(w, h) / 256.0;
    const double wallHue = rng.uniform(0, 360), wallSat = rng.uniform(0.05, 0.3), wallVal = rng.uniform(0.45, 0.95);
    const double floorY = h * rng.uniform(0.62, 0.9);
    linearGradient(img, 0, int(floorY) + 1, hsv(wallHue, wallSat, wallVal),
                   hsv(wallHue + rng.uniform(-20, 20), wallSat * 1.2, wallVal * rng.uniform(0.7, 0.9)),
                   rng.uniform(-0.8, 0.8));
    const double floorHue = rng.uniform(15, 40);
    linearGradient(img, int(floorY), img.rows, hsv(floorHue, 0.45, rng.uniform(0.45, 0.65)),
                   hsv(floorHue, 0.5, rng.uniform(0.3, 0.45)), rng.uniform(-0.5, 0.5));
    glow(img, w * rng.uniform(0, 1), h * rng.uniform(0, 0.4), rng.uniform(50, 90) * s, rgb(255, 244, 214),
         rng.uniform(0.2, 0.5));
    // Things on the wall: pictures, windows, a shelf.
    const int things = rng.range(1, 3);
    for (int i = 0; i < things; ++i) {
        const double fx0 = w * rng.uniform(0.0, 0.8), fy0 = h * rng.uniform(0.04, 0.35), fw = rng.uniform(30, 80) * s;
        const int kind = rng.range(0, 2);
        if (kind == 2) {  // a shelf with books
            cv::rectangle(img, fx(fx0, fy0 + 30 * s), fx(fx0 + fw, fy0 + 34 * s), rgb(110, 80, 50), cv::FILLED,
                          cv::LINE_AA, kShift);
            for (double bxx = fx0 + 3 * s; bxx < fx0 + fw - 6 * s; bxx += rng.uniform(5, 8) * s)
                cv::rectangle(img, fx(bxx, fy0 + rng.uniform(8, 16) * s), fx(bxx + 4 * s, fy0 + 30 * s),
                              hsv(rng.uniform(0, 360), 0.55, 0.7), cv::FILLED, cv::LINE_AA, kShift);
            continue;
        }
        const bool window = kind == 0;
        cv::rectangle(img, fx(fx0, fy0), fx(fx0 + fw, fy0 + fw * 0.75), window ? rgb(245, 245, 240) : rgb(120, 90, 60),
                      cv::FILLED, cv::LINE_AA, kShift);
        cv::rectangle(img, fx(fx0 + 4 * s, fy0 + 4 * s), fx(fx0 + fw - 4 * s, fy0 + fw * 0.75 - 4 * s),
                      window ? rgb(140, 185, 215) : hsv(rng.uniform(0, 360), 0.3, 0.85), cv::FILLED, cv::LINE_AA,
                      kShift);
        if (window)
            seg(img, fx0 + fw / 2, fy0, fx0 + fw / 2, fy0 + fw * 0.75, rgb(245, 245, 240), 3 * s);
        else
            poly(img,
                 {{fx0 + 4 * s, fy0 + fw * 0.75 - 4 * s},
                  {fx0 + fw * 0.4, fy0 + fw * 0.3},
                  {fx0 + fw * 0.7, fy0 + fw * 0.75 - 4 * s}},
                 hsv(rng.uniform(80, 220), 0.4, 0.55));
    }
    // The speaker, in profile, facing right.
    const cv::Scalar shirt = variantColor(Label::Speech, variant) * rng.uniform(0.6, 0.95);
    const double sc = s * rng.uniform(0.7, 1.3);
    const double px = w * rng.uniform(0.12, 0.5), headY = h * rng.uniform(0.36, 0.66);
    oval(img, px - 4 * sc, headY + 105 * sc, 62 * sc, 62 * sc, 0, shirt);
    cv::rectangle(img, fx(px - 10 * sc, headY + 14 * sc), fx(px + 8 * sc, headY + 46 * sc), rgb(215, 170, 135),
                  cv::FILLED, cv::LINE_AA, kShift);
    const cv::Scalar skin = rng.pick(std::vector<cv::Scalar>{rgb(225, 182, 148), rgb(190, 140, 105), rgb(140, 95, 70)});
    const cv::Scalar hair =
        rng.pick(std::vector<cv::Scalar>{rgb(70, 45, 30), rgb(30, 25, 25), rgb(190, 150, 80), rgb(150, 150, 150)});
    disc(img, px, headY, 30 * sc, skin);
    poly(img, {{px + 27 * sc, headY - 6 * sc}, {px + 38 * sc, headY + 4 * sc}, {px + 28 * sc, headY + 7 * sc}}, skin);
    oval(img, px - 6 * sc, headY - 14 * sc, 32 * sc, 22 * sc, -10, hair, -1, 180, 360);
    oval(img, px - 20 * sc, headY - 2 * sc, 14 * sc, 20 * sc, 0, hair);
    disc(img, px + 16 * sc, headY - 8 * sc, 3 * sc, rgb(30, 25, 25));
    oval(img, px + 25 * sc, headY + 16 * sc, 6 * sc, 4 * sc, 0, rgb(120, 40, 40));
    // A lectern in front, sometimes.
    if (rng.chance(0.4)) {
        const double lx = px + rng.uniform(5, 25) * sc, ly = headY + 60 * sc;
        poly(img, {{lx - 30 * sc, ly}, {lx + 30 * sc, ly}, {lx + 22 * sc, h + 2}, {lx - 22 * sc, h + 2}},
             rgb(110, 70, 40));
        seg(img, lx + 8 * sc, ly, lx + 20 * sc, headY + 22 * sc, rgb(40, 40, 40), 2 * sc);
        disc(img, lx + 20 * sc, headY + 20 * sc, 4 * sc, rgb(30, 30, 30));
    }
    // Sound arcs from the mouth.
    for (int k = 1; k <= 3; ++k)
        oval(img, px + 34 * sc, headY + 16 * sc, 10.0 * k * sc, 10.0 * k * sc, 0, rgb(60, 90, 160), 2 * sc, -40, 40);
    // A speech bubble; its word is written after any mirroring (see renderScene).
    const double bw = w * rng.uniform(0.38, 0.5), bh = rng.uniform(44, 64) * s;
    const double bx0 = std::min(px + 40 * sc, w - bw - 6 * s),
                 by0 = std::max(4 * s, headY - 30 * sc - bh - rng.uniform(0, 30) * s);
    const double bx1 = bx0 + bw, by1 = by0 + bh;
    poly(img, {{bx0 + 18 * s, by1 - 4 * s}, {px + 30 * sc, headY - 4 * sc}, {bx0 + 40 * s, by1 - 4 * s}},
         rgb(255, 255, 255));
    roundedRect(img, bx0, by0, bx1, by1, 16 * s, rgb(255, 255, 255));
    return cv::Rect2d(bx0, by0, bx1 - bx0, by1 - by0);
}

void writeInBubble(cv::Mat& img, const cv::Rect2d& bubble, Rng& rng)
{
    static const std::vector<const char*> words{"Hello!", "Hi there", "Good day", "Listen", "Thanks!", "Welcome"};
    const double s = std::min(img.cols, img.rows) / 256.0;
    const std::string word = rng.pick(words);
    int baseline = 0;
    const double scale = 0.8;
    const cv::Size textSize = cv::getTextSize(word, cv::FONT_HERSHEY_DUPLEX, scale, 1, &baseline);
    const double fit = std::min(1.0, (bubble.width - 16 * s) / textSize.width) * scale;
    const cv::Size fitted = cv::getTextSize(word, cv::FONT_HERSHEY_DUPLEX, fit, 1, &baseline);
    const double cx = bubble.x + bubble.width / 2, cy = bubble.y + bubble.height / 2;
    cv::putText(img, word, cv::Point(int(cx - fitted.width / 2.0), int(cy + fitted.height / 2.0)),
                cv::FONT_HERSHEY_DUPLEX, fit, rgb(40, 40, 60), 1, cv::LINE_AA);
}

void drawMusic(cv::Mat& img, Rng& rng, int variant)
{
    const double w = img.cols, h = img.rows, s = std::min(w, h) / 256.0;
    const cv::Scalar tint = variantColor(Label::Music, variant);
    const double baseHue = rng.uniform(200, 320);
    linearGradient(img, 0, img.rows, mixColor(hsv(baseHue, 0.6, rng.uniform(0.25, 0.45)), tint * 0.3, 0.3),
                   hsv(baseHue + rng.uniform(-30, 30), 0.6, rng.uniform(0.05, 0.15)), rng.uniform(-2.5, 2.5));
    // Stage lights in the accent colour: beams from the top edge.
    const int beams = rng.range(1, 4);
    for (int i = 0; i < beams; ++i) {
        cv::Mat beam = cv::Mat::zeros(img.size(), CV_8U);
        const double topX = w * rng.uniform(0, 1), footX = w * rng.uniform(0, 1), spread = rng.uniform(20, 60) * s;
        poly(beam, {{topX - 4 * s, -2}, {topX + 4 * s, -2}, {footX + spread, h}, {footX - spread, h}}, cv::Scalar(255));
        blendMask(img, beam, mixColor(tint, rgb(255, 255, 255), 0.35), rng.uniform(0.15, 0.35), 6 * s);
    }
    glow(img, w * rng.uniform(0.1, 0.9), h * rng.uniform(-0.1, 0.3), rng.uniform(60, 110) * s, rgb(255, 225, 160),
         rng.uniform(0.25, 0.5));
    // Specks of light (a mirror ball's reflections, camera bokeh).
    const int specks = rng.range(25, 70);
    for (int i = 0; i < specks; ++i)
        disc(img, rng.uniform(0, w), rng.uniform(0, h), rng.uniform(0.8, 2.6) * s,
             mixColor(tint, rgb(255, 255, 255), rng.uniform(0.3, 0.9)) * rng.uniform(0.5, 1.0));
    // Staff with notes, somewhere in the upper part.
    if (rng.chance(0.8)) {
        const double top = h * rng.uniform(0.12, 0.45), gap = rng.uniform(7, 11) * s;
        const double left = rng.uniform(4, 60) * s, right = w - rng.uniform(4, 60) * s;
        for (int i = 0; i < 5; ++i)
            seg(img, left, top + i * gap, right, top + i * gap, rgb(215, 205, 240), 1.4 * s);
        const int notes = rng.range(3, 8);
        std::vector<cv::Point2d> heads;
        for (int i = 0; i < notes; ++i) {
            const double nx = left + 20 * s + (right - left - 40 * s) * (i + 0.5) / notes;
            const double ny = top + gap * 0.5 * rng.range(-1, 9);
            heads.emplace_back(nx, ny);
        }
        for (std::size_t i = 0; i < heads.size(); ++i) {
            const auto& p = heads[i];
            oval(img, p.x, p.y, 0.72 * gap, 0.51 * gap, -22, rgb(250, 245, 255));
            seg(img, p.x + 0.62 * gap, p.y - 1 * s, p.x + 0.62 * gap, p.y - 3.5 * gap, rgb(250, 245, 255), 1.6 * s);
            if (i % 2 == 1) {  // beam with the previous note
                const auto& q = heads[i - 1];
                seg(img, q.x + 0.62 * gap, q.y - 3.5 * gap, p.x + 0.62 * gap, p.y - 3.5 * gap, rgb(250, 245, 255),
                    4 * s);
                seg(img, q.x + 0.62 * gap, q.y - 1 * s, q.x + 0.62 * gap, q.y - 3.5 * gap, rgb(250, 245, 255), 1.6 * s);
            }
        }
    }
    if (rng.chance(0.6)) {  // equalizer bars
        const int bars = rng.range(8, 20);
        const double left = rng.uniform(0, 0.3) * w, right = w - rng.uniform(0, 0.3) * w;
        const double barW = (right - left) / bars, floorY = h - rng.uniform(4, 40) * s, tallest = rng.uniform(0.2, 0.5);
        static const std::array<double, kVariantCount> accentHue{355, 45, 212, 140};  // variantColor(Music)
        const double hueShift = accentHue[static_cast<std::size_t>(std::clamp(variant, 0, kVariantCount - 1))] +
                                rng.uniform(-20, 20),
                     hueStep = rng.uniform(-6, 6);
        for (int i = 0; i < bars; ++i) {
            const double bh = h * tallest * (0.25 + 0.75 * std::pow(rng.uniform(), 0.8));
            const cv::Scalar c = hsv(hueShift + i * hueStep, 0.78, 0.98);
            const double x0 = left + i * barW;
            for (double y = floorY; y > floorY - bh; y -= 7 * s)
                cv::rectangle(img, fx(x0 + 1.5 * s, y - 5 * s), fx(x0 + barW - 1.5 * s, y), c, cv::FILLED, cv::LINE_AA,
                              kShift);
        }
    } else {  // a keyboard at the bottom
        const double top = h * rng.uniform(0.68, 0.85), keyW = rng.uniform(10, 18) * s;
        cv::rectangle(img, fx(0, top - 6 * s), fx(w, h), rgb(30, 28, 34), cv::FILLED, cv::LINE_AA, kShift);
        for (double x = rng.uniform(-keyW, 0); x < w; x += keyW)
            cv::rectangle(img, fx(x + 1 * s, top), fx(x + keyW - 1 * s, h - 4 * s), rgb(240, 238, 232), cv::FILLED,
                          cv::LINE_AA, kShift);
        int k = rng.range(0, 6);
        for (double x = rng.uniform(-keyW, 0); x < w; x += keyW, ++k)
            if (k % 7 != 2 && k % 7 != 6)
                cv::rectangle(img, fx(x + keyW * 0.65, top), fx(x + keyW * 1.35, top + (h - top) * 0.58),
                              rgb(20, 20, 24), cv::FILLED, cv::LINE_AA, kShift);
    }
}

}  // namespace

cv::Mat renderScene(Label label, int variant, int width, int height, Rng& rng)
{
    cv::Mat img(height, width, CV_8UC3, cv::Scalar::all(0));
    cv::Rect2d bubble;
    switch (label) {
    case Label::Bird: drawBird(img, rng, variant); break;
    case Label::Car: drawCar(img, rng, variant); break;
    case Label::Dog: drawPet(img, rng, variant, false); break;
    case Label::Cat: drawPet(img, rng, variant, true); break;
    case Label::Rain: drawRain(img, rng, variant); break;
    case Label::Speech: bubble = drawSpeech(img, rng, variant); break;
    case Label::Music: drawMusic(img, rng, variant); break;
    }
    if (rng.chance(0.5)) {
        cv::flip(img, img, 1);
        bubble.x = width - bubble.x - bubble.width;
    }
    if (label == Label::Speech)
        writeInBubble(img, bubble, rng);
    lighting(img, rng);
    texture(img, rng);
    grain(img, rng, 2.5);
    return img;
}

cv::Mat renderFrame(const FrameState& state, int width, int height)
{
    static const std::array<std::array<cv::Scalar, 2>, 4> themes{{{rgb(236, 226, 208), rgb(196, 178, 150)},
                                                                  {rgb(120, 140, 170), rgb(70, 80, 95)},
                                                                  {rgb(220, 232, 240), rgb(170, 190, 205)},
                                                                  {rgb(60, 70, 95), rgb(25, 28, 40)}}};
    const auto& theme = themes[static_cast<std::size_t>(std::clamp(state.theme, 0, 3))];
    cv::Mat img(height, width, CV_8UC3);
    const double w = width, h = height, s = std::min(w, h) / 240.0, t = state.timeUs / 1e6;
    gradient(img, 0, height, theme[0], theme[1]);
    const bool darkTheme = state.theme == 1 || state.theme == 3;
    const cv::Scalar ink = darkTheme ? rgb(240, 240, 245) : rgb(35, 35, 45);
    // Floor grid, for depth.
    for (int k = 0; k < 6; ++k)
        seg(img, 0, h * 0.7 + k * k * 2.2 * s, w, h * 0.7 + k * k * 2.2 * s, theme[1] * 0.85, 1);
    // The moving ball on a Lissajous path.
    const double bx = w * 0.38 + w * 0.26 * std::sin(2 * kPi * t / 7.0 + state.phase);
    const double by = h * 0.55 + h * 0.18 * std::sin(2 * kPi * t / 4.6 + 0.7 + 1.7 * state.phase);
    oval(img, bx, h * 0.82, 20 * s, 5 * s, 0, theme[1] * 0.6);
    disc(img, bx, by, 18 * s, rgb(230, 90, 60));
    disc(img, bx - 6 * s, by - 6 * s, 5 * s, rgb(255, 200, 180));
    // Stopwatch: the long hand turns once every 10 s, the short one once a minute.
    const double cx = w - 52 * s, cy = 52 * s, r = 40 * s;
    disc(img, cx + 2 * s, cy + 3 * s, r, rgb(0, 0, 0) * 0.3 + theme[1] * 0.7);
    disc(img, cx, cy, r, rgb(250, 250, 246));
    ring(img, cx, cy, r, rgb(40, 40, 50), 2.5 * s);
    for (int k = 0; k < 10; ++k) {
        const double a = 2 * kPi * k / 10.0;
        seg(img, cx + 0.78 * r * std::sin(a), cy - 0.78 * r * std::cos(a), cx + 0.95 * r * std::sin(a),
            cy - 0.95 * r * std::cos(a), rgb(40, 40, 50), k == 0 ? 3 * s : 1.5 * s);
    }
    const double aMin = 2 * kPi * std::fmod(t, 60.0) / 60.0, aSec = 2 * kPi * std::fmod(t, 10.0) / 10.0;
    seg(img, cx, cy, cx + 0.5 * r * std::sin(aMin), cy - 0.5 * r * std::cos(aMin), rgb(40, 40, 50), 3.5 * s);
    seg(img, cx, cy, cx + 0.88 * r * std::sin(aSec), cy - 0.88 * r * std::cos(aSec), rgb(210, 40, 40), 2 * s);
    disc(img, cx, cy, 3 * s, rgb(210, 40, 40));
    // Title, time and the speaking lamp.
    cv::putText(img, state.title.toStdString(), cv::Point(int(10 * s), int(24 * s)), cv::FONT_HERSHEY_DUPLEX, 0.62 * s,
                ink, 1, cv::LINE_AA);
    const qint64 ms = state.timeUs / 1000;
    const QString clock = QStringLiteral("%1:%2.%3")
                              .arg(ms / 60000, 2, 10, QLatin1Char('0'))
                              .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
                              .arg(ms % 1000, 3, 10, QLatin1Char('0'));
    cv::putText(img, clock.toStdString(), cv::Point(int(10 * s), int(h - 12 * s)), cv::FONT_HERSHEY_SIMPLEX, 0.75 * s,
                ink, 2, cv::LINE_AA);
    const double lampX = w - 112 * s, lampY = h - 20 * s;
    disc(img, lampX, lampY, 8 * s, state.speaking ? rgb(235, 40, 40) : rgb(120, 120, 120));
    if (state.speaking)
        glow(img, lampX, lampY, 12 * s, rgb(255, 90, 80), 0.5);
    cv::putText(img, state.speaking ? "SPEAKING" : "quiet", cv::Point(int(lampX + 14 * s), int(lampY + 6 * s)),
                cv::FONT_HERSHEY_SIMPLEX, 0.5 * s, ink, 1, cv::LINE_AA);
    if (!state.recentEvent.isEmpty()) {
        cv::rectangle(img, cv::Point(1, 1), cv::Point(width - 2, height - 2), rgb(250, 200, 40), thick(4 * s));
        cv::putText(img, state.recentEvent.toStdString(), cv::Point(int(10 * s), int(48 * s)), cv::FONT_HERSHEY_SIMPLEX,
                    0.55 * s, rgb(250, 200, 40), 2, cv::LINE_AA);
    }
    return img;
}

cv::Mat makeBlurry(const cv::Mat& image)
{
    cv::Mat out;
    const double sigma = std::max(image.cols, image.rows) / 40.0;
    cv::GaussianBlur(image, out, cv::Size(0, 0), sigma);
    return out;
}

cv::Mat makeDark(const cv::Mat& image)
{
    cv::Mat out;
    image.convertTo(out, -1, 0.07, 1.0);
    return out;
}

cv::Mat makeLight(const cv::Mat& image)
{
    cv::Mat out;
    image.convertTo(out, -1, 0.05, 243.0);
    return out;
}

cv::Mat makeLowInformation(const cv::Mat& image, Rng& rng)
{
    // A straight edge at a random angle through a point near the middle; each side is filled (without
    // anti-aliasing, so exactly two colours) with the scene's mean colour on that side.
    const double w = image.cols, h = image.rows, angle = rng.uniform(0, kPi);
    const double cx = w * rng.uniform(0.3, 0.7), cy = h * rng.uniform(0.3, 0.7), reach = 2 * (w + h);
    const double dx = std::cos(angle), dy = std::sin(angle);
    cv::Mat side = cv::Mat::zeros(image.size(), CV_8U);
    const std::vector<cv::Point> half{cv::Point(int(cx - reach * dx), int(cy - reach * dy)),
                                      cv::Point(int(cx + reach * dx), int(cy + reach * dy)),
                                      cv::Point(int(cx + reach * dx - reach * dy), int(cy + reach * dy + reach * dx)),
                                      cv::Point(int(cx - reach * dx - reach * dy), int(cy - reach * dy + reach * dx))};
    cv::fillPoly(side, std::vector<std::vector<cv::Point>>{half}, cv::Scalar(255), cv::LINE_8);
    const auto rounded = [](const cv::Scalar& c) {
        return cv::Scalar(std::round(c[0]), std::round(c[1]), std::round(c[2]));
    };
    cv::Mat other;
    cv::bitwise_not(side, other);
    const cv::Scalar a = rounded(cv::mean(image, side)), b = rounded(cv::mean(image, other));
    cv::Mat out(image.size(), image.type(), b);
    out.setTo(a, side);
    return out;
}

cv::Mat makeGray(const cv::Mat& image)
{
    cv::Mat out;
    cv::cvtColor(image, out, cv::COLOR_BGR2GRAY);
    return out;
}

cv::Mat makeNearCopy(const cv::Mat& image)
{
    cv::Mat out;
    cv::resize(image, out, cv::Size(image.cols * 15 / 16, image.rows * 15 / 16), 0, 0, cv::INTER_AREA);
    return out;
}

quint64 perceptualHash(const cv::Mat& image)
{
    cv::Mat gray = image;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    // Long side scaled to 512 px first, then 32 x 32 by area (the engine starts from a smaller thumbnail; see the
    // header). Kept as it is: the demo dataset's pictures, and so every golden output, depend on these bits.
    const int longSide = std::max(gray.cols, gray.rows);
    if (longSide != 512) {
        const auto scaled = [&](int side) {
            return std::max(1, int((std::int64_t(side) * 512 + longSide / 2) / longSide));
        };
        const cv::Size size =
            gray.cols >= gray.rows ? cv::Size(512, scaled(gray.rows)) : cv::Size(scaled(gray.cols), 512);
        cv::resize(gray, gray, size, 0, 0, longSide > 512 ? cv::INTER_AREA : cv::INTER_LINEAR);
    }
    cv::Mat small;
    cv::resize(gray, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    // OpenCV's img_hash::PHash: DCT of the 32 x 32 image, the 8 x 8 lowest frequencies without the DC term,
    // one bit per coefficient above their mean, most significant first.
    cv::Mat f, dct;
    small.convertTo(f, CV_32F);
    cv::dct(f, dct);
    cv::Mat low = dct(cv::Rect(0, 0, 8, 8)).clone();
    low.at<float>(0, 0) = 0;
    const double mean = cv::mean(low)[0];
    quint64 hash = 0;
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) {
            const int bit = y * 8 + x;  // PHash packs bit i into byte i / 8, lowest bit first
            if (low.at<float>(y, x) > mean)
                hash |= quint64(1) << (8 * (7 - bit / 8) + bit % 8);
        }
    return hash;
}

QByteArray encodeJpeg(const cv::Mat& image, int quality)
{
    std::vector<uchar> buffer;
    cv::imencode(".jpg", image, buffer, {cv::IMWRITE_JPEG_QUALITY, quality});
    return QByteArray(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(buffer.size()));
}

QByteArray encodePng(const cv::Mat& image)
{
    std::vector<uchar> buffer;
    cv::imencode(".png", image, buffer, {cv::IMWRITE_PNG_COMPRESSION, 6});
    return QByteArray(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(buffer.size()));
}

cv::Mat decodeImage(const QByteArray& bytes)
{
    const cv::Mat raw(1, static_cast<int>(bytes.size()), CV_8U, const_cast<char*>(bytes.constData()));
    return cv::imdecode(raw, cv::IMREAD_COLOR);
}

}  // namespace lockstep::demo
