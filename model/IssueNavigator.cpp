#include "IssueNavigator.h"
#include "QueuedContinuation.h"

#include "SampleTableModel.h"
#include "store/ProjectStore.h"
#include "store/SampleTableQuery.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lockstep {

IssueNavigator::IssueNavigator(SampleTableModel* model, QObject* parent) : QObject(parent), m_model(model) {}

IssueNavigator::~IssueNavigator() = default;

int IssueNavigator::nearestRow(const std::vector<qint64>& storedRows, const std::function<int(qint64)>& rowOf,
                               int fromRow, int direction, bool* wrapped)
{
    // One pass: the nearest row beyond fromRow in the direction, and the farthest one back (where a wrap lands).
    int ahead = -1;
    int wrapTo = -1;
    for (const qint64 stored : storedRows) {
        const int row = rowOf(stored);
        if (row < 0)
            continue;
        if (direction > 0) {
            if (row > fromRow && (ahead < 0 || row < ahead))
                ahead = row;
            if (wrapTo < 0 || row < wrapTo)
                wrapTo = row;
        } else {
            if (row < fromRow && (ahead < 0 || row > ahead))
                ahead = row;
            if (wrapTo < 0 || row > wrapTo)
                wrapTo = row;
        }
    }
    if (wrapped)
        *wrapped = ahead < 0 && wrapTo >= 0;
    return ahead >= 0 ? ahead : wrapTo;
}

void IssueNavigator::find(const QString& type, int fromRow, int direction)
{
    const std::shared_ptr<const ProjectStore>& store = m_model->store();
    const quint64 generation = ++m_generation;
    if (!store) {
        m_pending = false;
        emit notFound(type);
        return;
    }
    if (store.get() != m_cachedStore) {  // a scan or a re-import gave the table another project
        m_rowsByType.clear();
        m_cachedStore = store.get();
    }
    if (m_rowsByType.contains(type)) {
        m_pending = false;
        answer(type, fromRow, direction);
        return;
    }
    const QString path = store->path();
    if (path == QLatin1String(":memory:")) {
        // A private in-memory project has no second connection.
        m_rowsByType.insert(type, SampleTableQuery(*store).rowsWithIssue(type));
        m_pending = false;
        answer(type, fromRow, direction);
        return;
    }
    m_pending = true;
    using Result = std::pair<std::vector<qint64>, bool>;
    const ProjectStore* asked = store.get();
    const QFuture<Result> future = QtConcurrent::run([path, type] {
        ProjectStore::OpenResult opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        bool ok = false;
        std::vector<qint64> rows;
        if (opened.store)
            rows = SampleTableQuery(*opened.store).rowsWithIssue(type, &ok);
        return Result(std::move(rows), ok);
    });
    continueQueued(future, this, [this, type, fromRow, direction, generation, asked](Result result) {
        if (result.second && asked == m_cachedStore)
            m_rowsByType.insert(type, std::move(result.first));
        if (generation != m_generation)
            return;  // a newer request is on its way
        m_pending = false;
        if (!m_rowsByType.contains(type) || asked != m_model->store().get()) {
            emit notFound(type);
            return;
        }
        answer(type, fromRow, direction);
    });
}

void IssueNavigator::answer(const QString& type, int fromRow, int direction)
{
    bool wrapped = false;
    const auto rows = m_rowsByType.constFind(type);
    if (rows == m_rowsByType.constEnd()) {
        emit notFound(type);
        return;
    }
    const int row = nearestRow(
        *rows, [this](qint64 stored) { return m_model->rowOfStoredRow(stored); }, fromRow, direction, &wrapped);
    if (row < 0)
        emit notFound(type);
    else
        emit found(type, row, wrapped);
}

}  // namespace lockstep
