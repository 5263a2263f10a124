/* arena.h — a bump allocator: one per document or batch, everything freed at once. */
#ifndef DYAD_ARENA_H
#define DYAD_ARENA_H

#include "base/common.h"

typedef struct dyad_arena_block dyad_arena_block;

typedef struct dyad_arena {
    dyad_arena_block *head; /* current block (owned) */
    size_t block_size;      /* default size of new blocks */
    size_t used_total;      /* bytes handed out since init/reset (for stats) */
} dyad_arena;

/* Initialises an empty arena; block_size 0 means 64 KiB. Allocates nothing yet. */
DYAD_INTERNAL void dyad_arena_init(dyad_arena *a, size_t block_size);
/* Returns n bytes aligned to 16, owned by the arena, or NULL when memory runs out. */
DYAD_INTERNAL void *dyad_arena_alloc(dyad_arena *a, size_t n);
/* As dyad_arena_alloc, zero-filled. */
DYAD_INTERNAL void *dyad_arena_calloc(dyad_arena *a, size_t n);
/* Copies s[0..n) and appends a NUL; the copy is owned by the arena. */
DYAD_INTERNAL char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n);
DYAD_INTERNAL char *dyad_arena_strdup(dyad_arena *a, const char *s);
/* Forgets everything allocated but keeps the first block for reuse. */
DYAD_INTERNAL void dyad_arena_reset(dyad_arena *a);
/* Frees every block. The arena may be initialised again afterwards. */
DYAD_INTERNAL void dyad_arena_free(dyad_arena *a);

#endif
