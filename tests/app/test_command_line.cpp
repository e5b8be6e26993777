#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real `lockstep` executable (built beside the tests) in a private home folder.
class TestCommandLine : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    static QString executable()
    {
        return QFileInfo(QCoreApplication::applicationDirPath() + QStringLiteral("/../app/gui/lockstep"))
            .absoluteFilePath();
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    int run(const QStringList& arguments, QByteArray* output = nullptr, int timeoutMs = 30000)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(executable(), arguments);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (output)
            *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo(executable()).isExecutable(), qPrintable(executable()));
    }

    void printsVersionAndHelp()
    {
        QByteArray output;
        QCOMPARE(run({QStringLiteral("--version")}, &output), 0);
        QVERIFY2(output.startsWith("Lockstep "), output.constData());
        QCOMPARE(run({QStringLiteral("--help")}, &output), 0);
        QVERIFY(output.contains("--demo"));
        QVERIFY(output.contains("PATH"));
        QVERIFY(!output.contains("--screenshot"));  // a developer option, hidden
    }

    void refusesBadArguments()
    {
        QByteArray output;
        QCOMPARE(run({m_home.filePath(QStringLiteral("no-such-dataset"))}, &output), 2);
        QVERIFY(output.contains("does not exist"));
        QCOMPARE(run({QStringLiteral("--demo"), m_home.path()}, &output), 2);
    }

    void demoScreenshotEndToEnd()
    {
        const QString shot = m_home.filePath(QStringLiteral("shot.png"));
        QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), shot}, nullptr, 240000), 0);
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 640);
        // The demo was generated into the application's data folder, and its project beside it.
        const QString data = m_home.filePath(QStringLiteral("data/Lockstep/Lockstep"));
        QVERIFY(QFileInfo::exists(data + QStringLiteral("/demo/metadata.csv")));
        QVERIFY(QFileInfo::exists(data + QStringLiteral("/demo.lockstep")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_command_line.moc"
