#include "dataset/EafParser.h"

#include "dataset/TimedTextSupport.h"

#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <climits>
#include <utility>
#include <vector>

namespace lockstep {

using namespace timedtext;

namespace {

struct Slot {
    QString id;
    std::optional<Micros> value;
};

struct Annotation {
    bool aligned = true;
    int tier = -1;
    int line = 0;
    QString id;
    QString text;
    QString slot1, slot2;   // ALIGNABLE_ANNOTATION
    QString ref, previous;  // REF_ANNOTATION
};

struct Span {
    Micros start{0};
    Micros end{0};
};

// ELAN writes UTF-8. Invalid bytes would make QXmlStreamReader give up on the whole file, so they are
// replaced (with a diagnostic per line) first, unless the file declares another encoding.
QByteArray repairedUtf8(const QByteArray& bytes, const QString& file, Diagnostics& diagnostics)
{
    const QByteArray head = bytes.left(256);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return bytes;
    static const QRegularExpression declared(QStringLiteral("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']"));
    const auto match = declared.match(QString::fromLatin1(head));
    if (match.hasMatch()) {
        const QString encoding = match.captured(1).toLower();
        if (encoding != QLatin1String("utf-8") && encoding != QLatin1String("utf8"))
            return bytes;
    }
    const DecodedText decoded = decodeLines(bytes, file, diagnostics);
    if (!decoded.invalidBytes || decoded.utf16)
        return bytes;
    return decoded.lines.join(QLatin1Char('\n')).toUtf8();
}

// t0 + (t1 - t0) * i / steps, exact in integers and safe from overflow for |t| <= kMaxMicros.
Micros lerp(Micros t0, Micros t1, std::int64_t i, std::int64_t steps)
{
    const std::int64_t delta = t1.count() - t0.count();
    return Micros{t0.count() + (delta / steps) * i + ((delta % steps) * i) / steps};
}

// Fills unaligned slots on one chain of consecutive annotations (slot2 of one == slot1 of the next)
// linearly between the nearest timed slots on that chain, by position.
void interpolateChain(const std::vector<int>& chain, const std::vector<Slot>& timeSlots,
                      std::vector<std::optional<Micros>>& resolved)
{
    int previousTimed = -1;
    for (int k = 0; k < int(chain.size()); ++k) {
        const auto& value = timeSlots[std::size_t(chain[std::size_t(k)])].value;
        if (!value)
            continue;
        if (previousTimed >= 0 && k - previousTimed > 1) {
            const Micros t0 = *timeSlots[std::size_t(chain[std::size_t(previousTimed)])].value;
            for (int m = previousTimed + 1; m < k; ++m) {
                auto& target = resolved[std::size_t(chain[std::size_t(m)])];
                if (!target)
                    target = lerp(t0, *value, m - previousTimed, k - previousTimed);
            }
        }
        previousTimed = k;
    }
}

}  // namespace

TimedTextDocument EafParser::parse(const QByteArray& bytes, const QString& fileName)
{
    TimedTextDocument doc;
    if (bytes.trimmed().isEmpty()) {
        doc.error = fileName + QStringLiteral(": empty file, not an ELAN annotation document");
        return doc;
    }
    const QByteArray input = repairedUtf8(bytes, fileName, doc.diagnostics);

    std::vector<Slot> timeSlots;
    QHash<QString, int> slotIndex;
    std::vector<Annotation> annotations;
    QHash<QString, int> annotationIndex;
    QList<TimedTextTier> tiers;

    QXmlStreamReader xml(input);
    bool sawRoot = false;
    int currentTier = -1;
    int currentAnnotation = -1;
    const auto lineNumber = [&xml] { return int(std::min<qint64>(xml.lineNumber(), INT_MAX)); };

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("TIER"))
                currentTier = -1;
            else if (xml.name() == QLatin1String("ALIGNABLE_ANNOTATION") ||
                     xml.name() == QLatin1String("REF_ANNOTATION"))
                currentAnnotation = -1;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (!sawRoot) {
            sawRoot = true;
            if (name != QLatin1String("ANNOTATION_DOCUMENT")) {
                doc.error = fileName + QStringLiteral(
                                           ": not an ELAN annotation document (the root element is <%1>, "
                                           "expected <ANNOTATION_DOCUMENT>)")
                                           .arg(name.left(40));
                return doc;
            }
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        if (name == QLatin1String("TIME_SLOT")) {
            Slot slot;
            slot.id = attributes.value(QLatin1String("TIME_SLOT_ID")).toString();
            if (attributes.hasAttribute(QLatin1String("TIME_VALUE"))) {
                const QStringView value = attributes.value(QLatin1String("TIME_VALUE"));
                slot.value = parseMilliseconds(value);
                if (!slot.value) {
                    warn(doc.diagnostics, fileName, lineNumber(),
                         QStringLiteral("time slot %1 has an invalid TIME_VALUE \"%2\" (milliseconds expected); "
                                        "treated as unaligned")
                             .arg(slot.id, value.left(40)));
                }
            }
            if (slot.id.isEmpty() || slotIndex.contains(slot.id)) {
                warn(doc.diagnostics, fileName, lineNumber(),
                     slot.id.isEmpty() ? QStringLiteral("time slot without TIME_SLOT_ID ignored")
                                       : QStringLiteral("duplicate time slot id %1 ignored").arg(slot.id));
                continue;
            }
            slotIndex.insert(slot.id, int(timeSlots.size()));
            timeSlots.push_back(std::move(slot));
        } else if (name == QLatin1String("TIER")) {
            TimedTextTier tier;
            tier.name = attributes.value(QLatin1String("TIER_ID")).toString();
            if (tier.name.isEmpty()) {
                tier.name = QStringLiteral("tier %1").arg(tiers.size() + 1);
                warn(doc.diagnostics, fileName, lineNumber(),
                     QStringLiteral("tier without TIER_ID; named \"%1\"").arg(tier.name));
            }
            currentTier = int(tiers.size());
            tiers.append(std::move(tier));
        } else if (name == QLatin1String("ALIGNABLE_ANNOTATION") || name == QLatin1String("REF_ANNOTATION")) {
            if (currentTier < 0) {
                warn(doc.diagnostics, fileName, lineNumber(), QStringLiteral("annotation outside a TIER ignored"));
                continue;
            }
            Annotation a;
            a.aligned = name == QLatin1String("ALIGNABLE_ANNOTATION");
            a.tier = currentTier;
            a.line = lineNumber();
            a.id = attributes.value(QLatin1String("ANNOTATION_ID")).toString();
            a.slot1 = attributes.value(QLatin1String("TIME_SLOT_REF1")).toString();
            a.slot2 = attributes.value(QLatin1String("TIME_SLOT_REF2")).toString();
            a.ref = attributes.value(QLatin1String("ANNOTATION_REF")).toString();
            a.previous = attributes.value(QLatin1String("PREVIOUS_ANNOTATION")).toString();
            if (!a.id.isEmpty()) {
                if (annotationIndex.contains(a.id))
                    warn(doc.diagnostics, fileName, a.line, QStringLiteral("duplicate annotation id %1").arg(a.id));
                else
                    annotationIndex.insert(a.id, int(annotations.size()));
            }
            currentAnnotation = int(annotations.size());
            annotations.push_back(std::move(a));
        } else if (name == QLatin1String("ANNOTATION_VALUE")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (currentAnnotation >= 0)
                annotations[std::size_t(currentAnnotation)].text = text;
        }
    }
    if (xml.hasError()) {
        doc.error = fileName + QStringLiteral(": invalid XML at line %1, column %2: %3")
                                   .arg(xml.lineNumber())
                                   .arg(xml.columnNumber())
                                   .arg(xml.errorString());
        return doc;
    }
    if (!sawRoot) {
        doc.error = fileName + QStringLiteral(": no XML element, not an ELAN annotation document");
        return doc;
    }

    // Slot times: the file's values, then interpolation along each tier's annotation chains.
    std::vector<std::optional<Micros>> resolved(timeSlots.size());
    for (std::size_t s = 0; s < timeSlots.size(); ++s)
        resolved[s] = timeSlots[s].value;
    std::vector<std::vector<int>> alignedByTier(std::size_t(tiers.size()));
    for (int a = 0; a < int(annotations.size()); ++a) {
        const Annotation& an = annotations[std::size_t(a)];
        if (an.aligned && slotIndex.contains(an.slot1) && slotIndex.contains(an.slot2))
            alignedByTier[std::size_t(an.tier)].push_back(a);
    }
    std::vector<char> visited(annotations.size(), 0);
    for (const std::vector<int>& members : alignedByTier) {
        QHash<QString, int> bySlot1;  // the annotation starting at a slot
        QHash<QString, int> slot2Count;
        for (const int a : members) {
            const Annotation& an = annotations[std::size_t(a)];
            if (!bySlot1.contains(an.slot1))
                bySlot1.insert(an.slot1, a);
            slot2Count[an.slot2] += 1;
        }
        // Chains start where no annotation of the tier ends; a second pass picks up loops.
        for (int pass = 0; pass < 2; ++pass) {
            for (const int first : members) {
                const Annotation& head = annotations[std::size_t(first)];
                if (visited[std::size_t(first)] || (pass == 0 && slot2Count.contains(head.slot1)))
                    continue;
                std::vector<int> chain{slotIndex.value(head.slot1)};
                for (int a = first; a >= 0 && !visited[std::size_t(a)];) {
                    visited[std::size_t(a)] = 1;
                    chain.push_back(slotIndex.value(annotations[std::size_t(a)].slot2));
                    a = bySlot1.value(annotations[std::size_t(a)].slot2, -1);
                }
                interpolateChain(chain, timeSlots, resolved);
            }
        }
    }
    // Slots still unknown (not between two timed slots on a chain): nearest timed neighbours in TIME_ORDER.
    int unaligned = 0;
    for (std::size_t s = 0; s < timeSlots.size(); ++s) {
        if (!timeSlots[s].value)
            ++unaligned;
    }
    {
        const std::vector<std::optional<Micros>> fromChains = resolved;
        const auto ns = std::ptrdiff_t(timeSlots.size());
        std::vector<std::ptrdiff_t> previousTimed(timeSlots.size(), -1), nextTimed(timeSlots.size(), -1);
        for (std::ptrdiff_t s = 0, last = -1; s < ns; ++s) {
            if (fromChains[std::size_t(s)])
                last = s;
            previousTimed[std::size_t(s)] = last;
        }
        for (std::ptrdiff_t s = ns - 1, last = -1; s >= 0; --s) {
            if (fromChains[std::size_t(s)])
                last = s;
            nextTimed[std::size_t(s)] = last;
        }
        for (std::ptrdiff_t s = 0; s < ns; ++s) {
            if (fromChains[std::size_t(s)])
                continue;
            const std::ptrdiff_t before = previousTimed[std::size_t(s)], after = nextTimed[std::size_t(s)];
            if (before >= 0 && after >= 0)
                resolved[std::size_t(s)] =
                    lerp(*fromChains[std::size_t(before)], *fromChains[std::size_t(after)], s - before, after - before);
            else if (before >= 0 || after >= 0)
                resolved[std::size_t(s)] = fromChains[std::size_t(before >= 0 ? before : after)];
        }
    }
    if (unaligned > 0) {
        addDiagnostic(
            doc.diagnostics, Diagnostic::Severity::Info, fileName, 0,
            QStringLiteral("%1 time slot(s) without TIME_VALUE; their times were interpolated").arg(unaligned));
    }

    // Annotation spans: aligned ones from their slots, REF_ANNOTATIONs from the annotation they refer to.
    const std::size_t count = annotations.size();
    std::vector<int> parent(count, -1);
    std::vector<int> partIndex(count, 0), partCount(count, 1);
    {
        QHash<QPair<int, int>, std::vector<int>> children;  // (parent, tier) -> REF_ANNOTATIONs
        for (std::size_t a = 0; a < count; ++a) {
            const Annotation& an = annotations[a];
            if (an.aligned)
                continue;
            parent[a] = annotationIndex.value(an.ref, -1);
            if (parent[a] < 0) {
                warn(doc.diagnostics, fileName, an.line,
                     QStringLiteral("annotation %1 refers to unknown annotation \"%2\"; skipped").arg(an.id, an.ref));
                continue;
            }
            children[qMakePair(parent[a], an.tier)].push_back(int(a));
        }
        // Symbolic subdivision: siblings ordered by PREVIOUS_ANNOTATION share the parent's interval.
        for (auto it = children.cbegin(); it != children.cend(); ++it) {
            const std::vector<int>& group = it.value();
            if (group.size() < 2)
                continue;
            QHash<QString, int> next;  // previous id -> sibling
            for (const int a : group) {
                if (!annotations[std::size_t(a)].previous.isEmpty())
                    next.insert(annotations[std::size_t(a)].previous, a);
            }
            std::vector<int> ordered;
            std::vector<char> placed(group.size(), 0);
            QHash<int, std::size_t> position;
            for (std::size_t g = 0; g < group.size(); ++g)
                position.insert(group[g], g);
            for (std::size_t g = 0; g < group.size(); ++g) {
                const QString& previous = annotations[std::size_t(group[g])].previous;
                const bool startsChain = previous.isEmpty() || !position.contains(annotationIndex.value(previous, -1));
                if (!startsChain || placed[g])
                    continue;
                for (int a = group[g]; a >= 0 && position.contains(a) && !placed[position.value(a)];) {
                    placed[position.value(a)] = 1;
                    ordered.push_back(a);
                    a = next.value(annotations[std::size_t(a)].id, -1);
                }
            }
            for (std::size_t g = 0; g < group.size(); ++g) {
                if (!placed[g])
                    ordered.push_back(group[g]);  // broken PREVIOUS_ANNOTATION links: document order
            }
            for (std::size_t k = 0; k < ordered.size(); ++k) {
                partIndex[std::size_t(ordered[k])] = int(k);
                partCount[std::size_t(ordered[k])] = int(ordered.size());
            }
        }
    }

    std::vector<std::optional<Span>> spans(count);
    std::vector<char> state(count, 0);  // 0 unresolved, 1 in progress, 2 done
    for (std::size_t root = 0; root < count; ++root) {
        std::vector<int> stack{int(root)};
        while (!stack.empty()) {
            const auto a = std::size_t(stack.back());
            const Annotation& an = annotations[a];
            if (state[a] == 2) {
                stack.pop_back();
                continue;
            }
            if (an.aligned) {
                const int s1 = slotIndex.value(an.slot1, -1), s2 = slotIndex.value(an.slot2, -1);
                if (s1 < 0 || s2 < 0) {
                    warn(doc.diagnostics, fileName, an.line,
                         QStringLiteral("annotation %1 refers to unknown time slot \"%2\"; skipped")
                             .arg(an.id, s1 < 0 ? an.slot1 : an.slot2));
                } else if (resolved[std::size_t(s1)] && resolved[std::size_t(s2)]) {
                    spans[a] = Span{*resolved[std::size_t(s1)], *resolved[std::size_t(s2)]};
                } else {
                    warn(doc.diagnostics, fileName, an.line,
                         QStringLiteral("annotation %1 has no time (no time slot has a TIME_VALUE); skipped")
                             .arg(an.id));
                }
                state[a] = 2;
                stack.pop_back();
                continue;
            }
            const int p = parent[a];
            if (p < 0) {
                state[a] = 2;
                stack.pop_back();
                continue;
            }
            if (state[std::size_t(p)] == 2) {
                if (const auto& ps = spans[std::size_t(p)]) {
                    const int k = partIndex[a], n = partCount[a];
                    spans[a] = Span{lerp(ps->start, ps->end, k, n), lerp(ps->start, ps->end, k + 1, n)};
                }
                state[a] = 2;
                stack.pop_back();
                continue;
            }
            if (state[std::size_t(p)] == 1) {
                warn(doc.diagnostics, fileName, an.line,
                     QStringLiteral("annotation %1 is part of a loop of ANNOTATION_REFs; skipped").arg(an.id));
                state[a] = 2;
                stack.pop_back();
                continue;
            }
            state[a] = 1;
            stack.push_back(p);
        }
    }

    for (std::size_t a = 0; a < count; ++a) {
        if (!spans[a])
            continue;
        const Annotation& an = annotations[a];
        Segment segment{spans[a]->start, spans[a]->end, an.text};
        clampEnd(segment, doc.diagnostics, fileName, an.line, QStringLiteral("annotation %1").arg(an.id));
        doc.duration = std::max(doc.duration, segment.end);
        tiers[an.tier].segments.push_back(std::move(segment));
    }
    // Symbolic subdivisions and hand-edited files list annotations out of time order; that is normal in EAF.
    for (TimedTextTier& tier : tiers)
        sortByStart(tier, doc.diagnostics, fileName, false);
    doc.tiers = std::move(tiers);
    doc.ok = true;
    return doc;
}

}  // namespace lockstep
