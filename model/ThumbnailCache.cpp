#include "ThumbnailCache.h"
#include "QueuedContinuation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace lockstep {

namespace {

constexpr int kWorkers = 2;
constexpr int kAllocationLimitMb = 256;

}  // namespace

ThumbnailCache::ThumbnailCache(QObject* parent) : QObject(parent), m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(kWorkers);
    m_memory.setMaxCost(kDefaultBudgetBytes);
}

ThumbnailCache::~ThumbnailCache()
{
    m_generation.retire();
    m_pool->waitForDone();
}

QString ThumbnailCache::projectCacheFolder(const QString& projectPath)
{
    if (projectPath.isEmpty() || projectPath == QLatin1String(":memory:"))
        return {};
    return QFileInfo(projectPath).absoluteFilePath() + QStringLiteral(".cache");
}

QString ThumbnailCache::thumbnailFolder(const QString& projectPath)
{
    const QString folder = projectCacheFolder(projectPath);
    return folder.isEmpty() ? folder : folder + QStringLiteral("/thumbnails");
}

void ThumbnailCache::clear()
{
    m_generation.advance();
    m_memory.clear();
    m_failed.clear();
    m_queued.clear();
    m_queue.clear();
    m_running = 0;
}

void ThumbnailCache::setCacheFolder(const QString& folder)
{
    if (folder == m_folder)
        return;
    clear();
    m_folder = folder;
}

void ThumbnailCache::setThumbnailSize(const QSize& bound)
{
    if (bound == m_size || !bound.isValid())
        return;
    clear();
    m_size = bound;
}

void ThumbnailCache::setBudget(qint64 bytes)
{
    m_memory.setMaxCost(qMax<qint64>(1, bytes));
}

void ThumbnailCache::waitForAll()
{
    // Results arrive through queued continuations: let them run until nothing is left.
    while (pendingCount() > 0) {
        m_pool->waitForDone();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

QString ThumbnailCache::cacheKey(const QString& absolutePath, const QSize& bound)
{
    const QFileInfo info(absolutePath);
    if (!info.exists())
        return {};
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
    const QByteArray key = QStringLiteral("%1|%2|%3|%4x%5")
                               .arg(info.absoluteFilePath())
                               .arg(info.size())
                               .arg(mtime)
                               .arg(bound.width())
                               .arg(bound.height())
                               .toUtf8();
    const QString hex = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
    return hex.left(2) + QLatin1Char('/') + hex + QStringLiteral(".jpg");
}

ThumbnailCache::Result ThumbnailCache::produce(const QString& path, const QSize& bound, const QString& folder)
{
    Result result;
    const QString key = folder.isEmpty() ? QString() : cacheKey(path, bound);
    if (!key.isEmpty()) {
        QImageReader cached(folder + QLatin1Char('/') + key);
        result.image = cached.read();
        if (!result.image.isNull()) {
            result.fromDisk = true;
            return result;
        }
    }
    QImageReader reader(path);
    reader.setAllocationLimit(kAllocationLimitMb);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > bound.width() || full.height() > bound.height()))
        reader.setScaledSize(full.scaled(bound, Qt::KeepAspectRatio));
    QImage image = reader.read();
    result.decoded = true;
    if (image.isNull())
        return result;
    if (image.width() > bound.width() || image.height() > bound.height())
        image = image.scaled(bound, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // Thumbnails are opaque tiles: transparent pixels are shown on white, and stored as small JPEGs.
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        image = flat;
    } else if (image.format() != QImage::Format_RGB32) {
        image = image.convertToFormat(QImage::Format_RGB32);
    }
    result.image = image;
    if (!key.isEmpty()) {
        const QString file = folder + QLatin1Char('/') + key;
        QDir().mkpath(QFileInfo(file).absolutePath());
        QSaveFile out(file);  // written whole or not at all: a crash never leaves half a thumbnail
        if (out.open(QIODevice::WriteOnly)) {
            QImageWriter writer(&out, "jpg");
            writer.setQuality(88);
            if (writer.write(image))
                out.commit();
            else
                out.cancelWriting();
        }
    }
    return result;
}

QImage ThumbnailCache::thumbnail(const QString& absolutePath, State* state)
{
    const auto answer = [state](State s) {
        if (state)
            *state = s;
    };
    if (absolutePath.isEmpty() || m_failed.contains(absolutePath)) {
        answer(State::Failed);
        return {};
    }
    if (const QImage* image = m_memory.object(absolutePath)) {
        answer(State::Ready);
        return *image;
    }
    answer(State::Pending);
    if (m_queued.contains(absolutePath)) {
        // Asked again (still on screen): to the front of the line.
        const qsizetype at = m_queue.lastIndexOf(absolutePath);
        if (at >= 0 && at != m_queue.size() - 1) {
            m_queue.removeAt(at);
            m_queue.append(absolutePath);
        }
    } else {
        m_queued.insert(absolutePath);
        m_queue.append(absolutePath);
        ++m_requests;
        // Scrolled far past: the oldest requests are forgotten (they are asked again if they come back).
        while (m_queue.size() > kMaxQueued)
            m_queued.remove(m_queue.takeFirst());
    }
    pump();
    return {};
}

void ThumbnailCache::pump()
{
    while (m_running < kWorkers && !m_queue.isEmpty()) {
        const QString path = m_queue.takeLast();
        ++m_running;
        const RequestGeneration::Ticket ticket = m_generation.ticket();
        const QFuture<Result> future = QtConcurrent::run(m_pool, [path, bound = m_size, folder = m_folder, ticket] {
            if (ticket.isStale())
                return Result();
            return produce(path, bound, folder);
        });
        continueQueued(future, this, ticket, [this, path](const Result& result) {
            --m_running;
            m_queued.remove(path);
            m_decoded += result.decoded;
            m_diskHits += result.fromDisk;
            if (result.image.isNull())
                m_failed.insert(path);
            else
                m_memory.insert(path, new QImage(result.image), qMax<qsizetype>(1, result.image.sizeInBytes()));
            emit thumbnailReady(path);
            pump();
        });
    }
}

}  // namespace lockstep
