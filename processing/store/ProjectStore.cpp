#include "store/ProjectStore.h"

#include "store/MetricColumnStore.h"
#include "store/ProjectMigrations.h"
#include "store/SampleRowColumns.h"
#include "store/SqlFunctions.h"
#include "store/SqliteStatement.h"

#include <sqlite3.h>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QUuid>

namespace lockstep {

namespace {

// 'LKST': lets `file`, SQLite tools and looksLikeProject() recognise a Lockstep project.
constexpr int kApplicationId = 0x4C4B5354;

}  // namespace

struct ProjectStore::Statements {
    explicit Statements(sqlite3* db)
        : insertSample(db,
                       "INSERT INTO samples(row, sample_id, dataset_label, split, image_path, text_path, text_inline, "
                       "audio_path, video_path, modalities, missing_files, stream_count, warning_count, source) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
          insertAttribute(db, "INSERT INTO attributes(sample_row, position, key, value) VALUES(?,?,?,?)"),
          insertStream(db,
                       "INSERT INTO streams(sample_row, kind, name, source_path, tier, clock, start_us, "
                       "duration_us, channels, point_count, rate) VALUES(?,?,?,?,?,?,?,?,?,?,?)"),
          insertSegment(db, "INSERT INTO segments(stream_id, idx, start_us, end_us, text) VALUES(?,?,?,?,?)"),
          insertFrame(db, "INSERT INTO frames(stream_id, idx, time_us, path) VALUES(?,?,?,?)"),
          insertDiagnostic(db, "INSERT INTO diagnostics(severity, file, line, sample_id, message) VALUES(?,?,?,?,?)"),
          addWarnings(db, "UPDATE samples SET warning_count = warning_count + ? WHERE sample_id = ?")
    {}
    SqliteStatement insertSample;
    SqliteStatement insertAttribute;
    SqliteStatement insertStream;
    SqliteStatement insertSegment;
    SqliteStatement insertFrame;
    SqliteStatement insertDiagnostic;
    SqliteStatement addWarnings;
    // Warnings per sample id not yet counted in its row: those that came before the sample are taken when
    // it is written; the few that come after it are applied by one UPDATE each at commit.
    QHash<QString, int> pendingWarnings;
};

ProjectStore::OpenResult ProjectStore::open(const QString& path, Mode mode)
{
    OpenResult result;
    std::unique_ptr<ProjectStore> store(new ProjectStore());
    store->m_path = path;
    store->m_readOnly = mode == Mode::ReadOnly;
    const bool memory = path == QLatin1String(":memory:");
    if (!memory && mode == Mode::ReadOnly && !QFile::exists(path)) {
        result.error = QStringLiteral("project '%1' does not exist").arg(path);
        return result;
    }
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) |
                      SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &store->m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        result.error =
            QStringLiteral("cannot open project '%1': %2")
                .arg(path, QString::fromUtf8(store->m_db ? sqlite3_errmsg(store->m_db) : sqlite3_errstr(rc)));
        return result;
    }
    sqlite3_busy_timeout(store->m_db, 10000);
    sqlite3_extended_result_codes(store->m_db, 1);
    // The functions the sample filter's SQL calls (point_in_polygon for a lasso), on every connection.
    if (SqlFunctions::registerAll(store->m_db) != SQLITE_OK) {
        result.error =
            QStringLiteral("cannot prepare project '%1': %2").arg(path, QString::fromUtf8(sqlite3_errmsg(store->m_db)));
        return result;
    }

    // Reject files that are not SQLite, or SQLite files that are not Lockstep projects, before touching them.
    SqliteStatement appId(store->m_db, "PRAGMA application_id");
    if (!appId.ok() || appId.step() != SQLITE_ROW) {
        result.error = QStringLiteral("'%1' is not a Lockstep project (not an SQLite database: %2)")
                           .arg(path, QString::fromUtf8(sqlite3_errmsg(store->m_db)));
        return result;
    }
    const int foundAppId = appId.columnInt(0);
    appId.reset();
    SqliteStatement tables(store->m_db, "SELECT count(*) FROM sqlite_master");
    tables.step();
    const bool empty = tables.columnInt(0) == 0;
    tables.reset();
    if (foundAppId != kApplicationId && !(empty && foundAppId == 0)) {
        result.error = QStringLiteral("'%1' is an SQLite database but not a Lockstep project").arg(path);
        return result;
    }
    if (mode == Mode::ReadWrite) {
        if (!memory && !store->exec("PRAGMA journal_mode=WAL")) {
            result.error = store->m_lastError;
            return result;
        }
        store->exec("PRAGMA synchronous=NORMAL");
        store->exec("PRAGMA foreign_keys=ON");
        if (!store->migrate()) {
            result.error = QStringLiteral("cannot prepare project '%1': %2").arg(path, store->m_lastError);
            return result;
        }
    } else if (store->schemaVersion() != kSchemaVersion) {
        const int v = store->schemaVersion();
        result.error = v > kSchemaVersion
                           ? QStringLiteral(
                                 "project '%1' was written by a newer Lockstep (schema %2; this build reads "
                                 "up to %3)")
                                 .arg(path)
                                 .arg(v)
                                 .arg(kSchemaVersion)
                           : QStringLiteral(
                                 "project '%1' has schema %2 and must be upgraded: open it once for "
                                 "writing (lockstep-cli import or the application)")
                                 .arg(path)
                                 .arg(v);
        return result;
    }
    store->exec("PRAGMA cache_size=-65536");
    store->exec("PRAGMA temp_store=MEMORY");
    // Read-only connections (the workers that filter, sort and plot) read pages straight from the mapped file: a
    // pass over the samples table or a metric's index costs a third less than copying every page into the cache.
    if (mode == Mode::ReadOnly && !memory)
        store->exec("PRAGMA mmap_size=2147418112");
    result.store = std::move(store);
    return result;
}

bool ProjectStore::looksLikeProject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return false;
    const auto* p = reinterpret_cast<const uchar*>(header.constData() + 68);
    const int appId = int((quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3]);
    return appId == kApplicationId;
}

ProjectStore::~ProjectStore()
{
    m_stmts.reset();
    if (m_db) {
        if (sqlite3_get_autocommit(m_db) == 0)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
}

bool ProjectStore::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        m_lastError = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

int ProjectStore::schemaVersion() const
{
    SqliteStatement st(m_db, "PRAGMA user_version");
    return st.step() == SQLITE_ROW ? st.columnInt(0) : -1;
}

bool ProjectStore::migrate()
{
    const int current = schemaVersion();
    if (current > kSchemaVersion) {
        m_lastError = QStringLiteral("it was written by a newer Lockstep (schema %1; this build reads up to %2)")
                          .arg(current)
                          .arg(kSchemaVersion);
        return false;
    }
    if (current == kSchemaVersion)
        return true;
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    for (int v = current; v < kSchemaVersion; ++v) {
        if (!exec(ProjectMigrations::sql(v)) || !ProjectMigrations::complete(m_db, v + 1, &m_lastError)) {
            const QString why = m_lastError;
            exec("ROLLBACK");
            m_lastError = QStringLiteral("schema migration %1 -> %2 failed: %3").arg(v).arg(v + 1).arg(why);
            return false;
        }
    }
    const QByteArray pragmas = "PRAGMA user_version=" + QByteArray::number(kSchemaVersion) +
                               "; PRAGMA application_id=" + QByteArray::number(kApplicationId) + ";";
    if (!exec(pragmas.constData()) || !exec("COMMIT")) {
        exec("ROLLBACK");
        return false;
    }
    return true;
}

bool ProjectStore::beginImport(const QString& datasetRoot, const QString& layout)
{
    if (m_readOnly) {
        m_lastError = QStringLiteral("project opened read-only");
        return false;
    }
    if (!exec("BEGIN IMMEDIATE"))
        return false;
    if (!exec("DROP INDEX IF EXISTS samples_by_id; DELETE FROM samples; DELETE FROM attributes; "
              "DELETE FROM streams; DELETE FROM segments; DELETE FROM frames; DELETE FROM diagnostics; "
              "DELETE FROM sample_labels; DELETE FROM sample_statuses;")) {
        exec("ROLLBACK");
        return false;
    }
    m_stmts = std::make_unique<Statements>(m_db);
    m_importRow = 0;
    SqliteStatement meta(m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("dataset_root"), datasetRoot},
        {QStringLiteral("layout"), layout},
        {QStringLiteral("imported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("lockstep_version"), QStringLiteral(LOCKSTEP_VERSION)},
    };
    for (const auto& [key, value] : values) {
        meta.bind(1, key);
        meta.bind(2, value);
        if (meta.step() != SQLITE_DONE) {
            m_lastError = meta.errorMessage();
            exec("ROLLBACK");
            return false;
        }
        meta.reset();
    }
    return true;
}

bool ProjectStore::setMeta(const QString& key, const QString& value)
{
    SqliteStatement meta(m_db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    meta.bind(1, key);
    meta.bind(2, value);
    if (meta.step() != SQLITE_DONE) {
        m_lastError = meta.errorMessage();
        return false;
    }
    return true;
}

bool ProjectStore::addSample(const Sample& sample)
{
    if (!m_stmts) {
        m_lastError = QStringLiteral("addSample() outside beginImport()/commitImport()");
        return false;
    }
    Statements& s = *m_stmts;
    const qint64 row = m_importRow++;
    ModalityMask missing = 0;
    for (const Item& item : sample.items)
        if (item.fileMissing)
            missing |= modalityBit(item.modality);
    // Columns 5..9: image, text file, inline text, audio, video (NULL when the modality is absent).
    for (int column = 5; column <= 9; ++column)
        s.insertSample.bindNull(column);
    for (const Item& item : sample.items) {
        switch (item.modality) {
        case Modality::Image: s.insertSample.bindStatic(5, item.path); break;
        case Modality::Text:
            if (item.path.isEmpty())
                s.insertSample.bindStatic(7, item.inlineText);
            else
                s.insertSample.bindStatic(6, item.path);
            break;
        case Modality::Audio: s.insertSample.bindStatic(8, item.path); break;
        case Modality::Video: s.insertSample.bindStatic(9, item.path); break;
        }
    }
    s.insertSample.bind(1, row);
    s.insertSample.bindStatic(2, sample.id);
    s.insertSample.bindStatic(3, sample.label);
    s.insertSample.bindStatic(4, sample.split);
    s.insertSample.bind(10, qint64(sample.modalities()));
    s.insertSample.bind(11, qint64(missing));
    s.insertSample.bind(12, qint64(sample.streams.size()));
    s.insertSample.bind(13, qint64(s.pendingWarnings.take(sample.id)));
    s.insertSample.bindStatic(14, sample.sourceFile);
    if (!s.insertSample.run(&m_lastError))
        return false;

    for (qsizetype i = 0; i < sample.attributes.size(); ++i) {
        s.insertAttribute.bind(1, row);
        s.insertAttribute.bind(2, qint64(i));
        s.insertAttribute.bindStatic(3, sample.attributes[i].first);
        s.insertAttribute.bindStatic(4, sample.attributes[i].second);
        if (!s.insertAttribute.run(&m_lastError))
            return false;
    }
    for (const Stream& stream : sample.streams) {
        s.insertStream.bind(1, row);
        s.insertStream.bind(2, qint64(stream.kind));
        s.insertStream.bindStatic(3, stream.name);
        s.insertStream.bindStatic(4, stream.sourcePath);
        s.insertStream.bindStatic(5, stream.tier);
        s.insertStream.bind(6, stream.clock.serialize());
        s.insertStream.bind(7, qint64(stream.start.count()));
        s.insertStream.bind(8, qint64(stream.duration.count()));
        s.insertStream.bind(9, stream.channels.join(QLatin1Char('\t')));
        s.insertStream.bind(10, stream.pointCount);
        s.insertStream.bind(11, stream.rate);
        if (!s.insertStream.run(&m_lastError))
            return false;
        const qint64 streamId = sqlite3_last_insert_rowid(m_db);
        for (std::size_t i = 0; i < stream.segments.size(); ++i) {
            const Segment& seg = stream.segments[i];
            s.insertSegment.bind(1, streamId);
            s.insertSegment.bind(2, qint64(i));
            s.insertSegment.bind(3, qint64(seg.start.count()));
            s.insertSegment.bind(4, qint64(seg.end.count()));
            s.insertSegment.bindStatic(5, seg.text);
            if (!s.insertSegment.run(&m_lastError))
                return false;
        }
        for (std::size_t i = 0; i < stream.frames.size(); ++i) {
            const Frame& frame = stream.frames[i];
            s.insertFrame.bind(1, streamId);
            s.insertFrame.bind(2, qint64(i));
            s.insertFrame.bind(3, qint64(frame.time.count()));
            s.insertFrame.bindStatic(4, frame.path);
            if (!s.insertFrame.run(&m_lastError))
                return false;
        }
    }
    return true;
}

bool ProjectStore::addDiagnostic(const Diagnostic& d)
{
    if (!m_stmts) {
        m_lastError = QStringLiteral("addDiagnostic() outside beginImport()/commitImport()");
        return false;
    }
    Statements& s = *m_stmts;
    s.insertDiagnostic.bind(1, qint64(d.severity));
    s.insertDiagnostic.bind(2, d.file);
    s.insertDiagnostic.bind(3, qint64(d.line));
    s.insertDiagnostic.bind(4, d.sampleId);
    s.insertDiagnostic.bind(5, d.message);
    if (!s.insertDiagnostic.run(&m_lastError))
        return false;
    if (!d.sampleId.isEmpty() && d.severity != Diagnostic::Severity::Info)
        ++s.pendingWarnings[d.sampleId];
    return true;
}

bool ProjectStore::commitImport()
{
    if (!m_stmts) {
        m_lastError = QStringLiteral("commitImport() without beginImport()");
        return false;
    }
    // The id index first: the late warning counts below look samples up by id.
    if (!exec("CREATE UNIQUE INDEX samples_by_id ON samples(sample_id)"))
        return false;
    Statements& s = *m_stmts;
    for (auto it = s.pendingWarnings.cbegin(); it != s.pendingWarnings.cend(); ++it) {
        s.addWarnings.bind(1, qint64(it.value()));
        s.addWarnings.bind(2, it.key());
        if (!s.addWarnings.run(&m_lastError))
            return false;
    }
    // Review decisions are kept by sample id across imports: put them back by the new rows.
    if (!exec("INSERT OR REPLACE INTO sample_statuses(row, status) SELECT s.row, a.value FROM annotations a JOIN "
              "samples s ON s.sample_id = a.sample_id WHERE a.kind = 'status' AND a.value <> 'unreviewed' "
              "ORDER BY s.row"))
        return false;
    // Label edits likewise: the dataset's label (kept beside the edit) is refreshed, the edit goes back on top.
    if (!exec("UPDATE annotations SET key = (SELECT dataset_label FROM samples s WHERE s.sample_id = "
              "annotations.sample_id) WHERE kind = 'label' AND sample_id IN (SELECT sample_id FROM samples)"))
        return false;
    if (!exec("INSERT OR REPLACE INTO sample_labels(row, label) SELECT s.row, a.value FROM annotations a JOIN "
              "samples s ON s.sample_id = a.sample_id WHERE a.kind = 'label' AND a.value <> s.dataset_label "
              "ORDER BY s.row"))
        return false;
    setMeta(QStringLiteral("sample_count"), QString::number(m_importRow));
    setMeta(QStringLiteral("import_complete"), QStringLiteral("1"));
    // New rows for every sample: metric columns by row, cached (MetricColumnCache) or stored, are stale from here;
    // the stored ones are rewritten for the new rows.
    const QString generation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setMeta(QStringLiteral("metrics.generation"), generation);
    if (!MetricColumnStore::rebuild(m_db, generation, &m_lastError))
        return false;
    m_stmts.reset();
    if (!exec("COMMIT")) {
        exec("ROLLBACK");
        return false;
    }
    return true;
}

void ProjectStore::rollbackImport()
{
    m_stmts.reset();
    if (sqlite3_get_autocommit(m_db) == 0)
        exec("ROLLBACK");
}

QString ProjectStore::meta(const QString& key) const
{
    SqliteStatement st(m_db, "SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    return st.step() == SQLITE_ROW ? st.columnText(0) : QString();
}

QString ProjectStore::datasetRoot() const
{
    return meta(QStringLiteral("dataset_root"));
}

QString ProjectStore::layout() const
{
    return meta(QStringLiteral("layout"));
}

qint64 ProjectStore::sampleCount() const
{
    // Rows are dense 0..n-1, so the largest row answers in O(log n) where count(*) would scan.
    SqliteStatement st(m_db, "SELECT max(row) FROM samples");
    if (st.step() != SQLITE_ROW || st.columnIsNull(0))
        return 0;
    return st.columnInt64(0) + 1;
}

std::vector<SampleRow> ProjectStore::sampleRows(qint64 first, int count) const
{
    std::vector<SampleRow> rows;
    if (count <= 0)
        return rows;
    rows.reserve(std::size_t(count));
    SqliteStatement st(m_db,
                       "SELECT " LOCKSTEP_SAMPLE_ROW_COLUMNS " FROM samples s WHERE s.row >= ? ORDER BY s.row LIMIT ?");
    st.bind(1, first);
    st.bind(2, qint64(count));
    while (st.step() == SQLITE_ROW)
        rows.push_back(readSampleRow(st));
    return rows;
}

std::optional<qint64> ProjectStore::rowOfSample(const QString& id) const
{
    SqliteStatement st(m_db, "SELECT row FROM samples WHERE sample_id = ?");
    st.bind(1, id);
    if (st.step() != SQLITE_ROW)
        return std::nullopt;
    return st.columnInt64(0);
}

QString ProjectStore::imagePath(qint64 row) const
{
    SqliteStatement st(m_db, "SELECT image_path FROM samples WHERE row = ?");
    st.bind(1, row);
    return st.step() == SQLITE_ROW ? st.columnText(0) : QString();
}

std::optional<Sample> ProjectStore::loadSample(qint64 row) const
{
    SqliteStatement st(m_db, "SELECT s.sample_id, " LOCKSTEP_SAMPLE_LABEL_SQL
                             ", s.split, s.image_path, s.text_path, "
                             "s.text_inline, s.audio_path, s.video_path, s.missing_files, s.source FROM samples s "
                             "WHERE s.row = ?");
    st.bind(1, row);
    if (st.step() != SQLITE_ROW)
        return std::nullopt;
    Sample sample;
    sample.id = st.columnText(0);
    sample.label = st.columnText(1);
    sample.split = st.columnText(2);
    const auto missing = ModalityMask(st.columnInt64(8));
    sample.sourceFile = st.columnText(9);
    auto addItem = [&](Modality m, int pathColumn, int inlineColumn) {
        if (st.columnIsNull(pathColumn) && (inlineColumn < 0 || st.columnIsNull(inlineColumn)))
            return;
        Item item;
        item.modality = m;
        item.path = st.columnText(pathColumn);
        if (inlineColumn >= 0 && item.path.isEmpty())
            item.inlineText = st.columnText(inlineColumn);
        item.fileMissing = (missing & modalityBit(m)) != 0;
        sample.items.push_back(std::move(item));
    };
    addItem(Modality::Image, 3, -1);
    addItem(Modality::Text, 4, 5);
    addItem(Modality::Audio, 6, -1);
    addItem(Modality::Video, 7, -1);

    SqliteStatement attrs(m_db, "SELECT key, value FROM attributes WHERE sample_row = ? ORDER BY position");
    attrs.bind(1, row);
    while (attrs.step() == SQLITE_ROW)
        sample.attributes.append({attrs.columnText(0), attrs.columnText(1)});

    SqliteStatement streams(m_db,
                            "SELECT id, kind, name, source_path, tier, clock, start_us, duration_us, channels, "
                            "point_count, rate FROM streams WHERE sample_row = ? ORDER BY id");
    SqliteStatement segments(m_db, "SELECT start_us, end_us, text FROM segments WHERE stream_id = ? ORDER BY idx");
    SqliteStatement frames(m_db, "SELECT time_us, path FROM frames WHERE stream_id = ? ORDER BY idx");
    streams.bind(1, row);
    while (streams.step() == SQLITE_ROW) {
        Stream s;
        const qint64 id = streams.columnInt64(0);
        s.kind = static_cast<StreamKind>(streams.columnInt(1));
        s.name = streams.columnText(2);
        s.sourcePath = streams.columnText(3);
        s.tier = streams.columnText(4);
        ClockTransform::deserialize(streams.columnText(5), &s.clock);
        s.start = Micros{streams.columnInt64(6)};
        s.duration = Micros{streams.columnInt64(7)};
        const QString channels = streams.columnText(8);
        if (!channels.isEmpty())
            s.channels = channels.split(QLatin1Char('\t'));
        s.pointCount = streams.columnInt64(9);
        s.rate = streams.columnDouble(10);
        segments.bind(1, id);
        while (segments.step() == SQLITE_ROW)
            s.segments.push_back(
                {Micros{segments.columnInt64(0)}, Micros{segments.columnInt64(1)}, segments.columnText(2)});
        segments.reset();
        frames.bind(1, id);
        while (frames.step() == SQLITE_ROW)
            s.frames.push_back({Micros{frames.columnInt64(0)}, frames.columnText(1)});
        frames.reset();
        sample.streams.push_back(std::move(s));
    }
    return sample;
}

namespace {

Diagnostics readDiagnostics(SqliteStatement& st)
{
    Diagnostics out;
    while (st.step() == SQLITE_ROW)
        out.append({static_cast<Diagnostic::Severity>(st.columnInt(0)), st.columnText(1), st.columnInt(2),
                    st.columnText(3), st.columnText(4)});
    return out;
}

}  // namespace

Diagnostics ProjectStore::diagnostics(qint64 limit) const
{
    SqliteStatement st(m_db, "SELECT severity, file, line, sample_id, message FROM diagnostics ORDER BY id LIMIT ?");
    st.bind(1, limit);
    return readDiagnostics(st);
}

Diagnostics ProjectStore::diagnosticsForSample(const QString& id) const
{
    SqliteStatement st(m_db,
                       "SELECT severity, file, line, sample_id, message FROM diagnostics WHERE sample_id = ? "
                       "ORDER BY id");
    st.bind(1, id);
    return readDiagnostics(st);
}

DatasetSummary ProjectStore::summary() const
{
    DatasetSummary s;
    s.datasetRoot = datasetRoot();
    s.layout = layout();
    s.samples = sampleCount();
    {
        // One scan for all modalities: presence and missing files per modality column.
        SqliteStatement st(m_db,
                           "SELECT count(image_path), count(coalesce(text_path, text_inline)), count(audio_path), "
                           "count(video_path), sum(missing_files & 1 != 0), sum(missing_files & 2 != 0), "
                           "sum(missing_files & 4 != 0), sum(missing_files & 8 != 0) FROM samples");
        if (st.step() == SQLITE_ROW) {
            for (int i = 0; i < 4; ++i) {
                const auto m = static_cast<Modality>(i);
                if (st.columnInt64(i) > 0) {
                    s.withModality[m] = st.columnInt64(i);
                    s.missingFiles[m] = st.columnInt64(4 + i);
                }
            }
        }
        for (auto it = s.withModality.cbegin(); it != s.withModality.cend(); ++it)
            s.withoutModality[it.key()] = s.samples - it.value();
    }
    {
        SqliteStatement st(m_db, "SELECT kind, count(*) FROM streams GROUP BY kind");
        while (st.step() == SQLITE_ROW)
            s.streams[static_cast<StreamKind>(st.columnInt(0))] = st.columnInt64(1);
    }
    {
        SqliteStatement st(m_db, "SELECT (SELECT count(*) FROM segments), (SELECT count(*) FROM frames)");
        if (st.step() == SQLITE_ROW) {
            s.segments = st.columnInt64(0);
            s.frames = st.columnInt64(1);
        }
    }
    {
        SqliteStatement st(
            m_db, "SELECT " LOCKSTEP_SAMPLE_LABEL_SCAN_SQL " AS label, count(*) FROM samples s GROUP BY label");
        while (st.step() == SQLITE_ROW)
            s.labels[st.columnText(0)] = st.columnInt64(1);
    }
    {
        SqliteStatement st(m_db, "SELECT split, count(*) FROM samples GROUP BY split");
        while (st.step() == SQLITE_ROW)
            s.splits[st.columnText(0)] = st.columnInt64(1);
    }
    {
        SqliteStatement st(m_db, "SELECT severity, count(*) FROM diagnostics GROUP BY severity");
        while (st.step() == SQLITE_ROW) {
            const auto severity = static_cast<Diagnostic::Severity>(st.columnInt(0));
            if (severity == Diagnostic::Severity::Error)
                s.errors += st.columnInt64(1);
            else if (severity == Diagnostic::Severity::Warning)
                s.warnings += st.columnInt64(1);
        }
    }
    return s;
}

bool ProjectStore::checkIntegrity(QString* details) const
{
    SqliteStatement st(m_db, "PRAGMA integrity_check");
    QStringList lines;
    while (st.step() == SQLITE_ROW)
        lines << st.columnText(0);
    if (details)
        *details = lines.join(QLatin1Char('\n'));
    return lines == QStringList{QStringLiteral("ok")};
}

}  // namespace lockstep
