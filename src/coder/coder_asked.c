/* coder_asked.c — targets of requests and of refusals that the parse leaves without an object.
 * A request whose addressee the parser made the subject of the clause that follows ("has
 * requested the President declare an emergency": "declare" with its own subject, hung from
 * another verb) is addressed to that subject; a refusal with no object coordinated with a
 * request ("asked the judge to wait, but he declined") rejects the one who asked. */
#include "coder/coder_internal.h"

#include <string.h>

static const char *const asking[] = {"ask", "request", "urge", "invite", "call", "press", "beg"};
static const char *const refusing[] = {"decline", "declined", "declines", "refuse", "refused",
                                       "refuses", "reject", "rejected",  "rejects"};

/* The first word of w's phrase (its leftmost descendant). */
static int32_t first_word(const dyad_coder_sent *x, int32_t w)
{
    int32_t lo = w;
    for (int guard = 0; guard < 32; guard++) {
        int32_t next = lo;
        for (const int32_t *k = x->kids[lo]; *k >= 0; k++)
            if (*k < next)
                next = *k;
        if (next == lo)
            return lo;
        lo = next;
    }
    return lo;
}

/* "requested X declare ...": the subject of a clause whose phrase starts right after v. */
static int32_t next_subject(const dyad_coder_sent *x, int32_t v)
{
    for (int32_t i = v + 1; i < x->s->n && i < v + 12; i++) {
        if (strcmp(dyad_coder_rel(x, i), "nsubj") != 0 || first_word(x, i) != v + 1)
            continue;
        int32_t c = dyad_coder_head(x, i);
        if (c > i && x->s->tok[c].upos == DYAD_UPOS_VERB && dyad_coder_kid(x, c, "mark") < 0)
            return i;
    }
    return -1;
}

int32_t dyad_coder_asked_target(dyad_coder_sent *x, int32_t v, const char *code)
{
    if (dyad_coder_kid(x, v, "obj") >= 0 || dyad_coder_kid(x, v, "iobj") >= 0 ||
        dyad_coder_kid(x, v, "ccomp") >= 0)
        return -1;
    if (code[0] == '0' && code[1] == '2' && dyad_coder_is(x->lemma[v], "request"))
        return next_subject(x, v);
    int32_t h = dyad_coder_head(x, v);
    if (code[0] != '1' || code[1] != '2' || h < 0 || strcmp(dyad_coder_rel(x, v), "conj") != 0 ||
        h >= v || dyad_coder_kid(x, v, "nsubj") < 0 || dyad_coder_kid(x, v, "xcomp") >= 0 ||
        !dyad_coder_is_any(x->form[v], refusing, DYAD_ARRAY_LEN(refusing)) ||
        !dyad_coder_is_any(x->lemma[h], asking, DYAD_ARRAY_LEN(asking)))
        return -1;
    const char *note = "";
    bool passive = false;
    return dyad_coder_source_of(x, h, &note, &passive, 0);
}
