/* coder_attack.c — violent acts: their code from the weapon and the victims, and who did
 * them and to whom where the verb does not say. A generic attack, killing, bombing or shooting
 * (180, 1823, 183, 190, 193) done with a weapon the sentence names takes the weapon's code: a
 * suicide bombing 1831, a car bomb or a vehicle packed with explosives 1832, a roadside bomb
 * 1833, another bomb 183, drones, air strikes, warplanes or missiles 195 ("was targeted with a
 * truck packed with explosives", "hit by drone strikes", "carried out the attack using ten
 * drones", "an Al-Qaeda suicide attack"). Shooting at people who bear no arms (civilians,
 * protesters, officials: not soldiers, police or armed groups, and not a bare country) is an
 * assault (180), not fighting (193): "a gunman shot shoppers". One who dies in an attack ("Six
 * Mexicans died in the attack") is its victim, as the subject of "were killed" is; victims
 * counted, not named ("killed twelve") are the attack's own (coder_anaphor.c). A participle
 * may name the attacker ("another attack ascribed to the Taliban"), and an installation
 * attacked in a country is that country's ("oil facilities in Saudi Arabia"). */
#include "coder/coder_internal.h"

#include <string.h>

static const char *const vehicles[] = {"car",   "cars",  "truck", "trucks", "vehicle", "vehicles",
                                       "van",   "vans",  "lorry", "humvee", "suv",     "bus",
                                       "tanker", "motorcycle", "motorbike"};
static const char *const bombs[] = {"bomb",     "bombs",     "bombing",   "bombings", "bomber",
                                    "bombers",  "explosive", "explosives", "blast",   "blasts",
                                    "explosion", "explosions", "grenade", "grenades", "ied",
                                    "ieds",     "vbied",     "vbieds"};
static const char *const aerial[] = {"drone",    "drones",    "airstrike", "airstrikes",
                                     "warplane", "warplanes", "missile",   "missiles",
                                     "helicopter", "helicopters", "gunship", "gunships"};
static const char *const air_words[] = {"drone", "drones", "air", "aerial"};
static const char *const attacks[] = {"attack", "attacks", "strike", "strikes", "raid",
                                      "raids",  "bombing", "bombings", "assault", "operation"};
static const char *const laden[] = {"pack", "packed", "laden", "load", "loaded", "fill",
                                    "filled", "rig", "rigged", "stuff", "stuffed", "lade"};

static bool in(const dyad_coder_sent *x, int32_t i, const char *const *list, size_t n)
{
    return dyad_coder_is_any(x->form[i], list, n) || dyad_coder_is_any(x->lemma[i], list, n);
}

/* A modifier of p (compound, amod, nmod:poss word) in list. */
static bool modified_by(const dyad_coder_sent *x, int32_t p, const char *const *list, size_t n)
{
    for (const int32_t *k = x->kids[p]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if ((dyad_coder_has_dep(r, "compound") || dyad_coder_has_dep(r, "amod")) &&
            in(x, *k, list, n))
            return true;
    }
    return false;
}

/* p is "packed with explosives", "laden with bombs" (an acl or amod participle) */
static bool packed(const dyad_coder_sent *x, int32_t p)
{
    for (const int32_t *k = x->kids[p]; *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (!(dyad_coder_has_dep(r, "acl") || dyad_coder_has_dep(r, "amod")) ||
            !in(x, *k, laden, DYAD_ARRAY_LEN(laden)))
            continue;
        for (const int32_t *g = x->kids[*k]; *g >= 0; g++)
            if (in(x, *g, bombs, DYAD_ARRAY_LEN(bombs)))
                return true;
    }
    return false;
}

/* The code of the weapon the noun phrase headed by p names, or NULL. */
static const char *weapon_of(const dyad_coder_sent *x, int32_t p)
{
    static const char *const suicide[] = {"suicide"};
    static const char *const roadside[] = {"roadside", "landmine", "mine"};
    if (p < 0 || x->s->tok[p].upos != DYAD_UPOS_NOUN)
        return NULL;
    bool bomb = in(x, p, bombs, DYAD_ARRAY_LEN(bombs));
    bool attack = in(x, p, attacks, DYAD_ARRAY_LEN(attacks));
    if ((bomb || attack) && modified_by(x, p, suicide, 1))
        return "1831"; /* "a suicide bombing", "an Al-Qaeda suicide attack" */
    if (bomb && modified_by(x, p, vehicles, DYAD_ARRAY_LEN(vehicles)))
        return "1832"; /* "a car bomb", "a truck bombing" */
    if (in(x, p, vehicles, DYAD_ARRAY_LEN(vehicles)) && packed(x, p))
        return "1832"; /* "a truck packed with explosives" */
    if (bomb && modified_by(x, p, roadside, DYAD_ARRAY_LEN(roadside)))
        return "1833";
    if (in(x, p, aerial, DYAD_ARRAY_LEN(aerial)) ||
        (attack && modified_by(x, p, air_words, DYAD_ARRAY_LEN(air_words))))
        return "195"; /* "drones", "drone strikes", "air strikes" */
    if (bomb && !dyad_coder_is(x->lemma[p], "bomber"))
        return "183";
    for (const int32_t *k = attack ? x->kids[p] : NULL; k && *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "compound") &&
            in(x, *k, bombs, DYAD_ARRAY_LEN(bombs)))
            return weapon_of(x, *k); /* "a car bomb attack": the car bomb */
    return NULL;
}

/* The weapon named by the phrases of v that may say what it was done with: its instrument
 * obliques ("with a truck ...", "by drone strikes", "in a suicide bombing"), a subject that
 * is a weapon or an attack ("A car bomb hit the base"), the object of "using" on v or on v's object
 * ("carried out the attack using ten drones"); for an act noun, the noun itself. */
static const char *weapon(dyad_coder_sent *x, int32_t v, bool nominal)
{
    const char *w = nominal ? weapon_of(x, v) : NULL;
    int32_t o = dyad_coder_kid(x, v, "obj");
    for (int pass = 0; pass < 2 && !w; pass++) {
        int32_t at = pass == 0 ? v : o; /* v's own phrases, then its object's */
        for (const int32_t *k = at >= 0 ? x->kids[at] : NULL; k && *k >= 0 && !w; k++) {
            const char *r = dyad_coder_rel(x, *k);
            const char *p = dyad_coder_prep(x, *k);
            if (!nominal && (dyad_coder_has_dep(r, pass == 0 ? "obl" : "nmod")) &&
                (dyad_coder_is(p, "with") || dyad_coder_is(p, "by") || dyad_coder_is(p, "in")))
                w = weapon_of(x, *k); /* "killed ten soldiers | in a suicide bombing" */
            else if (!nominal && pass == 0 && dyad_coder_has_dep(r, "nsubj"))
                w = weapon_of(x, *k); /* "A car bomb hit", "a Kabul car bombing killed" */
        }
    }
    /* "air strikes killed 20 civilians" parsed as a noun root with the verb as its modifier:
     * that noun is the verb's subject */
    if (!w && !nominal && strcmp(dyad_coder_rel(x, v), "acl") == 0 && dyad_coder_head(x, v) >= 0)
        w = weapon_of(x, dyad_coder_head(x, v));
    /* "using ten drones", on v, on its object or on a noun in the object's phrase ("carried
     * out the attack on the base using ten drones") */
    for (int32_t u = 0; u < x->s->n && !w; u++) {
        const char *r = dyad_coder_rel(x, u);
        if (!dyad_coder_is(x->lemma[u], "use") ||
            !(dyad_coder_has_dep(r, "acl") || dyad_coder_has_dep(r, "advcl") ||
              dyad_coder_has_dep(r, "xcomp")))
            continue;
        int32_t h = dyad_coder_head(x, u);
        for (int up = 0; up < 3 && h >= 0 && h != v && x->s->tok[h].upos == DYAD_UPOS_NOUN; up++)
            h = dyad_coder_head(x, h);
        if (h == v)
            w = weapon_of(x, dyad_coder_kid(x, u, "obj"));
    }
    return w;
}

/* Agents that bear arms: a shooting at them is fighting (193). */
static bool armed(const char *agent)
{
    static const char *const list[] = {"MIL", "COP", "SPY", "REB", "INS", "UAF", "CRM"};
    return dyad_coder_is_any(agent, list, DYAD_ARRAY_LEN(list));
}

/* Everyone in tgt is a person or body with an agent that bears no arms. */
static bool unarmed(const dyad_coder_actors *tgt)
{
    if (tgt->n == 0)
        return false;
    for (int i = 0; i < tgt->n; i++) {
        const char *g = tgt->v[i].a.agent;
        if (!g || !g[0] || armed(g))
            return false;
    }
    return true;
}

const char *dyad_coder_attack_code(dyad_coder_sent *x, int32_t v, const char *code, bool nominal,
                                   const dyad_coder_actors *tgt, const char **why)
{
    static const char *const generic[] = {"180", "1823", "183", "190", "193"};
    if (!code || !dyad_coder_is_any(code, generic, DYAD_ARRAY_LEN(generic)))
        return NULL;
    const char *w = weapon(x, v, nominal);
    if (w && strcmp(w, code) != 0) {
        *why = "weapon";
        return w;
    }
    if (!w && strcmp(code, "193") == 0 && unarmed(tgt)) {
        *why = "unarmed target";
        return "180"; /* "a gunman shot shoppers" */
    }
    return NULL;
}

bool dyad_coder_dies(const dyad_coder_sent *x, int32_t v)
{
    static const char *const dying[] = {"die", "perish"};
    return v >= 0 && dyad_coder_is_any(x->lemma[v], dying, DYAD_ARRAY_LEN(dying));
}

bool dyad_coder_died_victim(dyad_coder_sent *x, int32_t v, const char *code,
                            dyad_coder_actors *src, dyad_coder_actors *tgt)
{
    if (!code || !dyad_coder_dies(x, v) ||
        (strncmp(code, "18", 2) != 0 && strncmp(code, "19", 2) != 0 &&
         strncmp(code, "20", 2) != 0))
        return false;
    /* the subject died: the victim, whatever else the clause names ("died in the attack on a
     * store"); the attacker is not named here (or no one is, "Dozens died") */
    *tgt = *src;
    src->n = 0;
    return true;
}

bool dyad_coder_victims_counted(dyad_coder_sent *x, int32_t v)
{
    static const char *const counts[] = {"dozen",    "dozens", "hundred", "hundreds", "thousand",
                                         "thousands", "score", "scores",  "many",     "several",
                                         "some",     "others", "more",    "few"};
    int32_t w = dyad_coder_kid(x, v, "nsubj:pass");
    if (w < 0)
        w = dyad_coder_kid(x, v, dyad_coder_dies(x, v) ? "nsubj" : "obj");
    return w < 0 || x->s->tok[w].upos == DYAD_UPOS_NUM ||
           dyad_coder_is_any(x->lemma[w], counts, DYAD_ARRAY_LEN(counts)) ||
           dyad_coder_is_any(x->form[w], counts, DYAD_ARRAY_LEN(counts));
}

/* Word n names an attack: an act noun of force or harm, or a bomb ("a car bombing"). */
static bool attack_word(const dyad_coder_sent *x, int32_t n)
{
    return n >= 0 && x->s->tok[n].upos == DYAD_UPOS_NOUN &&
           (dyad_coder_act_noun(x->form[n], DYAD_ACT_NOUN_HARM | DYAD_ACT_NOUN_FORCE) ||
            in(x, n, bombs, DYAD_ARRAY_LEN(bombs)));
}

/* v's clause names its attack by a noun: its subject ("a car bombing killed five"), or an
 * oblique of its harm ("died in the attack"). */
static bool clause_attack(dyad_coder_sent *x, int32_t v)
{
    if (attack_word(x, dyad_coder_kid(x, v, "nsubj")))
        return true;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl") && attack_word(x, *k))
            return true;
    return false;
}

/* The actor a participle in v's clause says the attack was done by: "another attack ascribed
 * to the Taliban", "the attack, reportedly conducted by Al-Shabaab", "a bombing blamed on
 * rebels"; -1 when none. The participle hangs on an attack noun, or on v when v's clause
 * names its attack by a noun. */
static int32_t ascribed_to(dyad_coder_sent *x, int32_t v)
{
    static const char *const ascribing[] = {"ascribe", "attribute", "blame",  "conduct",
                                            "carry",   "perpetrate", "commit", "claim"};
    bool named = clause_attack(x, v);
    for (int32_t p = 0; p < x->s->n; p++) {
        const char *r = dyad_coder_rel(x, p);
        if (x->s->tok[p].upos != DYAD_UPOS_VERB ||
            !dyad_coder_is_any(x->lemma[p], ascribing, DYAD_ARRAY_LEN(ascribing)) ||
            !(dyad_coder_has_dep(r, "acl") || dyad_coder_has_dep(r, "parataxis") ||
              dyad_coder_has_dep(r, "advcl")) ||
            dyad_coder_kid(x, p, "nsubj") >= 0 || dyad_coder_kid(x, p, "nsubj:pass") >= 0)
            continue;
        int32_t h = dyad_coder_head(x, p);
        if (!(h == v ? named : attack_word(x, h)))
            continue;
        /* h is in v's clause: v itself, or reached from h through nouns only */
        int32_t up = h;
        for (int guard = 0; guard < 6 && up >= 0 && up != v &&
                            x->s->tok[up].upos != DYAD_UPOS_VERB;
             guard++)
            up = dyad_coder_head(x, up);
        if (up != v)
            continue;
        for (const int32_t *k = x->kids[p]; *k >= 0; k++) {
            const char *pr = dyad_coder_prep(x, *k);
            if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl") &&
                (dyad_coder_is(pr, "by") || dyad_coder_is(pr, "to") || dyad_coder_is(pr, "on")) &&
                dyad_coder_actor_of(x, *k)->a.code[0])
                return *k;
        }
    }
    return -1;
}

bool dyad_coder_attack_ascribed(dyad_coder_sent *x, int32_t v, const char *code,
                                dyad_coder_actors *src, dyad_coder_actors *tgt)
{
    if (!code || (strncmp(code, "18", 2) != 0 && strncmp(code, "19", 2) != 0 &&
                  strncmp(code, "20", 2) != 0))
        return false;
    int32_t subj = dyad_coder_kid(x, v, "nsubj");
    bool noun_subject = attack_word(x, subj);
    if (src->n > 0 && !noun_subject)
        return false; /* "Rebels attacked ..." names its own attacker */
    int32_t a = ascribed_to(x, v);
    if (a < 0)
        return false;
    dyad_coder_actors by = {.n = 0};
    dyad_coder_actors_of(x, a, &by);
    if (by.n == 0)
        return false;
    /* the attacker is no target ("* +" may have bound "to the Taliban"); "a Kabul car
     * bombing": the place the attack noun names is where its victims were */
    if (tgt->n == 1 && strcmp(tgt->v[0].a.code, by.v[0].a.code) == 0)
        tgt->n = 0;
    if (src->n == 1 && tgt->n == 0 && dyad_coder_bare_place(&src->v[0]) &&
        strcmp(src->v[0].a.code, by.v[0].a.code) != 0)
        *tgt = *src;
    *src = by;
    return true;
}

bool dyad_coder_attacked_site(dyad_coder_sent *x, int32_t v, const char *code,
                              dyad_coder_actors *tgt)
{
    if (!code || tgt->n > 0 ||
        (strncmp(code, "18", 2) != 0 && strncmp(code, "19", 2) != 0))
        return false;
    /* what was attacked: a passive's subject (a headline's too: "X hit by drone attacks"), or
     * the object */
    int32_t t = dyad_coder_kid(x, v, "nsubj:pass");
    if (t < 0 && dyad_coder_kid(x, v, "obl:agent") >= 0)
        t = dyad_coder_kid(x, v, "nsubj");
    if (t < 0)
        t = dyad_coder_kid(x, v, "obj");
    /* installations a country's economy or forces own, not a public site where the attack
     * took place ("attacked a bridge in Kiev": where) */
    static const char *const owned[] = {
        "facility", "facilities", "plant",     "plants",       "refinery",      "refineries",
        "pipeline", "pipelines", "oilfield",  "oilfields",    "installation",  "installations",
        "depot",    "depots",    "base",      "bases",        "infrastructure", "field",
        "fields"};
    if (t < 0 || x->s->tok[t].upos != DYAD_UPOS_NOUN || dyad_coder_actor_of(x, t)->a.code[0] ||
        !dyad_coder_is_any(x->lemma[t], owned, DYAD_ARRAY_LEN(owned)))
        return false;
    for (const int32_t *k = x->kids[t]; *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod") &&
            dyad_coder_is(dyad_coder_prep(x, *k), "in") &&
            dyad_coder_bare_place(dyad_coder_actor_of(x, *k))) {
            dyad_coder_actors_of(x, *k, tgt); /* "oil facilities in Saudi Arabia" */
            return tgt->n > 0;
        }
    return false;
}
