/* json.c — recursive-descent JSON parser (RFC 8259, strict) into an arena tree. */
#include "io/json.h"

#include <stdlib.h>
#include <string.h>

#include "base/utf8.h"

typedef struct {
    dyad_arena *a;
    const char *s;
    size_t n, i;
    int max_depth;
    size_t err_off;
    dyad_err *err;
} jp;

static int fail(jp *p, size_t off, const char *what)
{
    p->err_off = off;
    return dyad_err_set(p->err, DYAD_EFORMAT, "bad JSON at byte %zu: %s", off, what);
}

static void skip_ws(jp *p)
{
    while (p->i < p->n) {
        char c = p->s[p->i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        p->i++;
    }
}

static int hex4(jp *p, size_t at, uint32_t *v)
{
    if (p->n - at < 4)
        return fail(p, at, "truncated \\u escape");
    uint32_t x = 0;
    for (int k = 0; k < 4; k++) {
        char c = p->s[at + (size_t)k];
        int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10
              : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        if (d < 0)
            return fail(p, at + (size_t)k, "bad hex digit in \\u escape");
        x = x * 16 + (uint32_t)d;
    }
    *v = x;
    return DYAD_OK;
}

/* Parses a string starting at the opening quote; the decoded copy goes to the arena. */
static int parse_string(jp *p, const char **out, size_t *out_len)
{
    size_t start = ++p->i;
    size_t j = start;
    bool plain = true;
    /* First pass: find the end and validate. */
    for (;;) {
        if (j >= p->n)
            return fail(p, start - 1, "unterminated string");
        unsigned char c = (unsigned char)p->s[j];
        if (c == '"')
            break;
        if (c < 0x20)
            return fail(p, j, c == 0 ? "NUL byte in string" : "control character in string");
        if (c == '\\') {
            plain = false;
            j += 2;
            continue;
        }
        if (c < 0x80) {
            j++;
            continue;
        }
        size_t k = dyad_utf8_valid_prefix(p->s + j, p->n - j);
        if (k == 0)
            return fail(p, j, "invalid UTF-8");
        j += k;
    }
    size_t end = j;
    char *d = dyad_arena_alloc(p->a, end - start + 1);
    if (!d)
        return dyad_err_set(p->err, DYAD_ENOMEM, "out of memory in JSON string");
    if (plain) {
        memcpy(d, p->s + start, end - start);
        d[end - start] = '\0';
        *out = d;
        *out_len = end - start;
        p->i = end + 1;
        return DYAD_OK;
    }
    size_t o = 0;
    for (size_t k = start; k < end;) {
        char c = p->s[k];
        if (c != '\\') {
            d[o++] = c;
            k++;
            continue;
        }
        char e = p->s[k + 1];
        k += 2;
        switch (e) {
        case '"': d[o++] = '"'; break;
        case '\\': d[o++] = '\\'; break;
        case '/': d[o++] = '/'; break;
        case 'b': d[o++] = '\b'; break;
        case 'f': d[o++] = '\f'; break;
        case 'n': d[o++] = '\n'; break;
        case 'r': d[o++] = '\r'; break;
        case 't': d[o++] = '\t'; break;
        case 'u': {
            uint32_t cp;
            int rc = hex4(p, k, &cp);
            if (rc)
                return rc;
            k += 4;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return fail(p, k - 6, "lone low surrogate in \\u escape");
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                uint32_t lo;
                if (k + 6 > end || p->s[k] != '\\' || p->s[k + 1] != 'u')
                    return fail(p, k - 6, "high surrogate without a low surrogate");
                rc = hex4(p, k + 2, &lo);
                if (rc)
                    return rc;
                if (lo < 0xDC00 || lo > 0xDFFF)
                    return fail(p, k, "high surrogate without a low surrogate");
                k += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
            }
            o += dyad_utf8_encode(cp, d + o); /* never longer than the escape */
            break;
        }
        default:
            return fail(p, k - 2, "bad escape in string");
        }
    }
    d[o] = '\0';
    *out = d;
    *out_len = o;
    p->i = end + 1;
    return DYAD_OK;
}

static int parse_number(jp *p, dyad_json *v)
{
    size_t st = p->i, j = p->i;
    const char *s = p->s;
    if (j < p->n && s[j] == '-')
        j++;
    if (j >= p->n || s[j] < '0' || s[j] > '9')
        return fail(p, st, "bad number");
    if (s[j] == '0') {
        j++;
    } else {
        while (j < p->n && s[j] >= '0' && s[j] <= '9')
            j++;
    }
    if (j < p->n && s[j] == '.') {
        j++;
        if (j >= p->n || s[j] < '0' || s[j] > '9')
            return fail(p, j, "bad number: digits must follow '.'");
        while (j < p->n && s[j] >= '0' && s[j] <= '9')
            j++;
    }
    if (j < p->n && (s[j] == 'e' || s[j] == 'E')) {
        j++;
        if (j < p->n && (s[j] == '+' || s[j] == '-'))
            j++;
        if (j >= p->n || s[j] < '0' || s[j] > '9')
            return fail(p, j, "bad number: digits must follow the exponent");
        while (j < p->n && s[j] >= '0' && s[j] <= '9')
            j++;
    }
    char *t = dyad_arena_strndup(p->a, s + st, j - st);
    if (!t)
        return dyad_err_set(p->err, DYAD_ENOMEM, "out of memory in JSON number");
    v->type = DYAD_JSON_NUMBER;
    v->str = t;
    v->len = j - st;
    v->num = strtod(t, NULL);
    p->i = j;
    return DYAD_OK;
}

static int parse_value(jp *p, dyad_json *v, int depth);

static int parse_container(jp *p, dyad_json *v, int depth, bool is_obj)
{
    if (depth >= p->max_depth)
        return fail(p, p->i, "nesting too deep");
    char close = is_obj ? '}' : ']';
    v->type = is_obj ? DYAD_JSON_OBJECT : DYAD_JSON_ARRAY;
    p->i++;
    skip_ws(p);
    if (p->i < p->n && p->s[p->i] == close) {
        p->i++;
        return DYAD_OK;
    }
    dyad_json **tail = &v->child;
    for (;;) {
        dyad_json *m = dyad_arena_calloc(p->a, sizeof *m);
        if (!m)
            return dyad_err_set(p->err, DYAD_ENOMEM, "out of memory in JSON");
        skip_ws(p);
        if (is_obj) {
            if (p->i >= p->n || p->s[p->i] != '"')
                return fail(p, p->i, "expected a string key");
            size_t key_at = p->i;
            int rc = parse_string(p, &m->key, &m->key_len);
            if (rc)
                return rc;
            if (memchr(m->key, 0, m->key_len))
                return fail(p, key_at, "object key contains \\u0000"); /* no C-string key */
            skip_ws(p);
            if (p->i >= p->n || p->s[p->i] != ':')
                return fail(p, p->i, "expected ':'");
            p->i++;
        }
        int rc = parse_value(p, m, depth + 1);
        if (rc)
            return rc;
        *tail = m;
        tail = &m->next;
        v->count++;
        skip_ws(p);
        if (p->i < p->n && p->s[p->i] == ',') {
            p->i++;
            continue;
        }
        if (p->i < p->n && p->s[p->i] == close) {
            p->i++;
            return DYAD_OK;
        }
        return fail(p, p->i, is_obj ? "expected ',' or '}'" : "expected ',' or ']'");
    }
}

static int literal(jp *p, const char *word, dyad_json_type t, dyad_json *v)
{
    size_t k = strlen(word);
    if (p->n - p->i < k || memcmp(p->s + p->i, word, k) != 0)
        return fail(p, p->i, "unexpected character");
    v->type = t;
    p->i += k;
    return DYAD_OK;
}

static int parse_value(jp *p, dyad_json *v, int depth)
{
    skip_ws(p);
    if (p->i >= p->n)
        return fail(p, p->i, "unexpected end of input");
    size_t st = p->i;
    char c = p->s[p->i];
    int rc;
    if (c == '{' || c == '[') {
        rc = parse_container(p, v, depth, c == '{');
    } else if (c == '"') {
        v->type = DYAD_JSON_STRING;
        rc = parse_string(p, &v->str, &v->len);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        rc = parse_number(p, v);
    } else if (c == 't') {
        rc = literal(p, "true", DYAD_JSON_TRUE, v);
    } else if (c == 'f') {
        rc = literal(p, "false", DYAD_JSON_FALSE, v);
    } else if (c == 'n') {
        rc = literal(p, "null", DYAD_JSON_NULL, v);
    } else if (c == '\0') {
        rc = fail(p, p->i, "NUL byte");
    } else {
        rc = fail(p, p->i, "unexpected character");
    }
    if (rc)
        return rc;
    v->raw = p->s + st;
    v->raw_len = p->i - st;
    return DYAD_OK;
}

int dyad_json_parse(dyad_arena *a, const char *s, size_t n, int max_depth, dyad_json **out,
                    size_t *err_off, dyad_err *err)
{
    jp p = {a, s, n, 0, max_depth > 0 ? max_depth : DYAD_JSON_MAX_DEPTH, 0, err};
    *out = NULL;
    dyad_json *v = dyad_arena_calloc(a, sizeof *v);
    if (!v)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory in JSON");
    int rc = parse_value(&p, v, 0);
    if (rc == DYAD_OK) {
        skip_ws(&p);
        if (p.i < n)
            rc = fail(&p, p.i, "trailing characters after the value");
    }
    if (err_off)
        *err_off = p.err_off;
    if (rc == DYAD_OK)
        *out = v;
    return rc;
}

const dyad_json *dyad_json_get(const dyad_json *o, const char *key)
{
    if (!o || o->type != DYAD_JSON_OBJECT)
        return NULL;
    size_t k = strlen(key);
    for (const dyad_json *m = o->child; m; m = m->next)
        if (m->key_len == k && memcmp(m->key, key, k) == 0)
            return m;
    return NULL;
}

const char *dyad_json_type_name(dyad_json_type t)
{
    static const char *const names[] = {"null", "false", "true", "number", "string", "array",
                                        "object"};
    return (unsigned)t < DYAD_ARRAY_LEN(names) ? names[t] : "?";
}
