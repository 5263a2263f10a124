/* tokenize.c — paragraphs, sentence boundaries and the arena copies of words (UD English EWT). */
#include "text/tokenize.h"

#include "base/alloc.h"
#include "text/tok_lex.h"

#include <string.h>

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Bytes of whitespace at t[i]: ASCII spaces and U+00A0 (no-break space). */
static uint32_t space_len(const char *t, size_t i, size_t n)
{
    if (is_space((unsigned char)t[i]))
        return 1;
    if (i + 1 < n && (unsigned char)t[i] == 0xC2 && (unsigned char)t[i + 1] == 0xA0)
        return 2;
    return 0;
}

static int words_of(const dyad_tok_surface *s)
{
    return (s->split > s->start ? 2 : 1) + ((s->flags & DYAD_TOKF_CUTDOT) ? 1 : 0);
}

/* Copies surface tokens v[a, b) into a new sentence of doc. */
static int emit(dyad_doc *doc, dyad_tok_surface *v, size_t a, size_t b)
{
    if (a >= b)
        return DYAD_OK;
    int32_t nw = 0, nm = 0;
    for (size_t i = a; i < b; i++) {
        nw += words_of(&v[i]);
        nm += v[i].split > v[i].start;
    }
    dyad_arena *ar = &doc->arena;
    dyad_sentence *s = dyad_doc_add_sentence(doc);
    if (!s)
        return DYAD_ENOMEM;
    s->tok = dyad_arena_calloc(ar, sizeof *s->tok * (size_t)nw);
    s->mwt = nm ? dyad_arena_calloc(ar, sizeof *s->mwt * (size_t)nm) : NULL;
    s->start = v[a].start;
    s->end = v[b - 1].end;
    s->text = dyad_arena_strndup(ar, doc->text + s->start, s->end - s->start);
    if (!s->tok || (nm && !s->mwt) || !s->text)
        return DYAD_ENOMEM;
    int32_t w = 0, m = 0;
    for (size_t i = a; i < b; i++) {
        const dyad_tok_surface *t = &v[i];
        uint32_t cut[3] = {t->start, t->end, t->end};
        int parts = words_of(t);
        if (t->flags & DYAD_TOKF_CUTDOT) {
            /* "etc." closing a sentence: etc + . as two surface tokens */
            cut[1] = t->end - 1;
        } else if (parts == 2) {
            cut[1] = t->split;
            s->mwt[m].first = w + 1;
            s->mwt[m].last = w + 2;
            s->mwt[m].form = dyad_arena_strndup(ar, doc->text + t->start, t->end - t->start);
            if (!s->mwt[m++].form)
                return DYAD_ENOMEM;
        }
        for (int p = 0; p < parts; p++) {
            dyad_token *k = &s->tok[w++];
            k->form = dyad_arena_strndup(ar, doc->text + cut[p], cut[p + 1] - cut[p]);
            if (!k->form)
                return DYAD_ENOMEM;
            bool whole = !(t->flags & DYAD_TOKF_CUTDOT);
            k->start = whole ? t->start : cut[p];
            k->end = whole ? t->end : cut[p + 1];
            k->head = -1;
            k->space_after = p == parts - 1 ? t->space_after : 0;
        }
    }
    s->n = nw;
    s->nmwt = nm;
    return DYAD_OK;
}

/* Whether the sentence ends after the token v[i] (its closers already included by the caller). */
static bool ends_after_abbrev(const char *text, const dyad_tok_surface *v, size_t i, size_t n)
{
    if (!(v[i].flags & DYAD_TOKF_ABBR) || i + 1 >= n)
        return false;
    /* titles never end a sentence; an initial (X.) only before a clear sentence opener */
    if ((v[i].flags & DYAD_TOKF_TITLE) && v[i].end - v[i].start != 2)
        return false;
    const dyad_tok_surface *nx = &v[i + 1];
    return (nx->flags & DYAD_TOKF_UPPER) && dyad_tok_starter(text + nx->start, nx->end - nx->start);
}

static bool is_ellipsis(const char *text, const dyad_tok_surface *t)
{
    uint32_t n = t->end - t->start;
    return (n >= 2 && text[t->start] == '.') || (unsigned char)text[t->start] == 0xE2;
}

/* Splits one paragraph's tokens into sentences. */
static int split_paragraph(dyad_doc *doc, dyad_tok_surface *v, size_t n)
{
    const char *text = doc->text;
    size_t a = 0;
    int32_t words = 0;
    for (size_t i = 0; i < n; i++) {
        if (words + words_of(&v[i]) > DYAD_MAX_SENT_WORDS) {
            int rc = emit(doc, v, a, i);
            if (rc != DYAD_OK)
                return rc;
            a = i;
            words = 0;
        }
        words += words_of(&v[i]);
        bool end = false;
        if (v[i].flags & DYAD_TOKF_TERM) {
            /* take attached closers and further terminators along */
            size_t j = i, first_term = i;
            while (j + 1 < n && !v[j].space_after &&
                   (v[j + 1].flags & (DYAD_TOKF_CLOSE | DYAD_TOKF_TERM)) &&
                   words + 1 <= DYAD_MAX_SENT_WORDS) {
                j++;
                words++;
            }
            i = j;
            end = true;
            /* an ellipsis, or a quote closed after ! or ? ("Stop!" she cried), followed by a
             * lower-case word runs on */
            bool quoted = j > first_term && (v[j].flags & DYAD_TOKF_CLOSE);
            if (i + 1 < n && (is_ellipsis(text, &v[first_term]) || quoted) &&
                (unsigned char)text[v[i + 1].start] >= 'a' &&
                (unsigned char)text[v[i + 1].start] <= 'z')
                end = false;
        } else {
            end = ends_after_abbrev(text, v, i, n);
            /* an abbreviation closing the sentence or paragraph lends its period to it */
            if ((end || (i + 1 == n && (v[i].flags & DYAD_TOKF_ABBR))) &&
                words < DYAD_MAX_SENT_WORDS) {
                v[i].flags |= DYAD_TOKF_CUTDOT;
                words++;
            }
        }
        if (end) {
            int rc = emit(doc, v, a, i + 1);
            if (rc != DYAD_OK)
                return rc;
            a = i + 1;
            words = 0;
        }
    }
    return emit(doc, v, a, n);
}

int dyad_tokenize(dyad_doc *doc, dyad_err *err)
{
    const char *t = doc->text;
    size_t n = doc->text_len;
    if (n > UINT32_MAX - 1)
        return dyad_err_set(err, DYAD_EINVAL, "%s: text of %zu bytes is too long to tokenize",
                            doc->id ? doc->id : "", n);
    dyad_tok_list list = {NULL, 0, 0};
    int rc = DYAD_OK;
    size_t i = 0;
    while (i < n) {
        /* whitespace: a blank line ends the paragraph */
        int newlines = 0;
        bool had_space = false;
        uint32_t sl;
        while (i < n && (sl = space_len(t, i, n)) != 0) {
            newlines += t[i] == '\n';
            i += sl;
            had_space = true;
        }
        if (had_space && list.n)
            list.v[list.n - 1].space_after = 1;
        if (newlines >= 2 && list.n) {
            if ((rc = split_paragraph(doc, list.v, list.n)) != DYAD_OK)
                goto fail;
            list.n = 0;
        }
        if (i >= n)
            break;
        size_t j = i;
        while (j < n && space_len(t, j, n) == 0)
            j++;
        if ((rc = dyad_tok_lex_chunk(&list, t, (uint32_t)i, (uint32_t)j)) != DYAD_OK)
            goto fail;
        i = j;
    }
    if (list.n && (rc = split_paragraph(doc, list.v, list.n)) != DYAD_OK)
        goto fail;
    dyad_free(list.v);
    return DYAD_OK;
fail:
    dyad_free(list.v);
    return dyad_err_set(err, rc, "%s: out of memory while tokenizing", doc->id ? doc->id : "");
}
