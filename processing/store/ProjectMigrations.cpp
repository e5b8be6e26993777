#include "store/ProjectMigrations.h"

#include "store/MetricColumnStore.h"
#include "store/ProjectStore.h"
#include "store/SqliteStatement.h"

#include <sqlite3.h>
#include <QUuid>

namespace lockstep {

namespace {

// Forward migrations: entry i brings the schema from version i to i + 1. Never edit a released entry;
// append a new one.
const char* const kMigrations[] = {
    // 0 -> 1: the sample index, diagnostics, and the tables the review work writes to.
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE samples(
    row INTEGER PRIMARY KEY,          -- 0-based position in import order; pages are row ranges
    sample_id TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    split TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'unreviewed',
    source TEXT NOT NULL DEFAULT '',  -- manifest or folder the sample was read from
    -- One item per modality, so items live in the sample's row: one insert per sample, one read per page.
    image_path TEXT,
    text_path TEXT,
    text_inline TEXT,                 -- a caption given in the manifest itself
    audio_path TEXT,
    video_path TEXT,
    modalities INTEGER NOT NULL DEFAULT 0,
    missing_files INTEGER NOT NULL DEFAULT 0,
    stream_count INTEGER NOT NULL DEFAULT 0,
    warning_count INTEGER NOT NULL DEFAULT 0);
-- Dropped while an import fills the table and rebuilt (sorted, far faster) before it commits.
CREATE UNIQUE INDEX samples_by_id ON samples(sample_id);
CREATE TABLE attributes(
    sample_row INTEGER NOT NULL,
    position INTEGER NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY(sample_row, position)) WITHOUT ROWID;
CREATE TABLE streams(
    id INTEGER PRIMARY KEY,
    sample_row INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    name TEXT NOT NULL,
    source_path TEXT NOT NULL DEFAULT '',
    tier TEXT NOT NULL DEFAULT '',
    clock TEXT NOT NULL DEFAULT '0 1',
    start_us INTEGER NOT NULL DEFAULT 0,
    duration_us INTEGER NOT NULL DEFAULT 0,
    channels TEXT NOT NULL DEFAULT '',
    point_count INTEGER NOT NULL DEFAULT 0,
    rate REAL NOT NULL DEFAULT 0);
CREATE INDEX streams_by_sample ON streams(sample_row);
CREATE TABLE segments(
    stream_id INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    start_us INTEGER NOT NULL,
    end_us INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY(stream_id, idx)) WITHOUT ROWID;
CREATE TABLE frames(
    stream_id INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    time_us INTEGER NOT NULL,
    path TEXT NOT NULL,
    PRIMARY KEY(stream_id, idx)) WITHOUT ROWID;
CREATE TABLE diagnostics(
    id INTEGER PRIMARY KEY,
    severity INTEGER NOT NULL,
    file TEXT NOT NULL DEFAULT '',
    line INTEGER NOT NULL DEFAULT 0,
    sample_id TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL);
CREATE INDEX diagnostics_by_sample ON diagnostics(sample_id);
-- Review state lives apart from the index and is keyed by the stable sample id, so a re-import keeps it.
CREATE TABLE annotations(
    id INTEGER PRIMARY KEY,
    sample_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL DEFAULT '',
    start_us INTEGER,
    end_us INTEGER,
    created_at TEXT NOT NULL);
CREATE INDEX annotations_by_sample ON annotations(sample_id);
CREATE TABLE audit_log(
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    sample_id TEXT NOT NULL DEFAULT '',
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT);
)sql",
    // 1 -> 2: the quality engine's tables. The file cache is keyed by path and checked against size and
    // mtime, so an unchanged file is never decoded twice; everything else is derived from it by each scan.
    R"sql(
CREATE TABLE file_cache(
    path TEXT PRIMARY KEY,
    modality INTEGER NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    ok INTEGER NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    metrics TEXT NOT NULL DEFAULT '{}',  -- JSON object: metric name -> number
    exact_hash BLOB,                     -- pixels / PCM / normalised text
    phash INTEGER,                       -- images: 64-bit perceptual hash
    fingerprint BLOB,                    -- audio: fingerprint words
    minhash BLOB,                        -- text: MinHash signature
    measured_at TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sample_metrics(
    sample_id TEXT NOT NULL,
    name TEXT NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY(sample_id, name)) WITHOUT ROWID;
CREATE INDEX sample_metrics_by_value ON sample_metrics(name, value);
CREATE TABLE issues(
    id INTEGER PRIMARY KEY,
    sample_id TEXT NOT NULL,
    type TEXT NOT NULL,
    modality TEXT NOT NULL,
    severity INTEGER NOT NULL,
    value REAL,
    threshold REAL,
    message TEXT NOT NULL);
CREATE INDEX issues_by_sample ON issues(sample_id);
CREATE INDEX issues_by_type ON issues(type, severity);
CREATE TABLE duplicate_groups(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,       -- exact | near
    modality TEXT NOT NULL,   -- image | audio | text
    keeper TEXT NOT NULL,     -- suggested sample to keep
    reason TEXT NOT NULL);
CREATE TABLE duplicate_members(
    group_id INTEGER NOT NULL,
    sample_id TEXT NOT NULL,
    distance REAL NOT NULL DEFAULT 0,
    PRIMARY KEY(group_id, sample_id)) WITHOUT ROWID;
CREATE INDEX duplicate_members_by_sample ON duplicate_members(sample_id);
ALTER TABLE samples ADD COLUMN issue_count INTEGER NOT NULL DEFAULT 0;
)sql",
    // 2 -> 3: edited labels and review statuses leave the wide sample row for two narrow tables by row, with a
    // row only for a sample that has one. A bulk edit of samples spread over a large project rewrote one page of
    // sample rows per few edited samples (20,000 of 500,000: ~11,000 pages, ~45 MB of log); here it writes a few
    // hundred. samples.dataset_label is the dataset's own label; the label now is the edit over it, the status
    // now is the stored one or 'unreviewed' (store/SampleRowColumns.h has both expressions).
    R"sql(
CREATE TABLE sample_labels(row INTEGER PRIMARY KEY, label TEXT NOT NULL);
CREATE TABLE sample_statuses(row INTEGER PRIMARY KEY, status TEXT NOT NULL);
INSERT OR REPLACE INTO sample_labels(row, label)
    SELECT s.row, s.label FROM annotations a JOIN samples s ON s.sample_id = a.sample_id
    WHERE a.kind = 'label' AND s.label <> a.key ORDER BY s.row;
UPDATE samples SET label = (SELECT a.key FROM annotations a WHERE a.sample_id = samples.sample_id AND a.kind = 'label')
    WHERE row IN (SELECT row FROM sample_labels);
INSERT INTO sample_statuses(row, status) SELECT row, status FROM samples WHERE status <> 'unreviewed' ORDER BY row;
ALTER TABLE samples DROP COLUMN status;
ALTER TABLE samples RENAME COLUMN label TO dataset_label;
)sql",
    // 3 -> 4: each metric's values by row, one blob per metric (store/MetricColumnStore.h), so that the first
    // metric filter after opening a project reads one blob instead of walking the value index and the id index.
    // Filled from sample_metrics by ProjectMigrations::complete().
    R"sql(
CREATE TABLE metric_columns(
    name TEXT PRIMARY KEY,
    generation TEXT NOT NULL,  -- the meta "metrics.generation" it was written for; any other is stale
    rows INTEGER NOT NULL,
    data BLOB NOT NULL);       -- rows little-endian doubles, NaN where the sample has no such metric
)sql",
};
constexpr int kMigrationCount = int(sizeof(kMigrations) / sizeof(kMigrations[0]));
static_assert(kMigrationCount == ProjectStore::kSchemaVersion, "one migration per schema version");

// What a migration to version `version` needs beyond its SQL, in the same transaction.
}  // namespace

const char* ProjectMigrations::sql(int version)
{
    return version >= 0 && version < kMigrationCount ? kMigrations[version] : nullptr;
}

bool ProjectMigrations::complete(sqlite3* db, int version, QString* error)
{
    if (version != 4)
        return true;
    // The stored columns belong to the metrics' generation; a project from before generations gets one.
    QString generation;
    {
        SqliteStatement st(db, "SELECT value FROM meta WHERE key = 'metrics.generation'");
        if (st.step() == SQLITE_ROW)
            generation = st.columnText(0);
    }
    if (generation.isEmpty()) {
        generation = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SqliteStatement st(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('metrics.generation', ?)");
        st.bind(1, generation);
        if (!st.run(error))
            return false;
    }
    return MetricColumnStore::rebuild(db, generation, error);
}

}  // namespace lockstep
