#include "TimelineThumbnails.h"
#include "QueuedContinuation.h"

#include "VideoFrameSource.h"

#include <QImageReader>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace lockstep {

namespace {

constexpr int kWorkers = 2;

QImage decodeScaled(const QString& path, const QSize& bound)
{
    QImageReader reader(path);
    reader.setAllocationLimit(256);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && bound.isValid())
        reader.setScaledSize(full.scaled(bound, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_ARGB32)
        image = image.convertToFormat(QImage::Format_RGB32);
    return image;
}

}  // namespace

TimelineThumbnails::TimelineThumbnails(QObject* parent) : QObject(parent), m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(kWorkers);
    m_cache.setMaxCost(kBudgetBytes);
}

TimelineThumbnails::~TimelineThumbnails()
{
    m_generation.retire();
    m_pool->waitForDone();
}

void TimelineThumbnails::waitForAll()
{
    m_pool->waitForDone();
}

void TimelineThumbnails::clear()
{
    m_generation.advance();
    m_paths.clear();
    m_video.reset();
    m_videoTimes.clear();
    m_cache.clear();
    m_requested.clear();
    m_queue.clear();
    m_running = 0;
}

void TimelineThumbnails::setFrames(const QStringList& absolutePaths, int height)
{
    clear();
    m_paths = absolutePaths;
    m_height = qMax(8, height);
    m_width = m_height * 4 / 3;
    m_widthKnown = false;
}

void TimelineThumbnails::setVideo(const QString& absolutePath, std::vector<Micros> times, int height)
{
    setFrames({}, height);
    m_video = std::make_shared<VideoFrameSource>(absolutePath);
    m_videoTimes = std::move(times);
}

void TimelineThumbnails::setThumbnailHeight(int height)
{
    if (m_video) {
        const std::shared_ptr<VideoFrameSource> video = m_video;
        std::vector<Micros> times = m_videoTimes;
        setFrames({}, height);
        m_video = video;  // the same source: its open readers are kept
        m_videoTimes = std::move(times);
        return;
    }
    const QStringList paths = m_paths;
    setFrames(paths, height);
}

std::function<QImage(const QSize&)> TimelineThumbnails::decoderOf(int index) const
{
    if (m_video)
        return [video = m_video, time = m_videoTimes.at(static_cast<std::size_t>(index))](const QSize& bound) {
            return video->frameAt(time, bound);
        };
    return [path = m_paths.at(index)](const QSize& bound) { return decodeScaled(path, bound); };
}

QImage TimelineThumbnails::thumbnail(int index)
{
    if (index < 0 || index >= count())
        return {};
    if (const QImage* image = m_cache.object(index))
        return *image;
    if (!m_requested.contains(index)) {
        m_requested.insert(index);
        m_queue.append(index);
    } else {
        // Asked again: move it to the front of the line.
        const qsizetype at = m_queue.indexOf(index);
        if (at >= 0 && at != m_queue.size() - 1) {
            m_queue.removeAt(at);
            m_queue.append(index);
        }
    }
    pump();
    return {};
}

void TimelineThumbnails::pump()
{
    while (m_running < kWorkers && !m_queue.isEmpty()) {
        const int index = m_queue.takeLast();
        ++m_running;
        const RequestGeneration::Ticket ticket = m_generation.ticket();
        const QSize bound(m_height * 4, m_height);
        const QFuture<QImage> future = QtConcurrent::run(m_pool, [decode = decoderOf(index), bound, ticket] {
            if (ticket.isStale())
                return QImage();
            return decode(bound);
        });
        continueQueued(future, this, ticket, [this, index](const QImage& image) {
            --m_running;
            m_requested.remove(index);
            QImage stored = image;
            if (stored.isNull()) {
                // Unreadable frame: remember a tiny grey tile so it is not decoded again and again.
                stored = QImage(1, 1, QImage::Format_RGB32);
                stored.fill(Qt::gray);
            } else if (!m_widthKnown) {
                m_width = qMax(8, stored.width());
                m_widthKnown = true;
            }
            m_cache.insert(index, new QImage(stored), qMax<qsizetype>(1, stored.sizeInBytes()));
            emit thumbnailReady(index);
            pump();
        });
    }
}

void TimelineThumbnails::requestLarge(int index, const QSize& size)
{
    if (index < 0 || index >= count() || !size.isValid())
        return;
    const quint64 request = ++m_largeRequest;
    const QFuture<QImage> future =
        QtConcurrent::run(m_pool, [decode = decoderOf(index), size] { return decode(size); });
    continueQueued(future, this, m_generation.ticket(), [this, index, request](const QImage& image) {
        // Only the newest request counts: the playhead moves faster than frames decode.
        if (request == m_largeRequest && !image.isNull())
            emit frameReady(index, image);
    });
}

}  // namespace lockstep
