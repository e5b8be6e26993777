#pragma once

#include <QCoreApplication>
#include <QString>

namespace lockstep {

// The engine's progress labels ("Measuring files", "Reading metadata.csv") in the user's language. The engine
// reports English (the CLI prints it); the job progress widget shows this. A label not known here (one the
// model already translated, or a newer engine's) is shown as it is.
class EngineProgressText {
    Q_DECLARE_TR_FUNCTIONS(lockstep::EngineProgressText)
public:
    static QString translated(const QString& engineLabel);
};

}  // namespace lockstep
