#pragma once

#include "BrushFilter.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QToolButton;

namespace lockstep {

class DashboardLoader;
class ElidedComboBox;
class IssueCountsPlot;
class MetricHistogramPlot;
class MetricScatterPlot;
class ProjectStore;
class SampleFilterBar;
class SampleTableModel;

// The quality dashboard beside the sample table: a histogram of any metric of the last scan with its outlier
// cut-offs, a scatter plot of any two metrics, and the samples per issue type. Brushing a range, a rectangle or
// clicking a bar filters the table through the query bar (combined with what the user typed there, so the bar
// shows what is applied and Escape clears it); the table's current sample is marked in every plot. Data is read
// in the background (DashboardLoader) whenever the table shows another project or the same one after a scan.
class QualityDashboard final : public QWidget {
    Q_OBJECT
public:
    QualityDashboard(SampleTableModel* model, SampleFilterBar* filterBar, QWidget* parent = nullptr);
    ~QualityDashboard() override;

    // Marks the sample shown in this table row (a position in the sorted, filtered table) in every plot.
    void setCurrentRow(int tableRow);
    void setCurrentSample(const QString& sampleId);
    const QString& currentSample() const { return m_currentSample; }

    MetricHistogramPlot* histogram() const { return m_histogram; }
    MetricScatterPlot* scatter() const { return m_scatter; }
    IssueCountsPlot* issues() const { return m_issues; }
    ElidedComboBox* histogramMetricBox() const { return m_histogramMetric; }
    QComboBox* methodBox() const { return m_method; }
    ElidedComboBox* xMetricBox() const { return m_xMetric; }
    ElidedComboBox* yMetricBox() const { return m_yMetric; }
    QToolButton* rectangleButton() const { return m_rectangleTool; }
    // "Plot only the samples the filter shows": histogram and scatter count the table's filtered samples.
    QCheckBox* plotFilteredBox() const { return m_plotFiltered; }
    QToolButton* lassoButton() const { return m_lassoTool; }
    DashboardLoader* loader() const { return m_loader; }
    bool isLoading() const;
    // Shows these metrics (histogram; scatter x and y), now if the last scan has them, else as soon as it is read.
    // An empty name keeps what is shown.
    void showMetrics(const QString& histogram, const QString& x = {}, const QString& y = {});
    // Vertical (the default): histogram, scatter and issues stacked, for a dock beside the workspace;
    // horizontal: side by side, for a dock below it.
    void setOrientation(Qt::Orientation orientation);
    Qt::Orientation orientation() const;

    // What brushing and clicking do (also reachable from tests without a mouse).
    void filterByRange(double lower, double upper);
    void filterByRectangle(double x0, double x1, double y0, double y1);
    void filterByLasso(const QVector<QPointF>& corners);
    void filterByIssue(const QString& type);
    // Back to the query the user typed (Escape over the dashboard).
    void clearBrush();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void onModelReset();
    void reload();
    void requestHistogram();
    void requestScatter();
    QString plotFilter() const;
    void applyQuery(const QString& query);
    void updateMarkers();
    void updateScatterCaption();
    void updateBrushes();
    void fillMetricBox(QComboBox* box, const QStringList& metrics, const QStringList& preferred);

    SampleTableModel* m_model = nullptr;
    QPointer<SampleFilterBar> m_filterBar;
    DashboardLoader* m_loader = nullptr;
    std::shared_ptr<const ProjectStore> m_store;
    BrushFilter m_brush;
    QString m_currentSample;
    QStringList m_wantedMetrics{QString(), QString(), QString()};  // histogram, x, y (showMetrics)
    double m_projectCutoff = 3.5;

    ElidedComboBox* m_histogramMetric = nullptr;
    QComboBox* m_method = nullptr;
    ElidedComboBox* m_xMetric = nullptr;
    ElidedComboBox* m_yMetric = nullptr;
    QCheckBox* m_plotFiltered = nullptr;
    QString m_plottedFilter;  // the filter the plots were last asked for
    QToolButton* m_rectangleTool = nullptr;
    QToolButton* m_lassoTool = nullptr;
    QLabel* m_histogramCaption = nullptr;
    QLabel* m_scatterCaption = nullptr;
    QLabel* m_issuesCaption = nullptr;
    QSplitter* m_splitter = nullptr;
    MetricHistogramPlot* m_histogram = nullptr;
    MetricScatterPlot* m_scatter = nullptr;
    IssueCountsPlot* m_issues = nullptr;
};

}  // namespace lockstep
