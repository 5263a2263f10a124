/* coder_sense.c — senses of an act chosen by its arguments. A verb or pattern gives a code; who
 * does it to whom, and to what, can say the act is another one (docs/CODEBOOK.md §5.3):
 * "attacked the decision" is criticism (111), not an assault; "attacked the rebels over the
 * border" is an assault though "over" usually names a grievance; police or soldiers who shoot,
 * beat or fire tear gas at protesters use violent repression (175), not a military clash. The
 * clause coder (coder_clause.c) asks these once it has a code, a source and a target. */
#include "coder/coder_internal.h"

#include <string.h>

/* Among h's dependents of relation rel, an "over" phrase naming a place: a bare place, or a
 * word for a stretch of land, water or air ("over the border", "over Syrian territory"). */
static bool over_place_under(dyad_coder_sent *x, int32_t h, const char *rel)
{
    static const char *const places[] = {
        "border", "borders", "frontier", "line",  "lines", "territory", "airspace",
        "waters", "sea",     "river",    "area",  "region", "skies",    "sky",
        "mountains", "hills", "town",    "city",  "village", "villages"};
    for (const int32_t *k = x->kids[h]; *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), rel) &&
            dyad_coder_is(dyad_coder_prep(x, *k), "over") &&
            (dyad_coder_is_any(x->form[*k], places, DYAD_ARRAY_LEN(places)) ||
             dyad_coder_bare_place(dyad_coder_actor_of(x, *k))))
            return true;
    return false;
}

/* v's "over" phrase names a place, not a grievance ("attacked the rebels over the border");
 * the parser may hang it on the object. */
bool dyad_coder_over_a_place(dyad_coder_sent *x, int32_t v)
{
    int32_t o = dyad_coder_kid(x, v, "obj");
    return over_place_under(x, v, "obl") || (o >= 0 && over_place_under(x, o, "nmod"));
}

/* "attacked the proclamation", "slammed the decision", "hit out at the plan": a verb with a
 * physical and a verbal sense, whose object is words, a decision or a policy, or is described
 * "as" something ("attacked the minister as a liar"), criticises (111) rather than assaults
 * (docs/CODEBOOK.md §5.3). True when v is such a verb with such an object. */
/* "Biden attacked Trump on paying fewer taxes", "slammed the minister for ignoring the
 * courts": a verb of attack (not strike, hit, target) on a political person (a name, or an
 * actor of government, party, parliament, opposition or court) for or over something the
 * person does (a gerund clause), which is how critics attack. */
static bool attacked_for_doing(dyad_coder_sent *x, int32_t v, int32_t o)
{
    static const char *const critics[] = {"attack", "slam", "blast", "lash", "assail",
                                          "savage", "bash", "hammer"};
    static const char *const political[] = {"GOV", "ELI", "LEG", "OPP", "JUD"};
    if (o < 0 || !dyad_coder_is_any(x->lemma[v], critics, DYAD_ARRAY_LEN(critics)))
        return false;
    const dyad_coder_actor *a = dyad_coder_actor_of(x, o);
    if (!a->a.code[0] || !dyad_coder_is_any(a->a.agent, political, DYAD_ARRAY_LEN(political)))
        return false;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        int32_t mk = dyad_coder_kid(x, *k, "mark");
        const char *xp = x->s->tok[*k].xpos ? x->s->tok[*k].xpos : "";
        if (strcmp(dyad_coder_rel(x, *k), "advcl") == 0 && strcmp(xp, "VBG") == 0 && mk >= 0 &&
            (dyad_coder_is(x->lemma[mk], "for") || dyad_coder_is(x->lemma[mk], "on") ||
             dyad_coder_is(x->lemma[mk], "over")))
            return true;
    }
    return false;
}

/* Word k (a dependent of v or of its object o) is an as-phrase describing the object: a noun
 * or adjective after "as" ("attacked the inquiry as a witch hunt", "as political"), the way
 * critics attack; not a clause ("attacked the convoy as it passed"). */
static bool described_as(const dyad_coder_sent *x, int32_t k)
{
    /* why or how the act was done, not what the object is: "as part of an offensive", "as a
     * result", "in retaliation", "as a warning", "as well as" */
    static const char *const frames[] = {"part",     "result",  "retaliation", "revenge",
                                         "reprisal", "response", "punishment", "warning",
                                         "well",     "such",    "usual",       "planned",
                                         "expected", "soon",    "long",        "far"};
    if (dyad_coder_is_any(x->lemma[k], frames, DYAD_ARRAY_LEN(frames)) ||
        dyad_coder_kid(x, k, "fixed") >= 0)
        return false;
    int u = x->s->tok[k].upos;
    int32_t c = dyad_coder_kid(x, k, "case");
    int32_t m = dyad_coder_kid(x, k, "mark");
    if (u == DYAD_UPOS_VERB || u == DYAD_UPOS_AUX || dyad_coder_kid(x, k, "nsubj") >= 0)
        return false;
    if (dyad_coder_is(x->form[k], "as")) /* "as" itself, the description hung under it */
        return x->kids[k][0] >= 0;
    return (c >= 0 && dyad_coder_is(x->form[c], "as")) ||
           (m >= 0 && dyad_coder_is(x->form[m], "as"));
}

/* Verb v or its object o has an as-phrase describing o. */
static bool object_described(const dyad_coder_sent *x, int32_t v, int32_t o)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++)
        if (*k > o && (dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl") ||
                       dyad_coder_has_dep(dyad_coder_rel(x, *k), "advcl") ||
                       dyad_coder_has_dep(dyad_coder_rel(x, *k), "xcomp")) &&
            described_as(x, *k))
            return true;
    for (const int32_t *k = x->kids[o]; *k >= 0; k++) /* the parser's "the inquiry | as ..." */
        if ((dyad_coder_has_dep(dyad_coder_rel(x, *k), "acl") ||
             dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod")) &&
            described_as(x, *k))
            return true;
    return false;
}

/* Noun n, an attack named by a noun, is qualified as words ("a scathing attack on the
 * minister", "a verbal assault"): criticism, whatever light verb performs it. */
static bool wordy_attack_noun(const dyad_coder_sent *x, int32_t n)
{
    /* not "blistering", "withering" or "scorching", which may be fire ("a withering barrage") */
    static const char *const wordy[] = {"scathing", "stinging",   "verbal",
                                        "vitriolic", "rhetorical", "excoriating"};
    for (const int32_t *k = x->kids[n]; *k >= 0; k++)
        if ((dyad_coder_has_dep(dyad_coder_rel(x, *k), "amod") ||
             dyad_coder_has_dep(dyad_coder_rel(x, *k), "compound")) && /* "blistering" as NN */
            dyad_coder_is_any(x->form[*k], wordy, DYAD_ARRAY_LEN(wordy)))
            return true;
    return false;
}

bool dyad_coder_verbal_attack(dyad_coder_sent *x, int32_t v)
{
    if (x->s->tok[v].upos == DYAD_UPOS_NOUN)
        return wordy_attack_noun(x, v);
    static const char *const verbs[] = {"attack", "hit", "slam", "blast", "target", "lash",
                                        "assail", "strike", "hammer", "savage", "bash"};
    static const char *const words[] = {
        "decision",  "policy",    "policies",  "plan",      "plans",       "proposal",
        "proclamation", "statement", "statements", "remark", "remarks",    "comment",
        "comments",  "speech",    "move",      "law",       "bill",        "decree",
        "ruling",    "report",    "investigation", "inquiry", "claim",     "claims",
        "idea",      "announcement", "deal",   "agreement", "approach",    "stance",
        "position",  "handling",  "response",  "record",    "budget",      "tweet",
        "tweets",    "words",     "rhetoric",  "declaration", "recognition", "reform",
        "reforms",   "measure",   "measures",  "rules",     "legislation", "resolution",
        "verdict",   "sanctions", "strategy",  "stance",    "views",       "criticism",
        "subpoena",  "subpoenas", "impeachment", "probe",   "indictment",  "lawsuit"};
    if (!dyad_coder_is_any(x->lemma[v], verbs, DYAD_ARRAY_LEN(verbs)))
        return false;
    int32_t o = dyad_coder_kid(x, v, "obj");
    if (o < 0) /* "hit out at the plan", "lashed out at the decision" */
        for (const int32_t *k = x->kids[v]; *k >= 0 && o < 0; k++)
            if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl") &&
                dyad_coder_is(dyad_coder_prep(x, *k), "at"))
                o = *k;
    if (o >= 0 && dyad_coder_is(x->form[o], "positions"))
        return false; /* "attacked Ukrainian positions": military posts, not stances */
    return o >= 0 && (dyad_coder_is_any(x->lemma[o], words, DYAD_ARRAY_LEN(words)) ||
                      dyad_coder_is_any(x->form[o], words, DYAD_ARRAY_LEN(words)) ||
                      attacked_for_doing(x, v, o) || object_described(x, v, o));
}

/* Agents that repress: the state's armed and police forces. */
static const char *const forces[] = {"COP", "MIL", "SPY"};

/* Agents of a crowd, whose force is a riot (145), and of armed groups, whose force is a
 * fight (190), when a pattern of repression names them as the ones using it. */
static const char *const crowds[] = {"OPP", "CVL", "LAB", "EDU", "REF"};
static const char *const armed[] = {"REB", "INS", "CRM", "UAF"};

const char *dyad_coder_force_code(const char *code, const dyad_coder_actor *src,
                                  const dyad_coder_actor *tgt)
{
    if (!code)
        return code;
    const char *sa = src->a.agent ? src->a.agent : "", *ta = tgt->a.agent ? tgt->a.agent : "";
    if (strncmp(code, "175", 3) != 0) {
        bool fight = strncmp(code, "18", 2) == 0 || strncmp(code, "19", 2) == 0;
        return fight && dyad_coder_is_any(sa, forces, DYAD_ARRAY_LEN(forces)) &&
                       strcmp(ta, "OPP") == 0
                   ? "175"
                   : code;
    }
    /* "used force against X" (175) by others than the state: a riot or a fight */
    if (dyad_coder_is_any(sa, crowds, DYAD_ARRAY_LEN(crowds)))
        return "145";
    if (dyad_coder_is_any(sa, armed, DYAD_ARRAY_LEN(armed)))
        return "190";
    /* by a state on another state or its forces ("Russia used force against Ukraine") */
    bool state_target = !ta[0] || strcmp(ta, "GOV") == 0 || strcmp(ta, "MIL") == 0;
    if (state_target && tgt->a.code[0] && strncmp(src->a.root, tgt->a.root, 3) != 0)
        return "190";
    return code;
}

bool dyad_coder_information_given(const dyad_coder_sent *x, int32_t v)
{
    static const char *const giving[] = {"provide", "give", "supply", "offer", "hand"};
    static const char *const news[] = {
        "toll",    "tolls",    "figure",   "figures",  "number",  "numbers", "information",
        "detail",  "details",  "data",     "estimate", "estimates", "update", "updates",
        "account", "accounts", "statistics", "count",  "briefing", "evidence", "testimony"};
    if (!dyad_coder_is_any(x->lemma[v], giving, DYAD_ARRAY_LEN(giving)))
        return false;
    int32_t thing = dyad_coder_kid(x, v, "obj");
    if (thing < 0)
        thing = dyad_coder_kid(x, v, "nsubj:pass");
    if (thing < 0 && strncmp(dyad_coder_rel(x, v), "acl", 3) == 0)
        thing = dyad_coder_head(x, v); /* "tolls, provided anonymously by officials" */
    return thing >= 0 && (dyad_coder_is_any(x->lemma[thing], news, DYAD_ARRAY_LEN(news)) ||
                          dyad_coder_is_any(x->form[thing], news, DYAD_ARRAY_LEN(news)));
}

/* Word n (a dependent of v or of its object) is protests, demands or pressure that v follows
 * ("after weeks of protests", "following protests", "amid calls for ...", "under pressure"):
 * its head or the first noun of its of-phrase is a crowd act or a demand. Returns the word
 * naming who pressed when a from / by phrase names an actor ("under pressure from Uganda"),
 * -2 when pressed by a crowd not named, -1 when n is no pressure. */
static int32_t pressed_by(dyad_coder_sent *x, int32_t n)
{
    static const char *const times[] = {"after", "following", "amid", "amidst", "under"};
    static const char *const demands[] = {"pressure", "calls", "demands", "outcry"};
    /* the preposition as written: "following" has the lemma "follow" */
    int32_t c = dyad_coder_kid(x, n, "case");
    if (c < 0)
        c = dyad_coder_kid(x, n, "mark");
    if (c < 0 || !dyad_coder_is_any(x->form[c], times, DYAD_ARRAY_LEN(times)))
        return -1;
    bool pressed = dyad_coder_crowd_word(x->form[n]) ||
                   dyad_coder_is_any(x->form[n], demands, DYAD_ARRAY_LEN(demands));
    for (const int32_t *k = x->kids[n]; *k >= 0 && !pressed; k++) /* "weeks of protests" */
        pressed = dyad_coder_is(dyad_coder_prep(x, *k), "of") && dyad_coder_crowd_word(x->form[*k]);
    if (!pressed)
        return -1;
    for (const int32_t *k = x->kids[n]; *k >= 0; k++)
        if ((dyad_coder_is(dyad_coder_prep(x, *k), "from") ||
             dyad_coder_is(dyad_coder_prep(x, *k), "by")) &&
            dyad_coder_actor_of(x, *k)->a.code[0])
            return *k;
    return -2;
}

bool dyad_coder_yielded_to(dyad_coder_sent *x, int32_t v, const char *code,
                           const dyad_coder_actors *src, dyad_coder_actors *tgt)
{
    if (!code || strncmp(code, "083", 3) != 0 || src->n != 1 || tgt->n > 0 ||
        !dyad_coder_country_root(src->v[0].a.root))
        return false;
    int32_t by = -1;
    int32_t o = dyad_coder_kid(x, v, "obj"); /* "announced his resignation following ..." */
    for (const int32_t *k = x->kids[v]; *k >= 0 && by == -1; k++)
        by = pressed_by(x, *k);
    for (const int32_t *k = o >= 0 ? x->kids[o] : NULL; k && *k >= 0 && by == -1; k++)
        by = pressed_by(x, *k);
    if (by == -1)
        return false;
    if (by >= 0) { /* "under pressure from Uganda" */
        dyad_coder_actors_of(x, by, tgt);
        return tgt->n > 0;
    }
    dyad_coder_country_agent(x, src->v[0].a.root, "OPP", -1, 0, &tgt->v[0]);
    tgt->n = 1;
    return true;
}

int32_t dyad_coder_mandated(dyad_coder_sent *x, int32_t v)
{
    /* statement verbs whose that-clause in the mandative mood is a demand ("insisted that
     * Greece cut its budget", "insists that Greece should leave"); in the indicative it is a
     * claim ("insisted that Greece was responsible") */
    static const char *const mandating[] = {"insist"};
    static const char *const musts[] = {"should", "must"};
    if (!dyad_coder_is_any(x->lemma[v], mandating, DYAD_ARRAY_LEN(mandating)))
        return -1;
    int32_t c = dyad_coder_kid(x, v, "ccomp");
    if (c < 0 || x->s->tok[c].upos != DYAD_UPOS_VERB)
        return -1;
    bool must = false;
    for (const int32_t *k = x->kids[c]; *k >= 0; k++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *k), "aux")) {
            if (!dyad_coder_is_any(x->form[*k], musts, DYAD_ARRAY_LEN(musts)))
                return -1; /* "insisted that Greece will pay", "... had paid" */
            must = true;
        }
    int32_t s = dyad_coder_kid(x, c, "nsubj");
    if (s < 0 || !dyad_coder_actor_of(x, s)->a.code[0])
        return -1;
    /* the bare form: tagged VB, or a form equal to its lemma after a singular subject, which
     * the tagger reads as a past or a plural present ("that Greece cut its budget") */
    const char *xp = x->s->tok[c].xpos ? x->s->tok[c].xpos : "";
    const char *sp = x->s->tok[s].xpos ? x->s->tok[s].xpos : "";
    bool bare = strcmp(xp, "VB") == 0 ||
                ((strcmp(xp, "VBP") == 0 || strcmp(xp, "VBD") == 0) &&
                 dyad_coder_is(x->form[c], x->lemma[c]) &&
                 (strcmp(sp, "NNP") == 0 || strcmp(sp, "NN") == 0));
    if (!must && !bare)
        return -1; /* "insisted that Greece pays its debts", "... was responsible": a claim */
    return s;
}

bool dyad_coder_helps_do(dyad_coder_sent *x, int32_t v)
{
    static const char *const helping[] = {"help", "assist"};
    if (!dyad_coder_is_any(x->lemma[v], helping, DYAD_ARRAY_LEN(helping)))
        return false;
    int32_t c = dyad_coder_kid(x, v, "xcomp");
    return c >= 0 && x->s->tok[c].upos == DYAD_UPOS_VERB && dyad_coder_kid(x, v, "obj") < 0 &&
           dyad_coder_kid(x, v, "iobj") < 0;
}

bool dyad_coder_conditional_warning(dyad_coder_sent *x, int32_t v)
{
    static const char *const warns[] = {"warn", "caution"};
    int32_t cc = dyad_coder_kid(x, v, "ccomp");
    if (cc < 0 || !dyad_coder_is_any(x->lemma[v], warns, DYAD_ARRAY_LEN(warns)))
        return false;
    for (const int32_t *k = x->kids[cc]; *k >= 0; k++) {
        int32_t mk = dyad_coder_kid(x, *k, "mark");
        if (strcmp(dyad_coder_rel(x, *k), "advcl") == 0 && mk >= 0 &&
            (dyad_coder_is(x->lemma[mk], "if") || dyad_coder_is(x->lemma[mk], "unless")))
            return true;
    }
    return false;
}

/* Words of esteem one is called ("called him a friend"), beside the lexicon's praise. */
static const char *const esteem[] = {"friend", "partner", "ally", "brother", "champion",
                                     "statesman", "model", "visionary", "patriot"};

const char *dyad_coder_called_as(dyad_coder_sent *x, int32_t v)
{
    if (!dyad_coder_is(x->lemma[v], "call"))
        return NULL;
    int32_t o = dyad_coder_kid(x, v, "obj"), w = -1;
    for (const int32_t *k = x->kids[v]; *k >= 0 && o >= 0; k++) {
        const char *r = dyad_coder_rel(x, *k);
        if (*k > o && (strcmp(r, "obj") == 0 || strcmp(r, "xcomp") == 0))
            w = *k; /* "called X | a Y": the second object or the complement */
    }
    if (w < 0)
        return NULL;
    const char *code = dyad_coder_verdict_code(x, w);
    if (!code && dyad_coder_is_any(x->lemma[w], esteem, DYAD_ARRAY_LEN(esteem)))
        code = "051";
    return code && strcmp(code, "111") != 0 ? code : NULL;
}
