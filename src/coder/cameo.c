/* cameo.c — loads the CAMEO code table and its PLOVER mapping (tab-separated files) and
 * looks codes up, falling back to the nearest listed parent code. */
#include "coder/cameo.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/paths.h"

struct dyad_cameo {
    dyad_cameo_entry *e; /* sorted by code */
    size_t n, cap;
    char *table_buf;     /* file contents; entry strings point into these */
    char *plover_buf;
};

static int cameo_read_file(const char *path, char **out, dyad_err *err)
{
    *out = NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return dyad_err_set(err, errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO, "%s: %s", path,
                            strerror(errno));
    size_t cap = 8192, len = 0;
    char *buf = dyad_malloc(cap);
    if (!buf) {
        fclose(f);
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory reading %s", path);
    }
    for (;;) {
        if (len + 1 >= cap) {
            char *nb = dyad_realloc(buf, cap * 2);
            if (!nb) {
                dyad_free(buf);
                fclose(f);
                return dyad_err_set(err, DYAD_ENOMEM, "out of memory reading %s", path);
            }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + len, 1, cap - len - 1, f);
        len += got;
        if (got == 0)
            break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        dyad_free(buf);
        return dyad_err_set(err, DYAD_EIO, "%s: read error", path);
    }
    buf[len] = '\0';
    *out = buf;
    return DYAD_OK;
}

/* Splits line (NUL-terminated, modified) at tabs into at most max fields; returns the count. */
static int cameo_split(char *line, char **f, int max)
{
    int n = 0;
    char *p = line;
    while (n < max) {
        f[n++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = '\0';
        p = t + 1;
    }
    return n;
}

static bool cameo_code_ok(const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 4)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static int cameo_cmp(const void *a, const void *b)
{
    return strcmp(((const dyad_cameo_entry *)a)->code, ((const dyad_cameo_entry *)b)->code);
}

static dyad_cameo_entry *cameo_exact(const dyad_cameo *c, const char *code)
{
    dyad_cameo_entry key = {.code = code};
    return bsearch(&key, c->e, c->n, sizeof *c->e, cameo_cmp);
}

/* Calls fn(ctx, fields, nfields, lineno) for each non-comment, non-blank line of buf. */
typedef int (*cameo_line_fn)(dyad_cameo *c, char **f, int nf, const char *path, long line,
                             dyad_err *err);

static int cameo_each_line(dyad_cameo *c, char *buf, const char *path, cameo_line_fn fn,
                           dyad_err *err)
{
    long lineno = 0;
    char *p = buf;
    while (*p) {
        char *nl = strchr(p, '\n');
        char *next = nl ? nl + 1 : p + strlen(p);
        if (nl)
            *nl = '\0';
        lineno++;
        size_t len = strlen(p);
        if (len && p[len - 1] == '\r')
            p[--len] = '\0';
        if (len && p[0] != '#') {
            char *f[8];
            int nf = cameo_split(p, f, 8);
            int rc = fn(c, f, nf, path, lineno, err);
            if (rc != DYAD_OK)
                return rc;
        }
        p = next;
    }
    return DYAD_OK;
}

static int cameo_table_line(dyad_cameo *c, char **f, int nf, const char *path, long line,
                            dyad_err *err)
{
    if (nf != 4)
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: expected 4 tab-separated columns, got %d",
                            path, line, nf);
    if (!cameo_code_ok(f[0]))
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: bad CAMEO code '%s' (2-4 digits)", path,
                            line, f[0]);
    if (!*f[1])
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: empty label for %s", path, line, f[0]);
    char *end;
    double g = strtod(f[2], &end);
    if (end == f[2] || *end || g < -10.0 || g > 10.0)
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: bad Goldstein weight '%s' (-10..10)",
                            path, line, f[2]);
    if (strlen(f[3]) != 1 || f[3][0] < '1' || f[3][0] > '4')
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: bad quad class '%s' (1-4)", path, line,
                            f[3]);
    if (dyad_grow(&c->e, &c->cap, c->n + 1, sizeof *c->e) != DYAD_OK)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    dyad_cameo_entry *e = &c->e[c->n++];
    e->code = f[0];
    e->root = NULL; /* set after sorting */
    e->label = f[1];
    e->goldstein = g;
    e->quad = f[3][0] - '0';
    e->plover = e->plover_mode = e->plover_context = "";
    return DYAD_OK;
}

static int cameo_plover_line(dyad_cameo *c, char **f, int nf, const char *path, long line,
                             dyad_err *err)
{
    if (nf < 2 || nf > 4)
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: expected 2-4 tab-separated columns, got %d",
                            path, line, nf);
    if (!cameo_code_ok(f[0]))
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: bad CAMEO code '%s' (2-4 digits)", path,
                            line, f[0]);
    for (const char *s = f[1]; *s; s++)
        if (!((*s >= 'A' && *s <= 'Z') || *s == '_'))
            return dyad_err_set(err, DYAD_EFORMAT,
                                "%s:%ld: bad PLOVER category '%s' (upper-case letters)", path,
                                line, f[1]);
    if (!*f[1])
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: empty PLOVER category", path, line);
    dyad_cameo_entry *e = cameo_exact(c, f[0]);
    if (!e)
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: code %s is not in the CAMEO table", path,
                            line, f[0]);
    if (*e->plover)
        return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: code %s mapped twice", path, line, f[0]);
    e->plover = f[1];
    e->plover_mode = nf > 2 ? f[2] : "";
    e->plover_context = nf > 3 ? f[3] : "";
    return DYAD_OK;
}

static bool cameo_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int dyad_cameo_load_files(dyad_cameo **out, const char *table_path, const char *plover_path,
                          dyad_err *err)
{
    char tbuf[4096], pbuf[4096];
    *out = NULL;
    if (!table_path)
        table_path = dyad_data_path(tbuf, sizeof tbuf, "cameo/cameo.tsv");
    if (!plover_path)
        plover_path = dyad_data_path(pbuf, sizeof pbuf, "cameo/plover.tsv");
    dyad_cameo *c = dyad_calloc(1, sizeof *c);
    if (!c)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    int rc = cameo_read_file(table_path, &c->table_buf, err);
    if (rc == DYAD_OK)
        rc = cameo_each_line(c, c->table_buf, table_path, cameo_table_line, err);
    if (rc == DYAD_OK && c->n == 0)
        rc = dyad_err_set(err, DYAD_EFORMAT, "%s: no CAMEO codes", table_path);
    if (rc == DYAD_OK) {
        if (c->n > 1) /* qsort must not get a NULL array, even of 0 */
            qsort(c->e, c->n, sizeof *c->e, cameo_cmp);
        for (size_t i = 0; i + 1 < c->n && rc == DYAD_OK; i++)
            if (strcmp(c->e[i].code, c->e[i + 1].code) == 0)
                rc = dyad_err_set(err, DYAD_EFORMAT, "%s: code %s listed twice", table_path,
                                  c->e[i].code);
    }
    /* every code needs its root in the table; the root string is the root entry's code */
    for (size_t i = 0; i < c->n && rc == DYAD_OK; i++) {
        char root[3] = {c->e[i].code[0], c->e[i].code[1], '\0'};
        const dyad_cameo_entry *r = cameo_exact(c, root);
        if (!r)
            rc = dyad_err_set(err, DYAD_EFORMAT, "%s: code %s has no root %s in the table",
                              table_path, c->e[i].code, root);
        else
            c->e[i].root = r->code;
    }
    if (rc == DYAD_OK && *plover_path) {
        rc = cameo_read_file(plover_path, &c->plover_buf, err);
        if (rc == DYAD_OK)
            rc = cameo_each_line(c, c->plover_buf, plover_path, cameo_plover_line, err);
    }
    if (rc != DYAD_OK) {
        dyad_cameo_free(c);
        return rc;
    }
    *out = c;
    return DYAD_OK;
}

int dyad_cameo_load(dyad_cameo **out, const char *path, dyad_err *err)
{
    char dbuf[4096], tbuf[4096], pbuf[4096];
    if (!path)
        path = dyad_data_path(dbuf, sizeof dbuf, "cameo");
    if (!cameo_is_dir(path))
        return dyad_cameo_load_files(out, path, "", err);
    snprintf(tbuf, sizeof tbuf, "%s/cameo.tsv", path);
    snprintf(pbuf, sizeof pbuf, "%s/plover.tsv", path);
    FILE *f = fopen(pbuf, "rb");
    if (f)
        fclose(f);
    return dyad_cameo_load_files(out, tbuf, f ? pbuf : "", err);
}

void dyad_cameo_free(dyad_cameo *c)
{
    if (!c)
        return;
    dyad_free(c->e);
    dyad_free(c->table_buf);
    dyad_free(c->plover_buf);
    dyad_free(c);
}

const dyad_cameo_entry *dyad_cameo_find(const dyad_cameo *c, const char *code)
{
    if (!c || !code || !cameo_code_ok(code))
        return NULL;
    char buf[5];
    size_t n = strlen(code);
    memcpy(buf, code, n + 1);
    for (; n >= 2; n--) {
        buf[n] = '\0';
        const dyad_cameo_entry *e = cameo_exact(c, buf);
        if (e)
            return e;
    }
    return NULL;
}

bool dyad_cameo_known(const dyad_cameo *c, const char *code)
{
    if (!c || !code || !cameo_code_ok(code))
        return false;
    if (cameo_exact(c, code))
        return true;
    size_t n = strlen(code);
    if (n < 3)
        return false;
    char parent[5];
    memcpy(parent, code, n - 1);
    parent[n - 1] = '\0';
    return cameo_exact(c, parent) != NULL;
}

size_t dyad_cameo_count(const dyad_cameo *c)
{
    return c ? c->n : 0;
}

const dyad_cameo_entry *dyad_cameo_at(const dyad_cameo *c, size_t i)
{
    return c && i < c->n ? &c->e[i] : NULL;
}

bool dyad_cameo_fill_event(const dyad_cameo *c, dyad_event *ev)
{
    const dyad_cameo_entry *e = dyad_cameo_find(c, ev->code);
    if (!e)
        return false;
    ev->root = e->root;
    ev->quad = e->quad;
    ev->goldstein = e->goldstein;
    ev->plover = e->plover;
    return true;
}

bool dyad_cameo_symmetric(const char *code)
{
    size_t n = code ? strlen(code) : 0;
    if (n == 0)
        return false;
    for (const char *p = DYAD_CAMEO_SYMMETRIC; *p;) {
        size_t len = strcspn(p, ",");
        if (len == n && strncmp(p, code, n) == 0)
            return true;
        p += len;
        if (*p == ',')
            p++;
    }
    return false;
}
