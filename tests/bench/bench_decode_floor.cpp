// The floor for a quality scan: decode every image and audio file of a dataset once, with the same decoders
// and the same number of threads as `lockstep-cli scan`, computing nothing. Prints the seconds taken.
// Usage: bench_decode_floor DATASET [THREADS]
#include "imaging/ImagingModule.h"
#include "media/AudioDecoder.h"
#include "media/ImageDecoder.h"

#include <QDirIterator>
#include <QElapsedTimer>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_decode_floor DATASET [THREADS]\n");
        return 2;
    }
    const QString root = QString::fromLocal8Bit(argv[1]);
    const int threads = argc > 2 ? std::atoi(argv[2]) : int(std::thread::hardware_concurrency());
    // The process settings QualityScan::run makes before it decodes: OpenCV on one thread per worker and large
    // decode buffers kept in the heap. Without them the floor would pay costs the scan does not.
    lockstep::ImagingModule::setLibraryThreads(1);
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    std::vector<QString> images;
    std::vector<QString> audios;
    for (const char* folder : {"images", "audios"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(folder), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            (folder[0] == 'i' ? images : audios).push_back(it.next());
    }
    QElapsedTimer clock;
    clock.start();
    std::atomic<std::size_t> next{0};
    std::atomic<long long> checksum{0};
    const std::size_t total = images.size() + audios.size();
    auto work = [&] {
        for (std::size_t i = next.fetch_add(1); i < total; i = next.fetch_add(1)) {
            if (i < images.size()) {
                const lockstep::DecodedImage image = lockstep::ImageDecoder::decode(images[i]);
                checksum += image.pixels.empty() ? 0 : image.pixels[image.pixels.size() / 2];
            } else {
                const lockstep::DecodedAudio audio = lockstep::AudioDecoder::decode(audios[i - images.size()]);
                checksum += static_cast<long long>(audio.samples.size());
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 0; t < std::max(1, threads); ++t)
        pool.emplace_back(work);
    for (std::thread& t : pool)
        t.join();
    std::printf("%zu images, %zu audio files decoded in %.3f s (checksum %lld)\n", images.size(), audios.size(),
                double(clock.elapsed()) / 1000.0, checksum.load());
    return 0;
}
