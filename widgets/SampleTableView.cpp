#include "SampleTableView.h"

#include "QualityNames.h"
#include "SampleTableModel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QResizeEvent>
#include <QSet>
#include <QSettings>
#include <algorithm>

namespace lockstep {

SampleTableView::SampleTableView(QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("sampleTable"));
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows for bulk edits (label, tag); only a deliberate double-click or F2 edits a label, so the
    // review keys never start an editor.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setWordWrap(false);
    setShowGrid(false);
    setTextElideMode(Qt::ElideMiddle);
    setCornerButtonEnabled(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // A million rows: fixed heights keep the vertical header from measuring anything.
    QHeaderView* vertical = verticalHeader();
    vertical->setVisible(false);
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setDefaultSectionSize(fontMetrics().height() + 10);
    vertical->setMinimumSectionSize(fontMetrics().height() + 4);

    QHeaderView* horizontal = horizontalHeader();
    horizontal->setHighlightSections(false);
    horizontal->setStretchLastSection(true);
    horizontal->setSectionsMovable(true);
    horizontal->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Import order until the user clicks a header; a third click returns to it.
    horizontal->setSortIndicator(-1, Qt::AscendingOrder);
    horizontal->setSortIndicatorClearable(true);
    horizontal->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontal, &QWidget::customContextMenuRequested, this, &SampleTableView::showColumnMenu);
}

namespace {
const QString kMetricColumnsKey = QStringLiteral("sampleTable/metricColumns");
const QString kHiddenColumnsKey = QStringLiteral("sampleTable/hiddenColumns");

bool isMetricKey(const QString& key)
{
    return key.contains(QLatin1Char('.'));
}
}  // namespace

void SampleTableView::setColumnShown(int column, bool shown)
{
    if (!m_model || column < 0 || column >= m_model->columnCount())
        return;
    horizontalHeader()->setSectionHidden(column, !shown);
    saveHiddenColumns();
}

void SampleTableView::saveHiddenColumns() const
{
    QStringList hidden;
    for (int column = 0; column < SampleTableModel::ColumnCount; ++column)
        if (horizontalHeader()->isSectionHidden(column))
            hidden << SampleTableModel::fixedColumnKey(column);
    QSettings().setValue(kHiddenColumnsKey, hidden);
}

std::vector<SavedViewColumn> SampleTableView::shownColumns() const
{
    std::vector<SavedViewColumn> columns;
    if (!m_model)
        return columns;
    const QHeaderView* header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.push_back({m_model->columnKey(column), header->sectionSize(column)});
    }
    return columns;
}

QStringList SampleTableView::showColumns(const std::vector<SavedViewColumn>& columns, const QString& sortColumn)
{
    QStringList missing;
    if (!m_model)
        return missing;
    const QStringList available = m_model->availableMetrics();
    QStringList metrics;
    for (const SavedViewColumn& column : columns) {
        if (isMetricKey(column.key)) {
            if (!available.contains(column.key))
                missing << column.key;
            else if (!metrics.contains(column.key))
                metrics << column.key;
        } else if (m_model->columnOfKey(column.key) < 0) {
            missing << column.key;
        }
    }
    // A view may sort by a metric it does not show: the metric still needs a (hidden) column to sort by.
    if (isMetricKey(sortColumn) && available.contains(sortColumn) && !metrics.contains(sortColumn))
        metrics << sortColumn;
    setMetricColumns(metrics);  // resets the model and the widths of its columns when the metrics change

    QHeaderView* header = horizontalHeader();
    QSet<int> shown;
    for (const SavedViewColumn& wanted : columns) {
        const int column = m_model->columnOfKey(wanted.key);
        if (column < 0 || shown.contains(column))
            continue;
        header->setSectionHidden(column, false);
        header->moveSection(header->visualIndex(column), int(shown.size()));
        if (wanted.width > 0)
            header->resizeSection(column, wanted.width);
        shown.insert(column);
    }
    if (shown.isEmpty())
        shown.insert(SampleTableModel::IdColumn);  // never a table without columns
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionHidden(column, !shown.contains(column));
    saveHiddenColumns();
    return missing;
}

QString SampleTableView::sortColumnKey() const
{
    return m_model ? m_model->columnKey(horizontalHeader()->sortIndicatorSection()) : QString();
}

bool SampleTableView::isSortDescending() const
{
    return !sortColumnKey().isEmpty() && horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder;
}

bool SampleTableView::sortByColumnKey(const QString& key, bool descending)
{
    if (!m_model)
        return false;
    const int column = key.isEmpty() ? -1 : m_model->columnOfKey(key);
    const Qt::SortOrder order = column >= 0 && descending ? Qt::DescendingOrder : Qt::AscendingOrder;
    QHeaderView* header = horizontalHeader();
    const bool unchanged = header->sortIndicatorSection() == column && header->sortIndicatorOrder() == order;
    header->setSortIndicator(column, order);  // sorts through the model, unless it shows that sort already
    // The header keeps its indicator on a position when the metric columns change: make sure the model follows.
    if (unchanged && m_model->sortKey() != m_model->sortKeyOfColumn(column, order))
        m_model->sort(column, order);
    return key.isEmpty() || column >= 0;
}

void SampleTableView::setMetricColumns(const QStringList& names)
{
    if (!m_model)
        return;
    m_model->setMetricColumns(names);
    QSettings().setValue(kMetricColumnsKey, names);
}

void SampleTableView::showColumnMenu(const QPoint& position)
{
    if (!m_model)
        return;
    QMenu menu(this);
    QHeaderView* header = horizontalHeader();
    int visibleColumns = 0;
    for (int column = 0; column < header->count(); ++column)
        visibleColumns += header->isSectionHidden(column) ? 0 : 1;
    QList<QAction*> fixed;
    for (int column = 0; column < SampleTableModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || visibleColumns > 1);  // keep one column
        action->setData(column);
        fixed << action;
    }
    menu.addSeparator();
    const QStringList available = m_model->availableMetrics();
    const QStringList shown = m_model->metricColumns();
    if (available.isEmpty()) {
        QAction* none = menu.addAction(tr("No metrics yet: run Dataset \u25b8 Scan Quality"));
        none->setEnabled(false);
    }
    // Grouped by modality ("image.", "audio." ...), one submenu each, so 40 metrics stay readable.
    QMenu* group = nullptr;
    QString groupName;
    for (const QString& name : available) {
        const QString prefix = name.section(QLatin1Char('.'), 0, 0);
        if (!group || prefix != groupName) {
            groupName = prefix;
            group = menu.addMenu(prefix);
        }
        const QString translated = QualityNames::metricName(name);
        const QString shortName = name.section(QLatin1Char('.'), 1);
        QAction* action =
            group->addAction(translated.isEmpty() ? shortName : QStringLiteral("%1 (%2)").arg(translated, shortName));
        action->setCheckable(true);
        action->setChecked(shown.contains(name));
        action->setData(name);
    }
    menu.addSeparator();
    QAction* hideAll = menu.addAction(tr("Hide metric columns"));
    hideAll->setEnabled(!shown.isEmpty());
    QAction* chosen = menu.exec(horizontalHeader()->mapToGlobal(position));
    if (!chosen)
        return;
    if (fixed.contains(chosen)) {
        setColumnShown(chosen->data().toInt(), chosen->isChecked());
        return;
    }
    if (chosen == hideAll) {
        setMetricColumns({});
        return;
    }
    QStringList next = shown;
    const QString name = chosen->data().toString();
    if (chosen->isChecked())
        next.append(name);
    else
        next.removeAll(name);
    setMetricColumns(next);
}

void SampleTableView::setSampleModel(SampleTableModel* model)
{
    m_model = model;
    model->setMetricColumns(QSettings().value(kMetricColumnsKey).toStringList());
    setModel(model);
    applyColumnWidths();
    // The review status next to the sample's identity: the review flow (A/R/J/K) watches it change.
    horizontalHeader()->moveSection(horizontalHeader()->visualIndex(SampleTableModel::StatusColumn),
                                    SampleTableModel::SplitColumn + 1);
    const QStringList hidden = QSettings().value(kHiddenColumnsKey).toStringList();
    for (const QString& key : hidden)
        if (const int column = model->columnOfKey(key); column >= 0 && column < SampleTableModel::ColumnCount)
            horizontalHeader()->setSectionHidden(column, true);
    setSortingEnabled(true);
    // A million-sample sort takes a few seconds on another thread; the table stays usable meanwhile.
    connect(model, &SampleTableModel::sortStarted, this, [this] { viewport()->setCursor(Qt::BusyCursor); });
    connect(model, &SampleTableModel::sortFinished, this, [this] { viewport()->unsetCursor(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->columnCount() != m_sizedColumns)
            applyColumnWidths();
    });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current, const QModelIndex&) {
                emit currentSampleRowChanged(current.isValid() ? current.row() : -1);
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { emit currentSampleRowChanged(-1); });
}

void SampleTableView::applyColumnWidths()
{
    const QFontMetrics fm(font());
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    QHeaderView* header = horizontalHeader();
    const auto width = [&](int column, int chars) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(chars * em, fm.horizontalAdvance(title) + 3 * em));
    };
    width(SampleTableModel::IdColumn, 12);
    width(SampleTableModel::LabelColumn, 7);
    width(SampleTableModel::SplitColumn, 4);
    width(SampleTableModel::ImageColumn, 4);
    width(SampleTableModel::TextColumn, 4);
    width(SampleTableModel::AudioColumn, 4);
    width(SampleTableModel::VideoColumn, 4);
    width(SampleTableModel::StreamsColumn, 4);
    width(SampleTableModel::WarningsColumn, 5);
    width(SampleTableModel::IssuesColumn, 4);
    width(SampleTableModel::StatusColumn, 9);  // "unreviewed" in full once metric columns follow it
    for (int column = SampleTableModel::ColumnCount; column < m_model->columnCount(); ++column)
        header->resizeSection(column,
                              fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 3 * em);
    m_sizedColumns = m_model->columnCount();
}

int SampleTableView::currentSampleRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.row() : -1;
}

QList<int> SampleTableView::selectedSampleRows() const
{
    QList<int> rows;
    if (selectionModel())
        for (const QModelIndex& index : selectionModel()->selectedRows())
            rows << index.row();
    const int current = currentSampleRow();
    if (rows.isEmpty() && current >= 0)
        rows << current;
    std::sort(rows.begin(), rows.end());
    return rows;
}

void SampleTableView::selectSampleRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void SampleTableView::resizeEvent(QResizeEvent* event)
{
    const QModelIndex current = currentIndex();
    const QRect row = current.isValid() ? visualRect(current) : QRect();
    const int oldHeight = viewport()->height() - (event->size().height() - event->oldSize().height());
    QTableView::resizeEvent(event);
    const bool wasInView = row.isValid() && row.top() >= 0 && row.bottom() < oldHeight;
    if (wasInView && row.bottom() >= viewport()->height())
        scrollTo(current, QAbstractItemView::EnsureVisible);
}

}  // namespace lockstep
