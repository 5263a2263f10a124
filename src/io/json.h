/* json.h — a small strict JSON parser building a tree in an arena (for JSON-lines input). */
#ifndef DYAD_JSON_H
#define DYAD_JSON_H

#include "base/arena.h"
#include "base/common.h"

typedef enum {
    DYAD_JSON_NULL, DYAD_JSON_FALSE, DYAD_JSON_TRUE, DYAD_JSON_NUMBER,
    DYAD_JSON_STRING, DYAD_JSON_ARRAY, DYAD_JSON_OBJECT
} dyad_json_type;

/* One value. Strings are decoded (escapes resolved, NUL-terminated, may contain NUL bytes
 * when the input had \u0000: use len). Numbers keep their source text in str/len and the
 * value in num. Arrays and objects list their members through child/next; object members
 * carry their decoded key. raw/raw_len is the value's exact source text. */
typedef struct dyad_json {
    dyad_json_type type;
    const char *str;
    size_t len;
    double num;
    const char *key;
    size_t key_len;
    const char *raw;
    size_t raw_len;
    struct dyad_json *child, *next;
    size_t count; /* members of an array or object */
} dyad_json;

#define DYAD_JSON_MAX_DEPTH 64

/* Parses exactly one JSON value from s[0..n) (surrounding whitespace allowed) into arena a.
 * Nesting deeper than max_depth, invalid UTF-8, control characters in strings, lone
 * surrogates, trailing bytes and the like fail with DYAD_EFORMAT; err->msg then says what
 * and at which byte offset (also stored in *err_off when err_off is not NULL). */
DYAD_INTERNAL int dyad_json_parse(dyad_arena *a, const char *s, size_t n, int max_depth,
                                  dyad_json **out, size_t *err_off, dyad_err *err);
/* The member of object o called key, or NULL. */
DYAD_INTERNAL const dyad_json *dyad_json_get(const dyad_json *o, const char *key);
/* "null", "string", ... for messages. */
DYAD_INTERNAL const char *dyad_json_type_name(dyad_json_type t);

#endif
