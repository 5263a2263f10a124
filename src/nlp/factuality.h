/* factuality.h — did a predicate's event happen? Features from the UD tree, a hashed linear model.
 *
 * The model reads only what a parse gives (lemma, UPOS, XPOS, head, deprel; never feats, which
 * dyad's own parser leaves empty) and predicts the UDS "It Happened" value of a predicate:
 * > 0 the event happened (or is happening), < 0 it did not, or it is hypothetical, intended,
 * wanted, negated or asked about; |value| grows with certainty (the UDS scale, about -2..2).
 * It is trained by dyad_fact_train (factuality_train.c) on UDS + UD English EWT gold trees. */
#ifndef DYAD_NLP_FACTUALITY_H
#define DYAD_NLP_FACTUALITY_H

#include "base/strbuf.h"
#include "nlp/model_file.h"
#include "text/doc.h"

/* Bumped whenever the features change: a model of another feature set is refused at load. */
#define DYAD_FACT_FEATURES 1u
/* Most features one predicate can have (the extractor stops there). */
#define DYAD_FACT_MAXF 160

/* A loaded model: 2^bits float weights indexed by feature hash (borrowed from the mapped
 * file, or owned when trained in memory). Immutable after load; shareable by threads. */
typedef struct dyad_fact_model dyad_fact_model; /* opaque */

/* Computes the feature hashes of predicate pred (0-based index into s->tok) into
 * out[0..cap) and returns their number. When names is not NULL, each feature is also
 * appended to it as text, one per line ("aux=will"), for tests and --explain-like use. */
DYAD_INTERNAL int dyad_fact_features(const dyad_sentence *s, int32_t pred, uint64_t *out, int cap,
                                     dyad_strbuf *names);

/* Maps a model file (checks magic, version, checksum, feature-set version, sizes). On
 * success *out owns the mapping; free with dyad_fact_free. */
DYAD_INTERNAL int dyad_fact_load(dyad_fact_model **out, const char *path, dyad_err *err);
DYAD_INTERNAL void dyad_fact_free(dyad_fact_model *m);

/* The predicted UDS value of predicate pred (0-based) of s: > 0 means it happened. A few
 * microseconds: one pass over the sentence and about sixty weight lookups. */
DYAD_INTERNAL double dyad_fact_score(const dyad_fact_model *m, const dyad_sentence *s,
                                     int32_t pred);
/* dyad_fact_score(m, s, pred) > 0. */
DYAD_INTERNAL bool dyad_fact_happened(const dyad_fact_model *m, const dyad_sentence *s,
                                      int32_t pred);

/* Training hyper-parameters and what the trainer chose, stored in the model file. */
typedef struct dyad_fact_info {
    uint32_t bits;   /* log2 of the weight count */
    uint32_t epochs; /* passes over the training predicates */
    float l2;        /* L2 penalty per update */
    float eta;       /* AdaGrad base step */
} dyad_fact_info;

/* Builds a model that owns a copy of w[0..2^info->bits) (for the trainer and tests). */
DYAD_INTERNAL int dyad_fact_from_weights(dyad_fact_model **out, const float *w,
                                         const dyad_fact_info *info);
/* The model's settings. */
DYAD_INTERNAL const dyad_fact_info *dyad_fact_model_info(const dyad_fact_model *m);
/* Writes m to path as a dyad model file (sections fact.meta and fact.w). */
DYAD_INTERNAL int dyad_fact_save(const dyad_fact_model *m, const char *path, dyad_err *err);
/* Where feature f lives among 2^bits weights (mask = 2^bits - 1), and the sign it adds its
 * weight with (signed hashing: colliding features tend to cancel instead of adding up). */
static inline uint32_t dyad_fact_slot(uint64_t f, uint32_t mask)
{
    return (uint32_t)(f ^ (f >> 32)) & mask;
}
static inline float dyad_fact_sign(uint64_t f) { return (f >> 63) ? -1.0f : 1.0f; }
/* The score of precomputed features (what dyad_fact_score adds up). */
DYAD_INTERNAL double dyad_fact_score_features(const dyad_fact_model *m, const uint64_t *f, int nf);

#endif
