/* coder_act_nouns.c — the nouns that name acts, in one table: which CAMEO roots the act each
 * names may have, and what the coder uses each for. An act named again by a definite noun
 * ("the move", "the attack": coder_anaphor.c, coder_verdict.c), however far back for a noun
 * that says what kind of act it names ("the investigation", "the attack"); an act of force
 * or coercion whatever word precedes it ("a rebel attack", "a police raid": coder_nominal.c,
 * where the word before is its agent); an attack that harms ("were killed in the attack",
 * "The shooting wounded two officers": coder_anaphor.c). */
#include "coder/coder_internal.h"
#include "coder/coder_words.h"

#include <pthread.h>
#include <string.h>

typedef struct act_noun {
    const char *noun;
    const char *roots; /* CAMEO roots (two digits each, space-separated); "" any act */
    unsigned uses;     /* DYAD_ACT_NOUN_* */
} act_noun;

enum { R = DYAD_ACT_NOUN_REFER, F = DYAD_ACT_NOUN_FORCE, H = DYAD_ACT_NOUN_HARM,
       K = DYAD_ACT_NOUN_KIND };

static const act_noun act_nouns[] = {
    /* any act, named again */
    {"move", "", R},             {"moves", "", R},            {"decision", "", R},
    {"decisions", "", R},        {"step", "", R},             {"steps", "", R},
    {"plan", "", R},             {"plans", "", R},            {"proposal", "", R},
    {"ruling", "", R},           {"verdict", "", R},          {"measure", "", R},
    {"measures", "", R},         {"policy", "", R},           {"ban", "", R},
    {"order", "", R},            {"decree", "", R},           {"action", "", R},
    {"actions", "", R},          {"closure", "", R},          {"withdrawal", "", R},
    {"subpoena", "", R},         {"impeachment", "", R},      {"prosecution", "", R},
    {"lawsuit", "", R},
    /* accusations named again ("Iran denied the allegations"): aimed at the accuser */
    {"allegation", "11", R | K},   {"allegations", "11", R | K}, {"accusation", "11", R | K},
    {"accusations", "11", R | K},  {"charge", "11", R},          {"charges", "11", R},
    {"claim", "11", R},
    {"claims", "11", R},
    /* requests and demands named again ("Uganda rejected the request"): aimed at the asker */
    {"request", "02 10", R | K},   {"requests", "02 10", R | K}, {"demand", "02 10", R | K},
    {"demands", "02 10", R | K},   {"appeal", "02 10", R | K},   {"appeals", "02 10", R | K},
    {"plea", "02 10", R | K},      {"pleas", "02 10", R | K},    {"ultimatum", "10", R | K},
    /* inquiries (09x, 17x), and acts of coercion */
    {"investigation", "09 17", R | F | K},
    {"inquiry", "09 17", R | F | K},
    {"probe", "09 17", R | F | K},
    /* attacks */
    {"attack", "18 19 20", R | F | H | K},   {"attacks", "18 19 20", R | F | H | K},
    {"bombing", "18 19 20", R | F | H | K},  {"bombings", "18 19 20", R | F | H | K},
    {"shooting", "18 19 20", R | F | H | K}, {"shootings", "18 19 20", H},
    {"stabbing", "18 19 20", R | H | K},     {"killing", "18 19 20", R | F | K},
    {"killings", "18 19 20", R | F | K},     {"strike", "18 19 20", R | F},
    {"strikes", "18 19 20", R | F},          {"airstrike", "18 19 20", F},
    {"airstrikes", "18 19 20", F},           {"assault", "18 19 20", F | H},
    {"massacre", "18 19 20", F | H},         {"blast", "18 19 20", H},
    {"explosion", "18 19 20", H},            {"offensive", "19 20", F},
    {"shelling", "19 20", F},                {"ambush", "19 20", F},
    {"incursion", "19 20", F},               {"siege", "19 20", F},
    {"blockade", "19 20", F},                {"invasion", "19 20", R | F | K},
    {"annexation", "19 20", R | K},          {"raid", "17 18 19", R | F | H},
    {"raids", "17 18 19", R | F},            {"abduction", "18", F},
    {"execution", "17 18 20", R},            {"executions", "17 18 20", R},
    /* coercion */
    {"crackdown", "17 18", R | F | K},       {"arrest", "17", R | F | K},
    {"arrests", "17", R | F | K},            {"expulsion", "16 17", R},
    {"sanctions", "16", R | F | K},
    /* headline verbs read as nouns: "court jails two police" */
    {"jails", "17", F},                  {"sentences", "11", F},
};

/* The nouns of the table as one word set (coder_words.h), gathered once: the parse plan asks
 * of nearly every word whether it is one. */
static const char *noun_list[DYAD_ARRAY_LEN(act_nouns)];
static dyad_coder_words noun_set = {noun_list, DYAD_ARRAY_LEN(act_nouns), NULL};
static pthread_once_t noun_once = PTHREAD_ONCE_INIT;

static void gather_nouns(void)
{
    for (size_t i = 0; i < DYAD_ARRAY_LEN(act_nouns); i++)
        noun_list[i] = act_nouns[i].noun;
}

static const act_noun *find(const char *w)
{
    pthread_once(&noun_once, gather_nouns);
    if (!dyad_coder_in_words(w, &noun_set))
        return NULL;
    for (size_t i = 0; i < DYAD_ARRAY_LEN(act_nouns); i++)
        if (dyad_coder_is(w, act_nouns[i].noun))
            return &act_nouns[i];
    return NULL;
}

bool dyad_coder_act_noun(const char *w, unsigned use)
{
    const act_noun *a = w ? find(w) : NULL;
    return a && (a->uses & use);
}

/* code has one of the roots ("18 19 20"). */
static bool has_root(const char *roots, const char *code)
{
    for (const char *r = roots; *r; r += r[2] ? 3 : 2)
        if (strncmp(r, code, 2) == 0)
            return true;
    return false;
}

bool dyad_coder_act_noun_fits(const char *w, const char *code)
{
    const act_noun *a = w ? find(w) : NULL;
    if (!a || !a->roots[0])
        return true; /* "the move", "the decision": any act */
    return has_root(a->roots, code);
}

bool dyad_coder_act_noun_far(const char *w, const char *code)
{
    const act_noun *a = w ? find(w) : NULL;
    return a && (a->uses & DYAD_ACT_NOUN_KIND) && has_root(a->roots, code);
}
