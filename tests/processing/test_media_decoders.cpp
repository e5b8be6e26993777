#include "media/AudioDecoder.h"
#include "media/ImageDecoder.h"
#include "media/TextDecoder.h"

#include "TestFiles.h"

#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace lockstep;

class TestMediaDecoders : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString path(const char* name) const { return m_tmp.filePath(QString::fromLatin1(name)); }

    // A PNG whose header claims width x height; the pixel data is absent (enough to test the guard).
    static QByteArray pngHeader(quint32 width, quint32 height)
    {
        QByteArray png = test::tinyPng().left(33);
        qToBigEndian(width, png.data() + 16);
        qToBigEndian(height, png.data() + 20);
        return png;
    }

private slots:
    void pngProbeAndDecode()
    {
        QVERIFY(test::writeFile(path("one.png"), test::tinyPng()));
        const ImageInfo info = ImageDecoder::probe(path("one.png"));
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.width, 1);
        QCOMPARE(info.height, 1);
        QCOMPARE(info.format, QStringLiteral("png"));
        const DecodedImage image = ImageDecoder::decode(path("one.png"));
        QVERIFY2(image.info.ok, qPrintable(image.info.error));
        QCOMPARE(image.info.channels, 3);
        QCOMPARE(image.pixels.size(), std::size_t(3));
        QCOMPARE(int(image.pixels[2]), 255);  // BGR: red is the third byte
    }

    void hugeImageIsRefusedBeforeDecoding()
    {
        QVERIFY(test::writeFile(path("huge.png"), pngHeader(50000, 50000)));
        const ImageInfo info = ImageDecoder::probe(path("huge.png"));
        QVERIFY(info.ok);
        QCOMPARE(info.width, 50000);
        const DecodedImage image = ImageDecoder::decode(path("huge.png"));
        QVERIFY(!image.info.ok);
        QVERIFY2(image.info.error.contains(QStringLiteral("50000 x 50000")), qPrintable(image.info.error));
        QVERIFY(image.info.error.contains(QStringLiteral("huge.png")));
        QVERIFY(image.pixels.empty());
        // The limit is configurable.
        QVERIFY(!ImageDecoder::decode(path("one.png"), 0).info.ok);
    }

    void corruptImagesGiveErrorsNamingTheFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("this is not an image");
        QTest::newRow("truncated png") << test::tinyPng().left(40);
        QTest::newRow("jpeg soi only") << QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10);
    }
    void corruptImagesGiveErrorsNamingTheFile()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(test::writeFile(path("bad.img"), bytes));
        const DecodedImage image = ImageDecoder::decode(path("bad.img"));
        QVERIFY(!image.info.ok);
        QVERIFY2(image.info.error.contains(QStringLiteral("bad.img")), qPrintable(image.info.error));
    }

    void missingImage()
    {
        const DecodedImage image = ImageDecoder::decode(path("nope.png"));
        QVERIFY(!image.info.ok);
        QVERIFY(image.info.error.contains(QStringLiteral("nope.png")));
    }

    void wavProbeAndDecode()
    {
        QVERIFY(test::writeFile(path("tone.wav"), test::wavBytes(test::sine(0.5, 8000, 1000.0, 0.5), 8000)));
        const AudioInfo info = AudioDecoder::probe(path("tone.wav"));
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.sampleRate, 8000);
        QCOMPARE(info.channels, 1);
        QCOMPARE(info.frames, qint64(4000));
        QCOMPARE(info.duration.count(), qint64(500000));
        QCOMPARE(info.container, QStringLiteral("WAV"));
        const DecodedAudio audio = AudioDecoder::decode(path("tone.wav"));
        QVERIFY(audio.info.ok);
        QCOMPARE(audio.samples.size(), std::size_t(4000));
        float peak = 0;
        for (float s : audio.samples)
            peak = std::max(peak, std::abs(s));
        QVERIFY(std::abs(peak - 0.5f) < 1e-3f);
    }

    void corruptAudio()
    {
        QVERIFY(test::writeFile(path("bad.wav"), QByteArray("RIFF\x10\x00\x00\x00WAVEjunk", 16)));
        const AudioInfo info = AudioDecoder::probe(path("bad.wav"));
        QVERIFY(!info.ok);
        QVERIFY2(info.error.contains(QStringLiteral("bad.wav")), qPrintable(info.error));
        QVERIFY(!AudioDecoder::probe(path("absent.wav")).ok);
    }

    void textUtf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("invalid");
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("bom");
        QTest::newRow("ascii") << QByteArray("hello\nworld") << 0 << 0 << false;
        QTest::newRow("chinese") << QByteArray("你好\n世界") << 0 << 0 << false;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFhi") << 0 << 0 << true;
        QTest::newRow("latin1 byte on line 2") << QByteArray("ok\ncaf\xE9\n") << 1 << 2 << false;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << 2 << 1 << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << 3 << 1 << false;
        QTest::newRow("truncated sequence") << QByteArray("a\n\nb\xE4\xBD") << 2 << 3 << false;
    }
    void textUtf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, invalid);
        QFETCH(int, line);
        QFETCH(bool, bom);
        const DecodedText text = TextDecoder::decode(bytes);
        QVERIFY(text.ok);
        QCOMPARE(text.invalidBytes, invalid);
        QCOMPARE(text.firstInvalidLine, line);
        QCOMPARE(text.hadBom, bom);
        if (invalid > 0)
            QVERIFY(text.text.contains(QChar(0xFFFD)));
    }

    void textFileLimits()
    {
        QVERIFY(test::writeFile(path("cap.txt"), "A caption."));
        QCOMPARE(TextDecoder::readFile(path("cap.txt")).text, QStringLiteral("A caption."));
        const DecodedText tooBig = TextDecoder::readFile(path("cap.txt"), 4);
        QVERIFY(!tooBig.ok);
        QVERIFY(tooBig.error.contains(QStringLiteral("cap.txt")));
        QVERIFY(!TextDecoder::readFile(path("absent.txt")).ok);
    }
};

QTEST_GUILESS_MAIN(TestMediaDecoders)
#include "test_media_decoders.moc"
