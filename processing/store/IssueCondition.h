#pragma once

// An issue term of the query language ("has:image.blurry", "has:audio.*"), kept as data like a metric term: its
// row mask comes from the issues of that type (through their type index, then each sample's row), so a review
// queue such as "has:audio.clipping status:unreviewed" needs no pass over every sample. It matches what
// "s.sample_id IN (SELECT sample_id FROM issues WHERE type = ?)" matched (LIKE for a whole modality's issues).

#include <QString>

namespace lockstep {

struct IssueCondition {
    QString type;  // "image.blurry", or a LIKE pattern ("audio.%") when modalityWide
    bool modalityWide = false;
};

}  // namespace lockstep
