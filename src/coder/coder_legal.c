/* coder_legal.c — legal acts whose agent the sentence does not name. Only a court convicts,
 * sentences or acquits (116, and 17x said of a verdict), only the police or security forces
 * arrest and detain (173), and only a legislature impeaches, so "The opposition leader was
 * sentenced to five years" or "Two activists were detained" has a known source (docs/CODEBOOK.md §3.4): the court the sentence
 * names in an oblique ("was sentenced in federal court", "convicted at a Paris court"), else
 * the court or police of the story's one country (coder_country.c), when the one who undergoes
 * the act is of that country or of none. The same holds when the subject undergoes the act in
 * the active voice ("Manafort received a prison term": a verb pattern "+ * &PENALTY"). */
#include "coder/coder_internal.h"

#include <string.h>

/* A court named in an "in", "at" or "before" oblique of v ("sentenced in U.S. Federal Court"),
 * -1 when none. */
static int32_t court_oblique(dyad_coder_sent *x, int32_t v)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        if (!dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl"))
            continue;
        const char *p = dyad_coder_prep(x, *k);
        if (!dyad_coder_is(p, "in") && !dyad_coder_is(p, "at") && !dyad_coder_is(p, "before"))
            continue;
        const dyad_coder_actor *a = dyad_coder_actor_of(x, *k);
        if (a->a.agent && strcmp(a->a.agent, "JUD") == 0)
            return *k;
    }
    return -1;
}

/* v tells a legal act in a relative clause under the penalty it gave ("the sentence Manafort
 * received", "the term for which he was sentenced"): the penalty is told of as known, a
 * mention of an earlier act, not news of one. */
static bool under_penalty(const dyad_coder_sent *x, int32_t v)
{
    static const char *const penalties[] = {"sentence", "term", "fine", "penalty", "verdict",
                                            "conviction"};
    int32_t h = dyad_coder_head(x, v);
    return h >= 0 && strcmp(dyad_coder_rel(x, v), "acl:relcl") == 0 &&
           dyad_coder_is_any(x->lemma[h], penalties, DYAD_ARRAY_LEN(penalties));
}

bool dyad_coder_legal_agent(dyad_coder_sent *x, int32_t v, const char *code, bool undergoer,
                            const dyad_coder_actors *tgt, dyad_coder_actors *src)
{
    if (!tgt->n || !code || (!undergoer && dyad_coder_kid(x, v, "nsubj:pass") < 0))
        return false;
    bool court = strncmp(code, "116", 3) == 0;
    if ((!court && strncmp(code, "173", 3) != 0) || under_penalty(x, v))
        return false;
    int32_t named = court ? court_oblique(x, v) : -1;
    if (named >= 0) {
        dyad_coder_actors_of(x, named, src);
        return src->n > 0;
    }
    dyad_coder_actor a, full;
    /* only a legislature impeaches ("Clinton was impeached") */
    bool house = !court && dyad_coder_is(x->lemma[v], "impeach");
    dyad_coder_coded_actor(x, court ? "---JUD" : house ? "---LEG" : "---COP", -1, 0, &a);
    if (!dyad_coder_story_actor(x, &a, &tgt->v[0], &full))
        return false;
    src->v[0] = full;
    src->n = 1;
    return true;
}

bool dyad_coder_jurisdiction(dyad_coder_sent *x, const char *code, const dyad_coder_actor *src,
                             const dyad_coder_actor *tgt, dyad_coder_actor *out)
{
    const char *ag = src->a.agent ? src->a.agent : "";
    bool legal = strncmp(code, "116", 3) == 0 || strncmp(code, "17", 2) == 0;
    /* a state's courts, police or government, or the state itself ("Turkey sentenced"); not
     * its army, which acts abroad too */
    if (!legal || (ag[0] && strcmp(ag, "JUD") != 0 && strcmp(ag, "COP") != 0 && strcmp(ag, "GOV") != 0) ||
        !dyad_coder_country_root(src->a.root) || strncmp(tgt->a.code, "---", 3) != 0 ||
        !tgt->a.code[3])
        return false;
    return dyad_coder_rooted(x, tgt, src->a.root, out);
}
