#pragma once

#include "dataset/Micros.h"

#include <QString>
#include <QUndoCommand>
#include <optional>

namespace lockstep {

class AnnotationSession;

// Fixes a text in place — the sample's caption, or one segment of a text stream (found by stream name and its
// own start / end) — or, with nullopt, puts the dataset's original back. Undo restores the previous fix.
class EditTextCommand final : public QUndoCommand {
public:
    struct Target {
        QString sampleId;
        QString stream;  // empty: the caption
        Micros start{0};
        Micros end{0};
        bool isCaption() const { return stream.isEmpty(); }
    };

    EditTextCommand(AnnotationSession* session, Target target, std::optional<QString> before,
                    std::optional<QString> after, const QString& text);
    void redo() override;
    void undo() override;
    const Target& target() const { return m_target; }

private:
    void apply(const std::optional<QString>& value, const QString& action);

    AnnotationSession* m_session;
    Target m_target;
    std::optional<QString> m_before;
    std::optional<QString> m_after;
};

}  // namespace lockstep
