#pragma once

#include "lockstep_processing_export.h"

#include <QByteArray>
#include <cstddef>
#include <initializer_list>

namespace lockstep {

// 128-bit digests of decoded content (pixels, PCM) for exact-duplicate search: XXH3-128 from libxxhash,
// which hashes at memory speed, so the digest costs almost nothing next to decoding. Not cryptographic:
// it finds accidental copies, it does not resist crafted collisions. The header values (sizes, rates)
// are hashed first so equal bytes in different shapes do not collide.
class LOCKSTEP_PROCESSING_EXPORT ContentDigest {
public:
    static QByteArray of(std::initializer_list<long long> header, const void* data, std::size_t size);
};

}  // namespace lockstep
