/* train.h — `dyad train`: reads UD treebanks, trains tagger, lemmatizer and parser, writes model files. */
#ifndef DYAD_NLP_TRAIN_H
#define DYAD_NLP_TRAIN_H

#include "nlp/tagger.h"

/* At most this many training sources (the main treebank and the extras), each read at most
 * DYAD_TRAIN_MAX_WEIGHT times an epoch. */
#define DYAD_TRAIN_MAX_SOURCES 17
#define DYAD_TRAIN_MAX_WEIGHT 20

/* An extra training source: a treebank folder (its *-train.conllu is added to the training
 * sentences, weight times; its *-dev.conllu, when there is one, to the dev set) or one CoNLL-U
 * file (training sentences only). */
typedef struct dyad_train_source {
    const char *path;
    int weight;            /* 1..DYAD_TRAIN_MAX_WEIGHT: copies of each sentence per epoch */
} dyad_train_source;

typedef struct dyad_train_opts {
    const char *treebank;  /* folder with *-train.conllu and *-dev.conllu (UD: *-ud-train...) */
    const char *out;       /* folder for tagger.dm and parser.dm */
    int epochs;            /* parser epochs (tagger: the same, at most 8) */
    int folds;             /* jackknife folds for the parser's predicted tags (< 2: gold tags) */
    long max_sentences;    /* use only the first N training sentences (0 = all) */
    const char *wordnet;   /* WordNet dict folder (NULL: /usr/share/wordnet, wordnet-base) */
    dyad_nlp_log_fn log;   /* progress lines (may be NULL) */
    void *ctx;
    const dyad_train_source *extra; /* more training treebanks or files (may be NULL) */
    int nextra;
} dyad_train_opts;

/* Finds DIR/<something><suffix> ("-ud-train.conllu") and writes its path to out[0..n). */
DYAD_INTERNAL int dyad_train_find_split(const char *dir, const char *suffix, char *out, size_t n,
                                        dyad_err *err);

/* Trains everything; never reads the test split. The dev set for the tagger's and the parser's
 * epoch selection is the main treebank's dev split followed by the dev splits of the extra
 * folders, pooled (accuracy per word over all of them). The jackknife folds split the distinct
 * training sentences, so an oversampled sentence is never tagged by a tagger that saw it. Fails with DYAD_ENOTFOUND, naming the file
 * and the package, when WordNet's lemmatizer files are missing (a model trained without them
 * would lemmatize worse, silently). */
DYAD_INTERNAL int dyad_nlp_train(const dyad_train_opts *o, dyad_err *err);

#endif
