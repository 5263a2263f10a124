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
static int32_t aimed_at(dyad_coder_sent *x, int32_t v, int32_t h)
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

int dyad_coder_crowd_act(dyad_coder_sent *x, int32_t v, dyad_event_list *out, dyad_err *err)
{
    int32_t h = dyad_coder_head(x, v);
    if (!dyad_coder_crowd_word(x->form[v]) || strcmp(dyad_coder_rel(x, v), "nsubj") != 0 ||
        h < 0 || x->s->tok[h].upos != DYAD_UPOS_VERB ||
        !dyad_coder_is_any(x->lemma[h], happening, DYAD_ARRAY_LEN(happening)) ||
        dyad_coder_negated(x, h))
        return DYAD_OK;
    dyad_coder_stance st;
    dyad_coder_stance_of(x, h, x->c->opt.literal, &st);
    if (st.kind != DYAD_STANCE_FACT || st.negative)
        return DYAD_OK;
    const char *country = modifier_country(x, v);
    if (!country) /* else the story's one country; without one, whose crowd is not said */
        country = dyad_coder_story_root(x);
    if (!country)
        return DYAD_OK;
    dyad_coder_actor src, tgt;
    dyad_coder_country_agent(x, country, "OPP", v, DYAD_CODER_GROUP, &src);
    dyad_coder_coded_actor(x, "", -1, DYAD_CODER_GROUP, &tgt);
    int32_t against = aimed_at(x, v, h);
    if (against >= 0) {
        tgt = *dyad_coder_actor_of(x, against);
    } else if (anti_government(x, v)) {
        dyad_coder_country_agent(x, country, "GOV", -1, DYAD_CODER_GROUP, &tgt);
    }
    return dyad_coder_emit(x, &src, &tgt, "141", v, "crowd noun = 141 (src/coder/coder_crowd.c)",
                           tgt.a.code[0] ? "nominal,crowd" : "nominal,crowd,actor-only", out, err);
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
