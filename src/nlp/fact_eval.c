/* fact_eval.c — factuality scores (sign accuracy, Pearson r, MAE) and the majority and rule baselines. */
#include "nlp/factuality_train.h"

#include "base/alloc.h"

#include <math.h>
#include <string.h>

void dyad_fact_metrics(const double *pred, const dyad_fact_item *items, size_t n,
                       dyad_fact_scores *out)
{
    memset(out, 0, sizeof *out);
    out->n = n;
    if (n == 0)
        return;
    double sp = 0, sg = 0, right = 0, abs_err = 0;
    for (size_t i = 0; i < n; i++) {
        double g = items[i].value;
        sp += pred[i];
        sg += g;
        right += (pred[i] > 0) == (g > 0);
        abs_err += fabs(pred[i] - g);
    }
    double mp = sp / (double)n, mg = sg / (double)n, cov = 0, vp = 0, vg = 0;
    for (size_t i = 0; i < n; i++) {
        double dp = pred[i] - mp, dg = items[i].value - mg;
        cov += dp * dg;
        vp += dp * dp;
        vg += dg * dg;
    }
    out->acc = right / (double)n;
    out->mae = abs_err / (double)n;
    out->r = vp > 0 && vg > 0 ? cov / sqrt(vp * vg) : 0;
}

int dyad_fact_evaluate(const dyad_fact_model *m, const dyad_fact_item *items, size_t n,
                       dyad_fact_scores *out)
{
    double *pred = dyad_malloc((n + 1) * sizeof *pred);
    if (!pred)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < n; i++)
        pred[i] = dyad_fact_score(m, items[i].s, items[i].pred);
    dyad_fact_metrics(pred, items, n, out);
    dyad_free(pred);
    return DYAD_OK;
}

static bool lemma_in(const dyad_token *t, const char *const *set)
{
    const char *l = t->lemma ? t->lemma : t->form;
    for (; l && *set; set++)
        if (strcmp(l, *set) == 0)
            return true;
    return false;
}

static bool rel_base(const dyad_token *t, const char *base)
{
    size_t n = strlen(base);
    return t->deprel && strncmp(t->deprel, base, n) == 0 &&
           (t->deprel[n] == 0 || t->deprel[n] == ':');
}

/* Does node i carry a modal, a negation or an if/whether/unless/to subordinator? Also
 * reports whether it has a subject or an auxiliary (for the imperative test). */
static bool marked_negative(const dyad_sentence *s, int32_t i, bool *subj, bool *aux)
{
    static const char *const neg[] = {"not", "never", "n't", NULL};
    static const char *const marks[] = {"if", "whether", "unless", "to", NULL};
    bool hit = false;
    for (int32_t j = 0; j < s->n; j++) {
        const dyad_token *t = &s->tok[j];
        if (t->head != i + 1)
            continue;
        if (rel_base(t, "aux")) {
            *aux = true;
            hit |= t->xpos && strcmp(t->xpos, "MD") == 0;
        }
        hit |= rel_base(t, "advmod") && lemma_in(t, neg);
        hit |= rel_base(t, "mark") && lemma_in(t, marks);
        *subj |= rel_base(t, "nsubj") || rel_base(t, "csubj") || rel_base(t, "expl");
    }
    return hit;
}

bool dyad_fact_rule_negative(const dyad_sentence *s, int32_t pred)
{
    if (pred < 0 || pred >= s->n)
        return false;
    bool subj = false, aux = false;
    int32_t cur = pred;
    bool neg = marked_negative(s, cur, &subj, &aux);
    for (int hops = 0; hops < 4 && rel_base(&s->tok[cur], "conj") && s->tok[cur].head >= 1;
         hops++) {
        cur = s->tok[cur].head - 1;
        neg |= marked_negative(s, cur, &subj, &aux);
    }
    neg |= rel_base(&s->tok[cur], "xcomp");
    if (s->tok[cur].head == 0 && s->tok[cur].xpos && strcmp(s->tok[cur].xpos, "VB") == 0 &&
        !subj && !aux)
        neg = true; /* imperative */
    for (int32_t j = s->n - 1; j >= 0 && !neg; j--) {
        const char *f = s->tok[j].form;
        if (!f || (s->tok[j].upos != DYAD_UPOS_PUNCT && strcmp(f, "?") != 0))
            break;
        neg = strcmp(f, "?") == 0;
        if (neg || strcmp(f, ".") == 0 || strcmp(f, "!") == 0)
            break;
    }
    return neg;
}

int dyad_fact_baselines(const dyad_fact_item *train, size_t ntrain, const dyad_fact_item *items,
                        size_t n, dyad_fact_scores *majority, dyad_fact_scores *rules)
{
    double all = 0, side[2] = {0, 0};
    size_t count[2] = {0, 0};
    for (size_t i = 0; i < ntrain; i++) {
        int neg = dyad_fact_rule_negative(train[i].s, train[i].pred);
        all += train[i].value;
        side[neg] += train[i].value;
        count[neg]++;
    }
    double mean = ntrain ? all / (double)ntrain : 0;
    for (int k = 0; k < 2; k++)
        side[k] = count[k] ? side[k] / (double)count[k] : mean;
    double *pred = dyad_malloc((n + 1) * sizeof *pred);
    if (!pred)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < n; i++)
        pred[i] = mean;
    dyad_fact_metrics(pred, items, n, majority);
    for (size_t i = 0; i < n; i++)
        pred[i] = side[dyad_fact_rule_negative(items[i].s, items[i].pred)];
    dyad_fact_metrics(pred, items, n, rules);
    dyad_free(pred);
    return DYAD_OK;
}
