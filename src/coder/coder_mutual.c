/* coder_mutual.c — whether a compound subject without a target acts on itself. "Gondor and
 * Osgiliath agree that ...", "renewed diplomatic ties", "delayed their meeting", "met",
 * "clashed": each party is the other's target (a symmetric act, "met", "signed an accord", is
 * coded once per pair, coder_clause.c). "China, Iran and Russia have pledged funds"
 * is three pledges to someone else, not to each other: no events (PETRARCH codes a compound
 * subject's events to a target, never among its members unless the act is mutual). A
 * compound the parser made of an apposition's list or of two clauses' subjects is none. */
#include "coder/coder_internal.h"

#include <string.h>

/* Verbs whose act needs two sides. */
static const char *const mutual_verbs[] = {
    "agree",     "meet",    "talk",      "negotiate", "discuss",  "confer",  "consult",
    "speak",     "clash",   "fight",     "cooperate", "collaborate", "reconcile", "normalize",
    "normalise", "ally",    "unite",     "converse",  "trade",    "exchange", "quarrel",
    "feud",      "spar",    "skirmish",  "battle",   "wrangle",  "compromise", "partner"};

/* Nouns naming a relation or a joint act ("renewed ties", "signed the accord"). */
static const char *const mutual_nouns[] = {
    "tie",       "relation",  "talk",     "meeting",  "agreement", "deal",     "treaty",
    "pact",      "accord",    "dialogue", "negotiation", "cooperation", "partnership",
    "alliance",  "relationship", "summit", "exercise", "drill",    "ceasefire", "truce",
    "memorandum", "protocol", "contract", "friendship", "rivalry", "dispute", "conflict"};

/* "each other", "one another", "together", "jointly", "both", "mutual(ly)" among the words
 * under w (depth-limited). */
static bool marker_under(const dyad_coder_sent *x, int32_t w, int depth)
{
    const char *l = x->lemma[w];
    if (dyad_coder_is(l, "other") || dyad_coder_is(l, "another") ||
        dyad_coder_is(l, "together") || dyad_coder_is(l, "jointly") ||
        dyad_coder_is(l, "mutual") || dyad_coder_is(l, "mutually") || dyad_coder_is(l, "bilateral"))
        return true;
    if (depth > 3)
        return false;
    for (const int32_t *k = x->kids[w]; *k >= 0; k++)
        if (marker_under(x, *k, depth + 1))
            return true;
    return false;
}

/* The compound subject of v is a misparse, not parties acting together: an apposition's
 * list going on in a common noun ("Adam Kokesh, an Iraq War veteran, activist, ..., and a
 * candidate spoke") or subjects with a verb between them ("Leaders of ... states met in
 * Niamey ... where Presidents Buhari and Talon signed"). */
static bool misparsed_compound(const dyad_coder_sent *x, int32_t v)
{
    /* "spoke with Wikinews to discuss": the subject is the clause's that discuss joins */
    for (int i = 0; i < 4 && dyad_coder_kid(x, v, "nsubj") < 0 && dyad_coder_head(x, v) >= 0;
         i++)
        v = dyad_coder_head(x, v);
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        if (!dyad_coder_has_dep(dyad_coder_rel(x, *k), "nsubj"))
            continue;
        int32_t ap = dyad_coder_kid(x, *k, "appos"), cj = dyad_coder_kid(x, *k, "conj");
        if (ap >= 0 && cj > ap && x->s->tok[cj].upos == DYAD_UPOS_NOUN)
            return true; /* "Lavrov, a diplomat, and Merkel met" stays */
        for (const int32_t *o = k + 1; *o >= 0; o++) {
            if (!dyad_coder_has_dep(dyad_coder_rel(x, *o), "nsubj"))
                continue;
            for (int32_t i = *k + 1; i < *o; i++)
                if (x->s->tok[i].upos == DYAD_UPOS_VERB)
                    return true;
        }
    }
    return false;
}

bool dyad_coder_mutual(const dyad_coder_sent *x, int32_t v)
{
    if (misparsed_compound(x, v))
        return false;
    if (dyad_coder_is_any(x->lemma[v], mutual_verbs, DYAD_ARRAY_LEN(mutual_verbs)))
        return true;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (dyad_coder_has_dep(r, "nsubj") || strcmp(r, "conj") == 0 ||
            strcmp(r, "ccomp") == 0 || strcmp(r, "parataxis") == 0)
            continue;
        if (marker_under(x, *k, 0))
            return true;
        if (strcmp(r, "obj") != 0 && !dyad_coder_has_dep(r, "obl"))
            continue;
        /* "renewed diplomatic ties", "delayed their meeting" */
        if (dyad_coder_is_any(x->lemma[*k], mutual_nouns, DYAD_ARRAY_LEN(mutual_nouns)))
            return true;
        int32_t poss = dyad_coder_kid(x, *k, "nmod:poss");
        if (poss >= 0 && dyad_coder_is(x->form[poss], "their"))
            return true;
    }
    return false;
}
