#include "demo/DemoRecordings.h"

#include "demo/DemoAudio.h"
#include "demo/DemoCommon.h"
#include "demo/DemoImages.h"
#include "demo/DemoRandom.h"
#include "demo/DemoText.h"

#include <QDir>
#include <QList>

#include <algorithm>
#include <cmath>

namespace lockstep::demo {

namespace {

constexpr std::int64_t kFramePeriodUs = 500000;  // 2 fps
constexpr std::int64_t kSensorPeriodUs = 20000;  // 50 Hz
constexpr int kFrameWidth = 320;
constexpr int kFrameHeight = 240;

struct Utterance {
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    QString text;
};

struct Event {
    std::int64_t atMs = 0;
    int kind = 0;
    QString name;
};

// "1.25", "3", "12.345": seconds from milliseconds, exact, no trailing zeros (Praat style).
QString secondsText(std::int64_t ms)
{
    QString s = QString::number(ms / 1000);
    const std::int64_t frac = ms % 1000;
    if (frac != 0) {
        QString f = QStringLiteral("%1").arg(frac, 3, 10, QLatin1Char('0'));
        while (f.endsWith(QLatin1Char('0')))
            f.chop(1);
        s += QLatin1Char('.') + f;
    }
    return s;
}

// "12.345678": seconds from microseconds, exact, six decimals.
QString microsText(std::int64_t us)
{
    return QStringLiteral("%1.%2").arg(us / 1000000).arg(us % 1000000, 6, 10, QLatin1Char('0'));
}

QString cueTime(std::int64_t ms, QChar decimal)
{
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg((ms / 60000) % 60, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg(decimal)
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

QString praatQuoted(QString text)
{
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray srt(const QList<Utterance>& utterances, std::int64_t offsetMs)
{
    QString out;
    for (qsizetype i = 0; i < utterances.size(); ++i) {
        const Utterance& u = utterances.at(i);
        out += QString::number(i + 1) + QLatin1Char('\n') + cueTime(u.startMs + offsetMs, QLatin1Char(',')) +
               QLatin1String(" --> ") + cueTime(u.endMs + offsetMs, QLatin1Char(',')) + QLatin1Char('\n') + u.text +
               QLatin1String("\n\n");
    }
    return out.toUtf8();
}

QByteArray vtt(const QList<Utterance>& utterances, std::int64_t offsetMs)
{
    QString out = QStringLiteral("WEBVTT\n\n");
    for (qsizetype i = 0; i < utterances.size(); ++i) {
        const Utterance& u = utterances.at(i);
        out += QStringLiteral("u%1\n").arg(i + 1) + cueTime(u.startMs + offsetMs, QLatin1Char('.')) +
               QLatin1String(" --> ") + cueTime(u.endMs + offsetMs, QLatin1Char('.')) + QLatin1Char('\n') + u.text +
               QLatin1String("\n\n");
    }
    return out.toUtf8();
}

// Praat TextGrid, long text format, exactly as Praat writes it (trailing spaces included).
QByteArray textGrid(const QList<Utterance>& utterances, const QList<Event>& events, std::int64_t durationMs)
{
    struct Interval {
        std::int64_t from, to;
        QString text;
    };
    QList<Interval> intervals;
    std::int64_t t = 0;
    for (const Utterance& u : utterances) {
        if (u.startMs > t)
            intervals.append({t, u.startMs, QString()});
        intervals.append({u.startMs, u.endMs, u.text});
        t = u.endMs;
    }
    if (t < durationMs)
        intervals.append({t, durationMs, QString()});

    const QString xmax = secondsText(durationMs);
    QString out = QStringLiteral("File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\n");
    out += QLatin1String("xmin = 0 \nxmax = ") + xmax + QLatin1String(" \ntiers? <exists> \nsize = 2 \nitem []: \n");
    out += QLatin1String("    item [1]:\n        class = \"IntervalTier\" \n        name = \"utterances\" \n");
    out += QLatin1String("        xmin = 0 \n        xmax = ") + xmax + QLatin1String(" \n");
    out += QStringLiteral("        intervals: size = %1 \n").arg(intervals.size());
    for (qsizetype i = 0; i < intervals.size(); ++i) {
        const Interval& iv = intervals.at(i);
        out += QStringLiteral("        intervals [%1]:\n").arg(i + 1);
        out += QLatin1String("            xmin = ") + secondsText(iv.from) + QLatin1String(" \n");
        out += QLatin1String("            xmax = ") + secondsText(iv.to) + QLatin1String(" \n");
        out += QLatin1String("            text = ") + praatQuoted(iv.text) + QLatin1String(" \n");
    }
    out += QLatin1String("    item [2]:\n        class = \"TextTier\" \n        name = \"events\" \n");
    out += QLatin1String("        xmin = 0 \n        xmax = ") + xmax + QLatin1String(" \n");
    out += QStringLiteral("        points: size = %1 \n").arg(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        out += QStringLiteral("        points [%1]:\n").arg(i + 1);
        out += QLatin1String("            number = ") + secondsText(events.at(i).atMs) + QLatin1String(" \n");
        out += QLatin1String("            mark = ") + praatQuoted(events.at(i).name) + QLatin1String(" \n");
    }
    return out.toUtf8();
}

// 1 inside an utterance, with 80 ms ramps, 0 elsewhere.
double speechEnvelope(const QList<Utterance>& utterances, double tMs)
{
    for (const Utterance& u : utterances) {
        if (tMs < u.startMs - 80 || tMs > u.endMs + 80)
            continue;
        const double rampIn = std::clamp((tMs - (u.startMs - 80)) / 160.0, 0.0, 1.0);
        const double rampOut = std::clamp(((u.endMs + 80) - tMs) / 160.0, 0.0, 1.0);
        return std::min(rampIn, rampOut);
    }
    return 0.0;
}

QByteArray sensorCsv(const QList<Utterance>& utterances, const QList<Event>& events, std::int64_t durationMs,
                     const RecordingPlan& plan, Rng& rng)
{
    QString out = QStringLiteral("time_s,accel_x,accel_y,accel_z\n");
    const double phase = rng.uniform(0, 6.28), tilt = rng.uniform(-0.4, 0.4);
    for (std::int64_t trueUs = 0; trueUs < durationMs * 1000; trueUs += kSensorPeriodUs) {
        const double t = trueUs / 1e6, tMs = trueUs / 1e3;
        const double env = speechEnvelope(utterances, tMs);
        double x = tilt + 0.02 * rng.tri(), y = 0.02 * rng.tri(), z = 9.81 + 0.02 * rng.tri();
        // Vibration while someone speaks (a handheld recorder, a table mic stand).
        x += 0.35 * env * std::sin(2 * 3.14159265 * 9.0 * t + phase);
        y += 0.25 * env * std::sin(2 * 3.14159265 * 7.0 * t + phase * 0.5);
        z += 0.15 * env * std::sin(2 * 3.14159265 * 11.0 * t);
        for (const Event& e : events) {
            const double dt = (tMs - e.atMs) / 1000.0;
            if (dt >= 0 && dt < 0.5)
                z += 1.5 * std::exp(-dt / 0.08) * std::cos(2 * 3.14159265 * 6.0 * dt);
        }
        if (plan.theme == 3)  // driving: slow sway
            x += 0.2 * std::sin(2 * 3.14159265 * 0.3 * t);
        const auto sensorUs =
            static_cast<std::int64_t>(std::llround(double(trueUs) * plan.sensorScale)) + plan.sensorOffsetUs;
        out += microsText(sensorUs) + QLatin1Char(',') + QString::number(x, 'f', 4) + QLatin1Char(',') +
               QString::number(y, 'f', 4) + QLatin1Char(',') + QString::number(z, 'f', 4) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

}  // namespace

bool writeRecording(const QString& recordingsDir, const RecordingPlan& plan, std::uint32_t seed, int sampleRate,
                    RecordingSummary* summary, QString* error)
{
    const QString dir = recordingsDir + QLatin1Char('/') + plan.name;
    if (!QDir().mkpath(dir + QLatin1String("/frames"))) {
        *error = QStringLiteral("Cannot create the folder %1/frames").arg(dir);
        return false;
    }
    Rng rng(seed, kRecording, static_cast<std::uint64_t>(plan.index));
    const std::int64_t durationMs = 1000LL * rng.range(20, 40);

    // The true timeline: utterances separated by pauses, an event now and then inside a long pause.
    QList<Utterance> utterances;
    QList<Event> events;
    std::int64_t t = rng.range(800, 1500);
    while (true) {
        const std::int64_t len = rng.range(1200, 3500);
        if (t + len > durationMs - 2000)
            break;
        utterances.append({t, t + len, utterance(plan.theme, rng)});
        const std::int64_t gap = rng.range(700, 2500);
        if (gap > 1300 && rng.chance(0.6)) {
            const int kind = rng.range(0, 2);
            events.append({t + len + gap / 2 - 100, kind, eventName(plan.theme, kind)});
        }
        t += len + gap;
    }

    // Audio.
    Signal audio(static_cast<std::size_t>(durationMs * sampleRate / 1000), 0.0f);
    Rng audioRng(seed, kRecordingAudio, static_cast<std::uint64_t>(plan.index));
    addAmbience(audio, plan.theme, sampleRate, 0.02, audioRng);
    for (const Utterance& u : utterances)
        addSpeech(audio, u.startMs * sampleRate / 1000, (u.endMs - u.startMs) * sampleRate / 1000, sampleRate,
                  audioRng.uniform(0.45, 0.7), audioRng);
    for (const Event& e : events)
        addEventSound(audio, e.atMs * sampleRate / 1000, e.kind, sampleRate, 0.5, audioRng);
    const QByteArray wav = encodeWav(quantize(audio), sampleRate, error);
    if (wav.isEmpty() || !writeBytes(dir + QLatin1String("/audio.wav"), wav, error))
        return false;

    // Frames at 2 fps, named by their true time.
    FrameState state;
    state.title = plan.name;
    state.theme = plan.theme;
    state.phase = rng.uniform(0, 6.283185307179586);
    int frames = 0;
    for (std::int64_t us = 0; us < durationMs * 1000; us += kFramePeriodUs, ++frames) {
        state.timeUs = us;
        state.speaking = speechEnvelope(utterances, us / 1e3) >= 1.0;
        state.recentEvent.clear();
        for (const Event& e : events)
            if (us / 1000 >= e.atMs && us / 1000 < e.atMs + 600)
                state.recentEvent = e.name;
        const QString name = QStringLiteral("/frames/frame_%1us.jpg").arg(us, 10, 10, QLatin1Char('0'));
        if (!writeBytes(dir + name, encodeJpeg(renderFrame(state, kFrameWidth, kFrameHeight), 80), error))
            return false;
    }

    // Subtitles (and the planted offset), WebVTT, TextGrid, sensor.
    const std::int64_t offsetMs = plan.subtitleOffsetUs / 1000;
    if (!writeBytes(dir + QLatin1String("/subtitles.srt"), srt(utterances, offsetMs), error))
        return false;
    if (plan.writeVtt && !writeBytes(dir + QLatin1String("/subtitles.vtt"), vtt(utterances, offsetMs), error))
        return false;
    if (plan.writeTextGrid &&
        !writeBytes(dir + QLatin1String("/transcript.TextGrid"), textGrid(utterances, events, durationMs), error))
        return false;
    Rng sensorRng(seed, kRecordingSensor, static_cast<std::uint64_t>(plan.index));
    if (!writeBytes(dir + QLatin1String("/sensor.csv"), sensorCsv(utterances, events, durationMs, plan, sensorRng),
                    error))
        return false;

    summary->durationUs = durationMs * 1000;
    summary->utterances = static_cast<int>(utterances.size());
    summary->frames = frames;
    summary->firstUtteranceStartUs = utterances.isEmpty() ? 0 : utterances.first().startMs * 1000;
    return true;
}

}  // namespace lockstep::demo
