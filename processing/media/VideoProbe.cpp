#include "media/VideoProbe.h"

#include "imaging/ImagingBackend.h"
#include "imaging/ImagingModule.h"

#include <QFile>

namespace lockstep {

VideoInfo VideoProbe::probe(const QString& absolutePath)
{
    VideoInfo info;
    if (!QFile::exists(absolutePath)) {
        info.error = QStringLiteral("'%1' does not exist").arg(absolutePath);
        return info;
    }
    QString error;
    const ImagingBackend* imaging = ImagingModule::backend(&error);
    if (imaging == nullptr) {
        info.error = QStringLiteral("cannot open video '%1': %2").arg(absolutePath, error);
        return info;
    }
    return imaging->probeVideo(absolutePath);
}

}  // namespace lockstep
