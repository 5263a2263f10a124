/* eval.c — a gold-vs-system CoNLL-U scorer: sentence/token/word F1, UPOS/XPOS/LEMMA, UAS/LAS. */
#include "nlp/eval.h"

#include "base/alloc.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

/* One syntactic word of a parsed file. Strings point into the file's private copy. */
typedef struct ev_word {
    const char *form, *lemma, *upos, *xpos, *deprel;
    long head;      /* global index of the head word, -1 for the root */
    size_t cs, ce;  /* character span of its surface token */
    bool multi;     /* part of a multiword token */
} ev_word;

typedef struct ev_span {
    size_t cs, ce;
} ev_span;

typedef struct ev_file {
    const char *name;
    char *buf;      /* owned copy of the text, cut into fields in place */
    ev_word *w;
    size_t nw, capw;
    ev_span *tok, *sent;
    size_t ntok, captok, nsent, capsent;
    char *chars;    /* the non-whitespace characters of all surface tokens */
    size_t nchars, capchars;
} ev_file;

static void ev_free(ev_file *f)
{
    dyad_free(f->buf);
    dyad_free(f->w);
    dyad_free(f->tok);
    dyad_free(f->sent);
    dyad_free(f->chars);
    memset(f, 0, sizeof *f);
}

/* Appends the non-whitespace bytes of s to f->chars; returns the span. */
static int add_chars(ev_file *f, const char *s, ev_span *sp)
{
    size_t n = strlen(s);
    if (dyad_grow(&f->chars, &f->capchars, f->nchars + n + 1, 1) != DYAD_OK)
        return DYAD_ENOMEM;
    sp->cs = f->nchars;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            f->chars[f->nchars++] = s[i];
    sp->ce = f->nchars;
    return DYAD_OK;
}

static int add_span(ev_span **v, size_t *n, size_t *cap, ev_span sp)
{
    if (*n == *cap && dyad_grow(v, cap, *n + 1, sizeof **v) != DYAD_OK)
        return DYAD_ENOMEM;
    (*v)[(*n)++] = sp;
    return DYAD_OK;
}

/* Parses a decimal integer s; false unless the whole string is digits. */
static bool parse_long(const char *s, long *out)
{
    long v = 0;
    if (!*s)
        return false;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || v > 100000000)
            return false;
        v = v * 10 + (*s - '0');
    }
    *out = v;
    return true;
}

/* Ends the sentence of words [first, f->nw): checks and globalises heads, records its span. */
static int end_sentence(ev_file *f, size_t first, long line, size_t sent_cs, dyad_err *err)
{
    if (f->nw == first)
        return DYAD_OK;
    long n = (long)(f->nw - first);
    for (size_t i = first; i < f->nw; i++) {
        long h = f->w[i].head;
        if (h > n)
            return dyad_err_set(err, DYAD_EFORMAT, "%s: sentence ending at line %ld: head %ld "
                                "beyond its %ld words", f->name, line, h, n);
        f->w[i].head = h <= 0 ? -1 : (long)first + h - 1;
    }
    ev_span sp = {sent_cs, f->nchars};
    return add_span(&f->sent, &f->nsent, &f->capsent, sp) == DYAD_OK
               ? DYAD_OK
               : dyad_err_set(err, DYAD_ENOMEM, "out of memory");
}

/* Parses text[0..n) as CoNLL-U into f. */
static int ev_parse(ev_file *f, const char *name, const char *text, size_t n, dyad_err *err)
{
    memset(f, 0, sizeof *f);
    f->name = name;
    if (!(f->buf = dyad_malloc(n + 1)))
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    memcpy(f->buf, text, n);
    f->buf[n] = 0;
    size_t first = 0, sent_cs = 0;
    long mwt_last = 0, line = 0; /* words up to mwt_last belong to the open multiword token */
    ev_span mwt_span = {0, 0};
    char *p = f->buf, *endp = f->buf + n;
    while (p < endp) {
        char *nl = memchr(p, '\n', (size_t)(endp - p));
        char *le = nl ? nl : endp;
        line++;
        *le = 0;
        if (le > p && le[-1] == '\r')
            le[-1] = 0;
        char *next = nl ? nl + 1 : endp;
        if (!*p) {
            int rc = end_sentence(f, first, line, sent_cs, err);
            if (rc != DYAD_OK)
                return rc;
            first = f->nw;
            sent_cs = f->nchars;
            mwt_last = 0;
            p = next;
            continue;
        }
        if (*p == '#') {
            p = next;
            continue;
        }
        char *fld[10];
        int nf = 0;
        for (char *q = p; nf < 10;) {
            fld[nf++] = q;
            char *tab = strchr(q, '\t');
            if (!tab)
                break;
            *tab = 0;
            q = tab + 1;
        }
        if (nf != 10)
            return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: %d fields, CoNLL-U has 10", name,
                                line, nf);
        if (strchr(fld[0], '.')) { /* empty node of enhanced dependencies */
            p = next;
            continue;
        }
        char *dash = strchr(fld[0], '-');
        long id, id2, head;
        if (dash) {
            *dash = 0;
            if (!parse_long(fld[0], &id) || !parse_long(dash + 1, &id2) || id2 < id ||
                id != (long)(f->nw - first) + 1)
                return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: bad multiword range", name, line);
            if (add_chars(f, fld[1], &mwt_span) != DYAD_OK ||
                add_span(&f->tok, &f->ntok, &f->captok, mwt_span) != DYAD_OK)
                return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
            mwt_last = id2;
            p = next;
            continue;
        }
        if (!parse_long(fld[0], &id) || id != (long)(f->nw - first) + 1)
            return dyad_err_set(err, DYAD_EFORMAT, "%s:%ld: word id '%s' out of sequence", name,
                                line, fld[0]);
        if (!parse_long(fld[6], &head))
            head = 0; /* "_": unparsed, counts as attached to the root */
        if (f->nw == f->capw && dyad_grow(&f->w, &f->capw, f->nw + 1, sizeof *f->w) != DYAD_OK)
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        ev_word *w = &f->w[f->nw++];
        w->form = fld[1];
        w->lemma = fld[2];
        w->upos = fld[3];
        w->xpos = fld[4];
        w->head = head;
        w->deprel = fld[7];
        w->multi = id <= mwt_last;
        if (w->multi) {
            w->cs = mwt_span.cs;
            w->ce = mwt_span.ce;
        } else {
            ev_span sp;
            if (add_chars(f, fld[1], &sp) != DYAD_OK ||
                add_span(&f->tok, &f->ntok, &f->captok, sp) != DYAD_OK)
                return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
            w->cs = sp.cs;
            w->ce = sp.ce;
        }
        p = next;
    }
    return end_sentence(f, first, line + 1, sent_cs, err);
}

/* Number of spans present in both sorted lists. */
static long match_spans(const ev_span *a, size_t na, const ev_span *b, size_t nb)
{
    size_t i = 0, j = 0;
    long same = 0;
    while (i < na && j < nb) {
        if (a[i].cs == b[j].cs && a[i].ce == b[j].ce) {
            same++;
            i++;
            j++;
        } else if (a[i].cs < b[j].cs || (a[i].cs == b[j].cs && a[i].ce < b[j].ce)) {
            i++;
        } else {
            j++;
        }
    }
    return same;
}

static bool same_ci(const char *a, const char *b)
{
    for (; *a && *b; a++, b++) {
        char x = (*a >= 'A' && *a <= 'Z') ? (char)(*a + 32) : *a;
        char y = (*b >= 'A' && *b <= 'Z') ? (char)(*b + 32) : *b;
        if (x != y)
            return false;
    }
    return *a == *b;
}

/* Aligns gold words [g0, g1) with system words [s0, s1) by the LCS of their forms. */
static int align_lcs(const ev_file *g, size_t g0, size_t g1, const ev_file *s, size_t s0,
                     size_t s1, long *g2s)
{
    size_t a = g1 - g0, b = s1 - s0;
    if (a == 0 || b == 0)
        return DYAD_OK;
    if (a > 4000 || b > 4000)
        return DYAD_OK; /* a pathological stretch: leave it unaligned */
    uint16_t *dp = dyad_calloc((a + 1) * (b + 1), sizeof *dp);
    if (!dp)
        return DYAD_ENOMEM;
#define DP(i, j) dp[(i) * (b + 1) + (j)]
    for (size_t i = a; i-- > 0;)
        for (size_t j = b; j-- > 0;) {
            if (same_ci(g->w[g0 + i].form, s->w[s0 + j].form))
                DP(i, j) = (uint16_t)(DP(i + 1, j + 1) + 1);
            else
                DP(i, j) = DP(i + 1, j) > DP(i, j + 1) ? DP(i + 1, j) : DP(i, j + 1);
        }
    size_t i = 0, j = 0;
    while (i < a && j < b) {
        if (same_ci(g->w[g0 + i].form, s->w[s0 + j].form)) {
            g2s[g0 + i] = (long)(s0 + j);
            i++;
            j++;
        } else if (DP(i + 1, j) >= DP(i, j + 1)) {
            i++;
        } else {
            j++;
        }
    }
#undef DP
    dyad_free(dp);
    return DYAD_OK;
}

/* Fills g2s (gold word → system word or -1). */
static int align_words(const ev_file *g, const ev_file *s, long *g2s)
{
    size_t gi = 0, si = 0;
    for (size_t i = 0; i < g->nw; i++)
        g2s[i] = -1;
    while (gi < g->nw && si < s->nw) {
        const ev_word *a = &g->w[gi], *b = &s->w[si];
        if (a->ce <= b->cs && a->ce > a->cs) {
            gi++;
        } else if (b->ce <= a->cs && b->ce > b->cs) {
            si++;
        } else if (a->multi || b->multi) {
            size_t re = a->ce > b->ce ? a->ce : b->ce, g1 = gi, s1 = si;
            bool grew = true;
            while (grew) {
                grew = false;
                while (g1 < g->nw && g->w[g1].cs < re) {
                    if (g->w[g1].ce > re)
                        re = g->w[g1].ce;
                    g1++;
                    grew = true;
                }
                while (s1 < s->nw && s->w[s1].cs < re) {
                    if (s->w[s1].ce > re)
                        re = s->w[s1].ce;
                    s1++;
                    grew = true;
                }
            }
            if (align_lcs(g, gi, g1, s, si, s1, g2s) != DYAD_OK)
                return DYAD_ENOMEM;
            gi = g1;
            si = s1;
        } else if (a->cs == b->cs && a->ce == b->ce) {
            g2s[gi++] = (long)si++;
        } else if (a->ce < b->ce) {
            gi++;
        } else if (b->ce < a->ce) {
            si++;
        } else {
            gi++;
            si++;
        }
    }
    return DYAD_OK;
}

/* The universal part of a deprel ("nsubj" of "nsubj:pass") equals. */
static bool same_deprel(const char *a, const char *b)
{
    size_t na = strcspn(a, ":"), nb = strcspn(b, ":");
    return na == nb && memcmp(a, b, na) == 0;
}

static void score(const ev_file *g, const ev_file *s, const long *g2s, dyad_eval_result *out)
{
    memset(out, 0, sizeof *out);
    for (int m = 0; m < DYAD_EVAL_NMETRICS; m++) {
        out->m[m].gold = (long)g->nw;
        out->m[m].system = (long)s->nw;
    }
    out->m[DYAD_EVAL_SENTENCES].gold = (long)g->nsent;
    out->m[DYAD_EVAL_SENTENCES].system = (long)s->nsent;
    out->m[DYAD_EVAL_SENTENCES].correct = match_spans(g->sent, g->nsent, s->sent, s->nsent);
    out->m[DYAD_EVAL_TOKENS].gold = (long)g->ntok;
    out->m[DYAD_EVAL_TOKENS].system = (long)s->ntok;
    out->m[DYAD_EVAL_TOKENS].correct = match_spans(g->tok, g->ntok, s->tok, s->ntok);
    long aligned = 0;
    for (size_t i = 0; i < g->nw; i++) {
        if (g2s[i] < 0)
            continue;
        aligned++;
        const ev_word *a = &g->w[i], *b = &s->w[g2s[i]];
        out->m[DYAD_EVAL_UPOS].correct += strcmp(a->upos, b->upos) == 0;
        out->m[DYAD_EVAL_XPOS].correct += strcmp(a->xpos, b->xpos) == 0;
        out->m[DYAD_EVAL_LEMMA].correct += strcmp(a->lemma, b->lemma) == 0;
        bool head = (a->head < 0 && b->head < 0) ||
                    (a->head >= 0 && b->head >= 0 && g2s[a->head] == b->head);
        out->m[DYAD_EVAL_UAS].correct += head;
        out->m[DYAD_EVAL_LAS].correct += head && same_deprel(a->deprel, b->deprel);
    }
    out->m[DYAD_EVAL_WORDS].correct = aligned;
    for (int m = 0; m < DYAD_EVAL_NMETRICS; m++)
        out->m[m].aligned = m >= DYAD_EVAL_WORDS ? aligned : out->m[m].correct;
}

int dyad_eval_buffers(const char *gold, size_t gn, const char *sys, size_t sn,
                      dyad_eval_result *out, dyad_err *err)
{
    ev_file g, s;
    long *g2s = NULL;
    memset(&s, 0, sizeof s);
    int rc = ev_parse(&g, "gold", gold, gn, err);
    if (rc == DYAD_OK)
        rc = ev_parse(&s, "system", sys, sn, err);
    if (rc == DYAD_OK &&
        (g.nchars != s.nchars || (g.nchars && memcmp(g.chars, s.chars, g.nchars) != 0))) {
        size_t i = 0;
        while (i < g.nchars && i < s.nchars && g.chars[i] == s.chars[i])
            i++;
        rc = dyad_err_set(err, DYAD_EFORMAT, "gold and system texts differ at non-space "
                          "character %zu (gold has %zu, system %zu)", i, g.nchars, s.nchars);
    }
    if (rc == DYAD_OK && !(g2s = dyad_malloc(sizeof *g2s * (g.nw ? g.nw : 1))))
        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    if (rc == DYAD_OK && align_words(&g, &s, g2s) != DYAD_OK)
        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    if (rc == DYAD_OK)
        score(&g, &s, g2s, out);
    dyad_free(g2s);
    ev_free(&g);
    ev_free(&s);
    return rc;
}

/* Reads a whole file into a heap buffer. */
static int slurp(const char *path, char **buf, size_t *n, dyad_err *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return dyad_err_set(err, errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO, "%s: %s", path,
                            strerror(errno));
    size_t cap = 1 << 16, len = 0;
    char *b = dyad_malloc(cap);
    while (b) {
        len += fread(b + len, 1, cap - len, f);
        if (len < cap)
            break;
        char *nb = dyad_realloc(b, cap * 2);
        if (!nb) {
            dyad_free(b);
            b = NULL;
            break;
        }
        b = nb;
        cap *= 2;
    }
    int bad = ferror(f);
    fclose(f);
    if (!b)
        return dyad_err_set(err, DYAD_ENOMEM, "%s: out of memory", path);
    if (bad) {
        dyad_free(b);
        return dyad_err_set(err, DYAD_EIO, "%s: read error", path);
    }
    *buf = b;
    *n = len;
    return DYAD_OK;
}

int dyad_eval_files(const char *gold_path, const char *sys_path, dyad_eval_result *out,
                    dyad_err *err)
{
    char *g = NULL, *s = NULL;
    size_t gn = 0, sn = 0;
    int rc = slurp(gold_path, &g, &gn, err);
    if (rc == DYAD_OK)
        rc = slurp(sys_path, &s, &sn, err);
    if (rc == DYAD_OK) {
        rc = dyad_eval_buffers(g, gn, s, sn, out, err);
        if (rc == DYAD_EFORMAT) {
            /* name the files instead of "gold"/"system" */
            char msg[DYAD_ERR_MAX];
            snprintf(msg, sizeof msg, "%s", err ? err->msg : "");
            dyad_err_set(err, rc, "%s vs %s: %s", gold_path, sys_path, msg);
        }
    }
    dyad_free(g);
    dyad_free(s);
    return rc;
}

const char *dyad_eval_metric_name(int metric)
{
    static const char *const names[DYAD_EVAL_NMETRICS] = {
        "Sentences", "Tokens", "Words", "UPOS", "XPOS", "Lemmas", "UAS", "LAS",
    };
    return metric >= 0 && metric < DYAD_EVAL_NMETRICS ? names[metric] : "?";
}

double dyad_eval_precision(const dyad_eval_score *s)
{
    return s->system > 0 ? (double)s->correct / (double)s->system : 0.0;
}

double dyad_eval_recall(const dyad_eval_score *s)
{
    return s->gold > 0 ? (double)s->correct / (double)s->gold : 0.0;
}

double dyad_eval_f1(const dyad_eval_score *s)
{
    return s->gold + s->system > 0 ? 2.0 * (double)s->correct / (double)(s->gold + s->system)
                                   : 0.0;
}

double dyad_eval_aligned_acc(const dyad_eval_score *s)
{
    return s->aligned > 0 ? (double)s->correct / (double)s->aligned : 0.0;
}
