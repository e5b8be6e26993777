#pragma once

#include "dataset/TimedTextDocument.h"
#include "lockstep_processing_export.h"

#include <QByteArray>
#include <QString>

namespace lockstep {

// ELAN annotation document (.eaf, XML). One tier per TIER element, named by TIER_ID, in file order.
// ALIGNABLE_ANNOTATIONs take their times from TIME_SLOTs (TIME_VALUE in milliseconds). Slots without a
// TIME_VALUE (unaligned, e.g. in time-subdivision tiers) are interpolated linearly between the nearest timed
// slots on the same annotation chain of the tier, else between the nearest timed slots in TIME_ORDER.
// REF_ANNOTATIONs (symbolic tiers) inherit the times of the annotation they refer to; several that refer to
// one parent (symbolic subdivision, ordered by PREVIOUS_ANNOTATION) share its interval in equal parts, as
// ELAN displays them. Malformed XML -> ok = false with the XML line number in the error.
class LOCKSTEP_PROCESSING_EXPORT EafParser {
public:
    static TimedTextDocument parse(const QByteArray& bytes, const QString& fileName);
};

}  // namespace lockstep
