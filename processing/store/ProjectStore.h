#pragma once

#include "dataset/Diagnostic.h"
#include "dataset/Sample.h"
#include "lockstep_processing_export.h"
#include "store/DatasetSummary.h"
#include "store/SampleRow.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace lockstep {

class Progress;

// The project file: one SQLite database (WAL, every write in a transaction, versioned schema with forward
// migrations) holding the sample index and, in later versions, metrics, annotations and the audit log.
// The dataset itself is never written. One ProjectStore is one connection: use it from one thread at a
// time; open a second one (read-only) for another thread.
class LOCKSTEP_PROCESSING_EXPORT ProjectStore {
public:
    enum class Mode { ReadWrite, ReadOnly };
    static constexpr int kSchemaVersion = 4;

    struct OpenResult {
        std::unique_ptr<ProjectStore> store;
        QString error;  // set when store is null
    };

    // Opens or creates (ReadWrite) the project at path and migrates its schema forward.
    // ":memory:" gives a private in-memory project (for `info DATASET`).
    static OpenResult open(const QString& path, Mode mode = Mode::ReadWrite);
    // True when the file starts with the SQLite header and holds a Lockstep schema.
    static bool looksLikeProject(const QString& path);

    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    const QString& path() const { return m_path; }
    int schemaVersion() const;
    QString lastError() const { return m_lastError; }

    // --- writing an import (one transaction; a crash leaves the previous state) ---
    // Starts replacing the sample index with a new import of datasetRoot.
    bool beginImport(const QString& datasetRoot, const QString& layout);
    bool addSample(const Sample& sample);
    bool addDiagnostic(const Diagnostic& diagnostic);
    bool recordLayout(const QString& layout) { return setMeta(QStringLiteral("layout"), layout); }
    bool commitImport();
    void rollbackImport();

    // --- reading ---
    QString datasetRoot() const;
    QString layout() const;
    QString meta(const QString& key) const;
    bool setMetaValue(const QString& key, const QString& value) { return setMeta(key, value); }
    qint64 sampleCount() const;
    // Rows [first, first + count) in import order. Constant time per page: rows are keyed by position.
    std::vector<SampleRow> sampleRows(qint64 first, int count) const;
    std::optional<Sample> loadSample(qint64 row) const;
    std::optional<qint64> rowOfSample(const QString& id) const;
    // The image file of the sample at row, relative to the dataset root ("" when it has none): one indexed
    // read, for views that show many samples' pictures (the thumbnail grid).
    QString imagePath(qint64 row) const;
    Diagnostics diagnostics(qint64 limit = -1) const;
    Diagnostics diagnosticsForSample(const QString& id) const;
    DatasetSummary summary() const;

    // The connection, for the other tables' repositories in store/ (QualityRepository ...).
    sqlite3* database() const { return m_db; }
    bool isReadOnly() const { return m_readOnly; }

    // Runs PRAGMA integrity_check; true when SQLite answers "ok".
    bool checkIntegrity(QString* details = nullptr) const;

private:
    ProjectStore() = default;
    bool exec(const char* sql);
    bool migrate();
    bool setMeta(const QString& key, const QString& value);

    struct Statements;
    sqlite3* m_db = nullptr;
    QString m_path;
    mutable QString m_lastError;
    std::unique_ptr<Statements> m_stmts;
    qint64 m_importRow = 0;
    bool m_readOnly = false;
};

}  // namespace lockstep
