#include "DuplicatesDock.h"

#include "DuplicateGroupsModel.h"
#include "DuplicateGroupsView.h"
#include "DuplicateResolution.h"
#include "ReviewSession.h"
#include "SessionController.h"
#include "store/ProjectStore.h"

#include <QTreeView>

namespace lockstep {

DuplicatesDock::DuplicatesDock(SessionController* session, ReviewSession* review, QWidget* parent)
    : QDockWidget(tr("Duplicate Groups"), parent),
      m_session(session),
      m_review(review),
      m_model(new DuplicateGroupsModel(this)),
      m_view(new DuplicateGroupsView(this))
{
    setObjectName(QStringLiteral("duplicatesDock"));
    m_view->setModel(m_model);
    m_view->setDetailsProvider([this](const QString& id) -> std::optional<SampleDetails> {
        const std::shared_ptr<const ProjectStore> store = m_session->store();
        const std::optional<qint64> row = store ? store->rowOfSample(id) : std::nullopt;
        return row ? m_session->sampleDetails(*row) : std::nullopt;
    });
    setWidget(m_view);

    connect(m_view, &DuplicateGroupsView::keepRequested, this, [this](const QString& kept, const QStringList& members) {
        DuplicateResolution::keepOne(*m_review, kept, members);
    });
    connect(m_view, &DuplicateGroupsView::keepAllSuggestedRequested, this, [this] {
        std::vector<DuplicateResolution::Group> open;
        for (int row = 0; row < m_model->groupCount(); ++row) {
            const DuplicateGroupsModel::Group* g = m_model->group(row);
            if (!g->reviewed())
                open.push_back({g->keeper, m_model->memberIds(row)});
        }
        DuplicateResolution::keepEach(*m_review, open);
    });
    connect(m_view, &DuplicateGroupsView::decisionRequested, this,
            [this](const QString& id, ReviewStatus status) { m_review->setStatus({id}, status); });
    connect(m_view, &DuplicateGroupsView::sampleActivated, this, &DuplicatesDock::sampleActivated);
    // Every decision (here, in the table, or undone) reaches the groups it touches.
    connect(m_review, &ReviewSession::reviewsChanged, this, &DuplicatesDock::refreshStatuses);
    connect(m_session, &SessionController::sessionOpened, this, &DuplicatesDock::reload);
    connect(m_session, &SessionController::sessionClosed, this, &DuplicatesDock::reload);
}

void DuplicatesDock::reload()
{
    m_model->load(m_session->isOpen() ? m_session->projectPath() : QString());
}

void DuplicatesDock::showAndFocus()
{
    show();
    raise();
    m_view->groupList()->setFocus(Qt::ShortcutFocusReason);
}

void DuplicatesDock::refreshStatuses(const QStringList& ids)
{
    if (!m_review->repository() || ids.isEmpty())
        return;
    // One read for a bulk decision of thousands of samples, not one per sample.
    const std::vector<SampleReview> reviews =
        m_review->repository()->reviews(std::vector<QString>(ids.cbegin(), ids.cend()));
    QHash<QString, QString> statuses;
    for (qsizetype i = 0; i < ids.size() && std::size_t(i) < reviews.size(); ++i)
        statuses.insert(ids.at(i), reviewStatusName(reviews[std::size_t(i)].status));
    m_model->updateStatuses(statuses);
}

}  // namespace lockstep
