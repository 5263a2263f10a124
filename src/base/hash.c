/* hash.c — FNV-1a hashing and the intern table. */
#include "base/hash.h"
#include "base/alloc.h"

#include <string.h>

uint64_t dyad_hash(const void *s, size_t n)
{
    const unsigned char *p = s;
    uint64_t h = 0xCBF29CE484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001B3ULL;
    }
    return h;
}

void dyad_intern_init(dyad_intern *t)
{
    memset(t, 0, sizeof *t);
    dyad_arena_init(&t->arena, 0);
}

void dyad_intern_free(dyad_intern *t)
{
    dyad_arena_free(&t->arena);
    dyad_free(t->strs);
    dyad_free(t->lens);
    dyad_free(t->slots);
    dyad_free(t->hashes);
    memset(t, 0, sizeof *t);
}

static int32_t lookup(const dyad_intern *t, const char *s, size_t n, uint64_t h, uint32_t *slot)
{
    if (!t->nslots)
        return -1;
    uint32_t mask = t->nslots - 1;
    uint32_t i = (uint32_t)h & mask;
    for (;;) {
        int32_t id = t->slots[i];
        if (id < 0) {
            *slot = i;
            return -1;
        }
        if (t->hashes[id] == h && t->lens[id] == n && memcmp(t->strs[id], s, n) == 0)
            return id;
        i = (i + 1) & mask;
    }
}

static int rehash(dyad_intern *t, uint32_t nslots)
{
    int32_t *slots = dyad_malloc(sizeof *slots * nslots);
    if (!slots)
        return DYAD_ENOMEM;
    for (uint32_t i = 0; i < nslots; i++)
        slots[i] = -1;
    for (uint32_t id = 0; id < t->count; id++) {
        uint32_t i = (uint32_t)t->hashes[id] & (nslots - 1);
        while (slots[i] >= 0)
            i = (i + 1) & (nslots - 1);
        slots[i] = (int32_t)id;
    }
    dyad_free(t->slots);
    t->slots = slots;
    t->nslots = nslots;
    return DYAD_OK;
}

int32_t dyad_intern_find(const dyad_intern *t, const char *s, size_t n)
{
    uint32_t slot;
    return lookup(t, s, n, dyad_hash(s, n), &slot);
}

int32_t dyad_intern_add(dyad_intern *t, const char *s, size_t n)
{
    uint64_t h = dyad_hash(s, n);
    uint32_t slot;
    int32_t id = lookup(t, s, n, h, &slot);
    if (id >= 0)
        return id;
    if ((t->count + 1) * 2 > t->nslots) {
        if (rehash(t, t->nslots ? t->nslots * 2 : 64) != DYAD_OK)
            return -1;
        lookup(t, s, n, h, &slot);
    }
    if (t->count == t->strs_cap) {
        size_t cap = t->strs_cap, cap2 = t->strs_cap;
        if (dyad_grow(&t->strs, &cap, t->count + 1, sizeof *t->strs) != DYAD_OK ||
            dyad_grow(&t->lens, &cap2, t->count + 1, sizeof *t->lens) != DYAD_OK)
            return -1;
        size_t cap3 = t->strs_cap;
        if (dyad_grow(&t->hashes, &cap3, t->count + 1, sizeof *t->hashes) != DYAD_OK)
            return -1;
        t->strs_cap = (uint32_t)cap;
    }
    char *copy = dyad_arena_strndup(&t->arena, s, n);
    if (!copy)
        return -1;
    id = (int32_t)t->count++;
    t->strs[id] = copy;
    t->lens[id] = (uint32_t)n;
    t->hashes[id] = h;
    t->slots[slot] = id;
    return id;
}
