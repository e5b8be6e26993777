#pragma once

#include "store/ReviewRepository.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QUndoStack;

namespace lockstep {

class BackgroundCheckpoint;
class ProjectStore;

// Review edits for the open project: each edit is one undoable command on the injected undo stack and is
// written to the project file at once (its own read-write connection, one transaction per edit), so nothing
// shown as done is lost if the process dies. Bulk edits — 500 duplicates rejected — are one command.
class ReviewSession final : public QObject {
    Q_OBJECT

public:
    explicit ReviewSession(QUndoStack* undoStack, QObject* parent = nullptr);
    ~ReviewSession() override;

    bool open(const QString& projectPath, QString* error = nullptr);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    QUndoStack* undoStack() const { return m_undo; }

    SampleReview review(const QString& sampleId) const;
    // Pushes one command giving every sample in ids this status (and reason). False when nothing is open or
    // the ids are empty.
    bool setStatus(const QStringList& ids, ReviewStatus status, const QString& reason = {});

    // Writes reviews (used by the undo commands); emits reviewsChanged or writeFailed.
    bool apply(const QStringList& ids, const std::vector<SampleReview>& reviews, const QString& action);
    ReviewRepository* repository() const { return m_repository.get(); }
    // Who the audit log names: the login name.
    static QString userName();

signals:
    void reviewsChanged(const QStringList& ids);
    void writeFailed(const QString& message);

private:
    QUndoStack* m_undo = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<BackgroundCheckpoint> m_checkpoint;
    std::unique_ptr<ReviewRepository> m_repository;
};

}  // namespace lockstep
