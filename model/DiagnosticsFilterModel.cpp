#include "DiagnosticsFilterModel.h"

#include "DiagnosticsModel.h"

namespace lockstep {

DiagnosticsFilterModel::DiagnosticsFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DiagnosticsFilterModel::setSeverity(int severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateFilter();
}

void DiagnosticsFilterModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool DiagnosticsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    if (!source)
        return false;
    const QModelIndex first = source->index(sourceRow, 0, sourceParent);
    if (m_severity >= 0 && source->data(first, DiagnosticsModel::SeverityRole).toInt() != m_severity)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < source->columnCount(sourceParent); ++column) {
        const QString value = source->data(source->index(sourceRow, column, sourceParent)).toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

}  // namespace lockstep
