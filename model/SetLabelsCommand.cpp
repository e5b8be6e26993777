#include "SetLabelsCommand.h"

namespace lockstep {

SetLabelsCommand::SetLabelsCommand(AnnotationSession* session, QStringList ids, std::vector<QString> before,
                                   std::vector<QString> after, const QString& text)
    : PerSampleEditCommand(session, &AnnotationSession::applyLabels, QStringLiteral("label"), std::move(ids),
                           std::move(before), std::move(after), text)
{}

}  // namespace lockstep
