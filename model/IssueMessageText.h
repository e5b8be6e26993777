#pragma once

#include "quality/QualityIssue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace lockstep {

// The quality engine's issue messages in the user's language, at display time. The engine writes English into
// the project file (the CLI report and scripts read it as it is); this class knows the engine's English
// sentence for each issue type, takes the numbers and names the engine put into it back out of the stored
// message, and writes them into the translated sentence. The issue record itself holds only one value and one
// threshold, while the sentences name more (width and height, the metric and its median, the keeper of a
// duplicate group), so the stored message is where those come from.
// Without a translator the result is the stored message itself, character for character
// (tests/model/test_issue_message_text drives every detector of the engine to hold that).
class IssueMessageText {
    Q_DECLARE_TR_FUNCTIONS(lockstep::IssueMessageText)
public:
    // The message to show: translated, or the stored one when its type or wording is not known here (a newer
    // engine's type, an older project's sentence).
    static QString message(const QualityIssue& issue);
    // The translated message, or nothing when no sentence of the issue's type reads as its stored message.
    static std::optional<QString> translated(const QualityIssue& issue);
    // A duplicate group's reason ("pHash within 6 bits (different captions)") in the user's language; the
    // stored reason when it is not one the engine writes.
    static QString duplicateReason(const QString& stored);
    // Every issue type that has a sentence here.
    static QStringList types();
};

}  // namespace lockstep
