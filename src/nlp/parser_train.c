/* parser_train.c — training the arc-hybrid parser with a dynamic oracle and exploration. */
#include "nlp/parser.h"

#include "base/alloc.h"

#include <string.h>

/* Cost (lost gold arcs) of each valid class; gold heads g (n = root) and labels gl. */
static void costs(const dyad_dep_state *st, const int *g, const int *gl, int nlabels,
                  const bool *ok, int *cost)
{
    int n = st->n, b = st->b;
    int s0 = st->sp > 0 ? st->stack[st->sp - 1] : -1;
    int s1 = st->sp > 1 ? st->stack[st->sp - 2] : -1;
    int nc = 1 + 2 * nlabels;
    for (int c = 0; c < nc; c++)
        cost[c] = 1 << 20;
    if (ok[0]) { /* shift b onto the stack */
        int c = 0;
        for (int i = 0; i < st->sp; i++) {
            int s = st->stack[i];
            if (g[s] == b)
                c++;
            if (g[b] == s && s != s0)
                c++;
        }
        cost[0] = c;
    }
    if (s0 < 0)
        return;
    int deps = 0; /* dependents of s0 still in the buffer */
    for (int k = b; k < n; k++)
        deps += g[k] == s0;
    if (ok[1]) { /* left: b → s0 */
        int c = deps + (g[s0] != b && (g[s0] == s1 || g[s0] > b));
        for (int l = 0; l < nlabels; l++)
            cost[1 + 2 * l] = c + (g[s0] == b && gl[s0] != l);
    }
    if (ok[2]) { /* right: s1 → s0 */
        int c = deps + (g[s0] >= b);
        for (int l = 0; l < nlabels; l++)
            cost[2 + 2 * l] = c + (g[s0] == s1 && gl[s0] != l);
    }
}

static uint32_t lcg(uint64_t *st)
{
    *st = *st * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(*st >> 33);
}

static int label_index(const dyad_parser *p, const char *name)
{
    for (int l = 0; l < p->nlabels; l++)
        if (strcmp(p->labels[l], name) == 0)
            return l;
    return -1;
}

static int collect_labels(dyad_parser *p, dyad_sentence *const *train, size_t ntrain,
                          dyad_err *err)
{
    const char *names[DYAD_DEP_MAXLAB];
    size_t len = 0;
    int nl = 0;
    for (size_t i = 0; i < ntrain; i++)
        for (int32_t j = 0; j < train[i]->n; j++) {
            const char *d = train[i]->tok[j].deprel ? train[i]->tok[j].deprel : "dep";
            int l = 0;
            while (l < nl && strcmp(names[l], d) != 0)
                l++;
            if (l == nl) {
                if (nl == DYAD_DEP_MAXLAB)
                    return dyad_err_set(err, DYAD_EINVAL, "more than %d labels", nl);
                names[nl++] = d;
                len += strlen(d) + 1;
            }
        }
    p->labels_owned = dyad_malloc(len + 1);
    if (!p->labels_owned)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    char *q = p->labels_owned;
    for (int l = 0; l < nl; l++) {
        size_t m = strlen(names[l]) + 1;
        memcpy(q, names[l], m);
        p->labels[l] = q;
        q += m;
    }
    p->nlabels = nl;
    p->root_label = label_index(p, "root");
    return DYAD_OK;
}

void dyad_parser_score(const dyad_parser *p, const dyad_tagger *tg, dyad_sentence *const *sents,
                       size_t n, double *uas, double *las)
{
    dyad_dep_work w = {0};
    dyad_wfeat *wf = NULL;
    dyad_token *tk = NULL;
    size_t wcap = 0, tcap = 0, total = 0, u = 0, l = 0;
    for (size_t i = 0; i < n; i++) {
        const dyad_sentence *g = sents[i];
        if (dyad_grow(&wf, &wcap, (size_t)g->n, sizeof *wf) != DYAD_OK ||
            dyad_grow(&tk, &tcap, (size_t)g->n, sizeof *tk) != DYAD_OK)
            break;
        dyad_sentence s = *g;
        memcpy(tk, g->tok, (size_t)g->n * sizeof *tk);
        s.tok = tk;
        dyad_tag_word_features(tg, NULL, &s, wf);
        if (dyad_dep_parse(p, &w, &s, wf) != DYAD_OK)
            break;
        for (int32_t j = 0; j < g->n; j++, total++) {
            if (tk[j].head == g->tok[j].head) {
                u++;
                l += g->tok[j].deprel && strcmp(tk[j].deprel, g->tok[j].deprel) == 0;
            }
        }
    }
    dyad_free(wf);
    dyad_free(tk);
    dyad_dep_work_free(&w);
    *uas = total ? 100.0 * (double)u / (double)total : 0;
    *las = total ? 100.0 * (double)l / (double)total : 0;
}

int dyad_parser_train(dyad_parser *out, const dyad_tagger *tg, dyad_sentence *const *train,
                      size_t ntrain, dyad_sentence *const *dev, size_t ndev, int epochs,
                      dyad_nlp_log_fn log, void *ctx, dyad_err *err)
{
    dyad_parser p;
    memset(&p, 0, sizeof p);
    memset(out, 0, sizeof *out);
    int rc = collect_labels(&p, train, ntrain, err);
    if (rc != DYAD_OK) {
        dyad_parser_free(&p);
        return rc;
    }
    int nc = 1 + 2 * p.nlabels;
    dyad_pt_train *pt = dyad_pt_train_new(nc);
    size_t *order = dyad_malloc((ntrain + 1) * sizeof *order);
    dyad_wfeat *wf = NULL;
    int *g = NULL, *gl = NULL;
    size_t wcap = 0, gcap = 0, glcap = 0;
    dyad_dep_work w = {0};
    dyad_pt_model best = {0};
    double best_las = -1;
    int best_epoch = 0;
    uint64_t seed = 987654321;
    if (!pt || !order) {
        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < ntrain; i++)
        order[i] = i;
    for (int ep = 1; ep <= epochs && rc == DYAD_OK; ep++) {
        for (size_t i = ntrain; i > 1; i--) {
            size_t j = lcg(&seed) % i, t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        size_t steps = 0, errors = 0;
        for (size_t oi = 0; oi < ntrain && rc == DYAD_OK; oi++) {
            const dyad_sentence *s = train[order[oi]];
            size_t n = (size_t)s->n;
            if (dyad_grow(&wf, &wcap, n + 1, sizeof *wf) != DYAD_OK ||
                dyad_grow(&g, &gcap, n + 1, sizeof *g) != DYAD_OK ||
                dyad_grow(&gl, &glcap, n + 1, sizeof *gl) != DYAD_OK ||
                dyad_dep_work_reserve(&w, n + 1) != DYAD_OK) {
                rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
                break;
            }
            bool usable = true;
            for (size_t j = 0; j < n; j++) {
                int h = s->tok[j].head;
                if (h < 0 || h > (int)n)
                    usable = false;
                g[j] = h == 0 ? (int)n : h - 1;
                gl[j] = label_index(&p, s->tok[j].deprel ? s->tok[j].deprel : "dep");
            }
            if (!usable)
                continue;
            dyad_tag_word_features(tg, NULL, s, wf);
            dyad_dep_state *st = &w.st;
            dyad_dep_init(st, s, wf);
            uint64_t f[DYAD_DEP_NFEAT];
            float sc[DYAD_PT_MAXCLASS];
            bool ok[DYAD_PT_MAXCLASS];
            int cost[DYAD_PT_MAXCLASS];
            while (!dyad_dep_done(st)) {
                int nf = dyad_dep_features(st, f);
                memset(sc, 0, (size_t)nc * sizeof *sc);
                dyad_pt_train_score(pt, f, nf, sc);
                dyad_dep_valid(st, p.nlabels, ok);
                costs(st, g, gl, p.nlabels, ok, cost);
                int pred = dyad_pt_argmax(sc, nc, ok), mincost = 1 << 20, gold = -1;
                for (int c = 0; c < nc; c++)
                    if (ok[c] && cost[c] < mincost)
                        mincost = cost[c];
                for (int c = 0; c < nc; c++)
                    if (ok[c] && cost[c] == mincost && (gold < 0 || sc[c] > sc[gold]))
                        gold = c;
                if (pred < 0 || gold < 0)
                    break;
                if (cost[pred] > mincost) {
                    errors++;
                    if (dyad_pt_train_update(pt, f, nf, gold, pred) != DYAD_OK) {
                        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
                        break;
                    }
                }
                dyad_pt_train_tick(pt);
                steps++;
                /* Exploration: after the first epoch, follow the model's own (possibly wrong)
                 * choice most of the time, so training sees the states it will meet. */
                bool explore = ep > 1 && lcg(&seed) % 10 < 9;
                dyad_dep_apply(st, explore ? pred : gold);
            }
        }
        if (rc != DYAD_OK)
            break;
        dyad_pt_model_free(&p.pt);
        if (dyad_pt_model_build(&p.pt, pt, 0, 0.0f) != DYAD_OK) {
            rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
            break;
        }
        double uas = 0, las = (double)ep;
        if (ndev)
            dyad_parser_score(&p, tg, dev, ndev, &uas, &las);
        if (log)
            log(ctx, "parser epoch %d: %.2f%% wrong moves, dev UAS %.2f%% LAS %.2f%% (%zu features)",
                ep, steps ? 100.0 * (double)errors / (double)steps : 0.0, uas,
                ndev ? las : 0.0, dyad_pt_train_rows(pt));
        if (las > best_las) {
            best_las = las;
            best_epoch = ep;
            dyad_pt_model_free(&best);
            /* Size cap: a 16.0 MB table gave dev LAS 81.53 at 104k words/s, 13.5 MB 81.36 at
             * 113k words/s (dyad parse, one core): the smaller one keeps a speed margin. */
            if (dyad_pt_model_build(&best, pt, (size_t)13500000, 0.005f) != DYAD_OK) {
                rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
                break;
            }
        }
    }
    if (rc == DYAD_OK) {
        dyad_pt_model_free(&p.pt);
        p.pt = best;
        memset(&best, 0, sizeof best);
        if (log && ndev)
            log(ctx, "parser: best epoch %d, dev LAS %.2f%%", best_epoch, best_las);
        *out = p;
        memset(&p, 0, sizeof p);
    }
done:
    dyad_pt_model_free(&best);
    dyad_parser_free(&p);
    dyad_pt_train_free(pt);
    dyad_free(order);
    dyad_free(wf);
    dyad_free(g);
    dyad_free(gl);
    dyad_dep_work_free(&w);
    return rc;
}
