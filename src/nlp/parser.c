/* parser.c — arc-hybrid transitions, feature templates and greedy decoding; model sections. */
#include "nlp/parser.h"

#include "base/alloc.h"
#include "base/hash.h"

#include <string.h>

int dyad_dep_work_reserve(dyad_dep_work *w, size_t n)
{
    if (n + 1 <= w->cap)
        return DYAD_OK;
    size_t cap = w->cap ? w->cap : 64;
    while (cap < n + 1)
        cap *= 2;
    int *blk = dyad_malloc(cap * 10 * sizeof *blk);
    uint64_t *b64 = dyad_malloc(cap * 4 * sizeof *b64);
    if (!blk || !b64) {
        dyad_free(blk);
        dyad_free(b64);
        return DYAD_ENOMEM;
    }
    dyad_free(w->block);
    dyad_free(w->block64);
    w->block = blk;
    w->block64 = b64;
    w->cap = cap;
    dyad_dep_state *st = &w->st;
    st->stack = blk;
    st->head = blk + cap;
    st->label = blk + 2 * cap;
    st->lc1 = blk + 3 * cap;
    st->lc2 = blk + 4 * cap;
    st->rc1 = blk + 5 * cap;
    st->rc2 = blk + 6 * cap;
    st->nl = blk + 7 * cap;
    st->nr = blk + 8 * cap;
    st->ls_l = b64;
    st->ls_r = b64 + cap;
    st->wh = b64 + 2 * cap;
    st->th = b64 + 3 * cap;
    return DYAD_OK;
}

void dyad_dep_work_free(dyad_dep_work *w)
{
    dyad_free(w->block);
    dyad_free(w->block64);
    memset(w, 0, sizeof *w);
}

void dyad_dep_init(dyad_dep_state *st, const dyad_sentence *s, const dyad_wfeat *wf)
{
    int n = (int)s->n;
    st->n = n;
    st->sp = 0;
    st->b = 0;
    for (int i = 0; i <= n; i++) {
        st->head[i] = st->label[i] = -1;
        st->lc1[i] = st->lc2[i] = st->rc1[i] = st->rc2[i] = -1;
        st->nl[i] = st->nr[i] = 0;
        st->ls_l[i] = st->ls_r[i] = 0;
        if (i < n) {
            const char *x = s->tok[i].xpos ? s->tok[i].xpos : "_";
            /* Words seen fewer than 10 times in training (no ambiguity class) share one
             * "rare" word feature: dev LAS 81.36 against 80.89 with their own forms. */
            st->wh[i] = wf[i].ambig == 0xFFFFFFFFFFFFFFFFull ? 0x554E4Bull : wf[i].lower;
            /* XPOS with UPOS: tells AUX from VERB (both VBZ...), PRON from DET... */
            st->th[i] = dyad_hash_mix(dyad_hash(x, strlen(x)), s->tok[i].upos);
        } else {
            st->wh[i] = 0x524F4F54ull; /* root */
            st->th[i] = 0x524F4F55ull;
        }
    }
}

/* Which move families the configuration allows. */
static void moves(const dyad_dep_state *st, bool *shift, bool *left, bool *right)
{
    *shift = st->b < st->n;
    *left = st->sp > 0 && (st->b < st->n || st->sp == 1);
    *right = st->sp > 1;
}

void dyad_dep_valid(const dyad_dep_state *st, int nlabels, bool *ok)
{
    bool shift, left, right;
    moves(st, &shift, &left, &right);
    ok[0] = shift;
    for (int l = 0; l < nlabels; l++) {
        ok[1 + 2 * l] = left;
        ok[2 + 2 * l] = right;
    }
}

static void add_arc(dyad_dep_state *st, int h, int d, int l)
{
    st->head[d] = h;
    st->label[d] = l;
    if (d < h) {
        if (st->lc1[h] < 0 || d < st->lc1[h]) {
            st->lc2[h] = st->lc1[h];
            st->lc1[h] = d;
        } else if (st->lc2[h] < 0 || d < st->lc2[h]) {
            st->lc2[h] = d;
        }
        st->nl[h]++;
        st->ls_l[h] |= 1ull << (l & 63);
    } else {
        if (st->rc1[h] < 0 || d > st->rc1[h]) {
            st->rc2[h] = st->rc1[h];
            st->rc1[h] = d;
        } else if (st->rc2[h] < 0 || d > st->rc2[h]) {
            st->rc2[h] = d;
        }
        st->nr[h]++;
        st->ls_r[h] |= 1ull << (l & 63);
    }
}

void dyad_dep_apply(dyad_dep_state *st, int cls)
{
    if (cls == 0) {
        st->stack[st->sp++] = st->b++;
        return;
    }
    int l = (cls - 1) / 2, s0 = st->stack[--st->sp];
    if ((cls - 1) % 2 == 0)
        add_arc(st, st->b, s0, l);
    else
        add_arc(st, st->stack[st->sp - 1], s0, l);
}

/* ---- features ---- */

#define NONE_H 0x4E4F4E45ull

typedef struct tokf {
    uint64_t w, t, l; /* word, tag, label (of the arc into it) */
} tokf;

static tokf tok(const dyad_dep_state *st, int i)
{
    tokf r;
    if (i < 0) {
        r.w = r.t = r.l = NONE_H;
    } else {
        r.w = st->wh[i];
        r.t = st->th[i];
        r.l = (uint64_t)(st->label[i] + 2);
    }
    return r;
}

static uint64_t k1(int id, uint64_t a) { return dyad_hash_mix((uint64_t)id * 0x9E3779B97F4A7C15ull, a); }
static uint64_t k2(int id, uint64_t a, uint64_t b) { return dyad_hash_mix(k1(id, a), b); }
static uint64_t k3(int id, uint64_t a, uint64_t b, uint64_t c) { return dyad_hash_mix(k2(id, a, b), c); }

int dyad_dep_features(const dyad_dep_state *st, uint64_t *f)
{
    int s0i = st->sp > 0 ? st->stack[st->sp - 1] : -1;
    int s1i = st->sp > 1 ? st->stack[st->sp - 2] : -1;
    int s2i = st->sp > 2 ? st->stack[st->sp - 3] : -1;
    int b0i = st->b <= st->n ? st->b : -1;
    int b1i = st->b + 1 < st->n ? st->b + 1 : (st->b + 1 == st->n ? st->n : -1);
    int b2i = st->b + 2 < st->n ? st->b + 2 : (st->b + 2 == st->n ? st->n : -1);
    tokf s0 = tok(st, s0i), s1 = tok(st, s1i), s2 = tok(st, s2i);
    tokf b0 = tok(st, b0i), b1 = tok(st, b1i), b2 = tok(st, b2i);
    tokf s0l = tok(st, s0i >= 0 ? st->lc1[s0i] : -1), s0r = tok(st, s0i >= 0 ? st->rc1[s0i] : -1);
    tokf s0l2 = tok(st, s0i >= 0 ? st->lc2[s0i] : -1), s0r2 = tok(st, s0i >= 0 ? st->rc2[s0i] : -1);
    tokf s1l = tok(st, s1i >= 0 ? st->lc1[s1i] : -1), s1r = tok(st, s1i >= 0 ? st->rc1[s1i] : -1);
    tokf b0l = tok(st, b0i >= 0 ? st->lc1[b0i] : -1), b0l2 = tok(st, b0i >= 0 ? st->lc2[b0i] : -1);
    uint64_t s0wt = dyad_hash_mix(s0.w, s0.t), s1wt = dyad_hash_mix(s1.w, s1.t);
    uint64_t b0wt = dyad_hash_mix(b0.w, b0.t), b1wt = dyad_hash_mix(b1.w, b1.t);
    uint64_t d = 0, d1 = 0;
    if (s0i >= 0 && b0i >= 0) {
        int dd = b0i - s0i;
        d = (uint64_t)(dd > 5 ? (dd > 10 ? 7 : 6) : dd);
    }
    if (s0i >= 0 && s1i >= 0) {
        int dd = s0i - s1i;
        d1 = (uint64_t)(dd > 5 ? (dd > 10 ? 7 : 6) : dd);
    }
    uint64_t s0vl = s0i >= 0 ? (uint64_t)st->nl[s0i] : 99, s0vr = s0i >= 0 ? (uint64_t)st->nr[s0i] : 99;
    uint64_t b0vl = b0i >= 0 ? (uint64_t)st->nl[b0i] : 99, s1vr = s1i >= 0 ? (uint64_t)st->nr[s1i] : 99;
    uint64_t s0sl = s0i >= 0 ? st->ls_l[s0i] : 1, s0sr = s0i >= 0 ? st->ls_r[s0i] : 1;
    uint64_t b0sl = b0i >= 0 ? st->ls_l[b0i] : 1;
    int k = 0, id = 1;
    /* single words */
    f[k++] = k1(id++, s0.w), f[k++] = k1(id++, s0.t), f[k++] = k1(id++, s0wt);
    f[k++] = k1(id++, s1.w), f[k++] = k1(id++, s1.t), f[k++] = k1(id++, s1wt);
    f[k++] = k1(id++, b0.w), f[k++] = k1(id++, b0.t), f[k++] = k1(id++, b0wt);
    f[k++] = k1(id++, b1.w), f[k++] = k1(id++, b1.t), f[k++] = k1(id++, b1wt);
    f[k++] = k1(id++, b2.w), f[k++] = k1(id++, b2.t), f[k++] = k1(id++, s2.t);
    /* pairs */
    f[k++] = k2(id++, s0wt, b0wt), f[k++] = k2(id++, s0wt, b0.w), f[k++] = k2(id++, s0.w, b0wt);
    f[k++] = k2(id++, s0wt, b0.t), f[k++] = k2(id++, s0.t, b0wt), f[k++] = k2(id++, s0.w, b0.w);
    f[k++] = k2(id++, s0.t, b0.t), f[k++] = k2(id++, b0.t, b1.t), f[k++] = k2(id++, s0.w, s1.w);
    f[k++] = k2(id++, s0.t, s1.t), f[k++] = k2(id++, s0wt, s1.t), f[k++] = k2(id++, s0.t, s1wt);
    f[k++] = k2(id++, s1.w, b0.w), f[k++] = k2(id++, s1.t, b0.t), f[k++] = k2(id++, b0.w, b1.w);
    f[k++] = k2(id++, b0wt, b1.t), f[k++] = k2(id++, b0.t, b1wt);
    /* tag triples */
    f[k++] = k3(id++, b0.t, b1.t, b2.t), f[k++] = k3(id++, s0.t, b0.t, b1.t);
    f[k++] = k3(id++, s1.t, s0.t, b0.t), f[k++] = k3(id++, s2.t, s1.t, s0.t);
    f[k++] = k3(id++, s0.t, s0l.t, b0.t), f[k++] = k3(id++, s0.t, s0r.t, b0.t);
    f[k++] = k3(id++, s0.t, b0.t, b0l.t), f[k++] = k3(id++, s1.t, s0.t, s0l.t);
    f[k++] = k3(id++, s1.t, s1r.t, s0.t), f[k++] = k3(id++, s1.t, s0.t, s0r.t);
    f[k++] = k3(id++, s1.t, s1l.t, s0.t), f[k++] = k3(id++, s0.w, s1.t, b0.t);
    /* distance */
    f[k++] = k2(id++, s0.w, d), f[k++] = k2(id++, s0.t, d), f[k++] = k2(id++, b0.w, d);
    f[k++] = k2(id++, b0.t, d), f[k++] = k3(id++, s0.t, b0.t, d), f[k++] = k3(id++, s1.t, s0.t, d1);
    f[k++] = k3(id++, s0.w, b0.w, d), f[k++] = k3(id++, s1.w, s0.w, d1);
    /* valency */
    f[k++] = k2(id++, s0.w, s0vr), f[k++] = k2(id++, s0.t, s0vr), f[k++] = k2(id++, s0.w, s0vl);
    f[k++] = k2(id++, s0.t, s0vl), f[k++] = k2(id++, b0.w, b0vl), f[k++] = k2(id++, b0.t, b0vl);
    f[k++] = k2(id++, s1.t, s1vr);
    /* children */
    f[k++] = k1(id++, s0l.w), f[k++] = k1(id++, s0l.t), f[k++] = k1(id++, s0l.l);
    f[k++] = k1(id++, s0r.w), f[k++] = k1(id++, s0r.t), f[k++] = k1(id++, s0r.l);
    f[k++] = k1(id++, s0l2.t), f[k++] = k1(id++, s0l2.l), f[k++] = k1(id++, s0r2.t);
    f[k++] = k1(id++, s0r2.l), f[k++] = k1(id++, b0l.w), f[k++] = k1(id++, b0l.t);
    f[k++] = k1(id++, b0l.l), f[k++] = k1(id++, b0l2.t), f[k++] = k1(id++, b0l2.l);
    f[k++] = k1(id++, s1l.t), f[k++] = k1(id++, s1l.l), f[k++] = k1(id++, s1r.t);
    f[k++] = k1(id++, s1r.l);
    f[k++] = k3(id++, s0.t, s0l.t, s0l2.t), f[k++] = k3(id++, s0.t, s0r.t, s0r2.t);
    f[k++] = k3(id++, b0.t, b0l.t, b0l2.t), f[k++] = k3(id++, s0.t, s0l.l, s0r.l);
    f[k++] = k2(id++, s0wt, s0r.l), f[k++] = k2(id++, b0wt, b0l.l);
    /* label sets */
    f[k++] = k2(id++, s0.w, s0sl), f[k++] = k2(id++, s0.t, s0sl), f[k++] = k2(id++, s0.w, s0sr);
    f[k++] = k2(id++, s0.t, s0sr), f[k++] = k2(id++, b0.w, b0sl), f[k++] = k2(id++, b0.t, b0sl);
    f[k++] = k1(id++, 0); /* bias */
    return k;
}

/* dyad_pt_argmax over the moves dyad_dep_valid allows (the first of equal best), without
 * filling the mask: shift is class 0, left arcs the odd classes, right arcs the even. */
static int best_move(const dyad_dep_state *st, const float *sc, int nc)
{
    bool shift, left, right;
    moves(st, &shift, &left, &right);
    int best = shift ? 0 : -1;
    float top = shift ? sc[0] : 0; /* kept apart from sc[best]: no load on the loop's chain */
    for (int i = 1; i < nc; i++)
        if ((i & 1 ? left : right) && (best < 0 || sc[i] > top)) {
            best = i;
            top = sc[i];
        }
    return best;
}

int dyad_dep_parse(const dyad_parser *p, dyad_dep_work *w, dyad_sentence *s, const dyad_wfeat *wf)
{
    if (dyad_dep_work_reserve(w, (size_t)s->n + 1) != DYAD_OK)
        return DYAD_ENOMEM;
    dyad_dep_state *st = &w->st;
    dyad_dep_init(st, s, wf);
    uint64_t f[DYAD_DEP_NFEAT];
    float sc[DYAD_PT_MAXCLASS];
    int nc = 1 + 2 * p->nlabels;
    while (!dyad_dep_done(st)) {
        if (st->sp == 0) { /* shift is the only move: no need to score */
            dyad_dep_apply(st, 0);
            continue;
        }
        int nf = dyad_dep_features(st, f);
        memset(sc, 0, (size_t)nc * sizeof *sc);
        dyad_pt_score(&p->pt, f, nf, sc);
        int c = best_move(st, sc, nc);
        if (c < 0)
            break;
        dyad_dep_apply(st, c);
    }
    for (int i = 0; i < st->n; i++) {
        int h = st->head[i], l = st->label[i];
        s->tok[i].head = h < 0 || h == st->n ? 0 : h + 1;
        s->tok[i].deprel = h == st->n || h < 0 ? "root" : p->labels[l];
    }
    return DYAD_OK;
}

/* ---- model sections ---- */

int dyad_parser_save(const dyad_parser *p, dyad_mbuf *secs, const char **names, int *nsec)
{
    int k = *nsec;
    names[k] = "dep.labels";
    dyad_mbuf_u32(&secs[k], DYAD_NLP_FEATURES);
    dyad_mbuf_u32(&secs[k], (uint32_t)p->nlabels);
    for (int l = 0; l < p->nlabels; l++)
        dyad_mbuf_put(&secs[k], p->labels[l], strlen(p->labels[l]) + 1);
    k++;
    names[k] = "dep.pt";
    dyad_pt_model_save(&p->pt, &secs[k++]);
    for (int i = *nsec; i < k; i++)
        if (secs[i].failed)
            return DYAD_ENOMEM;
    *nsec = k;
    return DYAD_OK;
}

/* The tables borrow file memory; the scorer, read last, builds its own (and frees them itself
 * when it fails), so a failed read leaves nothing to free. */
int dyad_parser_read(dyad_parser *p, const dyad_mfile *mf, dyad_err *err)
{
    memset(p, 0, sizeof *p);
    dyad_mcur c;
    int rc = dyad_mf_section(mf, "dep.labels", &c, err);
    if (rc != DYAD_OK)
        return rc;
    uint32_t fv = dyad_mcur_u32(&c);
    if (!c.bad && fv != DYAD_NLP_FEATURES)
        return dyad_err_set(err, DYAD_EVERSION,
                            "%s: parser trained with feature templates v%u, this dyad uses v%u "
                            "(retrain with 'dyad train')", mf->path, fv, DYAD_NLP_FEATURES);
    uint32_t n = dyad_mcur_u32(&c);
    if (c.bad || n == 0 || n > DYAD_DEP_MAXLAB)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: bad label table", mf->path);
    p->nlabels = (int)n;
    p->root_label = -1;
    for (uint32_t l = 0; l < n; l++) {
        const char *s = (const char *)c.p + c.pos;
        const void *nul = memchr(s, 0, c.n - c.pos);
        if (!nul)
            return dyad_err_set(err, DYAD_ECORRUPT, "%s: bad label table", mf->path);
        p->labels[l] = s;
        if (strcmp(s, "root") == 0)
            p->root_label = (int)l;
        c.pos += (size_t)((const char *)nul - s) + 1;
    }
    if ((rc = dyad_mf_section(mf, "dep.pt", &c, err)) != DYAD_OK)
        return rc;
    return dyad_pt_model_read(&p->pt, &c, 1 + 2 * n, err);
}

void dyad_parser_free(dyad_parser *p)
{
    dyad_pt_model_free(&p->pt);
    dyad_free(p->labels_owned);
    memset(p, 0, sizeof *p);
}
