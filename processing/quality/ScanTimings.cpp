#include "quality/ScanTimings.h"

#include <cstdlib>
#include <cstring>

namespace lockstep {

namespace {

thread_local ScanTimings* t_sink = nullptr;

}  // namespace

ScanTimings::ScanTimings()
{
    for (auto& v : m_ns)
        v.store(0, std::memory_order_relaxed);
    for (auto& v : m_count)
        v.store(0, std::memory_order_relaxed);
}

void ScanTimings::add(Phase phase, std::chrono::nanoseconds elapsed)
{
    m_ns[std::size_t(phase)].fetch_add(qint64(elapsed.count()), std::memory_order_relaxed);
    m_count[std::size_t(phase)].fetch_add(1, std::memory_order_relaxed);
}

double ScanTimings::seconds(Phase phase) const
{
    return double(m_ns[std::size_t(phase)].load(std::memory_order_relaxed)) / 1e9;
}

qint64 ScanTimings::count(Phase phase) const
{
    return m_count[std::size_t(phase)].load(std::memory_order_relaxed);
}

void ScanTimings::addWorker(std::chrono::nanoseconds cpu, std::chrono::nanoseconds wall)
{
    m_workerCpuNs.fetch_add(qint64(cpu.count()), std::memory_order_relaxed);
    m_workerWallNs.fetch_add(qint64(wall.count()), std::memory_order_relaxed);
}

double ScanTimings::workerCpuSeconds() const
{
    return double(m_workerCpuNs.load(std::memory_order_relaxed)) / 1e9;
}

double ScanTimings::workerWallSeconds() const
{
    return double(m_workerWallNs.load(std::memory_order_relaxed)) / 1e9;
}

const char* ScanTimings::name(Phase phase)
{
    switch (phase) {
    case ReadIndex: return "read index + cache";
    case CheckFiles: return "check files (stat)";
    case ImageDecode: return "image decode";
    case ImageMetrics: return "image metrics";
    case AudioDecode: return "audio decode";
    case AudioLevels: return "audio levels/clipping/silence";
    case AudioSpectral: return "audio bandwidth+fingerprint";
    case TextRead: return "text read";
    case TextMetrics: return "text metrics+MinHash";
    case OtherFiles: return "videos, sensor CSVs";
    case SaveMeasurements: return "save measurement cache";
    case ReadCache: return "read reused measurements";
    case ItemIssues: return "derive: item issues";
    case SampleAnalysis: return "derive: samples+outliers";
    case DuplicateSearch: return "derive: duplicate search";
    case WriteMetricRows: return "derive: write metric rows";
    case WriteIssues: return "derive: write issues+groups";
    case Commit: return "derive: commit";
    case MeasureWall: return "WALL measure";
    case DeriveWall: return "WALL derive";
    case WaitForDuplicates: return "WALL wait for duplicates";
    case Count: break;
    }
    return "?";
}

QString ScanTimings::format() const
{
    QString out = QStringLiteral("scan timings (thread-seconds unless WALL):\n");
    for (int p = 0; p < Count; ++p) {
        const auto phase = Phase(p);
        if (count(phase) == 0)
            continue;
        out += QStringLiteral("  %1 %2 s  (%3)\n")
                   .arg(QString::fromLatin1(name(phase)).leftJustified(32), QString::number(seconds(phase), 'f', 3))
                   .arg(count(phase));
    }
    if (workerWallSeconds() > 0)
        out += QStringLiteral("  %1 %2 s CPU of %3 s alive (%4% busy)\n")
                   .arg(QStringLiteral("measuring workers").leftJustified(32),
                        QString::number(workerCpuSeconds(), 'f', 3), QString::number(workerWallSeconds(), 'f', 3),
                        QString::number(100.0 * workerCpuSeconds() / workerWallSeconds(), 'f', 1));
    return out;
}

bool ScanTimings::requestedByEnvironment()
{
    const char* v = std::getenv("LOCKSTEP_SCAN_TIMINGS");
    return v != nullptr && *v != '\0' && std::strcmp(v, "0") != 0;
}

void ScanTimings::setThreadSink(ScanTimings* sink)
{
    t_sink = sink;
}

ScanTimings* ScanTimings::threadSink()
{
    return t_sink;
}

ScanTimings::Scope::Scope(Phase phase) : m_sink(t_sink), m_phase(phase)
{
    if (m_sink)
        m_start = std::chrono::steady_clock::now();
}

ScanTimings::Scope::~Scope()
{
    if (m_sink)
        m_sink->add(m_phase, std::chrono::steady_clock::now() - m_start);
}

}  // namespace lockstep
