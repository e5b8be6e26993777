#pragma once

// Time-region annotations of a sample's timeline (label + start / end in reference microseconds), one row each
// in the annotations table (kind 'region', the region's key, its label, start_us, end_us).

#include "lockstep_processing_export.h"
#include "store/SampleAnnotations.h"

#include <QString>
#include <optional>
#include <vector>

namespace lockstep {

class ProjectStore;

class LOCKSTEP_PROCESSING_EXPORT RegionRepository {
public:
    explicit RegionRepository(ProjectStore& store) : m_store(store) {}

    // The sample's regions, by start.
    std::vector<TimeRegion> regions(const QString& sampleId) const;
    std::optional<TimeRegion> region(const QString& sampleId, const QString& key) const;
    // Puts the region (new or changed, found by its key) or, with nullopt, removes the region with this key.
    bool setRegion(const QString& sampleId, const QString& key, const std::optional<TimeRegion>& region,
                   const QString& action, const QString& who);
    // A fresh key for a new region.
    static QString newKey();
    // "label [1.250 s - 2.000 s]", as the audit log writes it.
    static QString describe(const TimeRegion& region);

    QString lastError() const { return m_error; }

private:
    ProjectStore& m_store;
    mutable QString m_error;
};

}  // namespace lockstep
