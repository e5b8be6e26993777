#include "imaging/ImagingModule.h"

#include "imaging/ImagingBackend.h"

#include <dlfcn.h>
#include <QFile>
#include <QFileInfo>
#include <atomic>
#include <mutex>

namespace lockstep {

namespace {

// Any address inside liblockstep-processing.so: dladdr() names the file it was loaded from.
const char kAnchor = 0;

struct LoadState {
    std::once_flag once;
    std::atomic<const ImagingBackend*> backend{nullptr};
    QString path;
    QString error;
    std::mutex threadsMutex;
    int threads = -1;  // -1: OpenCV's default
};

LoadState& state()
{
    static LoadState s;
    return s;
}

QString locate()
{
    const QByteArray overridden = qgetenv("LOCKSTEP_IMAGING_MODULE");
    if (!overridden.isEmpty())
        return QFile::decodeName(overridden);
    Dl_info info{};
    if (dladdr(&kAnchor, &info) != 0 && info.dli_fname != nullptr)
        return QFileInfo(QFile::decodeName(info.dli_fname)).absolutePath() + QLatin1Char('/') +
               QLatin1String(ImagingModule::kFileName);
    return QLatin1String(ImagingModule::kFileName);  // the loader's own search path
}

void load(LoadState& s)
{
    s.path = locate();
    if (!QFileInfo::exists(s.path)) {
        s.error = QStringLiteral(
                      "Lockstep's imaging module '%1' is missing; it decodes images and video, so "
                      "reinstall or rebuild Lockstep (the file belongs next to liblockstep-processing.so)")
                      .arg(s.path);
        return;
    }
    // RTLD_LOCAL: OpenCV's symbols stay out of the process-wide namespace; RTLD_NOW: a broken install fails
    // here, with a message, instead of at some later call.
    void* handle = dlopen(QFile::encodeName(s.path).constData(), RTLD_NOW | RTLD_LOCAL);
    if (handle == nullptr) {
        s.error = QStringLiteral("cannot load Lockstep's imaging module '%1': %2")
                      .arg(s.path, QString::fromLocal8Bit(dlerror()));
        return;
    }
    auto entry = reinterpret_cast<LockstepImagingEntry>(dlsym(handle, "lockstep_imaging_backend"));
    const ImagingBackend* backend = entry != nullptr ? entry(ImagingBackend::kInterfaceVersion) : nullptr;
    if (backend == nullptr) {
        s.error = QStringLiteral(
                      "Lockstep's imaging module '%1' does not fit this version of the engine; reinstall or "
                      "rebuild Lockstep")
                      .arg(s.path);
        return;  // the handle stays open: unloading code that may have registered static objects is unsafe
    }
    {
        std::lock_guard lock(s.threadsMutex);
        if (s.threads >= 0)
            backend->setLibraryThreads(s.threads);
        s.backend.store(backend, std::memory_order_release);
    }
}

}  // namespace

const ImagingBackend* ImagingModule::backend(QString* error)
{
    LoadState& s = state();
    if (const ImagingBackend* b = s.backend.load(std::memory_order_acquire))
        return b;
    std::call_once(s.once, [&s] { load(s); });
    const ImagingBackend* b = s.backend.load(std::memory_order_acquire);
    if (b == nullptr && error != nullptr)
        *error = s.error;
    return b;
}

bool ImagingModule::isLoaded()
{
    return state().backend.load(std::memory_order_acquire) != nullptr;
}

QString ImagingModule::modulePath()
{
    return locate();  // the same answer load() got: the environment and the engine's own place do not change
}

void ImagingModule::setLibraryThreads(int threads)
{
    LoadState& s = state();
    std::lock_guard lock(s.threadsMutex);
    s.threads = threads;
    if (const ImagingBackend* b = s.backend.load(std::memory_order_acquire))
        b->setLibraryThreads(threads);
}

}  // namespace lockstep
