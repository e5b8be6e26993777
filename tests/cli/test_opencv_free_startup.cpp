// OpenCV lives in the imaging module (liblockstep-imaging.so), loaded only when something is decoded: a process
// that only handles audio, text or cached results never maps a single OpenCV library (~250 shared libraries,
// a quarter of a second of start-up). Checked in this process through /proc/self/maps, and for the CLI through
// the dynamic loader's own log (LD_DEBUG=libs). A missing module is a clear error that names the file.
#include "TestFiles.h"
#include "imaging/ImagingModule.h"
#include "media/ImageDecoder.h"
#include "signal/FileSpectrogram.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace lockstep;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QStringList& environment = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LOCKSTEP_CLI_PATH), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The shared objects mapped into this process whose file name contains `part`.
QStringList mappedLibraries(const QString& part)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read /proc/self/maps")};
    QStringList found;
    const QStringList lines = QString::fromUtf8(maps.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const qsizetype slash = line.indexOf(QLatin1Char('/'));
        if (slash < 0)
            continue;
        const QString path = line.mid(slash);
        if (QFileInfo(path).fileName().contains(part) && !found.contains(path))
            found << path;
    }
    return found;
}

// The libraries the dynamic loader initialised in a CLI run (from its LD_DEBUG=libs log on stderr).
QStringList loadedOpenCv(const QString& loaderLog)
{
    QStringList found;
    static const QRegularExpression init(QStringLiteral("calling init: (\\S*libopencv\\S*)"));
    for (auto it = init.globalMatch(loaderLog); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

// A 2 x 2 24-bit BMP: blue, green / red, white (top row first).
QByteArray tinyBmp()
{
    QByteArray b;
    auto put = [&b](quint32 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            b.append(char((v >> (8 * i)) & 0xff));
    };
    b.append("BM");
    put(70, 4);
    put(0, 4);
    put(54, 4);
    put(40, 4);
    put(2, 4);
    put(2, 4);  // positive height: rows stored bottom-up
    put(1, 2);
    put(24, 2);
    put(0, 4);
    put(16, 4);
    put(2835, 4);
    put(2835, 4);
    put(0, 4);
    put(0, 4);
    const char bottom[8] = {0, 0, char(255), char(255), char(255), char(255), 0, 0};  // red, white (B G R)
    const char top[8] = {char(255), 0, 0, 0, char(255), 0, 0, 0};                     // blue, green
    b.append(bottom, 8);
    b.append(top, 8);
    return b;
}

}  // namespace

class TestOpenCvFreeStartup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_wav = m_dir.filePath(QStringLiteral("tone.wav"));
        QVERIFY(test::writeFile(m_wav, test::wavBytes(test::sine(2.0, 16000, 440.0, 0.5), 16000)));
        m_bmp = m_dir.filePath(QStringLiteral("tiny.bmp"));
        QVERIFY(test::writeFile(m_bmp, tinyBmp()));
    }

    void audioWorkInThisProcessLoadsNoOpenCv()
    {
        QVERIFY2(mappedLibraries(QStringLiteral("libopencv")).isEmpty(),
                 qPrintable(mappedLibraries(QStringLiteral("libopencv")).join(QLatin1Char(' '))));
        FeatureOptions options;
        options.mel = MelOptions{};
        const FileSpectrogramResult spectrogram = FileSpectrogram::compute(m_wav, options);
        QVERIFY2(spectrogram.ok, qPrintable(spectrogram.error));
        QVERIFY(spectrogram.frames > 100);
        // Reading an image's header is the engine's own code, too.
        const ImageInfo header = ImageDecoder::probe(m_bmp);
        QVERIFY2(header.ok, qPrintable(header.error));
        QCOMPARE(header.width, 2);
        QVERIFY(!ImagingModule::isLoaded());
        QVERIFY(mappedLibraries(QStringLiteral("libopencv")).isEmpty());
        QVERIFY(mappedLibraries(QStringLiteral("liblockstep-imaging")).isEmpty());
    }

    void decodingLoadsTheModuleFromBesideTheEngine()
    {
        const DecodedImage image = ImageDecoder::decode(m_bmp);
        QVERIFY2(image.info.ok, qPrintable(image.info.error));
        QCOMPARE(image.info.width, 2);
        QCOMPARE(image.info.height, 2);
        QCOMPARE(image.info.channels, 3);
        QCOMPARE(image.info.format, QStringLiteral("bmp"));
        const std::vector<std::uint8_t> expected{255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255};
        QCOMPARE(image.pixels, expected);
        QVERIFY(ImagingModule::isLoaded());

        const QStringList engine = mappedLibraries(QStringLiteral("liblockstep-processing"));
        const QStringList module = mappedLibraries(QStringLiteral("liblockstep-imaging"));
        QCOMPARE(engine.size(), 1);
        QCOMPARE(module.size(), 1);
        QCOMPARE(QFileInfo(module.first()).absolutePath(), QFileInfo(engine.first()).absolutePath());
        QCOMPARE(QFileInfo(module.first()).canonicalFilePath(),
                 QFileInfo(ImagingModule::modulePath()).canonicalFilePath());
        QVERIFY(mappedLibraries(QStringLiteral("libopencv_imgcodecs")).size() == 1);
    }

    void cliRunsWithoutDecodingLoadNoOpenCv()
    {
        const QStringList debug{QStringLiteral("LD_DEBUG=libs")};
        const Run version = cli({QStringLiteral("--version")}, debug);
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.err.contains(QStringLiteral("calling init")));  // the loader's log is there to read
        QVERIFY2(loadedOpenCv(version.err).isEmpty(), qPrintable(loadedOpenCv(version.err).join(QLatin1Char(' '))));

        const QString npy = m_dir.filePath(QStringLiteral("tone.npy"));
        const Run spectrogram =
            cli({QStringLiteral("spectrogram"), m_wav, QStringLiteral("--out"), npy, QStringLiteral("--n-mels"),
                 QStringLiteral("80"), QStringLiteral("--log"), QStringLiteral("--quiet")},
                debug);
        QCOMPARE(spectrogram.exitCode, 0);
        QVERIFY(QFileInfo(npy).size() > 1000);
        QVERIFY2(loadedOpenCv(spectrogram.err).isEmpty(),
                 qPrintable(loadedOpenCv(spectrogram.err).join(QLatin1Char(' '))));
    }

    void onlyTheScanThatDecodesLoadsOpenCv()
    {
        const QString root = m_dir.filePath(QStringLiteral("dataset"));
        QVERIFY(test::writeFile(root + QStringLiteral("/metadata.csv"),
                                "ID,Image_Path,Text_Path,Audio_Path,Label\n"
                                "a,images/a.bmp,texts/a.txt,audios/a.wav,cat\n"
                                "b,images/b.bmp,texts/b.txt,audios/b.wav,dog\n"));
        for (const char* id : {"a", "b"}) {
            const QString stem = QString::fromLatin1(id);
            QVERIFY(test::writeFile(root + QStringLiteral("/images/") + stem + QStringLiteral(".bmp"), tinyBmp()));
            QVERIFY(test::writeFile(root + QStringLiteral("/texts/") + stem + QStringLiteral(".txt"),
                                    "a small caption for the test\n"));
            QVERIFY(test::writeFile(root + QStringLiteral("/audios/") + stem + QStringLiteral(".wav"),
                                    test::wavBytes(test::sine(0.5, 16000, 300.0, 0.3), 16000)));
        }
        const QStringList debug{QStringLiteral("LD_DEBUG=libs")};
        const Run import = cli({QStringLiteral("import"), root, QStringLiteral("--quiet")}, debug);
        QCOMPARE(import.exitCode, 0);
        QVERIFY2(loadedOpenCv(import.err).isEmpty(), "import reads image headers only");

        const Run first = cli({QStringLiteral("scan"), root, QStringLiteral("--quiet")}, debug);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(!loadedOpenCv(first.err).isEmpty(), "the first scan decodes the images through OpenCV");

        const Run rescan = cli({QStringLiteral("scan"), root, QStringLiteral("--quiet")}, debug);
        QCOMPARE(rescan.exitCode, 0);
        QVERIFY2(loadedOpenCv(rescan.err).isEmpty(), qPrintable(loadedOpenCv(rescan.err).join(QLatin1Char(' '))));

        const Run info = cli({QStringLiteral("info"), root, QStringLiteral("--quiet")}, debug);
        QCOMPARE(info.exitCode, 0);
        QVERIFY(loadedOpenCv(info.err).isEmpty());
    }

    void aMissingModuleIsAClearErrorNamingTheFile()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nowhere/liblockstep-imaging.so"));
        const Run demo =
            cli({QStringLiteral("demo"), m_dir.filePath(QStringLiteral("demo")), QStringLiteral("--quiet")},
                {QStringLiteral("LOCKSTEP_IMAGING_MODULE=") + missing});
        QCOMPARE(demo.exitCode, 1);
        QVERIFY2(demo.err.contains(missing), qPrintable(demo.err));
        QVERIFY2(demo.err.contains(QStringLiteral("imaging module")), qPrintable(demo.err));
        QCOMPARE(demo.err.trimmed().count(QLatin1Char('\n')), 0);  // one line

        // A scan with pictures to measure stops before recording each as unreadable.
        const Run scan = cli({QStringLiteral("scan"), m_dir.filePath(QStringLiteral("dataset")),
                              QStringLiteral("--remeasure"), QStringLiteral("--quiet")},
                             {QStringLiteral("LOCKSTEP_IMAGING_MODULE=") + missing});
        QCOMPARE(scan.exitCode, 1);
        QVERIFY2(scan.err.contains(missing), qPrintable(scan.err));

        // Audio work does not need it at all.
        const Run spectrogram = cli({QStringLiteral("spectrogram"), m_wav, QStringLiteral("--out"),
                                     m_dir.filePath(QStringLiteral("x.npy")), QStringLiteral("--quiet")},
                                    {QStringLiteral("LOCKSTEP_IMAGING_MODULE=") + missing});
        QCOMPARE(spectrogram.exitCode, 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_wav;
    QString m_bmp;
};

QTEST_GUILESS_MAIN(TestOpenCvFreeStartup)
#include "test_opencv_free_startup.moc"
