/* coder_said.c — whom a statement (said, announced, wrote: CAMEO 01x) is addressed to. A
 * statement's target is its addressee ("told reporters", "stated to the CBC") or what it is
 * about ("announced new restrictions on flights to Cuba", "said regarding Trump's call"),
 * never a party of what it reports: not an actor inside the reported clause or quote ("told
 * the press: 'the residents of American Samoa ...'", "wrote, 'I count on Turkey ... ISIS'"),
 * nor the medium, place or agent of the saying ("expressed outrage on social media",
 * "announced this change by live television", "a video broadcast to the U.S. territory",
 * "the tests by a military laboratory found ..."). */
#include "coder/coder_internal.h"

#include <string.h>

/* Prepositions of an oblique that a statement is addressed to or is about. */
static const char *const said_preps[] = {"to",      "about",   "regarding", "regard", "concerning",
                                         "concern", "toward",  "towards",   "against", "with",
                                         "over",    "at",      "for"};

bool dyad_coder_said_prep(const dyad_coder_sent *x, int32_t n)
{
    const char *p = dyad_coder_prep(x, n);
    if (dyad_coder_is_any(p, said_preps, DYAD_ARRAY_LEN(said_preps)))
        return true;
    /* "announces troop withdrawal from Syria": from-phrase of the object, not "said from X" */
    int32_t h = dyad_coder_head(x, n);
    return dyad_coder_is(p, "from") && h >= 0 && dyad_coder_kid(x, h, "obj") >= 0;
}

/* w heads a clause of its own: a verb or predicate with a subject or copula ("their thoughts
 * were with the children"), or a clausal dependent. */
bool dyad_coder_clause_head(const dyad_coder_sent *x, int32_t w)
{
    const char *r = dyad_coder_rel(x, w);
    return dyad_coder_has_dep(r, "ccomp") || dyad_coder_has_dep(r, "csubj") ||
           dyad_coder_has_dep(r, "parataxis") || dyad_coder_has_dep(r, "acl") ||
           strcmp(r, "advcl") == 0 || dyad_coder_kid(x, w, "cop") >= 0 ||
           dyad_coder_kid(x, w, "nsubj") >= 0 || dyad_coder_kid(x, w, "nsubj:pass") >= 0;
}

bool dyad_coder_quoted(const dyad_coder_sent *x, int32_t i)
{
    return dyad_coder_quote_opened(x->s, false, i) != -2;
}

int32_t dyad_coder_quote_opened(const dyad_sentence *s, bool open, int32_t i)
{
    int32_t at = open ? -1 : -2; /* -1: open from before the sentence; -2: not open */
    for (int32_t j = 0; j < i && j < s->n; j++) {
        const char *f = s->tok[j].form ? s->tok[j].form : "";
        unsigned char c = (unsigned char)f[0];
        if (c != '"' && c != 0xE2 && c != '`' && c != '\'')
            continue; /* no mark below starts so: most words, found cheaply */
        bool in = at != -2;
        if (strcmp(f, "\"") == 0)
            in = !in;
        else if (strcmp(f, "\xe2\x80\x9c") == 0 || strcmp(f, "``") == 0)
            in = true;
        else if (strcmp(f, "\xe2\x80\x9d") == 0 || strcmp(f, "''") == 0)
            in = false;
        else
            continue;
        at = !in ? -2 : at != -2 ? at : j; /* an opening mark inside a quotation opens none */
    }
    return at;
}

bool dyad_coder_said_inside(const dyad_coder_sent *x, int32_t v, int32_t t)
{
    if (dyad_coder_quoted(x, t) && !dyad_coder_quoted(x, v))
        return true;
    bool clause = false;
    int guard = 0;
    for (int32_t w = t; w >= 0 && guard < 64; w = dyad_coder_head(x, w), guard++) {
        if (w == v)
            return clause;
        clause |= w != t && dyad_coder_clause_head(x, w);
    }
    return false; /* not under v (a pattern word before the verb): left as the pattern says */
}
