/* shard.c — which shard owns a record: a stable hash of the article id, so that every host and
 * every re-run splits the same input the same way. The formula is part of the documented
 * interface (docs/SCALING.md) and must never change. */
#include "pipeline/pipeline.h"

#include <string.h>

/* FNV-1a 64 over the id bytes, then the splitmix64 finaliser so that every bit of the hash
 * feeds the low bits used by the modulo. Kept here (not base/hash.c) so it cannot drift. */
static uint64_t shard_hash(const char *s)
{
    uint64_t h = 0xCBF29CE484222325ULL;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        h ^= *p;
        h *= 0x100000001B3ULL;
    }
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
}

uint32_t dyad_shard_of_id(const char *id, uint32_t n)
{
    if (n <= 1)
        return 1;
    return 1 + (uint32_t)(shard_hash(id ? id : "") % n);
}

static bool parse_u32(const char *s, const char *end, uint32_t *out)
{
    if (s == end || end - s > 6)
        return false;
    uint32_t v = 0;
    for (const char *p = s; p < end; p++) {
        if (*p < '0' || *p > '9')
            return false;
        v = v * 10 + (uint32_t)(*p - '0');
    }
    *out = v;
    return true;
}

int dyad_shard_parse(const char *spec, uint32_t *k, uint32_t *n, dyad_err *err)
{
    const char *slash = spec ? strchr(spec, '/') : NULL;
    uint32_t kk, nn;
    if (!slash || !parse_u32(spec, slash, &kk) || !parse_u32(slash + 1, slash + strlen(slash), &nn) ||
        nn < 1 || nn > 100000 || kk < 1 || kk > nn)
        return dyad_err_set(err, DYAD_EINVAL,
                            "bad shard '%s': expected K/N with 1 <= K <= N <= 100000 (e.g. 2/8)",
                            spec ? spec : "");
    *k = kk;
    *n = nn;
    return DYAD_OK;
}
