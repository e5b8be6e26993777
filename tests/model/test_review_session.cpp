// Review edits: written at once, audit-logged, one undo step per edit however many samples, undo/redo round
// trips, kept across a re-import, and shown by the table after a refresh.

#include "ProjectFixture.h"
#include "ReviewSession.h"
#include "SampleTableModel.h"
#include "store/ProjectStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lockstep;

class TestReviewSession : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    // What another connection (a crash survivor, the table) reads.
    static SampleReview storedReview(const QString& path, const QString& id)
    {
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly).store;
        return ReviewRepository(*store).review(id);
    }
    static QString rowStatus(const QString& path, int row)
    {
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly).store;
        return store->sampleRows(row, 1).front().status;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1.lockstep").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(fixture::buildProject(m_path, m_dir.path(), 600));
    }

    void statusNames()
    {
        for (ReviewStatus s :
             {ReviewStatus::Unreviewed, ReviewStatus::Accepted, ReviewStatus::Rejected, ReviewStatus::NeedsFix})
            QCOMPARE(reviewStatusFromName(reviewStatusName(s)), std::optional<ReviewStatus>(s));
        QCOMPARE(reviewStatusName(ReviewStatus::NeedsFix), QStringLiteral("needs-fix"));
        QVERIFY(!reviewStatusFromName(QStringLiteral("maybe")));
    }

    void oneEditRoundTrips()
    {
        QUndoStack stack;
        ReviewSession session(&stack);
        QVERIFY(session.open(m_path));
        QSignalSpy changed(&session, &ReviewSession::reviewsChanged);
        const QString id = fixture::sampleId(7);
        QVERIFY(session.setStatus({id}, ReviewStatus::Rejected, QStringLiteral("blurry")));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Reject %1").arg(id));
        QCOMPARE(changed.count(), 1);
        // Already in the file, for any other connection.
        QCOMPARE(storedReview(m_path, id), (SampleReview{ReviewStatus::Rejected, QStringLiteral("blurry")}));
        QCOMPARE(rowStatus(m_path, 7), QStringLiteral("rejected"));

        stack.undo();
        QCOMPARE(storedReview(m_path, id), SampleReview{});
        QCOMPARE(rowStatus(m_path, 7), QStringLiteral("unreviewed"));
        stack.redo();
        QCOMPARE(storedReview(m_path, id).status, ReviewStatus::Rejected);

        // The same decision again is no new step.
        QVERIFY(!session.setStatus({id}, ReviewStatus::Rejected, QStringLiteral("blurry")));
        QCOMPARE(stack.count(), 1);

        const std::vector<AuditEntry> log = session.repository()->auditLog();
        // Newest first: redo (status, reason), undo (status, reason), review (status, reason).
        QCOMPARE(log.size(), std::size_t(6));
        QCOMPARE(log.back().field, QStringLiteral("status"));
        QCOMPARE(log.back().oldValue, QStringLiteral("unreviewed"));
        QCOMPARE(log.back().newValue, QStringLiteral("rejected"));
        QCOMPARE(log.back().action, QStringLiteral("review"));
        QCOMPARE(log[2].action, QStringLiteral("undo review"));
        QCOMPARE(log[2].oldValue, QStringLiteral("blurry"));
        QVERIFY(log.front().at.isValid());
    }

    void bulkEditIsOneStep()
    {
        QUndoStack stack;
        ReviewSession session(&stack);
        QVERIFY(session.open(m_path));
        QVERIFY(session.setStatus({fixture::sampleId(3)}, ReviewStatus::Accepted));
        QStringList ids;
        for (int i = 0; i < 500; ++i)
            ids.append(fixture::sampleId(i));
        QVERIFY(session.setStatus(ids, ReviewStatus::Rejected, QStringLiteral("duplicate")));
        QCOMPARE(stack.count(), 2);
        QVERIFY(stack.undoText().startsWith(
            QLatin1String("Reject 500 sample")));  // plural forms come from the app's translator
        QCOMPARE(rowStatus(m_path, 499), QStringLiteral("rejected"));
        QCOMPARE(rowStatus(m_path, 500), QStringLiteral("unreviewed"));
        stack.undo();  // one step restores all 500, each to what it was
        QCOMPARE(rowStatus(m_path, 3), QStringLiteral("accepted"));
        QCOMPARE(rowStatus(m_path, 4), QStringLiteral("unreviewed"));
        QCOMPARE(rowStatus(m_path, 499), QStringLiteral("unreviewed"));
    }

    void decisionsSurviveAReimport()
    {
        {
            QUndoStack stack;
            ReviewSession session(&stack);
            QVERIFY(session.open(m_path));
            QVERIFY(session.setStatus({fixture::sampleId(11)}, ReviewStatus::NeedsFix, QStringLiteral("caption")));
        }
        QVERIFY(fixture::buildProject(m_path, m_dir.path(), 600));  // a fresh import into the same project
        QCOMPARE(rowStatus(m_path, 11), QStringLiteral("needs-fix"));
        QCOMPARE(storedReview(m_path, fixture::sampleId(11)).reason, QStringLiteral("caption"));
    }

    void tableShowsEditsAfterRefresh()
    {
        SampleTableModel model;
        model.setStore(
            std::shared_ptr<const ProjectStore>(ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store));
        QCOMPARE(model.index(5, SampleTableModel::StatusColumn).data().toString(), QStringLiteral("unreviewed"));
        QUndoStack stack;
        ReviewSession session(&stack);
        QVERIFY(session.open(m_path));
        connect(&session, &ReviewSession::reviewsChanged, &model, &SampleTableModel::refreshRows);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(session.setStatus({fixture::sampleId(5)}, ReviewStatus::Accepted));
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(model.index(5, SampleTableModel::StatusColumn).data().toString(), QStringLiteral("accepted"));
        // And the filter language sees it.
        QSignalSpy finished(&model, &SampleTableModel::sortFinished);
        QVERIFY(model.setFilter(QStringLiteral("status:accepted")).ok);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestReviewSession)
#include "test_review_session.moc"
