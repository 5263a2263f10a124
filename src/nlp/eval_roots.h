/* eval_roots.h — a parse sanity measure that needs no gold: the share of sentences with a
 * finite verb whose root is not a verb. */
#ifndef DYAD_NLP_EVAL_ROOTS_H
#define DYAD_NLP_EVAL_ROOTS_H

#include <stdio.h>

#include "text/doc.h"

/* A sentence counts as finite when a word has XPOS VBD, VBZ, VBP or MD. Its root is a non-verb
 * root when its UPOS is neither VERB nor AUX and no word attaches to it as `cop` (a copular
 * clause "He is a minister" has the noun as its root, rightly). In gold news treebanks under
 * 1% of finite sentences have one; a parser that reads a past-tense verb as an adjective makes
 * many. */
typedef struct dyad_roots_result {
    long sentences; /* sentences read */
    long finite;    /* of which with a finite verb */
    long nonverb;   /* of which with a non-verb root */
} dyad_roots_result;

typedef enum { DYAD_ROOTS_NOT_FINITE, DYAD_ROOTS_VERB, DYAD_ROOTS_NONVERB } dyad_roots_class;

/* Classifies one parsed sentence (xpos, upos, head and deprel set). */
DYAD_INTERNAL dyad_roots_class dyad_roots_classify(const dyad_sentence *s);
/* Reads a CoNLL-U file ("-" = stdin) and counts. DYAD_OK, or DYAD_EIO / DYAD_ENOTFOUND /
 * DYAD_EFORMAT / DYAD_ENOMEM with err naming file:line. */
DYAD_INTERNAL int dyad_roots_file(const char *path, dyad_roots_result *out, dyad_err *err);
/* The same, and when list is not NULL writes one line per sentence counted as a non-verb root:
 * "SENT_ID<TAB>ROOT_FORM/UPOS<TAB>TEXT" (the sentence's number in the file when it has no
 * sent_id, "-" for a sentence without a root, "" for a missing text). */
DYAD_INTERNAL int dyad_roots_file_list(const char *path, dyad_roots_result *out, FILE *list,
                                       dyad_err *err);
/* nonverb / finite, 0 when there is no finite sentence. */
DYAD_INTERNAL double dyad_roots_share(const dyad_roots_result *r);

#endif
