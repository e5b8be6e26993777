#pragma once

#include "dataset/Micros.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QCommandLineParser;

namespace lockstep {

class MainWindow;

// What the hidden command-line options ask the window to show once the dataset is open, so that a script
// (tools/make_screenshots.sh, tests) can put the workspace into a known state and take its picture:
//   --scan                     run Dataset > Scan Quality first; everything else waits for its result
//   --annotate KIND:IDS=VALUE  an edit through the real undo commands, in the order given (repeatable):
//                              label:IDS=LABEL  tag:IDS=TAG  note:ID=TEXT  review:IDS=accepted|rejected|needs-fix
//                              region:ID=LABEL@A:B (seconds); IDS is one id or several, comma-separated
//   --select IDS               these samples are selected too (the current one stays current)
//   --view VIEW                grid, duplicates[:GROUP], dashboard[:METRIC[,X,Y]], history, queue:QUERY,
//                              filter:QUERY (typed into the query bar), lasso, lasso-filtered (repeatable)
//   --timeline-range A:B       the timeline shows this range (seconds), the playhead a third of the way in
// (--sample picks the current sample; MainWindow::setInitialSample does that.)
class StartupScript final {
    Q_DECLARE_TR_FUNCTIONS(StartupScript)

public:
    struct Edit {
        QString kind;  // label, tag, note, review, region
        QStringList ids;
        QString value;
        Micros from{0};
        Micros to{0};
    };

    // Adds the options to the parser (hidden from --help).
    static void addOptions(QCommandLineParser& parser);
    // Reads them after parser.process(); an option that does not parse leaves a message in *error.
    static std::optional<StartupScript> fromParser(const QCommandLineParser& parser, QString* error);
    static std::optional<Edit> parseEdit(const QString& spec, QString* error);

    bool isEmpty() const;
    // Wires the window: the scan on the first open, the rest once the dataset is open (and scanned).
    void attach(MainWindow* window) const;

private:
    void apply(MainWindow* window) const;
    static void applyEdit(MainWindow* window, const Edit& edit);
    static void applyView(MainWindow* window, const QString& view);
    static void attachLasso(MainWindow* window, bool plotOnlyLassoed);
    void attachTimelineRange(MainWindow* window) const;

    bool m_scan = false;
    std::vector<Edit> m_edits;
    QStringList m_select;
    QStringList m_views;
    std::optional<std::pair<double, double>> m_range;
};

}  // namespace lockstep
