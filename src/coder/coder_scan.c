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

/* The tokenizer splits "Al-Shabaab" into Al | - | Shabaab, which the dictionary writes as one
 * word: the actor match of the three rejoined (no space between them in the text) and the words
 * after, as the coder's own look-up respells it (coder_actor.c); its length in tokens, or 0. */
static int hyphenated(const dyad_coder_lex *l, const dyad_sentence *s, const char **w, int32_t i,
                      int32_t n, int32_t date, dyad_actor_match *a)
{
    if (i + 2 >= n || strcmp(w[i + 1], "-") != 0 || s->tok[i].end != s->tok[i + 1].start ||
        s->tok[i + 1].end != s->tok[i + 2].start)
        return 0;
    char joined[128];
    int len = snprintf(joined, sizeof joined, "%s-%s", w[i], w[i + 2]);
    if (len <= 0 || (size_t)len >= sizeof joined)
        return 0;
    const char *tmp[64];
    int32_t m = 1;
    tmp[0] = joined;
    for (int32_t k = i + 3; k < n && m < 64; k++)
        tmp[m++] = w[k];
    if (!l->actor(l->ctx, tmp, (int)m, date, a) || a->len < 1)
        return 0;
    return a->len + 2;
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
            a->len = hyphenated(l, s, sc->w, i, sc->n, date, a);
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
