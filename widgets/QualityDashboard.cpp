#include "QualityDashboard.h"

#include "DashboardLoader.h"
#include "ElidedComboBox.h"
#include "IssueCountsPlot.h"
#include "MetricHistogramPlot.h"
#include "MetricScatterPlot.h"
#include "QualityNames.h"
#include "SampleFilterBar.h"
#include "SampleTableModel.h"
#include "store/MetricColumnQuery.h"
#include "store/ProjectStore.h"
#include "store/SampleTableQuery.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace lockstep {

namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel* captionLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);  // follows the theme (a copied colour would not)
    return label;
}

// A section: a header row (title and controls), a caption, the plot.
QWidget* section(QWidget* parent, QLayout* header, QLabel* caption, QWidget* plot)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 6, 8, 2);
    layout->setSpacing(3);
    layout->addLayout(header);
    layout->addWidget(caption);
    layout->addWidget(plot, 1);
    return box;
}

}  // namespace

QualityDashboard::QualityDashboard(SampleTableModel* model, SampleFilterBar* filterBar, QWidget* parent)
    : QWidget(parent), m_model(model), m_filterBar(filterBar), m_loader(new DashboardLoader(this))
{
    setObjectName(QStringLiteral("qualityDashboard"));
    setFocusPolicy(Qt::ClickFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_plotFiltered = new QCheckBox(tr("Plot only the samples the filter shows"), this);
    m_plotFiltered->setObjectName(QStringLiteral("plotFilteredSamples"));
    m_plotFiltered->setToolTip(
        tr("The histogram and the scatter plot count only the samples in the table; the outlier cut-offs "
           "still come from every sample"));
    auto* top = new QHBoxLayout;
    top->setContentsMargins(8, 6, 8, 0);
    top->addWidget(m_plotFiltered);
    top->addStretch(1);
    layout->addLayout(top);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("qualityDashboardSplitter"));
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);

    // Histogram: metric and outlier method.
    m_histogramMetric = new ElidedComboBox(this);
    m_histogramMetric->setObjectName(QStringLiteral("histogramMetric"));
    m_histogramMetric->setDescription(tr("The metric of the last scan to show as a histogram"));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("outlierMethod"));
    m_method->addItem(tr("Robust z (median, MAD)"), int(OutlierMethod::RobustZ));
    m_method->addItem(tr("z-score (mean, std)"), int(OutlierMethod::ZScore));
    m_method->addItem(tr("IQR fences (Tukey)"), int(OutlierMethod::Iqr));
    m_method->setToolTip(
        tr("How the outlier cut-offs are drawn. The scan flags robust z beyond the project's cut-off "
           "(sample.outlier_cutoff); z-score uses 3, IQR fences 1.5 \u00d7 IQR."));
    auto* histogramHeader = new QHBoxLayout;
    histogramHeader->addWidget(sectionTitle(tr("Histogram"), this));
    histogramHeader->addWidget(m_histogramMetric);
    histogramHeader->addStretch(1);
    histogramHeader->addWidget(new QLabel(tr("Cut-offs:"), this));
    histogramHeader->addWidget(m_method);
    m_histogramCaption = captionLabel(this);
    m_histogram = new MetricHistogramPlot(this);
    m_splitter->addWidget(section(m_splitter, histogramHeader, m_histogramCaption, m_histogram));

    // Scatter: two metrics.
    m_xMetric = new ElidedComboBox(this);
    m_xMetric->setObjectName(QStringLiteral("scatterXMetric"));
    m_xMetric->setDescription(tr("Metric on the horizontal axis"));
    m_yMetric = new ElidedComboBox(this);
    m_yMetric->setObjectName(QStringLiteral("scatterYMetric"));
    m_yMetric->setDescription(tr("Metric on the vertical axis"));
    auto* scatterHeader = new QHBoxLayout;
    scatterHeader->addWidget(sectionTitle(tr("Scatter"), this));
    scatterHeader->addWidget(m_xMetric);
    scatterHeader->addWidget(new QLabel(tr("against"), this));
    scatterHeader->addWidget(m_yMetric);
    scatterHeader->addStretch(1);
    // What a drag draws; Shift+drag draws the other one.
    const auto toolButton = [this](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::TabFocus);
        return b;
    };
    m_rectangleTool = toolButton(QStringLiteral("scatterRectangleTool"), tr("Rectangle"),
                                 tr("Drag a rectangle to filter (Shift+drag draws a lasso)"));
    m_lassoTool = toolButton(QStringLiteral("scatterLassoTool"), tr("Lasso"),
                             tr("Draw around the samples to filter (Shift+drag draws a rectangle)"));
    m_rectangleTool->setChecked(true);
    auto* tools = new QButtonGroup(this);
    tools->addButton(m_rectangleTool);
    tools->addButton(m_lassoTool);
    scatterHeader->addWidget(m_rectangleTool);
    scatterHeader->addWidget(m_lassoTool);
    m_scatterCaption = captionLabel(this);
    m_scatter = new MetricScatterPlot(this);
    m_splitter->addWidget(section(m_splitter, scatterHeader, m_scatterCaption, m_scatter));

    // Issues by type.
    auto* issuesHeader = new QHBoxLayout;
    issuesHeader->addWidget(sectionTitle(tr("Issues by type"), this));
    issuesHeader->addStretch(1);
    m_issuesCaption = captionLabel(this);
    m_issues = new IssueCountsPlot(this);
    auto* issuesScroll = new QScrollArea(this);
    issuesScroll->setObjectName(QStringLiteral("issueCountsScroll"));
    issuesScroll->setWidget(m_issues);
    issuesScroll->setWidgetResizable(true);
    issuesScroll->setFrameShape(QFrame::NoFrame);
    issuesScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_splitter->addWidget(section(m_splitter, issuesHeader, m_issuesCaption, issuesScroll));
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 3);

    connect(m_histogramMetric, &QComboBox::currentIndexChanged, this, &QualityDashboard::requestHistogram);
    connect(m_method, &QComboBox::currentIndexChanged, this, &QualityDashboard::requestHistogram);
    connect(m_xMetric, &QComboBox::currentIndexChanged, this, &QualityDashboard::requestScatter);
    connect(m_yMetric, &QComboBox::currentIndexChanged, this, &QualityDashboard::requestScatter);
    connect(m_histogram, &MetricHistogramPlot::rangeBrushed, this, &QualityDashboard::filterByRange);
    connect(m_scatter, &MetricScatterPlot::rectangleBrushed, this, &QualityDashboard::filterByRectangle);
    connect(m_scatter, &MetricScatterPlot::lassoBrushed, this, &QualityDashboard::filterByLasso);
    connect(m_plotFiltered, &QCheckBox::toggled, this, [this] {
        requestHistogram();
        requestScatter();
    });
    connect(m_lassoTool, &QToolButton::toggled, this, [this](bool lasso) {
        m_scatter->setBrushShape(lasso ? MetricScatterPlot::BrushShape::Lasso
                                       : MetricScatterPlot::BrushShape::Rectangle);
        updateScatterCaption();
    });
    connect(m_issues, &IssueCountsPlot::issueClicked, this, &QualityDashboard::filterByIssue);

    connect(m_loader, &DashboardLoader::overviewLoaded, this, [this](const DashboardLoader::Overview& o) {
        m_projectCutoff = o.outlierCutoff;
        if (o.metrics.isEmpty()) {
            const QString message = tr("No quality scan yet: Dataset \u25b8 Scan Quality");
            m_histogram->showMessage(message);
            m_scatter->showMessage(message);
            m_histogramCaption->clear();
            m_scatterCaption->clear();
        }
        fillMetricBox(m_histogramMetric, o.metrics,
                      {m_wantedMetrics[0], QStringLiteral("audio.rms_dbfs"), QStringLiteral("image.brightness_mean")});
        fillMetricBox(m_xMetric, o.metrics,
                      {m_wantedMetrics[1], QStringLiteral("audio.duration_s"), QStringLiteral("image.width")});
        fillMetricBox(m_yMetric, o.metrics,
                      {m_wantedMetrics[2], QStringLiteral("text.chars"), QStringLiteral("text.words"),
                       QStringLiteral("image.height")});
        m_issues->setCounts(o.issues);
        m_issuesCaption->setText(o.issues.empty() ? tr("No issues found by the last scan")
                                                  : tr("%n issue type(s) \u00b7 click a bar to list its samples",
                                                       nullptr, int(o.issues.size())));
        requestHistogram();
        requestScatter();
        updateMarkers();
    });
    // A plot of the filtered subset reloads after each brush: the brush stays drawn on the same metrics.
    connect(m_loader, &DashboardLoader::histogramLoaded, this, [this](const DashboardLoader::Histogram& h) {
        const bool sameMetric = h.metric == m_histogram->histogram().metric;
        const auto range = m_histogram->brushedRange();
        m_histogram->setHistogram(h);
        if (sameMetric && range)
            m_histogram->setBrushedRange(range);
        m_histogramCaption->setText(m_histogram->caption());
        updateBrushes();
        updateMarkers();
    });
    connect(m_loader, &DashboardLoader::scatterLoaded, this, [this](const DashboardLoader::Scatter& s) {
        const bool sameMetrics = s.xMetric == m_scatter->points().xMetric && s.yMetric == m_scatter->points().yMetric;
        const auto rectangle = m_scatter->brushedRectangle();
        const auto polygon = m_scatter->brushedPolygon();
        m_scatter->setPoints(s);
        if (sameMetrics) {
            m_scatter->setBrushedRectangle(rectangle);
            m_scatter->setBrushedPolygon(polygon);
        }
        updateScatterCaption();
        updateBrushes();
        updateMarkers();
    });

    connect(m_model, &QAbstractItemModel::modelReset, this, &QualityDashboard::onModelReset);
    connect(m_model, &SampleTableModel::sortFinished, this, &QualityDashboard::updateBrushes);
    onModelReset();
}

QualityDashboard::~QualityDashboard() = default;

bool QualityDashboard::isLoading() const
{
    return m_loader->isBusy();
}

void QualityDashboard::showMetrics(const QString& histogram, const QString& x, const QString& y)
{
    const QStringList wanted{histogram, x, y};
    const QList<QComboBox*> boxes{m_histogramMetric, m_xMetric, m_yMetric};
    for (int i = 0; i < boxes.size(); ++i) {
        if (wanted[i].isEmpty())
            continue;
        m_wantedMetrics[i] = wanted[i];
        const int index = boxes[i]->findData(wanted[i]);
        if (index >= 0)
            boxes[i]->setCurrentIndex(index);  // requests the plot
    }
}

void QualityDashboard::setOrientation(Qt::Orientation orientation)
{
    if (orientation == m_splitter->orientation())
        return;
    m_splitter->setOrientation(orientation);
    // Side by side, the two plots share most of the width; the issue bars need less (the splitter scales these
    // shares to the width it has).
    m_splitter->setSizes(orientation == Qt::Horizontal ? QList<int>{400, 400, 260} : QList<int>{400, 500, 300});
}

Qt::Orientation QualityDashboard::orientation() const
{
    return m_splitter->orientation();
}

void QualityDashboard::onModelReset()
{
    // A reset is either another project (or the same one reopened after a scan: a new store) or a new filter.
    if (m_model->store() != m_store) {
        m_store = m_model->store();
        reload();
    } else if (m_plotFiltered->isChecked() && plotFilter() != m_plottedFilter) {
        requestHistogram();
        requestScatter();
    }
    updateBrushes();
}

void QualityDashboard::reload()
{
    m_brush.forget();
    const QString path = m_store ? m_store->path() : QString();
    // A private in-memory project has no second connection to read from.
    m_loader->setProjectPath(path == QLatin1String(":memory:") ? QString() : path);
    if (m_loader->projectPath().isEmpty()) {
        m_histogram->showMessage(QString());
        m_scatter->showMessage(QString());
        m_issues->setCounts({});
        return;
    }
    m_loader->requestOverview();
}

void QualityDashboard::fillMetricBox(QComboBox* box, const QStringList& metrics, const QStringList& preferred)
{
    const QString kept = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    // The item's data is the metric's identifier; its text may put a translated name first.
    for (const QString& metric : metrics)
        box->addItem(QualityNames::metricLabel(metric), metric);
    int index = box->findData(kept);
    for (int i = 0; index < 0 && i < preferred.size(); ++i)
        index = box->findData(preferred[i]);
    // Two different defaults for the scatter axes when none is preferred.
    if (index < 0 && !metrics.isEmpty())
        index = box == m_yMetric && metrics.size() > 1 ? 1 : 0;
    box->setCurrentIndex(index);
}

void QualityDashboard::requestHistogram()
{
    const QString metric = m_histogramMetric->currentData().toString();
    if (metric.isEmpty())
        return;
    OutlierOptions options;
    options.method = OutlierMethod(m_method->currentData().toInt());
    options.cutoff =
        options.method == OutlierMethod::RobustZ ? m_projectCutoff : OutlierStatistics::defaultCutoff(options.method);
    m_plottedFilter = plotFilter();
    m_loader->requestHistogram(metric, options, m_plottedFilter);
}

void QualityDashboard::requestScatter()
{
    const QString x = m_xMetric->currentData().toString();
    const QString y = m_yMetric->currentData().toString();
    m_plottedFilter = plotFilter();
    if (!x.isEmpty() && !y.isEmpty())
        m_loader->requestScatter(x, y, m_plottedFilter);
}

QString QualityDashboard::plotFilter() const
{
    // The query the table applies (one with an error is never applied).
    return m_plotFiltered->isChecked() ? m_model->filterText().trimmed() : QString();
}

void QualityDashboard::setCurrentRow(int tableRow)
{
    const QVariant id = tableRow >= 0 ? m_model->index(tableRow, 0).data(SampleTableModel::SampleIdRole) : QVariant();
    setCurrentSample(id.toString());
}

void QualityDashboard::setCurrentSample(const QString& sampleId)
{
    m_currentSample = sampleId;
    updateMarkers();
}

void QualityDashboard::updateMarkers()
{
    // One sample: a few indexed lookups on the table's own connection.
    if (m_currentSample.isEmpty() || !m_store) {
        m_histogram->setMarker(std::nullopt);
        m_scatter->setMarker(std::nullopt);
        m_issues->setHighlighted({});
        return;
    }
    const QString h = m_histogram->histogram().metric;
    const QString x = m_scatter->points().xMetric;
    const QString y = m_scatter->points().yMetric;
    const QHash<QString, double> values = SampleTableQuery(*m_store).metricsFor({m_currentSample}, {h, x, y}).front();
    m_histogram->setMarker(values.contains(h) ? std::optional<double>(values.value(h)) : std::nullopt, m_currentSample);
    m_scatter->setMarker(values.contains(x) && values.contains(y)
                             ? std::optional<QPointF>(QPointF(values.value(x), values.value(y)))
                             : std::nullopt);
    m_issues->setHighlighted(MetricColumnQuery(*m_store).issueTypesOf(m_currentSample));
}

void QualityDashboard::applyQuery(const QString& query)
{
    if (!m_filterBar)
        return;
    m_filterBar->edit()->setText(query);
    m_filterBar->apply();
    updateBrushes();
}

void QualityDashboard::filterByRange(double lower, double upper)
{
    const QString metric = m_histogram->histogram().metric;
    if (metric.isEmpty())
        return;
    applyQuery(m_brush.combine(m_model->filterText(), BrushFilter::rangeClause(metric, lower, upper)));
    // One brush at a time: the new one replaced the others in the query.
    m_scatter->setBrushedRectangle(std::nullopt);
    m_scatter->setBrushedPolygon(std::nullopt);
    m_issues->setActiveType(QString());
    m_histogram->setBrushedRange(std::make_pair(lower, upper));
}

void QualityDashboard::filterByRectangle(double x0, double x1, double y0, double y1)
{
    const DashboardLoader::Scatter& s = m_scatter->points();
    if (s.xMetric.isEmpty())
        return;
    applyQuery(
        m_brush.combine(m_model->filterText(), BrushFilter::rectangleClause(s.xMetric, x0, x1, s.yMetric, y0, y1)));
    m_histogram->setBrushedRange(std::nullopt);
    m_issues->setActiveType(QString());
    m_scatter->setBrushedPolygon(std::nullopt);
    m_scatter->setBrushedRectangle(QRectF(QPointF(x0, y0), QPointF(x1, y1)));
}

void QualityDashboard::updateScatterCaption()
{
    const DashboardLoader::Scatter& s = m_scatter->points();
    if (s.xMetric.isEmpty())
        return;
    const QString n = QLocale().toString(s.points ? qint64(s.points->x.size()) : 0);
    const QString have =
        s.filter.isEmpty() ? tr("%1 samples have both").arg(n) : tr("%1 samples the filter shows have both").arg(n);
    m_scatterCaption->setText(
        m_scatter->brushShape() == MetricScatterPlot::BrushShape::Lasso
            ? tr("%1 \u00b7 draw around samples to filter, Ctrl+drag to pan, wheel to zoom").arg(have)
            : tr("%1 \u00b7 drag a rectangle to filter, Ctrl+drag to pan, wheel to zoom").arg(have));
}

void QualityDashboard::filterByLasso(const QVector<QPointF>& corners)
{
    const DashboardLoader::Scatter& s = m_scatter->points();
    if (s.xMetric.isEmpty() || corners.size() < 3)
        return;
    applyQuery(m_brush.combine(m_model->filterText(), BrushFilter::lassoClause(s.xMetric, s.yMetric, corners)));
    m_histogram->setBrushedRange(std::nullopt);
    m_issues->setActiveType(QString());
    m_scatter->setBrushedRectangle(std::nullopt);
    m_scatter->setBrushedPolygon(corners);
}

void QualityDashboard::filterByIssue(const QString& type)
{
    applyQuery(m_brush.combine(m_model->filterText(), BrushFilter::issueClause(type)));
    m_histogram->setBrushedRange(std::nullopt);
    m_scatter->setBrushedRectangle(std::nullopt);
    m_scatter->setBrushedPolygon(std::nullopt);
    m_issues->setActiveType(type);
}

void QualityDashboard::clearBrush()
{
    if (m_brush.isActive(m_model->filterText()))
        applyQuery(m_brush.withoutBrush(m_model->filterText()));
}

void QualityDashboard::updateBrushes()
{
    // Each plot keeps its brush only while the query bar shows that brush; a typed query or Escape ends it.
    if (m_brush.isActive(m_model->filterText()))
        return;
    if (m_histogram->brushedRange())
        m_histogram->setBrushedRange(std::nullopt);
    if (m_scatter->brushedRectangle())
        m_scatter->setBrushedRectangle(std::nullopt);
    // An inside(...) on the scatter plot's two metrics, typed or kept from a lasso, is drawn as the lasso.
    const DashboardLoader::Scatter& shown = m_scatter->points();
    const auto typed = BrushFilter::polygonOf(m_model->filterText(), shown.xMetric, shown.yMetric);
    if (typed != m_scatter->brushedPolygon())
        m_scatter->setBrushedPolygon(typed);
    m_issues->setActiveType(QString());
}

void QualityDashboard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_brush.isActive(m_model->filterText())) {
        clearBrush();
        return;
    }
    QWidget::keyPressEvent(event);
}

}  // namespace lockstep
