/* parser.h — arc-hybrid transition parser with labelled transitions and an averaged perceptron. */
#ifndef DYAD_NLP_PARSER_H
#define DYAD_NLP_PARSER_H

#include "nlp/perceptron.h"
#include "nlp/tagger.h"

#define DYAD_DEP_MAXLAB 127
#define DYAD_DEP_NFEAT 96

typedef struct dyad_parser {
    int nlabels;
    const char *labels[DYAD_DEP_MAXLAB]; /* deprel names (model memory or labels_owned) */
    int root_label;                      /* index of "root" */
    dyad_pt_model pt;                    /* classes: 0 shift, 1+2l left-l, 2+2l right-l */
    char *labels_owned;
} dyad_parser;

/* Parser configuration over words 0..n-1 with the root as token n at the end of the buffer. */
typedef struct dyad_dep_state {
    int n, sp, b;
    int *stack;
    int *head, *label;        /* n+1 entries: head index (n = root) or -1, label or -1 */
    int *lc1, *lc2, *rc1, *rc2; /* leftmost, second leftmost, rightmost, second rightmost child */
    int *nl, *nr;             /* number of left and right children */
    uint64_t *ls_l, *ls_r;    /* sets of left and right child labels (bit masks) */
    uint64_t *wh, *th;        /* per token: word and tag hashes */
} dyad_dep_state;

/* Scratch memory for one sentence at a time (per thread). */
typedef struct dyad_dep_work {
    size_t cap;
    dyad_dep_state st;
    int *block; /* one allocation holding every int array */
    uint64_t *block64;
} dyad_dep_work;

DYAD_INTERNAL int dyad_dep_work_reserve(dyad_dep_work *w, size_t n);
DYAD_INTERNAL void dyad_dep_work_free(dyad_dep_work *w);

/* Starts parsing sentence s (needs xpos set) with per-word hashes wf. */
DYAD_INTERNAL void dyad_dep_init(dyad_dep_state *st, const dyad_sentence *s, const dyad_wfeat *wf);
/* Feature keys of the configuration; returns their number (<= DYAD_DEP_NFEAT). */
DYAD_INTERNAL int dyad_dep_features(const dyad_dep_state *st, uint64_t *f);
/* Marks the classes allowed in this configuration. */
DYAD_INTERNAL void dyad_dep_valid(const dyad_dep_state *st, int nlabels, bool *ok);
DYAD_INTERNAL void dyad_dep_apply(dyad_dep_state *st, int cls);
static inline bool dyad_dep_done(const dyad_dep_state *st) { return st->b == st->n && st->sp == 0; }

/* Parses s (tagged): sets head (1-based, 0 = root) and deprel of every word. */
DYAD_INTERNAL int dyad_dep_parse(const dyad_parser *p, dyad_dep_work *w, dyad_sentence *s,
                                 const dyad_wfeat *wf);

DYAD_INTERNAL int dyad_parser_read(dyad_parser *p, const dyad_mfile *mf, dyad_err *err);
DYAD_INTERNAL int dyad_parser_save(const dyad_parser *p, dyad_mbuf *secs, const char **names,
                                   int *nsec);
DYAD_INTERNAL void dyad_parser_free(dyad_parser *p);

/* Trains on sentences whose xpos are the (jackknifed) predicted tags and whose head/deprel are
 * gold; keeps the epoch with the best dev LAS. tg supplies the word hashes. */
DYAD_INTERNAL int dyad_parser_train(dyad_parser *out, const dyad_tagger *tg,
                                    dyad_sentence *const *train, size_t ntrain,
                                    dyad_sentence *const *dev, size_t ndev, int epochs,
                                    dyad_nlp_log_fn log, void *ctx, dyad_err *err);
/* UAS and LAS (percent, punctuation included) of p on gold-annotated sentences. */
DYAD_INTERNAL void dyad_parser_score(const dyad_parser *p, const dyad_tagger *tg,
                                     dyad_sentence *const *sents, size_t n, double *uas,
                                     double *las);

#endif
