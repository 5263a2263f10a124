/* tree_spec.h — hand-made parsed sentences for tests: one sentence from words separated by ';',
 * each "form lemma UPOS XPOS head deprel" (or, without lemmas, "form UPOS XPOS head deprel",
 * where "said|say" gives form and lemma and a plain form is its own lemma). Our own sentences, parsed by hand the UD way. The doc owns
 * the sentence; the previous one is dropped. Included by the test files that need it. */
#ifndef DYAD_TESTS_TREE_SPEC_H
#define DYAD_TESTS_TREE_SPEC_H

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "text/doc.h"

static dyad_sentence *tree_spec(dyad_doc *d, const char *spec, bool lemmas)
{
    dyad_doc_reset(d);
    dyad_sentence *s = dyad_doc_add_sentence(d);
    if (!s)
        return NULL;
    s->tok = dyad_arena_calloc(&d->arena, 48 * sizeof *s->tok);
    const char *p = spec;
    while (s->tok && *p && s->n < 48) {
        char f[64], l[64], u[16], x[16], r[32];
        int h, used = 0;
        int got = lemmas ? sscanf(p, " %63s %63s %15s %15s %d %31[^;]%n", f, l, u, x, &h, r, &used)
                         : sscanf(p, " %63s %15s %15s %d %31[^;]%n", f, u, x, &h, r, &used) + 1;
        if (got != 6)
            break;
        dyad_token *t = &s->tok[s->n++];
        char *bar = lemmas ? NULL : strchr(f, '|'); /* "said|say" */
        if (bar)
            *bar = 0;
        t->form = dyad_arena_strdup(&d->arena, f);
        t->lemma = lemmas ? dyad_arena_strdup(&d->arena, l)
                   : bar  ? dyad_arena_strdup(&d->arena, bar + 1)
                          : t->form;
        t->xpos = dyad_arena_strdup(&d->arena, x);
        t->deprel = dyad_arena_strdup(&d->arena, r);
        t->upos = (uint8_t)dyad_upos_parse(u, strlen(u));
        t->head = h;
        p += used;
        p += *p == ';';
    }
    return s;
}

#endif
