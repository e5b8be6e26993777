// A long edit of many samples shows the busy cursor while it writes, and puts the pointer back afterwards; a small
// one, or one without a GUI, leaves the cursor alone.
#include "../model/ProjectFixture.h"
#include "AnnotationSession.h"
#include "BusyCursor.h"
#include "ReviewSession.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lockstep;

namespace {

bool busy()
{
    return QGuiApplication::overrideCursor() && QGuiApplication::overrideCursor()->shape() == Qt::WaitCursor;
}

QStringList firstIds(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << fixture::sampleId(i);
    return ids;
}

}  // namespace

class TestBusyCursor : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("busy.lockstep"));
        QVERIFY(fixture::buildProject(m_path, m_dir.path(), int(BusyCursor::kManySamples) + 10));
    }

    void onlyForManySamples()
    {
        QVERIFY(!busy());
        {
            const BusyCursor few(10);
            QVERIFY(!busy());
        }
        {
            const BusyCursor many(BusyCursor::kManySamples);
            QVERIFY(busy());
            {
                const BusyCursor nested(BusyCursor::kManySamples * 2);
                QVERIFY(busy());
            }
            QVERIFY(busy());
        }
        QVERIFY(!busy());
    }

    void aReviewOfManySamplesIsBusyWhileItWrites()
    {
        QUndoStack stack;
        ReviewSession session(&stack);
        QVERIFY(session.open(m_path));
        QList<bool> busyWhenWritten;
        connect(&session, &ReviewSession::reviewsChanged, this, [&] { busyWhenWritten << busy(); });
        QVERIFY(session.setStatus(firstIds(int(BusyCursor::kManySamples)), ReviewStatus::Rejected, QString()));
        stack.undo();
        stack.redo();
        QCOMPARE(busyWhenWritten, (QList<bool>{true, true, true}));  // push, undo, redo
        QVERIFY(!busy());
        QVERIFY(session.setStatus(firstIds(3), ReviewStatus::Accepted, QString()));
        QCOMPARE(busyWhenWritten.last(), false);
    }

    void aLabelOfManySamplesIsBusyWhileItWrites()
    {
        QUndoStack stack;
        AnnotationSession session(&stack);
        QVERIFY(session.open(m_path));
        QList<bool> busyWhenWritten;
        connect(&session, &AnnotationSession::labelsChanged, this, [&] { busyWhenWritten << busy(); });
        connect(&session, &AnnotationSession::annotationsChanged, this, [&] { busyWhenWritten << busy(); });
        QVERIFY(session.setLabel(firstIds(int(BusyCursor::kManySamples)), QStringLiteral("bird")));
        QVERIFY(session.addTag(firstIds(int(BusyCursor::kManySamples)), QStringLiteral("noisy")));
        stack.undo();
        QCOMPARE(busyWhenWritten, (QList<bool>{true, true, true}));
        QVERIFY(!busy());
    }
};

QTEST_MAIN(TestBusyCursor)
#include "test_busy_cursor.moc"
