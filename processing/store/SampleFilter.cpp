#include "store/SampleFilter.h"

#include "dataset/Modality.h"
#include "store/LassoPolygon.h"
#include "store/SampleRowColumns.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>

namespace lockstep {

namespace {

struct Token {
    enum Kind { Word, String, Number, Op, LParen, RParen, Colon, Comma, End } kind = End;
    QString text;
    double number = 0.0;
    int position = 0;
};

class Lexer {
public:
    explicit Lexer(const QString& s) : m_s(s) {}

    // Tokens, or an error message with its position.
    bool run(std::vector<Token>* out, SampleFilterError::Kind* error, int* errorPosition)
    {
        for (;;) {
            while (m_i < m_s.size() && m_s[m_i].isSpace())
                ++m_i;
            Token t;
            t.position = int(m_i);
            if (m_i >= m_s.size()) {
                out->push_back(t);
                return true;
            }
            const QChar c = m_s[m_i];
            if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
                t.kind = c == QLatin1Char('(') ? Token::LParen : Token::RParen;
                ++m_i;
            } else if (c == QLatin1Char(':')) {
                t.kind = Token::Colon;
                ++m_i;
            } else if (c == QLatin1Char(',')) {
                t.kind = Token::Comma;  // between the corners of inside(...)
                ++m_i;
            } else if (QStringLiteral("<>=!").contains(c)) {
                t.kind = Token::Op;
                t.text = c;
                ++m_i;
                if (m_i < m_s.size() && m_s[m_i] == QLatin1Char('='))
                    t.text += m_s[m_i++];
                if (t.text == QLatin1String("!")) {
                    *error = SampleFilterError::Kind::LoneExclamation;
                    *errorPosition = t.position;
                    return false;
                }
                if (t.text == QLatin1String("=="))
                    t.text = QStringLiteral("=");
            } else if (c == QLatin1Char('"')) {
                t.kind = Token::String;
                ++m_i;
                bool closed = false;
                while (m_i < m_s.size()) {
                    const QChar d = m_s[m_i++];
                    if (d == QLatin1Char('\\') && m_i < m_s.size()) {
                        t.text += m_s[m_i++];
                    } else if (d == QLatin1Char('"')) {
                        closed = true;
                        break;
                    } else {
                        t.text += d;
                    }
                }
                if (!closed) {
                    *error = SampleFilterError::Kind::UnclosedQuote;
                    *errorPosition = t.position;
                    return false;
                }
            } else {
                // A word: letters, digits and . _ - / @ * (metric names, ids, labels, numbers).
                while (m_i < m_s.size() && !m_s[m_i].isSpace() && !QStringLiteral("()<>=!:,\"").contains(m_s[m_i]))
                    t.text += m_s[m_i++];
                bool isNumber = false;
                t.number = t.text.toDouble(&isNumber);
                t.kind = isNumber ? Token::Number : Token::Word;
            }
            out->push_back(t);
        }
    }

private:
    const QString& m_s;
    qsizetype m_i = 0;
};

// A column of samples that a field name stands for; text or number.
struct Column {
    const char* sql;
    bool numeric;
};

std::optional<Column> columnOf(const QString& field)
{
    const QString f = field.toLower();
    if (f == QLatin1String("id"))
        return Column{"s.sample_id", false};
    if (f == QLatin1String("label"))
        return Column{LOCKSTEP_SAMPLE_LABEL_SCAN_SQL, false};
    if (f == QLatin1String("split"))
        return Column{"s.split", false};
    if (f == QLatin1String("status"))
        return Column{LOCKSTEP_SAMPLE_STATUS_SCAN_SQL, false};
    if (f == QLatin1String("source"))
        return Column{"s.source", false};
    if (f == QLatin1String("issues"))
        return Column{"s.issue_count", true};
    if (f == QLatin1String("warnings"))
        return Column{"s.warning_count", true};
    if (f == QLatin1String("streams"))
        return Column{"s.stream_count", true};
    return std::nullopt;
}

// has:note, has:tags, has:regions, has:edits — what a person added to the sample (the annotations table).
std::optional<QString> annotationCondition(const QString& what)
{
    const auto in = [](const char* kinds) {
        return QStringLiteral("s.sample_id IN (SELECT sample_id FROM annotations WHERE kind IN (%1))")
            .arg(QLatin1String(kinds));
    };
    if (what == QLatin1String("note") || what == QLatin1String("notes"))
        return in("'note'");
    if (what == QLatin1String("tag") || what == QLatin1String("tags"))
        return in("'tag'");
    if (what == QLatin1String("region") || what == QLatin1String("regions"))
        return in("'region'");
    if (what == QLatin1String("edit") || what == QLatin1String("edits"))
        return in("'caption', 'segment_text', 'label'");
    return std::nullopt;
}

// A parsed (sub)expression: SQL, or a metric range not yet turned into SQL (so that a range's two bounds meet).
// metric: the same expression over metric conditions, when it has no other terms; conjuncts: the metric
// expressions it implies through "and" (itself when it is one, its operands when it is an "and" of them).
struct Term {
    QString sql;
    std::optional<MetricCondition> range;
    std::optional<MetricExpression> metric;
    std::vector<MetricExpression> conjuncts;
};

MetricExpression combined(MetricExpression::Op op, std::vector<MetricExpression> operands)
{
    MetricExpression e;
    e.op = op;
    e.operands = std::move(operands);
    return e;
}

class Parser {
public:
    Parser(std::vector<Token> tokens, SampleFilter* out) : m_t(std::move(tokens)), m_out(out) {}

    bool run()
    {
        if (peek().kind == Token::End)
            return true;
        Term top;
        if (!orExpr(&top))
            return false;
        if (peek().kind != Token::End)
            return fail(SampleFilterError::Kind::Unexpected, peek().position, {peekText()});
        finish(&top);
        m_out->whereSql = top.sql;
        m_out->metricConjuncts = std::move(top.conjuncts);
        m_out->metricOnly = top.metric.has_value();
        return true;
    }

private:
    const Token& peek(int ahead = 0) const { return m_t[std::min(m_i + std::size_t(ahead), m_t.size() - 1)]; }
    QString peekText() const
    {
        const Token& t = peek();
        return t.kind == Token::LParen   ? QStringLiteral("(")
               : t.kind == Token::RParen ? QStringLiteral(")")
               : t.kind == Token::Colon  ? QStringLiteral(":")
               : t.kind == Token::Comma  ? QStringLiteral(",")
                                         : t.text;
    }
    bool isKeyword(const Token& t, const char* word) const
    {
        return t.kind == Token::Word && t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool fail(SampleFilterError::Kind kind, int position, const QStringList& arguments = {})
    {
        m_out->ok = false;
        m_out->errorKind = kind;
        m_out->errorArguments = arguments;
        m_out->error = SampleFilterError::english(kind, arguments);
        m_out->errorPosition = position;
        return false;
    }
    QString bind(SampleFilter::Binding value)
    {
        m_out->bindings.push_back(std::move(value));
        return QStringLiteral("?%1").arg(m_out->bindings.size());
    }
    // A metric or status condition becomes one bit test per sample; the mask is computed when the statement is
    // bound.
    void maskTest(SampleFilter::Binding condition, Term* term)
    {
        term->sql = QStringLiteral("row_in_mask(%1, s.row)").arg(bind(std::move(condition)));
        MetricExpression e;
        e.binding = int(m_out->bindings.size()) - 1;
        term->metric = e;
        term->conjuncts = {e};
    }
    // A range still waiting for its other bound becomes its mask test.
    void finish(Term* term)
    {
        if (term->range) {
            MetricCondition range = std::move(*term->range);
            term->range.reset();
            maskTest(std::move(range), term);
        }
    }
    // "(a OR b ...)" / "(a AND b ...)" of finished terms; a metric expression when every operand is one.
    Term joined(std::vector<Term> terms, MetricExpression::Op op)
    {
        if (terms.size() == 1)
            return std::move(terms.front());
        Term out;
        out.sql = terms.front().sql;
        for (std::size_t i = 1; i < terms.size(); ++i)
            out.sql = (op == MetricExpression::Op::And ? QStringLiteral("(%1 AND %2)") : QStringLiteral("(%1 OR %2)"))
                          .arg(out.sql, terms[i].sql);
        const bool allMetric = std::all_of(terms.begin(), terms.end(), [](const Term& t) { return t.metric; });
        std::vector<MetricExpression> operands;
        if (allMetric)
            for (Term& t : terms)
                operands.push_back(std::move(*t.metric));
        if (op == MetricExpression::Op::And) {
            // Every operand holds: each one's metric conjuncts are this one's.
            for (Term& t : terms)
                for (MetricExpression& e : t.conjuncts)
                    out.conjuncts.push_back(std::move(e));
            if (allMetric)
                out.metric = combined(op, std::move(operands));
        } else if (allMetric) {
            out.metric = combined(op, std::move(operands));
            out.conjuncts = {*out.metric};
        }
        return out;
    }

    bool orExpr(Term* out)
    {
        std::vector<Term> terms(1);
        if (!andExpr(&terms.back()))
            return false;
        while (isKeyword(peek(), "or")) {
            ++m_i;
            terms.emplace_back();
            if (!andExpr(&terms.back()))
                return false;
        }
        *out = joined(std::move(terms), MetricExpression::Op::Or);
        return true;
    }

    bool startsTerm(const Token& t) const
    {
        return t.kind == Token::LParen || t.kind == Token::Word || t.kind == Token::String || t.kind == Token::Number;
    }

    bool andExpr(Term* out)
    {
        std::vector<Term> terms(1);
        if (!notExpr(&terms.back()))
            return false;
        for (;;) {
            if (isKeyword(peek(), "and")) {
                ++m_i;
            } else if (!startsTerm(peek()) || isKeyword(peek(), "or")) {
                break;  // terms side by side mean "and"
            }
            Term right;
            if (!notExpr(&right))
                return false;
            // Bounds on a metric already bounded here narrow that range: `x >= a and x <= b` is one range.
            const auto same = std::find_if(terms.begin(), terms.end(), [&right](const Term& t) {
                return right.range && t.range && t.range->metric == right.range->metric;
            });
            if (same != terms.end())
                same->range->intersect(*right.range);
            else
                terms.push_back(std::move(right));
        }
        for (Term& t : terms)
            finish(&t);
        *out = joined(std::move(terms), MetricExpression::Op::And);
        return true;
    }

    bool notExpr(Term* term)
    {
        if (isKeyword(peek(), "not")) {
            ++m_i;
            Term inner;
            if (!notExpr(&inner))
                return false;
            finish(&inner);
            term->sql = QStringLiteral("(NOT %1)").arg(inner.sql);
            if (inner.metric) {
                term->metric = combined(MetricExpression::Op::Not, {std::move(*inner.metric)});
                term->conjuncts = {*term->metric};
            }
            return true;
        }
        return primary(term);
    }

    bool value(Token* out)
    {
        const Token& t = peek();
        if (t.kind != Token::Word && t.kind != Token::String && t.kind != Token::Number)
            return fail(SampleFilterError::Kind::MissingValue, t.position);
        *out = t;
        ++m_i;
        return true;
    }

    bool primary(Term* term)
    {
        QString* sql = &term->sql;
        const Token t = peek();
        if (t.kind == Token::LParen) {
            ++m_i;
            Term inner;
            if (!orExpr(&inner))
                return false;
            if (peek().kind != Token::RParen)
                return fail(SampleFilterError::Kind::MissingClosingParenthesis, peek().position);
            ++m_i;
            finish(&inner);
            *term = std::move(inner);
            return true;
        }
        if (t.kind == Token::End)
            return fail(SampleFilterError::Kind::EndsTooEarly, t.position);
        if (t.kind != Token::Word && t.kind != Token::String && t.kind != Token::Number)
            return fail(SampleFilterError::Kind::Unexpected, t.position, {peekText()});
        const Token& next = peek(1);
        if (isKeyword(t, "inside") && next.kind == Token::LParen)
            return inside(term);
        if (t.kind == Token::Word && (next.kind == Token::Op || next.kind == Token::Colon)) {
            m_i += 2;
            const QString op = next.kind == Token::Colon ? QStringLiteral("=") : next.text;
            Token v;
            if (!value(&v))
                return false;
            return comparison(t, op, v, term);
        }
        // A bare word or quoted string: text search.
        ++m_i;
        const QString p = bind(t.text);
        *sql = QStringLiteral("text_contains(%1, s.sample_id, " LOCKSTEP_SAMPLE_LABEL_SCAN_SQL
                              ", coalesce(s.text_inline, ''))")
                   .arg(p);
        return true;
    }

    // inside(x.metric, y.metric: x1 y1, x2 y2, x3 y3, ...): the samples whose two metrics lie in the polygon
    // (edges included): one MetricCondition, the polygon kept parsed beside it.
    bool inside(Term* term)
    {
        const int start = peek().position;
        m_i += 2;  // inside (
        const auto metric = [this](QString* name) {
            const Token& t = peek();
            if (t.kind != Token::Word || !t.text.contains(QLatin1Char('.')))
                return fail(SampleFilterError::Kind::InsideNeedsTwoMetrics, t.position);
            *name = t.text;
            ++m_i;
            return true;
        };
        QString xMetric;
        QString yMetric;
        if (!metric(&xMetric))
            return false;
        if (peek().kind != Token::Comma)
            return fail(SampleFilterError::Kind::InsideMissingMetricComma, peek().position);
        ++m_i;
        if (!metric(&yMetric))
            return false;
        if (peek().kind != Token::Colon)
            return fail(SampleFilterError::Kind::InsideMissingColon, peek().position);
        ++m_i;
        std::vector<LassoPolygon::Point> corners;
        for (;;) {
            const Token& x = peek();
            const Token& y = peek(1);
            if (x.kind != Token::Number || y.kind != Token::Number) {
                const Token& bad = x.kind != Token::Number ? x : y;
                return fail(SampleFilterError::Kind::InsideCornerNotTwoNumbers, bad.position);
            }
            corners.push_back({x.number, y.number});
            m_i += 2;
            if (corners.size() > std::size_t(LassoPolygon::kMaxVertices))
                return fail(SampleFilterError::Kind::InsideTooManyCorners, x.position,
                            {QString::number(LassoPolygon::kMaxVertices)});
            if (peek().kind == Token::Comma) {
                ++m_i;
                continue;
            }
            if (peek().kind == Token::RParen)
                break;
            return fail(SampleFilterError::Kind::InsideMissingCornerComma, peek().position);
        }
        ++m_i;  // )
        const LassoPolygon polygon(std::move(corners));
        if (const QString problem = polygon.problem(); !problem.isEmpty())
            return fail(SampleFilterError::Kind::InsideInvalidPolygon, start, {problem});
        m_out->polygons.push_back({xMetric, yMetric, polygon});
        MetricCondition condition;
        condition.kind = MetricCondition::Kind::Polygon;
        condition.metric = xMetric;
        condition.yMetric = yMetric;
        condition.polygon = std::make_shared<const LassoPolygon>(polygon);
        maskTest(std::move(condition), term);
        return true;
    }

    bool comparison(const Token& field, const QString& op, const Token& v, Term* term)
    {
        QString* sql = &term->sql;
        const QString sqlOp = op == QLatin1String("!=") ? QStringLiteral("<>") : op;
        const QString name = field.text;
        if (name.compare(QLatin1String("has"), Qt::CaseInsensitive) == 0) {
            if (op != QLatin1String("="))
                return fail(SampleFilterError::Kind::HasSyntax, field.position);
            if (const std::optional<QString> annotation = annotationCondition(v.text.toLower())) {
                *sql = *annotation;
                return true;
            }
            if (const std::optional<Modality> m = modalityFromName(v.text.toLower())) {
                *sql = QStringLiteral("((s.modalities & %1) <> 0)").arg(modalityBit(*m));
                return true;
            }
            // An issue type ("image.blurry") or a whole modality's issues ("audio.*").
            if (v.text.endsWith(QLatin1String(".*")))
                maskTest(IssueCondition{v.text.chopped(1) + QLatin1Char('%'), true}, term);
            else
                maskTest(IssueCondition{v.text, false}, term);
            return true;
        }
        if (name.compare(QLatin1String("tag"), Qt::CaseInsensitive) == 0) {
            if (op != QLatin1String("=") && op != QLatin1String("!="))
                return fail(SampleFilterError::Kind::TagSyntax, field.position);
            // Tags match without regard to case, like labels.
            const QString p = bind(v.text);
            *sql = QStringLiteral(
                       "(s.sample_id %1 (SELECT sample_id FROM annotations WHERE kind = 'tag' AND value = %2 "
                       "COLLATE NOCASE))")
                       .arg(op == QLatin1String("=") ? QStringLiteral("IN") : QStringLiteral("NOT IN"), p);
            return true;
        }
        if (name.compare(QLatin1String("status"), Qt::CaseInsensitive) == 0 &&
            (op == QLatin1String("=") || op == QLatin1String("!="))) {
            maskTest(StatusCondition{v.text, op == QLatin1String("!=")}, term);
            return true;
        }
        if (const std::optional<Column> column = columnOf(name)) {
            if (column->numeric && v.kind != Token::Number)
                return fail(SampleFilterError::Kind::CountNeedsNumber, v.position, {name});
            const QString p = column->numeric ? bind(v.number) : bind(v.text);
            // Text comparisons ignore case: "label = Dog" finds "dog".
            *sql = column->numeric
                       ? QStringLiteral("(%1 %2 %3)").arg(QLatin1String(column->sql), sqlOp, p)
                       : QStringLiteral("(%1 %2 %3 COLLATE NOCASE)").arg(QLatin1String(column->sql), sqlOp, p);
            return true;
        }
        if (name.contains(QLatin1Char('.'))) {
            if (v.kind != Token::Number)
                return fail(SampleFilterError::Kind::MetricNeedsNumber, v.position, {name});
            MetricCondition condition = MetricCondition::compare(name, op, v.number);
            if (condition.kind == MetricCondition::Kind::Range)
                term->range = std::move(condition);  // andExpr may still narrow it
            else
                maskTest(std::move(condition), term);
            return true;
        }
        return fail(SampleFilterError::Kind::UnknownField, field.position, {name});
    }

    std::vector<Token> m_t;
    std::size_t m_i = 0;
    SampleFilter* m_out;
};

}  // namespace

SampleFilter SampleFilter::parse(const QString& query)
{
    SampleFilter out;
    std::vector<Token> tokens;
    if (!Lexer(query).run(&tokens, &out.errorKind, &out.errorPosition)) {
        out.ok = false;
        out.error = SampleFilterError::english(out.errorKind, {});
        return out;
    }
    Parser(std::move(tokens), &out).run();
    if (!out.ok) {
        out.whereSql.clear();
        out.bindings.clear();
        out.polygons.clear();
        out.metricConjuncts.clear();
        out.metricOnly = false;
    }
    return out;
}

}  // namespace lockstep
