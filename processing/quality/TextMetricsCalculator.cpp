#include "quality/TextMetricsCalculator.h"

#include <QChar>
#include <QCryptographicHash>

namespace lockstep {

namespace {

bool isPunctuationOrSymbol(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other: return true;
    default: return false;
    }
}

}  // namespace

bool TextMetricsCalculator::isCjkWordChar(char32_t cp)
{
    if (cp < 0x3000)
        return false;  // fast path: Latin, Cyrillic, Greek, Arabic, ... (no Han/kana below U+2E80 anyway)
    switch (QChar::script(cp)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana: return true;
    default: return false;
    }
}

QString TextMetricsCalculator::normalise(const QString& text)
{
    // QString::toCaseFolded() folds 1:1 only (ß stays ß); going through toUpper() first applies the full
    // special-casing mappings (ß -> SS -> ss, ŉ -> ʼN -> ʼn), which approximates full case folding.
    return text.normalized(QString::NormalizationForm_KC).toUpper().toCaseFolded().simplified();
}

QByteArray TextMetricsCalculator::contentHash(const QString& normalisedText)
{
    if (normalisedText.isEmpty())
        return {};
    return QCryptographicHash::hash(normalisedText.toUtf8(), QCryptographicHash::Blake2s_128);
}

TextMetrics TextMetricsCalculator::compute(const DecodedText& decoded)
{
    TextMetrics m;
    m.invalidBytes = decoded.invalidBytes;
    const QString& text = decoded.text;
    const QChar* p = text.constData();
    const qsizetype n = text.size();

    // Word state: a pending run of non-space, non-CJK characters.
    bool inRun = false;
    bool runHasWordChar = false;  // a character that is not punctuation/symbol
    bool runAfterCjk = false;     // the run started right after a CJK character
    bool prevCjk = false;
    auto endRun = [&](bool beforeCjk) {
        if (inRun && (runHasWordChar || (!runAfterCjk && !beforeCjk)))
            ++m.words;
        inRun = false;
    };

    char32_t prev = 0;
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = p[i].unicode();
        if (p[i].isHighSurrogate() && i + 1 < n && p[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(p[i], p[i + 1]);
            ++i;
        }
        ++m.chars;

        if (cp == U'\n') {
            if (prev != U'\r')
                ++m.lines;
        } else if (cp == U'\r') {
            ++m.lines;
        }
        if (QChar::category(cp) == QChar::Other_Control && cp != U'\t' && cp != U'\n' && cp != U'\r')
            ++m.controlChars;

        if (QChar::isSpace(cp)) {
            endRun(false);
            prevCjk = false;
        } else {
            m.whitespaceOnly = false;
            if (isCjkWordChar(cp)) {
                endRun(true);
                ++m.words;
                prevCjk = true;
            } else {
                if (!inRun) {
                    inRun = true;
                    runHasWordChar = false;
                    runAfterCjk = prevCjk;
                }
                if (!isPunctuationOrSymbol(cp))
                    runHasWordChar = true;
                prevCjk = false;
            }
        }
        prev = cp;
    }
    endRun(false);
    if (n > 0 && prev != U'\n' && prev != U'\r')
        ++m.lines;

    const QString normalised = normalise(text);
    m.contentHash = contentHash(normalised);
    m.minHash = MinHashSignature::compute(normalised);
    return m;
}

}  // namespace lockstep
