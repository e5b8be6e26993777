#include "quality/ContentDigest.h"

#include <xxhash.h>
#include <QtEndian>

namespace lockstep {

QByteArray ContentDigest::of(std::initializer_list<long long> header, const void* data, std::size_t size)
{
    XXH3_state_t* state = XXH3_createState();
    XXH3_128bits_reset(state);
    for (long long value : header) {
        const qint64 little = qToLittleEndian(qint64(value));
        XXH3_128bits_update(state, &little, sizeof(little));
    }
    XXH3_128bits_update(state, data, size);
    const XXH128_hash_t hash = XXH3_128bits_digest(state);
    XXH3_freeState(state);
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    return QByteArray(reinterpret_cast<const char*>(canonical.digest), int(sizeof(canonical.digest)));
}

}  // namespace lockstep
