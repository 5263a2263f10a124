/* conllu.h — a small CoNLL-U sentence reader and writer for training and `dyad parse --input conllu`. */
#ifndef DYAD_NLP_CONLLU_H
#define DYAD_NLP_CONLLU_H

#include <stdio.h>

#include "base/strbuf.h"
#include "text/doc.h"

typedef struct dyad_cu_reader dyad_cu_reader; /* opaque */

/* Opens path ("-" = stdin) for reading CoNLL-U. */
DYAD_INTERNAL int dyad_cu_open(dyad_cu_reader **out, const char *path, dyad_err *err);
/* Appends the next sentence of the input to doc (strings in doc->arena; gold columns kept:
 * lemma, upos, xpos, feats, head, deprel). Returns 1 when a sentence was read, 0 at the end, or
 * DYAD_EFORMAT when a malformed sentence was skipped (err names file:line); reading may go on.
 * DYAD_EIO/DYAD_ENOMEM end the input. */
DYAD_INTERNAL int dyad_cu_next(dyad_cu_reader *r, dyad_doc *doc, dyad_err *err);
/* The line where the last sentence returned started. */
DYAD_INTERNAL long dyad_cu_line(const dyad_cu_reader *r);
DYAD_INTERNAL void dyad_cu_close(dyad_cu_reader *r);


#endif
