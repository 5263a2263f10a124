/* test_score.c — `dyad score` logic: the gold reader (columns, classes, bad lines with their
 * numbers) and the scorer (strict vs loose, symmetric codes, opt/neg rows, one-to-one pairing,
 * anchors, alternatives, confusion), on hand-made gold and events with hand-worked figures. */
#include "check.h"

#include <math.h>
#include <stdlib.h>
#include <unistd.h>

#include "agg/score.h"
#include "agg/score_report.h"
#include "base/strbuf.h"
#include "io/gold_read.h"

static dyad_cameo *cameo;

/* A hand-made event: doc, sentence index, sentence text, verb, source, target, code. */
typedef struct ev {
    const char *doc;
    int sent;
    const char *text, *verb, *source, *target, *code;
} ev;

typedef struct fixture {
    dyad_gold gold;
    dyad_score *s;
    const dyad_score_result *r;
    int bad; /* gold lines rejected */
} fixture;

/* Reads gold from newline-separated lines and scores the events; symmetric NULL = default. */
static void run(fixture *f, const char *gold_text, const ev *evs, size_t nev,
                const char *symmetric)
{
    memset(f, 0, sizeof *f);
    dyad_gold_init(&f->gold);
    const char *p = gold_text;
    long lineno = 0;
    while (*p) {
        size_t n = strcspn(p, "\n");
        dyad_err err;
        if (dyad_gold_add_line(&f->gold, cameo, p, n, "g.tsv", ++lineno, &err) != DYAD_OK) {
            f->bad++;
            printf("# %s\n", err.msg);
        }
        p += n;
        if (*p)
            p++;
    }
    dyad_err err;
    dyad_score_cfg cfg = {.symmetric = symmetric};
    if (dyad_score_new(&f->s, &f->gold, cameo, &cfg, &err) != DYAD_OK) {
        printf("# %s\n", err.msg);
        return;
    }
    for (size_t i = 0; i < nev; i++) {
        dyad_evrec rec;
        memset(&rec, 0, sizeof rec);
        rec.doc = evs[i].doc;
        rec.text = evs[i].text;
        rec.ev.sent = evs[i].sent;
        rec.ev.verb = evs[i].verb;
        rec.ev.source.code = evs[i].source;
        rec.ev.target.code = evs[i].target;
        rec.ev.code = evs[i].code;
        dyad_score_add(f->s, &rec, &err);
    }
    dyad_score_run(f->s, &err);
    f->r = dyad_score_get(f->s);
}

static void done(fixture *f)
{
    dyad_score_free(f->s);
    dyad_gold_free(&f->gold);
}

static bool near(double a, double b) { return fabs(a - b) < 1e-9; }

#define S "Kerry met Lavrov in Geneva."

static void test_loose_strict(void)
{
    fixture f;
    const ev e[] = {{"d1", 0, S, "met", "USA", "RUSGOV", "042"}};
    run(&f, "d1\tKerry met Lavrov\tUSAGOV\tRUSGOV\t042\n", e, 1, NULL);
    CHECK(f.bad == 0 && f.r->gold_req == 1 && f.r->events == 1, "one gold row, one event");
    CHECK(f.r->loose.tp == 1 && f.r->loose.fp == 0 && f.r->loose.fn == 0 && near(f.r->loose.f1, 1),
          "USA vs USAGOV: loose TP, F1 1");
    CHECK(f.r->strict.tp == 0 && f.r->strict.fp == 1 && f.r->strict.fn == 1 &&
              near(f.r->strict.p, 0) && near(f.r->strict.f1, 0),
          "USA vs USAGOV: strict FP 1, FN 1, figures 0");
    done(&f);

    const ev e2[] = {{"d1", 0, S, "met", "USAGOV", "RUSGOV", "043"}};
    run(&f, "d1\tKerry met Lavrov\tUSAGOV\tRUSGOV\t042\n", e2, 1, NULL);
    CHECK(f.r->loose.tp == 1 && f.r->strict.tp == 0, "042 vs 043: same root, loose only");
    done(&f);

    const ev e3[] = {{"d1", 0, S, "met", "USAGOV", "RUSGOV", "051"}};
    run(&f, "d1\tKerry met Lavrov\tUSAGOV\tRUSGOV\t042\n", e3, 1, NULL);
    CHECK(f.r->loose.tp == 0 && f.r->loose.fp == 1 && f.r->loose.fn == 1,
          "042 vs 051: other root, no match");
    CHECK(f.r->confusion[4][5] == 1 && f.r->confusion[4][0] == 0 && f.r->confusion[0][5] == 0,
          "confusion: gold 04 x coded 05, not counted as missed or false");
    done(&f);

    const ev e4[] = {{"d1", 0, S, "met", "---GOV", "RUSGOV", "042"}};
    run(&f, "d1\tKerry met Lavrov\tUSAGOV\tRUSGOV\t042\n", e4, 1, NULL);
    CHECK(f.r->loose.tp == 0 && f.r->confusion[4][0] == 1 && f.r->confusion[0][4] == 1,
          "--- never equals a country root; missed and false in the confusion table");
    done(&f);
}

static void test_symmetric(void)
{
    fixture f;
    const ev e[] = {{"d1", 0, S, "met", "RUSGOV", "USAGOV", "040"}};
    run(&f, "d1\tKerry met Lavrov\tUSAGOV\tRUSGOV\t040\n", e, 1, NULL);
    CHECK(f.r->strict.tp == 1 && f.r->strict.fp == 0, "040 swapped: strict match");
    done(&f);
    const ev e2[] = {{"d1", 0, S, "met", "RUSGOV", "USAGOV", "042"}};
    run(&f, "d1\tKerry met Lavrov\tUSAGOV\tRUSGOV\t042\n", e2, 1, NULL);
    CHECK(f.r->loose.tp == 0 && f.r->loose.fp == 1 && f.r->loose.fn == 1,
          "042 swapped: no match");
    done(&f);
    run(&f, "d1\tKerry met Lavrov\tUSAGOV\tRUSGOV\t042\n", e2, 1, "042,043");
    CHECK(f.r->strict.tp == 1, "042 swapped with --symmetric 042,043: match");
    done(&f);
    run(&f, "d1\tKerry met Lavrov\tUSAGOV\tRUSGOV\t040\n", e, 1, "");
    CHECK(f.r->loose.tp == 0, "040 swapped with no symmetric codes: no match");
    done(&f);
    dyad_score *s = NULL;
    dyad_gold g;
    dyad_gold_init(&g);
    dyad_err err;
    dyad_score_cfg cfg = {.symmetric = "040,4x"};
    CHECK(dyad_score_new(&s, &g, cameo, &cfg, &err) == DYAD_EINVAL && strstr(err.msg, "4x"),
          "a bad symmetric code list is refused: %s", err.msg);
    dyad_gold_free(&g);
}

static void test_classes(void)
{
    fixture f;
    const char *gold = "d1\t#0\tUSAGOV\tRUSGOV\t042\t\treq\n"
                       "d1\t#0\tUSAGOV\tRUSGOV\t111\t\topt\n"
                       "d1\t#1\tUSAGOV\tRUSGOV\t190\t\topt\n" /* no event: not a FN */
                       "d1\t#2\tUSAGOV\t-\t010\t\tneg\n";
    const ev e[] = {{"d1", 0, "", "", "USAGOV", "RUSGOV", "042"},
                    {"d1", 0, "", "", "USAGOV", "RUSGOV", "111"},
                    {"d1", 2, "", "", "USAGOV", "", "010"},
                    {"d1", 3, "", "", "USAGOV", "RUSGOV", "042"}};
    run(&f, gold, e, 4, NULL);
    CHECK(f.r->gold_req == 1 && f.r->gold_opt == 2 && f.r->gold_neg == 1 && f.r->events == 4,
          "1 required, 2 optional, 1 negative row; 4 events");
    CHECK(f.r->loose.tp == 1 && f.r->loose.fn == 0 && f.r->loose.fp == 2,
          "opt match neither TP nor FP, unmatched opt not FN; neg match and stray event are FP");
    CHECK(f.r->opt_matched == 1 && f.r->neg_false == 1, "1 event on an optional row, 1 false "
          "on a negative row");
    CHECK(near(f.r->loose.p, 1.0 / 3) && near(f.r->loose.r, 1) && near(f.r->loose.f1, 0.5),
          "P 1/3, R 1, F1 0.5");
    CHECK(f.r->strict.tp == 1 && f.r->strict.fp == 2 && f.r->strict.fn == 0,
          "strict: the same (all pairs strict)");
    CHECK(f.r->confusion[0][1] == 1 && f.r->confusion[0][4] == 1,
          "false events in the none row by their root (01 on the neg row, 04 stray)");
    done(&f);
}

static void test_one_to_one(void)
{
    fixture f;
    const ev dup[] = {{"d1", 0, S, "met", "USAGOV", "RUSGOV", "042"},
                      {"d1", 0, S, "met", "USAGOV", "RUSGOV", "042"}};
    run(&f, "d1\tKerry met\tUSAGOV\tRUSGOV\t042\n", dup, 2, NULL);
    CHECK(f.r->loose.tp == 1 && f.r->loose.fp == 1, "two identical events, one row: TP 1 FP 1");
    done(&f);
    run(&f, "d1\tKerry met\tUSAGOV\tRUSGOV\t042\nd1\tKerry met\tUSAGOV\tRUSGOV\t042\n", dup, 1,
        NULL);
    CHECK(f.r->loose.tp == 1 && f.r->loose.fn == 1, "two identical rows, one event: TP 1 FN 1");
    done(&f);
    /* strict first: row 1 (042) would take event 1 (043) loosely if pairing were one pass */
    const ev e[] = {{"d1", 0, S, "met", "USAGOV", "RUSGOV", "043"},
                    {"d1", 0, S, "met", "USAGOV", "RUSGOV", "042"}};
    run(&f, "d1\tKerry met\tUSAGOV\tRUSGOV\t042\nd1\tKerry met\tUSAGOV\tRUSGOV\t043\n", e, 2,
        NULL);
    dyad_match l0, l1;
    int32_t p0 = dyad_score_gold_pair(f.s, 0, &l0), p1 = dyad_score_gold_pair(f.s, 1, &l1);
    CHECK(f.r->strict.tp == 2 && p0 == 1 && p1 == 0 && l0 == DYAD_MATCH_STRICT &&
              l1 == DYAD_MATCH_STRICT,
          "strict pairs are made before loose ones: both rows strict");
    done(&f);
    /* an optional row listed first that also matches the one event does not take it from the
     * required row after it */
    run(&f, "d1\tKerry met\tUSAGOV\tRUSGOV\t040\t\topt\nd1\tKerry met\tUSAGOV\tRUSGOV\t042\n", dup,
        1, NULL);
    CHECK(f.r->loose.tp == 1 && f.r->loose.fn == 0 && f.r->opt_matched == 0,
          "required rows pair before optional ones (TP 1, FN 0, no event on the opt row)");
    done(&f);
}

static void test_anchors(void)
{
    fixture f;
    const ev e[] = {{"d1", 1, "x", "", "USAGOV", "RUSGOV", "042"},
                    {"d1", 2, "y", "", "USAGOV", "RUSGOV", "042"}};
    run(&f, "d1\t#2\tUSAGOV\tRUSGOV\t042\n", e, 2, NULL);
    dyad_match lv;
    CHECK(f.r->loose.tp == 1 && dyad_score_gold_pair(f.s, 0, &lv) == 1,
          "#2 takes the event of sentence 2, not 1");
    done(&f);
    const ev w[] = {{"d1", 0, "Kerry  met\tthe\n minister in Geneva.", "met", "USAGOV", "RUSGOV",
                     "042"}};
    run(&f, "d1\t  met   the   minister \tUSAGOV\tRUSGOV\t042\n", w, 1, NULL);
    CHECK(f.bad == 0 && f.r->loose.tp == 1, "whitespace runs collapsed in anchor and sentence");
    done(&f);
    const ev other[] = {{"d1", 0, "Kerry phoned the minister.", "phoned", "USAGOV", "RUSGOV",
                         "042"}};
    run(&f, "d1\tmet the minister\tUSAGOV\tRUSGOV\t042\n", other, 1, NULL);
    CHECK(f.r->loose.tp == 0 && f.r->loose.fp == 1, "an anchor not in the sentence: no match");
    done(&f);
    /* events without their sentence (TSV): the verb words must occur in the anchor */
    const ev tsv[] = {{"d1", 0, "", "met", "USAGOV", "RUSGOV", "042"},
                      {"d1", 0, "", "me", "USAGOV", "RUSGOV", "042"}};
    run(&f, "d1\tKerry met Lavrov\tUSAGOV\tRUSGOV\t042\nd1\tKerry met Lavrov\tUSAGOV\tRUSGOV\t042\n",
        tsv, 2, NULL);
    CHECK(f.r->loose.tp == 1 && f.r->loose.fn == 1 && f.r->loose.fp == 1,
          "TSV events: verb 'met' in the anchor matches, 'me' (part of a word) does not");
    done(&f);
}

static void test_alternatives_targets(void)
{
    fixture f;
    const char *gold = "d1\t#0\tUSAGOV\tRUSGOV\t042\t05,0311\n";
    const ev e[] = {{"d1", 0, "", "", "USAGOV", "RUSGOV", "051"}};
    run(&f, gold, e, 1, NULL);
    dyad_match lv;
    dyad_score_gold_pair(f.s, 0, &lv);
    CHECK(f.r->loose.tp == 1 && f.r->strict.tp == 0 && lv == DYAD_MATCH_LOOSE,
          "alt root 05: 051 matches loosely only");
    done(&f);
    const ev e2[] = {{"d1", 0, "", "", "USAGOV", "RUSGOV", "0311"}};
    run(&f, gold, e2, 1, NULL);
    CHECK(f.r->strict.tp == 1, "alt code 0311: strict match");
    done(&f);
    const ev e3[] = {{"d1", 0, "", "", "USAGOV", "RUSGOV", "031"}};
    run(&f, gold, e3, 1, NULL);
    CHECK(f.r->loose.tp == 1 && f.r->strict.tp == 0, "root of alt code 0311 counts loosely: 031");
    done(&f);
    const char *notarget = "d1\t#0\t---CVL\t-\t141\nd1\t#0\t---CVL\t-\t141\nd1\t#0\t---CVL\t-\t141\n";
    const ev t[] = {{"d1", 0, "", "", "---CVL", "", "141"},
                    {"d1", 0, "", "", "---CVL", "---", "141"},
                    {"d1", 0, "", "", "---CVL", "---CVL", "141"}};
    run(&f, notarget, t, 3, NULL);
    CHECK(f.r->strict.tp == 2 && f.r->loose.tp == 2 && f.r->loose.fp == 1,
          "target - takes \"\" and ---, not ---CVL");
    done(&f);
}

static void test_docs(void)
{
    fixture f;
    const ev e[] = {{"d1", 0, "", "", "USAGOV", "RUSGOV", "042"},
                    {"d2", 0, "", "", "USAGOV", "RUSGOV", "042"},
                    {"d3", 0, "", "", "USAGOV", "RUSGOV", "042"},
                    {"d3", 1, "", "", "USAGOV", "RUSGOV", "042"}};
    run(&f, "# comment\n\ndoc\tanchor\tsource\ttarget\tcode\nd1\t#0\tUSAGOV\tRUSGOV\t042\nd2\t-\n",
        e, 4, NULL);
    CHECK(f.bad == 0 && f.r->docs == 2 && f.gold.n == 2, "comment, blank and header skipped; "
          "2 documents (one doc-only row)");
    CHECK(f.r->events == 2 && f.r->ignored == 2, "events of d3 (not in the gold) ignored");
    CHECK(f.r->loose.tp == 1 && f.r->loose.fp == 1 && f.r->loose.fn == 0,
          "an event of a doc-only document is false");
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    dyad_score_report_line(f.s, "dev", &sb);
    CHECK_STR(sb.data, "dev: 2 docs, 1 gold, 2 events; loose P 0.500 R 1.000 F1 0.667; strict P "
                       "0.500 R 1.000 F1 0.667\n",
              "summary line");
    dyad_sb_clear(&sb);
    dyad_score_report_json(f.s, true, &sb);
    CHECK(sb.data && strstr(sb.data, "\"loose\":{\"tp\":1,\"fp\":1,\"fn\":0,\"precision\":0.500") &&
              strstr(sb.data, "\"false\":[{\"doc\":\"d2\",\"sent\":0,") &&
              strstr(sb.data, "{\"gold\":\"none\",\"coded\":\"04\",\"n\":1}"),
          "JSON carries the summary, the false event and the confusion cell");
    dyad_sb_free(&sb);
    CHECK(f.r->root[4].gold == 1 && f.r->root[4].events == 2 && f.r->root[4].loose.tp == 1 &&
              f.r->root[4].loose.fp == 1,
          "per root 04: 1 gold, 2 events, TP 1, FP 1");
    int consult = -1;
    for (int i = 0; i < f.r->n_plover; i++)
        if (strcmp(f.r->plover_name[i], "CONSULT") == 0)
            consult = i;
    CHECK(consult >= 0 && f.r->plover[consult].gold == 1 && f.r->plover[consult].loose.tp == 1,
          "per PLOVER: 042 is CONSULT, derived from the code");
    done(&f);
}

static void collect(void *ctx, const char *msg)
{
    dyad_strbuf *sb = ctx;
    dyad_sb_puts(sb, msg);
    dyad_sb_putc(sb, '\n');
}

static void test_bad_lines(void)
{
    char path[] = "/tmp/dyad-gold-XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        CHECK(0, "cannot create a temporary file");
        return;
    }
    fputs("# bad lines\n"
          "d1\t#0\tUSAGOV\tRUSGOV\t042\n"   /* 2 good */
          "d1\t#0\tUSAGOV\tRUSGOV\t999\n"   /* 3 unknown code */
          "d1\t#0\tUSAGOV\tRUSGOV\n"        /* 4 too few columns */
          "d1\t#x\tUSAGOV\tRUSGOV\t042\n"   /* 5 bad #N */
          "d1\t#0\t\tRUSGOV\t042\n"         /* 6 empty source */
          "d1\t#0\tUSAGOV\tRUSGOV\t042\t7\n" /* 7 bad alt */
          "d1\t#0\tUSAGOV\tRUSGOV\t042\t\tmaybe\n" /* 8 bad class */
          "d1\t-\tUSAGOV\n"                 /* 9 doc-only row with a source */
          "d1\t#0\tUSAGOV\tRUSGOV\t042\t\t\tHUG\n" /* 10 bad PLOVER */
          "d1\t#0\tUSAGOV\tRUSGOV\t0875\n"  /* 11 not in the table (only its parent is) */
          "d1\t#0\tUSAGOV\tRUSGOV\t042\t-\topt\tCONSULT\tnote\n", /* 12 good */
          f);
    fclose(f);
    dyad_gold g;
    dyad_gold_init(&g);
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    dyad_err err;
    int rc = dyad_gold_read(&g, cameo, path, collect, &sb, 50, &err);
    CHECK(rc == DYAD_EFORMAT && g.n_bad == 9 && g.n == 2, "9 bad lines reported, 2 rows kept "
          "(rc %d, %ld bad, %zu rows)", rc, g.n_bad, g.n);
    static const char *const want[] = {":3: unknown CAMEO code '999'", ":4: 4 columns",
                                       ":5: bad sentence index '#x'", ":6: bad source",
                                       ":7: unknown CAMEO alternative '7'", ":8: bad class 'maybe'",
                                       ":9: a document-only row", ":10: unknown PLOVER category 'HUG'",
                                       ":11: unknown CAMEO code '0875'"};
    for (size_t i = 0; i < DYAD_ARRAY_LEN(want); i++)
        CHECK(sb.data && strstr(sb.data, want[i]), "message names the line: %s", want[i]);
    CHECK(g.n == 2 && g.rows[1].cls == DYAD_GOLD_OPT && strcmp(g.rows[1].note, "note") == 0 &&
              g.rows[1].line == 12,
          "9-column row: class opt, note, line 12");
    dyad_sb_free(&sb);
    dyad_gold_free(&g);
    dyad_gold_init(&g);
    rc = dyad_gold_read(&g, cameo, path, NULL, NULL, 3, &err);
    CHECK(rc == DYAD_EFORMAT && g.n_bad == 9 && strstr(err.msg, "9 bad lines"),
          "the count covers lines past the report limit: %s", err.msg);
    dyad_gold_free(&g);
    unlink(path);
    dyad_gold_init(&g);
    rc = dyad_gold_read(&g, cameo, "/nonexistent/gold.tsv", NULL, NULL, 3, &err);
    CHECK(rc != DYAD_OK && rc != DYAD_EFORMAT, "a missing gold file is an I/O error");
    dyad_gold_free(&g);
}

int main(void)
{
    dyad_err err;
    if (dyad_cameo_load(&cameo, "data/cameo", &err) != DYAD_OK) {
        CHECK(0, "load the CAMEO table: %s", err.msg);
        CHECK_EXIT();
    }
    test_loose_strict();
    test_symmetric();
    test_classes();
    test_one_to_one();
    test_anchors();
    test_alternatives_targets();
    test_docs();
    test_bad_lines();
    dyad_cameo_free(cameo);
    CHECK_EXIT();
}
