#include "quality/ContentDigest.h"

#include <xxhash.h>
#if defined(__x86_64__)
#define XXH_DISPATCH_DISABLE_REPLACE 1
#include <xxh_x86dispatch.h>
#endif
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
#if defined(__x86_64__)
    // The content through libxxhash's run-time dispatch: its AVX2 (or AVX-512) kernel where the CPU has one. XXH3's
    // value does not depend on the kernel; the plain entry point is the SSE2 one, at half the speed.
    XXH3_128bits_update_dispatch(state, data, size);
#else
    XXH3_128bits_update(state, data, size);
#endif
    const XXH128_hash_t hash = XXH3_128bits_digest(state);
    XXH3_freeState(state);
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    return QByteArray(reinterpret_cast<const char*>(canonical.digest), int(sizeof(canonical.digest)));
}

}  // namespace lockstep
