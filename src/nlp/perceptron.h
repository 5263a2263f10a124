/* perceptron.h — averaged multiclass perceptron over hashed features: a training table and a compact read-only model. */
#ifndef DYAD_NLP_PERCEPTRON_H
#define DYAD_NLP_PERCEPTRON_H

#include "nlp/model_file.h"

#define DYAD_PT_MAXCLASS 255

/* Training weights: one dense row per feature that was ever updated. */
typedef struct dyad_pt_train dyad_pt_train;

DYAD_INTERNAL dyad_pt_train *dyad_pt_train_new(int nclass);
DYAD_INTERNAL void dyad_pt_train_free(dyad_pt_train *t);
/* Adds the current (not averaged) weights of feats to scores[0..nclass). */
DYAD_INTERNAL void dyad_pt_train_score(const dyad_pt_train *t, const uint64_t *feats, int nf,
                                       float *scores);
/* Counts one training instance (the clock for averaging). */
DYAD_INTERNAL void dyad_pt_train_tick(dyad_pt_train *t);
/* Rewards class good and penalises class bad on feats. Returns DYAD_ENOMEM on failure. */
DYAD_INTERNAL int dyad_pt_train_update(dyad_pt_train *t, const uint64_t *feats, int nf, int good,
                                       int bad);
/* Number of feature rows. */
DYAD_INTERNAL size_t dyad_pt_train_rows(const dyad_pt_train *t);

/* A compiled model: open-addressed table of feature keys → runs of (class, weight). It borrows
 * its arrays from model-file memory (or owns them when built by dyad_pt_model_build). */
typedef struct dyad_pt_pair {
    int16_t q;    /* weight / scale */
    uint16_t cls;
} dyad_pt_pair;

typedef struct dyad_pt_model {
    uint32_t nclass;
    uint32_t mask;             /* slots - 1 */
    uint32_t npairs;
    float scale;
    const uint32_t *slots;     /* 2 per slot: check (0 = empty), offset<<8 | count */
    const dyad_pt_pair *pairs;
    /* What dyad_pt_score reads, built at load: slots, except that a run of at least
     * DYAD_PT_DENSE_MIN pairs (the frequent features: tags, common words) is a dense row of
     * all classes, row<<8 with count 0. Adding a dense row is a few vector adds where its
     * pairs were one scattered add each. */
    uint32_t *fast;
    int16_t *dense;            /* rows of stride weights, classes without a pair 0 */
    uint32_t stride;           /* nclass rounded up to 8 */
    void *owned;               /* heap block when built in memory */
} dyad_pt_model;

#define DYAD_PT_DENSE_MIN 16

/* Reads a model saved by dyad_pt_train_save from cur (arrays borrowed from the file, the
 * scoring tables built: free with dyad_pt_model_free). nclass: the class count the caller
 * expects (0: any). On failure nothing is left to free. */
DYAD_INTERNAL int dyad_pt_model_read(dyad_pt_model *m, dyad_mcur *cur, uint32_t nclass,
                                     dyad_err *err);
/* Builds a model from the averaged training weights, dropping weights with |w| <= min_abs and,
 * when max_bytes > 0, the smallest weights until the tables take about max_bytes at most. */
DYAD_INTERNAL int dyad_pt_model_build(dyad_pt_model *m, const dyad_pt_train *t, size_t max_bytes,
                                      float min_abs);
/* Serialises a model for dyad_pt_model_read. */
DYAD_INTERNAL void dyad_pt_model_save(const dyad_pt_model *m, dyad_mbuf *out);
DYAD_INTERNAL void dyad_pt_model_free(dyad_pt_model *m);

/* Adds the weights of feats to scores[0..nclass), in units of m->scale (a positive factor,
 * so the ranking of classes is that of the real weights). The weights are integers of at most
 * 32767: with nf <= 512 (the parser has 96 features, the tagger fewer) every sum stays below
 * 2^24, so the float scores are exact and do not depend on the order of the adds. */
DYAD_INTERNAL void dyad_pt_score(const dyad_pt_model *m, const uint64_t *feats, int nf,
                                 float *scores);

/* Index of the best score among classes allowed (allowed may be NULL = all). */
DYAD_INTERNAL int dyad_pt_argmax(const float *scores, int n, const bool *allowed);

#endif
