/* stage_glue.h — every call the pipeline makes into the CAMEO table, the coder and the writers,
 * in one small file (stage_glue.c), so that code_stage.c does not depend on their details. */
#ifndef DYAD_STAGE_GLUE_H
#define DYAD_STAGE_GLUE_H

#include "base/strbuf.h"
#include "coder/event.h"
#include "dict/dict.h"
#include "io/reader.h"
#include "nlp/nlp.h"
#include "text/tokenize.h"

typedef struct dyad_glue dyad_glue; /* opaque: CAMEO table, coder, writers */

typedef struct dyad_glue_cfg {
    const dyad_dict *dict;  /* finished dictionaries (borrowed) */
    const char *format;     /* "tsv" or "jsonl" */
    bool header;            /* TSV column names first */
    bool explain;           /* render the evidence for people instead of records */
    const char *db_path;    /* SQLite file, or NULL */
    bool literal;           /* coder: every act as stated (dyad_coder_options.literal) */
    bool dyads_only;        /* coder: no one-sided events (dyad_coder_options.dyads_only) */
} dyad_glue_cfg;

/* The stage this build lacks (the coder and writers when their headers are absent), or NULL
 * when all are in. */
DYAD_INTERNAL const char *dyad_glue_missing(void);

/* Loads the CAMEO table (data/cameo), makes the coder and opens the SQLite store. */
DYAD_INTERNAL int dyad_glue_new(dyad_glue **out, const dyad_glue_cfg *cfg, dyad_err *err);
DYAD_INTERNAL void dyad_glue_free(dyad_glue *g);

/* Gives the coder a place lookup (dyad_coder_set_places): the country a place name clearly
 * stands for, fn(ctx, name, n, iso3). Before coding. */
DYAD_INTERNAL void dyad_glue_set_places(dyad_glue *g,
                                        bool (*fn)(const void *ctx, const char *name, size_t n,
                                                   char iso3[4]),
                                        const void *ctx);

/* Checks the codes of dict's verbs and patterns against the CAMEO table (dyad_coder_code_known)
 * and takes out the entries with an unknown code, each reported through diag
 * (dyad_dict_check_codes); call after dyad_glue_new, before coding. Returns their count. */
DYAD_INTERNAL long dyad_glue_drop_unknown_codes(const dyad_glue *g, dyad_dict *dict,
                                                dyad_dict_diag *diag);

/* Codes an annotated document: appends its events to *ev; *discarded when the discard
 * dictionary threw the story out. Thread-safe (the coder is read-only). */
DYAD_INTERNAL int dyad_glue_code(const dyad_glue *g, dyad_doc *doc, dyad_event_list *ev,
                                 bool *discarded, dyad_err *err);
/* Which sentences of doc the coder needs annotated, plan[i] = 1 or 0 for each of doc->nsent
 * sentences, so that it codes doc as if all were tagged and parsed. !tagged (doc tokenized
 * only): those that need tags (dyad_coder_needs_tags); tagged (those marked before were
 * tagged, none parsed): those that need a parse (dyad_coder_needs_parse). 1 everywhere in a
 * build without the coder. words: scratch of as many entries as the longest sentence.
 * Thread-safe. */
DYAD_INTERNAL void dyad_glue_plan(const dyad_glue *g, const dyad_doc *doc, bool tagged,
                                  uint8_t *plan, const char **words);
/* Appends the records (or with explain, the evidence) of every event in ev to sb, through
 * the writer's list renderers, so record ids and columns are the writer's: EventID / "id" is
 * "<doc id>-<n>", n the 0-based position of the event in ev (the events written for the
 * document, in sentence order). Thread-safe. */
DYAD_INTERNAL void dyad_glue_render(const dyad_glue *g, const dyad_doc *doc,
                                    const dyad_event_list *ev, dyad_strbuf *sb);
/* Appends what goes before the first record (TSV header line when asked), possibly nothing. */
DYAD_INTERNAL void dyad_glue_render_start(const dyad_glue *g, dyad_strbuf *sb);
/* Stores doc's events in the SQLite store (calling thread only, input order); a discarded
 * story is stored with articles.status "discarded" (else "coded" or "no-events"). */
DYAD_INTERNAL int dyad_glue_db_doc(dyad_glue *g, const dyad_doc *doc, const dyad_event_list *ev,
                                   bool discarded, dyad_err *err);
DYAD_INTERNAL bool dyad_glue_has_db(const dyad_glue *g);
/* Commits the SQLite store. */
DYAD_INTERNAL int dyad_glue_finish(dyad_glue *g, dyad_err *err);

#endif
