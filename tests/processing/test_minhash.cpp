#include "quality/DuplicateGrouper.h"
#include "quality/MinHashLsh.h"
#include "quality/MinHashSignature.h"
#include "quality/TextMetricsCalculator.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtTest>
#include <cmath>
#include <numeric>
#include <random>

using lockstep::DuplicateGrouper;
using lockstep::MinHashLsh;
using lockstep::MinHashSignature;
using lockstep::TextMetricsCalculator;

namespace {

// Random lowercase words from a fixed vocabulary; texts are single-space separated, already normalised.
class TextFactory {
public:
    explicit TextFactory(quint64 seed, int vocabulary = 20000) : m_rng(seed)
    {
        std::uniform_int_distribution<int> len(2, 9);
        std::uniform_int_distribution<int> letter(0, 25);
        QSet<QString> seen;
        while (m_vocab.size() < vocabulary) {
            QString w;
            const int n = len(m_rng);
            for (int i = 0; i < n; ++i)
                w += QChar(u'a' + letter(m_rng));
            if (!seen.contains(w)) {
                seen.insert(w);
                m_vocab << w;
            }
        }
    }

    QStringList words(int n)
    {
        std::uniform_int_distribution<qsizetype> pick(0, m_vocab.size() - 1);
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << m_vocab[pick(m_rng)];
        return out;
    }

    // Replaces `count` distinct positions with fresh random words.
    QStringList substitute(QStringList text, int count)
    {
        std::vector<qsizetype> positions(std::size_t(text.size()));
        std::iota(positions.begin(), positions.end(), 0);
        std::shuffle(positions.begin(), positions.end(), m_rng);
        for (int i = 0; i < count && i < text.size(); ++i)
            text[positions[std::size_t(i)]] = words(1).front();
        return text;
    }

    // Replaces `count` positions at least 3 apart (each substitution changes exactly 3 word 3-grams).
    QStringList substituteSpread(QStringList text, int count)
    {
        const qsizetype step = text.size() / (count + 1);
        for (int i = 1; i <= count; ++i)
            text[step * i] = QStringLiteral("zz%1zz").arg(i);  // never in the vocabulary
        return text;
    }

    std::mt19937_64& rng() { return m_rng; }

private:
    std::mt19937_64 m_rng;
    QStringList m_vocab;
};

QSet<QString> wordTrigrams(const QStringList& words)
{
    QSet<QString> out;
    for (qsizetype i = 0; i + 3 <= words.size(); ++i)
        out.insert(words[i] + u' ' + words[i + 1] + u' ' + words[i + 2]);
    return out;
}

double jaccard(const QSet<QString>& a, const QSet<QString>& b)
{
    const qsizetype inter = QSet<QString>(a).intersect(b).size();
    const qsizetype uni = a.size() + b.size() - inter;
    return uni == 0 ? 0.0 : double(inter) / double(uni);
}

double jaccard(const std::vector<quint64>& a, const std::vector<quint64>& b)
{
    std::vector<quint64> inter;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(inter));
    const std::size_t uni = a.size() + b.size() - inter.size();
    return uni == 0 ? 0.0 : double(inter.size()) / double(uni);
}

MinHashSignature sigOf(const QStringList& words)
{
    return MinHashSignature::compute(words.join(u' '));
}

}  // namespace

class TestMinHash : public QObject {
    Q_OBJECT

private slots:
    void shingling()
    {
        // 5 tokens -> 3 word 3-grams.
        QCOMPARE(MinHashSignature::shingles(QStringLiteral("a b c d e")).size(), std::size_t(3));
        // Punctuation separates tokens: the same shingles as without it.
        QCOMPARE(MinHashSignature::shingles(QStringLiteral("a, b. c! d e")),
                 MinHashSignature::shingles(QStringLiteral("a b c d e")));
        // Repeated 3-grams count once.
        QCOMPARE(MinHashSignature::shingles(QStringLiteral("x y z x y z")).size(), std::size_t(3));
        // Two words: character 5-grams over the 11 code points.
        QCOMPARE(MinHashSignature::shingles(QStringLiteral("hello world")).size(), std::size_t(7));
        // Shorter than 5 code points: one shingle; empty: none.
        QCOMPARE(MinHashSignature::shingles(QStringLiteral("ok")).size(), std::size_t(1));
        QVERIFY(MinHashSignature::shingles(QString()).empty());
        // CJK: every ideograph is a token, so 6 ideographs give 4 token 3-grams.
        QCOMPARE(MinHashSignature::shingles(QString::fromUtf8("今天天气很好")).size(), std::size_t(4));
        QCOMPARE(MinHashSignature::shingles(QString::fromUtf8("今天天气很好")),
                 MinHashSignature::shingles(QString::fromUtf8("今天 天气，很好")));
    }

    void signatureBasics()
    {
        const MinHashSignature empty = MinHashSignature::compute(QString());
        QVERIFY(empty.isEmpty());
        QCOMPARE(MinHashSignature::estimatedJaccard(empty, empty), 0.0);
        QVERIFY(empty.toBytes().isEmpty());

        const QString text = QStringLiteral("the quick brown fox jumps over the lazy dog");
        const MinHashSignature a = MinHashSignature::compute(text);
        QVERIFY(!a.isEmpty());
        QCOMPARE(MinHashSignature::estimatedJaccard(a, a), 1.0);
        QCOMPARE(MinHashSignature::estimatedJaccard(a, empty), 0.0);
        // Deterministic (fixed seeds) and round-trips through bytes.
        QVERIFY(MinHashSignature::compute(text) == a);
        QCOMPARE(a.toBytes().size(), 512);
        QVERIFY(MinHashSignature::fromBytes(a.toBytes()) == a);
        QVERIFY(MinHashSignature::fromBytes(QByteArray(7, 'x')).isEmpty());
        // Disjoint shingle sets: almost no equal values.
        const MinHashSignature b =
            MinHashSignature::compute(QStringLiteral("entirely unrelated words appear in this one"));
        QVERIFY(MinHashSignature::estimatedJaccard(a, b) < 0.05);
    }

    // The estimate against the exact Jaccard of the word 3-gram sets (computed here from strings).
    // The estimator's standard deviation is sqrt(J(1-J)/128), up to 0.044: a +-0.08 band is 1.8 sigma at
    // J = 0.5, so we require 90% of the pairs inside it and every pair inside 4.5 sigma.
    void estimatedJaccardMatchesExact()
    {
        TextFactory f(20240611);
        std::uniform_int_distribution<int> length(80, 300);
        int inside = 0;
        double sumAbsError = 0.0;
        double minJ = 1.0, maxJ = 0.0;
        const int pairs = 50;
        for (int p = 0; p < pairs; ++p) {
            const QStringList a = f.words(length(f.rng()));
            // Substituted fraction 0 .. 0.6, denser near 0 so that J spreads over 0.1 .. 1.
            const double fraction = 0.6 * double(p * p) / double((pairs - 1) * (pairs - 1));
            const auto changes = int(fraction * double(a.size()));
            const QStringList b = f.substitute(a, changes);
            const double exact = jaccard(wordTrigrams(a), wordTrigrams(b));
            // Our shingle hashes give the same exact Jaccard as the string 3-grams.
            QCOMPARE(jaccard(MinHashSignature::shingles(a.join(u' ')), MinHashSignature::shingles(b.join(u' '))),
                     exact);
            const double estimate = MinHashSignature::estimatedJaccard(sigOf(a), sigOf(b));
            const double error = std::abs(estimate - exact);
            const double sigma = std::sqrt(exact * (1.0 - exact) / MinHashSignature::kPermutations);
            QVERIFY2(error <= 4.5 * sigma + 1.0 / 128,
                     qPrintable(QStringLiteral("pair %1: exact %2 estimate %3").arg(p).arg(exact).arg(estimate)));
            inside += error <= 0.08 ? 1 : 0;
            sumAbsError += error;
            minJ = std::min(minJ, exact);
            maxJ = std::max(maxJ, exact);
        }
        qInfo("Jaccard %.2f..%.2f: %d/%d pairs within +-0.08, mean |error| %.4f", minJ, maxJ, inside, pairs,
              sumAbsError / pairs);
        QVERIFY(minJ < 0.3 && maxJ > 0.9);  // the pairs span the range
        QVERIFY(inside >= pairs * 9 / 10);
        QVERIFY(sumAbsError / pairs < 0.04);
    }

    void sCurve()
    {
        QVERIFY(MinHashLsh::collisionProbability(0.85) > 0.99);
        QVERIFY(MinHashLsh::collisionProbability(0.9) > 0.999);
        QVERIFY(MinHashLsh::collisionProbability(0.5) < 0.07);
        QVERIFY(MinHashLsh::collisionProbability(0.3) < 0.002);
        QCOMPARE(MinHashLsh::collisionProbability(1.0), 1.0);
        QCOMPARE(MinHashLsh::collisionProbability(0.0), 0.0);
    }

    // Planted near pairs (J >= 0.9), planted far pairs (J <= 0.5) and unrelated texts.
    void lshRecall()
    {
        TextFactory f(77);
        MinHashLsh lsh;
        std::vector<std::pair<quint32, quint32>> nearPairs, farPairs;
        quint32 id = 0;
        QElapsedTimer timer;
        timer.start();
        qint64 signatureMs = 0;
        for (int p = 0; p < 1000; ++p) {
            const QStringList a = f.words(200);
            const QStringList b = f.substituteSpread(a, p % 4);  // J = 1, 0.970, 0.941, 0.913
            QVERIFY(jaccard(wordTrigrams(a), wordTrigrams(b)) >= 0.9);
            QElapsedTimer t;
            t.start();
            lsh.add(id, sigOf(a));
            lsh.add(id + 1, sigOf(b));
            signatureMs += t.elapsed();
            nearPairs.emplace_back(id, id + 1);
            id += 2;
        }
        // 27..45 of 200 words substituted: J between about 0.3 and 0.5 (redrawn when above 0.5).
        std::uniform_int_distribution<int> changes(27, 45);
        double farMin = 1.0, farMax = 0.0;
        for (int p = 0; p < 1000; ++p) {
            const QStringList a = f.words(200);
            QStringList b;
            double j = 1.0;
            while (j > 0.5) {
                b = f.substitute(a, changes(f.rng()));
                j = jaccard(wordTrigrams(a), wordTrigrams(b));
            }
            farMin = std::min(farMin, j);
            farMax = std::max(farMax, j);
            lsh.add(id, sigOf(a));
            lsh.add(id + 1, sigOf(b));
            farPairs.emplace_back(id, id + 1);
            id += 2;
        }
        for (int p = 0; p < 3000; ++p)
            lsh.add(id++, sigOf(f.words(100)));
        lsh.add(id++, MinHashSignature());  // ignored
        QCOMPARE(lsh.size(), std::size_t(id - 1));
        qInfo("signatures: %.1f us per 200-word text; far pairs J %.2f..%.2f", 1000.0 * double(signatureMs) / 2000.0,
              farMin, farMax);

        timer.restart();
        const auto found = lsh.candidatePairs(0.85);
        qInfo("candidatePairs over %zu texts: %lld ms, %zu pairs", lsh.size(), timer.elapsed(), found.size());
        const auto raw = lsh.candidatePairs(0.0);

        auto contains = [](const std::vector<std::pair<quint32, quint32>>& v, std::pair<quint32, quint32> p) {
            return std::binary_search(v.begin(), v.end(), p);
        };
        int nearFound = 0, nearRaw = 0, farFound = 0, farRaw = 0;
        for (const auto& p : nearPairs) {
            nearFound += contains(found, p) ? 1 : 0;
            nearRaw += contains(raw, p) ? 1 : 0;
        }
        for (const auto& p : farPairs) {
            farFound += contains(found, p) ? 1 : 0;
            farRaw += contains(raw, p) ? 1 : 0;
        }
        qInfo("near pairs (J >= 0.9): %d/1000 verified, %d/1000 banded; far pairs (J <= 0.5): %d verified, %d banded",
              nearFound, nearRaw, farFound, farRaw);
        QVERIFY(nearFound >= 990);
        QVERIFY(nearRaw >= 999);
        QVERIFY(farFound <= 10);
        QVERIFY(farRaw <= 100);  // banding alone lets through 6% at J = 0.5, 0.3% at J = 0.35
        // Nothing else: unrelated texts share no band.
        QCOMPARE(qsizetype(found.size()), qsizetype(nearFound + farFound));
        QVERIFY(std::is_sorted(found.begin(), found.end()));
        for (const auto& [a, b] : found)
            QVERIFY(a < b);
    }

    void identicalSignaturesCollapse()
    {
        TextFactory f(5);
        MinHashLsh lsh;
        const QString text = f.words(50).join(u' ');
        const QStringList other = f.words(200);
        const int copies = 1500;
        for (int i = 0; i < copies; ++i)
            lsh.add(quint32(2 * i), MinHashSignature::compute(text));
        lsh.add(1, sigOf(other));
        lsh.add(3, sigOf(f.substituteSpread(other, 1)));
        lsh.add(5, sigOf(f.words(50)));

        const auto all = lsh.candidatePairs(0.85);
        QCOMPARE(all.size(), std::size_t(copies * (copies - 1) / 2 + 1));
        const auto links = lsh.connectingPairs(0.85);
        QCOMPARE(links.size(), std::size_t(copies - 1 + 1));
        QVERIFY(std::includes(all.begin(), all.end(), links.begin(), links.end()));

        const auto groupsAll = DuplicateGrouper::group(2 * copies, all);
        const auto groupsLinks = DuplicateGrouper::group(2 * copies, links);
        QCOMPARE(groupsAll.size(), std::size_t(2));
        QCOMPARE(groupsLinks.size(), groupsAll.size());
        for (std::size_t g = 0; g < groupsAll.size(); ++g)
            QCOMPARE(groupsLinks[g].members, groupsAll[g].members);
        QCOMPARE(groupsAll[0].members.size(), std::size_t(copies));
        QCOMPARE(groupsAll[1].members, (std::vector<quint32>{1, 3}));
    }

    void normalisedVariantsCollide()
    {
        MinHashLsh lsh;
        auto add = [&lsh](quint32 id, const char* s) {
            lsh.add(id, MinHashSignature::compute(TextMetricsCalculator::normalise(QString::fromUtf8(s))));
        };
        add(0, "The cat sat on the mat, and the dog slept by the warm fire all night long.");
        add(1, "the CAT sat on the mat and the dog slept by the warm fire all night long");
        add(2, "A completely different sentence that shares nothing with the others at all.");
        add(3, "今天天气很好，我们去公园散步吧，然后一起吃晚饭。");
        add(4, "今天天气很好 我们去公园散步吧 然后一起吃晚饭");
        QCOMPARE(lsh.candidatePairs(0.85), (std::vector<std::pair<quint32, quint32>>{{0, 1}, {3, 4}}));
    }
};

QTEST_GUILESS_MAIN(TestMinHash)
#include "test_minhash.moc"
