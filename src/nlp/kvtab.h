/* kvtab.h — a read-only open-addressed table of 64-bit keys to 64-bit values stored in model files. */
#ifndef DYAD_NLP_KVTAB_H
#define DYAD_NLP_KVTAB_H

#include "nlp/model_file.h"

typedef struct dyad_kv {
    const uint64_t *slots; /* 2 per slot: key (0 = empty), value */
    uint64_t mask;
    void *owned;
} dyad_kv;

/* Keys are remapped so 0 never occurs. */
static inline uint64_t dyad_kv_key(uint64_t k) { return k ? k : 1; }

/* Builds a table from n (key, value) pairs (later duplicates win). */
DYAD_INTERNAL int dyad_kv_build(dyad_kv *kv, const uint64_t *keys, const uint64_t *vals, size_t n);
DYAD_INTERNAL void dyad_kv_free(dyad_kv *kv);
DYAD_INTERNAL void dyad_kv_save(const dyad_kv *kv, dyad_mbuf *out);
/* Reads a table from cur (borrowing its memory). */
DYAD_INTERNAL int dyad_kv_read(dyad_kv *kv, dyad_mcur *cur, dyad_err *err);

/* Finds key; returns true and sets *val when present. */
static inline bool dyad_kv_get(const dyad_kv *kv, uint64_t key, uint64_t *val)
{
    if (!kv->slots)
        return false;
    key = dyad_kv_key(key);
    uint64_t s = key & kv->mask;
    for (;;) {
        uint64_t k = kv->slots[2 * s];
        if (k == key) {
            *val = kv->slots[2 * s + 1];
            return true;
        }
        if (k == 0)
            return false;
        s = (s + 1) & kv->mask;
    }
}

#endif
