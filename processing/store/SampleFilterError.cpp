#include "store/SampleFilterError.h"

namespace lockstep {

QString SampleFilterError::englishSentence(Kind kind)
{
    switch (kind) {
    case Kind::None: return {};
    case Kind::LoneExclamation: return QStringLiteral("'!' must be followed by '='");
    case Kind::UnclosedQuote: return QStringLiteral("the quoted text has no closing '\"'");
    case Kind::Unexpected: return QStringLiteral("unexpected '%1'");
    case Kind::MissingValue: return QStringLiteral("a value is missing here");
    case Kind::MissingClosingParenthesis: return QStringLiteral("')' is missing");
    case Kind::EndsTooEarly: return QStringLiteral("the query ends too early");
    case Kind::InsideNeedsTwoMetrics:
        return QStringLiteral(
            "inside(...) takes two metrics first, e.g. inside(audio.duration_s, "
            "text.chars: 1 10, 5 10, 5 80)");
    case Kind::InsideMissingMetricComma: return QStringLiteral("',' between the two metrics of inside(...) is missing");
    case Kind::InsideMissingColon: return QStringLiteral("':' before the corners of inside(...) is missing");
    case Kind::InsideCornerNotTwoNumbers: return QStringLiteral("a corner of inside(...) is two numbers, x and y");
    case Kind::InsideTooManyCorners: return QStringLiteral("inside(...) takes at most %1 corners");
    case Kind::InsideMissingCornerComma:
        return QStringLiteral("',' between corners or ')' after the last one is missing");
    case Kind::InsideInvalidPolygon: return QStringLiteral("inside(...): %1");
    case Kind::HasSyntax: return QStringLiteral("write has:TYPE, e.g. has:image.blurry or has:audio");
    case Kind::TagSyntax: return QStringLiteral("write tag:NAME or tag != NAME");
    case Kind::CountNeedsNumber: return QStringLiteral("%1 is a count: compare it with a number");
    case Kind::MetricNeedsNumber: return QStringLiteral("%1 is a metric: compare it with a number");
    case Kind::UnknownField:
        return QStringLiteral(
            "unknown field '%1' (id, label, split, status, source, issues, warnings, "
            "streams, tag, has:..., or a metric such as audio.rms_dbfs)");
    case Kind::KindCount: break;
    }
    return {};
}

QString SampleFilterError::english(Kind kind, const QStringList& arguments)
{
    const QString text = englishSentence(kind);
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int n = text[i + 1].digitValue();
            if (n >= 1 && n <= arguments.size()) {
                out += arguments[n - 1];
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

}  // namespace lockstep
