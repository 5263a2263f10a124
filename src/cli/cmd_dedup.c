/* cmd_dedup.c — `dyad dedup`: the one-a-day event filter and near-duplicate article groups. */
#include "cli/commands.h"
#include "cli/opts.h"
#include "cli/outputs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg/dedup.h"
#include "base/alloc.h"
#include "agg/minhash.h"
#include "io/event_read.h"
#include "io/reader.h"

static const dyad_cmd_usage usage = {
    "dedup",
    "--one-a-day [EVENTS]...\n"
    "       dyad dedup --near-dups ARTICLES.jsonl [--threshold J]",
    "--one-a-day: copies the event records (JSONL or TSV from `dyad code`, gzip ok) to stdout, "
    "keeping the first event of each (date, source, target, event code) and dropping the "
    "rest; a TSV header line is kept. --near-dups: finds articles that tell the same story "
    "(several outlets, or a page that holds its text twice) from word 5-gram shingles, 64 "
    "MinHash values and 16 LSH bands; articles whose estimated Jaccard similarity reaches J "
    "(default 0.8) with another member form a group. Output (TSV with a header line): kind "
    "(copy = member of a group, repeated = an article whose own text repeats), group (id of "
    "the group's first article), article, similarity (to the group's first article; for "
    "repeated, the share of its shingles that occur twice). A summary goes to stderr.",
    "  dyad dedup --one-a-day events.jsonl > events.oad.jsonl\n"
    "  dyad dedup --near-dups news.jsonl --threshold 0.7"};

typedef struct args {
    int one_a_day, quiet;
    const char *near;
    double threshold;
} args;

static int one_a_day(char **files, int nfiles, int quiet)
{
    dyad_err err;
    dyad_oad *o;
    if (dyad_oad_new(&o, &err) != DYAD_OK) {
        fprintf(stderr, "dyad dedup: out of memory\n");
        return DYAD_EXIT_INTERNAL;
    }
    int rc = DYAD_EXIT_OK;
    long bad = 0;
    bool header_done = false;
    for (int i = 0; i < nfiles && rc == DYAD_EXIT_OK; i++) {
        dyad_evread *r;
        if (dyad_evread_open(&r, files[i], &err) != DYAD_OK) {
            fprintf(stderr, "dyad dedup: %s\n", err.msg);
            rc = DYAD_EXIT_DATA;
            break;
        }
        if (dyad_evread_format(r) == DYAD_EVFMT_SQLITE) {
            fprintf(stderr, "dyad dedup: %s is a database: use dyad series --one-a-day on it\n",
                    files[i]);
            dyad_evread_close(r);
            rc = DYAD_EXIT_USAGE;
            break;
        }
        /* TSV output starts with the column line (once, whether the input had it or not) */
        bool tsv_header = dyad_evread_format(r) == DYAD_EVFMT_TSV && !header_done;
        if (tsv_header)
            header_done = true;
        dyad_evrec rec;
        int g;
        while ((g = dyad_evread_next(r, &rec, &err)) != 0) {
            if (g < 0) {
                fprintf(stderr, "dyad dedup: %s\n", err.msg);
                if (g == DYAD_EFORMAT) {
                    bad++;
                    continue;
                }
                rc = g == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
                break;
            }
            if (tsv_header) {
                fputs("EventID\tDate\tYear\tMonth\tDay\tSourceActorFull\tSourceActorEntity\t"
                      "SourceActorRole\tSourceActorAttribute\tTargetActorFull\t"
                      "TargetActorEntity\tTargetActorRole\tTargetActorAttribute\tEventCode\t"
                      "EventRootCode\tQuadClass\tGoldsteinScore\tIssues\tLat\tLon\t"
                      "LocationName\tStateName\tCountryCode\tSentenceID\tURLs\tNewsSources\t"
                      "Plover\tSentIndex\tSourceText\tVerbText\tTargetText\n",
                      stdout);
                tsv_header = false;
            }
            const dyad_event *e = &rec.ev;
            int k = dyad_oad_first(o, rec.date, e->source.code, e->target.code, e->code);
            if (k < 0) {
                rc = DYAD_EXIT_INTERNAL;
                break;
            }
            if (k == 1) {
                size_t len;
                const char *line = dyad_evread_line(r, &len);
                fwrite(line, 1, len, stdout);
                putchar('\n');
            }
        }
        dyad_evread_close(r);
    }
    long seen, dropped;
    dyad_oad_counts(o, &seen, &dropped);
    dyad_oad_free(o);
    if (!quiet)
        fprintf(stderr, "dyad dedup: %ld events, %ld kept, %ld same-day repeats dropped\n", seen,
                seen - dropped, dropped);
    return rc == DYAD_EXIT_OK && bad ? DYAD_EXIT_REJECTED : rc;
}

static int near_dups(const char *path, double threshold, int quiet)
{
    dyad_err err;
    dyad_reader *rd;
    if (dyad_reader_open(&rd, path, DYAD_IN_JSONL, &err) != DYAD_OK) {
        fprintf(stderr, "dyad dedup: %s\n", err.msg);
        return DYAD_EXIT_DATA;
    }
    dyad_minhash *m;
    double *self = NULL;
    size_t self_cap = 0;
    if (dyad_minhash_new(&m, &err) != DYAD_OK) {
        dyad_reader_close(rd);
        fprintf(stderr, "dyad dedup: out of memory\n");
        return DYAD_EXIT_INTERNAL;
    }
    dyad_doc doc;
    dyad_doc_init(&doc);
    int g, rc = DYAD_EXIT_OK;
    long bad = 0;
    while ((g = dyad_reader_next(rd, &doc, &err)) != 0) {
        if (g < 0) {
            fprintf(stderr, "dyad dedup: %s\n", err.msg);
            if (g == DYAD_EIO || g == DYAD_ENOMEM) {
                rc = g == DYAD_EIO ? DYAD_EXIT_DATA : DYAD_EXIT_INTERNAL;
                break;
            }
            bad++;
            continue;
        }
        double sd;
        int i = dyad_minhash_add(m, doc.id, doc.text, doc.text_len, &sd);
        if (i < 0 || dyad_grow(&self, &self_cap, (size_t)i + 1, sizeof *self) != DYAD_OK) {
            rc = DYAD_EXIT_INTERNAL;
            break;
        }
        self[i] = sd;
    }
    dyad_doc_free(&doc);
    dyad_reader_close(rd);
    int n = dyad_minhash_count(m);
    int *grp = rc == DYAD_EXIT_OK ? malloc(((size_t)n + 1) * sizeof *grp) : NULL;
    if (rc == DYAD_EXIT_OK && (!grp || dyad_minhash_groups(m, threshold, grp, &err) != DYAD_OK))
        rc = DYAD_EXIT_INTERNAL;
    if (rc == DYAD_EXIT_OK) {
        int *size = calloc((size_t)n + 1, sizeof *size);
        long groups = 0, members = 0, repeated = 0;
        if (!size)
            rc = DYAD_EXIT_INTERNAL;
        for (int i = 0; size && i < n; i++)
            size[grp[i]]++;
        printf("kind\tgroup\tarticle\tsimilarity\n");
        for (int i = 0; size && i < n; i++) {
            if (size[grp[i]] > 1) {
                members++;
                groups += grp[i] == i;
                printf("copy\t%s\t%s\t%.3f\n", dyad_minhash_id(m, grp[i]), dyad_minhash_id(m, i),
                       dyad_minhash_similarity(m, grp[i], i));
            }
            if (self[i] >= threshold) {
                repeated++;
                printf("repeated\t%s\t%s\t%.3f\n", dyad_minhash_id(m, i), dyad_minhash_id(m, i),
                       self[i]);
            }
        }
        free(size);
        if (!quiet && rc == DYAD_EXIT_OK)
            fprintf(stderr,
                    "dyad dedup: %d articles, %ld groups of near-duplicates (%ld articles), "
                    "%ld articles repeating their own text, threshold %.2f\n",
                    n, groups, members, repeated, threshold);
    }
    if (rc == DYAD_EXIT_INTERNAL)
        fprintf(stderr, "dyad dedup: out of memory\n");
    free(grp);
    dyad_free(self);
    dyad_minhash_free(m);
    return rc == DYAD_EXIT_OK && bad ? DYAD_EXIT_REJECTED : rc;
}

int dyad_cmd_dedup(int argc, char **argv)
{
    args a = {.threshold = 0.8};
    const dyad_opt opts[] = {
        {"one-a-day", 0, DYAD_OPT_FLAG, &a.one_a_day, NULL,
         "keep one event per (date, source, target, code)"},
        {"near-dups", 0, DYAD_OPT_STR, &a.near, "ARTICLES",
         "report groups of near-duplicate articles (JSON lines)"},
        {"threshold", 0, DYAD_OPT_DOUBLE, &a.threshold, "J",
         "Jaccard similarity for near-duplicates (default 0.8)"},
        {"quiet", 'q', DYAD_OPT_FLAG, &a.quiet, NULL, "no summary on stderr"},
        {NULL, 0, 0, NULL, NULL, NULL}};
    int npos = 0;
    int prc = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (prc == 1)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    if (prc != 0)
        return DYAD_EXIT_USAGE;
    if (!a.one_a_day == !a.near || (a.near && npos) || !(a.threshold > 0 && a.threshold <= 1)) {
        fprintf(stderr, "dyad dedup: give --one-a-day [EVENTS]... or --near-dups ARTICLES "
                        "[--threshold J], J in (0, 1]\n");
        return DYAD_EXIT_USAGE;
    }
    static char *stdin_only[] = {"-"};
    const char *near_in[] = {a.near};
    int rc = a.near ? dyad_check_outputs("dedup", near_in, 1, NULL, 0, 1)
                    : dyad_check_outputs("dedup", npos ? (const char *const *)argv + 1
                                                       : (const char *const *)stdin_only,
                                         npos ? npos : 1, NULL, 0, 1);
    if (rc != 0)
        return rc;
    rc = a.near ? near_dups(a.near, a.threshold, a.quiet)
                    : one_a_day(npos ? argv + 1 : stdin_only, npos ? npos : 1, a.quiet);
    return dyad_finish_stdout(rc);
}
