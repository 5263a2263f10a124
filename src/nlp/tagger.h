/* tagger.h — greedy averaged-perceptron tagger over joint (XPOS, UPOS) classes with a tag dictionary. */
#ifndef DYAD_NLP_TAGGER_H
#define DYAD_NLP_TAGGER_H

#include "nlp/kvtab.h"
#include "nlp/perceptron.h"
#include "text/doc.h"

#define DYAD_TAG_MAX 192
/* Version of the feature templates of tagger and parser, stored in both model files: a model
 * trained with other templates is refused (DYAD_EVERSION) instead of silently scoring badly. */
#define DYAD_NLP_FEATURES 4
#define TAG_NFEAT_MAX 40

typedef struct dyad_tagger {
    int ntags;                          /* classes: distinct (XPOS, UPOS) pairs of the treebank */
    const char *tags[DYAD_TAG_MAX];     /* XPOS of each class (model memory or names_owned) */
    uint8_t upos_of_tag[DYAD_TAG_MAX];  /* UPOS of each class */
    dyad_pt_model pt;
    dyad_kv tagdict; /* hash(form) → class for frequent unambiguous words */
    dyad_kv ambig;   /* hash(lowercase form) → bit set of classes seen (class mod 64) */
    dyad_kv wn;      /* hash(WordNet lemma or exception form) → POS bits: 1 n, 2 v, 4 a, 8 r */
    char *names_owned;
} dyad_tagger;

/* Per-word hashes shared by the tagger and the parser. */
typedef struct dyad_wfeat {
    uint64_t word, lower, shape, pre[3], suf[4], ambig;
    uint32_t wn;    /* WordNet POS bits of the word (low 4) and of its de-inflected forms (<< 4) */
    uint32_t flags; /* bit 0 upper initial, 1 all upper, 2 digit, 3 hyphen, 4 first word */
} dyad_wfeat;

/* What the tagger computes from a word's form alone, memoised per thread (tagger_memo.c). */
typedef struct dyad_tag_memo_entry {
    uint64_t hash;    /* dyad_hash of the form */
    uint32_t len;     /* length of the form; 0: empty place */
    int16_t dict_tag; /* dyad_tag_dict of the word */
    bool self_done;   /* the scores of its form-only features are summed */
    char form[32];
    dyad_wfeat wf;    /* without the first-word flag */
} dyad_tag_memo_entry;
typedef struct dyad_tag_memo dyad_tag_memo;

/* A memo for tg; every call on it takes that same tagger. */
DYAD_INTERNAL dyad_tag_memo *dyad_tag_memo_new(const dyad_tagger *tg);
DYAD_INTERNAL void dyad_tag_memo_free(dyad_tag_memo *m);
/* The memo's entry for the form f[0..n) with dyad_hash hash, filled when it held another
 * word; NULL for forms it does not keep (empty or longer than 32 bytes). */
DYAD_INTERNAL dyad_tag_memo_entry *dyad_tag_memo_get(dyad_tag_memo *m, const dyad_tagger *tg,
                                                     uint64_t hash, const char *f, size_t n);
/* The summed scores (ntags) of e's form-only features (dyad_tag_self_features). */
DYAD_INTERNAL const float *dyad_tag_memo_self(dyad_tag_memo *m, const dyad_tagger *tg,
                                              dyad_tag_memo_entry *e);

/* The features of the form f[0..n) alone into *w (all but the first-word flag). */
DYAD_INTERNAL void dyad_tag_form_features(const dyad_tagger *tg, const char *f, size_t n,
                                          dyad_wfeat *w);
/* Fills wf[0..n) for the words of s (memo may be NULL). */
DYAD_INTERNAL void dyad_tag_word_features(const dyad_tagger *tg, dyad_tag_memo *memo,
                                          const dyad_sentence *s, dyad_wfeat *wf);
/* The feature keys of word i given the two previous tags; returns their number (<= 40). */
DYAD_INTERNAL int dyad_tag_features_(const dyad_wfeat *wf, int32_t i, int32_t n, int p1, int p2,
                                     uint64_t *f);
/* The keys of those features that look at the word's form alone (the first ones
 * dyad_tag_features_ gives); returns their number. */
DYAD_INTERNAL int dyad_tag_self_features(const dyad_wfeat *w, uint64_t *f);
/* The class the tag dictionary gives the word, or -1. */
DYAD_INTERNAL int dyad_tag_dict(const dyad_tagger *tg, const dyad_wfeat *w);
/* Index of the first class with this XPOS (the XPOS's canonical index), or -1. */
DYAD_INTERNAL int dyad_tag_index(const dyad_tagger *tg, const char *xpos);
/* Index of the class (xpos, upos), or -1. */
DYAD_INTERNAL int dyad_tag_class(const dyad_tagger *tg, const char *xpos, int upos);
/* Tags s: sets tok[i].xpos (model memory) and tok[i].upos, and cls[i] (when cls is not NULL)
 * to the class. wf is scratch of n words; memo (may be NULL) one thread's memo of forms, which
 * changes no tag. */
DYAD_INTERNAL void dyad_tag_sentence(const dyad_tagger *tg, dyad_tag_memo *memo, dyad_sentence *s,
                                     dyad_wfeat *wf, uint8_t *cls);

DYAD_INTERNAL int dyad_tagger_read(dyad_tagger *tg, const dyad_mfile *mf, dyad_err *err);
DYAD_INTERNAL void dyad_tagger_free(dyad_tagger *tg);

/* Training: sentences with gold xpos/upos. Trains for `epochs`, keeps the epoch best on dev
 * (when ndev > 0), and leaves an in-memory tagger in *out. wordnet_dir (NULL or missing: no
 * lexicon) holds index.{noun,verb,adj,adv} and *.exc, baked into the model as a POS lexicon.
 * log (may be NULL) gets progress. */
typedef void (*dyad_nlp_log_fn)(void *ctx, const char *fmt, ...);
DYAD_INTERNAL int dyad_tagger_train(dyad_tagger *out, dyad_sentence *const *train, size_t ntrain,
                                    dyad_sentence *const *dev, size_t ndev, int epochs,
                                    const char *wordnet_dir,
                                    dyad_nlp_log_fn log, void *ctx, dyad_err *err);
/* Appends the tagger's sections to a list for dyad_mf_write (names are static strings). */
DYAD_INTERNAL int dyad_tagger_save(const dyad_tagger *tg, dyad_mbuf *secs, const char **names,
                                   int *nsec);
/* XPOS accuracy of tg on gold sentences (tags a copy of each). */
DYAD_INTERNAL double dyad_tagger_accuracy(const dyad_tagger *tg, dyad_sentence *const *sents,
                                          size_t n);

#endif
