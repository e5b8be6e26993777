// Times bulk annotation edits as the GUI makes them: a label, a tag and a review status given to many selected
// samples at once (one undo command each, pushed = written), then undone and redone, on a large project. Each edit
// is checked to have written one audit row per sample change, so a fast number cannot come from a lost log.
// Usage: bench_bulk_edit PROJECT [PROJECT_SAMPLES] [SELECTED...]
//   (the project is built first when it does not exist; default 500000 samples, selections 20000 and 500000:
//   20,000 spread evenly over the project, or every sample)
// Prints one JSON object: per selection size and edit kind, push / undo / redo in ms.

#include "../model/ProjectFixture.h"
#include "AnnotationSession.h"
#include "ReviewSession.h"
#include "store/ProjectStore.h"
#include "store/SqliteStatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUndoStack>
#include <cstdio>
#include <functional>
#include <vector>

using namespace lockstep;

namespace {

qint64 auditRows(ProjectStore& store)
{
    SqliteStatement st(store.database(), "SELECT count(*) FROM audit_log");
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : -1;
}

struct Timing {
    double pushMs = 0;
    double undoMs = 0;
    double redoMs = 0;
    qint64 auditPerStep = 0;  // audit rows written by the push (and by each undo and redo)
    bool complete = false;    // push, undo and redo each wrote `expected` rows
};

// Pushes the edit, undoes and redoes it, then undoes it again so the next edit starts from the same project.
Timing measure(QUndoStack& undo, ProjectStore& reader, const std::function<bool()>& push, qint64 expected)
{
    Timing t;
    QElapsedTimer clock;
    const qint64 rows0 = auditRows(reader);
    clock.start();
    if (!push())
        return t;
    t.pushMs = double(clock.nsecsElapsed()) / 1e6;
    const qint64 rows1 = auditRows(reader);
    clock.restart();
    undo.undo();
    t.undoMs = double(clock.nsecsElapsed()) / 1e6;
    const qint64 rows2 = auditRows(reader);
    clock.restart();
    undo.redo();
    t.redoMs = double(clock.nsecsElapsed()) / 1e6;
    const qint64 rows3 = auditRows(reader);
    undo.undo();
    t.auditPerStep = rows1 - rows0;
    t.complete = rows1 - rows0 == expected && rows2 - rows1 == expected && rows3 - rows2 == expected;
    return t;
}

void print(const char* name, const Timing& t, bool last)
{
    std::printf(
        "  \"%s\": {\"push_ms\": %.1f, \"undo_ms\": %.1f, \"redo_ms\": %.1f, \"audit_rows\": %lld, "
        "\"audit_complete\": %s}%s\n",
        name, t.pushMs, t.undoMs, t.redoMs, static_cast<long long>(t.auditPerStep), t.complete ? "true" : "false",
        last ? "" : ",");
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_bulk_edit PROJECT [PROJECT_SAMPLES] [SELECTED...]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int samples = argc > 2 ? std::atoi(argv[2]) : 500'000;
    std::vector<int> selections;
    for (int i = 3; i < argc; ++i)
        selections.push_back(std::min(samples, std::atoi(argv[i])));
    if (selections.empty())
        selections = {std::min(samples, 20'000), samples};
    if (!QFileInfo::exists(path)) {
        QElapsedTimer build;
        build.start();
        if (!fixture::buildProject(path, QFileInfo(path).absolutePath(), samples))
            return 1;
        std::fprintf(stderr, "built %d samples in %.1f s\n", samples, double(build.elapsed()) / 1000);
    }
    auto reader = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    if (!reader.store)
        return 1;
    QUndoStack undo;
    AnnotationSession annotations(&undo);
    ReviewSession review(&undo);
    QString error;
    if (!annotations.open(path, &error) || !review.open(path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("{\"project_samples\": %d,\n", samples);
    for (std::size_t n = 0; n < selections.size(); ++n) {
        const int count = selections[n];
        // Spread over the whole project, as a filter's matches are.
        QStringList ids;
        ids.reserve(count);
        for (int i = 0; i < count; ++i)
            ids << fixture::sampleId(int(qint64(i) * samples / count));
        // The fixture labels every third sample "dog", the rest "cat": all change to "bird".
        const Timing label = measure(
            undo, *reader.store, [&] { return annotations.setLabel(ids, QStringLiteral("bird")); }, count);
        const Timing tag = measure(
            undo, *reader.store, [&] { return annotations.addTag(ids, QStringLiteral("bulk")); }, count);
        const Timing status = measure(
            undo, *reader.store, [&] { return review.setStatus(ids, ReviewStatus::Rejected); }, count);
        std::printf(" \"%d\": {\n", count);
        print("label", label, false);
        print("tag", tag, false);
        print("review", status, true);
        std::printf(" }%s\n", n + 1 < selections.size() ? "," : "");
        std::fflush(stdout);
    }
    std::printf("}\n");
    return 0;
}
