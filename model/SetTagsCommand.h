#pragma once

#include <QStringList>
#include <QUndoCommand>
#include <vector>

namespace lockstep {

class AnnotationSession;

// Gives samples new tag lists (a tag added to or removed from many samples); undo restores each sample's
// previous tags. One command however many samples.
class SetTagsCommand final : public QUndoCommand {
public:
    SetTagsCommand(AnnotationSession* session, QStringList ids, std::vector<QStringList> before,
                   std::vector<QStringList> after, const QString& text);
    void redo() override;
    void undo() override;
    int sampleCount() const { return int(m_ids.size()); }

private:
    AnnotationSession* m_session;
    QStringList m_ids;
    std::vector<QStringList> m_before;
    std::vector<QStringList> m_after;
};

}  // namespace lockstep
