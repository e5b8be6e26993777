#pragma once

// The seam between the engine and liblockstep-imaging.so, the module that holds every piece of code that needs
// OpenCV (image decoding, image metrics, video, the demo generator's pictures). OpenCV pulls about 250 shared
// libraries into a process (codecs, DICOM, FFmpeg, GStreamer); loading them cost each CLI run a quarter of a
// second, so the engine loads the module only when something is decoded (ImagingModule). Nothing here names
// an OpenCV type: the engine and everything above it build without OpenCV's headers.

#include "dataset/Micros.h"
#include "demo/DemoDataset.h"
#include "media/ImageDecoder.h"
#include "media/VideoProbe.h"
#include "quality/ImageMetrics.h"

#include <QString>
#include <memory>

namespace lockstep {

class Progress;

// An open video file that hands out frames by time. Not thread-safe: one reader per thread.
class VideoFrameReader {
public:
    virtual ~VideoFrameReader() = default;
    virtual const VideoInfo& info() const = 0;
    // The frame on screen at `time` (from the start of the video: frame floor(time * fps)), scaled down to fit
    // within maxWidth x maxHeight keeping its aspect ratio (never enlarged; 0 = no limit), B G R 8-bit.
    // Reading forward in small steps decodes on from where the reader is; other moves seek.
    virtual DecodedImage frameAt(Micros time, int maxWidth, int maxHeight) = 0;
};

class ImagingBackend {
public:
    // Raised whenever this class changes, so that a module built from other sources is refused, not called.
    static constexpr int kInterfaceVersion = 1;

    virtual ~ImagingBackend() = default;

    // "OpenCV 4.6.0": the library the module runs on.
    virtual QString libraryVersion() const = 0;
    // Worker threads OpenCV may start inside one call (1: none; the quality scan parallelises files itself).
    virtual void setLibraryThreads(int threads) const = 0;

    // The pixels of an image file whose size ImageDecoder has already checked. `format` is the one its header
    // named ("" when unknown), copied into the result.
    virtual DecodedImage decodePixels(const QString& absolutePath, const QString& format) const = 0;
    virtual ImageMetrics measureImage(const DecodedImage& image) const = 0;

    virtual VideoInfo probeVideo(const QString& absolutePath) const = 0;
    // Null with *error set when the file cannot be opened as a video.
    virtual std::unique_ptr<VideoFrameReader> openVideo(const QString& absolutePath, QString* error) const = 0;

    virtual DemoDataset::Result generateDemo(const QString& outDir, const DemoDataset::Options& options,
                                             Progress& progress) const = 0;
};

}  // namespace lockstep

// The one symbol the module exports for the loader: the backend (a static object), or null when the module was
// built for another interfaceVersion.
extern "C" {
using LockstepImagingEntry = const lockstep::ImagingBackend* (*)(int interfaceVersion);
}
