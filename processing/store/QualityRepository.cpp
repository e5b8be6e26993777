#include "store/QualityRepository.h"

#include "dataset/ManifestField.h"
#include "quality/ScanTimings.h"
#include "store/MetricColumnStore.h"
#include "store/ProjectStore.h"
#include "store/SampleRowColumns.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <limits>
#include <optional>
#include <vector>

namespace lockstep {

namespace {

QByteArray metricsToJsonThroughQt(const QList<QPair<QString, double>>& metrics)
{
    QJsonObject o;
    for (const auto& [name, value] : metrics)
        if (std::isfinite(value))
            o[name] = value;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The bytes metricsToJsonThroughQt writes, without building a QJsonObject per measurement (a third of saving the
// measurement cache): names in QJsonObject's order (sorted, the last of equal names wins), a whole number below
// 2^53 as an integer, any other as the shortest 'g' form that reads back the same. Names that need escaping and
// whole numbers from 2^53 up (none of the engine's) take Qt's own path.
QByteArray metricsToJson(const QList<QPair<QString, double>>& metrics)
{
    constexpr double kExactIntegers = 9007199254740992.0;  // 2^53
    std::vector<const QPair<QString, double>*> finite;
    finite.reserve(std::size_t(metrics.size()));
    for (const auto& metric : metrics)
        if (std::isfinite(metric.second))
            finite.push_back(&metric);
    std::stable_sort(finite.begin(), finite.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    QByteArray json;
    json.reserve(qsizetype(16 + 40 * finite.size()));
    json += '{';
    for (std::size_t i = 0; i < finite.size(); ++i) {
        if (i + 1 < finite.size() && finite[i + 1]->first == finite[i]->first)
            continue;
        const QString& name = finite[i]->first;
        const double value = finite[i]->second;
        for (const QChar c : name)
            if (c.unicode() < 0x20 || c.unicode() >= 0x7f || c == QLatin1Char('"') || c == QLatin1Char('\\'))
                return metricsToJsonThroughQt(metrics);
        if (json.size() > 1)
            json += ',';
        json += '"';
        json += name.toLatin1();
        json += "\":";
        if (value == std::trunc(value)) {
            if (std::abs(value) >= kExactIntegers)
                return metricsToJsonThroughQt(metrics);
            json += QByteArray::number(qint64(value));
        } else {
            json += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
        }
    }
    json += '}';
    return json;
}

QList<QPair<QString, double>> metricsFromJson(const QString& text)
{
    QList<QPair<QString, double>> out;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.append({it.key(), it.value().toDouble()});
    return out;
}

void bindBlob(sqlite3_stmt* st, int index, const QByteArray& bytes, sqlite3_destructor_type lifetime = SQLITE_TRANSIENT)
{
    if (bytes.isEmpty())
        sqlite3_bind_null(st, index);
    else
        sqlite3_bind_blob(st, index, bytes.constData(), int(bytes.size()), lifetime);
}

QByteArray columnBlob(sqlite3_stmt* st, int index)
{
    const void* data = sqlite3_column_blob(st, index);
    return data ? QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(st, index)) : QByteArray();
}

// One sample_metrics row to write: the sample's id and the metric's name as UTF-8, each converted once.
struct MetricEntry {
    const QByteArray* sample;
    const QByteArray* name;
    double value;
};

// The entries (in sample id order) as columns by row for MetricColumnStore: one walk of samples_by_id beside them,
// in the same byte order.
bool writeMetricColumns(sqlite3* db, const std::vector<MetricEntry>& entries, const std::deque<QByteArray>& names,
                        const QString& generation, QString* error)
{
    qint64 rows = 0;
    {
        SqliteStatement count(db, "SELECT max(row) FROM samples");
        if (count.step() == SQLITE_ROW && !count.columnIsNull(0))
            rows = count.columnInt64(0) + 1;
    }
    QHash<QString, std::vector<double>> columns;
    if (rows == 0 || entries.empty())
        return MetricColumnStore::write(db, generation, 0, columns, error);
    std::vector<std::vector<double>> values(
        names.size(), std::vector<double>(std::size_t(rows), std::numeric_limits<double>::quiet_NaN()));
    // Each entry's column by the address of its interned name: a binary search over a few dozen pointers.
    std::vector<std::pair<const QByteArray*, std::size_t>> columnOf;
    for (std::size_t i = 0; i < names.size(); ++i)
        columnOf.emplace_back(&names[i], i);
    std::sort(columnOf.begin(), columnOf.end());
    const auto columnOfName = [&](const QByteArray* name) {
        return std::lower_bound(columnOf.begin(), columnOf.end(), std::make_pair(name, std::size_t(0)))->second;
    };
    SqliteStatement ids(db,
                        "SELECT sample_id, row FROM samples INDEXED BY samples_by_id WHERE sample_id >= '' "
                        "ORDER BY sample_id");
    int rc = ids.step();
    const QByteArray* sample = nullptr;
    qint64 row = -1;
    for (const MetricEntry& e : entries) {
        if (e.sample != sample) {
            sample = e.sample;
            row = -1;
            for (; rc == SQLITE_ROW; rc = ids.step()) {
                const auto* text =
                    static_cast<const char*>(static_cast<const void*>(sqlite3_column_text(ids.raw(), 0)));
                const QByteArrayView id(text, sqlite3_column_bytes(ids.raw(), 0));
                const int order = id.compare(QByteArrayView(*sample));
                if (order == 0)
                    row = ids.columnInt64(1);
                if (order >= 0)
                    break;
            }
        }
        // -0 as 0: what SQLite gives back for the stored value (a whole REAL is kept as an integer), and so what the
        // walk of the value index reads.
        if (row >= 0 && row < rows)
            values[columnOfName(e.name)][std::size_t(row)] = e.value == 0 ? 0.0 : e.value;
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    for (std::size_t i = 0; i < names.size(); ++i)
        columns.insert(QString::fromUtf8(names[i]), std::move(values[i]));
    return MetricColumnStore::write(db, generation, rows, columns, error);
}

// What to change in the stored metric rows to make them `entries` (in key order), when that is little: a re-derive
// after a few files changed, new thresholds, --remeasure of files that did not change. The stored rows are read in
// key order beside the new ones (the primary key's order: no sort). Gives up once more than `limit` rows differ;
// rewriting them all, with the value index dropped and built again, is then cheaper.
struct MetricRowChanges {
    std::vector<std::size_t> inserts;  // indices into the entries
    std::vector<std::size_t> updates;
    std::vector<std::pair<QByteArray, QByteArray>> deletes;  // (sample id, name) of rows that are gone
    std::size_t size() const { return inserts.size() + updates.size() + deletes.size(); }
};

bool fewMetricRowChanges(sqlite3* db, const std::vector<MetricEntry>& entries, std::size_t limit,
                         MetricRowChanges* changes)
{
    SqliteStatement stored(db, "SELECT sample_id, name, value FROM sample_metrics ORDER BY sample_id, name");
    if (!stored.ok())
        return false;
    sqlite3_stmt* raw = stored.raw();
    const auto text = [raw](int column) {
        return QByteArrayView(static_cast<const char*>(static_cast<const void*>(sqlite3_column_text(raw, column))),
                              sqlite3_column_bytes(raw, column));
    };
    // Byte order, as SQLite's BINARY collation and the entries' sort.
    const auto order = [](const MetricEntry& e, QByteArrayView id, QByteArrayView name) {
        const int bySample = QByteArrayView(*e.sample).compare(id);
        return bySample != 0 ? bySample : QByteArrayView(*e.name).compare(name);
    };
    std::size_t next = 0;
    int rc = SQLITE_ROW;
    while ((rc = stored.step()) == SQLITE_ROW) {
        const QByteArrayView id = text(0);
        const QByteArrayView name = text(1);
        int c = 1;
        while (next < entries.size() && (c = order(entries[next], id, name)) < 0)
            changes->inserts.push_back(next++);
        if (next < entries.size() && c == 0) {
            // == as SQLite gives the value back: -0 is stored as 0 either way.
            if (!(entries[next].value == stored.columnDouble(2)))
                changes->updates.push_back(next);
            ++next;
        } else {
            changes->deletes.emplace_back(id.toByteArray(), name.toByteArray());
        }
        if (changes->size() > limit)
            return false;
    }
    if (rc != SQLITE_DONE)
        return false;
    while (next < entries.size())
        changes->inserts.push_back(next++);
    return changes->size() <= limit;
}

bool applyMetricRowChanges(sqlite3* db, const std::vector<MetricEntry>& entries, const MetricRowChanges& changes,
                           QString* error)
{
    SqliteStatement remove(db, "DELETE FROM sample_metrics WHERE sample_id = ? AND name = ?");
    for (const auto& [id, name] : changes.deletes) {
        sqlite3_bind_text(remove.raw(), 1, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(remove.raw(), 2, name.constData(), int(name.size()), SQLITE_STATIC);
        if (!remove.run(error))
            return false;
    }
    SqliteStatement update(db, "UPDATE sample_metrics SET value = ? WHERE sample_id = ? AND name = ?");
    for (const std::size_t i : changes.updates) {
        const MetricEntry& e = entries[i];
        sqlite3_bind_double(update.raw(), 1, e.value);
        sqlite3_bind_text(update.raw(), 2, e.sample->constData(), int(e.sample->size()), SQLITE_STATIC);
        sqlite3_bind_text(update.raw(), 3, e.name->constData(), int(e.name->size()), SQLITE_STATIC);
        if (!update.run(error))
            return false;
    }
    SqliteStatement insert(db, "INSERT INTO sample_metrics(sample_id, name, value) VALUES(?,?,?)");
    for (const std::size_t i : changes.inserts) {
        const MetricEntry& e = entries[i];
        sqlite3_bind_text(insert.raw(), 1, e.sample->constData(), int(e.sample->size()), SQLITE_STATIC);
        sqlite3_bind_text(insert.raw(), 2, e.name->constData(), int(e.name->size()), SQLITE_STATIC);
        sqlite3_bind_double(insert.raw(), 3, e.value);
        if (!insert.run(error))
            return false;
    }
    // The value index was kept up to date by the writes; it is there unless a project never had it.
    if (sqlite3_exec(db, "CREATE INDEX IF NOT EXISTS sample_metrics_by_value ON sample_metrics(name, value)", nullptr,
                     nullptr, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

// Every metric row written afresh: the old ones deleted and the value index dropped, the rows inserted in key order,
// the index built again, which is much faster than keeping it through the inserts.
bool writeAllMetricRows(sqlite3* db, const std::vector<MetricEntry>& entries, QString* error)
{
    if (sqlite3_exec(db, "DELETE FROM sample_metrics; DROP INDEX IF EXISTS sample_metrics_by_value", nullptr, nullptr,
                     nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    // kRowsPerInsert rows per statement: one step then inserts them all, which halves the per-row cost of
    // stepping, resetting and rebinding a one-row statement 64k times.
    constexpr std::size_t kRowsPerInsert = 64;
    auto insertSql = [](std::size_t rows) {
        QByteArray sql = "INSERT INTO sample_metrics(sample_id, name, value) VALUES(?,?,?)";
        for (std::size_t i = 1; i < rows; ++i)
            sql += ",(?,?,?)";
        return sql;
    };
    const QByteArray fullSql = insertSql(kRowsPerInsert);
    SqliteStatement full(db, fullSql.constData());
    for (std::size_t at = 0; at < entries.size();) {
        const std::size_t rows = std::min(kRowsPerInsert, entries.size() - at);
        std::optional<SqliteStatement> rest;
        if (rows < kRowsPerInsert)
            rest.emplace(db, insertSql(rows).constData());
        SqliteStatement& st = rest ? *rest : full;
        sqlite3_stmt* raw = st.raw();
        for (std::size_t i = 0; i < rows; ++i) {
            const MetricEntry& e = entries[at + i];
            const int column = int(3 * i);
            sqlite3_bind_text(raw, column + 1, e.sample->constData(), int(e.sample->size()), SQLITE_STATIC);
            sqlite3_bind_text(raw, column + 2, e.name->constData(), int(e.name->size()), SQLITE_STATIC);
            sqlite3_bind_double(raw, column + 3, e.value);
        }
        if (!st.run(error))
            return false;
        at += rows;
    }
    if (sqlite3_exec(db, "CREATE INDEX sample_metrics_by_value ON sample_metrics(name, value)", nullptr, nullptr,
                     nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

constexpr int kSensorKind = 10;  // file_cache.modality for sensor CSVs (not an item modality)

}  // namespace

QualityRepository::QualityRepository(ProjectStore& store) : m_store(store) {}

std::vector<ScanSample> QualityRepository::loadScanSamples() const
{
    sqlite3* db = m_store.database();
    std::vector<ScanSample> samples;
    QHash<qint64, std::size_t> byRow;
    {
        SqliteStatement st(db, "SELECT s.row, s.sample_id, s.source, " LOCKSTEP_SAMPLE_LABEL_SCAN_SQL
                               ", s.image_path, "
                               "s.text_path, s.text_inline, s.audio_path, s.video_path FROM samples s ORDER BY s.row");
        while (st.step() == SQLITE_ROW) {
            ScanSample s;
            s.id = st.columnText(1);
            s.source = st.columnText(2);
            s.label = st.columnText(3);
            const int pathColumns[4] = {4, 5, 7, 8};  // image, text, audio, video
            for (int m = 0; m < 4; ++m) {
                s.hasItem[m] = !st.columnIsNull(pathColumns[m]);
                s.itemPath[m] = st.columnText(pathColumns[m]);
            }
            if (!st.columnIsNull(6)) {
                s.hasItem[int(Modality::Text)] = true;
                s.inlineText = st.columnText(6);
            }
            byRow.insert(st.columnInt64(0), samples.size());
            samples.push_back(std::move(s));
        }
    }
    {
        // Declared durations (NeMo "duration" and its spellings).
        QStringList durationKeys;
        SqliteStatement keys(db, "SELECT DISTINCT key FROM attributes");
        while (keys.step() == SQLITE_ROW)
            if (manifestFieldFor(keys.columnText(0)) == ManifestField::Duration)
                durationKeys << keys.columnText(0);
        SqliteStatement values(db, "SELECT sample_row, value FROM attributes WHERE key = ?");
        for (const QString& key : durationKeys) {
            values.bind(1, key);
            while (values.step() == SQLITE_ROW) {
                bool ok = false;
                const double seconds = values.columnText(1).toDouble(&ok);
                if (ok && byRow.contains(values.columnInt64(0)))
                    samples[byRow.value(values.columnInt64(0))].declaredDuration = seconds;
            }
            values.reset();
        }
    }
    {
        QHash<qint64, std::pair<qint64, bool>> segmentInfo;  // stream id -> (max end, ordered)
        SqliteStatement seg(
            db,
            "SELECT stream_id, max(end_us), sum(CASE WHEN start_us < prev THEN 1 ELSE 0 END) FROM "
            "(SELECT stream_id, start_us, end_us, LAG(start_us) OVER (PARTITION BY stream_id ORDER BY idx) "
            "AS prev FROM segments) GROUP BY stream_id");
        while (seg.step() == SQLITE_ROW)
            segmentInfo.insert(seg.columnInt64(0), {seg.columnInt64(1), seg.columnInt64(2) == 0});
        SqliteStatement st(
            db, "SELECT id, sample_row, kind, name, source_path, start_us, duration_us FROM streams ORDER BY id");
        while (st.step() == SQLITE_ROW) {
            const auto it = byRow.find(st.columnInt64(1));
            if (it == byRow.end())
                continue;
            ScanSample::StreamInfo info;
            info.kind = static_cast<StreamKind>(st.columnInt(2));
            info.name = st.columnText(3);
            info.sourcePath = st.columnText(4);
            info.start = Micros{st.columnInt64(5)};
            info.duration = Micros{st.columnInt64(6)};
            const auto extent = segmentInfo.value(st.columnInt64(0), {0, true});
            info.segmentsEnd = Micros{extent.first};
            info.segmentsOrdered = extent.second;
            samples[*it].streams.push_back(std::move(info));
        }
    }
    return samples;
}

QHash<QString, QualityRepository::CacheStamp> QualityRepository::loadCacheStamps() const
{
    QHash<QString, CacheStamp> stamps;
    SqliteStatement st(m_store.database(), "SELECT path, size, mtime_ns, ok FROM file_cache");
    while (st.step() == SQLITE_ROW)
        stamps.insert(st.columnText(0), CacheStamp{st.columnInt64(1), st.columnInt64(2), st.columnInt(3) != 0});
    return stamps;
}

namespace {

QHash<QString, FileMeasurement> readCache(sqlite3* db, const QSet<QString>* paths)
{
    QHash<QString, FileMeasurement> cache;
    SqliteStatement st(db,
                       "SELECT path, modality, size, mtime_ns, ok, error, metrics, exact_hash, phash, "
                       "fingerprint, minhash FROM file_cache");
    while (st.step() == SQLITE_ROW) {
        FileMeasurement m;
        m.path = st.columnText(0);
        if (paths != nullptr && !paths->contains(m.path))
            continue;
        const int kind = st.columnInt(1);
        m.sensorStream = kind == kSensorKind;
        m.modality = m.sensorStream ? Modality::Video : static_cast<Modality>(kind);
        m.size = st.columnInt64(2);
        m.mtimeNs = st.columnInt64(3);
        m.ok = st.columnInt(4) != 0;
        m.error = st.columnText(5);
        m.metrics = metricsFromJson(st.columnText(6));
        sqlite3_stmt* raw = st.raw();
        m.exactHash = columnBlob(raw, 7);
        if (!st.columnIsNull(8))
            m.perceptualHash = quint64(st.columnInt64(8));
        m.fingerprint = columnBlob(raw, 9);
        m.minHash = columnBlob(raw, 10);
        cache.insert(m.path, std::move(m));
    }
    return cache;
}

}  // namespace

QHash<QString, FileMeasurement> QualityRepository::loadCache() const
{
    return readCache(m_store.database(), nullptr);
}

QHash<QString, FileMeasurement> QualityRepository::loadCache(const QSet<QString>& paths) const
{
    return paths.isEmpty() ? QHash<QString, FileMeasurement>() : readCache(m_store.database(), &paths);
}

bool QualityRepository::saveMeasurements(const std::vector<FileMeasurement>& measurements)
{
    if (measurements.empty())
        return true;
    sqlite3* db = m_store.database();
    SqliteTransaction tx(db);
    if (!tx.ok()) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    SqliteStatement st(db,
                       "INSERT OR REPLACE INTO file_cache(path, modality, size, mtime_ns, ok, error, metrics, "
                       "exact_hash, phash, fingerprint, minhash, measured_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    // Everything bound without a copy (SQLITE_STATIC): the measurement and these buffers outlive the step.
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
    sqlite3_stmt* raw = st.raw();
    for (const FileMeasurement& m : measurements) {
        if (m.missing)
            continue;  // nothing to cache: the file is checked again next time
        const QByteArray path = m.path.toUtf8();
        sqlite3_bind_text(raw, 1, path.constData(), int(path.size()), SQLITE_STATIC);
        st.bind(2, qint64(m.sensorStream ? kSensorKind : int(m.modality)));
        st.bind(3, m.size);
        st.bind(4, m.mtimeNs);
        st.bind(5, qint64(m.ok ? 1 : 0));
        st.bind(6, m.error);
        const QByteArray metricsJson = metricsToJson(m.metrics);
        sqlite3_bind_text(raw, 7, metricsJson.constData(), int(metricsJson.size()), SQLITE_STATIC);
        bindBlob(raw, 8, m.exactHash, SQLITE_STATIC);
        if (m.perceptualHash)
            st.bind(9, qint64(*m.perceptualHash));
        else
            st.bindNull(9);
        bindBlob(raw, 10, m.fingerprint, SQLITE_STATIC);
        bindBlob(raw, 11, m.minHash, SQLITE_STATIC);
        sqlite3_bind_text(raw, 12, now.constData(), int(now.size()), SQLITE_STATIC);
        if (!st.run(&m_error))
            return false;
    }
    if (!tx.commit()) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

bool QualityRepository::forgetMeasurement(const QString& path)
{
    SqliteStatement st(m_store.database(), "DELETE FROM file_cache WHERE path = ?");
    st.bind(1, path);
    return st.run(&m_error);
}

bool QualityRepository::replaceResults(const SampleMetricTable& metrics, const std::vector<QualityIssue>& issues,
                                       const std::vector<DuplicateGroupRecord>& groups)
{
    return replaceResults(metrics, [&](std::vector<QualityIssue>* i, std::vector<DuplicateGroupRecord>* g) {
        *i = issues;
        *g = groups;
        return true;
    });
}

bool QualityRepository::replaceResults(const SampleMetricTable& metrics, const Findings& findings)
{
    m_error.clear();
    sqlite3* db = m_store.database();
    // The metrics' new generation: the stored columns are written for it, meta gets it at the end.
    const QString generation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SqliteTransaction tx(db);
    if (!tx.ok() || sqlite3_exec(db,
                                 "DELETE FROM issues; DELETE FROM duplicate_groups; "
                                 "DELETE FROM duplicate_members; UPDATE samples SET issue_count = 0;",
                                 nullptr, nullptr, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    {
        const ScanTimings::Scope timed(ScanTimings::WriteMetricRows);
        // In primary-key order, so that every insert appends to the table's B-tree instead of splitting pages
        // all over it (the hash order of the table cost several times more).
        // Sample ids and metric names go in as UTF-8 converted once each (about 30 names for 64k rows): SQLite
        // would otherwise translate every UTF-16 value it is given, and byte order is then exactly the key order.
        // Samples sorted by id and each sample's metrics by name: 2,000 sorts of ~32 rows and one of 2,000 ids
        // instead of one sort of 64k rows.
        using Entry = MetricEntry;
        std::vector<std::pair<QByteArray, const QHash<QString, double>*>> samples;
        samples.reserve(std::size_t(metrics.size()));
        for (auto s = metrics.cbegin(); s != metrics.cend(); ++s)
            samples.emplace_back(s.key().toUtf8(), &s.value());
        std::sort(samples.begin(), samples.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QHash<QString, const QByteArray*> names;
        std::deque<QByteArray> nameBytes;  // stable addresses as it grows
        std::vector<Entry> entries;
        for (const auto& [id, row] : samples) {
            const std::size_t first = entries.size();
            for (auto m = row->cbegin(); m != row->cend(); ++m) {
                if (!std::isfinite(m.value()))
                    continue;
                auto name = names.constFind(m.key());
                if (name == names.cend())
                    name = names.insert(m.key(), &nameBytes.emplace_back(m.key().toUtf8()));
                entries.push_back({&id, *name, m.value()});
            }
            std::sort(entries.begin() + std::ptrdiff_t(first), entries.end(),
                      [](const Entry& a, const Entry& b) { return *a.name < *b.name; });
        }
        // Most rows as they are stored (a re-derive): only the differences are written, the value index kept.
        MetricRowChanges changes;
        const bool few = fewMetricRowChanges(db, entries, entries.size() / 8, &changes);
        if (!(few ? applyMetricRowChanges(db, entries, changes, &m_error)
                  : writeAllMetricRows(db, entries, &m_error)) ||
            !writeMetricColumns(db, entries, nameBytes, generation, &m_error))
            return false;
    }
    std::vector<QualityIssue> issues;
    std::vector<DuplicateGroupRecord> groups;
    if (!findings(&issues, &groups))
        return false;  // the transaction rolls back
    std::optional<ScanTimings::Scope> writeIssues(std::in_place, ScanTimings::WriteIssues);
    {
        SqliteStatement st(db,
                           "INSERT INTO issues(sample_id, type, modality, severity, value, threshold, message) "
                           "VALUES(?,?,?,?,?,?,?)");
        for (const QualityIssue& i : issues) {
            st.bindStatic(1, i.sampleId);
            st.bindStatic(2, i.type);
            st.bindStatic(3, i.modality);
            st.bind(4, qint64(i.severity));
            if (std::isfinite(i.value))
                st.bind(5, i.value);
            else
                st.bindNull(5);
            if (std::isfinite(i.threshold))
                st.bind(6, i.threshold);
            else
                st.bindNull(6);
            st.bindStatic(7, i.message);
            if (!st.run(&m_error))
                return false;
        }
        if (sqlite3_exec(db,
                         "UPDATE samples SET issue_count = (SELECT count(*) FROM issues i WHERE i.sample_id = "
                         "samples.sample_id) WHERE sample_id IN (SELECT DISTINCT sample_id FROM issues)",
                         nullptr, nullptr, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
            return false;
        }
    }
    {
        SqliteStatement group(db, "INSERT INTO duplicate_groups(kind, modality, keeper, reason) VALUES(?,?,?,?)");
        SqliteStatement member(db,
                               "INSERT OR IGNORE INTO duplicate_members(group_id, sample_id, distance) VALUES(?,?,?)");
        for (const DuplicateGroupRecord& g : groups) {
            group.bindStatic(1, g.kind);
            group.bindStatic(2, g.modality);
            group.bindStatic(3, g.keeper);
            group.bindStatic(4, g.reason);
            if (!group.run(&m_error))
                return false;
            const qint64 id = sqlite3_last_insert_rowid(db);
            for (const auto& [sampleId, distance] : g.members) {
                member.bind(1, id);
                member.bindStatic(2, sampleId);
                member.bind(3, distance);
                if (!member.run(&m_error))
                    return false;
            }
        }
    }
    writeIssues.reset();
    const ScanTimings::Scope commitTimed(ScanTimings::Commit);
    // New metrics: every cached metric column (MetricColumnCache) is stale from here.
    if (!m_store.setMetaValue(QStringLiteral("quality.scanned_at"),
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODate)) ||
        !m_store.setMetaValue(QStringLiteral("metrics.generation"), generation) || !tx.commit()) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

QJsonObject QualityRepository::thresholdOverrides() const
{
    return QJsonDocument::fromJson(m_store.meta(QStringLiteral("quality.thresholds")).toUtf8()).object();
}

bool QualityRepository::saveThresholdOverrides(const QJsonObject& overrides)
{
    return m_store.setMetaValue(QStringLiteral("quality.thresholds"),
                                QString::fromUtf8(QJsonDocument(overrides).toJson(QJsonDocument::Compact)));
}

bool QualityRepository::hasScanResults() const
{
    return !m_store.meta(QStringLiteral("quality.scanned_at")).isEmpty();
}

namespace {

std::vector<QualityIssue> readIssues(SqliteStatement& st)
{
    std::vector<QualityIssue> out;
    while (st.step() == SQLITE_ROW) {
        QualityIssue i;
        i.sampleId = st.columnText(0);
        i.type = st.columnText(1);
        i.modality = st.columnText(2);
        i.severity = static_cast<Diagnostic::Severity>(st.columnInt(3));
        i.value = st.columnIsNull(4) ? std::nan("") : st.columnDouble(4);
        i.threshold = st.columnIsNull(5) ? std::nan("") : st.columnDouble(5);
        i.message = st.columnText(6);
        out.push_back(std::move(i));
    }
    return out;
}

}  // namespace

std::vector<QualityIssue> QualityRepository::issues(qint64 limit) const
{
    SqliteStatement st(m_store.database(),
                       "SELECT i.sample_id, type, modality, severity, value, threshold, message FROM issues i "
                       "LEFT JOIN samples s ON s.sample_id = i.sample_id "
                       "ORDER BY severity DESC, type, s.row LIMIT ?");
    st.bind(1, limit);
    return readIssues(st);
}

std::vector<QualityIssue> QualityRepository::issuesForSample(const QString& sampleId) const
{
    SqliteStatement st(m_store.database(),
                       "SELECT sample_id, type, modality, severity, value, threshold, message FROM issues "
                       "WHERE sample_id = ? ORDER BY severity DESC, type");
    st.bind(1, sampleId);
    return readIssues(st);
}

QMap<QString, QMap<int, qint64>> QualityRepository::issueCounts() const
{
    QMap<QString, QMap<int, qint64>> out;
    SqliteStatement st(m_store.database(), "SELECT type, severity, count(*) FROM issues GROUP BY type, severity");
    while (st.step() == SQLITE_ROW)
        out[st.columnText(0)][st.columnInt(1)] = st.columnInt64(2);
    return out;
}

std::vector<DuplicateGroupRecord> QualityRepository::duplicateGroups() const
{
    std::vector<DuplicateGroupRecord> out;
    SqliteStatement groups(m_store.database(),
                           "SELECT id, kind, modality, keeper, reason FROM duplicate_groups ORDER BY id");
    SqliteStatement members(m_store.database(),
                            "SELECT m.sample_id, m.distance FROM duplicate_members m LEFT JOIN samples s "
                            "ON s.sample_id = m.sample_id WHERE group_id = ? ORDER BY s.row");
    while (groups.step() == SQLITE_ROW) {
        DuplicateGroupRecord g;
        g.kind = groups.columnText(1);
        g.modality = groups.columnText(2);
        g.keeper = groups.columnText(3);
        g.reason = groups.columnText(4);
        members.bind(1, groups.columnInt64(0));
        while (members.step() == SQLITE_ROW)
            g.members.emplace_back(members.columnText(0), members.columnDouble(1));
        members.reset();
        out.push_back(std::move(g));
    }
    return out;
}

qint64 QualityRepository::issueTotal() const
{
    SqliteStatement st(m_store.database(), "SELECT count(*) FROM issues");
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : 0;
}

qint64 QualityRepository::duplicateGroupCount() const
{
    SqliteStatement st(m_store.database(), "SELECT count(*) FROM duplicate_groups");
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : 0;
}

QStringList QualityRepository::metricNames() const
{
    QStringList names;
    SqliteStatement st(m_store.database(), "SELECT DISTINCT name FROM sample_metrics ORDER BY name");
    while (st.step() == SQLITE_ROW)
        names << st.columnText(0);
    return names;
}

bool QualityRepository::forgetAllMeasurements()
{
    if (sqlite3_exec(m_store.database(), "DELETE FROM file_cache", nullptr, nullptr, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_store.database()));
        return false;
    }
    return true;
}

std::vector<double> QualityRepository::metricValues(const QString& name) const
{
    std::vector<double> values;
    SqliteStatement st(m_store.database(), "SELECT value FROM sample_metrics WHERE name = ? ORDER BY value");
    st.bind(1, name);
    while (st.step() == SQLITE_ROW)
        values.push_back(st.columnDouble(0));
    return values;
}

QHash<QString, double> QualityRepository::metricsForSample(const QString& sampleId) const
{
    QHash<QString, double> out;
    SqliteStatement st(m_store.database(), "SELECT name, value FROM sample_metrics WHERE sample_id = ?");
    st.bind(1, sampleId);
    while (st.step() == SQLITE_ROW)
        out.insert(st.columnText(0), st.columnDouble(1));
    return out;
}

}  // namespace lockstep
