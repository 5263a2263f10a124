/* coder_anaphor.c — an act named again by a definite noun ("Ankara announced the plan.
 * Greece criticized the move.", "condemned the decision", "welcomed this step"): a reaction to
 * it is aimed at whoever did the act, the source of the latest event of the act's kind (an
 * attack, an arrest, sanctions; any act for "the move", "the decision") the document coded in
 * this sentence or the two before it, when that is another actor than the one reacting. A
 * judgement of the act (coder_verdict.c: "called the stabbing an act of barbarity") finds its
 * doer the same way. The earlier events are the coder's own, so the answer is the same
 * whichever sentences are parsed (an event's sentence is always parsed). */
#include "coder/coder_internal.h"

#include <string.h>

/* Nouns that name an act already reported. */
static const char *const act_nouns[] = {
    "move",     "moves",     "decision",  "decisions", "step",      "steps",     "plan",
    "plans",    "proposal",  "ruling",    "verdict",   "measure",   "measures",  "policy",
    "ban",      "order",     "decree",    "attack",    "attacks",   "bombing",   "bombings",
    "shooting", "stabbing",  "killing",   "killings",  "invasion",  "annexation", "raid",
    "raids",    "arrest",    "arrests",   "execution", "executions", "crackdown", "action",
    "actions",  "sanctions", "expulsion", "closure",   "withdrawal", "strike",    "strikes"};

bool dyad_coder_act_noun_word(const char *w)
{
    return dyad_coder_is_any(w, act_nouns, DYAD_ARRAY_LEN(act_nouns));
}

/* Reactions that are aimed at the doer of what they react to: approval (05x), disapproval
 * (11x), rejection (12x). */
static bool reaction(const char *code)
{
    return strncmp(code, "05", 2) == 0 || strncmp(code, "11", 2) == 0 ||
           strncmp(code, "12", 2) == 0;
}

/* The CAMEO roots (two digits each) the act an act noun names may have; "" for any. */
typedef struct act_kind {
    const char *noun;
    const char *roots;
} act_kind;

static const act_kind act_kinds[] = {
    {"attack", "18 19 20"},   {"attacks", "18 19 20"},   {"bombing", "18 19 20"},
    {"bombings", "18 19 20"}, {"shooting", "18 19 20"},  {"stabbing", "18 19 20"},
    {"killing", "18 19 20"},  {"killings", "18 19 20"},  {"invasion", "19 20"},
    {"annexation", "19 20"},  {"raid", "17 18 19"},      {"raids", "17 18 19"},
    {"strike", "18 19 20"},   {"strikes", "18 19 20"},   {"arrest", "17"},
    {"arrests", "17"},        {"execution", "17 18 20"}, {"executions", "17 18 20"},
    {"crackdown", "17 18"},   {"expulsion", "17"},       {"sanctions", "16"},
};

/* The latest act of event code fits the act noun: it has one of the noun's roots. */
static bool of_kind(const char *noun, const char *code)
{
    for (size_t k = 0; k < DYAD_ARRAY_LEN(act_kinds); k++)
        if (dyad_coder_is(noun, act_kinds[k].noun)) {
            for (const char *r = act_kinds[k].roots; *r; r += r[2] ? 3 : 2)
                if (strncmp(r, code, 2) == 0)
                    return true;
            return false;
        }
    return true; /* "the move", "the decision": any act */
}

bool dyad_coder_definite_act(const dyad_coder_sent *x, int32_t o)
{
    static const char *const dets[] = {"the", "this", "that", "these", "those", "such"};
    if (o < 0 || x->s->tok[o].upos != DYAD_UPOS_NOUN || !dyad_coder_act_noun_word(x->form[o]))
        return false;
    int32_t d = dyad_coder_kid(x, o, "det");
    if (d < 0 || !dyad_coder_is_any(x->lemma[d], dets, DYAD_ARRAY_LEN(dets)))
        return false;
    for (const int32_t *k = x->kids[o]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (strcmp(r, "nmod:poss") == 0 || dyad_coder_has_dep(r, "nmod") ||
            dyad_coder_has_dep(r, "compound") || dyad_coder_has_dep(r, "amod") ||
            dyad_coder_has_dep(r, "acl"))
            return false; /* "the Turkish move", "the move to close ...": the phrase says more */
    }
    return true;
}

const dyad_event *dyad_coder_act_named(const dyad_coder_sent *x, int32_t o,
                                       const dyad_event_list *out)
{
    for (int32_t i = out ? out->n - 1 : -1; i >= 0; i--) {
        const dyad_event *e = &out->ev[i];
        if (e->sent < x->si - 2)
            break;
        if (e->sent > x->si || strncmp(e->code, "01", 2) == 0 || !of_kind(x->form[o], e->code))
            continue; /* a statement is no act; nor is an act of another kind */
        const char *doer = e->source.code;
        if (!doer || !doer[0] || strncmp(doer, "---", 3) == 0)
            return NULL; /* the latest act's doer is not known: no guess further back */
        return e;
    }
    return NULL;
}

void dyad_coder_act_doer(dyad_coder_sent *x, const dyad_event *e, int32_t o, dyad_coder_actor *a)
{
    dyad_coder_coded_actor(x, e->source.code, o, 0, a);
    /* the words that named the doer, in the earlier sentence, as evidence and label */
    a->a.text = e->source.text;
    a->a.entry = e->source.entry;
    a->a.start = e->source.start;
    a->a.end = e->source.end;
}

bool dyad_coder_act_referent(dyad_coder_sent *x, int32_t v, const char *code,
                             const dyad_event_list *out, const dyad_coder_actors *src,
                             dyad_coder_actors *tgt)
{
    if (!reaction(code) || src->n == 0 || tgt->n > 0 || !out)
        return false;
    int32_t o = dyad_coder_kid(x, v, "obj");
    const dyad_event *e = dyad_coder_definite_act(x, o) ? dyad_coder_act_named(x, o, out) : NULL;
    if (!e)
        return false;
    for (int32_t s = 0; s < src->n; s++)
        if (strcmp(src->v[s].a.root, e->source.root) == 0)
            return false; /* one's own act, or the same side's: no target */
    dyad_coder_act_doer(x, e, o, &tgt->v[0]);
    tgt->n = 1;
    return true;
}
