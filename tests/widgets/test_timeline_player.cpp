#include "TimelineFixture.h"
#include "TimelinePlayer.h"

#include <QMediaPlayer>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <algorithm>
#include <vector>

using namespace lockstep;

// Playback through Qt Multimedia's GStreamer backend (a fake sink when the machine has no sound card).
class TestTimelinePlayer : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wav;
    QString m_shortWav;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_wav = m_dir.filePath(QStringLiteral("tone.wav"));
        QVERIFY(timeline_fixture::writeSine(m_wav, 16000, 3.0, 440.0, 0.2));
        m_shortWav = m_dir.filePath(QStringLiteral("short tone.wav"));
        QVERIFY(timeline_fixture::writeSine(m_shortWav, 22050, 1.5, 660.0, 0.2));
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

    // Paging through samples quickly: each file gets a new QMediaPlayer and the one it replaces is deleted once
    // its pipeline has settled, whatever state the switch caught it in (loading, playing, paused).
    void quickSwitchesEndOnTheLastFileAndDeleteTheOldPlayers()
    {
        TimelinePlayer player;
        std::vector<QPointer<QMediaPlayer>> replaced;
        constexpr int kSwitches = 50;
        for (int i = 0; i < kSwitches; ++i) {
            replaced.emplace_back(player.mediaPlayer());
            player.load(i % 2 == 0 ? m_wav : m_shortWav, ClockTransform{});
            switch (i % 4) {
            case 0: player.play(); break;
            case 1: player.pause(); break;
            case 2: player.seek(Micros{500'000}); break;
            default: player.togglePlayback(); break;
            }
            // Now and then the pipeline gets a moment to load (or to start playing) before the next switch.
            if (i % 5 == 4)
                QTest::qWait(30);
            else
                QCoreApplication::processEvents();
        }
        // The last switch loaded the short file (i = 49 is odd).
        QMediaPlayer* last = player.mediaPlayer();
        QCOMPARE(last->source(), QUrl::fromLocalFile(m_shortWav));
        QTRY_VERIFY_WITH_TIMEOUT(
            last->mediaStatus() == QMediaPlayer::LoadedMedia || last->mediaStatus() == QMediaPlayer::BufferedMedia,
            10000);
        QCOMPARE(last->duration(), qint64(1500));
        // The player still plays and pauses on the file it ended on.
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.isPlaying(), 10000);
        player.pause();
        QTRY_VERIFY_WITH_TIMEOUT(!player.isPlaying(), 10000);
        QCOMPARE(player.mediaPlayer(), last);

        // Every replaced player (the first one too, made before any file) is deleted, and only the current one
        // is left under the TimelinePlayer.
        QCOMPARE(replaced.size(), std::size_t(kSwitches));
        const auto alive = [&replaced] {
            return std::count_if(replaced.cbegin(), replaced.cend(), [](const auto& p) { return !p.isNull(); });
        };
        QTRY_COMPARE_WITH_TIMEOUT(alive(), std::ptrdiff_t(0), 20000);
        QCOMPARE(player.findChildren<QMediaPlayer*>().size(), qsizetype(1));
        QCOMPARE(player.findChildren<QMediaPlayer*>().first(), last);
    }
};

QTEST_MAIN(TestTimelinePlayer)
#include "test_timeline_player.moc"
