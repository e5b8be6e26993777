#include "IssueJumpActions.h"

#include "IssueNavigator.h"
#include "SampleDetailsPane.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "ShortcutHint.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace lockstep {

IssueJumpActions::IssueJumpActions(SampleTableView* table, SampleTableModel* model, SampleDetailsPane* details,
                                   QWidget* window)
    : QObject(window), m_table(table), m_model(model), m_details(details), m_navigator(new IssueNavigator(model, this))
{
    const auto make = [this, window](const char* id, const QString& text, Qt::Key key, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(QLatin1String(id));  // the shortcut registry's id
        action->setShortcut(QKeySequence(key));
        action->setStatusTip(tip);
        window->addAction(action);  // wherever the focus is, but in text fields
        return action;
    };
    m_next = make("issues.next", tr("Next Issue of This &Type"), Qt::Key_BracketRight,
                  tr("Go to the next sample in the table with the current issue type (click a type in the "
                     "Issues section to pick it)"));
    m_previous = make("issues.previous", tr("Previous Issue of This T&ype"), Qt::Key_BracketLeft,
                      tr("Go to the previous sample in the table with the current issue type"));
    ShortcutHint::follow(this, {m_next, m_previous}, [this] {
        m_details->setIssueJumpKeys(ShortcutHint::key(m_next), ShortcutHint::key(m_previous));
    });
    connect(m_next, &QAction::triggered, this, [this] { jump(1); });
    connect(m_previous, &QAction::triggered, this, [this] { jump(-1); });
    connect(m_navigator, &IssueNavigator::found, this, &IssueJumpActions::onFound);
    connect(m_navigator, &IssueNavigator::notFound, this,
            [this](const QString& type) { emit message(tr("No sample in the table has a %1 issue").arg(type)); });
}

void IssueJumpActions::addActions(QMenu* menu) const
{
    menu->addAction(m_next);
    menu->addAction(m_previous);
}

QString IssueJumpActions::currentType() const
{
    if (const QString picked = m_details->selectedIssueType(); !picked.isEmpty())
        return picked;
    if (const QStringList types = m_details->issueTypes(); !types.isEmpty())
        return types.first();
    return m_lastType;
}

void IssueJumpActions::jump(int direction)
{
    const QString type = currentType();
    if (type.isEmpty()) {
        emit message(tr("This sample has no issues: pick a sample with one (or scan the dataset first)"));
        return;
    }
    m_lastType = type;
    m_direction = direction;
    m_navigator->find(type, m_table->currentSampleRow(), direction);
}

void IssueJumpActions::onFound(const QString& type, int row, bool wrapped)
{
    const int from = m_table->currentSampleRow();
    m_table->selectSampleRow(row);
    // The details pane now shows the new sample: keep following the same type there.
    m_details->selectIssueType(type);
    if (row == from)
        emit message(tr("This is the only sample in the table with a %1 issue").arg(type));
    else if (wrapped)
        emit message(m_direction > 0 ? tr("Wrapped around to the first sample with a %1 issue").arg(type)
                                     : tr("Wrapped around to the last sample with a %1 issue").arg(type));
}

}  // namespace lockstep
