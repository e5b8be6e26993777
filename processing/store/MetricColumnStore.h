#pragma once

// Metric columns kept in the project file (table metric_columns, schema 4): per metric, its value for every sample
// row as one blob of little-endian doubles (NaN where the sample has no such metric), so that the first filter or
// sort on a metric after opening a project reads 8 bytes a sample in row order instead of walking the metric's
// (name, value) index and turning each sample id into its row.
//
// A stored column belongs to the meta "metrics.generation" it was written with: every writer of sample_metrics
// (QualityRepository::replaceResults) and every import (new rows: ProjectStore::commitImport) writes a new generation
// and the columns for it in the same transaction, so a column whose generation is not the project's current one is
// never read (MetricColumnCache then walks the index as before). The blobs cost 8 bytes per sample per metric in the
// file: 8 MB a metric at a million samples.

#include "lockstep_processing_export.h"

#include <sqlite3.h>
#include <QHash>
#include <QString>
#include <vector>

namespace lockstep {

class LOCKSTEP_PROCESSING_EXPORT MetricColumnStore {
public:
    using Column = std::vector<double>;

    // Replaces every stored column with these (each of rows values), written for generation. Inside the caller's
    // write transaction. False (and *error) on a database error.
    static bool write(sqlite3* db, const QString& generation, qint64 rows, const QHash<QString, Column>& columns,
                      QString* error);
    // Replaces every stored column with ones built from sample_metrics and the samples' rows as they are in the
    // database (one walk of both in sample id order): for an import's new rows and for the schema 4 migration.
    static bool rebuild(sqlite3* db, const QString& generation, QString* error);
    // The metric's stored column when there is one for generation with rows values (all NaN when that generation
    // stored other metrics but not this one: write() stores every metric that has a value); false when the
    // generation has no columns (a stale generation, or columns too large to store), for another row count, or
    // on a database error.
    static bool read(sqlite3* db, const QString& metric, const QString& generation, qint64 rows, Column* out);
};

}  // namespace lockstep
