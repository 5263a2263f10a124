/* event_read.c — parses the JSONL and TSV records of write_jsonl.c / write_tsv.c, and the
 * events table of write_sqlite.c, back into dyad_evrec (see event_read.h). */
#include "io/event_read.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "io/input.h"
#include "io/json.h"

struct dyad_evread {
    dyad_evfmt fmt;
    dyad_input *in;
    sqlite3 *db;
    sqlite3_stmt *st;
    char *path;
    dyad_arena arena; /* per record */
    char *pending; /* first line already read during detection (heap), or NULL */
    size_t pending_len;
    const char *line; /* last record's line */
    size_t line_len;
};

static bool is_sqlite_file(const char *path)
{
    if (strcmp(path, "-") == 0)
        return false;
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char h[16];
    bool yes = fread(h, 1, 16, f) == 16 && memcmp(h, "SQLite format 3", 16) == 0;
    fclose(f);
    return yes;
}

static const char SELECT_SQL[] =
    "SELECT e.article_id, e.date, a.source, e.sent_idx, e.ev_idx, e.source, e.source_root,"
    " e.source_agent, e.target, e.target_root, e.target_agent, e.code, e.root, e.quad,"
    " e.goldstein, e.plover, e.issues, e.lat, e.lon, e.location_name, e.admin1,"
    " e.country_code, e.geonames_id, e.location_how"
    " FROM events e LEFT JOIN articles a ON a.id = e.article_id"
    " ORDER BY e.article_id, e.sent_idx, e.ev_idx";
/* A database written before the location columns. */
static const char SELECT_SQL_OLD[] =
    "SELECT e.article_id, e.date, a.source, e.sent_idx, e.ev_idx, e.source, e.source_root,"
    " e.source_agent, e.target, e.target_root, e.target_agent, e.code, e.root, e.quad,"
    " e.goldstein, e.plover, e.issues"
    " FROM events e LEFT JOIN articles a ON a.id = e.article_id"
    " ORDER BY e.article_id, e.sent_idx, e.ev_idx";

int dyad_evread_open(dyad_evread **out, const char *path, dyad_err *err)
{
    *out = NULL;
    dyad_evread *r = dyad_calloc(1, sizeof *r);
    if (!r || !(r->path = dyad_strdup(path))) {
        dyad_free(r);
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    }
    dyad_arena_init(&r->arena, 0);
    int rc = DYAD_OK;
    if (is_sqlite_file(path)) {
        r->fmt = DYAD_EVFMT_SQLITE;
        if (sqlite3_open_v2(path, &r->db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
            (sqlite3_prepare_v2(r->db, SELECT_SQL, -1, &r->st, NULL) != SQLITE_OK &&
             sqlite3_prepare_v2(r->db, SELECT_SQL_OLD, -1, &r->st, NULL) != SQLITE_OK))
            rc = dyad_err_set(err, DYAD_EFORMAT, "%s: not a dyad event database: %s", path,
                              r->db ? sqlite3_errmsg(r->db) : "cannot open");
    } else if ((rc = dyad_input_open(&r->in, path, err)) == DYAD_OK) {
        /* detect by the first non-blank line */
        const char *line;
        size_t len;
        int g;
        while ((g = dyad_input_getline(r->in, &line, &len, err)) == 1) {
            size_t i = 0;
            while (i < len && (line[i] == ' ' || line[i] == '\t'))
                i++;
            if (i < len)
                break;
        }
        if (g < 0) {
            rc = g;
        } else if (g == 1) {
            r->fmt = line[0] == '{' || (len >= 4 && line[3] == '{') ? DYAD_EVFMT_JSONL
                                                                    : DYAD_EVFMT_TSV;
            r->pending = dyad_strndup(line, len);
            r->pending_len = len;
            if (!r->pending)
                rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        } else {
            r->fmt = DYAD_EVFMT_JSONL; /* empty input: no events */
        }
    }
    if (rc != DYAD_OK) {
        dyad_evread_close(r);
        return rc;
    }
    *out = r;
    return DYAD_OK;
}

dyad_evfmt dyad_evread_format(const dyad_evread *r) { return r->fmt; }

const char *dyad_evread_line(const dyad_evread *r, size_t *len)
{
    *len = r->fmt == DYAD_EVFMT_SQLITE ? 0 : r->line_len;
    return r->fmt == DYAD_EVFMT_SQLITE ? NULL : r->line;
}

void dyad_evread_close(dyad_evread *r)
{
    if (!r)
        return;
    dyad_input_close(r->in);
    sqlite3_finalize(r->st);
    sqlite3_close(r->db);
    dyad_arena_free(&r->arena);
    dyad_free(r->pending);
    dyad_free(r->path);
    dyad_free(r);
}

static void rec_defaults(dyad_evrec *rec)
{
    memset(rec, 0, sizeof *rec);
    rec->doc = rec->date = rec->source_name = rec->text = "";
    rec->ev_idx = -1;
    dyad_event *e = &rec->ev;
    e->source.code = e->source.root = e->source.agent = e->source.text = e->source.entry = "";
    e->target = e->source;
    e->code = e->root = e->plover = e->verb = e->pattern = e->issues = e->note = "";
}

static const char *col(dyad_evread *r, int i)
{
    const unsigned char *t = sqlite3_column_text(r->st, i);
    return dyad_arena_strdup(&r->arena, t ? (const char *)t : "");
}

static int next_sqlite(dyad_evread *r, dyad_evrec *rec, dyad_err *err)
{
    int s = sqlite3_step(r->st);
    if (s == SQLITE_DONE)
        return 0;
    if (s != SQLITE_ROW)
        return dyad_err_set(err, DYAD_EIO, "%s: %s", r->path, sqlite3_errmsg(r->db));
    rec->doc = col(r, 0);
    rec->date = col(r, 1);
    rec->source_name = col(r, 2);
    rec->ev.sent = sqlite3_column_int(r->st, 3);
    rec->ev_idx = sqlite3_column_int(r->st, 4);
    rec->ev.source.code = col(r, 5);
    rec->ev.source.root = col(r, 6);
    rec->ev.source.agent = col(r, 7);
    rec->ev.target.code = col(r, 8);
    rec->ev.target.root = col(r, 9);
    rec->ev.target.agent = col(r, 10);
    rec->ev.code = col(r, 11);
    rec->ev.root = col(r, 12);
    rec->ev.quad = sqlite3_column_int(r->st, 13);
    rec->ev.goldstein = sqlite3_column_double(r->st, 14);
    rec->ev.plover = col(r, 15);
    rec->ev.issues = col(r, 16);
    if (!rec->doc || !rec->date || !rec->source_name || !rec->ev.source.code ||
        !rec->ev.source.root || !rec->ev.source.agent || !rec->ev.target.code ||
        !rec->ev.target.root || !rec->ev.target.agent || !rec->ev.code || !rec->ev.root ||
        !rec->ev.plover || !rec->ev.issues)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    if (sqlite3_column_count(r->st) > 23 && sqlite3_column_type(r->st, 17) != SQLITE_NULL) {
        dyad_location *l = &rec->loc;
        l->lat = sqlite3_column_double(r->st, 17);
        l->lon = sqlite3_column_double(r->st, 18);
        l->name = col(r, 19);
        l->admin1 = col(r, 20);
        l->country = col(r, 21);
        l->geonames_id = (uint32_t)sqlite3_column_int64(r->st, 22);
        l->how = col(r, 23);
        if (!l->name || !l->admin1 || !l->country || !l->how)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        rec->ev.loc = l;
    }
    return 1;
}

/* String member k of o, or "" (numbers give their source text). */
static const char *jstr(const dyad_json *o, const char *k)
{
    const dyad_json *v = dyad_json_get(o, k);
    if (v && (v->type == DYAD_JSON_STRING || v->type == DYAD_JSON_NUMBER))
        return v->str;
    return "";
}

static double jnum(const dyad_json *o, const char *k, double dflt)
{
    const dyad_json *v = dyad_json_get(o, k);
    return v && v->type == DYAD_JSON_NUMBER ? v->num : dflt;
}

static void jactor(const dyad_json *ev, const char *k, dyad_actor *a)
{
    const dyad_json *o = dyad_json_get(ev, k);
    if (!o)
        return;
    a->text = jstr(o, "text");
    a->entry = jstr(o, "entry");
    a->start = (uint32_t)jnum(o, "start", 0);
    a->end = (uint32_t)jnum(o, "end", 0);
}

static int parse_jsonl(dyad_evread *r, const char *line, size_t len, dyad_evrec *rec,
                       dyad_err *err)
{
    dyad_json *o = NULL;
    dyad_err jerr;
    int rc = dyad_json_parse(&r->arena, line, len, DYAD_JSON_MAX_DEPTH, &o, NULL, &jerr);
    if (rc != DYAD_OK)
        return dyad_err_set(err, rc, "%s:%ld: %s", r->path, dyad_input_lineno(r->in), jerr.msg);
    if (o->type != DYAD_JSON_OBJECT)
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: event record is not a JSON object",
                            r->path, dyad_input_lineno(r->in));
    rec->doc = jstr(o, "doc");
    rec->date = jstr(o, "date");
    rec->source_name = jstr(o, "source_name");
    rec->text = jstr(o, "text");
    const char *id = jstr(o, "id");
    const char *dash = strrchr(id, '-');
    if (dash && dash[1] >= '0' && dash[1] <= '9')
        rec->ev_idx = atoi(dash + 1);
    dyad_event *e = &rec->ev;
    e->sent = (int32_t)jnum(o, "sent", 0);
    e->source.code = jstr(o, "source");
    e->source.root = jstr(o, "source_root");
    e->source.agent = jstr(o, "source_agent");
    e->target.code = jstr(o, "target");
    e->target.root = jstr(o, "target_root");
    e->target.agent = jstr(o, "target_agent");
    e->code = jstr(o, "code");
    e->root = jstr(o, "root");
    e->quad = (int)jnum(o, "quad", 0);
    e->goldstein = jnum(o, "goldstein", 0);
    e->plover = jstr(o, "plover");
    e->issues = jstr(o, "issues");
    const dyad_json *evi = dyad_json_get(o, "evidence");
    if (evi) {
        jactor(evi, "source", &e->source);
        jactor(evi, "target", &e->target);
        const dyad_json *v = dyad_json_get(evi, "verb");
        if (v) {
            e->verb = jstr(v, "text");
            e->pattern = jstr(v, "pattern");
            e->verb_start = (uint32_t)jnum(v, "start", 0);
            e->verb_end = (uint32_t)jnum(v, "end", 0);
        }
        e->note = jstr(evi, "note");
        e->via = dyad_json_get(evi, "via") ? jstr(evi, "via") : NULL;
    }
    const dyad_json *loc = dyad_json_get(o, "location");
    if (loc && loc->type == DYAD_JSON_OBJECT) {
        dyad_location *l = &rec->loc;
        l->name = jstr(loc, "name");
        l->lat = jnum(loc, "lat", 0);
        l->lon = jnum(loc, "lon", 0);
        l->admin1 = jstr(loc, "admin1");
        l->country = jstr(loc, "country");
        l->level = jstr(loc, "level");
        l->geonames_id = (uint32_t)jnum(loc, "geonames_id", 0);
        l->how = jstr(loc, "how");
        const dyad_json *le = dyad_json_get(loc, "evidence");
        l->text = le ? jstr(le, "text") : "";
        l->start = le ? (uint32_t)jnum(le, "start", 0) : 0;
        l->end = le ? (uint32_t)jnum(le, "end", 0) : 0;
        e->loc = l;
    }
    const dyad_json *m = dyad_json_get(o, "meta");
    if (m && m->type == DYAD_JSON_OBJECT && m->raw_len >= 2) {
        rec->meta = dyad_arena_strndup(&r->arena, m->raw + 1, m->raw_len - 2);
        if (!rec->meta)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    }
    if (!*rec->doc || !*e->code)
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: event record without doc or code",
                            r->path, dyad_input_lineno(r->in));
    return 1;
}

/* TSV: columns as write_tsv.c; the line is split in place (arena copy). */
static int parse_tsv(dyad_evread *r, const char *line, size_t len, dyad_evrec *rec,
                     dyad_err *err)
{
    char *s = dyad_arena_strndup(&r->arena, line, len);
    if (!s)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    char *c[31];
    int n = 0;
    for (char *p = s; n < 31;) {
        c[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = '\0';
        p = t + 1;
    }
    if (n < 26)
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: TSV event line has %d columns, want 26+",
                            r->path, dyad_input_lineno(r->in), n);
    for (int i = n; i < 31; i++)
        c[i] = "";
    /* EventID: doc id + "-" + index */
    char *dash = strrchr(c[0], '-');
    if (dash) {
        *dash = '\0';
        if (dash[1] >= '0' && dash[1] <= '9')
            rec->ev_idx = atoi(dash + 1);
    }
    rec->doc = c[0];
    if (c[18][0] && c[19][0]) { /* Lat Lon LocationName StateName CountryCode */
        rec->loc.lat = strtod(c[18], NULL);
        rec->loc.lon = strtod(c[19], NULL);
        rec->loc.name = c[20];
        rec->loc.admin1 = c[21];
        rec->loc.country = c[22];
        rec->loc.level = rec->loc.how = rec->loc.text = "";
        rec->ev.loc = &rec->loc;
    }
    if (strlen(c[1]) == 8) { /* YYYYMMDD -> YYYY-MM-DD */
        char *d = dyad_arena_alloc(&r->arena, 11);
        if (!d)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        memcpy(d, c[1], 4);
        d[4] = '-';
        memcpy(d + 5, c[1] + 4, 2);
        d[7] = '-';
        memcpy(d + 8, c[1] + 6, 2);
        d[10] = '\0';
        rec->date = d;
    }
    dyad_event *e = &rec->ev;
    e->source.code = c[5];
    e->source.root = c[6];
    e->source.agent = c[7];
    e->target.code = c[9];
    e->target.root = c[10];
    e->target.agent = c[11];
    e->code = c[13];
    e->root = c[14];
    e->quad = atoi(c[15]);
    e->goldstein = strtod(c[16], NULL); /* written as [-]D.D: no locale-specific separator */
    e->issues = c[17];
    rec->source_name = c[25];
    e->plover = c[26];
    e->sent = *c[27] ? atoi(c[27]) : 0;
    e->source.text = c[28];
    e->verb = c[29];
    e->target.text = c[30];
    if (!*rec->doc || !*e->code)
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: TSV event line without id or code",
                            r->path, dyad_input_lineno(r->in));
    return 1;
}

int dyad_evread_next(dyad_evread *r, dyad_evrec *rec, dyad_err *err)
{
    dyad_arena_reset(&r->arena);
    rec_defaults(rec);
    if (r->fmt == DYAD_EVFMT_SQLITE)
        return next_sqlite(r, rec, err);
    for (;;) {
        const char *line;
        size_t len;
        if (r->pending) {
            /* the detection line: move it into the record arena */
            line = dyad_arena_strndup(&r->arena, r->pending, r->pending_len);
            len = r->pending_len;
            dyad_free(r->pending);
            r->pending = NULL;
            if (!line)
                return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        } else {
            int g = dyad_input_getline(r->in, &line, &len, err);
            if (g <= 0)
                return g;
        }
        size_t i = 0;
        while (i < len && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            i++;
        if (i == len || (len >= 8 && strncmp(line, "EventID\t", 8) == 0))
            continue;
        r->line = line;
        r->line_len = len;
        return r->fmt == DYAD_EVFMT_JSONL ? parse_jsonl(r, line, len, rec, err)
                                          : parse_tsv(r, line, len, rec, err);
    }
}

static const char *dup_s(dyad_arena *a, const char *s, bool *oom)
{
    if (!s)
        return NULL;
    char *c = dyad_arena_strdup(a, s);
    if (!c)
        *oom = true;
    return c;
}

static void copy_actor(dyad_arena *a, dyad_actor *x, bool *oom)
{
    x->code = dup_s(a, x->code, oom);
    x->root = dup_s(a, x->root, oom);
    x->agent = dup_s(a, x->agent, oom);
    x->text = dup_s(a, x->text, oom);
    x->entry = dup_s(a, x->entry, oom);
}

int dyad_evrec_copy(dyad_arena *a, const dyad_evrec *src, dyad_evrec *dst)
{
    bool oom = false;
    *dst = *src;
    dst->doc = dup_s(a, src->doc, &oom);
    dst->date = dup_s(a, src->date, &oom);
    dst->source_name = dup_s(a, src->source_name, &oom);
    dst->text = dup_s(a, src->text, &oom);
    dst->meta = dup_s(a, src->meta, &oom);
    dyad_event *e = &dst->ev;
    copy_actor(a, &e->source, &oom);
    copy_actor(a, &e->target, &oom);
    e->code = dup_s(a, e->code, &oom);
    e->root = dup_s(a, e->root, &oom);
    e->plover = dup_s(a, e->plover, &oom);
    e->verb = dup_s(a, e->verb, &oom);
    e->pattern = dup_s(a, e->pattern, &oom);
    e->issues = dup_s(a, e->issues, &oom);
    e->note = dup_s(a, e->note, &oom);
    if (src->ev.loc) {
        dyad_location *l = &dst->loc;
        l->name = dup_s(a, l->name, &oom);
        l->admin1 = dup_s(a, l->admin1, &oom);
        l->country = dup_s(a, l->country, &oom);
        l->level = dup_s(a, l->level, &oom);
        l->how = dup_s(a, l->how, &oom);
        l->text = dup_s(a, l->text, &oom);
        e->loc = l;
    }
    return oom ? DYAD_ENOMEM : DYAD_OK;
}

int dyad_evrec_doc(const dyad_evrec *recs, int n, dyad_doc *doc, dyad_event_list *list)
{
    list->ev = NULL;
    list->n = list->cap = 0;
    if (n <= 0)
        return DYAD_OK;
    doc->id = recs[0].doc;
    doc->date = recs[0].date;
    doc->source = recs[0].source_name;
    doc->extra = recs[0].meta;
    doc->text = "";
    doc->text_len = 0;
    int32_t nsent = 0;
    for (int i = 0; i < n; i++)
        if (recs[i].ev.sent >= nsent && recs[i].ev.sent < 65536)
            nsent = recs[i].ev.sent + 1;
    for (int32_t s = 0; s < nsent; s++) {
        dyad_sentence *st = dyad_doc_add_sentence(doc);
        if (!st)
            return DYAD_ENOMEM;
        st->text = "";
    }
    for (int i = 0; i < n; i++) {
        int32_t s = recs[i].ev.sent;
        if (s >= 0 && s < nsent && recs[i].text && *recs[i].text)
            doc->sent[s].text = recs[i].text;
    }
    list->ev = dyad_arena_alloc(&doc->arena, (size_t)n * sizeof *list->ev);
    if (!list->ev)
        return DYAD_ENOMEM;
    for (int i = 0; i < n; i++)
        list->ev[i] = recs[i].ev;
    list->n = list->cap = n;
    return DYAD_OK;
}
