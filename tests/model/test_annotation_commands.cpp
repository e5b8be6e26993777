// Every annotation edit is a named command on the injected undo stack: do / undo / redo round trips checked in
// the project file through a second connection (what is shown as done is on disk, no save step), bulk edits as
// one command, and the signals the views refresh from.

#include "AnnotationSession.h"
#include "ProjectFixture.h"
#include "ReviewSession.h"
#include "store/LabelRepository.h"
#include "store/ReviewRepository.h"
#include "store/SampleAnnotations.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lockstep;
using fixture::sampleId;

class TestAnnotationCommands : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QUndoStack m_undo;
    std::unique_ptr<AnnotationSession> m_session;

    // What another process would read from the project file now.
    SampleAnnotations onDisk(const QString& id) const
    {
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        return loadSampleAnnotations(*store, id);
    }
    QString labelOnDisk(const QString& id) const
    {
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        return LabelRepository(*store).labels({id}).front();
    }
    qint64 auditRows() const
    {
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        return qint64(ReviewRepository(*store).auditLog(100000).size());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1.lockstep").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(fixture::buildProject(m_path, m_dir.path(), 100));
        m_session = std::make_unique<AnnotationSession>(&m_undo);
        QString error;
        QVERIFY2(m_session->open(m_path, &error), qPrintable(error));
    }
    void cleanup()
    {
        m_session.reset();
        m_undo.clear();
    }

    void bulkLabelIsOneCommand()
    {
        QSignalSpy changed(m_session.get(), &AnnotationSession::labelsChanged);
        QStringList ids;
        for (int i = 0; i < 30; ++i)
            ids << sampleId(i);
        QVERIFY(m_session->setLabel(ids, QStringLiteral("bird")));
        QCOMPARE(m_undo.count(), 1);
        QCOMPARE(m_undo.text(0), QStringLiteral("Label 30 sample(s) as bird"));  // no EnglishPlurals in this test
        QCOMPARE(changed.count(), 1);
        QCOMPARE(labelOnDisk(sampleId(0)), QStringLiteral("bird"));
        QCOMPARE(labelOnDisk(sampleId(29)), QStringLiteral("bird"));
        QCOMPARE(labelOnDisk(sampleId(30)), QStringLiteral("dog"));
        QCOMPARE(auditRows(), 30);
        m_undo.undo();
        QCOMPARE(labelOnDisk(sampleId(0)), QStringLiteral("dog"));
        QCOMPARE(labelOnDisk(sampleId(1)), QStringLiteral("cat"));
        m_undo.redo();
        QCOMPARE(labelOnDisk(sampleId(1)), QStringLiteral("bird"));
        QCOMPARE(auditRows(), 90);  // do, undo, redo: 30 changes each
        // Nothing to change: no empty step in the history.
        QVERIFY(!m_session->setLabel({sampleId(0)}, QStringLiteral("bird")));
        QCOMPARE(m_undo.count(), 1);
    }

    void labelSet()
    {
        QCOMPARE(m_session->labelSet(), (QStringList{QStringLiteral("cat"), QStringLiteral("dog")}));
        QVERIFY(m_session->setLabelSet({QStringLiteral("dog"), QStringLiteral("cat"), QStringLiteral("bird")}));
        QCOMPARE(m_session->labelSet(),
                 (QStringList{QStringLiteral("dog"), QStringLiteral("cat"), QStringLiteral("bird")}));
        m_undo.undo();
        QCOMPARE(m_session->labelSet(), (QStringList{QStringLiteral("cat"), QStringLiteral("dog")}));
        m_undo.redo();
        QCOMPARE(m_session->labelSet(),
                 (QStringList{QStringLiteral("dog"), QStringLiteral("cat"), QStringLiteral("bird")}));
    }

    void tagsAddAndRemoveInBulk()
    {
        QSignalSpy changed(m_session.get(), &AnnotationSession::annotationsChanged);
        QVERIFY(m_session->addTag({sampleId(1)}, QStringLiteral("keep")));
        QVERIFY(m_session->addTag({sampleId(1), sampleId(2), sampleId(3)}, QStringLiteral("noisy")));
        QCOMPARE(m_undo.count(), 2);
        QCOMPARE(m_undo.text(0), QStringLiteral("Tag s000001 with keep"));
        QCOMPARE(onDisk(sampleId(1)).tags, (QStringList{QStringLiteral("keep"), QStringLiteral("noisy")}));
        QCOMPARE(onDisk(sampleId(3)).tags, QStringList{QStringLiteral("noisy")});
        QCOMPARE(m_session->knownTags(), (QStringList{QStringLiteral("keep"), QStringLiteral("noisy")}));
        QVERIFY(m_session->removeTag({sampleId(1), sampleId(3)}, QStringLiteral("noisy")));
        QCOMPARE(onDisk(sampleId(1)).tags, QStringList{QStringLiteral("keep")});
        QCOMPARE(onDisk(sampleId(2)).tags, QStringList{QStringLiteral("noisy")});
        m_undo.undo();  // the removal
        QCOMPARE(onDisk(sampleId(3)).tags, QStringList{QStringLiteral("noisy")});
        m_undo.undo();  // the bulk add, in one step
        QCOMPARE(onDisk(sampleId(1)).tags, QStringList{QStringLiteral("keep")});
        QCOMPARE(onDisk(sampleId(2)).tags, QStringList{});
        m_undo.redo();
        QCOMPARE(onDisk(sampleId(2)).tags, QStringList{QStringLiteral("noisy")});
        QCOMPARE(changed.count(), 6);
        QCOMPARE(changed.last().first().toStringList(), (QStringList{sampleId(1), sampleId(2), sampleId(3)}));
    }

    void noteRoundTrip()
    {
        QVERIFY(m_session->setNote(sampleId(7), QStringLiteral("door slam at the end")));
        QCOMPARE(onDisk(sampleId(7)).note, QStringLiteral("door slam at the end"));
        QVERIFY(m_session->setNote(sampleId(7), QStringLiteral("door slam")));
        m_undo.undo();
        QCOMPARE(onDisk(sampleId(7)).note, QStringLiteral("door slam at the end"));
        m_undo.undo();
        QCOMPARE(onDisk(sampleId(7)).note, QString());
        m_undo.redo();
        m_undo.redo();
        QCOMPARE(onDisk(sampleId(7)).note, QStringLiteral("door slam"));
    }

    void textFixes()
    {
        QVERIFY(m_session->setCaption(sampleId(0), QStringLiteral("a dog")));
        QVERIFY(m_session->setSegmentText(sampleId(0), QStringLiteral("subtitles"), Micros{0}, Micros{1'000'000},
                                          QStringLiteral("hello, world")));
        QCOMPARE(m_undo.text(1), QStringLiteral("Fix a segment of subtitles in s000000"));
        SampleAnnotations a = onDisk(sampleId(0));
        QCOMPARE(a.caption, std::optional<QString>(QStringLiteral("a dog")));
        QCOMPARE(a.segmentText(QStringLiteral("subtitles"), Micros{0}, Micros{1'000'000}),
                 std::optional<QString>(QStringLiteral("hello, world")));
        m_undo.undo();
        QVERIFY(!onDisk(sampleId(0)).segmentText(QStringLiteral("subtitles"), Micros{0}, Micros{1'000'000}));
        QVERIFY(m_session->setCaption(sampleId(0), std::nullopt));  // back to the original (drops the redo)
        QVERIFY(!onDisk(sampleId(0)).caption);
        m_undo.undo();
        QCOMPARE(onDisk(sampleId(0)).caption, std::optional<QString>(QStringLiteral("a dog")));
    }

    void regionsAddRenameDelete()
    {
        const QString key =
            m_session->addRegion(sampleId(50), QStringLiteral("laugh"), Micros{900'000}, Micros{300'000});
        QVERIFY(!key.isEmpty());
        std::vector<TimeRegion> regions = onDisk(sampleId(50)).regions;
        QCOMPARE(regions.size(), std::size_t(1));
        QCOMPARE(regions[0].start, Micros{300'000});
        QCOMPARE(regions[0].end, Micros{900'000});
        QVERIFY(m_session->renameRegion(sampleId(50), key, QStringLiteral("giggle")));
        QCOMPARE(onDisk(sampleId(50)).regions[0].label, QStringLiteral("giggle"));
        QVERIFY(m_session->removeRegion(sampleId(50), key));
        QVERIFY(onDisk(sampleId(50)).regions.empty());
        m_undo.undo();  // the same region is back, with its key
        regions = onDisk(sampleId(50)).regions;
        QCOMPARE(regions.size(), std::size_t(1));
        QCOMPARE(regions[0].key, key);
        QCOMPARE(regions[0].label, QStringLiteral("giggle"));
        m_undo.undo();
        QCOMPARE(onDisk(sampleId(50)).regions[0].label, QStringLiteral("laugh"));
        m_undo.undo();
        QVERIFY(onDisk(sampleId(50)).regions.empty());
        m_undo.redo();
        QCOMPARE(onDisk(sampleId(50)).regions[0].label, QStringLiteral("laugh"));
        // Who / what / old -> new.
        auto store = ProjectStore::open(m_path, ProjectStore::Mode::ReadOnly).store;
        const AuditEntry last = ReviewRepository(*store).auditLog(1).front();
        QCOMPARE(last.field, QStringLiteral("region"));
        QCOMPARE(last.action, QStringLiteral("region"));
        QCOMPARE(last.oldValue, QString());
        QCOMPARE(last.newValue, QStringLiteral("laugh [0.300 s - 0.900 s]"));
        QCOMPARE(last.who, ReviewSession::userName());
    }

    void closingClearsTheHistory()
    {
        QVERIFY(m_session->addTag({sampleId(1)}, QStringLiteral("x")));
        m_session->close();
        QCOMPARE(m_undo.count(), 0);
        QVERIFY(!m_session->addTag({sampleId(1)}, QStringLiteral("y")));
    }
};

QTEST_MAIN(TestAnnotationCommands)
#include "test_annotation_commands.moc"
