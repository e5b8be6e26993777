#pragma once

// Private to the demo generator: the labels it draws, speaks and describes.

#include <QByteArray>
#include <QFile>
#include <QString>

namespace lockstep::demo {

enum class Label { Bird, Car, Dog, Rain, Speech, Music, Cat };

inline constexpr int kUsualLabelCount = 6;  // Cat is the planted "label outside the usual set"

inline QString labelName(Label label)
{
    switch (label) {
    case Label::Bird: return QStringLiteral("bird");
    case Label::Car: return QStringLiteral("car");
    case Label::Dog: return QStringLiteral("dog");
    case Label::Rain: return QStringLiteral("rain");
    case Label::Speech: return QStringLiteral("speech");
    case Label::Music: return QStringLiteral("music");
    case Label::Cat: return QStringLiteral("cat");
    }
    return {};
}

// Writes a whole file; on failure says which file and why.
inline bool writeBytes(const QString& path, const QByteArray& bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        *error = QStringLiteral("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// Colour variants shared by the picture and its caption ("a red car" shows a red car).
inline constexpr int kVariantCount = 4;

}  // namespace lockstep::demo
