#pragma once

// Label edits and the project's label set. An edited label is kept in the annotations table by the stable
// sample id (with the dataset's own label beside it, so setting it back removes the edit) and copied into the
// narrow sample_labels table by row, where the table, its sorting and the filter (`label = dog`) read it over the
// dataset's label (LOCKSTEP_SAMPLE_LABEL_SQL); commitImport puts edits back after a re-import. The label set — what
// number keys 1-9 assign — is stored in the project's meta table; until someone edits it, it is the labels the import
// found.

#include "lockstep_processing_export.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace lockstep {

class ProjectStore;

class LOCKSTEP_PROCESSING_EXPORT LabelRepository {
public:
    explicit LabelRepository(ProjectStore& store) : m_store(store) {}

    // The labels the samples have now (edited or not); "" for an unknown id.
    std::vector<QString> labels(const std::vector<QString>& sampleIds) const;
    // The dataset's own label of a sample (before any edit).
    QString originalLabel(const QString& sampleId) const;
    // Gives sample i the label labels[i], in one transaction, one audit row per change.
    bool setLabels(const std::vector<QString>& sampleIds, const std::vector<QString>& labels, const QString& action,
                   const QString& who);

    // The project's label set, in the order number keys use.
    QStringList labelSet() const;
    // The distinct labels of the dataset as imported, sorted.
    QStringList importedLabels() const;
    bool hasStoredLabelSet() const;
    bool setLabelSet(const QStringList& labels, const QString& action, const QString& who);

    QString lastError() const { return m_error; }

private:
    ProjectStore& m_store;
    mutable QString m_error;
};

}  // namespace lockstep
