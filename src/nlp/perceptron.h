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
    void *owned;               /* heap block when built in memory */
} dyad_pt_model;

/* Reads a model saved by dyad_pt_train_save from cur (arrays borrowed from the file). */
DYAD_INTERNAL int dyad_pt_model_read(dyad_pt_model *m, dyad_mcur *cur, dyad_err *err);
/* Builds a model from the averaged training weights, keeping at most max_rows features (those
 * with the largest weights; 0 = all) and dropping weights with |w| <= min_abs. */
DYAD_INTERNAL int dyad_pt_model_build(dyad_pt_model *m, const dyad_pt_train *t, size_t max_rows,
                                      float min_abs);
/* Serialises a model for dyad_pt_model_read. */
DYAD_INTERNAL void dyad_pt_model_save(const dyad_pt_model *m, dyad_mbuf *out);
DYAD_INTERNAL void dyad_pt_model_free(dyad_pt_model *m);

/* Adds the weights of feats to scores[0..nclass). */
static inline void dyad_pt_score(const dyad_pt_model *m, const uint64_t *feats, int nf,
                                 float *scores)
{
    for (int i = 0; i < nf; i++) {
        uint64_t k = feats[i];
        uint32_t check = (uint32_t)(k >> 32) | 1u;
        uint32_t s = (uint32_t)k & m->mask;
        for (;;) {
            uint32_t c = m->slots[2 * s];
            if (c == 0)
                break;
            if (c == check) {
                uint32_t oc = m->slots[2 * s + 1];
                const dyad_pt_pair *p = m->pairs + (oc >> 8);
                uint32_t n = oc & 0xFF;
                for (uint32_t j = 0; j < n; j++)
                    scores[p[j].cls] += m->scale * (float)p[j].q;
                break;
            }
            s = (s + 1) & m->mask;
        }
    }
}

/* Index of the best score among classes allowed (allowed may be NULL = all). */
DYAD_INTERNAL int dyad_pt_argmax(const float *scores, int n, const bool *allowed);

#endif
