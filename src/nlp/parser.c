/* parser.c — arc-hybrid transitions and greedy decoding (transition, then the arc's label);
 * model sections. The feature templates are in parser_feat.c. */
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
    uint64_t *b64 = dyad_malloc(cap * 5 * sizeof *b64);
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
    st->sh = b64 + 4 * cap;
    return DYAD_OK;
}

void dyad_dep_work_free(dyad_dep_work *w)
{
    dyad_free(w->block);
    dyad_free(w->block64);
    memset(w, 0, sizeof *w);
}

void dyad_dep_init(dyad_dep_state *st, const dyad_sentence *s, const dyad_wfeat *wf,
                   const dyad_kv *vocab)
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
            uint64_t v;
            /* Words missing from the parser's vocabulary (rare in training) share one "rare"
             * word feature; their suffix and shape stand in (sh). */
            bool known = dyad_kv_get(vocab, wf[i].lower, &v);
            st->wh[i] = known ? wf[i].lower : 0x554E4Bull;
            st->sh[i] = known ? wf[i].lower : dyad_hash_mix(wf[i].suf[2], wf[i].shape);
            /* XPOS with UPOS: tells AUX from VERB (both VBZ...), PRON from DET... */
            st->th[i] = dyad_hash_mix(dyad_hash(x, strlen(x)), s->tok[i].upos);
        } else {
            st->wh[i] = st->sh[i] = 0x524F4F54ull; /* root */
            st->th[i] = 0x524F4F55ull;
        }
    }
}

void dyad_dep_valid(const dyad_dep_state *st, bool *ok)
{
    ok[DYAD_DEP_SHIFT] = st->b < st->n;
    ok[DYAD_DEP_LEFT] = st->sp > 0 && (st->b < st->n || st->sp == 1);
    ok[DYAD_DEP_RIGHT] = st->sp > 1;
}

void dyad_dep_arc(const dyad_dep_state *st, int t, int *h, int *d)
{
    *d = st->stack[st->sp - 1];
    *h = t == DYAD_DEP_LEFT ? st->b : st->stack[st->sp - 2];
}

static void add_arc(dyad_dep_state *st, int h, int d, int l)
{
    st->head[d] = h;
    st->label[d] = l;
    uint64_t bit = 1ull << (l & 63);
    if (d < h) {
        if (st->lc1[h] < 0 || d < st->lc1[h]) {
            st->lc2[h] = st->lc1[h];
            st->lc1[h] = d;
        } else if (st->lc2[h] < 0 || d < st->lc2[h]) {
            st->lc2[h] = d;
        }
        st->nl[h]++;
        st->ls_l[h] |= bit;
    } else {
        if (st->rc1[h] < 0 || d > st->rc1[h]) {
            st->rc2[h] = st->rc1[h];
            st->rc1[h] = d;
        } else if (st->rc2[h] < 0 || d > st->rc2[h]) {
            st->rc2[h] = d;
        }
        st->nr[h]++;
        st->ls_r[h] |= bit;
    }
}

void dyad_dep_apply(dyad_dep_state *st, int t, int label)
{
    if (t == DYAD_DEP_SHIFT) {
        st->stack[st->sp++] = st->b++;
        return;
    }
    int h, d;
    dyad_dep_arc(st, t, &h, &d);
    st->sp--;
    add_arc(st, h, d, label);
}

/* Best label for the arc h → d; the root's dependent always gets "root", no other does. */
static int best_label(const dyad_parser *p, const dyad_dep_state *st, int h, int d)
{
    if (h == st->n && p->root_label >= 0)
        return p->root_label;
    uint64_t f[DYAD_LAB_NFEAT];
    float sc[DYAD_DEP_MAXLAB];
    memset(sc, 0, (size_t)p->nlabels * sizeof *sc);
    dyad_pt_score(&p->lab, f, dyad_dep_label_features(st, h, d, f), sc);
    int best = -1;
    for (int l = 0; l < p->nlabels; l++)
        if (l != p->root_label && (best < 0 || sc[l] > sc[best]))
            best = l;
    return best < 0 ? 0 : best;
}

int dyad_dep_parse(const dyad_parser *p, dyad_dep_work *w, dyad_sentence *s, const dyad_wfeat *wf)
{
    if (dyad_dep_work_reserve(w, (size_t)s->n + 1) != DYAD_OK)
        return DYAD_ENOMEM;
    dyad_dep_state *st = &w->st;
    dyad_dep_init(st, s, wf, &p->vocab);
    uint64_t f[DYAD_DEP_NFEAT];
    while (!dyad_dep_done(st)) {
        float sc[DYAD_DEP_NTRANS] = {0};
        bool ok[DYAD_DEP_NTRANS];
        dyad_pt_score(&p->pt, f, dyad_dep_features(st, f), sc);
        dyad_dep_valid(st, ok);
        int t = dyad_pt_argmax(sc, DYAD_DEP_NTRANS, ok);
        if (t < 0)
            break;
        int label = 0;
        if (t != DYAD_DEP_SHIFT) {
            int h, d;
            dyad_dep_arc(st, t, &h, &d);
            label = best_label(p, st, h, d);
        }
        dyad_dep_apply(st, t, label);
    }
    for (int i = 0; i < st->n; i++) {
        int h = st->head[i], l = st->label[i];
        s->tok[i].head = h < 0 || h == st->n ? 0 : h + 1;
        s->tok[i].deprel = h == st->n || h < 0 || l < 0 ? "root" : p->labels[l];
    }
    return DYAD_OK;
}

/* ---- model sections ---- */

int dyad_parser_save(const dyad_parser *p, dyad_mbuf *secs, const char **names, int *nsec)
{
    int k = *nsec;
    names[k] = "dep.labels";
    dyad_mbuf_u32(&secs[k], DYAD_DEP_FEATURES);
    dyad_mbuf_u32(&secs[k], (uint32_t)p->nlabels);
    for (int l = 0; l < p->nlabels; l++)
        dyad_mbuf_put(&secs[k], p->labels[l], strlen(p->labels[l]) + 1);
    k++;
    names[k] = "dep.pt";
    dyad_pt_model_save(&p->pt, &secs[k++]);
    names[k] = "dep.lab";
    dyad_pt_model_save(&p->lab, &secs[k++]);
    names[k] = "dep.vocab";
    dyad_kv_save(&p->vocab, &secs[k++]);
    for (int i = *nsec; i < k; i++)
        if (secs[i].failed)
            return DYAD_ENOMEM;
    *nsec = k;
    return DYAD_OK;
}

int dyad_parser_read(dyad_parser *p, const dyad_mfile *mf, dyad_err *err)
{
    memset(p, 0, sizeof *p);
    dyad_mcur c;
    int rc = dyad_mf_section(mf, "dep.labels", &c, err);
    if (rc != DYAD_OK)
        return rc;
    uint32_t fv = dyad_mcur_u32(&c);
    if (!c.bad && fv != DYAD_DEP_FEATURES)
        return dyad_err_set(err, DYAD_EVERSION,
                            "%s: parser trained with feature templates v%u, this dyad uses v%u "
                            "(retrain with 'dyad train')", mf->path, fv, DYAD_DEP_FEATURES);
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
    if ((rc = dyad_mf_section(mf, "dep.pt", &c, err)) != DYAD_OK ||
        (rc = dyad_pt_model_read(&p->pt, &c, err)) != DYAD_OK)
        return rc;
    if (p->pt.nclass != DYAD_DEP_NTRANS)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: parser transition count mismatch",
                            mf->path);
    if ((rc = dyad_mf_section(mf, "dep.lab", &c, err)) != DYAD_OK ||
        (rc = dyad_pt_model_read(&p->lab, &c, err)) != DYAD_OK)
        return rc;
    if (p->lab.nclass != n)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: parser label count mismatch", mf->path);
    if ((rc = dyad_mf_section(mf, "dep.vocab", &c, err)) != DYAD_OK ||
        (rc = dyad_kv_read(&p->vocab, &c, err)) != DYAD_OK)
        return rc;
    return DYAD_OK;
}

void dyad_parser_free(dyad_parser *p)
{
    dyad_pt_model_free(&p->pt);
    dyad_pt_model_free(&p->lab);
    dyad_kv_free(&p->vocab);
    dyad_free(p->labels_owned);
    memset(p, 0, sizeof *p);
}
