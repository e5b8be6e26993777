#pragma once

// The rows that a query of the sample table's language selects from a project file: shared by the filter tests.

#include "store/ProjectStore.h"
#include "store/SampleFilter.h"
#include "store/SampleTableQuery.h"

#include <QList>
#include <QString>
#include <QtGlobal>
#include <vector>

namespace fixture {

// Import rows (fixture sample numbers), in import order; {-1} when the query does not parse (the error is
// printed), {-2} when it does not run.
inline QList<int> selectedRows(const QString& projectPath, const QString& query)
{
    using namespace lockstep;
    const SampleFilter filter = SampleFilter::parse(query);
    if (!filter.ok) {
        qWarning("query '%s' failed: %s", qPrintable(query), qPrintable(filter.error));
        return {-1};
    }
    auto store = ProjectStore::open(projectPath, ProjectStore::Mode::ReadOnly).store;
    if (!store)
        return {-2};
    bool ok = false;
    const std::vector<qint64> rows = SampleTableQuery(*store).orderedRows({}, filter, nullptr, &ok);
    if (!ok)
        return {-2};
    QList<int> out;
    for (qint64 r : rows)
        out.append(int(r));
    return out;
}

}  // namespace fixture
