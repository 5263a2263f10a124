/* strbuf.c — growable byte buffer with locale-free number and JSON/TSV escaping helpers. */
#include "base/strbuf.h"
#include "base/alloc.h"
#include "base/utf8.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static bool sb_reserve(dyad_strbuf *sb, size_t extra)
{
    if (sb->failed)
        return false;
    if (sb->len + extra + 1 <= sb->cap)
        return true;
    if (dyad_grow(&sb->data, &sb->cap, sb->len + extra + 1, 1) != DYAD_OK) {
        sb->failed = true;
        return false;
    }
    return true;
}

void dyad_sb_append(dyad_strbuf *sb, const char *s, size_t n)
{
    if (!sb_reserve(sb, n))
        return;
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}

void dyad_sb_puts(dyad_strbuf *sb, const char *s) { dyad_sb_append(sb, s, strlen(s)); }

void dyad_sb_putc(dyad_strbuf *sb, char c) { dyad_sb_append(sb, &c, 1); }

void dyad_sb_printf(dyad_strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !sb_reserve(sb, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb->len += (size_t)n;
}

void dyad_sb_int(dyad_strbuf *sb, long long v)
{
    char tmp[24];
    int i = (int)sizeof tmp;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        tmp[--i] = '-';
    dyad_sb_append(sb, tmp + i, sizeof tmp - (size_t)i);
}

void dyad_sb_fixed(dyad_strbuf *sb, double v, int decimals)
{
    if (!isfinite(v)) {
        dyad_sb_puts(sb, "0");
        return;
    }
    long long scale = 1;
    for (int i = 0; i < decimals; i++)
        scale *= 10;
    double r = v * (double)scale;
    long long q = (long long)(r < 0 ? r - 0.5 : r + 0.5);
    if (q < 0) {
        dyad_sb_putc(sb, '-');
        q = -q;
    }
    dyad_sb_int(sb, q / scale);
    if (decimals > 0) {
        char tmp[24];
        long long frac = q % scale;
        for (int i = decimals - 1; i >= 0; i--) {
            tmp[i] = (char)('0' + frac % 10);
            frac /= 10;
        }
        dyad_sb_putc(sb, '.');
        dyad_sb_append(sb, tmp, (size_t)decimals);
    }
}

void dyad_sb_json_str(dyad_strbuf *sb, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    dyad_sb_putc(sb, '"');
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            size_t len = dyad_utf8_valid_prefix(s + i, n - i);
            if (len == 0) {
                dyad_sb_puts(sb, "\xEF\xBF\xBD");
                i++;
            } else {
                dyad_sb_append(sb, s + i, len);
                i += len;
            }
            continue;
        }
        switch (c) {
        case '"': dyad_sb_puts(sb, "\\\""); break;
        case '\\': dyad_sb_puts(sb, "\\\\"); break;
        case '\n': dyad_sb_puts(sb, "\\n"); break;
        case '\r': dyad_sb_puts(sb, "\\r"); break;
        case '\t': dyad_sb_puts(sb, "\\t"); break;
        default:
            if (c < 0x20) {
                char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                dyad_sb_append(sb, esc, 6);
            } else {
                dyad_sb_putc(sb, (char)c);
            }
        }
        i++;
    }
    dyad_sb_putc(sb, '"');
}

void dyad_sb_tsv_cell(dyad_strbuf *sb, const char *s, size_t n)
{
    if (!sb_reserve(sb, n))
        return;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        sb->data[sb->len++] = (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
    }
    sb->data[sb->len] = '\0';
}

void dyad_sb_clear(dyad_strbuf *sb)
{
    sb->len = 0;
    if (sb->data)
        sb->data[0] = '\0';
}

void dyad_sb_free(dyad_strbuf *sb)
{
    dyad_free(sb->data);
    sb->data = NULL;
    sb->len = sb->cap = 0;
    sb->failed = false;
}
