/* nlp.h — tagger, lemmatizer and dependency parser: models loaded once, shared by threads. */
#ifndef DYAD_NLP_H
#define DYAD_NLP_H

#include "text/doc.h"

typedef struct dyad_nlp dyad_nlp;           /* opaque, immutable after load */
typedef struct dyad_nlp_work dyad_nlp_work; /* opaque per-thread scratch */

/* The folder searched when no --model is given: $DYAD_MODELS, else the data/models folder
 * of the source tree the binary was built from (DYAD_DATADIR). */
DYAD_INTERNAL const char *dyad_nlp_default_dir(void);
/* Loads (mmaps) the model files in dir; checks magic, version and checksum of each. */
DYAD_INTERNAL int dyad_nlp_load(dyad_nlp **out, const char *dir, dyad_err *err);
DYAD_INTERNAL void dyad_nlp_free(dyad_nlp *nlp);
DYAD_INTERNAL dyad_nlp_work *dyad_nlp_work_new(const dyad_nlp *nlp);
DYAD_INTERNAL void dyad_nlp_work_free(dyad_nlp_work *w);

/* Fills upos, xpos, feats (may stay "_"), lemma, head and deprel of every word of every
 * sentence in doc (strings in doc->arena or model memory). */
DYAD_INTERNAL int dyad_nlp_annotate(const dyad_nlp *nlp, dyad_nlp_work *w, dyad_doc *doc,
                                    dyad_err *err);
/* The same for one sentence; tag_only skips the parser. */
DYAD_INTERNAL int dyad_nlp_annotate_sentence(const dyad_nlp *nlp, dyad_nlp_work *w, dyad_doc *doc,
                                             dyad_sentence *s, bool tag_only, dyad_err *err);
/* A doc annotated in two steps, as `dyad code` does (tag what the coder needs, then parse
 * what it needs): dyad_nlp_begin_doc makes room in w for the word features of every sentence
 * of doc; dyad_nlp_tag_in_doc tags and lemmatizes sentence si (head and deprel unset) and
 * keeps its features; dyad_nlp_parse_in_doc parses sentence si, tagged before, with them.
 * Another dyad_nlp_annotate* call on w in between invalidates the kept features. */
DYAD_INTERNAL int dyad_nlp_begin_doc(dyad_nlp_work *w, const dyad_doc *doc, dyad_err *err);
DYAD_INTERNAL int dyad_nlp_tag_in_doc(const dyad_nlp *nlp, dyad_nlp_work *w, dyad_doc *doc,
                                      int32_t si, dyad_err *err);
DYAD_INTERNAL int dyad_nlp_parse_in_doc(const dyad_nlp *nlp, dyad_nlp_work *w, dyad_doc *doc,
                                        int32_t si, dyad_err *err);

#endif
