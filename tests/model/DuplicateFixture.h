#pragma once

// A small scanned project with known duplicate groups (header only; include it from model, widgets or app
// tests). Six samples, each an image and a caption, in the folder layout (images/ texts/ metadata.csv):
//   d0 / d1  the same picture saved twice as PNG with different compression: an exact group, keeper d0
//            (equal size: the earlier sample), captions differ.
//   d2 / d3  one picture as a JPEG, and re-encoded at a larger size and lower quality: a near group whose
//            keeper is d3 (more pixels).
//   d4, d5   pictures of their own.
// d2 also has an audio clip (a 440 Hz tone), so its card has a play button.
#include "ProjectFixture.h"
#include "progress/Progress.h"
#include "quality/QualityScan.h"
#include "store/ProjectImport.h"
#include "store/ProjectStore.h"

#include <QPainter>
#include <QRandomGenerator>

namespace fixture {

// A picture of random shapes: seeds give pictures far apart in perceptual hash.
inline QImage shapesPicture(quint32 seed, int width = 160, int height = 120)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    image.fill(QColor::fromHsv(int(random.bounded(360)), 90, 230));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 14; ++i) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor::fromHsv(int(random.bounded(360)), 200, int(random.bounded(40, 255))));
        const QRectF r(random.bounded(width), random.bounded(height), random.bounded(20, width / 2),
                       random.bounded(20, height / 2));
        if (i % 2)
            painter.drawEllipse(r);
        else
            painter.drawRect(r);
    }
    return image;
}

struct DuplicateProject {
    QString dataset;
    QString project;
};

inline bool buildDuplicateProject(const QString& folder, DuplicateProject* out)
{
    using namespace lockstep;
    out->dataset = folder + QStringLiteral("/dupes");
    out->project = folder + QStringLiteral("/dupes.lockstep");
    QDir().mkpath(out->dataset + QStringLiteral("/images"));
    QDir().mkpath(out->dataset + QStringLiteral("/texts"));
    const QString images = out->dataset + QStringLiteral("/images/");
    const QImage a = shapesPicture(11);
    const QImage b = shapesPicture(22);
    if (!a.save(images + QStringLiteral("d0.png"), "PNG", 0) || !a.save(images + QStringLiteral("d1.png"), "PNG", 90))
        return false;
    if (!b.save(images + QStringLiteral("d2.jpg"), "JPEG", 95))
        return false;
    const QImage reread(images + QStringLiteral("d2.jpg"));
    if (!reread.scaled(240, 180, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
             .save(images + QStringLiteral("d3.jpg"), "JPEG", 70))
        return false;
    if (!shapesPicture(33).save(images + QStringLiteral("d4.png")) ||
        !shapesPicture(44).save(images + QStringLiteral("d5.png")))
        return false;
    const char* captions[] = {
        "a red kite over the harbour at dawn",  "two children build a sandcastle",
        "an old tram turns the corner in rain", "a violin case left on a park bench",
        "snow settles on the station clock",    "a heron waits in the reeds",
    };
    QDir().mkpath(out->dataset + QStringLiteral("/audios"));
    if (!writeWav(out->dataset + QStringLiteral("/audios/d2.wav"), 16000, 1, 0.5))
        return false;
    QByteArray csv("ID,Image_Path,Text_Path,Audio_Path,Label\n");
    for (int i = 0; i < 6; ++i) {
        const QString ext = (i == 2 || i == 3) ? QStringLiteral("jpg") : QStringLiteral("png");
        if (!writeFile(out->dataset + QStringLiteral("/texts/d%1.txt").arg(i), QByteArray(captions[i])))
            return false;
        csv += QStringLiteral("d%1,images/d%1.%2,texts/d%1.txt,%3,%4\n")
                   .arg(i)
                   .arg(ext, i == 2 ? QStringLiteral("audios/d2.wav") : QString(),
                        i % 2 ? QStringLiteral("cat") : QStringLiteral("dog"))
                   .toUtf8();
    }
    if (!writeFile(out->dataset + QStringLiteral("/metadata.csv"), csv))
        return false;

    ProjectStore::OpenResult opened = ProjectStore::open(out->project, ProjectStore::Mode::ReadWrite);
    if (!opened.store)
        return false;
    NullProgress quiet;
    if (!importDatasetIntoProject(out->dataset, *opened.store, quiet).ok)
        return false;
    return QualityScan::run(*opened.store, quiet, {}).ok;
}

}  // namespace fixture
