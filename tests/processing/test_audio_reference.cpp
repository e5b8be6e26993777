// AudioDecoder against a reference reader on real edge-case files: scipy's WAV test corpus (big-endian
// float, 24/20/12/5-bit, u-law, WAVE_FORMAT_EXTENSIBLE, early end of file, incomplete chunks, unsupported
// 36..64-bit PCM). python3-soundfile is the reference; both must agree on which files open, on their
// shape and on every sample. Files that cannot be read must give an error that names the file.
#include "media/AudioDecoder.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace lockstep;

namespace {

const char* kReferenceScript = R"py(
import json, sys, soundfile
out = {}
for path in sys.argv[1:]:
    try:
        data, rate = soundfile.read(path, dtype='float32', always_2d=True)
        out[path] = {"ok": True, "rate": rate, "channels": data.shape[1], "frames": data.shape[0],
                     "samples": [float(v) for v in data.reshape(-1)]}
    except Exception as e:
        out[path] = {"ok": False, "error": str(e)}
print(json.dumps(out))
)py";

}  // namespace

class TestAudioReference : public QObject {
    Q_OBJECT
private:
    QJsonObject m_reference;
    QStringList m_files;

private slots:
    void initTestCase()
    {
        const QDir dir(QStringLiteral(LOCKSTEP_TEST_DATA_DIR "/audio/scipy"));
        for (const QString& name : dir.entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name))
            m_files << dir.filePath(name);
        QVERIFY(m_files.size() >= 20);
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     QStringList{QStringLiteral("-c"), QString::fromUtf8(kReferenceScript)} + m_files);
        QVERIFY2(python.waitForFinished(60000), "python3 did not finish");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        m_reference = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(m_reference.size(), m_files.size());
    }

    void agreesWithSoundfile_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& f : m_files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void agreesWithSoundfile()
    {
        QFETCH(QString, path);
        const QJsonObject ref = m_reference.value(path).toObject();
        const DecodedAudio ours = AudioDecoder::decode(path);
        QCOMPARE(ours.info.ok, ref.value(QStringLiteral("ok")).toBool());
        if (!ours.info.ok) {
            QVERIFY2(ours.info.error.contains(QFileInfo(path).fileName()), qPrintable(ours.info.error));
            return;
        }
        QCOMPARE(ours.info.sampleRate, ref.value(QStringLiteral("rate")).toInt());
        QCOMPARE(ours.info.channels, ref.value(QStringLiteral("channels")).toInt());
        QCOMPARE(ours.info.frames, qint64(ref.value(QStringLiteral("frames")).toInt()));
        const QJsonArray samples = ref.value(QStringLiteral("samples")).toArray();
        QCOMPARE(qsizetype(ours.samples.size()), samples.size());
        for (qsizetype i = 0; i < samples.size(); ++i)
            QVERIFY2(std::abs(double(ours.samples[std::size_t(i)]) - samples[i].toDouble()) < 1e-6,
                     qPrintable(QStringLiteral("sample %1").arg(i)));
    }
};

QTEST_GUILESS_MAIN(TestAudioReference)
#include "test_audio_reference.moc"
