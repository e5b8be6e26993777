#include "TimelineLoader.h"
#include "QueuedContinuation.h"

#include "media/DatasetRoot.h"
#include "media/TextDecoder.h"
#include "progress/Progress.h"
#include "signal/WaveformSummary.h"

#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace lockstep {

namespace {

// Stops a waveform pass as soon as the user has moved on to another sample.
class GenerationProgress final : public Progress {
public:
    explicit GenerationProgress(RequestGeneration::Ticket ticket) : m_ticket(std::move(ticket)) {}
    void report(const QString&, qint64, qint64) override {}
    bool isCancelled() const override { return m_ticket.isStale(); }

private:
    RequestGeneration::Ticket m_ticket;
};

}  // namespace

TimelineLoader::TimelineLoader(QObject* parent) : QObject(parent), m_pool(new QThreadPool(this))
{
    // Two workers: a long waveform pass must not hold up a sensor file.
    m_pool->setMaxThreadCount(2);
}

TimelineLoader::~TimelineLoader()
{
    m_generation.retire();
    m_pool->waitForDone();
}

void TimelineLoader::waitForAll()
{
    m_pool->waitForDone();
}

QString TimelineLoader::absolutePath(const QString& relativePath) const
{
    if (relativePath.isEmpty())
        return {};
    const DatasetRoot::Resolved r = DatasetRoot(m_root).resolveLexically(relativePath);
    return r.ok ? r.absolutePath : QString();
}

std::shared_ptr<const WaveformSummary> TimelineLoader::waveform(const QString& sourcePath) const
{
    return m_waveforms.value(sourcePath);
}

std::shared_ptr<const SensorSeries> TimelineLoader::sensor(const QString& sourcePath) const
{
    return m_sensors.value(sourcePath);
}

void TimelineLoader::clear()
{
    m_generation.advance();
    m_pending = 0;
    m_audio.clear();
    m_waveforms.clear();
    m_sensors.clear();
    m_errors.clear();
}

template <typename Result, typename Work, typename Apply>
void TimelineLoader::run(Work work, Apply apply)
{
    const RequestGeneration::Ticket ticket = m_generation.ticket();
    ++m_pending;
    const QFuture<Result> future = QtConcurrent::run(m_pool, [work = std::move(work), ticket]() -> Result {
        if (ticket.isStale())
            return Result{};
        GenerationProgress progress(ticket);
        // A throwing reader must not leave the load pending for ever: it counts as no result.
        try {
            return work(progress);
        } catch (const std::exception&) {
            return Result{};
        }
    });
    // Through the queue, every result arrives after load() has handed out all its work (so the load cannot
    // finish early) and after the panel has built its lanes; a stale one is dropped (the user has moved on).
    continueQueued(future, this, ticket, [this, apply = std::move(apply)](const Result& result) {
        apply(result);
        done();
    });
}

void TimelineLoader::done()
{
    if (--m_pending == 0)
        emit finished();
}

quint64 TimelineLoader::load(const TimelineDescription& description)
{
    clear();
    m_root = description.datasetRoot;
    const DatasetRoot root(m_root);
    QSet<QString> audioSources;
    QSet<QString> sensorSources;
    for (const TimelineLaneSpec& lane : description.lanes) {
        if (lane.kind == TimelineLaneKind::Waveform || lane.kind == TimelineLaneKind::Spectrogram)
            audioSources.insert(lane.sourcePath);
        else if (lane.kind == TimelineLaneKind::Sensor)
            sensorSources.insert(lane.sourcePath);
    }

    for (const QString& path : std::as_const(audioSources)) {
        const DatasetRoot::Resolved r = root.resolve(path);
        if (!r.ok) {
            m_errors.insert(path, r.error);
            continue;
        }
        const QString file = r.absolutePath;
        using Probed = AudioInfo;
        run<Probed>([file](Progress&) { return AudioDecoder::probe(file); },
                    [this, path](const Probed& info) {
                        m_audio.insert(path, info);
                        if (!info.ok) {
                            m_errors.insert(path, info.error);
                            emit sourceFailed(path, info.error);
                            return;
                        }
                        emit audioProbed(path);
                    });
        using Summary = std::shared_ptr<const WaveformSummary>;
        run<Summary>(
            [file](Progress& progress) {
                auto summary = std::make_shared<WaveformSummary>(WaveformSummary::fromFile(file, &progress));
                return summary->ok() ? Summary(std::move(summary)) : Summary();
            },
            [this, path](const Summary& summary) {
                if (!summary)
                    return;
                m_waveforms.insert(path, summary);
                emit waveformReady(path);
            });
    }

    for (const QString& path : std::as_const(sensorSources)) {
        const DatasetRoot::Resolved r = root.resolve(path);
        if (!r.ok) {
            m_errors.insert(path, r.error);
            continue;
        }
        using Series = std::shared_ptr<const SensorSeries>;
        run<Series>(
            [file = r.absolutePath, path](Progress&) {
                return Series(std::make_shared<SensorSeries>(SensorCsvReader::readFile(file, path)));
            },
            [this, path](const Series& series) {
                if (!series || !series->ok) {
                    const QString message = series ? series->error : QString();
                    m_errors.insert(path, message);
                    emit sourceFailed(path, message);
                    return;
                }
                m_sensors.insert(path, series);
                emit sensorReady(path);
            });
    }

    if (!description.captionPath.isEmpty()) {
        const DatasetRoot::Resolved r = root.resolve(description.captionPath);
        if (r.ok) {
            run<QString>(
                [file = r.absolutePath](Progress&) {
                    // A caption, not a book: the first few thousand characters are what fits in a lane.
                    const DecodedText text = TextDecoder::readFile(file, 256 * 1024);
                    return text.ok ? text.text.simplified() : QString();
                },
                [this](const QString& text) { emit captionReady(text); });
        }
    } else if (!description.captionInline.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, generation = m_generation.current(), text = description.captionInline.simplified()] {
                if (m_generation.isCurrent(generation))
                    emit captionReady(text);
            },
            Qt::QueuedConnection);
    }
    if (m_pending == 0)
        QMetaObject::invokeMethod(this, &TimelineLoader::finished, Qt::QueuedConnection);
    return m_generation.current();
}

}  // namespace lockstep
