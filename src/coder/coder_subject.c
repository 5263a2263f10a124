/* coder_subject.c — the parser slips the coder tolerates on the source side, which frames
 * (src/frames) cannot read as grammar: a verb hung from the noun that roots a verbless parse
 * ("Arnor is about to restore ties" with Arnor as the root), a verb made a modifier of its
 * object ("Russian police arrested students": arrested as amod of students); and negation. */
#include "coder/coder_internal.h"

#include <string.h>

bool dyad_coder_negated(const dyad_coder_sent *x, int32_t v)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if ((dyad_coder_has_dep(r, "advmod") || strcmp(r, "neg") == 0) &&
            (dyad_coder_is(x->lemma[*k], "not") || dyad_coder_is(x->form[*k], "n't") ||
             dyad_coder_is(x->lemma[*k], "never")))
            return true;
    }
    return false;
}

static bool is_nominal(const dyad_coder_sent *x, int32_t i)
{
    int u = x->s->tok[i].upos;
    return u == DYAD_UPOS_NOUN || u == DYAD_UPOS_PROPN;
}

/* A verb the parser hung from a noun phrase that is the root of a verbless sentence ("Arnor is
 * about to restore ties": restore under the auxiliary of root Arnor; "Caras Galadhon's new mayor
 * left": left under the apposition mayor): the first phrase naming an actor on the way from v's
 * head up to that root, else -1. */
static int32_t verbless_subject(dyad_coder_sent *x, int32_t v)
{
    const char *r = dyad_coder_rel(x, v);
    int32_t h = dyad_coder_head(x, v);
    if (h >= 0 && x->s->tok[h].upos == DYAD_UPOS_AUX) /* "Arnor is | about to restore" */
        h = dyad_coder_head(x, h);
    if (h < 0 || !is_nominal(x, h) ||
        !(strcmp(r, "acl") == 0 || strcmp(r, "advcl") == 0 || strcmp(r, "xcomp") == 0 ||
          strcmp(r, "conj") == 0 || strcmp(r, "acl:relcl") == 0))
        return -1;
    if (strcmp(r, "conj") == 0 && dyad_coder_kid(x, h, "cop") >= 0)
        return -1; /* "Turkey is under EU sanctions and was condemned": a copular clause, not a
                      verbless one; its subject is the conjunct's too, not "EU sanctions" */
    int32_t found = -1;
    for (int guard = 0; guard < 8; guard++) {
        if (found < 0 && dyad_coder_actor_of(x, h)->a.code[0])
            found = h;
        const char *hr = dyad_coder_rel(x, h);
        if (strcmp(hr, "root") == 0)
            return found;
        /* "Thousands of Georgians demonstrated" parsed with "Thousands" as the root and the
         * verb under "Georgians": up through the of-phrase of a quantity */
        bool part = dyad_coder_has_dep(hr, "nmod") && dyad_coder_head(x, h) >= 0 &&
                    dyad_coder_part_of(x, dyad_coder_head(x, h)) == h;
        if (strcmp(hr, "appos") != 0 && !dyad_coder_has_dep(hr, "flat") &&
            !dyad_coder_has_dep(hr, "compound") && !part)
            return -1;
        h = dyad_coder_head(x, h);
        if (h < 0 || !is_nominal(x, h))
            return -1;
    }
    return -1;
}

/* "Russian police arrested students": a verb the parser made a modifier (amod) of the noun
 * after it, right after the noun that is the root of the verbless parse: that root, else -1.
 * The modified noun is then the target. */
int32_t dyad_coder_amod_verb(const dyad_coder_sent *x, int32_t v)
{
    if (!dyad_coder_has_dep(dyad_coder_rel(x, v), "amod") || v == 0 || dyad_coder_head(x, v) < v)
        return -1;
    int32_t p = v - 1;
    if (strcmp(dyad_coder_rel(x, p), "root") == 0 && is_nominal(x, p))
        return p;
    return -1;
}

int32_t dyad_coder_slip_source(dyad_coder_sent *x, int32_t v, const char **note)
{
    int32_t h = dyad_coder_head(x, v);
    int32_t s = -1;
    if (h >= 0 && strcmp(dyad_coder_rel(x, v), "acl") == 0 && dyad_coder_kid(x, v, "obj") >= 0 &&
        dyad_coder_head(x, h) < 0) {
        *note = "relative"; /* "Russian police arrested students": a verbless root noun */
        return h;
    }
    if ((s = dyad_coder_amod_verb(x, v)) >= 0 || (s = verbless_subject(x, v)) >= 0)
        *note = "verbless root";
    return s;
}
