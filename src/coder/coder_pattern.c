/* coder_pattern.c — PETRARCH verb patterns matched over a clause's words in sentence order. */
#include "coder/coder_internal.h"

#include "coder/cameo.h"

#include <string.h>

typedef struct matcher {
    dyad_coder_sent *x;
    int32_t v;
    const int32_t *seq; /* clause word indexes, ascending */
    const char **words; /* their forms (for synsets) */
    int32_t m;
    int32_t src, tgt;              /* bound phrase heads, -1 when unbound */
    const dyad_pattern_elem *base; /* the pattern being matched */
    const uint8_t *joined;         /* joined[i]: element i was '_'-joined to element i-1 */
    int32_t must_end;              /* left side joined to '*' ("RECENTLY_*"): end here, or -1 */
} matcher;

/* PETRARCH joins words that must be adjacent with '_' ("* REAL_PLEASANT"); dict.h keeps the
 * written text, so the joins are read from it when its words line up with the elements. */
static void read_joins(const dyad_pattern *p, uint8_t *joined, int32_t cap)
{
    memset(joined, 0, (size_t)cap);
    const char *t = p->text;
    if (!t || p->n > cap)
        return;
    int32_t k = 0;
    bool under = false;
    uint8_t tmp[64] = {0};
    while (*t && *t != '[' && *t != '#') {
        if (*t == ' ' || *t == '\t' || *t == '_') {
            under |= *t == '_';
            t++;
            continue;
        }
        if (k >= cap)
            return;
        tmp[k++] = under;
        under = false;
        while (*t && *t != ' ' && *t != '\t' && *t != '_' && *t != '[' && *t != '#')
            t++;
    }
    if (k == p->n)
        memcpy(joined, tmp, (size_t)k);
}

static bool name_rel(const char *r)
{
    return dyad_coder_has_dep(r, "compound") || dyad_coder_has_dep(r, "flat") ||
           dyad_coder_has_dep(r, "amod") || dyad_coder_has_dep(r, "det") ||
           strcmp(r, "case") == 0 || dyad_coder_has_dep(r, "nummod") ||
           strcmp(r, "nmod:poss") == 0 || dyad_coder_has_dep(r, "fixed");
}

/* The head of the noun phrase word i belongs to, when that phrase names an actor; else -1. */
static int32_t actor_phrase(matcher *mt, int32_t i)
{
    dyad_coder_sent *x = mt->x;
    int32_t h = i;
    for (int guard = 0; guard < 8 && name_rel(dyad_coder_rel(x, h)); guard++) {
        int32_t up = dyad_coder_head(x, h);
        if (up < 0 || up == mt->v)
            break;
        h = up;
    }
    int u = x->s->tok[h].upos;
    if (u != DYAD_UPOS_NOUN && u != DYAD_UPOS_PROPN && u != DYAD_UPOS_PRON &&
        !(u == DYAD_UPOS_DET && dyad_coder_pronoun_word(x->lemma[h]))) /* "Both received" */
        return -1;
    return dyad_coder_actor_of(x, h)->a.code[0] ? h : -1;
}

static bool next_joined(const matcher *mt, const dyad_pattern_elem *e, int32_t ne)
{
    return ne > 1 && mt->joined && mt->joined[(e + 1) - mt->base];
}

/* Matches elements e[0..ne) against clause words seq[j..end), in order; words may be skipped
 * between elements (PETRARCH's space); with adjacent this element must match at j itself
 * (PETRARCH's '_'). */
static bool match_elems(matcher *mt, const dyad_pattern_elem *e, int32_t ne, int32_t j, int32_t end,
                        bool adjacent)
{
    while (ne > 0 && (e->kind == DYAD_PE_OPEN || e->kind == DYAD_PE_CLOSE ||
                      e->kind == DYAD_PE_NP_OPEN || e->kind == DYAD_PE_NP_CLOSE ||
                      e->kind == DYAD_PE_COMPOUND || e->kind == DYAD_PE_VERB)) {
        e++;
        ne--;
        adjacent = false;
    }
    if (ne == 0)
        return mt->must_end < 0 || j == mt->must_end;
    const dyad_coder_lex *l = &mt->x->c->lex;
    int32_t last = adjacent && j < end ? j + 1 : end;
    for (int32_t p = j; p < last; p++) {
        int32_t w = mt->seq[p];
        switch (e->kind) {
        case DYAD_PE_WORD:
            /* words match as written: PETRARCH's "* EFFORT" does not match "efforts" */
            if (dyad_coder_is(mt->x->form[w], e->word) &&
                match_elems(mt, e + 1, ne - 1, p + 1, end, next_joined(mt, e, ne)))
                return true;
            break;
        case DYAD_PE_SYNSET: {
            int len = l->synset ? l->synset(l->ctx, e->word, mt->words + p, end - p) : 0;
            if (len > 0 && match_elems(mt, e + 1, ne - 1, p + len, end, next_joined(mt, e, ne)))
                return true;
            break;
        }
        case DYAD_PE_SKIP: { /* '^': one noun phrase that is passed over */
            int u = mt->x->s->tok[w].upos;
            if ((u == DYAD_UPOS_NOUN || u == DYAD_UPOS_PROPN || u == DYAD_UPOS_PRON) &&
                match_elems(mt, e + 1, ne - 1, p + 1, end, false))
                return true;
            break;
        }
        case DYAD_PE_TARGET:
        case DYAD_PE_SOURCE: {
            int32_t h = actor_phrase(mt, w);
            if (h < 0)
                break;
            int32_t *slot = e->kind == DYAD_PE_TARGET ? &mt->tgt : &mt->src;
            int32_t old = *slot;
            *slot = h;
            if (match_elems(mt, e + 1, ne - 1, p + 1, end, false))
                return true;
            *slot = old;
            break;
        }
        default:
            break;
        }
    }
    return false;
}

static bool match_pattern(matcher *mt, const dyad_pattern *pat, int32_t pv)
{
    int32_t star = -1;
    for (int32_t i = 0; i < pat->n; i++)
        if (pat->elem[i].kind == DYAD_PE_VERB) {
            star = i;
            break;
        }
    mt->src = mt->tgt = -1;
    uint8_t joined[64];
    read_joins(pat, joined, 64);
    mt->base = pat->elem;
    mt->joined = pat->n <= 64 ? joined : NULL;
    bool ok;
    mt->must_end = -1;
    if (star < 0) {
        ok = match_elems(mt, pat->elem, pat->n, pv + 1, mt->m, false);
    } else {
        mt->must_end = star > 0 && mt->joined && mt->joined[star] ? pv : -1;
        ok = match_elems(mt, pat->elem, star, 0, pv, false);
        mt->must_end = -1;
        ok = ok && match_elems(mt, pat->elem + star + 1, pat->n - star - 1, pv + 1, mt->m,
                               star + 1 < pat->n && mt->joined && mt->joined[star + 1]);
    }
    mt->joined = NULL;
    return ok;
}

/* A pattern may code a negated verb when it says what comes before the verb ("NOT * ...",
 * "&NEGATVAUXVRB * OVER EFFORTS"): words or synsets ahead of '*', or a negation word. */
static bool names_negation(const dyad_pattern *p)
{
    bool before = true;
    for (int32_t i = 0; i < p->n; i++) {
        int k = p->elem[i].kind;
        if (k == DYAD_PE_VERB)
            before = false;
        if ((k == DYAD_PE_SYNSET || k == DYAD_PE_WORD) && before)
            return true;
        if (k == DYAD_PE_WORD &&
            (dyad_coder_is(p->elem[i].word, "NOT") || dyad_coder_is(p->elem[i].word, "N'T") ||
             dyad_coder_is(p->elem[i].word, "NEVER") || dyad_coder_is(p->elem[i].word, "NO")))
            return true;
    }
    return false;
}

/* A code must be "---" or a CAMEO code: letters and digits with at least one digit. "[+++]",
 * "[xxy]" and the unsettled "[025?]" of TABARI-era dictionaries code nothing. */
bool dyad_coder_code_ok(const char *code)
{
    if (!code)
        return false;
    if (strcmp(code, "---") == 0)
        return true;
    bool digit = false;
    for (const char *c = code; *c; c++) {
        if (*c >= '0' && *c <= '9')
            digit = true;
        else if (!((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z')))
            return false;
    }
    return digit;
}

bool dyad_coder_code_known(const dyad_cameo *cameo, const char *code)
{
    if (!dyad_coder_code_ok(code) || strcmp(code, "---") == 0)
        return true; /* codes nothing by design */
    if (cameo)
        return dyad_cameo_known(cameo, code);
    size_t n = strlen(code);
    if (n < 2 || n > 4 || strspn(code, "0123456789") != n)
        return false;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    return root >= 1 && root <= 20;
}

const dyad_pattern *dyad_coder_match(dyad_coder_sent *x, int32_t v, const dyad_verb *vb, bool neg,
                                     const int32_t *seq, const char **words, int32_t m, int32_t pv,
                                     int32_t *src, int32_t *tgt)
{
    matcher mt = {
        .x = x, .v = v, .seq = seq, .words = words, .m = m, .src = -1, .tgt = -1, .must_end = -1};
    *src = *tgt = -1;
    for (int32_t p = 0; p < vb->npat; p++)
        if ((!neg || names_negation(&vb->pat[p])) && dyad_coder_code_ok(vb->pat[p].code) &&
            match_pattern(&mt, &vb->pat[p], pv)) {
            *src = mt.src;
            *tgt = mt.tgt;
            return &vb->pat[p];
        }
    return NULL;
}
