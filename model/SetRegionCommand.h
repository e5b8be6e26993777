#pragma once

#include "store/SampleAnnotations.h"

#include <QUndoCommand>
#include <optional>

namespace lockstep {

class AnnotationSession;

// Adds (before = nullopt), renames or moves, or removes (after = nullopt) one time region of a sample; undo
// does the opposite. The region keeps its key throughout, so undoing a delete brings the same region back.
class SetRegionCommand final : public QUndoCommand {
public:
    SetRegionCommand(AnnotationSession* session, QString sampleId, QString key, std::optional<TimeRegion> before,
                     std::optional<TimeRegion> after, const QString& text);
    void redo() override;
    void undo() override;

private:
    AnnotationSession* m_session;
    QString m_sampleId;
    QString m_key;
    std::optional<TimeRegion> m_before;
    std::optional<TimeRegion> m_after;
};

}  // namespace lockstep
