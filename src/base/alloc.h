/* alloc.h — every heap allocation in libdyad goes through these, so tests can fail the Nth one. */
#ifndef DYAD_ALLOC_H
#define DYAD_ALLOC_H

#include "base/common.h"

/* malloc/realloc/calloc/free through one hook. They return NULL on failure (never abort). */
DYAD_INTERNAL void *dyad_malloc(size_t n);
DYAD_INTERNAL void *dyad_calloc(size_t count, size_t size);
DYAD_INTERNAL void *dyad_realloc(void *p, size_t n);
DYAD_INTERNAL void dyad_free(void *p);
/* Returns a NUL-terminated heap copy of s[0..n) (owned by the caller), or NULL. */
DYAD_INTERNAL char *dyad_strndup(const char *s, size_t n);
DYAD_INTERNAL char *dyad_strdup(const char *s);
/* Grows *p (an array of *cap elements of size elem) to hold at least need elements.
 * Returns DYAD_OK or DYAD_ENOMEM (then *p and *cap are unchanged). */
DYAD_INTERNAL int dyad_grow(void *p, size_t *cap, size_t need, size_t elem);

/* Test hook: make the allocation numbered `nth` (1-based, counted from this call) and every one
 * after it fail; 0 turns failure injection off. Not thread-safe; for tests only. */
DYAD_API void dyad_alloc_fail_after(long nth);

#endif
