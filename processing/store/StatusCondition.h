#pragma once

// A review-status term of the query language ("status:rejected", "status != unreviewed"), kept as data like a
// metric term: its row mask comes from the table of edited statuses (a row for each reviewed sample) instead of a
// lookup per sample during a pass over every sample, so "status:unreviewed" alone needs no SQL at all and a review
// queue starts from its mask. It matches as "status = ? COLLATE NOCASE" did: ASCII letters without regard to case.

#include <QString>

namespace lockstep {

struct StatusCondition {
    QString status;        // as typed: "rejected", "Needs-Fix"
    bool negated = false;  // "status != ..."
};

}  // namespace lockstep
