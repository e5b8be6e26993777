#pragma once

#include "lockstep_processing_export.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lockstep {

// Every limit the issue detectors use, in one place, with a default, a unit and a sentence. A project can
// override any of them (stored in the project file; `lockstep-cli scan --threshold name=value`); changing one
// re-derives issues from cached metrics without decoding anything.
class LOCKSTEP_PROCESSING_EXPORT QualityThresholds {
public:
    struct Entry {
        QString name;
        double defaultValue;
        QString unit;
        QString description;
    };

    QualityThresholds();

    static const QList<Entry>& entries();
    double value(const QString& name) const;
    // false (and *error set) for an unknown name or a value out of its sensible range.
    bool set(const QString& name, double value, QString* error = nullptr);
    // Parses "name=value".
    bool setFromAssignment(const QString& assignment, QString* error = nullptr);
    void reset(const QString& name);

    // Only the overridden values (what a project stores).
    QJsonObject overrides() const;
    bool loadOverrides(const QJsonObject& object, QString* error = nullptr);

private:
    QList<double> m_values;  // parallel to entries()
};

}  // namespace lockstep
