#include "ShownIssueCounter.h"
#include "QueuedContinuation.h"

#include "SampleTableModel.h"
#include "store/ProjectStore.h"
#include "store/SampleFilter.h"
#include "store/SampleTableQuery.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lockstep {

ShownIssueCounter::ShownIssueCounter(SampleTableModel* model, QObject* parent) : QObject(parent), m_model(model)
{
    // A new filter or a new project always resets the model (a metric column change does too: recount() sees
    // that nothing it counts changed and does nothing).
    connect(model, &QAbstractItemModel::modelReset, this, &ShownIssueCounter::recount);
    recount();
}

void ShownIssueCounter::recount()
{
    const std::shared_ptr<const ProjectStore>& store = m_model->store();
    // Owner comparison: a weak pointer keeps its control block, so a new store can never look like the old one.
    const bool sameStore = !m_countedStore.owner_before(store) && !store.owner_before(m_countedStore);
    if (m_counted && sameStore && m_countedFilter == m_model->filterText())
        return;
    m_counted = true;
    m_countedStore = store;
    m_countedFilter = m_model->filterText();
    const quint64 generation = ++m_generation;
    if (m_issues != -1) {
        m_issues = -1;
        emit issuesChanged(m_issues);
    }
    if (!store)
        return;
    const SampleFilter filter = SampleFilter::parse(m_countedFilter);
    const QString path = store->path();
    if (path == QLatin1String(":memory:")) {
        finish(SampleTableQuery(*store).issueCount(filter), generation);  // no second connection to a private one
        return;
    }
    const QFuture<qint64> future = QtConcurrent::run([path, filter] {
        const ProjectStore::OpenResult opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        return opened.store ? SampleTableQuery(*opened.store).issueCount(filter) : qint64(-1);
    });
    continueQueued(future, this, [this, generation](qint64 issues) { finish(issues, generation); });
}

void ShownIssueCounter::finish(qint64 issues, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_issues = issues;
    emit issuesChanged(m_issues);
}

}  // namespace lockstep
