#pragma once

// Private to the demo generator: one multi-stream recording (audio, timestamped frames, subtitles, sensor
// CSV, optionally WebVTT and a Praat TextGrid) with known true timing, so that planted misalignments have
// exact answers.

#include <QString>

#include <cstdint>

namespace lockstep::demo {

struct RecordingPlan {
    QString name;                       // folder name under recordings/
    int index = 0;                      // recording number: seeds its content
    int theme = 0;                      // 0 kitchen, 1 street, 2 lab, 3 drive
    std::int64_t subtitleOffsetUs = 0;  // planted: every cue = utterance time + offset
    double sensorScale = 1.0;           // planted: sensor time = true time * scale + offset
    std::int64_t sensorOffsetUs = 0;
    bool writeTextGrid = false;
    bool writeVtt = false;
};

struct RecordingSummary {
    std::int64_t durationUs = 0;
    int utterances = 0;
    int frames = 0;
    std::int64_t firstUtteranceStartUs = 0;
};

// Writes recordings/<plan.name>/ under `recordingsDir`. False (with *error naming the file) on I/O failure.
bool writeRecording(const QString& recordingsDir, const RecordingPlan& plan, std::uint32_t seed, int sampleRate,
                    RecordingSummary* summary, QString* error);

}  // namespace lockstep::demo
