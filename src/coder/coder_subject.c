/* coder_subject.c — the source side of a clause: subjects, passive agents, control and the
 * parser slips the coder tolerates (verbless roots, verbs hung as modifiers). */
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

static bool is_relpron(const dyad_coder_sent *x, int32_t i)
{
    return dyad_coder_is(x->lemma[i], "who") || dyad_coder_is(x->lemma[i], "which") ||
           dyad_coder_is(x->lemma[i], "that") || dyad_coder_is(x->lemma[i], "whom");
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

/* s, a subject before v, is cut off from it by a semicolon ("arrest warrants for 36 people,
 * including Trump; seeks Interpol's aid": a headline's second clause, the parser taking the
 * last name before ';' as its subject). */
static bool semicolon_between(const dyad_coder_sent *x, int32_t s, int32_t v)
{
    for (int32_t i = s + 1; i < v; i++)
        if (strcmp(x->form[i], ";") == 0)
            return true;
    return false;
}

/* v, a complement of h ("encouraged allies to restrict X"), is only what h's object is asked
 * to do: the asker is not its source, and it has not happened. */
static bool asked_to(const dyad_coder_sent *x, int32_t v, int32_t h)
{
    static const char *const asking[] = {"ask",     "urge",   "encourage", "call",    "invite",
                                         "press",   "request", "advise",   "beg",     "implore",
                                         "persuade", "pressure", "push",    "tell",    "appeal"};
    int32_t mk = dyad_coder_kid(x, v, "mark"); /* "to restrict" hung as advcl */
    bool to = strcmp(dyad_coder_rel(x, v), "xcomp") == 0 ||
              (strcmp(dyad_coder_rel(x, v), "advcl") == 0 && mk >= 0 &&
               dyad_coder_is(x->lemma[mk], "to"));
    return to &&
           (dyad_coder_kid(x, h, "obj") >= 0 || dyad_coder_kid(x, h, "iobj") >= 0) &&
           dyad_coder_is_any(x->lemma[h], asking, DYAD_ARRAY_LEN(asking));
}

/* The word heading v's subject (source side) and how it was found; -1 when none. */
int32_t dyad_coder_subject_of(dyad_coder_sent *x, int32_t v, const char **note, bool *passive,
                              int depth)
{
    /* two subjects are a parser slip: take the one nearest the verb that names an actor */
    int32_t s = -1;
    bool named = false;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if ((strcmp(dyad_coder_rel(x, *k), "nsubj") == 0 ||
             strcmp(dyad_coder_rel(x, *k), "nsubj:outer") == 0) &&
            !semicolon_between(x, *k, v)) {
            bool has = dyad_coder_actor_of(x, *k)->a.code[0] != 0;
            if (s < 0 || has || !named) {
                s = *k;
                named = has;
            }
        }
    if (s >= 0) {
        if (is_relpron(x, s) && strcmp(dyad_coder_rel(x, v), "acl:relcl") == 0) {
            *note = "relative";
            return dyad_coder_head(x, v);
        }
        int32_t vs = named ? -1 : verbless_subject(x, v);
        if (vs >= 0 && strcmp(dyad_coder_rel(x, v), "acl:relcl") == 0) {
            /* "Gollum centre of a row between Radagast the Brown called for X": a subject
             * naming no actor in a clause the parser hung from a verbless root */
            *note = "verbless root";
            return vs;
        }
        return s;
    }
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (dyad_coder_has_dep(r, "advmod") && dyad_coder_kid(x, v, "aux:pass") >= 0 &&
            dyad_coder_kid(x, *k, "obl:agent") >= 0) {
            *passive = true; /* "was opposed earlier by X" with X under "earlier" */
            return dyad_coder_kid(x, *k, "obl:agent");
        }
        if (strcmp(r, "obl:agent") == 0 ||
            (dyad_coder_has_dep(r, "obl") && dyad_coder_is(dyad_coder_prep(x, *k), "by") &&
             dyad_coder_kid(x, v, "aux:pass") >= 0)) {
            *passive = true;
            return *k;
        }
    }
    if (dyad_coder_kid(x, v, "nsubj:pass") >= 0)
        return -1;
    const char *r = dyad_coder_rel(x, v);
    int32_t h = dyad_coder_head(x, v);
    if (h < 0 || depth > 4)
        return -1;
    if (strcmp(r, "acl:relcl") == 0) {
        *note = "relative";
        return h;
    }
    if (strcmp(r, "acl") == 0 && dyad_coder_kid(x, v, "obj") >= 0 && dyad_coder_head(x, h) < 0) {
        *note = "relative"; /* "Russian police arrested students": a verbless root noun */
        return h;
    }
    if (dyad_coder_amod_verb(x, v) >= 0) {
        *note = "verbless root";
        return dyad_coder_amod_verb(x, v);
    }
    int32_t vs = verbless_subject(x, v);
    if (vs >= 0) {
        *note = "verbless root";
        return vs;
    }

    if (strcmp(r, "conj") == 0 && x->s->tok[h].upos != DYAD_UPOS_VERB) {
        /* a verb coordinated with a noun (a parser slip: "... on Thursday and promised"):
         * the subject of the nearest verb above */
        for (int guard = 0; guard < 8 && h >= 0 && x->s->tok[h].upos != DYAD_UPOS_VERB; guard++)
            h = dyad_coder_head(x, h);
        if (h < 0 || x->s->tok[h].upos != DYAD_UPOS_VERB)
            return -1;
    }
    if (strcmp(r, "ccomp") == 0 && dyad_coder_kid(x, v, "nsubj:pass") < 0) {
        /* a reported clause without a subject: "indicated it should have acted" parsed with
         * "it" as the object of indicated; else the reporting verb's subject */
        int32_t o = dyad_coder_kid(x, h, "obj");
        if (o > h && o < v)
            return o;
        bool p = false;
        if (!**note)
            *note = "control";
        return dyad_coder_subject_of(x, h, note, &p, depth + 1);
    }
    if (strcmp(r, "xcomp") == 0 && dyad_coder_kid(x, h, "nsubj:pass") >= 0) {
        *note = "raising"; /* "Gollum was seen to break into ...": the passive's subject */
        return dyad_coder_kid(x, h, "nsubj:pass");
    }
    if (asked_to(x, v, h))
        return -1;
    if (strcmp(r, "xcomp") == 0 || strcmp(r, "conj") == 0 || strcmp(r, "advcl") == 0) {
        if (!**note)
            *note = strcmp(r, "xcomp") == 0  ? "control"
                    : strcmp(r, "conj") == 0 ? "coordinated"
                                             : "";
        bool p = false;
        return dyad_coder_subject_of(x, h, note, &p, depth + 1);
    }
    return -1;
}
