#pragma once

#include "CliCommand.h"

namespace lockstep::cli {

// `lockstep-cli demo OUT_DIR [--seed N]`: writes the built-in demo dataset.
class DemoCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

// `lockstep-cli import DATASET [--project FILE]`: reads a dataset into a project file.
class ImportCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

// `lockstep-cli info DATASET|PROJECT`: samples, modalities present and missing, streams, problems.
class InfoCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

// `lockstep-cli scan DATASET|PROJECT [--jobs N]`: measures every file and derives issues and duplicates.
class ScanCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("scan"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

// `lockstep-cli report PROJECT --format json|csv|html [--out F]`.
class ReportCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

// `lockstep-cli spectrogram AUDIO --out F.npy [...]`: spectrogram, log-mel or MFCC as a .npy file, with
// torchaudio's parameter names and defaults.
class SpectrogramCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("spectrogram"); }
    QString summary() const override;

protected:
    void configure(QCommandLineParser& parser) override;
    int run(const QCommandLineParser& parser) override;
};

}  // namespace lockstep::cli
