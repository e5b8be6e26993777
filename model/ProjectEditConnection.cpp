#include "ProjectEditConnection.h"

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
            *error = opened.error;
        return false;
    }
    m_store = std::move(opened.store);
    return true;
}

void ProjectEditConnection::close()
{
    // A new project starts a new history (the review and annotation sessions clear the same stack).
    if (m_undo && m_store)
        m_undo->clear();
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
