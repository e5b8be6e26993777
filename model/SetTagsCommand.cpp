#include "SetTagsCommand.h"

namespace lockstep {

SetTagsCommand::SetTagsCommand(AnnotationSession* session, QStringList ids, std::vector<QStringList> before,
                               std::vector<QStringList> after, const QString& text)
    : PerSampleEditCommand(session, &AnnotationSession::applyTags, QStringLiteral("tag"), std::move(ids),
                           std::move(before), std::move(after), text)
{}

}  // namespace lockstep
