#pragma once

// Private to the demo generator, which lives in the imaging module (its pictures are drawn with OpenCV):
// DemoDataset::generate in the engine loads the module and calls this through ImagingBackend.

#include "demo/DemoDataset.h"

namespace lockstep::demo {

DemoDataset::Result generateDataset(const QString& outDir, const DemoDataset::Options& options, Progress& progress);

}  // namespace lockstep::demo
