#include "TimelinePlayer.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QFile>
#include <QMediaPlayer>
#include <QPointer>
#include <QUrl>
#include <algorithm>

namespace lockstep {

namespace {

// How long a replaced player is kept after it last reported a status that is not LoadingMedia: Qt 6.4 reports
// LoadedMedia while its streaming thread may still be adding the decoder's pads, and a state change (stop,
// destruction) in that window deadlocks against it.
constexpr int kSettleMs = 500;
// A replaced player that never reports the end of its loading is deleted after this long all the same.
constexpr int kRetireLimitMs = 10000;

bool isLoading(const QMediaPlayer* player)
{
    return player->mediaStatus() == QMediaPlayer::LoadingMedia;
}

}  // namespace

TimelinePlayer::TimelinePlayer(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(16);  // about one update per display frame while playing
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TimelinePlayer::tick);
    m_player = createPlayer(1.0f, false);
}

TimelinePlayer::~TimelinePlayer()
{
    // The players outlive this object when they may still be loading (see retire()).
    const QList<QMediaPlayer*> players = findChildren<QMediaPlayer*>(Qt::FindDirectChildrenOnly);
    for (QMediaPlayer* player : players)
        retire(player);
}

QMediaPlayer* TimelinePlayer::createPlayer(float volume, bool muted)
{
    auto* player = new QMediaPlayer(this);
    // An output per player: moving one output to a new player would rewire the old player's pipeline.
    m_output = new QAudioOutput(player);
    m_output->setVolume(volume);
    m_output->setMuted(muted);
    player->setAudioOutput(m_output);
    connect(player, &QMediaPlayer::positionChanged, this, [this](qint64 ms) {
        m_reportedMs = ms;
        m_sinceReport.restart();
        if (!isPlaying())
            emit positionChanged(position());
    });
    connect(player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
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
    connect(player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
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
    connect(player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error, const QString& message) { emit errorOccurred(message); });
    return player;
}

void TimelinePlayer::retire(QMediaPlayer* player)
{
    // From here on the player says nothing to this object, and nothing on the GUI thread changes its
    // pipeline's state while the pipeline may still be loading.
    disconnect(player, nullptr, this, nullptr);
    player->setParent(nullptr);
    QPointer<QMediaPlayer> guard(player);
    // Unloaded before it is deleted: Qt 6.4 deletes a player's outputs before its decoder, whose pad-removed
    // callback then runs on the half-deleted player and crashes.
    const auto unloadAndDelete = [guard] {
        if (!guard)
            return;
        guard->setSource(QUrl());
        guard->deleteLater();
    };
    const auto deleteWhenSettled = [guard, unloadAndDelete] {
        if (guard && !isLoading(guard))
            QTimer::singleShot(kSettleMs, guard, [guard, unloadAndDelete] {
                if (guard && !isLoading(guard))
                    unloadAndDelete();
            });
    };
    connect(player, &QMediaPlayer::mediaStatusChanged, player, deleteWhenSettled);
    QTimer::singleShot(kRetireLimitMs, player, unloadAndDelete);
    deleteWhenSettled();
}

void TimelinePlayer::load(const QString& absolutePath, const ClockTransform& clock)
{
    if (absolutePath == m_path && clock == m_clock)
        return;
    // Qt 6.4's GStreamer player deadlocks when the source of a player is replaced, or the player is stopped,
    // while its streaming thread is still adding the decoder's pads (the two take the same two locks in
    // opposite order), which quick sample changes do; and its status may already read LoadedMedia then. So
    // each file gets a new player: nothing on the GUI thread changes the state of a pipeline that may still be
    // loading, and the previous player is muted and deleted once it has settled.
    const bool wasActive = m_player->playbackState() != QMediaPlayer::StoppedState;
    const bool wasPlaying = isPlaying();
    QMediaPlayer* old = m_player;
    m_player = createPlayer(m_output->volume(), m_output->isMuted());
    if (QAudioOutput* oldOutput = old->audioOutput())
        oldOutput->setMuted(true);
    retire(old);
    m_timer.stop();
    m_path = absolutePath;
    m_clock = clock;
    m_rangeEnd.reset();
    m_reportedMs = 0;
    m_pendingSeek = Micros{-1};
    m_playWhenLoaded = false;
    if (!m_path.isEmpty()) {
        // Read through a device rather than from the URL: Qt's GStreamer backend then feeds the pipeline from
        // this thread's event loop, so no data (and no decoder pad) arrives before setSourceDevice() has
        // returned. From a URL the streaming thread may connect the audio output while setSource()'s own seek
        // holds that output's state lock, and the two wait for each other for ever (a rare hang seen in tests).
        auto* file = new QFile(m_path, m_player);
        if (file->open(QIODevice::ReadOnly))
            m_player->setSourceDevice(file, QUrl::fromLocalFile(m_path));
        else
            emit errorOccurred(file->errorString());
    }
    if (wasPlaying)
        emit playingChanged(false);
    if (wasActive)
        emit positionChanged(position());
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
    if (isLoading(m_player))
        m_playWhenLoaded = true;  // no state change while the pipeline is loading
    else
        m_player->play();
}

void TimelinePlayer::pause()
{
    m_playWhenLoaded = false;
    m_rangeEnd.reset();
    if (!isLoading(m_player))
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
    // No seek into a pipeline that is still loading: it is applied once the file has loaded.
    if (isLoading(m_player) || m_player->mediaStatus() == QMediaPlayer::NoMedia)
        m_pendingSeek = local;
    else
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
