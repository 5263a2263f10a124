/* coder_scan.c — a sentence's dictionary matches read from its words alone (no tags, no
 * parse), for the story-wide scans that must not depend on which sentences are parsed
 * (coder_names.c, coder_people.c): left to right, the longest actor at each word, else the
 * longest agent, the words of a match skipped. */
#include "coder/coder_internal.h"

#include <stdio.h>
#include <string.h>

#include "base/alloc.h"

bool dyad_coder_scan_new(dyad_coder_scan *sc, int32_t n)
{
    size_t m = (size_t)(n > 0 ? n : 1);
    memset(sc, 0, sizeof *sc);
    sc->w = dyad_malloc(m * sizeof *sc->w);
    sc->am = dyad_malloc(m * sizeof *sc->am);
    sc->gm = dyad_malloc(m * sizeof *sc->gm);
    sc->start = dyad_malloc(m * sizeof *sc->start);
    if (sc->w && sc->am && sc->gm && sc->start)
        return true;
    dyad_coder_scan_free(sc);
    return false;
}

void dyad_coder_scan_free(dyad_coder_scan *sc)
{
    dyad_free(sc->w);
    dyad_free(sc->am);
    dyad_free(sc->gm);
    dyad_free(sc->start);
    memset(sc, 0, sizeof *sc);
}

/* The last token of the word that starts at token k as the dictionary writes words: the
 * tokenizer splits "Al-Shabaab" into Al | - | Shabaab and "People's" into People | 's, with no
 * space between them in the text; k itself where nothing is joined. */
int32_t dyad_coder_joined_end(const dyad_sentence *s, const char *const *w, int32_t k, int32_t n)
{
    int32_t j = k;
    for (;;) {
        if (j + 2 < n && s->tok[j].end == s->tok[j + 1].start && strcmp(w[j + 1], "-") == 0 &&
            s->tok[j + 1].end == s->tok[j + 2].start)
            j += 2;
        else if (j + 1 < n && /* "Workers'" two tokens; "People's" one surface word in two */
                 (s->tok[j].end == s->tok[j + 1].start ||
                  (s->tok[j].start == s->tok[j + 1].start && s->tok[j].end == s->tok[j + 1].end)) &&
                 (strcmp(w[j + 1], "'s") == 0 || strcmp(w[j + 1], "'") == 0 ||
                  strcmp(w[j + 1], "\xe2\x80\x99s") == 0 || strcmp(w[j + 1], "\xe2\x80\x99") == 0))
            j += 1;
        else
            return j;
    }
}

/* A joined word's piece as the dictionary spells it: the typographic apostrophe as "'". */
const char *dyad_coder_joined_form(const char *w)
{
    return strcmp(w, "\xe2\x80\x99s") == 0 ? "'s" : strcmp(w, "\xe2\x80\x99") == 0 ? "'" : w;
}

/* The actor match at word i when the first word is joined as above (the dictionary writes
 * "Al-Shabaab" and "People's" as one word), the words after as they are, as the coder's own
 * look-up respells them (coder_actor.c); its length in tokens, or 0. */
static int joined(const dyad_coder_lex *l, const dyad_sentence *s, const char **w, int32_t i,
                  int32_t n, int32_t date, dyad_actor_match *a)
{
    int32_t j = dyad_coder_joined_end(s, w, i, n);
    if (j == i)
        return 0;
    char buf[128];
    size_t len = 0;
    for (int32_t q = i; q <= j; q++) {
        const char *f = dyad_coder_joined_form(w[q]);
        size_t fl = strlen(f);
        if (len + fl >= sizeof buf)
            return 0;
        memcpy(buf + len, f, fl);
        len += fl;
    }
    buf[len] = 0;
    const char *tmp[64];
    int32_t m = 1;
    tmp[0] = buf;
    for (int32_t k = j + 1; k < n && m < 64; k++)
        tmp[m++] = w[k];
    if (!l->actor(l->ctx, tmp, (int)m, date, a) || a->len < 1)
        return 0;
    return a->len + (j - i);
}

void dyad_coder_scan_sentence(const dyad_coder *c, const dyad_sentence *s, int32_t date,
                              dyad_coder_scan *sc)
{
    const dyad_coder_lex *l = &c->lex;
    sc->n = s->n > 0 ? s->n : 0;
    for (int32_t i = 0; i < sc->n; i++)
        sc->w[i] = s->tok[i].form ? s->tok[i].form : "";
    for (int32_t i = 0; i < sc->n;) {
        dyad_actor_match *a = &sc->am[i];
        dyad_agent_match *g = &sc->gm[i];
        if (!l->actor(l->ctx, sc->w + i, (int)(sc->n - i), date, a) || a->len < 1)
            a->len = 0;
        if (!a->len)
            a->len = joined(l, s, sc->w, i, sc->n, date, a);
        g->len = 0;
        if (!a->len && (!l->agent(l->ctx, sc->w + i, (int)(sc->n - i), g) || g->len < 1))
            g->len = 0;
        int32_t len = a->len ? a->len : g->len;
        if (len > sc->n - i)
            len = a->len = g->len = sc->n - i;
        if (!len) {
            sc->start[i++] = -1;
            continue;
        }
        for (int32_t k = i; k < i + len; k++) {
            sc->start[k] = i;
            if (k > i)
                sc->am[k].len = sc->gm[k].len = 0;
        }
        i += len;
    }
}
