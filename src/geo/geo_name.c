/* geo_name.c — place-name normal form: Latin letters folded to lowercase ASCII, separators
 * made single spaces (geo_name.h). The fold tables give the base letter of every code point
 * of Latin-1 Supplement and Latin Extended-A/B (U+00C0..U+024F) and of Latin Extended
 * Additional (U+1E00..U+1EFF); '?' marks a code point that is no Latin letter. */
#include "geo/geo_name.h"

#include <string.h>

static const char fold_c0[] = /* U+00C0 .. U+024F */
    "aaaaaaaceeeeiiiidnooooo?ouuuuytsaaaaaaaceeeeiiiidnooooo?ouuuuyty"
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkk?lllllll"
    "lllnnnnnn?nnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
    "b??????????????????????i????????oo?????????????uu????zz?????????"
    "????dddlllnnnaaiioouuuuuuuuuu?aaaa??ggggkkoooo??jdddgg??nnaa????"
    "aaaaeeeeiiiioooorrrruuuusstt??hh??????aaeeooooooooyy????????????"
    "???b??ee????????";

static const char fold_1e[] = /* U+1E00 .. U+1EFF */
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
    "wwwwwwwwwwxxxxyyzzzzzzhtwyas??s?aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy??????";

/* Decodes one UTF-8 sequence at s[*i] (advancing *i); returns the code point, or -1 on a
 * malformed sequence (one byte is consumed). */
static long next_cp(const unsigned char *s, size_t n, size_t *i)
{
    unsigned c = s[*i];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (len == 0 || *i + (size_t)len > n) {
        (*i)++;
        return -1;
    }
    long cp = len == 1 ? (long)c : (long)(c & (0x7Fu >> len));
    for (int k = 1; k < len; k++) {
        if ((s[*i + (size_t)k] & 0xC0) != 0x80) {
            (*i)++;
            return -1;
        }
        cp = (cp << 6) | (s[*i + (size_t)k] & 0x3F);
    }
    *i += (size_t)len;
    return cp;
}

/* The folded letter of cp, 0 for a separator, 1 for a character dropped, '?' for another
 * script or symbol. */
static int fold(long cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return (int)(cp - 'A' + 'a');
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
        return (int)cp;
    if (cp == '\'' || cp == '.' || cp == '`' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BB ||
        cp == 0x02BC || cp == 0x02BF || cp == 0x02BE || cp == 0xB4)
        return 1;
    if (cp == ' ' || cp == '-' || cp == ',' || cp == '\t' || cp == '/' || cp == 0xA0 ||
        cp == 0x2010 || cp == 0x2011 || cp == 0x2013 || cp == 0x2014 || cp == '(' || cp == ')')
        return 0;
    if (cp >= 0xC0 && cp < 0x250)
        return fold_c0[cp - 0xC0];
    if (cp >= 0x1E00 && cp < 0x1F00)
        return fold_1e[cp - 0x1E00];
    if (cp >= 0x300 && cp < 0x370) /* combining diacritics (decomposed input) */
        return 1;
    return '?';
}

size_t dyad_geo_norm(const char *s, size_t n, char *out, size_t cap)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t len = 0, i = 0;
    bool space = false;
    while (i < n) {
        long cp = next_cp(u, n, &i);
        int f = cp < 0 ? '?' : fold(cp);
        if (f == '?')
            return 0;
        if (f == 1)
            continue;
        if (f == 0) {
            space = len > 0;
            continue;
        }
        if (len + (space ? 2 : 1) >= cap)
            return 0;
        if (space)
            out[len++] = ' ';
        space = false;
        out[len++] = (char)f;
    }
    if (cap)
        out[len < cap ? len : cap - 1] = '\0';
    return len;
}

uint32_t dyad_geo_key_hash(const char *key, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)key[i];
        h *= 16777619u;
    }
    return h;
}
