// The image metrics alone, per picture: decode up to N pictures of a dataset's images/ folder into memory once,
// then time ImageMetricsCalculator::compute over all of them on one thread (best of R rounds), and cleanvision's
// blur score (the PIL-exact resample) alone on each of its code paths. Decoding is outside the timed part, so
// `valgrind --tool=callgrind --toggle-collect='lockstep::ImageMetricsCalculator::compute*'` on this program counts
// the metrics' instructions only.
// Usage: bench_image_metrics DATASET [N=400] [ROUNDS=5]
#include "media/ImageDecoder.h"
#include "quality/CleanvisionBlur.h"
#include "quality/ImageMetrics.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <vector>

namespace {

// Best (smallest) time of `rounds` runs of `body` over every picture, in microseconds per picture.
double bestMicrosPerPicture(int rounds, std::size_t pictures, const std::function<void()>& body)
{
    double best = std::numeric_limits<double>::max();
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer clock;
        clock.start();
        body();
        best = std::min(best, double(clock.nsecsElapsed()) / 1000.0 / double(pictures));
    }
    return best;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_image_metrics DATASET [N] [ROUNDS]\n");
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    const std::size_t limit = argc > 2 ? std::size_t(std::atol(argv[2])) : 400;
    const int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;

    QStringList files;
    QDirIterator it(root + QStringLiteral("/images"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();  // the same pictures on every run
    std::vector<lockstep::DecodedImage> images;
    for (const QString& file : std::as_const(files)) {
        if (images.size() >= limit)
            break;
        lockstep::DecodedImage image = lockstep::ImageDecoder::decode(file);
        if (image.info.ok)
            images.push_back(std::move(image));
    }
    if (images.empty()) {
        std::fprintf(stderr, "no decodable pictures under %s/images\n", argv[1]);
        return 1;
    }
    double pixels = 0;
    for (const lockstep::DecodedImage& image : images)
        pixels += double(image.info.width) * image.info.height;

    double checksum = 0;
    const double all = bestMicrosPerPicture(rounds, images.size(), [&] {
        for (const lockstep::DecodedImage& image : images)
            checksum += lockstep::ImageMetricsCalculator::compute(image).sharpnessLaplacian;
    });
    const auto blurOnly = [&](lockstep::SimdPath path) {
        return bestMicrosPerPicture(rounds, images.size(), [&] {
            for (const lockstep::DecodedImage& image : images)
                checksum += lockstep::CleanvisionBlur::compute(image.pixels.data(), image.info.width, image.info.height,
                                                               image.info.channels, path)
                                .score;
        });
    };
    const double blurSse = blurOnly(lockstep::SimdPath::Baseline);
    const double blurAvx2 = blurOnly(lockstep::SimdPath::Avx2);
    std::printf("%zu pictures, %.0f pixels on average, best of %d rounds, one thread:\n", images.size(),
                pixels / double(images.size()), rounds);
    std::printf("  image metrics (everything)        %8.1f us per picture\n", all);
    std::printf("  cleanvision blur score, SSE path  %8.1f us per picture\n", blurSse);
    std::printf("  cleanvision blur score, AVX2 path %8.1f us per picture%s\n", blurAvx2,
                lockstep::cpuHasAvx2() ? "" : " (no AVX2 here: the SSE path ran)");
    std::printf("  (checksum %.6g)\n", checksum);
    return 0;
}
