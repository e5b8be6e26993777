#pragma once

#include "dataset/ClockTransform.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <optional>

class QAudioOutput;
class QMediaPlayer;

namespace lockstep {

// Plays a sample's audio with Qt Multimedia (QMediaPlayer + QAudioOutput) and reports the position on the
// sample's reference clock (through the audio stream's ClockTransform), smoothly: the player's own position
// updates are sparse, so between them the time is advanced with a monotonic clock. playRange() plays
// [start, end) and pauses at its end (play the selection, 500 ms around a boundary).
class TimelinePlayer final : public QObject {
    Q_OBJECT
public:
    explicit TimelinePlayer(QObject* parent = nullptr);
    ~TimelinePlayer() override;

    // An empty path unloads. The clock maps the file's time to the reference time.
    void load(const QString& absolutePath, const ClockTransform& clock);
    bool hasMedia() const { return !m_path.isEmpty(); }
    bool isPlaying() const;
    // The player of the current file (a new one for each file; see load()).
    QMediaPlayer* mediaPlayer() const { return m_player; }
    // The current position on the reference clock.
    Micros position() const;

public slots:
    void play();
    void pause();
    void togglePlayback();
    void seek(lockstep::Micros reference);
    void playRange(lockstep::Micros start, lockstep::Micros end);

signals:
    void positionChanged(lockstep::Micros reference);
    void playingChanged(bool playing);
    void errorOccurred(const QString& message);

private:
    void tick();
    QMediaPlayer* createPlayer(float volume, bool muted);
    void retire(QMediaPlayer* player);

    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_output = nullptr;  // m_player's, a child of it
    QString m_path;
    ClockTransform m_clock;
    QTimer m_timer;
    // Last position the player reported (file time, µs) and when, to interpolate between reports.
    qint64 m_reportedMs = 0;
    QElapsedTimer m_sinceReport;
    std::optional<Micros> m_rangeEnd;  // reference time where a range playback pauses
    Micros m_pendingSeek{-1};
    bool m_playWhenLoaded = false;  // play() came while the file was loading
};

}  // namespace lockstep
