/* score.h — scores coded events against a gold standard (gold_read.h): one-to-one matching at a
 * strict and a loose level, precision/recall/F1 overall, per CAMEO root and per PLOVER category,
 * and a root confusion table. No printing here: score_report.c formats the figures.
 *
 * Matching (data/eval/README.md, "Scoring"): an event and a gold row can pair only within one
 * document and one sentence: a "#N" row takes the events with sent == N; a text-anchored row
 * the events whose sentence (whitespace collapsed) contains the anchor, or, for events read
 * without their sentence (TSV, SQLite), whose verb words occur as whole words in the anchor.
 *   strict: full source, full target, full code agree (alternative full codes allowed);
 *   loose:  source root, target root (first 3 characters) and CAMEO root (2 digits) agree
 *           (alternative roots, and the roots of alternative codes, allowed).
 * A gold target "" (written "-") takes an event target that is "" or exactly "---". For the
 * symmetric codes (DYAD_SCORE_SYMMETRIC, or cfg) an event with source and target swapped also
 * pairs. Assignment is greedy, class by class (req, then opt, then neg): every row of the class
 * in file order takes the first still-free event (in input order) that matches it strictly;
 * then each row of the class still free takes the first free event that matches it loosely.
 * Each row and each event pairs at most once. */
#ifndef DYAD_SCORE_H
#define DYAD_SCORE_H

#include "base/common.h"
#include "coder/cameo.h"
#include "io/event_read.h"
#include "io/gold_read.h"

/* Codes whose events have no direction: consult, meet at a third location, negotiate, sign. */
#define DYAD_SCORE_SYMMETRIC DYAD_CAMEO_SYMMETRIC
#define DYAD_SCORE_MAX_SYMMETRIC 32
#define DYAD_SCORE_MAX_PLOVER 32
#define DYAD_SCORE_NROOT 21 /* index 1..20 = CAMEO root; 0 = "none" in the confusion table */

typedef enum { DYAD_MATCH_NONE = 0, DYAD_MATCH_LOOSE = 1, DYAD_MATCH_STRICT = 2 } dyad_match;

typedef struct dyad_score_cfg {
    const char *symmetric; /* comma-separated codes; NULL → DYAD_SCORE_SYMMETRIC */
} dyad_score_cfg;

/* One event kept for scoring (an event of a gold document). Strings are owned by the scorer. */
typedef struct dyad_score_event {
    int32_t doc;         /* gold document index */
    int32_t sent;        /* sentence index */
    const char *text;    /* the sentence, whitespace collapsed; "" when the input lacks it */
    const char *verb;    /* the verb words, whitespace collapsed; "" when unknown */
    const char *source, *target, *code;
    const char *plover;  /* PLOVER category of the code, "" when none */
    int root;            /* CAMEO root 1..20, 0 when the code has none */
    int32_t gold;        /* paired gold row, -1 when none */
    dyad_match level;    /* how it paired */
    int32_t confused;    /* gold row it is set against in the confusion table, or -1 */
} dyad_score_event;

/* Counts and the three figures (0 when undefined). */
typedef struct dyad_prf {
    long tp, fp, fn;
    double p, r, f1;
} dyad_prf;

/* One line of the per-root or per-PLOVER tables: gold = required rows, events = scored events;
 * TP and FN are counted under the gold row's root/category, FP under the event's (loose). */
typedef struct dyad_score_bucket {
    long gold, events;
    dyad_prf loose;
} dyad_score_bucket;

typedef struct dyad_score_result {
    long docs, gold_req, gold_opt, gold_neg;
    long events;         /* events of gold documents, scored */
    long ignored;        /* events of documents not in the gold */
    long opt_matched;    /* events paired (loose) with an optional row: neither TP nor FP */
    long neg_false;      /* events paired (loose) with a negative row: FPs */
    dyad_prf loose, strict;
    dyad_score_bucket root[DYAD_SCORE_NROOT]; /* [1..20] */
    dyad_score_bucket plover[DYAD_SCORE_MAX_PLOVER];
    const char *plover_name[DYAD_SCORE_MAX_PLOVER]; /* sorted; "" (no category) last */
    int n_plover;
    /* [gold root][event root]; row 0 = false events, column 0 = missed required rows */
    long confusion[DYAD_SCORE_NROOT][DYAD_SCORE_NROOT];
} dyad_score_result;

typedef struct dyad_score dyad_score; /* opaque */

/* A scorer over gold (borrowed: it and cameo must outlive the scorer). DYAD_EINVAL when
 * cfg->symmetric is not a list of CAMEO codes, DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_score_new(dyad_score **out, const dyad_gold *gold, const dyad_cameo *cameo,
                                 const dyad_score_cfg *cfg, dyad_err *err);
DYAD_INTERNAL void dyad_score_free(dyad_score *s);

/* Adds one event (copied). Returns 1 when kept, 0 when its document is not in the gold
 * (counted as ignored), DYAD_ENOMEM. Must come before dyad_score_run. */
DYAD_INTERNAL int dyad_score_add(dyad_score *s, const dyad_evrec *rec, dyad_err *err);

/* Pairs events with gold rows and counts. Call once, after the last add. */
DYAD_INTERNAL int dyad_score_run(dyad_score *s, dyad_err *err);

/* The figures (valid after dyad_score_run, until free). */
DYAD_INTERNAL const dyad_score_result *dyad_score_get(const dyad_score *s);
DYAD_INTERNAL const dyad_gold *dyad_score_gold(const dyad_score *s);
/* The kept events in input order, and the event paired with gold row i (-1) and how. */
DYAD_INTERNAL size_t dyad_score_nevents(const dyad_score *s);
DYAD_INTERNAL const dyad_score_event *dyad_score_event_at(const dyad_score *s, size_t i);
DYAD_INTERNAL int32_t dyad_score_gold_pair(const dyad_score *s, size_t row, dyad_match *level);

/* The figures from counts: p = tp/(tp+fp), r = tp/(tp+fn), f1; 0 where undefined. */
DYAD_INTERNAL void dyad_prf_compute(dyad_prf *x);

#endif
