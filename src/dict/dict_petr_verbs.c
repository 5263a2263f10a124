/* dict_petr_verbs.c — reads a PETRARCH-2 / TABARI verb dictionary: synsets, verb blocks, forms,
 * patterns. TRANSFORMATIONS lines ('~ ...') are counted and skipped: dyad codes reported speech
 * in the coder instead. */
#include "dict/dict_internal.h"

#include <stdint.h>
#include <string.h>

#include "base/alloc.h"

static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
        (*n)--;
}

/* Cuts a '#' comment. */
static void uncomment(const char *s, size_t *n)
{
    const char *h = memchr(s, '#', *n);
    if (h)
        *n = (size_t)(h - s);
}

/* Parses "[CODE]" or "[A:B]" found in s[0..n): code and code2 interned ("---" for an empty half,
 * '!' markers dropped); *start set to the '[' offset. Returns 1 found, 0 none, -1 malformed. */
static int parse_code(dyad_dict *d, const char *s, size_t n, size_t *start, const char **code,
                      const char **code2)
{
    const char *b = NULL;
    for (size_t i = n; i-- > 0;)
        if (s[i] == '[') {
            b = s + i;
            break;
        }
    if (!b)
        return 0;
    const char *e = memchr(b, ']', n - (size_t)(b - s));
    if (!e)
        return -1;
    *start = (size_t)(b - s);
    const char *p = b + 1, *colon = memchr(p, ':', (size_t)(e - p));
    const char *ends[2] = {colon ? colon : e, e};
    const char *begins[2] = {p, colon ? colon + 1 : NULL};
    const char *out[2] = {NULL, NULL};
    for (int k = 0; k < (colon ? 2 : 1); k++) {
        const char *x = begins[k], *y = ends[k];
        while (x < y && (*x == ' ' || *x == '\t'))
            x++;
        while (y > x && (y[-1] == ' ' || y[-1] == '\t' || y[-1] == '!'))
            y--;
        for (const char *q = x; q < y; q++) /* test dictionaries use codes like +++ and 025? */
            if (*q == ' ' || *q == '\t' || *q == '[' || (unsigned char)*q < 32)
                return -1;
        out[k] = dyad_dict_upper(d, x < y ? x : "---", x < y ? (size_t)(y - x) : 3);
        if (!out[k])
            return -1;
    }
    *code = out[0];
    *code2 = out[1];
    return 1;
}

/* Copies the phrase s[0..n) into out without the '+' that marks the verb among its words
 * ("WIRE_+TAP": the verb is TAP, WIRE comes before it); *verb_word gets the word index of
 * the marked word (0 when none is marked). Returns the length, 0 when it does not fit. */
static size_t unmark(const char *s, size_t n, char *out, size_t cap, int *verb_word)
{
    size_t k = 0;
    int word = 0;
    *verb_word = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '+') {
            *verb_word = word;
            continue;
        }
        if (s[i] == '_' || s[i] == ' ')
            word++;
        if (k + 1 >= cap)
            return 0;
        out[k++] = s[i];
    }
    out[k] = 0;
    return k;
}

/* Adds the form s[0..n) ('+' verb markers dropped) to the verb table. */
static int add_form(dyad_dict_src *src, const char *s, size_t n, int32_t verb)
{
    char buf[512];
    int vw;
    size_t bn = unmark(s, n, buf, sizeof buf, &vw);
    if (!bn)
        return dyad_dict_bad(src, "empty or overlong verb form");
    int rc = dyad_dict_add_phrase(src->d, &src->d->verbs_t, buf, bn, verb);
    if (rc == DYAD_EFORMAT)
        return dyad_dict_bad(src, "empty verb form");
    return rc;
}

/* Adds the regular inflections of the phrase: the verb word inflected (the first, or the one
 * marked with '+'), the rest kept. */
static int add_regular(dyad_dict_src *src, const char *s, size_t n, int32_t verb)
{
    char ph[512];
    int vw;
    size_t pn = unmark(s, n, ph, sizeof ph, &vw);
    size_t a = 0; /* the verb word is ph[a..b) */
    for (int word = 0; word < vw && a < pn; a++)
        if (ph[a] == '_' || ph[a] == ' ')
            word++;
    size_t b = a;
    while (b < pn && ph[b] != '_' && ph[b] != ' ')
        b++;
    char w[64];
    if (b == a || b - a >= sizeof w)
        return DYAD_OK;
    for (size_t i = a; i < b; i++)
        w[i - a] = (char)(ph[i] >= 'a' && ph[i] <= 'z' ? ph[i] - 32 : ph[i]);
    w[b - a] = 0;
    char forms[6][64];
    int nf = dyad_dict_verb_forms(w, forms, 6);
    for (int f = 0; f < nf; f++) {
        char buf[512];
        size_t fl = strlen(forms[f]);
        if (a + fl + (pn - b) >= sizeof buf)
            continue;
        memcpy(buf, ph, a);
        memcpy(buf + a, forms[f], fl);
        memcpy(buf + a + fl, ph + b, pn - b);
        int rc = add_form(src, buf, a + fl + pn - b, verb);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

/* Verb names seen so far in this file (interned pointers → verb index), so that a second
 * block for the same verb can be merged into the first. Open addressing, power-of-two size. */
typedef struct seen_verbs {
    const char **name;
    int32_t *verb;
    size_t cap, n;
} seen_verbs;

static size_t seen_slot(const seen_verbs *sv, const char *name)
{
    size_t i = (size_t)(((uintptr_t)name >> 3) * 0x9E3779B97F4A7C15ull) & (sv->cap - 1);
    while (sv->name[i] && sv->name[i] != name)
        i = (i + 1) & (sv->cap - 1);
    return i;
}

/* The earlier verb named `name` (interned), or -1; remembers v under name when new. */
static int32_t seen_verb(seen_verbs *sv, const char *name, int32_t v, int *rc)
{
    if (2 * (sv->n + 1) > sv->cap) {
        seen_verbs g = {NULL, NULL, sv->cap ? sv->cap * 2 : 256, 0};
        g.name = dyad_calloc(g.cap, sizeof *g.name);
        g.verb = dyad_calloc(g.cap, sizeof *g.verb);
        if (!g.name || !g.verb) {
            dyad_free(g.name);
            dyad_free(g.verb);
            *rc = DYAD_ENOMEM;
            return -1;
        }
        for (size_t i = 0; i < sv->cap; i++)
            if (sv->name[i]) {
                size_t k = seen_slot(&g, sv->name[i]);
                g.name[k] = sv->name[i];
                g.verb[k] = sv->verb[i];
                g.n++;
            }
        dyad_free(sv->name);
        dyad_free(sv->verb);
        *sv = g;
    }
    size_t k = seen_slot(sv, name);
    if (sv->name[k])
        return sv->verb[k];
    sv->name[k] = name;
    sv->verb[k] = v;
    sv->n++;
    return -1;
}

/* The state of one verb block while reading it. */
typedef struct block_state {
    int32_t block;            /* the block's patterns */
    int32_t merge;            /* an earlier block of the same verb that also gets them, or -1 */
    const char *code, *code2; /* the header's code */
    seen_verbs seen;
} block_state;

/* A verb line inside a block: "WORD [code] {FORMS}" or "+WORD_WORD {+FORMS}". */
static int verb_line(dyad_dict_src *src, const char *s, size_t n, block_state *bs)
{
    dyad_dict *d = src->d;
    const char *code = bs->code, *code2 = bs->code2;
    size_t cb = n;
    int pc = parse_code(d, s, n, &cb, &code, &code2);
    if (pc < 0)
        return dyad_dict_bad(src, "malformed [code] on verb line");
    if (pc == 0) {
        code = bs->code;
        code2 = bs->code2;
    }
    const char *ob = memchr(s, '{', cb), *cbr = ob ? memchr(ob, '}', cb - (size_t)(ob - s)) : NULL;
    if (ob && !cbr)
        return dyad_dict_bad(src, "'{' without '}' on verb line");
    size_t wn = ob ? (size_t)(ob - s) : cb;
    const char *w = s;
    trim(&w, &wn);
    if (wn && *w == '+')
        w++, wn--;
    if (!wn)
        return dyad_dict_bad(src, "verb line without a verb");
    char nb[256]; /* TABARI files join phrase words with spaces, PETRARCH with '_' */
    if (wn >= sizeof nb)
        return dyad_dict_bad(src, "verb phrase too long");
    for (size_t i = 0; i < wn; i++)
        nb[i] = w[i] == ' ' || w[i] == '\t' ? '_' : w[i];
    w = nb;
    const char *name = dyad_dict_upper(d, w, wn), *where = dyad_dict_where(src);
    if (!name || !where)
        return DYAD_ENOMEM;
    int rc = DYAD_OK;
    int32_t old = seen_verb(&bs->seen, name, (int32_t)d->nverbs, &rc);
    if (rc != DYAD_OK)
        return rc;
    if (old >= 0 && bs->merge < 0 && d->verbs[old].block != bs->block) {
        /* a second block for a verb already defined ("--- SHOT [---]" then "--- SHOT [223]"):
         * PETRARCH keeps one entry per verb, so the patterns of this block also go to the
         * earlier one, which takes this block's code when it had none */
        bs->merge = d->verbs[old].block;
        dyad_verb *ov = &d->verbs[old].pub;
        if (!ov->code || ov->code[0] == '-') {
            ov->code = code;
            ov->code2 = code2;
        }
    }
    int32_t v = dyad_dict_new_verb(d, bs->block, name, code, where);
    if (v < 0)
        return DYAD_ENOMEM;
    d->verbs[v].pub.code2 = code2;
    rc = add_form(src, w, wn, v);
    if (rc != DYAD_OK)
        return rc;
    if (!ob)
        return add_regular(src, w, wn, v);
    for (const char *p = ob + 1; p < cbr;) {
        while (p < cbr && (*p == ' ' || *p == '\t'))
            p++;
        const char *b = p;
        while (p < cbr && *p != ' ' && *p != '\t')
            p++;
        if (p > b && (rc = add_form(src, b, (size_t)(p - b), v)) != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

static int pattern_line(dyad_dict_src *src, const char *s, size_t n, int32_t block, int32_t merge)
{
    const char *code = NULL, *code2 = NULL, *why = NULL;
    size_t cb = n;
    int pc = parse_code(src->d, s, n, &cb, &code, &code2);
    if (pc <= 0)
        return dyad_dict_bad(src, pc ? "malformed [code] on pattern" : "pattern without [code]");
    const char *where = dyad_dict_where(src);
    if (!where)
        return DYAD_ENOMEM;
    const char *p = s + 1;
    size_t pn = cb - 1;
    trim(&p, &pn);
    int rc = dyad_dict_add_pattern(src->d, block, p, pn, code, code2, where, &why);
    if (rc == DYAD_OK && merge >= 0)
        rc = dyad_dict_add_pattern(src->d, merge, p, pn, code, code2, where, &why);
    if (rc == DYAD_EFORMAT)
        return dyad_dict_bad(src, "%s", why);
    return rc;
}

int dyad_dict_read_petr_verbs(dyad_dict_src *src, const char *text, size_t len)
{
    dyad_dict *d = src->d;
    enum { NONE, SYNSET, VERBS } mode = NONE;
    int32_t synset = -1;
    block_state bs = {-1, -1, NULL, NULL, {NULL, NULL, 0, 0}};
    size_t pos = 0;
    src->line = 0;
    int rc = DYAD_OK;
    while (pos < len) {
        const char *s;
        size_t n;
        pos = dyad_dict_next_line(text, len, pos, &s, &n);
        src->line++;
        if (n >= 2 && s[0] == '<' && s[1] == '!')
            continue; /* <!-- XML-style comment line --> */
        uncomment(s, &n);
        trim(&s, &n);
        if (!n)
            continue;
        rc = DYAD_OK;
        if (s[0] == '~') {
            d->transformations++;
        } else if (n >= 3 && memcmp(s, "---", 3) == 0) {
            const char *p = s + 3;
            size_t pn = n - 3;
            while (pn && p[pn - 1] == '-')
                pn--;
            const char *code = NULL, *code2 = NULL;
            size_t cb = pn;
            if (parse_code(d, p, pn, &cb, &code, &code2) <= 0) {
                rc = dyad_dict_bad(src, "verb block header without [code]");
                mode = NONE;
            } else if ((bs.block = dyad_dict_new_block(d)) < 0) {
                rc = DYAD_ENOMEM;
            } else {
                bs.code = code;
                bs.code2 = code2;
                bs.merge = -1;
                mode = VERBS;
            }
        } else if (s[0] == '&') {
            size_t k = 0;
            while (k < n && s[k] != ' ' && s[k] != '\t')
                k++;
            while (k > 1 && s[k - 1] == '_')
                k--;
            if (k < 2) {
                rc = dyad_dict_bad(src, "'&' without a synset name");
                mode = NONE;
            } else if ((synset = dyad_dict_synset_id(d, s, k)) < 0) {
                rc = DYAD_ENOMEM;
            } else {
                mode = SYNSET;
            }
        } else if (mode == SYNSET) {
            if (s[0] != '+')
                rc = dyad_dict_bad(src, "synset member must start with '+'");
            else if ((rc = dyad_dict_add_phrase(d, &d->synsets_t, s + 1, n - 1, synset)) ==
                     DYAD_EFORMAT)
                rc = dyad_dict_bad(src, "empty synset member");
        } else if (mode == VERBS) {
            if (s[0] == '-')
                rc = pattern_line(src, s, n, bs.block, bs.merge);
            else
                rc = verb_line(src, s, n, &bs);
        } else {
            rc = dyad_dict_bad(src, "line outside any verb block or synset");
        }
        if (rc != DYAD_OK)
            break;
    }
    dyad_free(bs.seen.name);
    dyad_free(bs.seen.verb);
    return rc;
}
