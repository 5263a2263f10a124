/* read_jsonl.c — JSON-lines records {"id","date","source","text", ...} into documents. */
#include <stdio.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/utf8.h"
#include "io/json.h"
#include "io/reader_internal.h"

/* A printable id for messages: the record's id when known. */
static void id_part(char *buf, size_t n, const char *id)
{
    if (id && *id)
        snprintf(buf, n, " (id %.80s)", id);
    else
        buf[0] = '\0';
}

static int reject(dyad_reader *r, const char *id, dyad_err *err, const char *why, const char *detail)
{
    char idb[100];
    id_part(idb, sizeof idb, id);
    return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld%s: %s%s", r->file, dyad_input_lineno(r->in),
                        idb, why, detail ? detail : "");
}

/* A hint for the first line of a file that is not JSON but looks like a CSV header (commas,
 * no '{'), else NULL. */
static const char *looks_like_csv(const dyad_reader *r, const char *line, size_t len)
{
    if (dyad_input_lineno(r->in) != 1 || !memchr(line, ',', len) || memchr(line, '{', len))
        return NULL;
    return "; looks like CSV; try --input csv";
}

/* Copies the value of a string or number id into the arena. */
static const char *id_of(const dyad_json *v)
{
    if (!v)
        return NULL;
    if (v->type == DYAD_JSON_STRING || v->type == DYAD_JSON_NUMBER)
        return v->str;
    return NULL;
}

int dyad_read_jsonl(dyad_reader *r, dyad_doc *doc, dyad_err *err)
{
    const char *line;
    size_t len;
    for (;;) {
        int rc = dyad_input_getline(r->in, &line, &len, err);
        if (rc != 1)
            return rc;
        if (dyad_input_lineno(r->in) == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
            line += 3; /* a byte-order mark */
            len -= 3;
        }
        size_t k = 0;
        while (k < len && (line[k] == ' ' || line[k] == '\t'))
            k++;
        if (k < len)
            break;
    }
    doc->line = dyad_input_lineno(r->in);
    /* Invalid UTF-8 is repaired, not rejected: each bad byte becomes U+FFFD and the record
     * says so (doc->warning, set below once the id is known). */
    size_t first_bad = dyad_utf8_first_invalid(line, len), nbad = 0;
    if (first_bad < len) {
        char *fixed = dyad_arena_alloc(&doc->arena, 3 * len + 1);
        if (!fixed)
            return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, doc->line);
        size_t flen = dyad_utf8_repair(line, len, fixed, &nbad);
        if (nbad > 0) { /* else only NUL bytes, which stay errors */
            line = fixed;
            len = flen;
        }
    }
    dyad_json *o;
    size_t off = 0;
    dyad_err jerr;
    dyad_err_clear(&jerr);
    int rc = dyad_json_parse(&doc->arena, line, len, DYAD_JSON_MAX_DEPTH, &o, &off, &jerr);
    if (rc == DYAD_ENOMEM)
        return dyad_err_set(err, rc, "%s:%ld: out of memory", r->file, doc->line);
    if (rc != DYAD_OK)
        return reject(r, NULL, err, jerr.msg, looks_like_csv(r, line, len));
    if (o->type != DYAD_JSON_OBJECT)
        return reject(r, NULL, err, "the record is a JSON ", dyad_json_type_name(o->type));
    const dyad_json *jid = dyad_json_get(o, "id");
    const char *id = id_of(jid);
    if (jid && !id && jid->type != DYAD_JSON_NULL)
        return reject(r, NULL, err, "\"id\" must be a string or a number, not ",
                      dyad_json_type_name(jid->type));
    if (id && memchr(id, '\0', jid->len))
        return reject(r, NULL, err, "NUL character in \"id\"", NULL);
    if (!id || !*id) {
        char b[64];
        snprintf(b, sizeof b, ":%ld", doc->line);
        dyad_strbuf sb = DYAD_STRBUF_INIT;
        dyad_sb_puts(&sb, r->file);
        dyad_sb_puts(&sb, b);
        char *gen = sb.failed ? NULL : dyad_arena_strndup(&doc->arena, sb.data, sb.len);
        dyad_sb_free(&sb);
        if (!gen)
            return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, doc->line);
        id = gen;
    }
    doc->id = id;
    if (nbad > 0) {
        char b[300];
        snprintf(b, sizeof b, "%s:%ld (id %.80s): invalid UTF-8: %zu byte%s replaced by U+FFFD "
                 "(the first at byte %zu of the line)", r->file, doc->line, id, nbad,
                 nbad == 1 ? "" : "s", first_bad + 1);
        if (!(doc->warning = dyad_arena_strdup(&doc->arena, b)))
            return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, doc->line);
    }
    const dyad_json *jt = dyad_json_get(o, "text");
    if (!jt)
        return reject(r, id, err, "no \"text\" field", NULL);
    if (jt->type != DYAD_JSON_STRING)
        return reject(r, id, err, "\"text\" must be a string, not ", dyad_json_type_name(jt->type));
    size_t bad = dyad_utf8_first_invalid(jt->str, jt->len);
    if (bad < jt->len) { /* a NUL (\u0000): invalid UTF-8 was repaired above */
        char b[96];
        snprintf(b, sizeof b, " at byte %zu of the text", bad);
        return reject(r, id, err, jt->str[bad] == '\0' ? "NUL character" : "invalid UTF-8", b);
    }
    doc->text = jt->str;
    doc->text_len = jt->len;
    const dyad_json *jd = dyad_json_get(o, "date");
    if (jd && jd->type == DYAD_JSON_STRING && jd->len > 0) {
        char d[11];
        int drc = dyad_reader_norm_date(jd->str, jd->len, d);
        if (drc != 0) {
            char b[128];
            snprintf(b, sizeof b, " '%.30s'%s", jd->str,
                     drc == -1 ? " (expected YYYY-MM-DD, YYYYMMDD or an ISO timestamp)" : "");
            return reject(r, id, err, drc == -1 ? "bad date" : "impossible date", b);
        }
        char *dc = dyad_arena_strdup(&doc->arena, d);
        if (!dc)
            return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, doc->line);
        doc->date = dc;
    } else if (jd && jd->type != DYAD_JSON_NULL && jd->type != DYAD_JSON_STRING) {
        return reject(r, id, err, "\"date\" must be a string, not ", dyad_json_type_name(jd->type));
    }
    const dyad_json *js = dyad_json_get(o, "source");
    if (js && js->type == DYAD_JSON_STRING) {
        if (memchr(js->str, '\0', js->len))
            return reject(r, id, err, "NUL character in \"source\"", NULL);
        doc->source = js->str;
    } else if (js && js->type != DYAD_JSON_NULL) {
        return reject(r, id, err, "\"source\" must be a string, not ",
                      dyad_json_type_name(js->type));
    }
    /* The record's own URL (TSV column 25): the top-level member only, escapes decoded. */
    const dyad_json *ju = dyad_json_get(o, "url");
    if (ju && ju->type == DYAD_JSON_STRING) {
        doc->url = ju->str;
        doc->url_len = ju->len;
    }
    /* Unknown members pass through verbatim. */
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    for (const dyad_json *m = o->child; m; m = m->next) {
        static const char *const known[] = {"id", "date", "source", "text"};
        bool is_known = false;
        for (size_t i = 0; i < DYAD_ARRAY_LEN(known); i++)
            if (m->key_len == strlen(known[i]) && memcmp(m->key, known[i], m->key_len) == 0)
                is_known = true;
        if (is_known)
            continue;
        if (sb.len)
            dyad_sb_putc(&sb, ',');
        dyad_sb_json_str(&sb, m->key, m->key_len);
        dyad_sb_putc(&sb, ':');
        dyad_sb_append(&sb, m->raw, m->raw_len);
    }
    if (sb.failed) {
        dyad_sb_free(&sb);
        return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, doc->line);
    }
    if (sb.len) {
        char *x = dyad_arena_strndup(&doc->arena, sb.data, sb.len);
        dyad_sb_free(&sb);
        if (!x)
            return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, doc->line);
        doc->extra = x;
    }
    return 1;
}
