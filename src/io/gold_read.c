/* gold_read.c — parses and validates the gold-standard TSV of `dyad score` (format: gold_read.h). */
#include "io/gold_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "io/input.h"

#define MAX_COLS 9

void dyad_gold_init(dyad_gold *g)
{
    memset(g, 0, sizeof *g);
    dyad_arena_init(&g->arena, 0);
    dyad_intern_init(&g->docs);
}

void dyad_gold_free(dyad_gold *g)
{
    if (!g)
        return;
    dyad_arena_free(&g->arena);
    dyad_intern_free(&g->docs);
    dyad_free(g->rows);
    memset(g, 0, sizeof *g);
}

static bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

char *dyad_collapse_ws(dyad_arena *a, const char *s, size_t n)
{
    char *out = dyad_arena_alloc(a, n + 1);
    if (!out)
        return NULL;
    size_t k = 0;
    bool space = false;
    for (size_t i = 0; i < n; i++) {
        if (is_ws(s[i])) {
            space = k > 0;
            continue;
        }
        if (space)
            out[k++] = ' ';
        space = false;
        out[k++] = s[i];
    }
    out[k] = '\0';
    return out;
}

static bool all_digits(const char *s, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* An actor code: 3 or more of A-Z, 0-9 and '-'. */
static bool is_actor_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 3)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
            return false;
    return true;
}

/* A code the CAMEO table lists itself (not through a parent), of `lo`..`hi` digits. */
static bool known_code(const dyad_cameo *c, const char *s, size_t lo, size_t hi)
{
    size_t n = strlen(s);
    if (n < lo || n > hi || !all_digits(s, n))
        return false;
    const dyad_cameo_entry *e = dyad_cameo_find(c, s);
    return e && strcmp(e->code, s) == 0;
}

static bool known_plover(const dyad_cameo *c, const char *s)
{
    for (size_t i = 0; i < dyad_cameo_count(c); i++)
        if (strcmp(dyad_cameo_at(c, i)->plover, s) == 0)
            return true;
    return false;
}

static bool empty_or_dash(const char *s) { return !*s || strcmp(s, "-") == 0; }

static void add_alt_root(dyad_gold_row *r, const char *root)
{
    for (int i = 0; i < r->n_alt_root; i++)
        if (strcmp(r->alt_root[i], root) == 0)
            return;
    if (r->n_alt_root < DYAD_GOLD_MAX_ALT) {
        memcpy(r->alt_root[r->n_alt_root], root, 2);
        r->alt_root[r->n_alt_root++][2] = '\0';
    }
}

/* Parses column 6 into r; false with a message in why. */
static bool parse_alt(const dyad_cameo *c, const char *s, dyad_gold_row *r, char *why,
                      size_t whylen)
{
    if (empty_or_dash(s))
        return true;
    char item[16];
    while (*s) {
        size_t n = strcspn(s, ",");
        size_t b = 0, e = n;
        while (b < e && s[b] == ' ')
            b++;
        while (e > b && s[e - 1] == ' ')
            e--;
        if (e - b == 0 || e - b >= sizeof item) {
            snprintf(why, whylen, "bad alternative in column 6 (alt): '%.*s'", (int)n, s);
            return false;
        }
        memcpy(item, s + b, e - b);
        item[e - b] = '\0';
        if (e - b == 2 && known_code(c, item, 2, 2)) {
            if (r->n_alt_root >= DYAD_GOLD_MAX_ALT) {
                snprintf(why, whylen, "more than %d alternatives in column 6", DYAD_GOLD_MAX_ALT);
                return false;
            }
            add_alt_root(r, item);
        } else if (known_code(c, item, 3, 4)) {
            if (r->n_alt_code >= DYAD_GOLD_MAX_ALT || r->n_alt_root >= DYAD_GOLD_MAX_ALT) {
                snprintf(why, whylen, "more than %d alternatives in column 6", DYAD_GOLD_MAX_ALT);
                return false;
            }
            strcpy(r->alt_code[r->n_alt_code++], item);
            add_alt_root(r, item);
        } else {
            snprintf(why, whylen,
                     "unknown CAMEO alternative '%s' in column 6 (alt): want a root (04) or a "
                     "code of the CAMEO table",
                     item);
            return false;
        }
        s += n;
        if (*s == ',')
            s++;
    }
    return true;
}

/* Checks the split columns and fills r; false with a message in why. */
static bool parse_row(const dyad_cameo *c, char **col, int n, dyad_gold_row *r, char *why,
                      size_t whylen)
{
    if (!*col[0]) {
        snprintf(why, whylen, "empty document id in column 1");
        return false;
    }
    const char *anchor = col[1];
    if (n < 2 || !*anchor) {
        snprintf(why, whylen, "no anchor in column 2 (a sentence substring, #N or -)");
        return false;
    }
    if (strcmp(anchor, "-") == 0) {
        for (int i = 2; i < n; i++)
            if (*col[i] && strcmp(col[i], "-") != 0) {
                snprintf(why, whylen,
                         "a document-only row (anchor -) has column %d set ('%s'); leave "
                         "columns 3-9 empty",
                         i + 1, col[i]);
                return false;
            }
        r->doc_only = true;
        return true;
    }
    if (anchor[0] == '#') {
        size_t an = strlen(anchor + 1);
        if (!all_digits(anchor + 1, an) || an > 6) {
            snprintf(why, whylen, "bad sentence index '%s' in column 2 (want #N, N >= 0)", anchor);
            return false;
        }
        r->sent = (int32_t)strtol(anchor + 1, NULL, 10);
    }
    if (n < 5) {
        snprintf(why, whylen, "%d columns, want at least 5 (doc, anchor, source, target, code)",
                 n);
        return false;
    }
    if (!is_actor_code(col[2])) {
        snprintf(why, whylen, "bad source actor code '%s' in column 3 (want e.g. USAGOV, ---CVL)",
                 col[2]);
        return false;
    }
    if (strcmp(col[3], "-") != 0 && !is_actor_code(col[3])) {
        snprintf(why, whylen, "bad target actor code '%s' in column 4 (want a code or -)",
                 col[3]);
        return false;
    }
    if (!known_code(c, col[4], 3, 4)) {
        snprintf(why, whylen, "unknown CAMEO code '%s' in column 5 (want a code of the CAMEO "
                 "table, 3 or 4 digits)", col[4]);
        return false;
    }
    if (n >= 6 && !parse_alt(c, col[5], r, why, whylen))
        return false;
    r->cls = DYAD_GOLD_REQ;
    if (n >= 7 && *col[6]) {
        if (strcmp(col[6], "req") == 0)
            r->cls = DYAD_GOLD_REQ;
        else if (strcmp(col[6], "opt") == 0)
            r->cls = DYAD_GOLD_OPT;
        else if (strcmp(col[6], "neg") == 0)
            r->cls = DYAD_GOLD_NEG;
        else {
            snprintf(why, whylen, "bad class '%s' in column 7 (want req, opt or neg)", col[6]);
            return false;
        }
    }
    if (n >= 8 && !empty_or_dash(col[7])) {
        if (!known_plover(c, col[7])) {
            snprintf(why, whylen, "unknown PLOVER category '%s' in column 8", col[7]);
            return false;
        }
        r->plover = col[7];
    } else {
        const dyad_cameo_entry *e = dyad_cameo_find(c, col[4]);
        r->plover = e->plover;
    }
    r->source = col[2];
    r->target = strcmp(col[3], "-") == 0 ? "" : col[3];
    r->code = col[4];
    r->note = n >= 9 ? col[8] : "";
    return true;
}

int dyad_gold_add_line(dyad_gold *g, const dyad_cameo *cameo, const char *line, size_t len,
                       const char *name, long lineno, dyad_err *err)
{
    size_t i = 0;
    while (i < len && is_ws(line[i]))
        i++;
    if (i == len || line[i] == '#')
        return DYAD_OK;
    if (memchr(line, '\0', len))
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: NUL byte in the line", name, lineno);
    char *s = dyad_arena_strndup(&g->arena, line, len);
    if (!s)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    char *col[MAX_COLS];
    int n = 0;
    for (char *p = s;;) {
        if (n == MAX_COLS)
            return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: more than %d tab-separated columns",
                                name, lineno, MAX_COLS);
        col[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = '\0';
        p = t + 1;
    }
    /* trim spaces around cells except the note */
    for (int k = 0; k < n && k < 8; k++) {
        char *b = col[k];
        while (*b == ' ')
            b++;
        size_t bl = strlen(b);
        while (bl > 0 && b[bl - 1] == ' ')
            b[--bl] = '\0';
        col[k] = b;
    }
    for (int k = n; k < MAX_COLS; k++)
        col[k] = "";
    if (strcmp(col[0], "doc") == 0)
        return DYAD_OK; /* header line */
    dyad_gold_row r;
    memset(&r, 0, sizeof r);
    r.sent = -1;
    r.line = lineno;
    r.source = r.target = r.code = r.plover = r.note = "";
    char why[DYAD_ERR_MAX - 64];
    if (!parse_row(cameo, col, n, &r, why, sizeof why))
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: %s", name, lineno, why);
    if (r.doc_only || r.sent >= 0)
        r.anchor = col[1];
    else if (!(r.anchor = dyad_collapse_ws(&g->arena, col[1], strlen(col[1]))))
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    if (!*r.anchor)
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: anchor in column 2 is only spaces",
                            name, lineno);
    int32_t id = dyad_intern_add(&g->docs, col[0], strlen(col[0]));
    if (id < 0 || dyad_grow(&g->rows, &g->cap, g->n + 1, sizeof *g->rows) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    r.doc = id;
    g->rows[g->n++] = r;
    return DYAD_OK;
}

int dyad_gold_read(dyad_gold *g, const dyad_cameo *cameo, const char *path,
                   void (*on_bad)(void *ctx, const char *msg), void *ctx, long max_report,
                   dyad_err *err)
{
    dyad_input *in;
    int rc = dyad_input_open(&in, path, err);
    if (rc != DYAD_OK)
        return rc;
    const char *line;
    size_t len;
    int gl;
    long before = g->n_bad;
    while ((gl = dyad_input_getline(in, &line, &len, err)) != 0) {
        long lineno = dyad_input_lineno(in);
        dyad_err lerr;
        dyad_err_clear(&lerr);
        if (gl == DYAD_EFORMAT) {
            dyad_err_set(&lerr, DYAD_EFORMAT, "%s:%ld: line too long", path, lineno);
        } else if (gl < 0) {
            rc = gl;
            break;
        } else if ((rc = dyad_gold_add_line(g, cameo, line, len, path, lineno, &lerr)) ==
                   DYAD_ENOMEM) {
            dyad_err_set(err, rc, "%s", lerr.msg);
            break;
        }
        rc = DYAD_OK;
        if (lerr.code == DYAD_EFORMAT) {
            if (g->n_bad - before < max_report && on_bad)
                on_bad(ctx, lerr.msg);
            g->n_bad++;
        }
    }
    dyad_input_close(in);
    if (rc != DYAD_OK)
        return rc;
    if (g->n_bad > before)
        return dyad_err_set(err, DYAD_EFORMAT, "%s: %ld bad line%s", path, g->n_bad - before,
                            g->n_bad - before == 1 ? "" : "s");
    return DYAD_OK;
}

size_t dyad_gold_ndocs(const dyad_gold *g) { return g->docs.count; }

int32_t dyad_gold_doc_id(const dyad_gold *g, const char *doc)
{
    return dyad_intern_find(&g->docs, doc, strlen(doc));
}

const char *dyad_gold_doc_name(const dyad_gold *g, int32_t id)
{
    return dyad_intern_str(&g->docs, id);
}
