#pragma once

#include <QString>
#include <memory>

class QUndoStack;

namespace lockstep {

class BackgroundCheckpoint;
class ProjectStore;

// What every editing session of the open project (reviews, annotations) stands on: its own read-write
// connection to the project file, and the injected undo stack its commands go on. Closing drops the
// connection and the history with it: the commands on the stack point at this project's data.
class ProjectEditConnection {
public:
    explicit ProjectEditConnection(QUndoStack* undoStack);
    ~ProjectEditConnection();
    ProjectEditConnection(const ProjectEditConnection&) = delete;
    ProjectEditConnection& operator=(const ProjectEditConnection&) = delete;

    // Closes what was open first. False (and the reason in error) when the file cannot be opened for writing.
    bool open(const QString& projectPath, QString* error = nullptr);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    ProjectStore* store() const { return m_store.get(); }
    QUndoStack* undoStack() const { return m_undo; }

    // Who the audit log names: the login name.
    static QString userName();

private:
    QUndoStack* m_undo = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<BackgroundCheckpoint> m_checkpoint;
};

}  // namespace lockstep
