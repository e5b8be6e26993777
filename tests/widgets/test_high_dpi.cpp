// At QT_SCALE_FACTOR=2 a thumbnail is drawn with one image pixel per device pixel: a duplicate card's picture
// of one-pixel stripes grabs as one-pixel stripes (a picture made at logical size would come out as pairs of
// equal columns, or smeared).

#include "DuplicateMemberCard.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace lockstep;

class TestHighDpi : public QObject {
    Q_OBJECT

private slots:
    void scaleFactorIsTwo()
    {
        QWidget probe;
        probe.show();
        QVERIFY(QTest::qWaitForWindowExposed(&probe));
        QCOMPARE(probe.devicePixelRatioF(), 2.0);
    }

    void cardPictureIsCrisp()
    {
        DuplicateMemberCard card(QStringLiteral("s0001"), true);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto* picture = card.findChild<QLabel*>(QStringLiteral("memberPicture"));
        QVERIFY(picture);
        // Exactly the picture's size in device pixels: vertical stripes one device pixel wide.
        const QSize device = picture->size() * 2;
        QImage stripes(device, QImage::Format_RGB32);
        for (int x = 0; x < device.width(); ++x)
            for (int y = 0; y < device.height(); ++y)
                stripes.setPixel(x, y, x % 2 ? qRgb(255, 255, 255) : qRgb(0, 0, 0));
        SampleMedia media;
        media.image.present = true;
        media.imagePreview = stripes;
        media.imageSize = device;
        card.setMedia(media);
        QCOMPARE(picture->pixmap().devicePixelRatio(), 2.0);
        QCOMPARE(picture->pixmap().deviceIndependentSize().toSize(), picture->size());

        const QImage grabbed = picture->grab().toImage();
        QCOMPARE(grabbed.devicePixelRatio(), 2.0);
        QCOMPARE(grabbed.size(), device);
        const int y = device.height() / 2;
        int alternations = 0;
        for (int x = device.width() / 4; x < device.width() * 3 / 4; ++x)
            if (qAbs(qGray(grabbed.pixel(x, y)) - qGray(grabbed.pixel(x + 1, y))) > 200)
                ++alternations;
        QCOMPARE(alternations, device.width() / 2);
    }
};

int main(int argc, char* argv[])
{
    qputenv("QT_SCALE_FACTOR", "2");  // before the application exists: it reads the factor once
    QApplication app(argc, argv);
    TestHighDpi test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_high_dpi.moc"
