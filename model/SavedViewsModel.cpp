#include "SavedViewsModel.h"

#include "EngineMessageText.h"
#include "ReviewSession.h"
#include "SetSavedViewsCommand.h"
#include "store/ProjectStore.h"
#include "store/SavedViewRepository.h"

#include <QUndoStack>

namespace lockstep {

namespace {

QStringList columnKeys(const SavedView& view)
{
    QStringList keys;
    for (const SavedViewColumn& column : view.columns)
        keys << column.key;
    return keys;
}

}  // namespace

SavedViewsModel::SavedViewsModel(QUndoStack* undoStack, QObject* parent) : QAbstractListModel(parent), m_undo(undoStack)
{}

SavedViewsModel::~SavedViewsModel() = default;

bool SavedViewsModel::open(const QString& projectPath, QString* error)
{
    close();
    ProjectStore::OpenResult opened = ProjectStore::open(projectPath, ProjectStore::Mode::ReadWrite);
    if (!opened.store) {
        if (error)
            *error = EngineMessageText::message(opened.error);
        return false;
    }
    beginResetModel();
    m_store = std::move(opened.store);
    m_repository = std::make_unique<SavedViewRepository>(*m_store);
    SavedViewRepository::LoadResult loaded = m_repository->load();
    m_views = std::move(loaded.views);
    m_diagnostic = loaded.diagnostic;
    endResetModel();
    if (!m_diagnostic.isEmpty())
        qWarning("%s: %s", qPrintable(projectPath), qPrintable(m_diagnostic));
    return true;
}

void SavedViewsModel::close()
{
    if (!m_store)
        return;
    // The commands on the stack point at this project: they go with it (as the annotation edits do).
    if (m_undo)
        m_undo->clear();
    beginResetModel();
    m_repository.reset();
    m_store.reset();
    m_views.clear();
    m_diagnostic.clear();
    endResetModel();
}

const SavedView* SavedViewsModel::view(int row) const
{
    return row >= 0 && row < int(m_views.size()) ? &m_views[std::size_t(row)] : nullptr;
}

int SavedViewsModel::rowOfName(const QString& name) const
{
    for (std::size_t i = 0; i < m_views.size(); ++i)
        if (m_views[i].name == name)
            return int(i);
    return -1;
}

bool SavedViewsModel::push(SavedViews after, const QString& action, const QString& text)
{
    if (!m_store || after == m_views)
        return false;
    if (!m_undo)
        return applyViews(after, action);
    // QUndoStack::push runs redo(), which writes the list.
    m_undo->push(new SetSavedViewsCommand(this, m_views, std::move(after), action, text));
    return true;
}

bool SavedViewsModel::saveView(const SavedView& view)
{
    SavedView named = view;
    named.name = named.name.trimmed();
    if (named.name.isEmpty())
        return false;
    SavedViews after = m_views;
    const int row = rowOfName(named.name);
    if (row >= 0)
        after[std::size_t(row)] = named;
    else
        after.push_back(named);
    return push(
        std::move(after), QStringLiteral("save view"),
        row >= 0 ? tr("Update View \u201c%1\u201d").arg(named.name) : tr("Save View \u201c%1\u201d").arg(named.name));
}

bool SavedViewsModel::renameView(int row, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (!view(row) || trimmed.isEmpty() || rowOfName(trimmed) >= 0)
        return false;
    SavedViews after = m_views;
    const QString old = after[std::size_t(row)].name;
    after[std::size_t(row)].name = trimmed;
    return push(std::move(after), QStringLiteral("rename view"),
                tr("Rename View \u201c%1\u201d to \u201c%2\u201d").arg(old, trimmed));
}

bool SavedViewsModel::removeView(int row)
{
    if (!view(row))
        return false;
    SavedViews after = m_views;
    const QString name = after[std::size_t(row)].name;
    after.erase(after.begin() + row);
    return push(std::move(after), QStringLiteral("delete view"), tr("Delete View \u201c%1\u201d").arg(name));
}

bool SavedViewsModel::applyViews(const SavedViews& views, const QString& action)
{
    if (!m_repository)
        return false;
    if (!m_repository->save(views, action, ReviewSession::userName())) {
        emit writeFailed(
            tr("The saved views cannot be written to the project file: %1").arg(m_repository->lastError()));
        return false;
    }
    // A handful of rows: a reset is simpler than working out inserts, moves and renames, and as cheap.
    beginResetModel();
    m_views = views;
    m_diagnostic.clear();
    endResetModel();
    return true;
}

int SavedViewsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant SavedViewsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SavedView& view = m_views[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return view.name;
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << (view.filter.isEmpty() ? tr("Filter: none (every sample)") : tr("Filter: %1").arg(view.filter));
        if (view.sortColumn.isEmpty())
            lines << tr("Sorted in import order");
        else
            lines << (view.sortDescending ? tr("Sorted by %1, descending") : tr("Sorted by %1, ascending"))
                         .arg(view.sortColumn);
        lines << tr("Columns: %1").arg(columnKeys(view).join(QStringLiteral(", ")));
        return lines.join(QLatin1Char('\n'));
    }
    case FilterRole: return view.filter;
    case SortColumnRole: return view.sortColumn;
    case SortDescendingRole: return view.sortDescending;
    case ColumnKeysRole: return columnKeys(view);
    default: return {};
    }
}

bool SavedViewsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return renameView(index.row(), value.toString());
}

Qt::ItemFlags SavedViewsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SavedViewsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(FilterRole, "filter");
    names.insert(SortColumnRole, "sortColumn");
    names.insert(SortDescendingRole, "sortDescending");
    names.insert(ColumnKeysRole, "columnKeys");
    return names;
}

}  // namespace lockstep
