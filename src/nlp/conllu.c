/* conllu.c — reads CoNLL-U sentences into documents and writes annotated sentences back. */
#include "nlp/conllu.h"

#include "base/alloc.h"

#include <errno.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

struct dyad_cu_reader {
    FILE *f;
    bool own;
    char *path;
    char *line;
    size_t line_cap;
    long lineno, sent_line;
    dyad_token *tok;
    size_t tok_cap;
    dyad_mwt *mwt;
    size_t mwt_cap;
};

int dyad_cu_open(dyad_cu_reader **out, const char *path, dyad_err *err)
{
    *out = NULL;
    dyad_cu_reader *r = dyad_calloc(1, sizeof *r);
    if (!r)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    r->path = dyad_strdup(path);
    if (!r->path) {
        dyad_free(r);
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    }
    if (strcmp(path, "-") == 0) {
        r->f = stdin;
    } else {
        r->f = fopen(path, "r");
        r->own = true;
    }
    if (!r->f) {
        int e = errno;
        dyad_cu_close(r);
        return dyad_err_set(err, e == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO, "%s: cannot open: %s",
                            path, strerror(e));
    }
    *out = r;
    return DYAD_OK;
}

void dyad_cu_close(dyad_cu_reader *r)
{
    if (!r)
        return;
    if (r->own && r->f)
        fclose(r->f);
    free(r->line); /* allocated by getline */
    dyad_free(r->path);
    dyad_free(r->tok);
    dyad_free(r->mwt);
    dyad_free(r);
}

long dyad_cu_line(const dyad_cu_reader *r) { return r->sent_line; }

/* Splits line into exactly 10 tab-separated fields (in place). */
static int split10(char *line, char **col)
{
    int n = 0;
    col[n++] = line;
    for (char *p = line; *p; p++) {
        if (*p == '\t') {
            *p = 0;
            if (n == 10)
                return -1;
            col[n++] = p + 1;
        }
    }
    return n == 10 ? 0 : -1;
}

static bool parse_int(const char *s, long *v)
{
    char *end;
    if (*s < '0' || *s > '9')
        return false;
    errno = 0;
    *v = strtol(s, &end, 10);
    return *end == 0 && errno == 0;
}

static const char *field(dyad_doc *doc, const char *s)
{
    return dyad_arena_strdup(&doc->arena, s);
}

/* Reads lines up to the end of the current sentence (blank line or EOF). Returns 1 when the
 * block had token lines, 0 at EOF without any, -1 on I/O error. On a malformed line it records
 * the message in err and keeps consuming the block. */
static int read_block(dyad_cu_reader *r, dyad_doc *doc, dyad_sentence *s, bool *bad, dyad_err *err)
{
    size_t n = 0, nm = 0;
    bool any = false;
    const char *sent_id = NULL, *text = NULL;
    for (;;) {
        errno = 0;
        ssize_t len = getline(&r->line, &r->line_cap, r->f);
        if (len < 0) {
            if (ferror(r->f))
                return -1;
            break;
        }
        r->lineno++;
        while (len > 0 && (r->line[len - 1] == '\n' || r->line[len - 1] == '\r'))
            r->line[--len] = 0;
        if (len == 0) {
            if (any)
                break;
            continue;
        }
        if (!any)
            r->sent_line = r->lineno;
        any = true;
        if (*bad)
            continue;
        if (r->line[0] == '#') {
            if (strncmp(r->line, "# sent_id = ", 12) == 0)
                sent_id = field(doc, r->line + 12);
            else if (strncmp(r->line, "# text = ", 9) == 0)
                text = field(doc, r->line + 9);
            continue;
        }
        char *col[10];
        if (split10(r->line, col) != 0) {
            *bad = true;
            dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: expected 10 tab-separated columns",
                         r->path, r->lineno);
            continue;
        }
        if (strchr(col[0], '.'))
            continue; /* empty node of an enhanced graph */
        char *dash = strchr(col[0], '-');
        if (dash) {
            long a, b;
            *dash = 0;
            if (!parse_int(col[0], &a) || !parse_int(dash + 1, &b) || a != (long)n + 1 || b < a) {
                *bad = true;
                dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: bad multiword token range", r->path,
                             r->lineno);
                continue;
            }
            if (dyad_grow(&r->mwt, &r->mwt_cap, nm + 1, sizeof *r->mwt) != DYAD_OK)
                return -2;
            r->mwt[nm].first = (int32_t)a;
            r->mwt[nm].last = (int32_t)b;
            r->mwt[nm].form = field(doc, col[1]);
            nm++;
            continue;
        }
        long id, head = -1;
        if (!parse_int(col[0], &id) || id != (long)n + 1) {
            *bad = true;
            dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: word id '%s' out of sequence (want %zu)",
                         r->path, r->lineno, col[0], n + 1);
            continue;
        }
        if (strcmp(col[6], "_") != 0 && (!parse_int(col[6], &head) || head > INT32_MAX)) {
            *bad = true;
            dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: bad HEAD '%s'", r->path, r->lineno, col[6]);
            continue;
        }
        if (dyad_grow(&r->tok, &r->tok_cap, n + 1, sizeof *r->tok) != DYAD_OK)
            return -2;
        dyad_token *t = &r->tok[n++];
        memset(t, 0, sizeof *t);
        t->form = field(doc, col[1]);
        t->lemma = strcmp(col[2], "_") == 0 && strcmp(col[1], "_") != 0 ? NULL : field(doc, col[2]);
        t->upos = (uint8_t)dyad_upos_parse(col[3], strlen(col[3]));
        t->xpos = strcmp(col[4], "_") == 0 ? NULL : field(doc, col[4]);
        t->feats = field(doc, col[5]);
        t->head = (int32_t)head;
        t->deprel = strcmp(col[7], "_") == 0 ? NULL : field(doc, col[7]);
        t->space_after = strstr(col[9], "SpaceAfter=No") == NULL;
        if (!t->form) /* arena exhausted */
            return -2;
    }
    if (!any)
        return 0;
    if (!*bad && n == 0) {
        *bad = true;
        dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: sentence without words", r->path, r->sent_line);
    }
    for (size_t i = 0; i < n && !*bad; i++) {
        if (r->tok[i].head > (int32_t)n) {
            *bad = true;
            dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: HEAD %d of word %zu beyond the sentence",
                         r->path, r->sent_line, r->tok[i].head, i + 1);
        }
    }
    if (*bad)
        return 1;
    s->tok = dyad_arena_alloc(&doc->arena, n * sizeof *s->tok);
    s->mwt = nm ? dyad_arena_alloc(&doc->arena, nm * sizeof *s->mwt) : NULL;
    if (!s->tok || (nm && !s->mwt))
        return -2;
    memcpy(s->tok, r->tok, n * sizeof *s->tok);
    if (nm)
        memcpy(s->mwt, r->mwt, nm * sizeof *s->mwt);
    s->n = (int32_t)n;
    s->nmwt = (int32_t)nm;
    s->sent_id = sent_id;
    s->text = text;
    return 1;
}

int dyad_cu_next(dyad_cu_reader *r, dyad_doc *doc, dyad_err *err)
{
    dyad_sentence tmp;
    memset(&tmp, 0, sizeof tmp);
    bool bad = false;
    int rc = read_block(r, doc, &tmp, &bad, err);
    if (rc == -1)
        return dyad_err_set(err, DYAD_EIO, "%s:%ld: read error: %s", r->path, r->lineno,
                            strerror(errno));
    if (rc == -2)
        return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->path, r->lineno);
    if (rc == 0)
        return 0;
    if (bad)
        return DYAD_EFORMAT;
    dyad_sentence *s = dyad_doc_add_sentence(doc);
    if (!s)
        return dyad_err_set(err, DYAD_ENOMEM, "%s:%ld: out of memory", r->path, r->lineno);
    *s = tmp;
    doc->pretokenized = true;
    return 1;
}
