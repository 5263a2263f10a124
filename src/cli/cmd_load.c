/* cmd_load.c — `dyad load EVENTS --db FILE`: stores events written by `dyad code` in SQLite. */
#include "cli/commands.h"
#include "cli/opts.h"
#include "cli/outputs.h"

#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/hash.h"
#include "io/event_read.h"
#include "io/writer.h"

static const dyad_cmd_usage usage = {
    "load",
    "--db FILE [--batch N] [EVENTS]...",
    "Loads events that `dyad code` wrote (JSONL or TSV, detected; gzip ok; none or - reads "
    "stdin) into the SQLite store FILE (created when absent; schema as `dyad code --db`). "
    "Events are grouped by article; an article's events must be consecutive, as dyad code "
    "writes them. Loading an article again replaces its rows, so re-running never duplicates. "
    "Articles are committed in batches (one transaction each). Article text is not in event "
    "files: articles.text stays empty and sentences hold the sentences that carry events.",
    "  dyad load events.jsonl --db events.sqlite\n"
    "  zcat part-*.tsv.gz | dyad load --db events.sqlite"};

typedef struct load_ctx {
    dyad_writer *w;
    dyad_intern seen; /* article ids already written */
    dyad_arena arena; /* strings of the current article's records */
    dyad_evrec *recs; /* heap */
    size_t n, cap;
    long docs, events, bad;
} load_ctx;

static int flush_doc(load_ctx *c, dyad_err *err)
{
    if (c->n == 0)
        return DYAD_OK;
    const char *id = c->recs[0].doc;
    uint32_t before = c->seen.count;
    if (dyad_intern_add(&c->seen, id, strlen(id)) < 0)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    if (c->seen.count == before)
        return dyad_err_set(err, DYAD_EFORMAT,
                            "events of article '%s' are not consecutive (loading them again "
                            "would replace the first group)", id);
    dyad_doc d;
    dyad_doc_init(&d);
    dyad_event_list l;
    int rc = dyad_evrec_doc(c->recs, (int)c->n, &d, &l);
    if (rc == DYAD_OK)
        rc = dyad_writer_doc(c->w, &d, &l, err);
    else
        dyad_err_set(err, rc, "out of memory");
    dyad_doc_free(&d);
    c->docs++;
    c->events += (long)c->n;
    c->n = 0;
    dyad_arena_reset(&c->arena);
    return rc;
}

static int load_file(load_ctx *c, const char *path)
{
    dyad_err err;
    dyad_err_clear(&err);
    dyad_evread *r;
    if (dyad_evread_open(&r, path, &err) != DYAD_OK) {
        fprintf(stderr, "dyad load: %s\n", err.msg);
        return DYAD_EXIT_DATA;
    }
    if (dyad_evread_format(r) == DYAD_EVFMT_SQLITE) {
        dyad_evread_close(r);
        fprintf(stderr, "dyad load: %s is already a SQLite database\n", path);
        return DYAD_EXIT_USAGE;
    }
    dyad_evrec rec;
    int g, rc = DYAD_OK;
    while ((g = dyad_evread_next(r, &rec, &err)) != 0) {
        if (g < 0) {
            fprintf(stderr, "dyad load: %s\n", err.msg);
            if (g == DYAD_EFORMAT) {
                c->bad++;
                continue;
            }
            dyad_evread_close(r);
            return g == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
        }
        if (c->n > 0 && strcmp(rec.doc, c->recs[0].doc) != 0 && (rc = flush_doc(c, &err)) != DYAD_OK)
            break;
        if (dyad_grow(&c->recs, &c->cap, c->n + 1, sizeof *c->recs) != DYAD_OK) {
            rc = dyad_err_set(&err, DYAD_ENOMEM, "out of memory");
            break;
        }
        if ((rc = dyad_evrec_copy(&c->arena, &rec, &c->recs[c->n])) != DYAD_OK) {
            dyad_err_set(&err, rc, "out of memory");
            break;
        }
        c->n++;
    }
    dyad_evread_close(r);
    if (rc != DYAD_OK) {
        fprintf(stderr, "dyad load: %s\n", err.msg);
        return rc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL
               : rc == DYAD_EFORMAT ? DYAD_EXIT_DATA : DYAD_EXIT_WRITE;
    }
    return DYAD_EXIT_OK;
}

int dyad_cmd_load(int argc, char **argv)
{
    const char *db = NULL;
    long batch = 1000;
    int quiet = 0;
    const dyad_opt opts[] = {
        {"db", 0, DYAD_OPT_STR, &db, "FILE", "the SQLite database to fill (required)"},
        {"batch", 0, DYAD_OPT_INT, &batch, "N", "articles per transaction at most (default 1000; also every 1 s)"},
        {"quiet", 'q', DYAD_OPT_FLAG, &quiet, NULL, "no summary line on stderr"},
        {NULL, 0, 0, NULL, NULL, NULL}};
    int npos = 0;
    int prc = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (prc == 1)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    if (prc != 0)
        return DYAD_EXIT_USAGE;
    if (!db || batch < 1 || batch > 1000000) {
        fprintf(stderr, "dyad load: %s\n", !db ? "--db FILE is required" : "--batch 1..1000000");
        return DYAD_EXIT_USAGE;
    }
    static char *stdin_only[] = {"-"};
    char **files = npos ? argv + 1 : stdin_only;
    int nfiles = npos ? npos : 1;
    const dyad_outpath outs[] = {{"--db", db}};
    int rc = dyad_check_outputs("load", (const char *const *)files, nfiles, outs, 1, 0);
    if (rc != 0)
        return rc;
    load_ctx c = {0};
    dyad_err err;
    dyad_writer_opts wo = {.batch_docs = (int)batch};
    if (dyad_writer_open_opts(&c.w, "sqlite", db, &wo, &err) != DYAD_OK) {
        fprintf(stderr, "dyad load: %s\n", err.msg);
        return DYAD_EXIT_WRITE;
    }
    dyad_intern_init(&c.seen);
    dyad_arena_init(&c.arena, 0);
    for (int i = 0; i < nfiles && rc == DYAD_EXIT_OK; i++)
        rc = load_file(&c, files[i]);
    if (rc == DYAD_EXIT_OK) {
        int r = flush_doc(&c, &err);
        if (r == DYAD_OK)
            r = dyad_writer_finish(c.w, &err);
        if (r != DYAD_OK) {
            fprintf(stderr, "dyad load: %s\n", err.msg);
            rc = r == DYAD_EFORMAT ? DYAD_EXIT_DATA : DYAD_EXIT_WRITE;
        }
    }
    if (!quiet && rc == DYAD_EXIT_OK)
        fprintf(stderr, "dyad load: %ld articles, %ld events into %s (%ld records rejected)\n",
                c.docs, c.events, db, c.bad);
    dyad_writer_close(c.w); /* rolls back an unfinished batch */
    dyad_intern_free(&c.seen);
    dyad_arena_free(&c.arena);
    dyad_free(c.recs);
    if (rc == DYAD_EXIT_OK && c.bad)
        rc = DYAD_EXIT_REJECTED;
    return dyad_finish_stdout(rc);
}
