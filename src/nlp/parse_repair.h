/* parse_repair.h — fixes to the parser's output that follow from the sentence's own tags. */
#ifndef DYAD_NLP_PARSE_REPAIR_H
#define DYAD_NLP_PARSE_REPAIR_H

#include <stdbool.h>

#include "text/doc.h"

/* Relabels, in place, what the tags already decide (see parse_repair.c). title: s is its
 * document's title (a first paragraph of one sentence), read as a headline. */
DYAD_INTERNAL void dyad_parse_repair(dyad_sentence *s, bool title);

/* The verb of a past tense with no -ed that the tagger may read as a noun or an adjective
 * ("shot" -> "shoot", "fled" -> "flee"; lower case as written), NULL for other words. The
 * parse repairs make such a word a verb (parse_repair_verbs.c, parse_repair_modifiers.c); the
 * coder's parse plan counts it as a possible event word (coder_needs.c). */
DYAD_INTERNAL const char *dyad_past_tense_lemma(const char *form);

#endif
