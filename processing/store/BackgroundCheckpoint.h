#pragma once

#include "lockstep_processing_export.h"

#include <sqlite3.h>
#include <QByteArray>
#include <QString>
#include <future>

namespace lockstep {

// Takes over a write connection's automatic WAL checkpoints and runs them on a worker thread, on a connection of
// its own. SQLite checkpoints inside the commit that made the log long: after a bulk edit of 20,000 samples spread
// over a large project (some 12,000 changed pages) copying them into the file, with its fsyncs, was most of the
// edit's time — the user waited for housekeeping. A PASSIVE checkpoint neither waits for nor blocks readers and
// writers; what it cannot copy yet is copied after a later commit. The project stays what it was: every commit is
// in the log, and a crash replays the log as before.
class LOCKSTEP_PROCESSING_EXPORT BackgroundCheckpoint {
public:
    // db: an open read-write connection to the file at path (WAL mode). pages: the log length that starts one
    // (SQLite's own default).
    BackgroundCheckpoint(sqlite3* db, const QString& path, int pages = 1000);
    // Gives the connection its automatic checkpoints back and waits for a running one.
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint&) = delete;
    BackgroundCheckpoint& operator=(const BackgroundCheckpoint&) = delete;

    // Waits until the checkpoint that is running (if any) is done (tests, benchmarks).
    void wait();
    int started() const { return m_started; }

private:
    static int onCommit(void* self, sqlite3* db, const char* name, int pages);

    sqlite3* m_db;
    QByteArray m_path;
    int m_pages;
    int m_started = 0;
    std::future<void> m_running;
};

}  // namespace lockstep
