#include "demo/DemoDataset.h"
#include "demo/DemoGenerator.h"

#include "demo/DemoAudio.h"
#include "demo/DemoCommon.h"
#include "demo/DemoImages.h"
#include "demo/DemoRandom.h"
#include "demo/DemoRecordings.h"
#include "demo/DemoText.h"
#include "progress/Progress.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <map>
#include <vector>

namespace lockstep {

namespace {

using demo::Label;
using demo::Rng;

// Which parts of a sample a planted problem takes over; a sample carries at most one problem per part.
enum Slot : unsigned { kImageSlot = 1, kAudioSlot = 2, kTextSlot = 4, kSampleSlot = 8 };

struct Plant {
    QString problem;
    QString modality;  // image | audio | text | sample
    QString variant;   // how it is made, when one problem has several recipes
    int source = -1;   // duplicates: the sample whose content is copied
};

struct SampleSpec {
    QString id;
    Label label = Label::Bird;
    int variant = 0;
    int width = 256;
    int height = 256;
    bool png = false;
    int jpegQuality = 88;
    bool chinese = false;
    std::int64_t audioFrames = 0;
    QString split;
    QString caption;    // unique across the demo (an unplanted duplicate caption would be noise)
    unsigned used = 0;  // slots taken by planted problems (or reserved as a duplicate's source)
    QList<Plant> plants;

    QString imagePath() const
    {
        return QStringLiteral("images/") + id + (png ? QStringLiteral(".png") : QStringLiteral(".jpg"));
    }
    QString textPath() const { return QStringLiteral("texts/") + id + QStringLiteral(".txt"); }
    QString audioPath() const { return QStringLiteral("audios/") + id + QStringLiteral(".wav"); }
    const Plant* plant(const QString& modality) const
    {
        for (const Plant& p : plants)
            if (p.modality == modality)
                return &p;
        return nullptr;
    }
};

// What to plant, in the order it is assigned (constrained kinds first), and on how many samples of a
// 240-sample demo. Smaller demos scale the counts down, but never below one.
struct PlantKind {
    const char* problem;
    const char* modality;
    const char* variant;
    int count;
    unsigned takes;                      // slots taken on the sample that shows the problem
    unsigned sourceSlots;                // duplicates: slots reserved on the source (0 = no source)
    std::function<bool(Label)> accepts;  // label filter; empty = any
};

const QList<PlantKind>& plantKinds()
{
    const auto any = std::function<bool(Label)>();
    const auto broadband = [](Label l) { return l == Label::Rain || l == Label::Speech || l == Label::Music; };
    const auto speech = [](Label l) { return l == Label::Speech; };
    // A +0.3 DC offset towers over every other bin of the mean spectrum (NeMo's bandwidth is relative to the
    // loudest bin), so only clips with loud, steady content above 2 kHz (chirps, rain) keep a bandwidth above
    // 2 kHz with it; on an engine, a voice or a tune the offset would read as low bandwidth too.
    const auto treble = [](Label l) { return l == Label::Bird || l == Label::Rain; };
    static const QList<PlantKind> kinds{
        {"speech_rate_mismatch", "sample", "", 1, kAudioSlot | kTextSlot | kSampleSlot, 0, speech},
        {"low_bandwidth", "audio", "", 2, kAudioSlot, 0, broadband},
        {"unknown_label", "sample", "", 2, kImageSlot | kAudioSlot | kTextSlot | kSampleSlot, 0, any},
        {"missing_file", "image", "", 1, kImageSlot, 0, any},
        {"missing_file", "audio", "", 1, kAudioSlot, 0, any},
        {"missing_modality", "audio", "", 1, kAudioSlot, 0, any},
        {"exact_duplicate", "image", "bytes", 1, kImageSlot, kImageSlot, any},
        {"exact_duplicate", "image", "pixels", 1, kImageSlot, kImageSlot, any},
        {"near_duplicate", "image", "", 2, kImageSlot, kImageSlot, any},
        {"exact_duplicate", "audio", "", 2, kAudioSlot, kAudioSlot, any},
        {"duplicate_text", "text", "", 2, kTextSlot, kTextSlot, any},
        {"blurry", "image", "", 3, kImageSlot, 0, any},
        {"dark", "image", "", 3, kImageSlot, 0, any},
        {"light", "image", "", 2, kImageSlot, 0, any},
        {"low_information", "image", "", 2, kImageSlot, 0, any},
        {"odd_aspect_ratio", "image", "", 2, kImageSlot, 0, any},
        {"grayscale", "image", "", 3, kImageSlot, 0, any},
        {"clipping", "audio", "", 3, kAudioSlot, 0, any},
        {"digital_silence", "audio", "", 2, kAudioSlot, 0, any},
        {"mostly_silent", "audio", "", 2, kAudioSlot, 0, any},
        {"low_level", "audio", "", 2, kAudioSlot, 0, any},
        {"dc_offset", "audio", "", 2, kAudioSlot, 0, treble},
        {"empty_text", "text", "", 2, kTextSlot, 0, any},
        {"whitespace_only", "text", "", 1, kTextSlot, 0, any},
        {"control_characters", "text", "", 2, kTextSlot, 0, any},
        {"invalid_utf8", "text", "", 2, kTextSlot, 0, any},
    };
    return kinds;
}

QString describe(const SampleSpec& s, const Plant& p, const QList<SampleSpec>& specs)
{
    const auto src = [&]() { return specs.at(p.source); };
    if (p.problem == QLatin1String("speech_rate_mismatch"))
        return QStringLiteral("a caption of about 90 words on a 1.0 s clip");
    if (p.problem == QLatin1String("low_bandwidth"))
        return QStringLiteral("low-passed at 1 kHz (255-tap FIR): nothing above ~1.2 kHz");
    if (p.problem == QLatin1String("unknown_label"))
        return QStringLiteral("label \"cat\" is not one of bird, car, dog, rain, speech, music");
    if (p.problem == QLatin1String("missing_file"))
        return (p.modality == QLatin1String("image") ? s.imagePath() : s.audioPath()) +
               QStringLiteral(" is listed in metadata.csv but not written");
    if (p.problem == QLatin1String("missing_modality"))
        return QStringLiteral("Audio_Path is empty");
    if (p.problem == QLatin1String("exact_duplicate") && p.modality == QLatin1String("image"))
        return p.variant == QLatin1String("bytes")
                   ? QString(QStringLiteral("byte-identical copy of ") + src().imagePath())
                   : QString(QStringLiteral("PNG of the decoded pixels of ") + src().imagePath() +
                             QStringLiteral(" (same pixels, different bytes)"));
    if (p.problem == QLatin1String("near_duplicate"))
        return QStringLiteral("the scene of ") + src().imagePath() +
               QStringLiteral(" resized to 15/16 and saved at JPEG quality 40");
    if (p.problem == QLatin1String("exact_duplicate"))
        return QStringLiteral("byte-identical copy of ") + src().audioPath();
    if (p.problem == QLatin1String("duplicate_text"))
        return QStringLiteral("same caption as ") + src().textPath();
    if (p.problem == QLatin1String("blurry"))
        return QStringLiteral("Gaussian blur, sigma = longest side / 40");
    if (p.problem == QLatin1String("dark"))
        return QStringLiteral("pixels scaled by 0.07: mean brightness below 0.1");
    if (p.problem == QLatin1String("light"))
        return QStringLiteral("overexposed: every pixel value at least 243");
    if (p.problem == QLatin1String("low_information"))
        return QStringLiteral("two flat colours split by a straight edge (PNG)");
    if (p.problem == QLatin1String("odd_aspect_ratio"))
        return QStringLiteral("512x64 strip");
    if (p.problem == QLatin1String("grayscale"))
        return QStringLiteral("single-channel JPEG");
    if (p.problem == QLatin1String("clipping"))
        return QStringLiteral("440 Hz sine driven into full scale: long runs at +/-32767");
    if (p.problem == QLatin1String("digital_silence"))
        return QStringLiteral("every sample is 0");
    if (p.problem == QLatin1String("mostly_silent"))
        return QStringLiteral("3 s of -78 dBFS noise with one 120 ms burst");
    if (p.problem == QLatin1String("low_level"))
        return QStringLiteral("peak at -45 dBFS");
    if (p.problem == QLatin1String("dc_offset"))
        return QStringLiteral("mean at +0.3 of full scale (about +9830)");
    if (p.problem == QLatin1String("empty_text"))
        return QStringLiteral("0-byte file");
    if (p.problem == QLatin1String("whitespace_only"))
        return QStringLiteral("spaces, a tab and newlines only");
    if (p.problem == QLatin1String("control_characters"))
        return QStringLiteral("contains BEL, ESC and other C0 control characters");
    if (p.problem == QLatin1String("invalid_utf8"))
        return QStringLiteral("contains the bytes C3 28 and FF FE, which are not UTF-8");
    return {};
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// ---- the plan ------------------------------------------------------------------------------------------

QList<SampleSpec> planSamples(const DemoDataset::Options& options)
{
    const int n = options.samples;
    QList<SampleSpec> specs(n);
    // Balanced labels in a shuffled order.
    std::vector<int> labels(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        labels[static_cast<std::size_t>(i)] = i % demo::kUsualLabelCount;
    Rng planRng(options.seed, demo::kPlan, 0);
    planRng.shuffle(labels);
    for (int i = 0; i < n; ++i) {
        SampleSpec& s = specs[i];
        Rng rng(options.seed, demo::kSampleSpec, static_cast<std::uint64_t>(i));
        s.id = QStringLiteral("s%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        s.label = static_cast<Label>(labels[static_cast<std::size_t>(i)]);
        s.variant = rng.range(0, demo::kVariantCount - 1);
        s.width = 224 + 16 * rng.range(0, 4);
        s.height = std::clamp(s.width + 16 * rng.range(-1, 1), 224, 288);
        s.png = rng.chance(0.08);
        s.jpegQuality = rng.range(84, 92);
        s.chinese = rng.chance(0.15);
        const double seconds = 1.0 + 3.0 * std::pow(rng.uniform(), 3.5);  // 1..4 s, mostly short
        s.audioFrames = static_cast<std::int64_t>(std::llround(seconds * 100)) * options.sampleRate / 100;
    }
    // Splits: exactly round(80%) train, round(10%) val, the rest test, in a shuffled order.
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        order[static_cast<std::size_t>(i)] = i;
    Rng splitRng(options.seed, demo::kPlan, 1);
    splitRng.shuffle(order);
    const int train = static_cast<int>(std::lround(n * 0.8)), val = static_cast<int>(std::lround(n * 0.1));
    for (int k = 0; k < n; ++k)
        specs[order[static_cast<std::size_t>(k)]].split =
            k < train ? QStringLiteral("train") : (k < train + val ? QStringLiteral("val") : QStringLiteral("test"));

    // Planted problems: walk a shuffled order of samples, taking the next one that has the slots free.
    Rng pickRng(options.seed, demo::kPlan, 2);
    pickRng.shuffle(order);
    std::size_t cursor = 0;
    const auto take = [&](unsigned wanted, const std::function<bool(Label)>& accepts, int exclude) -> int {
        for (std::size_t k = 0; k < order.size(); ++k) {
            const std::size_t pos = (cursor + k) % order.size();
            const int i = order[pos];
            if (i == exclude || (specs[i].used & wanted) != 0 || (accepts && !accepts(specs[i].label)))
                continue;
            cursor = pos + 1;
            specs[i].used |= wanted;
            return i;
        }
        return -1;
    };
    for (const PlantKind& kind : plantKinds()) {
        const int count = std::max(1, static_cast<int>(std::lround(kind.count * n / 240.0)));
        for (int c = 0; c < count; ++c) {
            const int target = take(kind.takes, kind.accepts, -1);
            if (target < 0)
                break;
            Plant plant{QString::fromLatin1(kind.problem), QString::fromLatin1(kind.modality),
                        QString::fromLatin1(kind.variant), -1};
            if (kind.sourceSlots != 0) {
                plant.source = take(kind.sourceSlots, {}, target);
                if (plant.source < 0) {
                    specs[target].used &= ~kind.takes;
                    break;
                }
            }
            SampleSpec& s = specs[target];
            if (plant.problem == QLatin1String("unknown_label"))
                s.label = Label::Cat;
            if (plant.problem == QLatin1String("speech_rate_mismatch"))
                s.audioFrames = options.sampleRate;  // exactly 1 s
            if (plant.problem == QLatin1String("mostly_silent"))
                s.audioFrames = 3 * options.sampleRate;  // one short burst in 3 s
            if (plant.problem == QLatin1String("dark") || plant.problem == QLatin1String("low_information"))
                s.png = true;  // lossless: exactly what was drawn (JPEG would add colours to a two-tone picture)
            if (plant.modality == QLatin1String("image") && plant.source >= 0) {
                SampleSpec& src = specs[plant.source];
                src.png = false;  // every image duplicate starts from a JPEG
                s.png = plant.variant == QLatin1String("pixels");
            }
            if (plant.problem == QLatin1String("grayscale") || plant.problem == QLatin1String("near_duplicate"))
                s.png = false;
            s.plants.append(plant);
        }
    }
    // Captions: unique after normalisation (what the quality engine calls an exact duplicate) and never a
    // near duplicate (token 3-gram Jaccard; the engine flags a MinHash estimate >= 0.85 whose error is about
    // 0.04, so the bar here is well below). A caption that collides is drawn again from a further stream; only
    // the planted duplicate_text targets repeat one (their source's).
    constexpr double kMaxCaptionJaccard = 0.6;
    constexpr int kCaptionAttempts = 400;
    const bool checkNear = n <= 5000;  // the near-duplicate check is all-pairs
    QSet<QString> seen;
    std::vector<std::vector<std::uint64_t>> accepted;
    for (int i = 0; i < n; ++i) {
        SampleSpec& s = specs[i];
        const Plant* textPlant = s.plant(QStringLiteral("text"));
        if (textPlant && textPlant->source >= 0)
            continue;  // written as its source's caption
        QString best;
        std::vector<std::uint64_t> bestShingles;
        double bestWorst = 2.0;
        for (std::uint64_t attempt = 0; attempt < kCaptionAttempts; ++attempt) {
            Rng rng(options.seed, demo::kText, static_cast<std::uint64_t>(i) + attempt * 0x100000000ull);
            const QString candidate = demo::caption(s.label, s.variant, s.chinese, rng);
            if (seen.contains(demo::normalisedCaption(candidate)))
                continue;
            std::vector<std::uint64_t> shingles = demo::captionShingles(candidate);
            double worst = 0.0;
            if (checkNear)
                for (const auto& other : accepted)
                    worst = std::max(worst, demo::shingleJaccard(shingles, other));
            if (worst < bestWorst) {
                best = candidate;
                bestShingles = std::move(shingles);
                bestWorst = worst;
            }
            if (worst <= kMaxCaptionJaccard)
                break;
        }
        if (best.isEmpty()) {  // every draw repeated an earlier caption: the sample id makes it unique
            Rng rng(options.seed, demo::kText, static_cast<std::uint64_t>(i));
            best = demo::caption(s.label, s.variant, s.chinese, rng) + QStringLiteral(" (") + s.id + QLatin1Char(')');
        }
        s.caption = best;
        seen.insert(demo::normalisedCaption(best));
        if (checkNear)
            accepted.push_back(bestShingles.empty() ? demo::captionShingles(best) : std::move(bestShingles));
    }
    for (SampleSpec& s : specs) {
        const Plant* textPlant = s.plant(QStringLiteral("text"));
        if (textPlant && textPlant->source >= 0)
            s.caption = specs.at(textPlant->source).caption;
    }
    return specs;
}

// ---- the content of one sample ---------------------------------------------------------------------------

QByteArray encodeNormalImage(const SampleSpec& s, const cv::Mat& scene)
{
    return s.png ? demo::encodePng(scene) : demo::encodeJpeg(scene, s.jpegQuality);
}

// Draws every sample's picture so that it is far, in pHash bits, from every picture drawn before it: a
// picture closer than kMinBits to an earlier one is drawn again from a further random stream (the closest
// pairs of a few hundred random scenes would otherwise read as near duplicates). Only the planted image
// duplicates are close to another picture. Pictures are decided in sample order, except that a duplicate's
// source is decided when its duplicate needs it, if that comes first; a source's picture is kept until both
// have been written.
class PictureBook {
public:
    PictureBook(const QList<SampleSpec>& specs, const DemoDataset::Options& options)
        : m_specs(specs), m_options(options)
    {
        for (const SampleSpec& s : specs)
            for (const Plant& p : s.plants)
                if (p.modality == QLatin1String("image") && p.source >= 0)
                    m_uses[p.source] += 1;
    }

    // The picture of sample `index` before encoding: the scene with its planted image problem, if any (not for
    // duplicates, which copy their source's picture()).
    cv::Mat picture(int index)
    {
        if (const auto it = m_kept.find(index); it != m_kept.end()) {
            cv::Mat kept = it->second;
            release(index);
            return kept;
        }
        const cv::Mat chosen = decide(index);
        if (m_uses.count(index) != 0)
            m_kept.emplace(index, chosen);
        return chosen;
    }

private:
    // A kept picture has been used once more.
    void release(int source)
    {
        const auto use = m_uses.find(source);
        if (use != m_uses.end() && --use->second <= 0) {
            m_uses.erase(use);
            m_kept.erase(source);
        }
    }

    // Different scenes of one label are usually 20-40 bits apart; JPEG moves a hash by a bit or two.
    static constexpr int kMinBits = 15;

    cv::Mat decide(int index)
    {
        const int attempts = m_specs.size() <= 5000 ? 16 : 1;  // the check is against every earlier picture
        cv::Mat best;
        quint64 bestHash = 0;
        int bestDistance = -1;
        for (int attempt = 0; attempt < attempts; ++attempt) {
            Rng rng(m_options.seed, demo::kImage,
                    static_cast<std::uint64_t>(index) + static_cast<std::uint64_t>(attempt) * 0x100000000ull);
            cv::Mat candidate = draw(m_specs.at(index), rng);
            const quint64 hash = demo::perceptualHash(candidate);
            int nearest = 64;
            for (const quint64 other : m_hashes)
                nearest = std::min(nearest, std::popcount(hash ^ other));
            if (nearest > bestDistance) {
                best = candidate;
                bestHash = hash;
                bestDistance = nearest;
            }
            if (nearest >= kMinBits)
                break;
        }
        m_hashes.push_back(bestHash);
        return best;
    }

    static cv::Mat draw(const SampleSpec& s, Rng& rng)
    {
        const Plant* p = s.label == Label::Cat ? nullptr : s.plant(QStringLiteral("image"));
        if (p && p->problem == QLatin1String("odd_aspect_ratio")) {
            const cv::Mat big = demo::renderScene(s.label, s.variant, 512, 512, rng);
            return big(cv::Rect(0, 512 * 62 / 100 - 32, 512, 64)).clone();
        }
        const cv::Mat scene = demo::renderScene(s.label, s.variant, s.width, s.height, rng);
        if (!p)
            return scene;
        if (p->problem == QLatin1String("blurry"))
            return demo::makeBlurry(scene);
        if (p->problem == QLatin1String("dark"))
            return demo::makeDark(scene);
        if (p->problem == QLatin1String("light"))
            return demo::makeLight(scene);
        if (p->problem == QLatin1String("low_information"))
            return demo::makeLowInformation(scene, rng);
        if (p->problem == QLatin1String("grayscale"))
            return demo::makeGray(scene);
        return scene;
    }

    const QList<SampleSpec>& m_specs;
    const DemoDataset::Options& m_options;
    std::vector<quint64> m_hashes;
    std::map<int, int> m_uses;      // duplicate sources: picture() calls still to come after the first
    std::map<int, cv::Mat> m_kept;  // their pictures, until then
};

demo::Signal normalClip(const SampleSpec& s, const DemoDataset::Options& o, int index)
{
    Rng rng(o.seed, demo::kAudio, static_cast<std::uint64_t>(index));
    return demo::synthClip(s.label, s.audioFrames, o.sampleRate, rng);
}

QByteArray normalCaption(const SampleSpec& s)
{
    return (s.caption + QLatin1Char('\n')).toUtf8();
}

// Returns the image bytes to write (empty = write nothing).
QByteArray imageBytes(const SampleSpec& s, const QList<SampleSpec>& specs, PictureBook& book, int index)
{
    const Plant* p = s.label == Label::Cat ? nullptr : s.plant(QStringLiteral("image"));
    if (p && p->problem == QLatin1String("missing_file"))
        return {};
    if (p && p->source >= 0) {
        const SampleSpec& src = specs.at(p->source);
        const cv::Mat scene = book.picture(p->source);
        const QByteArray srcBytes = encodeNormalImage(src, scene);
        if (p->problem == QLatin1String("near_duplicate"))
            return demo::encodeJpeg(demo::makeNearCopy(scene), 40);
        if (p->variant == QLatin1String("pixels"))
            return demo::encodePng(demo::decodeImage(srcBytes));
        return srcBytes;
    }
    const cv::Mat picture = book.picture(index);
    if (p && p->problem == QLatin1String("grayscale"))
        return demo::encodeJpeg(picture, s.jpegQuality);
    return encodeNormalImage(s, picture);
}

// Returns false when the sample has no audio file to write.
bool audioSignal(const SampleSpec& s, const QList<SampleSpec>& specs, const DemoDataset::Options& o, int index,
                 demo::Signal* out)
{
    const Plant* p = s.plant(QStringLiteral("audio"));
    if (p && (p->problem == QLatin1String("missing_file") || p->problem == QLatin1String("missing_modality")))
        return false;
    if (p && p->source >= 0) {
        *out = normalClip(specs.at(p->source), o, p->source);
        return true;
    }
    const demo::Signal clip = normalClip(s, o, index);
    if (!p) {
        *out = clip;
        return true;
    }
    Rng rng(o.seed, demo::kAudio, 1000000u + static_cast<std::uint64_t>(index));
    if (p->problem == QLatin1String("clipping"))
        *out = demo::makeClipped(clip, o.sampleRate);
    else if (p->problem == QLatin1String("digital_silence"))
        *out = demo::Signal(clip.size(), 0.0f);
    else if (p->problem == QLatin1String("mostly_silent"))
        *out = demo::makeMostlySilent(clip, o.sampleRate, rng);
    else if (p->problem == QLatin1String("low_level"))
        *out = demo::makeLowLevel(clip);
    else if (p->problem == QLatin1String("dc_offset"))
        *out = demo::makeDcOffset(clip);
    else if (p->problem == QLatin1String("low_bandwidth"))
        *out = demo::makeLowBandwidth(clip, o.sampleRate);
    else
        *out = clip;
    return true;
}

QByteArray textBytes(const SampleSpec& s, const QList<SampleSpec>& specs, const DemoDataset::Options& o, int index)
{
    const Plant* p = s.plant(QStringLiteral("text"));
    const Plant* sp = s.plant(QStringLiteral("sample"));
    if (sp && sp->problem == QLatin1String("speech_rate_mismatch")) {
        Rng rng(o.seed, demo::kText, static_cast<std::uint64_t>(index));
        return (demo::longCaption(rng) + QLatin1Char('\n')).toUtf8();
    }
    if (!p)
        return normalCaption(s);
    if (p->source >= 0)
        return normalCaption(specs.at(p->source));
    if (p->problem == QLatin1String("empty_text"))
        return QByteArray();
    if (p->problem == QLatin1String("whitespace_only"))
        return QByteArrayLiteral("   \t  \n\n");
    // Split at a character boundary, so that only the planted bytes are odd.
    const qsizetype mid =
        s.caption.indexOf(QLatin1Char(' ')) > 0 ? s.caption.indexOf(QLatin1Char(' ')) : s.caption.size() / 2;
    const QByteArray before = s.caption.left(mid).toUtf8(), after = s.caption.mid(mid).toUtf8();
    if (p->problem == QLatin1String("control_characters"))
        return before + QByteArrayLiteral("\x07\x1b[0m\x01") + after + '\n';
    if (p->problem == QLatin1String("invalid_utf8"))
        return before + QByteArrayLiteral(" \xc3\x28 ") + after + QByteArrayLiteral("\xff\xfe\n");
    return normalCaption(s);
}

// ---- the output folder -----------------------------------------------------------------------------------

const QStringList& ownedEntries()
{
    static const QStringList entries{QStringLiteral("metadata.csv"), QStringLiteral("PLANTED.json"),
                                     QStringLiteral("images"),       QStringLiteral("texts"),
                                     QStringLiteral("audios"),       QStringLiteral("recordings")};
    return entries;
}

void removeOwnedEntries(const QString& root)
{
    for (const QString& entry : ownedEntries()) {
        const QString path = root + QLatin1Char('/') + entry;
        const QFileInfo info(path);
        if (info.isDir() && !info.isSymLink())
            QDir(path).removeRecursively();
        else if (info.exists() || info.isSymLink())
            QFile::remove(path);
    }
}

// Prepares outDir: creates it, or clears a previous demo; refuses a folder that holds anything else.
bool prepareFolder(const QString& root, bool* created, QString* error)
{
    QDir dir(root);
    *created = false;
    if (!dir.exists()) {
        if (!QDir().mkpath(root)) {
            *error =
                QStringLiteral("Cannot create the folder %1: check that its parent exists and is writable.").arg(root);
            return false;
        }
        *created = true;
    } else if (!dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        if (!dir.exists(QStringLiteral("metadata.csv")) || !dir.exists(QStringLiteral("PLANTED.json"))) {
            *error = QStringLiteral(
                         "Refusing to write the demo dataset into %1: the folder is not empty and does not "
                         "hold a previous demo (no metadata.csv and PLANTED.json). Choose an empty or new "
                         "folder.")
                         .arg(root);
            return false;
        }
        removeOwnedEntries(root);
    }
    for (const char* sub : {"images", "texts", "audios", "recordings"}) {
        if (!dir.mkpath(QString::fromLatin1(sub))) {
            *error = QStringLiteral("Cannot create the folder %1/%2").arg(root, QString::fromLatin1(sub));
            return false;
        }
    }
    return true;
}

QString recordingName(int index)
{
    static const QStringList names{QStringLiteral("rec_kitchen"), QStringLiteral("rec_street"),
                                   QStringLiteral("rec_lab"), QStringLiteral("rec_drive")};
    if (index < names.size())
        return names.at(index);
    return names.at(index % 4) + QStringLiteral("_%1").arg(index / 4 + 1);
}

}  // namespace

DemoDataset::Result demo::generateDataset(const QString& outDir, const DemoDataset::Options& options,
                                          Progress& progress)
{
    using Result = DemoDataset::Result;
    Result result;
    if (outDir.trimmed().isEmpty()) {
        result.error = QStringLiteral("No output folder given for the demo dataset.");
        return result;
    }
    if (options.samples < 1 || options.samples > 100000 || options.recordings < 0 || options.recordings > 100 ||
        options.sampleRate < 8000 || options.sampleRate > 192000) {
        result.error = QStringLiteral(
            "Invalid demo options: samples must be 1..100000, recordings 0..100 and the "
            "sample rate 8000..192000 Hz.");
        return result;
    }
    const QString root = QDir::cleanPath(QFileInfo(outDir).absoluteFilePath());
    bool created = false;
    if (!prepareFolder(root, &created, &result.error))
        return result;

    const auto fail = [&](const QString& error) {
        removeOwnedEntries(root);
        if (created)
            QDir().rmdir(root);
        result.error = error;
        result.samples = 0;
        result.recordings = 0;
        result.planted.clear();
        return result;
    };
    const auto cancelled = [&]() {
        return fail(QStringLiteral("Demo generation was cancelled; the partial output in %1 was removed.").arg(root));
    };

    const QList<SampleSpec> specs = planSamples(options);
    PictureBook book(specs, options);
    const qint64 total = qint64(options.samples) + options.recordings;
    QString error;
    QString csv = QStringLiteral("ID,Image_Path,Text_Path,Audio_Path,Label,Split\r\n");
    QJsonArray planted;
    for (int i = 0; i < specs.size(); ++i) {
        if (progress.isCancelled())
            return cancelled();
        const SampleSpec& s = specs.at(i);
        progress.report(QStringLiteral("Writing demo sample %1").arg(s.id), i, total);

        const QByteArray image = imageBytes(s, specs, book, i);
        if (!image.isEmpty() && !demo::writeBytes(root + QLatin1Char('/') + s.imagePath(), image, &error))
            return fail(error);
        if (!demo::writeBytes(root + QLatin1Char('/') + s.textPath(), textBytes(s, specs, options, i), &error))
            return fail(error);
        demo::Signal signal;
        const bool hasAudio = audioSignal(s, specs, options, i, &signal);
        if (hasAudio) {
            const QByteArray wav = demo::encodeWav(demo::quantize(signal), options.sampleRate, &error);
            if (wav.isEmpty() || !demo::writeBytes(root + QLatin1Char('/') + s.audioPath(), wav, &error))
                return fail(error);
        }
        const Plant* audioPlant = s.plant(QStringLiteral("audio"));
        const bool noAudioPath = audioPlant && audioPlant->problem == QLatin1String("missing_modality");
        csv += csvField(s.id) + QLatin1Char(',') + csvField(s.imagePath()) + QLatin1Char(',') + csvField(s.textPath()) +
               QLatin1Char(',') + (noAudioPath ? QString() : csvField(s.audioPath())) + QLatin1Char(',') +
               csvField(demo::labelName(s.label)) + QLatin1Char(',') + csvField(s.split) + QStringLiteral("\r\n");
        for (const Plant& p : s.plants) {
            QJsonObject entry{{QStringLiteral("sample"), s.id},
                              {QStringLiteral("modality"), p.modality},
                              {QStringLiteral("problem"), p.problem},
                              {QStringLiteral("detail"), describe(s, p, specs)}};
            if (p.source >= 0)
                entry.insert(QStringLiteral("duplicate_of"), specs.at(p.source).id);
            planted.append(entry);
            result.planted.append(s.id + QStringLiteral(": ") + p.problem);
        }
    }
    if (!demo::writeBytes(root + QStringLiteral("/metadata.csv"), csv.toUtf8(), &error))
        return fail(error);

    // Recordings: the subtitle offset and the sensor drift go on different recordings when there are enough.
    const int offsetRecording = options.recordings > 1 ? 1 : 0;
    const int driftRecording = options.recordings > 3 ? 3 : options.recordings - 1;
    for (int r = 0; r < options.recordings; ++r) {
        if (progress.isCancelled())
            return cancelled();
        demo::RecordingPlan plan;
        plan.name = recordingName(r);
        plan.index = r;
        plan.theme = r % 4;
        plan.writeTextGrid = r == 0;
        plan.writeVtt = r == std::min(2, options.recordings - 1);
        if (r == offsetRecording)
            plan.subtitleOffsetUs = 1250000;
        if (r == driftRecording) {
            plan.sensorScale = 1.002;
            plan.sensorOffsetUs = 300000;
        }
        progress.report(QStringLiteral("Writing demo recording %1").arg(plan.name), options.samples + r, total);
        demo::RecordingSummary summary;
        if (!demo::writeRecording(root + QStringLiteral("/recordings"), plan, options.seed, options.sampleRate,
                                  &summary, &error))
            return fail(error);
        if (plan.subtitleOffsetUs != 0) {
            planted.append(QJsonObject{
                {QStringLiteral("sample"), plan.name},
                {QStringLiteral("modality"), QStringLiteral("text")},
                {QStringLiteral("problem"), QStringLiteral("subtitle_offset")},
                {QStringLiteral("stream"), QStringLiteral("subtitles.srt")},
                {QStringLiteral("offset_us"), static_cast<qint64>(plan.subtitleOffsetUs)},
                {QStringLiteral("detail"),
                 QStringLiteral("every cue is 1.250 s late: subtitle time = true time + 1.250 s (first utterance "
                                "starts at %1 us)")
                     .arg(summary.firstUtteranceStartUs)}});
            result.planted.append(plan.name + QStringLiteral(": subtitle_offset"));
        }
        if (plan.sensorScale != 1.0) {
            planted.append(
                QJsonObject{{QStringLiteral("sample"), plan.name},
                            {QStringLiteral("modality"), QStringLiteral("sensor")},
                            {QStringLiteral("problem"), QStringLiteral("clock_drift")},
                            {QStringLiteral("stream"), QStringLiteral("sensor.csv")},
                            {QStringLiteral("scale"), plan.sensorScale},
                            {QStringLiteral("offset_us"), static_cast<qint64>(plan.sensorOffsetUs)},
                            {QStringLiteral("detail"), QStringLiteral("sensor time = true time * 1.002 + 0.300 s")}});
            result.planted.append(plan.name + QStringLiteral(": clock_drift"));
        }
    }
    if (!demo::writeBytes(root + QStringLiteral("/PLANTED.json"),
                          QJsonDocument(planted).toJson(QJsonDocument::Indented), &error))
        return fail(error);

    progress.report(QStringLiteral("Demo dataset written"), total, total);
    result.ok = true;
    result.samples = options.samples;
    result.recordings = options.recordings;
    return result;
}

}  // namespace lockstep
