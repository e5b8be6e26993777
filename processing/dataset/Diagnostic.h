#pragma once

#include <QList>
#include <QString>

namespace lockstep {

// One thing an importer or decoder noticed about the user's data: where (file and line) and what to do.
struct Diagnostic {
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    QString file;      // path relative to the dataset root where possible
    int line = 0;      // 1-based; 0 when the finding is about the whole file
    QString sampleId;  // empty when no sample is concerned
    QString message;

    // "file:line: message" — the form compilers use, so editors can jump to it.
    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

using Diagnostics = QList<Diagnostic>;

inline QString severityName(Diagnostic::Severity s)
{
    switch (s) {
    case Diagnostic::Severity::Info: return QStringLiteral("info");
    case Diagnostic::Severity::Warning: return QStringLiteral("warning");
    case Diagnostic::Severity::Error: return QStringLiteral("error");
    }
    return {};
}

}  // namespace lockstep
