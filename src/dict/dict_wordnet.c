/* dict_wordnet.c — generalisation of the verb dictionary with WordNet (dict.h,
 * dyad_dict_expand_wordnet): a verb lemma the dictionaries lack takes the bare code of a
 * dictionary verb that is its synonym, or its direct hypernym, in its most frequent sense
 * (the rules are in dict.h). Reads index.verb, data.verb and verb.exc of a WordNet 3.0 dict folder (Debian's
 * wordnet-base) in a few milliseconds: data.verb is read whole and its synsets are found at
 * the byte offsets index.verb gives, so only the synsets asked about are parsed. */
#include "dict/dict_internal.h"

#include "base/alloc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Verbs whose hyponyms are too varied to take their code: the top-level verbs of WordNet
 * (be, have, do, make, act, change, move ...) and the general verbs of speaking, meeting and
 * going that sit above whole families of manner verbs (whisper and babble are kinds of
 * "talk"; drive and fly of "travel"; water and coal of "supply"). Upper case, sorted. */
static const char *const general_verbs[] = {
    "ACT",    "BE",       "BECOME", "CAUSE",  "CHANGE",      "COME",     "COMMUNICATE",
    "CREATE", "DO",       "GET",    "GIVE",   "GO",          "HAPPEN",   "HAVE",
    "HOLD",   "INTERACT", "KEEP",   "LET",    "MAKE",        "MOVE",     "PROVIDE",
    "PUT",    "RUN",      "SEE",    "SET",    "SPEAK",       "SUPPLY",   "TAKE",
    "TALK",   "TRAVEL",   "TURN",   "USE",
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

bool dyad_wordnet_general(const char *w)
{
    return bsearch(&w, general_verbs, DYAD_ARRAY_LEN(general_verbs), sizeof general_verbs[0],
                   cmp_str) != NULL;
}

/* One index.verb line: the lemma and its most frequent synsets (as many as the larger of
 * DYAD_WORDNET_SENSES and DYAD_WORDNET_DICT_SENSES asks for). */
#define WN_KEPT (DYAD_WORDNET_SENSES > DYAD_WORDNET_DICT_SENSES ? DYAD_WORDNET_SENSES \
                                                                : DYAD_WORDNET_DICT_SENSES)
typedef struct wn_lemma {
    const char *w; /* into the index text, not NUL-terminated */
    size_t n;
    uint32_t off[WN_KEPT];
    int nsenses;
} wn_lemma;

/* A synset among the first senses of a dictionary verb (which is d->verbs[verb]). */
typedef struct wn_sense {
    uint32_t off;
    uint32_t verb;
} wn_sense;

typedef struct wn {
    dyad_dict *d;
    char *data;       /* data.verb */
    size_t data_len;
    wn_lemma *lem;
    size_t nlem;
    wn_sense *sense;  /* sorted by offset, then verb */
    size_t nsense;
    dyad_intern exc;  /* inflected forms listed by verb.exc */
} wn;

/* Next space-separated token of [*p, end) into *t, *tn; false at the end of the line. */
static bool token(const char **p, const char *end, const char **t, size_t *tn)
{
    const char *s = *p;
    while (s < end && *s == ' ')
        s++;
    const char *b = s;
    while (s < end && *s != ' ' && *s != '\n')
        s++;
    *p = s;
    *t = b;
    *tn = (size_t)(s - b);
    return s > b;
}

/* The number t[0..n) in base 10 or 16 (digits only) into *out. */
static bool number(const char *t, size_t n, int base, unsigned long *out)
{
    unsigned long v = 0;
    if (n == 0 || n > 12)
        return false;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)t[i], dv = c >= '0' && c <= '9'             ? c - '0'
                                          : base == 16 && c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                                              : -1;
        if (dv < 0)
            return false;
        v = v * (unsigned long)base + (unsigned long)dv;
    }
    *out = v;
    return true;
}

/* The index.verb lines: "lemma v synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt off...".
 * Header lines start with a space. */
static int read_index(wn *g, const char *text, size_t len)
{
    size_t cap = 0;
    for (size_t pos = 0; pos < len;) {
        const char *line, *end;
        size_t n;
        pos = dyad_dict_next_line(text, len, pos, &line, &n);
        end = line + n;
        const char *p = line, *t;
        size_t tn;
        unsigned long nsyn, nptr, v;
        if (n == 0 || line[0] == ' ')
            continue;
        wn_lemma l = {line, 0, {0}, 0};
        if (!token(&p, end, &t, &tn))
            continue;
        l.n = tn;
        if (!token(&p, end, &t, &tn) || !token(&p, end, &t, &tn) || !number(t, tn, 10, &nsyn) ||
            !token(&p, end, &t, &tn) || !number(t, tn, 10, &nptr))
            continue;
        bool ok = true;
        for (unsigned long i = 0; i < nptr + 2 && ok; i++) /* pointers, sense and tagged counts */
            ok = token(&p, end, &t, &tn);
        for (unsigned long i = 0; ok && i < nsyn && l.nsenses < WN_KEPT; i++)
            if ((ok = token(&p, end, &t, &tn) && number(t, tn, 10, &v)))
                l.off[l.nsenses++] = (uint32_t)v;
        if (!ok || l.nsenses == 0)
            continue;
        if (dyad_grow(&g->lem, &cap, g->nlem + 1, sizeof *g->lem) != DYAD_OK)
            return DYAD_ENOMEM;
        g->lem[g->nlem++] = l;
    }
    return DYAD_OK;
}

/* The synset at byte offset off of data.verb: "off lex ss_type w_cnt(hex) word lex_id ...
 * p_cnt ptr(symbol off pos src/tgt)... | gloss". Fills its lexicographer file, its words (the
 * first 16: pointers into data, lengths in wl), its first hypernym ('@') and its count of
 * direct hyponyms ('~'). false when no synset starts at off. */
typedef struct wn_synset {
    int lex;        /* lexicographer file: 32 verb.communication, 41 verb.social ... */
    const char *w[16];
    size_t wl[16];
    int nw;
    uint32_t hyper; /* 0: none (offset 0 is the license text, never a synset) */
    int hyponyms;
} wn_synset;

static bool synset_at(const wn *g, uint32_t off, wn_synset *s)
{
    memset(s, 0, sizeof *s);
    if (off == 0 || off >= g->data_len || g->data[off - 1] != '\n')
        return false;
    const char *p = g->data + off, *end = memchr(p, '\n', g->data_len - off), *t;
    if (!end)
        end = g->data + g->data_len;
    size_t tn;
    unsigned long v, lex, nw, np;
    if (!token(&p, end, &t, &tn) || !number(t, tn, 10, &v) || v != off ||
        !token(&p, end, &t, &tn) || !number(t, tn, 10, &lex) || !token(&p, end, &t, &tn) ||
        !token(&p, end, &t, &tn) || !number(t, tn, 16, &nw))
        return false;
    s->lex = (int)lex;
    for (unsigned long i = 0; i < nw; i++) {
        if (!token(&p, end, &t, &tn))
            return false;
        if (s->nw < (int)DYAD_ARRAY_LEN(s->w)) {
            s->w[s->nw] = t;
            s->wl[s->nw++] = tn;
        }
        if (!token(&p, end, &t, &tn)) /* lex_id */
            return false;
    }
    if (!token(&p, end, &t, &tn) || !number(t, tn, 10, &np))
        return false;
    for (unsigned long i = 0; i < np; i++) {
        const char *sym, *pos;
        size_t sl, pl;
        if (!token(&p, end, &sym, &sl) || !token(&p, end, &t, &tn) || !number(t, tn, 10, &v) ||
            !token(&p, end, &pos, &pl) || !token(&p, end, &t, &tn))
            return false;
        bool verb = pl == 1 && pos[0] == 'v';
        if (verb && sl == 1 && sym[0] == '@' && !s->hyper)
            s->hyper = (uint32_t)v;
        if (verb && sl == 1 && sym[0] == '~')
            s->hyponyms++;
    }
    return true;
}

/* The index of the dictionary verb named w[0..n) (a single word, any case) whose own code may
 * spread, or -1. */
static long dict_verb(const wn *g, const char *w, size_t n)
{
    char buf[64], up[64];
    if (n == 0 || n >= sizeof buf)
        return -1;
    memcpy(buf, w, n);
    buf[n] = 0;
    for (size_t i = 0; i <= n; i++)
        up[i] = (char)toupper((unsigned char)buf[i]);
    const char *words[1] = {buf};
    int32_t len = 0;
    const dyad_verb *v = dyad_dict_find_verb(g->d, words, 1, &len);
    if (!v || len != 1 || !v->name || strcmp(v->name, up) != 0 || !v->code ||
        v->code[0] == '-' || v->via || strcmp(v->code, "010") == 0)
        return -1; /* a plain statement (010) spreads to every verb of speaking ("answer",
                      "quote") and adds nothing to the coder's reading of reported speech */
    return (long)((const dyad_dict_verb *)(const void *)v - g->d->verbs);
}

static int cmp_sense(const void *a, const void *b)
{
    const wn_sense *x = a, *y = b;
    if (x->off != y->off)
        return x->off < y->off ? -1 : 1;
    return x->verb < y->verb ? -1 : x->verb > y->verb;
}

/* The first senses of every dictionary verb WordNet knows, sorted by synset. */
static int dict_senses(wn *g)
{
    size_t cap = 0;
    for (size_t i = 0; i < g->nlem; i++) {
        long v = dict_verb(g, g->lem[i].w, g->lem[i].n);
        for (int k = 0; v >= 0 && k < g->lem[i].nsenses && k < DYAD_WORDNET_DICT_SENSES; k++) {
            if (dyad_grow(&g->sense, &cap, g->nsense + 1, sizeof *g->sense) != DYAD_OK)
                return DYAD_ENOMEM;
            g->sense[g->nsense++] = (wn_sense){g->lem[i].off[k], (uint32_t)v};
        }
    }
    if (g->nsense > 1)
        qsort(g->sense, g->nsense, sizeof *g->sense, cmp_sense);
    return DYAD_OK;
}

/* The first entry of g->sense for synset off (g->nsense when none). */
static size_t first_sense(const wn *g, uint32_t off)
{
    size_t lo = 0, hi = g->nsense;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (g->sense[mid].off < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The inflected forms of verb.exc ("found find"): such a word is not taken as a lemma of its
 * own, it may be another verb's past. */
static int read_exc(wn *g, const char *text, size_t len)
{
    for (size_t pos = 0; pos < len;) {
        const char *line;
        size_t n, k = 0;
        pos = dyad_dict_next_line(text, len, pos, &line, &n);
        while (k < n && line[k] != ' ')
            k++;
        if (k > 0 && dyad_intern_add(&g->exc, line, k) < 0)
            return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

/* Whether the general verb list names a word of synset s. */
static bool general_synset(const wn_synset *s)
{
    for (int i = 0; i < s->nw; i++) {
        char up[64];
        if (s->wl[i] >= sizeof up)
            continue;
        for (size_t k = 0; k < s->wl[i]; k++)
            up[k] = (char)toupper((unsigned char)s->w[i][k]);
        up[s->wl[i]] = 0;
        if (dyad_wordnet_general(up))
            return true;
    }
    return false;
}

/* WordNet's verb lexicographer files (lexnames): the kind of act a sense is. */
enum {
    LEX_COGNITION = 31, LEX_COMMUNICATION = 32, LEX_COMPETITION = 33, LEX_CONTACT = 35,
    LEX_MOTION = 38, LEX_POSSESSION = 40, LEX_SOCIAL = 41
};
#define LEX_BIT(x) (1u << ((x) - 29))

/* Whether a sense of lexicographer file lex can be an act of CAMEO code's root: verbal acts
 * (statements, appeals, intents, demands, disapproval, rejection, threats) are acts of
 * communication; material cooperation, aid and yielding are social or of possession;
 * assaults and fights are of contact or competition ... "show" (perception), "need"
 * (stative) or "remember" (cognition) are never an event, whatever their synonyms code. */
static bool lex_fits(const char *code, int lex)
{
    static const unsigned fit[21] = {
        [1] = LEX_BIT(LEX_COMMUNICATION),
        [2] = LEX_BIT(LEX_COMMUNICATION),
        [3] = LEX_BIT(LEX_COMMUNICATION),
        [4] = LEX_BIT(LEX_COMMUNICATION) | LEX_BIT(LEX_SOCIAL),
        [5] = LEX_BIT(LEX_COMMUNICATION),
        [6] = LEX_BIT(LEX_POSSESSION) | LEX_BIT(LEX_SOCIAL),
        [7] = LEX_BIT(LEX_POSSESSION) | LEX_BIT(LEX_SOCIAL),
        [8] = LEX_BIT(LEX_POSSESSION) | LEX_BIT(LEX_SOCIAL),
        [9] = LEX_BIT(LEX_COMMUNICATION) | LEX_BIT(LEX_SOCIAL),
        [10] = LEX_BIT(LEX_COMMUNICATION),
        [11] = LEX_BIT(LEX_COMMUNICATION),
        [12] = LEX_BIT(LEX_COMMUNICATION),
        [13] = LEX_BIT(LEX_COMMUNICATION),
        [14] = LEX_BIT(LEX_COMMUNICATION) | LEX_BIT(LEX_SOCIAL),
        [15] = LEX_BIT(LEX_SOCIAL) | LEX_BIT(LEX_MOTION),
        [16] = LEX_BIT(LEX_SOCIAL),
        [17] = LEX_BIT(LEX_POSSESSION) | LEX_BIT(LEX_SOCIAL) | LEX_BIT(LEX_CONTACT),
        [18] = LEX_BIT(LEX_CONTACT) | LEX_BIT(LEX_SOCIAL),
        [19] = LEX_BIT(LEX_COMPETITION) | LEX_BIT(LEX_CONTACT),
        [20] = LEX_BIT(LEX_COMPETITION) | LEX_BIT(LEX_CONTACT) | LEX_BIT(LEX_SOCIAL),
    };
    if (!code || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9' || lex < 29 ||
        lex > 43)
        return false;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    return root >= 1 && root <= 20 && (fit[root] & LEX_BIT(lex)) != 0;
}

typedef struct candidate {
    uint32_t verb;
    bool hypernym;
} candidate;

/* Candidates of lemma l in order (sense 1 synonyms, sense 1 hypernym, sense 2 ...); their
 * count, at most max. */
static int candidates(const wn *g, const wn_lemma *l, candidate *c, int max)
{
    int n = 0;
    for (int k = 0; k < l->nsenses && k < DYAD_WORDNET_SENSES; k++) {
        wn_synset s, h;
        if (!synset_at(g, l->off[k], &s))
            continue;
        uint32_t offs[2] = {l->off[k], s.hyper};
        for (int j = 0; j < 2; j++) {
            size_t i = offs[j] ? first_sense(g, offs[j]) : g->nsense;
            if (i == g->nsense || g->sense[i].off != offs[j])
                continue; /* no dictionary verb there: the synset need not be read */
            if (j == 1 && (!synset_at(g, offs[j], &h) || general_synset(&h) ||
                           h.hyponyms > DYAD_WORDNET_MAX_HYPONYMS))
                continue;
            for (; i < g->nsense && g->sense[i].off == offs[j] && n < max; i++)
                if (lex_fits(g->d->verbs[g->sense[i].verb].pub.code, s.lex))
                    c[n++] = (candidate){g->sense[i].verb, j == 1};
        }
    }
    return n;
}

/* Adds the entry for lemma l from dictionary verb v. */
static int add_verb(wn *g, const wn_lemma *l, uint32_t v)
{
    dyad_dict *d = g->d;
    const dyad_verb *from = &d->verbs[v].pub;
    char via[200];
    int k = snprintf(via, sizeof via, "wordnet:%.*s->", (int)l->n, l->w);
    for (const char *p = from->name; *p && k < (int)sizeof via - 1; p++)
        via[k++] = (char)tolower((unsigned char)*p);
    via[k] = 0;
    const char *name = dyad_dict_upper(d, l->w, l->n), *vs = dyad_dict_str(d, via, (size_t)k);
    if (!name || !vs)
        return DYAD_ENOMEM;
    const char *code = from->code, *code2 = from->code2, *where = from->where;
    int32_t id = dyad_dict_new_verb(d, -1, name, code, where);
    if (id < 0)
        return DYAD_ENOMEM;
    d->verbs[id].pub.code2 = code2;
    d->verbs[id].pub.via = vs;
    return dyad_dict_add_phrase(d, &d->verbs_t, l->w, l->n, id);
}

/* Whether lemma l may get an entry: one word, not a general verb, no verb entry starts with
 * it, no one-word discard, not an inflected form of verb.exc. */
static bool open_lemma(const wn *g, const wn_lemma *l)
{
    char buf[64];
    if (l->n >= sizeof buf || memchr(l->w, '_', l->n) || dyad_intern_find(&g->exc, l->w, l->n) >= 0)
        return false;
    char up[64];
    for (size_t i = 0; i < l->n; i++)
        up[i] = (char)toupper((unsigned char)l->w[i]);
    up[l->n] = 0;
    memcpy(buf, l->w, l->n);
    buf[l->n] = 0;
    const char *words[1] = {buf};
    return !dyad_wordnet_general(up) && !dyad_dict_verb_may_start(g->d, buf) &&
           dyad_dict_match_discard(g->d, words, 1, NULL) == 0;
}

static int expand(wn *g, dyad_dict_expansion *st)
{
    int rc = dict_senses(g);
    size_t added = 0;
    for (size_t i = 0; i < g->nlem && rc == DYAD_OK; i++) {
        const wn_lemma *l = &g->lem[i];
        if (!open_lemma(g, l))
            continue;
        st->lemmas++;
        candidate c[32];
        int n = candidates(g, l, c, (int)DYAD_ARRAY_LEN(c));
        if (n == 0)
            continue;
        const char *code = g->d->verbs[c[0].verb].pub.code;
        bool agree = true;
        for (int k = 1; k < n && agree; k++)
            agree = strncmp(g->d->verbs[c[k].verb].pub.code, code, 2) == 0;
        if (!agree) {
            st->ambiguous++;
            continue;
        }
        rc = add_verb(g, l, c[0].verb);
        *(c[0].hypernym ? &st->hypernyms : &st->synonyms) += 1;
        added++;
    }
    if (rc == DYAD_OK && added)
        rc = dyad_dict_table_build(&g->d->verbs_t);
    return rc;
}

static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads dir/file whole; a missing optional file gives an empty text. */
static int read_wn(const char *dir, const char *file, bool optional, char **out, size_t *len,
                   dyad_err *err)
{
    char path[4096];
    if (snprintf(path, sizeof path, "%s/%s", dir, file) >= (int)sizeof path)
        return dyad_err_set(err, DYAD_ENOTFOUND, "WordNet folder name too long");
    int rc = dyad_dict_read_file(path, out, len, err);
    if (rc != DYAD_OK && optional && rc != DYAD_ENOMEM) {
        *out = NULL;
        *len = 0;
        return DYAD_OK;
    }
    if (rc == DYAD_EIO)
        err->code = rc = DYAD_ENOTFOUND;
    return rc;
}

int dyad_dict_expand_wordnet(dyad_dict *d, const char *dir, dyad_dict_expansion *st,
                             dyad_err *err)
{
    double t0 = seconds_now();
    dyad_dict_expansion local;
    if (!st)
        st = &local;
    memset(st, 0, sizeof *st);
    if (!dir)
        dir = DYAD_WORDNET_DIR;
    wn g = {.d = d};
    dyad_intern_init(&g.exc);
    char *index = NULL, *exc = NULL;
    size_t index_len = 0, exc_len = 0;
    int rc = read_wn(dir, "index.verb", false, &index, &index_len, err);
    if (rc == DYAD_OK)
        rc = read_wn(dir, "data.verb", false, &g.data, &g.data_len, err);
    if (rc == DYAD_OK)
        rc = read_wn(dir, "verb.exc", true, &exc, &exc_len, err);
    if (rc == DYAD_OK && (rc = read_index(&g, index, index_len)) == DYAD_OK &&
        (rc = read_exc(&g, exc, exc_len)) == DYAD_OK)
        rc = expand(&g, st);
    if (rc == DYAD_ENOMEM)
        dyad_err_set(err, rc, "WordNet generalisation: out of memory");
    dyad_free(index);
    dyad_free(exc);
    dyad_free(g.data);
    dyad_free(g.lem);
    dyad_free(g.sense);
    dyad_intern_free(&g.exc);
    st->seconds = seconds_now() - t0;
    return rc;
}
