/* hash.h — string hashing and a string → id intern table (open addressing). */
#ifndef DYAD_HASH_H
#define DYAD_HASH_H

#include "base/arena.h"
#include "base/common.h"

/* 64-bit FNV-1a over s[0..n). */
DYAD_INTERNAL uint64_t dyad_hash(const void *s, size_t n);
/* Mixes two hashes (for feature hashing). */
static inline uint64_t dyad_hash_mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
    h ^= h >> 31;
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 29);
}

/* Intern table: maps byte strings to dense ids 0..count-1; the strings live in its arena. */
typedef struct dyad_intern {
    dyad_arena arena;
    const char **strs;  /* id → NUL-terminated string (arena) */
    uint32_t *lens;     /* id → length */
    uint32_t count, strs_cap;
    int32_t *slots;     /* hash slots holding id or -1 */
    uint64_t *hashes;   /* id → hash */
    uint32_t nslots;    /* power of two */
} dyad_intern;

DYAD_INTERNAL void dyad_intern_init(dyad_intern *t);
DYAD_INTERNAL void dyad_intern_free(dyad_intern *t);
/* Returns the id of s[0..n), adding it when absent; -1 on out of memory. */
DYAD_INTERNAL int32_t dyad_intern_add(dyad_intern *t, const char *s, size_t n);
/* Returns the id of s[0..n) or -1 when absent. */
DYAD_INTERNAL int32_t dyad_intern_find(const dyad_intern *t, const char *s, size_t n);
/* The string for an id (borrowed, valid until the table is freed). */
static inline const char *dyad_intern_str(const dyad_intern *t, int32_t id) { return t->strs[id]; }

#endif
