/* tok_lex.h — private to the tokenizer: surface tokens of one paragraph and the word lists. */
#ifndef DYAD_TOK_LEX_H
#define DYAD_TOK_LEX_H

#include "base/common.h"

/* Flags of a surface token. */
enum {
    DYAD_TOKF_TERM = 1,   /* a run of . ! ? or an ellipsis: may end a sentence */
    DYAD_TOKF_CLOSE = 2,  /* a closing quote or bracket */
    DYAD_TOKF_ABBR = 4,   /* a word that swallowed its final period (Mr., U.S., etc.) */
    DYAD_TOKF_TITLE = 8,  /* that abbreviation precedes a name (Mr., Dr., Gen.): never ends a sentence */
    DYAD_TOKF_UPPER = 16, /* starts with an ASCII capital letter */
    DYAD_TOKF_OPEN = 32,  /* an opening quote or bracket */
    DYAD_TOKF_CUTDOT = 64 /* an abbreviation ending a sentence: its period becomes a word */
};

/* One surface token: bytes [start, end) of the text, split into two words at `split` when
 * split > start (a multiword token such as don't = do + n't). */
typedef struct dyad_tok_surface {
    uint32_t start, end, split;
    uint8_t flags;
    uint8_t space_after;
} dyad_tok_surface;

/* A growable list of surface tokens (heap, owned by the tokenizer call). */
typedef struct dyad_tok_list {
    dyad_tok_surface *v;
    size_t n, cap;
} dyad_tok_list;

/* Appends the tokens of text[start, end) (no whitespace inside) to list.
 * Returns DYAD_OK or DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_tok_lex_chunk(dyad_tok_list *list, const char *text, uint32_t start,
                                     uint32_t end);
/* 1 when s[0..n) (case-insensitive, without its period) is a known abbreviation, 2 when it is
 * a title that precedes a name, 0 otherwise. */
DYAD_INTERNAL int dyad_tok_abbrev(const char *s, size_t n);
/* True when s[0..n) is a word that commonly starts a sentence (The, He, But ...). */
DYAD_INTERNAL bool dyad_tok_starter(const char *s, size_t n);

#endif
