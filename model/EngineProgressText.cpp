#include "EngineProgressText.h"

namespace lockstep {

namespace {

// The engine's labels word for word (QualityScan, ProjectImport, the importers, DemoDataset); %1, when there,
// is last and is a file or sample name.
const char* const kLabels[] = {
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Reading the sample index"),
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Measuring files"),
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Finding issues and duplicates"),
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Saving results"),
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Saving project"),
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Listing files"),
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Pairing files by name"),
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Reading recordings"),
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Reading %1"),
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Writing demo sample %1"),
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Writing demo recording %1"),
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Demo dataset written"),
    // WaveformSummary and FileSpectrogram; %1 is the audio file's path.
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Summarising the waveform of %1"),
    QT_TRANSLATE_NOOP("lockstep::EngineProgressText", "Computing features of %1"),
};

}  // namespace

QString EngineProgressText::translated(const QString& engineLabel)
{
    for (const char* label : kLabels) {
        const QString source = QString::fromUtf8(label);
        const qsizetype placeholder = source.indexOf(QLatin1String("%1"));
        if (placeholder < 0) {
            if (engineLabel == source)
                return tr(label);
            continue;
        }
        const QString prefix = source.left(placeholder);
        if (engineLabel.size() > prefix.size() && engineLabel.startsWith(prefix)) {
            // Replaced in one place only: a file named "%2" stays its name.
            QString text = tr(label);
            const qsizetype at = text.indexOf(QLatin1String("%1"));
            if (at >= 0)
                text.replace(at, 2, engineLabel.mid(prefix.size()));
            return text;
        }
    }
    return engineLabel;
}

}  // namespace lockstep
