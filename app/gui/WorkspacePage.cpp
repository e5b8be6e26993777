#include "WorkspacePage.h"

#include "ElidedLabel.h"
#include "SampleDetailsPane.h"
#include "SampleFilterBar.h"
#include "SampleGridView.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "ShortcutHint.h"
#include "TimelinePanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <climits>

namespace lockstep {

WorkspacePage::WorkspacePage(SampleTableModel* model, QWidget* parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("workspacePage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Top: table and details side by side; bottom: the selected sample's timeline.
    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("workspaceVerticalSplitter"));
    m_vertical->setChildrenCollapsible(false);
    m_vertical->setHandleWidth(6);
    layout->addWidget(m_vertical);
    m_splitter = new QSplitter(Qt::Horizontal, m_vertical);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);

    // Left: summary, go-to field, table.
    auto* left = new QWidget(m_splitter);
    m_browserPane = left;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 0);
    leftLayout->setSpacing(6);
    auto* bar = new QHBoxLayout;
    bar->setSpacing(12);
    // One line: a second one (a narrow window, the History dock open) would push the table down.
    m_summary = new ElidedLabel(left);
    m_summary->setObjectName(QStringLiteral("datasetSummary"));
    bar->addWidget(m_summary, 1);
    m_goTo = new QLineEdit(left);
    m_goTo->setObjectName(QStringLiteral("goToSample"));
    m_goTo->setPlaceholderText(tr("Go to sample ID\u2026"));
    m_goTo->setClearButtonEnabled(true);
    m_goTo->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    m_goTo->setToolTip(goToTip());
    connect(m_goTo, &QLineEdit::returnPressed, this, &WorkspacePage::goToSample);
    bar->addWidget(m_goTo);
    m_gridAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Thumbnail &Grid"), this);
    m_gridAction->setObjectName(QStringLiteral("view.grid"));
    m_gridAction->setCheckable(true);
    m_gridAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_gridAction->setStatusTip(tr("Show the samples as a grid of thumbnails instead of a table"));
    m_gridAction->setToolTip(tr("Thumbnail grid (Ctrl+T)"));
    connect(m_gridAction, &QAction::toggled, this, &WorkspacePage::setGridShown);
    auto* gridButton = new QToolButton(left);
    gridButton->setObjectName(QStringLiteral("gridToggle"));
    gridButton->setDefaultAction(m_gridAction);
    gridButton->setAutoRaise(true);
    bar->addWidget(gridButton);
    leftLayout->addLayout(bar);
    m_filter = new SampleFilterBar(model, left);
    leftLayout->addWidget(m_filter);

    m_browser = new QStackedWidget(left);
    m_table = new SampleTableView(m_browser);
    m_table->setSampleModel(model);
    m_grid = new SampleGridView(m_browser);
    m_grid->setSampleModel(model, m_table->selectionModel());
    m_browser->addWidget(m_table);
    m_browser->addWidget(m_grid);
    leftLayout->addWidget(m_browser, 1);
    connect(m_table, &SampleTableView::currentSampleRowChanged, this, &WorkspacePage::currentSampleRowChanged);

    // Right: the selected sample.
    m_details = new SampleDetailsPane(m_splitter);
    m_details->setMinimumWidth(320);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({780, 520});

    m_timeline = new TimelinePanel(m_vertical);
    m_timeline->setMinimumHeight(160);
    m_vertical->addWidget(m_splitter);
    m_vertical->addWidget(m_timeline);
    m_vertical->setStretchFactor(0, 1);
    m_vertical->setStretchFactor(1, 1);
    // The timeline gets the larger share: it is the view users come for, and a recording has many lanes.
    m_vertical->setSizes({340, 560});
    // The user's own split is kept from then on.
    connect(m_vertical, &QSplitter::splitterMoved, this, [this] { m_keepRowsPending = false; });
}

QString WorkspacePage::summaryLine(const DatasetSummary& summary)
{
    const auto count = [](qint64 n) { return static_cast<int>(qMin<qint64>(n, INT_MAX)); };
    QStringList parts;
    parts << tr("%Ln sample(s)", nullptr, count(summary.samples));
    const auto with = [&summary](Modality m) { return summary.withModality.value(m); };
    if (with(Modality::Image) > 0)
        parts << tr("%Ln image(s)", nullptr, count(with(Modality::Image)));
    if (with(Modality::Text) > 0)
        parts << tr("%Ln text(s)", nullptr, count(with(Modality::Text)));
    if (with(Modality::Audio) > 0)
        parts << tr("%Ln audio file(s)", nullptr, count(with(Modality::Audio)));
    if (with(Modality::Video) > 0)
        parts << tr("%Ln video(s)", nullptr, count(with(Modality::Video)));
    qint64 streams = 0;
    for (auto it = summary.streams.cbegin(); it != summary.streams.cend(); ++it)
        streams += it.value();
    if (streams > 0)
        parts << tr("%Ln timed stream(s)", nullptr, count(streams));
    qint64 missing = 0;
    for (auto it = summary.missingFiles.cbegin(); it != summary.missingFiles.cend(); ++it)
        missing += it.value();
    if (missing > 0)
        parts << tr("%Ln missing file(s)", nullptr, count(missing));
    return parts.join(QStringLiteral("  \u00b7  "));
}

void WorkspacePage::setSummary(const DatasetSummary& summary)
{
    const QString line = summaryLine(summary);
    m_summary->setText(line);
    // The whole line too: it is cut short when the window is narrow.
    m_summary->setToolTip(line + QLatin1Char('\n') +
                          (summary.layout.isEmpty() ? summary.datasetRoot
                                                    : tr("%1\nRead as: %2").arg(summary.datasetRoot, summary.layout)));
}

QString WorkspacePage::summaryText() const
{
    return m_summary->text();
}

void WorkspacePage::keepTableRowsWhenShown()
{
    m_keepRowsPending = true;
    keepTableRowsIfPending();
}

void WorkspacePage::keepTableRowsIfPending()
{
    if (!m_keepRowsPending || !isVisible())
        return;
    // After the layouts have placed the table (they run on posted events). Again after every resize of the
    // page (a dock shown, the window resized) until the user moves the split: then it is theirs.
    QTimer::singleShot(0, this, [this] {
        if (m_keepRowsPending && isVisible())
            keepTableRows();
    });
}

void WorkspacePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    keepTableRowsIfPending();
}

void WorkspacePage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    keepTableRowsIfPending();
}

int WorkspacePage::visibleTableRows() const
{
    const int rowHeight = m_table->verticalHeader()->defaultSectionSize();
    return rowHeight > 0 ? m_table->viewport()->height() / rowHeight : 0;
}

void WorkspacePage::keepTableRows(int rows)
{
    const QList<int> sizes = m_vertical->sizes();
    if (sizes.size() != 2 || isGridShown() || !m_table->isVisible() || m_table->viewport()->height() <= 0)
        return;
    // What the top part needs besides the rows: summary, query bar, column header, margins.
    const int chrome = sizes[0] - m_table->viewport()->height();
    const int wanted = chrome + rows * m_table->verticalHeader()->defaultSectionSize() + 2;
    const int total = sizes[0] + sizes[1];
    // The timeline keeps at least two fifths of the page (and its own minimum): it is what users come for.
    const int topAtMost = total - qMax(m_timeline->minimumHeight(), total * 2 / 5);
    const int top = qMin(wanted, topAtMost);
    if (top > sizes[0])
        m_vertical->setSizes({top, total - top});
}

void WorkspacePage::setGridShown(bool shown)
{
    m_gridAction->setChecked(shown);
    QWidget* view = shown ? static_cast<QWidget*>(m_grid) : m_table;
    m_browser->setCurrentWidget(view);
    // Thumbnails want room: at least two rows of tiles above the timeline.
    const QList<int> sizes = m_vertical->sizes();
    const int wanted = 2 * SampleGridView::tileSize().height() + 90;
    if (shown && isVisible() && sizes.size() == 2 && sizes[0] < wanted && sizes[0] + sizes[1] > wanted + 200)
        m_vertical->setSizes({wanted, sizes[0] + sizes[1] - wanted});
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid()) {
        if (shown)
            m_grid->scrollTo(m_model->index(current.row(), 0), QAbstractItemView::PositionAtCenter);
        else
            m_table->scrollTo(current, QAbstractItemView::PositionAtCenter);
    }
    if (isVisible())
        view->setFocus(Qt::OtherFocusReason);
}

void WorkspacePage::addTopBar(QWidget* bar)
{
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, bar);
}

void WorkspacePage::focusSamples()
{
    m_browser->currentWidget()->setFocus(Qt::OtherFocusReason);
}

bool WorkspacePage::isGridShown() const
{
    return m_browser->currentWidget() == m_grid;
}

void WorkspacePage::focusFilter()
{
    m_filter->focusQuery();
}

void WorkspacePage::setGoToAction(QAction* action)
{
    m_goToAction = action;
    ShortcutHint::follow(this, {action}, [this] {
        if (m_goTo->styleSheet().isEmpty())  // not while it says that no sample has the typed ID
            m_goTo->setToolTip(goToTip());
    });
}

QString WorkspacePage::goToTip() const
{
    return ShortcutHint::withKey(tr("Type a sample ID and press Enter"), m_goToAction);
}

void WorkspacePage::focusGoTo()
{
    m_goTo->setFocus(Qt::ShortcutFocusReason);
    m_goTo->selectAll();
}

void WorkspacePage::goToSample()
{
    const QString id = m_goTo->text().trimmed();
    if (id.isEmpty())
        return;
    const int row = m_model->rowOfSample(id);
    if (row < 0) {
        m_goTo->setStyleSheet(QStringLiteral("color: #d64541;"));  // reads on light and dark bases
        m_goTo->setToolTip(tr("No sample has the ID %1").arg(id));
        return;
    }
    m_goTo->setStyleSheet(QString());
    m_goTo->setToolTip(goToTip());
    m_table->selectSampleRow(row);
    m_browser->currentWidget()->setFocus(Qt::OtherFocusReason);
}

}  // namespace lockstep
