// Frames of a video file in the timeline: a generated MJPEG video whose frames are solid colours, one colour per
// second (red, green, blue, white at 10 fps), read by time through VideoFrameSource (the imaging module) and as
// the frame strip's thumbnails; and the frame lane a video stream gets (one frame every 1 / fps).
#include "TimelineDescription.h"
#include "TimelineThumbnails.h"
#include "VideoFrameSource.h"

#include <QColor>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

using namespace lockstep;

namespace {

constexpr double kFps = 10.0;
constexpr int kFrames = 40;

// The colour of frame k: one per second.
QColor colourOfFrame(int k)
{
    static const QColor colours[] = {QColor(230, 20, 20), QColor(20, 200, 40), QColor(30, 40, 220),
                                     QColor(245, 245, 245)};
    return colours[k / 10];
}

bool near(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) <= 24 && std::abs(a.green() - b.green()) <= 24 &&
           std::abs(a.blue() - b.blue()) <= 24;
}

QString describe(const QImage& image)
{
    if (image.isNull())
        return QStringLiteral("null image");
    const QColor c = image.pixelColor(image.width() / 2, image.height() / 2);
    return QStringLiteral("%1x%2 rgb(%3, %4, %5)")
        .arg(image.width())
        .arg(image.height())
        .arg(c.red())
        .arg(c.green())
        .arg(c.blue());
}

}  // namespace

class TestVideoFrames : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_video;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_video = m_dir.filePath(QStringLiteral("colours.avi"));
        cv::VideoWriter writer(m_video.toStdString(), cv::CAP_OPENCV_MJPEG, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'),
                               kFps, cv::Size(160, 120));
        QVERIFY(writer.isOpened());
        for (int k = 0; k < kFrames; ++k) {
            const QColor c = colourOfFrame(k);
            writer.write(cv::Mat(120, 160, CV_8UC3, cv::Scalar(c.blue(), c.green(), c.red())));
        }
        writer.release();
    }

    void framesByTime()
    {
        VideoFrameSource source(m_video);
        // In order, backwards (a seek), across one-second boundaries, and at exact frame times k / fps.
        const std::pair<double, int> probes[] = {{0.05, 0}, {1.5, 15},   {2.5, 25}, {3.95, 39},  {0.2, 2},
                                                 {1.0, 10}, {0.9999, 9}, {3.0, 30}, {2.999, 29}, {9.0, 39}};
        for (const auto& [seconds, frame] : probes) {
            const QImage image = source.frameAt(microsFromSeconds(seconds), QSize(64, 64));
            QVERIFY2(!image.isNull(), qPrintable(source.lastError()));
            QCOMPARE(image.size(), QSize(64, 48));  // 160 x 120 scaled to fit, aspect kept
            QVERIFY2(near(image.pixelColor(32, 24), colourOfFrame(frame)),
                     qPrintable(QStringLiteral("%1 s: %2").arg(seconds).arg(describe(image))));
        }
        // Never enlarged.
        QCOMPARE(source.frameAt(Micros{0}, QSize(1000, 1000)).size(), QSize(160, 120));
    }

    void unreadableVideoIsANullImageWithAReason()
    {
        VideoFrameSource source(m_dir.filePath(QStringLiteral("absent.avi")));
        QVERIFY(source.frameAt(Micros{0}, QSize(64, 64)).isNull());
        QVERIFY2(source.lastError().contains(QStringLiteral("absent.avi")), qPrintable(source.lastError()));
    }

    void laneOfAVideoStream()
    {
        SampleDetails details;
        details.datasetRoot = m_dir.path();
        details.sample.id = QStringLiteral("v");
        Stream video;
        video.kind = StreamKind::Frames;
        video.name = QStringLiteral("colours");
        video.sourcePath = QStringLiteral("colours.avi");
        video.duration = Micros{4'000'000};
        video.pointCount = kFrames;
        video.rate = kFps;
        details.sample.streams.push_back(video);
        const TimelineDescription d = TimelineDescription::fromDetails(details);
        QCOMPARE(d.lanes.size(), std::size_t(1));
        const TimelineLaneSpec& lane = d.lanes.front();
        QCOMPARE(lane.kind, TimelineLaneKind::Frames);
        QVERIFY(lane.video);
        QCOMPARE(lane.sourcePath, QStringLiteral("colours.avi"));
        QCOMPARE(lane.frames.size(), std::size_t(kFrames));
        QCOMPARE(lane.frames[0].time, Micros{0});
        QCOMPARE(lane.frames[13].time, Micros{1'300'000});
        QCOMPARE(lane.duration, Micros{4'000'000});

        // Without a rate the frames cannot be placed: the lane stays empty (it shows a notice).
        details.sample.streams.front().rate = 0.0;
        QVERIFY(TimelineDescription::fromDetails(details).lanes.front().frames.empty());
    }

    void thumbnailsOfAVideo()
    {
        TimelineThumbnails thumbnails;
        std::vector<Micros> times;
        for (int k = 0; k < kFrames; ++k)
            times.push_back(microsFromSeconds(k / kFps));
        thumbnails.setVideo(m_video, times, 30);
        QCOMPARE(thumbnails.count(), kFrames);
        const int asked[] = {0, 7, 12, 19, 25, 33, 39};
        for (int k : asked)
            QVERIFY(thumbnails.thumbnail(k).isNull());  // queued, never decoded on this thread
        for (int k : asked) {
            QTRY_VERIFY_WITH_TIMEOUT(!thumbnails.thumbnail(k).isNull(), 30000);
            const QImage image = thumbnails.thumbnail(k);
            QCOMPARE(image.height(), 30);
            QCOMPARE(image.width(), 40);
            QVERIFY2(near(image.pixelColor(20, 15), colourOfFrame(k)),
                     qPrintable(QStringLiteral("frame %1: %2").arg(k).arg(describe(image))));
        }
        QCOMPARE(thumbnails.thumbnailWidth(), 40);

        // The large picture for the image pane comes from the same video.
        QImage large;
        int largeIndex = -1;
        connect(&thumbnails, &TimelineThumbnails::frameReady, this, [&](int index, const QImage& image) {
            largeIndex = index;
            large = image;
        });
        thumbnails.requestLarge(22, QSize(960, 720));
        QTRY_VERIFY_WITH_TIMEOUT(!large.isNull(), 30000);
        QCOMPARE(largeIndex, 22);
        QCOMPARE(large.size(), QSize(160, 120));
        QVERIFY(near(large.pixelColor(80, 60), colourOfFrame(22)));
    }
};

QTEST_MAIN(TestVideoFrames)
#include "test_video_frames.moc"
