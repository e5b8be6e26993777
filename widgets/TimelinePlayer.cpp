#include "TimelinePlayer.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaPlayer>
#include <QUrl>
#include <algorithm>

namespace lockstep {

TimelinePlayer::TimelinePlayer(QObject* parent)
    : QObject(parent), m_player(new QMediaPlayer(this)), m_output(new QAudioOutput(this))
{
    m_player->setAudioOutput(m_output);
    m_timer.setInterval(16);  // about one update per display frame while playing
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TimelinePlayer::tick);
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        m_reportedMs = ms;
        m_sinceReport.restart();
        if (!isPlaying())
            emit positionChanged(position());
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        const bool playing = state == QMediaPlayer::PlayingState;
        m_reportedMs = m_player->position();
        m_sinceReport.restart();
        if (playing)
            m_timer.start();
        else
            m_timer.stop();
        emit playingChanged(playing);
        emit positionChanged(position());
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (m_sourcePending) {
            applyPendingSource();  // the previous file is done loading: the newer one can go in
            return;
        }
        if (status != QMediaPlayer::LoadedMedia && status != QMediaPlayer::BufferedMedia)
            return;
        // A seek or a play asked for before the media was loaded is applied once it is.
        if (m_pendingSeek.count() >= 0) {
            m_player->setPosition(m_pendingSeek.count() / 1000);
            m_pendingSeek = Micros{-1};
        }
        if (m_playWhenLoaded) {
            m_playWhenLoaded = false;
            m_player->play();
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& message) { emit errorOccurred(message); });
}

TimelinePlayer::~TimelinePlayer()
{
    m_player->stop();
}

void TimelinePlayer::load(const QString& absolutePath, const ClockTransform& clock)
{
    if (absolutePath == m_path && clock == m_clock)
        return;
    if (m_player->playbackState() != QMediaPlayer::StoppedState)
        m_player->stop();
    m_path = absolutePath;
    m_clock = clock;
    m_rangeEnd.reset();
    m_reportedMs = 0;
    m_pendingSeek = Micros{-1};
    m_playWhenLoaded = false;
    m_sourcePending = true;
    applyPendingSource();
}

void TimelinePlayer::applyPendingSource()
{
    // Qt 6.4's GStreamer player deadlocks when a source is replaced while the previous one is still being
    // loaded (its streaming thread and setSource() take the same two locks in opposite order), which quick
    // sample changes do. The newest file goes in once the previous one has finished loading.
    if (!m_sourcePending || m_player->mediaStatus() == QMediaPlayer::LoadingMedia)
        return;
    m_sourcePending = false;
    m_player->setSource(m_path.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_path));
}

bool TimelinePlayer::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

Micros TimelinePlayer::position() const
{
    qint64 ms = m_reportedMs;
    if (isPlaying() && m_sinceReport.isValid())
        ms += std::min<qint64>(m_sinceReport.elapsed(), 1000);  // never run far ahead of a stalled player
    return m_clock.toReference(Micros{ms * 1000});
}

void TimelinePlayer::play()
{
    if (!hasMedia())
        return;
    if (m_sourcePending)
        m_playWhenLoaded = true;
    else
        m_player->play();
}

void TimelinePlayer::pause()
{
    m_playWhenLoaded = false;
    m_rangeEnd.reset();
    m_player->pause();
}

void TimelinePlayer::togglePlayback()
{
    if (isPlaying())
        pause();
    else
        play();
}

void TimelinePlayer::seek(Micros reference)
{
    const Micros local = std::max(Micros{0}, m_clock.toLocal(reference));
    m_reportedMs = local.count() / 1000;
    m_sinceReport.restart();
    if (m_sourcePending || m_player->mediaStatus() == QMediaPlayer::LoadingMedia ||
        m_player->mediaStatus() == QMediaPlayer::NoMedia)
        m_pendingSeek = local;
    if (!m_sourcePending)  // not into the previous file
        m_player->setPosition(local.count() / 1000);
    if (!isPlaying())
        emit positionChanged(position());
}

void TimelinePlayer::playRange(Micros start, Micros end)
{
    if (!hasMedia() || end <= start)
        return;
    seek(std::max(start, m_clock.toReference(Micros{0})));
    m_rangeEnd = end;
    play();
}

void TimelinePlayer::tick()
{
    const Micros now = position();
    if (m_rangeEnd && now >= *m_rangeEnd) {
        const Micros end = *m_rangeEnd;
        m_rangeEnd.reset();
        m_player->pause();
        seek(end);
        return;
    }
    emit positionChanged(now);
}

}  // namespace lockstep
