#pragma once

// The project's saved views (see SavedView), kept as one JSON document in the meta table under "views", so no
// schema change is needed and the views travel with the project file. Text that does not read as views (hand-edited,
// written by a newer version) is ignored with a diagnostic, never a crash; the next save keeps that text under
// "views.unreadable" instead of throwing it away.

#include "lockstep_processing_export.h"
#include "store/SavedView.h"

#include <QByteArray>
#include <QString>

namespace lockstep {

class ProjectStore;

class LOCKSTEP_PROCESSING_EXPORT SavedViewRepository {
public:
    static constexpr int kFormatVersion = 1;
    static const QString kMetaKey;
    static const QString kUnreadableMetaKey;

    struct LoadResult {
        SavedViews views;
        QString diagnostic;  // what was ignored and why; "" when everything was read
    };

    explicit SavedViewRepository(ProjectStore& store) : m_store(store) {}

    LoadResult load() const;
    // Replaces the project's views with these, in one transaction with one audit row (who, action, names before
    // -> after).
    bool save(const SavedViews& views, const QString& action, const QString& who);
    QString lastError() const { return m_error; }

    // The JSON form, for tests and for the load/save above. Views without a name, and repeated names, are dropped
    // on reading (with a diagnostic).
    static QByteArray toJson(const SavedViews& views);
    static LoadResult fromJson(const QByteArray& json);

private:
    ProjectStore& m_store;
    mutable QString m_error;
};

}  // namespace lockstep
