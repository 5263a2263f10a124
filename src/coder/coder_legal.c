/* coder_legal.c — legal acts whose agent the sentence does not name. Only a court convicts,
 * sentences or acquits (116, and 17x said of a verdict), only the police or security forces
 * arrest and detain (173) and release from custody (0841: "was released on bail"), and only a
 * legislature impeaches, so "The opposition leader was
 * sentenced to five years" or "Two activists were detained" has a known source
 * (docs/CODEBOOK.md §3.4): the court the sentence names in an oblique ("was sentenced in
 * federal court", "convicted at a Paris court", "to life in prison by a court in Lima"), else
 * the court or police of the country of the place the act happened in ("were arrested in
 * Kampala"), else of the story's one country (coder_country.c) when the one who undergoes the
 * act is of that country or of none. The same holds when the subject undergoes the act in
 * the active voice ("the mayor received a prison term": a verb pattern "+ * &PENALTY"). One
 * the dictionaries know nothing of is a suspect (CRM), whatever the agent ("Police arrested
 * Ramiro Zuloaga", "Zuloaga was sentenced by a court in Lima"); a tally of past cases and an
 * act told under its penalty ("the sentence he received") are no acts. */
#include "coder/coder_internal.h"

#include <string.h>
#include <strings.h>

/* A court named in an "in", "at" or "before" oblique of v ("sentenced in U.S. Federal Court"),
 * or in a by-phrase under one of its obliques, -1 when none. */
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
    /* a by-agent court the parser hung under an oblique ("sentenced to life in prison | by a
     * court in Lima" with the by-phrase under "prison") */
    for (int32_t w = v + 1; w < x->s->n; w++) {
        int32_t h = dyad_coder_head(x, w);
        if (h < 0 || h == v || !dyad_coder_has_dep(dyad_coder_rel(x, w), "nmod") ||
            !dyad_coder_is(dyad_coder_prep(x, w), "by") ||
            !dyad_coder_has_dep(dyad_coder_rel(x, h), "obl") || dyad_coder_head(x, h) != v)
            continue;
        const dyad_coder_actor *a = dyad_coder_actor_of(x, w);
        if (a->a.agent && strcmp(a->a.agent, "JUD") == 0)
            return w;
    }
    return -1;
}

/* v tells a legal act in a relative clause under the penalty it gave ("the sentence the mayor
 * received", "the fine for which he was sentenced"): the penalty is told of as known, a
 * mention of an earlier act, not news of one. */
static bool under_penalty(const dyad_coder_sent *x, int32_t v)
{
    static const char *const penalties[] = {"sentence", "term", "fine", "penalty", "verdict",
                                            "conviction"};
    int32_t h = dyad_coder_head(x, v);
    return h >= 0 && strcmp(dyad_coder_rel(x, v), "acl:relcl") == 0 &&
           dyad_coder_is_any(x->lemma[h], penalties, DYAD_ARRAY_LEN(penalties));
}

/* The passive's subject is a tally ("only two ministers have been impeached", "only a few
 * journalists were ever convicted"): a count of past cases, not an act. */
static bool tally(const dyad_coder_sent *x, int32_t v)
{
    int32_t u = dyad_coder_kid(x, v, "nsubj:pass"), o = dyad_coder_kid(x, v, "advmod");
    if (u >= 0 && o >= 0 && o < u && dyad_coder_is(x->form[o], "only"))
        return true; /* "Only a few journalists were convicted", "only" hung from the verb */
    int32_t uo = u >= 0 ? dyad_coder_kid(x, u, "advmod") : -1;
    if (uo >= 0 && uo < u && dyad_coder_is(x->form[uo], "only"))
        return true; /* ... or from the noun */
    for (const int32_t *k = u >= 0 ? x->kids[u] : NULL; k && *k >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (strcmp(r, "nummod") != 0 && strcmp(r, "amod") != 0 && strcmp(r, "det") != 0)
            continue;
        int32_t m = dyad_coder_kid(x, *k, "advmod");
        if (dyad_coder_is(x->form[*k], "only") || (m >= 0 && dyad_coder_is(x->form[m], "only")))
            return true;
    }
    return false;
}

bool dyad_coder_legal_word(const char *w)
{
    static const char *const stems[] = {"arrest", "detain", "jail",   "imprison", "indict",
                                        "charg",  "convict", "sentenc", "guilty",  "prosecut",
                                        "custody", "prison", "suspicion", "bail"};
    /* the first letter first: this runs for every word the parse plan reads */
    char c = w ? (char)(w[0] | 0x20) : 0;
    for (size_t i = 0; c && i < DYAD_ARRAY_LEN(stems); i++)
        if ((stems[i][0] | 0x20) == c && strncasecmp(w, stems[i], strlen(stems[i])) == 0)
            return true;
    return false;
}

/* The sentence holds a legal word (dyad_coder_legal_word), as the parse plan sees it. */
static bool legal_sentence(const dyad_coder_sent *x)
{
    for (int32_t i = 0; i < x->s->n; i++)
        if (dyad_coder_legal_word(x->s->tok[i].form))
            return true;
    return false;
}

/* Word u, who undergoes a legal act, when the dictionaries know nothing of them: a name
 * ("Zuloaga was arrested at his home") or a plain word for a person ("An individual has been
 * arrested", "a former advisor", "the killer"), known to the story only as the one arrested,
 * charged or sentenced: a suspect, CRM of the place a culprit word names, else of the court's
 * or police's country (coded so by the caller, or by dyad_coder_jurisdiction); only in a
 * sentence with a word of legal acts, as the parse plan sees them. false when u is anything
 * else: a known actor, a place, a group, a pronoun. named: any name will do, also one that no
 * subject position makes a person's ("arrested Ramiro Zuloaga": only a person is arrested). */
static bool suspect(dyad_coder_sent *x, int32_t u, bool named, dyad_coder_actor *out)
{
    static const char *const persons[] = {"individual", "person"};
    /* words for the doer of a crime: a suspect of the place they are of ("Valparaiso killer") */
    static const char *const culprits[] = {"killer", "murderer", "rapist", "robber", "thief"};
    if (u < 0 || !legal_sentence(x) || dyad_coder_quoted(x, u) || dyad_coder_plural(x, u))
        return false;
    const dyad_coder_actor *a = dyad_coder_actor_of(x, u);
    bool culprit = dyad_coder_is_any(x->lemma[u], culprits, DYAD_ARRAY_LEN(culprits));
    if (culprit && strlen(a->a.code) == 3 && dyad_coder_country_root(a->a.code)) {
        dyad_coder_country_agent(x, a->a.code, "CRM", u, DYAD_CODER_PERSON, out);
        return out->a.code[0] != 0;
    }
    if (a->a.code[0])
        return false;
    bool name = x->s->tok[u].upos == DYAD_UPOS_PROPN &&
                (named || a->kind == DYAD_CODER_NAME || a->kind == DYAD_CODER_PERSON) &&
                dyad_coder_kid(x, u, "det") < 0 && !dyad_coder_where(x, u);
    /* a word for a person the dictionaries give no role ("a former advisor", "the husband") */
    bool someone = x->s->tok[u].upos == DYAD_UPOS_NOUN && a->kind == DYAD_CODER_PERSON;
    if (!name && !culprit && !someone &&
        !dyad_coder_is_any(x->lemma[u], persons, DYAD_ARRAY_LEN(persons)))
        return false;
    /* a name with a role the dictionaries give no agent ("Ahmed Khan, brother of the singer")
     * is someone known to the story besides the act: a civilian */
    int32_t role = name ? dyad_coder_kid(x, u, "appos") : -1;
    bool known = role >= 0 && x->s->tok[role].upos == DYAD_UPOS_NOUN &&
                 dyad_coder_person_word(x->lemma[role]);
    dyad_coder_coded_actor(x, known ? "---CVL" : "---CRM", u, DYAD_CODER_PERSON, out);
    return out->a.code[0] != 0;
}

/* The unknown suspect (above) who undergoes legal act v with no agent named: its subject, the
 * passive's or that of an act undergone in the active voice ("received a prison term"), or
 * the one a headline's bare participle tells of ("Kenyan killer sentenced to life", "the
 * killer sentenced to life"). */
static bool unknown_suspect(dyad_coder_sent *x, int32_t v, bool undergoer, dyad_coder_actor *out)
{
    int32_t u = dyad_coder_kid(x, v, undergoer ? "nsubj" : "nsubj:pass");
    const char *vx = x->s->tok[v].xpos;
    bool participle = vx && strcmp(vx, "VBN") == 0 && dyad_coder_kid(x, v, "aux") < 0 &&
                      dyad_coder_kid(x, v, "obj") < 0;
    if (u < 0 && participle && dyad_coder_kid(x, v, "nsubj") >= 0)
        u = dyad_coder_kid(x, v, "nsubj"); /* a headline's "Kenyan killer sentenced to life" */
    else if (u < 0 && participle && strcmp(dyad_coder_rel(x, v), "acl") == 0)
        u = dyad_coder_head(x, v); /* "the killer sentenced to life": the one it names */
    return suspect(x, u, false, out);
}

/* A release from custody: v has an oblique "on bail", "from custody / prison / jail /
 * detention" ("was released on bail", "freed from prison"). */
static bool from_custody(dyad_coder_sent *x, int32_t v)
{
    static const char *const held[] = {"custody", "prison", "jail", "detention"};
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        if (!dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl"))
            continue;
        const char *p = dyad_coder_prep(x, *k);
        if ((dyad_coder_is(p, "on") && dyad_coder_is(x->lemma[*k], "bail")) ||
            (dyad_coder_is(p, "from") && dyad_coder_is_any(x->lemma[*k], held, DYAD_ARRAY_LEN(held))))
            return true;
    }
    return false;
}

bool dyad_coder_legal_agent(dyad_coder_sent *x, int32_t v, const char *code, bool undergoer,
                            dyad_coder_actors *tgt, dyad_coder_actors *src)
{
    const char *vx = x->s->tok[v].xpos;
    bool participle = !tgt->n && vx && strcmp(vx, "VBN") == 0; /* unknown_suspect's forms */
    if (!code || (!undergoer && !participle && dyad_coder_kid(x, v, "nsubj:pass") < 0))
        return false;
    bool court = strncmp(code, "116", 3) == 0;
    /* only the police or the courts hold people, so only they release them from custody */
    bool release = strncmp(code, "084", 3) == 0 && from_custody(x, v);
    if ((!court && !release && strncmp(code, "173", 3) != 0) || under_penalty(x, v) ||
        tally(x, v))
        return false;
    /* the place the act happened in is the police's or court's country, whoever undergoes
     * it ("Two Kenyan journalists were arrested in Kampala": Uganda's police) */
    const char *where = dyad_coder_act_place(x, v);
    /* an unknown suspect only with a story country or such a place, which gives them and the
     * agent theirs */
    if (!tgt->n && ((!where && !dyad_coder_story_root(x)) ||
                    !unknown_suspect(x, v, undergoer, &tgt->v[0])))
        return false;
    int made = !tgt->n;
    if (made)
        tgt->n = 1;
    int32_t named = court ? court_oblique(x, v) : -1;
    if (named >= 0) {
        /* the pattern's target may be the court itself ("* +" on "sentenced to life in prison
         * by a court"): the passive's subject undergoes the act */
        int32_t u = dyad_coder_kid(x, v, "nsubj:pass");
        for (int j = 0; j < tgt->n && u >= 0; j++)
            if (tgt->v[j].head == named) {
                tgt->n = 0;
                dyad_coder_actors_of(x, u, tgt);
                break;
            }
        if (!tgt->n)
            return false;
        dyad_coder_actors_of(x, named, src);
        if (!src->n)
            tgt->n -= made;
        return src->n > 0;
    }
    dyad_coder_actor a, full;
    /* only a legislature impeaches ("Clinton was impeached") */
    bool house = !court && dyad_coder_is(x->lemma[v], "impeach");
    dyad_coder_coded_actor(x, court ? "---JUD" : house ? "---LEG" : "---COP", -1, 0, &a);
    if (where ? !dyad_coder_rooted(x, &a, where, &full)
              : !dyad_coder_story_actor(x, &a, &tgt->v[0], &full)) {
        tgt->n -= made;
        return false;
    }
    src->v[0] = full;
    src->n = 1;
    return true;
}

/* A court's sentence or conviction (116), or an arrest (173). */
static bool court_or_arrest(const char *code)
{
    return code && (strncmp(code, "116", 3) == 0 || strncmp(code, "173", 3) == 0);
}

bool dyad_coder_legal_suspect(dyad_coder_sent *x, int32_t v, const char *code, bool passive,
                              dyad_coder_actors *tgt)
{
    if (tgt->n || !court_or_arrest(code) || under_penalty(x, v) || tally(x, v))
        return false;
    int32_t u = dyad_coder_kid(x, v, passive ? "nsubj:pass" : "obj");
    if (!suspect(x, u, !passive, &tgt->v[0]))
        return false;
    tgt->n = 1;
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
