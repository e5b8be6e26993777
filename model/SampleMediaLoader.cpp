#include "SampleMediaLoader.h"

#include "media/DatasetRoot.h"
#include "media/ImageDecoder.h"
#include "media/TextDecoder.h"

#include <QFileInfo>
#include <QImageReader>

namespace lockstep {

namespace {

SampleMedia::File locate(const DatasetRoot& root, const Sample& sample, Modality modality)
{
    SampleMedia::File file;
    const Item* item = sample.item(modality);
    if (!item || item->path.isEmpty())
        return file;
    file.present = true;
    file.relativePath = item->path;
    const DatasetRoot::Resolved resolved = root.resolve(item->path);
    if (!resolved.ok) {
        file.error = resolved.error;
        return file;
    }
    file.absolutePath = resolved.absolutePath;
    const QFileInfo info(resolved.absolutePath);
    if (!info.exists() || !info.isFile()) {
        file.missing = true;
        return file;
    }
    file.bytes = info.size();
    return file;
}

QImage fromDecoded(const DecodedImage& decoded)
{
    const ImageInfo& info = decoded.info;
    if (!info.ok || info.width <= 0 || info.height <= 0 || decoded.pixels.empty())
        return {};
    const int channels = static_cast<int>(
        decoded.pixels.size() / (static_cast<std::size_t>(info.width) * static_cast<std::size_t>(info.height)));
    const int stride = info.width * channels;
    switch (channels) {
    case 1: return QImage(decoded.pixels.data(), info.width, info.height, stride, QImage::Format_Grayscale8).copy();
    case 3: return QImage(decoded.pixels.data(), info.width, info.height, stride, QImage::Format_BGR888).copy();
    case 4:
        // OpenCV gives BGRA; on little-endian machines that is Qt's ARGB32 byte order.
        return QImage(decoded.pixels.data(), info.width, info.height, stride, QImage::Format_ARGB32).copy();
    default: return {};
    }
}

void loadImage(SampleMedia& media, const QSize& previewSize)
{
    if (!media.image.present || media.image.missing || media.image.absolutePath.isEmpty())
        return;
    QImageReader reader(media.image.absolutePath);
    reader.setAllocationLimit(SampleMediaLoader::kAllocationLimitMb);
    reader.setAutoTransform(true);
    if (reader.canRead()) {
        const QSize full = reader.size();
        media.imageSize = full;
        media.imageFormat = QString::fromLatin1(reader.format());
        if (full.isValid() && previewSize.isValid() &&
            (full.width() > previewSize.width() || full.height() > previewSize.height()))
            reader.setScaledSize(full.scaled(previewSize, Qt::KeepAspectRatio));
        media.imagePreview = reader.read();
        if (!media.imagePreview.isNull())
            return;
    }
    // Formats Qt has no plugin for here (WebP, TIFF...) go through the engine's decoder, which refuses
    // oversized images before allocating them.
    const DecodedImage decoded = ImageDecoder::decode(media.image.absolutePath, ImageDecoder::kDefaultMaxPixels);
    if (!decoded.info.ok) {
        media.image.error = decoded.info.error.isEmpty()
                                ? SampleMediaLoader::tr("The image could not be decoded: %1").arg(reader.errorString())
                                : decoded.info.error;
        return;
    }
    media.imageSize = QSize(decoded.info.width, decoded.info.height);
    media.imageFormat = decoded.info.format;
    QImage image = fromDecoded(decoded);
    if (!image.isNull() && previewSize.isValid() &&
        (image.width() > previewSize.width() || image.height() > previewSize.height()))
        image = image.scaled(previewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    media.imagePreview = image;
}

void loadText(SampleMedia& media, const Sample& sample)
{
    const Item* item = sample.item(Modality::Text);
    if (!item)
        return;
    if (item->path.isEmpty()) {
        media.text.present = true;
        media.textInline = true;
        media.textContent = item->inlineText;
        return;
    }
    if (media.text.missing || media.text.absolutePath.isEmpty())
        return;
    const DecodedText decoded = TextDecoder::readFile(media.text.absolutePath, SampleMediaLoader::kMaxTextBytes);
    if (!decoded.ok) {
        media.text.error = decoded.error;
        return;
    }
    media.textContent = decoded.text;
    if (media.textContent.size() > SampleMediaLoader::kMaxTextChars) {
        media.textContent.truncate(SampleMediaLoader::kMaxTextChars);
        media.textTruncated = true;
    }
    media.textInvalidBytes = decoded.invalidBytes;
    media.textFirstInvalidLine = decoded.firstInvalidLine;
}

void loadAudio(SampleMedia& media)
{
    if (!media.audio.present || media.audio.missing || media.audio.absolutePath.isEmpty())
        return;
    media.audioInfo = AudioDecoder::probe(media.audio.absolutePath);
    if (!media.audioInfo.ok)
        media.audio.error = media.audioInfo.error;
}

}  // namespace

SampleMedia SampleMediaLoader::load(const SampleDetails& details, const QSize& previewSize)
{
    SampleMedia media;
    const DatasetRoot root(details.datasetRoot);
    media.image = locate(root, details.sample, Modality::Image);
    media.text = locate(root, details.sample, Modality::Text);
    media.audio = locate(root, details.sample, Modality::Audio);
    media.video = locate(root, details.sample, Modality::Video);

    loadImage(media, previewSize);
    loadText(media, details.sample);
    loadAudio(media);
    return media;
}

}  // namespace lockstep
