// DemoDataset::generate, the engine's side: the generator draws its pictures with OpenCV, so it runs inside the
// imaging module (demo::generateDataset), loaded here on first use.

#include "demo/DemoDataset.h"

#include "imaging/ImagingBackend.h"
#include "imaging/ImagingModule.h"

namespace lockstep {

DemoDataset::Result DemoDataset::generate(const QString& outDir, const Options& options, Progress& progress)
{
    QString error;
    const ImagingBackend* imaging = ImagingModule::backend(&error);
    if (imaging == nullptr) {
        Result result;
        result.error = QStringLiteral("cannot generate the demo dataset: %1").arg(error);
        return result;
    }
    return imaging->generateDemo(outDir, options, progress);
}

}  // namespace lockstep
