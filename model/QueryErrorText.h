#pragma once

#include "store/SampleFilter.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace lockstep {

// What is wrong with a query, in the user's language: the sentence of the parser's error kind with its
// arguments (SampleFilter::errorKind, errorArguments). The English is SampleFilter::error, word for word.
class QueryErrorText {
    Q_DECLARE_TR_FUNCTIONS(lockstep::QueryErrorText)
public:
    // The message for the query bar; the parser's English when the kind has no sentence here.
    static QString message(const SampleFilter& filter);
    // The sentence of one kind, untranslated and with its placeholders ("unexpected '%1'"), or nothing when
    // this class has none for the kind.
    static std::optional<QString> sourceSentence(SampleFilterError::Kind kind);
};

}  // namespace lockstep
