/* cmd_score.c — `dyad score GOLD EVENTS`: precision and recall of coded events on a gold TSV. */
#include "cli/commands.h"
#include "cli/opts.h"

#include <stdio.h>
#include <string.h>

#include "agg/score.h"
#include "agg/score_report.h"
#include "coder/cameo.h"
#include "io/event_read.h"
#include "io/gold_read.h"

#define MAX_BAD_REPORTED 50

static const dyad_cmd_usage usage = {
    "score",
    "[-v] [--json | --summary LABEL] [--symmetric CODES] GOLD EVENTS...",
    "Scores coded events (what `dyad code` writes: JSONL recommended, or TSV or SQLite; gzip "
    "ok; - is stdin) against a hand-coded gold TSV, and prints precision, recall and F1 at two "
    "levels, per CAMEO root and PLOVER category, and a confusion table of CAMEO roots. Gold "
    "(tab-separated; # lines and a header starting with 'doc' skipped): doc, anchor, source, "
    "target, code [, alt, class, plover, note]. anchor: an exact substring of the event's "
    "sentence (whitespace runs count as one space), #N for the 0-based sentence index, or - "
    "on a row that only declares a document with no events. target: an actor code or - for "
    "none. code: a CAMEO code of dyad's table. alt: comma-separated alternatives (04 = a root, "
    "042 = a code). class: req (default), opt (neither rewarded nor punished), neg (a tempting "
    "non-event: a matching event is false). plover: informational, derived from the code when "
    "- or empty. Only events of documents named in the gold are scored. Strict: full source, "
    "target and code agree; loose: their roots (3 characters, 2 digits) agree. Codes in "
    "--symmetric (default " DYAD_SCORE_SYMMETRIC ") also match with source and target swapped. "
    "Pairs are one-to-one: req rows first, then opt, then neg; strict pairs before loose; "
    "gold rows in file order. Events "
    "read without their sentence (TSV, SQLite) are placed in an anchor's sentence when their "
    "verb words occur in the anchor. Exit 0, 1 (some event records unreadable), 2 (usage), 3 "
    "(a file cannot be read or the gold has bad lines, each named file:line). Full "
    "description: data/eval/README.md.",
    "  dyad code --format jsonl examples/news.jsonl > events.jsonl\n"
    "  dyad score examples/gold.tsv events.jsonl\n"
    "  dyad score -v --json examples/gold.tsv events.jsonl\n"
    "  dyad score --summary dev data/eval/gold-dev.tsv dev-events.jsonl"};

typedef struct args {
    int verbose, json;
    const char *summary, *symmetric;
} args;

static void print_bad(void *ctx, const char *msg)
{
    DYAD_UNUSED(ctx);
    fprintf(stderr, "dyad score: %s\n", msg);
}

static bool has_text_anchor(const dyad_gold *g)
{
    for (size_t i = 0; i < g->n; i++)
        if (!g->rows[i].doc_only && g->rows[i].sent < 0)
            return true;
    return false;
}

/* Feeds the events of path to s; *bad counts unreadable records. */
static int add_file(dyad_score *s, const dyad_gold *g, const char *path, long *bad)
{
    dyad_err err;
    dyad_err_clear(&err);
    dyad_evread *r;
    if (dyad_evread_open(&r, path, &err) != DYAD_OK) {
        fprintf(stderr, "dyad score: %s\n", err.msg);
        return err.code == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
    }
    if (dyad_evread_format(r) != DYAD_EVFMT_JSONL && has_text_anchor(g))
        fprintf(stderr,
                "dyad score: %s: %s events carry no sentence: text anchors are matched by the "
                "verb words (JSONL is exact)\n",
                path, dyad_evread_format(r) == DYAD_EVFMT_TSV ? "TSV" : "SQLite");
    dyad_evrec rec;
    int rc, exit_rc = DYAD_EXIT_OK;
    while ((rc = dyad_evread_next(r, &rec, &err)) != 0) {
        if (rc == DYAD_EFORMAT) {
            fprintf(stderr, "dyad score: %s\n", err.msg);
            (*bad)++;
            continue;
        }
        if (rc > 0)
            rc = dyad_score_add(s, &rec, &err);
        if (rc < 0) {
            fprintf(stderr, "dyad score: %s\n", err.msg);
            exit_rc = rc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
            break;
        }
    }
    dyad_evread_close(r);
    return exit_rc;
}

int dyad_cmd_score(int argc, char **argv)
{
    args a = {0};
    const dyad_opt opts[] = {
        {"verbose", 'v', DYAD_OPT_FLAG, &a.verbose, NULL,
         "list missed gold rows, false events, loose-only pairs"},
        {"json", 0, DYAD_OPT_FLAG, &a.json, NULL, "print the figures as one JSON object"},
        {"summary", 0, DYAD_OPT_STR, &a.summary, "LABEL", "print one line, starting with LABEL"},
        {"symmetric", 0, DYAD_OPT_STR, &a.symmetric, "CODES",
         "undirected codes (default " DYAD_SCORE_SYMMETRIC "; '' for none)"},
        {NULL, 0, 0, NULL, NULL, NULL}};
    int npos = 0;
    int prc = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (prc == 1)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    if (prc != 0)
        return DYAD_EXIT_USAGE;
    if (npos < 2) {
        fprintf(stderr, "dyad score: want a gold file and an event file (see dyad score --help)\n");
        return DYAD_EXIT_USAGE;
    }
    if (a.summary && (a.json || a.verbose)) {
        fprintf(stderr, "dyad score: --summary prints one line: no --json or -v with it\n");
        return DYAD_EXIT_USAGE;
    }
    dyad_err err;
    dyad_err_clear(&err);
    dyad_cameo *cameo = NULL;
    if (dyad_cameo_load(&cameo, NULL, &err) != DYAD_OK) {
        fprintf(stderr, "dyad score: %s\n", err.msg);
        return DYAD_EXIT_DATA;
    }
    dyad_gold gold;
    dyad_gold_init(&gold);
    dyad_score *s = NULL;
    int rc = DYAD_EXIT_OK;
    int grc = dyad_gold_read(&gold, cameo, argv[1], print_bad, NULL, MAX_BAD_REPORTED, &err);
    if (grc != DYAD_OK) {
        if (grc == DYAD_EFORMAT && gold.n_bad > MAX_BAD_REPORTED)
            fprintf(stderr, "dyad score: ... %ld more bad lines not shown\n",
                    gold.n_bad - MAX_BAD_REPORTED);
        fprintf(stderr, "dyad score: %s\n", err.msg);
        rc = grc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
        goto cleanup;
    }
    dyad_score_cfg cfg = {.symmetric = a.symmetric};
    int src = dyad_score_new(&s, &gold, cameo, &cfg, &err);
    if (src != DYAD_OK) {
        fprintf(stderr, "dyad score: %s\n", err.msg);
        rc = src == DYAD_EINVAL ? DYAD_EXIT_USAGE : DYAD_EXIT_INTERNAL;
        goto cleanup;
    }
    long bad = 0;
    for (int i = 2; i <= npos && rc == DYAD_EXIT_OK; i++)
        rc = add_file(s, &gold, argv[i], &bad);
    if (rc != DYAD_EXIT_OK)
        goto cleanup;
    if (dyad_score_run(s, &err) != DYAD_OK) {
        fprintf(stderr, "dyad score: %s\n", err.msg);
        rc = DYAD_EXIT_INTERNAL;
        goto cleanup;
    }
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    if (a.summary)
        dyad_score_report_line(s, a.summary, &sb);
    else if (a.json)
        dyad_score_report_json(s, a.verbose != 0, &sb);
    else
        dyad_score_report_text(s, a.verbose != 0, &sb);
    if (sb.failed) {
        fprintf(stderr, "dyad score: out of memory\n");
        rc = DYAD_EXIT_INTERNAL;
    } else if (sb.len && fwrite(sb.data, 1, sb.len, stdout) != sb.len) {
        rc = DYAD_EXIT_WRITE;
    }
    dyad_sb_free(&sb);
    if (rc == DYAD_EXIT_OK && bad > 0) {
        fprintf(stderr, "dyad score: %ld unreadable event record%s skipped\n", bad,
                bad == 1 ? "" : "s");
        rc = DYAD_EXIT_REJECTED;
    }
cleanup:
    dyad_score_free(s);
    dyad_gold_free(&gold);
    dyad_cameo_free(cameo);
    return dyad_finish_stdout(rc);
}
