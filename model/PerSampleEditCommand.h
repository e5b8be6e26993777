#pragma once

#include "AnnotationSession.h"

#include <QStringList>
#include <QUndoCommand>
#include <vector>

namespace lockstep {

// An edit of one value per sample (a label, a tag list) for any number of samples as one undo step: redo writes
// each sample's new value, undo its previous one, through the session's apply function for that kind of value
// (the audit log names the action, "undo <action>" for an undo).
template <typename Value>
class PerSampleEditCommand : public QUndoCommand {
public:
    using Apply = bool (AnnotationSession::*)(const QStringList&, const std::vector<Value>&, const QString&);

    void redo() override { (m_session->*m_apply)(m_ids, m_after, m_action); }
    void undo() override { (m_session->*m_apply)(m_ids, m_before, QStringLiteral("undo ") + m_action); }
    int sampleCount() const { return int(m_ids.size()); }

protected:
    PerSampleEditCommand(AnnotationSession* session, Apply apply, QString action, QStringList ids,
                         std::vector<Value> before, std::vector<Value> after, const QString& text)
        : m_session(session),
          m_apply(apply),
          m_action(std::move(action)),
          m_ids(std::move(ids)),
          m_before(std::move(before)),
          m_after(std::move(after))
    {
        setText(text);
    }

private:
    AnnotationSession* m_session;
    Apply m_apply;
    QString m_action;
    QStringList m_ids;
    std::vector<Value> m_before;
    std::vector<Value> m_after;
};

}  // namespace lockstep
