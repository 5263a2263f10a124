/* cmd_series.c — `dyad series`: dyadic time series (CSV) from events or merged shard series. */
#include "cli/commands.h"
#include "cli/opts.h"
#include "cli/outputs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg/dedup.h"
#include "agg/places.h"
#include "agg/series.h"
#include "cli/places_read.h"
#include "io/event_read.h"

static const dyad_cmd_usage usage = {
    "series",
    "[--by day|week|month|year|country|admin1] [--dyad A,B] [--directed] [--one-a-day] [--fill]\n"
    "       [--no-domestic] [--known-only] [EVENTS|DB]...\n"
    "       dyad series --merge SERIES.csv...",
    "Counts events per period and dyad: CSV with columns period, source, target, events, "
    "verbal_coop, material_coop, verbal_conflict, material_conflict, goldstein_sum, "
    "goldstein_mean. Input: what `dyad code` writes (JSONL or TSV, detected; gzip ok) or a "
    "SQLite database from --db; several inputs are pooled; none or - reads stdin. Actors are "
    "labelled by their root (RUSGOV counts as RUS), except international and non-governmental "
    "organisations, which keep their full code (IGOUNO, IGOEUREEC, IGOWSTNAT: the UN, the EU "
    "and NATO stay apart). --no-domestic drops events between actors of the same label "
    "(KENCOP against KENOPP); --known-only drops events with an unknown side (---, ---CVL). "
    "--fill adds rows of zeros so that each dyad has a row for every period from the first "
    "to the last of the series. --dyad A,B keeps the events between A and "
    "B, where A matches every actor code that begins with A (RUS matches RUS, RUSGOV, RUSMIL). "
    "Series are undirected unless --directed: A,B and B,A are pooled under the sorted pair. "
    "Weeks are ISO 8601 weeks (2024-W01). Events without a date or without a source or target "
    "actor are not counted. --merge sums series computed on shards (counts and Goldstein sums "
    "add, means are recomputed), so the merge of the shards' series equals the series of all "
    "their events. --by country / --by admin1 count where the events happened instead (the "
    "location `dyad code` gave them): CSV with columns country (and admin1), then events, "
    "the four quad classes and the Goldstein sum and mean, most events first; unplaced "
    "events are counted on stderr.",
    "  dyad series --by month events.jsonl > monthly.csv\n"
    "  dyad series --by week --dyad RUS,UKR --one-a-day events.sqlite\n"
    "  dyad series --merge part-*.csv > all.csv\n"
    "  dyad series --by country events.jsonl"};

typedef struct args {
    const char *by, *dyad, *out;
    int directed, one_a_day, merge, fill, no_domestic, known_only;
} args;

/* --fill: at most this many periods (a century of days). */
#define MAX_FILL_PERIODS 36600

/* Splits "A,B" into two heap strings in a[0], a[1]; false when malformed. */
static bool split_dyad(const char *s, char *a, char *b, size_t size)
{
    const char *c = strchr(s, ',');
    if (!c || c == s || !c[1] || strchr(c + 1, ',') || (size_t)(c - s) >= size ||
        strlen(c + 1) >= size)
        return false;
    memcpy(a, s, (size_t)(c - s));
    a[c - s] = '\0';
    strcpy(b, c + 1);
    return true;
}

static int add_events(dyad_series *s, dyad_oad *oad, const char *path, long *counted,
                      long *bad)
{
    dyad_err err;
    dyad_err_clear(&err);
    dyad_evread *r;
    if (dyad_evread_open(&r, path, &err) != DYAD_OK) {
        fprintf(stderr, "dyad series: %s\n", err.msg);
        return err.code == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
    }
    dyad_evrec rec;
    int rc, exit_rc = DYAD_EXIT_OK;
    while ((rc = dyad_evread_next(r, &rec, &err)) != 0) {
        if (rc < 0) {
            fprintf(stderr, "dyad series: %s\n", err.msg);
            if (rc == DYAD_EFORMAT) {
                (*bad)++;
                continue;
            }
            exit_rc = rc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
            break;
        }
        const dyad_event *e = &rec.ev;
        if (oad) {
            int k = dyad_oad_first(oad, rec.date, e->source.code, e->target.code, e->code);
            if (k < 0) {
                exit_rc = DYAD_EXIT_INTERNAL;
                break;
            }
            if (k == 0)
                continue;
        }
        int a = dyad_series_add(s, rec.date, e->source.code, e->source.root, e->target.code,
                                e->target.root, e->quad, e->goldstein);
        if (a < 0) {
            fprintf(stderr, "dyad series: out of memory\n");
            exit_rc = DYAD_EXIT_INTERNAL;
            break;
        }
        *counted += a;
    }
    dyad_evread_close(r);
    return exit_rc;
}

static int merge_file(dyad_series *s, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
    if (!f) {
        fprintf(stderr, "dyad series: cannot open %s\n", path);
        return DYAD_EXIT_DATA;
    }
    char line[1024];
    long lineno = 0;
    int exit_rc = DYAD_EXIT_OK;
    dyad_err err;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (dyad_series_merge_line(s, line, &err) < 0) {
            fprintf(stderr, "dyad series: %s:%ld: %s\n", path, lineno, err.msg);
            exit_rc = err.code == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
            break;
        }
    }
    if (f != stdin)
        fclose(f);
    return exit_rc;
}

/* --by country / admin1: the events of files counted per place, CSV to out (or stdout). */
static int place_series(int by, bool one_a_day, char **files, int nfiles, const char *out)
{
    dyad_places *p = NULL;
    long unplaced = 0;
    int rc = dyad_read_places("series", by, one_a_day, files, nfiles, &p, &unplaced);
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    if (rc == DYAD_EXIT_OK) {
        dyad_places_csv(p, &sb);
        FILE *f = sb.failed ? NULL : out ? fopen(out, "w") : stdout;
        bool ok = f && fwrite(sb.data ? sb.data : "", 1, sb.len, f) == sb.len;
        if (f && f != stdout && fclose(f) != 0)
            ok = false;
        if (!ok) {
            fprintf(stderr, "dyad series: writing %s failed\n", out ? out : "output");
            rc = sb.failed ? DYAD_EXIT_INTERNAL : DYAD_EXIT_WRITE;
        }
        if (unplaced > 0)
            fprintf(stderr, "dyad series: %ld events not placed (not counted)\n", unplaced);
    }
    dyad_sb_free(&sb);
    dyad_places_free(p);
    return rc;
}

int dyad_cmd_series(int argc, char **argv)
{
    args a = {.by = "day"};
    const dyad_opt opts[] = {
        {"by", 'b', DYAD_OPT_STR, &a.by, "PERIOD", "day (default), week (ISO), month, year; or country, admin1 (where)"},
        {"dyad", 'd', DYAD_OPT_STR, &a.dyad, "A,B", "only events between A and B (code prefixes)"},
        {"directed", 0, DYAD_OPT_FLAG, &a.directed, NULL, "keep A→B apart from B→A"},
        {"one-a-day", 0, DYAD_OPT_FLAG, &a.one_a_day, NULL,
         "count each (date, source, target, code) once"},
        {"fill", 0, DYAD_OPT_FLAG, &a.fill, NULL, "zero rows for empty periods (first to last)"},
        {"no-domestic", 0, DYAD_OPT_FLAG, &a.no_domestic, NULL,
         "drop events within one country (same label)"},
        {"known-only", 0, DYAD_OPT_FLAG, &a.known_only, NULL, "drop events with an unknown actor (---)"},
        {"merge", 0, DYAD_OPT_FLAG, &a.merge, NULL, "inputs are series CSVs to add up"},
        {"output", 'o', DYAD_OPT_STR, &a.out, "FILE", "write the CSV to FILE instead of stdout"},
        {NULL, 0, 0, NULL, NULL, NULL}};
    int npos = 0;
    int prc = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (prc == 1)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    if (prc != 0)
        return DYAD_EXIT_USAGE;
    int place_by = dyad_places_by_parse(a.by);
    if (place_by >= 0) {
        if (a.dyad || a.merge || a.fill || a.directed || a.no_domestic || a.known_only) {
            fprintf(stderr, "dyad series: --by %s takes only --one-a-day and -o\n", a.by);
            return DYAD_EXIT_USAGE;
        }
        static char *stdin_files[] = {"-"};
        char **pfiles = npos ? argv + 1 : stdin_files;
        int np = npos ? npos : 1;
        const dyad_outpath pouts[] = {{"-o", a.out}};
        int crc = dyad_check_outputs("series", (const char *const *)pfiles, np, pouts, 1, !a.out);
        return dyad_finish_stdout(crc ? crc : place_series(place_by, a.one_a_day != 0, pfiles, np, a.out));
    }
    dyad_series_cfg cfg = {.by = dyad_period_parse(a.by), .directed = a.directed != 0,
                           .no_domestic = a.no_domestic != 0, .known_only = a.known_only != 0};
    if (cfg.by < 0) {
        fprintf(stderr, "dyad series: unknown --by '%s' (day, week, month, year, country, admin1)\n", a.by);
        return DYAD_EXIT_USAGE;
    }
    char qa[64], qb[64];
    if (a.dyad) {
        if (!split_dyad(a.dyad, qa, qb, sizeof qa)) {
            fprintf(stderr, "dyad series: --dyad wants two codes A,B, got '%s'\n", a.dyad);
            return DYAD_EXIT_USAGE;
        }
        cfg.a = qa;
        cfg.b = qb;
    }
    if (a.merge && (a.dyad || a.one_a_day || a.directed || a.no_domestic || a.known_only)) {
        fprintf(stderr, "dyad series: --merge takes series CSVs as they are (no --dyad, "
                        "--directed, --one-a-day, --no-domestic, --known-only)\n");
        return DYAD_EXIT_USAGE;
    }
    dyad_err err;
    dyad_series *s = NULL;
    dyad_oad *oad = NULL;
    if (dyad_series_new(&s, &cfg, &err) != DYAD_OK ||
        (a.one_a_day && dyad_oad_new(&oad, &err) != DYAD_OK)) {
        fprintf(stderr, "dyad series: %s\n", err.msg);
        dyad_series_free(s);
        return DYAD_EXIT_INTERNAL;
    }
    static char *stdin_only[] = {"-"};
    char **files = npos ? argv + 1 : stdin_only;
    int nfiles = npos ? npos : 1;
    const dyad_outpath outs[] = {{"-o", a.out}};
    int rc = dyad_check_outputs("series", (const char *const *)files, nfiles, outs, 1, !a.out);
    if (rc != 0) {
        dyad_oad_free(oad);
        dyad_series_free(s);
        return rc;
    }
    long counted = 0, bad = 0;
    for (int i = 0; i < nfiles && rc == DYAD_EXIT_OK; i++)
        rc = a.merge ? merge_file(s, files[i]) : add_events(s, oad, files[i], &counted, &bad);
    if (rc == DYAD_EXIT_OK && a.fill && dyad_series_fill(s, MAX_FILL_PERIODS, &err) != DYAD_OK) {
        fprintf(stderr, "dyad series: %s\n", err.msg);
        rc = err.code == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_USAGE;
    }
    if (rc == DYAD_EXIT_OK) {
        dyad_strbuf sb = DYAD_STRBUF_INIT;
        dyad_series_csv(s, &sb);
        if (sb.failed) {
            fprintf(stderr, "dyad series: out of memory\n");
            rc = DYAD_EXIT_INTERNAL;
        } else {
            FILE *f = a.out ? fopen(a.out, "w") : stdout;
            if (!f) {
                fprintf(stderr, "dyad series: cannot write %s\n", a.out);
                rc = DYAD_EXIT_WRITE;
            } else {
                if (fwrite(sb.data, 1, sb.len, f) != sb.len)
                    rc = DYAD_EXIT_WRITE;
                if (f != stdout && fclose(f) != 0)
                    rc = DYAD_EXIT_WRITE;
                if (rc == DYAD_EXIT_WRITE)
                    fprintf(stderr, "dyad series: writing %s failed\n", a.out ? a.out : "output");
            }
        }
        dyad_sb_free(&sb);
    }
    if (rc == DYAD_EXIT_OK && bad > 0)
        rc = DYAD_EXIT_REJECTED;
    dyad_oad_free(oad);
    dyad_series_free(s);
    return dyad_finish_stdout(rc);
}
