/* coder_pronoun.c — where a pronoun names nothing the coder can code. "it" as the object of a
 * verb that says what it is ("called it 'a matter of public health'", "described it as an
 * aggression") stands for an event or issue, not a country; "it" after a sentence whose
 * subject is a thing ("A fire destroyed 200 homes in Chittagong, Bangladesh. Officials said it
 * killed nine people") is that thing, not the last country; "they" after a plural group in its
 * sentence ("veterans of the war ... they would kill") is that group. */
#include "coder/coder_internal.h"

#include <string.h>

/* Verbs that give their object a name or description in a complement. */
static const char *const naming_verbs[] = {"call",  "describe", "consider", "label", "deem",
                                           "term",  "brand",    "dub",      "name",  "declare",
                                           "regard", "characterize", "characterise", "see"};

bool dyad_coder_complement_it(const dyad_coder_sent *x, int32_t h)
{
    if (!dyad_coder_is(x->form[h], "it") || strcmp(dyad_coder_rel(x, h), "obj") != 0)
        return false;
    int32_t v = dyad_coder_head(x, h);
    if (v < 0 || !dyad_coder_is_any(x->lemma[v], naming_verbs, DYAD_ARRAY_LEN(naming_verbs)))
        return false;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        bool as = dyad_coder_has_dep(r, "obl") && dyad_coder_is(dyad_coder_prep(x, *k), "as");
        if (*k > h && (strcmp(r, "xcomp") == 0 || strcmp(r, "obj") == 0 || as))
            return true; /* "called it a mistake", "described it as ..." */
    }
    return false;
}

bool dyad_coder_group_noun(const dyad_coder_sent *x, int32_t h)
{
    const char *r = dyad_coder_rel(x, h);
    return x->s->tok[h].upos == DYAD_UPOS_NOUN && dyad_coder_plural(x, h) &&
           (dyad_coder_has_dep(r, "nsubj") || dyad_coder_kid(x, h, "cop") >= 0);
}

/* The subject of the sentence's root: a singular common noun without a code ("A fire", "The
 * SARS-like virus"). Decided only for sentences holding a coded actor: coder_needs.c parses
 * those whenever a later sentence may borrow, so the answer is the same with --parse-all. */
int dyad_coder_it_stop(const dyad_coder_sent *x)
{
    bool coded = false;
    int32_t root = -1;
    for (int32_t i = 0; i < x->s->n; i++) {
        if (x->done[i] && x->actor[i].head >= 0 && x->actor[i].a.code && x->actor[i].a.code[0])
            coded = true;
        if (strcmp(dyad_coder_rel(x, i), "root") == 0)
            root = i;
    }
    if (!coded)
        return -1; /* unchanged */
    int32_t s = root >= 0 ? dyad_coder_kid(x, root, "nsubj") : -1;
    if (s < 0 && root >= 0 && dyad_coder_kid(x, root, "cop") < 0 &&
        (x->s->tok[root].upos == DYAD_UPOS_NOUN || x->s->tok[root].upos == DYAD_UPOS_PROPN))
        s = root; /* "A fire yesterday morning destroyed ..." parsed with the verb as acl */
    if (s < 0 || dyad_coder_plural(x, s) || !x->done[s] || x->actor[s].a.code[0])
        return 0;
    if (x->s->tok[s].upos == DYAD_UPOS_NOUN)
        return 1;
    int32_t n = x->s->tok[s].upos == DYAD_UPOS_PROPN ? dyad_coder_kid(x, s, "nmod") : -1;
    return n >= 0 && x->s->tok[n].upos == DYAD_UPOS_NOUN && !dyad_coder_plural(x, n) &&
           !(x->done[n] && x->actor[n].a.code[0]); /* "SARS-like virus": SARS + nmod */
}
