#pragma once

#include <QByteArray>

namespace lockstep {

struct QualityReport;

// Renders a quality report as one self-contained HTML file (inline CSS, inline SVG plots, a few lines of
// script for filtering): issue counts as bars, each metric as a histogram with its quartiles, duplicate
// groups and the full issue list.
class HtmlReportWriter {
public:
    static QByteArray write(const QualityReport& report);
};

}  // namespace lockstep
