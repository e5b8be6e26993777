// The background checkpoint: a commit that leaves the write-ahead log long starts a checkpoint on another thread
// (not inside the commit); afterwards the log is in the file, and another connection reads every committed row.

#include "store/BackgroundCheckpoint.h"

#include <sqlite3.h>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace lockstep;

class TestBackgroundCheckpoint : public QObject {
    Q_OBJECT

    static bool exec(sqlite3* db, const char* sql)
    {
        return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    static int count(const QString& path)
    {
        sqlite3* db = nullptr;
        int n = -1;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            sqlite3_stmt* st = nullptr;
            if (sqlite3_prepare_v2(db, "SELECT count(*) FROM t", -1, &st, nullptr) == SQLITE_OK &&
                sqlite3_step(st) == SQLITE_ROW)
                n = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
        }
        sqlite3_close(db);
        return n;
    }

private slots:
    void aLongLogIsCheckpointedOffTheCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                 nullptr),
                 SQLITE_OK);
        QVERIFY(exec(db, "PRAGMA journal_mode=WAL; CREATE TABLE t(x BLOB)"));
        {
            BackgroundCheckpoint checkpoint(db, path, 20);
            // A short log: no checkpoint.
            QVERIFY(exec(db, "INSERT INTO t VALUES(zeroblob(100))"));
            QCOMPARE(checkpoint.started(), 0);
            // Some 50 pages in one commit: one checkpoint, on its own connection.
            QVERIFY(exec(db,
                         "BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
                         "INSERT INTO t SELECT zeroblob(4000) FROM n; COMMIT"));
            QCOMPARE(checkpoint.started(), 1);
            checkpoint.wait();
            // Everything was copied: a checkpoint now finds no frame left to copy.
            int logFrames = -1;
            int copied = -1;
            QCOMPARE(sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, &logFrames, &copied), SQLITE_OK);
            QVERIFY(logFrames > 20);
            QCOMPARE(copied, logFrames);
        }
        QCOMPARE(count(path), 51);
        sqlite3_close(db);
        QCOMPARE(count(path), 51);  // the last connection folded the log into the file
    }
};

QTEST_MAIN(TestBackgroundCheckpoint)
#include "test_background_checkpoint.moc"
