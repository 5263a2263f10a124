/* conllu_write.h — one sentence as CoNLL-U text. */
#ifndef DYAD_CONLLU_WRITE_H
#define DYAD_CONLLU_WRITE_H

#include "base/strbuf.h"
#include "text/doc.h"

/* Appends s as CoNLL-U: "# sent_id = " and "# text = " comments when known, the multiword
 * range lines before their words, 10 tab-separated columns per word (unset values as "_";
 * DEPS is always "_"; MISC holds SpaceAfter=No where no space follows), and a blank line. */
DYAD_INTERNAL void dyad_conllu_write_sentence(dyad_strbuf *sb, const dyad_sentence *s);

#endif
