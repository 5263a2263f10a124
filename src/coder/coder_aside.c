/* coder_aside.c — phrases that tell how an event is known, when it happened or through what
 * medium, never whom it is done to.
 *
 * "are investigating the shooting, according to prosecutor Josh Bash": the source of the
 * report; "visited Kenosha two days after Trump": a time; "spoke on Fox News", "criticized
 * ... on television": the medium. None is the target, unless a verb pattern names the
 * preposition. Deeper in a chain of nouns under the verb ("For the first time in weeks of
 * protests in Hong Kong", "death of an elephant in Kerala", "after the shooting in Al Noor
 * Mosque") a place or a site in a locative phrase says where, as does anything under a thing
 * ("reefs off the coast of Fiji", "a case about American Samoans' status"); directly under
 * the object or oblique it may be the issue ("called for peace in Syria") and stays. */
#include "coder/coder_internal.h"

#include <string.h>

bool dyad_coder_aside(dyad_coder_sent *x, int32_t n)
{
    static const char *const times[] = {"according", "accord", "after",   "before", "since",
                                        "until",     "till",   "despite", "unlike"};
    const char *prep = dyad_coder_prep(x, n);
    if (dyad_coder_is_any(prep, times, DYAD_ARRAY_LEN(times)))
        return true;
    const dyad_coder_actor *a = dyad_coder_actor_of(x, n);
    return dyad_coder_is(prep, "on") && strncmp(a->a.agent, "MED", 3) == 0;
}

bool dyad_coder_no_target(dyad_coder_sent *x, int32_t v, int32_t n)
{
    /* "visited the wounded in hospital": a site in a locative phrase says where, even of
     * travel (a hospital's staff would be named); so does a venue ("at a summit") */
    return dyad_coder_aside(x, n) || (!dyad_coder_travel(x, v) && dyad_coder_where(x, n)) ||
           (dyad_coder_locative(x, n) && dyad_coder_site(x, n)) || dyad_coder_venue(x, n);
}

/* The chain of nouns holding n hangs off a locative oblique or one before the verb
 * ("arrested in death of ...", "For the first time in weeks of ..."), not an object or a
 * complement ("criticized the closure of guest houses in Bree", "arranged for the reopening
 * of guest houses in Bree"). */
static bool under_oblique(const dyad_coder_sent *x, int32_t n)
{
    for (int i = 0; i < 8 && dyad_coder_has_dep(dyad_coder_rel(x, n), "nmod"); i++)
        n = dyad_coder_head(x, n) >= 0 ? dyad_coder_head(x, n) : n;
    return dyad_coder_has_dep(dyad_coder_rel(x, n), "obl") &&
           (n < dyad_coder_head(x, n) || dyad_coder_locative(x, n));
}

bool dyad_coder_chain_stop(dyad_coder_sent *x, int32_t n, int32_t g, int depth)
{
    static const char *const partners[] = {"with", "between", "against", "to"};
    if (dyad_coder_aside(x, g))
        return true;
    /* "the coast of Fiji", not "programs with Libya" */
    if (dyad_coder_thing(x, n, -1, 0) &&
        !dyad_coder_is_any(dyad_coder_prep(x, g), partners, DYAD_ARRAY_LEN(partners)))
        return true;
    /* "the Supreme Council for the Islamic Revolution in Iraq": a name, not a place */
    bool deep = depth > 0 && x->s->tok[n].upos != DYAD_UPOS_PROPN && under_oblique(x, n);
    if (dyad_coder_site(x, n) || deep)
        return dyad_coder_where(x, g) || (dyad_coder_locative(x, g) && dyad_coder_site(x, g));
    return false;
}

bool dyad_coder_time_clause(dyad_coder_sent *x, int32_t v)
{
    static const char *const spans[] = {"year", "month", "week", "day", "decade", "hour"};
    int32_t h = dyad_coder_head(x, v), mk = dyad_coder_kid(x, v, "mark");
    return h >= 0 && strcmp(dyad_coder_rel(x, v), "acl") == 0 && mk >= 0 &&
           (dyad_coder_is(x->lemma[mk], "after") || dyad_coder_is(x->lemma[mk], "before")) &&
           dyad_coder_is_any(x->lemma[h], spans, DYAD_ARRAY_LEN(spans));
}
