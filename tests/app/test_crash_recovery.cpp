// A crash loses nothing that was shown as done. The test runs itself a second time as a child process that
// builds the real main window (offscreen), opens a copy of a 20,000-sample project and edits it from the
// keyboard — accept, reject, a label by number key, a tag through T, a note, then one bulk label of every
// sample — printing a line the moment each edit shows in the window. The parent reads those lines, SIGKILLs the
// child at a chosen point (also while the bulk edit is being written), opens the project with the engine and
// checks that it passes SQLite's integrity check, holds every edit the child reported, and holds the bulk edit
// whole or not at all.

#include "../model/ProjectFixture.h"
#include "AnnotationActions.h"
#include "AnnotationSession.h"
#include "MainWindow.h"
#include "ReviewActions.h"
#include "SampleAnnotationsEditor.h"
#include "SampleDetailsPane.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "SessionController.h"
#include "TagPrompt.h"
#include "store/LabelRepository.h"
#include "store/ProjectStore.h"
#include "store/ReviewRepository.h"
#include "store/SampleAnnotations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace lockstep;

namespace {

constexpr int kSamples = 20000;
const char* const kChildFlag = "--crash-child";

// ---------------------------------------------------------------------------------------------------------
// The child: the real window, edits from the keyboard, one line per edit once the window shows it.

void say(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

bool waitFor(const std::function<bool()>& done)
{
    return QTest::qWaitFor(done, 120000);
}

int runChild(const QString& project)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_crash_recovery_child"));
    QSettings().clear();
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openPath(project))
        return 3;
    SampleTableModel* model = window.tableModel();
    if (!waitFor([&] { return model->rowCount() == kSamples && !window.session()->isBusy(); }))
        return 4;
    window.activateWindow();
    SampleTableView* table = window.sampleTable();
    table->setFocus();
    QUndoStack* undo = window.reviewActions()->undoStack();
    const QStringList set = window.annotationActions()->session()->labelSet();
    if (set.size() < 2)
        return 5;
    say(QStringLiteral("READY\t%1\t%2").arg(set[0], set[1]));
    const auto idAt = [&](int row) { return model->index(row, 0).data(SampleTableModel::SampleIdRole).toString(); };
    const auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };

    // Review decisions: the status column shows them.
    table->selectSampleRow(0);
    QTest::keyClick(table, Qt::Key_A);
    if (!waitFor([&] { return cell(0, SampleTableModel::StatusColumn) == QLatin1String("accepted"); }))
        return 6;
    say(QStringLiteral("DONE\taccept\t%1").arg(idAt(0)));
    QTest::keyClick(table, Qt::Key_R);  // row 1 now
    if (!waitFor([&] { return cell(1, SampleTableModel::StatusColumn) == QLatin1String("rejected"); }))
        return 7;
    say(QStringLiteral("DONE\treject\t%1").arg(idAt(1)));

    // A label by number key on row 2: the first label of the set that differs from its own (the table shows it).
    table->selectSampleRow(2);
    const QString before = cell(2, SampleTableModel::LabelColumn);
    const int key = set[0] == before ? 2 : 1;
    QTest::keyClick(table, Qt::Key(Qt::Key_0 + key));
    if (!waitFor([&] { return cell(2, SampleTableModel::LabelColumn) == set[key - 1]; }))
        return 8;
    say(QStringLiteral("DONE\tlabel\t%1\t%2").arg(idAt(2), set[key - 1]));

    // A tag through T's prompt: the details pane shows it as a chip.
    table->selectSampleRow(3);
    QTest::keyClick(table, Qt::Key_T);
    TagPrompt* prompt = nullptr;
    if (!waitFor([&] { return (prompt = window.findChild<TagPrompt*>()) != nullptr && prompt->isVisible(); }))
        return 9;
    QTest::keyClicks(prompt->edit(), QStringLiteral("crashproof"));
    QTest::keyClick(prompt->edit(), Qt::Key_Return);
    SampleAnnotationsEditor* editor = window.detailsPane()->annotationsEditor();
    if (!waitFor([&] { return editor->shownTags().contains(QLatin1String("crashproof")); }))
        return 10;
    say(QStringLiteral("DONE\ttag\t%1\tcrashproof").arg(idAt(3)));

    // A note, saved with Ctrl+Return: the Edit menu can undo it.
    table->selectSampleRow(4);
    const int steps = undo->count();
    editor->noteEdit()->setFocus();
    QTest::keyClicks(editor->noteEdit(), QStringLiteral("checked after a crash"));
    QTest::keyClick(editor->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    if (!waitFor([&] { return undo->count() == steps + 1; }))
        return 11;
    say(QStringLiteral("DONE\tnote\t%1\tchecked after a crash").arg(idAt(4)));

    // One bulk edit: every sample selected (Ctrl+A), the set's second label — one command, one transaction.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    if (!waitFor([&] { return table->selectedSampleRows().size() == kSamples; }))
        return 12;
    say(QStringLiteral("BULK-START"));
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(table, Qt::Key_2);
    if (!waitFor([&] {
            return cell(0, SampleTableModel::LabelColumn) == set[1] &&
                   cell(kSamples - 1, SampleTableModel::LabelColumn) == set[1];
        }))
        return 13;
    say(QStringLiteral("DONE\tbulk-label\t*\t%1\t%2 ms").arg(set[1]).arg(clock.elapsed()));

    // And on: more decisions after the bulk edit.
    table->selectSampleRow(10);
    QTest::keyClick(table, Qt::Key_R);
    if (!waitFor([&] { return cell(10, SampleTableModel::StatusColumn) == QLatin1String("rejected"); }))
        return 14;
    say(QStringLiteral("DONE\treject\t%1").arg(idAt(10)));
    say(QStringLiteral("IDLE"));
    return QApplication::exec();  // until killed
}

// ---------------------------------------------------------------------------------------------------------
// The parent: what the child reported, and what the file holds.

struct Expected {
    std::map<QString, ReviewStatus> statuses;
    std::map<QString, QString> labels;  // after every reported edit
    std::map<QString, QString> tags;
    std::map<QString, QString> notes;
    bool bulkStarted = false;
    bool bulkDone = false;
    QString bulkLabel;
};

}  // namespace

class TestCrashRecovery : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_fixture;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = m_dir.filePath(QStringLiteral("fixture.lockstep"));
        QVERIFY(fixture::buildProject(m_fixture, m_dir.path(), kSamples));
    }

    void killedChildLosesNothingShownAsDone_data()
    {
        QTest::addColumn<QString>("killAt");  // the line after which the child dies
        QTest::addColumn<int>("delayMs");     // and how long after it
        QTest::newRow("after the first decision") << QStringLiteral("DONE\taccept") << 0;
        QTest::newRow("after the label") << QStringLiteral("DONE\tlabel") << 0;
        QTest::newRow("after the tag") << QStringLiteral("DONE\ttag") << 0;
        QTest::newRow("after the note") << QStringLiteral("DONE\tnote") << 0;
        QTest::newRow("as the bulk edit starts") << QStringLiteral("BULK-START") << 0;
        QTest::newRow("during the bulk edit, 20 ms") << QStringLiteral("BULK-START") << 20;
        QTest::newRow("during the bulk edit, 60 ms") << QStringLiteral("BULK-START") << 60;
        QTest::newRow("during the bulk edit, 150 ms") << QStringLiteral("BULK-START") << 150;
        // The whole edit takes over a second from key to table here: later kills land in the write itself.
        QTest::newRow("during the bulk edit, 500 ms") << QStringLiteral("BULK-START") << 500;
        QTest::newRow("during the bulk edit, 1000 ms") << QStringLiteral("BULK-START") << 1000;
        QTest::newRow("during the bulk edit, 1400 ms") << QStringLiteral("BULK-START") << 1400;
        QTest::newRow("after the bulk edit") << QStringLiteral("DONE\tbulk-label") << 0;
        QTest::newRow("idle after everything") << QStringLiteral("IDLE") << 0;
    }

    void killedChildLosesNothingShownAsDone()
    {
        QFETCH(QString, killAt);
        QFETCH(int, delayMs);
        const QString project =
            m_dir.filePath(QStringLiteral("run-%1.lockstep").arg(QString::fromUtf8(QTest::currentDataTag())));
        QFile::remove(project);
        QVERIFY(QFile::copy(m_fixture, project));

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildFlag), project});
        QVERIFY(child.waitForStarted());

        QStringList lines;
        QString pending;
        bool killed = false;
        while (!killed) {
            if (!child.canReadLine() && !child.waitForReadyRead(180000))
                QFAIL(qPrintable(
                    QStringLiteral("the child stopped (exit %1) after: %2\n%3")
                        .arg(child.exitCode())
                        .arg(lines.join(QLatin1String(" | ")), QString::fromLocal8Bit(child.readAllStandardError()))));
            while (child.canReadLine()) {
                const QString line = QString::fromUtf8(child.readLine()).trimmed();
                lines << line;
                if (line.startsWith(killAt)) {
                    if (delayMs > 0)
                        QThread::msleep(static_cast<unsigned long>(delayMs));
                    child.kill();  // SIGKILL: no destructor, no flush, no checkpoint
                    killed = true;
                    break;
                }
            }
        }
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Lines still in the pipe were printed before the kill: shown as done too.
        for (const QByteArray& rest : child.readAllStandardOutput().split('\n'))
            if (!rest.trimmed().isEmpty())
                lines << QString::fromUtf8(rest).trimmed();

        // What the child reported, applied in order to the fixture's state.
        Expected expected;
        for (int i = 0; i < kSamples; ++i)
            expected.labels[fixture::sampleId(i)] = fixture::makeSample(i).label;
        std::map<QString, QString> beforeBulk;
        for (const QString& line : std::as_const(lines)) {
            const QStringList f = line.split(u'\t');
            if (f.value(0) == QLatin1String("BULK-START")) {
                expected.bulkStarted = true;
                beforeBulk = expected.labels;
            }
            if (f.value(0) != QLatin1String("DONE"))
                continue;
            const QString& kind = f.value(1);
            if (kind == QLatin1String("accept"))
                expected.statuses[f.value(2)] = ReviewStatus::Accepted;
            else if (kind == QLatin1String("reject"))
                expected.statuses[f.value(2)] = ReviewStatus::Rejected;
            else if (kind == QLatin1String("label"))
                expected.labels[f.value(2)] = f.value(3);
            else if (kind == QLatin1String("tag"))
                expected.tags[f.value(2)] = f.value(3);
            else if (kind == QLatin1String("note"))
                expected.notes[f.value(2)] = f.value(3);
            else if (kind == QLatin1String("bulk-label")) {
                expected.bulkDone = true;
                expected.bulkLabel = f.value(3);
                for (auto& [id, label] : expected.labels)
                    label = f.value(3);
                qInfo("the bulk label of %d samples took %s in the child", kSamples, qPrintable(f.value(4)));
            }
        }
        QVERIFY2(lines.value(0).startsWith(QLatin1String("READY")), qPrintable(lines.join(u'\n')));

        // The engine opens the file as the next session would, and SQLite finds nothing broken.
        auto opened = ProjectStore::open(project, ProjectStore::Mode::ReadWrite);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QString details;
        QVERIFY2(opened.store->checkIntegrity(&details), qPrintable(details));
        QCOMPARE(opened.store->sampleCount(), qint64(kSamples));
        ProjectStore& store = *opened.store;

        const ReviewRepository reviews(store);
        for (const auto& [id, status] : expected.statuses)
            QCOMPARE(reviews.review(id).status, status);
        for (const auto& [id, tag] : expected.tags)
            QVERIFY2(loadSampleAnnotations(store, id).tags.contains(tag), qPrintable(id));
        for (const auto& [id, note] : expected.notes)
            QCOMPARE(loadSampleAnnotations(store, id).note, note);

        std::vector<QString> ids;
        for (int i = 0; i < kSamples; ++i)
            ids.push_back(fixture::sampleId(i));
        const std::vector<QString> labels = LabelRepository(store).labels(ids);
        QCOMPARE(labels.size(), ids.size());
        if (expected.bulkStarted && !expected.bulkDone) {
            // Killed while the bulk edit was under way: the file holds all of it or none of it.
            const QString bulkLabel = lines.value(0).section(u'\t', 2, 2);
            const bool whole =
                std::all_of(labels.cbegin(), labels.cend(), [&](const QString& l) { return l == bulkLabel; });
            bool none = true;
            for (std::size_t i = 0; i < ids.size() && none; ++i)
                none = labels[i] == beforeBulk[ids[i]];
            QVERIFY2(whole != none, "the bulk label is in the file for some samples only");
            qInfo("killed %d ms into the bulk edit: the file holds %s of it", delayMs, whole ? "all" : "none");
        } else {
            for (std::size_t i = 0; i < ids.size(); ++i)
                QCOMPARE(labels[i], expected.labels[ids[i]]);
        }
    }
};

int main(int argc, char* argv[])
{
    if (argc == 3 && qstrcmp(argv[1], kChildFlag) == 0) {
        QApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    QApplication app(argc, argv);
    TestCrashRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_crash_recovery.moc"
