#pragma once

#include "store/SampleFilter.h"
#include "store/SampleRow.h"
#include "store/SampleSortKey.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>
#include <QStringList>
#include <list>
#include <memory>
#include <optional>
#include <vector>

namespace lockstep {

class ProjectStore;

// The sample table: one row per sample of a project, read from SQLite a page at a time. Only a few pages
// live in memory (least recently used ones are evicted), so a million-row project scrolls like a small one.
// The store must be a read-only connection owned by the GUI thread.
//
// Sorting by any column (or by any metric of the last scan, shown as extra columns after the fixed ones) asks
// SQLite for the order of all samples on a second connection off the GUI thread; the model then holds that
// order (8 bytes per sample) and pages rows through it. Until the order arrives the table keeps its old one.
class SampleTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        LabelColumn,
        SplitColumn,
        ImageColumn,
        TextColumn,
        AudioColumn,
        VideoColumn,
        StreamsColumn,
        WarningsColumn,
        IssuesColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        SampleIdRole = Qt::UserRole + 1,  // QString
        SampleRowRole,                    // qint64, position in the project
        PresenceRole,                     // Presence, for the modality columns
    };
    enum Presence { Absent = 0, Present = 1, Missing = 2 };

    static constexpr int kPageSize = 256;
    static constexpr int kDefaultPageCapacity = 16;

    explicit SampleTableModel(QObject* parent = nullptr);
    ~SampleTableModel() override;

    // Shows the samples of store (or nothing). Resets the model and drops every cached page.
    void setStore(std::shared_ptr<const ProjectStore> store);
    const std::shared_ptr<const ProjectStore>& store() const { return m_store; }

    // How many pages stay cached (at least 1).
    void setPageCapacity(int pages);
    int pageCapacity() const { return m_capacity; }
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    bool isPageCached(qint64 page) const;
    qint64 pageLoads() const { return m_pageLoads; }

    // Extra columns, one per metric name (as stored in sample_metrics, e.g. "audio.rms_dbfs"), after the fixed
    // columns. Resets the model.
    void setMetricColumns(const QStringList& names);
    const QStringList& metricColumns() const { return m_metricColumns; }
    // The metric shown in a column, or an empty string for a fixed column.
    QString metricOfColumn(int column) const;
    // Metric names of the project's last scan (empty before a scan).
    QStringList availableMetrics() const;
    // A name for a column that stays the same across sessions and metric choices (saved views keep it): a fixed
    // column's key ("id", "label", "status" ...) or the metric's name (which always holds a dot). "" if out of range.
    QString columnKey(int column) const;
    // The column showing this key now, or -1 (a metric that is not among the metric columns).
    int columnOfKey(const QString& key) const;
    static QString fixedColumnKey(int column);

    // Shows only the samples that match a query (see SampleFilter; empty = all), in the current order. A query
    // that does not parse changes nothing and is returned with its error. The rows arrive in the background
    // (sortStarted / sortFinished) and reset the model.
    SampleFilter setFilter(const QString& query);
    const QString& filterText() const { return m_filterText; }
    qint64 totalSampleCount() const { return m_totalRows; }

    // A filter and an order at once (what a review queue asks for): one background query, one reset. A query
    // that does not parse changes nothing and is returned with its error.
    SampleFilter setFilterAndSort(const QString& query, const SampleSortKey& key);
    // Sorts by a key no column shows (an issue's severity, say), in the background like sort().
    void sortBy(const SampleSortKey& key) { startSort(key); }

    // QAbstractItemModel: sorts in the background; sortFinished() when the new order is shown.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    const SampleSortKey& sortKey() const { return m_sortKey; }
    bool isSorting() const { return m_sortPending; }
    // The key a column sorts by (Position for columns that do not sort).
    SampleSortKey sortKeyOfColumn(int column, Qt::SortOrder order) const;

    // Reads the shown rows again (after review edits changed them); the order and the filter stay.
    void refreshRows();

    // The row as stored, or null when row is out of range or could not be read.
    const SampleRow* sampleRow(int row) const;
    // The table row showing the sample with this id, or -1.
    int rowOfSample(const QString& id) const;
    // The table row showing the sample stored at this position of the project, or -1 (filtered out).
    int rowOfStoredRow(qint64 storedRow) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static std::optional<Modality> modalityOfColumn(int column);

signals:
    void sortStarted();  // a background sort began (the old order stays until sortFinished)
    void sortFinished();

private:
    struct Page {
        qint64 index = 0;
        std::vector<SampleRow> rows;
        std::vector<QHash<QString, double>> metrics;  // per row, the metric columns' values
    };
    void applyOrder(const SampleSortKey& key, std::vector<qint64> order, bool ok, bool filterChanged,
                    quint64 generation);
    void startSort(const SampleSortKey& key);
    void startQuery(const SampleSortKey& key, bool filterChanged);
    void setOrder(std::vector<qint64> order, bool identity);
    QVariant metricData(const SampleRow& row, int position, int column, int role) const;

    const Page* page(qint64 index) const;
    QVariant displayData(const SampleRow& row, int column) const;
    QVariant toolTipData(const SampleRow& row, int column) const;
    QVariant presenceData(const SampleRow& row, int column, int role) const;

    std::shared_ptr<const ProjectStore> m_store;
    int m_rowCount = 0;
    int m_capacity = kDefaultPageCapacity;
    mutable std::list<Page> m_pages;  // most recently used first
    mutable qint64 m_pageLoads = 0;
    mutable std::optional<QFont> m_idFont;  // monospace for IDs, looked up once
    QStringList m_metricColumns;
    SampleSortKey m_sortKey;
    SampleSortKey m_requestedKey;        // the key of the latest sort request (m_sortKey until it arrives)
    bool m_filterChangePending = false;  // a query for a new filter is on its way (a later sort must keep it)
    qint64 m_totalRows = 0;              // samples in the project
    SampleFilter m_filter;
    QString m_filterText;
    std::vector<qint64> m_order;       // position -> stored row; empty = import order, unfiltered
    std::vector<int> m_positionOfRow;  // stored row -> position (-1: filtered out), when not in import order
    bool m_inImportOrder = true;
    quint64 m_sortGeneration = 0;  // a newer sort request makes older results stale
    bool m_sortPending = false;
};

}  // namespace lockstep
