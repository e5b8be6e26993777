#include "TimelineFixture.h"
#include "TimelinePlayer.h"

#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

// Playback through Qt Multimedia's GStreamer backend (a fake sink when the machine has no sound card).
class TestTimelinePlayer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wav;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_wav = m_dir.filePath(QStringLiteral("tone.wav"));
        QVERIFY(timeline_fixture::writeSine(m_wav, 16000, 3.0, 440.0, 0.2));
    }

    void playPauseSeek()
    {
        TimelinePlayer player;
        QVERIFY(!player.hasMedia());
        player.load(m_wav, ClockTransform{});
        QVERIFY(player.hasMedia());
        QTRY_VERIFY_WITH_TIMEOUT(player.mediaPlayer()->mediaStatus() == QMediaPlayer::LoadedMedia ||
                                     player.mediaPlayer()->mediaStatus() == QMediaPlayer::BufferedMedia,
                                 10000);
        QCOMPARE(player.mediaPlayer()->duration(), qint64(3000));

        QSignalSpy playing(&player, &TimelinePlayer::playingChanged);
        QSignalSpy positions(&player, &TimelinePlayer::positionChanged);
        player.play();
        QTRY_COMPARE_WITH_TIMEOUT(player.mediaPlayer()->playbackState(), QMediaPlayer::PlayingState, 10000);
        QVERIFY(player.isPlaying());
        QCOMPARE(playing.first().first().toBool(), true);
        // The position advances while playing, and positionChanged reports it.
        QTRY_VERIFY_WITH_TIMEOUT(player.mediaPlayer()->position() >= 300, 10000);
        QVERIFY(positions.count() > 3);
        QVERIFY(player.position() >= Micros{300'000});

        player.pause();
        QTRY_COMPARE_WITH_TIMEOUT(player.mediaPlayer()->playbackState(), QMediaPlayer::PausedState, 10000);
        QVERIFY(!player.isPlaying());
        const qint64 paused = player.mediaPlayer()->position();
        QTest::qWait(300);
        QVERIFY(std::abs(player.mediaPlayer()->position() - paused) <= 20);

        player.seek(Micros{2'000'000});
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(player.mediaPlayer()->position() - 2000) <= 30, 10000);
        QVERIFY(std::abs((player.position() - Micros{2'000'000}).count()) <= 30'000);
    }

    void positionIsOnTheReferenceClock()
    {
        TimelinePlayer player;
        // The audio starts 1 s into the sample.
        player.load(m_wav, ClockTransform::withOffset(Micros{1'000'000}));
        QTRY_VERIFY_WITH_TIMEOUT(player.mediaPlayer()->mediaStatus() == QMediaPlayer::LoadedMedia ||
                                     player.mediaPlayer()->mediaStatus() == QMediaPlayer::BufferedMedia,
                                 10000);
        player.seek(Micros{1'500'000});  // reference 1.5 s = file 0.5 s
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(player.mediaPlayer()->position() - 500) <= 30, 10000);
        QVERIFY(std::abs((player.position() - Micros{1'500'000}).count()) <= 30'000);
    }

    void playRangeStopsAtItsEnd()
    {
        TimelinePlayer player;
        player.load(m_wav, ClockTransform{});
        QTRY_VERIFY_WITH_TIMEOUT(player.mediaPlayer()->mediaStatus() == QMediaPlayer::LoadedMedia ||
                                     player.mediaPlayer()->mediaStatus() == QMediaPlayer::BufferedMedia,
                                 10000);
        player.playRange(Micros{1'000'000}, Micros{1'500'000});
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 10000);
        // Paused at the range's end, not at the end of the file.
        QVERIFY2(std::abs(player.mediaPlayer()->position() - 1500) <= 60,
                 qPrintable(QString::number(player.mediaPlayer()->position())));
        QCOMPARE(player.position(), Micros{1'500'000});
    }

    void togglePlayback()
    {
        TimelinePlayer player;
        player.togglePlayback();  // nothing loaded: nothing happens
        QVERIFY(!player.isPlaying());
        player.load(m_wav, ClockTransform{});
        player.togglePlayback();
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 10000);
        player.togglePlayback();
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 10000);
    }
};

QTEST_MAIN(TestTimelinePlayer)
#include "test_timeline_player.moc"
