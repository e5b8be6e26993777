#include "ProjectEditConnection.h"

#include "EngineMessageText.h"
#include "store/BackgroundCheckpoint.h"
#include "store/ProjectStore.h"

#include <QUndoStack>

namespace lockstep {

ProjectEditConnection::ProjectEditConnection(QUndoStack* undoStack) : m_undo(undoStack) {}

ProjectEditConnection::~ProjectEditConnection() = default;

bool ProjectEditConnection::open(const QString& projectPath, QString* error)
{
    close();
    ProjectStore::OpenResult opened = ProjectStore::open(projectPath, ProjectStore::Mode::ReadWrite);
    if (!opened.store) {
        if (error)
            *error = EngineMessageText::message(opened.error);
        return false;
    }
    m_store = std::move(opened.store);
    // A bulk edit's commit does not wait for the log to be copied into the file (see BackgroundCheckpoint).
    m_checkpoint = std::make_unique<BackgroundCheckpoint>(m_store->database(), projectPath);
    return true;
}

void ProjectEditConnection::close()
{
    // A new project starts a new history (the review and annotation sessions clear the same stack).
    if (m_undo && m_store)
        m_undo->clear();
    m_checkpoint.reset();  // before its connection closes
    m_store.reset();
}

QString ProjectEditConnection::userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

}  // namespace lockstep
