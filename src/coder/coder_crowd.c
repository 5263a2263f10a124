/* coder_crowd.c — crowd acts named by a noun: "Protests continued in Baghdad", "the
 * demonstrations spread to Basra", "Hong Kong protests entered their tenth week". News often
 * reports a protest by the noun alone, as the subject of a verb that says it happens (begin,
 * continue, erupt, spread, fill the streets), with no verb of protesting and no protester named.
 * The crowd is the one-sided actor (CAMEO 141, demonstrate; PLOVER codes it with one actor): of
 * the country its modifier names ("Iraqi protests", "Hong Kong protests"), else of the story's
 * one country (coder_country.c) as protesters (OPP); protests "against" an actor are aimed at it,
 * "anti-government" ones at that country's government, others have no target. Not coded when the
 * verb says it did not or may not happen ("protests did not resume", "protests may spread"). A
 * crowd the coder found acting with no country ("students protested in Belgium") is of the
 * country of its place when the story has none (dyad_coder_crowd_of_place). */
#include "coder/coder_internal.h"
#include "coder/coder_words.h"

#include <stdio.h>
#include <string.h>

static const char *const crowd_nouns[] = {
    "protest", "protests", "demonstration", "demonstrations", "march", "marches",
    "rally",   "rallies",  "sit-in",        "sit-ins"};

/* Verbs (lemmas) that say such an act happens. */
static const char *const happening[] = {
    "continue", "begin",   "start",  "erupt",     "spread",  "resume",    "escalate", "intensify",
    "grow",     "fill",    "sweep",  "rock",      "break",   "enter",     "take",     "persist",
    "flare",    "paralyse", "paralyze", "engulf", "swell",   "turn"};

/* Verbs (lemmas) whose object is crowd acts that happened: "saw protests", "included
 * marches". */
static const char *const listing[] = {"include", "see", "witness"};

bool dyad_coder_crowd_word(const char *w)
{
    static dyad_coder_words set = DYAD_CODER_WORDS(crowd_nouns); /* coder_words.h */
    return dyad_coder_in_words(w, &set);
}

/* The country root a modifier of v names ("Iraqi protests", "Hong Kong protests",
 * "Hongkongers' protests"), NULL when none does. The words before v are looked up as one
 * phrase too, since a name may be split into compounds of v ("Hong" and "Kong"). */
static const char *modifier_country(dyad_coder_sent *x, int32_t v)
{
    const dyad_coder_lex *l = &x->c->lex;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (strcmp(r, "amod") != 0 && !dyad_coder_has_dep(r, "compound") &&
            strcmp(r, "nmod:poss") != 0)
            continue;
        dyad_actor_match m;
        const char *root = NULL;
        if (*k < v && l->actor(l->ctx, x->form + *k, (int)(v - *k), x->date, &m) &&
            m.len <= v - *k && m.code && strlen(m.code) >= 3)
            root = dyad_arena_strndup(&x->doc->arena, m.code, 3);
        else
            root = dyad_coder_actor_of(x, *k)->a.root;
        if (root && strlen(root) == 3 && strcmp(root, "---") != 0)
            return root;
    }
    return NULL;
}

static bool anti_government(const dyad_coder_sent *x, int32_t v)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (dyad_coder_is(x->form[*k], "anti-government") ||
            dyad_coder_is(x->form[*k], "antigovernment"))
            return true;
    return false;
}

/* The actor a crowd act is aimed at: an "against" phrase of the noun v or of the verb h that
 * says it happens ("protests against the government continued", "protests continued against
 * Maduro"); -1 when none names an actor. */
int32_t dyad_coder_crowd_aimed_at(dyad_coder_sent *x, int32_t v, int32_t h)
{
    const int32_t at[2] = {v, h};
    for (int i = 0; i < 2; i++)
        for (const int32_t *k = x->kids[at[i]]; *k >= 0; k++)
            if ((dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod") ||
                 dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl")) &&
                dyad_coder_is(dyad_coder_prep(x, *k), "against") &&
                dyad_coder_actor_of(x, *k)->a.code[0] &&
                !dyad_coder_bare_place(dyad_coder_actor_of(x, *k)))
                return *k;
    return -1;
}

/* v names a span of days a crowd act filled ("two weeks of protests"): its head is a noun of
 * time whose "of" phrase v is. */
static bool span_of(const dyad_coder_sent *x, int32_t v, int32_t d)
{
    static const char *const spans[] = {"day", "week", "month", "year", "night"};
    return d >= 0 && dyad_coder_has_dep(dyad_coder_rel(x, v), "nmod") &&
           dyad_coder_is(dyad_coder_prep(x, v), "of") &&
           x->s->tok[d].upos == DYAD_UPOS_NOUN &&
           dyad_coder_is_any(x->lemma[d], spans, DYAD_ARRAY_LEN(spans));
}

/* The verb that says crowd noun v happens, -1 when none: v's own verb of happening
 * ("protests continued"), the passive "was met with protests", a verb that lists them ("saw
 * protests", "included marches"), or the verb of a span of time v fills ("the speech followed two
 * weeks of protests", the span its subject, object or oblique). */
static int32_t asserting_verb(const dyad_coder_sent *x, int32_t v)
{
    int32_t h = dyad_coder_head(x, v);
    if (h < 0)
        return -1;
    if (strcmp(dyad_coder_rel(x, v), "nsubj") == 0)
        return x->s->tok[h].upos == DYAD_UPOS_VERB &&
                       dyad_coder_is_any(x->lemma[h], happening, DYAD_ARRAY_LEN(happening))
                   ? h
                   : -1;
    if (strcmp(dyad_coder_rel(x, v), "obj") == 0 && x->s->tok[h].upos == DYAD_UPOS_VERB &&
        dyad_coder_is_any(x->lemma[h], listing, DYAD_ARRAY_LEN(listing)))
        return h; /* "the day saw protests in ...", "this included marches of ..." */
    if (dyad_coder_has_dep(dyad_coder_rel(x, v), "obl") && dyad_coder_is(x->lemma[h], "meet") &&
        dyad_coder_is(dyad_coder_prep(x, v), "with") && dyad_coder_kid(x, h, "aux:pass") >= 0)
        return h; /* "the holiday was met with protests" */
    int32_t g = dyad_coder_head(x, h);
    const char *r = dyad_coder_rel(x, h);
    if (span_of(x, v, h) && g >= 0 && x->s->tok[g].upos == DYAD_UPOS_VERB &&
        (strcmp(r, "nsubj") == 0 || strcmp(r, "obj") == 0 || dyad_coder_has_dep(r, "obl")))
        return g;
    return -1;
}

/* Verb h says when something else happened: "since the protests began in June" (a clause of
 * another verb marked "since") tells a time, not the protests (CODEBOOK §1.5). */
static bool since_clause(const dyad_coder_sent *x, int32_t h)
{
    int32_t mk = dyad_coder_kid(x, h, "mark");
    return strcmp(dyad_coder_rel(x, h), "advcl") == 0 && mk >= 0 &&
           dyad_coder_is(x->lemma[mk], "since");
}

/* A government whose act the crowd act of verb h answers: the subject of an "after" clause of h
 * ("The protests began after the government proposed a law"); -1 when none. */
static int32_t answered_government(dyad_coder_sent *x, int32_t h)
{
    for (const int32_t *k = x->kids[h]; *k >= 0; k++) {
        int32_t mk = dyad_coder_kid(x, *k, "mark");
        if (strcmp(dyad_coder_rel(x, *k), "advcl") != 0 || mk < 0 ||
            !dyad_coder_is(x->lemma[mk], "after"))
            continue;
        int32_t s = dyad_coder_kid(x, *k, "nsubj");
        const dyad_coder_actor *a = s >= 0 ? dyad_coder_actor_of(x, s) : NULL;
        if (a && a->a.agent && strcmp(a->a.agent, "GOV") == 0)
            return s;
    }
    return -1;
}

/* The event e sets the crowd of this code against a government: the crowd's demand, appeal,
 * criticism or protest to it, or the government's concession to the crowd or its force on it
 * (roots 02, 08, 10-14, 17). The government's side of e, NULL when e is no such event. */
static const dyad_actor *opposed_government(const dyad_event *e, const char *crowd)
{
    static const char *const roots[] = {"02", "08", "10", "11", "12", "13", "14", "17"};
    if (!e->root || !dyad_coder_is_any(e->root, roots, DYAD_ARRAY_LEN(roots)))
        return NULL;
    if (strcmp(e->source.code, crowd) == 0 && e->target.agent &&
        strcmp(e->target.agent, "GOV") == 0)
        return &e->target;
    if (strcmp(e->target.code, crowd) == 0 && e->source.agent &&
        strcmp(e->source.agent, "GOV") == 0)
        return &e->source;
    return NULL;
}

/* The government the article's crowd of this code stands against: the latest earlier event of
 * the document between them ("Protesters called for the governor's resignation. ... Protests
 * filled the streets daily": the protests are against the governor); false when none. */
static bool article_opponent(dyad_coder_sent *x, const char *crowd, const dyad_event_list *out,
                             dyad_coder_actor *tgt)
{
    for (int32_t i = out->n - 1; i >= x->story->first_event && i >= 0; i--) {
        const dyad_actor *g = opposed_government(&out->ev[i], crowd);
        if (!g)
            continue;
        dyad_coder_coded_actor(x, g->code, -1, DYAD_CODER_GROUP, tgt);
        tgt->a.text = g->text;
        tgt->a.entry = g->entry;
        tgt->a.start = g->start;
        tgt->a.end = g->end;
        return true;
    }
    return false;
}

/* The countries of the places a list of crowd acts names after v ("marches of 250 thousand
 * protesters in New York, 100 thousand in London and a million throughout Germany"), each
 * once, into roots (at most max); their number. */
static int listed_countries(dyad_coder_sent *x, int32_t v, const char **roots, int max)
{
    static const char *const preps[] = {"in", "throughout", "across"};
    int n = 0;
    for (int32_t k = v + 1; k < x->s->n && n < max; k++) {
        if (!dyad_coder_is_any(dyad_coder_prep(x, k), preps, DYAD_ARRAY_LEN(preps)))
            continue;
        const dyad_coder_actor *a = dyad_coder_located(x, k); /* a city the gazetteer knows */
        const char *root = a->a.root;
        if (!dyad_coder_bare_place(a) || !root || strlen(root) != 3 ||
            !dyad_coder_country_root(root))
            continue;
        bool seen = false;
        for (int i = 0; i < n; i++)
            seen = seen || strcmp(roots[i], root) == 0;
        if (!seen)
            roots[n++] = root;
    }
    return n;
}

/* Codes the crowd acts a listing verb h names, one per country of their places (one-sided,
 * 141); DYAD_OK with nothing coded when they name no place. */
static int listed_acts(dyad_coder_sent *x, int32_t v, int32_t h, dyad_event_list *out,
                       dyad_err *err, bool *coded)
{
    const char *roots[8];
    int n = dyad_coder_is_any(x->lemma[h], listing, DYAD_ARRAY_LEN(listing))
                ? listed_countries(x, v, roots, 8)
                : 0;
    *coded = n > 0;
    for (int i = 0; i < n; i++) {
        dyad_coder_actor src, tgt;
        dyad_coder_country_agent(x, roots[i], "OPP", v, DYAD_CODER_GROUP, &src);
        dyad_coder_coded_actor(x, "", -1, DYAD_CODER_GROUP, &tgt);
        int rc = dyad_coder_emit(x, &src, &tgt, "141", v,
                                 "crowd noun = 141 (src/coder/coder_crowd.c)",
                                 "nominal,crowd,actor-only,listed by place", out, err);
        if (rc != DYAD_OK)
            return rc;
    }
    return DYAD_OK;
}

int dyad_coder_crowd_act(dyad_coder_sent *x, int32_t v, dyad_event_list *out, dyad_err *err)
{
    if (!dyad_coder_crowd_word(x->form[v]))
        return DYAD_OK;
    if (dyad_coder_is(dyad_coder_prep(x, v), "in"))
        return dyad_coder_in_protest(x, v, out, err); /* "resigned in protest at the plan" */
    int32_t h = asserting_verb(x, v);
    if (h < 0 || dyad_coder_negated(x, h) || since_clause(x, h))
        return DYAD_OK;
    dyad_coder_stance st;
    dyad_coder_stance_of(x, h, x->c->opt.literal, &st);
    if (st.kind != DYAD_STANCE_FACT || st.negative)
        return DYAD_OK;
    bool listed = false;
    int rc = listed_acts(x, v, h, out, err, &listed);
    if (rc != DYAD_OK || listed)
        return rc; /* "included marches ... in New York, ... in London" */
    const char *country = modifier_country(x, v);
    if (!country) /* else the story's one country; without one, whose crowd is not said */
        country = dyad_coder_story_root(x);
    if (!country)
        return DYAD_OK;
    dyad_coder_actor src, tgt;
    dyad_coder_country_agent(x, country, "OPP", v, DYAD_CODER_GROUP, &src);
    dyad_coder_coded_actor(x, "", -1, DYAD_CODER_GROUP, &tgt);
    const char *note = "nominal,crowd";
    int32_t against = dyad_coder_crowd_aimed_at(x, v, h);
    if (against < 0)
        against = answered_government(x, h);
    if (against >= 0) {
        tgt = *dyad_coder_actor_of(x, against);
    } else if (anti_government(x, v)) {
        dyad_coder_country_agent(x, country, "GOV", -1, DYAD_CODER_GROUP, &tgt);
    } else if (article_opponent(x, src.a.code, out, &tgt)) {
        note = "nominal,crowd,opponent named before";
    }
    return dyad_coder_emit(x, &src, &tgt, "141", v, "crowd noun = 141 (src/coder/coder_crowd.c)",
                           tgt.a.code[0] ? note : "nominal,crowd,actor-only", out, err);
}

/* A crowd of no country acting in a place (an "in" oblique of v naming a country's place:
 * "students protesting in Belgium") is of that country, unless the story has a country of its
 * own (coder_country.c), which the event then gives it. */
void dyad_coder_crowd_of_place(dyad_coder_sent *x, int32_t v, dyad_coder_actor *a)
{
    if (dyad_coder_story_root(x) || !a->a.agent[0])
        return;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        if (!dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl") ||
            !dyad_coder_is(dyad_coder_prep(x, *k), "in"))
            continue;
        const char *root = dyad_coder_actor_of(x, *k)->a.root;
        if (!root || strlen(root) != 3 || strcmp(root, "---") == 0 || strcmp(root, "IGO") == 0 ||
            strcmp(root, "NGO") == 0)
            continue;
        char code[16];
        if (snprintf(code, sizeof code, "%s%s", root, a->a.agent) >= (int)sizeof code)
            return;
        const char *c = dyad_arena_strdup(&x->doc->arena, code);
        if (c) {
            a->a.code = c;
            a->a.root = root;
        }
        return;
    }
}

bool dyad_coder_crowd_site(dyad_coder_sent *x, const dyad_coder_actor *a)
{
    int32_t h = a->head >= 0 ? dyad_coder_head(x, a->head) : -1;
    return h >= 0 && dyad_coder_bare_place(a) && dyad_coder_is(dyad_coder_prep(x, a->head), "of") &&
           dyad_coder_site(x, h);
}
