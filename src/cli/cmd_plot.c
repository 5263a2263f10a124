/* cmd_plot.c — `dyad plot`: SVG chart of one dyad over time, or of the most active dyads. */
#include "cli/commands.h"
#include "cli/opts.h"
#include "cli/outputs.h"

#include <stdio.h>
#include <string.h>

#include "agg/chart.h"
#include "agg/dedup.h"
#include "agg/map.h"
#include "cli/places_read.h"
#include "agg/series.h"
#include "io/event_read.h"

static const dyad_cmd_usage usage = {
    "plot",
    "--dyad A,B [--by month] [--one-a-day] EVENTS... -o FILE.svg\n"
    "       dyad plot --top N [--directed] [--no-domestic] [--known-only] EVENTS... -o FILE.svg\n"
    "       dyad plot --map [--one-a-day] EVENTS... -o FILE.svg",
    "Draws a self-contained SVG chart from events (JSONL or TSV from `dyad code`, or a SQLite "
    "database). --dyad A,B: events between A and B per period (A matches every code that "
    "begins with A; both directions unless --directed) as bars stacked by quad class (left "
    "axis) with the Goldstein mean as a line (right axis, -10..+10); empty periods stay "
    "empty. --top N: horizontal bars of the N dyads with the most events, split by quad "
    "class. Actors are labelled by their root (RUSGOV counts as RUS), except IGOs and NGOs, "
    "which keep their full code (IGOUNO, IGOEUREEC). --no-domestic leaves out events within "
    "one country (KENCOP against KENOPP) and --known-only those with an unknown side (---). "
    "--map: a world map (equirectangular, with a graticule) of where the events happened, "
    "one dot per place sized by its events and coloured by its most frequent quad class "
    "(events placed by `dyad code`; unplaced ones are counted in the subtitle).",
    "  dyad plot --dyad RUS,UKR --by month events.jsonl -o rus-ukr.svg\n"
    "  dyad plot --top 15 events.sqlite -o top.svg\n"
    "  dyad plot --map events.jsonl -o map.svg"};

typedef struct args {
    const char *dyad, *by, *out;
    long top;
    int directed, one_a_day, no_domestic, known_only, map;
} args;

/* Writes sb to path ("-" = stdout); an exit code. */
static int write_svg(const dyad_strbuf *sb, const char *path)
{
    FILE *f = strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
    bool ok = f && fwrite(sb->data, 1, sb->len, f) == sb->len;
    if (f && f != stdout && fclose(f) != 0)
        ok = false;
    if (!ok) {
        fprintf(stderr, "dyad plot: writing %s failed\n", path);
        return DYAD_EXIT_WRITE;
    }
    return DYAD_EXIT_OK;
}

/* --map: the places of every event of the files, drawn on a world map. */
static int plot_map(const args *a, char **files, int nfiles)
{
    dyad_err err;
    dyad_places *p = NULL;
    long unplaced = 0;
    int rc = dyad_read_places("plot", DYAD_PLACES_POINT, a->one_a_day != 0, files, nfiles, &p,
                              &unplaced);
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    if (rc == DYAD_EXIT_OK) {
        int n = 0;
        const dyad_place_row *rows = dyad_places_rows(p, &n);
        int mrc = rows ? dyad_map_svg(&sb, rows, n, unplaced, &err)
                       : dyad_err_set(&err, DYAD_ENOMEM, "out of memory");
        if (mrc != DYAD_OK) {
            fprintf(stderr, "dyad plot: %s\n", err.msg);
            rc = mrc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
        }
    }
    if (rc == DYAD_EXIT_OK)
        rc = write_svg(&sb, a->out);
    dyad_sb_free(&sb);
    dyad_places_free(p);
    return rc;
}

static int read_events(dyad_series *s, dyad_oad *oad, const char *path)
{
    dyad_err err;
    dyad_evread *r;
    if (dyad_evread_open(&r, path, &err) != DYAD_OK) {
        fprintf(stderr, "dyad plot: %s\n", err.msg);
        return DYAD_EXIT_DATA;
    }
    dyad_evrec rec;
    int g, rc = DYAD_EXIT_OK;
    while ((g = dyad_evread_next(r, &rec, &err)) != 0) {
        if (g < 0) {
            fprintf(stderr, "dyad plot: %s\n", err.msg);
            if (g == DYAD_EFORMAT)
                continue;
            rc = g == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
            break;
        }
        const dyad_event *e = &rec.ev;
        if (oad) {
            int k = dyad_oad_first(oad, rec.date, e->source.code, e->target.code, e->code);
            if (k == 0)
                continue;
            if (k < 0) {
                rc = DYAD_EXIT_INTERNAL;
                break;
            }
        }
        if (dyad_series_add(s, rec.date, e->source.code, e->source.root, e->target.code,
                            e->target.root, e->quad, e->goldstein) < 0) {
            rc = DYAD_EXIT_INTERNAL;
            break;
        }
    }
    dyad_evread_close(r);
    return rc;
}

int dyad_cmd_plot(int argc, char **argv)
{
    args a = {.by = "month"};
    const dyad_opt opts[] = {
        {"dyad", 'd', DYAD_OPT_STR, &a.dyad, "A,B", "chart the events between A and B over time"},
        {"top", 't', DYAD_OPT_INT, &a.top, "N", "chart the N most active dyads"},
        {"by", 'b', DYAD_OPT_STR, &a.by, "PERIOD", "day, week (ISO), month (default) or year"},
        {"directed", 0, DYAD_OPT_FLAG, &a.directed, NULL, "keep A→B apart from B→A"},
        {"one-a-day", 0, DYAD_OPT_FLAG, &a.one_a_day, NULL,
         "count each (date, source, target, code) once"},
        {"no-domestic", 0, DYAD_OPT_FLAG, &a.no_domestic, NULL,
         "drop events within one country (same label)"},
        {"known-only", 0, DYAD_OPT_FLAG, &a.known_only, NULL, "drop events with an unknown actor (---)"},
        {"map", 0, DYAD_OPT_FLAG, &a.map, NULL, "a world map of where the events happened"},
        {"output", 'o', DYAD_OPT_STR, &a.out, "FILE", "the SVG file to write (required)"},
        {NULL, 0, 0, NULL, NULL, NULL}};
    int npos = 0;
    int prc = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (prc == 1)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    if (prc != 0)
        return DYAD_EXIT_USAGE;
    int by = dyad_period_parse(a.by);
    char qa[64] = "", qb[64] = "";
    const char *comma = a.dyad ? strchr(a.dyad, ',') : NULL;
    const char *why = NULL;
    if (!a.out)
        why = "-o FILE.svg is required";
    else if ((a.dyad != NULL) + (a.top != 0) + (a.map != 0) != 1)
        why = "give one of --dyad A,B, --top N or --map";
    else if (a.top && (a.top < 1 || a.top > 100))
        why = "--top wants 1..100";
    else if (a.dyad && (!comma || comma == a.dyad || !comma[1] || strchr(comma + 1, ',') ||
                        (size_t)(comma - a.dyad) >= sizeof qa || strlen(comma + 1) >= sizeof qb))
        why = "--dyad wants two codes A,B";
    else if (by < 0)
        why = "--by wants day, week, month or year";
    if (why) {
        fprintf(stderr, "dyad plot: %s\n", why);
        return DYAD_EXIT_USAGE;
    }
    if (a.map) {
        static char *stdin_files[] = {"-"};
        char **mfiles = npos ? argv + 1 : stdin_files;
        int nm = npos ? npos : 1;
        const dyad_outpath mouts[] = {{"-o", a.out}};
        int crc = dyad_check_outputs("plot", (const char *const *)mfiles, nm, mouts, 1,
                                     strcmp(a.out, "-") == 0);
        return dyad_finish_stdout(crc ? crc : plot_map(&a, mfiles, nm));
    }
    dyad_series_cfg cfg = {.by = a.top ? DYAD_BY_YEAR : by, .directed = a.directed != 0,
                           .no_domestic = a.no_domestic != 0, .known_only = a.known_only != 0};
    if (a.dyad) {
        memcpy(qa, a.dyad, (size_t)(comma - a.dyad));
        strcpy(qb, comma + 1);
        cfg.a = qa;
        cfg.b = qb;
    }
    dyad_err err;
    dyad_series *s = NULL;
    dyad_oad *oad = NULL;
    if (dyad_series_new(&s, &cfg, &err) != DYAD_OK ||
        (a.one_a_day && dyad_oad_new(&oad, &err) != DYAD_OK)) {
        fprintf(stderr, "dyad plot: out of memory\n");
        dyad_series_free(s);
        return DYAD_EXIT_INTERNAL;
    }
    static char *stdin_only[] = {"-"};
    char **files = npos ? argv + 1 : stdin_only;
    int nfiles = npos ? npos : 1;
    const dyad_outpath outs[] = {{"-o", a.out}};
    int rc = dyad_check_outputs("plot", (const char *const *)files, nfiles, outs, 1,
                                strcmp(a.out, "-") == 0);
    for (int i = 0; i < nfiles && rc == DYAD_EXIT_OK; i++)
        rc = read_events(s, oad, files[i]);
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    if (rc == DYAD_EXIT_OK) {
        int n;
        const dyad_series_row *rows = dyad_series_rows(s, &n);
        int crc = !rows ? dyad_err_set(&err, DYAD_ENOMEM, "out of memory")
                  : a.top ? dyad_chart_top(&sb, (int)a.top, rows, n, &err)
                          : dyad_chart_timeline(&sb, qa, qb, by, rows, n, &err);
        if (crc != DYAD_OK) {
            fprintf(stderr, "dyad plot: %s\n", err.msg);
            rc = crc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
        }
    }
    if (rc == DYAD_EXIT_OK)
        rc = write_svg(&sb, a.out);
    dyad_sb_free(&sb);
    dyad_oad_free(oad);
    dyad_series_free(s);
    return dyad_finish_stdout(rc);
}
