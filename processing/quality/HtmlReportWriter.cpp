#include "quality/HtmlReportWriter.h"

#include "quality/QualityReport.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace lockstep {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString fmt(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    if (std::abs(v) >= 1e5 || (v != 0 && std::abs(v) < 1e-3))
        return QString::number(v, 'g', 3);
    return QString::number(v, 'f', std::abs(v) >= 100 ? 0 : (std::abs(v) >= 10 ? 1 : 3));
}

const char* severityColour(int severity)
{
    switch (severity) {
    case 2: return "#d64545";
    case 1: return "#e8a33d";
    default: return "#5b8def";
    }
}

// A histogram of sorted values as an inline SVG, with the quartiles marked.
QString histogram(const QualityReport::MetricSummary& m)
{
    constexpr int kWidth = 260;
    constexpr int kHeight = 90;
    constexpr int kBins = 32;
    const Distribution& d = m.distribution;
    QString svg = QStringLiteral("<svg viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" role=\"img\">")
                      .arg(kWidth)
                      .arg(kHeight + 14);
    if (d.count == 0 || !std::isfinite(d.min))
        return svg + QStringLiteral("</svg>");
    const double lo = d.min;
    const double hi = d.max > d.min ? d.max : d.min + 1;
    std::vector<int> bins(kBins, 0);
    for (double v : m.values)
        if (std::isfinite(v))
            ++bins[std::size_t(std::clamp(int((v - lo) / (hi - lo) * kBins), 0, kBins - 1))];
    const int peak = std::max(1, *std::max_element(bins.begin(), bins.end()));
    const double bw = double(kWidth) / kBins;
    for (int i = 0; i < kBins; ++i) {
        if (bins[std::size_t(i)] == 0)
            continue;
        // Square-root scale keeps a few outliers visible next to a tall mode.
        const double h = std::sqrt(double(bins[std::size_t(i)]) / peak) * (kHeight - 4);
        svg += QStringLiteral(
                   "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#6c8ebf\"><title>%5</title></rect>")
                   .arg(i * bw, 0, 'f', 1)
                   .arg(kHeight - h, 0, 'f', 1)
                   .arg(bw - 1, 0, 'f', 1)
                   .arg(h, 0, 'f', 1)
                   .arg(bins[std::size_t(i)]);
    }
    auto mark = [&](double v, const char* colour) {
        const double x = (v - lo) / (hi - lo) * kWidth;
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%1\" y1=\"0\" y2=\"%2\" stroke=\"%3\" stroke-width=\"1.5\"/>")
                   .arg(x, 0, 'f', 1)
                   .arg(kHeight)
                   .arg(QLatin1String(colour));
    };
    mark(d.q1, "#999");
    mark(d.median, "#333");
    mark(d.q3, "#999");
    svg += QStringLiteral(
               "<text x=\"0\" y=\"%1\" class=\"axis\">%2</text><text x=\"%3\" y=\"%1\" class=\"axis\" "
               "text-anchor=\"end\">%4</text></svg>")
               .arg(kHeight + 12)
               .arg(fmt(d.min))
               .arg(kWidth)
               .arg(fmt(d.max));
    return svg;
}

QString issueBars(const QualityReport& r)
{
    struct Row {
        QString type;
        qint64 bySeverity[3] = {0, 0, 0};
        qint64 total = 0;
    };
    std::vector<Row> rows;
    for (auto t = r.counts.cbegin(); t != r.counts.cend(); ++t) {
        Row row;
        row.type = t.key();
        for (auto s = t.value().cbegin(); s != t.value().cend(); ++s) {
            row.bySeverity[std::clamp(s.key(), 0, 2)] += s.value();
            row.total += s.value();
        }
        rows.push_back(row);
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row& a, const Row& b) { return a.total != b.total ? a.total > b.total : a.type < b.type; });
    if (rows.empty())
        return QStringLiteral("<p class=\"muted\">No issues found.</p>");
    const qint64 peak = rows.front().total;
    constexpr int kBarWidth = 420;
    QString html = QStringLiteral("<table class=\"bars\">");
    for (const Row& row : rows) {
        html += QStringLiteral(
                    "<tr><td class=\"type\"><a href=\"#\" onclick=\"return filterType('%1')\">%1</a></td><td><svg "
                    "width=\"%2\" height=\"14\">")
                    .arg(esc(row.type))
                    .arg(kBarWidth);
        double x = 0;
        for (int s = 2; s >= 0; --s) {
            const double w = double(row.bySeverity[s]) / double(peak) * kBarWidth;
            if (w <= 0)
                continue;
            html += QStringLiteral("<rect x=\"%1\" y=\"1\" width=\"%2\" height=\"12\" rx=\"2\" fill=\"%3\"/>")
                        .arg(x, 0, 'f', 1)
                        .arg(std::max(w, 1.5), 0, 'f', 1)
                        .arg(QLatin1String(severityColour(s)));
            x += w;
        }
        html += QStringLiteral("</svg></td><td class=\"num\">%1</td></tr>").arg(row.total);
    }
    return html + QStringLiteral("</table>");
}

const char* kStyle = R"css(
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC",sans-serif;margin:0;color:#222;background:#f6f7f9}
header{background:#1f2937;color:#fff;padding:20px 32px}header h1{margin:0 0 4px;font-size:22px}header p{margin:0;color:#cbd5e1}
main{padding:20px 32px;max-width:1400px}section{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:16px 20px;margin:0 0 20px}
h2{font-size:17px;margin:0 0 12px}.cards{display:flex;gap:16px;flex-wrap:wrap}.card{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:14px 20px;min-width:150px}
.card b{display:block;font-size:26px}.err b{color:#d64545}.warn b{color:#c98118}.info b{color:#3f6fd8}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:14px}.metric{border:1px solid #eceef2;border-radius:6px;padding:8px 10px}
.metric h3{font-size:13px;margin:0 0 4px;font-family:ui-monospace,monospace}.metric p{margin:2px 0 0;font-size:12px;color:#555}.axis{font-size:10px;fill:#666}
table{border-collapse:collapse;width:100%}td,th{padding:4px 8px;border-bottom:1px solid #eef0f3;text-align:left;vertical-align:top}th{background:#fafbfc;position:sticky;top:0}
.bars td{border:0;padding:2px 6px}.bars .type{font-family:ui-monospace,monospace;white-space:nowrap}.num{text-align:right;font-variant-numeric:tabular-nums}
.sev{display:inline-block;padding:0 6px;border-radius:9px;color:#fff;font-size:11px}.mono{font-family:ui-monospace,monospace}.muted{color:#777}
input{font:inherit;padding:6px 10px;border:1px solid #cfd4dc;border-radius:6px;width:320px;margin-bottom:10px}.scroll{max-height:640px;overflow:auto}
)css";

const char* kScript = R"js(
function filterRows(q){q=q.toLowerCase();var n=0;document.querySelectorAll('#issues tbody tr').forEach(function(r){var show=r.textContent.toLowerCase().indexOf(q)>=0;r.style.display=show?'':'none';if(show)n++;});document.getElementById('shown').textContent=n;}
function filterType(t){var i=document.getElementById('q');i.value=t;filterRows(t);document.getElementById('issues-section').scrollIntoView();return false;}
)js";

}  // namespace

QByteArray HtmlReportWriter::write(const QualityReport& r)
{
    qint64 totals[3] = {0, 0, 0};
    for (auto t = r.counts.cbegin(); t != r.counts.cend(); ++t)
        for (auto s = t.value().cbegin(); s != t.value().cend(); ++s)
            totals[std::clamp(s.key(), 0, 2)] += s.value();

    QString html = QStringLiteral(
                       "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lockstep quality "
                       "report</title><style>") +
                   QLatin1String(kStyle) + QStringLiteral("</style><script>") + QLatin1String(kScript) +
                   QStringLiteral("</script></head><body>");
    html += QStringLiteral(
                "<header><h1>Quality report</h1><p class=\"mono\">%1</p><p>Project %2 · scanned %3</p></header><main>")
                .arg(esc(r.dataset), esc(r.project), esc(r.scannedAt));
    html +=
        QStringLiteral(
            "<div class=\"cards\" style=\"margin-bottom:20px\">"
            "<div class=\"card\"><b>%1</b>samples</div><div class=\"card\"><b>%2</b>with issues</div>"
            "<div class=\"card err\"><b>%3</b>errors</div><div class=\"card warn\"><b>%4</b>warnings</div>"
            "<div class=\"card info\"><b>%5</b>notes</div><div class=\"card\"><b>%6</b>duplicate groups</div></div>")
            .arg(r.samples)
            .arg(r.samplesWithIssues)
            .arg(totals[2])
            .arg(totals[1])
            .arg(totals[0])
            .arg(qint64(r.groups.size()));
    html += QStringLiteral("<section><h2>Issues by type</h2>") + issueBars(r) + QStringLiteral("</section>");

    html += QStringLiteral(
        "<section><h2>Metric distributions</h2><p class=\"muted\">Square-root count scale; lines mark the "
        "quartiles.</p><div class=\"grid\">");
    for (const QualityReport::MetricSummary& m : r.metrics) {
        const Distribution& d = m.distribution;
        html += QStringLiteral("<div class=\"metric\"><h3>%1</h3>%2<p>n %3 · median %4 · IQR %5 – %6</p></div>")
                    .arg(esc(m.name), histogram(m))
                    .arg(d.count)
                    .arg(fmt(d.median), fmt(d.q1), fmt(d.q3));
    }
    html += QStringLiteral("</div></section>");

    html += QStringLiteral("<section><h2>Duplicate groups (%1)</h2>").arg(qint64(r.groups.size()));
    if (r.groups.empty()) {
        html += QStringLiteral("<p class=\"muted\">No duplicates found.</p>");
    } else {
        html += QStringLiteral(
            "<div "
            "class=\"scroll\"><table><thead><tr><th>Kind</th><th>Modality</th><th>Keep</th><th>Duplicates</th><th>Why</"
            "th></tr></thead><tbody>");
        for (const DuplicateGroupRecord& g : r.groups) {
            QStringList others;
            for (const auto& [id, distance] : g.members)
                if (id != g.keeper)
                    others << esc(id);
            html +=
                QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td class=\"mono\">%3</td><td class=\"mono\">%4</td><td>%5</td></tr>")
                    .arg(esc(g.kind), esc(g.modality), esc(g.keeper), others.join(QStringLiteral(", ")), esc(g.reason));
        }
        html += QStringLiteral("</tbody></table></div>");
    }
    html += QStringLiteral("</section>");

    html += QStringLiteral(
                "<section id=\"issues-section\"><h2>All issues (<span id=\"shown\">%1</span> shown)</h2>"
                "<input id=\"q\" placeholder=\"Filter: sample, type or words\" oninput=\"filterRows(this.value)\">"
                "<div class=\"scroll\"><table id=\"issues\"><thead><tr><th>Sample</th><th>Type</th><th>Severity</th>"
                "<th class=\"num\">Value</th><th class=\"num\">Limit</th><th>What</th></tr></thead><tbody>")
                .arg(qint64(r.issues.size()));
    for (const QualityIssue& i : r.issues)
        html += QStringLiteral(
                    "<tr><td class=\"mono\">%1</td><td class=\"mono\">%2</td><td><span class=\"sev\" "
                    "style=\"background:%3\">%4</span></td>"
                    "<td class=\"num\">%5</td><td class=\"num\">%6</td><td>%7</td></tr>")
                    .arg(esc(i.sampleId), esc(i.type), QLatin1String(severityColour(int(i.severity))),
                         severityName(i.severity), fmt(i.value), fmt(i.threshold), esc(i.message));
    html += QStringLiteral("</tbody></table></div></section></main></body></html>\n");
    return html.toUtf8();
}

}  // namespace lockstep
