/* eval.h — score a system CoNLL-U file against a gold one over the same text (CoNLL 2018 style).
 *
 * Words of both files are aligned by their character offsets in the concatenation of all
 * non-whitespace characters of the surface tokens (multiword tokens by their own form). Where
 * a multiword token is involved on either side, the words of the overlapping stretch are
 * aligned by the longest common subsequence of their lower-cased forms. Sentences and tokens
 * count as correct when their character span matches exactly. Tagging and parsing metrics are
 * counted over aligned words: UPOS, XPOS and LEMMA when equal; UAS when both heads are the
 * root or the gold head is aligned to the system head; LAS when the deprel (universal part,
 * before any ':') also matches. Punctuation is included. */
#ifndef DYAD_EVAL_H
#define DYAD_EVAL_H

#include "base/common.h"

typedef struct dyad_eval_score {
    long gold;    /* units in the gold file */
    long system;  /* units in the system file */
    long correct; /* units that match */
    long aligned; /* aligned words (for word-level metrics; equals `correct` of words) */
} dyad_eval_score;

enum {
    DYAD_EVAL_SENTENCES, DYAD_EVAL_TOKENS, DYAD_EVAL_WORDS, DYAD_EVAL_UPOS, DYAD_EVAL_XPOS,
    DYAD_EVAL_LEMMA, DYAD_EVAL_UAS, DYAD_EVAL_LAS,
    DYAD_EVAL_NMETRICS
};

typedef struct dyad_eval_result {
    dyad_eval_score m[DYAD_EVAL_NMETRICS];
} dyad_eval_result;

/* Scores system text sys[0..sn) against gold[0..gn) (both CoNLL-U). The buffers are not
 * modified. Returns DYAD_OK, DYAD_EFORMAT (malformed line, or the two files do not cover the
 * same characters; err names the file, line or character offset) or DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_eval_buffers(const char *gold, size_t gn, const char *sys, size_t sn,
                                    dyad_eval_result *out, dyad_err *err);
/* As dyad_eval_buffers, reading two files; also DYAD_EIO / DYAD_ENOTFOUND. */
DYAD_INTERNAL int dyad_eval_files(const char *gold_path, const char *sys_path,
                                  dyad_eval_result *out, dyad_err *err);

/* "Sentences", "Tokens", "Words", "UPOS", "XPOS", "Lemmas", "UAS", "LAS". */
DYAD_INTERNAL const char *dyad_eval_metric_name(int metric);
/* correct/system, correct/gold, their harmonic mean, and correct/aligned; 0 when undefined. */
DYAD_INTERNAL double dyad_eval_precision(const dyad_eval_score *s);
DYAD_INTERNAL double dyad_eval_recall(const dyad_eval_score *s);
DYAD_INTERNAL double dyad_eval_f1(const dyad_eval_score *s);
DYAD_INTERNAL double dyad_eval_aligned_acc(const dyad_eval_score *s);

#endif
