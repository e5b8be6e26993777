// DuplicateFinder's audio near duplicates: candidates come from shared fingerprint words and are verified with
// AudioFingerprint::isSimilar. On clips with copies (gain, a little noise, trims of whole and half hops) and unrelated
// clips, the groups must be those of the all-pairs reference: every pair with similarity() at or above the
// threshold, joined transitively. Clips that share one common word (the same leading tone: a word in most clips)
// must not all become candidates of each other.
#include "DecodedAudioFixture.h"
#include "quality/AudioFingerprint.h"
#include "quality/DuplicateFinder.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <vector>

using namespace lockstep;

namespace {

// Notes of random pitch and length over a faint noise floor: every clip its own melody.
std::vector<float> melody(double seconds, int rate, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> pitch(150.0, 1500.0);
    std::uniform_real_distribution<double> length(0.08, 0.25);
    std::normal_distribution<double> noise(0.0, 0.003);
    std::vector<float> out(std::size_t(seconds * rate));
    double phase = 0.0;
    double f = pitch(rng);
    std::size_t next = std::size_t(length(rng) * rate);
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (i == next) {
            f = pitch(rng);
            next += std::size_t(length(rng) * rate);
        }
        phase += 2.0 * M_PI * f / rate;
        out[i] = float(0.3 * std::sin(phase) + 0.1 * std::sin(2.7 * phase) + noise(rng));
    }
    return out;
}

std::vector<float> edited(const std::vector<float>& clip, double gain, double noiseLevel, std::size_t trim,
                          unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, noiseLevel);
    std::vector<float> out;
    for (std::size_t i = trim; i < clip.size(); ++i)
        out.push_back(float(gain * clip[i] + (noiseLevel > 0 ? noise(rng) : 0.0)));
    return out;
}

QByteArray packed(const AudioFingerprint& f)
{
    return QByteArray(reinterpret_cast<const char*>(f.bits.data()), qsizetype(f.bits.size() * sizeof(quint32)));
}

struct UnionFind {
    std::vector<std::size_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), std::size_t(0)); }
    std::size_t find(std::size_t i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
    void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

}  // namespace

class TestDuplicateFinder : public QObject {
    Q_OBJECT

private slots:
    void audioNearDuplicatesAreTheAllPairsGroups()
    {
        const int rate = 16000;
        std::vector<std::vector<float>> clips;
        for (unsigned seed = 0; seed < 40; ++seed)
            clips.push_back(melody(1.0 + 0.05 * seed, rate, seed));
        // Copies of the first 12: quieter (the same bits), trimmed by whole and half hops, with a little noise;
        // some end above the threshold, some below it.
        for (std::size_t i = 0; i < 12; ++i) {
            const unsigned seed = 100 + unsigned(i);
            switch (i % 4) {
            case 0: clips.push_back(edited(clips[i], 0.5, 0.0, 0, seed)); break;
            case 1: clips.push_back(edited(clips[i], 1.0, 0.0, 320, seed)); break;
            case 2: clips.push_back(edited(clips[i], 1.0, 0.001, 0, seed)); break;
            default: clips.push_back(edited(clips[i], 0.8, 0.0005, 80, seed)); break;
            }
        }
        clips.push_back(edited(clips[4], 0.25, 0.0, 160, 99));  // a second copy: a group of three
        // 70 clips that begin alike: their common first words are in more than 64 clips and say nothing.
        const std::vector<float> intro = melody(0.4, rate, 999);
        for (unsigned seed = 200; seed < 270; ++seed) {
            std::vector<float> clip = intro;
            const std::vector<float> rest = melody(1.2, rate, seed);
            clip.insert(clip.end(), rest.begin(), rest.end());
            clips.push_back(clip);
        }

        std::vector<AudioFingerprint> prints;
        std::vector<FileMeasurement> measurements(clips.size());
        std::vector<ScanSample> samples(clips.size());
        SampleAnalyzer::MeasurementLookup lookup;
        for (std::size_t i = 0; i < clips.size(); ++i) {
            prints.push_back(AudioFingerprint::compute(fixture::makeAudio(clips[i], rate)));
            QVERIFY(!prints.back().bits.empty());
            FileMeasurement& m = measurements[i];
            m.path = QStringLiteral("audios/%1.wav").arg(i);
            m.modality = Modality::Audio;
            m.ok = true;
            m.fingerprint = packed(prints.back());
            m.exactHash = QByteArray::number(qulonglong(i));  // no exact duplicates
            m.metrics = {{QStringLiteral("audio.duration_s"), double(clips[i].size()) / rate}};
            ScanSample& s = samples[i];
            s.id = QStringLiteral("s%1").arg(i, 3, 10, QLatin1Char('0'));
            s.source = QStringLiteral("metadata.csv");
            s.itemPath[int(Modality::Audio)] = m.path;
            s.hasItem[int(Modality::Audio)] = true;
        }
        for (const FileMeasurement& m : measurements)
            lookup.insert(m.path, &m);

        const QualityThresholds thresholds;
        const double threshold = thresholds.value(QStringLiteral("audio.near_duplicate_similarity"));
        UnionFind reference(clips.size());
        int similarPairs = 0;
        for (std::size_t a = 0; a < clips.size(); ++a)
            for (std::size_t b = a + 1; b < clips.size(); ++b)
                if (AudioFingerprint::similarity(prints[a], prints[b]) >= threshold) {
                    reference.join(a, b);
                    ++similarPairs;
                }
        std::map<std::size_t, std::set<QString>> byRoot;
        for (std::size_t i = 0; i < clips.size(); ++i)
            byRoot[reference.find(i)].insert(samples[i].id);
        std::set<std::set<QString>> expected;
        for (const auto& [root, members] : byRoot)
            if (members.size() > 1)
                expected.insert(members);
        // Most copies are found (those under the threshold are not duplicates by definition), one group of three.
        QVERIFY2(expected.size() >= 8, qPrintable(QString::number(expected.size())));
        QVERIFY(std::any_of(expected.begin(), expected.end(), [](const auto& g) { return g.size() == 3; }));
        QVERIFY(similarPairs < 40);  // the common intro alone does not make clips similar

        std::vector<DuplicateGroupRecord> groups;
        std::vector<QualityIssue> issues;
        DuplicateFinder::find(samples, lookup, thresholds, &groups, &issues);
        std::set<std::set<QString>> found;
        for (const DuplicateGroupRecord& g : groups) {
            QCOMPARE(g.modality, QStringLiteral("audio"));
            QCOMPARE(g.kind, QStringLiteral("near"));
            std::set<QString> members;
            for (const auto& [id, distance] : g.members)
                members.insert(id);
            found.insert(members);
        }
        QCOMPARE(found, expected);
        const auto nearIssues = std::count_if(issues.begin(), issues.end(), [](const QualityIssue& i) {
            return i.type == QLatin1String("audio.near_duplicate");
        });
        QVERIFY(nearIssues > 0);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "test_duplicate_finder.moc"
