#pragma once

#include "store/SampleAnnotations.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace lockstep {

class LabelRepository;
class BackgroundCheckpoint;
class ProjectStore;
class RegionRepository;
class TagRepository;
class TextEditRepository;

// Annotation edits for the open project — labels, the label set, tags, notes, fixed captions and segment
// texts, time regions. Like ReviewSession: every edit is one named command on the injected undo stack, written
// to the project file at once (one transaction, one audit row per change) on this session's own read-write
// connection; a bulk edit (tag 500 samples) is one command. The edit methods push a command; the apply methods
// are what the commands call.
class AnnotationSession final : public QObject {
    Q_OBJECT

public:
    explicit AnnotationSession(QUndoStack* undoStack, QObject* parent = nullptr);
    ~AnnotationSession() override;

    bool open(const QString& projectPath, QString* error = nullptr);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    QUndoStack* undoStack() const { return m_undo; }

    // --- reading ---
    SampleAnnotations annotations(const QString& sampleId) const;
    QString label(const QString& sampleId) const;
    QStringList labelSet() const;
    QStringList importedLabels() const;
    QStringList knownTags() const;

    // --- edits (each pushes one command; false when nothing would change or nothing is open) ---
    bool setLabel(const QStringList& ids, const QString& label);
    bool setLabelSet(const QStringList& labels);
    bool addTag(const QStringList& ids, const QString& tag);
    bool removeTag(const QStringList& ids, const QString& tag);
    bool setNote(const QString& id, const QString& note);
    // nullopt puts the original back.
    bool setCaption(const QString& id, const std::optional<QString>& text);
    bool setSegmentText(const QString& id, const QString& stream, Micros start, Micros end,
                        const std::optional<QString>& text);
    // Returns the new region's key, or "" when nothing was added.
    QString addRegion(const QString& id, const QString& label, Micros start, Micros end);
    bool renameRegion(const QString& id, const QString& key, const QString& label);
    bool removeRegion(const QString& id, const QString& key);

    // --- what the commands call: write, then tell the views ---
    bool applyLabels(const QStringList& ids, const std::vector<QString>& labels, const QString& action);
    bool applyLabelSet(const QStringList& labels, const QString& action);
    bool applyTags(const QStringList& ids, const std::vector<QStringList>& tags, const QString& action);
    bool applyNote(const QString& id, const QString& note, const QString& action);
    bool applyCaption(const QString& id, const std::optional<QString>& text, const QString& action);
    bool applySegmentText(const QString& id, const QString& stream, Micros start, Micros end,
                          const std::optional<QString>& text, const QString& action);
    bool applyRegion(const QString& id, const QString& key, const std::optional<TimeRegion>& region,
                     const QString& action);

signals:
    // Labels of these samples changed (the table shows them: refresh its rows).
    void labelsChanged(const QStringList& ids);
    // Tags, note, texts or regions of these samples changed.
    void annotationsChanged(const QStringList& ids);
    void labelSetChanged();
    void writeFailed(const QString& message);

private:
    bool failed(const QString& error);

    QUndoStack* m_undo = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<BackgroundCheckpoint> m_checkpoint;
    std::unique_ptr<LabelRepository> m_labels;
    std::unique_ptr<TagRepository> m_tags;
    std::unique_ptr<TextEditRepository> m_texts;
    std::unique_ptr<RegionRepository> m_regions;
};

}  // namespace lockstep
