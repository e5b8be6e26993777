// Image quality metrics: known answers (flat, black, white, checkerboard, aspect, grayscale, hashes) and a
// reference run against Python: numpy + cv2 for brightness, percentiles, contrast, Laplacian variance (at the
// picture's own size, times long side / 512) and entropy,
// and Pillow running cleanvision's own blurriness and entropy code paths (Image.resize, convert("L"),
// ImageFilter.FIND_EDGES, ImageStat, Image.entropy) on the same files.
#include "media/ImageDecoder.h"
#include "quality/CleanvisionBlur.h"
#include "quality/ImageMetrics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstring>
#include <thread>
#include <vector>

using namespace lockstep;

namespace {

// Colour brightness percentiles are read from a histogram in steps of 1/2048 (ImageMetrics.h); the extra 1e-6
// covers float rounding of a value that sits on a bin edge.
constexpr double kColourPercentileTolerance = 1.0 / 2048 + 1e-6;

DecodedImage fromMat(const cv::Mat& mat)
{
    DecodedImage img;
    img.info.ok = true;
    img.info.width = mat.cols;
    img.info.height = mat.rows;
    img.info.channels = mat.channels();
    const std::size_t rowBytes = std::size_t(mat.cols) * std::size_t(mat.channels());
    img.pixels.resize(rowBytes * std::size_t(mat.rows));
    for (int y = 0; y < mat.rows; ++y)
        std::memcpy(img.pixels.data() + rowBytes * std::size_t(y), mat.ptr(y), rowBytes);
    return img;
}

ImageMetrics metricsOf(const cv::Mat& mat)
{
    return ImageMetricsCalculator::compute(fromMat(mat));
}

// A deterministic photo-like scene: a colour gradient, random filled shapes, a little noise.
cv::Mat scene(int width, int height, quint64 seed)
{
    cv::RNG rng(seed);
    cv::Mat img(height, width, CV_8UC3);
    const cv::Vec3d a(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256));
    const cv::Vec3d b(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const double t = (double(x) / width + double(y) / height) / 2.0;
            const cv::Vec3d v = a * (1.0 - t) + b * t;
            img.at<cv::Vec3b>(y, x) = cv::Vec3b(cv::saturate_cast<uchar>(v[0]), cv::saturate_cast<uchar>(v[1]),
                                                cv::saturate_cast<uchar>(v[2]));
        }
    const int side = std::min(width, height);
    for (int i = 0; i < 12; ++i) {
        const cv::Scalar colour(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256));
        const cv::Point centre(rng.uniform(0, width), rng.uniform(0, height));
        if (i % 2 == 0)
            cv::circle(img, centre, rng.uniform(side / 16 + 1, side / 4 + 2), colour, cv::FILLED, cv::LINE_AA);
        else
            cv::rectangle(img, centre, centre + cv::Point(rng.uniform(4, side / 3 + 5), rng.uniform(4, side / 3 + 5)),
                          colour, cv::FILLED);
    }
    cv::Mat noise(img.size(), CV_16SC3);
    rng.fill(noise, cv::RNG::NORMAL, 0, 6);
    cv::Mat noisy;
    img.convertTo(noisy, CV_16SC3);
    noisy += noise;
    noisy.convertTo(img, CV_8UC3);
    return img;
}

cv::Mat checkerboard(int side, int square, double noiseSigma = 0.0)
{
    cv::Mat img(side, side, CV_8UC1);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            img.at<uchar>(y, x) = ((x / square + y / square) % 2) ? 215 : 40;
    if (noiseSigma > 0) {
        cv::Mat noise(img.size(), CV_16SC1);
        cv::RNG(17).fill(noise, cv::RNG::NORMAL, 0, noiseSigma);
        cv::Mat noisy;
        img.convertTo(noisy, CV_16SC1);
        noisy += noise;
        noisy.convertTo(img, CV_8UC1);
    }
    cv::Mat bgr;
    cv::cvtColor(img, bgr, cv::COLOR_GRAY2BGR);
    return bgr;
}

// The reference: cv2 + numpy for our own definitions, Pillow for cleanvision's code paths.
const char* kReferenceScript = R"py(
import json, math, sys
import numpy as np, cv2
from PIL import Image, ImageFilter, ImageStat

def measures(path):
    img = cv2.imread(path, cv2.IMREAD_UNCHANGED)
    if img.ndim == 2:
        b = g = r = img.astype(np.float64)
        gray = img
        bands = [img]
        grayscale = True
    else:
        b, g, r = (img[:, :, i].astype(np.float64) for i in range(3))
        gray = cv2.cvtColor(img, cv2.COLOR_BGRA2GRAY if img.shape[2] == 4 else cv2.COLOR_BGR2GRAY)
        bands = [img[:, :, i] for i in range(img.shape[2])]
        ib, ig, ir = (img[:, :, i].astype(np.int32) for i in range(3))
        grayscale = int(max(np.abs(ib - ig).max(), np.abs(ig - ir).max())) <= 2
    # cleanvision: calc_avg_brightness (formula on the channel means) and calc_percentile_brightness
    bright = np.sqrt(0.241 * r * r + 0.691 * g * g + 0.068 * b * b) / 255
    mean_bright = math.sqrt(0.241 * r.mean() ** 2 + 0.691 * g.mean() ** 2 + 0.068 * b.mean() ** 2) / 255
    p5, p99 = np.percentile(bright, [5, 99])
    contrast = gray.std() / 255
    h, w = gray.shape
    # sharpness: variance of the Laplacian at the picture's own size, times long side / 512
    lap = cv2.Laplacian(gray, cv2.CV_64F).var() * max(h, w) / 512
    counts = np.concatenate([np.bincount(x.ravel(), minlength=256) for x in bands]).astype(np.float64)
    p = counts[counts > 0] / counts.sum()
    entropy = float(-(p * np.log2(p)).sum())
    # cleanvision BlurrinessProperty.calculate / get_scores and calc_entropy, on the image as PIL opens it
    pil = Image.open(path)
    pil.load()
    ratio = max(pil.width, pil.height) / 64
    if ratio > 1:
        small = pil.resize((max(int(pil.width // ratio), 1), max(int(pil.height // ratio), 1)))
    else:
        small = pil.copy()
    lum = small.convert("L")
    edge_std = math.sqrt(ImageStat.Stat(lum.filter(ImageFilter.FIND_EDGES)).var[0])
    hist_std = float(np.std(lum.histogram()))
    blur = 1 - math.exp(-1 * edge_std * 0.01)
    spread = 1 - math.exp(-1 * hist_std * 0.01)
    if spread <= 0.18:
        spread = 0.0
    return {"brightness_mean": mean_bright, "brightness_p5": float(p5), "brightness_p99": float(p99),
            "contrast_rms": float(contrast), "sharpness_laplacian": float(lap), "entropy": entropy,
            "pil_entropy": float(pil.entropy()), "blur_score": min(blur + spread, 1.0),
            "grayscale": grayscale, "width": int(w), "height": int(h), "mode": pil.mode}

print(json.dumps({p: measures(p) for p in sys.argv[1:]}))
)py";

}  // namespace

class TestImageMetrics : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString path(const QString& name) const { return m_tmp.filePath(name); }

private slots:
    void flatMidGray()
    {
        const ImageMetrics m = metricsOf(cv::Mat(48, 64, CV_8UC1, cv::Scalar(128)));
        QCOMPARE(m.width, 64);
        QCOMPARE(m.height, 48);
        QCOMPARE(m.channels, 1);
        QVERIFY(m.grayscale);
        QVERIFY(std::abs(m.brightnessMean - 0.5) < 0.005);
        QVERIFY(std::abs(m.brightnessMean - 128.0 / 255.0) < 1e-12);
        QVERIFY(std::abs(m.brightnessP5 - 128.0 / 255.0) < 1e-12);
        QVERIFY(std::abs(m.brightnessP99 - 128.0 / 255.0) < 1e-12);
        QCOMPARE(m.contrastRms, 0.0);
        QCOMPARE(m.entropy, 0.0);
        QCOMPARE(m.sharpnessLaplacian, 0.0);
        // cleanvision: one grey level means a large histogram spread, so a flat image is not "blurry".
        QCOMPARE(m.blurScore, 1.0);

        // The same grey as a 3-channel image: same brightness, contrast and sharpness. Entropy follows PIL's
        // Image.entropy() on an RGB image (all three band histograms together): log2(3), still low information.
        const ImageMetrics c = metricsOf(cv::Mat(48, 64, CV_8UC3, cv::Scalar(128, 128, 128)));
        QCOMPARE(c.channels, 3);
        QVERIFY(c.grayscale);
        QVERIFY(std::abs(c.brightnessMean - 128.0 / 255.0) < 1e-12);
        QVERIFY(std::abs(c.brightnessP5 - 128.0 / 255.0) < kColourPercentileTolerance);
        QVERIFY(std::abs(c.brightnessP99 - 128.0 / 255.0) < kColourPercentileTolerance);
        QCOMPARE(c.contrastRms, 0.0);
        QCOMPARE(c.sharpnessLaplacian, 0.0);
        QVERIFY(std::abs(c.entropy - std::log2(3.0)) < 1e-12);
        QVERIFY(c.entropy * 0.1 < 0.3);
    }

    void blackIsDarkWhiteIsLight()
    {
        const ImageMetrics black = metricsOf(cv::Mat(40, 60, CV_8UC3, cv::Scalar::all(0)));
        const ImageMetrics white = metricsOf(cv::Mat(40, 60, CV_8UC3, cv::Scalar::all(255)));
        // cleanvision: dark when p99 < 0.32, light when 1 - p5 < 0.05.
        QVERIFY(black.brightnessP99 < 0.32);
        QVERIFY(!(1.0 - black.brightnessP5 < 0.05));
        QVERIFY(1.0 - white.brightnessP5 < 0.05);
        QVERIFY(!(white.brightnessP99 < 0.32));
        QCOMPARE(black.brightnessMean, 0.0);
        QVERIFY(std::abs(white.brightnessMean - 1.0) < 1e-9);
        // A mid-grey photo-like scene is neither.
        const ImageMetrics mid = metricsOf(scene(200, 150, 7));
        QVERIFY(mid.brightnessP5 <= mid.brightnessMean + 0.5 && mid.brightnessP5 <= mid.brightnessP99);
    }

    void checkerboardIsSharperThanItsBlurredCopy()
    {
        // Textured squares: cleanvision's score adds a histogram-spread term that gives any image made of a few
        // grey levels the maximum score (see below), so the squares carry noise to let the edge term decide.
        const cv::Mat sharp = checkerboard(512, 64, 40.0);
        cv::Mat blurred;
        cv::GaussianBlur(sharp, blurred, cv::Size(0, 0), 16.0);
        const ImageMetrics s = metricsOf(sharp);
        const ImageMetrics b = metricsOf(blurred);
        QVERIFY2(s.sharpnessLaplacian > 100.0 * b.sharpnessLaplacian,
                 qPrintable(QStringLiteral("%1 vs %2").arg(s.sharpnessLaplacian).arg(b.sharpnessLaplacian)));
        QVERIFY2(s.blurScore > b.blurScore + 0.2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(s.blurScore).arg(b.blurScore)));

        // A plain two-level checkerboard: the Laplacian still tells the blurred copy apart; cleanvision's score
        // is 1 for both (histogram spread), as cleanvision itself reports.
        const cv::Mat plain = checkerboard(512, 32);
        cv::Mat plainBlurred;
        cv::GaussianBlur(plain, plainBlurred, cv::Size(0, 0), 10.0);
        const ImageMetrics p = metricsOf(plain);
        const ImageMetrics pb = metricsOf(plainBlurred);
        QVERIFY(p.sharpnessLaplacian > 100.0 * pb.sharpnessLaplacian);
        QCOMPARE(p.blurScore, 1.0);
        QCOMPARE(pb.blurScore, 1.0);

        // Resolution-normalised: a 2048 px checkerboard with 4x larger squares has a quarter of the edge pixels per
        // pixel, and the long side / 512 factor makes up for it; so does a 256 px one with half the squares.
        const ImageMetrics big = metricsOf(checkerboard(2048, 128));
        QVERIFY2(std::abs(big.sharpnessLaplacian - p.sharpnessLaplacian) < 0.05 * p.sharpnessLaplacian,
                 qPrintable(QStringLiteral("%1 vs %2").arg(big.sharpnessLaplacian).arg(p.sharpnessLaplacian)));
        // (Within 10 %: the squares' corners, where |l| is larger, weigh twice as much with half the squares.)
        const ImageMetrics small = metricsOf(checkerboard(256, 16));
        QVERIFY2(std::abs(small.sharpnessLaplacian - p.sharpnessLaplacian) < 0.10 * p.sharpnessLaplacian,
                 qPrintable(QStringLiteral("%1 vs %2").arg(small.sharpnessLaplacian).arg(p.sharpnessLaplacian)));
        // At 512 px the value is the plain variance of the Laplacian: known answer for the two-level board, where
        // each square's border pixels see one neighbour of the other colour (|l| = 175) and corner pixels two.
        {
            cv::Mat gray;
            cv::cvtColor(plain, gray, cv::COLOR_BGR2GRAY);
            cv::Mat lap;
            cv::Laplacian(gray, lap, CV_64F);
            cv::Scalar mean, sd;
            cv::meanStdDev(lap, mean, sd);
            QVERIFY(std::abs(p.sharpnessLaplacian - sd[0] * sd[0]) < 1e-9 * p.sharpnessLaplacian);
        }

        // Blur at the picture's own resolution counts at any size: a 2x bilinear enlargement of the sharp scene
        // scores blurrier than the scene itself.
        const cv::Mat photo = scene(320, 240, 12);
        cv::Mat enlarged;
        cv::resize(photo, enlarged, cv::Size(640, 480), 0, 0, cv::INTER_LINEAR);
        const double photoSharpness = metricsOf(photo).sharpnessLaplacian;
        const double enlargedSharpness = metricsOf(enlarged).sharpnessLaplacian;
        QVERIFY2(enlargedSharpness < 0.5 * photoSharpness,
                 qPrintable(QStringLiteral("%1 vs %2").arg(enlargedSharpness).arg(photoSharpness)));
    }

    void aspectRatio()
    {
        const ImageMetrics wide = metricsOf(cv::Mat(64, 512, CV_8UC3, cv::Scalar(10, 200, 30)));
        QCOMPARE(wide.width, 512);
        QCOMPARE(wide.height, 64);
        QCOMPARE(wide.aspectRatio, 8.0);
        const ImageMetrics tall = metricsOf(cv::Mat(300, 100, CV_8UC1, cv::Scalar(3)));
        QVERIFY(std::abs(tall.aspectRatio - 1.0 / 3.0) < 1e-12);
    }

    void grayscaleDetection()
    {
        cv::Mat gray1(120, 160, CV_8UC1);
        cv::RNG(3).fill(gray1, cv::RNG::UNIFORM, 0, 256);
        cv::Mat gray3;
        cv::cvtColor(gray1, gray3, cv::COLOR_GRAY2BGR);
        QVERIFY(metricsOf(gray1).grayscale);
        QVERIFY(metricsOf(gray3).grayscale);
        // JPEG-like chroma noise of up to 2 levels still counts as grey; 3 levels does not.
        cv::Mat jitter = gray3.clone();
        jitter.at<cv::Vec3b>(5, 5)[0] = cv::saturate_cast<uchar>(jitter.at<cv::Vec3b>(5, 5)[1] + 2);
        QVERIFY(metricsOf(jitter).grayscale);
        jitter.at<cv::Vec3b>(7, 9)[2] =
            cv::saturate_cast<uchar>(jitter.at<cv::Vec3b>(7, 9)[1] > 128 ? jitter.at<cv::Vec3b>(7, 9)[1] - 3
                                                                         : jitter.at<cv::Vec3b>(7, 9)[1] + 3);
        QVERIFY(!metricsOf(jitter).grayscale);
        QVERIFY(!metricsOf(scene(100, 80, 11)).grayscale);
        // Grey with an alpha channel.
        cv::Mat bgra;
        cv::cvtColor(gray3, bgra, cv::COLOR_BGR2BGRA);
        QVERIFY(metricsOf(bgra).grayscale);
    }

    void perceptualHash()
    {
        QCOMPARE(hammingDistance(0, ~quint64(0)), 64);
        QCOMPARE(hammingDistance(0b1011, 0b0001), 2);
        QCOMPARE(hammingDistance(42, 42), 0);

        const cv::Mat a = scene(320, 240, 1);
        std::vector<uchar> jpeg;
        QVERIFY(cv::imencode(".jpg", a, jpeg, {cv::IMWRITE_JPEG_QUALITY, 40}));
        const cv::Mat aJpeg = cv::imdecode(jpeg, cv::IMREAD_UNCHANGED);
        QVERIFY(!aJpeg.empty());
        const cv::Mat b = scene(320, 240, 2);
        cv::Mat aSmall;
        cv::resize(a, aSmall, cv::Size(160, 120), 0, 0, cv::INTER_AREA);

        const quint64 ha = metricsOf(a).pHash;
        const quint64 haJpeg = metricsOf(aJpeg).pHash;
        const quint64 haSmall = metricsOf(aSmall).pHash;
        const quint64 hb = metricsOf(b).pHash;
        QVERIFY(ha != 0);
        QVERIFY2(hammingDistance(ha, haJpeg) <= 8, qPrintable(QString::number(hammingDistance(ha, haJpeg))));
        QVERIFY2(hammingDistance(ha, haSmall) <= 8, qPrintable(QString::number(hammingDistance(ha, haSmall))));
        QVERIFY2(hammingDistance(ha, hb) > 20, qPrintable(QString::number(hammingDistance(ha, hb))));
    }

    void pixelHashIgnoresFileBytes()
    {
        QVERIFY(m_tmp.isValid());
        const cv::Mat a = scene(97, 61, 5);
        QVERIFY(cv::imwrite(path(QStringLiteral("fast.png")).toStdString(), a, {cv::IMWRITE_PNG_COMPRESSION, 1}));
        QVERIFY(cv::imwrite(path(QStringLiteral("small.png")).toStdString(), a, {cv::IMWRITE_PNG_COMPRESSION, 9}));
        QFile f1(path(QStringLiteral("fast.png")));
        QFile f2(path(QStringLiteral("small.png")));
        QVERIFY(f1.open(QIODevice::ReadOnly) && f2.open(QIODevice::ReadOnly));
        QVERIFY(f1.readAll() != f2.readAll());  // different files...

        const DecodedImage d1 = ImageDecoder::decode(path(QStringLiteral("fast.png")));
        const DecodedImage d2 = ImageDecoder::decode(path(QStringLiteral("small.png")));
        QVERIFY2(d1.info.ok && d2.info.ok, qPrintable(d1.info.error + d2.info.error));
        const ImageMetrics m1 = ImageMetricsCalculator::compute(d1);
        const ImageMetrics m2 = ImageMetricsCalculator::compute(d2);
        QCOMPARE(m1.pixelHash.size(), 16);
        QCOMPARE(m1.pixelHash, m2.pixelHash);  // ...same pixels
        QCOMPARE(m1.pHash, m2.pHash);

        cv::Mat changed = a.clone();
        changed.at<cv::Vec3b>(30, 40)[1] ^= 1;
        QVERIFY(metricsOf(changed).pixelHash != m1.pixelHash);
        // Same bytes, other shape: the dimensions are part of the hash.
        const cv::Mat flat = a.reshape(3, 61 * 97).clone();
        QVERIFY(metricsOf(flat).pixelHash != m1.pixelHash);
    }

    void toListHasStableNames()
    {
        const ImageMetrics m = metricsOf(scene(64, 32, 9));
        const QList<QPair<QString, double>> list = m.toList();
        const QStringList expected{QStringLiteral("image.width"),         QStringLiteral("image.height"),
                                   QStringLiteral("image.channels"),      QStringLiteral("image.is_grayscale"),
                                   QStringLiteral("image.aspect_ratio"),  QStringLiteral("image.brightness_mean"),
                                   QStringLiteral("image.brightness_p5"), QStringLiteral("image.brightness_p99"),
                                   QStringLiteral("image.contrast_rms"),  QStringLiteral("image.sharpness_laplacian"),
                                   QStringLiteral("image.blur_score"),    QStringLiteral("image.entropy")};
        QCOMPARE(list.size(), expected.size());
        for (qsizetype i = 0; i < list.size(); ++i)
            QCOMPARE(list[i].first, expected[i]);
        QCOMPARE(list[0].second, 64.0);
        QCOMPARE(list[3].second, 0.0);
        QCOMPARE(list[4].second, 2.0);
        QCOMPARE(list[10].second, m.blurScore);
        QCOMPARE(list[11].second, m.entropy);
    }

    void unusableInputGivesZeroes()
    {
        const ImageMetrics empty = ImageMetricsCalculator::compute(DecodedImage{});
        QCOMPARE(empty.width, 0);
        QCOMPARE(empty.brightnessMean, 0.0);
        QVERIFY(empty.pixelHash.isEmpty());
        DecodedImage shortBuffer = fromMat(scene(20, 10, 1));
        shortBuffer.pixels.resize(100);
        const ImageMetrics s = ImageMetricsCalculator::compute(shortBuffer);
        QCOMPARE(s.width, 20);
        QCOMPARE(s.entropy, 0.0);
        QVERIFY(s.pixelHash.isEmpty());
        // Tiny images are valid: 1 x 1 and 2 x 5.
        const ImageMetrics one = metricsOf(cv::Mat(1, 1, CV_8UC3, cv::Scalar(0, 0, 255)));
        QVERIFY(std::abs(one.brightnessMean - std::sqrt(0.241)) < 1e-9);
        QCOMPARE(one.brightnessP5, one.brightnessP99);
        QVERIFY(!metricsOf(cv::Mat(5, 2, CV_8UC1, cv::Scalar(9))).pixelHash.isEmpty());
    }

    void threadSafe()
    {
        const DecodedImage img = fromMat(scene(300, 200, 4));
        const ImageMetrics expected = ImageMetricsCalculator::compute(img);
        std::vector<ImageMetrics> results(4);
        std::vector<std::thread> threads;
        for (std::size_t t = 0; t < results.size(); ++t)
            threads.emplace_back([&img, &results, t] {
                for (int i = 0; i < 5; ++i)
                    results[t] = ImageMetricsCalculator::compute(img);
            });
        for (auto& th : threads)
            th.join();
        for (const ImageMetrics& r : results) {
            QCOMPARE(r.toList(), expected.toList());
            QCOMPARE(r.pHash, expected.pHash);
            QCOMPARE(r.pixelHash, expected.pixelHash);
        }
    }

    void simdPathsGiveTheSameBytes()
    {
        // AVX2 (where the CPU has it) and the baseline SSE2 + scalar code: the same resampled thumbnail byte for
        // byte, the same metrics to the last bit. Sizes cover the resample's strip and column tails, both resize
        // directions being skipped or not, tiny outputs, and the colour pass's chunk tails.
        if (!cpuHasAvx2())
            qInfo("this CPU has no AVX2: both runs take the baseline path");
        std::vector<cv::Mat> images{scene(288, 256, 41), scene(1203, 701, 42), scene(97, 61, 43),
                                    scene(700, 2, 44),   scene(65, 300, 45),   scene(64, 64, 46),
                                    scene(530, 17, 47),  scene(129, 1031, 48)};
        {
            cv::Mat gray;
            cv::cvtColor(scene(333, 250, 49), gray, cv::COLOR_BGR2GRAY);
            images.push_back(gray);
            cv::Mat bgra;
            cv::cvtColor(scene(150, 100, 50), bgra, cv::COLOR_BGR2BGRA);
            for (int y = 0; y < bgra.rows; ++y)
                for (int x = 0; x < bgra.cols; ++x)
                    bgra.at<cv::Vec4b>(y, x)[3] = cv::saturate_cast<uchar>((x * 255) / (bgra.cols - 1));
            images.push_back(bgra);
            cv::Mat noise(200, 300, CV_8UC3);
            cv::RNG(51).fill(noise, cv::RNG::UNIFORM, 0, 256);  // every key and bin, saturated corners too
            images.push_back(noise);
        }
        for (const cv::Mat& mat : images) {
            const QString what = QStringLiteral("%1x%2x%3").arg(mat.cols).arg(mat.rows).arg(mat.channels());
            const DecodedImage img = fromMat(mat);
            const CleanvisionBlur::Result base =
                CleanvisionBlur::compute(img.pixels.data(), mat.cols, mat.rows, mat.channels(), SimdPath::Baseline);
            const CleanvisionBlur::Result fast =
                CleanvisionBlur::compute(img.pixels.data(), mat.cols, mat.rows, mat.channels(), SimdPath::Avx2);
            QVERIFY2(base.luma == fast.luma, qPrintable(what));
            QCOMPARE(base.lumaWidth, fast.lumaWidth);
            QCOMPARE(base.score, fast.score);
            const ImageMetrics a = ImageMetricsCalculator::compute(img, SimdPath::Baseline);
            const ImageMetrics b = ImageMetricsCalculator::compute(img, SimdPath::Avx2);
            QVERIFY2(a.toList() == b.toList(), qPrintable(what));
            QCOMPARE(a.pHash, b.pHash);
        }
    }

    void agreesWithNumpyAndPillow()
    {
        QVERIFY(m_tmp.isValid());
        struct Fixture {
            QString name;
            cv::Mat image;
        };
        std::vector<Fixture> fixtures;
        fixtures.push_back({QStringLiteral("photo_300x200.png"), scene(300, 200, 21)});
        fixtures.push_back({QStringLiteral("photo_1203x701.png"), scene(1203, 701, 22)});
        fixtures.push_back({QStringLiteral("portrait_181x655.png"), scene(181, 655, 23)});
        fixtures.push_back({QStringLiteral("square_512.png"), scene(512, 512, 24)});
        fixtures.push_back({QStringLiteral("tiny_40x30.png"), scene(40, 30, 25)});   // no cleanvision resize
        fixtures.push_back({QStringLiteral("strip_700x2.png"), scene(700, 2, 26)});  // 64 x 1 after resize
        {
            cv::Mat gray;
            cv::cvtColor(scene(640, 480, 27), gray, cv::COLOR_BGR2GRAY);
            fixtures.push_back({QStringLiteral("gray_640x480.png"), gray});
        }
        {
            cv::Mat bgra;
            cv::cvtColor(scene(150, 100, 28), bgra, cv::COLOR_BGR2BGRA);
            for (int y = 0; y < bgra.rows; ++y)
                for (int x = 0; x < bgra.cols; ++x)
                    bgra.at<cv::Vec4b>(y, x)[3] = cv::saturate_cast<uchar>((x * 255) / (bgra.cols - 1));
            fixtures.push_back({QStringLiteral("alpha_150x100.png"), bgra});
        }
        {
            cv::Mat dark = scene(400, 300, 29) * 0.2;
            fixtures.push_back({QStringLiteral("dark_400x300.png"), dark});
        }
        {
            cv::Mat blurred;
            cv::GaussianBlur(scene(400, 300, 30), blurred, cv::Size(0, 0), 4.0);
            fixtures.push_back({QStringLiteral("blurred_400x300.png"), blurred});
        }
        {
            // Two populations far apart on a regular lattice: p5 in the dark one, p99 in the bright one.
            cv::Mat lattice(90, 121, CV_8UC3);
            cv::RNG rng(32);
            for (int y = 0; y < lattice.rows; ++y)
                for (int x = 0; x < lattice.cols; ++x) {
                    const bool sampled = y % 4 == 0 && x % 4 == 0;
                    for (int ch = 0; ch < 3; ++ch)
                        lattice.at<cv::Vec3b>(y, x)[ch] = uchar(sampled ? rng.uniform(200, 256) : rng.uniform(0, 60));
                }
            fixtures.push_back({QStringLiteral("lattice_121x90.png"), lattice});
        }
        QStringList files;
        for (const Fixture& f : fixtures) {
            QVERIFY(cv::imwrite(path(f.name).toStdString(), f.image));
            files << path(f.name);
        }
        // A JPEG: both sides decode it with libjpeg-turbo.
        QVERIFY(cv::imwrite(path(QStringLiteral("photo_800x600.jpg")).toStdString(), scene(800, 600, 31),
                            {cv::IMWRITE_JPEG_QUALITY, 85}));
        files << path(QStringLiteral("photo_800x600.jpg"));

        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     QStringList{QStringLiteral("-c"), QString::fromUtf8(kReferenceScript)} + files);
        QVERIFY2(python.waitForFinished(120000), "python3 did not finish");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject reference = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(reference.size(), files.size());

        for (const QString& file : std::as_const(files)) {
            const QJsonObject ref = reference.value(file).toObject();
            const DecodedImage decoded = ImageDecoder::decode(file);
            QVERIFY2(decoded.info.ok, qPrintable(decoded.info.error));
            const ImageMetrics m = ImageMetricsCalculator::compute(decoded);
            const QString name = QFileInfo(file).fileName();
            QCOMPARE(m.width, ref.value(QStringLiteral("width")).toInt());
            QCOMPARE(m.height, ref.value(QStringLiteral("height")).toInt());
            QCOMPARE(m.grayscale, ref.value(QStringLiteral("grayscale")).toBool());
            // All definitions are reproduced exactly, so the tolerance only absorbs floating-point summation
            // order; except the colour percentiles, read from a histogram in 1/2048 steps.
            const auto near = [&](const char* key, double ours, double absolute) {
                const double theirs = ref.value(QLatin1String(key)).toDouble();
                const double tolerance = absolute * std::max(1.0, std::abs(theirs));
                QVERIFY2(std::abs(ours - theirs) <= tolerance, qPrintable(QStringLiteral("%1 %2: ours %3, reference %4")
                                                                              .arg(name, QLatin1String(key))
                                                                              .arg(ours, 0, 'g', 17)
                                                                              .arg(theirs, 0, 'g', 17)));
            };
            near("brightness_mean", m.brightnessMean, 1e-9);
            const double percentileTolerance = m.channels == 1 ? 1e-9 : kColourPercentileTolerance;
            near("brightness_p5", m.brightnessP5, percentileTolerance);
            near("brightness_p99", m.brightnessP99, percentileTolerance);
            near("contrast_rms", m.contrastRms, 1e-9);
            near("sharpness_laplacian", m.sharpnessLaplacian, 1e-9);
            near("entropy", m.entropy, 1e-9);
            near("pil_entropy", m.entropy, 1e-9);
            near("blur_score", m.blurScore, 1e-9);
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestImageMetrics)
#include "test_image_metrics.moc"
