#pragma once

#include "dataset/Diagnostic.h"
#include "store/DatasetSummary.h"

#include <QJsonObject>
#include <QString>

namespace lockstep::cli {

// Renders a dataset summary for people (aligned text) or scripts (JSON). Paths are printed as given.
class SummaryPrinter {
public:
    static QString text(const DatasetSummary& summary, const Diagnostics& firstDiagnostics, qint64 listed);
    static QJsonObject json(const DatasetSummary& summary, const Diagnostics& firstDiagnostics);
    static QJsonObject diagnosticJson(const Diagnostic& d);
};

}  // namespace lockstep::cli
