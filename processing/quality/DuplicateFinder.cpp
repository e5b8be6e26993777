#include "quality/DuplicateFinder.h"

#include "quality/AudioFingerprint.h"
#include "quality/DuplicateGrouper.h"
#include "quality/MinHashLsh.h"
#include "quality/MinHashSignature.h"
#include "quality/PerceptualHashIndex.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <thread>

namespace lockstep {

namespace {

using Severity = Diagnostic::Severity;

// The measurements of one modality, indexed by sample position.
struct ModalityView {
    Modality modality;
    std::vector<const FileMeasurement*> bySample;  // null when the sample has no readable item
};

ModalityView viewOf(Modality m, const std::vector<ScanSample>& samples, const SampleAnalyzer::MeasurementLookup& lookup)
{
    ModalityView v{m, std::vector<const FileMeasurement*>(samples.size(), nullptr)};
    for (std::size_t i = 0; i < samples.size(); ++i) {
        if (!samples[i].hasItem[int(m)])
            continue;
        const FileMeasurement* fm = lookup.value(measurementKey(samples[i], m));
        if (fm && fm->ok)
            v.bySample[i] = fm;
    }
    return v;
}

// Keeper preference: more pixels / longer audio / longer text, then the earlier sample.
DuplicateGrouper::BetterKeeper keeperRule(const ModalityView& v)
{
    const QString metric = v.modality == Modality::Image   ? QStringLiteral("image.width")
                           : v.modality == Modality::Audio ? QStringLiteral("audio.duration_s")
                                                           : QStringLiteral("text.chars");
    return [&v, metric](quint32 a, quint32 b) {
        auto size = [&](quint32 i) {
            const FileMeasurement* fm = v.bySample[i];
            double value = fm->metric(metric, 0);
            if (v.modality == Modality::Image)
                value *= fm->metric(QStringLiteral("image.height"), 0);
            return value;
        };
        const double sa = size(a);
        const double sb = size(b);
        return sa != sb ? sa > sb : a < b;
    };
}

// Whether every member's item of another modality is identical, differs, or is absent.
QString otherModalityNote(const std::vector<quint32>& members, const std::vector<ScanSample>& samples,
                          const SampleAnalyzer::MeasurementLookup& lookup, Modality self)
{
    QStringList notes;
    for (Modality other : {Modality::Image, Modality::Text, Modality::Audio}) {
        if (other == self)
            continue;
        QSet<QByteArray> hashes;
        int present = 0;
        for (quint32 i : members) {
            const FileMeasurement* fm =
                samples[i].hasItem[int(other)] ? lookup.value(measurementKey(samples[i], other)) : nullptr;
            if (fm && fm->ok) {
                ++present;
                hashes.insert(fm->exactHash);
            }
        }
        if (present < 2)
            continue;
        const QString name = other == Modality::Text ? QStringLiteral("captions") : modalityName(other);
        if (present < int(members.size()))
            notes << QStringLiteral("not all have %1")
                         .arg(other == Modality::Text    ? QStringLiteral("a caption")
                              : other == Modality::Image ? QStringLiteral("an image")
                                                         : QStringLiteral("audio"));
        else if (hashes.size() == 1)
            notes << QStringLiteral("same %1").arg(name);
        else
            notes << QStringLiteral("different %1").arg(name);
    }
    return notes.isEmpty() ? QString() : QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + QLatin1Char(')');
}

void emitGroups(const std::vector<DuplicateGroup>& found, const QString& kind, const ModalityView& v,
                const std::vector<ScanSample>& samples, const SampleAnalyzer::MeasurementLookup& lookup,
                const QString& reason, const std::function<double(quint32, quint32)>& distance,
                std::vector<DuplicateGroupRecord>* groups, std::vector<QualityIssue>* issues)
{
    const QString modality = modalityName(v.modality);
    const QString type = modality + QLatin1Char('.') + kind + QStringLiteral("_duplicate");
    for (const DuplicateGroup& g : found) {
        DuplicateGroupRecord record;
        record.kind = kind;
        record.modality = modality;
        record.keeper = samples[g.keeper].id;
        record.reason = reason + otherModalityNote(g.members, samples, lookup, v.modality);
        for (quint32 member : g.members) {
            const double d = member == g.keeper ? 0.0 : distance(g.keeper, member);
            record.members.emplace_back(samples[member].id, d);
            if (member == g.keeper)
                continue;
            issues->push_back(
                {samples[member].id, type, modality, Severity::Warning, d, std::nan(""),
                 QStringLiteral("%1 duplicate of sample %2 (suggested keeper): %3")
                     .arg(kind == QLatin1String("exact") ? QStringLiteral("exact") : QStringLiteral("near"),
                          record.keeper, record.reason)});
        }
        groups->push_back(std::move(record));
    }
}

std::vector<QByteArray> exactKeys(const ModalityView& v)
{
    std::vector<QByteArray> keys(v.bySample.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (v.bySample[i])
            keys[i] = v.bySample[i]->exactHash;
    return keys;
}

// Near pairs that are not already exact duplicates of each other.
std::vector<std::pair<quint32, quint32>> withoutExact(std::vector<std::pair<quint32, quint32>> pairs,
                                                      const ModalityView& v)
{
    pairs.erase(std::remove_if(pairs.begin(), pairs.end(),
                               [&v](const auto& p) {
                                   return !v.bySample[p.first]->exactHash.isEmpty() &&
                                          v.bySample[p.first]->exactHash == v.bySample[p.second]->exactHash;
                               }),
                pairs.end());
    return pairs;
}

// Ascending, as std::sort would leave them: least significant digit first, 8 bits a pass, a pass skipped where
// every key has the same digit (the top bytes of (word << 32 | clip) keys, for one); ~1.6x std::sort's speed
// on the 2.5 million keys of 10,000 clips. It needs a second array as large as the keys, so beyond 32 million
// keys (256 MB more) std::sort, in place, is used instead.
void sortKeys(std::vector<quint64>& keys)
{
    constexpr std::size_t kSecondArrayLimit = std::size_t(32) << 20;
    if (keys.size() > kSecondArrayLimit) {
        std::sort(keys.begin(), keys.end());
        return;
    }
    std::vector<quint64> other(keys.size());
    for (int shift = 0; shift < 64; shift += 8) {
        std::array<std::size_t, 257> at{};
        for (const quint64 k : keys)
            ++at[std::size_t((k >> shift) & 0xff) + 1];
        if (std::find(at.begin() + 1, at.end(), keys.size()) != at.end())
            continue;
        for (std::size_t d = 1; d < at.size(); ++d)
            at[d] += at[d - 1];
        for (const quint64 k : keys)
            other[at[std::size_t((k >> shift) & 0xff)]++] = k;
        keys.swap(other);
    }
}

std::vector<quint32> fingerprintWords(const QByteArray& bytes)
{
    std::vector<quint32> words(std::size_t(bytes.size()) / sizeof(quint32));
    std::memcpy(words.data(), bytes.constData(), words.size() * sizeof(quint32));
    return words;
}

}  // namespace

void DuplicateFinder::find(const std::vector<ScanSample>& samples, const SampleAnalyzer::MeasurementLookup& lookup,
                           const QualityThresholds& t, std::vector<DuplicateGroupRecord>* groups,
                           std::vector<QualityIssue>* issues)
{
    auto zero = [](quint32, quint32) { return 0.0; };

    // Images.
    {
        const ModalityView v = viewOf(Modality::Image, samples, lookup);
        const auto rule = keeperRule(v);
        emitGroups(DuplicateGrouper::groupEqualKeys(exactKeys(v), rule), QStringLiteral("exact"), v, samples, lookup,
                   QStringLiteral("same decoded pixels"), zero, groups, issues);
        PerceptualHashIndex index;
        index.reserve(samples.size());
        for (std::size_t i = 0; i < samples.size(); ++i)
            if (v.bySample[i] && v.bySample[i]->perceptualHash)
                index.add(quint32(i), *v.bySample[i]->perceptualHash);
        const int radius = int(t.value(QStringLiteral("image.near_duplicate_distance")));
        // Pairs that connect each group (a star per group), not every pair: 10,000 black frames stay 9,999 pairs.
        const auto pairs = withoutExact(index.connectingPairsWithin(radius), v);
        emitGroups(
            DuplicateGrouper::group(samples.size(), pairs, rule), QStringLiteral("near"), v, samples, lookup,
            QStringLiteral("pHash within %1 bits").arg(radius),
            [&index](quint32 a, quint32 b) { return double(index.distance(a, b)); }, groups, issues);
    }

    // Audio.
    {
        const ModalityView v = viewOf(Modality::Audio, samples, lookup);
        const auto rule = keeperRule(v);
        emitGroups(DuplicateGrouper::groupEqualKeys(exactKeys(v), rule), QStringLiteral("exact"), v, samples, lookup,
                   QStringLiteral("same decoded samples"), zero, groups, issues);
        // Candidates share fingerprint words (as audio-identification services index them); only those are
        // compared. A re-encoded copy keeps a few percent of its 32-bit words bit-exact (at the 0.8 similarity
        // limit, a bit error rate of 10 % leaves 0.9^32 = 3 %), unrelated clips share a handful by chance.
        std::vector<AudioFingerprint> prints(samples.size());
        std::vector<int> distinctWords(samples.size(), 0);
        // (word << 32 | clip) for each distinct word of each clip, sorted: a run of equal words lists the clips
        // holding it in ascending order. One flat sort instead of a hash of vectors (whose allocations and frees
        // were a sixth of the derive step).
        std::vector<quint64> wordClips;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            if (!v.bySample[i] || v.bySample[i]->fingerprint.isEmpty())
                continue;
            prints[i].bits = fingerprintWords(v.bySample[i]->fingerprint);
            std::vector<quint32> words = prints[i].bits;
            std::sort(words.begin(), words.end());
            words.erase(std::unique(words.begin(), words.end()), words.end());
            distinctWords[i] = int(words.size());
            for (quint32 w : words)
                wordClips.push_back((quint64(w) << 32) | quint64(i));
        }
        sortKeys(wordClips);
        // Pairs of clips that share at least `needed` words, counted clip by clip in a dense array: for clip a,
        // every run of a word it holds (2 to 64 clips; a word in many clips, silence, says nothing) adds one to
        // each later clip b of that run. The runs a clip is in are listed by clip first (offsets into wordClips,
        // with each run's end).
        const auto clipAt = [&wordClips](std::size_t j) { return quint32(wordClips[j] & 0xffffffffu); };
        std::vector<std::size_t> firstOf(samples.size() + 1, 0);
        std::vector<std::pair<std::size_t, std::size_t>> runs;  // [begin, end) into wordClips
        for (std::size_t r0 = 0, r1 = 0; r0 < wordClips.size(); r0 = r1) {
            r1 = r0 + 1;
            while (r1 < wordClips.size() && (wordClips[r1] >> 32) == (wordClips[r0] >> 32))
                ++r1;
            if (r1 - r0 < 2 || r1 - r0 > 64)
                continue;
            runs.emplace_back(r0, r1);
            for (std::size_t j = r0; j < r1; ++j)
                ++firstOf[clipAt(j) + 1];
        }
        for (std::size_t i = 1; i < firstOf.size(); ++i)
            firstOf[i] += firstOf[i - 1];
        std::vector<std::pair<std::size_t, std::size_t>> memberships(firstOf.back());  // (position, run end)
        {
            std::vector<std::size_t> fill(firstOf.begin(), firstOf.end() - 1);
            for (const auto& [begin, end] : runs)
                for (std::size_t j = begin; j < end; ++j)
                    memberships[fill[clipAt(j)]++] = {j, end};
        }
        std::vector<std::pair<quint32, quint32>> candidates;
        std::vector<int> shared(samples.size(), 0);
        std::vector<quint32> touched;
        for (quint32 a = 0; a < quint32(samples.size()); ++a) {
            for (std::size_t m = firstOf[a]; m < firstOf[a + 1]; ++m)
                for (std::size_t j = memberships[m].first + 1; j < memberships[m].second; ++j) {
                    const quint32 b = clipAt(j);  // a run lists its clips in ascending order: all after a
                    if (shared[b]++ == 0)
                        touched.push_back(b);
                }
            for (const quint32 b : touched) {
                const int needed = std::max(4, int(0.02 * std::min(distinctWords[a], distinctWords[b])));
                if (shared[b] >= needed)
                    candidates.emplace_back(a, b);
                shared[b] = 0;
            }
            touched.clear();
        }
        // Verify candidates on all cores: each comparison searches +-0.5 s of alignment.
        const double threshold = t.value(QStringLiteral("audio.near_duplicate_similarity"));
        std::vector<char> similar(candidates.size(), 0);
        {
            std::atomic<std::size_t> next{0};
            auto work = [&] {
                for (std::size_t i = next.fetch_add(1); i < candidates.size(); i = next.fetch_add(1))
                    similar[i] = AudioFingerprint::isSimilar(prints[candidates[i].first], prints[candidates[i].second],
                                                             threshold);
            };
            std::vector<std::thread> threads;
            const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
            for (unsigned c = 1; c < cores; ++c)
                threads.emplace_back(work);
            work();
            for (std::thread& th : threads)
                th.join();
        }
        std::vector<std::pair<quint32, quint32>> pairs;
        for (std::size_t i = 0; i < candidates.size(); ++i)
            if (similar[i])
                pairs.push_back(candidates[i]);
        std::sort(pairs.begin(), pairs.end());
        emitGroups(
            DuplicateGrouper::group(samples.size(), withoutExact(pairs, v), rule), QStringLiteral("near"), v, samples,
            lookup, QStringLiteral("fingerprint similarity >= %1").arg(threshold),
            [&prints](quint32 a, quint32 b) { return 1.0 - AudioFingerprint::similarity(prints[a], prints[b]); },
            groups, issues);
    }

    // Text.
    {
        const ModalityView v = viewOf(Modality::Text, samples, lookup);
        const auto rule = keeperRule(v);
        emitGroups(DuplicateGrouper::groupEqualKeys(exactKeys(v), rule), QStringLiteral("exact"), v, samples, lookup,
                   QStringLiteral("same normalised text"), zero, groups, issues);
        std::vector<MinHashSignature> signatures(samples.size());
        MinHashLsh lsh;
        for (std::size_t i = 0; i < samples.size(); ++i) {
            if (!v.bySample[i] || v.bySample[i]->minHash.isEmpty())
                continue;
            signatures[i] = MinHashSignature::fromBytes(v.bySample[i]->minHash);
            lsh.add(quint32(i), signatures[i]);
        }
        const double threshold = t.value(QStringLiteral("text.near_duplicate_jaccard"));
        emitGroups(
            DuplicateGrouper::group(samples.size(), withoutExact(lsh.connectingPairs(threshold), v), rule),
            QStringLiteral("near"), v, samples, lookup, QStringLiteral("MinHash Jaccard >= %1").arg(threshold),
            [&signatures](quint32 a, quint32 b) {
                return 1.0 - MinHashSignature::estimatedJaccard(signatures[a], signatures[b]);
            },
            groups, issues);
    }
}

}  // namespace lockstep
