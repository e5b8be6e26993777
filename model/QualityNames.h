#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lockstep {

// Readable names for the quality engine's issue types and metrics. The identifiers (`audio.clipping`,
// `audio.rms_dbfs`) are what the query bar, the project file, the CLI and reports use, so views keep showing them;
// in a language that has a name for one, the name comes first: "音频削波（audio.clipping）". In English the
// identifier already reads as its name and is shown alone, as before.
class QualityNames {
    Q_DECLARE_TR_FUNCTIONS(lockstep::QualityNames)
public:
    // The name in the user's language, or an empty string when the language has none (English, or an identifier
    // this class does not know: a newer engine's).
    static QString issueTypeName(const QString& type);
    static QString metricName(const QString& metric);
    // What a view shows: "name (identifier)" (in the language's own form) when there is a name, the identifier
    // alone otherwise.
    static QString issueTypeLabel(const QString& type);
    static QString metricLabel(const QString& metric);
    // The name when there is one, else the identifier: for tight places (a bar chart's ticks).
    static QString issueTypeShort(const QString& type);

    // Every identifier that has a name here.
    static QStringList issueTypes();
    static QStringList metrics();
};

}  // namespace lockstep
