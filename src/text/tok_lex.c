/* tok_lex.c — splits one whitespace-free chunk of text into surface tokens (UD English EWT style). */
#include "text/tok_lex.h"

#include "base/alloc.h"
#include "base/utf8.h"

#include <string.h>

/* Character kinds seen by the lexer. */
enum { K_WORD, K_PUNCT, K_OPEN, K_CLOSE, K_QUOTE, K_TERM, K_APOS, K_BAD };

/* Abbreviations that keep their period; titles (second list) precede a name. */
static const char *const abbrevs[] = {
    "inc", "ltd", "co", "corp", "jr", "sr", "etc", "vs", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vol", "ave", "blvd", "dept",
    "univ", "est", "approx", "ft", "mt", "bros", "assn", "intl", "govt", "min", "max", "fig",
    "p", "pp", "ca", "cf", "al", "i.e", "e.g", "a.m", "p.m", "u.s", "u.k", "u.n", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "ph.d", "hwy", "rd", "ext",
};
static const char *const titles[] = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "maj", "adm", "rev", "st", "hon", "pres", "supt", "cmdr", "cpl", "pvt", "messrs", "fr",
};
/* Words that commonly open a sentence, for deciding after an abbreviation. */
static const char *const starters[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "This",
    "That", "There", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "On", "At",
    "For", "However", "If", "When", "After", "As", "So", "Some", "Many", "Most", "One", "Mr.",
    "Mrs.", "Ms.", "Dr.", "What", "Why", "How", "Who", "Please", "Thanks", "Also", "Meanwhile",
};

/* a[0..n) equals the lower-case literal lit, ignoring case (no strlen: most words differ at
 * their first letter, and the tokenizer asks this of every word). */
static bool eq_ci(const char *a, size_t n, const char *lit)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)a[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (!lit[i] || c != (unsigned char)lit[i])
            return false;
    }
    return lit[n] == 0;
}

int dyad_tok_abbrev(const char *s, size_t n)
{
    if (n == 0 || n > 6)
        return 0;
    for (size_t i = 0; i < DYAD_ARRAY_LEN(titles); i++)
        if (eq_ci(s, n, titles[i]))
            return 2;
    for (size_t i = 0; i < DYAD_ARRAY_LEN(abbrevs); i++)
        if (eq_ci(s, n, abbrevs[i]))
            return 1;
    return 0;
}

bool dyad_tok_starter(const char *s, size_t n)
{
    for (size_t i = 0; i < DYAD_ARRAY_LEN(starters); i++)
        if (strlen(starters[i]) == n && memcmp(starters[i], s, n) == 0)
            return true;
    return false;
}

static bool is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

/* Kind and byte length of the character at t[i] (i < end). */
static int kind_at(const char *t, uint32_t i, uint32_t end, uint32_t *len)
{
    unsigned char c = (unsigned char)t[i];
    *len = 1;
    if (c < 0x80) {
        if (is_alnum(c) || c == '_')
            return K_WORD;
        switch (c) {
        case '.': case '!': case '?': return K_TERM;
        case '(': case '[': case '{': return K_OPEN;
        case ')': case ']': case '}': return K_CLOSE;
        case '"': case '`': return K_QUOTE;
        case '\'': return K_APOS;
        case 0: return K_BAD;
        default: return K_PUNCT;
        }
    }
    uint32_t cp;
    size_t n = dyad_utf8_decode(t + i, end - i, &cp);
    if (n == 0)
        return K_BAD;
    *len = (uint32_t)n;
    switch (cp) {
    case 0x2019: return K_APOS;
    case 0x2018: case 0x201C: case 0x00AB: case 0x201E: return K_OPEN;
    case 0x201D: case 0x00BB: return K_CLOSE;
    case 0x2026: return K_TERM;
    default: break;
    }
    if ((cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x00A1 && cp <= 0x00BF && cp != 0x00AA &&
                                           cp != 0x00B2 && cp != 0x00B3 && cp != 0x00B5 &&
                                           cp != 0x00B9 && cp != 0x00BA) ||
        cp == 0x00D7 || cp == 0x00F7 || (cp >= 0x20A0 && cp <= 0x20CF) ||
        (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x2190 && cp <= 0x2BFF) || cp == 0x3000 ||
        (cp >= 0x3001 && cp <= 0x3003) || cp == 0xFFFD)
        return K_PUNCT;
    return K_WORD;
}

static int push(dyad_tok_list *l, uint32_t s, uint32_t e, uint32_t split, uint8_t flags)
{
    if (l->n == l->cap && dyad_grow(&l->v, &l->cap, l->n + 1, sizeof *l->v) != DYAD_OK)
        return DYAD_ENOMEM;
    dyad_tok_surface *t = &l->v[l->n++];
    t->start = s;
    t->end = e;
    t->split = split;
    t->flags = flags;
    t->space_after = 0;
    return DYAD_OK;
}

/* Length of an apostrophe (' or U+2019) at t[i], 0 when none. */
static uint32_t apos_len(const char *t, uint32_t i, uint32_t end)
{
    if (i < end && t[i] == '\'')
        return 1;
    if (i + 2 < end && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0x99)
        return 3;
    return 0;
}

static const struct {
    const char *word;
    uint32_t cut;
} bare_contractions[] = {
    {"dont", 2}, {"cant", 2}, {"doesnt", 4}, {"didnt", 3}, {"isnt", 2}, {"wasnt", 3},
    {"arent", 3}, {"werent", 4}, {"havent", 4}, {"hasnt", 3}, {"hadnt", 3}, {"couldnt", 5},
    {"wouldnt", 5}, {"shouldnt", 6}, {"aint", 2}, {"im", 1}, {"ive", 1}, {"thats", 4},
    {"youre", 3}, {"theyre", 4}, {"whats", 4},
};

/* Where the word t[a, b) splits into two words (don't → do|n't), or 0 when it does not. */
static uint32_t clitic_split(const char *t, uint32_t a, uint32_t b)
{
    uint32_t n = b - a;
    if (n >= 4) {
        /* n't */
        char c1 = (char)(t[b - 1] | 32);
        if (c1 == 't') {
            uint32_t al = apos_len(t, b - 2, b) ? 1 : (b >= a + 4 && apos_len(t, b - 4, b) == 3 ? 3 : 0);
            uint32_t ap = b - 1 - al;
            if (al && ap > a + 1 && (t[ap - 1] | 32) == 'n')
                return ap - 1;
        }
    }
    /* 's 'm 'd, 're 've 'll */
    for (uint32_t k = 1; k <= 2; k++) {
        if (n < k + 2)
            break;
        for (uint32_t al = 1; al <= 3; al += 2) {
            if (b < a + k + al + 1)
                continue;
            uint32_t ap = b - k - al;
            if (apos_len(t, ap, b) != al || is_digit((unsigned char)t[ap - 1]))
                continue;
            char x = (char)(t[b - k] | 32), y = k == 2 ? (char)(t[b - 1] | 32) : 0;
            bool ok = k == 1 ? (x == 's' || x == 'm' || x == 'd')
                             : ((x == 'r' && y == 'e') || (x == 'v' && y == 'e') ||
                                (x == 'l' && y == 'l'));
            if (ok)
                return ap;
        }
    }
    /* contractions typed without their apostrophe (dont, cant, im, thats): EWT splits them */
    for (size_t k = 0; k < DYAD_ARRAY_LEN(bare_contractions); k++)
        if (eq_ci(t + a, n, bare_contractions[k].word))
            return a + bare_contractions[k].cut;
    if (eq_ci(t + a, n, "cannot") || eq_ci(t + a, n, "gonna") || eq_ci(t + a, n, "wanna") ||
        eq_ci(t + a, n, "gotta"))
        return a + 3;
    return 0;
}

/* True when t[a, b) is letters separated by single periods (U.S, e.g, a.m, Ph.D). */
static bool dotted_letters(const char *t, uint32_t a, uint32_t b)
{
    bool dot = false;
    uint32_t run = 0;
    for (uint32_t i = a; i < b; i++) {
        if (t[i] == '.') {
            if (run == 0)
                return false;
            dot = true;
            run = 0;
        } else if (is_alpha((unsigned char)t[i])) {
            if (++run > 2)
                return false;
        } else {
            return false;
        }
    }
    return dot;
}

static bool url_like(const char *t, uint32_t a, uint32_t b)
{
    uint32_t n = b - a;
    if ((n > 7 && eq_ci(t + a, 7, "http://")) || (n > 8 && eq_ci(t + a, 8, "https://")) ||
        (n > 6 && eq_ci(t + a, 6, "ftp://")) || (n > 4 && eq_ci(t + a, 4, "www.")))
        return true;
    /* e-mail: alnum@...alnum.alnum */
    for (uint32_t i = a; i + 3 < b; i++)
        if (t[i] == '@' && (i == a || is_alnum((unsigned char)t[i - 1]) || t[i - 1] == '.')) {
            for (uint32_t j = i + 2; j + 1 < b; j++)
                if (t[j] == '.' && is_alnum((unsigned char)t[j + 1]))
                    return true;
            return false;
        }
    return false;
}

static const char *const emoticons[] = {
    ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p", ":/",
    ":o", ":O", "<3", "^_^", ":'(", "=)", ":]", ":[", ";D", "XD", ":|", "-_-",
};

/* Prefixes that EWT keeps attached by their hyphen (non-Microsoft, e-mail, re-wording). */
static const char *const hyphen_prefixes[] = {
    "e", "non", "pre", "anti", "re", "mid", "post", "co", "over", "pro", "multi", "ex", "sub",
    "semi", "neo", "cross", "un", "vice", "socio", "micro", "intra", "counter", "arch", "mis",
    "inter", "psycho", "de", "bi", "tri", "pan", "ultra", "mega", "macro", "extra",
};

/* Whether the hyphen at t[j] stays inside the word that began at t[w]. */
static bool hyphen_joins(const char *t, uint32_t w, uint32_t j, uint32_t end)
{
    if (j + 1 >= end || j == w)
        return false;
    unsigned char nx = (unsigned char)t[j + 1];
    if (is_alpha(nx)) {
        for (uint32_t i = w; i < j; i++)
            if (!is_alpha((unsigned char)t[i]))
                return false;
        for (size_t k = 0; k < DYAD_ARRAY_LEN(hyphen_prefixes); k++)
            if (eq_ci(t + w, j - w, hyphen_prefixes[k]))
                return true;
        return false;
    }
    /* phone numbers and ZIP+4 codes: 1, 3 or 5 digits, a hyphen, 4 digits */
    uint32_t l = 0, r = 0;
    while (l < j - w && is_digit((unsigned char)t[j - 1 - l]))
        l++;
    while (j + 1 + r < end && is_digit((unsigned char)t[j + 1 + r]))
        r++;
    bool left_ok = l == 1 || l == 3 || l == 5;
    return l > 0 && (l == j - w || t[j - 1 - l] == '-') && left_ok && r == 4 && (j + 5 >= end || !is_alnum((unsigned char)t[j + 5]));
}

/* Word characters continue through t[j] when it joins two word parts. */
/* t[a..b) is one to three capital letters followed by '$' (a dollar of that country). */
static bool currency_letters(const char *t, uint32_t a, uint32_t b, uint32_t end)
{
    if (b >= end || t[b] != '$' || b - a > 3)
        return false;
    for (uint32_t i = a; i < b; i++)
        if (t[i] < 'A' || t[i] > 'Z')
            return false;
    return true;
}

static bool joins(const char *t, uint32_t start, uint32_t j, uint32_t end, uint32_t *len)
{
    if (j + 1 >= end)
        return false;
    unsigned char c = (unsigned char)t[j], p = (unsigned char)t[j - 1],
                  nx = (unsigned char)t[j + 1];
    *len = 1;
    switch (c) {
    case '.': return is_alnum(nx) && (is_alnum(p) || p >= 0x80);
    case ',': return is_digit(p) && is_digit(nx);
    case ':': return is_digit(p) && is_digit(nx);
    case '/':
        /* dates (11/28/2000) and letter pairs (b/c, w/o) stay whole; and/or splits */
        if (is_digit(p) && is_digit(nx))
            return true;
        return is_alpha(p) && is_alpha(nx) && (j < 2 + start || !is_alnum((unsigned char)t[j - 2])) &&
               (j + 2 >= end || !is_alnum((unsigned char)t[j + 2]));
    case '&': case '@': return is_alnum(p) && is_alnum(nx);
    case '-': return hyphen_joins(t, start, j, end);
    default: break;
    }
    uint32_t al = apos_len(t, j, end);
    if (al && j + al < end && (is_alnum(p) || p >= 0x80) && is_alpha((unsigned char)t[j + al])) {
        *len = al;
        return true;
    }
    return false;
}

int dyad_tok_lex_chunk(dyad_tok_list *list, const char *t, uint32_t start, uint32_t end)
{
    uint32_t len;
    /* Emoticons standing alone or before final punctuation. */
    for (size_t e = 0; e < DYAD_ARRAY_LEN(emoticons); e++) {
        if (t[start] != emoticons[e][0])
            continue;
        size_t m = strlen(emoticons[e]);
        if (m <= end - start && memcmp(t + start, emoticons[e], m) == 0 &&
            (m == end - start || t[start + m] == '.' || t[start + m] == '!' ||
             t[start + m] == '?' || t[start + m] == ',')) {
            if (push(list, start, start + (uint32_t)m, 0, 0) != DYAD_OK)
                return DYAD_ENOMEM;
            start += (uint32_t)m;
            break;
        }
    }
    /* URLs and e-mail addresses stay whole once openers and final punctuation are off. */
    uint32_t pos = start, a = start, b = end;
    while (a < b && strchr("(\"'[<", t[a]) && t[a])
        a++;
    while (b > a && strchr(")\"'].,;:!?>", t[b - 1]) && t[b - 1])
        b--;
    if (b > a && url_like(t, a, b)) {
        for (uint32_t i = start; i < a; i++)
            if (push(list, i, i + 1, 0, DYAD_TOKF_OPEN) != DYAD_OK)
                return DYAD_ENOMEM;
        if (push(list, a, b, 0, 0) != DYAD_OK)
            return DYAD_ENOMEM;
        pos = b;
    }
    while (pos < end) {
        int k = kind_at(t, pos, end, &len);
        unsigned char c0 = (unsigned char)t[pos];
        bool lead = pos + 1 < end && ((c0 == '#' && pos == start && is_alpha((unsigned char)t[pos + 1])) ||
                                      (c0 == '\'' && is_digit((unsigned char)t[pos + 1])) ||
                                      (c0 == '.' && is_alnum((unsigned char)t[pos + 1]) &&
                                       (pos == start || t[pos - 1] != '.')));
        if (k == K_WORD || lead) {
            uint32_t j = pos + len, jl;
            while (j < end) {
                int kk = kind_at(t, j, end, &jl);
                if (kk == K_WORD)
                    j += jl;
                else if (joins(t, pos, j, end, &jl))
                    j += jl;
                else
                    break;
            }
            if (currency_letters(t, pos, j, end))
                j++; /* "US$", "HK$", "A$": one token, as in UD EWT */
            uint8_t flags = ((unsigned char)t[pos] >= 'A' && (unsigned char)t[pos] <= 'Z')
                                ? DYAD_TOKF_UPPER : 0;
            uint32_t split = 0;
            /* a final period joins an abbreviation; of two periods (Inc..) the first does */
            uint32_t dots = 0;
            while (j + dots < end && t[j + dots] == '.')
                dots++;
            if (dots == 1 || (dots == 2 && (dyad_tok_abbrev(t + pos, j - pos) || dotted_letters(t, pos, j)))) {
                int ab = dyad_tok_abbrev(t + pos, j - pos);
                bool single = j == pos + 1 && is_alpha((unsigned char)t[pos]);
                if (ab || single || dotted_letters(t, pos, j)) {
                    j++;
                    flags |= DYAD_TOKF_ABBR;
                    if (ab == 2 || (single && (flags & DYAD_TOKF_UPPER)))
                        flags |= DYAD_TOKF_TITLE;
                }
            }
            if (!(flags & DYAD_TOKF_ABBR))
                split = clitic_split(t, pos, j);
            if (push(list, pos, j, split, flags) != DYAD_OK)
                return DYAD_ENOMEM;
            pos = j;
            continue;
        }
        uint32_t j = pos + len;
        uint8_t flags = 0;
        unsigned char c = (unsigned char)t[pos];
        if (k == K_TERM) {
            /* a run of . ! ? (and ellipses) is one token */
            while (j < end) {
                uint32_t l2;
                if (kind_at(t, j, end, &l2) != K_TERM)
                    break;
                j += l2;
            }
            flags = DYAD_TOKF_TERM;
        } else if (k == K_PUNCT && (c == '-' || c == '*' || c == '=' || c == '~' || c == '#' || c == '<' ||
                                    c == '>' || c == '$' || c == '_')) {
            while (j < end && (unsigned char)t[j] == c)
                j++;
        } else if (k == K_OPEN) {
            flags = DYAD_TOKF_OPEN;
        } else if (k == K_CLOSE) {
            flags = DYAD_TOKF_CLOSE;
        } else if (k == K_QUOTE || k == K_APOS) {
            /* a straight or right single quote opens at the start of a chunk, else closes */
            flags = (pos == start && j < end) ? DYAD_TOKF_OPEN : DYAD_TOKF_CLOSE;
        }
        if (push(list, pos, j, 0, flags) != DYAD_OK)
            return DYAD_ENOMEM;
        pos = j;
    }
    return DYAD_OK;
}
