#pragma once

#include "store/SavedView.h"

#include <QAbstractListModel>
#include <memory>

class QUndoStack;

namespace lockstep {

class ProjectStore;
class SavedViewRepository;

// The open project's saved views (filter + sort + columns), one row each, in the order they were saved: the first
// nine are the ones Ctrl+Alt+1..9 apply. Saving, renaming and deleting are commands on the injected undo stack
// (like the annotation edits), written to the project file at once on this model's own read-write connection.
// Views that the project file holds but that do not read (bad JSON) are ignored; diagnostic() says what happened.
class SavedViewsModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        FilterRole = Qt::UserRole + 1,  // QString
        SortColumnRole,                 // QString, a column key ("" = import order)
        SortDescendingRole,             // bool
        ColumnKeysRole,                 // QStringList, the shown columns' keys left to right
    };

    explicit SavedViewsModel(QUndoStack* undoStack, QObject* parent = nullptr);
    ~SavedViewsModel() override;

    bool open(const QString& projectPath, QString* error = nullptr);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    // What loading ignored, or "".
    QString diagnostic() const { return m_diagnostic; }

    const SavedViews& views() const { return m_views; }
    const SavedView* view(int row) const;
    int rowOfName(const QString& name) const;

    // --- edits: each pushes one command (false when nothing would change, the name is taken, or nothing is open)
    // Adds the view, or replaces the one with the same name (that is how a view is updated).
    bool saveView(const SavedView& view);
    bool renameView(int row, const QString& name);
    bool removeView(int row);
    // --- what the commands call: write, then reset the rows
    bool applyViews(const SavedViews& views, const QString& action);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void writeFailed(const QString& message);

private:
    bool push(SavedViews after, const QString& action, const QString& text);

    QUndoStack* m_undo = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<SavedViewRepository> m_repository;
    SavedViews m_views;
    QString m_diagnostic;
};

}  // namespace lockstep
