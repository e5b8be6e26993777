#pragma once

#include "RequestGeneration.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <memory>
#include <vector>

namespace lockstep {

class ProjectStore;

// The duplicate groups of the last quality scan, one row per group: kind (exact / near), modality, size,
// whether every member has been reviewed, and the scan's reason ("same decoded pixels (different captions)").
// Groups are read from the project file off the GUI thread (load(), then loaded()); review decisions made
// afterwards update the rows in place (updateStatuses), so the list never jumps while the user works.
class DuplicateGroupsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, ModalityColumn, SizeColumn, ReviewedColumn, ReasonColumn, ColumnCount };
    enum Role {
        KeeperRole = Qt::UserRole + 1,  // QString: the suggested keeper's sample id
        MemberIdsRole,                  // QStringList, in import order
        ReviewedRole,                   // bool: every member has a decision
        KindRole,                       // QString as stored: "exact" | "near"
        ModalityRole,                   // QString as stored: "image" | "audio" | "text"
    };

    struct Member {
        QString id;
        double distance = 0;  // to the keeper (0 for exact duplicates)
        QString status;       // review status as stored ("unreviewed", "accepted" ...)
    };
    struct Group {
        QString kind;
        QString modality;
        QString keeper;
        QString reason;
        std::vector<Member> members;
        bool reviewed() const;
        int reviewedCount() const;
    };

    explicit DuplicateGroupsModel(QObject* parent = nullptr);
    ~DuplicateGroupsModel() override;

    // Reads every group and its members' review status (bounded by the groups, not by the dataset).
    static std::vector<Group> read(ProjectStore& store);

    // Reads the groups of the project at path on a worker thread (its own read-only connection), then resets
    // the model and emits loaded(). An empty path clears. A newer load makes an older one stale.
    void load(const QString& projectPath);
    bool isLoading() const { return m_loading; }
    void setGroups(std::vector<Group> groups);
    void clear() { setGroups({}); }

    const Group* group(int row) const;
    int groupCount() const { return int(m_groups.size()); }
    // The first row at or after from (wrapping) that is not fully reviewed, or -1.
    int nextUnreviewed(int from) const;
    int reviewedGroupCount() const;
    // New statuses for some samples (after a decision or an undo): the rows of their groups change in place.
    void updateStatuses(const QHash<QString, QString>& statusById);
    QStringList memberIds(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindName(const QString& stored);

signals:
    void loaded();

private:
    std::vector<Group> m_groups;
    QHash<QString, std::vector<int>> m_groupsOfSample;
    RequestGeneration m_loads;  // a newer project or scan makes the groups on their way stale
    bool m_loading = false;
};

}  // namespace lockstep
