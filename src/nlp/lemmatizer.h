/* lemmatizer.h — lemmas from a learned (form, XPOS) table, WordNet exceptions and suffix rules. */
#ifndef DYAD_NLP_LEMMATIZER_H
#define DYAD_NLP_LEMMATIZER_H

#include "nlp/kvtab.h"
#include "nlp/tagger.h"

/* Word classes of the WordNet base-form table (values stored in model files). */
enum { DYAD_LEM_VERB = 2, DYAD_LEM_ADJ = 3 };

typedef struct dyad_lemmatizer {
    dyad_kv form;  /* mix(hash(form), tag+1) → pool offset of the lemma */
    dyad_kv lower; /* mix(hash(lowercase form), tag+1) → pool offset (training + WordNet) */
    dyad_kv rules; /* mix(mix(hash(suffix), tag+1), length) → strip count << 32 | pool offset */
    /* WordNet base forms: mix(hash(word), class) → 1, class DYAD_LEM_VERB or DYAD_LEM_ADJ
     * (index.verb, index.adj). Empty in models trained without WordNet (no lem.base). */
    dyad_kv base;
    const char *pool;
    size_t pool_n;
    char *pool_owned;
} dyad_lemmatizer;

/* The lemma of form tagged `tag` (index in tg) with UPOS upos: model memory, form itself, or a
 * copy in arena. NULL only when the arena runs out of memory. A verb or adjective the tables do
 * not know gets its suffix rule's lemma when WordNet has that base form, else the first of
 * WordNet's detachments (declined: decline, not declin) that it has, else the rule's. */
DYAD_INTERNAL const char *dyad_lemma(const dyad_lemmatizer *lm, const char *form, int tag,
                                     int upos, dyad_arena *arena);

/* Learns from gold sentences (xpos and lemma) tagged with tg's tag set; wordnet_dir (may be
 * NULL or missing) holds noun.exc, verb.exc, adj.exc, adv.exc. */
DYAD_INTERNAL int dyad_lemmatizer_train(dyad_lemmatizer *lm, const dyad_tagger *tg,
                                        dyad_sentence *const *train, size_t ntrain,
                                        const char *wordnet_dir, size_t *n_wordnet,
                                        dyad_err *err);
DYAD_INTERNAL int dyad_lemmatizer_save(const dyad_lemmatizer *lm, dyad_mbuf *secs,
                                       const char **names, int *nsec);
DYAD_INTERNAL int dyad_lemmatizer_read(dyad_lemmatizer *lm, const dyad_mfile *mf, dyad_err *err);
DYAD_INTERNAL void dyad_lemmatizer_free(dyad_lemmatizer *lm);

#endif
