/* test_base.c — arena, intern table, UTF-8, string buffer, allocation failure injection. */
#include "../tests/check.h"
#include "base/alloc.h"
#include "base/arena.h"
#include "base/hash.h"
#include "base/strbuf.h"
#include "base/utf8.h"

static void test_arena(void)
{
    dyad_arena a;
    dyad_arena_init(&a, 64);
    char *s = dyad_arena_strdup(&a, "hello");
    void *big = dyad_arena_alloc(&a, 1000);
    CHECK(s && strcmp(s, "hello") == 0, "arena copies strings");
    CHECK(big && ((uintptr_t)big & 15) == 0, "arena returns 16-aligned blocks larger than block size");
    dyad_arena_reset(&a);
    CHECK(a.used_total == 0, "arena reset forgets usage");
    dyad_arena_free(&a);
}

static void test_intern(void)
{
    dyad_intern t;
    dyad_intern_init(&t);
    char buf[16];
    int ok = 1;
    for (int i = 0; i < 1000; i++) {
        int n = snprintf(buf, sizeof buf, "w%d", i);
        if (dyad_intern_add(&t, buf, (size_t)n) != i)
            ok = 0;
    }
    CHECK(ok && t.count == 1000, "intern assigns dense ids");
    CHECK(dyad_intern_find(&t, "w517", 4) == 517, "intern finds an existing string");
    CHECK(dyad_intern_find(&t, "nope", 4) == -1, "intern reports absent strings");
    CHECK_STR(dyad_intern_str(&t, 42), "w42", "intern returns the string for an id");
    dyad_intern_free(&t);
}

static void test_utf8(void)
{
    CHECK(dyad_utf8_first_invalid("abc\xC3\xA9", 5) == 5, "valid UTF-8 passes");
    CHECK(dyad_utf8_first_invalid("ab\xC3", 3) == 2, "truncated sequence is found");
    CHECK(dyad_utf8_first_invalid("a\0b", 3) == 1, "NUL byte is found");
    CHECK(dyad_utf8_first_invalid("\xC0\xAF", 2) == 0, "overlong encoding is rejected");
    CHECK(dyad_utf8_first_invalid("\xED\xA0\x80", 3) == 0, "surrogate is rejected");
    char out[4];
    uint32_t cp;
    size_t n = dyad_utf8_encode(0x20AC, out);
    CHECK(n == 3 && dyad_utf8_decode(out, n, &cp) == 3 && cp == 0x20AC, "encode/decode round trip");
    /* upper case of Latin letters, same byte length: ñ Ñ, ł Ł, ÿ Ÿ; ÷ and ı stay */
    static const struct {
        const char *in, *want;
    } up[] = {{"a", "A"},          {"Z", "Z"},          {"\xC3\xB1", "\xC3\x91"},
              {"\xC3\x91", "\xC3\x91"}, {"\xC5\x82", "\xC5\x81"}, {"\xC3\xBF", "\xC5\xB8"},
              {"\xC3\xB7", "\xC3\xB7"}, {"\xC4\xB1", "\xC4\xB1"}, {"\xC5\xBE", "\xC5\xBD"},
              {"\xE2\x82\xAC", "\xE2"}};
    for (size_t i = 0; i < sizeof up / sizeof up[0]; i++) {
        char u[3] = {0};
        int k = dyad_utf8_upper_at(up[i].in, u);
        CHECK(k == (int)strlen(up[i].want) && memcmp(u, up[i].want, (size_t)k) == 0,
              "upper case of case %zu (%d bytes)", i, k);
    }
}

static void test_strbuf(void)
{
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    dyad_sb_fixed(&sb, -3.4, 2);
    dyad_sb_putc(&sb, ' ');
    dyad_sb_int(&sb, -1234567);
    dyad_sb_putc(&sb, ' ');
    dyad_sb_json_str(&sb, "a\"b\n\x01\xFF", 6);
    CHECK_STR(sb.data, "-3.40 -1234567 \"a\\\"b\\n\\u0001\xEF\xBF\xBD\"", "strbuf formats numbers and JSON");
    dyad_sb_free(&sb);
}

static void test_alloc_failure(void)
{
    dyad_arena a;
    dyad_arena_init(&a, 0);
    dyad_alloc_fail_after(1);
    void *p = dyad_arena_alloc(&a, 10);
    dyad_alloc_fail_after(0);
    CHECK(p == NULL, "injected allocation failure reaches the caller as NULL");
    dyad_arena_free(&a);
}

int main(void)
{
    test_arena();
    test_intern();
    test_utf8();
    test_strbuf();
    test_alloc_failure();
    CHECK_EXIT();
}
