/* frames_tree.c — reading the UD tree for the frames layer: relations, children, voice,
 * finiteness, prepositions and the nearest predicate above a word. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "frames/frames_internal.h"

const char *dyad_fr_rel(const dyad_frames *f, int32_t i)
{
    const char *r = f->s->tok[i].deprel;
    return r ? r : "";
}

bool dyad_fr_rel_is(const dyad_frames *f, int32_t i, const char *base)
{
    const char *r = dyad_fr_rel(f, i);
    size_t n = 0; /* base is a prefix of r (compared inline: this runs for most words) */
    for (; base[n]; n++)
        if (r[n] != base[n])
            return false;
    return r[n] == '\0' || r[n] == ':';
}

bool dyad_fr_lemma_is(const dyad_frames *f, int32_t i, const char *w)
{
    return strcasecmp(f->lemma[i], w) == 0;
}

int32_t dyad_fr_kid(const dyad_frames *f, int32_t v, const char *base)
{
    DYAD_FR_KIDS(f, v, k, c)
    if (dyad_fr_rel_is(f, c, base))
        return c;
    return -1;
}

int32_t dyad_fr_kid_lemma(const dyad_frames *f, int32_t v, const char *base, const char *w)
{
    DYAD_FR_KIDS(f, v, k, c)
    if (dyad_fr_rel_is(f, c, base) && dyad_fr_lemma_is(f, c, w))
        return c;
    return -1;
}

bool dyad_fr_has_subject(const dyad_frames *f, int32_t v)
{
    return dyad_fr_kid(f, v, "nsubj") >= 0 || dyad_fr_kid(f, v, "csubj") >= 0 ||
           dyad_fr_kid(f, v, "expl") >= 0;
}

/* feats ("A=B|C=D") holds the feature fv ("VerbForm=Part"). */
static bool has_feat(const char *feats, const char *fv)
{
    size_t n = strlen(fv);
    for (const char *p = feats; p && (p = strstr(p, fv)) != NULL; p += n)
        if ((p == feats || p[-1] == '|') && (p[n] == '\0' || p[n] == '|'))
            return true;
    return false;
}

static bool xpos_is(const dyad_frames *f, int32_t v, const char *tag)
{
    const char *x = f->s->tok[v].xpos;
    return x && strcmp(x, tag) == 0;
}

bool dyad_fr_participle(const dyad_frames *f, int32_t v)
{
    const char *ft = f->s->tok[v].feats;
    return xpos_is(f, v, "VBN") ||
           (has_feat(ft, "VerbForm=Part") && has_feat(ft, "Tense=Past"));
}

bool dyad_fr_gerund(const dyad_frames *f, int32_t v)
{
    const char *ft = f->s->tok[v].feats;
    return xpos_is(f, v, "VBG") || has_feat(ft, "VerbForm=Ger") ||
           (has_feat(ft, "VerbForm=Part") && has_feat(ft, "Tense=Pres"));
}

/* Word v's own form is finite (1), non-finite (0) or unknown (-1). */
static int own_finite(const dyad_frames *f, int32_t v)
{
    static const char *const fin[] = {"VBD", "VBZ", "VBP", "MD"};
    static const char *const nonfin[] = {"VB", "VBG", "VBN", "TO"};
    for (size_t i = 0; i < DYAD_ARRAY_LEN(fin); i++)
        if (xpos_is(f, v, fin[i]))
            return 1;
    for (size_t i = 0; i < DYAD_ARRAY_LEN(nonfin); i++)
        if (xpos_is(f, v, nonfin[i]))
            return 0;
    const char *ft = f->s->tok[v].feats;
    if (has_feat(ft, "VerbForm=Fin"))
        return 1;
    if (has_feat(ft, "VerbForm=Inf") || has_feat(ft, "VerbForm=Ger") ||
        has_feat(ft, "VerbForm=Part"))
        return 0;
    return -1;
}

bool dyad_fr_finite(const dyad_frames *f, int32_t v)
{
    int own = own_finite(f, v);
    DYAD_FR_KIDS(f, v, k, c)
    if ((dyad_fr_rel_is(f, c, "aux") || dyad_fr_rel_is(f, c, "cop")) && own_finite(f, c) == 1)
        return true;
    if (own >= 0)
        return own == 1;
    return dyad_fr_kid_lemma(f, v, "mark", "to") < 0;
}

/* A past participle with no auxiliary at all: passive where it modifies something. */
static bool bare_participle(const dyad_frames *f, int32_t v)
{
    return dyad_fr_participle(f, v) && dyad_fr_kid(f, v, "aux") < 0;
}

bool dyad_fr_passive(const dyad_frames *f, int32_t v)
{
    for (int32_t steps = 0; v >= 0 && steps <= f->s->n; steps++) {
        if (dyad_fr_kid(f, v, "nsubj:pass") >= 0 || dyad_fr_kid(f, v, "csubj:pass") >= 0 ||
            dyad_fr_kid(f, v, "aux:pass") >= 0)
            return true;
        if (!bare_participle(f, v) || dyad_fr_kid(f, v, "nsubj") >= 0)
            return false; /* "after crowds trashed its embassy": an active subject */
        if (dyad_fr_rel_is(f, v, "acl") || dyad_fr_rel_is(f, v, "advcl") ||
            dyad_fr_rel_is(f, v, "xcomp") || dyad_fr_rel_is(f, v, "amod"))
            return true;
        if (!dyad_fr_rel_is(f, v, "conj") || dyad_fr_has_subject(f, v))
            return false;
        v = f->head[v]; /* "was arrested and charged": charged is as its first conjunct */
        /* a first conjunct that is no predicate (a parse slip: "was rescued alive and flown"
         * with flown hung from alive): the predicate above it */
        for (int up = 0; up < 8 && v >= 0 && f->of_word[v] < 0 && !dyad_fr_has_subject(f, v);
             up++)
            v = f->head[v];
    }
    return false;
}

/* Word i's form, "" when missing: prepositions are read by form ("according" has the lemma
 * "accord" in UD English). */
static const char *form(const dyad_frames *f, int32_t i)
{
    return f->s->tok[i].form ? f->s->tok[i].form : "";
}

/* Appends w lowercased, to buf at *len (room for cap bytes including the NUL). */
static void put_lower(char *buf, size_t *len, size_t cap, const char *w)
{
    if (*len && *len + 1 < cap)
        buf[(*len)++] = ' ';
    for (; *w && *len + 1 < cap; w++)
        buf[(*len)++] = (char)tolower((unsigned char)*w);
    buf[*len] = '\0';
}

const char *dyad_fr_prep(dyad_frames *f, int32_t n, int32_t *word)
{
    int32_t c = dyad_fr_kid(f, n, "case");
    *word = c;
    if (c < 0)
        return "";
    char buf[128];
    size_t len = 0;
    buf[0] = '\0';
    put_lower(buf, &len, sizeof buf, form(f, c));
    DYAD_FR_KIDS(f, c, k, g)
    if (dyad_fr_rel_is(f, g, "fixed"))
        put_lower(buf, &len, sizeof buf, form(f, g));
    if (strcmp(buf, form(f, c)) == 0)
        return form(f, c);
    return dyad_arena_strndup(f->arena, buf, len);
}

int32_t dyad_fr_gov(const dyad_frames *f, int32_t w)
{
    int32_t h = f->head[w];
    for (int32_t steps = 0; h >= 0 && steps < f->s->n; steps++, h = f->head[h])
        if (f->of_word[h] >= 0)
            return f->of_word[h];
    return -1;
}
