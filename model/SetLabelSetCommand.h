#pragma once

#include <QStringList>
#include <QUndoCommand>

namespace lockstep {

class AnnotationSession;

// Replaces the project's label set (what number keys 1-9 assign); undo puts the previous list back.
class SetLabelSetCommand final : public QUndoCommand {
public:
    SetLabelSetCommand(AnnotationSession* session, QStringList before, QStringList after, const QString& text);
    void redo() override;
    void undo() override;

private:
    AnnotationSession* m_session;
    QStringList m_before;
    QStringList m_after;
};

}  // namespace lockstep
