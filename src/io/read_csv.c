/* read_csv.c — CSV records (RFC 4180) into documents: one row per article, columns by name.
 *
 * Format: the first row is a header naming the columns; every later row is one record. Fields
 * are separated by commas; a field in double quotes may hold commas, line breaks and doubled
 * quotes (""). CRLF or LF line ends; a UTF-8 byte-order mark before the header is skipped;
 * blank lines between records are skipped.
 *
 * Columns (dyad_reader_set_columns, the --columns option): "id=NAME,date=NAME,text=NAME" and
 * optionally title=NAME, url=NAME, source=NAME, in any order. Defaults: id, date and text are
 * the columns of those names, and url and source are used when the header has them. A column
 * named in the spec must be in the header, else the file is not read (DYAD_EIO, naming the
 * header's columns); the default id and date columns may be absent (then records are named
 * FILE:LINE and dated by --date). A title goes before the text as its first paragraph. Other
 * columns are kept as the record's extra fields (JSONL "meta").
 *
 * A row with fewer or more fields than the header, a bad or impossible date, a NUL byte or an
 * unterminated quote is rejected, naming FILE:LINE (the row's first line) and the id. Invalid
 * UTF-8 is repaired (U+FFFD) and reported, as for JSON lines. */
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "io/reader_internal.h"

enum { COL_ID, COL_DATE, COL_TEXT, COL_TITLE, COL_URL, COL_SOURCE, NCOLS };
static const char *const COL_KEY[NCOLS] = {"id", "date", "text", "title", "url", "source"};

struct dyad_csv_state {
    char *name[NCOLS];   /* the header name each role reads (NULL: role not used) */
    bool asked[NCOLS];   /* named in the spec (so it must be in the header) */
    int col[NCOLS];      /* the role's field index in the header, -1 when absent */
    char **header;       /* the header's names */
    int nheader;
    bool header_read;
    dyad_strbuf buf;     /* the fields of the current row, each NUL-terminated */
    size_t *off;         /* field i starts at buf.data + off[i] */
    size_t *len;
    size_t off_cap, len_cap;
    int n;               /* fields in the current row */
};

static void free_names(dyad_csv_state *c)
{
    for (int i = 0; i < NCOLS; i++) {
        dyad_free(c->name[i]);
        c->name[i] = NULL;
    }
}

void dyad_read_csv_free(dyad_reader *r)
{
    dyad_csv_state *c = r->csv;
    if (!c)
        return;
    free_names(c);
    for (int i = 0; i < c->nheader; i++)
        dyad_free(c->header[i]);
    dyad_free(c->header);
    dyad_sb_free(&c->buf);
    dyad_free(c->off);
    dyad_free(c->len);
    dyad_free(c);
    r->csv = NULL;
}

/* Parses spec into c->name / c->asked (defaults for the roles it leaves out). */
static int parse_spec(dyad_csv_state *c, const char *spec, dyad_err *err)
{
    for (const char *p = spec; p && *p;) {
        const char *end = strchr(p, ',');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        const char *eq = memchr(p, '=', n);
        int role = -1;
        for (int i = 0; eq && i < NCOLS; i++)
            if ((size_t)(eq - p) == strlen(COL_KEY[i]) && memcmp(p, COL_KEY[i], (size_t)(eq - p)) == 0)
                role = i;
        if (role < 0 || eq + 1 == p + n)
            return dyad_err_set(err, DYAD_EINVAL, "--columns: bad entry '%.*s' (expected "
                                "id=NAME, date=NAME, text=NAME, title=NAME, url=NAME or "
                                "source=NAME)", (int)n, p);
        dyad_free(c->name[role]);
        if (!(c->name[role] = dyad_strndup(eq + 1, (size_t)(p + n - eq - 1))))
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        c->asked[role] = true;
        p = end ? end + 1 : p + n;
    }
    static const int defaults[] = {COL_ID, COL_DATE, COL_TEXT, COL_URL, COL_SOURCE};
    for (size_t i = 0; i < DYAD_ARRAY_LEN(defaults); i++) {
        int role = defaults[i];
        if (!c->name[role] && !(c->name[role] = dyad_strdup(COL_KEY[role])))
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    }
    return DYAD_OK;
}

int dyad_csv_columns_check(const char *spec, dyad_err *err)
{
    dyad_csv_state c;
    memset(&c, 0, sizeof c);
    int rc = parse_spec(&c, spec, err);
    free_names(&c);
    return rc;
}

int dyad_reader_set_columns(dyad_reader *r, const char *spec, dyad_err *err)
{
    if (!r->csv && !(r->csv = dyad_calloc(1, sizeof *r->csv)))
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    free_names(r->csv);
    return parse_spec(r->csv, spec, err);
}

/* Ends the current field (appends its NUL and records where it is). */
static int end_field(dyad_csv_state *c, size_t start)
{
    if (dyad_grow(&c->off, &c->off_cap, (size_t)c->n + 1, sizeof *c->off) != DYAD_OK ||
        dyad_grow(&c->len, &c->len_cap, (size_t)c->n + 1, sizeof *c->len) != DYAD_OK)
        return DYAD_ENOMEM;
    c->off[c->n] = start;
    c->len[c->n] = c->buf.len - start;
    dyad_sb_putc(&c->buf, '\0');
    c->n++;
    return c->buf.failed ? DYAD_ENOMEM : DYAD_OK;
}

/* Reads the next row into c (fields in c->buf). Returns 1, 0 at the end, or a negative status
 * (err says why, *first_line where the row began). A row that is not valid CSV is consumed and
 * reported; reading goes on after it. */
static int read_row(dyad_reader *r, dyad_csv_state *c, long *first_line, dyad_err *err)
{
    const char *line;
    size_t len;
    int rc;
    do { /* blank lines between rows */
        if ((rc = dyad_input_getline(r->in, &line, &len, err)) != 1)
            return rc;
        if (dyad_input_lineno(r->in) == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
            line += 3;
            len -= 3;
        }
    } while (len == 0);
    *first_line = dyad_input_lineno(r->in);
    dyad_sb_clear(&c->buf);
    c->n = 0;
    size_t start = 0;
    bool in_quotes = false, after_quote = false;
    const char *bad = NULL;
    for (;;) {
        for (size_t i = 0; i < len && !bad; i++) {
            char ch = line[i];
            if (in_quotes) {
                if (ch != '"')
                    dyad_sb_putc(&c->buf, ch);
                else if (i + 1 < len && line[i + 1] == '"')
                    dyad_sb_putc(&c->buf, line[++i]);
                else
                    in_quotes = false, after_quote = true;
            } else if (ch == ',') {
                if (end_field(c, start) != DYAD_OK)
                    return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, *first_line);
                start = c->buf.len;
                after_quote = false;
            } else if (after_quote) {
                bad = "text after a closing quote (a quote inside a field is written \"\")";
            } else if (ch == '"' && c->buf.len == start) {
                in_quotes = true;
            } else {
                dyad_sb_putc(&c->buf, ch);
            }
        }
        if (bad)
            return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: bad CSV: %s", r->file,
                                dyad_input_lineno(r->in), bad);
        if (c->buf.failed)
            return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, *first_line);
        if (!in_quotes)
            break;
        if (c->buf.len > DYAD_INPUT_MAX_LINE)
            return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: bad CSV: a quoted field over %zu "
                                "MiB (an unterminated quote?)", r->file, *first_line,
                                DYAD_INPUT_MAX_LINE >> 20);
        dyad_sb_putc(&c->buf, '\n'); /* a line break inside quotes */
        if ((rc = dyad_input_getline(r->in, &line, &len, err)) == 0)
            return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: bad CSV: the quoted field that "
                                "starts on this line never ends", r->file, *first_line);
        if (rc != 1)
            return rc;
    }
    if (end_field(c, start) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, *first_line);
    return 1;
}

static const char *field(const dyad_csv_state *c, int role)
{
    int i = c->col[role];
    return i >= 0 && i < c->n ? c->buf.data + c->off[i] : NULL;
}

/* Reads the header row and finds each role's column; DYAD_EIO when a named one is absent. */
static int read_header(dyad_reader *r, dyad_csv_state *c, dyad_err *err)
{
    long line = 0;
    int rc = read_row(r, c, &line, err);
    if (rc == 0)
        return 0;
    if (rc < 0)
        return rc == DYAD_EFORMAT ? (err->code = DYAD_EIO) : rc;
    if (!(c->header = dyad_calloc((size_t)c->n, sizeof *c->header)))
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    c->nheader = c->n;
    for (int i = 0; i < c->n; i++)
        if (!(c->header[i] = dyad_strdup(c->buf.data + c->off[i])))
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    for (int role = 0; role < NCOLS; role++) {
        c->col[role] = -1;
        for (int i = 0; c->name[role] && i < c->n; i++)
            if (strcmp(c->header[i], c->name[role]) == 0)
                c->col[role] = i;
        if (c->col[role] < 0 && (c->asked[role] || role == COL_TEXT)) {
            dyad_strbuf names = DYAD_STRBUF_INIT;
            for (int i = 0; i < c->n; i++) {
                dyad_sb_puts(&names, i ? ", " : "");
                dyad_sb_puts(&names, c->header[i]);
            }
            dyad_err_set(err, DYAD_EIO, "%s:%ld: the CSV header has no column '%s' for the %s "
                         "(its columns: %.300s); --columns %s=NAME names another", r->file,
                         line, c->name[role], COL_KEY[role], names.data ? names.data : "",
                         COL_KEY[role]);
            dyad_sb_free(&names);
            return DYAD_EIO;
        }
    }
    c->header_read = true;
    return 1;
}

/* Copies field i (len n) into the arena. */
static const char *keep(dyad_doc *doc, const dyad_csv_state *c, int i)
{
    return dyad_arena_strndup(&doc->arena, c->buf.data + c->off[i], c->len[i]);
}

/* The fields no role reads, as a JSON object body ("name":"value",...). */
static int extra_fields(dyad_doc *doc, const dyad_csv_state *c)
{
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    for (int i = 0; i < c->n; i++) {
        bool used = false;
        for (int role = 0; role < NCOLS; role++)
            used |= c->col[role] == i;
        if (used)
            continue;
        if (sb.len)
            dyad_sb_putc(&sb, ',');
        dyad_sb_json_str(&sb, c->header[i], strlen(c->header[i]));
        dyad_sb_putc(&sb, ':');
        dyad_sb_json_str(&sb, c->buf.data + c->off[i], c->len[i]);
    }
    int rc = sb.failed ? DYAD_ENOMEM : DYAD_OK;
    if (rc == DYAD_OK && sb.len && !(doc->extra = dyad_arena_strndup(&doc->arena, sb.data, sb.len)))
        rc = DYAD_ENOMEM;
    dyad_sb_free(&sb);
    return rc;
}

/* Repairs invalid UTF-8 in the row (U+FFFD); returns the bytes replaced. */
static size_t repair_row(dyad_csv_state *c, dyad_doc *doc)
{
    size_t total = 0;
    for (int i = 0; i < c->n; i++) {
        const char *s = c->buf.data + c->off[i];
        if (dyad_utf8_first_invalid(s, c->len[i]) >= c->len[i])
            continue;
        char *fixed = dyad_arena_alloc(&doc->arena, 3 * c->len[i] + 1);
        if (!fixed)
            return (size_t)-1;
        size_t nbad = 0, flen = dyad_utf8_repair(s, c->len[i], fixed, &nbad);
        if (nbad == 0) /* only NUL bytes: they stay, and are rejected */
            continue;
        /* the repaired field goes to the end of the buffer */
        size_t at = c->buf.len;
        dyad_sb_append(&c->buf, fixed, flen);
        dyad_sb_putc(&c->buf, '\0');
        if (c->buf.failed)
            return (size_t)-1;
        c->off[i] = at;
        c->len[i] = flen;
        total += nbad;
    }
    return total;
}

int dyad_read_csv(dyad_reader *r, dyad_doc *doc, dyad_err *err)
{
    if (!r->csv && dyad_reader_set_columns(r, NULL, err) != DYAD_OK)
        return err->code;
    dyad_csv_state *c = r->csv;
    int rc;
    if (!c->header_read && (rc = read_header(r, c, err)) != 1)
        return rc;
    long line = 0;
    if ((rc = read_row(r, c, &line, err)) != 1)
        return rc;
    doc->line = line;
    size_t nbad = repair_row(c, doc);
    if (nbad == (size_t)-1)
        return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, line);
    const char *id = field(c, COL_ID);
    char idpart[100] = "";
    if (id && *id)
        snprintf(idpart, sizeof idpart, " (id %.80s)", id);
    if (c->n > c->nheader)
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld%s: too many fields (%d, the header has "
                            "%d)", r->file, line, idpart, c->n, c->nheader);
    if (c->n < c->nheader) {
        const char *missing = c->header[c->n];
        for (int role = NCOLS - 1; role >= 0; role--) /* the first role it lacks, id first */
            if (c->col[role] >= c->n)
                missing = c->name[role];
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld%s: missing column '%s' (%d fields, the "
                            "header has %d)", r->file, line, idpart, missing, c->n, c->nheader);
    }
    for (int i = 0; i < c->n; i++)
        if (memchr(c->buf.data + c->off[i], '\0', c->len[i]))
            return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld%s: NUL character in column '%s'",
                                r->file, line, idpart, c->header[i]);
    if (id && *id) {
        if (!(doc->id = keep(doc, c, c->col[COL_ID])))
            return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, line);
    } else {
        char b[64];
        snprintf(b, sizeof b, ":%ld", line);
        size_t fl = strlen(r->file), bl = strlen(b);
        char *gen = dyad_arena_alloc(&doc->arena, fl + bl + 1);
        if (!gen)
            return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, line);
        memcpy(gen, r->file, fl);
        memcpy(gen + fl, b, bl + 1);
        doc->id = gen;
    }
    const char *date = field(c, COL_DATE);
    if (date && *date) {
        char d[11];
        int drc = dyad_reader_norm_date(date, strlen(date), d);
        if (drc != 0)
            return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld%s: %s '%.30s'%s", r->file, line,
                                idpart, drc == -1 ? "bad date" : "impossible date", date,
                                drc == -1 ? " (expected YYYY-MM-DD, YYYYMMDD or an ISO "
                                            "timestamp)" : "");
        if (!(doc->date = dyad_arena_strdup(&doc->arena, d)))
            return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, line);
    }
    /* the text, after the title as its first paragraph when there is one */
    int ti = c->col[COL_TEXT], hi = c->col[COL_TITLE];
    size_t hl = hi >= 0 ? c->len[hi] : 0, tl = c->len[ti];
    char *text = dyad_arena_alloc(&doc->arena, hl + 2 + tl + 1);
    if (!text)
        return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, line);
    size_t at = 0;
    if (hl) {
        memcpy(text, c->buf.data + c->off[hi], hl);
        memcpy(text + hl, "\n\n", 2);
        at = hl + 2;
    }
    memcpy(text + at, c->buf.data + c->off[ti], tl);
    text[at + tl] = '\0';
    doc->text = text;
    doc->text_len = at + tl;
    if (c->col[COL_SOURCE] >= 0 && !(doc->source = keep(doc, c, c->col[COL_SOURCE])))
        return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, line);
    if (c->col[COL_URL] >= 0 && c->len[c->col[COL_URL]] > 0) {
        if (!(doc->url = keep(doc, c, c->col[COL_URL])))
            return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, line);
        doc->url_len = c->len[c->col[COL_URL]];
    }
    if (extra_fields(doc, c) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, line);
    if (nbad > 0) {
        char b[300];
        snprintf(b, sizeof b, "%s:%ld (id %.80s): invalid UTF-8: %zu byte%s replaced by U+FFFD",
                 r->file, line, doc->id, nbad, nbad == 1 ? "" : "s");
        if (!(doc->warning = dyad_arena_strdup(&doc->arena, b)))
            return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, line);
    }
    return 1;
}
