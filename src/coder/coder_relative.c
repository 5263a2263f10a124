/* coder_relative.c — a reaction in a relative clause whose antecedent names an act or a policy:
 * "Kenya and Uganda have kept a policy of turning refugees away, which the United States has
 * criticised", "Uganda's new law, which Kenya condemned". The relative pronoun stands for the
 * antecedent, so the reaction (05x, 11x, 12x) is aimed at whoever holds it: the antecedent's
 * possessor or the actor named before it ("Uganda's law", "the Ugandan law"), else the subject
 * of the verb whose object it is ("Uganda passed a law, which ..."); an antecedent that names
 * someone is the one reacted to itself ("the Ugandan minister, whom Kenya criticised"). Not
 * one's own policy. */
#include "coder/coder_internal.h"

#include <string.h>

/* Reactions aimed at the one who holds what they react to: approval (05x), disapproval
 * (11x), rejection (12x). */
static bool reaction(const char *code)
{
    return strncmp(code, "05", 2) == 0 || strncmp(code, "11", 2) == 0 ||
           strncmp(code, "12", 2) == 0;
}

/* Word w is a relative pronoun standing for the antecedent ("which", "that", "whom"). */
static bool relative_pronoun(const dyad_coder_sent *x, int32_t w)
{
    static const char *const pronouns[] = {"which", "that", "whom", "who"};
    return w >= 0 && dyad_coder_is_any(x->form[w], pronouns, DYAD_ARRAY_LEN(pronouns));
}

/* Codes a and b are one party: the same, or a country and one of its own (KEN, KENGOV). */
static bool one_party(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    return strcmp(a, b) == 0 || (la == 3 && lb > 3 && strncmp(a, b, 3) == 0) ||
           (lb == 3 && la > 3 && strncmp(a, b, 3) == 0);
}

/* The relative clause at v takes its antecedent as what it reacts to: its object (or passive
 * subject) is the relative pronoun, or the clause has none ("the law Kenya condemned"). */
static bool reacts_to_antecedent(const dyad_coder_sent *x, int32_t v)
{
    int32_t o = dyad_coder_kid(x, v, "obj");
    int32_t ps = dyad_coder_kid(x, v, "nsubj:pass");
    if (o >= 0)
        return relative_pronoun(x, o);
    if (ps >= 0)
        return relative_pronoun(x, ps);
    return dyad_coder_kid(x, v, "ccomp") < 0 && dyad_coder_kid(x, v, "xcomp") < 0;
}

/* The word naming the holder of antecedent n: an actor among its possessor, adjectives and
 * compounds, else the subject of the verb whose object n is; -1 when none. */
static int32_t holder_of(dyad_coder_sent *x, int32_t n)
{
    int32_t own = dyad_coder_owner_word(x, n);
    if (own >= 0)
        return own;
    int32_t g = dyad_coder_head(x, n);
    if (g < 0 || strcmp(dyad_coder_rel(x, n), "obj") != 0 ||
        x->s->tok[g].upos != DYAD_UPOS_VERB)
        return -1;
    const char *note = "";
    bool passive = false;
    int32_t s = dyad_coder_source_of(x, g, &note, &passive, 0);
    return s >= 0 && !passive && dyad_coder_actor_of(x, s)->a.code[0] ? s : -1;
}

bool dyad_coder_relative_referent(dyad_coder_sent *x, int32_t v, bool nominal, const char *code,
                                  const dyad_coder_actors *src, dyad_coder_actors *tgt)
{
    if (nominal || !reaction(code) || src->n == 0 || tgt->n > 0 ||
        strcmp(dyad_coder_rel(x, v), "acl:relcl") != 0 || !reacts_to_antecedent(x, v))
        return false;
    int32_t n = dyad_coder_head(x, v);
    if (n < 0 || (x->s->tok[n].upos != DYAD_UPOS_NOUN && x->s->tok[n].upos != DYAD_UPOS_PROPN))
        return false;
    /* "the minister, whom Kenya criticised": the antecedent itself; "Uganda's law, which
     * Kenya criticised": the one who holds it */
    int32_t h = dyad_coder_someone(x, n) ? n : holder_of(x, n);
    if (h < 0)
        return false;
    dyad_coder_actors_of(x, h, tgt);
    for (int i = 0; i < tgt->n; i++)
        for (int s = 0; s < src->n; s++)
            if (one_party(tgt->v[i].a.code, src->v[s].a.code)) {
                tgt->n = 0;
                return false; /* one's own policy, or one's state's */
            }
    return tgt->n > 0;
}
