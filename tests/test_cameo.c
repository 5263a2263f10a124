/* test_cameo.c — the CAMEO table and PLOVER mapping: the shipped data/cameo files, lookups with
 * parent fallback, event filling, and malformed tables reported at file:line. */
#include "check.h"

#include "base/alloc.h"
#include "coder/cameo.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

static char tmpdir[] = "/tmp/dyad_cameo_XXXXXX";

static const char *write_tmp(const char *name, const char *text)
{
    static char path[4][256];
    static int k;
    char *p = path[k++ % 4];
    snprintf(p, 256, "%s/%s", tmpdir, name);
    FILE *f = fopen(p, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
    return p;
}

static void test_shipped(void)
{
    dyad_cameo *c = NULL;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = dyad_cameo_load(&c, "data/cameo", &err);
    CHECK(rc == DYAD_OK, "data/cameo loads (%s)", err.msg);
    if (rc != DYAD_OK)
        return;
    CHECK(dyad_cameo_count(c) >= 300, "table has every code (%zu)", dyad_cameo_count(c));

    /* all 20 roots, every entry's quad follows its root, roots sorted first in their group */
    int roots = 0, badquad = 0, badroot = 0;
    for (size_t i = 0; i < dyad_cameo_count(c); i++) {
        const dyad_cameo_entry *e = dyad_cameo_at(c, i);
        int r = atoi(e->root);
        int want = r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
        if (strlen(e->code) == 2)
            roots++;
        if (e->quad != want)
            badquad++;
        if (strncmp(e->code, e->root, 2) != 0)
            badroot++;
    }
    CHECK(roots == 20, "20 root codes (%d)", roots);
    CHECK(badquad == 0, "quad classes follow the roots (%d off)", badquad);
    CHECK(badroot == 0, "every entry's root is its first two digits");

    const dyad_cameo_entry *e = dyad_cameo_find(c, "042");
    CHECK(e && strcmp(e->code, "042") == 0, "042 found");
    if (e) {
        CHECK_STR(e->label, "Make a visit", "042 label");
        CHECK_STR(e->root, "04", "042 root");
        CHECK(fabs(e->goldstein - 1.9) < 1e-9, "042 goldstein 1.9 (%g)", e->goldstein);
        CHECK(e->quad == 1, "042 quad 1");
        CHECK_STR(e->plover, "CONSULT", "042 PLOVER");
        CHECK_STR(e->plover_mode, "visit", "042 PLOVER mode");
    }
    e = dyad_cameo_find(c, "0874");
    CHECK(e && fabs(e->goldstein - 10.0) < 1e-9 && e->quad == 2, "0874 retreat +10, quad 2");
    CHECK(e && strcmp(e->plover, "RETREAT") == 0, "0874 PLOVER RETREAT");
    e = dyad_cameo_find(c, "2042");
    CHECK(e && fabs(e->goldstein + 10.0) < 1e-9 && e->quad == 4, "2042 nuclear -10, quad 4");
    e = dyad_cameo_find(c, "1123");
    CHECK(e && strcmp(e->plover_mode, "allege") == 0 && strcmp(e->plover_context, "military") == 0,
          "1123 PLOVER ACCUSE/allege/military");
    e = dyad_cameo_find(c, "091");
    CHECK(e && strcmp(e->plover_context, "crime;corruption") == 0, "091 two PLOVER contexts");
    e = dyad_cameo_find(c, "010");
    CHECK(e && strcmp(e->plover, "") == 0, "010 statements have no PLOVER category");
    e = dyad_cameo_find(c, "163");
    CHECK(e && fabs(e->goldstein + 8.0) < 1e-9, "163 sanctions -8");

    /* fallback to the nearest listed parent */
    e = dyad_cameo_find(c, "0875");
    CHECK(e && strcmp(e->code, "087") == 0, "0875 falls back to 087");
    e = dyad_cameo_find(c, "099");
    CHECK(e && strcmp(e->code, "09") == 0 && e->quad == 3, "099 falls back to root 09");
    CHECK(dyad_cameo_find(c, "---") == NULL, "--- is not a code");
    CHECK(dyad_cameo_find(c, "") == NULL, "empty code");
    CHECK(dyad_cameo_find(c, "21") == NULL, "unknown root 21");
    CHECK(dyad_cameo_find(c, "04a") == NULL, "non-digit code");
    CHECK(dyad_cameo_find(c, "04201") == NULL, "five digits");

    /* known codes: listed, or one digit under a listed code (dictionary checks) */
    CHECK(dyad_cameo_known(c, "042") && dyad_cameo_known(c, "0874") && dyad_cameo_known(c, "19"),
          "listed codes are known");
    CHECK(dyad_cameo_known(c, "1952") && dyad_cameo_known(c, "099"),
          "a sub-code one digit under a listed code is known (1952 under 195, 099 under 09)");
    CHECK(!dyad_cameo_known(c, "999") && !dyad_cameo_known(c, "19O") &&
              !dyad_cameo_known(c, "0999") && !dyad_cameo_known(c, "---") &&
              !dyad_cameo_known(c, "21") && !dyad_cameo_known(c, ""),
          "999, 19O, 0999 (no 099), ---, 21 and \"\" are not known");

    dyad_event ev;
    memset(&ev, 0, sizeof ev);
    ev.code = "1952";
    CHECK(dyad_cameo_fill_event(c, &ev), "fill 1952 (via 195)");
    CHECK(ev.quad == 4 && ev.goldstein < -9.9 && ev.root && strcmp(ev.root, "19") == 0 &&
              strcmp(ev.plover, "ASSAULT") == 0,
          "1952 → root 19, quad 4, -10, ASSAULT");
    ev.code = "---";
    CHECK(!dyad_cameo_fill_event(c, &ev) && ev.quad == 4, "--- leaves the event alone");
    dyad_cameo_free(c);

    /* NULL path = the data dir default; must agree with the explicit path */
    rc = dyad_cameo_load(&c, NULL, &err);
    CHECK(rc == DYAD_OK && c && dyad_cameo_count(c) >= 300, "default path loads (%s)", err.msg);
    dyad_cameo_free(c);
    rc = dyad_cameo_load_files(&c, "data/cameo/cameo.tsv", "", &err);
    CHECK(rc == DYAD_OK && strcmp(dyad_cameo_find(c, "042")->plover, "") == 0,
          "table without PLOVER file");
    dyad_cameo_free(c);
}

static void expect_fail(const char *table, const char *plover, int code, const char *want,
                        const char *name)
{
    dyad_cameo *c = (dyad_cameo *)1;
    dyad_err err;
    dyad_err_clear(&err);
    const char *t = write_tmp("t.tsv", table);
    const char *p = plover ? write_tmp("p.tsv", plover) : "";
    int rc = dyad_cameo_load_files(&c, t, p, &err);
    CHECK(rc == code && c == NULL && strstr(err.msg, want) != NULL, "%s: %s", name, err.msg);
}

static void test_malformed(void)
{
    const char *good = "# comment\n04\tConsult\t1.0\t1\n040\tConsult more\t1.0\t1\r\n\n";
    expect_fail("04\tConsult\t1.0\n", NULL, DYAD_EFORMAT, "t.tsv:1: expected 4", "3 columns");
    expect_fail("# x\n04\tConsult\tabc\t1\n", NULL, DYAD_EFORMAT, "t.tsv:2: bad Goldstein",
                "bad weight");
    expect_fail("04\tConsult\t11\t1\n", NULL, DYAD_EFORMAT, "t.tsv:1: bad Goldstein",
                "weight out of range");
    expect_fail("04\tConsult\t1\t5\n", NULL, DYAD_EFORMAT, "t.tsv:1: bad quad", "quad 5");
    expect_fail("4\tConsult\t1\t1\n", NULL, DYAD_EFORMAT, "t.tsv:1: bad CAMEO code", "1 digit");
    expect_fail("04\t\t1\t1\n", NULL, DYAD_EFORMAT, "t.tsv:1: empty label", "empty label");
    expect_fail("04\tA\t1\t1\n04\tB\t1\t1\n", NULL, DYAD_EFORMAT, "listed twice", "duplicate");
    expect_fail("040\tA\t1\t1\n", NULL, DYAD_EFORMAT, "no root 04", "missing root");
    expect_fail("# only comments\n", NULL, DYAD_EFORMAT, "no CAMEO codes", "empty table");
    expect_fail(good, "041\tCONSULT\n", DYAD_EFORMAT, "p.tsv:1: code 041 is not", "unknown code");
    expect_fail(good, "040\tconsult\n", DYAD_EFORMAT, "p.tsv:1: bad PLOVER", "lower-case");
    expect_fail(good, "040\tCONSULT\n040\tAID\n", DYAD_EFORMAT, "p.tsv:2: code 040 mapped twice",
                "mapped twice");
    expect_fail(good, "040\n", DYAD_EFORMAT, "p.tsv:1: expected 2-4", "1 column");

    dyad_cameo *c = NULL;
    dyad_err err;
    const char *t = write_tmp("t.tsv", good);
    const char *p = write_tmp("p.tsv", "04\tCONSULT\t\t\n040\tCONSULT\tphone\n");
    int rc = dyad_cameo_load_files(&c, t, p, &err);
    CHECK(rc == DYAD_OK, "small table with CRLF and blank lines loads (%s)", err.msg);
    if (rc == DYAD_OK) {
        CHECK_STR(dyad_cameo_find(c, "040")->label, "Consult more", "CR stripped");
        CHECK_STR(dyad_cameo_find(c, "040")->plover_mode, "phone", "mode");
        CHECK_STR(dyad_cameo_find(c, "04")->plover_mode, "", "empty mode");
    }
    dyad_cameo_free(c);
    rc = dyad_cameo_load_files(&c, "/nonexistent/cameo.tsv", "", &err);
    CHECK(rc == DYAD_ENOTFOUND && strstr(err.msg, "/nonexistent/cameo.tsv"), "missing file: %s",
          err.msg);
    rc = dyad_cameo_load(&c, t, &err);
    CHECK(rc == DYAD_OK && c && strcmp(dyad_cameo_find(c, "040")->plover, "") == 0,
          "a file path loads the table alone");
    dyad_cameo_free(c);

    /* out of memory at each allocation: clean failure, no leak (ASan) */
    int ok = 1;
    for (long k = 1; k <= 6; k++) {
        dyad_alloc_fail_after(k);
        rc = dyad_cameo_load_files(&c, t, p, &err);
        dyad_alloc_fail_after(0);
        if (rc == DYAD_OK)
            dyad_cameo_free(c);
        else if (rc != DYAD_ENOMEM || c != NULL)
            ok = 0;
    }
    CHECK(ok, "allocation failures return DYAD_ENOMEM");
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        CHECK(0, "mkdtemp");
        CHECK_EXIT();
    }
    test_shipped();
    test_malformed();
    char path[256];
    snprintf(path, sizeof path, "%s/t.tsv", tmpdir);
    unlink(path);
    snprintf(path, sizeof path, "%s/p.tsv", tmpdir);
    unlink(path);
    rmdir(tmpdir);
    CHECK_EXIT();
}
