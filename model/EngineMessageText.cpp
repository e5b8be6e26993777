#include "EngineMessageText.h"

#include "PlaceholderFill.h"
#include "SentencePattern.h"

#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace lockstep {

namespace {

constexpr const char* kContext = "lockstep::EngineMessageText";

// One English sentence or phrase of the engine, word for word. `kinds` has one letter per placeholder %1, %2:
//   s  a name, path, id or value from the user's data, shown as it is
//   n  a number as the engine printed it
//   p  a phrase of the engine inside the sentence (a reason, a decoder's error, "a tier's xmin"): translated
//      by this same table when it is one of its sentences, shown as it is when not (a library's own text)
struct Sentence {
    const char* text;
    const char* kinds;
};

// Grouped by where the engine writes them. A message is read against the sentences with the most literal text
// first, so that "cannot open project '%1': %2" wins over "cannot open %1: %2".
// clang-format off
const Sentence kSentences[] = {
    // Subtitle and transcript files (processing/dataset: SrtParser, WebVttParser, TimedTextSupport).
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cue number %1 has no timing line; skipped"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "expected a timing line like 00:00:01,000 --> 00:00:02,500, found %1; skipped up to the next blank line"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "malformed timing line %1: %2 (expected HH:MM:SS,mmm --> HH:MM:SS,mmm); cue skipped"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: no subtitle cues found (expected SubRip blocks with timing lines like 00:00:01,000 --> 00:00:02,500)"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: not a WebVTT file (the first line must be \"WEBVTT\")"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "missing blank line between the WEBVTT header and the first cue"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "expected a cue timing line like 00:01.000 --> 00:02.500; block skipped"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "malformed cue timing: %1 (expected [HH:]MM:SS.mmm --> [HH:]MM:SS.mmm); cue skipped"), "p"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "start time: %1"), "p"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "end time: %1"), "p"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "expected '-->' between the start and end times"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "unexpected '%1' after the end time"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "expected a time"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "expected digits after ':'"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "too many digits in a time field"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "expected minutes and seconds separated by ':'"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "expected ',' or '.' before the milliseconds, found ':'"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "minutes and seconds must be below 60"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "expected milliseconds after the decimal separator"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "time out of range"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 ends before it starts (%2 --> %3); end set to the start time"), "pss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "segments of tier \"%1\" were not in time order; sorted by start time"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "invalid UTF-16 data; the text was decoded with replacement characters"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "invalid UTF-8 byte sequence; the text was decoded with replacement characters (re-save the file as UTF-8)"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "UTF-16 file ends in the middle of a character (odd number of bytes)"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "too many problems; further ones are not listed"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: unknown timed-text format (expected .srt, .vtt, .TextGrid, .eaf or .json)"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: cannot read the file: %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: file is too large for a %2 file (%3 MiB; the limit is %4 MiB)"), "ssnn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: file is too large (the limit is %2 MiB)"), "sn"},
    // What ends before it starts.
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cue"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "interval"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "annotation %1"), "s"},

    // Praat TextGrid (TextGridParser).
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "invalid time \"%1\" for %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "invalid %1 \"%2\"; stopped reading here"), "ps"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "file ends while reading %1 (truncated?); kept what was read before"), "p"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "string without its closing quote while reading %1; kept what was read before"), "p"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "expected %1, found %2; stopped reading here"), "pp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "unknown tier class \"%1\" (expected IntervalTier or TextTier); stopped reading here"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: binary TextGrid files are not supported; in Praat, use \"Save as text file\""), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: the chronological TextGrid format is not supported; in Praat, use \"Save as text file\""), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: not a Praat TextGrid text file (expected File type = \"ooTextFile\" on the first line)"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: line %2: the Praat object is %3, not a TextGrid"), "snp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: line %2: the TextGrid has no valid time range (xmin, xmax)"), "sn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 (a number)"), "p"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 (a whole number)"), "p"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 (a quoted string)"), "p"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "the number %1"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "the string \"%1\""), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "the end of the file"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "a string without its closing quote"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "a point time"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "a point mark"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "an interval's xmin"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "an interval's xmax"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "an interval's text"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "the TextGrid's xmin"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "the TextGrid's xmax"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "the number of tiers"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "<exists> before the tiers"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "a tier class"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "a tier name"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "a tier's xmin"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "a tier's xmax"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "the number of points"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "the number of intervals"), ""},

    // ELAN EAF (EafParser).
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "time slot %1 has an invalid TIME_VALUE \"%2\" (milliseconds expected); treated as unaligned"), "ss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "time slot without TIME_SLOT_ID ignored"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "duplicate time slot id %1 ignored"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "tier without TIER_ID; named \"%1\""), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "annotation outside a TIER ignored"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "duplicate annotation id %1"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 time slot(s) without TIME_VALUE; their times were interpolated"), "n"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "annotation %1 refers to unknown annotation \"%2\"; skipped"), "ss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "annotation %1 refers to unknown time slot \"%2\"; skipped"), "ss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "annotation %1 has no time (no time slot has a TIME_VALUE); skipped"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "annotation %1 is part of a loop of ANNOTATION_REFs; skipped"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: empty file, not an ELAN annotation document"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: not an ELAN annotation document (the root element is <%2>, expected <ANNOTATION_DOCUMENT>)"), "ss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: invalid XML at line %2, column %3: %4"), "snnp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: no XML element, not an ELAN annotation document"), "s"},

    // JSON segments (JsonSegmentsParser); %1 names the element, "segments[3].words[2]".
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 is not an object; skipped"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: \"text\" is not a string; text left empty"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 ends before it starts; end set to the start time"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: missing \"%2\" (or \"%3\"); skipped"), "sss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: \"%2\" is not a valid time; skipped"), "ss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: \"words\" is not an array; ignored"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: invalid JSON at line %2: %3"), "snp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: expected a JSON array of segments or an object with a \"segments\" array"), "s"},

    // Manifests: metadata.csv, JSONL, the folder layouts (MetadataCsvImporter, CsvReader, JsonlManifestImporter,
    // ManifestSampleBuilder, StemPairingImporter, RecordingImporter, DatasetImporter, ImportContext).
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 bytes are not valid UTF-8 (first on this line); they read as U+FFFD"), "n"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 is empty: expected a header such as ID,Image_Path,Text_Path,Audio_Path,Label"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "no known column in header '%1' (expected ID, Image_Path, Text_Path, Audio_Path, Label ...); every column is kept as an attribute"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 fields where the header has %2; missing fields read as empty, extra fields are dropped"), "nn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "quoted field opened on line %1 is never closed"), "n"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "text after a closing quote"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "quote inside an unquoted field (kept as text)"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "element %1 of the array is not an object; skipped"), "n"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "not valid JSON at column %1: %2; line skipped"), "np"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "not valid JSON at column %1: %2"), "np"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "expected a JSON object on each line; line skipped"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "column '%1': cannot tell the modality of '%2' from its extension"), "ss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 '%2' is not a number of seconds"), "ss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "a second %1 file for sample '%2'; only '%3' is used"), "pss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "CSV without a time column (time, timestamp, time_s, time_ms...) is not a sensor stream; ignored"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "recording folder holds no media; skipped"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "sample id '%1' appears more than once; this one is kept as '%2'"), "ss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 .jsonl manifests in the dataset folder; reading '%2' only (give the manifest's path to read another)"), "ns"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1' is not a manifest Lockstep reads (.csv, .jsonl or .json)"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "no samples found in '%1': expected metadata.csv, a .jsonl manifest, images/ texts/ audios/ folders, media files or recordings/"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 file '%2' does not exist"), "ps"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "import cancelled"), ""},
    // The modality in "%1 file '%2' does not exist" and "a second %1 file ...".
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "image"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "text"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "audio"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "video"), ""},

    // Frame sequences and sensor files (FrameSequenceReader, SensorCsvReader).
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "needs a file column (file, filename, path, frame or image) and a time column (time_s, time_ms, time_us, timestamp...); ignored"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1; row skipped"), "p"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 fields where the header has %2"), "nn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "time '%1' is not a number"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "value '%1' in column '%2' is not a number"), "ss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "frame '%1' leaves the frames folder; not followed"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "frames folder '%1' does not exist"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "frame file names carry no times and there is no frames.csv; frames are placed at %1 fps in name order"), "n"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1: empty sensor file"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1:1: no time column (expected one named time, timestamp, t, time_s, time_ms or time_us) in header '%2'"), "ss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "timestamp goes backwards (%1 s after %2 s)"), "nn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1 rows skipped in all (first %2 listed)"), "nn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "timestamps go backwards %1 times in all"), "n"},

    // Paths inside the dataset folder (DatasetRoot).
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "empty path"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "path contains a NUL character"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "path '%1' leaves the dataset folder; it was not followed"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1' is a link to '%2', outside the dataset folder; it was not followed"), "ss"},

    // Decoders (processing/media, the imaging module).
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1' does not exist"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1' is empty"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot open '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot open %1: %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1' is not a PNG, JPEG, BMP, GIF or WebP image"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1': %2 header has no valid image size (truncated or corrupt file)"), "ss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1' is %2 x %3 pixels, more than the limit of %4 pixels; it was not decoded"), "snnn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot decode '%1': unsupported, truncated or corrupt image"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot decode '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot load Lockstep's imaging module '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "Lockstep's imaging module '%1' is missing; it decodes images and video, so reinstall or rebuild Lockstep (the file belongs next to liblockstep-processing.so)"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "Lockstep's imaging module '%1' does not fit this version of the engine; reinstall or rebuild Lockstep"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1' declares %2 frames; too large to decode at once"), "sn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "error while decoding '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1' cannot be read at random positions (not seekable)"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot read audio '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1' has an invalid header (rate %2, channels %3)"), "snn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1' is %2 bytes, more than the %3-byte limit for a text item"), "snn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot open video '%1' (unsupported codec or corrupt file)"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot open video '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot read frame %1 of video '%2'"), "ns"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot read video '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "video '%1' has no readable frames"), "s"},

    // The project file (ProjectStore, ProjectImport).
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "project '%1' does not exist"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot open project '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot prepare project '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1' is not a Lockstep project (not an SQLite database: %2)"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "'%1' is an SQLite database but not a Lockstep project"), "s"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "project '%1' was written by a newer Lockstep (schema %2; this build reads up to %3)"), "snn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "project '%1' has schema %2 and must be upgraded: open it once for writing (lockstep-cli import or the application)"), "sn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "it was written by a newer Lockstep (schema %1; this build reads up to %2)"), "nn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "schema migration %1 -> %2 failed: %3"), "nnp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "project opened read-only"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot write project '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot save project '%1': %2"), "sp"},

    // The quality scan (QualityScan).
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "scan cancelled; measurements finished so far are kept"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "scan cancelled; %1 files measured so far are kept and a rerun resumes"), "n"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot save scan results in '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "the dataset folder '%1' of project '%2' is not there"), "ss"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot reset the measurements of '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot measure the images and videos of '%1': %2"), "sp"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "cannot save measurements in '%1': %2"), "sp"},

    // A lasso in the query (LassoPolygon::problem()).
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "a polygon needs at least %1 corners (x y pairs), this one has %2"), "nn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "a polygon may have at most %1 corners, this one has %2"), "nn"},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "a corner of the polygon is not a finite number"), ""},
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "the polygon encloses nothing (its corners lie on one line)"), ""},

    // "file:line: message", the form of a whole-file error with its line (a JSON array manifest).
    {QT_TRANSLATE_NOOP("lockstep::EngineMessageText", "%1:%2: %3"), "snp"},
};
// clang-format on

QString placeholderPattern(char kind)
{
    switch (kind) {
    case 'n': return SentencePattern::numberGroup();
    case 'p': return QStringLiteral("(.+?)");
    default: return QStringLiteral("(.*?)");
    }
}

struct CompiledSentence {
    const Sentence* sentence;
    SentencePattern pattern;
};

const std::vector<CompiledSentence>& compiledSentences()
{
    static const std::vector<CompiledSentence> compiled = [] {
        std::vector<CompiledSentence> out;
        for (const Sentence& s : kSentences)
            out.push_back({&s, SentencePattern(s.text, s.kinds, placeholderPattern)});
        std::stable_sort(out.begin(), out.end(), [](const CompiledSentence& a, const CompiledSentence& b) {
            return a.pattern.literalLength() > b.pattern.literalLength();
        });
        return out;
    }();
    return compiled;
}

// Phrases nest a few levels deep at most ("malformed timing line x: start time: expected a time"); the
// limit only keeps a hostile file name from recursing far.
constexpr int kMaxDepth = 6;

std::optional<QString> translateAt(const QString& english, int depth)
{
    if (depth > kMaxDepth || english.isEmpty())
        return std::nullopt;
    for (const CompiledSentence& c : compiledSentences()) {
        const QRegularExpressionMatch match = c.pattern.match(english);
        if (!match.hasMatch())
            continue;
        const auto shown = [depth](char kind, const QString& captured) {
            return kind == 'p' ? translateAt(captured, depth + 1).value_or(captured) : captured;
        };
        const std::vector<QString> args = c.pattern.arguments(match, shown);
        return fillPlaceholders(QCoreApplication::translate(kContext, c.sentence->text), args);
    }
    return std::nullopt;
}

}  // namespace

std::optional<QString> EngineMessageText::translated(const QString& english)
{
    return translateAt(english, 0);
}

QString EngineMessageText::message(const QString& english)
{
    return translated(english).value_or(english);
}

QStringList EngineMessageText::sentences()
{
    QStringList out;
    for (const Sentence& s : kSentences)
        out << QString::fromUtf8(s.text);
    return out;
}

}  // namespace lockstep
