#pragma once

#include "PerSampleEditCommand.h"

namespace lockstep {

// Gives samples new labels; undo restores each one's previous label. One command for any number of samples.
class SetLabelsCommand final : public PerSampleEditCommand<QString> {
public:
    SetLabelsCommand(AnnotationSession* session, QStringList ids, std::vector<QString> before,
                     std::vector<QString> after, const QString& text);
};

}  // namespace lockstep
