/* test_reader.c — input stream (gzip, caps) and the JSONL, text and PETRARCH XML readers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "base/alloc.h"
#include "check.h"
#include "io/input.h"
#include "io/petrxml.h"
#include "io/reader.h"

static char tmpdir[] = "/tmp/dyad_test_reader_XXXXXX";

static const char *tpath(const char *name)
{
    static char buf[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, name);
    return buf[k];
}

static void write_file(const char *path, const void *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (f) {
        fwrite(data, 1, n, f);
        fclose(f);
    }
}

static void write_gz(const char *path, const char *data, size_t n)
{
    gzFile g = gzopen(path, "wb");
    if (g) {
        gzwrite(g, data, (unsigned)n);
        gzclose(g);
    }
}

/* Reads every record; fills the ids (or "ERR") into out, ';'-separated. */
static int read_all(const char *path, dyad_input_format fmt, char *out, size_t n, dyad_err *last)
{
    dyad_reader *r;
    dyad_doc d;
    out[0] = '\0';
    if (dyad_reader_open(&r, path, fmt, last) != DYAD_OK)
        return -1;
    dyad_doc_init(&d);
    int rc, count = 0;
    while ((rc = dyad_reader_next(r, &d, last)) != 0) {
        size_t l = strlen(out);
        snprintf(out + l, n - l, "%s;", rc == 1 ? d.id : "ERR");
        count++;
        if (rc == DYAD_EIO || rc == DYAD_ENOMEM)
            break;
    }
    dyad_doc_free(&d);
    dyad_reader_close(r);
    return count;
}

static void test_jsonl(void)
{
    dyad_reader *r;
    dyad_err err;
    dyad_doc d;
    const char *path = "tests/data/io/records.jsonl";
    if (dyad_reader_open(&r, path, DYAD_IN_JSONL, &err) != DYAD_OK) {
        CHECK(0, "open %s: %s", path, err.msg);
        return;
    }
    dyad_doc_init(&d);
    int rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1, "first record read");
    CHECK_STR(d.id, "a1", "string id");
    CHECK_STR(d.date, "2021-03-04", "date");
    CHECK_STR(d.source, "Wire", "source");
    CHECK_STR(d.text, "Alpha met Beta.", "text");
    CHECK(d.text_len == 15 && d.line == 1 && d.index == 0, "length, line and index");
    CHECK_STR(d.extra, "\"lang\":\"en\",\"tags\":[\"x\", {\"y\":1}]", "unknown fields kept verbatim");
    CHECK_STR(d.file, path, "file name");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && d.line == 4 && d.index == 1, "blank lines skipped (line %ld)", d.line);
    CHECK_STR(d.id, "42", "numeric id");
    CHECK_STR(d.date, "2021-03-05", "YYYYMMDD normalised");
    CHECK(d.extra == NULL, "no extra fields");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1, "record without id read");
    CHECK_STR(d.id, "tests/data/io/records.jsonl:5", "missing id becomes FILE:LINE");
    CHECK_STR(d.date, "2021-03-06", "ISO timestamp normalised");
    struct {
        int code;
        const char *parts[3];
        const char *name;
    } rej[] = {
        {DYAD_EFORMAT, {":6", "bad-date", "impossible date"}, "impossible date"},
        {DYAD_EFORMAT, {":7", "fmt-date", "bad date"}, "unparsable date"},
        {DYAD_EFORMAT, {":8", "no-text", "no \"text\""}, "missing text"},
        {DYAD_EFORMAT, {":9", "num-text", "must be a string, not number"}, "text of the wrong type"},
        {DYAD_EFORMAT, {":10", "nul", "NUL character at byte 1"}, "NUL in text"},
        {DYAD_EFORMAT, {":11", "bad JSON", "unterminated"}, "bad JSON"},
        {DYAD_EFORMAT, {":12", "JSON array", ""}, "not an object"},
    };
    for (size_t i = 0; i < DYAD_ARRAY_LEN(rej); i++) {
        dyad_err_clear(&err);
        rc = dyad_reader_next(r, &d, &err);
        CHECK(rc == rej[i].code && strstr(err.msg, path) && strstr(err.msg, rej[i].parts[0]) &&
                  strstr(err.msg, rej[i].parts[1]) && strstr(err.msg, rej[i].parts[2]),
              "rejects %s: %s", rej[i].name, err.msg);
    }
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && strcmp(d.id, "leap") == 0 && strcmp(d.date, "2020-02-29") == 0 &&
              strcmp(d.source, "") == 0,
          "reading goes on after rejections (leap day, null source)");
    CHECK(d.index == 3, "index counts documents returned (%ld)", d.index);
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == DYAD_EFORMAT && strstr(err.msg, "bad-source") && strstr(err.msg, "\"source\""),
          "source of the wrong type: %s", err.msg);
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == DYAD_EFORMAT && strstr(err.msg, "\"id\" must be"), "id of the wrong type: %s",
          err.msg);
    CHECK(dyad_reader_next(r, &d, &err) == 0, "end of input");
    CHECK(dyad_reader_next(r, &d, &err) == 0, "end stays the end");
    dyad_reader_close(r);

    /* raw bytes: invalid UTF-8 and a raw NUL inside text */
    const char bin[] = "{\"id\":\"u\",\"text\":\"ok \xff\"}\n{\"id\":\"z\",\"text\":\"a\0b\"}\n"
                       "{\"id\":\"fine\",\"text\":\"fine\"}";
    write_file(tpath("bin.jsonl"), bin, sizeof bin - 1);
    char ids[512];
    int n = read_all(tpath("bin.jsonl"), DYAD_IN_JSONL, ids, sizeof ids, &err);
    CHECK(n == 3 && strcmp(ids, "u;ERR;fine;") == 0,
          "invalid UTF-8 repaired, raw NUL rejected, next read (%s)", ids);
    dyad_reader_open(&r, tpath("bin.jsonl"), DYAD_IN_JSONL, &err);
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && strcmp(d.text, "ok \xEF\xBF\xBD") == 0 && d.warning &&
              strstr(d.warning, "bin.jsonl:1 (id u): invalid UTF-8: 1 byte replaced by U+FFFD") &&
              strstr(d.warning, "byte 22"),
          "invalid UTF-8 replaced by U+FFFD, reported with line, id and offset: %s",
          d.warning ? d.warning : "(no warning)");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == DYAD_EFORMAT && strstr(err.msg, "NUL") && strstr(err.msg, ":2"),
          "raw NUL rejected: %s", err.msg);
    dyad_reader_close(r);

    /* the record's own "url": escapes decoded; a "url" nested in another field is not it */
    const char urls[] =
        "{\"id\":\"e\",\"text\":\"t\",\"url\":\"https:\\/\\/x.org\\/caf\\u00e9?a=1\"}\n"
        "{\"id\":\"n\",\"meta\":{\"url\":\"http://wrong\"},\"text\":\"t\",\"url\":\"http://right\"}\n"
        "{\"id\":\"o\",\"meta\":{\"url\":\"http://wrong\"},\"text\":\"t\"}\n";
    write_file(tpath("url.jsonl"), urls, sizeof urls - 1);
    dyad_reader_open(&r, tpath("url.jsonl"), DYAD_IN_JSONL, &err);
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && d.url && strcmp(d.url, "https://x.org/caf\xc3\xa9?a=1") == 0 &&
              d.url_len == strlen(d.url),
          "url with JSON escapes decoded (%s)", d.url ? d.url : "(null)");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && d.url && strcmp(d.url, "http://right") == 0,
          "the top-level url, not one nested in another field (%s)", d.url ? d.url : "(null)");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && d.url == NULL, "only a nested url: no url");
    dyad_reader_close(r);

    /* default date fills records without one; a record's own date wins */
    const char dd[] = "{\"id\":\"p\",\"text\":\"t\"}\n{\"id\":\"q\",\"date\":\"1999-12-31\",\"text\":\"t\"}\n";
    write_file(tpath("dd.jsonl"), dd, sizeof dd - 1);
    dyad_reader_open(&r, tpath("dd.jsonl"), DYAD_IN_JSONL, &err);
    CHECK(dyad_reader_set_default_date(r, "2021-02-30", &err) == DYAD_EINVAL,
          "impossible default date refused: %s", err.msg);
    CHECK(dyad_reader_set_default_date(r, "2021-02-28", &err) == DYAD_OK, "default date set");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && strcmp(d.date, "2021-02-28") == 0, "default date used");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && strcmp(d.date, "1999-12-31") == 0, "record date kept");
    dyad_reader_close(r);
    dyad_doc_free(&d);
}

static void test_gzip_and_limits(void)
{
    dyad_err err;
    char ids[4096];
    const char recs[] = "{\"id\":\"g1\",\"text\":\"one\"}\n{\"id\":\"g2\",\"text\":\"two\"}\n";
    write_gz(tpath("r.jsonl.gz"), recs, sizeof recs - 1);
    int n = read_all(tpath("r.jsonl.gz"), DYAD_IN_JSONL, ids, sizeof ids, &err);
    CHECK(n == 2 && strcmp(ids, "g1;g2;") == 0, "gzip JSONL read (%s)", ids);

    /* a truncated gzip file: DYAD_EIO naming the file */
    char big[20000];
    size_t bl = 0;
    for (int i = 0; bl + 80 < sizeof big; i++)
        bl += (size_t)snprintf(big + bl, sizeof big - bl, "{\"id\":\"t%d\",\"text\":\"%d %d %d\"}\n",
                               i, i * 7, i * 13, i * 31);
    write_gz(tpath("full.gz"), big, bl);
    FILE *f = fopen(tpath("full.gz"), "rb");
    char gz[40000];
    size_t gl = f ? fread(gz, 1, sizeof gz, f) : 0;
    if (f)
        fclose(f);
    write_file(tpath("trunc.jsonl.gz"), gz, gl / 2);
    n = read_all(tpath("trunc.jsonl.gz"), DYAD_IN_JSONL, ids, sizeof ids, &err);
    CHECK(n > 0 && strstr(ids, "ERR;") && err.code == DYAD_EIO && strstr(err.msg, "trunc.jsonl.gz"),
          "truncated gzip ends with DYAD_EIO naming the file: %s", err.msg);

    /* a byte-order mark before the first record */
    const char bom[] = "\xEF\xBB\xBF{\"id\":\"b1\",\"text\":\"x\"}\n";
    write_file(tpath("bom.jsonl"), bom, sizeof bom - 1);
    n = read_all(tpath("bom.jsonl"), DYAD_IN_JSONL, ids, sizeof ids, &err);
    CHECK(n == 1 && strcmp(ids, "b1;") == 0, "byte-order mark skipped (%s)", ids);

    /* a Latin-1 XML file with its encoding declared */
    const char latin[] = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<S><Sentence id=\"l1\">"
                         "<Text>Caf\xe9 talks</Text></Sentence></S>";
    write_file(tpath("latin.xml"), latin, sizeof latin - 1);
    dyad_reader *lr;
    dyad_doc ld;
    dyad_doc_init(&ld);
    if (dyad_reader_open(&lr, tpath("latin.xml"), DYAD_IN_PETRXML, &err) == DYAD_OK) {
        int rc = dyad_reader_next(lr, &ld, &err);
        CHECK(rc == 1 && strcmp(ld.text, "Caf\xc3\xa9 talks") == 0, "Latin-1 XML read as UTF-8");
        dyad_reader_close(lr);
    }
    dyad_doc_free(&ld);

    /* stdin ("-"), gzip too */
    if (freopen(tpath("r.jsonl.gz"), "rb", stdin)) {
        n = read_all("-", DYAD_IN_JSONL, ids, sizeof ids, &err);
        CHECK(n == 2 && strcmp(ids, "g1;g2;") == 0, "gzip JSONL from stdin (%s)", ids);
    }

    /* empty files */
    write_file(tpath("empty"), "", 0);
    CHECK(read_all(tpath("empty"), DYAD_IN_JSONL, ids, sizeof ids, &err) == 0, "empty JSONL file");
    CHECK(read_all(tpath("empty"), DYAD_IN_CONLLU, ids, sizeof ids, &err) == 0, "empty CoNLL-U file");
    CHECK(read_all(tpath("empty"), DYAD_IN_PETRXML, ids, sizeof ids, &err) == 1 &&
              err.code == DYAD_EFORMAT,
          "empty XML file is bad XML: %s", err.msg);
    n = read_all(tpath("empty"), DYAD_IN_TEXT, ids, sizeof ids, &err);
    CHECK(n == 1, "empty text file is one empty document");
    CHECK(read_all(tpath("does-not-exist"), DYAD_IN_JSONL, ids, sizeof ids, &err) == -1 &&
              err.code == DYAD_ENOTFOUND && strstr(err.msg, "does-not-exist"),
          "missing file: %s", err.msg);

    /* a 10 MB line goes through */
    size_t tl = (size_t)10 << 20;
    char *line = malloc(tl + 64);
    if (line) {
        size_t k = (size_t)snprintf(line, 64, "{\"id\":\"big\",\"text\":\"");
        memset(line + k, 'a', tl);
        k += tl;
        memcpy(line + k, "\"}\n", 3);
        write_file(tpath("big.jsonl"), line, k + 3);
        free(line);
        dyad_reader *r;
        dyad_doc d;
        dyad_doc_init(&d);
        dyad_reader_open(&r, tpath("big.jsonl"), DYAD_IN_JSONL, &err);
        int rc = dyad_reader_next(r, &d, &err);
        CHECK(rc == 1 && d.text_len == tl, "10 MB line read (%zu bytes)", d.text_len);
        dyad_reader_close(r);
        dyad_doc_free(&d);
    }

    /* the line cap: an over-long line is rejected, the next one read */
    const char capped[] = "short\n0123456789012345678901234567890123456789\nafter\nlast-no-newline";
    write_file(tpath("cap.txt"), capped, sizeof capped - 1);
    dyad_input *in;
    if (dyad_input_open(&in, tpath("cap.txt"), &err) == DYAD_OK) {
        dyad_input_set_max_line(in, 16);
        const char *l;
        size_t ll;
        int rc = dyad_input_getline(in, &l, &ll, &err);
        CHECK(rc == 1 && ll == 5, "short line");
        rc = dyad_input_getline(in, &l, &ll, &err);
        CHECK(rc == DYAD_EFORMAT && strstr(err.msg, ":2:") && strstr(err.msg, "limit"),
              "over-long line rejected: %s", err.msg);
        rc = dyad_input_getline(in, &l, &ll, &err);
        CHECK(rc == 1 && strcmp(l, "after") == 0 && dyad_input_lineno(in) == 3,
              "line after the long one");
        rc = dyad_input_getline(in, &l, &ll, &err);
        CHECK(rc == 1 && strcmp(l, "last-no-newline") == 0, "last line without newline");
        rc = dyad_input_getline(in, &l, &ll, &err);
        CHECK(rc == 0, "end");
        dyad_input_close(in);
    }
    const char crlf[] = "a\r\nb\r\n";
    write_file(tpath("crlf"), crlf, sizeof crlf - 1);
    if (dyad_input_open(&in, tpath("crlf"), &err) == DYAD_OK) {
        const char *l;
        size_t ll;
        int rc = dyad_input_getline(in, &l, &ll, &err);
        CHECK(rc == 1 && ll == 1 && l[0] == 'a', "CRLF stripped");
        dyad_input_close(in);
    }
}

static void test_text(void)
{
    dyad_err err;
    dyad_reader *r;
    dyad_doc d;
    const char t[] = "\xEF\xBB\xBF" "First paragraph.\n\nSecond one.\n";
    write_gz(tpath("story.txt.gz"), t, sizeof t - 1);
    dyad_doc_init(&d);
    if (dyad_reader_open(&r, tpath("story.txt.gz"), DYAD_IN_TEXT, &err) == DYAD_OK) {
        dyad_reader_set_default_date(r, "2001-09-10", &err);
        int rc = dyad_reader_next(r, &d, &err);
        CHECK(rc == 1, "text document read");
        CHECK_STR(d.text, "First paragraph.\n\nSecond one.\n", "whole file, BOM dropped");
        CHECK_STR(d.id, tpath("story.txt.gz"), "id is the file name");
        CHECK_STR(d.date, "2001-09-10", "date from the setter");
        CHECK(dyad_reader_next(r, &d, &err) == 0, "one document only");
        dyad_reader_close(r);
    }
    const char bad[] = "fine \xC3\x28 text";
    write_file(tpath("bad.txt"), bad, sizeof bad - 1);
    dyad_reader_open(&r, tpath("bad.txt"), DYAD_IN_TEXT, &err);
    int rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && strcmp(d.text, "fine \xEF\xBF\xBD( text") == 0 && d.warning &&
              strstr(d.warning, "invalid UTF-8: 1 byte replaced by U+FFFD (the first at byte 6)"),
          "bad text repaired: %s", d.warning ? d.warning : "(no warning)");
    dyad_reader_close(r);
    dyad_doc_free(&d);
}

static void test_petrxml(void)
{
    dyad_err err;
    dyad_reader *r;
    dyad_doc d;
    dyad_doc_init(&d);
    const char *path = "tests/data/io/petr.xml";
    if (dyad_reader_open(&r, path, DYAD_IN_PETRXML, &err) != DYAD_OK) {
        CHECK(0, "open %s", path);
        return;
    }
    int rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1, "first sentence");
    CHECK_STR(d.id, "T-01", "id");
    CHECK_STR(d.date, "1995-01-01", "date with spaces around '=' normalised");
    CHECK_STR(d.category, "DEMO", "category");
    CHECK_STR(d.text, "Arnor restores ties with Gondor & friends.", "text collapsed and trimmed");
    CHECK(d.line == 11, "line of <Sentence> (%ld)", d.line);
    CHECK(d.nexpected == 2 && strcmp(d.expected[0].source, "ARN") == 0 &&
              strcmp(d.expected[0].target, "GON") == 0 && strcmp(d.expected[0].code, "064") == 0 &&
              strcmp(d.expected[1].source, "GON") == 0,
          "expected events");
    CHECK(!d.expect_none && !d.expect_error, "no noevents/error");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && d.expect_none && d.nexpected == 0, "noevents record");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == DYAD_EFORMAT && strstr(err.msg, "petr.xml:24") && strstr(err.msg, "T-03") &&
              strstr(err.msg, "impossible date"),
          "impossible date rejected: %s", err.msg);
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && d.expect_error && strcmp(d.expect_error, "no actor") == 0 && d.date[0] == 0,
          "error record without date");
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == 1 && strcmp(d.id, "tests/data/io/petr.xml:31") == 0, "missing id → FILE:LINE (%s)",
          d.id);
    rc = dyad_reader_next(r, &d, &err);
    CHECK(rc == DYAD_EFORMAT && strstr(err.msg, "no <Text>"), "record without text: %s", err.msg);
    CHECK(dyad_reader_next(r, &d, &err) == 0, "end of petr.xml");
    dyad_reader_close(r);

    dyad_petrxml_env env;
    rc = dyad_petrxml_environment(path, &env, &err);
    CHECK(rc == DYAD_OK && strcmp(env.verbs, "verbs.txt") == 0 &&
              strcmp(env.actors, "actors.txt") == 0 && strcmp(env.agents, "agents.txt") == 0 &&
              strcmp(env.discards, "discards.txt") == 0 && strcmp(env.issues, "issues.txt") == 0,
          "environment file names");
    const char noenv[] = "<Sentences></Sentences>";
    write_file(tpath("noenv.xml"), noenv, sizeof noenv - 1);
    CHECK(dyad_petrxml_environment(tpath("noenv.xml"), &env, &err) == DYAD_ENOTFOUND,
          "no environment: %s", err.msg);

    /* malformed XML: records before the error come out, then the error with its line */
    const char bad[] = "<S>\n<Sentence id=\"x1\"><Text>fine</Text></Sentence>\n<Sentence id=\"x2\">"
                       "<Text>broken</Sentence>\n</S>";
    write_file(tpath("bad.xml"), bad, sizeof bad - 1);
    char ids[256];
    int n = read_all(tpath("bad.xml"), DYAD_IN_PETRXML, ids, sizeof ids, &err);
    CHECK(n == 2 && strcmp(ids, "x1;ERR;") == 0 && strstr(err.msg, "bad.xml:3") &&
              strstr(err.msg, "bad XML"),
          "malformed XML: %s (%s)", err.msg, ids);
    char deep[4000];
    size_t k = 0;
    for (int i = 0; i < 300; i++)
        k += (size_t)snprintf(deep + k, sizeof deep - k, "<a>");
    write_file(tpath("deep.xml"), deep, k);
    n = read_all(tpath("deep.xml"), DYAD_IN_PETRXML, ids, sizeof ids, &err);
    CHECK(n == 1 && strstr(err.msg, "too deeply"), "deep nesting refused: %s", err.msg);
    const char ent[] = "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><x>&b;</x>";
    write_file(tpath("ent.xml"), ent, sizeof ent - 1);
    n = read_all(tpath("ent.xml"), DYAD_IN_PETRXML, ids, sizeof ids, &err);
    CHECK(n == 1 && strstr(err.msg, "entity"), "entity declarations refused: %s", err.msg);

    const char *shared = check_shared_dir();
    if (!shared) {
        CHECK_SKIP("PETRARCH unit-test records: no shared data");
    } else {
        char p[4096];
        snprintf(p, sizeof p, "%.3000s/petrarch2/text/PETR.UnitTest.records.xml", shared);
        long recs = 0, rejected = 0, with_expect = 0, none = 0, errs = 0, dated = 0;
        if (dyad_reader_open(&r, p, DYAD_IN_PETRXML, &err) == DYAD_OK) {
            while ((rc = dyad_reader_next(r, &d, &err)) != 0) {
                if (rc < 0) {
                    rejected++;
                    printf("#   %s\n", err.msg);
                    continue;
                }
                recs++;
                with_expect += d.nexpected > 0;
                none += d.expect_none;
                errs += d.expect_error != NULL;
                dated += strlen(d.date) == 10;
            }
            dyad_reader_close(r);
            CHECK(recs == 284 && rejected == 0,
                  "PETRARCH unit tests: %ld records (%ld with events, %ld noevents, %ld error, "
                  "%ld dated), %ld rejected",
                  recs, with_expect, none, errs, dated, rejected);
            rc = dyad_petrxml_environment(p, &env, &err);
            CHECK(rc == DYAD_OK && strcmp(env.verbs, "PETR.Validate.verbs.txt") == 0 &&
                      strcmp(env.discards, "PETR.Validate.discards.txt") == 0 && env.issues[0] == 0,
                  "PETRARCH unit-test environment");
        } else {
            CHECK_SKIP("PETRARCH unit-test records: %s", err.msg);
        }
    }
    dyad_doc_free(&d);
}

/* Fails the Nth allocation for N = 1, 2, ... while reading a file: every run must end cleanly
 * (ASan checks for leaks and bad accesses) and report DYAD_ENOMEM somewhere. */
static void oom_sweep(const char *path, dyad_input_format fmt, const char *name)
{
    int full = -1, oom_runs = 0, bad = 0;
    for (long nth = 1; nth < 400 && full < 0; nth++) {
        dyad_reader *r = NULL;
        dyad_err err;
        dyad_doc d;
        dyad_doc_init(&d);
        dyad_alloc_fail_after(nth);
        int rc = dyad_reader_open(&r, path, fmt, &err), saw_oom = rc == DYAD_ENOMEM, steps = 0;
        if (rc == DYAD_OK) {
            while ((rc = dyad_reader_next(r, &d, &err)) != 0 && steps++ < 1000) {
                if (rc == DYAD_ENOMEM)
                    saw_oom = 1;
                if (rc == DYAD_ENOMEM || rc == DYAD_EIO)
                    break;
            }
            if (rc == 0 && !saw_oom)
                full = (int)nth;
        } else if (rc != DYAD_ENOMEM) {
            bad++;
        }
        dyad_alloc_fail_after(0);
        oom_runs += saw_oom;
        dyad_reader_close(r);
        dyad_doc_free(&d);
    }
    CHECK(full > 0 && oom_runs > 0 && bad == 0,
          "%s: failing allocation 1..%d each reported as out of memory (%d runs), then read fully",
          name, full - 1, oom_runs);
}

static void test_formats(void)
{
    CHECK(dyad_input_format_parse("jsonl") == DYAD_IN_JSONL &&
              dyad_input_format_parse("text") == DYAD_IN_TEXT &&
              dyad_input_format_parse("petrxml") == DYAD_IN_PETRXML &&
              dyad_input_format_parse("conllu") == DYAD_IN_CONLLU &&
              dyad_input_format_parse("csv") == DYAD_IN_CSV &&
              dyad_input_format_parse("tsv") == -1 && dyad_input_format_parse(NULL) == -1,
          "format names");
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        CHECK(0, "mkdtemp");
        CHECK_EXIT();
    }
    test_formats();
    test_jsonl();
    test_gzip_and_limits();
    test_text();
    test_petrxml();
    oom_sweep("tests/data/io/records.jsonl", DYAD_IN_JSONL, "JSONL");
    oom_sweep("tests/data/io/petr.xml", DYAD_IN_PETRXML, "PETRARCH XML");
    oom_sweep("tests/data/io/docs.conllu", DYAD_IN_CONLLU, "CoNLL-U");
    oom_sweep("tests/data/io/petr.xml", DYAD_IN_TEXT, "text");
    const char *names[] = {"bin.jsonl", "dd.jsonl", "url.jsonl", "r.jsonl.gz", "full.gz", "trunc.jsonl.gz",
                           "empty", "bom.jsonl", "latin.xml", "big.jsonl", "cap.txt", "crlf", "story.txt.gz", "bad.txt",
                           "noenv.xml", "bad.xml", "deep.xml", "ent.xml"};
    for (size_t i = 0; i < DYAD_ARRAY_LEN(names); i++)
        unlink(tpath(names[i]));
    rmdir(tmpdir);
    CHECK_EXIT();
}
