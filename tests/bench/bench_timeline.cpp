// Timeline paint times on a long recording, offscreen.
//   bench_timeline [--minutes N] [--width W] [--height H]
// Writes an N-minute (default 120) 16 kHz recording into a temporary folder — speech-like audio, a subtitle
// cue every 3 s, a frame every 10 s, a 50 Hz two-channel sensor — shows it in the timeline panel, and
// measures the time to the first paint, to the loaded lanes and to a settled view (every visible tile and
// thumbnail there), then drives a script of zooms and scrolls and records every paint's duration.
// Prints one JSON object.

#include "TimelineCanvas.h"
#include "TimelineFixture.h"
#include "TimelineFramesLane.h"
#include "TimelinePanel.h"
#include "TimelineSpectrogramLane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace lockstep;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t i = std::min(values.size() - 1, static_cast<std::size_t>(p * (values.size() - 1) + 0.5));
    return values[i];
}

SampleDetails writeLongRecording(const QString& root, int minutes)
{
    const int rate = 16000;
    const qint64 frames = static_cast<qint64>(minutes) * 60 * rate;
    QDir(root).mkpath(QStringLiteral("rec/frames"));
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0.0, 0.02);
    // Syllable-rate bursts of a few harmonics over a little noise: a spectrogram with structure everywhere.
    timeline_fixture::writeWav(root + QStringLiteral("/rec/audio.wav"), rate, frames, [&](qint64 f) {
        const double t = static_cast<double>(f) / rate;
        const double envelope = 0.5 + 0.5 * std::sin(2 * M_PI * 4.0 * t) * std::sin(2 * M_PI * 0.25 * t);
        const double pitch = 140.0 + 30.0 * std::sin(2 * M_PI * 0.1 * t);
        double v = 0.0;
        for (int h = 1; h <= 6; ++h)
            v += std::sin(2 * M_PI * pitch * h * t) / h;
        return 0.25 * envelope * v + noise(rng);
    });

    SampleDetails d;
    d.datasetRoot = root;
    d.sample.id = QStringLiteral("long");
    Stream audio;
    audio.kind = StreamKind::Audio;
    audio.name = QStringLiteral("audio");
    audio.sourcePath = QStringLiteral("rec/audio.wav");
    audio.duration = Micros{frames * 1'000'000 / rate};
    audio.pointCount = frames;
    audio.rate = rate;

    Stream subtitles;
    subtitles.kind = StreamKind::TextSegments;
    subtitles.name = QStringLiteral("subtitles");
    for (qint64 s = 0; s + 3 <= minutes * 60; s += 3)
        subtitles.segments.push_back(
            Segment{Micros{s * 1'000'000}, Micros{s * 1'000'000 + 2'400'000}, QStringLiteral("cue %1").arg(s / 3)});

    Stream framesStream;
    framesStream.kind = StreamKind::Frames;
    framesStream.name = QStringLiteral("frames");
    for (int s = 0; s < minutes * 60; s += 10) {
        const QString rel = QStringLiteral("rec/frames/f%1.png").arg(s, 6, 10, QLatin1Char('0'));
        QImage image(96, 72, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((s / 10 * 23) % 360, 160, 200));
        image.save(root + QLatin1Char('/') + rel);
        framesStream.frames.push_back(Frame{Micros{static_cast<qint64>(s) * 1'000'000}, rel});
    }
    framesStream.duration = framesStream.frames.back().time;

    QFile csv(root + QStringLiteral("/rec/imu.csv"));
    csv.open(QIODevice::WriteOnly);
    QByteArray text = "time_ms,gx,gy\n";
    for (qint64 i = 0; i < static_cast<qint64>(minutes) * 60 * 50; ++i) {
        text += QByteArray::number(i * 20) + ',' + QByteArray::number(std::sin(i * 0.01), 'f', 4) + ',' +
                QByteArray::number(std::cos(i * 0.003), 'f', 4) + '\n';
        if (text.size() > (1 << 20)) {
            csv.write(text);
            text.clear();
        }
    }
    csv.write(text);
    csv.close();
    Stream imu;
    imu.kind = StreamKind::Sensor;
    imu.name = QStringLiteral("imu");
    imu.sourcePath = QStringLiteral("rec/imu.csv");
    imu.channels = {QStringLiteral("gx"), QStringLiteral("gy")};
    imu.duration = audio.duration;

    d.sample.streams = {framesStream, subtitles, audio, imu};
    return d;
}

}  // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto option = [&args](const QString& name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int minutes = option(QStringLiteral("--minutes"), 120);
    const int width = option(QStringLiteral("--width"), 1600);
    const int height = option(QStringLiteral("--height"), 720);

    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();
    const SampleDetails details = writeLongRecording(dir.path(), minutes);
    const double generateS = clock.elapsed() / 1000.0;

    TimelinePanel panel;
    panel.resize(width, height);
    panel.show();
    QCoreApplication::processEvents();
    TimelineCanvas* canvas = panel.canvas();
    std::vector<double> paints;
    bool recording = false;
    qint64 firstPaintNs = -1;
    QObject::connect(canvas, &TimelineCanvas::painted, &app, [&](qint64 ns) {
        if (firstPaintNs < 0)
            firstPaintNs = clock.nsecsElapsed();
        if (recording)
            paints.push_back(ns / 1e6);
    });

    bool loaded = false;
    QObject::connect(&panel, &TimelinePanel::loaded, &app, [&loaded] { loaded = true; });
    clock.restart();
    firstPaintNs = -1;
    panel.showSample(details);
    while (firstPaintNs < 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double firstPaintMs = firstPaintNs / 1e6;
    while (!loaded)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double loadedMs = clock.nsecsElapsed() / 1e6;
    canvas->repaint();
    QElapsedTimer settling;
    settling.start();
    while (panel.isBusy()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        canvas->repaint();
        if (settling.elapsed() > 120'000) {
            // A view that never settles is a bug to report, not a benchmark to wait for.
            for (int i = 0; i < canvas->laneCount(); ++i) {
                if (auto* f = dynamic_cast<TimelineFramesLane*>(canvas->lane(i)))
                    std::fprintf(stderr, "not settled: %d thumbnails pending\n", f->thumbnails()->pendingCount());
                if (auto* sp = dynamic_cast<TimelineSpectrogramLane*>(canvas->lane(i)))
                    std::fprintf(stderr, "not settled: %d tiles pending\n", sp->tiles()->pendingCount());
            }
            return 3;
        }
    }
    const double settledMs = clock.nsecsElapsed() / 1e6;

    // The script: zoom into the middle in steps, scroll, zoom out again, jump around; ~60 steps per second
    // with the tiles that arrive in between painted too.
    recording = true;
    std::mt19937 rng(11);
    std::uniform_real_distribution<double> anywhere(0.0, canvas->plotWidth());
    const auto step = [&](auto action) {
        action();
        canvas->repaint();
        QTest::qWait(16);
    };
    for (int i = 0; i < 40; ++i)
        step([&] { canvas->zoomBy(0.8, canvas->plotWidth() / 2.0); });
    for (int i = 0; i < 60; ++i)
        step([&] { canvas->panBy(canvas->plotWidth() / 6.0); });
    for (int i = 0; i < 20; ++i)
        step([&] { canvas->zoomBy(1.25, anywhere(rng)); });
    for (int i = 0; i < 60; ++i)
        step([&] { canvas->panBy(-canvas->plotWidth() / 3.0); });
    for (int i = 0; i < 40; ++i)
        step([&] { canvas->zoomBy(i % 2 ? 0.5 : 1.7, anywhere(rng)); });
    for (int i = 0; i < 30; ++i)
        step([&] { canvas->zoomBy(1.25, anywhere(rng)); });
    // Jumps across the whole recording while zoomed in: tiles nobody has asked for yet.
    canvas->zoomBy(0.01, 0);
    for (int i = 0; i < 40; ++i)
        step([&] {
            canvas->mapping().setVisibleStart(
                Micros{static_cast<qint64>(anywhere(rng) / canvas->plotWidth() * minutes * 60e6)});
            canvas->update();
        });
    recording = false;

    const double over =
        static_cast<double>(std::count_if(paints.begin(), paints.end(), [](double v) { return v > 50.0; }));
    QJsonObject result{{QStringLiteral("minutes"), minutes},
                       {QStringLiteral("width"), width},
                       {QStringLiteral("generate_s"), generateS},
                       {QStringLiteral("first_paint_ms"), firstPaintMs},
                       {QStringLiteral("lanes_loaded_ms"), loadedMs},
                       {QStringLiteral("settled_ms"), settledMs},
                       {QStringLiteral("paints"), static_cast<int>(paints.size())},
                       {QStringLiteral("paint_median_ms"), percentile(paints, 0.5)},
                       {QStringLiteral("paint_p95_ms"), percentile(paints, 0.95)},
                       {QStringLiteral("paint_max_ms"), percentile(paints, 1.0)},
                       {QStringLiteral("paints_over_50ms"), over}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
