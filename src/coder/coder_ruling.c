/* coder_ruling.c — a court's finding that something is unlawful ("The court found the closure
 * of the newspaper to be unlawful", "The judge concluded that the president's decree was
 * unconstitutional", "ruled the ban illegal"): a legal act against whoever the thing is of
 * (docs/CODEBOOK.md §5: 116, as the dictionary's "ruled X unconstitutional"). Its owner is the
 * thing's possessor or by-agent ("the president's decree", "the ban by the ministry"); an act
 * of state with neither (a prorogation, a ban, a draft) is the court's own government's. The
 * thing is the verb's object with the finding as its complement, or the subject of the
 * finding in the verb's clausal complement; the finding an adjective of illegality, or a verb
 * of breaking the law ("said the ban violates the constitution"). */
#include "coder/coder_internal.h"

#include <string.h>
#include <strings.h>

static const char *const finding_verbs[] = {"rule",  "find",  "conclude", "declare",
                                            "hold",  "judge", "deem",     "say"};
/* Verbs that say a thing breaks the law ("the ban violates the constitution"). */
static const char *const breaking[] = {"violate", "breach", "contravene", "infringe"};
static const char *const unlawful[] = {"unlawful", "illegal", "unconstitutional", "invalid",
                                       "void", "illegitimate"};

bool dyad_coder_ruling_word(const char *w)
{
    /* the adjectives, and any form of the verbs of breaking the law (the plan reads forms) */
    static const char *const stems[] = {"violat", "breach", "contraven", "infring"};
    for (size_t i = 0; w && i < DYAD_ARRAY_LEN(stems); i++)
        if (strncasecmp(w, stems[i], strlen(stems[i])) == 0)
            return true;
    return dyad_coder_is_any(w, unlawful, DYAD_ARRAY_LEN(unlawful));
}

/* Word a is an adjective of illegality. */
static bool illegality(const dyad_coder_sent *x, int32_t a)
{
    return a >= 0 && dyad_coder_is_any(x->form[a], unlawful, DYAD_ARRAY_LEN(unlawful));
}

/* A gerund the parser split from its clause before breaking verb b, whose own subject is then
 * the gerund's object: "says [arresting only students] violates the law" (b singular, its
 * subject plural: the act breaks the law, not the students); -1 when none. Either the gerund is the
 * word before b's subject ("only" between), or b hangs as a relative clause under the object
 * of a gerund. */
static int32_t split_gerund(const dyad_coder_sent *x, int32_t b)
{
    const char *bx = x->s->tok[b].xpos;
    if (!bx || strcmp(bx, "VBZ") != 0)
        return -1;
    int32_t s = dyad_coder_kid(x, b, "nsubj");
    if (s < 0 && dyad_coder_has_dep(dyad_coder_rel(x, b), "acl"))
        s = dyad_coder_head(x, b); /* "arresting only students | violates": the relative's head */
    const char *sx = s >= 0 ? x->s->tok[s].xpos : NULL;
    if (!sx || strcmp(sx, "NNS") != 0)
        return -1;
    int32_t g = s - 1;
    while (g >= 0 && dyad_coder_is(x->form[g], "only"))
        g--;
    size_t n = g >= 0 ? strlen(x->form[g]) : 0;
    if (n < 5 || strcasecmp(x->form[g] + n - 3, "ing") != 0 ||
        (x->s->tok[g].upos != DYAD_UPOS_NOUN && x->s->tok[g].upos != DYAD_UPOS_VERB))
        return -1;
    return g;
}

/* The finding of illegality said by clause c, the complement of a finding verb: the clause's
 * subject when c is an adjective of illegality with a copula ("that X was unlawful"), or
 * breaks the law ("the ban violates the constitution"; a split gerund, split_gerund); -1 when
 * c says neither. */
static int32_t thing_in_clause(const dyad_coder_sent *x, int32_t c)
{
    if (illegality(x, c) && dyad_coder_kid(x, c, "cop") >= 0)
        return dyad_coder_kid(x, c, "nsubj");
    if (c < 0 || !dyad_coder_is_any(x->lemma[c], breaking, DYAD_ARRAY_LEN(breaking)) ||
        dyad_coder_kid(x, c, "obj") < 0)
        return -1;
    int32_t g = split_gerund(x, c);
    return g >= 0 ? g : dyad_coder_kid(x, c, "nsubj");
}

/* The thing v finds unlawful, -1 when v makes no such finding: "found X (to be) unlawful"
 * (X the object, the adjective its complement), "concluded that X was unlawful" (X the
 * subject of the complement). */
static int32_t thing_found(const dyad_coder_sent *x, int32_t v)
{
    int32_t xc = dyad_coder_kid(x, v, "xcomp"), o = dyad_coder_kid(x, v, "obj");
    if (o >= 0 && illegality(x, xc))
        return o;
    /* "ruled the curfew violated the constitution" with the curfew taken for the object and
     * the verb of breaking the law hung from the finding verb with no subject of its own */
    for (const int32_t *k = o >= 0 ? x->kids[v] : NULL; k && *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if ((strcmp(r, "xcomp") == 0 || strcmp(r, "advcl") == 0) && *k > o &&
            dyad_coder_is_any(x->lemma[*k], breaking, DYAD_ARRAY_LEN(breaking)) &&
            dyad_coder_kid(x, *k, "obj") >= 0 && dyad_coder_kid(x, *k, "nsubj") < 0 &&
            dyad_coder_kid(x, *k, "mark") < 0)
            return o;
    }
    /* the parser may hang the adjective inside the object's phrase, after its head ("ruled
     * the prorogation of parliament | unlawful" with unlawful an nmod): predicative there,
     * where before the head it would only describe ("the unlawful ban") */
    for (int32_t a = o + 1; o >= 0 && a < x->s->n; a++)
        if (illegality(x, a) && dyad_coder_under(x, a, o) && dyad_coder_kid(x, a, "det") < 0)
            return o;
    /* "said that the ban violates the constitution": the clause's subject breaks the law */
    int32_t cc = dyad_coder_kid(x, v, "ccomp"), t = thing_in_clause(x, cc);
    if (t >= 0)
        return t;
    /* "says arresting only students violates ...", with the gerund the complement and the
     * verb a relative clause under its object */
    int32_t go = cc >= 0 ? dyad_coder_kid(x, cc, "obj") : -1;
    for (const int32_t *k = go >= 0 ? x->kids[go] : NULL; k && *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "acl") &&
            dyad_coder_is_any(x->lemma[*k], breaking, DYAD_ARRAY_LEN(breaking)) &&
            split_gerund(x, *k) == cc)
            return cc;
    /* "ruled on May 3 the curfew was unlawful": a complement without "that" the parser
     * joined to the verb as a conjunct with no conjunction */
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (strcmp(dyad_coder_rel(x, *k), "conj") == 0 && dyad_coder_kid(x, *k, "cc") < 0 &&
            illegality(x, *k) && dyad_coder_kid(x, *k, "cop") >= 0)
            return dyad_coder_kid(x, *k, "nsubj");
    return -1;
}

int32_t dyad_coder_found_unlawful(const dyad_coder_sent *x, int32_t v)
{
    if (x->s->tok[v].upos != DYAD_UPOS_VERB ||
        !dyad_coder_is_any(x->lemma[v], finding_verbs, DYAD_ARRAY_LEN(finding_verbs)))
        return -1;
    return thing_found(x, v);
}

bool dyad_coder_ruling(dyad_coder_sent *x, int32_t t, const dyad_coder_actors *src,
                       dyad_coder_actors *tgt)
{
    if (t < 0 || src->n != 1 || !src->v[0].a.agent || strcmp(src->v[0].a.agent, "JUD") != 0)
        return false;
    /* the thing's owner: its possessor or by-agent */
    int32_t owner = dyad_coder_kid(x, t, "nmod:poss");
    for (const int32_t *k = x->kids[t]; *k >= 0 && owner < 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod") &&
            dyad_coder_is(dyad_coder_prep(x, *k), "by"))
            owner = *k;
    if (owner >= 0 && dyad_coder_actor_of(x, owner)->a.code[0]) {
        tgt->n = 0;
        dyad_coder_actors_of(x, owner, tgt);
        return tgt->n > 0;
    }
    if (owner >= 0)
        return false; /* an owner the dictionaries do not know */
    if (dyad_coder_someone(x, t)) { /* "the protesters violated the law": they did */
        tgt->n = 0;
        if (dyad_coder_actor_of(x, t)->a.code[0])
            dyad_coder_actors_of(x, t, tgt);
        return tgt->n > 0;
    }
    /* an act of state with no owner named: the court's government's; a court without a
     * country of its own ("The court found the ban unlawful") is the story's */
    const char *root = src->v[0].a.root;
    dyad_coder_actor none = {.head = -1, .via = -1}, court;
    none.a.code = "";
    if (!dyad_coder_country_root(root) && dyad_coder_story_actor(x, &src->v[0], &none, &court))
        root = court.a.root;
    if (!dyad_coder_country_root(root))
        return false;
    dyad_coder_country_agent(x, root, "GOV", t, 0, &tgt->v[0]);
    tgt->n = 1;
    return tgt->v[0].a.code[0] != 0;
}

/* A court's finding that a thing is unlawful (dyad_coder_ruling), coded 116 from the court
 * to the thing's owner; false when v makes none. *rc gets the emit's status. */
bool dyad_coder_court_finding(dyad_coder_sent *x, int32_t v, dyad_event_list *out, dyad_err *err,
                               int *rc)
{
    int32_t thing = dyad_coder_found_unlawful(x, v);
    if (thing < 0)
        return false; /* most verbs: no source looked up */
    const char *note = "";
    bool passive = false;
    int32_t s = dyad_coder_source_of(x, v, &note, &passive, 0);
    dyad_coder_actors src = {.n = 0}, tgt = {.n = 0};
    if (s < 0 || passive)
        return false;
    dyad_coder_actors_of(x, s, &src);
    if (!dyad_coder_ruling(x, thing, &src, &tgt))
        return false;
    for (int j = 0; j < tgt.n && *rc == DYAD_OK; j++)
        *rc = dyad_coder_emit(x, &src.v[0], &tgt.v[j], "116", v,
                              "court finding: * X unlawful (coder_ruling.c)", "ruling", out, err);
    return true;
}
