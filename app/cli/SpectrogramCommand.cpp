#include "Commands.h"

#include "export/NpyWriter.h"
#include "media/AudioDecoder.h"
#include "signal/FileSpectrogram.h"

#include <QFileInfo>
#include <array>
#include <cmath>

namespace lockstep::cli {

namespace {

// Reads an integer option within [low, high]; sets error (naming the option) otherwise.
bool intOption(const QCommandLineParser& parser, const QString& name, int low, int high, int* value, QString* error)
{
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < low || v > high) {
        *error = QStringLiteral("--%1 takes an integer from %2 to %3, not '%4'")
                     .arg(name)
                     .arg(low)
                     .arg(high)
                     .arg(parser.value(name));
        return false;
    }
    *value = v;
    return true;
}

bool doubleOption(const QCommandLineParser& parser, const QString& name, double low, double* value, QString* error)
{
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < low) {
        *error =
            QStringLiteral("--%1 takes a number of at least %2, not '%3'").arg(name).arg(low).arg(parser.value(name));
        return false;
    }
    *value = v;
    return true;
}

// One of a few names; sets error listing them otherwise.
bool choice(const QCommandLineParser& parser, const QString& name, const QStringList& names, int* index, QString* error)
{
    const QString v = parser.value(name).toLower();
    *index = int(names.indexOf(v));
    if (*index < 0) {
        *error = QStringLiteral("--%1 takes one of %2, not '%3'").arg(name, names.join(QStringLiteral(", ")), v);
        return false;
    }
    return true;
}

QString describe(const FeatureOptions& o)
{
    QString what = o.nMfcc > 0 ? QStringLiteral("MFCC")
                   : o.mel     ? QStringLiteral("mel spectrogram")
                               : QStringLiteral("spectrogram");
    if (o.db.enabled && o.nMfcc == 0)
        what = QStringLiteral("log ") + what + QStringLiteral(" (dB)");
    return what;
}

}  // namespace

QString SpectrogramCommand::summary() const
{
    return QStringLiteral(
        "Compute a spectrogram, mel spectrogram, log-mel (dB) or MFCC of an audio file on all cores and write it "
        "as a float32 .npy file (numpy.load reads it). Parameter names and defaults follow "
        "torchaudio.transforms (Spectrogram, MelSpectrogram, AmplitudeToDB, MFCC), so the numbers match a "
        "training pipeline's. The array's shape is (features, frames) — bins, mels or MFCCs first, as torchaudio "
        "orders a mono waveform's output without its channel axis; files with several channels are mixed to "
        "mono (mean of the channels) first.");
}

void SpectrogramCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("AUDIO"),
                                 QStringLiteral("Audio file (WAV, FLAC, OGG/Vorbis, Opus, MP3 ...)."));
    const auto add = [&parser](const QString& name, const QString& help, const QString& value = {},
                               const QString& fallback = {}) {
        parser.addOption(value.isEmpty() ? QCommandLineOption(name, help)
                                         : QCommandLineOption(name, help, value, fallback));
    };
    add(QStringLiteral("out"), QStringLiteral("The .npy file to write (required; replaced if it exists)."),
        QStringLiteral("F.npy"));
    add(QStringLiteral("n-fft"), QStringLiteral("FFT size, even (default 400)."), QStringLiteral("N"),
        QStringLiteral("400"));
    add(QStringLiteral("win-length"), QStringLiteral("Window length, at most n-fft (default n-fft)."),
        QStringLiteral("N"), QStringLiteral("0"));
    add(QStringLiteral("hop"), QStringLiteral("Hop length in samples (default win-length / 2)."), QStringLiteral("N"),
        QStringLiteral("0"));
    add(QStringLiteral("window"), QStringLiteral("hann, hamming or blackman, periodic (default hann)."),
        QStringLiteral("NAME"), QStringLiteral("hann"));
    add(QStringLiteral("no-center"),
        QStringLiteral("Do not pad n-fft / 2 samples (reflected) on both sides; frames start at 0."));
    add(QStringLiteral("power"), QStringLiteral("Exponent of the magnitude: 2 power, 1 magnitude (default 2)."),
        QStringLiteral("P"), QStringLiteral("2"));
    add(QStringLiteral("normalized"), QStringLiteral("Divide the STFT by sqrt(sum(window^2)), as torchaudio."));
    add(QStringLiteral("n-mels"),
        QStringLiteral("Mel bands: output a mel spectrogram (default: the linear spectrogram; 128 with --mfcc)."),
        QStringLiteral("N"), QStringLiteral("0"));
    add(QStringLiteral("f-min"), QStringLiteral("Lowest mel frequency in Hz (default 0)."), QStringLiteral("HZ"),
        QStringLiteral("0"));
    add(QStringLiteral("f-max"), QStringLiteral("Highest mel frequency in Hz (default: half the sample rate)."),
        QStringLiteral("HZ"), QStringLiteral("0"));
    add(QStringLiteral("mel-scale"), QStringLiteral("htk or slaney (default htk, as torchaudio)."),
        QStringLiteral("NAME"), QStringLiteral("htk"));
    add(QStringLiteral("mel-norm"), QStringLiteral("none or slaney (area normalisation; default none)."),
        QStringLiteral("NAME"), QStringLiteral("none"));
    add(QStringLiteral("log"), QStringLiteral("Decibels: 10 * log10(max(x, 1e-10)) for power 2, 20 * log10 for power 1 "
                                              "(20 / power in general), as AmplitudeToDB."));
    add(QStringLiteral("top-db"),
        QStringLiteral("With --log or --mfcc: clamp to the maximum minus DB (default: none; 80 with --mfcc)."),
        QStringLiteral("DB"));
    add(QStringLiteral("mfcc"),
        QStringLiteral("Output N MFCCs (DCT-II, ortho) of the dB mel spectrogram, as torchaudio.transforms.MFCC."),
        QStringLiteral("N"), QStringLiteral("0"));
    add(QStringLiteral("threads"), QStringLiteral("Worker threads (default: all cores)."), QStringLiteral("N"),
        QStringLiteral("0"));
    add(QStringLiteral("quiet"), QStringLiteral("Print nothing on success."));
}

int SpectrogramCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(kUsageError, QStringLiteral("expected one AUDIO file (see: lockstep-cli spectrogram --help)"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(kUsageError, QStringLiteral("--out F.npy is required"));

    FeatureOptions options;
    QString error;
    int window = 0;
    int scale = 0;
    int norm = 0;
    int nMels = 0;
    int threads = 0;
    if (!intOption(parser, QStringLiteral("n-fft"), 2, 1 << 16, &options.stft.nFft, &error) ||
        !intOption(parser, QStringLiteral("win-length"), 0, options.stft.nFft, &options.stft.winLength, &error) ||
        !intOption(parser, QStringLiteral("hop"), 0, 1 << 20, &options.stft.hopLength, &error) ||
        !choice(parser, QStringLiteral("window"),
                {QStringLiteral("hann"), QStringLiteral("hamming"), QStringLiteral("blackman")}, &window, &error) ||
        !doubleOption(parser, QStringLiteral("power"), 0.0, &options.stft.power, &error) ||
        !intOption(parser, QStringLiteral("n-mels"), 0, 4096, &nMels, &error) ||
        !choice(parser, QStringLiteral("mel-scale"), {QStringLiteral("htk"), QStringLiteral("slaney")}, &scale,
                &error) ||
        !choice(parser, QStringLiteral("mel-norm"), {QStringLiteral("none"), QStringLiteral("slaney")}, &norm,
                &error) ||
        !intOption(parser, QStringLiteral("mfcc"), 0, 4096, &options.nMfcc, &error) ||
        !intOption(parser, QStringLiteral("threads"), 0, 256, &threads, &error))
        return fail(kUsageError, error);
    if (options.stft.nFft % 2 != 0)
        return fail(kUsageError,
                    QStringLiteral("--n-fft must be even (the real FFT's requirement), not %1").arg(options.stft.nFft));
    if (options.stft.power <= 0.0)
        return fail(kUsageError, QStringLiteral("--power must be positive"));
    options.stft.window = std::array{WindowKind::Hann, WindowKind::Hamming, WindowKind::Blackman}[std::size_t(window)];
    options.stft.center = !parser.isSet(QStringLiteral("no-center"));
    options.stft.normalized = parser.isSet(QStringLiteral("normalized"));

    MelOptions mel;
    mel.scale = scale == 0 ? MelScale::Htk : MelScale::Slaney;
    mel.norm = norm == 0 ? MelNorm::None : MelNorm::Slaney;
    if (!doubleOption(parser, QStringLiteral("f-min"), 0.0, &mel.fMin, &error) ||
        !doubleOption(parser, QStringLiteral("f-max"), 0.0, &mel.fMax, &error))
        return fail(kUsageError, error);
    if (options.nMfcc > 0 && nMels == 0)
        nMels = 128;  // torchaudio's MFCC default
    if (options.nMfcc > nMels && nMels > 0)
        return fail(
            kUsageError,
            QStringLiteral("--mfcc %1 needs at least as many mel bands (--n-mels %2)").arg(options.nMfcc).arg(nMels));
    options.db.enabled = parser.isSet(QStringLiteral("log")) || options.nMfcc > 0;
    // MFCC uses AmplitudeToDB("power", top_db=80) whatever the power, as torchaudio does.
    options.db.multiplier = options.nMfcc > 0 ? 10.0 : 20.0 / options.stft.power;
    if (options.nMfcc > 0)
        options.db.topDb = 80.0;
    if (parser.isSet(QStringLiteral("top-db"))) {
        double topDb = 0.0;
        if (!doubleOption(parser, QStringLiteral("top-db"), 0.0, &topDb, &error))
            return fail(kUsageError, error);
        if (!options.db.enabled)
            return fail(kUsageError, QStringLiteral("--top-db needs --log or --mfcc"));
        options.db.topDb = topDb;
    }

    const QString path = QFileInfo(args.first()).absoluteFilePath();
    // The sample rate first: f_max defaults to its half.
    const AudioInfo info = AudioDecoder::probe(path);
    if (!info.ok)
        return fail(kDataError, info.error);
    if (nMels > 0) {
        mel.nMels = nMels;
        mel.sampleRate = info.sampleRate;
        const double fMax = mel.fMax > 0.0 ? mel.fMax : double(info.sampleRate / 2);
        if (mel.fMin >= fMax)
            return fail(kUsageError, QStringLiteral("--f-min (%1 Hz) must be below --f-max (%2 Hz; '%3' is %4 Hz)")
                                         .arg(mel.fMin)
                                         .arg(fMax)
                                         .arg(path)
                                         .arg(info.sampleRate));
        options.mel = mel;
    }
    const FileSpectrogramResult features = FileSpectrogram::compute(path, options, threads);
    if (!features.ok)
        return fail(kDataError, features.error);
    // Feature-major, so that the file's C-order shape is (features, frames).
    const NpyWriteResult written =
        NpyWriter::writeFloat32(out, features.values.get(), {features.features, features.frames});
    if (!written.ok)
        return fail(kDataError, written.error);
    if (!parser.isSet(QStringLiteral("quiet")))
        printOut(QStringLiteral("Wrote %1: %2 of shape (%3, %4), float32, from %5 s of %6 Hz audio\n")
                     .arg(out, describe(options))
                     .arg(features.features)
                     .arg(features.frames)
                     .arg(double(info.frames) / double(info.sampleRate), 0, 'f', 2)
                     .arg(info.sampleRate));
    return kOk;
}

}  // namespace lockstep::cli
