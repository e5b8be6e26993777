#include "SampleTableModel.h"
#include "QualityNames.h"
#include "QueuedContinuation.h"

#include "DisplayNames.h"
#include "ThemeColors.h"
#include "store/ProjectStore.h"
#include "store/SampleTableQuery.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>
#include <climits>
#include <cmath>

namespace lockstep {

namespace {}  // namespace

SampleTableModel::SampleTableModel(QObject* parent) : QAbstractTableModel(parent) {}

SampleTableModel::~SampleTableModel() = default;

void SampleTableModel::setStore(std::shared_ptr<const ProjectStore> store)
{
    beginResetModel();
    m_store = std::move(store);
    m_pages.clear();
    m_order.clear();
    m_positionOfRow.clear();
    m_inImportOrder = true;
    ++m_sortGeneration;
    m_sortPending = false;
    m_filterChangePending = false;
    m_totalRows = m_store ? m_store->sampleCount() : 0;
    m_rowCount = static_cast<int>(qBound<qint64>(0, m_totalRows, qint64{INT_MAX}));
    endResetModel();
    // A reloaded project (after a scan, say) keeps the order and the filter the user chose.
    m_requestedKey = m_sortKey;
    if (m_store && !(m_sortKey.isImportOrder() && m_filter.isEmpty()))
        startQuery(m_sortKey, !m_filter.isEmpty());
}

void SampleTableModel::setMetricColumns(const QStringList& names)
{
    if (names == m_metricColumns)
        return;
    beginResetModel();
    m_metricColumns = names;
    m_pages.clear();
    endResetModel();
}

QString SampleTableModel::metricOfColumn(int column) const
{
    const int i = column - ColumnCount;
    return i >= 0 && i < m_metricColumns.size() ? m_metricColumns[i] : QString();
}

QStringList SampleTableModel::availableMetrics() const
{
    return m_store ? SampleTableQuery(*m_store).metricNames() : QStringList();
}

QString SampleTableModel::fixedColumnKey(int column)
{
    // Stored in project files (saved views): never rename one.
    switch (column) {
    case IdColumn: return QStringLiteral("id");
    case LabelColumn: return QStringLiteral("label");
    case SplitColumn: return QStringLiteral("split");
    case ImageColumn: return QStringLiteral("image");
    case TextColumn: return QStringLiteral("text");
    case AudioColumn: return QStringLiteral("audio");
    case VideoColumn: return QStringLiteral("video");
    case StreamsColumn: return QStringLiteral("streams");
    case WarningsColumn: return QStringLiteral("warnings");
    case IssuesColumn: return QStringLiteral("issues");
    case StatusColumn: return QStringLiteral("status");
    default: return {};
    }
}

QString SampleTableModel::columnKey(int column) const
{
    return column < ColumnCount ? fixedColumnKey(column) : metricOfColumn(column);
}

int SampleTableModel::columnOfKey(const QString& key) const
{
    if (key.isEmpty())
        return -1;
    for (int column = 0; column < ColumnCount; ++column)
        if (fixedColumnKey(column) == key)
            return column;
    const qsizetype metric = m_metricColumns.indexOf(key);
    return metric < 0 ? -1 : ColumnCount + int(metric);
}

SampleSortKey SampleTableModel::sortKeyOfColumn(int column, Qt::SortOrder order) const
{
    using F = SampleSortKey::Field;
    SampleSortKey key;
    key.descending = order == Qt::DescendingOrder;
    switch (column) {
    case IdColumn: key.field = F::Id; break;
    case LabelColumn: key.field = F::Label; break;
    case SplitColumn: key.field = F::Split; break;
    case ImageColumn: key.field = F::ImagePresence; break;
    case TextColumn: key.field = F::TextPresence; break;
    case AudioColumn: key.field = F::AudioPresence; break;
    case VideoColumn: key.field = F::VideoPresence; break;
    case StreamsColumn: key.field = F::Streams; break;
    case WarningsColumn: key.field = F::Warnings; break;
    case IssuesColumn: key.field = F::Issues; break;
    case StatusColumn: key.field = F::Status; break;
    default:
        key.metric = metricOfColumn(column);
        key.field = key.metric.isEmpty() ? F::Position : F::Metric;
        break;
    }
    return key;
}

void SampleTableModel::sort(int column, Qt::SortOrder order)
{
    // QHeaderView asks for column -1 to restore the model's own order.
    startSort(column < 0 ? SampleSortKey{} : sortKeyOfColumn(column, order));
}

SampleFilter SampleTableModel::setFilter(const QString& query)
{
    SampleFilter filter = SampleFilter::parse(query);
    if (!filter.ok)
        return filter;  // the table stays as it is; the query bar shows the error
    m_filterText = query;
    m_filter = filter;
    // The latest sort asked for, not the one shown: a sort still on its way must not be undone by the filter.
    startQuery(m_requestedKey, true);
    return filter;
}

SampleFilter SampleTableModel::setFilterAndSort(const QString& query, const SampleSortKey& key)
{
    SampleFilter filter = SampleFilter::parse(query);
    if (!filter.ok)
        return filter;
    m_filterText = query;
    m_filter = filter;
    startQuery(key, true);
    return filter;
}

void SampleTableModel::startSort(const SampleSortKey& key)
{
    startQuery(key, false);
}

void SampleTableModel::startQuery(const SampleSortKey& key, bool filterChanged)
{
    const quint64 generation = ++m_sortGeneration;
    m_requestedKey = key;
    // This request replaces any older one: if that one brought a new filter, this one must bring it too.
    filterChanged = filterChanged || m_filterChangePending;
    m_filterChangePending = filterChanged;
    if (!m_store || (key.isImportOrder() && m_filter.isEmpty())) {
        applyOrder(key, {}, true, filterChanged, generation);
        return;
    }
    m_sortPending = true;
    emit sortStarted();
    const QString path = m_store->path();
    const SampleFilter filter = m_filter;
    if (path == QLatin1String(":memory:")) {
        // A private in-memory project has no second connection: sort on this one.
        bool ok = false;
        std::vector<qint64> rows = SampleTableQuery(*m_store).orderedRows(key, filter, nullptr, &ok);
        applyOrder(key, std::move(rows), ok, filterChanged, generation);
        return;
    }
    using Result = std::pair<std::vector<qint64>, bool>;
    const QFuture<Result> future = QtConcurrent::run([path, key, filter] {
        ProjectStore::OpenResult opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        bool ok = false;
        std::vector<qint64> rows;
        if (opened.store)
            rows = SampleTableQuery(*opened.store).orderedRows(key, filter, nullptr, &ok);
        return Result(std::move(rows), ok);
    });
    continueQueued(future, this, [this, key, filterChanged, generation](Result result) {
        applyOrder(key, std::move(result.first), result.second, filterChanged, generation);
    });
}

void SampleTableModel::setOrder(std::vector<qint64> order, bool identity)
{
    m_inImportOrder = identity;
    m_order = identity ? std::vector<qint64>() : std::move(order);
    m_positionOfRow.clear();
    if (!identity) {
        m_positionOfRow.assign(std::size_t(m_totalRows), -1);
        for (std::size_t position = 0; position < m_order.size(); ++position)
            if (m_order[position] >= 0 && m_order[position] < m_totalRows)
                m_positionOfRow[std::size_t(m_order[position])] = int(position);
    }
    m_pages.clear();
}

void SampleTableModel::applyOrder(const SampleSortKey& key, std::vector<qint64> order, bool ok, bool filterChanged,
                                  quint64 generation)
{
    if (generation != m_sortGeneration)
        return;  // a newer request is on its way
    m_sortPending = false;
    m_filterChangePending = false;
    const bool identity = key.isImportOrder() && m_filter.isEmpty();
    if (!ok || (!filterChanged && !identity && qint64(order.size()) != m_rowCount)) {
        emit sortFinished();  // the query failed or the project changed under it: keep what is shown
        return;
    }
    m_sortKey = key;
    if (filterChanged) {
        // Another set of rows: a reset (the view reselects the current sample by its id).
        beginResetModel();
        const qint64 count = identity ? m_totalRows : qint64(order.size());
        setOrder(std::move(order), identity);
        m_rowCount = static_cast<int>(qBound<qint64>(0, count, qint64{INT_MAX}));
        endResetModel();
        emit sortFinished();
        return;
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> storedRows;
    storedRows.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before)
        storedRows.push_back(m_inImportOrder ? qint64(index.row()) : m_order[std::size_t(index.row())]);

    setOrder(std::move(order), identity);

    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const qint64 stored = storedRows[std::size_t(i)];
        const int position = m_inImportOrder ? int(stored) : m_positionOfRow[std::size_t(stored)];
        after.append(position >= 0 ? index(position, before[i].column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    emit sortFinished();
}

void SampleTableModel::refreshRows()
{
    m_pages.clear();
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, columnCount() - 1));
}

void SampleTableModel::setPageCapacity(int pages)
{
    m_capacity = qMax(1, pages);
    while (static_cast<int>(m_pages.size()) > m_capacity)
        m_pages.pop_back();
}

bool SampleTableModel::isPageCached(qint64 page) const
{
    for (const Page& p : m_pages)
        if (p.index == page)
            return true;
    return false;
}

const SampleTableModel::Page* SampleTableModel::page(qint64 index) const
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        if (it->index == index) {
            if (it != m_pages.begin())
                m_pages.splice(m_pages.begin(), m_pages, it);
            return &m_pages.front();
        }
    }
    if (!m_store)
        return nullptr;
    Page fresh;
    fresh.index = index;
    const qint64 first = index * kPageSize;
    if (m_inImportOrder) {
        fresh.rows = m_store->sampleRows(first, kPageSize);
    } else {
        const int count = int(qMin<qint64>(kPageSize, qint64(m_order.size()) - first));
        fresh.rows = SampleTableQuery(*m_store).rowsAt(m_order.data() + first, count);
    }
    if (!m_metricColumns.isEmpty()) {
        std::vector<QString> ids;
        ids.reserve(fresh.rows.size());
        for (const SampleRow& r : fresh.rows)
            ids.push_back(r.id);
        fresh.metrics = SampleTableQuery(*m_store).metricsFor(ids, m_metricColumns);
    }
    ++m_pageLoads;
    m_pages.push_front(std::move(fresh));
    while (static_cast<int>(m_pages.size()) > m_capacity)
        m_pages.pop_back();
    return &m_pages.front();
}

const SampleRow* SampleTableModel::sampleRow(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const Page* p = page(row / kPageSize);
    const auto offset = static_cast<std::size_t>(row % kPageSize);
    if (!p || offset >= p->rows.size())
        return nullptr;
    return &p->rows[offset];
}

int SampleTableModel::rowOfSample(const QString& id) const
{
    if (!m_store)
        return -1;
    const std::optional<qint64> row = m_store->rowOfSample(id);
    if (!row || *row < 0 || *row >= m_totalRows)
        return -1;
    return rowOfStoredRow(*row);
}

int SampleTableModel::rowOfStoredRow(qint64 storedRow) const
{
    if (storedRow < 0 || storedRow >= m_totalRows)
        return -1;
    return m_inImportOrder ? static_cast<int>(storedRow) : m_positionOfRow[std::size_t(storedRow)];
}

int SampleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int SampleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_metricColumns.size());
}

Qt::ItemFlags SampleTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return index.column() == LabelColumn ? flags | Qt::ItemIsEditable : flags;
}

std::optional<Modality> SampleTableModel::modalityOfColumn(int column)
{
    switch (column) {
    case ImageColumn: return Modality::Image;
    case TextColumn: return Modality::Text;
    case AudioColumn: return Modality::Audio;
    case VideoColumn: return Modality::Video;
    default: return std::nullopt;
    }
}

QVariant SampleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();

    if (role == Qt::TextAlignmentRole) {
        if (modalityOfColumn(column))
            return static_cast<int>(Qt::AlignCenter);
        if (column == StreamsColumn || column == WarningsColumn || column == IssuesColumn || column >= ColumnCount)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::FontRole) {
        if (column != IdColumn)
            return {};
        if (!m_idFont)
            m_idFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return *m_idFont;
    }
    // The label column is editable (LabelItemDelegate): its editor starts from the shown label.
    if (role == Qt::EditRole && column == LabelColumn)
        role = Qt::DisplayRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole && role != SampleIdRole &&
        role != SampleRowRole && role != PresenceRole)
        return {};

    const SampleRow* row = sampleRow(index.row());
    if (!row)
        return {};
    if (column >= ColumnCount)
        return metricData(*row, index.row(), column, role);

    switch (role) {
    case Qt::DisplayRole: return displayData(*row, column);
    case Qt::ToolTipRole: return toolTipData(*row, column);
    case SampleIdRole: return row->id;
    case SampleRowRole: return row->row;
    case PresenceRole:
    case Qt::ForegroundRole:
        if (modalityOfColumn(column))
            return presenceData(*row, column, role);
        if (role == Qt::ForegroundRole &&
            ((column == WarningsColumn && row->warningCount > 0) || (column == IssuesColumn && row->issueCount > 0)))
            return QBrush(ThemeColors::warning());
        return {};
    default: return {};
    }
}

QVariant SampleTableModel::metricData(const SampleRow& row, int position, int column, int role) const
{
    switch (role) {
    case SampleIdRole: return row.id;
    case SampleRowRole: return row.row;
    case Qt::DisplayRole:
    case Qt::ToolTipRole: break;
    default: return {};
    }
    const Page* p = page(position / kPageSize);
    const auto offset = static_cast<std::size_t>(position % kPageSize);
    const QString name = metricOfColumn(column);
    if (!p || offset >= p->metrics.size() || !p->metrics[offset].contains(name))
        return role == Qt::ToolTipRole ? QVariant(tr("%1 has no value for %2").arg(row.id, name)) : QVariant();
    const double value = p->metrics[offset].value(name);
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 = %2").arg(name, QLocale().toString(value, 'g', 10));
    // Four significant digits read well in a column; whole numbers as they are.
    if (std::isfinite(value) && value == std::round(value) && std::abs(value) < 1e15)
        return QLocale().toString(qint64(value));
    return QLocale().toString(value, 'g', 4);
}

QVariant SampleTableModel::presenceData(const SampleRow& row, int column, int role) const
{
    const ModalityMask bit = modalityBit(*modalityOfColumn(column));
    const Presence presence = (row.missingFiles & bit) ? Missing : (row.modalities & bit) ? Present : Absent;
    if (role == PresenceRole)
        return static_cast<int>(presence);
    if (presence == Missing)
        return QBrush(ThemeColors::error());
    if (presence == Present)
        return QBrush(ThemeColors::success());
    return {};
}

QVariant SampleTableModel::displayData(const SampleRow& row, int column) const
{
    switch (column) {
    case IdColumn: return row.id;
    case LabelColumn: return row.label;
    case SplitColumn: return row.split;
    case ImageColumn:
    case TextColumn:
    case AudioColumn:
    case VideoColumn: {
        const ModalityMask bit = modalityBit(*modalityOfColumn(column));
        if (row.missingFiles & bit)
            return tr("missing");
        return (row.modalities & bit) ? QStringLiteral("\u2713") : QString();
    }
    case StreamsColumn: return row.streamCount > 0 ? QVariant(row.streamCount) : QVariant(QString());
    case WarningsColumn: return row.warningCount > 0 ? QVariant(row.warningCount) : QVariant(QString());
    case IssuesColumn: return row.issueCount > 0 ? QVariant(row.issueCount) : QVariant(QString());
    case StatusColumn: return DisplayNames::reviewStatus(row.status);
    default: return {};
    }
}

QVariant SampleTableModel::toolTipData(const SampleRow& row, int column) const
{
    if (const std::optional<Modality> modality = modalityOfColumn(column)) {
        const ModalityMask bit = modalityBit(*modality);
        const QString name = DisplayNames::modality(*modality);
        if (row.missingFiles & bit)
            return tr("The %1 file of %2 is referenced but missing on disk").arg(name, row.id);
        if (row.modalities & bit)
            return tr("%1 has a %2 item").arg(row.id, name);
        return tr("%1 has no %2 item").arg(row.id, name);
    }
    switch (column) {
    case IdColumn: return row.id;
    case StreamsColumn: return tr("%n timed stream(s)", nullptr, row.streamCount);
    case WarningsColumn: return tr("%n diagnostic(s) about this sample", nullptr, row.warningCount);
    case IssuesColumn: return tr("%n quality issue(s) found by the last scan", nullptr, row.issueCount);
    default: return {};
    }
}

QVariant SampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rowCount)
            return section + 1;
        return {};
    }
    if (section >= ColumnCount && section < columnCount()) {
        if (role == Qt::DisplayRole)
            return QualityNames::metricLabel(metricOfColumn(section));
        if (role == Qt::ToolTipRole)
            return tr("Quality metric %1 from the last scan; click to sort by it").arg(metricOfColumn(section));
        if (role == Qt::TextAlignmentRole)
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn: return tr("ID");
        case LabelColumn: return tr("Label");
        case SplitColumn: return tr("Split");
        case ImageColumn: return tr("Image");
        case TextColumn: return tr("Text");
        case AudioColumn: return tr("Audio");
        case VideoColumn: return tr("Video");
        case StreamsColumn: return tr("Streams");
        case WarningsColumn: return tr("Warnings");
        case IssuesColumn: return tr("Issues");
        case StatusColumn: return tr("Status");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case IdColumn: return tr("The sample's identifier, as given by the dataset");
        case LabelColumn: return tr("The sample's class label, if the dataset has one");
        case SplitColumn: return tr("Train, validation or test split, if the dataset names one");
        case ImageColumn: return tr("\u2713: the sample has an image; \u201cmissing\u201d: its file is not on disk");
        case TextColumn:
            return tr("\u2713: the sample has a text or caption; \u201cmissing\u201d: its file is not on disk");
        case AudioColumn:
            return tr("\u2713: the sample has an audio file; \u201cmissing\u201d: its file is not on disk");
        case VideoColumn: return tr("\u2713: the sample has a video; \u201cmissing\u201d: its file is not on disk");
        case StreamsColumn: return tr("Timed streams on the sample's timeline: audio, frames, subtitles, sensors");
        case WarningsColumn: return tr("Problems the importer found in this sample's files and rows");
        case IssuesColumn: return tr("Quality issues found by the last scan (Dataset \u25b8 Scan Quality)");
        case StatusColumn: return tr("Review status of the sample");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && modalityOfColumn(section))
        return static_cast<int>(Qt::AlignCenter);
    return {};
}

}  // namespace lockstep
