/* code_stage.h — the real stages of `dyad code` for the pipeline: tokenize → tag/parse → code →
 * render in the workers, then write (and the optional one-a-day filter and SQLite store) in
 * input order. */
#ifndef DYAD_CODE_STAGE_H
#define DYAD_CODE_STAGE_H

#include "pipeline/pipeline.h"

#include <stdio.h>

typedef struct dyad_code_cfg {
    const char *model_dir;       /* NULL → dyad_nlp_default_dir() */
    const char *const *dicts;    /* dictionary specs (dict.h); none → the data/dict folder */
    int ndicts;
    const char *format;          /* "tsv" or "jsonl" */
    bool header;                 /* TSV: a first line naming the columns */
    bool explain;                /* add the human-readable evidence of each event */
    bool one_a_day;              /* keep the first event per date, source, target and code */
    const char *db_path;         /* also store events in this SQLite file, or NULL */
    FILE *out;                   /* records go here (borrowed) */
    bool stage_timing;           /* time each stage (bench); adds a tag-only pass per sentence */
    bool parse_all;              /* parse every sentence, not only those the coder can use */
    bool literal;                /* code every act as stated, as PETRARCH does (no stance) */
    bool dyads_only;             /* no one-sided events (a protest with no target) */
    bool no_geo;                 /* --no-geo: leave events unplaced */
    const char *gazetteer;       /* the gazetteer index, NULL: the default (geo_stage.h) */
    bool reparse;                /* CoNLL-U input: tag and parse even sentences that come with
                                    lemmas, tags, heads and relations (kept otherwise) */
    bool expand;                 /* --expand: generalise verbs with WordNet (dict.h) */
    const char *wordnet;         /* WordNet dict folder, NULL: DYAD_WORDNET_DIR (dict.h) */
    void (*dict_report)(void *ctx, const char *file, long line, const char *msg); /* may be NULL */
    void *dict_report_ctx;
} dyad_code_cfg;

typedef struct dyad_code_stage dyad_code_stage; /* opaque */

/* Loads the models, dictionaries and CAMEO table and opens the writer(s). cfg is copied; the
 * strings it points to are borrowed. DYAD_EIO: an output (the database, the first write)
 * failed; a data file that cannot be read or used gives another status. */
DYAD_INTERNAL int dyad_code_stage_new(dyad_code_stage **out, const dyad_code_cfg *cfg,
                                      dyad_err *err);
/* Fills ops->ctx, worker_new, worker_free, process and emit. emit writes the records of a
 * coded item and ignores the others; callers that report rejections wrap it. */
DYAD_INTERNAL void dyad_code_stage_ops(dyad_code_stage *cs, dyad_pipe_ops *ops);
/* Writes the end of the output (JSON arrays, SQLite commit); returns DYAD_EIO on failure. */
DYAD_INTERNAL int dyad_code_stage_finish(dyad_code_stage *cs, dyad_err *err);
/* Why events are not placed although --no-geo was not given (no gazetteer), or NULL. */
DYAD_INTERNAL const char *dyad_code_stage_geo_note(const dyad_code_stage *cs);
/* Why no verbs were generalised with WordNet although cfg.expand asked for it (its files are
 * missing), or NULL. */
DYAD_INTERNAL const char *dyad_code_stage_expand_note(const dyad_code_stage *cs);
/* Events dropped by the one-a-day filter. */
DYAD_INTERNAL long dyad_code_stage_filtered(const dyad_code_stage *cs);
DYAD_INTERNAL void dyad_code_stage_free(dyad_code_stage *cs);

/* Nanoseconds spent per stage, summed over all threads since the stage was made (only with
 * cfg.stage_timing). tag: the tag-only pass; annotate: the full tag + parse pass. */
typedef struct dyad_stage_times {
    uint64_t tokenize, tag, annotate, code, geo, render, write;
} dyad_stage_times;
DYAD_INTERNAL void dyad_code_stage_times(const dyad_code_stage *cs, dyad_stage_times *t);

#endif
