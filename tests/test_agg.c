/* test_agg.c — periods, series sums, shard merge, one-a-day, MinHash near-duplicates, event
 * read-back (JSONL, TSV, SQLite). Events: tests/data/events/small.jsonl. */
#include "check.h"

#include <expat.h>
#include <unistd.h>

#include "agg/chart.h"
#include "agg/dedup.h"
#include "agg/minhash.h"
#include "agg/series.h"
#include "base/alloc.h"
#include "base/strbuf.h"
#include "io/event_read.h"
#include "io/writer.h"
#include "text/doc.h"

#define EVENTS "tests/data/events/small.jsonl"

static void test_periods(void)
{
    static const struct {
        const char *date;
        int by;
        const char *want;
    } cases[] = {
        {"2020-12-31", DYAD_BY_WEEK, "2020-W53"}, {"2021-01-01", DYAD_BY_WEEK, "2020-W53"},
        {"2021-01-03", DYAD_BY_WEEK, "2020-W53"}, {"2021-01-04", DYAD_BY_WEEK, "2021-W01"},
        {"2019-12-30", DYAD_BY_WEEK, "2020-W01"}, {"2024-02-29", DYAD_BY_WEEK, "2024-W09"},
        {"2008-12-29", DYAD_BY_WEEK, "2009-W01"}, {"2010-01-03", DYAD_BY_WEEK, "2009-W53"},
        {"2024-02-29", DYAD_BY_DAY, "2024-02-29"}, {"2024-02-29", DYAD_BY_MONTH, "2024-02"},
        {"2024-02-29", DYAD_BY_YEAR, "2024"},
    };
    for (size_t i = 0; i < DYAD_ARRAY_LEN(cases); i++) {
        char buf[16] = "";
        bool ok = dyad_period_label(cases[i].date, cases[i].by, buf, sizeof buf);
        CHECK(ok && strcmp(buf, cases[i].want) == 0, "period of %s (by %d) is %s (got %s)",
              cases[i].date, cases[i].by, cases[i].want, buf);
    }
    char buf[16];
    bool b1 = dyad_period_label("2023-02-29", DYAD_BY_DAY, buf, sizeof buf);
    bool b2 = dyad_period_label("", DYAD_BY_DAY, buf, sizeof buf);
    bool b3 = dyad_period_label("2023-13-01", DYAD_BY_DAY, buf, sizeof buf);
    CHECK(!b1 && !b2 && !b3, "impossible or missing dates have no period");
    CHECK(dyad_actor_matches("RUS", "RUSGOV") && !dyad_actor_matches("RUSGOV", "RUS") &&
              !dyad_actor_matches("UKR", "RUSGOV") && !dyad_actor_matches("", "RUS"),
          "actor query matches code prefixes");
}

/* Series CSV of the events of path(s) with cfg, optionally one-a-day. */
static char *series_of(const char *const *paths, int npaths, const dyad_series_cfg *cfg,
                       bool oad_on, long *n_read)
{
    dyad_err err;
    dyad_series *s;
    dyad_oad *oad = NULL;
    if (dyad_series_new(&s, cfg, &err) != DYAD_OK)
        return NULL;
    if (oad_on)
        dyad_oad_new(&oad, &err);
    *n_read = 0;
    for (int p = 0; p < npaths; p++) {
        dyad_evread *r;
        if (dyad_evread_open(&r, paths[p], &err) != DYAD_OK) {
            printf("# %s\n", err.msg);
            continue;
        }
        dyad_evrec rec;
        while (dyad_evread_next(r, &rec, &err) == 1) {
            (*n_read)++;
            const dyad_event *e = &rec.ev;
            if (oad && dyad_oad_first(oad, rec.date, e->source.code, e->target.code, e->code) != 1)
                continue;
            dyad_series_add(s, rec.date, e->source.code, e->source.root, e->target.code,
                            e->target.root, e->quad, e->goldstein);
        }
        dyad_evread_close(r);
    }
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    dyad_series_csv(s, &sb);
    dyad_series_free(s);
    dyad_oad_free(oad);
    return sb.data;
}

#define HDR "period,source,target,events,verbal_coop,material_coop,verbal_conflict," \
            "material_conflict,goldstein_sum,goldstein_mean\n"

static void test_series(void)
{
    const char *p[] = {EVENTS};
    long n;
    dyad_series_cfg c = {.by = DYAD_BY_DAY};
    char *csv = series_of(p, 1, &c, false, &n);
    CHECK(n == 12, "12 events read from %s (%ld)", EVENTS, n);
    CHECK_STR(csv,
              HDR "2019-12-30,RUS,UKR,1,0,1,0,0,8.0,8.000\n"
                  "2020-12-31,RUS,UKR,3,2,0,0,1,-6.2,-2.067\n"
                  "2021-01-01,RUS,UKR,1,0,0,1,0,-2.0,-2.000\n"
                  "2021-01-01,UKR,USA,1,0,1,0,0,7.4,7.400\n"
                  "2021-01-04,RUS,UKR,2,1,0,0,1,-6.0,-3.000\n"
                  "2021-02-15,BLR,RUS,1,1,0,0,0,1.9,1.900\n"
                  "2021-02-15,RUS,UKR,1,0,0,1,0,-2.0,-2.000\n",
              "daily undirected series (no-date and no-target events left out)");
    free(csv);
    c.by = DYAD_BY_WEEK;
    csv = series_of(p, 1, &c, false, &n);
    CHECK(csv && strstr(csv, "\n2020-W53,RUS,UKR,4,2,0,1,1,-8.2,-2.050\n") &&
              strstr(csv, "\n2020-W01,RUS,UKR,1,0,1,0,0,8.0,8.000\n"),
          "weekly: ISO weeks 2020-W53 pools Dec 31 and Jan 1; Dec 30 2019 is 2020-W01");
    free(csv);
    c.by = DYAD_BY_MONTH;
    c.directed = true;
    csv = series_of(p, 1, &c, false, &n);
    CHECK(csv && strstr(csv, "\n2020-12,RUS,UKR,2,2,0,0,0,3.8,1.900\n2020-12,UKR,RUS,1,0,0,0,1,-10.0,-10.000\n"),
          "monthly directed keeps RUS→UKR and UKR→RUS apart");
    free(csv);
    dyad_series_cfg y = {.by = DYAD_BY_YEAR, .a = "RUS", .b = "UKR"};
    csv = series_of(p, 1, &y, true, &n);
    CHECK_STR(csv,
              HDR "2019,RUS,UKR,1,0,1,0,0,8.0,8.000\n2020,RUS,UKR,2,1,0,0,1,-8.1,-4.050\n"
                  "2021,RUS,UKR,4,1,0,2,1,-10.0,-2.500\n",
              "yearly --dyad RUS,UKR --one-a-day");
    free(csv);
    dyad_series_cfg y2 = {.by = DYAD_BY_YEAR, .a = "UKR", .b = "USAGOV", .directed = true};
    csv = series_of(p, 1, &y2, false, &n);
    CHECK_STR(csv, HDR "2021,USAGOV,UKR,1,0,1,0,0,7.4,7.400\n",
              "directed --dyad UKR,USAGOV labels the event USAGOV→UKR");
    free(csv);
}

/* Writes lines [from, to) of EVENTS to path; returns false on failure. */
static bool shard(const char *path, int from, int to)
{
    FILE *in = fopen(EVENTS, "r"), *out = fopen(path, "w");
    char line[4096];
    int i = 0;
    while (in && out && fgets(line, sizeof line, in)) {
        if (i >= from && i < to)
            fputs(line, out);
        i++;
    }
    bool ok = in && out;
    if (in)
        fclose(in);
    if (out)
        fclose(out);
    return ok;
}

/* Reads EVENTS, regroups records by document and writes them with the TSV and SQLite
 * writers; returns the number of documents or -1. */
static int write_back(const char *tsv, const char *db)
{
    dyad_err err;
    dyad_writer *wt = NULL, *wd = NULL;
    dyad_writer_opts o = {.header = true};
    dyad_evread *r = NULL;
    if (dyad_writer_open_opts(&wt, "tsv", tsv, &o, &err) != DYAD_OK ||
        dyad_writer_open(&wd, "sqlite", db, &err) != DYAD_OK ||
        dyad_evread_open(&r, EVENTS, &err) != DYAD_OK) {
        printf("# %s\n", err.msg);
        dyad_writer_close(wt);
        dyad_writer_close(wd);
        return -1;
    }
    dyad_arena a;
    dyad_arena_init(&a, 0);
    dyad_evrec rec, recs[64];
    int n = 0, ndocs = 0, bad = 0;
    for (;;) {
        int g = dyad_evread_next(r, &rec, &err);
        if (g == 1 && n < 64 && (n == 0 || strcmp(rec.doc, recs[0].doc) == 0)) {
            bad += dyad_evrec_copy(&a, &rec, &recs[n++]) != DYAD_OK;
            continue;
        }
        if (n > 0) {
            dyad_doc d;
            dyad_doc_init(&d);
            dyad_event_list l;
            bad += dyad_evrec_doc(recs, n, &d, &l) != DYAD_OK;
            bad += dyad_writer_doc(wt, &d, &l, &err) != DYAD_OK;
            bad += dyad_writer_doc(wd, &d, &l, &err) != DYAD_OK;
            dyad_doc_free(&d);
            ndocs++;
            n = 0;
        }
        if (g != 1)
            break;
        bad += dyad_evrec_copy(&a, &rec, &recs[n++]) != DYAD_OK;
    }
    bad += dyad_writer_finish(wt, &err) != DYAD_OK;
    bad += dyad_writer_finish(wd, &err) != DYAD_OK;
    dyad_writer_close(wt);
    dyad_writer_close(wd);
    dyad_evread_close(r);
    dyad_arena_free(&a);
    return bad ? -1 : ndocs;
}

static void test_merge(void)
{
    char dir[] = "/tmp/dyad_test_agg_XXXXXX";
    if (!mkdtemp(dir)) {
        CHECK_SKIP("no temp dir");
        return;
    }
    char a[300], b[300];
    snprintf(a, sizeof a, "%s/a.jsonl", dir);
    snprintf(b, sizeof b, "%s/b.jsonl", dir);
    bool split = shard(a, 0, 5) && shard(b, 5, 100);
    CHECK(split, "split the events in two shards");
    for (int by = DYAD_BY_DAY; by <= DYAD_BY_YEAR; by++) {
        dyad_series_cfg c = {.by = by};
        long n;
        const char *pa[] = {a}, *pb[] = {b}, *pall[] = {EVENTS};
        char *ca = series_of(pa, 1, &c, false, &n), *cb = series_of(pb, 1, &c, false, &n);
        char *call = series_of(pall, 1, &c, false, &n);
        dyad_series *m;
        dyad_err err;
        dyad_series_new(&m, &c, &err);
        int bad = 0;
        for (int k = 0; k < 2; k++) {
            char *csv = k ? cb : ca;
            for (char *line = strtok(csv, "\n"); line; line = strtok(NULL, "\n"))
                bad += dyad_series_merge_line(m, line, &err) < 0;
        }
        dyad_strbuf sb = DYAD_STRBUF_INIT;
        dyad_series_csv(m, &sb);
        CHECK(bad == 0 && sb.data && call && strcmp(sb.data, call) == 0,
              "merge of two shard series equals the series of the union (by %d)", by);
        dyad_sb_free(&sb);
        dyad_series_free(m);
        free(ca);
        free(cb);
        free(call);
    }
    dyad_series *m;
    dyad_err err;
    dyad_series_cfg c = {.by = DYAD_BY_DAY};
    dyad_series_new(&m, &c, &err);
    int r1 = dyad_series_merge_line(m, "2020-01-01,A,B,1,x,0,0,0,1.0,1.0", &err);
    int r2 = dyad_series_merge_line(m, "2020-01-01,A,B,1", &err);
    int r3 = dyad_series_merge_line(m, HDR, &err);
    CHECK(r1 == DYAD_EFORMAT && r2 == DYAD_EFORMAT && r3 == 0,
          "merge rejects bad numbers and short lines, skips the header");
    dyad_series_free(m);
    /* read-back through the TSV and SQLite writers gives the same series */
    char tsv[300], db[300];
    snprintf(tsv, sizeof tsv, "%s/e.tsv", dir);
    snprintf(db, sizeof db, "%s/e.sqlite", dir);
    int ndocs = write_back(tsv, db);
    CHECK(ndocs == 6, "events regrouped into 6 documents and written as TSV and SQLite (%d)",
          ndocs);
    dyad_series_cfg cw = {.by = DYAD_BY_WEEK};
    long n1, n2, n3;
    const char *pj[] = {EVENTS}, *pt[] = {tsv}, *pd[] = {db};
    char *cj = series_of(pj, 1, &cw, true, &n1), *ct = series_of(pt, 1, &cw, true, &n2);
    char *cd = series_of(pd, 1, &cw, true, &n3);
    CHECK(n1 == 12 && n2 == 12 && n3 == 12, "12 events read back from JSONL, TSV, SQLite");
    CHECK(cj && ct && cd && strcmp(cj, ct) == 0 && strcmp(cj, cd) == 0,
          "same weekly one-a-day series from JSONL, TSV and SQLite");
    free(cj);
    free(ct);
    free(cd);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    int rc = system(cmd);
    CHECK(rc == 0, "cleanup");
}

static void test_one_a_day(void)
{
    dyad_oad *o;
    dyad_err err;
    int rc0 = dyad_oad_new(&o, &err);
    CHECK(rc0 == DYAD_OK, "one-a-day filter");
    int k[6];
    k[0] = dyad_oad_first(o, "2020-01-01", "RUSGOV", "UKRGOV", "042");
    k[1] = dyad_oad_first(o, "2020-01-01", "RUSGOV", "UKRGOV", "042");
    k[2] = dyad_oad_first(o, "2020-01-02", "RUSGOV", "UKRGOV", "042");
    k[3] = dyad_oad_first(o, "2020-01-01", "UKRGOV", "RUSGOV", "042");
    k[4] = dyad_oad_first(o, "2020-01-01", "RUSGOV", "UKRGOV", "043");
    k[5] = dyad_oad_first(o, "2020-01-01", "RUSGOV", NULL, "042");
    CHECK(k[0] == 1 && k[1] == 0 && k[2] == 1 && k[3] == 1 && k[4] == 1 && k[5] == 1,
          "kept once per (date, source, target, code); direction and code count");
    long seen, dropped;
    dyad_oad_counts(o, &seen, &dropped);
    CHECK(seen == 6 && dropped == 1, "counts: 6 seen, 1 dropped");
    dyad_oad_free(o);
    /* on the fixture: 12 events, 1 same-day repeat */
    const char *p[] = {EVENTS};
    dyad_series_cfg c = {.by = DYAD_BY_YEAR};
    long n;
    char *all = series_of(p, 1, &c, false, &n), *one = series_of(p, 1, &c, true, &n);
    CHECK(all && strstr(all, "\n2020,RUS,UKR,3,"), "2020 RUS-UKR: 3 events in all");
    CHECK(one && strstr(one, "\n2020,RUS,UKR,2,"), "2020 RUS-UKR: 2 events one-a-day");
    free(all);
    free(one);
}

static const char *const STORY =
    "The foreign ministers of the two countries met in Geneva on Tuesday to discuss the "
    "ceasefire, the exchange of prisoners and the reopening of the border crossings that "
    "were closed in the spring. Officials said the talks were constructive and that a second "
    "round would follow next month, although no date has been set. The meeting was the first "
    "since the fighting began, and diplomats from several European states attended as "
    "observers. Aid groups welcomed the news but warned that supplies were running low.";

static void test_minhash(void)
{
    dyad_minhash *m;
    dyad_err err;
    int rc0 = dyad_minhash_new(&m, &err);
    CHECK(rc0 == DYAD_OK, "minhash");
    double self;
    char buf[4096];
    dyad_minhash_add(m, "orig", STORY, strlen(STORY), &self);
    CHECK(self < 0.05, "an ordinary article does not repeat itself (%.2f)", self);
    /* another outlet: same story with a dateline and one word changed */
    snprintf(buf, sizeof buf, "GENEVA (Wire) - %s", STORY);
    char *w = strstr(buf, "constructive");
    if (w)
        memcpy(w, "productive  ", 12);
    dyad_minhash_add(m, "copy", buf, strlen(buf), &self);
    const char *other = "The central bank raised interest rates by half a point on Thursday, "
                        "citing inflation that has stayed above its target for a year. Markets "
                        "fell after the announcement and the currency gained against the dollar.";
    dyad_minhash_add(m, "other", other, strlen(other), &self);
    snprintf(buf, sizeof buf, "%s %s", STORY, STORY);
    dyad_minhash_add(m, "twice", buf, strlen(buf), &self);
    CHECK(self > 0.9, "a page holding its text twice is flagged (%.2f)", self);
    const char *topic = "The foreign ministers of the two countries will meet again next month, "
                        "officials said, after talks in Geneva ended without an agreement on "
                        "prisoners. Fighting continued in the east overnight.";
    dyad_minhash_add(m, "same-topic", topic, strlen(topic), &self);
    double s01 = dyad_minhash_similarity(m, 0, 1), s02 = dyad_minhash_similarity(m, 0, 2);
    CHECK(s01 >= 0.8 && s02 < 0.1, "similarity copy %.2f, unrelated %.2f", s01, s02);
    int g[5];
    rc0 = dyad_minhash_groups(m, 0.8, g, &err);
    CHECK(rc0 == DYAD_OK, "groups");
    CHECK(g[0] == 0 && g[1] == 0 && g[3] == 0, "original, copy and doubled page grouped");
    CHECK(g[2] == 2 && g[4] == 4, "unrelated and same-topic articles stay alone");
    CHECK_STR(dyad_minhash_id(m, 1), "copy", "ids kept");
    dyad_minhash_free(m);
}

typedef struct svg_seen {
    int elements, rects, texts, paths, depth, max_depth;
    bool root_svg;
    dyad_strbuf chars;
} svg_seen;

static void XMLCALL svg_start(void *ud, const XML_Char *name, const XML_Char **attrs)
{
    (void)attrs;
    svg_seen *s = ud;
    if (s->elements++ == 0)
        s->root_svg = strcmp(name, "svg") == 0;
    s->rects += strcmp(name, "rect") == 0;
    s->texts += strcmp(name, "text") == 0;
    s->paths += strcmp(name, "path") == 0;
    if (++s->depth > s->max_depth)
        s->max_depth = s->depth;
}

static void XMLCALL svg_end(void *ud, const XML_Char *name)
{
    (void)name;
    ((svg_seen *)ud)->depth--;
}

static void XMLCALL svg_chars(void *ud, const XML_Char *t, int len)
{
    dyad_sb_append(&((svg_seen *)ud)->chars, t, (size_t)len);
    dyad_sb_putc(&((svg_seen *)ud)->chars, '|');
}

/* Parses svg with expat; true when well-formed. */
static bool parse_svg(const dyad_strbuf *svg, svg_seen *seen)
{
    memset(seen, 0, sizeof *seen);
    XML_Parser p = XML_ParserCreate("UTF-8");
    XML_SetUserData(p, seen);
    XML_SetElementHandler(p, svg_start, svg_end);
    XML_SetCharacterDataHandler(p, svg_chars);
    bool ok = XML_Parse(p, svg->data, (int)svg->len, 1) == XML_STATUS_OK;
    if (!ok)
        printf("# expat: %s at line %lu\n", XML_ErrorString(XML_GetErrorCode(p)),
               (unsigned long)XML_GetCurrentLineNumber(p));
    XML_ParserFree(p);
    return ok;
}

static void test_charts(void)
{
    dyad_series_cfg c = {.by = DYAD_BY_MONTH, .a = "RUS", .b = "UKR"};
    dyad_series *s;
    dyad_err err;
    dyad_series_new(&s, &c, &err);
    dyad_series_add(s, "2020-12-31", "RUSGOV", "RUS", "UKRGOV", "UKR", 1, 1.9);
    dyad_series_add(s, "2020-12-31", "UKRMIL", "UKR", "RUSMIL", "RUS", 4, -10);
    dyad_series_add(s, "2021-03-02", "RUS", "RUS", "UKR", "UKR", 3, -2);
    int n;
    const dyad_series_row *rows = dyad_series_rows(s, &n);
    dyad_strbuf svg = DYAD_STRBUF_INIT;
    int rc = dyad_chart_timeline(&svg, "RUS", "UKR", DYAD_BY_MONTH, rows, n, &err);
    svg_seen seen;
    bool wf = rc == DYAD_OK && parse_svg(&svg, &seen);
    CHECK(wf, "timeline SVG is well-formed XML");
    CHECK(seen.root_svg && seen.paths == 2, "root is <svg>, one Goldstein line (with its halo)");
    const char *t = seen.chars.data ? seen.chars.data : "";
    CHECK(strstr(t, "Events between RUS and UKR, by month") && strstr(t, "|2020-12|") &&
              strstr(t, "|2021-03|") && strstr(t, "verbal cooperation") &&
              strstr(t, "material conflict") && strstr(t, "Goldstein mean") &&
              strstr(t, "events per month") && strstr(t, "|+10|") && strstr(t, "|-10|"),
          "timeline has title, dates, legend and both axes");
    CHECK(strstr(t, "2021-01: ") == NULL && strstr(t, "2020-12: 1 verbal cooperation") &&
              strstr(t, "2020-12: 1 material conflict"),
          "bars only where events are; empty months 2021-01/02 kept as slots");
    CHECK(strstr(svg.data, "M") && strstr(t, "3 events, 2020-12 to 2021-03"), "subtitle counts");
    dyad_sb_free(&seen.chars);
    dyad_sb_clear(&svg);
    rc = dyad_chart_top(&svg, 5, rows, n, &err);
    wf = rc == DYAD_OK && parse_svg(&svg, &seen);
    CHECK(wf, "top-dyads SVG is well-formed XML");
    t = seen.chars.data ? seen.chars.data : "";
    CHECK(strstr(t, "The 1 most active dyads") && strstr(t, "RUS \xe2\x80\x93 UKR") &&
              strstr(t, "3 (Goldstein mean -3.4)"),
          "top chart names the dyad, its count and Goldstein mean");
    dyad_sb_free(&seen.chars);
    dyad_sb_clear(&svg);
    rc = dyad_chart_timeline(&svg, "A<&", "B", DYAD_BY_MONTH, rows, n, &err);
    wf = rc == DYAD_OK && parse_svg(&svg, &seen);
    CHECK(wf && strstr(svg.data, ">Events between A&lt;&amp; and B, by month<"),
          "labels are XML-escaped");
    dyad_sb_free(&seen.chars);
    dyad_sb_clear(&svg);
    rc = dyad_chart_timeline(&svg, "RUS", "UKR", DYAD_BY_MONTH, rows, 0, &err);
    CHECK(rc == DYAD_ENOTFOUND, "no rows: a clear error (%s)", err.msg);
    dyad_series_free(s);
    dyad_series_cfg cd = {.by = DYAD_BY_DAY};
    dyad_series_new(&s, &cd, &err);
    dyad_series_add(s, "2000-01-01", "A", "A", "B", "B", 1, 1);
    dyad_series_add(s, "2020-01-01", "A", "A", "B", "B", 1, 1);
    rows = dyad_series_rows(s, &n);
    rc = dyad_chart_timeline(&svg, "A", "B", DYAD_BY_DAY, rows, n, &err);
    CHECK(rc == DYAD_EINVAL && strstr(err.msg, "coarser"), "20 years by day: asks for a coarser period");
    dyad_series_free(s);
    dyad_sb_free(&svg);
}

/* One pass of series + one-a-day + chart + minhash; returns DYAD_OK or the first failure. */
static int oom_pass(void)
{
    dyad_err err;
    dyad_series_cfg c = {.by = DYAD_BY_WEEK, .a = "RUS", .b = "UKR"};
    dyad_series *s = NULL;
    dyad_oad *o = NULL;
    dyad_minhash *m = NULL;
    dyad_evread *r = NULL;
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    int rc = dyad_series_new(&s, &c, &err);
    if (rc == DYAD_OK)
        rc = dyad_oad_new(&o, &err);
    if (rc == DYAD_OK)
        rc = dyad_evread_open(&r, EVENTS, &err);
    dyad_evrec rec;
    int g = 0;
    while (rc == DYAD_OK && (g = dyad_evread_next(r, &rec, &err)) == 1) {
        int k = dyad_oad_first(o, rec.date, rec.ev.source.code, rec.ev.target.code, rec.ev.code);
        if (k < 0)
            rc = k;
        else if (k == 1 && (k = dyad_series_add(s, rec.date, rec.ev.source.code,
                                                rec.ev.source.root, rec.ev.target.code,
                                                rec.ev.target.root, rec.ev.quad,
                                                rec.ev.goldstein)) < 0)
            rc = k;
    }
    if (rc == DYAD_OK && g < 0)
        rc = g;
    int n = 0;
    const dyad_series_row *rows = rc == DYAD_OK ? dyad_series_rows(s, &n) : NULL;
    if (rc == DYAD_OK && !rows)
        rc = DYAD_ENOMEM;
    if (rc == DYAD_OK)
        rc = dyad_chart_timeline(&sb, "RUS", "UKR", DYAD_BY_WEEK, rows, n, &err);
    if (rc == DYAD_OK)
        rc = dyad_minhash_new(&m, &err);
    double self;
    if (rc == DYAD_OK && dyad_minhash_add(m, "a", STORY, strlen(STORY), &self) < 0)
        rc = DYAD_ENOMEM;
    if (rc == DYAD_OK && dyad_minhash_add(m, "b", STORY, strlen(STORY), &self) < 0)
        rc = DYAD_ENOMEM;
    int grp[2];
    if (rc == DYAD_OK)
        rc = dyad_minhash_groups(m, 0.8, grp, &err);
    dyad_sb_free(&sb);
    dyad_minhash_free(m);
    dyad_evread_close(r);
    dyad_oad_free(o);
    dyad_series_free(s);
    return rc;
}

static void test_oom(void)
{
    int failed = 0, ok_at = -1;
    for (long nth = 1; nth < 2000; nth++) {
        dyad_alloc_fail_after(nth);
        int rc = oom_pass();
        dyad_alloc_fail_after(0);
        if (rc == DYAD_OK) {
            ok_at = (int)nth;
            break;
        }
        failed += rc != DYAD_ENOMEM;
    }
    CHECK(failed == 0 && ok_at > 1,
          "allocation failure at every step of read/one-a-day/series/chart/minhash gives "
          "DYAD_ENOMEM, no crash or leak (whole pass needs %d allocations)", ok_at - 1);
}

int main(void)
{
    test_oom();
    test_charts();
    test_periods();
    test_series();
    test_merge();
    test_one_a_day();
    test_minhash();
    CHECK_EXIT();
}
