/* coder_words.c — word lists as hash sets (see coder_words.h). A set's table is built once,
 * under a lock, by the first thread that looks a word up, then read without one; it lives as
 * long as the program (the static set holds it). Each slot holds a word's hash (its bytes with
 * a-z folded to A-Z, as dyad_coder_is folds them: the same words hash the same) and its index
 * in the list; a hash that matches is confirmed by dyad_coder_is. */
#include "coder/coder_words.h"

#include "base/alloc.h"
#include "coder/coder_internal.h"

#include <pthread.h>

static pthread_mutex_t build_lock = PTHREAD_MUTEX_INITIALIZER;

/* FNV-1a over the folded bytes. */
static uint32_t folded_hash(const char *w)
{
    uint32_t h = 2166136261u;
    for (; *w; w++) {
        unsigned char c = (unsigned char)*w;
        h = (h ^ (c >= 'a' && c <= 'z' ? c - 32u : c)) * 16777619u;
    }
    return h;
}

/* The table: [0] the slot mask, then the slots (hash << 32 | index + 1; 0 empty), at most
 * half full. NULL when out of memory. */
static const uint64_t *build(dyad_coder_words *set)
{
    pthread_mutex_lock(&build_lock);
    const uint64_t *t = atomic_load_explicit(&set->table, memory_order_acquire);
    if (!t) {
        size_t size = 16;
        while (size < 2 * set->n)
            size *= 2;
        uint64_t *nt = dyad_calloc(size + 1, sizeof *nt);
        if (nt) {
            nt[0] = size - 1;
            for (size_t i = 0; i < set->n; i++) {
                uint32_t h = folded_hash(set->list[i]);
                size_t k = h & (size - 1);
                while (nt[1 + k])
                    k = (k + 1) & (size - 1);
                nt[1 + k] = (uint64_t)h << 32 | (uint64_t)(i + 1);
            }
            atomic_store_explicit(&set->table, nt, memory_order_release);
            t = nt;
        }
    }
    pthread_mutex_unlock(&build_lock);
    return t;
}

bool dyad_coder_in_words(const char *w, dyad_coder_words *set)
{
    if (!w)
        return false;
    const uint64_t *t = atomic_load_explicit(&set->table, memory_order_acquire);
    if (!t && !(t = build(set)))
        return dyad_coder_is_any(w, set->list, set->n); /* no memory: word by word */
    uint32_t h = folded_hash(w);
    size_t mask = (size_t)t[0];
    for (size_t k = h & mask; t[1 + k]; k = (k + 1) & mask)
        if ((uint32_t)(t[1 + k] >> 32) == h &&
            dyad_coder_is(w, set->list[(uint32_t)t[1 + k] - 1]))
            return true;
    return false;
}
