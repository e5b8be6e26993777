#pragma once

#include <QDockWidget>

namespace lockstep {

class DuplicateGroupsModel;
class DuplicateGroupsView;
class ReviewSession;
class SessionController;

// View ▸ Duplicate Groups: the duplicates view in a dock of the workspace, wired to the open session (groups
// are read again after every scan) and to the window's review session (decisions are undoable commands on the
// window's undo stack, written to the project file at once).
class DuplicatesDock final : public QDockWidget {
    Q_OBJECT
public:
    DuplicatesDock(SessionController* session, ReviewSession* review, QWidget* parent = nullptr);

    DuplicateGroupsView* view() const { return m_view; }
    DuplicateGroupsModel* model() const { return m_model; }

    // Reads the open project's groups (or clears them when nothing is open).
    void reload();
    // Shows the dock with the keyboard in the group list.
    void showAndFocus();

signals:
    void sampleActivated(const QString& sampleId);

private:
    void refreshStatuses(const QStringList& ids);

    SessionController* m_session;
    ReviewSession* m_review;
    DuplicateGroupsModel* m_model;
    DuplicateGroupsView* m_view;
};

}  // namespace lockstep
