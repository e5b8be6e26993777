#include "quality/QualityScan.h"

#include "imaging/ImagingModule.h"
#include "media/DatasetRoot.h"
#include "progress/Progress.h"
#include "quality/DuplicateFinder.h"
#include "quality/FileMeasurer.h"
#include "quality/ItemIssueDetector.h"
#include "quality/SampleAnalyzer.h"
#include "quality/ScanTimings.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"

#include <QElapsedTimer>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace lockstep {

namespace {

// One thing to measure: an item file, a manifest caption or a sensor CSV.
struct Job {
    QString key;  // cache key (relative path or "inline:<id>")
    Modality modality = Modality::Image;
    bool sensor = false;
    QString inlineText;
    qint64 size = -1;
    qint64 mtimeNs = 0;
    bool needsImaging = false;  // a picture or video that is there: measured by the imaging module
};

// Installs the scan's timings on this thread for the scan's duration; timings the environment asked for
// (LOCKSTEP_SCAN_TIMINGS=1) are printed to stderr at the end.
class TimingsSession {
public:
    explicit TimingsSession(ScanTimings* given) : m_timings(given), m_previous(ScanTimings::threadSink())
    {
        if (m_timings == nullptr && ScanTimings::requestedByEnvironment()) {
            m_owned = std::make_unique<ScanTimings>();
            m_timings = m_owned.get();
        }
        ScanTimings::setThreadSink(m_timings);
    }
    ~TimingsSession()
    {
        ScanTimings::setThreadSink(m_previous);
        if (m_owned)
            std::fputs(m_owned->format().toLocal8Bit().constData(), stderr);
    }
    ScanTimings* timings() const { return m_timings; }

private:
    ScanTimings* m_timings;
    ScanTimings* m_previous;
    std::unique_ptr<ScanTimings> m_owned;
};

std::chrono::nanoseconds threadCpuTime()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return std::chrono::seconds(ts.tv_sec) + std::chrono::nanoseconds(ts.tv_nsec);
}

std::vector<Job> collectJobs(const std::vector<ScanSample>& samples)
{
    std::vector<Job> jobs;
    QSet<QString> seen;
    for (const ScanSample& s : samples) {
        for (Modality m : kAllModalities) {
            if (!s.hasItem[int(m)])
                continue;
            const QString key = measurementKey(s, m);
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            Job job;
            job.key = key;
            job.modality = m;
            if (key.startsWith(QLatin1String("inline:")))
                job.inlineText = s.inlineText;
            jobs.push_back(std::move(job));
        }
        for (const ScanSample::StreamInfo& st : s.streams) {
            if (st.kind != StreamKind::Sensor || st.sourcePath.isEmpty() || seen.contains(st.sourcePath))
                continue;
            seen.insert(st.sourcePath);
            Job job;
            job.key = st.sourcePath;
            job.sensor = true;
            jobs.push_back(std::move(job));
        }
    }
    return jobs;
}

QualityScan::Report derive(ProjectStore& store, QualityRepository& repository, const std::vector<ScanSample>& samples,
                           const QHash<QString, FileMeasurement>& measurements, const QualityThresholds& thresholds,
                           Progress& progress, QualityScan::Report report)
{
    const ScanTimings::Scope deriveWall(ScanTimings::DeriveWall);
    ScanTimings* const timings = ScanTimings::threadSink();
    progress.report(QStringLiteral("Finding issues and duplicates"), 0, 0);
    SampleAnalyzer::MeasurementLookup lookup;
    lookup.reserve(measurements.size());
    for (auto it = measurements.cbegin(); it != measurements.cend(); ++it)
        lookup.insert(it.key(), &it.value());

    // Duplicate search (the longest part of deriving) runs on its own thread while this one finds the per-item
    // and per-sample issues and writes the metric table; the two meet before the issues are written.
    std::vector<DuplicateGroupRecord> groups;
    std::vector<QualityIssue> duplicateIssues;
    std::thread duplicates([&] {
        ScanTimings::setThreadSink(timings);
        const ScanTimings::Scope timed(ScanTimings::DuplicateSearch);
        DuplicateFinder::find(samples, std::as_const(lookup), thresholds, &groups, &duplicateIssues);
    });
    struct JoinOnExit {
        std::thread& thread;
        ~JoinOnExit()
        {
            if (thread.joinable())
                thread.join();
        }
    } joinOnExit{duplicates};

    std::vector<QualityIssue> issues;
    {
        const ScanTimings::Scope timed(ScanTimings::ItemIssues);
        for (const ScanSample& s : samples)
            for (Modality m : kAllModalities)
                if (s.hasItem[int(m)])
                    if (const FileMeasurement* fm = lookup.value(measurementKey(s, m)))
                        ItemIssueDetector::detect(s.id, *fm, thresholds, &issues);
    }
    SampleMetricTable metrics;
    {
        const ScanTimings::Scope timed(ScanTimings::SampleAnalysis);
        SampleAnalyzer::analyze(samples, lookup, thresholds, &metrics, &issues);
    }
    progress.report(QStringLiteral("Saving results"), 0, 0);
    bool cancelled = false;
    qint64 issueCount = 0;
    qint64 groupCount = 0;
    const bool saved = repository.replaceResults(
        metrics, [&](std::vector<QualityIssue>* allIssues, std::vector<DuplicateGroupRecord>* allGroups) {
            {
                const ScanTimings::Scope timed(ScanTimings::WaitForDuplicates);
                duplicates.join();
            }
            if (progress.isCancelled()) {
                cancelled = true;
                return false;
            }
            issues.insert(issues.end(), duplicateIssues.begin(), duplicateIssues.end());
            issueCount = qint64(issues.size());
            groupCount = qint64(groups.size());
            *allIssues = std::move(issues);
            *allGroups = std::move(groups);
            return true;
        });
    if (cancelled) {
        report.cancelled = true;
        report.error = QStringLiteral("scan cancelled; measurements finished so far are kept");
        return report;
    }
    if (!saved || !repository.saveThresholdOverrides(thresholds.overrides())) {
        report.error = QStringLiteral("cannot save scan results in '%1': %2").arg(store.path(), repository.lastError());
        return report;
    }
    report.issues = issueCount;
    report.duplicateGroups = groupCount;
    report.ok = true;
    return report;
}

}  // namespace

QualityScan::Report QualityScan::run(ProjectStore& store, Progress& progress, const Options& options)
{
    // The scan runs one file per core itself; OpenCV's own worker threads would only compete with it.
    // Set for when the imaging module loads (an audio-only scan never loads it).
    ImagingModule::setLibraryThreads(1);
    const TimingsSession timingsSession(options.timings);
    std::optional<ScanTimings::Scope> measureWall(std::in_place, ScanTimings::MeasureWall);
#if defined(__GLIBC__)
    // Every decode allocates a few large buffers. glibc hands blocks over 128 KiB back to the kernel on
    // free, so each file paid for fresh zeroed pages (a seventh of a scan's time); keep them in the heap.
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    QElapsedTimer clock;
    clock.start();
    Report report;
    QualityRepository repository(store);
    const DatasetRoot root(store.datasetRoot());
    if (store.datasetRoot().isEmpty() || !QFileInfo(store.datasetRoot()).isDir()) {
        report.error = QStringLiteral("the dataset folder '%1' of project '%2' is not there")
                           .arg(store.datasetRoot(), store.path());
        return report;
    }
    progress.report(QStringLiteral("Reading the sample index"), 0, 0);
    std::optional<ScanTimings::Scope> readIndex(std::in_place, ScanTimings::ReadIndex);
    const std::vector<ScanSample> samples = repository.loadScanSamples();
    report.samples = qint64(samples.size());
    std::vector<Job> jobs = collectJobs(samples);
    report.files = qint64(jobs.size());

    // Measurements made with other definitions are not comparable (fingerprints above all): start afresh.
    const QString measurerVersion = QString::number(FileMeasurer::kVersion);
    if (store.meta(QStringLiteral("quality.measurer")) != measurerVersion) {
        if (!repository.forgetAllMeasurements() ||
            !store.setMetaValue(QStringLiteral("quality.measurer"), measurerVersion)) {
            report.error =
                QStringLiteral("cannot reset the measurements of '%1': %2").arg(store.path(), repository.lastError());
            return report;
        }
    }
    // Reuse every cached measurement whose file has the same size and modification time. Only the stamps are
    // read here: parsing the cached metrics was most of a rescan's time, and an unchanged dataset needs none of
    // them. --remeasure replaces every entry, so the cache is not read at all.
    QHash<QString, QualityRepository::CacheStamp> stamps =
        options.remeasure ? QHash<QString, QualityRepository::CacheStamp>() : repository.loadCacheStamps();
    readIndex.reset();
    std::optional<ScanTimings::Scope> checkFiles(std::in_place, ScanTimings::CheckFiles);
    std::vector<std::size_t> todo;
    QSet<QString> reused;  // keys whose cached measurement stands
    qint64 vanished = 0;   // files measured by an earlier scan that are gone now: the results must change
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        Job& job = jobs[i];
        if (!job.inlineText.isNull() || job.key.startsWith(QLatin1String("inline:"))) {
            todo.push_back(i);  // captions in the manifest: cheap, always measured
            continue;
        }
        const DatasetRoot::Resolved r = root.resolveLexically(job.key);
        const bool exists = r.ok && FileMeasurer::statFile(r.absolutePath, &job.size, &job.mtimeNs);
        const auto cached = stamps.constFind(job.key);
        if (!options.remeasure && exists && cached != stamps.cend() && cached->size == job.size &&
            cached->mtimeNs == job.mtimeNs) {
            ++report.fromCache;
            reused.insert(job.key);
            continue;
        }
        if (!exists && cached != stamps.cend()) {
            ++vanished;
            stamps.remove(job.key);  // it is missing now, not what it was
            repository.forgetMeasurement(job.key);
        } else if (!exists && options.remeasure) {
            repository.forgetMeasurement(job.key);  // the cache was not read: it may hold what the file was
        }
        todo.push_back(i);
    }
    checkFiles.reset();
    // Pictures and videos are measured by the imaging module (OpenCV and the codec libraries it links: some
    // 0.2 s of dynamic linking). It is loaded on this thread while the workers begin with the audio, text and
    // sensor files, which do not need it, instead of before them. A file that is not there (size -1: its stat
    // failed) is recorded as missing without decoding, so a rescan whose only work is the dataset's missing
    // pictures does not load the module at all. If it cannot be loaded, no picture is measured (each would be
    // recorded as unreadable) and the scan stops with the loader's error.
    std::vector<std::size_t> pictures;  // jobs (indices into jobs) that need the imaging module
    std::vector<std::size_t> others;    // the rest
    for (std::size_t i : todo) {
        Job& job = jobs[i];
        job.needsImaging =
            !job.sensor && (job.modality == Modality::Image || job.modality == Modality::Video) && job.size >= 0;
        (job.needsImaging ? pictures : others).push_back(i);
    }

    // Measure the rest on all cores; save in batches so Ctrl+C loses at most the last moment of work.
    const int workers = std::max(1, options.jobs > 0 ? options.jobs : int(std::thread::hardware_concurrency()));
    std::atomic<std::size_t> nextPicture{0};
    std::atomic<std::size_t> nextOther{0};
    std::atomic<bool> moduleReady{pictures.empty()};
    std::atomic<bool> stop{false};                 // the imaging module could not be loaded
    QHash<QString, FileMeasurement> measurements;  // made in this run
    std::mutex doneMutex;
    std::condition_variable doneChanged;
    std::vector<FileMeasurement> done;
    std::size_t workersLeft = 0;  // guarded by doneMutex
    ScanTimings* const timings = timingsSession.timings();
    auto work = [&] {
        ScanTimings::setThreadSink(timings);
        const auto wallStart = std::chrono::steady_clock::now();
        const auto cpuStart = threadCpuTime();
        struct Account {
            ScanTimings* timings;
            std::chrono::steady_clock::time_point wallStart;
            std::chrono::nanoseconds cpuStart;
            ~Account()
            {
                if (timings)
                    timings->addWorker(threadCpuTime() - cpuStart, std::chrono::steady_clock::now() - wallStart);
            }
        } account{timings, wallStart, cpuStart};
        struct LeaveOnExit {
            std::mutex& mutex;
            std::condition_variable& changed;
            std::size_t& left;
            ~LeaveOnExit()
            {
                {
                    std::lock_guard lock(mutex);
                    --left;
                }
                changed.notify_one();
            }
        } leave{doneMutex, doneChanged, workersLeft};
        // Next job: pictures first once the module is there (they are the longest), the rest meanwhile.
        auto take = [&]() -> const Job* {
            auto from = [&](std::atomic<std::size_t>& next, const std::vector<std::size_t>& list) -> const Job* {
                const std::size_t n = next.fetch_add(1);
                return n < list.size() ? &jobs[list[n]] : nullptr;
            };
            if (moduleReady.load(std::memory_order_acquire)) {
                const Job* job = stop.load() ? nullptr : from(nextPicture, pictures);
                return job ? job : from(nextOther, others);
            }
            const Job* job = from(nextOther, others);
            return job || stop.load() ? job : from(nextPicture, pictures);  // a picture waits for the module
        };
        for (;;) {
            if (progress.isCancelled() || stop.load())
                return;
            const Job* job = take();
            if (job == nullptr)
                return;
            // Waits for the module while it loads; without it, a picture would be recorded as unreadable.
            if (job->needsImaging && ImagingModule::backend() == nullptr) {
                stop.store(true);
                return;
            }
            FileMeasurement m = job->sensor ? FileMeasurer::measureSensor(root, job->key)
                                : job->key.startsWith(QLatin1String("inline:"))
                                    ? FileMeasurer::measureInlineText(job->key, job->inlineText)
                                    : FileMeasurer::measureItem(root, job->key, job->modality, options.maxImagePixels);
            bool wake = false;
            {
                std::lock_guard lock(doneMutex);
                done.push_back(std::move(m));
                wake = done.size() == 1;
            }
            if (wake)
                doneChanged.notify_one();
        }
    };
    std::vector<std::thread> threads;
    const std::size_t threadCount = std::min<std::size_t>(std::size_t(workers), todo.size());
    workersLeft = threadCount;  // before the first thread starts: from then on it changes under doneMutex
    for (std::size_t i = 0; i < threadCount; ++i)
        threads.emplace_back(work);
    QString moduleError;
    if (!pictures.empty()) {
        if (ImagingModule::backend(&moduleError) != nullptr)
            moduleReady.store(true, std::memory_order_release);
        else
            stop.store(true);
    }

    QString saveError;
    qint64 finished = 0;
    QElapsedTimer sinceSave;
    sinceSave.start();
    // Saves what the workers finished: every 200 ms (or 2,048 measurements) while they run, so the last batch,
    // saved after the last measurement, is short.
    auto drain = [&](bool force) {
        std::vector<FileMeasurement> batch;
        {
            std::unique_lock lock(doneMutex);
            const auto due = [&] {
                return force || workersLeft == 0 || done.size() >= 2048 ||
                       (!done.empty() && sinceSave.elapsed() >= 200);
            };
            if (!due())
                doneChanged.wait_for(lock, std::chrono::milliseconds(todo.size() < 64 ? 2 : 50), due);
            if (!due())
                return;
            batch.swap(done);
        }
        sinceSave.restart();
        finished += qint64(batch.size());
        std::vector<FileMeasurement> cacheable;
        for (const FileMeasurement& m : batch)
            if (!m.path.startsWith(QLatin1String("inline:")))
                cacheable.push_back(m);
        const ScanTimings::Scope timed(ScanTimings::SaveMeasurements);
        if (saveError.isEmpty() && !repository.saveMeasurements(cacheable))
            saveError = repository.lastError();
        for (FileMeasurement& m : batch)
            measurements.insert(m.path, std::move(m));
        progress.report(QStringLiteral("Measuring files"), finished, qint64(todo.size()));
    };
    for (;;) {
        {
            std::lock_guard lock(doneMutex);
            if (workersLeft == 0)
                break;
        }
        drain(false);
    }
    for (std::thread& t : threads)
        t.join();
    drain(true);
    if (stop.load()) {
        report.error =
            QStringLiteral("cannot measure the images and videos of '%1': %2").arg(store.datasetRoot(), moduleError);
        return report;
    }
    report.measured = finished;
    for (const Job& job : jobs) {
        if (const auto it = measurements.constFind(job.key); it != measurements.cend())
            report.unreadable += it->ok ? 0 : 1;
        else
            report.unreadable += reused.contains(job.key) && stamps.value(job.key).ok ? 0 : 1;
    }
    // Nothing new was measured (only captions from the manifest and files that are still missing), the index
    // and the thresholds are those of the last scan: its results stand, and deriving them again is skipped.
    qint64 changed = vanished;
    for (std::size_t i : todo)
        if (const auto it = measurements.constFind(jobs[i].key);
            it != measurements.cend() && !it->missing && !it->path.startsWith(QLatin1String("inline:")))
            ++changed;
    if (!saveError.isEmpty()) {
        report.error = QStringLiteral("cannot save measurements in '%1': %2").arg(store.path(), saveError);
        return report;
    }
    if (progress.isCancelled()) {
        report.cancelled = true;
        report.error =
            QStringLiteral("scan cancelled; %1 files measured so far are kept and a rerun resumes").arg(finished);
        report.seconds = double(clock.elapsed()) / 1000.0;
        return report;
    }
    report.measureSeconds = double(clock.elapsed()) / 1000.0;
    measureWall.reset();
    const QString state =
        store.meta(QStringLiteral("imported_at")) + QLatin1Char('|') +
        QString::fromUtf8(QJsonDocument(options.thresholds.overrides()).toJson(QJsonDocument::Compact));
    if (changed == 0 && !options.remeasure && repository.hasScanResults() &&
        store.meta(QStringLiteral("quality.state")) == state) {
        report.issues = repository.issueTotal();
        report.duplicateGroups = repository.duplicateGroupCount();
        report.upToDate = true;
        report.ok = true;
        report.seconds = double(clock.elapsed()) / 1000.0;
        return report;
    }
    // Deriving needs every measurement: the reused ones are read from the cache now, only those.
    if (!reused.isEmpty()) {
        const ScanTimings::Scope timed(ScanTimings::ReadCache);
        QHash<QString, FileMeasurement> cached = repository.loadCache(reused);
        for (auto it = measurements.begin(); it != measurements.end(); ++it)
            cached.insert(it.key(), std::move(it.value()));
        measurements = std::move(cached);
    }
    report = derive(store, repository, samples, measurements, options.thresholds, progress, report);
    report.seconds = double(clock.elapsed()) / 1000.0;
    report.deriveSeconds = report.seconds - report.measureSeconds;
    if (report.ok)
        store.setMetaValue(QStringLiteral("quality.state"), state);
    return report;
}

QualityScan::Report QualityScan::rederive(ProjectStore& store, Progress& progress, const QualityThresholds& thresholds)
{
    const TimingsSession timingsSession(nullptr);
    QElapsedTimer clock;
    clock.start();
    Report report;
    QualityRepository repository(store);
    const std::vector<ScanSample> samples = repository.loadScanSamples();
    report.samples = qint64(samples.size());
    QHash<QString, FileMeasurement> measurements = repository.loadCache();
    // Captions given in the manifest are not cached: measuring them is cheaper than storing them.
    for (const ScanSample& s : samples)
        if (s.hasItem[int(Modality::Text)] && s.itemPath[int(Modality::Text)].isEmpty()) {
            const QString key = measurementKey(s, Modality::Text);
            measurements.insert(key, FileMeasurer::measureInlineText(key, s.inlineText));
        }
    // Files that were missing at the last scan have no cache entry; they are still missing as far as we know.
    for (const ScanSample& s : samples)
        for (Modality m : kAllModalities)
            if (s.hasItem[int(m)] && !measurements.contains(measurementKey(s, m))) {
                FileMeasurement missing;
                missing.path = measurementKey(s, m);
                missing.modality = m;
                missing.missing = true;
                missing.error = QStringLiteral("'%1' does not exist").arg(missing.path);
                measurements.insert(missing.path, missing);
            }
    report.files = qint64(measurements.size());
    report.fromCache = report.files;
    report = derive(store, repository, samples, measurements, thresholds, progress, report);
    report.seconds = double(clock.elapsed()) / 1000.0;
    if (report.ok)
        store.setMetaValue(QStringLiteral("quality.state"),
                           store.meta(QStringLiteral("imported_at")) + QLatin1Char('|') +
                               QString::fromUtf8(QJsonDocument(thresholds.overrides()).toJson(QJsonDocument::Compact)));
    return report;
}

}  // namespace lockstep
