/* parse_repair.h — fixes to the parser's output that follow from the sentence's own tags. */
#ifndef DYAD_NLP_PARSE_REPAIR_H
#define DYAD_NLP_PARSE_REPAIR_H

#include <stdbool.h>

#include "text/doc.h"

/* Relabels, in place, what the tags already decide (see parse_repair.c). title: s is its
 * document's title (a first paragraph of one sentence), read as a headline. */
DYAD_INTERNAL void dyad_parse_repair(dyad_sentence *s, bool title);

#endif
