/* train.h — `dyad train`: reads UD treebanks, trains tagger, lemmatizer and parser, writes model files. */
#ifndef DYAD_NLP_TRAIN_H
#define DYAD_NLP_TRAIN_H

#include "nlp/tagger.h"

typedef struct dyad_train_opts {
    const char *treebank;  /* folder with *-ud-train.conllu and *-ud-dev.conllu */
    const char *out;       /* folder for tagger.dm and parser.dm */
    int epochs;            /* parser epochs (tagger: the same, at most 8) */
    int folds;             /* jackknife folds for the parser's predicted tags (< 2: gold tags) */
    long max_sentences;    /* use only the first N training sentences (0 = all) */
    const char *wordnet;   /* WordNet dict folder (NULL: /usr/share/wordnet, wordnet-base) */
    dyad_nlp_log_fn log;   /* progress lines (may be NULL) */
    void *ctx;
} dyad_train_opts;

/* Finds DIR/<something><suffix> ("-ud-train.conllu") and writes its path to out[0..n). */
DYAD_INTERNAL int dyad_train_find_split(const char *dir, const char *suffix, char *out, size_t n,
                                        dyad_err *err);

/* Trains everything; never reads the test split. Fails with DYAD_ENOTFOUND, naming the file
 * and the package, when WordNet's lemmatizer files are missing (a model trained without them
 * would lemmatize worse, silently). */
DYAD_INTERNAL int dyad_nlp_train(const dyad_train_opts *o, dyad_err *err);

#endif
