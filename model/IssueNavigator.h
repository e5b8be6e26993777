#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <vector>

namespace lockstep {

class ProjectStore;
class SampleTableModel;

// "Next / previous issue of this type" for the sample table: finds the nearest row after (or before) a given
// one, in the table's current order and filter, whose sample has an issue of a type. The samples with the
// type come from one indexed query (issues_by_type), run off the GUI thread and kept per type until the
// project changes; mapping them through the table's order costs one lookup per match, so a jump on a
// million-sample table is as quick as on a small one.
class IssueNavigator final : public QObject {
    Q_OBJECT
public:
    explicit IssueNavigator(SampleTableModel* model, QObject* parent = nullptr);
    ~IssueNavigator() override;

    // Looks for the next (direction > 0) or previous row from fromRow; found() or notFound() follows, on the
    // GUI thread (at once when the type's samples are known). A newer request makes older ones stale.
    void find(const QString& type, int fromRow, int direction);
    bool isSearching() const { return m_pending; }

    // The nearest table row after (direction > 0) or before fromRow among candidates, wrapping around the
    // ends (*wrapped says so); -1 when no candidate is in the table. fromRow itself counts only after a
    // full turn (the only match is the row we are on). rowOf maps a stored row to its table row or -1.
    static int nearestRow(const std::vector<qint64>& storedRows, const std::function<int(qint64)>& rowOf, int fromRow,
                          int direction, bool* wrapped);

signals:
    void found(const QString& type, int row, bool wrapped);
    void notFound(const QString& type);

private:
    void answer(const QString& type, int fromRow, int direction);

    SampleTableModel* m_model;
    const ProjectStore* m_cachedStore = nullptr;  // the project the cache belongs to
    QHash<QString, std::vector<qint64>> m_rowsByType;
    quint64 m_generation = 0;
    bool m_pending = false;
};

}  // namespace lockstep
