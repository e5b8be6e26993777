#include "store/BackgroundCheckpoint.h"

#include <QFile>
#include <chrono>

namespace lockstep {

namespace {

void checkpoint(const QByteArray& path)
{
    sqlite3* db = nullptr;
    // No CREATE: a project removed meanwhile is not made again.
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK)
        sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    sqlite3_close(db);
}

}  // namespace

BackgroundCheckpoint::BackgroundCheckpoint(sqlite3* db, const QString& path, int pages)
    : m_db(db), m_path(QFile::encodeName(path)), m_pages(pages)
{
    sqlite3_wal_hook(m_db, &BackgroundCheckpoint::onCommit, this);  // replaces the automatic checkpoint
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    sqlite3_wal_autocheckpoint(m_db, m_pages);  // removes the hook
    wait();
}

void BackgroundCheckpoint::wait()
{
    if (m_running.valid())
        m_running.wait();
}

int BackgroundCheckpoint::onCommit(void* self, sqlite3*, const char* name, int pages)
{
    auto* me = static_cast<BackgroundCheckpoint*>(self);
    if (pages < me->m_pages || qstrcmp(name, "main") != 0)
        return SQLITE_OK;
    // One at a time: while one runs, the next long log waits for the next commit.
    if (me->m_running.valid() && me->m_running.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return SQLITE_OK;
    ++me->m_started;
    me->m_running = std::async(std::launch::async, checkpoint, me->m_path);
    return SQLITE_OK;
}

}  // namespace lockstep
