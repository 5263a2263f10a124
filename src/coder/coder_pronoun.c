/* coder_pronoun.c — where a pronoun names nothing the coder can code. "it" as the object of a
 * verb that says what it is ("called it 'a matter of public health'", "described it as an
 * aggression") stands for an event or issue, not a country; "it" after a sentence whose
 * subject is a thing ("A fire destroyed 200 homes in Chittagong, Bangladesh. Officials said it
 * killed nine people") is that thing, not the last country; "they" after a plural group in its
 * sentence ("veterans of the war ... they would kill") is that group. He or she in a later
 * sentence is the person the last one was about: its root's subject ("Senator Amy Klobuchar
 * withdrew her name from consideration to be Biden's running mate. She endorsed ..." is
 * Klobuchar, not Biden), coded or not ("Cengiz called Mohammad's admission a 'political
 * maneuver.' ... she said" is not Mohammad). */
#include "coder/coder_internal.h"

#include <string.h>

/* Verbs that give their object a name or description in a complement. */
static const char *const naming_verbs[] = {"call",  "describe", "consider", "label", "deem",
                                           "term",  "brand",    "dub",      "name",  "declare",
                                           "regard", "characterize", "characterise", "see"};

bool dyad_coder_naming_verb(const char *lemma)
{
    return dyad_coder_is_any(lemma, naming_verbs, DYAD_ARRAY_LEN(naming_verbs));
}

bool dyad_coder_complement_it(const dyad_coder_sent *x, int32_t h)
{
    if (!dyad_coder_is(x->form[h], "it") || strcmp(dyad_coder_rel(x, h), "obj") != 0)
        return false;
    int32_t v = dyad_coder_head(x, h);
    if (v < 0 || !dyad_coder_naming_verb(x->lemma[v]))
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

/* A sentence holding a coded actor: coder_needs.c parses it whatever the plan, so what it
 * leaves for later sentences is the same with --parse-all. */
static bool has_coded(const dyad_coder_sent *x)
{
    for (int32_t i = 0; i < x->s->n; i++)
        if (x->done[i] && x->actor[i].head >= 0 && x->actor[i].a.code && x->actor[i].a.code[0])
            return true;
    return false;
}

/* The sentence's root word, -1 when none. */
static int32_t root_word(const dyad_coder_sent *x)
{
    for (int32_t i = 0; i < x->s->n; i++)
        if (strcmp(dyad_coder_rel(x, i), "root") == 0)
            return i;
    return -1;
}

/* The subject of the sentence's root: a singular common noun without a code ("A fire", "The
 * SARS-like virus"). Decided only for sentences holding a coded actor: coder_needs.c parses
 * those whenever a later sentence may borrow, so the answer is the same with --parse-all. */
int dyad_coder_it_stop(const dyad_coder_sent *x)
{
    if (!has_coded(x))
        return -1; /* unchanged */
    int32_t root = root_word(x);
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

static bool person_kind(const dyad_coder_sent *x, int32_t i)
{
    return x->done[i] && x->actor[i].head >= 0 &&
           (x->actor[i].kind == DYAD_CODER_PERSON || x->actor[i].kind == DYAD_CODER_NAME);
}

int32_t dyad_coder_person_focus(const dyad_coder_sent *x)
{
    if (!has_coded(x))
        return -1;
    int32_t root = root_word(x);
    if (root >= 0) {
        int32_t s = dyad_coder_kid(x, root, "nsubj");
        if (s < 0)
            s = dyad_coder_kid(x, root, "nsubj:pass");
        if (s >= 0 && person_kind(x, s)) /* "Soleimani was head of Iran's Quds Force" */
            return dyad_coder_kid(x, root, "cop") >= 0 && person_kind(x, root) &&
                           x->actor[root].a.code[0] && !x->actor[s].a.code[0]
                       ? root
                       : s;
    }
    for (int32_t i = x->s->n - 1; i >= 0; i--)
        if (person_kind(x, i))
            return i;
    return -1;
}

int32_t dyad_coder_group_focus(const dyad_coder_sent *x)
{
    int32_t root = root_word(x);
    int32_t s = root >= 0 ? dyad_coder_kid(x, root, "nsubj") : -1;
    if (s < 0 && root >= 0)
        s = dyad_coder_kid(x, root, "nsubj:pass"); /* "Two journalists were arrested. They" */
    if (s < 0 || !x->done[s] || x->actor[s].head < 0 || !x->actor[s].a.code ||
        !x->actor[s].a.code[0] || !x->actor[s].a.agent[0])
        return -1;
    return x->actor[s].kind == DYAD_CODER_GROUP || dyad_coder_plural(x, s) ? s : -1;
}

/* The last word of text made of letters (and '-' inside), as [*w, *w + *n). */
static void last_word(const char *text, const char **w, size_t *n)
{
    const char *p = text + strlen(text), *end = NULL;
    *w = NULL;
    *n = 0;
    while (p > text) {
        char c = p[-1];
        bool l = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) || c == '-';
        if (l && !end)
            end = p;
        else if (!l && end)
            break;
        p--;
    }
    if (end && !(end - p == 1 && (*p == 's' || *p == 'S') && p > text && p[-1] == '\''))
        *w = p, *n = (size_t)(end - p);
}

bool dyad_coder_same_name(const dyad_coder_sent *x, int32_t f, const dyad_coder_actor *a)
{
    if (!a || !a->a.code[0] || !a->a.text || x->s->tok[f].upos != DYAD_UPOS_PROPN)
        return false;
    int32_t last = f;
    for (const int32_t *k = x->kids[f]; *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "flat") && *k > last)
            last = *k;
    const char *w;
    size_t n;
    last_word(a->a.text, &w, &n);
    return w && strlen(x->form[last]) == n && strncmp(w, x->form[last], n) == 0;
}
