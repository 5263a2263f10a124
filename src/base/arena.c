/* arena.c — bump allocation in a chain of blocks. */
#include "base/arena.h"
#include "base/alloc.h"

#include <string.h>

struct dyad_arena_block {
    dyad_arena_block *next; /* older block */
    size_t size;            /* usable bytes in data[] */
    size_t used;
    _Alignas(16) unsigned char data[];
};

void dyad_arena_init(dyad_arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
    a->used_total = 0;
}

void *dyad_arena_alloc(dyad_arena *a, size_t n)
{
    size_t need = (n + 15) & ~(size_t)15;
    if (need < n)
        return NULL;
    dyad_arena_block *b = a->head;
    if (!b || b->size - b->used < need) {
        size_t size = need > a->block_size ? need : a->block_size;
        b = dyad_malloc(sizeof *b + size);
        if (!b)
            return NULL;
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += need;
    a->used_total += need;
    return p;
}

void *dyad_arena_calloc(dyad_arena *a, size_t n)
{
    void *p = dyad_arena_alloc(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n)
{
    char *d = dyad_arena_alloc(a, n + 1);
    if (!d)
        return NULL;
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *dyad_arena_strdup(dyad_arena *a, const char *s) { return dyad_arena_strndup(a, s, strlen(s)); }

void dyad_arena_reset(dyad_arena *a)
{
    dyad_arena_block *b = a->head;
    if (!b)
        return;
    /* keep the oldest-allocated large block? keep the newest (usually the biggest) */
    dyad_arena_block *keep = b;
    b = b->next;
    while (b) {
        dyad_arena_block *next = b->next;
        dyad_free(b);
        b = next;
    }
    keep->next = NULL;
    keep->used = 0;
    a->head = keep;
    a->used_total = 0;
}

void dyad_arena_free(dyad_arena *a)
{
    dyad_arena_block *b = a->head;
    while (b) {
        dyad_arena_block *next = b->next;
        dyad_free(b);
        b = next;
    }
    a->head = NULL;
    a->used_total = 0;
}
