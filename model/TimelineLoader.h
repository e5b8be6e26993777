#pragma once

#include "RequestGeneration.h"
#include "TimelineDescription.h"
#include "dataset/SensorCsvReader.h"
#include "media/AudioDecoder.h"

#include <QHash>
#include <QObject>
#include <memory>

class QThreadPool;

namespace lockstep {

class WaveformSummary;

// Loads a timeline's heavy content off the GUI thread: audio facts and waveform summaries, sensor values,
// the caption file. Each load() is a new generation; results of an older generation are dropped when they
// arrive, and its unfinished work stops early (waveform passes watch a cancellation flag). Results arrive on
// the loader's thread.
class TimelineLoader final : public QObject {
    Q_OBJECT
public:
    explicit TimelineLoader(QObject* parent = nullptr);
    ~TimelineLoader() override;  // cancels and waits: no worker outlives the loader

    quint64 load(const TimelineDescription& description);
    void clear();

    quint64 generation() const { return m_generation.current(); }
    bool isLoading() const { return m_pending > 0; }
    // Absolute path of a lane source (empty when it leaves the dataset folder).
    QString absolutePath(const QString& relativePath) const;

    AudioInfo audioInfo(const QString& sourcePath) const { return m_audio.value(sourcePath); }
    std::shared_ptr<const WaveformSummary> waveform(const QString& sourcePath) const;
    std::shared_ptr<const SensorSeries> sensor(const QString& sourcePath) const;
    QString error(const QString& sourcePath) const { return m_errors.value(sourcePath); }

    // Blocks until all started work has returned (tests, shutdown).
    void waitForAll();

signals:
    void audioProbed(const QString& sourcePath);
    void waveformReady(const QString& sourcePath);
    void sensorReady(const QString& sourcePath);
    void captionReady(const QString& text);
    void sourceFailed(const QString& sourcePath, const QString& error);
    // Everything of the current generation has arrived.
    void finished();

private:
    template <typename Result, typename Work, typename Apply>
    void run(Work work, Apply apply);
    void done();

    QThreadPool* m_pool = nullptr;
    RequestGeneration m_generation;
    int m_pending = 0;
    QString m_root;
    QHash<QString, AudioInfo> m_audio;
    QHash<QString, std::shared_ptr<const WaveformSummary>> m_waveforms;
    QHash<QString, std::shared_ptr<const SensorSeries>> m_sensors;
    QHash<QString, QString> m_errors;
};

}  // namespace lockstep
