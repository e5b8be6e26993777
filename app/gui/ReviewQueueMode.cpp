#include "ReviewQueueMode.h"

#include "QueryErrorText.h"
#include "ReviewActions.h"
#include "ReviewSession.h"
#include "SampleFilterBar.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "ShortcutHint.h"
#include "WorkspacePage.h"
#include "store/SampleTableQuery.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <utility>

namespace lockstep {

namespace {

const QLatin1String kUnreviewedTerm("status:unreviewed");

}  // namespace

ReviewQueueMode::ReviewQueueMode(WorkspacePage* workspace, SampleTableModel* model, ReviewActions* review,
                                 QMainWindow* window)
    : QObject(window),
      m_workspace(workspace),
      m_model(model),
      m_review(review),
      m_window(window),
      m_bar(new ReviewQueueBar(workspace))
{
    m_bar->hide();
    workspace->addTopBar(m_bar);

    m_enter = new QAction(tr("Review &Queue\u2026"), this);
    m_enter->setObjectName(QStringLiteral("review.queue"));  // the shortcut registry's id
    m_enter->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_enter->setStatusTip(
        tr("Go through the samples of a query one at a time, in the inspector, in table order or "
           "worst issue first"));
    m_enter->setEnabled(false);
    window->addAction(m_enter);
    connect(m_enter, &QAction::triggered, this, &ReviewQueueMode::ask);

    m_leave = new QAction(tr("Leave Review Queue"), this);
    m_leave->setObjectName(QStringLiteral("review.leaveQueue"));
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leave->setEnabled(false);
    window->addAction(m_leave);
    connect(m_leave, &QAction::triggered, this, &ReviewQueueMode::leave);
    // The keys line names the user's keys, whatever they are now.
    ShortcutHint::follow(this,
                         {review->acceptAction(), review->rejectAction(), review->needsFixAction(),
                          review->clearAction(), review->nextAction(), review->previousAction(), m_leave},
                         [this] { updateKeyHints(); });

    connect(m_bar, &ReviewQueueBar::startRequested, this, qOverload<>(&ReviewQueueMode::start));
    connect(m_bar, &ReviewQueueBar::cancelRequested, this, &ReviewQueueMode::leave);
    connect(m_model, &SampleTableModel::sortFinished, this, &ReviewQueueMode::onSorted);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const bool open = m_model->store() != nullptr;
        m_enter->setEnabled(open);
        if (!open && m_state != State::Off)
            leave();  // the project was closed
    });
    connect(m_workspace->table(), &SampleTableView::currentSampleRowChanged, this, [this] {
        if (m_state == State::Running)
            updateProgress();
    });
    connect(m_review->session(), &ReviewSession::reviewsChanged, this, &ReviewQueueMode::onReviewsChanged);
    // After ReviewActions' own handlers (connected first): the decision is written and the table moved on.
    for (QAction* decision :
         {m_review->acceptAction(), m_review->rejectAction(), m_review->needsFixAction(), m_review->clearAction()}) {
        decision->installEventFilter(this);
        connect(decision, &QAction::triggered, this, &ReviewQueueMode::onDecisionKey);
    }
}

void ReviewQueueMode::updateKeyHints()
{
    using ShortcutHint::key;
    m_bar->setKeyHints({{key(m_review->acceptAction()), tr("accept")},
                        {key(m_review->rejectAction()), tr("reject")},
                        {key(m_review->needsFixAction()), tr("needs fix")},
                        {key(m_review->clearAction()), tr("clear")},
                        {key(m_review->nextAction()), tr("next")},
                        {key(m_review->previousAction()), tr("previous")},
                        {key(m_leave), tr("back to the table")}},
                       key(m_leave));
}

void ReviewQueueMode::addActions(QMenu* menu) const
{
    menu->addAction(m_enter);
}

void ReviewQueueMode::setEnabled(bool enabled)
{
    m_enter->setEnabled(enabled && m_model->store());
}

QString ReviewQueueMode::issueTypeOfQuery(const QString& query)
{
    static const QRegularExpression has(QStringLiteral("(?:^|[\\s(])has:([A-Za-z0-9_]+\\.[A-Za-z0-9_]+)\\b"));
    const QRegularExpressionMatch match = has.match(query);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString ReviewQueueMode::queueQuery(const ReviewQueueBar::Request& request)
{
    if (!request.onlyUnreviewed)
        return request.query;
    if (request.query.isEmpty())
        return kUnreviewedTerm;
    return QStringLiteral("(%1) and %2").arg(request.query, kUnreviewedTerm);
}

SampleSortKey ReviewQueueMode::queueSortKey(const ReviewQueueBar::Request& request, const SampleSortKey& tableKey)
{
    using Order = ReviewQueueBar::Order;
    SampleSortKey key;
    key.issueType = request.issueType;
    switch (request.order) {
    case Order::TableOrder: return tableKey;
    case Order::WorstIssueFirst:
        key.field = SampleSortKey::Field::IssueSeverity;
        key.descending = true;
        break;
    case Order::LargestValueFirst:
        key.field = SampleSortKey::Field::IssueValue;
        key.descending = true;
        break;
    case Order::SmallestValueFirst: key.field = SampleSortKey::Field::IssueValue; break;
    }
    return key;
}

void ReviewQueueMode::ask()
{
    if (!m_model->store() || m_state == State::Running)
        return;
    // The table's filter and order; a queue's own filter ("(q) and status:unreviewed") is read back as q.
    ReviewQueueBar::Request preset;
    preset.query = m_model->filterText();
    static const QRegularExpression queued(QStringLiteral("^\\((.*)\\) and status:unreviewed$"));
    if (const QRegularExpressionMatch match = queued.match(preset.query); match.hasMatch())
        preset.query = match.captured(1);
    else if (preset.query == kUnreviewedTerm)
        preset.query.clear();
    preset.issueType = issueTypeOfQuery(preset.query);
    const SampleSortKey& tableKey = m_model->sortKey();
    if (tableKey.isIssueOrder()) {
        preset.issueType = tableKey.issueType;
        preset.order = tableKey.field == SampleSortKey::Field::IssueSeverity ? ReviewQueueBar::Order::WorstIssueFirst
                       : tableKey.descending                                 ? ReviewQueueBar::Order::LargestValueFirst
                                             : ReviewQueueBar::Order::SmallestValueFirst;
    } else if (tableKey.isImportOrder() && !preset.issueType.isEmpty()) {
        preset.order = ReviewQueueBar::Order::WorstIssueFirst;  // a query for an issue: the worst first
    }
    m_state = State::Asking;
    m_bar->show();
    m_bar->ask(preset, SampleTableQuery(*m_model->store()).issueTypes());
    m_leave->setEnabled(true);
}

void ReviewQueueMode::start()
{
    start(m_bar->request());
}

void ReviewQueueMode::start(const ReviewQueueBar::Request& request)
{
    if (!m_model->store())
        return;
    if (m_state == State::Off) {
        m_bar->show();
        m_bar->ask(request, SampleTableQuery(*m_model->store()).issueTypes());
        m_leave->setEnabled(true);
    }
    using Order = ReviewQueueBar::Order;
    if ((request.order == Order::LargestValueFirst || request.order == Order::SmallestValueFirst) &&
        request.issueType.isEmpty()) {
        m_bar->setError(tr("Pick an issue type: its measured value orders the queue"));
        m_state = State::Asking;
        return;
    }
    m_request = request;
    const QString query = queueQuery(request);
    const SampleSortKey key = queueSortKey(request, m_model->sortKey());
    if (key != m_model->sortKey()) {
        // No column shows an issue order: the header shows none (without sorting by it).
        QHeaderView* header = m_workspace->table()->horizontalHeader();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_state = State::Starting;
    const SampleFilter filter = m_model->setFilterAndSort(query, key);
    if (!filter.ok) {
        const int shift = request.onlyUnreviewed && !request.query.isEmpty() ? 1 : 0;  // the "(" around it
        m_bar->setError(
            tr("Column %1: %2").arg(qMax(0, filter.errorPosition - shift) + 1).arg(QueryErrorText::message(filter)));
        m_state = State::Asking;
        return;
    }
    m_bar->setError(QString());
    // The query bar shows what the table is filtered by (without filtering again: the text is set, not typed).
    m_workspace->filterBar()->edit()->setText(query);
}

void ReviewQueueMode::onSorted()
{
    if (m_state != State::Starting)
        return;
    if (m_model->rowCount() == 0) {
        m_state = State::Asking;
        m_bar->setError(tr("No sample matches: the queue is empty"));
        return;
    }
    enterRunning();
}

QString ReviewQueueMode::describe(const ReviewQueueBar::Request& request) const
{
    QString what = request.query.isEmpty() ? tr("all samples") : request.query.toHtmlEscaped();
    if (request.onlyUnreviewed)
        what = tr("%1, unreviewed").arg(what);
    QString order = ReviewQueueBar::orderName(request.order);
    if (request.order != ReviewQueueBar::Order::TableOrder)
        order = tr("%1 (%2)").arg(order, request.issueType.isEmpty() ? tr("any issue") : request.issueType);
    return tr("<b>Review queue</b><br><span style=\"color: palette(placeholder-text);\">%1 \u00b7 %2</span>")
        .arg(what, order.toHtmlEscaped());
}

void ReviewQueueMode::enterRunning()
{
    m_state = State::Running;
    m_decided.clear();
    m_finished = false;
    // Big and uncluttered: the table, the query bar and the docks step aside for the inspector.
    m_workspace->browserPane()->hide();
    m_hiddenDocks.clear();
    const QList<QDockWidget*> docks = m_window->findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly);
    for (QDockWidget* dock : docks) {
        if (dock->isVisible() && !dock->isFloating()) {
            m_hiddenDocks.append(dock);
            dock->hide();
        }
    }
    m_bar->showRunning(describe(m_request));
    m_workspace->table()->selectSampleRow(0);
    m_bar->setFocus(Qt::OtherFocusReason);
    updateProgress();
    emit message(tr("Review queue: %Ln sample(s)", nullptr, m_model->rowCount()));
    emit runningChanged(true);
}

void ReviewQueueMode::updateProgress()
{
    const int row = m_workspace->table()->currentSampleRow();
    m_bar->setProgress(row + 1, m_model->rowCount(), decidedCount(), m_finished);
}

void ReviewQueueMode::onReviewsChanged(const QStringList& ids)
{
    if (m_state != State::Running)
        return;
    ReviewSession* session = m_review->session();
    for (const QString& id : ids) {
        if (m_model->rowOfSample(id) < 0)
            continue;  // not in the queue (a duplicate group's bulk decision, say)
        if (session->review(id).status == ReviewStatus::Unreviewed)
            m_decided.remove(id);
        else
            m_decided.insert(id);
    }
    if (decidedCount() == m_model->rowCount())
        finish();
    updateProgress();
}

void ReviewQueueMode::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    updateProgress();
    emit message(tr("Review queue finished: %Ln sample(s) decided", nullptr, decidedCount()));
}

bool ReviewQueueMode::eventFilter(QObject* watched, QEvent* event)
{
    // A decision key arrives as a shortcut event before the action moves on: where was the reviewer?
    if (event->type() == QEvent::Shortcut)
        m_rowBeforeDecision = m_workspace->table()->currentSampleRow();
    return QObject::eventFilter(watched, event);
}

void ReviewQueueMode::onDecisionKey()
{
    const int before = std::exchange(m_rowBeforeDecision, -1);
    // A decision on the last sample finishes the queue (U too: the reviewer went through it, and a sample that
    // was already so changes nothing in the file).
    if (m_state == State::Running && before >= 0 && before == m_model->rowCount() - 1)
        finish();
}

void ReviewQueueMode::leave()
{
    if (m_state == State::Off)
        return;
    const bool wasRunning = m_state == State::Running;
    m_state = State::Off;
    m_leave->setEnabled(false);
    m_bar->hide();
    m_workspace->browserPane()->show();
    for (const QPointer<QDockWidget>& dock : std::as_const(m_hiddenDocks))
        if (dock)
            dock->show();
    m_hiddenDocks.clear();
    m_workspace->focusSamples();
    SampleTableView* table = m_workspace->table();
    const int row = table->currentSampleRow();
    if (row >= 0)
        table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    if (wasRunning) {
        emit message(tr("Left the review queue at sample %1 of %2").arg(row + 1).arg(m_model->rowCount()));
        emit runningChanged(false);
    }
}

}  // namespace lockstep
