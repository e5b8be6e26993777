#pragma once

#include <QString>
#include <QUndoCommand>

namespace lockstep {

class AnnotationSession;

// Replaces a sample's free-text note (empty = no note); undo restores the previous one.
class SetNoteCommand final : public QUndoCommand {
public:
    SetNoteCommand(AnnotationSession* session, QString id, QString before, QString after, const QString& text);
    void redo() override;
    void undo() override;

private:
    AnnotationSession* m_session;
    QString m_id;
    QString m_before;
    QString m_after;
};

}  // namespace lockstep
