// lockstep-cli end to end: exit codes, help, and golden outputs of `info` for every dataset layout.
// Set LOCKSTEP_UPDATE_GOLDEN=1 to rewrite the golden files after an intended change (then review the diff).
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QString& workingDir = {})
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(LOCKSTEP_CLI_PATH), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString layoutsDir()
{
    return QStringLiteral(LOCKSTEP_TEST_DATA_DIR "/layouts");
}

// Compares text with a golden file; paths that differ between machines are replaced by placeholders first.
void compareGolden(QString actual, const QString& name, const QString& datasetPath)
{
    actual.replace(datasetPath, QStringLiteral("<DATASET>"));
    const QString path = QStringLiteral(LOCKSTEP_TEST_DATA_DIR "/golden/") + name;
    if (qEnvironmentVariableIsSet("LOCKSTEP_UPDATE_GOLDEN")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(actual.toUtf8());
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file %1").arg(path)));
    const QString expected = QString::fromUtf8(f.readAll());
    if (actual != expected) {
        const QStringList a = actual.split(QLatin1Char('\n'));
        const QStringList e = expected.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i)
            if (a.value(i) != e.value(i))
                QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                                     .arg(name)
                                     .arg(i + 1)
                                     .arg(e.value(i), a.value(i))));
    }
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("errorMentions");
        QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("Usage");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--nope"),
                                                       QStringLiteral("x")}
                                        << 2 << QStringLiteral("nope");
        QTest::newRow("missing argument")
            << QStringList{QStringLiteral("import")} << 2 << QStringLiteral("expected one DATASET");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("/tmp/x"),
                                                 QStringLiteral("--seed"), QStringLiteral("abc")}
                                  << 2 << QStringLiteral("--seed");
        QTest::newRow("absent dataset") << QStringList{QStringLiteral("info"), QStringLiteral("/nonexistent/lockstep")}
                                        << 1 << QStringLiteral("/nonexistent/lockstep");
        QTest::newRow("empty folder") << QStringList{QStringLiteral("info"),
                                                     QStringLiteral(LOCKSTEP_TEST_DATA_DIR
                                                                    "/layouts/stems/images/dog/b.png")}
                                      << 1 << QStringLiteral("not a manifest");
    }
    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, errorMentions);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.err.contains(errorMentions), qPrintable(r.err));
        if (code != 0 && !args.isEmpty())
            QCOMPARE(r.err.count(QLatin1Char('\n')) >= 1, true);
    }

    void helpForEverySubcommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* c : {"demo", "import", "info", "scan", "report", "spectrogram"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void helpForEverySubcommand()
    {
        QFETCH(QString, command);
        const Run r = cli({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Usage: lockstep-cli ") + command), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--help")));
    }

    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("lockstep-cli ")));
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("import")));
        // Each command's first sentence in full: a file name's dot does not end it.
        QVERIFY2(help.out.contains(QStringLiteral("metadata.csv")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("float32 .npy file")), qPrintable(help.out));
        QVERIFY2(!help.out.contains(QStringLiteral("float32 .\n")), qPrintable(help.out));
    }

    void infoGolden_data()
    {
        QTest::addColumn<QString>("layout");
        for (const char* l : {"csv", "jsonl", "stems", "recordings"})
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void infoGolden()
    {
        QFETCH(QString, layout);
        const QString dataset = layoutsDir() + QLatin1Char('/') + layout;
        const Run text = cli({QStringLiteral("info"), dataset, QStringLiteral("--quiet")});
        QCOMPARE(text.exitCode, 0);
        compareGolden(text.out, QStringLiteral("info_%1.txt").arg(layout), dataset);
        const Run json = cli({QStringLiteral("info"), dataset, QStringLiteral("--json"), QStringLiteral("--quiet")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).isObject());
        compareGolden(json.out, QStringLiteral("info_%1.json").arg(layout), dataset);
    }

    // import writes the project beside the dataset (never inside), and info on the project says what
    // info on the folder says.
    void importThenInfoOnProject()
    {
        QTemporaryDir tmp;
        const QString dataset = tmp.filePath(QStringLiteral("csv"));
        QVERIFY(QProcess::execute(QStringLiteral("cp"),
                                  {QStringLiteral("-r"), layoutsDir() + QStringLiteral("/csv"), dataset}) == 0);
        const QStringList before = QDir(dataset).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        const Run imported = cli({QStringLiteral("import"), dataset, QStringLiteral("--quiet")});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("Imported 6 samples")), qPrintable(imported.out));
        QVERIFY(QFile::exists(dataset + QStringLiteral(".lockstep")));
        QCOMPARE(QDir(dataset).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);

        const Run fromFolder =
            cli({QStringLiteral("info"), dataset, QStringLiteral("--json"), QStringLiteral("--quiet")});
        const Run fromProject =
            cli({QStringLiteral("info"), dataset + QStringLiteral(".lockstep"), QStringLiteral("--json")});
        QCOMPARE(fromProject.exitCode, 0);
        QCOMPARE(fromProject.out, fromFolder.out);

        // A file that is not a project is never overwritten.
        const QString notProject = tmp.filePath(QStringLiteral("notes.txt"));
        QFile f(notProject);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const Run refused = cli({QStringLiteral("import"), dataset, QStringLiteral("--project"), notProject});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("not a Lockstep project")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    // scan + report on a small fixture: the issue list is a golden file (times and paths masked).
    void scanAndReportGolden()
    {
        QTemporaryDir tmp;
        const QString dataset = tmp.filePath(QStringLiteral("csv"));
        QVERIFY(QProcess::execute(QStringLiteral("cp"),
                                  {QStringLiteral("-r"), layoutsDir() + QStringLiteral("/csv"), dataset}) == 0);
        const Run unscanned = cli({QStringLiteral("report"), dataset});
        QCOMPARE(unscanned.exitCode, 1);
        const Run scanned = cli({QStringLiteral("scan"), dataset, QStringLiteral("--json"), QStringLiteral("--quiet")});
        QCOMPARE(scanned.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(scanned.out.toUtf8()).object();
        QCOMPARE(s.value(QStringLiteral("samples")).toInt(), 6);
        QCOMPARE(s.value(QStringLiteral("up_to_date")).toBool(), false);
        const Run again = cli({QStringLiteral("scan"), dataset + QStringLiteral(".lockstep"), QStringLiteral("--json"),
                               QStringLiteral("--quiet")});
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("up_to_date")).toBool(),
                 true);

        const Run json = cli({QStringLiteral("report"), dataset + QStringLiteral(".lockstep")});
        QCOMPARE(json.exitCode, 0);
        QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        report.remove(QStringLiteral("scanned_at"));
        report.remove(QStringLiteral("project"));
        report.remove(QStringLiteral("dataset"));
        compareGolden(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)),
                      QStringLiteral("report_csv_layout.json"), dataset);

        for (const char* format : {"csv", "html"}) {
            const QString out = tmp.filePath(QStringLiteral("report.") + QLatin1String(format));
            const Run written = cli({QStringLiteral("report"), dataset + QStringLiteral(".lockstep"),
                                     QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"), out});
            QCOMPARE(written.exitCode, 0);
            QVERIFY(QFileInfo(out).size() > 200);
        }
        const Run bad = cli({QStringLiteral("report"), dataset + QStringLiteral(".lockstep"),
                             QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(bad.exitCode, 2);
        const Run threshold =
            cli({QStringLiteral("scan"), dataset, QStringLiteral("--threshold"), QStringLiteral("nope=1")});
        QCOMPARE(threshold.exitCode, 2);
        QVERIFY(threshold.err.contains(QStringLiteral("unknown threshold 'nope'")));
        const Run listed = cli({QStringLiteral("scan"), dataset, QStringLiteral("--threshold"),
                                QStringLiteral("image.dark=0.2"), QStringLiteral("--list-thresholds")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(QStringLiteral("image.dark")));
    }

    void demoIsDeterministicAndImports()
    {
        QTemporaryDir tmp;
        const QString a = tmp.filePath(QStringLiteral("a"));
        const Run demo =
            cli({QStringLiteral("demo"), a, QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--samples"),
                 QStringLiteral("30"), QStringLiteral("--recordings"), QStringLiteral("2"), QStringLiteral("--quiet")});
        QCOMPARE(demo.exitCode, 0);
        QVERIFY2(demo.out.contains(QStringLiteral("30 samples, 2 recordings")), qPrintable(demo.out));
        const Run info = cli({QStringLiteral("info"), a, QStringLiteral("--json"), QStringLiteral("--quiet")});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("samples")).toInt(), 32);
        compareGolden(info.out, QStringLiteral("info_demo_seed3.json"), a);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
