/* coder_nominal.c — the parties of an event noun (coder_clause.c codes the noun): who performs
 * its act, its possessor, by-agent or a name before it ("US sanctions"); and those its own
 * dependents do not name: the subject of the verb that only performs the act ("prosecutors
 * opened an investigation into X", "a lawsuit was filed by X against Y": a light verb), the
 * one who speaks in a "from" phrase ("criticism from X"), a by-agent the parser hung
 * elsewhere, the one whose act a criticism in an adjunct is aimed at ("X went ahead despite
 * criticism by Y") and the one a request was put to, when the sentence says how they answered
 * it ("X did not accede to the protesters' demands"); and the modifiers that say the act did
 * not happen ("a possible lawsuit", "hopes for an agreement"). */
#include "coder/coder_internal.h"

#include <string.h>

/* Verbs (lemmas) that do no more than perform the act their object names. */
static const char *const light_verbs[] = {
    "conduct", "perform", "carry", "launch", "open",  "file",  "initiate", "institute",
    "start",   "begin",   "lodge", "mount",  "make",  "issue", "level",    "pursue",
    "undertake", "oversee", "lead", "head", "spearhead"};
/* not "bring" or "pay": "arms were brought by X", "paid funds" */

/* Verbs (lemmas) that go on with the act their with-phrase names: "proceeded with the
 * inquiry", "moved forward with an inquiry", "pressed ahead with the strike"; all but
 * "proceed" only with "forward" or "ahead". */
static const char *const go_on_verbs[] = {"proceed", "move", "go", "press", "push", "forge"};

static bool goes_on_with(const dyad_coder_sent *x, int32_t h, int32_t v)
{
    if (!dyad_coder_has_dep(dyad_coder_rel(x, v), "obl") ||
        !dyad_coder_is(dyad_coder_prep(x, v), "with") ||
        !dyad_coder_is_any(x->lemma[h], go_on_verbs, DYAD_ARRAY_LEN(go_on_verbs)))
        return false;
    if (dyad_coder_is(x->lemma[h], "proceed"))
        return true;
    for (const int32_t *k = x->kids[h]; *k >= 0; k++)
        if (dyad_coder_is(x->form[*k], "forward") || dyad_coder_is(x->form[*k], "ahead"))
            return true;
    return false;
}

/* Prepositions of a light verb's oblique that names the act's other party ("filed a lawsuit
 * against X", "made a visit to X"); not where or when ("made an arrest in the inquiry"). */
static const char *const party_preps[] = {"against", "into", "on", "upon", "to", "with"};

/* Verbs (lemmas) that answer a request: their subject is the one it was put to. */
static const char *const answers[] = {
    "accede", "reject", "meet",   "accept", "grant",   "ignore", "refuse", "heed",
    "answer", "respond", "bow",   "yield",  "concede", "satisfy", "fulfil", "fulfill",
    "dismiss", "rebuff", "spurn", "deny"};

/* Prepositions of an adjunct whose noun is a reaction to the clause's act ("despite
 * criticism", "amid condemnation"). */
static const char *const reactions[] = {"despite", "amid", "amidst", "after", "following"};

/* Modifiers that say an event noun's act has not happened (or is only claimed): "a possible
 * lawsuit", "the planned visit", "an alleged attack". */
static const char *const unreal[] = {
    "possible",    "potential", "planned",  "proposed", "expected",     "future",
    "likely",      "threatened", "upcoming", "forthcoming", "prospective", "hypothetical",
    "intended",    "imminent",  "rumoured", "rumored",  "alleged",      "would-be",
    "contemplated", "mooted"};

static bool code_root(const char *code, const char *const *roots, size_t n)
{
    if (!code || !code[0] || !code[1] || code[0] == '-')
        return false;
    char r[3] = {code[0], code[1], 0};
    return dyad_coder_is_any(r, roots, n);
}

/* Nouns of wish, plan or chance whose for / of / towards phrase names an act that has not
 * happened: "hopes for an agreement between X and Y", "the prospect of talks", "calls for a
 * ceasefire". */
static const char *const wished[] = {
    "hope",     "hopes",    "call",      "calls",     "push",     "need",      "plan",
    "plans",    "proposal", "proposals", "bid",       "demand",   "demands",   "prospect",
    "prospects", "chance",  "chances",   "possibility", "effort", "efforts",   "attempt",
    "attempts", "wish",     "request",   "requests",  "appeal",   "appeals"};

bool dyad_coder_nominal_unreal(const dyad_coder_sent *x, int32_t v)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "amod") &&
            dyad_coder_is_any(x->form[*k], unreal, DYAD_ARRAY_LEN(unreal)))
            return true;
    int32_t h = dyad_coder_head(x, v);
    const char *p = dyad_coder_prep(x, v);
    return h >= 0 && dyad_coder_has_dep(dyad_coder_rel(x, v), "nmod") &&
           x->s->tok[h].upos == DYAD_UPOS_NOUN &&
           dyad_coder_is_any(x->form[h], wished, DYAD_ARRAY_LEN(wished)) &&
           (dyad_coder_is(p, "for") || dyad_coder_is(p, "of") || dyad_coder_is(p, "towards") ||
            dyad_coder_is(p, "toward"));
}

int32_t dyad_coder_light_verb(const dyad_coder_sent *x, int32_t v)
{
    /* "a lawsuit filed by X on Monday against Y": a participle under the noun performs it */
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *kx = x->s->tok[*k].xpos;
        if (strcmp(dyad_coder_rel(x, *k), "acl") == 0 && kx && strcmp(kx, "VBN") == 0 &&
            dyad_coder_is_any(x->lemma[*k], light_verbs, DYAD_ARRAY_LEN(light_verbs)) &&
            !dyad_coder_is(x->lemma[*k], "carry"))
            return *k;
    }
    int32_t h = dyad_coder_head(x, v);
    if (h < 0 || x->s->tok[h].upos != DYAD_UPOS_VERB)
        return -1;
    const char *r = dyad_coder_rel(x, v);
    if (goes_on_with(x, h, v))
        return h;
    if (strcmp(r, "obj") != 0 && strcmp(r, "nsubj:pass") != 0)
        return -1; /* "filed a lawsuit", "a lawsuit was filed by X" */
    if (!dyad_coder_is_any(x->lemma[h], light_verbs, DYAD_ARRAY_LEN(light_verbs)))
        return -1;
    if (dyad_coder_is(x->lemma[h], "carry")) { /* "carried out", not "carried a banner" */
        int32_t prt = dyad_coder_kid(x, h, "compound:prt");
        if (prt < 0 || !dyad_coder_is(x->form[prt], "out"))
            return -1;
    }
    return h;
}

bool dyad_coder_light_party(const dyad_coder_sent *x, int32_t lv, int32_t k)
{
    const char *r = dyad_coder_rel(x, k);
    int32_t agent = -1; /* "filed by X against Y": the parser hangs "against Y" from X */
    if (dyad_coder_head(x, k) != lv) {
        agent = dyad_coder_head(x, k);
        if (agent < 0 || dyad_coder_head(x, agent) != lv || !dyad_coder_has_dep(r, "nmod"))
            return false;
        const char *ar = dyad_coder_rel(x, agent);
        if (strcmp(ar, "obl:agent") != 0 && !dyad_coder_is(dyad_coder_prep(x, agent), "by"))
            return false;
    } else if (!dyad_coder_has_dep(r, "obl") || strcmp(r, "obl:agent") == 0) {
        return false;
    }
    return dyad_coder_is_any(dyad_coder_prep(x, k), party_preps, DYAD_ARRAY_LEN(party_preps));
}

int32_t dyad_coder_light_target(dyad_coder_sent *x, int32_t lv)
{
    for (const int32_t *k = x->kids[lv]; *k >= 0; k++) {
        if (dyad_coder_light_party(x, lv, *k) && dyad_coder_actor_of(x, *k)->a.code[0])
            return *k;
        for (const int32_t *g = x->kids[*k]; *g >= 0; g++)
            if (dyad_coder_light_party(x, lv, *g) && dyad_coder_actor_of(x, *g)->a.code[0])
                return *g;
    }
    return -1;
}

/* Word w lies in v's phrase. */
static bool in_phrase(const dyad_coder_sent *x, int32_t w, int32_t v)
{
    for (int guard = 0; guard < 32 && w >= 0; guard++, w = dyad_coder_head(x, w))
        if (w == v)
            return true;
    return false;
}

int32_t dyad_coder_nominal_by_slip(const dyad_coder_sent *x, int32_t v)
{
    int32_t end = v; /* the last word of v's phrase */
    while (end + 1 < x->s->n && in_phrase(x, end + 1, v))
        end++;
    int32_t by = end + 1; /* "by" right after the phrase ... */
    if (by >= x->s->n || !dyad_coder_is(x->form[by], "by") ||
        strcmp(dyad_coder_rel(x, by), "case") != 0)
        return -1;
    int32_t k = dyad_coder_head(x, by); /* ... heading a phrase hung higher up */
    if (k < 0 || in_phrase(x, k, v) || strcmp(dyad_coder_rel(x, k), "obl:agent") == 0)
        return -1;
    int32_t up = dyad_coder_head(x, k);
    if (up < 0 || dyad_coder_kid(x, up, "aux:pass") >= 0 ||
        (up != dyad_coder_head(x, v) && !in_phrase(x, v, up)))
        return -1; /* a passive verb's own by-agent ("was approved after talks by X") */
    return k;
}

/* Verbs whose subject receives the reaction their object names ("drew condemnation from X",
 * "faced criticism", "won praise"): the head verb when v is its object, else -1. */
static int32_t received_by(const dyad_coder_sent *x, int32_t v)
{
    static const char *const receiving[] = {"draw",    "receive", "face",  "attract", "spark",
                                            "provoke", "trigger", "earn",  "garner",  "win",
                                            "incur",   "prompt",  "meet"};
    int32_t h = dyad_coder_head(x, v);
    if (h < 0 || x->s->tok[h].upos != DYAD_UPOS_VERB || strcmp(dyad_coder_rel(x, v), "obj") != 0 ||
        !dyad_coder_is_any(x->lemma[h], receiving, DYAD_ARRAY_LEN(receiving)))
        return -1;
    return h;
}

int32_t dyad_coder_owner_word(dyad_coder_sent *x, int32_t n)
{
    for (const int32_t *k = x->kids[n]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if ((strcmp(r, "nmod:poss") == 0 || dyad_coder_has_dep(r, "amod") ||
             dyad_coder_has_dep(r, "compound")) &&
            dyad_coder_actor_of(x, *k)->a.code[0])
            return *k;
    }
    return -1;
}

int32_t dyad_coder_reaction_receiver(const dyad_coder_sent *x, int32_t v)
{
    int32_t h = received_by(x, v);
    return h >= 0 ? dyad_coder_kid(x, h, "nsubj") : -1;
}

int32_t dyad_coder_nominal_from(const dyad_coder_sent *x, int32_t v, const char *code)
{
    /* what is said or given comes from its source: "criticism from X", "aid from X"; not
     * "withdrawal from X" or "expulsion from X" */
    static const char *const said[] = {"01", "02", "03", "04", "05", "06",
                                       "07", "10", "11", "12", "13"};
    if (!code_root(code, said, DYAD_ARRAY_LEN(said)))
        return -1;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod") &&
            dyad_coder_is(dyad_coder_prep(x, *k), "from"))
            return *k;
    int32_t h = received_by(x, v); /* "drew condemnation | from the EU" hung on the verb */
    for (const int32_t *k = h >= 0 ? x->kids[h] : NULL; k && *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl") &&
            dyad_coder_is(dyad_coder_prep(x, *k), "from"))
            return *k;
    return -1;
}

/* The verb whose act the reaction adjunct v ("despite criticism") qualifies, though the
 * parser may hang it from a noun of that clause ("went ahead with the plan | despite
 * criticism"); -1 when v is no such adjunct. */
static int32_t reacted_to(const dyad_coder_sent *x, int32_t v)
{
    const char *r = dyad_coder_rel(x, v);
    if ((!dyad_coder_has_dep(r, "obl") && !dyad_coder_has_dep(r, "nmod")) ||
        !dyad_coder_is_any(dyad_coder_prep(x, v), reactions, DYAD_ARRAY_LEN(reactions)))
        return -1;
    int32_t h = dyad_coder_head(x, v);
    for (int guard = 0; h >= 0 && guard < 3 && x->s->tok[h].upos != DYAD_UPOS_VERB; guard++) {
        const char *hr = dyad_coder_rel(x, h);
        bool up = dyad_coder_has_dep(hr, "obl") || dyad_coder_has_dep(hr, "nmod") ||
                  strcmp(hr, "obj") == 0;
        h = up ? dyad_coder_head(x, h) : -1;
    }
    return h >= 0 && x->s->tok[h].upos == DYAD_UPOS_VERB ? h : -1;
}

/* The verb that answers the request v ("did not accede to the demands", "the demands were
 * rejected by X"); -1 when none. */
static int32_t answered_by(const dyad_coder_sent *x, int32_t v)
{
    int32_t h = dyad_coder_head(x, v);
    const char *r = dyad_coder_rel(x, v);
    if (h < 0 || x->s->tok[h].upos != DYAD_UPOS_VERB ||
        !dyad_coder_is_any(x->lemma[h], answers, DYAD_ARRAY_LEN(answers)))
        return -1;
    return strcmp(r, "obj") == 0 || strcmp(r, "nsubj:pass") == 0 || dyad_coder_has_dep(r, "obl")
               ? h
               : -1;
}

int32_t dyad_coder_nominal_aimed_at(dyad_coder_sent *x, int32_t v, const char *code)
{
    static const char *const blame[] = {"11"};       /* criticise, accuse, condemn */
    static const char *const asked[] = {"02", "10"}; /* appeal, demand */
    static const char *const judged[] = {"05", "11", "12"}; /* praise, blame, rejection */
    int32_t h = -1;
    if (code_root(code, judged, DYAD_ARRAY_LEN(judged)))
        h = received_by(x, v); /* "X drew condemnation from Y": aimed at X */
    if (h >= 0) {
        const char *note = "";
        bool passive = false;
        int32_t s = dyad_coder_source_of(x, h, &note, &passive, 0);
        if (s >= 0 && !passive && dyad_coder_act_noun(x->form[s], DYAD_ACT_NOUN_REFER))
            return dyad_coder_owner_word(x, s); /* "Turkey's invasion of Syria drew
                                                   condemnation": the doer, not the victim */
        return s >= 0 && !passive && dyad_coder_actor_of(x, s)->a.code[0] ? s : -1;
    }
    if (code_root(code, blame, DYAD_ARRAY_LEN(blame)))
        h = reacted_to(x, v);
    else if (code_root(code, asked, DYAD_ARRAY_LEN(asked)))
        h = answered_by(x, v);
    if (h < 0)
        return -1;
    const char *note = "";
    bool passive = false;
    int32_t s = dyad_coder_source_of(x, h, &note, &passive, 0);
    return s >= 0 && dyad_coder_actor_of(x, s)->a.code[0] ? s : -1;
}

/* The word naming who performs the act of event noun v (coded code) among its own dependents
 * ("Obama's cancellation of the summit", "criticism by X", "US sanctions on Iran"), else its
 * "from" phrase or a by-phrase the parser hung elsewhere; -1 when none. */
int32_t dyad_coder_nominal_agent(dyad_coder_sent *x, int32_t v, const char *code)
{
    int32_t poss = dyad_coder_kid(x, v, "nmod:poss");
    int32_t by = -1; /* "criticism by the Greek foreign minister", "a lawsuit filed by X" */
    for (const int32_t *k = x->kids[v]; *k >= 0 && poss < 0 && by < 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod") &&
            dyad_coder_is(dyad_coder_prep(x, *k), "by"))
            by = *k;
    for (const int32_t *k = x->kids[v]; *k >= 0 && poss < 0 && by < 0; k++)
        if (strcmp(dyad_coder_rel(x, *k), "acl") == 0 && x->s->tok[*k].upos == DYAD_UPOS_VERB)
            for (const int32_t *g = x->kids[*k]; *g >= 0 && by < 0; g++)
                if ((strcmp(dyad_coder_rel(x, *g), "obl:agent") == 0 ||
                     dyad_coder_has_dep(dyad_coder_rel(x, *g), "obl")) &&
                    dyad_coder_is(dyad_coder_prep(x, *g), "by"))
                    by = *g;
    for (const int32_t *k = x->kids[v]; *k >= 0 && poss < 0 && by < 0; k++) {
        /* "US sanctions on Iran", "the Russian invasion of Ukraine": a name or a country
         * adjective before the noun acts as its possessor would */
        const char *r = dyad_coder_rel(x, *k);
        uint8_t u = x->s->tok[*k].upos;
        /* no common noun between ("Paris court jails" is no act of Paris), but v's own
         * compounds ("an Al-Qaeda suicide attack") */
        bool next = *k < v;
        for (int32_t i = *k + 1; next && i < v; i++)
            next = x->s->tok[i].upos != DYAD_UPOS_NOUN ||
                   (dyad_coder_head(x, i) == v &&
                    dyad_coder_has_dep(dyad_coder_rel(x, i), "compound") &&
                    !dyad_coder_actor_of(x, i)->a.code[0]);
        /* a common noun naming an agent right before v: "a rebel attack", "a police raid" */
        bool agent_noun = u == DYAD_UPOS_NOUN && *k == v - 1 &&
                          dyad_coder_act_noun(x->form[v], DYAD_ACT_NOUN_FORCE) &&
                          dyad_coder_actor_of(x, *k)->a.agent[0];
        /* an adjective with no country says what kind of act a light verb's subject
         * performs ("police opened a criminal case"), not who acts */
        bool kind_only = u == DYAD_UPOS_ADJ &&
                         strncmp(dyad_coder_actor_of(x, *k)->a.code, "---", 3) == 0;
        if (next && (u == DYAD_UPOS_PROPN || u == DYAD_UPOS_ADJ || agent_noun) &&
            (dyad_coder_has_dep(r, "compound") || dyad_coder_has_dep(r, "amod")) &&
            dyad_coder_actor_of(x, *k)->a.code[0] && !kind_only)
            poss = *k;
    }
    if (poss < 0 && by < 0)
        by = dyad_coder_nominal_from(x, v, code); /* "criticism from Greece" */
    if (poss < 0 && by < 0)
        by = dyad_coder_nominal_by_slip(x, v); /* "criticism | by X" parsed apart */
    return poss >= 0 ? poss : by;
}
