/* score.c — pairs coded events with gold rows and counts precision and recall (see score.h). */
#include "agg/score.h"

#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"

struct dyad_score {
    const dyad_gold *gold;
    const dyad_cameo *cameo;
    char symmetric[DYAD_SCORE_MAX_SYMMETRIC][5];
    int n_symmetric;
    dyad_arena arena;          /* event strings */
    dyad_score_event *ev;
    size_t n_ev, cap_ev;
    int32_t *gold_ev;          /* row → paired event or -1 */
    dyad_match *gold_level;    /* row → level */
    int32_t *gold_conf;        /* row → event set against it in the confusion table, or -1 */
    size_t *doc_ev_start;      /* events grouped by document: doc_ev[doc_ev_start[d] ..] */
    int32_t *doc_ev;
    dyad_score_result res;
    bool done;
};

void dyad_prf_compute(dyad_prf *x)
{
    x->p = x->tp + x->fp > 0 ? (double)x->tp / (double)(x->tp + x->fp) : 0.0;
    x->r = x->tp + x->fn > 0 ? (double)x->tp / (double)(x->tp + x->fn) : 0.0;
    x->f1 = x->p + x->r > 0 ? 2 * x->p * x->r / (x->p + x->r) : 0.0;
}

static bool digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}

static int parse_symmetric(dyad_score *s, const char *list, dyad_err *err)
{
    const char *p = list;
    while (*p) {
        size_t n = strcspn(p, ",");
        if (n < 3 || n > 4 || !digits(p, n))
            return dyad_err_set(err, DYAD_EINVAL,
                                "symmetric codes: '%.*s' is not a 3- or 4-digit CAMEO code",
                                (int)n, p);
        if (s->n_symmetric == DYAD_SCORE_MAX_SYMMETRIC)
            return dyad_err_set(err, DYAD_EINVAL, "more than %d symmetric codes",
                                DYAD_SCORE_MAX_SYMMETRIC);
        memcpy(s->symmetric[s->n_symmetric], p, n);
        s->symmetric[s->n_symmetric++][n] = '\0';
        p += n;
        if (*p == ',')
            p++;
    }
    return DYAD_OK;
}

static int cmp_str(const void *a, const void *b)
{
    const char *x = *(const char *const *)a, *y = *(const char *const *)b;
    if (!*x || !*y) /* "" sorts last */
        return (*x == '\0') - (*y == '\0');
    return strcmp(x, y);
}

/* The PLOVER categories of the CAMEO table, sorted, then "" (codes with none). */
static void collect_plover(dyad_score *s)
{
    dyad_score_result *r = &s->res;
    r->plover_name[r->n_plover++] = "";
    for (size_t i = 0; i < dyad_cameo_count(s->cameo); i++) {
        const char *p = dyad_cameo_at(s->cameo, i)->plover;
        bool seen = false;
        for (int k = 0; k < r->n_plover && !seen; k++)
            seen = strcmp(r->plover_name[k], p) == 0;
        if (!seen && r->n_plover < DYAD_SCORE_MAX_PLOVER)
            r->plover_name[r->n_plover++] = p;
    }
    qsort(r->plover_name, (size_t)r->n_plover, sizeof r->plover_name[0], cmp_str);
}

int dyad_score_new(dyad_score **out, const dyad_gold *gold, const dyad_cameo *cameo,
                   const dyad_score_cfg *cfg, dyad_err *err)
{
    *out = NULL;
    dyad_score *s = dyad_calloc(1, sizeof *s);
    if (!s)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    s->gold = gold;
    s->cameo = cameo;
    dyad_arena_init(&s->arena, 0);
    int rc = parse_symmetric(s, cfg && cfg->symmetric ? cfg->symmetric : DYAD_SCORE_SYMMETRIC,
                             err);
    if (rc != DYAD_OK) {
        dyad_score_free(s);
        return rc;
    }
    collect_plover(s);
    *out = s;
    return DYAD_OK;
}

void dyad_score_free(dyad_score *s)
{
    if (!s)
        return;
    dyad_arena_free(&s->arena);
    dyad_free(s->ev);
    dyad_free(s->gold_ev);
    dyad_free(s->gold_level);
    dyad_free(s->gold_conf);
    dyad_free(s->doc_ev_start);
    dyad_free(s->doc_ev);
    dyad_free(s);
}

/* 1..20 for a code of 2+ digits with such a root, else 0. */
static int root_of(const char *code)
{
    if (!digits(code, 2))
        return 0;
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    return r >= 1 && r <= 20 ? r : 0;
}

int dyad_score_add(dyad_score *s, const dyad_evrec *rec, dyad_err *err)
{
    int32_t doc = dyad_gold_doc_id(s->gold, rec->doc);
    if (doc < 0) {
        s->res.ignored++;
        return 0;
    }
    if (dyad_grow(&s->ev, &s->cap_ev, s->n_ev + 1, sizeof *s->ev) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    const dyad_event *e = &rec->ev;
    dyad_score_event *x = &s->ev[s->n_ev];
    memset(x, 0, sizeof *x);
    x->doc = doc;
    x->sent = e->sent;
    const char *text = rec->text ? rec->text : "", *verb = e->verb ? e->verb : "";
    x->text = dyad_collapse_ws(&s->arena, text, strlen(text));
    x->verb = dyad_collapse_ws(&s->arena, verb, strlen(verb));
    x->source = dyad_arena_strdup(&s->arena, e->source.code ? e->source.code : "");
    x->target = dyad_arena_strdup(&s->arena, e->target.code ? e->target.code : "");
    x->code = dyad_arena_strdup(&s->arena, e->code ? e->code : "");
    if (!x->text || !x->verb || !x->source || !x->target || !x->code)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    const dyad_cameo_entry *c = dyad_cameo_find(s->cameo, x->code);
    x->plover = c ? c->plover : "";
    if (!c && e->plover && *e->plover && !(x->plover = dyad_arena_strdup(&s->arena, e->plover)))
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    x->root = root_of(x->code);
    x->gold = x->confused = -1;
    s->n_ev++;
    return 1;
}

/* --- matching ------------------------------------------------------------------------------ */

static bool is_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (unsigned char)c >= 0x80;
}

/* needle occurs in hay as whole words (no letter or digit right before or after it). */
static bool has_words(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0)
        return false;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) {
        bool left = p == hay || !is_alnum(p[-1]);
        bool right = !is_alnum(p[n]);
        if (left && right)
            return true;
    }
    return false;
}

static bool same_sentence(const dyad_gold_row *g, const dyad_score_event *e)
{
    if (g->doc != e->doc)
        return false;
    if (g->sent >= 0)
        return e->sent == g->sent;
    if (*e->text)
        return strstr(e->text, g->anchor) != NULL;
    return has_words(g->anchor, e->verb);
}

/* The actor root: the first 3 characters. */
static bool same_root(const char *a, const char *b)
{
    return strncmp(a, b, 3) == 0;
}

static bool actor_ok(const char *gold, const char *ev, dyad_match level)
{
    return level == DYAD_MATCH_STRICT ? strcmp(gold, ev) == 0 : same_root(gold, ev);
}

/* Gold target "" (no target) takes an event target of "" or "---" at both levels. */
static bool target_ok(const char *gold, const char *ev, dyad_match level)
{
    if (!*gold)
        return !*ev || strcmp(ev, "---") == 0;
    return *ev && actor_ok(gold, ev, level);
}

static bool code_ok(const dyad_gold_row *g, const char *code, dyad_match level)
{
    if (level == DYAD_MATCH_STRICT) {
        if (strcmp(g->code, code) == 0)
            return true;
        for (int i = 0; i < g->n_alt_code; i++)
            if (strcmp(g->alt_code[i], code) == 0)
                return true;
        return false;
    }
    if (strlen(code) < 2)
        return false;
    if (strncmp(g->code, code, 2) == 0)
        return true;
    for (int i = 0; i < g->n_alt_root; i++)
        if (strncmp(g->alt_root[i], code, 2) == 0)
            return true;
    return false;
}

static bool is_symmetric(const dyad_score *s, const char *code)
{
    for (int i = 0; i < s->n_symmetric; i++)
        if (strcmp(s->symmetric[i], code) == 0)
            return true;
    return false;
}

/* Source and target agree at level, directly or (symmetric gold code) swapped. */
static bool actors_ok(const dyad_score *s, const dyad_gold_row *g, const dyad_score_event *e,
                      dyad_match level)
{
    if (*e->source && actor_ok(g->source, e->source, level) && target_ok(g->target, e->target, level))
        return true;
    return is_symmetric(s, g->code) && *e->target && actor_ok(g->source, e->target, level) &&
           target_ok(g->target, e->source, level);
}

static bool matches(const dyad_score *s, const dyad_gold_row *g, const dyad_score_event *e,
                    dyad_match level)
{
    return same_sentence(g, e) && code_ok(g, e->code, level) && actors_ok(s, g, e, level);
}

/* Groups event indexes by document (stable: input order within a document). */
static int group_events(dyad_score *s)
{
    size_t nd = dyad_gold_ndocs(s->gold);
    s->doc_ev_start = dyad_calloc(nd + 1, sizeof *s->doc_ev_start);
    s->doc_ev = dyad_malloc((s->n_ev ? s->n_ev : 1) * sizeof *s->doc_ev);
    if (!s->doc_ev_start || !s->doc_ev)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < s->n_ev; i++)
        s->doc_ev_start[s->ev[i].doc + 1]++;
    for (size_t d = 0; d < nd; d++)
        s->doc_ev_start[d + 1] += s->doc_ev_start[d];
    size_t *fill = dyad_malloc((nd + 1) * sizeof *fill);
    if (!fill)
        return DYAD_ENOMEM;
    memcpy(fill, s->doc_ev_start, (nd + 1) * sizeof *fill);
    for (size_t i = 0; i < s->n_ev; i++)
        s->doc_ev[fill[s->ev[i].doc]++] = (int32_t)i;
    dyad_free(fill);
    return DYAD_OK;
}

/* One greedy pass at level over the rows of class cls still free, in file order. */
static void pair_pass(dyad_score *s, dyad_gold_class cls, dyad_match level)
{
    const dyad_gold *g = s->gold;
    for (size_t r = 0; r < g->n; r++) {
        const dyad_gold_row *row = &g->rows[r];
        if (row->doc_only || row->cls != cls || s->gold_ev[r] >= 0)
            continue;
        for (size_t k = s->doc_ev_start[row->doc]; k < s->doc_ev_start[row->doc + 1]; k++) {
            dyad_score_event *e = &s->ev[s->doc_ev[k]];
            if (e->gold < 0 && matches(s, row, e, level)) {
                e->gold = (int32_t)r;
                e->level = level;
                s->gold_ev[r] = s->doc_ev[k];
                s->gold_level[r] = level;
                break;
            }
        }
    }
}

/* Confusion pairs: a missed required row and a free event of its sentence whose actor roots
 * agree (swapped too for symmetric codes) but whose CAMEO root differs; greedy in file order. */
static void confusion_pass(dyad_score *s)
{
    const dyad_gold *g = s->gold;
    for (size_t r = 0; r < g->n; r++) {
        const dyad_gold_row *row = &g->rows[r];
        if (row->doc_only || row->cls != DYAD_GOLD_REQ || s->gold_ev[r] >= 0)
            continue;
        int groot = root_of(row->code);
        for (size_t k = s->doc_ev_start[row->doc]; k < s->doc_ev_start[row->doc + 1]; k++) {
            dyad_score_event *e = &s->ev[s->doc_ev[k]];
            if (e->gold >= 0 || e->confused >= 0 || e->root == 0 || e->root == groot ||
                !same_sentence(row, e) || !actors_ok(s, row, e, DYAD_MATCH_LOOSE))
                continue;
            e->confused = (int32_t)r;
            s->gold_conf[r] = s->doc_ev[k];
            break;
        }
    }
}

static int plover_index(const dyad_score *s, const char *p)
{
    for (int i = 0; i < s->res.n_plover; i++)
        if (strcmp(s->res.plover_name[i], p) == 0)
            return i;
    return -1;
}

static void count(dyad_score *s)
{
    dyad_score_result *res = &s->res;
    const dyad_gold *g = s->gold;
    res->docs = (long)dyad_gold_ndocs(g);
    long opt_strict = 0;
    for (size_t r = 0; r < g->n; r++) {
        const dyad_gold_row *row = &g->rows[r];
        if (row->doc_only)
            continue;
        if (row->cls == DYAD_GOLD_OPT) {
            res->gold_opt++;
            opt_strict += s->gold_level[r] == DYAD_MATCH_STRICT;
            continue;
        }
        if (row->cls == DYAD_GOLD_NEG) {
            res->gold_neg++;
            continue;
        }
        res->gold_req++;
        int rt = root_of(row->code), pl = plover_index(s, row->plover);
        dyad_score_bucket *br = &res->root[rt], *bp = pl >= 0 ? &res->plover[pl] : NULL;
        br->gold++;
        if (bp)
            bp->gold++;
        if (s->gold_ev[r] >= 0) {
            res->loose.tp++;
            res->strict.tp += s->gold_level[r] == DYAD_MATCH_STRICT;
            br->loose.tp++;
            if (bp)
                bp->loose.tp++;
        } else {
            res->loose.fn++;
            br->loose.fn++;
            if (bp)
                bp->loose.fn++;
            int32_t c = s->gold_conf[r];
            res->confusion[rt][c >= 0 ? s->ev[c].root : 0]++;
        }
    }
    res->strict.fn = res->gold_req - res->strict.tp;
    for (size_t i = 0; i < s->n_ev; i++) {
        const dyad_score_event *e = &s->ev[i];
        res->events++;
        int pl = plover_index(s, e->plover);
        dyad_score_bucket *br = &res->root[e->root], *bp = pl >= 0 ? &res->plover[pl] : NULL;
        br->events++;
        if (bp)
            bp->events++;
        dyad_gold_class cls = e->gold >= 0 ? g->rows[e->gold].cls : DYAD_GOLD_NEG;
        if (e->gold >= 0 && cls == DYAD_GOLD_REQ)
            continue;
        if (e->gold >= 0 && cls == DYAD_GOLD_OPT) {
            res->opt_matched++;
            continue;
        }
        res->neg_false += e->gold >= 0; /* paired with a negative row */
        res->loose.fp++;
        br->loose.fp++;
        if (bp)
            bp->loose.fp++;
        if (e->confused < 0 && e->root > 0)
            res->confusion[0][e->root]++;
    }
    res->strict.fp = res->events - res->strict.tp - opt_strict;
    dyad_prf_compute(&res->loose);
    dyad_prf_compute(&res->strict);
    for (int r = 0; r < DYAD_SCORE_NROOT; r++)
        dyad_prf_compute(&res->root[r].loose);
    for (int p = 0; p < res->n_plover; p++)
        dyad_prf_compute(&res->plover[p].loose);
}

int dyad_score_run(dyad_score *s, dyad_err *err)
{
    if (s->done)
        return dyad_err_set(err, DYAD_EINVAL, "dyad_score_run called twice");
    size_t n = s->gold->n ? s->gold->n : 1;
    s->gold_ev = dyad_malloc(n * sizeof *s->gold_ev);
    s->gold_level = dyad_calloc(n, sizeof *s->gold_level);
    s->gold_conf = dyad_malloc(n * sizeof *s->gold_conf);
    if (!s->gold_ev || !s->gold_level || !s->gold_conf || group_events(s) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    for (size_t r = 0; r < s->gold->n; r++)
        s->gold_ev[r] = s->gold_conf[r] = -1;
    /* required rows choose first, so an optional or negative row of the same sentence never
     * takes the event a required one matches */
    for (int cls = DYAD_GOLD_REQ; cls <= DYAD_GOLD_NEG; cls++) {
        pair_pass(s, (dyad_gold_class)cls, DYAD_MATCH_STRICT);
        pair_pass(s, (dyad_gold_class)cls, DYAD_MATCH_LOOSE);
    }
    confusion_pass(s);
    count(s);
    s->done = true;
    return DYAD_OK;
}

const dyad_score_result *dyad_score_get(const dyad_score *s) { return &s->res; }
const dyad_gold *dyad_score_gold(const dyad_score *s) { return s->gold; }
size_t dyad_score_nevents(const dyad_score *s) { return s->n_ev; }

const dyad_score_event *dyad_score_event_at(const dyad_score *s, size_t i) { return &s->ev[i]; }

int32_t dyad_score_gold_pair(const dyad_score *s, size_t row, dyad_match *level)
{
    if (!s->done || row >= s->gold->n) {
        *level = DYAD_MATCH_NONE;
        return -1;
    }
    *level = s->gold_level[row];
    return s->gold_ev[row];
}
