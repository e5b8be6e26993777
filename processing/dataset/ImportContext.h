#pragma once

#include "dataset/Diagnostic.h"
#include "dataset/ImportOptions.h"
#include "dataset/Sample.h"
#include "media/DatasetRoot.h"

#include <QString>

namespace lockstep {

class Progress;
class SampleSink;

// What every importer shares while it reads one dataset: the root that paths must stay inside, the
// options, the sink that receives samples and diagnostics, and the progress channel. The add* helpers
// turn a path from a manifest into an item or stream, reporting (not following) bad paths.
class ImportContext {
public:
    ImportContext(DatasetRoot root, ImportOptions options, SampleSink& sink, Progress& progress);

    const DatasetRoot& root() const { return m_root; }
    const ImportOptions& options() const { return m_options; }
    SampleSink& sink() { return m_sink; }
    Progress& progress() { return m_progress; }
    bool cancelled() const;

    void warn(const QString& file, int line, const QString& sampleId, const QString& message);
    void error(const QString& file, int line, const QString& sampleId, const QString& message);

    // Adds an item for a file named in a manifest (relative to the root, or absolute inside it).
    // Returns false when the path was refused; a missing file is kept with fileMissing = true.
    bool addItem(Sample& sample, Modality modality, const QString& rawPath, const QString& manifest, int line);

    // Streams from side files named in a manifest or found in a recording folder.
    void addTimedTextStreams(Sample& sample, const QString& rawPath, const QString& manifest, int line);
    void addSensorStream(Sample& sample, const QString& rawPath, const QString& manifest, int line);
    void addFrameStream(Sample& sample, const QString& rawFolder, const QString& manifest, int line);
    void addAudioStream(Sample& sample, const QString& rawPath, const QString& manifest, int line);
    void addVideoStream(Sample& sample, const QString& rawPath, const QString& manifest, int line);

private:
    // Resolves rawPath; on refusal reports it and returns false.
    bool resolveForReading(const QString& rawPath, const QString& manifest, int line, const QString& sampleId,
                           DatasetRoot::Resolved* out);
    QString uniqueStreamName(const Sample& sample, const QString& wanted) const;

    DatasetRoot m_root;
    ImportOptions m_options;
    SampleSink& m_sink;
    Progress& m_progress;
};

}  // namespace lockstep
