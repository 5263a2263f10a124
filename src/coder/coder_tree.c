/* coder_tree.c — word and tree helpers the coder's files share: case-blind word comparison,
 * relation tests, a word's dependents and preposition. */
#include "coder/coder_internal.h"

#include <string.h>

int dyad_coder_is(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char ca = *a, cb = *b;
        if (ca >= 'a' && ca <= 'z')
            ca = (char)(ca - 32);
        if (cb >= 'a' && cb <= 'z')
            cb = (char)(cb - 32);
        if (ca != cb)
            return 0;
    }
    return *a == *b;
}

bool dyad_coder_is_any(const char *w, const char *const *list, size_t n)
{
    /* the first letters first: most words differ there, and this runs for every word */
    char w0 = (char)(*w >= 'a' && *w <= 'z' ? *w - 32 : *w);
    for (size_t i = 0; i < n; i++) {
        char l0 = list[i][0];
        if (l0 >= 'a' && l0 <= 'z')
            l0 = (char)(l0 - 32);
        if (l0 == w0 && dyad_coder_is(w, list[i]))
            return true;
    }
    return false;
}

int dyad_coder_has_dep(const char *deprel, const char *want)
{
    if (!deprel)
        return 0;
    size_t n = 0; /* want is a prefix of deprel (compared inline: this runs for most words) */
    for (; want[n]; n++)
        if (deprel[n] != want[n])
            return 0;
    return deprel[n] == 0 || deprel[n] == ':';
}

int32_t dyad_coder_kid(const dyad_coder_sent *x, int32_t v, const char *rel)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (r[0] == rel[0] && strcmp(r, rel) == 0) /* the first letters first: most differ */
            return *k;
    }
    return -1;
}

bool dyad_coder_under(const dyad_coder_sent *x, int32_t w, int32_t o)
{
    for (int guard = 0; guard < 32 && w >= 0; guard++, w = dyad_coder_head(x, w))
        if (w == o)
            return true;
    return false;
}

const char *dyad_coder_prep(const dyad_coder_sent *x, int32_t n)
{
    for (const int32_t *k = x->kids[n]; *k >= 0; k++)
        if (strcmp(dyad_coder_rel(x, *k), "case") == 0)
            return x->lemma[*k];
    return "";
}

int32_t dyad_coder_name_head(const dyad_coder_sent *x, int32_t t)
{
    /* a title before a name ("President" nmod:desc of "Trump") or a later part of a flat name */
    for (int guard = 0; guard < 4 && t >= 0; guard++) {
        const char *rt = dyad_coder_rel(x, t);
        if (strcmp(rt, "nmod:desc") != 0 && !dyad_coder_has_dep(rt, "flat"))
            break;
        t = dyad_coder_head(x, t);
    }
    return t;
}
