/* test_writer.c — TSV/JSONL record layout, JSON escaping, SQLite replace-on-rerun and rollback. */
#include "check.h"

#include <sqlite3.h>
#include <unistd.h>

#include "base/strbuf.h"
#include "io/writer.h"

static dyad_event make_event(const char *src, const char *tgt, const char *code, int quad,
                             double g)
{
    dyad_event e = {0};
    e.sent = 0;
    e.source = (dyad_actor){src, "RUS", "GOV", "Lavrov", 0, 6, "LAVROV (x:1)"};
    e.target = (dyad_actor){tgt, tgt, "", "Kyiv", 15, 19, "KYIV (x:2)"};
    e.code = code;
    e.root = "04";
    e.quad = quad;
    e.goldstein = g;
    e.plover = "CONSULT";
    e.verb = "visited";
    e.verb_start = 7;
    e.verb_end = 14;
    e.pattern = "VISIT: * + [042]";
    e.issues = "";
    e.note = "";
    return e;
}

static void setup_doc(dyad_doc *d, dyad_sentence *s, const char *id, const char *text)
{
    memset(d, 0, sizeof *d);
    memset(s, 0, sizeof *s);
    d->id = id;
    d->date = "2024-01-02";
    d->source = "Wire";
    d->text = text;
    d->text_len = strlen(text);
    s->text = text;
    s->start = 0;
    s->end = (uint32_t)d->text_len;
    d->sent = s;
    d->nsent = 1;
}

static long count(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    long n = -1;
    st = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

static void test_text(void)
{
    dyad_doc d;
    dyad_sentence s;
    setup_doc(&d, &s, "a1", "Lavrov visited Kyiv.");
    dyad_event e = make_event("RUSGOV", "UKR", "042", 1, 1.9);
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    dyad_render_tsv_at(&sb, &d, &e, 0);
    CHECK_STR(sb.data,
              "a1-0\t20240102\t2024\t01\t02\tRUSGOV\tRUS\tGOV\t\tUKR\tUKR\t\t\t042\t04\t1\t1.9\t"
              "\t\t\t\t\t\ta1_1\t\tWire\tCONSULT\t0\tLavrov\tvisited\tKyiv\n",
              "TSV record, Phoenix column order + dyad columns");
    int tabs = 0;
    for (size_t i = 0; i < sb.len; i++)
        tabs += sb.data[i] == '\t';
    dyad_strbuf hb = DYAD_STRBUF_INIT;
    dyad_render_tsv_header(&hb);
    int htabs = 0;
    for (size_t i = 0; i < hb.len; i++)
        htabs += hb.data[i] == '\t';
    CHECK(tabs == htabs && tabs == 30, "TSV header and record have 31 columns (%d, %d tabs)",
          htabs, tabs);
    CHECK(strncmp(hb.data, "EventID\tDate\tYear", 17) == 0, "TSV header starts with EventID");
    dyad_sb_clear(&sb);
    dyad_render_jsonl_at(&sb, &d, &e, 0);
    CHECK_STR(sb.data,
              "{\"id\":\"a1-0\",\"doc\":\"a1\",\"date\":\"2024-01-02\",\"sent\":0,"
              "\"text\":\"Lavrov visited Kyiv.\",\"source\":\"RUSGOV\",\"source_root\":\"RUS\","
              "\"source_agent\":\"GOV\",\"source_label\":\"Lavrov\",\"target\":\"UKR\","
              "\"target_root\":\"UKR\",\"target_agent\":\"\",\"target_label\":\"Kyiv\",\"code\":\"042\",\"root\":\"04\",\"quad\":1,"
              "\"goldstein\":1.9,\"plover\":\"CONSULT\",\"issues\":\"\",\"source_name\":\"Wire\","
              "\"evidence\":{\"source\":{\"text\":\"Lavrov\",\"start\":0,\"end\":6,"
              "\"entry\":\"LAVROV (x:1)\"},\"verb\":{\"text\":\"visited\",\"start\":7,\"end\":14,"
              "\"pattern\":\"VISIT: * + [042]\"},\"target\":{\"text\":\"Kyiv\",\"start\":15,"
              "\"end\":19,\"entry\":\"KYIV (x:2)\"},\"note\":\"\"},\"location\":null}\n",
              "JSONL record");
    /* escaping: quotes, backslash, control characters, tab in TSV cells, meta pass-through */
    setup_doc(&d, &s, "q\"1", "He said \"no\"\\\tthen\n left.");
    d.extra = "\"url\":\"http://x.org/a\",\"n\":3";
    d.url = "http://x.org/a";
    d.url_len = strlen(d.url);
    e.source.text = "a\tb";
    dyad_sb_clear(&sb);
    dyad_render_jsonl_at(&sb, &d, &e, 2);
    CHECK(strstr(sb.data, "\"id\":\"q\\\"1-2\"") != NULL, "JSON escapes a quote in the id");
    CHECK(strstr(sb.data, "\"text\":\"He said \\\"no\\\"\\\\\\tthen\\n left.\"") != NULL,
          "JSON escapes quote, backslash, tab, newline");
    CHECK(strstr(sb.data, ",\"meta\":{\"url\":\"http://x.org/a\",\"n\":3}}\n") != NULL,
          "unknown input fields pass through under meta");
    CHECK(strchr(sb.data, '\n') == sb.data + sb.len - 1, "one JSONL record is one line");
    dyad_sb_clear(&sb);
    dyad_render_tsv_at(&sb, &d, &e, 2);
    CHECK(strstr(sb.data, "\ta b\t") != NULL && strstr(sb.data, "\thttp://x.org/a\t") != NULL,
          "TSV replaces tabs in cells and takes URLs from the url field");
    e.goldstein = -10.0;
    dyad_sb_clear(&sb);
    dyad_render_jsonl_at(&sb, &d, &e, 0);
    CHECK(strstr(sb.data, "\"goldstein\":-10.0,") != NULL, "negative Goldstein as -10.0");
    /* a placed event: TSV columns 19-23 and the JSONL "location" member */
    dyad_location loc = {"Kyiv", "Kyiv City", "UKR", "city", 50.45466, 30.5238, 703448,
                         "sentence", "Kiev", 15, 19};
    e.loc = &loc;
    dyad_sb_clear(&sb);
    dyad_render_tsv_at(&sb, &d, &e, 0);
    CHECK(strstr(sb.data, "\t50.45466\t30.52380\tKyiv\tKyiv City\tUKR\t") != NULL,
          "TSV Lat, Lon, LocationName, StateName, CountryCode of a placed event");
    dyad_sb_clear(&sb);
    dyad_render_jsonl_at(&sb, &d, &e, 0);
    CHECK(strstr(sb.data, ",\"location\":{\"name\":\"Kyiv\",\"lat\":50.45466,\"lon\":30.52380,"
                          "\"admin1\":\"Kyiv City\",\"country\":\"UKR\",\"level\":\"city\","
                          "\"geonames_id\":703448,\"how\":\"sentence\",\"evidence\":{\"text\":"
                          "\"Kiev\",\"start\":15,\"end\":19}}") != NULL,
          "JSONL location of a placed event");
    loc.geonames_id = 0;
    dyad_sb_clear(&sb);
    dyad_render_jsonl_at(&sb, &d, &e, 0);
    CHECK(strstr(sb.data, "\"geonames_id\":null,") != NULL, "no GeoNames id: null");
    e.loc = NULL;
    dyad_sb_free(&sb);
    dyad_sb_free(&hb);
}

static void test_file_writer(void)
{
    char path[] = "/tmp/dyad_test_writer_XXXXXX";
    int fd = mkstemp(path);
    close(fd);
    dyad_err err;
    dyad_writer *w = NULL;
    dyad_writer_opts o = {.header = true};
    int rc = dyad_writer_open_opts(&w, "tsv", path, &o, &err);
    CHECK(rc == DYAD_OK, "open tsv writer");
    dyad_doc d;
    dyad_sentence s;
    setup_doc(&d, &s, "a1", "Lavrov visited Kyiv.");
    dyad_event evs[2] = {make_event("RUSGOV", "UKR", "042", 1, 1.9),
                         make_event("RUS", "UKR", "190", 4, -10)};
    dyad_event_list l = {evs, 2, 2};
    if (rc == DYAD_OK) {
        int r1 = dyad_writer_doc(w, &d, &l, &err);
        CHECK(r1 == DYAD_OK, "write doc");
        int r2 = dyad_writer_finish(w, &err);
        CHECK(r2 == DYAD_OK, "finish");
        dyad_writer_close(w);
    }
    FILE *f = fopen(path, "r");
    char line[1024];
    int n = 0;
    bool ids = true;
    while (f && fgets(line, sizeof line, f)) {
        if (n == 1)
            ids = ids && strncmp(line, "a1-0\t", 5) == 0;
        if (n == 2)
            ids = ids && strncmp(line, "a1-1\t", 5) == 0;
        n++;
    }
    if (f)
        fclose(f);
    CHECK(n == 3 && ids, "header + 2 events with EventIDs a1-0, a1-1 (%d lines)", n);
    unlink(path);
    rc = dyad_writer_open(&w, "xml", "-", &err);
    CHECK(rc == DYAD_EINVAL && strstr(err.msg, "xml"), "unknown format refused: %s", err.msg);
    rc = dyad_writer_open(&w, "tsv", "/nonexistent-dir/x.tsv", &err);
    CHECK(rc == DYAD_EIO, "unwritable path: %s", err.msg);
}

/* Readable actor names: the entry's name, or the matched words; --explain in a JSONL record. */
static void test_labels(void)
{
    struct { const char *entry, *text, *want; } cases[] = {
        {"SERGEY_LAVROV (data/dict/leaders.dict:180) + FOREIGN_MINISTER (agents.dict:13)",
         "Russian Foreign Minister Sergei Lavrov", "Sergey Lavrov"},
        {"STATE_OF_PALESTINE (countries.dict:182) + INSURGENT (agents.dict:24)",
         "Palestinian militants", "State of Palestine"},
        {"UNITED_STATES (countries.dict:247)", "Washington", "United States"},
        {"", "the rebels", "the rebels"},
        {NULL, "Kyiv", "Kyiv"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dyad_actor a = {"X", "X", "", cases[i].text, 0, 1, cases[i].entry};
        dyad_strbuf sb = DYAD_STRBUF_INIT;
        dyad_render_actor_label(&sb, &a);
        CHECK_STR(sb.data ? sb.data : "", cases[i].want, "actor label of '%s'", cases[i].text);
        dyad_sb_free(&sb);
    }
    dyad_doc d;
    dyad_sentence s;
    setup_doc(&d, &s, "a1", "Lavrov visited Kyiv.");
    dyad_event e = make_event("RUSGOV", "UKR", "042", 1, 1.9);
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    dyad_render_jsonl_explained(&sb, &d, &e, 0, "why\t\"this\"\n", 11);
    CHECK(sb.data && strstr(sb.data, "\"note\":\"\"},\"location\":null,\"explain\":\"why\\t\\\"this\\\"\\n\"}\n") &&
              sb.data[sb.len - 1] == '\n' && strchr(sb.data, '\n') == sb.data + sb.len - 1,
          "explained JSONL record: one line ending in an escaped \"explain\" member");
    dyad_sb_free(&sb);
}

static void test_sqlite(void)
{
    char dir[] = "/tmp/dyad_test_db_XXXXXX";
    if (!mkdtemp(dir)) {
        CHECK_SKIP("no temp dir");
        return;
    }
    char path[256];
    snprintf(path, sizeof path, "%s/ev.sqlite", dir);
    dyad_doc d[2];
    dyad_sentence s[2];
    setup_doc(&d[0], &s[0], "a1", "Lavrov visited Kyiv.");
    setup_doc(&d[1], &s[1], "a2", "Troops attacked Kyiv.");
    dyad_event evs[2] = {make_event("RUSGOV", "UKR", "042", 1, 1.9),
                         make_event("RUS", "UKR", "190", 4, -10)};
    dyad_event_list l0 = {evs, 2, 2}, l1 = {evs + 1, 1, 1};
    dyad_err err;
    for (int run = 0; run < 2; run++) {
        dyad_writer *w = NULL;
        int rc = dyad_writer_open(&w, "sqlite", path, &err);
        CHECK(rc == DYAD_OK, "open sqlite run %d %s", run, rc ? err.msg : "");
        if (rc)
            return;
        int r1 = dyad_writer_doc(w, &d[0], &l0, &err);
        int r2 = r1 ? r1 : dyad_writer_doc(w, &d[1], &l1, &err);
        int r3 = r2 ? r2 : dyad_writer_finish(w, &err);
        CHECK(r3 == DYAD_OK, "sqlite two docs written and committed, run %d %s", run,
              r3 ? err.msg : "");
        dyad_writer_close(w);
    }
    sqlite3 *db;
    sqlite3_open(path, &db);
    long na = count(db, "SELECT count(*) FROM articles");
    long ne = count(db, "SELECT count(*) FROM events");
    long ns = count(db, "SELECT count(*) FROM sentences");
    long nj = count(db, "SELECT count(*) FROM events WHERE json_extract(evidence,'$.verb.start')=7");
    long nn = count(db, "SELECT n_events FROM articles WHERE id='a1'");
    CHECK(na == 2, "re-run: 2 articles, not 4 (%ld)", na);
    CHECK(ne == 3, "re-run: 3 events, not 6 (%ld)", ne);
    CHECK(ns == 2, "re-run: 2 sentences (%ld)", ns);
    CHECK(nj == 3, "evidence column is JSON (%ld)", nj);
    CHECK(nn == 2, "n_events stored (%ld)", nn);
    sqlite3_close(db);
    /* status column and list rendering */
    dyad_writer *ws = NULL;
    setup_doc(&d[1], &s[1], "a4", "Discarded story.");
    int q0 = dyad_writer_open(&ws, "sqlite", path, &err);
    int q1 = q0 ? q0 : dyad_writer_doc_status(ws, &d[1], NULL, "discarded", &err);
    int q2 = q1 ? q1 : dyad_writer_finish(ws, &err);
    dyad_writer_close(ws);
    sqlite3_open(path, &db);
    long nd = count(db, "SELECT count(*) FROM articles WHERE id='a4' AND status='discarded'");
    long nc = count(db, "SELECT count(*) FROM articles WHERE status='coded'");
    sqlite3_close(db);
    CHECK(q2 == DYAD_OK && nd == 1 && nc == 2, "articles.status: discarded as given, coded by default");
    dyad_strbuf lb = DYAD_STRBUF_INIT;
    dyad_render_jsonl_list(&lb, &d[0], &l0);
    CHECK(lb.data && strstr(lb.data, "{\"id\":\"a1-0\"") && strstr(lb.data, "\n{\"id\":\"a1-1\""),
          "list renderer numbers events a1-0, a1-1");
    dyad_sb_free(&lb);
    /* an interrupted run (closed without finish) leaves nothing of its batch */
    dyad_writer *w = NULL;
    setup_doc(&d[0], &s[0], "a3", "Lavrov visited Kyiv.");
    if (dyad_writer_open(&w, "sqlite", path, &err) == DYAD_OK) {
        int r1 = dyad_writer_doc(w, &d[0], &l0, &err);
        int r2 = dyad_writer_doc(w, &d[1], NULL, &err);
        CHECK(r1 == DYAD_OK && r2 == DYAD_OK, "write a3, replace a2, then abandon");
        dyad_writer_close(w);
    }
    sqlite3_open(path, &db);
    na = count(db, "SELECT count(*) FROM articles");
    ne = count(db, "SELECT count(*) FROM events");
    CHECK(na == 3 && ne == 3, "abandoned batch rolled back (a3 absent, a2 keeps its event)");
    /* an error in the middle of a batch (a trigger refuses article 'bad'): the batch is
     * rolled back as a whole, the message names the article */
    sqlite3_exec(db, "CREATE TRIGGER refuse BEFORE INSERT ON events WHEN NEW.article_id='bad' "
                     "BEGIN SELECT RAISE(ABORT, 'refused by test'); END", NULL, NULL, NULL);
    sqlite3_close(db);
    setup_doc(&d[0], &s[0], "a6", "Lavrov visited Kyiv.");
    setup_doc(&d[1], &s[1], "bad", "Troops attacked Kyiv.");
    ws = NULL;
    int e0 = dyad_writer_open(&ws, "sqlite", path, &err);
    int e1 = e0 ? e0 : dyad_writer_doc(ws, &d[0], &l0, &err);
    int e2 = e1 ? e1 : dyad_writer_doc(ws, &d[1], &l1, &err);
    bool named = strstr(err.msg, "'bad'") && strstr(err.msg, "refused by test");
    int e3 = ws ? dyad_writer_finish(ws, &err) : DYAD_OK;
    dyad_writer_close(ws);
    CHECK(e1 == DYAD_OK && e2 == DYAD_EIO && named && e3 != DYAD_OK,
          "failed insert: DYAD_EIO naming the article, finish refuses after it");
    sqlite3_open(path, &db);
    na = count(db, "SELECT count(*) FROM articles WHERE id IN ('a6','bad')");
    CHECK(na == 0, "the failed batch left nothing (a6 rolled back with it)");
    /* a batch is committed when it is old enough (commit_ms), not only when it is full: a
     * second connection sees the articles while the writer is still open */
    dyad_writer_opts wo = {.batch_docs = 1000, .commit_ms = 50};
    ws = NULL;
    setup_doc(&d[0], &s[0], "t1", "Lavrov visited Kyiv.");
    setup_doc(&d[1], &s[1], "t2", "Troops attacked Kyiv.");
    int t0 = dyad_writer_open_opts(&ws, "sqlite", path, &wo, &err);
    int t1 = t0 ? t0 : dyad_writer_doc(ws, &d[0], &l0, &err);
    usleep(120 * 1000);
    int t2 = t1 ? t1 : dyad_writer_doc(ws, &d[1], &l1, &err);
    sqlite3 *db2;
    sqlite3_open(path, &db2);
    na = count(db2, "SELECT count(*) FROM articles WHERE id IN ('t1','t2')");
    sqlite3_close(db2);
    CHECK(t2 == DYAD_OK && na == 2, "a batch older than commit_ms is committed (%ld of 2 seen)", na);
    dyad_writer_close(ws);
    /* a failing database: a file that is not SQLite */
    sqlite3_close(db);
    char bad[300];
    snprintf(bad, sizeof bad, "%s/bad.sqlite", dir);
    FILE *f = fopen(bad, "w");
    fputs("this is not a database, just text that is long enough to be a header........\n", f);
    fclose(f);
    int rc = dyad_writer_open(&w, "sqlite", bad, &err);
    CHECK(rc == DYAD_EIO && strstr(err.msg, bad) != NULL, "not a database: %s", err.msg);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    rc = system(cmd);
    CHECK(rc == 0, "cleanup");
}

int main(void)
{
    test_text();
    test_file_writer();
    test_labels();
    test_sqlite();
    CHECK_EXIT();
}
