// A recording with a video file: the video becomes a frame stream (OpenCV videoio) and a same-stem audio
// file becomes its sound track.
#include "dataset/DatasetImporter.h"
#include "dataset/SampleSink.h"
#include "media/VideoProbe.h"
#include "progress/Progress.h"

#include "TestFiles.h"

#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace lockstep;
using namespace std::chrono_literals;

class TestVideoRecording : public QObject {
    Q_OBJECT
private slots:
    void videoProbeAndImport()
    {
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("recordings/cam"));
        QVERIFY(QDir().mkpath(folder));
        const QString video = folder + QStringLiteral("/clip.avi");
        {
            // OpenCV's built-in MJPEG writer needs no codec library: 50 frames at 25 fps = 2 s.
            cv::VideoWriter writer(video.toStdString(), cv::CAP_OPENCV_MJPEG,
                                   cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 25.0, cv::Size(64, 48));
            QVERIFY(writer.isOpened());
            for (int i = 0; i < 50; ++i) {
                cv::Mat frame(48, 64, CV_8UC3, cv::Scalar(i * 5, 100, 200));
                cv::circle(frame, cv::Point(i, 24), 6, cv::Scalar(255, 255, 255), -1);
                writer.write(frame);
            }
        }
        QVERIFY(test::writeWav(folder + QStringLiteral("/clip.wav"), 2.0, 8000));

        const VideoInfo info = VideoProbe::probe(video);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.width, 64);
        QCOMPARE(info.height, 48);
        QCOMPARE(info.frames, qint64(50));
        QCOMPARE(info.fps, 25.0);
        QCOMPARE(info.duration, 2'000'000us);

        CollectingSink sink;
        NullProgress progress;
        const ImportReport report = DatasetImporter::run(tmp.path(), sink, progress);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(sink.samples.size(), std::size_t(1));
        const Sample& s = sink.samples[0];
        QVERIFY(s.item(Modality::Video));
        QVERIFY(s.item(Modality::Audio));
        QCOMPARE(s.streams.size(), std::size_t(2));  // the sidecar audio is not added twice
        QCOMPARE(s.streams[0].kind, StreamKind::Frames);
        QCOMPARE(s.streams[0].pointCount, qint64(50));
        QCOMPARE(s.streams[0].rate, 25.0);
        QCOMPARE(s.streams[1].kind, StreamKind::Audio);
        QCOMPARE(s.streams[1].sourcePath, QStringLiteral("recordings/cam/clip.wav"));
        QCOMPARE(s.streams[1].duration, 2'000'000us);
    }

    void corruptVideoIsAnErrorForThatSample()
    {
        QTemporaryDir tmp;
        QVERIFY(test::writeFile(tmp.filePath(QStringLiteral("recordings/bad/clip.mp4")), QByteArray(4096, '\x42')));
        QVERIFY(test::writeWav(tmp.filePath(QStringLiteral("recordings/bad/audio.wav")), 0.5));
        CollectingSink sink;
        NullProgress progress;
        const ImportReport report = DatasetImporter::run(tmp.path(), sink, progress);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(sink.samples.size(), std::size_t(1));
        bool reported = false;
        for (const Diagnostic& d : sink.diagnostics)
            reported = reported ||
                       (d.severity == Diagnostic::Severity::Error && d.message.contains(QStringLiteral("clip.mp4")));
        QVERIFY(reported);
    }
};

QTEST_GUILESS_MAIN(TestVideoRecording)
#include "test_video_recording.moc"
