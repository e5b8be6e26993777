#include "QueryErrorText.h"

#include "EngineMessageText.h"

namespace lockstep {

namespace {

using Kind = SampleFilterError::Kind;

struct KindSentence {
    Kind kind;
    const char* text;
};

// One sentence per kind of SampleFilterError, word for word as the engine writes it.
// clang-format off
const KindSentence kSentences[] = {
    {Kind::LoneExclamation, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "'!' must be followed by '='")},
    {Kind::UnclosedQuote, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "the quoted text has no closing '\"'")},
    {Kind::Unexpected, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "unexpected '%1'")},
    {Kind::MissingValue, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "a value is missing here")},
    {Kind::MissingClosingParenthesis, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "')' is missing")},
    {Kind::EndsTooEarly, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "the query ends too early")},
    {Kind::InsideNeedsTwoMetrics, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "inside(...) takes two metrics first, e.g. inside(audio.duration_s, text.chars: 1 10, 5 10, 5 80)")},
    {Kind::InsideMissingMetricComma, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "',' between the two metrics of inside(...) is missing")},
    {Kind::InsideMissingColon, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "':' before the corners of inside(...) is missing")},
    {Kind::InsideCornerNotTwoNumbers, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "a corner of inside(...) is two numbers, x and y")},
    {Kind::InsideTooManyCorners, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "inside(...) takes at most %1 corners")},
    {Kind::InsideMissingCornerComma, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "',' between corners or ')' after the last one is missing")},
    {Kind::InsideInvalidPolygon, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "inside(...): %1")},
    {Kind::HasSyntax, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "write has:TYPE, e.g. has:image.blurry or has:audio")},
    {Kind::TagSyntax, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "write tag:NAME or tag != NAME")},
    {Kind::CountNeedsNumber, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "%1 is a count: compare it with a number")},
    {Kind::MetricNeedsNumber, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "%1 is a metric: compare it with a number")},
    {Kind::UnknownField, QT_TRANSLATE_NOOP("lockstep::QueryErrorText", "unknown field '%1' (id, label, split, status, source, issues, warnings, streams, tag, has:..., or a metric such as audio.rms_dbfs)")},
};
// clang-format on

const char* sentenceOf(Kind kind)
{
    for (const KindSentence& s : kSentences)
        if (s.kind == kind)
            return s.text;
    return nullptr;
}

}  // namespace

std::optional<QString> QueryErrorText::sourceSentence(Kind kind)
{
    if (const char* text = sentenceOf(kind))
        return QString::fromUtf8(text);
    return std::nullopt;
}

QString QueryErrorText::message(const SampleFilter& filter)
{
    const char* text = sentenceOf(filter.errorKind);
    if (text == nullptr)
        return filter.error;
    QStringList arguments = filter.errorArguments;
    // The polygon's problem is one of the engine's sentences of its own.
    if (filter.errorKind == Kind::InsideInvalidPolygon)
        for (QString& argument : arguments)
            argument = EngineMessageText::message(argument);
    // One pass: an argument's own "%1" (a field the user typed) stays text.
    const QString translated = tr(text);
    QString out;
    for (qsizetype i = 0; i < translated.size(); ++i) {
        if (translated[i] == QLatin1Char('%') && i + 1 < translated.size() && translated[i + 1].isDigit()) {
            const int n = translated[i + 1].digitValue();
            if (n >= 1 && n <= arguments.size()) {
                out += arguments[n - 1];
                ++i;
                continue;
            }
        }
        out += translated[i];
    }
    return out;
}

}  // namespace lockstep
