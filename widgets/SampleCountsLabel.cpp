#include "SampleCountsLabel.h"

#include "SampleTableModel.h"
#include "ShownIssueCounter.h"

#include <QItemSelectionModel>
#include <QLocale>
#include <algorithm>
#include <climits>
#include <utility>
#include <vector>

namespace lockstep {

SampleCountsLabel::SampleCountsLabel(SampleTableModel* model, QItemSelectionModel* selection, QWidget* parent)
    : QLabel(parent), m_model(model), m_selection(selection), m_issues(new ShownIssueCounter(model, this))
{
    setObjectName(QStringLiteral("statusCounts"));
    setContentsMargins(8, 0, 8, 0);
    setTextFormat(Qt::PlainText);
    connect(m_issues, &ShownIssueCounter::issuesChanged, this, &SampleCountsLabel::refreshCounts);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this, &SampleCountsLabel::refreshCounts);
    // A reset clears the selection without selectionChanged; a new order may drop selected rows.
    connect(m_model, &QAbstractItemModel::modelReset, this, &SampleCountsLabel::refreshCounts);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &SampleCountsLabel::refreshCounts);
    refreshCounts();
}

void SampleCountsLabel::setDiagnosticCounts(qint64 warnings, qint64 errors)
{
    m_warnings = warnings;
    m_errors = errors;
    refreshCounts();
}

qint64 SampleCountsLabel::selectedCount() const
{
    // Ctrl+A on a million rows is one range: merge the ranges' row spans instead of listing selected rows.
    std::vector<std::pair<int, int>> spans;
    const QItemSelection selection = m_selection->selection();
    spans.reserve(std::size_t(selection.size()));
    for (const QItemSelectionRange& range : selection)
        if (range.isValid())
            spans.emplace_back(range.top(), range.bottom());
    std::sort(spans.begin(), spans.end());
    qint64 count = 0;
    int end = -1;  // last row counted
    for (const auto& [top, bottom] : spans) {
        if (bottom <= end)
            continue;
        count += bottom - std::max(top, end + 1) + 1;
        end = bottom;
    }
    return count;
}

QString SampleCountsLabel::countsText(qint64 samples, qint64 shown, qint64 selected, qint64 issues, qint64 warnings,
                                      qint64 errors)
{
    const auto count = [](qint64 n) { return static_cast<int>(qMin<qint64>(n, INT_MAX)); };
    const QString separator = QStringLiteral("  \u00b7  ");
    QStringList parts;
    parts << tr("%Ln sample(s)", nullptr, count(samples));
    parts << tr("%L1 shown").arg(shown);
    parts << tr("%L1 selected").arg(selected);
    if (issues >= 0)
        parts << tr("%Ln issue(s)", nullptr, count(issues));
    if (warnings > 0)
        parts << tr("%Ln warning(s)", nullptr, count(warnings));
    if (errors > 0)
        parts << tr("%Ln error(s)", nullptr, count(errors));
    return parts.join(separator);
}

void SampleCountsLabel::refreshCounts()
{
    if (!m_model->store()) {
        clear();
        setToolTip(QString());
        return;
    }
    const qint64 issues = m_issues->issues();
    setText(
        countsText(m_model->totalSampleCount(), m_model->rowCount(), selectedCount(), issues, m_warnings, m_errors));
    setToolTip(m_model->filterText().isEmpty()
                   ? tr("Issues: quality issues of all samples, from the last scan")
                   : tr("Shown: samples that match the filter \u201c%1\u201d\nIssues: quality issues of the shown "
                        "samples, from the last scan")
                         .arg(m_model->filterText()));
}

}  // namespace lockstep
