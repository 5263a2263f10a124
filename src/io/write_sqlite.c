/* write_sqlite.c — the SQLite event store: articles, sentences and events, re-runs replace.
 *
 * Schema (also in SCHEMA below, applied with IF NOT EXISTS):
 *   articles(id TEXT PRIMARY KEY, date TEXT, source TEXT, text TEXT, n_sentences INTEGER,
 *            n_events INTEGER, status TEXT)
 *            status: "coded", "no-events", or what the caller gives ("discarded")
 *   sentences(article_id TEXT, idx INTEGER, text TEXT, PRIMARY KEY(article_id, idx))
 *   events(article_id, sent_idx, ev_idx, date, source, source_root, source_agent, target,
 *          target_root, target_agent, code, root, quad, goldstein, plover, issues,
 *          evidence (JSON text, as the JSONL "evidence" object),
 *          lat, lon (REAL), location_name, admin1, country_code (ISO alpha-3), geonames_id,
 *          location_how ("sentence", "dateline", "article"): where it happened, NULL when
 *          the event was not placed (a database made before these columns gets them added),
 *          PRIMARY KEY(article_id, sent_idx, ev_idx))   ev_idx: index in the article's list
 *   indexes: events(date), events(source, target), events(code).
 * Writing an article deletes its old rows first, so re-running the same input replaces and
 * never duplicates. Documents go in batches, one transaction each, committed after
 * batch_docs articles or commit_ms milliseconds, whichever comes first (1,000 and 1 s by
 * default): an interrupted run loses at most that much, and another writer waits at most
 * about that long for the lock. Each article is inside a savepoint, so a failed article
 * leaves no rows. The journal is WAL. */
#include "io/write_sqlite.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "base/alloc.h"

static const char SCHEMA[] =
    "CREATE TABLE IF NOT EXISTS articles(id TEXT PRIMARY KEY, date TEXT, source TEXT, text TEXT,"
    " n_sentences INTEGER, n_events INTEGER, status TEXT);\n"
    "CREATE TABLE IF NOT EXISTS sentences(article_id TEXT NOT NULL, idx INTEGER NOT NULL,"
    " text TEXT, PRIMARY KEY(article_id, idx));\n"
    "CREATE TABLE IF NOT EXISTS events(article_id TEXT NOT NULL, sent_idx INTEGER NOT NULL,"
    " ev_idx INTEGER NOT NULL, date TEXT, source TEXT, source_root TEXT, source_agent TEXT,"
    " target TEXT, target_root TEXT, target_agent TEXT, code TEXT, root TEXT, quad INTEGER,"
    " goldstein REAL, plover TEXT, issues TEXT, evidence TEXT, lat REAL, lon REAL,"
    " location_name TEXT, admin1 TEXT, country_code TEXT, geonames_id INTEGER,"
    " location_how TEXT, PRIMARY KEY(article_id, sent_idx, ev_idx));\n"
    "CREATE INDEX IF NOT EXISTS events_date ON events(date);\n"
    "CREATE INDEX IF NOT EXISTS events_dyad ON events(source, target);\n"
    "CREATE INDEX IF NOT EXISTS events_code ON events(code);\n";

/* The location columns, added to an events table made before them. */
static const char *const LOCATION_COLUMNS[] = {
    "lat REAL", "lon REAL", "location_name TEXT", "admin1 TEXT", "country_code TEXT",
    "geonames_id INTEGER", "location_how TEXT"};

enum { ST_DEL_ART, ST_DEL_SENT, ST_DEL_EV, ST_INS_ART, ST_INS_SENT, ST_INS_EV, ST_COUNT };

static const char *const STMT_SQL[ST_COUNT] = {
    "DELETE FROM articles WHERE id=?1",
    "DELETE FROM sentences WHERE article_id=?1",
    "DELETE FROM events WHERE article_id=?1",
    "INSERT INTO articles(id,date,source,text,n_sentences,n_events,status)"
    " VALUES(?1,?2,?3,?4,?5,?6,?7)",
    "INSERT INTO sentences(article_id,idx,text) VALUES(?1,?2,?3)",
    "INSERT INTO events(article_id,sent_idx,ev_idx,date,source,source_root,source_agent,target,"
    "target_root,target_agent,code,root,quad,goldstein,plover,issues,evidence,lat,lon,"
    "location_name,admin1,country_code,geonames_id,location_how)"
    " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21,?22,"
    "?23,?24)",
};

struct dyad_sqlite_store {
    sqlite3 *db;
    char *path;
    sqlite3_stmt *st[ST_COUNT];
    int batch_docs, in_batch;
    long commit_ms;       /* commit a batch this old even when it is not full */
    uint64_t tx_start_ms; /* when the open transaction began */
    bool in_tx;
    dyad_strbuf sb;
};

const char *dyad_sqlite_schema(void) { return SCHEMA; }

static uint64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}

static int db_fail(dyad_sqlite_store *s, dyad_err *err, const char *what)
{
    return dyad_err_set(err, DYAD_EIO, "%s: SQLite %s failed: %s", s->path, what,
                        s->db ? sqlite3_errmsg(s->db) : "cannot open");
}

static int exec(dyad_sqlite_store *s, const char *sql, dyad_err *err)
{
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return db_fail(s, err, sql);
    return DYAD_OK;
}

void dyad_sqlite_close(dyad_sqlite_store *s)
{
    if (!s)
        return;
    if (s->in_tx)
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(s->st[i]);
    sqlite3_close(s->db);
    dyad_sb_free(&s->sb);
    dyad_free(s->path);
    dyad_free(s);
}

/* Adds the location columns an older events table lacks (PRAGMA table_info tells). */
static int add_location_columns(dyad_sqlite_store *s, dyad_err *err)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM pragma_table_info('events') WHERE name='lat'",
                           -1, &st, NULL) != SQLITE_OK)
        return db_fail(s, err, "read the schema");
    bool has = sqlite3_step(st) == SQLITE_ROW;
    sqlite3_finalize(st);
    char sql[128];
    for (size_t i = 0; !has && i < DYAD_ARRAY_LEN(LOCATION_COLUMNS); i++) {
        snprintf(sql, sizeof sql, "ALTER TABLE events ADD COLUMN %s", LOCATION_COLUMNS[i]);
        int rc = exec(s, sql, err);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

int dyad_sqlite_open(dyad_sqlite_store **out, const char *path, int batch_docs, long commit_ms,
                     dyad_err *err)
{
    *out = NULL;
    dyad_sqlite_store *s = dyad_calloc(1, sizeof *s);
    if (!s || !(s->path = dyad_strdup(path))) {
        dyad_free(s);
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    }
    s->batch_docs = batch_docs > 0 ? batch_docs : 1000;
    s->commit_ms = commit_ms > 0 ? commit_ms : 1000;
    int rc = DYAD_OK;
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        rc = db_fail(s, err, "open");
        goto fail;
    }
    sqlite3_busy_timeout(s->db, 5000);
    if ((rc = exec(s, "PRAGMA journal_mode=WAL", err)) != DYAD_OK ||
        (rc = exec(s, "PRAGMA synchronous=NORMAL", err)) != DYAD_OK ||
        (rc = exec(s, SCHEMA, err)) != DYAD_OK || (rc = add_location_columns(s, err)) != DYAD_OK)
        goto fail;
    for (int i = 0; i < ST_COUNT; i++) {
        if (sqlite3_prepare_v2(s->db, STMT_SQL[i], -1, &s->st[i], NULL) != SQLITE_OK) {
            rc = db_fail(s, err, "prepare (is this a dyad database?)");
            goto fail;
        }
    }
    *out = s;
    return DYAD_OK;
fail:
    dyad_sqlite_close(s);
    return rc;
}

static void bind_str(sqlite3_stmt *st, int i, const char *v)
{
    sqlite3_bind_text(st, i, v ? v : "", -1, SQLITE_STATIC);
}

/* Steps a fully bound statement once and resets it. */
static int step(dyad_sqlite_store *s, int which, dyad_err *err, const char *id)
{
    sqlite3_stmt *st = s->st[which];
    int r = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (r != SQLITE_DONE)
        return dyad_err_set(err, DYAD_EIO, "%s: SQLite write of article '%s' failed: %s",
                            s->path, id, sqlite3_errmsg(s->db));
    return DYAD_OK;
}

static int insert_events(dyad_sqlite_store *s, const dyad_doc *doc, const dyad_event_list *ev,
                         dyad_err *err)
{
    for (int32_t i = 0; ev && i < ev->n; i++) {
        const dyad_event *e = &ev->ev[i];
        sqlite3_stmt *st = s->st[ST_INS_EV];
        dyad_sb_clear(&s->sb);
        dyad_render_evidence(&s->sb, e);
        if (s->sb.failed)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        bind_str(st, 1, doc->id);
        sqlite3_bind_int(st, 2, e->sent);
        sqlite3_bind_int(st, 3, i);
        bind_str(st, 4, doc->date);
        bind_str(st, 5, e->source.code);
        bind_str(st, 6, e->source.root);
        bind_str(st, 7, e->source.agent);
        bind_str(st, 8, e->target.code);
        bind_str(st, 9, e->target.root);
        bind_str(st, 10, e->target.agent);
        bind_str(st, 11, e->code);
        bind_str(st, 12, e->root);
        sqlite3_bind_int(st, 13, e->quad);
        sqlite3_bind_double(st, 14, e->goldstein);
        bind_str(st, 15, e->plover);
        bind_str(st, 16, e->issues);
        sqlite3_bind_text(st, 17, s->sb.data ? s->sb.data : "{}", -1, SQLITE_STATIC);
        if (e->loc) { /* unbound parameters stay NULL */
            sqlite3_bind_double(st, 18, e->loc->lat);
            sqlite3_bind_double(st, 19, e->loc->lon);
            bind_str(st, 20, e->loc->name);
            bind_str(st, 21, e->loc->admin1);
            bind_str(st, 22, e->loc->country);
            if (e->loc->geonames_id)
                sqlite3_bind_int64(st, 23, e->loc->geonames_id);
            bind_str(st, 24, e->loc->how);
        }
        int rc = step(s, ST_INS_EV, err, doc->id);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

/* The rows of one article (its old rows deleted first). */
static int doc_rows(dyad_sqlite_store *s, const dyad_doc *doc, const dyad_event_list *ev,
                    const char *status, dyad_err *err)
{
    int rc;
    const char *id = doc->id ? doc->id : "";
    for (int w = ST_DEL_ART; w <= ST_DEL_EV; w++) {
        bind_str(s->st[w], 1, id);
        if ((rc = step(s, w, err, id)) != DYAD_OK)
            return rc;
    }
    int32_t nev = ev ? ev->n : 0;
    sqlite3_stmt *st = s->st[ST_INS_ART];
    bind_str(st, 1, id);
    bind_str(st, 2, doc->date);
    bind_str(st, 3, doc->source);
    if (doc->text)
        sqlite3_bind_text(st, 4, doc->text, (int)doc->text_len, SQLITE_STATIC);
    else
        sqlite3_bind_text(st, 4, "", 0, SQLITE_STATIC);
    sqlite3_bind_int(st, 5, doc->nsent);
    sqlite3_bind_int(st, 6, nev);
    bind_str(st, 7, status ? status : nev > 0 ? "coded" : "no-events");
    if ((rc = step(s, ST_INS_ART, err, id)) != DYAD_OK)
        return rc;
    for (int32_t i = 0; i < doc->nsent; i++) {
        st = s->st[ST_INS_SENT];
        bind_str(st, 1, id);
        sqlite3_bind_int(st, 2, i);
        bind_str(st, 3, doc->sent[i].text);
        if ((rc = step(s, ST_INS_SENT, err, id)) != DYAD_OK)
            return rc;
    }
    return insert_events(s, doc, ev, err);
}

int dyad_sqlite_doc(dyad_sqlite_store *s, const dyad_doc *doc, const dyad_event_list *ev,
                    const char *status, dyad_err *err)
{
    int rc;
    if (!s->in_tx) {
        if ((rc = exec(s, "BEGIN IMMEDIATE", err)) != DYAD_OK)
            return rc;
        s->in_tx = true;
        s->tx_start_ms = now_ms();
    }
    /* A savepoint per article: an article whose rows fail half-way leaves none of them, even
     * if the caller goes on and commits the batch. */
    if ((rc = exec(s, "SAVEPOINT article", err)) != DYAD_OK)
        return rc;
    rc = doc_rows(s, doc, ev, status, err);
    if (rc != DYAD_OK) {
        sqlite3_exec(s->db, "ROLLBACK TO article", NULL, NULL, NULL);
        sqlite3_exec(s->db, "RELEASE article", NULL, NULL, NULL);
        return rc;
    }
    if ((rc = exec(s, "RELEASE article", err)) != DYAD_OK)
        return rc;
    if (++s->in_batch >= s->batch_docs || now_ms() - s->tx_start_ms >= (uint64_t)s->commit_ms)
        return dyad_sqlite_commit(s, err);
    return DYAD_OK;
}

int dyad_sqlite_commit(dyad_sqlite_store *s, dyad_err *err)
{
    s->in_batch = 0;
    if (!s->in_tx)
        return DYAD_OK;
    s->in_tx = false;
    if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        int rc = db_fail(s, err, "COMMIT");
        sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
        return rc;
    }
    return DYAD_OK;
}

int dyad_sqlite_stored_ids(const char *path, dyad_intern *ids, dyad_err *err)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *st = NULL;
    int rc = DYAD_OK;
    /* no database yet: nothing is stored */
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        sqlite3_close(db);
        return DYAD_OK;
    }
    sqlite3_busy_timeout(db, 5000);
    if (sqlite3_prepare_v2(db, "SELECT id FROM articles", -1, &st, NULL) != SQLITE_OK) {
        rc = dyad_err_set(err, DYAD_EIO, "%s: SQLite cannot list its articles (is this a dyad "
                          "database?): %s", path, sqlite3_errmsg(db));
        goto done;
    }
    int r;
    while ((r = sqlite3_step(st)) == SQLITE_ROW) {
        const char *id = (const char *)sqlite3_column_text(st, 0);
        int n = sqlite3_column_bytes(st, 0);
        if (id && dyad_intern_add(ids, id, (size_t)n) < 0) {
            rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory listing the articles of %s", path);
            goto done;
        }
    }
    if (r != SQLITE_DONE)
        rc = dyad_err_set(err, DYAD_EIO, "%s: SQLite read failed: %s", path, sqlite3_errmsg(db));
done:
    sqlite3_finalize(st);
    sqlite3_close(db);
    return rc;
}
