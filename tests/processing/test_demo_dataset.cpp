// The demo dataset generator: determinism, layout, and that every planted problem is really in the files.
// The files are read back with small independent readers (RIFF/WAV, PNG via zlib, JPEG headers) so that the
// test links nothing but the engine and Qt.

#include "DemoFileReaders.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <utility>
#include <vector>

using lockstep::DemoDataset;
using lockstep::NullProgress;
using lockstep::Progress;

namespace {
using namespace demofiles;

// Cancels itself after a number of progress reports.
class CancelAfter final : public Progress {
public:
    explicit CancelAfter(int reports) : m_left(reports) {}
    void report(const QString&, qint64 done, qint64) override
    {
        m_lastDone = done;
        if (--m_left <= 0)
            m_cancelled = true;
    }
    bool isCancelled() const override { return m_cancelled; }
    qint64 lastDone() const { return m_lastDone; }

private:
    int m_left;
    bool m_cancelled = false;
    qint64 m_lastDone = -1;
};

// A caption as the quality engine compares texts: NFKC, case-folded, whitespace collapsed.
QString normalisedText(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

// Token 3-grams of a normalised text (tokens: runs of letters, digits and marks; each Han character alone).
QSet<QString> wordTrigrams(const QString& normalised)
{
    QStringList tokens;
    QString current;
    for (const QChar c : normalised) {
        if (c.script() == QChar::Script_Han) {
            if (!current.isEmpty())
                tokens.append(std::exchange(current, QString()));
            tokens.append(QString(c));
        } else if (c.isLetterOrNumber() || c.isMark()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            tokens.append(std::exchange(current, QString()));
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    QSet<QString> grams;
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i)
        grams.insert(tokens.at(i) + QLatin1Char(' ') + tokens.at(i + 1) + QLatin1Char(' ') + tokens.at(i + 2));
    return grams;
}

DemoDataset::Options small(quint32 seed = 7)
{
    DemoDataset::Options o;
    o.seed = seed;
    o.samples = 20;
    o.recordings = 1;
    return o;
}

}  // namespace

class TestDemoDataset : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedGivesIdenticalBytes();
    void differentSeedGivesDifferentFiles();
    void metadataHasOneRowPerSample();
    void plantedListsEveryKind();
    void plantedProblemsAreReal();
    void clippedAudioHasFullScaleRuns();
    void silentAudioIsAllZeros();
    void darkImageIsDark();
    void captionsAreUniqueUnlessPlanted();
    void shiftedSubtitlesAreLateByExactOffset();
    void driftedSensorClock();
    void recordingLayout();
    void textGridIsStrictLongFormat();
    void smallVariant();
    void cancelBeforeStart();
    void cancelMidway();
    void refusesForeignFolderAndOverwritesPreviousDemo();

private:
    QTemporaryDir m_first;
    QTemporaryDir m_second;
    DemoDataset::Result m_result;
    QString m_root;
};

void TestDemoDataset::initTestCase()
{
    QVERIFY(m_first.isValid() && m_second.isValid());
    m_root = m_first.path() + QStringLiteral("/demo");
    NullProgress progress;
    QElapsedTimer timer;
    timer.start();
    m_result = DemoDataset::generate(m_root, DemoDataset::Options{}, progress);
    const qint64 ms = timer.elapsed();
    QVERIFY2(m_result.ok, qPrintable(m_result.error));
    qint64 bytes = 0;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
        ++files;
    }
    qInfo("default demo: %d files, %.1f MB, generated in %lld ms", files, bytes / 1e6, ms);
}

void TestDemoDataset::sameSeedGivesIdenticalBytes()
{
    NullProgress progress;
    const QString second = m_second.path() + QStringLiteral("/demo");
    const auto r = DemoDataset::generate(second, DemoDataset::Options{}, progress);
    QVERIFY2(r.ok, qPrintable(r.error));
    const auto a = hashTree(m_root), b = hashTree(second);
    QVERIFY(a.size() > 500);
    QCOMPARE(a.keys(), b.keys());
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        QVERIFY2(b.value(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(r.planted, m_result.planted);
}

void TestDemoDataset::differentSeedGivesDifferentFiles()
{
    QTemporaryDir dir;
    NullProgress progress;
    const auto r7 = DemoDataset::generate(dir.path() + QStringLiteral("/a"), small(7), progress);
    const auto r8 = DemoDataset::generate(dir.path() + QStringLiteral("/b"), small(8), progress);
    QVERIFY(r7.ok && r8.ok);
    const auto a = hashTree(dir.path() + QStringLiteral("/a")), b = hashTree(dir.path() + QStringLiteral("/b"));
    int same = 0, compared = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()) || it.key().endsWith(QLatin1String(".txt")))
            continue;  // captions come from small template sets and may coincide
        ++compared;
        if (b.value(it.key()) == it.value())
            ++same;
    }
    QVERIFY(compared > 20);
    QVERIFY2(same <= 2, qPrintable(QStringLiteral("%1 of %2 files identical across seeds").arg(same).arg(compared)));
    QVERIFY(r7.planted != r8.planted);
}

void TestDemoDataset::metadataHasOneRowPerSample()
{
    QString header;
    const QList<Row> rows = readMetadata(m_root, &header);
    QCOMPARE(header, QStringLiteral("ID,Image_Path,Text_Path,Audio_Path,Label,Split"));
    QCOMPARE(rows.size(), qsizetype(DemoDataset::Options{}.samples));
    QCOMPARE(m_result.samples, DemoDataset::Options{}.samples);
    QCOMPARE(m_result.recordings, 4);
    QSet<QString> ids;
    QMap<QString, int> splits, labels;
    for (const Row& row : rows) {
        ids.insert(row.id);
        splits[row.split] += 1;
        labels[row.label] += 1;
        QVERIFY(row.image == QStringLiteral("images/") + row.id + QStringLiteral(".jpg") ||
                row.image == QStringLiteral("images/") + row.id + QStringLiteral(".png"));
        QCOMPARE(row.text, QStringLiteral("texts/") + row.id + QStringLiteral(".txt"));
        QVERIFY(row.audio.isEmpty() || row.audio == QStringLiteral("audios/") + row.id + QStringLiteral(".wav"));
    }
    QCOMPARE(ids.size(), rows.size());
    QCOMPARE(splits.value(QStringLiteral("train")), 192);
    QCOMPARE(splits.value(QStringLiteral("val")), 24);
    QCOMPARE(splits.value(QStringLiteral("test")), 24);
    for (const char* label : {"bird", "car", "dog", "rain", "speech", "music"})
        QVERIFY2(labels.value(QString::fromLatin1(label)) >= 30, label);
    int pngs = 0;
    for (const Row& row : rows)
        pngs += row.image.endsWith(QLatin1String(".png")) ? 1 : 0;
    QVERIFY(pngs >= 5 && pngs < 60);
}

void TestDemoDataset::plantedListsEveryKind()
{
    const QJsonArray planted = readPlanted(m_root);
    QCOMPARE(planted.size(), m_result.planted.size());
    QSet<QString> kinds;
    for (const QJsonValue& v : planted) {
        const QJsonObject o = v.toObject();
        QVERIFY(!o.value(QStringLiteral("sample")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("detail")).toString().isEmpty());
        const QString modality = o.value(QStringLiteral("modality")).toString();
        QVERIFY2(QStringList({QStringLiteral("image"), QStringLiteral("text"), QStringLiteral("audio"),
                              QStringLiteral("sample"), QStringLiteral("sensor")})
                     .contains(modality),
                 qPrintable(modality));
        kinds.insert(modality + QLatin1Char('/') + o.value(QStringLiteral("problem")).toString());
    }
    const QStringList expected{QStringLiteral("image/blurry"),
                               QStringLiteral("image/dark"),
                               QStringLiteral("image/light"),
                               QStringLiteral("image/low_information"),
                               QStringLiteral("image/odd_aspect_ratio"),
                               QStringLiteral("image/grayscale"),
                               QStringLiteral("image/exact_duplicate"),
                               QStringLiteral("image/near_duplicate"),
                               QStringLiteral("image/missing_file"),
                               QStringLiteral("audio/clipping"),
                               QStringLiteral("audio/digital_silence"),
                               QStringLiteral("audio/mostly_silent"),
                               QStringLiteral("audio/low_level"),
                               QStringLiteral("audio/dc_offset"),
                               QStringLiteral("audio/low_bandwidth"),
                               QStringLiteral("audio/exact_duplicate"),
                               QStringLiteral("audio/missing_file"),
                               QStringLiteral("audio/missing_modality"),
                               QStringLiteral("text/empty_text"),
                               QStringLiteral("text/whitespace_only"),
                               QStringLiteral("text/control_characters"),
                               QStringLiteral("text/invalid_utf8"),
                               QStringLiteral("text/duplicate_text"),
                               QStringLiteral("sample/unknown_label"),
                               QStringLiteral("sample/speech_rate_mismatch"),
                               QStringLiteral("text/subtitle_offset"),
                               QStringLiteral("sensor/clock_drift")};
    for (const QString& kind : expected)
        QVERIFY2(kinds.contains(kind), qPrintable(kind));
    // Both recipes of the exact image duplicate are there.
    int byteCopies = 0, pixelCopies = 0;
    for (const QJsonObject& o : plantedOf(planted, QStringLiteral("exact_duplicate"))) {
        if (o.value(QStringLiteral("modality")).toString() != QLatin1String("image"))
            continue;
        const QString detail = o.value(QStringLiteral("detail")).toString();
        byteCopies += detail.startsWith(QLatin1String("byte-identical")) ? 1 : 0;
        pixelCopies += detail.startsWith(QLatin1String("PNG of the decoded pixels")) ? 1 : 0;
    }
    QVERIFY(byteCopies >= 1 && pixelCopies >= 1);
}

void TestDemoDataset::plantedProblemsAreReal()
{
    QString header;
    QMap<QString, Row> rows;
    for (const Row& row : readMetadata(m_root, &header))
        rows.insert(row.id, row);
    const QJsonArray planted = readPlanted(m_root);
    const auto path = [&](const QString& rel) -> QString { return m_root + QLatin1Char('/') + rel; };
    int checked = 0;
    for (const QJsonValue& v : planted) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("sample")).toString();
        const QString problem = o.value(QStringLiteral("problem")).toString();
        const QString modality = o.value(QStringLiteral("modality")).toString();
        if (id.startsWith(QLatin1String("rec_")))
            continue;
        QVERIFY2(rows.contains(id), qPrintable(id));
        const Row row = rows.value(id);
        const QString what = id + QStringLiteral(": ") + problem;
        const Row source = rows.value(o.value(QStringLiteral("duplicate_of")).toString());
        if (problem == QLatin1String("missing_file")) {
            const QString rel = modality == QLatin1String("image") ? row.image : row.audio;
            QVERIFY2(!rel.isEmpty() && !QFile::exists(path(rel)), qPrintable(what));
        } else if (problem == QLatin1String("missing_modality")) {
            QVERIFY2(row.audio.isEmpty(), qPrintable(what));
        } else if (problem == QLatin1String("unknown_label")) {
            QVERIFY2(!QStringList({QStringLiteral("bird"), QStringLiteral("car"), QStringLiteral("dog"),
                                   QStringLiteral("rain"), QStringLiteral("speech"), QStringLiteral("music")})
                          .contains(row.label),
                     qPrintable(what));
        } else if (problem == QLatin1String("speech_rate_mismatch")) {
            const auto wav = readWav(path(row.audio));
            QVERIFY2(wav && wav->samples.size() == std::size_t(wav->sampleRate), qPrintable(what));
            const int words = static_cast<int>(
                QString::fromUtf8(readAll(path(row.text))).split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
            QVERIFY2(words >= 60, qPrintable(what));
        } else if (problem == QLatin1String("exact_duplicate") && modality == QLatin1String("image")) {
            const QByteArray mine = readAll(path(row.image)), theirs = readAll(path(source.image));
            QVERIFY2(!mine.isEmpty() && !theirs.isEmpty() && row.id != source.id, qPrintable(what));
            if (row.image.endsWith(QLatin1String(".png")))  // same pixels, re-saved: different bytes
                QVERIFY2(mine != theirs && source.image.endsWith(QLatin1String(".jpg")), qPrintable(what));
            else
                QVERIFY2(mine == theirs, qPrintable(what));
        } else if (problem == QLatin1String("exact_duplicate")) {
            const QByteArray mine = readAll(path(row.audio));
            QVERIFY2(!mine.isEmpty() && mine == readAll(path(source.audio)) && row.id != source.id, qPrintable(what));
        } else if (problem == QLatin1String("duplicate_text")) {
            const QByteArray mine = readAll(path(row.text));
            QVERIFY2(!mine.isEmpty() && mine == readAll(path(source.text)) && row.id != source.id, qPrintable(what));
        } else if (problem == QLatin1String("near_duplicate")) {
            const auto mine = jpegHeader(path(row.image)), theirs = jpegHeader(path(source.image));
            QVERIFY2(mine && theirs && mine->width < theirs->width && mine->width * 16 >= theirs->width * 15,
                     qPrintable(what));
        } else if (problem == QLatin1String("odd_aspect_ratio")) {
            const auto jpeg = jpegHeader(path(row.image));
            const auto png = jpeg ? std::nullopt : readPng(path(row.image));
            const int w = jpeg ? jpeg->width : (png ? png->width : 0),
                      h = jpeg ? jpeg->height : (png ? png->height : 0);
            QVERIFY2(w == 512 && h == 64, qPrintable(what));
        } else if (problem == QLatin1String("low_information")) {  // two flat colours, losslessly
            const auto png = readPng(path(row.image));
            QVERIFY2(png && png->channels == 3, qPrintable(what));
            QSet<quint32> colours;
            const auto* px = reinterpret_cast<const uchar*>(png->pixels.constData());
            for (qsizetype k = 0; k + 2 < png->pixels.size() && colours.size() <= 2; k += 3)
                colours.insert(quint32(px[k]) << 16 | quint32(px[k + 1]) << 8 | px[k + 2]);
            QVERIFY2(!colours.isEmpty() && colours.size() <= 2, qPrintable(what));
        } else if (problem == QLatin1String("grayscale")) {
            const auto jpeg = jpegHeader(path(row.image));
            QVERIFY2(jpeg && jpeg->components == 1, qPrintable(what));
        } else if (problem == QLatin1String("empty_text")) {
            QVERIFY2(QFile::exists(path(row.text)) && QFileInfo(path(row.text)).size() == 0, qPrintable(what));
        } else if (problem == QLatin1String("whitespace_only")) {
            const QByteArray t = readAll(path(row.text));
            QVERIFY2(!t.isEmpty() && t.trimmed().isEmpty(), qPrintable(what));
        } else if (problem == QLatin1String("control_characters")) {
            const QByteArray t = readAll(path(row.text));
            bool control = false;
            for (char c : t)
                control = control || (uchar(c) < 0x20 && c != '\n' && c != '\r' && c != '\t');
            QVERIFY2(control, qPrintable(what));
        } else if (problem == QLatin1String("invalid_utf8")) {
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString decoded = decoder.decode(readAll(path(row.text)));
            QVERIFY2(decoder.hasError() && !decoded.isEmpty(), qPrintable(what));
        } else if (problem == QLatin1String("low_level") || problem == QLatin1String("dc_offset") ||
                   problem == QLatin1String("mostly_silent")) {
            const auto wav = readWav(path(row.audio));
            QVERIFY2(wav && !wav->samples.empty(), qPrintable(what));
            double sum = 0;
            int peak = 0;
            for (qint16 s : wav->samples) {
                sum += s;
                peak = std::max(peak, std::abs(int(s)));
            }
            const double mean = sum / double(wav->samples.size());
            if (problem == QLatin1String("low_level"))
                QVERIFY2(std::abs(20 * std::log10(peak / 32767.0) + 45) < 0.5, qPrintable(what));
            else if (problem == QLatin1String("dc_offset"))
                QVERIFY2(mean > 0.25 * 32767 && mean < 0.35 * 32767, qPrintable(what));
            else {  // share of 10 ms chunks below -30 dBFS (Audacity's "Label Sounds" threshold)
                const std::size_t chunk = std::size_t(wav->sampleRate / 100);
                int quiet = 0, chunks = 0;
                for (std::size_t at = 0; at + chunk <= wav->samples.size(); at += chunk, ++chunks) {
                    double energy = 0;
                    for (std::size_t k = at; k < at + chunk; ++k)
                        energy += double(wav->samples[k]) * wav->samples[k];
                    quiet += 10 * std::log10(energy / double(chunk) / (32767.0 * 32767.0) + 1e-12) < -30 ? 1 : 0;
                }
                QVERIFY2(quiet > chunks * 8 / 10 && quiet < chunks, qPrintable(what));
            }
        } else {
            continue;  // checked by its own test below, or needs a real decoder (blurry, light, ...)
        }
        ++checked;
    }
    QVERIFY(checked >= 25);
}

void TestDemoDataset::clippedAudioHasFullScaleRuns()
{
    const auto clipped = plantedOf(readPlanted(m_root), QStringLiteral("clipping"));
    QVERIFY(!clipped.isEmpty());
    for (const QJsonObject& o : clipped) {
        const QString id = o.value(QStringLiteral("sample")).toString();
        const auto wav = readWav(m_root + QStringLiteral("/audios/") + id + QStringLiteral(".wav"));
        QVERIFY2(wav, qPrintable(id));
        QCOMPARE(wav->channels, 1);
        QCOMPARE(wav->sampleRate, 16000);
        int run = 0, longest = 0, runs = 0;
        bool positive = false, negative = false;
        for (qint16 s : wav->samples) {
            if (std::abs(int(s)) >= 32767) {
                ++run;
                positive = positive || s > 0;
                negative = negative || s < 0;
            } else {
                runs += run >= 3 ? 1 : 0;
                run = 0;
            }
            longest = std::max(longest, run);
        }
        QVERIFY2(longest >= 3 && runs >= 10 && positive && negative, qPrintable(id));
    }
    // And an ordinary clip never touches full scale.
    QString header;
    const QJsonArray planted = readPlanted(m_root);
    QSet<QString> touched;
    for (const QJsonValue& v : planted)
        touched.insert(v.toObject().value(QStringLiteral("sample")).toString());
    int clean = 0;
    for (const Row& row : readMetadata(m_root, &header)) {
        if (touched.contains(row.id) || row.audio.isEmpty() || clean >= 20)
            continue;
        const auto wav = readWav(m_root + QLatin1Char('/') + row.audio);
        QVERIFY(wav && wav->samples.size() >= 16000);
        int peak = 0;
        for (qint16 s : wav->samples)
            peak = std::max(peak, std::abs(int(s)));
        QVERIFY2(peak < 32000 && peak > 8000, qPrintable(row.id));
        ++clean;
    }
}

void TestDemoDataset::silentAudioIsAllZeros()
{
    const auto silent = plantedOf(readPlanted(m_root), QStringLiteral("digital_silence"));
    QVERIFY(!silent.isEmpty());
    for (const QJsonObject& o : silent) {
        const QString id = o.value(QStringLiteral("sample")).toString();
        const auto wav = readWav(m_root + QStringLiteral("/audios/") + id + QStringLiteral(".wav"));
        QVERIFY2(wav && wav->samples.size() >= 16000, qPrintable(id));
        for (qint16 s : wav->samples)
            QCOMPARE(s, qint16(0));
    }
}

void TestDemoDataset::darkImageIsDark()
{
    const auto dark = plantedOf(readPlanted(m_root), QStringLiteral("dark"));
    QVERIFY(!dark.isEmpty());
    for (const QJsonObject& o : dark) {
        const QString id = o.value(QStringLiteral("sample")).toString();
        const auto png = readPng(m_root + QStringLiteral("/images/") + id + QStringLiteral(".png"));
        QVERIFY2(png && png->channels == 3 && png->width >= 200, qPrintable(id));
        // cleanvision's brightness: sqrt(0.241 R^2 + 0.691 G^2 + 0.068 B^2) / 255.
        const auto* p = reinterpret_cast<const uchar*>(png->pixels.constData());
        double sum = 0, brightest = 0;
        const qsizetype n = qsizetype(png->width) * png->height;
        for (qsizetype k = 0; k < n; ++k) {
            const double r = p[3 * k], g = p[3 * k + 1], b = p[3 * k + 2];
            const double v = std::sqrt(0.241 * r * r + 0.691 * g * g + 0.068 * b * b) / 255.0;
            sum += v;
            brightest = std::max(brightest, v);
        }
        QVERIFY2(sum / double(n) < 0.1 && sum / double(n) > 0.005, qPrintable(id));
        QVERIFY2(brightest < 0.32, qPrintable(id));  // so even the 99th percentile is "dark"
    }
}

void TestDemoDataset::captionsAreUniqueUnlessPlanted()
{
    // Pairs of samples allowed to share a caption: the planted duplicate_text ones.
    QSet<QString> plantedPairs;
    for (const QJsonObject& o : plantedOf(readPlanted(m_root), QStringLiteral("duplicate_text"))) {
        const QString a = o.value(QStringLiteral("sample")).toString(),
                      b = o.value(QStringLiteral("duplicate_of")).toString();
        plantedPairs << a + QLatin1Char('|') + b << b + QLatin1Char('|') + a;
    }
    QVERIFY(!plantedPairs.isEmpty());
    QString header;
    QList<QPair<QString, QString>> captions;  // (sample, normalised caption)
    for (const Row& row : readMetadata(m_root, &header)) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = normalisedText(decoder.decode(readAll(m_root + QLatin1Char('/') + row.text)));
        if (!decoder.hasError() && !text.isEmpty())
            captions.append({row.id, text});
    }
    QVERIFY(captions.size() > 200);
    // Exact duplicates after normalisation (what the quality engine reports as text.exact_duplicate).
    QMap<QString, QStringList> byText;
    for (const auto& c : captions)
        byText[c.second].append(c.first);
    int plantedGroups = 0;
    for (auto it = byText.cbegin(); it != byText.cend(); ++it) {
        if (it.value().size() == 1)
            continue;
        QVERIFY2(it.value().size() == 2 && plantedPairs.contains(it.value().join(QLatin1Char('|'))),
                 qPrintable(it.value().join(QStringLiteral(", ")) + QStringLiteral(": ") + it.key()));
        ++plantedGroups;
    }
    QCOMPARE(qsizetype(plantedGroups), plantedPairs.size() / 2);  // and every planted pair is there
    // Near duplicates: no two other captions share most of their word 3-grams (the engine flags a Jaccard
    // of 0.85; the bar here is lower, since the engine only estimates it).
    std::vector<QSet<QString>> grams;
    for (const auto& c : captions)
        grams.push_back(wordTrigrams(c.second));
    for (std::size_t i = 0; i < grams.size(); ++i) {
        for (std::size_t j = i + 1; j < grams.size(); ++j) {
            const QString pair = captions.at(qsizetype(i)).first + QLatin1Char('|') + captions.at(qsizetype(j)).first;
            if (grams[i].isEmpty() || grams[j].isEmpty() || plantedPairs.contains(pair))
                continue;
            const qsizetype common = QSet<QString>(grams[i]).intersect(grams[j]).size();
            const double jaccard = double(common) / double(grams[i].size() + grams[j].size() - common);
            QVERIFY2(jaccard < 0.7, qPrintable(pair + QStringLiteral(": Jaccard %1").arg(jaccard)));
        }
    }
}

void TestDemoDataset::shiftedSubtitlesAreLateByExactOffset()
{
    const auto shifted = plantedOf(readPlanted(m_root), QStringLiteral("subtitle_offset"));
    QCOMPARE(shifted.size(), qsizetype(1));
    const QJsonObject o = shifted.first();
    QCOMPARE(o.value(QStringLiteral("offset_us")).toInteger(), qint64(1250000));
    const QString dir = m_root + QStringLiteral("/recordings/") + o.value(QStringLiteral("sample")).toString();
    const auto cues = srtCues(dir + QStringLiteral("/subtitles.srt"));
    QVERIFY(cues.size() >= 4);

    // Where the first utterance really starts: the first 10 ms window of the audio far above the room noise.
    const auto wav = readWav(dir + QStringLiteral("/audio.wav"));
    QVERIFY(wav);
    const std::size_t win = std::size_t(wav->sampleRate / 100);
    std::int64_t onsetUs = -1;
    for (std::size_t at = 0; at + win <= wav->samples.size() && onsetUs < 0; at += win / 4) {
        double energy = 0;
        for (std::size_t k = at; k < at + win; ++k)
            energy += double(wav->samples[k]) * wav->samples[k];
        if (std::sqrt(energy / double(win)) > 0.05 * 32767)
            onsetUs = std::int64_t(at) * 1000000 / wav->sampleRate;
    }
    QVERIFY(onsetUs > 0);
    const std::int64_t firstStartUs = cues.first().first - 1250000;
    QVERIFY2(std::abs(onsetUs - firstStartUs) < 60000,
             qPrintable(QStringLiteral("audio onset %1 us, cue - 1.25 s = %2 us").arg(onsetUs).arg(firstStartUs)));
    // The planted record names the first utterance's true start: the cue is exactly 1.250 s after it.
    const QString detail = o.value(QStringLiteral("detail")).toString();
    QVERIFY2(detail.contains(QStringLiteral("starts at %1 us").arg(firstStartUs)), qPrintable(detail));
    // The frames agree with the audio, not with the subtitles: the lamp is on during the true utterance.
    const std::int64_t inside = ((firstStartUs + 300000) / 500000 + 1) * 500000;
    if (inside < cues.first().second - 1250000)
        QVERIFY(QFile::exists(dir + QStringLiteral("/frames/frame_%1us.jpg").arg(inside, 10, 10, QLatin1Char('0'))));

    // An unshifted recording: its cues match the TextGrid's utterance intervals exactly.
    const auto plain = srtCues(m_root + QStringLiteral("/recordings/rec_kitchen/subtitles.srt"));
    const QString grid =
        QString::fromUtf8(readAll(m_root + QStringLiteral("/recordings/rec_kitchen/transcript.TextGrid")));
    static const QRegularExpression interval(
        QStringLiteral("xmin = ([0-9.]+) \\n\\s+xmax = ([0-9.]+) \\n\\s+text = \"([^\"]+)\""));
    QList<QPair<std::int64_t, std::int64_t>> spoken;
    for (auto it = interval.globalMatch(grid); it.hasNext();) {
        const auto m = it.next();
        spoken.append({static_cast<std::int64_t>(std::llround(m.captured(1).toDouble() * 1e6)),
                       static_cast<std::int64_t>(std::llround(m.captured(2).toDouble() * 1e6))});
    }
    QVERIFY(!spoken.isEmpty());
    QVERIFY(spoken == plain);
}

void TestDemoDataset::driftedSensorClock()
{
    const auto drifted = plantedOf(readPlanted(m_root), QStringLiteral("clock_drift"));
    QCOMPARE(drifted.size(), qsizetype(1));
    const QJsonObject o = drifted.first();
    QCOMPARE(o.value(QStringLiteral("scale")).toDouble(), 1.002);
    QCOMPARE(o.value(QStringLiteral("offset_us")).toInteger(), qint64(300000));
    const QString dir = m_root + QStringLiteral("/recordings/") + o.value(QStringLiteral("sample")).toString();
    QStringList lines = QString::fromUtf8(readAll(dir + QStringLiteral("/sensor.csv"))).split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("time_s,accel_x,accel_y,accel_z"));
    QVERIFY(lines.size() > 1000);
    // Row k was measured at true time k / 50 s and stamped k * 0.02004 + 0.3 s.
    for (int k : {0, 1, 500, 999}) {
        const QStringList f = lines.at(k + 1).split(QLatin1Char(','));
        QCOMPARE(f.size(), qsizetype(4));
        QCOMPARE(std::llround(f[0].toDouble() * 1e6), 300000LL + 20040LL * k);
    }
}

void TestDemoDataset::recordingLayout()
{
    const QStringList names = QDir(m_root + QStringLiteral("/recordings")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(names, QStringList({QStringLiteral("rec_drive"), QStringLiteral("rec_kitchen"), QStringLiteral("rec_lab"),
                                 QStringLiteral("rec_street")}));
    static const QRegularExpression frameName(QStringLiteral("^frame_(\\d{10})us\\.jpg$"));
    for (const QString& name : names) {
        const QString dir = m_root + QStringLiteral("/recordings/") + name;
        const auto wav = readWav(dir + QStringLiteral("/audio.wav"));
        QVERIFY(wav && wav->sampleRate == 16000 && wav->channels == 1);
        const double seconds = double(wav->samples.size()) / wav->sampleRate;
        QVERIFY2(seconds >= 20 && seconds <= 60, qPrintable(name));
        const QStringList frames = QDir(dir + QStringLiteral("/frames")).entryList(QDir::Files, QDir::Name);
        QCOMPARE(frames.size(), qsizetype(std::llround(seconds * 2)));
        for (int k = 0; k < frames.size(); ++k) {
            const auto m = frameName.match(frames.at(k));
            QVERIFY2(m.hasMatch(), qPrintable(frames.at(k)));
            QCOMPARE(m.captured(1).toLongLong(), 500000LL * k);
        }
        const auto header = jpegHeader(dir + QStringLiteral("/frames/") + frames.first());
        QVERIFY(header && header->width == 320 && header->height == 240);
        QVERIFY(srtCues(dir + QStringLiteral("/subtitles.srt")).size() >= 4);
        QVERIFY(QFile::exists(dir + QStringLiteral("/sensor.csv")));
    }
    QVERIFY(QFile::exists(m_root + QStringLiteral("/recordings/rec_kitchen/transcript.TextGrid")));
    const QByteArray vtt = readAll(m_root + QStringLiteral("/recordings/rec_lab/subtitles.vtt"));
    QVERIFY(vtt.startsWith("WEBVTT\n\n"));
    QVERIFY(srtCues(m_root + QStringLiteral("/recordings/rec_lab/subtitles.vtt")) ==
            srtCues(m_root + QStringLiteral("/recordings/rec_lab/subtitles.srt")));
}

void TestDemoDataset::textGridIsStrictLongFormat()
{
    const QString grid =
        QString::fromUtf8(readAll(m_root + QStringLiteral("/recordings/rec_kitchen/transcript.TextGrid")));
    QVERIFY(grid.startsWith(QStringLiteral("File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\nxmin = 0 \n")));
    QVERIFY(grid.contains(QStringLiteral("\ntiers? <exists> \nsize = 2 \nitem []: \n")));
    QVERIFY(grid.contains(QStringLiteral("class = \"IntervalTier\" \n        name = \"utterances\" \n")));
    QVERIFY(grid.contains(QStringLiteral("class = \"TextTier\" \n        name = \"events\" \n")));
    // Intervals tile [xmin, xmax] without gaps, and the declared sizes match.
    static const QRegularExpression bounds(
        QStringLiteral("intervals \\[(\\d+)\\]:\\n\\s+xmin = ([0-9.]+) \\n\\s+xmax = ([0-9.]+) \\n"));
    static const QRegularExpression sizeRe(QStringLiteral("intervals: size = (\\d+) \\n"));
    static const QRegularExpression xmaxRe(QStringLiteral("^xmax = ([0-9.]+) $"), QRegularExpression::MultilineOption);
    const double xmax = xmaxRe.match(grid).captured(1).toDouble();
    QVERIFY(xmax >= 20);
    double last = 0;
    int count = 0;
    for (auto it = bounds.globalMatch(grid); it.hasNext();) {
        const auto m = it.next();
        QCOMPARE(m.captured(1).toInt(), ++count);
        QCOMPARE(m.captured(2).toDouble(), last);
        last = m.captured(3).toDouble();
    }
    QCOMPARE(last, xmax);
    QCOMPARE(sizeRe.match(grid).captured(1).toInt(), count);
    QVERIFY(grid.contains(QStringLiteral("points: size = ")));
}

void TestDemoDataset::smallVariant()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/small");
    NullProgress progress;
    const auto r = DemoDataset::generate(root, small(), progress);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.samples, 20);
    QCOMPARE(r.recordings, 1);
    QString header;
    QCOMPARE(readMetadata(root, &header).size(), qsizetype(20));
    QCOMPARE(QDir(root + QStringLiteral("/recordings")).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("rec_kitchen")});
    const QJsonArray planted = readPlanted(root);
    QCOMPARE(planted.size(), r.planted.size());
    QSet<QString> kinds;
    for (const QJsonValue& v : planted)
        kinds.insert(v.toObject().value(QStringLiteral("problem")).toString());
    // Even 20 samples carry most kinds (image, audio and text problems share a sample).
    QVERIFY2(kinds.size() >= 20, qPrintable(QStringList(kinds.values()).join(QLatin1Char(' '))));
    QVERIFY(kinds.contains(QStringLiteral("subtitle_offset")) && kinds.contains(QStringLiteral("clock_drift")));
    QVERIFY(QFile::exists(root + QStringLiteral("/recordings/rec_kitchen/transcript.TextGrid")));
    QVERIFY(QFile::exists(root + QStringLiteral("/recordings/rec_kitchen/subtitles.vtt")));
}

void TestDemoDataset::cancelBeforeStart()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/cancelled");
    NullProgress progress;
    progress.cancel();
    const auto r = DemoDataset::generate(root, small(), progress);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("cancelled")), qPrintable(r.error));
    QCOMPARE(r.samples, 0);
    QVERIFY(!QFile::exists(root + QStringLiteral("/metadata.csv")));
    QVERIFY(!QDir(root).exists());  // it created the folder, so it removed it again
}

void TestDemoDataset::cancelMidway()
{
    QTemporaryDir dir;
    CancelAfter progress(5);
    const auto r = DemoDataset::generate(dir.path(), small(), progress);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("cancelled")), qPrintable(r.error));
    QCOMPARE(progress.lastDone(), qint64(4));  // stopped right after the fifth sample
    QVERIFY(QDir(dir.path()).isEmpty());       // partial output removed, the (pre-existing) folder kept
    QVERIFY(QDir(dir.path()).exists());
}

void TestDemoDataset::refusesForeignFolderAndOverwritesPreviousDemo()
{
    QTemporaryDir dir;
    {
        QFile f(dir.path() + QStringLiteral("/notes.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine\n");
    }
    NullProgress progress;
    const auto refused = DemoDataset::generate(dir.path(), small(), progress);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QStringLiteral("not empty")), qPrintable(refused.error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("notes.txt")});

    // A previous demo (bigger) is replaced, leaving exactly what a fresh run writes.
    QTemporaryDir fresh;
    const QString target = dir.path() + QStringLiteral("/demo");
    DemoDataset::Options bigger = small();
    bigger.samples = 30;
    QVERIFY(DemoDataset::generate(target, bigger, progress).ok);
    QVERIFY(QFile::exists(target + QStringLiteral("/texts/s0030.txt")));
    QVERIFY(DemoDataset::generate(target, small(), progress).ok);
    QVERIFY(DemoDataset::generate(fresh.path() + QStringLiteral("/demo"), small(), progress).ok);
    QVERIFY(hashTree(target) == hashTree(fresh.path() + QStringLiteral("/demo")));
}

QTEST_GUILESS_MAIN(TestDemoDataset)
#include "test_demo_dataset.moc"
