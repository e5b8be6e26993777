#pragma once

// The sample table's query language, compiled to SQL with bound parameters: nothing the user types is ever
// pasted into an SQL string. Examples:
//
//   audio.rms_dbfs < -40 and label = dog       a metric of the last scan, a column
//   has:image.blurry or has:audio.clipping     samples with an issue of that type
//   has:audio  not has:text                    modalities present (terms side by side mean "and")
//   status:unreviewed  split:test  label:"golden retriever"
//   issues >= 2   warnings > 0   streams = 0
//   tag:noisy  tag != keep  has:note  has:tags  has:regions  has:edits   what reviewers added
//   dog                                        a word: in the id, the label or a manifest caption
//   inside(audio.duration_s, text.chars: 1 10, 8 10, 8 90)    two metrics inside a polygon (a lasso; edges in)
//
// Operators: = != < <= > >= (':' is '='), and / or / not with the usual precedence, parentheses. Words and
// quoted strings ("..." with \" inside) are values; numbers compare as numbers.
//
// Metric terms (bounds, inside()) are kept as MetricCondition bindings, not SQL: the SQL tests a row bitmap,
// row_in_mask(?N, s.row), that SampleFilterBinding computes from a cached metric column or from the value
// index, whichever this query needs less work for. Bounds on one metric joined by "and" become one range.
// "status = x" and "status != x" are kept the same way (StatusCondition: a mask from the table of edited
// statuses), and so is "has:" an issue type (IssueCondition: a mask from the issues); below, "metric terms" and
// "metric expressions" take them in too.
// Beside the SQL, the filter keeps which of its top-level "and" operands are made of metric terms alone
// (metricConjuncts): a query can start from the rows their masks pass instead of scanning every sample, and a
// filter of metric terms only (metricOnly) needs no SQL at all.

#include "lockstep_processing_export.h"
#include "store/IssueCondition.h"
#include "store/LassoPolygon.h"
#include "store/MetricCondition.h"
#include "store/SampleFilterError.h"
#include "store/StatusCondition.h"

#include <QString>
#include <variant>
#include <vector>

namespace lockstep {

// A boolean expression over metric conditions only: each leaf is the index of a MetricCondition in
// SampleFilter::bindings.
struct MetricExpression {
    enum class Op { Condition, And, Or, Not };
    Op op = Op::Condition;
    int binding = -1;  // Condition
    std::vector<MetricExpression> operands;
};

struct LOCKSTEP_PROCESSING_EXPORT SampleFilter {
    // Parameter i + 1 of whereSql. A MetricCondition, StatusCondition or IssueCondition parameter is bound as a
    // RowMask (SampleFilterBinding).
    using Binding = std::variant<QString, double, MetricCondition, StatusCondition, IssueCondition>;

    bool ok = true;
    QString error;           // what is wrong and where, in English (the CLI, the tests)
    int errorPosition = -1;  // character offset in the query
    // The same as a kind and its arguments, for the query bar to say in the user's language.
    SampleFilterError::Kind errorKind = SampleFilterError::Kind::None;
    QStringList errorArguments;
    QString whereSql;  // an SQL condition over "samples s"; empty = every sample
    std::vector<Binding> bindings;
    // The query's inside(...) terms in the order written, whatever and/or/not stand around them: a scatter plot
    // of the same two metrics draws them as its lasso.
    struct Polygon {
        QString xMetric;
        QString yMetric;
        LassoPolygon polygon;
    };
    std::vector<Polygon> polygons;
    // The operands of whereSql's top-level "and" that are metric expressions: every sample the filter passes
    // passes each of them. metricOnly: whereSql is exactly their "and" (no other term).
    std::vector<MetricExpression> metricConjuncts;
    bool metricOnly = false;

    bool isEmpty() const { return ok && whereSql.isEmpty(); }

    static SampleFilter parse(const QString& query);
};

}  // namespace lockstep
