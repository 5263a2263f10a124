/* coder_dissent.c — dissent (CAMEO 14x) the verb dictionary alone codes wrongly or not at all.
 * Taking part in a protest ("participated in a protest", "was involved in demonstrations",
 * "took part in the march") is the participant's demonstration (141).
 * An act done "in protest" ("the minister resigned in protest at the president's budget") is
 * the doer's protest (140) against whom the protest is aimed: the actor its to / at / against /
 * over phrase names (on "protest", or on the verb right after it: parsers hang it either
 * way), or that phrase's possessor ("the president's budget"). And a crowd's
 * one-sided act (CODEBOOK §3.4): a protest made to no one is a demonstration ("Thousands of
 * Georgians demonstrated", "students protested in Belgium": 141, not the verbal 140), and a
 * crowd named by its country's people alone ("Georgians", a bare country code) is that
 * country's civilians (GEOCVL, §3.2). A legislature's protest that names no one it is made to
 * ("Kenyan lawmakers protested by walking out") is dissent against its country's government
 * (140 to KENGOV). */
#include "coder/coder_internal.h"

#include <string.h>

/* Word w has a dependent whose lemma is l. */
static bool kid_lemma(const dyad_coder_sent *x, int32_t w, const char *l)
{
    for (const int32_t *k = x->kids[w]; *k >= 0; k++)
        if (dyad_coder_is(x->lemma[*k], l))
            return true;
    return false;
}

/* The actor a to / at / against / over phrase k names, or its possessor ("to the president's
 * budget"); -1 when none. */
static int32_t aimed_by(dyad_coder_sent *x, int32_t k)
{
    static const char *const preps[] = {"to", "at", "against", "over"};
    if (!dyad_coder_is_any(dyad_coder_prep(x, k), preps, DYAD_ARRAY_LEN(preps)))
        return -1;
    const dyad_coder_actor *a = dyad_coder_actor_of(x, k);
    if (a->a.code[0] && !dyad_coder_bare_place(a))
        return k;
    int32_t p = dyad_coder_kid(x, k, "nmod:poss");
    if (p >= 0 && dyad_coder_actor_of(x, p)->a.code[0] &&
        !dyad_coder_bare_place(dyad_coder_actor_of(x, p)))
        return p;
    return -1;
}

/* The first word of k's phrase. */
static int32_t phrase_start(const dyad_coder_sent *x, int32_t k)
{
    int32_t first = k;
    while (first > 0 && dyad_coder_under(x, first - 1, k))
        first--;
    return first;
}

/* v is a bare "protest" (no article: "in protest") oblique of h. */
static bool bare_protest(const dyad_coder_sent *x, int32_t v, int32_t h)
{
    return v >= 0 && dyad_coder_head(x, v) == h && dyad_coder_is(x->lemma[v], "protest") &&
           dyad_coder_has_dep(dyad_coder_rel(x, v), "obl") && dyad_coder_kid(x, v, "det") < 0;
}

bool dyad_coder_protest_aim(const dyad_coder_sent *x, int32_t h, int32_t n)
{
    static const char *const preps[] = {"to", "at", "against", "over"};
    if (!dyad_coder_has_dep(dyad_coder_rel(x, n), "obl") || dyad_coder_head(x, n) != h ||
        !dyad_coder_is_any(dyad_coder_prep(x, n), preps, DYAD_ARRAY_LEN(preps)))
        return false;
    int32_t first = phrase_start(x, n);
    return first > 0 && bare_protest(x, first - 1, h);
}

/* The actor the protest noun v, an oblique of verb h, is aimed at: the phrase v's own (nmod),
 * or one the parser hung on h that starts right after v ("resigned in protest | at the
 * president's decision": either attachment reads the same); -1 when none names one. */
static int32_t protested(dyad_coder_sent *x, int32_t v, int32_t h)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        int32_t t = dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod") ? aimed_by(x, *k) : -1;
        if (t >= 0)
            return t;
    }
    for (const int32_t *k = x->kids[h]; *k >= 0; k++) {
        if (*k <= v || !dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl"))
            continue;
        int32_t t = phrase_start(x, *k) == v + 1 ? aimed_by(x, *k) : -1;
        if (t >= 0)
            return t;
    }
    return -1;
}

/* Verb h says its subject took part in the crowd act its "in" phrase names: "participated in
 * a protest", "was involved in demonstrations", "took part in the march". The participant's
 * word, -1 when h is no such verb or names none. */
static int32_t participant(const dyad_coder_sent *x, int32_t h)
{
    if (dyad_coder_is(x->lemma[h], "participate") ||
        (dyad_coder_is(x->lemma[h], "take") && kid_lemma(x, h, "part")))
        return dyad_coder_kid(x, h, "nsubj");
    if (dyad_coder_is(x->lemma[h], "involve") && dyad_coder_kid(x, h, "aux:pass") >= 0)
        return dyad_coder_kid(x, h, "nsubj:pass") >= 0 ? dyad_coder_kid(x, h, "nsubj:pass")
                                                         : dyad_coder_kid(x, h, "nsubj");
    return -1;
}

/* Crowd noun v, an "in" phrase of participation verb h: the participant's demonstration (141),
 * aimed at whom an "against" phrase of v names. */
static int took_part(dyad_coder_sent *x, int32_t v, int32_t h, int32_t p, dyad_event_list *out,
                     dyad_err *err)
{
    dyad_coder_actor tmp, tgt;
    const dyad_coder_actor *src = dyad_coder_as_party(dyad_coder_actor_of(x, p), &tmp);
    if (!src->a.code[0] || dyad_coder_bare_place(src))
        return DYAD_OK;
    dyad_coder_coded_actor(x, "", -1, DYAD_CODER_GROUP, &tgt);
    int32_t against = dyad_coder_crowd_aimed_at(x, v, h); /* on the noun, or on the verb */
    if (against >= 0)
        tgt = *dyad_coder_actor_of(x, against);
    return dyad_coder_emit(x, src, &tgt, "141", v,
                           "took part in a protest = 141 (src/coder/coder_dissent.c)",
                           tgt.a.code[0] ? "took part" : "took part,actor-only", out, err);
}

int dyad_coder_in_protest(dyad_coder_sent *x, int32_t v, dyad_event_list *out, dyad_err *err)
{
    int32_t h = dyad_coder_head(x, v);
    if (h < 0 || !dyad_coder_has_dep(dyad_coder_rel(x, v), "obl") ||
        x->s->tok[h].upos != DYAD_UPOS_VERB || dyad_coder_negated(x, h))
        return DYAD_OK;
    dyad_coder_stance st;
    dyad_coder_stance_of(x, h, x->c->opt.literal, &st);
    if (st.kind != DYAD_STANCE_FACT || st.negative)
        return DYAD_OK;
    int32_t p = participant(x, h);
    if (p >= 0)
        return took_part(x, v, h, p, out, err); /* "participated in a protest" */
    if (!dyad_coder_is(x->lemma[v], "protest") || dyad_coder_kid(x, v, "det") >= 0)
        return DYAD_OK; /* "in protest", not "in a protest" */
    int32_t t = protested(x, v, h);
    const char *how = "";
    bool passive = false;
    int32_t s = t >= 0 ? dyad_coder_source_of(x, h, &how, &passive, 0) : -1;
    if (s < 0 || passive)
        return DYAD_OK;
    dyad_coder_actor src = *dyad_coder_actor_of(x, s), tmp;
    const dyad_coder_actor *tgt = dyad_coder_as_party(dyad_coder_actor_of(x, t), &tmp);
    if (!src.a.code[0])
        return DYAD_OK;
    return dyad_coder_emit(x, &src, tgt, "140", v, "in protest = 140 (src/coder/coder_dissent.c)",
                           "in protest", out, err);
}

/* a names a country's people in the plural ("Georgians", "Hongkongers", "Swedes"): a bare
 * country code whose words end in "s" where its entry's name does not ("the Philippines",
 * "the United States" are the countries themselves). */
static bool people_of_country(const dyad_coder_actor *a)
{
    const char *t = a->a.text ? a->a.text : "", *e = a->a.entry ? a->a.entry : "";
    size_t nt = strlen(t), ne = strcspn(e, " (");
    return (!a->a.agent || !a->a.agent[0]) && strlen(a->a.code) == 3 &&
           dyad_coder_country_root(a->a.code) && nt > 1 && (t[nt - 1] == 's' || t[nt - 1] == 'S') &&
           ne > 1 && e[ne - 1] != 's' && e[ne - 1] != 'S';
}

const char *dyad_coder_crowd_code(dyad_coder_sent *x, const char *act, dyad_coder_actor *a)
{
    if (!a->a.agent || !a->a.agent[0]) {
        if (!people_of_country(a))
            return NULL; /* "the United States protested": a country's, not a crowd's */
        dyad_coder_actor c;
        dyad_coder_country_agent(x, a->a.code, "CVL", a->head, a->kind, &c);
        c.a.text = a->a.text, c.a.entry = a->a.entry, c.a.start = a->a.start, c.a.end = a->a.end;
        c.via = a->via;
        *a = c;
    }
    return act && strcmp(act, "140") == 0 ? "141" : NULL;
}

bool dyad_coder_house_protest(dyad_coder_sent *x, const char *act, const dyad_coder_actor *src,
                              dyad_coder_actor *tgt)
{
    const char *root = src->a.root ? src->a.root : "";
    if (!act || strncmp(act, "14", 2) != 0 || !src->a.agent || strcmp(src->a.agent, "LEG") != 0 ||
        strlen(root) != 3 || !dyad_coder_country_root(root))
        return false;
    dyad_coder_country_agent(x, root, "GOV", -1, DYAD_CODER_GROUP, tgt);
    return true;
}

bool dyad_coder_state_organ(const char *agent)
{
    static const char *const organs[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
    return agent && dyad_coder_is_any(agent, organs, DYAD_ARRAY_LEN(organs));
}

bool dyad_coder_state_party(const dyad_coder_sent *x, const dyad_coder_actor *a)
{
    const char *code = a->a.code ? a->a.code : "";
    if (!dyad_coder_country_root(code))
        return false;
    if ((a->head >= 0 && a->head < x->s->n && dyad_coder_plural(x, a->head)) ||
        people_of_country(a))
        return false; /* "Hongkongers", "Georgians": a people, not the state */
    return code[3] == 0 || strcmp(code + 3, "GOV") == 0; /* "Japan", "the Japanese government" */
}
