#include "IssueMessageText.h"

#include "EngineMessageText.h"
#include "PlaceholderFill.h"
#include "QualityNames.h"
#include "SentencePattern.h"

#include <QRegularExpression>
#include <vector>

namespace lockstep {

namespace {

constexpr const char* kContext = "lockstep::IssueMessageText";

struct Source {
    const char* text;
    const char* comment;
};

// One English sentence of the engine (processing/quality: ItemIssueDetector, SampleAnalyzer, DuplicateFinder),
// word for word. `kinds` has one letter per placeholder %1, %2, ...:
//   n  a number as the engine printed it      s  a name, path or sample id, shown as it is
//   m  a list of modality names               r  a duplicate group's reason
//   e  a decoder's error text (EngineMessageText knows the engine's; a library's own stays as it is)
//   q  a metric's identifier, shown with its name in the user's language (QualityNames::metricLabel)
struct Sentence {
    const char* type;
    Source source;
    const char* kinds;
};

// clang-format off
const Sentence kSentences[] = {
    {"image.missing_file", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "file '%1' does not exist"), nullptr}, "s"},
    {"audio.missing_file", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "file '%1' does not exist"), nullptr}, "s"},
    {"text.missing_file", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "file '%1' does not exist"), nullptr}, "s"},
    // Before the decoder's error below: invalid UTF-8 is text.unreadable too.
    {"text.unreadable", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 bytes are not valid UTF-8 (shown as U+FFFD)"), nullptr}, "n"},
    {"image.unreadable", QT_TRANSLATE_NOOP3("lockstep::IssueMessageText", "%1", "an unreadable file: the decoder's own error text"), "e"},
    {"audio.unreadable", QT_TRANSLATE_NOOP3("lockstep::IssueMessageText", "%1", "an unreadable file: the decoder's own error text"), "e"},
    {"text.unreadable", QT_TRANSLATE_NOOP3("lockstep::IssueMessageText", "%1", "an unreadable file: the decoder's own error text"), "e"},

    {"image.too_small", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 x %2 px: smaller than %3 px on a side"), nullptr}, "nnn"},
    {"image.odd_aspect_ratio", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "aspect ratio %1 (%2 x %3 px)"), nullptr}, "nnn"},
    {"image.dark", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "99% of pixels darker than %1 (limit %2)"), nullptr}, "nn"},
    {"image.light", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "95% of pixels brighter than %1 (overexposed)"), nullptr}, "n"},
    {"image.low_contrast", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "RMS contrast %1 (limit %2)"), nullptr}, "nn"},
    {"image.blurry", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "cleanvision blur score %1 under %2 (variance of the Laplacian %3)"), nullptr}, "nnn"},
    {"image.blurry", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "variance of the Laplacian %1 under %2 (cleanvision blur score %3)"), nullptr}, "nnn"},
    {"image.low_information", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "entropy %1 bits: little visual information"), nullptr}, "n"},
    {"image.grayscale", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "the image has no colour"), nullptr}, ""},

    {"audio.empty", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "the file holds no audio samples"), nullptr}, ""},
    {"audio.too_short", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 s long (limit %2 s)"), nullptr}, "nn"},
    {"audio.too_long", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 s long (limit %2 s)"), nullptr}, "nn"},
    {"audio.clipping", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 samples in runs of 3 or more at full scale (%2% of the clip)"), nullptr}, "nn"},
    {"audio.silent", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "peak %1 dBFS: the clip is silent"), nullptr}, "n"},
    {"audio.mostly_silent", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1% of 10 ms frames under -40 dBFS"), nullptr}, "n"},
    {"audio.low_level", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "peak %1 dBFS, RMS %2 dBFS: recorded too quietly"), nullptr}, "nn"},
    {"audio.dc_offset", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "mean sample value %1 (limit ±%2)"), nullptr}, "nn"},
    {"audio.low_bandwidth", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "no content above %1 Hz (sample rate %2 Hz)"), nullptr}, "nn"},
    {"audio.sample_rate_mismatch", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 Hz where most clips are %2 Hz"), nullptr}, "nn"},
    {"audio.channel_mismatch", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 channels where most clips have %2"), nullptr}, "nn"},

    {"text.empty", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "only whitespace (%1 characters)"), nullptr}, "n"},
    {"text.empty", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "the text is empty"), nullptr}, ""},
    {"text.too_short", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 characters (limit %2)"), nullptr}, "nn"},
    {"text.too_long", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 characters (limit %2)"), nullptr}, "nn"},
    {"text.control_chars", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 control or non-printable characters"), nullptr}, "n"},

    {"sample.missing_modality", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "no %1, which %2% or more of the samples from '%3' have"), nullptr}, "mns"},
    {"sample.segment_out_of_bounds", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "'%1' has a segment ending at %2 s; the audio lasts %3 s"), nullptr}, "snn"},
    {"sample.segment_out_of_bounds", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "'%1' starts before 0 s"), nullptr}, "s"},
    {"sample.non_monotonic_timestamps", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "timestamps go backwards in a sensor stream or a segment list"), nullptr}, ""},
    {"sample.duration_mismatch", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "segment %1 s + %2 s runs past the end of the %3 s file"), nullptr}, "nnn"},
    {"sample.duration_mismatch", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "manifest says %1 s, the audio lasts %2 s"), nullptr}, "nn"},
    {"sample.duration_mismatch", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "its streams last between %1 s and %2 s"), nullptr}, "nn"},
    // %1 is the metric (shown by its name and identifier), %3 the robust z score, %4 the median.
    {"sample.metric_outlier", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 = %2 is %3 robust z above the median %4"), nullptr}, "qnnn"},
    {"sample.metric_outlier", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 = %2 is %3 robust z below the median %4"), nullptr}, "qnnn"},
    {"sample.metric_outlier", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 = %2 is %3 robust z above the median %4 (log scale)"), nullptr}, "qnnn"},
    {"sample.metric_outlier", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 = %2 is %3 robust z below the median %4 (log scale)"), nullptr}, "qnnn"},
    {"sample.speech_rate_outlier", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 = %2 is %3 robust z above the median %4"), nullptr}, "qnnn"},
    {"sample.speech_rate_outlier", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "%1 = %2 is %3 robust z below the median %4"), nullptr}, "qnnn"},

    {"image.exact_duplicate", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "exact duplicate of sample %1 (suggested keeper): %2"), nullptr}, "sr"},
    {"audio.exact_duplicate", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "exact duplicate of sample %1 (suggested keeper): %2"), nullptr}, "sr"},
    {"text.exact_duplicate", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "exact duplicate of sample %1 (suggested keeper): %2"), nullptr}, "sr"},
    {"image.near_duplicate", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "near duplicate of sample %1 (suggested keeper): %2"), nullptr}, "sr"},
    {"audio.near_duplicate", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "near duplicate of sample %1 (suggested keeper): %2"), nullptr}, "sr"},
    {"text.near_duplicate", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "near duplicate of sample %1 (suggested keeper): %2"), nullptr}, "sr"},
};

// A duplicate group's reason (DuplicateFinder): one of these, then maybe " (note, note)".
const Sentence kReasons[] = {
    {"image.exact", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "same decoded pixels"), nullptr}, ""},
    {"image.near", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "pHash within %1 bits"), nullptr}, "n"},
    {"audio.exact", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "same decoded samples"), nullptr}, ""},
    {"audio.near", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "fingerprint similarity >= %1"), nullptr}, "n"},
    {"text.exact", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "same normalised text"), nullptr}, ""},
    {"text.near", {QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "MinHash Jaccard >= %1"), nullptr}, "n"},
};

// What a reason's notes say about the members' other modalities.
const char* const kReasonNotes[] = {
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "not all have a caption"),
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "not all have an image"),
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "not all have audio"),
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "same captions"),
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "same image"),
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "same audio"),
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "different captions"),
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "different image"),
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "different audio"),
};

// The engine's modality names (modalityName()) as the sentences list them.
const char* const kModalityWords[] = {
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "image"),
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "text"),
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "audio"),
    QT_TRANSLATE_NOOP("lockstep::IssueMessageText", "video"),
};
// clang-format on

QString translate(const Source& s)
{
    return QCoreApplication::translate(kContext, s.text, s.comment);
}

QString listSeparator()
{
    return QCoreApplication::translate("lockstep::IssueMessageText", ", ",
                                       "between the items of a list in an issue message");
}

// The translation of a word from a closed list, or the word itself when it is not on the list.
template <std::size_t N>
std::optional<QString> translateWord(const QString& word, const char* const (&words)[N])
{
    for (const char* w : words)
        if (word == QLatin1String(w))
            return QCoreApplication::translate(kContext, w);
    return std::nullopt;
}

QString placeholderPattern(char kind)
{
    switch (kind) {
    case 'n': return SentencePattern::numberGroup();
    case 'm': return QStringLiteral("([a-z]+(?:, [a-z]+)*)");
    case 's':
    case 'q': return QStringLiteral("(.*?)");
    default: return QStringLiteral("(.+)");
    }
}

// A sentence with the pattern that reads the engine's message of it.
struct CompiledSentence {
    const Sentence* sentence;
    SentencePattern pattern;
};

template <std::size_t N>
std::vector<CompiledSentence> compileAll(const Sentence (&sentences)[N], const QString& suffixPattern = QString())
{
    std::vector<CompiledSentence> out;
    for (const Sentence& s : sentences)
        out.push_back({&s, SentencePattern(s.source.text, s.kinds, placeholderPattern, suffixPattern)});
    return out;
}

QString modalityList(const QString& english)
{
    QStringList words = english.split(QStringLiteral(", "));
    for (QString& w : words)
        w = translateWord(w, kModalityWords).value_or(w);
    return words.join(listSeparator());
}

// The translated sentence with the arguments read from the match (translated themselves where they are words).
QString render(const CompiledSentence& c, const QRegularExpressionMatch& match)
{
    const auto shown = [](char kind, const QString& captured) {
        switch (kind) {
        case 'm': return modalityList(captured);
        case 'q': return QualityNames::metricLabel(captured);
        case 'r': return IssueMessageText::duplicateReason(captured);
        case 'e': return EngineMessageText::message(captured);
        default: return captured;
        }
    };
    return fillPlaceholders(translate(c.sentence->source), c.pattern.arguments(match, shown));
}

const std::vector<CompiledSentence>& issueSentences()
{
    static const std::vector<CompiledSentence> compiled = compileAll(kSentences);
    return compiled;
}

const std::vector<CompiledSentence>& reasonSentences()
{
    static const std::vector<CompiledSentence> compiled = compileAll(kReasons, QStringLiteral("(?: \\((.+)\\))?"));
    return compiled;
}

}  // namespace

std::optional<QString> IssueMessageText::translated(const QualityIssue& issue)
{
    for (const CompiledSentence& c : issueSentences()) {
        if (issue.type != QLatin1String(c.sentence->type))
            continue;
        const QRegularExpressionMatch match = c.pattern.match(issue.message);
        if (match.hasMatch())
            return render(c, match);
    }
    return std::nullopt;
}

QString IssueMessageText::message(const QualityIssue& issue)
{
    return translated(issue).value_or(issue.message);
}

QString IssueMessageText::duplicateReason(const QString& stored)
{
    for (const CompiledSentence& c : reasonSentences()) {
        const QRegularExpressionMatch match = c.pattern.match(stored);
        if (!match.hasMatch())
            continue;
        QString out = render(c, match);
        const int notesGroup = c.pattern.placeholderCount() + 1;
        if (match.hasCaptured(notesGroup)) {
            QStringList notes = match.captured(notesGroup).split(QStringLiteral(", "));
            for (QString& note : notes) {
                const std::optional<QString> word = translateWord(note, kReasonNotes);
                if (!word)
                    return stored;
                note = *word;
            }
            out += tr(" (%1)", "the notes after a duplicate group's reason").arg(notes.join(listSeparator()));
        }
        return out;
    }
    return stored;
}

QStringList IssueMessageText::types()
{
    QStringList out;
    for (const Sentence& s : kSentences)
        if (!out.contains(QLatin1String(s.type)))
            out << QLatin1String(s.type);
    return out;
}

}  // namespace lockstep
