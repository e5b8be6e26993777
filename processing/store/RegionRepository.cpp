#include "store/RegionRepository.h"

#include "store/AnnotationTransaction.h"
#include "store/ProjectStore.h"

#include <QUuid>

namespace lockstep {

namespace {

const char* const kRegionKind = "region";

}  // namespace

std::vector<TimeRegion> RegionRepository::regions(const QString& sampleId) const
{
    return loadSampleAnnotations(m_store, sampleId).regions;
}

std::optional<TimeRegion> RegionRepository::region(const QString& sampleId, const QString& key) const
{
    for (const TimeRegion& r : regions(sampleId))
        if (r.key == key)
            return r;
    return std::nullopt;
}

QString RegionRepository::newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString RegionRepository::describe(const TimeRegion& region)
{
    return QStringLiteral("%1 [%2 s - %3 s]")
        .arg(region.label)
        .arg(secondsFromMicros(region.start), 0, 'f', 3)
        .arg(secondsFromMicros(region.end), 0, 'f', 3);
}

bool RegionRepository::setRegion(const QString& sampleId, const QString& key, const std::optional<TimeRegion>& region,
                                 const QString& action, const QString& who)
{
    const std::optional<TimeRegion> before = this->region(sampleId, key);
    if (before == region)
        return true;
    AnnotationTransaction tx(m_store, action, who);
    tx.removeRows(sampleId, kRegionKind, key);
    if (region) {
        // Stored the right way round whatever way the range was dragged.
        const Micros start = std::min(region->start, region->end);
        const Micros end = std::max(region->start, region->end);
        tx.insertRow(sampleId, kRegionKind, key, region->label, start.count(), end.count());
    }
    tx.audit(sampleId, QStringLiteral("region"), before ? describe(*before) : QString(),
             region ? describe(*region) : QString());
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

}  // namespace lockstep
