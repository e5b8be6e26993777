#pragma once

// Fixed texts: a sample's caption (its text item) and single segments of its text streams. The dataset keeps
// the original; the fix lives in the annotations table by the stable sample id (segments also by stream name
// and their own start / end), so a re-import keeps it. No value (nullopt) means "not fixed": the original shows.

#include "dataset/Micros.h"
#include "lockstep_processing_export.h"

#include <QString>
#include <optional>
#include <vector>

namespace lockstep {

class ProjectStore;

class LOCKSTEP_PROCESSING_EXPORT TextEditRepository {
public:
    explicit TextEditRepository(ProjectStore& store) : m_store(store) {}

    std::optional<QString> caption(const QString& sampleId) const;
    bool setCaption(const QString& sampleId, const std::optional<QString>& text, const QString& action,
                    const QString& who);

    std::optional<QString> segmentText(const QString& sampleId, const QString& stream, Micros start, Micros end) const;
    bool setSegmentText(const QString& sampleId, const QString& stream, Micros start, Micros end,
                        const std::optional<QString>& text, const QString& action, const QString& who);

    QString lastError() const { return m_error; }

private:
    ProjectStore& m_store;
    mutable QString m_error;
};

}  // namespace lockstep
