#pragma once

#include "PerSampleEditCommand.h"

namespace lockstep {

// Gives samples new tag lists (a tag added to or removed from many samples); undo restores each sample's
// previous tags. One command however many samples.
class SetTagsCommand final : public PerSampleEditCommand<QStringList> {
public:
    SetTagsCommand(AnnotationSession* session, QStringList ids, std::vector<QStringList> before,
                   std::vector<QStringList> after, const QString& text);
};

}  // namespace lockstep
