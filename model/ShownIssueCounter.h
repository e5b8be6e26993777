#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace lockstep {

class ProjectStore;
class SampleTableModel;

// How many quality issues the samples the table shows have (all samples when no filter is set), for the status
// bar. One aggregate query per filter or project change, on its own read-only connection off the GUI thread —
// never per selection, scroll or sort. A newer count makes an older one stale.
class ShownIssueCounter final : public QObject {
    Q_OBJECT
public:
    explicit ShownIssueCounter(SampleTableModel* model, QObject* parent = nullptr);

    // -1 while counting, with no project, or after a database error.
    qint64 issues() const { return m_issues; }
    // Counts again if the project or the filter changed since the last count.
    void recount();

signals:
    void issuesChanged(qint64 issues);

private:
    void finish(qint64 issues, quint64 generation);

    SampleTableModel* m_model;
    std::weak_ptr<const ProjectStore> m_countedStore;
    QString m_countedFilter;
    bool m_counted = false;
    qint64 m_issues = -1;
    quint64 m_generation = 0;
};

}  // namespace lockstep
