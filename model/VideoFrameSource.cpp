#include "VideoFrameSource.h"

#include "imaging/ImagingBackend.h"
#include "imaging/ImagingModule.h"

namespace lockstep {

VideoFrameSource::VideoFrameSource(QString absolutePath) : m_path(std::move(absolutePath)) {}

VideoFrameSource::~VideoFrameSource() = default;

std::unique_ptr<VideoFrameReader> VideoFrameSource::borrow(QString* error)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            std::unique_ptr<VideoFrameReader> reader = std::move(m_idle.back());
            m_idle.pop_back();
            return reader;
        }
    }
    const ImagingBackend* imaging = ImagingModule::backend(error);
    return imaging != nullptr ? imaging->openVideo(m_path, error) : nullptr;
}

void VideoFrameSource::giveBack(std::unique_ptr<VideoFrameReader> reader)
{
    std::lock_guard lock(m_mutex);
    m_idle.push_back(std::move(reader));
}

QImage VideoFrameSource::frameAt(Micros time, const QSize& bound)
{
    QString error;
    std::unique_ptr<VideoFrameReader> reader = borrow(&error);
    if (!reader) {
        std::lock_guard lock(m_mutex);
        m_error = error;
        return {};
    }
    const DecodedImage frame = reader->frameAt(time, bound.width(), bound.height());
    giveBack(std::move(reader));
    if (!frame.info.ok || frame.info.channels != 3) {
        std::lock_guard lock(m_mutex);
        m_error = frame.info.error;
        return {};
    }
    // The module hands out B G R rows; the widgets draw RGB32.
    const QImage wrapped(frame.pixels.data(), frame.info.width, frame.info.height, frame.info.width * 3,
                         QImage::Format_BGR888);
    return wrapped.convertToFormat(QImage::Format_RGB32);
}

QString VideoFrameSource::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

}  // namespace lockstep
