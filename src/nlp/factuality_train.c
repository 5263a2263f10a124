/* factuality_train.c — trains the factuality model: AdaGrad least squares with averaged weights, hyper-parameters chosen on EWT dev.
 *
 * Each predicate's features are computed once. An epoch visits the training predicates in a
 * fresh pseudo-random order; the prediction is the signed sum of the weights of its
 * features, and each weight moves against the gradient of (prediction - value)^2 / 2 plus
 * an L2 term, by eta / sqrt(sum of its squared gradients) (AdaGrad). The model keeps the
 * average of the weights over all updates (as the averaged perceptron does), which is what
 * dev scores and the file hold. */
#include "nlp/factuality_train.h"

#include "base/alloc.h"
#include "nlp/train.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* Features of every item, flat: item i has feats[off[i] .. off[i+1]). */
typedef struct featmat {
    uint64_t *feats;
    size_t *off;
} featmat;

static void featmat_free(featmat *fm)
{
    dyad_free(fm->feats);
    dyad_free(fm->off);
}

static int featmat_build(featmat *fm, const dyad_fact_item *items, size_t n)
{
    memset(fm, 0, sizeof *fm);
    size_t cap = 0, used = 0;
    fm->off = dyad_malloc((n + 1) * sizeof *fm->off);
    if (!fm->off)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        if (dyad_grow(&fm->feats, &cap, used + DYAD_FACT_MAXF, sizeof *fm->feats) != DYAD_OK) {
            featmat_free(fm);
            return DYAD_ENOMEM;
        }
        fm->off[i] = used;
        used += (size_t)dyad_fact_features(items[i].s, items[i].pred, fm->feats + used,
                                           DYAD_FACT_MAXF, NULL);
    }
    fm->off[n] = used;
    return DYAD_OK;
}

/* xorshift64*: a small deterministic generator for the visiting order. */
static uint64_t next_rand(uint64_t *st)
{
    uint64_t x = *st;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *st = x;
    return x * 0x2545F4914F6CDD1DULL;
}

typedef struct sgd {
    uint32_t mask;
    float *w;      /* current weights */
    float *g2;     /* sum of squared gradients */
    double *u;     /* sum of clock * change, for the average */
    float *avg;    /* averaged weights (filled by average()) */
    double clock;
} sgd;

static void sgd_free(sgd *t)
{
    dyad_free(t->w);
    dyad_free(t->g2);
    dyad_free(t->u);
    dyad_free(t->avg);
}

static int sgd_init(sgd *t, uint32_t bits)
{
    size_t n = (size_t)1 << bits;
    memset(t, 0, sizeof *t);
    t->mask = (uint32_t)(n - 1);
    t->w = dyad_calloc(n, sizeof *t->w);
    t->g2 = dyad_calloc(n, sizeof *t->g2);
    t->u = dyad_calloc(n, sizeof *t->u);
    t->avg = dyad_calloc(n, sizeof *t->avg);
    t->clock = 1;
    if (!t->w || !t->g2 || !t->u || !t->avg) {
        sgd_free(t);
        return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

/* One update on the features f[0..nf) of a predicate of value y. */
static void sgd_step(sgd *t, const uint64_t *f, size_t nf, double y, float l2, float eta)
{
    double p = 0;
    for (size_t k = 0; k < nf; k++)
        p += (double)(dyad_fact_sign(f[k]) * t->w[dyad_fact_slot(f[k], t->mask)]);
    double e = p - y;
    for (size_t k = 0; k < nf; k++) {
        uint32_t j = dyad_fact_slot(f[k], t->mask);
        float g = (float)e * dyad_fact_sign(f[k]) + l2 * t->w[j];
        t->g2[j] += g * g;
        float d = -eta * g / sqrtf(t->g2[j] + 1e-8f);
        t->w[j] += d;
        t->u[j] += t->clock * (double)d;
    }
    t->clock += 1;
}

static void average(sgd *t)
{
    for (size_t j = 0; j <= t->mask; j++)
        t->avg[j] = (float)((double)t->w[j] - t->u[j] / t->clock);
}

/* Scores the averaged weights on items (features in fm). */
static void score_avg(const sgd *t, const featmat *fm, const dyad_fact_item *items, size_t n,
                      double *pred, dyad_fact_scores *sc)
{
    for (size_t i = 0; i < n; i++) {
        double p = 0;
        for (size_t k = fm->off[i]; k < fm->off[i + 1]; k++)
            p += (double)(dyad_fact_sign(fm->feats[k]) *
                          t->avg[dyad_fact_slot(fm->feats[k], t->mask)]);
        pred[i] = p;
    }
    dyad_fact_metrics(pred, items, n, sc);
}

int dyad_fact_train(dyad_fact_model **out, const dyad_fact_item *items, size_t n,
                    const dyad_fact_item *dev, size_t ndev, const dyad_fact_info *info,
                    dyad_fact_scores *dev_best, dyad_err *err)
{
    *out = NULL;
    if (info->bits < 8 || info->bits > 24 || info->epochs < 1 || n == 0)
        return dyad_err_set(err, DYAD_EINVAL, "factuality training: bad settings or no data");
    featmat tr, dv;
    sgd t;
    memset(&dv, 0, sizeof dv);
    size_t *order = dyad_malloc((n + 1) * sizeof *order);
    double *pred = dyad_malloc((ndev + 1) * sizeof *pred);
    float *best = dev ? dyad_malloc(((size_t)1 << info->bits) * sizeof *best) : NULL;
    int rc = order && pred && (best || !dev) ? DYAD_OK : DYAD_ENOMEM;
    bool have_tr = false, have_t = false;
    if (rc == DYAD_OK && (rc = featmat_build(&tr, items, n)) == DYAD_OK)
        have_tr = true;
    if (rc == DYAD_OK && dev)
        rc = featmat_build(&dv, dev, ndev);
    if (rc == DYAD_OK && (rc = sgd_init(&t, info->bits)) == DYAD_OK)
        have_t = true;
    dyad_fact_info got = *info;
    dyad_fact_scores top = {0, 0, -2, 0};
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    for (uint32_t ep = 1; rc == DYAD_OK && ep <= info->epochs; ep++) {
        for (size_t i = n - 1; i > 0; i--) { /* Fisher-Yates */
            size_t j = (size_t)(next_rand(&seed) % (i + 1)), x = order[i];
            order[i] = order[j];
            order[j] = x;
        }
        for (size_t i = 0; i < n; i++) {
            size_t k = order[i];
            sgd_step(&t, tr.feats + tr.off[k], tr.off[k + 1] - tr.off[k], items[k].value,
                     info->l2, info->eta);
        }
        average(&t);
        if (!dev)
            continue;
        dyad_fact_scores sc;
        score_avg(&t, &dv, dev, ndev, pred, &sc);
        if (sc.r > top.r) {
            top = sc;
            got.epochs = ep;
            memcpy(best, t.avg, ((size_t)t.mask + 1) * sizeof *best);
        }
    }
    if (rc == DYAD_OK)
        rc = dyad_fact_from_weights(out, dev ? best : t.avg, &got);
    if (rc != DYAD_OK)
        dyad_err_set(err, rc, "factuality training: out of memory");
    else if (dev_best)
        *dev_best = top;
    if (have_t)
        sgd_free(&t);
    if (have_tr)
        featmat_free(&tr);
    featmat_free(&dv);
    dyad_free(order);
    dyad_free(pred);
    dyad_free(best);
    return rc;
}

/* ---- `dyad train --factuality` ---- */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void log_scores(const dyad_fact_train_opts *o, const char *what, const char *who,
                       const dyad_fact_scores *s)
{
    if (o->log)
        o->log(o->ctx, "%-24s %-9s n=%zu  sign accuracy %.2f%%  Pearson r %.3f  MAE %.3f", what,
               who, s->n, 100.0 * s->acc, s->r, s->mae);
}

/* Scores model and baselines on a set and logs them. */
static int report(const dyad_fact_train_opts *o, const char *what, const dyad_fact_model *m,
                  const dyad_fact_set *train, const dyad_fact_set *set)
{
    dyad_fact_scores sm, maj, rul;
    if (dyad_fact_evaluate(m, set->items, set->n, &sm) != DYAD_OK ||
        dyad_fact_baselines(train->items, train->n, set->items, set->n, &maj, &rul) != DYAD_OK)
        return DYAD_ENOMEM;
    log_scores(o, what, "model", &sm);
    log_scores(o, what, "rules", &rul);
    log_scores(o, what, "majority", &maj);
    return DYAD_OK;
}

static int load_split(const dyad_fact_train_opts *o, const dyad_fact_uds *u, const char *suffix,
                      dyad_fact_set *set, size_t max, dyad_err *err)
{
    char path[4096];
    int rc = dyad_train_find_split(o->treebank, suffix, path, sizeof path, err);
    if (rc == DYAD_OK)
        rc = dyad_fact_set_load(set, u, path, max, err);
    if (rc == DYAD_OK && o->log)
        o->log(o->ctx, "%s: %zu annotated predicates in %d sentences (%zu off the sentence)",
               path, set->n, set->doc.nsent, set->off_sentence);
    return rc;
}

int dyad_fact_train_all(const dyad_fact_train_opts *o, dyad_err *err)
{
    static const float l2s[] = {0.0f, 0.01f, 0.03f};
    static const float etas[] = {0.02f, 0.05f, 0.1f};
    dyad_fact_uds *u = NULL;
    dyad_fact_set tr, dv, te, pt;
    memset(&tr, 0, sizeof tr);
    memset(&dv, 0, sizeof dv);
    memset(&te, 0, sizeof te);
    memset(&pt, 0, sizeof pt);
    dyad_fact_model *best = NULL, *m = NULL;
    double t0 = now();
    int rc = dyad_fact_uds_read(&u, o->uds, err);
    if (rc == DYAD_OK && o->log)
        o->log(o->ctx, "%s: %zu UDS factuality annotations", o->uds, dyad_fact_uds_count(u));
    if (rc == DYAD_OK)
        rc = load_split(o, u, "-ud-train.conllu", &tr, o->max_items, err);
    if (rc == DYAD_OK)
        rc = load_split(o, u, "-ud-dev.conllu", &dv, 0, err);
    if (rc == DYAD_OK)
        rc = load_split(o, u, "-ud-test.conllu", &te, 0, err);
    if (rc == DYAD_OK && o->parsed_test) {
        rc = dyad_fact_set_load(&pt, u, o->parsed_test, 0, err);
        if (rc == DYAD_OK && o->log)
            o->log(o->ctx, "%s: %zu annotated predicates (parsed test)", o->parsed_test, pt.n);
    }
    if (rc == DYAD_OK && (tr.n == 0 || dv.n == 0))
        rc = dyad_err_set(err, DYAD_EFORMAT, "%s: no annotated training or dev predicates",
                          o->treebank);
    dyad_fact_scores top = {0, 0, -2, 0};
    for (size_t a = 0; rc == DYAD_OK && a < DYAD_ARRAY_LEN(l2s); a++)
        for (size_t b = 0; rc == DYAD_OK && b < DYAD_ARRAY_LEN(etas); b++) {
            dyad_fact_info info = {18, (uint32_t)o->max_epochs, l2s[a], etas[b]};
            dyad_fact_scores sc;
            rc = dyad_fact_train(&m, tr.items, tr.n, dv.items, dv.n, &info, &sc, err);
            if (rc != DYAD_OK)
                break;
            if (o->log)
                o->log(o->ctx, "l2 %g eta %g: best dev r %.4f at epoch %u (sign %.2f%%, MAE %.3f)",
                       (double)l2s[a], (double)etas[b], sc.r, dyad_fact_model_info(m)->epochs,
                       100.0 * sc.acc, sc.mae);
            if (sc.r > top.r) {
                top = sc;
                dyad_fact_free(best);
                best = m;
            } else {
                dyad_fact_free(m);
            }
            m = NULL;
        }
    if (rc == DYAD_OK && o->log) {
        const dyad_fact_info *bi = dyad_fact_model_info(best);
        o->log(o->ctx, "chosen on dev: l2 %g, eta %g, %u epochs (%.1f s)", (double)bi->l2,
               (double)bi->eta, bi->epochs, now() - t0);
    }
    if (rc == DYAD_OK && (report(o, "EWT dev, gold trees", best, &tr, &dv) != DYAD_OK ||
                          report(o, "EWT test, gold trees", best, &tr, &te) != DYAD_OK ||
                          (pt.n && report(o, "EWT test, parsed", best, &tr, &pt) != DYAD_OK)))
        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    if (rc == DYAD_OK) {
        char path[4096];
        mkdir(o->out, 0777);
        snprintf(path, sizeof path, "%s/factuality.dm", o->out);
        rc = dyad_fact_save(best, path, err);
        if (rc == DYAD_OK && o->log)
            o->log(o->ctx, "wrote %s (total %.1f s)", path, now() - t0);
    }
    dyad_fact_free(best);
    dyad_fact_free(m);
    dyad_fact_set_free(&tr);
    dyad_fact_set_free(&dv);
    dyad_fact_set_free(&te);
    dyad_fact_set_free(&pt);
    dyad_fact_uds_free(u);
    return rc;
}
