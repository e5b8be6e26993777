#pragma once

#include "lockstep_processing_export.h"

#include <QString>
#include <QStringList>

namespace lockstep {

// What is wrong with a query the sample filter could not read: a stable kind and the words or numbers the
// message names, so that the GUI can say it in the user's language; english() is the sentence the engine,
// the CLI and the tests read.
struct LOCKSTEP_PROCESSING_EXPORT SampleFilterError {
    enum class Kind {
        None,
        LoneExclamation,            // "!" not followed by "="
        UnclosedQuote,              //
        Unexpected,                 // %1: the token
        MissingValue,               //
        MissingClosingParenthesis,  //
        EndsTooEarly,               //
        InsideNeedsTwoMetrics,      //
        InsideMissingMetricComma,   //
        InsideMissingColon,         //
        InsideCornerNotTwoNumbers,  //
        InsideTooManyCorners,       // %1: the most corners
        InsideMissingCornerComma,   //
        InsideInvalidPolygon,       // %1: LassoPolygon::problem(), English
        HasSyntax,                  //
        TagSyntax,                  //
        CountNeedsNumber,           // %1: the field
        MetricNeedsNumber,          // %1: the metric
        UnknownField,               // %1: the field
        KindCount
    };

    // The English sentence of a kind with %1, %2 ... where its arguments go.
    static QString englishSentence(Kind kind);
    // The sentence with its arguments in place (each placeholder replaced once, so an argument's own "%1"
    // stays text).
    static QString english(Kind kind, const QStringList& arguments);
};

}  // namespace lockstep
