#include "ReviewActions.h"

#include "ReviewSession.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>
#include <QWidget>

namespace lockstep {

ReviewActions::ReviewActions(SampleTableView* table, SampleTableModel* model, QWidget* window)
    : QObject(window), m_table(table), m_model(model), m_window(window)
{
    m_undo = new QUndoStack(this);
    m_session = new ReviewSession(m_undo, this);

    m_accept = makeAction("review.accept", tr("&Accept"), QKeySequence(Qt::Key_A),
                          tr("Accept the sample and go to the next one"));
    m_reject = makeAction("review.reject", tr("&Reject"), QKeySequence(Qt::Key_R),
                          tr("Reject the sample and go to the next one"));
    m_needsFix = makeAction("review.needsFix", tr("Needs &Fix"), QKeySequence(Qt::Key_F),
                            tr("Mark the sample as needing a fix and go to the next one"));
    m_clear = makeAction("review.clear", tr("&Clear Decision"), QKeySequence(Qt::Key_U),
                         tr("Make the sample unreviewed again and go to the next one"));
    m_next = makeAction("review.next", tr("&Next Sample"), QKeySequence(Qt::Key_J),
                        tr("Go to the next sample in the table"));
    m_previous = makeAction("review.previous", tr("&Previous Sample"), QKeySequence(Qt::Key_K),
                            tr("Go to the previous sample in the table"));
    connect(m_accept, &QAction::triggered, this, [this] { decide(ReviewStatus::Accepted); });
    connect(m_reject, &QAction::triggered, this, [this] { decide(ReviewStatus::Rejected); });
    connect(m_needsFix, &QAction::triggered, this, [this] { decide(ReviewStatus::NeedsFix); });
    connect(m_clear, &QAction::triggered, this, [this] { decide(ReviewStatus::Unreviewed); });
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("edit.undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("edit.redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    window->addAction(m_undoAction);
    window->addAction(m_redoAction);

    connect(m_session, &ReviewSession::reviewsChanged, this, [this] {
        m_model->refreshRows();
        emit reviewsChanged();
    });
    connect(m_session, &ReviewSession::writeFailed, this, &ReviewActions::message);
    updateEnabled();
}

ReviewActions::~ReviewActions() = default;

QAction* ReviewActions::makeAction(const char* id, const QString& text, const QKeySequence& key, const QString& tip)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QLatin1String(id));  // the shortcut registry's id
    action->setShortcut(key);
    action->setStatusTip(tip);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    m_window->addAction(action);  // works wherever the focus is, but in text fields (they keep their letters)
    return action;
}

void ReviewActions::openProject(const QString& projectPath)
{
    QString error;
    if (!m_session->open(projectPath, &error))
        emit message(tr("Reviews cannot be saved: %1").arg(error));
    updateEnabled();
}

void ReviewActions::closeProject()
{
    m_session->close();
    updateEnabled();
}

void ReviewActions::updateEnabled()
{
    const bool open = m_session->isOpen();
    for (QAction* a : {m_accept, m_reject, m_needsFix, m_clear, m_next, m_previous})
        a->setEnabled(open);
}

void ReviewActions::addEditActions(QMenu* menu) const
{
    menu->addAction(m_undoAction);
    menu->addAction(m_redoAction);
}

void ReviewActions::addReviewActions(QMenu* menu) const
{
    menu->addAction(m_accept);
    menu->addAction(m_reject);
    menu->addAction(m_needsFix);
    menu->addAction(m_clear);
    menu->addSeparator();
    menu->addAction(m_next);
    menu->addAction(m_previous);
}

void ReviewActions::decide(ReviewStatus status)
{
    const int row = m_table->currentSampleRow();
    if (row < 0 || !m_session->isOpen())
        return;
    const QString id = m_model->index(row, 0).data(SampleTableModel::SampleIdRole).toString();
    if (id.isEmpty())
        return;
    m_session->setStatus({id}, status);
    step(1);
}

void ReviewActions::step(int rows)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int row = m_table->currentSampleRow();
    m_table->selectSampleRow(qBound(0, row < 0 ? 0 : row + rows, count - 1));
}

}  // namespace lockstep
