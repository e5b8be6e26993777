// The duplicate groups of a small scanned project (exact PNG copies, a re-encoded JPEG) as the duplicates view
// lists them, and "keep this, reject the rest": the right statuses in the project file, one undo command,
// undo gives every member its previous status back.
#include "DuplicateFixture.h"
#include "DuplicateGroupsModel.h"
#include "DuplicateResolution.h"
#include "ReviewSession.h"
#include "store/ReviewRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lockstep;

class TestDuplicateGroupsModel : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fixture::DuplicateProject m_fixture;

    SampleReview storedReview(const QString& id) const
    {
        // A fresh read-only connection: what is in the file, not what a session remembers.
        ProjectStore::OpenResult opened = ProjectStore::open(m_fixture.project, ProjectStore::Mode::ReadOnly);
        return opened.store ? ReviewRepository(*opened.store).review(id) : SampleReview{};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(fixture::buildDuplicateProject(m_dir.path(), &m_fixture));
    }

    void readsTheScannedGroups()
    {
        ProjectStore::OpenResult opened = ProjectStore::open(m_fixture.project, ProjectStore::Mode::ReadOnly);
        QVERIFY(opened.store);
        const std::vector<DuplicateGroupsModel::Group> groups = DuplicateGroupsModel::read(*opened.store);
        QCOMPARE(groups.size(), std::size_t(2));
        const DuplicateGroupsModel::Group& exact = groups[0];
        QCOMPARE(exact.kind, QStringLiteral("exact"));
        QCOMPARE(exact.modality, QStringLiteral("image"));
        QCOMPARE(exact.keeper, QStringLiteral("d0"));
        QCOMPARE(exact.members.size(), std::size_t(2));
        QCOMPARE(exact.members[0].id, QStringLiteral("d0"));
        QCOMPARE(exact.members[1].id, QStringLiteral("d1"));
        QVERIFY2(exact.reason.startsWith(QStringLiteral("same decoded pixels")), qPrintable(exact.reason));
        QVERIFY2(exact.reason.contains(QStringLiteral("different captions")), qPrintable(exact.reason));
        QCOMPARE(exact.members[0].status, QStringLiteral("unreviewed"));

        const DuplicateGroupsModel::Group& near = groups[1];
        QCOMPARE(near.kind, QStringLiteral("near"));
        QCOMPARE(near.modality, QStringLiteral("image"));
        QCOMPARE(near.keeper, QStringLiteral("d3"));  // the larger re-encoding
        QCOMPARE(near.members.size(), std::size_t(2));
        QCOMPARE(near.members[0].id, QStringLiteral("d2"));
        QCOMPARE(near.members[1].distance, 0.0);                                   // the keeper
        QVERIFY(near.members[0].distance >= 0 && near.members[0].distance <= 10);  // bits of pHash
        QVERIFY2(near.reason.startsWith(QStringLiteral("pHash within")), qPrintable(near.reason));
    }

    void modelShowsGroupsAndFollowsDecisions()
    {
        DuplicateGroupsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &DuplicateGroupsModel::loaded);
        model.load(m_fixture.project);
        QVERIFY(loaded.wait(30'000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DuplicateGroupsModel::ColumnCount));
        const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, DuplicateGroupsModel::KindColumn), QStringLiteral("Exact"));
        QCOMPARE(text(1, DuplicateGroupsModel::KindColumn), QStringLiteral("Near"));
        QCOMPARE(text(0, DuplicateGroupsModel::ModalityColumn), QStringLiteral("image"));
        QCOMPARE(model.index(0, DuplicateGroupsModel::SizeColumn).data().toInt(), 2);
        QCOMPARE(text(0, DuplicateGroupsModel::ReviewedColumn), QStringLiteral("0 of 2"));
        QVERIFY(text(0, DuplicateGroupsModel::ReasonColumn).contains(QStringLiteral("different captions")));
        QCOMPARE(model.index(1, 0).data(DuplicateGroupsModel::KeeperRole).toString(), QStringLiteral("d3"));
        QCOMPARE(model.index(1, 0).data(DuplicateGroupsModel::MemberIdsRole).toStringList(),
                 QStringList({QStringLiteral("d2"), QStringLiteral("d3")}));
        QCOMPARE(model.nextUnreviewed(0), 0);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateStatuses(
            {{QStringLiteral("d0"), QStringLiteral("accepted")}, {QStringLiteral("d1"), QStringLiteral("rejected")}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(0, DuplicateGroupsModel::ReviewedColumn), QStringLiteral("Done"));
        QVERIFY(model.index(0, 0).data(DuplicateGroupsModel::ReviewedRole).toBool());
        QCOMPARE(model.reviewedGroupCount(), 1);
        QCOMPARE(model.nextUnreviewed(0), 1);
        model.updateStatuses({{QStringLiteral("d3"), QStringLiteral("accepted")}});
        QCOMPARE(text(1, DuplicateGroupsModel::ReviewedColumn), QStringLiteral("1 of 2"));
        model.updateStatuses({{QStringLiteral("nobody"), QStringLiteral("accepted")}});
        QCOMPARE(changed.count(), 2);

        model.load(QString());
        QVERIFY(loaded.count() >= 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void keepThisRejectTheRestIsOneUndoableCommand()
    {
        QUndoStack undo;
        ReviewSession session(&undo);
        QVERIFY(session.open(m_fixture.project));
        const QStringList members = {QStringLiteral("d2"), QStringLiteral("d3")};
        QSignalSpy changed(&session, &ReviewSession::reviewsChanged);

        // A status from before, to see that undo restores it rather than clearing it.
        QVERIFY(session.setStatus({QStringLiteral("d2")}, ReviewStatus::NeedsFix, QStringLiteral("crop")));
        QCOMPARE(undo.count(), 1);

        QVERIFY(DuplicateResolution::keepOne(session, QStringLiteral("d3"), members));
        QCOMPARE(undo.count(), 2);
        QCOMPARE(undo.text(1), QStringLiteral("Keep d3, reject 1 duplicate(s)"));  // no translator here
        QCOMPARE(storedReview(QStringLiteral("d3")), (SampleReview{ReviewStatus::Accepted, QString()}));
        QCOMPARE(storedReview(QStringLiteral("d2")),
                 (SampleReview{ReviewStatus::Rejected, QStringLiteral("duplicate of d3")}));
        QCOMPARE(changed.last().first().toStringList(), QStringList({QStringLiteral("d3"), QStringLiteral("d2")}));

        // The same decision again changes nothing and adds no step.
        QVERIFY(!DuplicateResolution::keepOne(session, QStringLiteral("d3"), members));
        QCOMPARE(undo.count(), 2);
        // Not a member: refused.
        QVERIFY(!DuplicateResolution::keepOne(session, QStringLiteral("d4"), members));

        undo.undo();
        QCOMPARE(storedReview(QStringLiteral("d3")), SampleReview{});
        QCOMPARE(storedReview(QStringLiteral("d2")), (SampleReview{ReviewStatus::NeedsFix, QStringLiteral("crop")}));
        undo.redo();
        QCOMPARE(storedReview(QStringLiteral("d2")).status, ReviewStatus::Rejected);
        undo.undo();
        undo.undo();
        QCOMPARE(storedReview(QStringLiteral("d2")), SampleReview{});

        // Every group's suggested keeper at once: one command, and a sample in two groups keeps its first decision.
        const std::vector<DuplicateResolution::Group> groups = {
            {QStringLiteral("d0"), {QStringLiteral("d0"), QStringLiteral("d1")}},
            {QStringLiteral("d3"), {QStringLiteral("d2"), QStringLiteral("d3")}},
            {QStringLiteral("d1"), {QStringLiteral("d1"), QStringLiteral("d4")}},
        };
        const int step = undo.index();
        QVERIFY(DuplicateResolution::keepEach(session, groups));
        QCOMPARE(undo.index(), step + 1);
        QCOMPARE(undo.text(step), QStringLiteral("Keep the suggested sample of 3 duplicate group(s)"));
        QCOMPARE(storedReview(QStringLiteral("d0")).status, ReviewStatus::Accepted);
        QCOMPARE(storedReview(QStringLiteral("d1")),
                 (SampleReview{ReviewStatus::Rejected, QStringLiteral("duplicate of d0")}));
        QCOMPARE(storedReview(QStringLiteral("d3")).status, ReviewStatus::Accepted);
        QCOMPARE(storedReview(QStringLiteral("d2")),
                 (SampleReview{ReviewStatus::Rejected, QStringLiteral("duplicate of d3")}));
        QCOMPARE(storedReview(QStringLiteral("d4")),
                 (SampleReview{ReviewStatus::Rejected, QStringLiteral("duplicate of d1")}));
        undo.undo();
        for (const QString& id : {QStringLiteral("d0"), QStringLiteral("d1"), QStringLiteral("d2"),
                                  QStringLiteral("d3"), QStringLiteral("d4")})
            QCOMPARE(storedReview(id), SampleReview{});
        QVERIFY(!DuplicateResolution::keepEach(session, {}));

        // The audit log names each change.
        const std::vector<AuditEntry> log = session.repository()->auditLog(20);
        QVERIFY(log.size() >= 16);
    }
};

QTEST_MAIN(TestDuplicateGroupsModel)
#include "test_duplicate_groups_model.moc"
