/* read_petrxml.c — PETRARCH validation/input XML (<Sentence><Text>, <EventCoding>) via expat,
 * streamed: the parser is fed chunk by chunk and finished records wait in a small queue.
 * After an XML error (malformed markup, nesting too deep, binary garbage) the error is reported
 * once, with its line, and reading resumes at the next "<Sentence" after it: a fresh parser is
 * started there inside a made-up <Sentences> root, so one bad record costs only itself. */
#include <expat.h>
#include <stdio.h>
#include <string.h>

#include "base/alloc.h"
#include "base/strbuf.h"
#include "io/reader_internal.h"

#define PETR_MAX_DEPTH 64
#define PETR_CHUNK ((size_t)64 << 10)

typedef struct {
    char *id, *date, *category, *text, *error, *bad;
    char **exp;       /* 3 strings per expected event */
    size_t nexp, capexp;
    bool none;
    bool has_text;
    long line;
} petr_rec;

struct dyad_petr_state {
    XML_Parser xp;
    dyad_reader *r;
    int depth;
    int sent_depth;   /* depth of the open <Sentence>, 0 when none */
    int text_depth;   /* depth of the open <Text>, 0 when none */
    petr_rec cur;
    dyad_strbuf text;
    petr_rec *q;      /* finished records [qhead, qn) */
    size_t qhead, qn, qcap;
    bool oom;
    bool stopped;     /* our own error stopped the parser: msg in fatal */
    bool finished;    /* the whole input was parsed */
    int fatal_code;   /* a parse error to report once the queue is empty */
    char fatal[DYAD_ERR_MAX];
    /* Recovery after an XML error: input bytes not yet given to a parser wait in pend
     * [pend_pos, len); `resync` while looking for the next "<Sentence" in them. */
    dyad_strbuf pend;
    size_t pend_pos;
    bool resync;
    bool restarted;     /* the current parser was started by a resync (made-up root) */
    unsigned long line_base; /* newlines before the current parser's first byte */
    unsigned long scan_lines; /* newlines before pend_pos while resyncing */
    size_t fed;         /* bytes given to the current parser */
};

static const char RESYNC_ROOT[] = "<Sentences>";

static void rec_free(petr_rec *c)
{
    dyad_free(c->id);
    dyad_free(c->date);
    dyad_free(c->category);
    dyad_free(c->text);
    dyad_free(c->error);
    dyad_free(c->bad);
    for (size_t i = 0; i < c->nexp * 3; i++)
        dyad_free(c->exp[i]);
    dyad_free(c->exp);
    memset(c, 0, sizeof *c);
}

void dyad_read_petrxml_free(dyad_reader *r)
{
    dyad_petr_state *s = r->petr;
    if (!s)
        return;
    if (s->xp)
        XML_ParserFree(s->xp);
    rec_free(&s->cur);
    for (size_t i = s->qhead; i < s->qn; i++)
        rec_free(&s->q[i]);
    dyad_free(s->q);
    dyad_sb_free(&s->text);
    dyad_sb_free(&s->pend);
    dyad_free(s);
    r->petr = NULL;
}

static const char *attr(const XML_Char **a, const char *name)
{
    for (; a && a[0]; a += 2)
        if (strcmp(a[0], name) == 0)
            return a[1];
    return NULL;
}

static char *dup_or_null(dyad_petr_state *s, const char *v)
{
    if (!v)
        return NULL;
    char *d = dyad_strdup(v);
    if (!d)
        s->oom = true;
    return d;
}

/* The input line of the parser's current position. */
static unsigned long cur_line(const dyad_petr_state *s)
{
    return s->line_base + (unsigned long)XML_GetCurrentLineNumber(s->xp);
}

static void stop(dyad_petr_state *s, const char *why)
{
    if (!s->stopped) {
        snprintf(s->fatal, sizeof s->fatal, "%s:%lu: %s", s->r->file, cur_line(s), why);
        s->stopped = true;
        s->fatal_code = DYAD_EFORMAT;
    }
    XML_StopParser(s->xp, XML_FALSE);
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **a)
{
    dyad_petr_state *s = ud;
    if (++s->depth > PETR_MAX_DEPTH) {
        stop(s, "XML nested too deeply");
        return;
    }
    if (strcmp(name, "Sentence") == 0) {
        if (s->sent_depth) {
            stop(s, "<Sentence> inside <Sentence>");
            return;
        }
        s->sent_depth = s->depth;
        rec_free(&s->cur);
        dyad_sb_clear(&s->text);
        s->cur.line = (long)cur_line(s);
        s->cur.id = dup_or_null(s, attr(a, "id"));
        s->cur.category = dup_or_null(s, attr(a, "category"));
        const char *d = attr(a, "date");
        if (d) {
            char nd[11];
            int rc = dyad_reader_norm_date(d, strlen(d), nd);
            if (rc == 0) {
                s->cur.date = dup_or_null(s, nd);
            } else {
                char b[96];
                snprintf(b, sizeof b, "%s date '%.30s'", rc == -1 ? "bad" : "impossible", d);
                s->cur.bad = dup_or_null(s, b);
            }
        }
    } else if (s->sent_depth && strcmp(name, "Text") == 0) {
        s->text_depth = s->depth;
        s->cur.has_text = true;
    } else if (s->sent_depth && strcmp(name, "EventCoding") == 0) {
        const char *ne = attr(a, "noevents"), *er = attr(a, "error");
        const char *sc = attr(a, "sourcecode"), *tc = attr(a, "targetcode"),
                   *ec = attr(a, "eventcode");
        if (ne && (strcmp(ne, "True") == 0 || strcmp(ne, "true") == 0))
            s->cur.none = true;
        if (er && !s->cur.error)
            s->cur.error = dup_or_null(s, er);
        if (ec) {
            if (dyad_grow(&s->cur.exp, &s->cur.capexp, (s->cur.nexp + 1) * 3, sizeof(char *))) {
                s->oom = true;
                return;
            }
            char **e = s->cur.exp + s->cur.nexp * 3;
            e[0] = dup_or_null(s, sc ? sc : "");
            e[1] = dup_or_null(s, tc ? tc : "");
            e[2] = dup_or_null(s, ec);
            s->cur.nexp++;
        }
    }
}

/* The text with whitespace runs collapsed to one space, trimmed. */
static char *collapse(dyad_petr_state *s)
{
    char *out = dyad_malloc(s->text.len + 1);
    if (!out) {
        s->oom = true;
        return NULL;
    }
    size_t o = 0;
    bool space = false;
    for (size_t i = 0; i < s->text.len; i++) {
        char c = s->text.data[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            continue;
        }
        if (space && o > 0)
            out[o++] = ' ';
        space = false;
        out[o++] = c;
    }
    out[o] = '\0';
    return out;
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
    dyad_petr_state *s = ud;
    if (s->depth == s->text_depth)
        s->text_depth = 0;
    if (s->depth == s->sent_depth && strcmp(name, "Sentence") == 0) {
        s->sent_depth = 0;
        if (s->text.failed)
            s->oom = true;
        s->cur.text = collapse(s);
        if (dyad_grow(&s->q, &s->qcap, s->qn + 1, sizeof *s->q)) {
            s->oom = true;
        } else {
            s->q[s->qn++] = s->cur;
            memset(&s->cur, 0, sizeof s->cur);
        }
        if (s->oom)
            XML_StopParser(s->xp, XML_FALSE);
    }
    s->depth--;
}

static void XMLCALL on_chars(void *ud, const XML_Char *t, int n)
{
    dyad_petr_state *s = ud;
    if (s->text_depth && s->depth == s->text_depth)
        dyad_sb_append(&s->text, t, (size_t)n);
}

static void XMLCALL on_entity_decl(void *ud, const XML_Char *name, int is_param,
                                   const XML_Char *value, int len, const XML_Char *base,
                                   const XML_Char *sys, const XML_Char *pub,
                                   const XML_Char *notation)
{
    DYAD_UNUSED(name), DYAD_UNUSED(is_param), DYAD_UNUSED(value), DYAD_UNUSED(len);
    DYAD_UNUSED(base), DYAD_UNUSED(sys), DYAD_UNUSED(pub), DYAD_UNUSED(notation);
    stop(ud, "entity declarations are not accepted");
}

/* (Re)initialises the parser and the per-parser state. */
static bool parser_setup(dyad_petr_state *s)
{
    if (s->xp) {
        if (!XML_ParserReset(s->xp, NULL))
            return false;
    } else if (!(s->xp = XML_ParserCreate(NULL))) {
        return false;
    }
    XML_SetUserData(s->xp, s);
    XML_SetElementHandler(s->xp, on_start, on_end);
    XML_SetCharacterDataHandler(s->xp, on_chars);
    XML_SetEntityDeclHandler(s->xp, on_entity_decl);
    s->depth = s->sent_depth = s->text_depth = 0;
    s->stopped = false;
    s->fed = 0;
    rec_free(&s->cur);
    dyad_sb_clear(&s->text);
    return true;
}

static int start(dyad_reader *r, dyad_err *err)
{
    dyad_petr_state *s = dyad_calloc(1, sizeof *s);
    if (!s)
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", r->file);
    s->r = r;
    if (!parser_setup(s)) {
        dyad_free(s);
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory (XML parser)", r->file);
    }
    r->petr = s;
    return DYAD_OK;
}

static unsigned long count_nl(const char *p, size_t n)
{
    unsigned long k = 0;
    for (const char *e = p + n; (p = memchr(p, '\n', (size_t)(e - p))) != NULL; p++)
        k++;
    return k;
}

/* An XML error: notes it for reporting (unless it is only the made-up root of a resync left
 * open or closed by another name at the end) and keeps the bytes after it for the resync. */
static void on_xml_error(dyad_petr_state *s, const char *data, size_t len, size_t fed_before)
{
    enum XML_Error code = XML_GetErrorCode(s->xp);
    bool root_only = s->restarted && s->depth <= 1 && !s->sent_depth &&
                     (code == XML_ERROR_TAG_MISMATCH || code == XML_ERROR_NO_ELEMENTS ||
                      code == XML_ERROR_JUNK_AFTER_DOC_ELEMENT);
    if (!s->stopped && !root_only) {
        snprintf(s->fatal, sizeof s->fatal, "%s:%lu: bad XML: %s", s->r->file, cur_line(s),
                 XML_ErrorString(code));
        s->fatal_code = DYAD_EFORMAT;
    } else if (s->stopped) {
        s->fatal_code = DYAD_EFORMAT; /* stop() wrote the message */
    }
    /* Where the error is in this chunk: always past its first byte, so a resync progresses. */
    XML_Index idx = XML_GetCurrentByteIndex(s->xp);
    size_t at = idx < 0 || (size_t)idx < fed_before ? 0 : (size_t)idx - fed_before;
    if (at == 0 && len > 0)
        at = 1;
    if (at > len)
        at = len;
    s->scan_lines = cur_line(s) - 1;
    /* keep data[at, len): it may be the pend buffer itself */
    dyad_strbuf rest = DYAD_STRBUF_INIT;
    dyad_sb_append(&rest, data + at, len - at);
    dyad_sb_free(&s->pend);
    s->pend = rest;
    s->pend_pos = 0;
    if (rest.failed)
        s->oom = true;
    s->resync = true;
}

/* Looks for the next "<Sentence" in the pending bytes (reading more as needed); there, starts a
 * new parser. Returns DYAD_OK (check s->resync / s->finished) or a negative status. */
static int resync_step(dyad_petr_state *s, dyad_reader *r, dyad_err *err)
{
    static const char tag[] = "<Sentence";
    const size_t tl = sizeof tag - 1;
    for (;;) {
        const char *p = s->pend.data ? s->pend.data + s->pend_pos : NULL;
        size_t n = s->pend.len - s->pend_pos;
        for (size_t i = 0; p && i + tl < n; i++) {
            if (p[i] != '<' || memcmp(p + i, tag, tl) != 0)
                continue;
            char c = p[i + tl];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '>' && c != '/')
                continue;
            s->scan_lines += count_nl(p, i);
            s->pend_pos += i;
            s->line_base = s->scan_lines;
            if (!parser_setup(s))
                return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory (XML parser)", r->file);
            s->restarted = true;
            s->resync = false;
            s->fed = sizeof RESYNC_ROOT - 1;
            if (XML_Parse(s->xp, RESYNC_ROOT, (int)(sizeof RESYNC_ROOT - 1), 0) ==
                XML_STATUS_ERROR)
                return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory (XML parser)", r->file);
            return DYAD_OK;
        }
        /* not found: drop all but a tail that may start the tag, then read more */
        size_t keep = n < tl ? n : tl;
        s->scan_lines += count_nl(p ? p : "", n - keep);
        if (keep)
            memmove(s->pend.data, p + n - keep, keep);
        s->pend.len = keep;
        s->pend_pos = 0;
        char buf[8192];
        long got = dyad_input_read(r->in, buf, sizeof buf, err);
        if (got < 0) {
            s->finished = true;
            return (int)got;
        }
        if (got == 0) {
            s->finished = true;
            s->resync = false;
            return DYAD_OK;
        }
        dyad_sb_append(&s->pend, buf, (size_t)got);
        if (s->pend.failed)
            return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", r->file);
    }
}

/* Feeds the parser until a record is queued, an error waits to be reported, or the input
 * ends. */
static int feed(dyad_reader *r, dyad_err *err)
{
    dyad_petr_state *s = r->petr;
    char buf[8192];
    while (s->qhead == s->qn && !s->finished && !s->fatal_code) {
        if (s->resync) {
            int rc = resync_step(s, r, err);
            if (rc != DYAD_OK)
                return rc;
            continue;
        }
        const char *data;
        long got;
        if (s->pend_pos < s->pend.len) { /* bytes left over from a resync */
            data = s->pend.data + s->pend_pos;
            got = (long)(s->pend.len - s->pend_pos);
            if (got > (long)sizeof buf)
                got = (long)sizeof buf;
            s->pend_pos += (size_t)got;
        } else {
            got = dyad_input_read(r->in, buf, sizeof buf, err);
            if (got < 0) {
                s->finished = true;
                return (int)got;
            }
            data = buf;
        }
        size_t fed_before = s->fed;
        s->fed += (size_t)got;
        if (XML_Parse(s->xp, data, (int)got, got == 0) == XML_STATUS_ERROR) {
            if (s->oom) {
                s->finished = true;
                return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", r->file);
            }
            on_xml_error(s, data, (size_t)got, fed_before);
            if (s->oom) {
                s->finished = true;
                return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", r->file);
            }
            if (got == 0)
                s->resync = false, s->finished = true;
            break;
        }
        if (s->oom) {
            s->finished = true;
            return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", r->file);
        }
        if (got == 0)
            s->finished = true;
    }
    return DYAD_OK;
}

static const char *arena_copy(dyad_doc *doc, const char *v, bool *oom)
{
    if (!v)
        return NULL;
    char *d = dyad_arena_strdup(&doc->arena, v);
    if (!d)
        *oom = true;
    return d;
}

int dyad_read_petrxml(dyad_reader *r, dyad_doc *doc, dyad_err *err)
{
    if (!r->petr) {
        int rc = start(r, err);
        if (rc)
            return rc;
    }
    dyad_petr_state *s = r->petr;
    int rc = feed(r, err);
    if (rc)
        return rc;
    if (s->qhead == s->qn) {
        if (s->fatal_code) {
            int code = s->fatal_code;
            s->fatal_code = 0;
            return dyad_err_set(err, code, "%s", s->fatal);
        }
        return 0;
    }
    petr_rec *c = &s->q[s->qhead++];
    bool oom = false;
    doc->line = c->line;
    if (c->id && *c->id) {
        doc->id = arena_copy(doc, c->id, &oom);
    } else {
        char b[64];
        snprintf(b, sizeof b, ":%ld", c->line);
        dyad_strbuf sb = DYAD_STRBUF_INIT;
        dyad_sb_puts(&sb, r->file);
        dyad_sb_puts(&sb, b);
        doc->id = sb.failed ? NULL : dyad_arena_strndup(&doc->arena, sb.data, sb.len);
        dyad_sb_free(&sb);
        oom = !doc->id;
    }
    int out = 1;
    if (oom) {
        out = dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, c->line);
    } else if (c->bad) {
        out = dyad_err_set(err, DYAD_EFORMAT, "%s:%ld (id %.80s): %s", r->file, c->line,
                           doc->id, c->bad);
    } else if (!c->has_text || !c->text) {
        out = dyad_err_set(err, DYAD_EFORMAT, "%s:%ld (id %.80s): no <Text>", r->file, c->line,
                           doc->id);
    } else {
        doc->text = arena_copy(doc, c->text, &oom);
        doc->text_len = strlen(c->text);
        if (c->date)
            doc->date = arena_copy(doc, c->date, &oom);
        doc->category = arena_copy(doc, c->category, &oom);
        doc->expect_error = arena_copy(doc, c->error, &oom);
        doc->expect_none = c->none;
        if (c->nexp) {
            doc->expected = dyad_arena_alloc(&doc->arena, sizeof *doc->expected * c->nexp);
            if (!doc->expected)
                oom = true;
            for (size_t i = 0; !oom && i < c->nexp; i++) {
                doc->expected[i].source = arena_copy(doc, c->exp[3 * i], &oom);
                doc->expected[i].target = arena_copy(doc, c->exp[3 * i + 1], &oom);
                doc->expected[i].code = arena_copy(doc, c->exp[3 * i + 2], &oom);
            }
            doc->nexpected = (int32_t)c->nexp;
        }
        if (oom)
            out = dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->file, c->line);
    }
    rec_free(c);
    if (s->qhead == s->qn)
        s->qhead = s->qn = 0;
    return out;
}
