/* alloc.c — the allocation hook, with failure injection for tests. */
#include "base/alloc.h"

#include <stdlib.h>
#include <string.h>

static long fail_countdown; /* 0: off; otherwise allocations left before failures start */

static bool should_fail(void)
{
    if (fail_countdown == 0)
        return false;
    if (fail_countdown == 1)
        return true; /* stays at 1: every later allocation fails too */
    fail_countdown--;
    return false;
}

void dyad_alloc_fail_after(long nth) { fail_countdown = nth < 0 ? 0 : nth; }

void *dyad_malloc(size_t n)
{
    if (should_fail())
        return NULL;
    return malloc(n ? n : 1);
}

void *dyad_calloc(size_t count, size_t size)
{
    if (should_fail())
        return NULL;
    return calloc(count ? count : 1, size ? size : 1);
}

void *dyad_realloc(void *p, size_t n)
{
    if (should_fail())
        return NULL;
    return realloc(p, n ? n : 1);
}

void dyad_free(void *p) { free(p); }

char *dyad_strndup(const char *s, size_t n)
{
    char *d = dyad_malloc(n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *dyad_strdup(const char *s) { return dyad_strndup(s, strlen(s)); }

int dyad_grow(void *p, size_t *cap, size_t need, size_t elem)
{
    void **pp = (void **)p;
    if (need <= *cap)
        return DYAD_OK;
    size_t ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2 / elem)
            return DYAD_ENOMEM;
        ncap *= 2;
    }
    void *np = dyad_realloc(*pp, ncap * elem);
    if (!np)
        return DYAD_ENOMEM;
    *pp = np;
    *cap = ncap;
    return DYAD_OK;
}
