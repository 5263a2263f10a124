/* coder_internal.h — state shared by the coder's files (actors, clauses, events); not a contract. */
#ifndef DYAD_CODER_INTERNAL_H
#define DYAD_CODER_INTERNAL_H

#include "coder/coder.h"

struct dyad_coder {
    dyad_coder_lex lex;
    const dyad_cameo *cameo;
};

/* A resolved actor: the public record plus the token that heads its phrase (-1 when borrowed
 * from an earlier sentence). */
typedef struct cx_actor {
    dyad_actor a;
    int32_t head;
} cx_actor;

/* A list of actors (compound subjects/objects give several). */
#define CX_MAX_ACTORS 8
typedef struct cx_actors {
    cx_actor v[CX_MAX_ACTORS];
    int n;
} cx_actors;

/* Per-sentence working state (arena memory). */
typedef struct cx_sent {
    const dyad_coder *c;
    dyad_doc *doc;
    const dyad_sentence *s;
    int32_t si;          /* sentence index */
    int32_t date;        /* YYYYMMDD or 0 */
    const char **form;   /* n words: surface forms */
    const char **lemma;  /* n words: lemma (form when none) */
    int32_t **kids;      /* children of each word (0-based), -1 terminated */
    uint8_t *done;       /* actor of word resolved */
    cx_actor *actor;     /* memo: actor of each nominal head (code "" when none) */
    const cx_actor *prev;/* the last actor of earlier sentences (for pronouns), or NULL */
    const char *issues;  /* issue codes found in the sentence, comma-separated */
} cx_sent;

/* Words helpers. */
int cx_is(const char *a, const char *b); /* case-insensitive equality */
int cx_has_dep(const char *deprel, const char *want); /* deprel == want or want:subtype */

/* Actors (coder_actor.c). */
/* The actor named by the phrase headed by word h (compound/flat/amod/nmod:poss/appos/...),
 * resolving pronouns and short references; code "" when none. */
const cx_actor *cx_actor_of(cx_sent *x, int32_t h);
/* h's actor and those of its conj dependents (compound actors) appended to out. */
void cx_actors_of(cx_sent *x, int32_t h, cx_actors *out);

/* Clauses (coder_clause.c): codes the verb (or event noun) at word v; appends events. */
int cx_code_word(cx_sent *x, int32_t v, bool nominal, dyad_event_list *out, dyad_err *err);

/* Events (coder.c): appends one event, filling CAMEO fields; skips self-events. */
int cx_emit(cx_sent *x, const cx_actor *src, const cx_actor *tgt, const char *code,
            int32_t v, const char *pattern, const char *note, dyad_event_list *out,
            dyad_err *err);

#endif
