#include "DuplicateGroupsModel.h"
#include "QueuedContinuation.h"

#include "DisplayNames.h"
#include "IssueMessageText.h"
#include "ThemeColors.h"
#include "dataset/Modality.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"
#include "store/ReviewRepository.h"

#include <QColor>
#include <QFont>
#include <QtConcurrent/QtConcurrentRun>

namespace lockstep {

namespace {

const QLatin1String kUnreviewed("unreviewed");

}  // namespace

bool DuplicateGroupsModel::Group::reviewed() const
{
    return reviewedCount() == int(members.size());
}

int DuplicateGroupsModel::Group::reviewedCount() const
{
    int n = 0;
    for (const Member& m : members)
        n += m.status != kUnreviewed && !m.status.isEmpty();
    return n;
}

DuplicateGroupsModel::DuplicateGroupsModel(QObject* parent) : QAbstractTableModel(parent) {}

DuplicateGroupsModel::~DuplicateGroupsModel() = default;

std::vector<DuplicateGroupsModel::Group> DuplicateGroupsModel::read(ProjectStore& store)
{
    std::vector<Group> out;
    const std::vector<DuplicateGroupRecord> records = QualityRepository(store).duplicateGroups();
    std::vector<QString> ids;
    for (const DuplicateGroupRecord& r : records)
        for (const auto& member : r.members)
            ids.push_back(member.first);
    const std::vector<SampleReview> reviews = ReviewRepository(store).reviews(ids);
    std::size_t next = 0;
    out.reserve(records.size());
    for (const DuplicateGroupRecord& r : records) {
        Group g{r.kind, r.modality, r.keeper, r.reason, {}};
        g.members.reserve(r.members.size());
        for (const auto& [id, distance] : r.members) {
            const ReviewStatus status = next < reviews.size() ? reviews[next].status : ReviewStatus::Unreviewed;
            ++next;
            g.members.push_back({id, distance, reviewStatusName(status)});
        }
        out.push_back(std::move(g));
    }
    return out;
}

void DuplicateGroupsModel::load(const QString& projectPath)
{
    m_loads.advance();
    if (projectPath.isEmpty()) {
        m_loading = false;
        setGroups({});
        emit loaded();
        return;
    }
    m_loading = true;
    const QFuture<std::vector<Group>> future = QtConcurrent::run([projectPath] {
        ProjectStore::OpenResult opened = ProjectStore::open(projectPath, ProjectStore::Mode::ReadOnly);
        return opened.store ? read(*opened.store) : std::vector<Group>{};
    });
    // Queued: loaded() never comes from inside load(), even when the worker was quicker than this thread.
    continueQueued(future, this, m_loads.ticket(), [this](std::vector<Group> groups) {
        m_loading = false;
        setGroups(std::move(groups));
        emit loaded();
    });
}

void DuplicateGroupsModel::setGroups(std::vector<Group> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    m_groupsOfSample.clear();
    for (int row = 0; row < int(m_groups.size()); ++row)
        for (const Member& m : m_groups[std::size_t(row)].members)
            m_groupsOfSample[m.id].push_back(row);
    endResetModel();
}

const DuplicateGroupsModel::Group* DuplicateGroupsModel::group(int row) const
{
    return row >= 0 && row < int(m_groups.size()) ? &m_groups[std::size_t(row)] : nullptr;
}

QStringList DuplicateGroupsModel::memberIds(int row) const
{
    QStringList ids;
    if (const Group* g = group(row))
        for (const Member& m : g->members)
            ids << m.id;
    return ids;
}

int DuplicateGroupsModel::nextUnreviewed(int from) const
{
    const int n = int(m_groups.size());
    for (int i = 0; i < n; ++i) {
        const int row = ((from + i) % n + n) % n;
        if (!m_groups[std::size_t(row)].reviewed())
            return row;
    }
    return -1;
}

int DuplicateGroupsModel::reviewedGroupCount() const
{
    int n = 0;
    for (const Group& g : m_groups)
        n += g.reviewed();
    return n;
}

void DuplicateGroupsModel::updateStatuses(const QHash<QString, QString>& statusById)
{
    int first = -1;
    int last = -1;
    for (auto it = statusById.cbegin(); it != statusById.cend(); ++it) {
        const auto rows = m_groupsOfSample.constFind(it.key());
        if (rows == m_groupsOfSample.cend())
            continue;
        for (int row : *rows) {
            for (Member& m : m_groups[std::size_t(row)].members)
                if (m.id == it.key())
                    m.status = it.value();
            first = first < 0 ? row : qMin(first, row);
            last = qMax(last, row);
        }
    }
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int DuplicateGroupsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int DuplicateGroupsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DuplicateGroupsModel::kindName(const QString& stored)
{
    if (stored == QLatin1String("exact"))
        return tr("Exact");
    if (stored == QLatin1String("near"))
        return tr("Near");
    return stored;
}

QVariant DuplicateGroupsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group& g = m_groups[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return kindName(g.kind);
        case ModalityColumn: {
            const std::optional<Modality> m = modalityFromName(g.modality);
            return m ? DisplayNames::modality(*m) : g.modality;
        }
        case SizeColumn: return int(g.members.size());
        case ReviewedColumn:
            return g.reviewed() ? tr("Done") : tr("%1 of %2").arg(g.reviewedCount()).arg(int(g.members.size()));
        case ReasonColumn: return IssueMessageText::duplicateReason(g.reason);
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 duplicate %2 group: %3\nSuggested keeper: %4")
            .arg(kindName(g.kind), g.modality, IssueMessageText::duplicateReason(g.reason), g.keeper);
    case Qt::TextAlignmentRole:
        return (index.column() == SizeColumn ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter))
            .toInt();
    case Qt::ForegroundRole:
        if (index.column() == ReviewedColumn && g.reviewed())
            return ThemeColors::success();
        return {};
    case Qt::FontRole:
        if (index.column() == KindColumn && g.kind == QLatin1String("exact")) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KeeperRole: return g.keeper;
    case MemberIdsRole: return memberIds(index.row());
    case ReviewedRole: return g.reviewed();
    case KindRole: return g.kind;
    case ModalityRole: return g.modality;
    }
    return {};
}

QVariant DuplicateGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case ModalityColumn: return tr("Modality");
    case SizeColumn: return tr("Samples");
    case ReviewedColumn: return tr("Reviewed");
    case ReasonColumn: return tr("Reason");
    }
    return {};
}

}  // namespace lockstep
