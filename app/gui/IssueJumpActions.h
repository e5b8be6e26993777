#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace lockstep {

class IssueNavigator;
class SampleDetailsPane;
class SampleTableModel;
class SampleTableView;

// ] and [: the next or previous sample, in the table's order and filter, that has an issue of the current
// type — the type picked in the details pane's Issues section, else the current sample's first issue type,
// else the type of the last jump. Wraps at the ends and says so. The table, the thumbnail grid and the review
// queue share the table's selection, so the keys work in all three.
class IssueJumpActions final : public QObject {
    Q_OBJECT
public:
    IssueJumpActions(SampleTableView* table, SampleTableModel* model, SampleDetailsPane* details, QWidget* window);

    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }
    void addActions(QMenu* menu) const;
    IssueNavigator* navigator() const { return m_navigator; }

    // The issue type ] and [ follow now ("" when there is none).
    QString currentType() const;
    void jump(int direction);

signals:
    void message(const QString& text);

private:
    void onFound(const QString& type, int row, bool wrapped);

    SampleTableView* m_table;
    SampleTableModel* m_model;
    SampleDetailsPane* m_details;
    IssueNavigator* m_navigator;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
    QString m_lastType;
    int m_direction = 1;
};

}  // namespace lockstep
