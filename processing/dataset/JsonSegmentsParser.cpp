#include "dataset/JsonSegmentsParser.h"

#include "dataset/TimedTextSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <optional>

namespace lockstep {

using namespace timedtext;

namespace {

// A time value: a JSON number, or a string holding one ("1.25" appears in hand-made files).
std::optional<Micros> timeValue(const QJsonValue& value, bool milliseconds)
{
    if (value.isDouble()) {
        const auto v = scaledFromDouble(value.toDouble(), milliseconds ? 3 : 6);
        return v ? std::optional<Micros>(Micros{*v}) : std::nullopt;
    }
    if (value.isString())
        return milliseconds ? parseMilliseconds(value.toString()) : parseSeconds(value.toString());
    return std::nullopt;
}

class Collector {
public:
    Collector(TimedTextDocument& doc, const QString& file) : m_doc(doc), m_file(file) {}

    // Reads start/end/text of one element; what = "segments[3]" for messages.
    std::optional<Segment> segment(const QJsonValue& value, const QString& what, bool word)
    {
        if (!value.isObject()) {
            problem(what + QStringLiteral(" is not an object; skipped"));
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        const auto start = time(o, QStringLiteral("start"), what);
        const auto end = time(o, QStringLiteral("end"), what);
        if (!start || !end)
            return std::nullopt;
        QJsonValue text = o.value(word ? QStringLiteral("word") : QStringLiteral("text"));
        if (text.isUndefined())
            text = o.value(word ? QStringLiteral("text") : QStringLiteral("word"));
        if (!text.isString() && !text.isUndefined() && !text.isNull())
            problem(what + QStringLiteral(": \"text\" is not a string; text left empty"));
        Segment s{*start, *end, text.toString().trimmed()};
        if (s.end < s.start) {
            problem(what + QStringLiteral(" ends before it starts; end set to the start time"));
            s.end = s.start;
        }
        return s;
    }

    void add(const QString& tierName, Segment s)
    {
        auto it = m_tierIndex.constFind(tierName);
        if (it == m_tierIndex.cend()) {
            it = m_tierIndex.insert(tierName, m_doc.tiers.size());
            m_doc.tiers.append(TimedTextTier{tierName, false, {}});
        }
        const qsizetype index = it.value();
        m_doc.duration = std::max(m_doc.duration, s.end);
        m_doc.tiers[index].segments.push_back(std::move(s));
    }

    void problem(const QString& message) { warn(m_doc.diagnostics, m_file, 0, message); }

private:
    std::optional<Micros> time(const QJsonObject& o, const QString& key, const QString& what)
    {
        const QString msKey = key + QStringLiteral("_ms");
        const bool ms = !o.contains(key) && o.contains(msKey);
        const QJsonValue v = o.value(ms ? msKey : key);
        if (v.isUndefined()) {
            problem(what + QStringLiteral(": missing \"%1\" (or \"%2\"); skipped").arg(key, msKey));
            return std::nullopt;
        }
        const auto t = timeValue(v, ms);
        if (!t)
            problem(what + QStringLiteral(": \"%1\" is not a valid time; skipped").arg(ms ? msKey : key));
        return t;
    }

    TimedTextDocument& m_doc;
    const QString& m_file;
    QHash<QString, qsizetype> m_tierIndex;
};

QString tierOf(const QJsonValue& segment)
{
    const QJsonObject o = segment.toObject();
    for (const QString& key : {QStringLiteral("tier"), QStringLiteral("speaker")}) {
        const QJsonValue v = o.value(key);
        if (v.isString() && !v.toString().trimmed().isEmpty())
            return v.toString().trimmed();
        if (v.isDouble())
            return QString::number(v.toDouble());
    }
    return QStringLiteral("segments");
}

}  // namespace

TimedTextDocument JsonSegmentsParser::parse(const QByteArray& bytes, const QString& fileName)
{
    TimedTextDocument doc;
    // Decoding first gives BOM and UTF-16 handling and a diagnostic per line with invalid UTF-8, which
    // QJsonDocument would otherwise reject as a whole.
    const DecodedText decoded = decodeLines(bytes, fileName, doc.diagnostics);
    const QByteArray utf8 = (decoded.invalidBytes || decoded.utf16)
                                ? decoded.lines.join(QLatin1Char('\n')).toUtf8()
                                : (bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes);

    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(utf8.left(error.offset).count('\n')) + 1;
        doc.error = fileName + QStringLiteral(": invalid JSON at line %1: %2").arg(line).arg(error.errorString());
        return doc;
    }
    QJsonArray segments;
    QString listName = QStringLiteral("segments");
    if (json.isArray()) {
        segments = json.array();
        listName = QString();
    } else if (json.isObject() && json.object().value(QStringLiteral("segments")).isArray()) {
        segments = json.object().value(QStringLiteral("segments")).toArray();
    } else {
        doc.error = fileName + QStringLiteral(
                                   ": expected a JSON array of segments or an object with a "
                                   "\"segments\" array");
        return doc;
    }
    doc.ok = true;

    Collector collector(doc, fileName);
    std::vector<Segment> words;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonValue value = segments.at(i);
        const QString what = listName + QStringLiteral("[%1]").arg(i);
        if (auto s = collector.segment(value, what, false))
            collector.add(tierOf(value), std::move(*s));
        const QJsonValue wordList = value.toObject().value(QStringLiteral("words"));
        if (wordList.isUndefined())
            continue;
        if (!wordList.isArray()) {
            collector.problem(what + QStringLiteral(": \"words\" is not an array; ignored"));
            continue;
        }
        const QJsonArray wordArray = wordList.toArray();
        for (qsizetype w = 0; w < wordArray.size(); ++w) {
            if (auto word = collector.segment(wordArray.at(w), what + QStringLiteral(".words[%1]").arg(w), true))
                words.push_back(std::move(*word));
        }
    }
    // Words last, so that the segment tiers come first in the document.
    for (Segment& word : words)
        collector.add(QStringLiteral("words"), std::move(word));
    for (TimedTextTier& tier : doc.tiers)
        sortByStart(tier, doc.diagnostics, fileName, true);
    return doc;
}

}  // namespace lockstep
