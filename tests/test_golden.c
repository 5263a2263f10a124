/* test_golden.c — runs the tests/golden case files (date/text/expect) through tokenizer, parser
 * and coder with the fixed dictionary tests/golden/dict, the tests/golden/data_dict case files
 * with the project's dictionaries (data/dict), and the tests/golden/gazetteer ones with those
 * and the gazetteer index as the coder's place lookup (skipped when it is not built). */
#include "check.h"

#include <dirent.h>

#include "base/strbuf.h"
#include "coder/coder.h"
#include "dict/dict.h"
#include "geo/gaz.h"
#include "geo/geo.h"
#include "nlp/nlp.h"
#include "text/tokenize.h"

#define MAX_CASES 2048 /* per directory: about 2 KiB each, static */
#define MAX_EXPECT 8

typedef struct gcase {
    char file[64];
    int line;
    char date[16];
    char text[1024];
    char exp[MAX_EXPECT][3][32];
    int nexp;
    int none; /* "expect: none" */
} gcase;

static gcase cases[MAX_CASES];
static int ncases;

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
        s[--n] = 0;
    return s;
}

/* The two characters backslash and n in a text line stand for a line break, so that
 * "Title.\n\nBody" gives a title paragraph. */
static void unescape_newlines(char *t)
{
    char *w = t;
    for (const char *r = t; *r; r++) {
        if (r[0] == '\\' && r[1] == 'n') {
            *w++ = '\n';
            r++;
        } else {
            *w++ = *r;
        }
    }
    *w = 0;
}

/* Reads one golden file; returns the number of well-formed cases, -1 on a malformed line. */
static int read_file(const char *dir, const char *name)
{
    char path[512];
    if (snprintf(path, sizeof path, "%s/%s", dir, name) >= (int)sizeof path)
        return -1;
    FILE *f = fopen(path, "r");
    if (!f)
        return -1;
    char line[2048];
    int lineno = 0, found = 0, bad = 0;
    gcase *c = NULL;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        char *l = trim(line);
        if (*l == '#')
            continue;
        if (!*l) {
            c = NULL;
            continue;
        }
        if (!c) {
            if (ncases == MAX_CASES) {
                bad = 1;
                break;
            }
            c = &cases[ncases++];
            memset(c, 0, sizeof *c);
            if (snprintf(c->file, sizeof c->file, "%s", name) >= (int)sizeof c->file)
                bad = 1;
            c->line = lineno;
            found++;
        }
        if (strncmp(l, "date:", 5) == 0) {
            snprintf(c->date, sizeof c->date, "%s", trim(l + 5));
        } else if (strncmp(l, "text:", 5) == 0) {
            snprintf(c->text, sizeof c->text, "%s", trim(l + 5));
            unescape_newlines(c->text);
        } else if (strncmp(l, "expect:", 7) == 0) {
            char *e = trim(l + 7);
            if (strcmp(e, "none") == 0) {
                c->none = 1;
            } else if (c->nexp < MAX_EXPECT &&
                       sscanf(e, "%31s %31s %31s", c->exp[c->nexp][0], c->exp[c->nexp][1],
                              c->exp[c->nexp][2]) == 3) {
                if (strcmp(c->exp[c->nexp][1], "-") == 0)
                    c->exp[c->nexp][1][0] = 0; /* "-": a one-sided act, no target */
                c->nexp++;
            } else {
                bad = 1;
            }
        } else {
            bad = 1;
        }
    }
    fclose(f);
    for (int i = ncases - found; i < ncases; i++)
        if (!cases[i].text[0] || (cases[i].nexp == 0) == (cases[i].none == 0))
            bad = 1;
    return bad ? -1 : found;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

static void run_case(const dyad_nlp *nlp, dyad_nlp_work *w, const dyad_coder *coder, dyad_doc *doc,
                     const gcase *c)
{
    dyad_err err;
    dyad_err_clear(&err);
    dyad_doc_reset(doc);
    doc->id = c->file;
    doc->date = c->date;
    doc->text = dyad_arena_strdup(&doc->arena, c->text);
    doc->text_len = strlen(c->text);
    dyad_expected exp[MAX_EXPECT];
    for (int i = 0; i < c->nexp; i++)
        exp[i] = (dyad_expected){c->exp[i][0], c->exp[i][1], c->exp[i][2]};
    dyad_event_list ev = {NULL, 0, 0};
    bool discarded = false;
    int rc = dyad_tokenize(doc, &err);
    if (rc == DYAD_OK)
        rc = dyad_nlp_annotate(nlp, w, doc, &err);
    if (rc == DYAD_OK)
        rc = dyad_coder_code(coder, doc, &ev, &discarded, &err);
    doc->expected = exp;
    doc->nexpected = c->nexp;
    doc->expect_none = c->none;
    bool ok = rc == DYAD_OK && dyad_coder_check_expected(doc, &ev, discarded);
    CHECK(ok, "golden %s:%d: %s", c->file, c->line, c->text);
    if (!ok) {
        dyad_strbuf sb = DYAD_STRBUF_INIT;
        dyad_sb_puts(&sb, "#   expected: ");
        dyad_coder_format_expected(doc, &sb);
        dyad_sb_puts(&sb, "\n#   got:      ");
        if (rc != DYAD_OK)
            dyad_sb_puts(&sb, err.msg);
        else
            dyad_coder_format_events(&ev, &sb);
        printf("%s\n", sb.data);
        dyad_sb_free(&sb);
    }
    doc->expected = NULL;
    doc->nexpected = 0;
}

/* Reads dir's *.txt case files (at least min_files) and, with a parser model, codes every case
 * with the dictionary spec (and the gazetteer geo as the coder's place lookup, unless NULL). */
static void run_set(const dyad_nlp *nlp, const char *dir, const char *spec, int min_files,
                    const dyad_geo *geo)
{
    DIR *d = opendir(dir);
    if (!d) {
        CHECK_SKIP("golden: %s not found (run from the repository root)", dir);
        return;
    }
    static char names[64][64];
    int nnames = 0;
    for (struct dirent *e; (e = readdir(d)) && nnames < 64;) {
        size_t n = strlen(e->d_name);
        if (n > 4 && n < 64 && strcmp(e->d_name + n - 4, ".txt") == 0)
            snprintf(names[nnames++], 64, "%s", e->d_name);
    }
    closedir(d);
    qsort(names, (size_t)nnames, sizeof names[0], cmp_name);
    CHECK(nnames >= min_files, "golden %s: %d case files", dir, nnames);
    ncases = 0;
    for (int i = 0; i < nnames; i++) {
        int n = read_file(dir, names[i]);
        CHECK(n > 0, "golden %s/%s: %d well-formed cases", dir, names[i], n);
    }
    if (!nlp)
        return;
    dyad_err err;
    dyad_err_clear(&err);
    dyad_dict *dict = NULL;
    dyad_dict_diag diag = {NULL, NULL, 0};
    int rc = dyad_dict_new(&dict, &err);
    if (rc == DYAD_OK)
        rc = dyad_dict_load(dict, spec, &diag, &err);
    if (rc == DYAD_OK)
        rc = dyad_dict_finish(dict, &err);
    CHECK(rc == DYAD_OK && diag.errors == 0,
          "golden dictionary %s loads cleanly (%ld bad entries) %s", spec, diag.errors,
          rc == DYAD_OK ? "" : err.msg);
    dyad_coder *coder = NULL;
    if (rc == DYAD_OK) {
        rc = dyad_coder_new(&coder, dict, NULL, &err);
        CHECK(rc == DYAD_OK, "golden coder made %s", rc == DYAD_OK ? "" : err.msg);
        if (rc == DYAD_OK && geo)
            dyad_coder_set_places(coder, dyad_geo_place_country, geo);
    }
    dyad_nlp_work *w = dyad_nlp_work_new(nlp);
    if (rc == DYAD_OK && w) {
        dyad_doc doc;
        dyad_doc_init(&doc);
        for (int i = 0; i < ncases; i++)
            run_case(nlp, w, coder, &doc, &cases[i]);
        dyad_doc_free(&doc);
    }
    dyad_nlp_work_free(w);
    dyad_coder_free(coder);
    if (dict)
        dyad_dict_free(dict);
}

int main(void)
{
    dyad_err err;
    dyad_err_clear(&err);
    dyad_nlp *nlp = NULL;
    if (dyad_nlp_load(&nlp, dyad_nlp_default_dir(), &err) != DYAD_OK) {
        CHECK_SKIP("golden: no parser model (%s)", err.msg);
        nlp = NULL;
    }
    /* the coder's behaviour, with a small fixed dictionary */
    run_set(nlp, "tests/golden", "tests/golden/dict", 10, NULL);
    /* the project's own dictionaries (data/dict): entries written for them, each with a case */
    run_set(nlp, "tests/golden/data_dict", "data/dict", 1, NULL);
    /* those with the gazetteer (src/geo), as `dyad code` has it when it is built */
    char buf[4096];
    dyad_geo *geo = NULL;
    if (dyad_geo_new(&geo, dyad_gaz_default_path(buf, sizeof buf), &err) == DYAD_OK)
        run_set(nlp, "tests/golden/gazetteer", "data/dict", 1, geo);
    else
        CHECK_SKIP("golden: no gazetteer (%s)", err.msg);
    dyad_geo_free(geo);
    if (nlp)
        dyad_nlp_free(nlp);
    CHECK_EXIT();
}
