/* dict_petr_nouns.c — reads PETRARCH-2 / TABARI actor, agent, discard and issue files. */
#include "dict/dict_internal.h"
#include "base/utf8.h"

#include "base/alloc.h"

#include <stdio.h>
#include <string.h>

static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
        (*n)--;
}

static void uncomment(const char *s, size_t *n)
{
    const char *h = memchr(s, '#', *n);
    if (h)
        *n = (size_t)(h - s);
}

/* Reads the next line into s and n (comment cut, trimmed); *indented when it began with blanks.
 * Returns false at the end of the text. */
static bool next(dyad_dict_src *src, const char *text, size_t len, size_t *pos, const char **s,
                 size_t *n, bool *indented)
{
    while (*pos < len) {
        *pos = dyad_dict_next_line(text, len, *pos, s, n);
        src->line++;
        if (*n >= 2 && (*s)[0] == '<' && (*s)[1] == '!')
            continue;
        *indented = *n && ((*s)[0] == ' ' || (*s)[0] == '\t');
        uncomment(*s, n);
        trim(s, n);
        if (*n)
            return true;
    }
    return false;
}

/* ---- actors ---- */

/* One "[CODE]" / "[CODE >D]" / "[CODE <D]" / "[CODE D-D]" group (without brackets). */
static int actor_code(dyad_dict_src *src, int32_t actor, const char *s, size_t n)
{
    dyad_dict *d = src->d;
    trim(&s, &n);
    size_t k = 0;
    while (k < n && s[k] != ' ' && s[k] != '\t')
        k++;
    if (k == 0)
        return dyad_dict_bad(src, "empty actor code");
    for (size_t i = 0; i < k; i++) /* the validation files use codes like +++ and ELR/GAL */
        if ((unsigned char)s[i] < 32 || s[i] == '[')
            return dyad_dict_bad(src, "bad character in actor code '%.*s'", (int)k, s);
    const char *code = dyad_dict_upper(d, s, k);
    if (!code)
        return DYAD_ENOMEM;
    const char *r = s + k;
    size_t rn = n - k;
    trim(&r, &rn);
    if (!rn)
        return dyad_dict_actor_range(d, actor, code, 0, 0, false);
    int32_t from = 0, to = 0;
    bool ok;
    if (r[0] == '>' || r[0] == '<') {
        const char *x = r + 1;
        size_t xn = rn - 1;
        trim(&x, &xn);
        ok = dyad_dict_parse_date(x, xn, r[0] == '>' ? &from : &to);
    } else {
        const char *dash = memchr(r, '-', rn), *x = r, *y = dash ? dash + 1 : NULL;
        size_t xn = dash ? (size_t)(dash - r) : 0, yn = dash ? rn - xn - 1 : 0;
        if (dash) {
            trim(&x, &xn);
            trim(&y, &yn);
        }
        ok = dash && dyad_dict_parse_date(x, xn, &from) && dyad_dict_parse_date(y, yn, &to) &&
             from <= to;
    }
    if (!ok)
        return dyad_dict_bad(src, "bad date range '%.*s' (YYMMDD or YYYYMMDD: >D, <D or D-D)",
                             (int)rn, r);
    return dyad_dict_actor_range(d, actor, code, from, to, true);
}

/* Every [..] group in s[0..n) becomes a code of actor; *name_end gets the first '['. */
static int actor_codes(dyad_dict_src *src, int32_t actor, const char *s, size_t n, size_t *name_end)
{
    const char *b = memchr(s, '[', n);
    *name_end = b ? (size_t)(b - s) : n;
    while (b) {
        const char *e = memchr(b, ']', n - (size_t)(b - s));
        if (!e)
            return dyad_dict_bad(src, "'[' without ']'");
        int rc = actor < 0 ? dyad_dict_bad(src, "code line before any actor")
                           : actor_code(src, actor, b + 1, (size_t)(e - b - 1));
        if (rc != DYAD_OK)
            return rc;
        b = memchr(e, '[', n - (size_t)(e - s));
    }
    return DYAD_OK;
}

static int actor_name(dyad_dict_src *src, int32_t actor, const char *s, size_t n)
{
    trim(&s, &n);
    int rc = dyad_dict_add_phrase(src->d, &src->d->actors_t, s, n, actor);
    return rc == DYAD_EFORMAT ? dyad_dict_bad(src, "empty actor name") : rc;
}

int dyad_dict_read_petr_actors(dyad_dict_src *src, const char *text, size_t len)
{
    dyad_dict *d = src->d;
    size_t pos = 0;
    const char *s;
    size_t n;
    bool ind;
    int32_t cur = -1;
    bool cur_bare = false; /* the current entry has only its name so far */
    long cur_line = 0;
    src->line = 0;
    while (next(src, text, len, &pos, &s, &n, &ind)) {
        int rc = DYAD_OK;
        size_t ne;
        if (s[0] == '[') {
            rc = actor_codes(src, cur, s, n, &ne);
            cur_bare = false;
        } else if (s[0] == '+') {
            if (cur < 0) {
                rc = dyad_dict_bad(src, "synonym before any actor");
            } else if ((rc = actor_codes(src, cur, s + 1, n - 1, &ne)) == DYAD_OK) {
                rc = actor_name(src, cur, s + 1, ne);
                cur_bare = false;
            }
        } else if (cur >= 0 && cur_bare) {
            /* an uncoded name directly followed by another entry: both share its codes */
            rc = actor_codes(src, cur, s, n, &ne);
            if (rc == DYAD_OK)
                rc = actor_name(src, cur, s, ne);
            cur_bare = d->actors[cur].nr == 0;
        } else {
            if (cur >= 0 && d->actors[cur].nr == 0) {
                long here = src->line;
                src->line = cur_line;
                dyad_dict_bad(src, "actor '%s' has no code", d->actors[cur].name);
                src->line = here;
            }
            const char *b = memchr(s, '[', n);
            size_t nn = b ? (size_t)(b - s) : n;
            const char *nm = s;
            trim(&nm, &nn);
            while (nn && nm[nn - 1] == '_')
                nn--;
            const char *name = dyad_dict_upper(d, nm, nn), *where = dyad_dict_where(src);
            if (!name || !where)
                return DYAD_ENOMEM;
            if ((cur = dyad_dict_new_actor(d, name, where)) < 0)
                return DYAD_ENOMEM;
            cur_line = src->line;
            rc = actor_codes(src, cur, s, n, &ne);
            if (rc == DYAD_OK)
                rc = actor_name(src, cur, s, ne);
            cur_bare = d->actors[cur].nr == 0;
        }
        DYAD_UNUSED(ind);
        if (rc != DYAD_OK)
            return rc;
    }
    if (cur >= 0 && d->actors[cur].nr == 0) {
        src->line = cur_line;
        dyad_dict_bad(src, "actor '%s' has no code", d->actors[cur].name);
    }
    return DYAD_OK;
}

/* ---- phrase variants (agents' !SUBST!, issues' n: and a+b) ---- */

#define MAX_ALT 16
#define MAX_TOK 24

typedef struct variants {
    char alt[MAX_TOK][MAX_ALT][64];
    int nalt[MAX_TOK];
    int ntok;
} variants;

typedef int (*variant_fn)(dyad_dict_src *src, const char *phrase, size_t n, void *ctx);

static int expand(dyad_dict_src *src, const variants *v, int t, char *buf, size_t used,
                  int *budget, variant_fn fn, void *ctx)
{
    if (t == v->ntok)
        return fn(src, buf, used, ctx);
    for (int a = 0; a < v->nalt[t]; a++) {
        if (--*budget < 0)
            return DYAD_OK;
        size_t l = strlen(v->alt[t][a]);
        if (used + l + 2 >= 1024)
            continue;
        size_t u = used;
        if (u && l)
            buf[u++] = ' ';
        memcpy(buf + u, v->alt[t][a], l);
        buf[u + l] = 0;
        int rc = expand(src, v, t + 1, buf, u + l, budget, fn, ctx);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

static int emit_all(dyad_dict_src *src, const variants *v, variant_fn fn, void *ctx)
{
    char buf[1024];
    int budget = 256;
    buf[0] = 0;
    return expand(src, v, 0, buf, 0, &budget, fn, ctx);
}

static void upper_copy(char *dst, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        char one[2] = {s[i], 0}, u[2]; /* Latin letters too (dyad_utf8_upper_at) */
        int k = dyad_utf8_upper_at(i + 1 < n ? s + i : one, u);
        memcpy(dst + i, u, (size_t)k);
        i += (size_t)k;
    }
    dst[n] = 0;
}

/* ---- agents ---- */

typedef struct subst {
    char name[32];
    char alt[MAX_ALT][64];
    int n;
} subst;

typedef struct agent_ctx {
    int32_t agent;
} agent_ctx;

static int add_agent_phrase(dyad_dict_src *src, const char *p, size_t n, void *ctx)
{
    agent_ctx *a = ctx;
    int rc = dyad_dict_add_phrase(src->d, &src->d->agents_t, p, n, a->agent);
    return rc == DYAD_EFORMAT ? dyad_dict_bad(src, "empty agent phrase") : rc;
}

/* Expands "CATTLE!PERSON!" into the alternatives of !PERSON! (one substitution per word). */
static bool agent_word(const subst *subs, int nsubs, const char *w, size_t n, char out[][64],
                       int *nout)
{
    const char *b = memchr(w, '!', n);
    if (!b) {
        if (n >= 64)
            return false;
        upper_copy(out[0], w, n);
        *nout = 1;
        return true;
    }
    const char *e = memchr(b + 1, '!', n - (size_t)(b - w) - 1);
    if (!e)
        return false;
    size_t nl = (size_t)(e - b + 1);
    for (int i = 0; i < nsubs; i++) {
        if (strlen(subs[i].name) != nl || strncmp(subs[i].name, b, nl) != 0)
            continue;
        size_t pre = (size_t)(b - w), post = n - (size_t)(e + 1 - w);
        *nout = 0;
        for (int k = 0; k < subs[i].n; k++) {
            size_t al = strlen(subs[i].alt[k]);
            if (pre + al + post >= 64)
                return false;
            upper_copy(out[*nout], w, pre);
            memcpy(out[*nout] + pre, subs[i].alt[k], al);
            upper_copy(out[*nout] + pre + al, e + 1, post);
            (*nout)++;
        }
        return true;
    }
    return false;
}

static int agent_variants(dyad_dict_src *src, const char *s, size_t n, const subst *subs,
                          int nsubs, const char *lb, variants *vp);

static int agent_line(dyad_dict_src *src, const char *s, size_t n, const subst *subs, int nsubs)
{
    const char *lb = memchr(s, '[', n), *rb = lb ? memchr(lb, ']', n - (size_t)(lb - s)) : NULL;
    if (!lb || !rb)
        return dyad_dict_bad(src, "agent without [~CODE] or [CODE~]");
    const char *c = lb + 1;
    size_t cn = (size_t)(rb - c);
    trim(&c, &cn);
    bool prefix = cn && c[cn - 1] == '~';
    if (cn && c[0] == '~')
        c++, cn--;
    else if (prefix)
        cn--;
    else
        return dyad_dict_bad(src, "agent code needs '~' before or after it");
    if (!cn)
        return dyad_dict_bad(src, "empty agent code");
    const char *ob = memchr(s, '{', (size_t)(lb - s));
    const char *cb = ob ? memchr(ob, '}', (size_t)(lb - ob)) : NULL;
    if (ob && !cb)
        return dyad_dict_bad(src, "'{' without '}'");
    const char *w = s;
    size_t wn = (size_t)((ob ? ob : lb) - s);
    trim(&w, &wn);
    if (!wn)
        return dyad_dict_bad(src, "agent without words");
    variants *vp = dyad_malloc(sizeof *vp);
    if (!vp)
        return DYAD_ENOMEM;
    int rc = agent_variants(src, s, n, subs, nsubs, lb, vp);
    dyad_free(vp);
    return rc;
}

static int agent_variants(dyad_dict_src *src, const char *s, size_t n, const subst *subs,
                          int nsubs, const char *lb, variants *vp)
{
    dyad_dict *d = src->d;
    const char *c = lb + 1, *rb = memchr(lb, ']', n - (size_t)(lb - s));
    size_t cn = (size_t)(rb - c);
    trim(&c, &cn);
    bool prefix = cn && c[cn - 1] == '~';
    if (cn && c[0] == '~')
        c++, cn--;
    else if (prefix)
        cn--;
    const char *code = dyad_dict_upper(d, c, cn), *where = dyad_dict_where(src);
    if (!code || !where)
        return DYAD_ENOMEM;
    const char *ob = memchr(s, '{', (size_t)(lb - s));
    const char *cb = ob ? memchr(ob, '}', (size_t)(lb - ob)) : NULL;
    const char *w = s;
    size_t wn = (size_t)((ob ? ob : lb) - s);
    trim(&w, &wn);
    variants *v = vp;
    v->ntok = 0;
    bool has_subst = false;
    for (size_t i = 0; i < wn;) {
        while (i < wn && (w[i] == '_' || w[i] == ' '))
            i++;
        size_t b = i;
        while (i < wn && w[i] != '_' && w[i] != ' ')
            i++;
        if (i == b)
            continue;
        if (v->ntok == MAX_TOK)
            return dyad_dict_bad(src, "agent phrase too long");
        has_subst |= memchr(w + b, '!', i - b) != NULL;
        if (!agent_word(subs, nsubs, w + b, i - b, v->alt[v->ntok], &v->nalt[v->ntok]))
            return dyad_dict_bad(src, "unknown !SUBSTITUTION! or word too long in '%.*s'",
                                 (int)(i - b), w + b);
        v->ntok++;
    }
    if (v->ntok == 0) /* only '_' and spaces: fuzz/regress/dict_agents */
        return dyad_dict_bad(src, "agent line without a word");
    char name[256];
    size_t nl = wn < sizeof name - 1 ? wn : sizeof name - 1;
    upper_copy(name, w, nl);
    const char *nm = dyad_dict_str(d, name, nl);
    agent_ctx ctx = {dyad_dict_new_agent(d, code, prefix, nm, where)};
    if (!nm || ctx.agent < 0)
        return DYAD_ENOMEM;
    int rc = emit_all(src, v, add_agent_phrase, &ctx);
    if (rc != DYAD_OK)
        return rc;
    if (ob) { /* explicit plurals, '_' joining words; "{}" means none */
        for (const char *p = ob + 1; p < cb;) {
            while (p < cb && (*p == ' ' || *p == '\t'))
                p++;
            const char *b = p;
            while (p < cb && *p != ' ' && *p != '\t')
                p++;
            if (p > b && (rc = add_agent_phrase(src, b, (size_t)(p - b), &ctx)) != DYAD_OK)
                return rc;
        }
    } else if (!has_subst) { /* regular plural of the last word */
        int last = v->ntok - 1;
        if (!dyad_dict_plural(v->alt[last][0], v->alt[last][0], 64))
            return DYAD_OK;
        rc = emit_all(src, v, add_agent_phrase, &ctx);
    }
    return rc;
}

static int subst_line(dyad_dict_src *src, const char *s, size_t n, subst *subs, int *nsubs)
{
    const char *e = memchr(s + 1, '!', n - 1), *eq = memchr(s, '=', n);
    if (!e || !eq || eq < e || (size_t)(e - s + 1) >= sizeof subs[0].name)
        return dyad_dict_bad(src, "substitution must read !NAME! = A, B, ...");
    if (*nsubs == 16)
        return dyad_dict_bad(src, "too many !SUBSTITUTIONS! (16 at most)");
    subst *x = &subs[*nsubs];
    upper_copy(x->name, s, (size_t)(e - s + 1));
    x->n = 0;
    for (const char *p = eq + 1; p < s + n;) {
        const char *c = memchr(p, ',', (size_t)(s + n - p));
        const char *end = c ? c : s + n, *a = p;
        size_t an = (size_t)(end - p);
        trim(&a, &an);
        if (an && an < 64 && x->n < MAX_ALT)
            upper_copy(x->alt[x->n++], a, an);
        p = end + 1;
    }
    if (!x->n)
        return dyad_dict_bad(src, "substitution without alternatives");
    (*nsubs)++;
    return DYAD_OK;
}

int dyad_dict_read_petr_agents(dyad_dict_src *src, const char *text, size_t len)
{
    subst *subs = dyad_calloc(16, sizeof *subs);
    int nsubs = 0;
    if (!subs)
        return DYAD_ENOMEM;
    size_t pos = 0;
    const char *s;
    size_t n;
    bool ind;
    src->line = 0;
    while (next(src, text, len, &pos, &s, &n, &ind)) {
        int rc = s[0] == '!' && memchr(s, '=', n) ? subst_line(src, s, n, subs, &nsubs)
                                                   : agent_line(src, s, n, subs, nsubs);
        if (rc != DYAD_OK) {
            dyad_free(subs);
            return rc;
        }
    }
    dyad_free(subs);
    return DYAD_OK;
}

/* ---- discards ---- */

int dyad_dict_read_petr_discards(dyad_dict_src *src, const char *text, size_t len)
{
    dyad_dict *d = src->d;
    size_t pos = 0;
    const char *s;
    size_t n;
    bool ind;
    int32_t tag[2] = {-1, -1};
    src->line = 0;
    while (next(src, text, len, &pos, &s, &n, &ind)) {
        bool story = s[0] == '+';
        if (story)
            s++, n--;
        /* Phoenix lists the years 1914-2013, "YEARS AGO", "WEEKS LATER", "APRIL 1942" to
         * keep historical references out; read as discards they throw away every sentence
         * that dates its event ("attacked the town in 1994"): time phrases are not read. */
        if (dyad_dict_time_phrase(s, n))
            continue;
        if (tag[story] < 0 && (tag[story] = dyad_dict_new_tagged(d, NULL, story)) < 0)
            return DYAD_ENOMEM;
        int rc = dyad_dict_add_phrase(d, &d->discards_t, s, n, tag[story]);
        if (rc == DYAD_EFORMAT)
            rc = dyad_dict_bad(src, "empty discard phrase");
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

/* ---- issues ---- */

typedef struct issue_ctx {
    int32_t tag;
} issue_ctx;

static int add_issue_phrase(dyad_dict_src *src, const char *p, size_t n, void *ctx)
{
    issue_ctx *x = ctx;
    int rc = dyad_dict_add_phrase(src->d, &src->d->issues_t, p, n, x->tag);
    return rc == DYAD_EFORMAT ? dyad_dict_bad(src, "empty issue phrase") : rc;
}

/* One issue token: "n:word" → word and its plural; "a+b+c" → "A B C", "A-B-C", "ABC". */
static bool issue_token(const char *w, size_t n, char out[][64], int *nout)
{
    bool noun = n > 2 && w[0] == 'n' && w[1] == ':';
    if (noun)
        w += 2, n -= 2;
    const char *plus = memchr(w, '+', n);
    if (n >= 60)
        return false;
    *nout = 0;
    if (plus) {
        const char seps[3] = {' ', '-', 0};
        for (int k = 0; k < 3; k++) {
            size_t o = 0;
            for (size_t i = 0; i < n; i++) {
                if (w[i] != '+')
                    out[*nout][o++] = (char)(w[i] >= 'a' && w[i] <= 'z' ? w[i] - 32 : w[i]);
                else if (seps[k])
                    out[*nout][o++] = seps[k];
            }
            out[*nout][o] = 0;
            (*nout)++;
        }
    } else {
        upper_copy(out[(*nout)++], w, n);
    }
    if (noun) {
        int base = *nout;
        for (int k = 0; k < base; k++) {
            char pl[64];
            if (dyad_dict_plural(out[k], pl, sizeof pl))
                memcpy(out[(*nout)++], pl, sizeof pl);
        }
    }
    return true;
}

static int issues_with(dyad_dict_src *src, const char *text, size_t len, variants *v);

int dyad_dict_read_petr_issues(dyad_dict_src *src, const char *text, size_t len)
{
    variants *v = dyad_malloc(sizeof *v);
    if (!v)
        return DYAD_ENOMEM;
    int rc = issues_with(src, text, len, v);
    dyad_free(v);
    return rc;
}

static int issues_with(dyad_dict_src *src, const char *text, size_t len, variants *v)
{
    dyad_dict *d = src->d;
    size_t pos = 0;
    const char *s;
    size_t n;
    bool ind;
    const char *category = NULL;
    int32_t neg_tag = -1;
    src->line = 0;
    while (next(src, text, len, &pos, &s, &n, &ind)) {
        int rc = DYAD_OK;
        if (n >= 6 && memcmp(s, "<ISSUE", 6) == 0) {
            const char *c = strstr(s, "CATEGORY=\"");
            const char *q = c && c < s + n ? memchr(c + 10, '"', (size_t)(s + n - c - 10)) : NULL;
            if (!q) {
                category = NULL;
                rc = dyad_dict_bad(src, "<ISSUE> without CATEGORY=\"...\"");
            } else if (!(category = dyad_dict_upper(d, c + 10, (size_t)(q - c - 10)))) {
                return DYAD_ENOMEM;
            }
        } else if (n >= 7 && memcmp(s, "</ISSUE", 7) == 0) {
            category = NULL;
        } else if (!category) {
            rc = dyad_dict_bad(src, "issue phrase outside an <ISSUE> block");
        } else {
            bool neg = s[0] == '~';
            if (neg)
                s++, n--;
            const char *lb = memchr(s, '[', n), *rb = lb ? memchr(lb, ']', n - (size_t)(lb - s)) : NULL;
            if (lb && !rb) {
                rc = dyad_dict_bad(src, "'[' without ']'");
            } else {
                issue_ctx ctx = {-1};
                if (neg) {
                    if (neg_tag < 0 && (neg_tag = dyad_dict_new_tagged(d, NULL, false)) < 0)
                        return DYAD_ENOMEM;
                    ctx.tag = neg_tag;
                } else {
                    const char *code = category;
                    if (lb && !(code = dyad_dict_upper(d, lb + 1, (size_t)(rb - lb - 1))))
                        return DYAD_ENOMEM;
                    if ((ctx.tag = dyad_dict_new_tagged(d, code, false)) < 0)
                        return DYAD_ENOMEM;
                }
                size_t pn = lb ? (size_t)(lb - s) : n;
                bool bad = false;
                v->ntok = 0;
                for (size_t i = 0; i < pn && !bad;) {
                    while (i < pn && s[i] == ' ')
                        i++;
                    size_t b = i;
                    while (i < pn && s[i] != ' ')
                        i++;
                    if (i == b)
                        continue;
                    if (v->ntok == MAX_TOK ||
                        !issue_token(s + b, i - b, v->alt[v->ntok], &v->nalt[v->ntok]))
                        bad = true, rc = dyad_dict_bad(src, "bad issue word '%.*s'", (int)(i - b), s + b);
                    else
                        v->ntok++;
                }
                if (!bad && !v->ntok)
                    rc = dyad_dict_bad(src, "empty issue phrase");
                else if (!bad)
                    rc = emit_all(src, v, add_issue_phrase, &ctx);
            }
        }
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}
