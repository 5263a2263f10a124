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
/* Builds a model from the averaged training weights, dropping weights with |w| <= min_abs and,
 * when max_bytes > 0, the smallest weights until the tables take about max_bytes at most. */
DYAD_INTERNAL int dyad_pt_model_build(dyad_pt_model *m, const dyad_pt_train *t, size_t max_bytes,
                                      float min_abs);
/* Serialises a model for dyad_pt_model_read. */
DYAD_INTERNAL void dyad_pt_model_save(const dyad_pt_model *m, dyad_mbuf *out);
DYAD_INTERNAL void dyad_pt_model_free(dyad_pt_model *m);

/* Adds the weights of feats to scores[0..nclass), in units of m->scale (a positive factor,
 * so the ranking of classes is that of the real weights). Lookups are memory-bound: the slots
 * of a block of features are prefetched first, then their weight runs, then summed. */
static inline void dyad_pt_score(const dyad_pt_model *m, const uint64_t *feats, int nf,
                                 float *scores)
{
    enum { BLOCK = 128 };
    const dyad_pt_pair *run[BLOCK];
    uint32_t len[BLOCK];
    for (int base = 0; base < nf; base += BLOCK) {
        int nb = nf - base < BLOCK ? nf - base : BLOCK;
        for (int i = 0; i < nb; i++)
            __builtin_prefetch(&m->slots[2 * ((uint32_t)feats[base + i] & m->mask)]);
        for (int i = 0; i < nb; i++) {
            uint64_t k = feats[base + i];
            uint32_t check = (uint32_t)(k >> 32) | 1u;
            uint32_t s = (uint32_t)k & m->mask;
            len[i] = 0;
            for (;;) {
                uint32_t c = m->slots[2 * s];
                if (c == 0)
                    break;
                if (c == check) {
                    uint32_t oc = m->slots[2 * s + 1];
                    run[i] = m->pairs + (oc >> 8);
                    len[i] = oc & 0xFF;
                    __builtin_prefetch(run[i]);
                    break;
                }
                s = (s + 1) & m->mask;
            }
        }
        for (int i = 0; i < nb; i++) {
            const dyad_pt_pair *p = run[i];
            for (uint32_t j = 0; j < len[i]; j++)
                scores[p[j].cls] += (float)p[j].q;
        }
    }
}

/* Index of the best score among classes allowed (allowed may be NULL = all). */
DYAD_INTERNAL int dyad_pt_argmax(const float *scores, int n, const bool *allowed);

#endif
