// Stft, MelFilterbank, amplitudeToDb and mfccFromDb against torchaudio (python3-torchaudio, the reference
// users train with) on the same float32 input, for several parameter sets: n_fft 400/512, win_length < n_fft,
// Hann/Hamming/Blackman, power 1/2, normalized, centre off, constant padding, HTK/Slaney scales, Slaney norm,
// top_db, MFCC. One python process computes every case.
//
// Criterion (float32 on both sides, so a bare "relative error" is meaningless for tiny values): values within
// 50 dB of the output's maximum M are held to 1e-4 relative error; values further down to 1e-4 of the value
// 50 dB down, F = M * 10^(-50 * power / 20). Float32 FFT rounding is relative to a frame's largest bin (~1e-7),
// so a bin 54 dB below it carries ~1e-4 relative error in torch and in KissFFT alike.
// - filterbank weights: within 1e-4 of their filter's peak. torch builds them in float32, and a weight at a
//   triangle's foot is a difference of nearly equal frequencies, so torch's own weights there are only that
//   good (its float32 exp is not correctly rounded; ours differs by an ulp at some mel points).
// - mel energies may in addition differ by exactly what those weight differences explain, sum_k |dw| * P_k
//   (torch's weights from python, P our spectrum) — nothing else is allowed beyond 1e-4 relative.
// - dB outputs are compared on what they stand for: x = 10^(dB / k) (k the dB multiplier) within the mel
//   criterion, i.e. 4.3e-4 dB (power) within 50 dB of the maximum; top_db-clamped values agree.
// - MFCC: sqrt(n_mels) times the dB tolerance of 4.3e-4: a DCT-II ortho row has unit norm, so that is the most
//   a coefficient can carry from mel dB values each within that tolerance (Cauchy-Schwarz).
#include "signal/DbConverter.h"
#include "signal/MelFilterbank.h"
#include "signal/Stft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>

using namespace lockstep;

namespace {

const char* kReferenceScript = R"py(
import json, sys
import numpy as np, torch, torchaudio
folder = sys.argv[1]
signal = torch.from_numpy(np.fromfile(folder + "/signal.f32", dtype=np.float32))
windows = {"hann": torch.hann_window, "hamming": torch.hamming_window, "blackman": torch.blackman_window}
for case in json.load(open(folder + "/cases.json")):
    stft = dict(n_fft=case["n_fft"], win_length=case["win_length"], hop_length=case["hop"],
                window_fn=windows[case["window"]], power=case["power"], normalized=case["normalized"],
                center=case["center"], pad_mode=case["pad_mode"])
    kind = case["kind"]
    if kind == "spectrogram":
        out = torchaudio.transforms.Spectrogram(**stft)(signal)
    elif kind == "fbank":
        out = torchaudio.functional.melscale_fbanks(case["n_fft"] // 2 + 1, case["f_min"], case["f_max"],
                                                    case["n_mels"], case["sample_rate"], case["norm"],
                                                    case["mel_scale"]).T
    else:
        mel = dict(sample_rate=case["sample_rate"], n_mels=case["n_mels"], f_min=case["f_min"],
                   f_max=case["f_max"], norm=case["norm"], mel_scale=case["mel_scale"], **stft)
        if kind == "mfcc":
            mel.pop("sample_rate")
            out = torchaudio.transforms.MFCC(sample_rate=case["sample_rate"], n_mfcc=case["n_mfcc"],
                                             melkwargs=mel)(signal)
        else:
            out = torchaudio.transforms.MelSpectrogram(**mel)(signal)
            if kind == "db":
                stype = "power" if case["power"] == 2.0 else "magnitude"
                out = torchaudio.transforms.AmplitudeToDB(stype, top_db=case["top_db"])(out)
    if kind in ("mel", "db", "mfcc"):
        fb = torchaudio.functional.melscale_fbanks(case["n_fft"] // 2 + 1, case["f_min"], case["f_max"],
                                                   case["n_mels"], case["sample_rate"], case["norm"],
                                                   case["mel_scale"])
        np.ascontiguousarray(fb.numpy(), dtype=np.float32).tofile(folder + "/" + case["name"] + ".fbank.f32")
    # (features, frames) like torchaudio; written frame-major to compare with Lockstep's layout.
    np.ascontiguousarray(out.numpy().T, dtype=np.float32).tofile(folder + "/" + case["name"] + ".f32")
)py";

struct Case {
    QString name;
    QString kind;  // spectrogram, fbank, mel, db, mfcc
    StftOptions stft;
    MelOptions mel;
    std::optional<double> topDb;
    int nMfcc = 0;
};

QString windowName(WindowKind w)
{
    switch (w) {
    case WindowKind::Hamming: return QStringLiteral("hamming");
    case WindowKind::Blackman: return QStringLiteral("blackman");
    default: return QStringLiteral("hann");
    }
}

QJsonObject toJson(const Case& c)
{
    QJsonObject o;
    o[QStringLiteral("name")] = c.name;
    o[QStringLiteral("kind")] = c.kind;
    o[QStringLiteral("n_fft")] = c.stft.nFft;
    o[QStringLiteral("win_length")] = c.stft.effectiveWinLength();
    o[QStringLiteral("hop")] = c.stft.effectiveHop();
    o[QStringLiteral("window")] = windowName(c.stft.window);
    o[QStringLiteral("power")] = c.stft.power;
    o[QStringLiteral("normalized")] = c.stft.normalized;
    o[QStringLiteral("center")] = c.stft.center;
    o[QStringLiteral("pad_mode")] = c.stft.reflectPad ? QStringLiteral("reflect") : QStringLiteral("constant");
    o[QStringLiteral("sample_rate")] = c.mel.sampleRate;
    o[QStringLiteral("n_mels")] = c.mel.nMels;
    o[QStringLiteral("f_min")] = c.mel.fMin;
    o[QStringLiteral("f_max")] = c.mel.fMax > 0 ? c.mel.fMax : double(c.mel.sampleRate / 2);
    o[QStringLiteral("mel_scale")] = c.mel.scale == MelScale::Htk ? QStringLiteral("htk") : QStringLiteral("slaney");
    o[QStringLiteral("norm")] = c.mel.norm == MelNorm::Slaney ? QJsonValue(QStringLiteral("slaney")) : QJsonValue();
    o[QStringLiteral("top_db")] = c.topDb ? QJsonValue(*c.topDb) : QJsonValue();
    o[QStringLiteral("n_mfcc")] = c.nMfcc;
    return o;
}

StftOptions stft(int nFft, int win, int hop, WindowKind w = WindowKind::Hann, double power = 2.0)
{
    StftOptions o;
    o.nFft = nFft;
    o.winLength = win;
    o.hopLength = hop;
    o.window = w;
    o.power = power;
    return o;
}

MelOptions mel(int nMels, MelScale scale = MelScale::Htk, MelNorm norm = MelNorm::None, double fMin = 0,
               double fMax = 0)
{
    MelOptions o;
    o.nMels = nMels;
    o.scale = scale;
    o.norm = norm;
    o.fMin = fMin;
    o.fMax = fMax;
    return o;
}

std::vector<Case> cases()
{
    std::vector<Case> c;
    c.push_back({QStringLiteral("spec_400_hann"), QStringLiteral("spectrogram"), stft(400, 0, 160), {}, {}, 0});
    c.push_back({QStringLiteral("spec_512_win400_hamming_magnitude"),
                 QStringLiteral("spectrogram"),
                 stft(512, 400, 160, WindowKind::Hamming, 1.0),
                 {},
                 {},
                 0});
    Case noCentre{QStringLiteral("spec_512_blackman_no_centre"),
                  QStringLiteral("spectrogram"),
                  stft(512, 0, 128, WindowKind::Blackman),
                  {},
                  {},
                  0};
    noCentre.stft.center = false;
    c.push_back(noCentre);
    Case normalized{
        QStringLiteral("spec_400_win320_normalized"), QStringLiteral("spectrogram"), stft(400, 320, 160), {}, {}, 0};
    normalized.stft.normalized = true;
    c.push_back(normalized);
    Case constant{QStringLiteral("spec_512_constant_pad_power_1_5"),
                  QStringLiteral("spectrogram"),
                  stft(512, 0, 160, WindowKind::Hann, 1.5),
                  {},
                  {},
                  0};
    constant.stft.reflectPad = false;
    c.push_back(constant);
    c.push_back({QStringLiteral("fbank_htk_80"), QStringLiteral("fbank"), stft(400, 0, 160), mel(80), {}, 0});
    c.push_back({QStringLiteral("fbank_slaney_slaney_64"),
                 QStringLiteral("fbank"),
                 stft(512, 0, 160),
                 mel(64, MelScale::Slaney, MelNorm::Slaney, 20, 7600),
                 {},
                 0});
    c.push_back({QStringLiteral("mel_400_htk_80"), QStringLiteral("mel"), stft(400, 0, 160), mel(80), {}, 0});
    c.push_back({QStringLiteral("mel_512_win400_slaney_slaney_64"),
                 QStringLiteral("mel"),
                 stft(512, 400, 160),
                 mel(64, MelScale::Slaney, MelNorm::Slaney, 20, 7600),
                 {},
                 0});
    c.push_back({QStringLiteral("mel_400_hamming_magnitude_htk_slaney_40"),
                 QStringLiteral("mel"),
                 stft(400, 0, 160, WindowKind::Hamming, 1.0),
                 mel(40, MelScale::Htk, MelNorm::Slaney),
                 {},
                 0});
    c.push_back({QStringLiteral("db_400_htk_80_top80"), QStringLiteral("db"), stft(400, 0, 160), mel(80), 80.0, 0});
    c.push_back({QStringLiteral("db_512_slaney_128_no_top"),
                 QStringLiteral("db"),
                 stft(512, 0, 160),
                 mel(128, MelScale::Slaney),
                 {},
                 0});
    c.push_back({QStringLiteral("db_400_magnitude_top60"), QStringLiteral("db"),
                 stft(400, 0, 160, WindowKind::Blackman, 1.0), mel(64), 60.0, 0});
    c.push_back({QStringLiteral("mfcc_400_htk_40_13"), QStringLiteral("mfcc"), stft(400, 0, 160), mel(40), {}, 13});
    c.push_back({QStringLiteral("mfcc_512_slaney_64_20"),
                 QStringLiteral("mfcc"),
                 stft(512, 400, 160),
                 mel(64, MelScale::Slaney, MelNorm::Slaney),
                 {},
                 20});
    return c;
}

// 2.5 s at 16 kHz, odd length: tones, a chirp, amplitude modulation and noise 40 dB down, so that no bin is
// exactly zero and every mel band carries energy.
std::vector<float> testSignal()
{
    const int n = 40'003;
    std::mt19937 rng(42);
    std::normal_distribution<double> g(0.0, 0.005);
    std::vector<float> s(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        const double t = double(i) / 16000.0;
        const double chirp = std::sin(2.0 * std::numbers::pi * (100.0 * t + 600.0 * t * t));
        s[std::size_t(i)] = float(0.3 * std::sin(2.0 * std::numbers::pi * 440.0 * t) +
                                  0.2 * (0.5 + 0.5 * std::sin(2.0 * std::numbers::pi * 3.0 * t)) *
                                      std::sin(2.0 * std::numbers::pi * 2500.0 * t) +
                                  0.1 * chirp + g(rng));
    }
    return s;
}

std::vector<float> readFloats(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    std::vector<float> v(std::size_t(bytes.size()) / sizeof(float));
    std::memcpy(v.data(), bytes.constData(), v.size() * sizeof(float));
    return v;
}

Spectrogram ours(const Case& c, const std::vector<float>& signal)
{
    const Spectrogram spec = Stft(c.stft).compute(signal.data(), qint64(signal.size()));
    if (c.kind == QLatin1String("spectrogram"))
        return spec;
    Spectrogram mels = MelFilterbank(c.stft.nFft, c.mel).apply(spec);
    if (c.kind == QLatin1String("mel"))
        return mels;
    DbOptions db;
    db.multiplier = c.kind == QLatin1String("db") && c.stft.power == 1.0 ? 20.0 : 10.0;
    db.topDb = c.kind == QLatin1String("mfcc") ? std::optional<double>(80.0) : c.topDb;
    amplitudeToDb(&mels, db);
    if (c.kind == QLatin1String("db"))
        return mels;
    return mfccFromDb(mels, c.nMfcc);
}

}  // namespace

class TestSpectrogramReference : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::vector<float> m_signal;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_signal = testSignal();
        QFile f(m_dir.filePath(QStringLiteral("signal.f32")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(reinterpret_cast<const char*>(m_signal.data()), qint64(m_signal.size() * sizeof(float)));
        f.close();
        QJsonArray list;
        for (const Case& c : cases())
            list.append(toJson(c));
        QFile json(m_dir.filePath(QStringLiteral("cases.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(QJsonDocument(list).toJson());
        json.close();
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(kReferenceScript), m_dir.path()});
        QVERIFY2(python.waitForFinished(300000), "python3 did not finish");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }

    void matchesTorchaudio_data()
    {
        QTest::addColumn<int>("index");
        const std::vector<Case> all = cases();
        for (std::size_t i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all[i].name)) << int(i);
    }
    void matchesTorchaudio()
    {
        QFETCH(int, index);
        const Case c = cases()[std::size_t(index)];
        const std::vector<float> reference = readFloats(m_dir.filePath(c.name + QStringLiteral(".f32")));
        std::vector<float> values;
        qint64 rows = 0;
        int columns = 0;
        if (c.kind == QLatin1String("fbank")) {
            const MelFilterbank bank(c.stft.nFft, c.mel);
            rows = bank.bins();
            columns = bank.mels();
            for (int k = 0; k < bank.bins(); ++k)
                for (int m = 0; m < bank.mels(); ++m)
                    values.push_back(float(bank.weight(m, k)));
        } else {
            Spectrogram s = ours(c, m_signal);
            rows = s.frames;
            columns = s.bins;
            values = std::move(s.values);
        }
        QCOMPARE(qint64(reference.size()), rows * columns);
        QVERIFY(rows > 0);
        // Each value's tolerance: the error divided by it must stay at most 1.
        std::vector<double> tolerance(reference.size());
        const auto largest = [&reference] {
            double m = -std::numeric_limits<double>::infinity();
            for (float v : reference)
                m = std::max(m, double(std::abs(v)));
            return m;
        };
        // What the filterbank's float32 rounding explains, per frame and mel: sum_k |w_ours - w_torch| * P_k.
        std::vector<double> explained(reference.size(), 0.0);
        if (c.kind == QLatin1String("mel") || c.kind == QLatin1String("db")) {
            const std::vector<float> torchBank = readFloats(m_dir.filePath(c.name + QStringLiteral(".fbank.f32")));
            const MelFilterbank bank(c.stft.nFft, c.mel);
            QCOMPARE(qint64(torchBank.size()), qint64(bank.bins()) * bank.mels());
            const Spectrogram power = Stft(c.stft).compute(m_signal.data(), qint64(m_signal.size()));
            for (qint64 t = 0; t < power.frames; ++t)
                for (int m = 0; m < bank.mels(); ++m) {
                    double sum = 0.0;
                    for (int k = 0; k < bank.bins(); ++k)
                        sum += std::abs(bank.weight(m, k) - double(torchBank[std::size_t(k * bank.mels() + m)])) *
                               double(power.frame(t)[k]);
                    explained[std::size_t(t * bank.mels() + m)] = sum;
                }
        }
        if (c.kind == QLatin1String("db")) {
            // In the linear domain: x = 10^(dB / k); F is 50 dB below the maximum.
            const double k = c.stft.power == 1.0 ? 20.0 : 10.0;
            double top = -std::numeric_limits<double>::infinity();
            for (float v : reference)
                top = std::max(top, double(v));
            for (std::size_t i = 0; i < reference.size(); ++i) {
                const double x = std::pow(10.0, reference[i] / k);
                const double allowed = 1e-4 * std::max(x, std::pow(10.0, (top - 50.0) / k)) + explained[i];
                // The dB difference that moves x by `allowed`.
                tolerance[i] = k * std::log10(1.0 + allowed / x);
            }
        } else if (c.kind == QLatin1String("mfcc")) {
            std::fill(tolerance.begin(), tolerance.end(),
                      std::sqrt(double(c.mel.nMels)) * 10.0 * std::log10(1.0 + 1e-4));
        } else if (c.kind == QLatin1String("fbank")) {
            for (int m = 0; m < columns; ++m) {
                double peak = 0.0;
                for (qint64 k = 0; k < rows; ++k)
                    peak = std::max(peak, double(reference[std::size_t(k * columns + m)]));
                for (qint64 k = 0; k < rows; ++k)
                    tolerance[std::size_t(k * columns + m)] = 1e-4 * peak;
            }
        } else {
            const double floor = largest() * std::pow(10.0, -2.5 * c.stft.power);
            for (std::size_t i = 0; i < reference.size(); ++i)
                tolerance[i] = 1e-4 * std::max(double(std::abs(reference[i])), floor) + explained[i];
        }
        double worst = 0.0;
        qint64 worstAt = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const double error = std::abs(double(values[i]) - double(reference[i])) / tolerance[i];
            if (error > worst) {
                worst = error;
                worstAt = qint64(i);
            }
        }
        qInfo("%s: worst error %.3g of the tolerance at frame %lld, column %lld (ours %.9g, torchaudio %.9g)",
              qPrintable(c.name), worst, worstAt / columns, worstAt % columns, double(values[std::size_t(worstAt)]),
              double(reference[std::size_t(worstAt)]));
        QVERIFY2(worst <= 1.0, qPrintable(QStringLiteral("worst error %1 of the tolerance").arg(worst)));
    }
};

QTEST_GUILESS_MAIN(TestSpectrogramReference)
#include "test_spectrogram_reference.moc"
