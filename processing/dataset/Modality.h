#pragma once

#include <QString>
#include <array>
#include <optional>

namespace lockstep {

// The kinds of per-sample content Lockstep knows. Order is stable: it is stored in the project file.
enum class Modality { Image = 0, Text = 1, Audio = 2, Video = 3 };

inline constexpr std::array<Modality, 4> kAllModalities = {Modality::Image, Modality::Text, Modality::Audio,
                                                           Modality::Video};

inline QString modalityName(Modality m)
{
    switch (m) {
    case Modality::Image: return QStringLiteral("image");
    case Modality::Text: return QStringLiteral("text");
    case Modality::Audio: return QStringLiteral("audio");
    case Modality::Video: return QStringLiteral("video");
    }
    return {};
}

inline std::optional<Modality> modalityFromName(const QString& name)
{
    for (Modality m : kAllModalities)
        if (modalityName(m) == name)
            return m;
    return std::nullopt;
}

// A set of modalities as bit flags (bit i = Modality i); small enough to store in one integer column.
using ModalityMask = unsigned;
inline constexpr ModalityMask modalityBit(Modality m)
{
    return 1u << static_cast<unsigned>(m);
}

}  // namespace lockstep
