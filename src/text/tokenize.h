/* tokenize.h — sentence splitting and tokenization following UD English EWT conventions. */
#ifndef DYAD_TOKENIZE_H
#define DYAD_TOKENIZE_H

#include "text/doc.h"

/* Splits doc->text[0..doc->text_len) into sentences of words, appended to doc->sent.
 * Words carry form, start/end offsets into doc->text, space_after; multiword tokens
 * ("don't" → do + n't, "Bush's" → Bush + 's when EWT splits them) are recorded in
 * sentence->mwt when the surface token is split into several words.
 * Lemma/xpos/deprel stay NULL, upos NONE, head -1. A run of text with no sentence end is cut
 * into sentences of at most DYAD_MAX_SENT_WORDS words. Returns DYAD_OK or DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_tokenize(dyad_doc *doc, dyad_err *err);

#define DYAD_MAX_SENT_WORDS 250

#endif
