/* utf8.c — strict UTF-8 decoding (rejects overlongs, surrogates, > U+10FFFF). */
#include "base/utf8.h"

#include <string.h>

size_t dyad_utf8_decode(const char *s, size_t n, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    uint32_t c = u[0];
    size_t len;
    uint32_t min;
    *cp = 0xFFFD;
    if (c < 0x80) {
        *cp = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        len = 2, c &= 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3, c &= 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4, c &= 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (u[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

size_t dyad_utf8_valid_prefix(const char *s, size_t n)
{
    uint32_t cp;
    return dyad_utf8_decode(s, n, &cp);
}

size_t dyad_utf8_first_invalid(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len = dyad_utf8_valid_prefix(s + i, n - i);
        if (len == 0)
            return i;
        i += len;
    }
    return n;
}

size_t dyad_utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    } else if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    } else if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t dyad_utf8_repair(const char *s, size_t n, char *out, size_t *replaced)
{
    size_t i = 0, o = 0, bad = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t len = c < 0x80 ? 1 : dyad_utf8_valid_prefix(s + i, n - i);
        if (len == 0) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i++;
            bad++;
            continue;
        }
        memcpy(out + o, s + i, len);
        o += len;
        i += len;
    }
    out[o] = '\0';
    *replaced = bad;
    return o;
}

int dyad_utf8_upper_at(const char *s, char out[2])
{
    unsigned char c = (unsigned char)s[0];
    if (c >= 'a' && c <= 'z') {
        out[0] = (char)(c - 32);
        return 1;
    }
    unsigned char d = (unsigned char)s[1];
    if (c < 0xC3 || c > 0xC5 || (d & 0xC0) != 0x80) {
        out[0] = (char)c;
        return 1;
    }
    uint32_t cp = ((uint32_t)(c & 0x1F) << 6) | (d & 0x3F), up = cp;
    if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7)
        up = cp - 0x20; /* Latin-1 Supplement: à..þ, not ÷ */
    else if (cp == 0xFF)
        up = 0x178; /* ÿ -> Ÿ */
    else if ((cp >= 0x100 && cp <= 0x12F) || (cp >= 0x132 && cp <= 0x137) ||
             (cp >= 0x14A && cp <= 0x177))
        up = cp & 1 ? cp - 1 : cp; /* pairs: upper even, lower odd */
    else if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        up = cp & 1 ? cp : cp - 1; /* pairs: upper odd, lower even */
    out[0] = (char)(0xC0 | (up >> 6));
    out[1] = (char)(0x80 | (up & 0x3F));
    return 2;
}
