#pragma once

// Tags (several per sample) and the free-text note of each sample, in the annotations table by the stable
// sample id. Each call is one transaction with one audit row per change.

#include "lockstep_processing_export.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace lockstep {

class ProjectStore;

class LOCKSTEP_PROCESSING_EXPORT TagRepository {
public:
    explicit TagRepository(ProjectStore& store) : m_store(store) {}

    // Each sample's tags, sorted.
    std::vector<QStringList> tags(const std::vector<QString>& sampleIds) const;
    // Gives sample i exactly the tags tags[i].
    bool setTags(const std::vector<QString>& sampleIds, const std::vector<QStringList>& tags, const QString& action,
                 const QString& who);
    // Every tag used in the project, sorted (for completion).
    QStringList knownTags() const;

    std::vector<QString> notes(const std::vector<QString>& sampleIds) const;
    bool setNotes(const std::vector<QString>& sampleIds, const std::vector<QString>& notes, const QString& action,
                  const QString& who);

    QString lastError() const { return m_error; }

private:
    ProjectStore& m_store;
    mutable QString m_error;
};

}  // namespace lockstep
