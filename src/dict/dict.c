/* dict.c — the dictionary store: interned strings, records, phrase tables and the lookups. */
#include "dict/dict_internal.h"

#include "base/alloc.h"
#include "base/paths.h"
#include "base/utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Words are matched case-blind, by Unicode for Latin letters ("ÁÑEZ" matches "Áñez"):
 * dyad_utf8_upper_at keeps the byte length, so the upper-cased word is as long as the word. */

/* FNV-1a over the upper-cased bytes (matches dyad_hash of the upper-cased word). */
static uint64_t hash_upper(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    while (*s) {
        unsigned char c = (unsigned char)*s;
        if (c < 0x80) { /* ASCII (nearly every byte), as dyad_utf8_upper_at does it */
            h ^= c >= 'a' && c <= 'z' ? c - 32 : c;
            h *= 1099511628211ULL;
            s++;
            continue;
        }
        char u[2];
        int n = dyad_utf8_upper_at(s, u);
        for (int i = 0; i < n; i++) {
            h ^= (unsigned char)u[i];
            h *= 1099511628211ULL;
        }
        s += n;
    }
    return h;
}

static bool eq_upper(const char *stored, const char *w)
{
    while (*stored && *w) {
        unsigned char c = (unsigned char)*w;
        if (c < 0x80) { /* ASCII (nearly every byte), as dyad_utf8_upper_at does it */
            if (*stored != (char)(c >= 'a' && c <= 'z' ? c - 32 : c))
                return false;
            stored++, w++;
            continue;
        }
        char u[2];
        int n = dyad_utf8_upper_at(w, u);
        for (int i = 0; i < n; i++)
            if (stored[i] != u[i])
                return false;
        stored += n;
        w += n;
    }
    return *stored == *w;
}

int dyad_dict_new(dyad_dict **out, dyad_err *err)
{
    dyad_dict *d = dyad_calloc(1, sizeof *d);
    if (!d)
        return dyad_err_set(err, DYAD_ENOMEM, "dictionary: out of memory");
    dyad_arena_init(&d->arena, 0);
    dyad_intern_init(&d->strs);
    *out = d;
    return DYAD_OK;
}

static void table_free(dyad_dict_table *t)
{
    dyad_free(t->e);
    dyad_free(t->slots);
}

void dyad_dict_free(dyad_dict *d)
{
    if (!d)
        return;
    dyad_dict_table *ts[] = {&d->actors_t, &d->agents_t, &d->verbs_t,
                             &d->synsets_t, &d->discards_t, &d->issues_t};
    for (size_t i = 0; i < DYAD_ARRAY_LEN(ts); i++)
        table_free(ts[i]);
    for (size_t i = 0; i < d->nactors; i++)
        dyad_free(d->actors[i].r);
    for (size_t i = 0; i < d->nblocks; i++)
        dyad_free(d->blocks[i].pat);
    dyad_free(d->actors);
    dyad_free(d->agents);
    dyad_free(d->verbs);
    dyad_free(d->blocks);
    dyad_free(d->synsets);
    dyad_free(d->tagged);
    dyad_intern_free(&d->strs);
    dyad_arena_free(&d->arena);
    dyad_free(d);
}

int dyad_dict_bad(dyad_dict_src *s, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (s->diag) {
        s->diag->errors++;
        if (s->diag->report)
            s->diag->report(s->diag->ctx, s->file, s->line, msg);
    }
    return DYAD_OK;
}

const char *dyad_dict_str(dyad_dict *d, const char *s, size_t n)
{
    int32_t id = dyad_intern_add(&d->strs, s, n);
    return id < 0 ? NULL : dyad_intern_str(&d->strs, id);
}

const char *dyad_dict_upper(dyad_dict *d, const char *s, size_t n)
{
    char buf[256];
    char *tmp = n < sizeof buf ? buf : dyad_malloc(n + 1);
    if (!tmp)
        return NULL;
    tmp[0] = 0;
    for (size_t i = 0; i < n;) {
        char one[2] = {s[i], 0}, u[2]; /* the slice's last byte is read alone */
        int k = dyad_utf8_upper_at(i + 1 < n ? s + i : one, u);
        memcpy(tmp + i, u, (size_t)k);
        i += (size_t)k;
    }
    tmp[n] = 0;
    const char *r = dyad_dict_str(d, tmp, n);
    if (tmp != buf)
        dyad_free(tmp);
    return r;
}

/* "file:line"; a file of the built-in data folder is named as in the source tree
 * ("data/dict/verbs.dict:12"), so events carry the same evidence wherever dyad is installed. */
const char *dyad_dict_where(dyad_dict_src *s)
{
    char buf[1200];
    const char *dir = dyad_data_dir(), *file = s->file;
    size_t dl = strlen(dir);
    bool builtin = dl > 0 && strncmp(file, dir, dl) == 0 && file[dl] == '/';
    int k = builtin ? snprintf(buf, sizeof buf, "data%s:%ld", file + dl, s->line)
                    : snprintf(buf, sizeof buf, "%s:%ld", file, s->line);
    if (k < 0 || (size_t)k >= sizeof buf)
        k = (int)sizeof buf - 1;
    return dyad_dict_str(s->d, buf, (size_t)k);
}

int dyad_dict_add_phrase_case(dyad_dict *d, dyad_dict_table *t, const char *s, size_t n,
                              int32_t val, bool exact)
{
    const char *words[64];
    int nw = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '_' || s[i] == '\t'))
            i++;
        size_t b = i;
        while (i < n && s[i] != ' ' && s[i] != '_' && s[i] != '\t')
            i++;
        if (i > b) {
            if (nw == (int)DYAD_ARRAY_LEN(words))
                return DYAD_EFORMAT;
            if (!(words[nw++] = exact ? dyad_dict_str(d, s + b, i - b)
                                      : dyad_dict_upper(d, s + b, i - b)))
                return DYAD_ENOMEM;
        }
    }
    if (nw == 0)
        return DYAD_EFORMAT;
    if (dyad_grow(&t->e, &t->cap, t->n + 1, sizeof *t->e) != DYAD_OK)
        return DYAD_ENOMEM;
    const char **w = dyad_arena_alloc(&d->arena, sizeof *w * (size_t)nw);
    if (!w)
        return DYAD_ENOMEM;
    memcpy(w, words, sizeof *w * (size_t)nw);
    t->e[t->n++] = (dyad_dict_entry){hash_upper(w[0]), w, nw, val, d->seq++, exact};
    return DYAD_OK;
}

int dyad_dict_add_phrase(dyad_dict *d, dyad_dict_table *t, const char *s, size_t n, int32_t val)
{
    return dyad_dict_add_phrase_case(d, t, s, n, val, false);
}

int32_t dyad_dict_new_actor(dyad_dict *d, const char *name, const char *where)
{
    if (dyad_grow(&d->actors, &d->actors_cap, d->nactors + 1, sizeof *d->actors) != DYAD_OK)
        return -1;
    d->actors[d->nactors] = (dyad_dict_actor){name, where, NULL, 0, 0, false, false, 0, NULL, NULL};
    return (int32_t)d->nactors++;
}

int dyad_dict_actor_range(dyad_dict *d, int32_t actor, const char *code, int32_t from, int32_t to,
                          bool dated)
{
    dyad_dict_actor *a = &d->actors[actor];
    if (dyad_grow(&a->r, &a->cap, a->nr + 1, sizeof *a->r) != DYAD_OK)
        return DYAD_ENOMEM;
    a->r[a->nr++] = (dyad_dict_range){code, from, to, dated};
    if (dated && !to)
        a->open = true;
    /* "= GBRGOV ..2019-07-24": GBRELI after; of ranges with one end, the last given */
    if (dated && to && to >= a->last_to) {
        a->last_to = to;
        a->last_code = code;
        a->after = NULL;
        size_t n = code ? strlen(code) : 0;
        bool country = n >= 3 && code[0] >= 'A' && code[0] <= 'Z' && strncmp(code, "IGO", 3) &&
                       strncmp(code, "NGO", 3) && strncmp(code, "---", 3) && !strchr(code, '/');
        char *eli = country ? dyad_arena_alloc(&d->arena, 7) : NULL;
        if (eli) {
            memcpy(eli, code, 3);
            memcpy(eli + 3, "ELI", 4);
            a->after = eli;
        }
    }
    return DYAD_OK;
}

int32_t dyad_dict_new_agent(dyad_dict *d, const char *code, bool prefix, const char *name,
                            const char *where)
{
    if (dyad_grow(&d->agents, &d->agents_cap, d->nagents + 1, sizeof *d->agents) != DYAD_OK)
        return -1;
    d->agents[d->nagents] = (dyad_dict_agent){code, name, where, prefix};
    return (int32_t)d->nagents++;
}

int32_t dyad_dict_new_block(dyad_dict *d)
{
    if (dyad_grow(&d->blocks, &d->blocks_cap, d->nblocks + 1, sizeof *d->blocks) != DYAD_OK)
        return -1;
    d->blocks[d->nblocks] = (dyad_dict_block){NULL, 0, 0};
    return (int32_t)d->nblocks++;
}

int32_t dyad_dict_new_verb(dyad_dict *d, int32_t block, const char *name, const char *code,
                           const char *where)
{
    if (dyad_grow(&d->verbs, &d->verbs_cap, d->nverbs + 1, sizeof *d->verbs) != DYAD_OK)
        return -1;
    dyad_dict_verb *v = &d->verbs[d->nverbs];
    memset(v, 0, sizeof *v);
    v->pub.name = name;
    v->pub.code = code;
    v->pub.where = where;
    v->block = block;
    return (int32_t)d->nverbs++;
}

int32_t dyad_dict_synset_id(dyad_dict *d, const char *name, size_t n)
{
    const char *s = dyad_dict_upper(d, name, n);
    if (!s)
        return -1;
    for (size_t i = 0; i < d->nsynsets; i++)
        if (d->synsets[i] == s)
            return (int32_t)i;
    if (dyad_grow(&d->synsets, &d->synsets_cap, d->nsynsets + 1, sizeof *d->synsets) != DYAD_OK)
        return -1;
    d->synsets[d->nsynsets] = s;
    return (int32_t)d->nsynsets++;
}

int32_t dyad_dict_new_tagged(dyad_dict *d, const char *code, bool story)
{
    if (dyad_grow(&d->tagged, &d->tagged_cap, d->ntagged + 1, sizeof *d->tagged) != DYAD_OK)
        return -1;
    d->tagged[d->ntagged] = (dyad_dict_tagged){code, story};
    return (int32_t)d->ntagged++;
}

/* ---- finish ---- */

static int cmp_entry(const void *a, const void *b)
{
    const dyad_dict_entry *x = a, *y = b;
    if (x->h != y->h)
        return x->h < y->h ? -1 : 1;
    if (x->n != y->n)
        return x->n > y->n ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

int dyad_dict_table_build(dyad_dict_table *t)
{
    dyad_free(t->slots);
    t->slots = NULL;
    t->nslots = 0;
    if (t->n == 0)
        return DYAD_OK;
    if (t->n > 1) /* qsort must not get a NULL array, even of 0 */
        qsort(t->e, t->n, sizeof *t->e, cmp_entry);
    size_t ns = 16;
    while (ns < t->n * 2)
        ns <<= 1;
    t->slots = dyad_calloc(ns, sizeof *t->slots);
    if (!t->slots)
        return DYAD_ENOMEM;
    t->nslots = ns;
    for (size_t i = 0; i < t->n;) {
        size_t j = i;
        while (j < t->n && t->e[j].h == t->e[i].h)
            j++;
        size_t k = (size_t)t->e[i].h & (ns - 1);
        while (t->slots[k].count)
            k = (k + 1) & (ns - 1);
        t->slots[k] = (dyad_dict_slot){t->e[i].h, (uint32_t)i, (uint32_t)(j - i)};
        i = j;
    }
    return DYAD_OK;
}

static int specificity(const dyad_pattern *p)
{
    int k = 0;
    for (int32_t i = 0; i < p->n; i++)
        k += p->elem[i].kind == DYAD_PE_WORD || p->elem[i].kind == DYAD_PE_SYNSET;
    return k;
}

typedef struct pat_key {
    dyad_pattern p;
    int spec;
    size_t order;
} pat_key;

/* Most literal words first, then more elements, then file order. */
static int cmp_pat_key(const void *a, const void *b)
{
    const pat_key *x = a, *y = b;
    if (x->spec != y->spec)
        return x->spec > y->spec ? -1 : 1;
    if (x->p.n != y->p.n)
        return x->p.n > y->p.n ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

static int sort_block(dyad_dict_block *b)
{
    if (b->n < 2)
        return DYAD_OK;
    pat_key *k = dyad_malloc(sizeof *k * b->n);
    if (!k)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < b->n; i++)
        k[i] = (pat_key){b->pat[i], specificity(&b->pat[i]), i};
    if (b->n > 1) /* qsort must not get a NULL array, even of 0 */
        qsort(k, b->n, sizeof *k, cmp_pat_key);
    for (size_t i = 0; i < b->n; i++)
        b->pat[i] = k[i].p;
    dyad_free(k);
    return DYAD_OK;
}

int dyad_dict_finish(dyad_dict *d, dyad_err *err)
{
    dyad_dict_table *ts[] = {&d->actors_t, &d->agents_t, &d->verbs_t,
                             &d->synsets_t, &d->discards_t, &d->issues_t};
    for (size_t i = 0; i < DYAD_ARRAY_LEN(ts); i++)
        if (dyad_dict_table_build(ts[i]) != DYAD_OK)
            return dyad_err_set(err, DYAD_ENOMEM, "dictionary: out of memory");
    for (size_t i = 0; i < d->nblocks; i++)
        if (sort_block(&d->blocks[i]) != DYAD_OK)
            return dyad_err_set(err, DYAD_ENOMEM, "dictionary: out of memory");
    for (size_t i = 0; i < d->nverbs; i++) {
        dyad_dict_verb *v = &d->verbs[i];
        if (v->block >= 0) {
            v->pub.pat = d->blocks[v->block].pat;
            v->pub.npat = (int32_t)d->blocks[v->block].n;
        }
    }
    d->finished = true;
    return DYAD_OK;
}

void dyad_dict_get_stats(const dyad_dict *d, dyad_dict_stats *st)
{
    memset(st, 0, sizeof *st);
    st->actors = (long)d->nactors;
    st->actor_names = (long)d->actors_t.n;
    st->agents = (long)d->nagents;
    st->agent_names = (long)d->agents_t.n;
    st->verbs = (long)d->nverbs;
    st->verb_forms = (long)d->verbs_t.n;
    for (size_t i = 0; i < d->nblocks; i++)
        st->patterns += (long)d->blocks[i].n;
    st->synsets = (long)d->nsynsets;
    st->discards = (long)d->discards_t.n;
    st->issues = (long)d->issues_t.n;
}

/* Reports msg at where ("file:line") through diag and counts it. */
static void report_at(dyad_dict_diag *diag, const char *where, const char *msg)
{
    if (!diag)
        return;
    diag->errors++;
    if (!diag->report)
        return;
    char file[1024];
    const char *colon = strrchr(where, ':');
    size_t fl = colon ? (size_t)(colon - where) : strlen(where);
    snprintf(file, sizeof file, "%.*s", (int)fl, where);
    diag->report(diag->ctx, file, colon ? strtol(colon + 1, NULL, 10) : 0, msg);
}

long dyad_dict_check_refs(const dyad_dict *d, dyad_dict_diag *diag)
{
    long bad = 0;
    for (size_t b = 0; b < d->nblocks; b++) {
        for (size_t i = 0; i < d->blocks[b].n; i++) {
            const dyad_pattern *p = &d->blocks[b].pat[i];
            for (int32_t k = 0; k < p->n; k++) {
                if (p->elem[k].kind != DYAD_PE_SYNSET)
                    continue;
                size_t s = 0;
                while (s < d->nsynsets && d->synsets[s] != p->elem[k].word)
                    s++;
                if (s < d->nsynsets)
                    continue;
                bad++;
                char msg[300];
                snprintf(msg, sizeof msg, "pattern names undefined synset %s", p->elem[k].word);
                report_at(diag, p->where, msg);
            }
        }
    }
    return bad;
}

/* The first of code, code2 that known() rejects, or NULL. */
static const char *unknown_code(const char *code, const char *code2,
                                bool (*known)(void *ctx, const char *code), void *ctx)
{
    if (code && strcmp(code, "---") != 0 && !known(ctx, code))
        return code;
    if (code2 && strcmp(code2, "---") != 0 && !known(ctx, code2))
        return code2;
    return NULL;
}

long dyad_dict_check_codes(dyad_dict *d, bool (*known)(void *ctx, const char *code), void *ctx,
                           bool drop, dyad_dict_diag *diag)
{
    long bad = 0;
    char msg[512];
    for (size_t i = 0; i < d->nverbs; i++) {
        dyad_verb *v = &d->verbs[i].pub;
        const char *c = unknown_code(v->code, v->code2, known, ctx);
        if (!c)
            continue;
        bad++;
        snprintf(msg, sizeof msg, "unknown CAMEO code %s on verb %s%s", c, v->name,
                 drop ? " (its own code skipped)" : "");
        report_at(diag, v->where, msg);
        if (drop) {
            v->code = "---";
            v->code2 = NULL;
        }
    }
    for (size_t b = 0; b < d->nblocks; b++) {
        dyad_dict_block *bl = &d->blocks[b];
        size_t kept = 0;
        for (size_t i = 0; i < bl->n; i++) {
            const dyad_pattern *p = &bl->pat[i];
            const char *c = unknown_code(p->code, p->code2, known, ctx);
            if (c) {
                bad++;
                snprintf(msg, sizeof msg, "unknown CAMEO code %s on pattern \"%s\"%s", c,
                         p->text ? p->text : "", drop ? " (skipped)" : "");
                report_at(diag, p->where, msg);
            }
            if (!c || !drop)
                bl->pat[kept++] = *p;
        }
        bl->n = kept;
    }
    if (drop)
        for (size_t i = 0; i < d->nverbs; i++)
            if (d->verbs[i].block >= 0)
                d->verbs[i].pub.npat = (int32_t)d->blocks[d->verbs[i].block].n;
    return bad;
}

static void each_half(const char *code, const char *code2, bool pattern,
                      void (*fn)(void *ctx, const char *code, bool pattern), void *ctx)
{
    if (code && strcmp(code, "---") != 0)
        fn(ctx, code, pattern);
    if (code2 && strcmp(code2, "---") != 0)
        fn(ctx, code2, pattern);
}

void dyad_dict_each_code(const dyad_dict *d, void (*fn)(void *ctx, const char *code, bool pattern),
                         void *ctx)
{
    for (size_t i = 0; i < d->nverbs; i++)
        each_half(d->verbs[i].pub.code, d->verbs[i].pub.code2, false, fn, ctx);
    for (size_t b = 0; b < d->nblocks; b++)
        for (size_t i = 0; i < d->blocks[b].n; i++)
            each_half(d->blocks[b].pat[i].code, d->blocks[b].pat[i].code2, true, fn, ctx);
}

/* ---- lookups ---- */

static const dyad_dict_slot *find_slot(const dyad_dict_table *t, const char *w0)
{
    if (!t->nslots || !w0)
        return NULL;
    uint64_t h = hash_upper(w0);
    size_t k = (size_t)h & (t->nslots - 1);
    while (t->slots[k].count) {
        if (t->slots[k].h == h)
            return &t->slots[k];
        k = (k + 1) & (t->nslots - 1);
    }
    return NULL;
}

/* Entry e's word i is the word w (NULL: none). */
static bool word_matches(const dyad_dict_entry *e, int32_t i, const char *w)
{
    return w && (e->exact ? strcmp(e->w[i], w) == 0 : eq_upper(e->w[i], w));
}

/* The longest entry of t at words[0] (for which keep(val) holds when given); NULL if none.
 * The entries of a slot mostly share their first word (one interned string): it is compared
 * with words[0] once, and the answer kept for the entries after with the same string. */
static const dyad_dict_entry *longest(const dyad_dict_table *t, const char *const *words, int n,
                                      int32_t only_val)
{
    if (n <= 0 || !words)
        return NULL;
    const dyad_dict_slot *s = find_slot(t, words[0]);
    if (!s)
        return NULL;
    const char *first = NULL; /* the stored first word last compared, as exact or not */
    bool first_exact = false, first_ok = false;
    for (uint32_t i = 0; i < s->count; i++) {
        const dyad_dict_entry *e = &t->e[s->start + i];
        if ((only_val >= 0 && e->val != only_val) || e->n > n)
            continue;
        if (e->w[0] != first || e->exact != first_exact) {
            first = e->w[0];
            first_exact = e->exact;
            first_ok = word_matches(e, 0, words[0]);
        }
        bool ok = first_ok;
        for (int32_t k = 1; ok && k < e->n; k++)
            ok = word_matches(e, k, words[k]);
        if (ok)
            return e;
    }
    return NULL;
}

/* The YYYYMMDD date one month after d. */
static int32_t month_after(int32_t d)
{
    int32_t y = d / 10000, m = d / 100 % 100;
    return m == 12 ? (y + 1) * 10000 + 100 + d % 100 : d + 100;
}

static const char *actor_code(const dyad_dict_actor *a, int32_t date)
{
    const char *undated = NULL, *latest = NULL, *hit = NULL;
    int32_t latest_from = -1;
    for (size_t i = 0; i < a->nr; i++) {
        const dyad_dict_range *r = &a->r[i];
        if (!r->dated) {
            if (!undated)
                undated = r->code;
            continue;
        }
        int32_t key = r->from ? r->from : 1;
        if (!r->to && key >= latest_from) /* open-ended ranges are the latest of equal starts */
            latest_from = key, latest = r->code;
        else if (key > latest_from)
            latest_from = key, latest = r->code;
        if (date && (!r->from || date >= r->from) && (!r->to || date <= r->to) && !hit)
            hit = r->code;
    }
    if (date && !hit && !undated && !a->open && a->after && date > month_after(a->last_to))
        return a->after; /* out of office for a month: a former office holder */
    if (date && !hit && !undated && !a->open && date > a->last_to)
        return a->last_code; /* news of the days after ("was killed last week") */
    if (date)
        return hit ? hit : undated;
    return undated ? undated : latest;
}

bool dyad_dict_match_actor(const dyad_dict *d, const char *const *words, int n, int32_t date,
                           dyad_actor_match *out)
{
    const dyad_dict_entry *e = longest(&d->actors_t, words, n, -1);
    if (!e)
        return false;
    const dyad_dict_actor *a = &d->actors[e->val];
    out->len = e->n;
    out->code = actor_code(a, date);
    out->name = a->name;
    out->where = a->where;
    out->capital = a->capital;
    out->dated = a->open || a->last_to > 0;
    return true;
}

bool dyad_dict_match_agent(const dyad_dict *d, const char *const *words, int n,
                           dyad_agent_match *out)
{
    const dyad_dict_entry *e = longest(&d->agents_t, words, n, -1);
    if (!e)
        return false;
    const dyad_dict_agent *a = &d->agents[e->val];
    out->len = e->n;
    out->code = a->code;
    out->prefix = a->prefix;
    out->name = a->name;
    out->where = a->where;
    return true;
}

const dyad_verb *dyad_dict_find_verb(const dyad_dict *d, const char *const *words, int n,
                                     int32_t *len)
{
    const dyad_dict_entry *e = longest(&d->verbs_t, words, n, -1);
    if (!e)
        return NULL;
    if (len)
        *len = e->n;
    return &d->verbs[e->val].pub;
}

bool dyad_dict_verb_may_start(const dyad_dict *d, const char *word)
{
    return find_slot(&d->verbs_t, word) != NULL;
}

int dyad_dict_match_synset(const dyad_dict *d, const char *name, const char *const *words, int n)
{
    if (!name)
        return 0;
    int32_t id = -1;
    for (size_t i = 0; i < d->nsynsets; i++)
        if (eq_upper(d->synsets[i], name)) {
            id = (int32_t)i;
            break;
        }
    if (id < 0)
        return 0;
    const dyad_dict_entry *e = longest(&d->synsets_t, words, n, id);
    return e ? e->n : 0;
}

int dyad_dict_match_discard(const dyad_dict *d, const char *const *words, int n, bool *story)
{
    const dyad_dict_entry *e = longest(&d->discards_t, words, n, -1);
    if (!e)
        return 0;
    if (story)
        *story = d->tagged[e->val].story;
    return e->n;
}

int dyad_dict_match_issue(const dyad_dict *d, const char *const *words, int n, const char **code)
{
    const dyad_dict_entry *e = longest(&d->issues_t, words, n, -1);
    if (!e)
        return 0;
    if (code)
        *code = d->tagged[e->val].code;
    return e->n;
}
