// `lockstep-cli spectrogram` end to end: the .npy it writes is read by numpy.load, has the documented shape
// (features, frames) and matches torchaudio (Spectrogram / MelSpectrogram / AmplitudeToDB / MFCC) on the same
// file read by soundfile; usage errors exit 2 naming the option, unreadable audio exits 1 naming the file.
// Criteria as in tests/processing/test_spectrogram_reference.cpp (reported as the worst error over its
// tolerance, so at most 1 passes): linear outputs 1e-4 relative within 50 dB of the maximum, 1e-4 of the value
// 50 dB down below that; dB outputs the same on the values they stand for; MFCC sqrt(n_mels) * 4.3e-4.
#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <random>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(LOCKSTEP_CLI_PATH), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Loads the .npy with numpy and computes torchaudio's answer for the same options; prints shape and error.
const char* kCompareScript = R"py(
import json, sys
import numpy as np, soundfile, torch, torchaudio
npy, audio, opts = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
ours = np.load(npy)
data, rate = soundfile.read(audio, dtype="float32", always_2d=True)
x = torch.from_numpy(data.mean(axis=1).astype(np.float32))
windows = {"hann": torch.hann_window, "hamming": torch.hamming_window, "blackman": torch.blackman_window}
stft = dict(n_fft=opts.get("n_fft", 400), win_length=opts.get("win_length"), hop_length=opts.get("hop"),
            window_fn=windows[opts.get("window", "hann")], power=opts.get("power", 2.0),
            center=opts.get("center", True))
if "mfcc" in opts:
    mel = dict(n_mels=opts.get("n_mels", 128), f_min=opts.get("f_min", 0.0), f_max=opts.get("f_max"),
               mel_scale=opts.get("mel_scale", "htk"), norm=opts.get("norm"), **stft)
    ref = torchaudio.transforms.MFCC(sample_rate=rate, n_mfcc=opts["mfcc"], melkwargs=mel)(x)
elif "n_mels" in opts:
    ref = torchaudio.transforms.MelSpectrogram(sample_rate=rate, n_mels=opts["n_mels"], f_min=opts.get("f_min", 0.0),
                                               f_max=opts.get("f_max"), mel_scale=opts.get("mel_scale", "htk"),
                                               norm=opts.get("norm"), **stft)(x)
else:
    ref = torchaudio.transforms.Spectrogram(**stft)(x)
if opts.get("log"):
    ref = torchaudio.transforms.AmplitudeToDB("power" if stft["power"] == 2.0 else "magnitude",
                                              top_db=opts.get("top_db"))(ref)
ref = ref.numpy()
result = {"shape": list(ours.shape), "ref_shape": list(ref.shape), "dtype": str(ours.dtype),
          "fortran": bool(np.isfortran(ours))}
if ours.shape == ref.shape:
    diff = np.abs(ours.astype(np.float64) - ref)
    if "mfcc" in opts:
        tol = np.sqrt(opts.get("n_mels", 128)) * 10 * np.log10(1 + 1e-4)
    elif opts.get("log"):
        k = 10.0 if stft["power"] == 2.0 else 20.0
        x = 10.0 ** (ref.astype(np.float64) / k)
        allowed = 1e-4 * np.maximum(x, 10.0 ** ((ref.max() - 50.0) / k))
        tol = k * np.log10(1 + allowed / x)
    else:
        floor = np.abs(ref).max() * 10.0 ** (-2.5 * stft["power"])
        tol = 1e-4 * np.maximum(np.abs(ref), floor)
    result["error"] = float((diff / tol).max())
print(json.dumps(result))
)py";

}  // namespace

class TestCliSpectrogram : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_mono;
    QString m_stereo;

    QJsonObject compare(const QString& npy, const QString& audio, const QJsonObject& opts)
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(kCompareScript), npy, audio,
                      QString::fromUtf8(QJsonDocument(opts).toJson(QJsonDocument::Compact))});
        if (!python.waitForFinished(300000) || python.exitCode() != 0) {
            qWarning("%s", python.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 3 s at 16 kHz: two tones and noise; a stereo file with different channels for the mono mix.
        std::mt19937 rng(1);
        std::normal_distribution<double> g(0.0, 300.0);
        std::vector<qint16> mono = lockstep::test::sine(3.0, 16000, 440.0, 0.4);
        const std::vector<qint16> high = lockstep::test::sine(3.0, 16000, 3150.0, 0.2);
        for (std::size_t i = 0; i < mono.size(); ++i)
            mono[i] = qint16(std::clamp(double(mono[i]) + double(high[i]) + g(rng), -32768.0, 32767.0));
        m_mono = m_dir.filePath(QStringLiteral("mono.wav"));
        QVERIFY(lockstep::test::writeFile(m_mono, lockstep::test::wavBytes(mono, 16000)));
        std::vector<qint16> stereo(mono.size() * 2);
        for (std::size_t i = 0; i < mono.size(); ++i) {
            stereo[2 * i] = mono[i];
            stereo[2 * i + 1] = qint16(high[i] / 2 + qint16(g(rng)));
        }
        m_stereo = m_dir.filePath(QStringLiteral("stereo.wav"));
        QVERIFY(lockstep::test::writeFile(m_stereo, lockstep::test::wavBytes(stereo, 16000, 2)));
    }

    void matchesTorchaudio_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("options");  // the same parameters for the python side, as JSON
        QTest::addColumn<int>("features");
        QTest::addColumn<bool>("stereo");
        QTest::newRow("defaults: power spectrogram") << QStringList{} << QStringLiteral("{}") << 201 << false;
        QTest::newRow("log-mel 80, hop 160, top-db 80")
            << QStringList{QStringLiteral("--hop"), QStringLiteral("160"),   QStringLiteral("--n-mels"),
                           QStringLiteral("80"),    QStringLiteral("--log"), QStringLiteral("--top-db"),
                           QStringLiteral("80")}
            << QStringLiteral(R"({"hop":160,"n_mels":80,"log":true,"top_db":80})") << 80 << false;
        QTest::newRow("slaney mel, hamming, magnitude dB, stereo mixed")
            << QStringList{QStringLiteral("--n-fft"),     QStringLiteral("512"),      QStringLiteral("--win-length"),
                           QStringLiteral("400"),         QStringLiteral("--hop"),    QStringLiteral("160"),
                           QStringLiteral("--window"),    QStringLiteral("hamming"),  QStringLiteral("--power"),
                           QStringLiteral("1"),           QStringLiteral("--n-mels"), QStringLiteral("64"),
                           QStringLiteral("--mel-scale"), QStringLiteral("slaney"),   QStringLiteral("--mel-norm"),
                           QStringLiteral("slaney"),      QStringLiteral("--f-min"),  QStringLiteral("30"),
                           QStringLiteral("--f-max"),     QStringLiteral("7000"),     QStringLiteral("--log")}
            << QStringLiteral(R"({"n_fft":512,"win_length":400,"hop":160,"window":"hamming","power":1.0,)"
                              R"("n_mels":64,"mel_scale":"slaney","norm":"slaney","f_min":30.0,"f_max":7000.0,)"
                              R"("log":true})")
            << 64 << true;
        QTest::newRow("mfcc 13 of 40 mels, blackman, no centre")
            << QStringList{QStringLiteral("--hop"),    QStringLiteral("160"),         QStringLiteral("--window"),
                           QStringLiteral("blackman"), QStringLiteral("--no-center"), QStringLiteral("--n-mels"),
                           QStringLiteral("40"),       QStringLiteral("--mfcc"),      QStringLiteral("13")}
            << QStringLiteral(R"({"hop":160,"window":"blackman","center":false,"n_mels":40,"mfcc":13})") << 13 << false;
    }
    void matchesTorchaudio()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, options);
        QFETCH(int, features);
        QFETCH(bool, stereo);
        const QString audio = stereo ? m_stereo : m_mono;
        const QString npy = m_dir.filePath(QStringLiteral("out.npy"));
        const Run r = cli(QStringList{QStringLiteral("spectrogram"), audio, QStringLiteral("--out"), npy} + args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Wrote ") + npy), qPrintable(r.out));
        const QJsonObject result = compare(npy, audio, QJsonDocument::fromJson(options.toUtf8()).object());
        QVERIFY(!result.isEmpty());
        QCOMPARE(result.value(QStringLiteral("dtype")).toString(), QStringLiteral("float32"));
        QCOMPARE(result.value(QStringLiteral("fortran")).toBool(), false);
        QCOMPARE(result.value(QStringLiteral("shape")), result.value(QStringLiteral("ref_shape")));
        QCOMPARE(result.value(QStringLiteral("shape")).toArray().at(0).toInt(), features);
        const double error = result.value(QStringLiteral("error")).toDouble(1.0);
        qInfo("worst error %.3g of the tolerance", error);
        QVERIFY2(error <= 1.0, qPrintable(QString::number(error)));
    }

    void usageAndDataErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("mentions");
        const QString out = QStringLiteral("/tmp/lockstep-never-written.npy");
        QTest::newRow("no audio") << QStringList{QStringLiteral("--out"), out} << 2 << QStringLiteral("AUDIO");
        QTest::newRow("no --out") << QStringList{QStringLiteral("x.wav")} << 2 << QStringLiteral("--out");
        QTest::newRow("odd n-fft") << QStringList{QStringLiteral("x.wav"), QStringLiteral("--out"), out,
                                                  QStringLiteral("--n-fft"), QStringLiteral("401")}
                                   << 2 << QStringLiteral("--n-fft must be even");
        QTest::newRow("window longer than n-fft") << QStringList{QStringLiteral("x.wav"), QStringLiteral("--out"), out,
                                                                 QStringLiteral("--win-length"), QStringLiteral("500")}
                                                  << 2 << QStringLiteral("--win-length");
        QTest::newRow("unknown window") << QStringList{QStringLiteral("x.wav"), QStringLiteral("--out"), out,
                                                       QStringLiteral("--window"), QStringLiteral("kaiser")}
                                        << 2 << QStringLiteral("hann, hamming, blackman");
        QTest::newRow("bad mel scale") << QStringList{QStringLiteral("x.wav"), QStringLiteral("--out"), out,
                                                      QStringLiteral("--mel-scale"), QStringLiteral("bark")}
                                       << 2 << QStringLiteral("--mel-scale");
        QTest::newRow("more mfcc than mels")
            << QStringList{QStringLiteral("x.wav"),    QStringLiteral("--out"), out,
                           QStringLiteral("--n-mels"), QStringLiteral("20"),    QStringLiteral("--mfcc"),
                           QStringLiteral("40")}
            << 2 << QStringLiteral("--mfcc 40");
        QTest::newRow("top-db without log") << QStringList{QStringLiteral("x.wav"), QStringLiteral("--out"), out,
                                                           QStringLiteral("--top-db"), QStringLiteral("80")}
                                            << 2 << QStringLiteral("--top-db needs");
        QTest::newRow("negative power") << QStringList{QStringLiteral("x.wav"), QStringLiteral("--out"), out,
                                                       QStringLiteral("--power"), QStringLiteral("-1")}
                                        << 2 << QStringLiteral("--power");
        QTest::newRow("missing audio") << QStringList{QStringLiteral("/nonexistent/lockstep/a.wav"),
                                                      QStringLiteral("--out"), out}
                                       << 1 << QStringLiteral("/nonexistent/lockstep/a.wav");
    }
    void usageAndDataErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        const Run r = cli(QStringList{QStringLiteral("spectrogram")} + args);
        QCOMPARE(r.exitCode, code);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(r.err.startsWith(QStringLiteral("lockstep-cli spectrogram: ")));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/lockstep-never-written.npy")));
    }

    void fMinAboveNyquistAndUnwritableOutput()
    {
        const Run high = cli({QStringLiteral("spectrogram"), m_mono, QStringLiteral("--out"),
                              m_dir.filePath(QStringLiteral("a.npy")), QStringLiteral("--n-mels"), QStringLiteral("40"),
                              QStringLiteral("--f-min"), QStringLiteral("9000")});
        QCOMPARE(high.exitCode, 2);
        QVERIFY2(high.err.contains(QStringLiteral("--f-min")), qPrintable(high.err));
        const QString unwritable = QStringLiteral("/nonexistent/lockstep/out.npy");
        const Run r = cli({QStringLiteral("spectrogram"), m_mono, QStringLiteral("--out"), unwritable});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(unwritable), qPrintable(r.err));
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(lockstep::test::writeFile(text, "not audio"));
        const Run notAudio = cli(
            {QStringLiteral("spectrogram"), text, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("b.npy"))});
        QCOMPARE(notAudio.exitCode, 1);
        QVERIFY2(notAudio.err.contains(text), qPrintable(notAudio.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSpectrogram)
#include "test_cli_spectrogram.moc"
