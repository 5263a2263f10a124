/* dict_util.c — helpers for the dictionary readers: lines, dates, inflections, pattern parsing. */
#include "dict/dict_internal.h"

#include "base/alloc.h"

#include <string.h>
#include <strings.h>

size_t dyad_dict_next_line(const char *text, size_t len, size_t pos, const char **line, size_t *n)
{
    const char *p = text + pos, *nl = memchr(p, '\n', len - pos);
    size_t end = nl ? (size_t)(nl - text) : len;
    size_t k = end - pos;
    if (k && p[k - 1] == '\r')
        k--;
    *line = p;
    *n = k;
    return nl ? end + 1 : len;
}

static bool digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}

static int32_t num(const char *s, size_t n)
{
    int32_t v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

bool dyad_dict_parse_date(const char *s, size_t n, int32_t *out)
{
    int32_t y, m, dd;
    if (n == 6 && digits(s, 6)) {
        y = num(s, 2);
        y += y <= 20 ? 2000 : 1900; /* Phoenix files end in 2016; 1921-1999 birth/office dates */
        m = num(s + 2, 2);
        dd = num(s + 4, 2);
    } else if (n == 8 && digits(s, 8)) {
        y = num(s, 4);
        m = num(s + 4, 2);
        dd = num(s + 6, 2);
    } else if (n == 10 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2) && s[7] == '-' &&
               digits(s + 8, 2)) {
        y = num(s, 4);
        m = num(s + 5, 2);
        dd = num(s + 8, 2);
    } else {
        return false;
    }
    if (m < 1 || m > 12 || dd < 1 || dd > 31)
        return false;
    *out = y * 10000 + m * 100 + dd;
    return true;
}

/* ---- time phrases (never discards) ---- */

static bool word_in(const char *w, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == n && strncasecmp(w, *list, n) == 0)
            return true;
    return false;
}

bool dyad_dict_time_phrase(const char *s, size_t n)
{
    static const char *const anchors[] = { /* words that make a phrase a date or a duration */
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "day", "days", "week", "weeks", "fortnight",
        "month", "months", "year", "years", "decade", "decades", "century", "centuries",
        "hour", "hours", "minute", "minutes", NULL};
    static const char *const fillers[] = { /* numbers and relative words around them */
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "several", "few", "many", "some", "ago", "later",
        "earlier", "before", "after", "since", "last", "next", "past", "this", "that", "in",
        "on", "of", "the", "early", "late", "mid", "until", "till", "by", NULL};
    bool anchored = false;
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '_' || s[i] == '\t'))
            i++;
        size_t b = i;
        while (i < n && s[i] != ' ' && s[i] != '_' && s[i] != '\t')
            i++;
        if (i == b)
            break;
        const char *w = s + b;
        size_t wn = i - b;
        if (digits(w, wn) || word_in(w, wn, anchors))
            anchored = true;
        else if (!word_in(w, wn, fillers))
            return false;
    }
    return anchored;
}

static bool vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

static void put(char out[][64], int *k, int max, const char *stem, size_t n, const char *suf)
{
    size_t sl = strlen(suf);
    if (*k >= max || n + sl >= 64)
        return;
    memcpy(out[*k], stem, n);
    memcpy(out[*k] + n, suf, sl + 1);
    (*k)++;
}

int dyad_dict_verb_forms(const char *w, char out[][64], int max)
{
    size_t n = strlen(w);
    int k = 0;
    if (n == 0 || n >= 60)
        return 0;
    char last = w[n - 1], prev = n > 1 ? w[n - 2] : 0;
    if (last == 'Y' && prev && !vowel(prev)) {
        put(out, &k, max, w, n - 1, "IES");
        put(out, &k, max, w, n - 1, "IED");
        put(out, &k, max, w, n, "ING");
    } else if (last == 'E') {
        put(out, &k, max, w, n, "S");
        put(out, &k, max, w, n, "D");
        put(out, &k, max, w, n - (prev == 'E' ? 0 : 1), "ING");
    } else {
        bool sib = last == 'S' || last == 'X' || last == 'Z' ||
                   (n > 1 && (prev == 'C' || prev == 'S') && last == 'H');
        put(out, &k, max, w, n, sib ? "ES" : "S");
        put(out, &k, max, w, n, "ED");
        put(out, &k, max, w, n, "ING");
        /* consonant-vowel-consonant: also the doubled forms (STOP → STOPPED; harmless extra
         * forms for words stressed on an earlier syllable) */
        if (n >= 3 && !vowel(last) && last != 'W' && last != 'X' && last != 'Y' && vowel(prev) &&
            !vowel(w[n - 3])) {
            char stem[64];
            memcpy(stem, w, n);
            stem[n] = last;
            put(out, &k, max, stem, n + 1, "ED");
            put(out, &k, max, stem, n + 1, "ING");
        }
    }
    return k;
}

bool dyad_dict_plural(const char *w, char *out, size_t cap)
{
    size_t n = strlen(w);
    if (n == 0 || n + 3 >= cap)
        return false;
    char last = w[n - 1], prev = n > 1 ? w[n - 2] : 0;
    memcpy(out, w, n);
    if (last == 'Y' && prev && !vowel(prev))
        memcpy(out + n - 1, "IES", 4);
    else if (last == 'S' || last == 'X' || last == 'Z' ||
             (last == 'H' && (prev == 'C' || prev == 'S')))
        memcpy(out + n, "ES", 3);
    else if (n > 3 && strcmp(w + n - 3, "MAN") == 0)
        memcpy(out + n - 3, "MEN", 4);
    else
        memcpy(out + n, "S", 2);
    return true;
}

int dyad_dict_add_pattern(dyad_dict *d, int32_t block, const char *p, size_t n, const char *code,
                          const char *code2, const char *where, const char **why)
{
    dyad_pattern_elem el[128];
    int ne = 0, depth_p = 0, depth_n = 0, verbs = 0;
    size_t i = 0;
    *why = NULL;
    while (i < n) {
        char c = p[i];
        if (c == ' ' || c == '\t' || c == '_') {
            i++;
            continue;
        }
        if (ne == (int)DYAD_ARRAY_LEN(el)) {
            *why = "pattern too long";
            return DYAD_EFORMAT;
        }
        uint8_t kind = 255;
        switch (c) {
        case '*': kind = DYAD_PE_VERB; verbs++; break;
        case '$': kind = DYAD_PE_SOURCE; break;
        case '+': kind = DYAD_PE_TARGET; break;
        case '%': kind = DYAD_PE_COMPOUND; break;
        case '^': kind = DYAD_PE_SKIP; break;
        case '(': kind = DYAD_PE_OPEN; depth_p++; break;
        case ')': kind = DYAD_PE_CLOSE; depth_p--; break;
        case '{': kind = DYAD_PE_NP_OPEN; depth_n++; break;
        case '}': kind = DYAD_PE_NP_CLOSE; depth_n--; break;
        default: break;
        }
        if (depth_p < 0 || depth_n < 0) {
            *why = "unbalanced ')' or '}' in pattern";
            return DYAD_EFORMAT;
        }
        if (kind != 255) {
            el[ne++] = (dyad_pattern_elem){kind, NULL};
            i++;
            continue;
        }
        size_t b = i;
        while (i < n && !strchr(" \t_*$+%^(){}", p[i]))
            i++;
        const char *w = dyad_dict_upper(d, p + b, i - b);
        if (!w)
            return DYAD_ENOMEM;
        el[ne++] = (dyad_pattern_elem){c == '&' ? DYAD_PE_SYNSET : DYAD_PE_WORD, w};
        if (c == '&' && i - b < 2) {
            *why = "'&' without a synset name";
            return DYAD_EFORMAT;
        }
    }
    if (depth_p || depth_n) {
        *why = "unbalanced '(' or '{' in pattern";
        return DYAD_EFORMAT;
    }
    if (verbs != 1) {
        *why = verbs ? "pattern has more than one '*'" : "pattern has no '*' (the verb)";
        return DYAD_EFORMAT;
    }
    dyad_dict_block *bl = &d->blocks[block];
    if (dyad_grow(&bl->pat, &bl->cap, bl->n + 1, sizeof *bl->pat) != DYAD_OK)
        return DYAD_ENOMEM;
    dyad_pattern_elem *copy = dyad_arena_alloc(&d->arena, sizeof *copy * (size_t)ne);
    const char *text = dyad_dict_str(d, p, n);
    if (!copy || !text)
        return DYAD_ENOMEM;
    memcpy(copy, el, sizeof *copy * (size_t)ne);
    bl->pat[bl->n++] = (dyad_pattern){copy, ne, code, code2, text, where};
    return DYAD_OK;
}
