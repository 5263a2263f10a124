/* test_json.c — the strict JSON parser: values, escapes, surrogates, depth, errors. */
#include <string.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "check.h"
#include "io/json.h"

static dyad_arena A;

static int parse(const char *s, dyad_json **v, size_t *off, dyad_err *err)
{
    return dyad_json_parse(&A, s, strlen(s), 0, v, off, err);
}

static void bad(const char *s, const char *why_part, const char *name)
{
    dyad_json *v;
    size_t off = 0;
    dyad_err err;
    dyad_err_clear(&err);
    int rc = parse(s, &v, &off, &err);
    CHECK(rc == DYAD_EFORMAT && strstr(err.msg, why_part), "rejects %s: %s", name, err.msg);
}

int main(void)
{
    dyad_arena_init(&A, 0);
    dyad_json *v;
    size_t off;
    dyad_err err;

    CHECK(parse("{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"x\"}, \"e\": -1.5e3 }", &v, &off,
                &err) == DYAD_OK, "object parses");
    CHECK(v && v->type == DYAD_JSON_OBJECT && v->count == 4, "object with 4 members");
    const dyad_json *b = dyad_json_get(v, "b");
    CHECK(b && b->type == DYAD_JSON_ARRAY && b->count == 3 && b->child->type == DYAD_JSON_TRUE &&
              b->child->next->type == DYAD_JSON_FALSE && b->child->next->next->type == DYAD_JSON_NULL,
          "array of literals");
    const dyad_json *e = dyad_json_get(v, "e");
    CHECK(e && e->type == DYAD_JSON_NUMBER && e->num == -1500.0, "number value");
    CHECK_STR(e ? e->str : NULL, "-1.5e3", "number keeps its text");
    const dyad_json *c = dyad_json_get(v, "c");
    CHECK(c && c->raw_len == 9 && memcmp(c->raw, "{\"d\":\"x\"}", 9) == 0, "raw span of a member");
    CHECK_STR(dyad_json_get(c, "d")->str, "x", "nested member");
    CHECK(dyad_json_get(v, "zz") == NULL, "missing key is NULL");

    CHECK(parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", &v, &off, &err) == DYAD_OK, "escapes parse");
    CHECK(v && v->len == 12 && memcmp(v->str, "a\"b\\c/d\b\f\n\r\t", 12) == 0, "escapes decoded");
    CHECK(parse("\"\\u00e9\\u20AC\\ud83d\\ude00\"", &v, &off, &err) == DYAD_OK, "\\u escapes parse");
    CHECK_STR(v ? v->str : NULL, "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", "BMP and surrogate pair");
    CHECK(parse("\"a\\u0000b\"", &v, &off, &err) == DYAD_OK && v->len == 3 && v->str[1] == '\0',
          "\\u0000 decodes to a NUL byte with the right length");
    CHECK(parse("  \"caf\xC3\xA9\"  ", &v, &off, &err) == DYAD_OK && v->len == 5, "raw UTF-8");
    CHECK(parse("0", &v, &off, &err) == DYAD_OK && v->num == 0, "zero");
    CHECK(parse("[]", &v, &off, &err) == DYAD_OK && v->count == 0, "empty array");
    CHECK(parse("{}", &v, &off, &err) == DYAD_OK && v->count == 0, "empty object");

    bad("\"\\ud83d\"", "surrogate", "lone high surrogate");
    bad("\"\\ude00\"", "surrogate", "lone low surrogate");
    bad("\"\\ud83d\\u0041\"", "surrogate", "high surrogate with a non-low partner");
    bad("\"\\x\"", "escape", "unknown escape");
    bad("{\"a\\u0000b\":1}", "u0000", "NUL in an object key (no C-string lookup finds it)");
    bad("\"\\u12G4\"", "hex", "bad hex digit");
    bad("\"ab", "unterminated", "unterminated string");
    bad("\"a\tb\"", "control", "raw tab in a string");
    bad("\"a\xC3(\"", "UTF-8", "invalid UTF-8");
    bad("\"\xED\xA0\x80\"", "UTF-8", "UTF-8-encoded surrogate");
    bad("01", "trailing", "leading zero");
    bad("1.", "digits", "number ending in a point");
    bad("1e", "exponent", "exponent without digits");
    bad("-", "number", "minus alone");
    bad("tru", "unexpected", "truncated literal");
    bad("{\"a\" 1}", "':'", "missing colon");
    bad("{\"a\":1,}", "string key", "trailing comma in an object");
    bad("[1,]", "unexpected", "trailing comma in an array");
    bad("[1 2]", "','", "missing comma");
    bad("{a:1}", "string key", "unquoted key");
    bad("{\"a\":1} x", "trailing", "bytes after the value");
    bad("", "end of input", "empty input");
    bad("'a'", "unexpected", "single quotes");

    dyad_err_clear(&err);
    CHECK(dyad_json_parse(&A, "{\"a\":\n  @}", 10, 0, &v, &off, &err) == DYAD_EFORMAT && off == 8 &&
              strstr(err.msg, "byte 8"),
          "error offset reported: %s", err.msg);

    char deep[300];
    for (int i = 0; i < 100; i++)
        deep[i] = '[';
    for (int i = 0; i < 100; i++)
        deep[100 + i] = ']';
    deep[200] = '\0';
    bad(deep, "too deep", "nesting of 100 arrays");
    CHECK(dyad_json_parse(&A, deep + 40, 120, 0, &v, &off, &err) == DYAD_OK,
          "nesting of 60 arrays parses");
    CHECK(dyad_json_parse(&A, deep + 40, 120, 10, &v, &off, &err) == DYAD_EFORMAT,
          "a caller's depth limit applies");
    CHECK_STR(dyad_json_type_name(DYAD_JSON_OBJECT), "object", "type names");

    dyad_alloc_fail_after(1);
    dyad_arena tmp;
    dyad_arena_init(&tmp, 0);
    int rc = dyad_json_parse(&tmp, "{\"a\":[1,2]}", 11, 0, &v, &off, &err);
    dyad_alloc_fail_after(0);
    CHECK(rc == DYAD_ENOMEM, "out of memory reported, not crashed");
    dyad_arena_free(&tmp);
    dyad_arena_free(&A);
    CHECK_EXIT();
}
