#pragma once

#include "dataset/Diagnostic.h"
#include "dataset/Modality.h"
#include "dataset/Stream.h"

#include <QCoreApplication>
#include <QString>

namespace lockstep {

// Translated, user-facing names for the engine's enums (the engine's own names are stable identifiers).
class DisplayNames {
    Q_DECLARE_TR_FUNCTIONS(lockstep::DisplayNames)
public:
    static QString modality(Modality modality);
    static QString streamKind(StreamKind kind);
    static QString severity(Diagnostic::Severity severity);
    // A review status as stored ("unreviewed", "accepted", "rejected", "needs-fix"; anything else as it is).
    static QString reviewStatus(const QString& stored);
    // "1:02.500" style duration for microseconds; hours are shown when needed.
    static QString duration(Micros duration);
    // "12.3 KB"-style sizes with the user's locale.
    static QString fileSize(qint64 bytes);
};

}  // namespace lockstep
