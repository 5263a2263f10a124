/* factuality_train.h — UDS "It Happened" data on EWT trees, the factuality trainer, its scores and baselines. */
#ifndef DYAD_NLP_FACTUALITY_TRAIN_H
#define DYAD_NLP_FACTUALITY_TRAIN_H

#include "nlp/factuality.h"
#include "nlp/tagger.h"

/* One annotated predicate: its sentence (borrowed), 0-based word index and UDS value. */
typedef struct dyad_fact_item {
    const dyad_sentence *s;
    int32_t pred;
    float value;
} dyad_fact_item;

/* ---- fact_data.c: UDS annotations, matched to CoNLL-U sentences by EWT sent_id ---- */

typedef struct dyad_fact_uds dyad_fact_uds; /* opaque */

/* Reads DIR/uds-factuality.json and DIR/uds-ud-ids.json (gzip allowed). */
DYAD_INTERNAL int dyad_fact_uds_read(dyad_fact_uds **out, const char *dir, dyad_err *err);
DYAD_INTERNAL void dyad_fact_uds_free(dyad_fact_uds *u);
/* Number of annotated predicates read. */
DYAD_INTERNAL size_t dyad_fact_uds_count(const dyad_fact_uds *u);

/* The annotated predicates of one CoNLL-U file (gold, or a parse of it with the same words). */
typedef struct dyad_fact_set {
    dyad_doc doc;           /* owns the sentences */
    dyad_fact_item *items;  /* n items (heap), in file order */
    size_t n;
    size_t off_sentence;    /* annotations whose word index lies outside their sentence */
} dyad_fact_set;

/* Reads path and keeps the predicates u annotates in its sentences, at most max (0 = all). */
DYAD_INTERNAL int dyad_fact_set_load(dyad_fact_set *set, const dyad_fact_uds *u, const char *path,
                                     size_t max, dyad_err *err);
DYAD_INTERNAL void dyad_fact_set_free(dyad_fact_set *set);

/* ---- fact_eval.c: scores and baselines ---- */

typedef struct dyad_fact_scores {
    size_t n;
    double acc;  /* share of predicates whose predicted sign is right (value > 0 vs <= 0) */
    double r;    /* Pearson correlation of predicted and gold values (0 when undefined) */
    double mae;  /* mean absolute error */
} dyad_fact_scores;

/* Scores predictions pred[0..n) against the items' gold values. */
DYAD_INTERNAL void dyad_fact_metrics(const double *pred, const dyad_fact_item *items, size_t n,
                                     dyad_fact_scores *out);
/* Scores a model on items. Returns DYAD_ENOMEM when out of memory. */
DYAD_INTERNAL int dyad_fact_evaluate(const dyad_fact_model *m, const dyad_fact_item *items,
                                     size_t n, dyad_fact_scores *out);
/* The rule baseline: true (did not happen) when the predicate, or the first conjunct it
 * belongs to, has a modal auxiliary (MD), negation (not, never), an if/whether/unless/to
 * subordinator, is the xcomp of a governor (want, plan, refuse, try to ...), is an imperative
 * or its sentence ends with a question mark. */
DYAD_INTERNAL bool dyad_fact_rule_negative(const dyad_sentence *s, int32_t pred);
/* The two baselines on items, with values learnt from train: the majority baseline predicts
 * the training mean for every predicate; the rule baseline predicts the training mean of the
 * predicates on the same side of the rule. */
DYAD_INTERNAL int dyad_fact_baselines(const dyad_fact_item *train, size_t ntrain,
                                      const dyad_fact_item *items, size_t n,
                                      dyad_fact_scores *majority, dyad_fact_scores *rules);

/* ---- factuality_train.c: AdaGrad least squares with weight averaging ---- */

/* Trains on items for info->epochs passes with info->l2 and info->eta into a new model of
 * 2^info->bits weights. When dev is not NULL the averaged weights are scored on it after
 * each epoch and the epoch with the best Pearson r is kept (info->epochs of the result says
 * which); dev_best receives its scores. */
DYAD_INTERNAL int dyad_fact_train(dyad_fact_model **out, const dyad_fact_item *items, size_t n,
                                  const dyad_fact_item *dev, size_t ndev,
                                  const dyad_fact_info *info, dyad_fact_scores *dev_best,
                                  dyad_err *err);

typedef struct dyad_fact_train_opts {
    const char *uds;         /* folder with the UDS JSON files */
    const char *treebank;    /* UD English EWT folder: train, dev and test .conllu */
    const char *out;         /* folder for factuality.dm */
    const char *parsed_test; /* a parse of the test file to score as well, or NULL */
    int max_epochs;          /* epochs tried (the best on dev is kept) */
    size_t max_items;        /* training predicates used (0 = all) */
    dyad_nlp_log_fn log;     /* progress and score lines (may be NULL) */
    void *ctx;
} dyad_fact_train_opts;

/* `dyad train --factuality`: reads UDS + EWT train/dev/test gold trees, chooses epochs, L2
 * and step size on dev, logs sign accuracy, Pearson r and MAE on dev and test (and on the
 * parsed test when given) next to the majority and rule baselines, writes OUT/factuality.dm. */
DYAD_INTERNAL int dyad_fact_train_all(const dyad_fact_train_opts *o, dyad_err *err);

#endif
