#pragma once

#include <QStringList>
#include <QUndoCommand>
#include <vector>

namespace lockstep {

class AnnotationSession;

// Gives samples new labels; undo restores each one's previous label. One command for any number of samples.
class SetLabelsCommand final : public QUndoCommand {
public:
    SetLabelsCommand(AnnotationSession* session, QStringList ids, std::vector<QString> before,
                     std::vector<QString> after, const QString& text);
    void redo() override;
    void undo() override;
    int sampleCount() const { return int(m_ids.size()); }

private:
    AnnotationSession* m_session;
    QStringList m_ids;
    std::vector<QString> m_before;
    std::vector<QString> m_after;
};

}  // namespace lockstep
