/* coder_aside.c — phrases that tell how an event is known, when it happened or through what
 * medium, never whom it is done to.
 *
 * "are investigating the shooting, according to prosecutor Josh Bash": the source of the
 * report; "visited Kenosha two days after Trump": a time; "spoke on Fox News", "criticized
 * ... on television": the medium. None is the target, unless a verb pattern names the
 * preposition. Deeper in a chain of nouns under the verb ("For the first time in weeks of
 * protests in Hong Kong", "death of an elephant in Kerala", "after the shooting in Al Noor
 * Mosque") a place or a site in a locative phrase says where, as does anything under a thing
 * ("reefs off the coast of Fiji", "a case about American Samoans' status"); directly under
 * the object or oblique it may be the issue ("called for peace in Syria") and stays. */
#include "coder/coder_internal.h"

#include <string.h>

/* n is the on-phrase of "call on X to ...", whom the call is made to ("called on Fox News to
 * fire him"): a verb "call" with a to-infinitive after n among its dependents. */
static bool called_on(const dyad_coder_sent *x, int32_t n)
{
    int32_t v = dyad_coder_head(x, n);
    if (v < 0 || !dyad_coder_is(x->lemma[v], "call"))
        return false;
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        int32_t m = *k > n ? dyad_coder_kid(x, *k, "mark") : -1;
        if (m >= 0 && dyad_coder_is(x->form[m], "to") && x->s->tok[*k].upos == DYAD_UPOS_VERB)
            return true;
    }
    return false;
}

bool dyad_coder_aside(dyad_coder_sent *x, int32_t n)
{
    static const char *const times[] = {"according", "accord", "after",   "before", "since",
                                        "until",     "till",   "despite", "unlike"};
    /* "as part of X's investigation", "as a result of X": the frame of the act, no party */
    if (dyad_coder_is(dyad_coder_prep(x, n), "as") &&
        (dyad_coder_is(x->form[n], "part") || dyad_coder_is(x->form[n], "result")))
        return true;
    const char *prep = dyad_coder_prep(x, n);
    if (dyad_coder_is_any(prep, times, DYAD_ARRAY_LEN(times)))
        return true;
    const dyad_coder_actor *a = dyad_coder_actor_of(x, n);
    return dyad_coder_is(prep, "on") && strncmp(a->a.agent, "MED", 3) == 0 &&
           !called_on(x, n);
}

bool dyad_coder_no_target(dyad_coder_sent *x, int32_t v, int32_t n)
{
    /* "visited the wounded in hospital": a site in a locative phrase says where, even of
     * travel (a hospital's staff would be named); so does a venue ("at a summit") */
    return dyad_coder_aside(x, n) || (!dyad_coder_travel(x, v) && dyad_coder_where(x, n)) ||
           (dyad_coder_locative(x, n) && dyad_coder_site(x, n)) || dyad_coder_venue(x, n) ||
           dyad_coder_protest_aim(x, v, n); /* "resigned in protest | at X": the protest's */
}

/* The chain of nouns holding n hangs off a locative oblique or one before the verb
 * ("arrested in death of ...", "For the first time in weeks of ..."), not an object or a
 * complement ("criticized the closure of guest houses in Bree", "arranged for the reopening
 * of guest houses in Bree"). */
static bool under_oblique(const dyad_coder_sent *x, int32_t n)
{
    for (int i = 0; i < 8 && dyad_coder_has_dep(dyad_coder_rel(x, n), "nmod"); i++)
        n = dyad_coder_head(x, n) >= 0 ? dyad_coder_head(x, n) : n;
    return dyad_coder_has_dep(dyad_coder_rel(x, n), "obl") &&
           (n < dyad_coder_head(x, n) || dyad_coder_locative(x, n));
}

bool dyad_coder_chain_stop(dyad_coder_sent *x, int32_t n, int32_t g, int depth)
{
    static const char *const partners[] = {"with", "between", "against", "to"};
    if (dyad_coder_aside(x, g))
        return true;
    /* "detained dozens of protesters in Moscow": a place under a count of people says where
     * they are, not who the act is aimed at, whether the parser hangs it on the count or on
     * the people counted (the count's of-phrase) */
    static const char *const counts[] = {"dozens", "hundreds", "thousands", "scores", "millions",
                                         "tens"};
    int32_t up = dyad_coder_head(x, n);
    bool counted = dyad_coder_is_any(x->form[n], counts, DYAD_ARRAY_LEN(counts)) ||
                   (up >= 0 && dyad_coder_is_any(x->form[up], counts, DYAD_ARRAY_LEN(counts)) &&
                    dyad_coder_part_of(x, up) == n);
    if (counted && dyad_coder_where(x, g))
        return true;
    /* "a preacher near the Syrian border": where the preacher is, on either side of it; "a
     * meeting on the sidelines of the UN General Assembly": where the meeting was */
    if ((dyad_coder_locative(x, g) && dyad_coder_boundary(x, g)) || dyad_coder_venue(x, g))
        return true;
    /* "the coast of Fiji", not "programs with Libya" */
    if (dyad_coder_thing(x, n, -1, 0) &&
        !dyad_coder_is_any(dyad_coder_prep(x, g), partners, DYAD_ARRAY_LEN(partners)))
        return true;
    /* "the Supreme Council for the Islamic Revolution in Iraq": a name, not a place */
    bool deep = depth > 0 && x->s->tok[n].upos != DYAD_UPOS_PROPN && under_oblique(x, n);
    /* "speaking on state television in Iran", "at a rally in Kenya": an oblique of medium,
     * occasion or way, whose "in X" says where it was */
    static const char *const frames[] = {"on", "at", "during", "via", "through"};
    bool framed = depth == 0 && dyad_coder_has_dep(dyad_coder_rel(x, n), "obl") &&
                  (x->s->tok[n].upos == DYAD_UPOS_NOUN || !dyad_coder_actor_of(x, n)->a.code[0]) &&
                  dyad_coder_is_any(dyad_coder_prep(x, n), frames, DYAD_ARRAY_LEN(frames));
    if (dyad_coder_site(x, n) || deep || framed)
        return dyad_coder_where(x, g) || (dyad_coder_locative(x, g) && dyad_coder_site(x, g));
    return false;
}

/* Pattern p names preposition prep right before its target ("COMPLAIN: * about +"). */
static bool pattern_names(const dyad_pattern *p, const char *prep)
{
    for (int32_t i = 0; p && i + 1 < p->n; i++)
        if (p->elem[i + 1].kind == DYAD_PE_TARGET && p->elem[i].kind == DYAD_PE_WORD &&
            dyad_coder_is(p->elem[i].word, prep))
            return true;
    return false;
}

bool dyad_coder_topic(dyad_coder_sent *x, int32_t t, const dyad_pattern *p)
{
    static const char *const topics[] = {"about", "regarding", "concerning", "re"};
    /* nouns that carry content, so what they are about is a topic; not feelings ("concern
     * about Iran" is aimed at Iran) nor statements (coder_said.c) */
    static const char *const contents[] = {
        "case",     "cases",     "lawsuit",   "report",     "reports",    "article",
        "articles", "story",     "stories",   "book",       "books",      "film",
        "films",    "documentary", "question", "questions", "debate",     "debates",
        "discussion", "discussions", "talks", "hearing",   "hearings",   "conference",
        "seminar",  "lecture",   "video",     "videos",     "program",    "programme",
        "survey",   "study",     "poll",      "petition",   "podcast",    "interview"};
    int32_t n = dyad_coder_head(x, t);
    if (n < 0 || !dyad_coder_is_any(x->form[n], contents, DYAD_ARRAY_LEN(contents)))
        return false;
    /* t's own preposition, or the word before its phrase: the parser may hang "about" inside
     * it ("a case about American Samoans' citizenship status" with status an apposition) */
    const char *prep = dyad_coder_prep(x, t);
    if (!dyad_coder_is_any(prep, topics, DYAD_ARRAY_LEN(topics))) {
        int32_t first = t;
        while (first > 0 && dyad_coder_under(x, first - 1, t))
            first--;
        /* the phrase's first word, its case ("about" under Samoans), or the word before it */
        prep = dyad_coder_is_any(x->lemma[first], topics, DYAD_ARRAY_LEN(topics)) ? x->lemma[first]
               : first > n && first > 0                                            ? x->lemma[first - 1]
                                                                                   : "";
    }
    return dyad_coder_is_any(prep, topics, DYAD_ARRAY_LEN(topics)) && !pattern_names(p, prep);
}

bool dyad_coder_chain_hides(dyad_coder_sent *x, int32_t v, const dyad_pattern *p, int32_t t)
{
    /* t below an argument of v (not the argument itself: "complained about X") */
    int32_t h = dyad_coder_head(x, t);
    /* the word below v on the way up from t: a verb of talk's object or clause is what is
     * talked about ("discussed Iran's program", "discussed why she joined the party"; not
     * "the crisis | with Putin", whose preposition the pattern names) */
    int32_t arg = t;
    while (arg >= 0 && dyad_coder_head(x, arg) >= 0 && dyad_coder_head(x, arg) != v)
        arg = dyad_coder_head(x, arg);
    if (arg >= 0 && dyad_coder_head(x, arg) == v && dyad_coder_topic_verb(x, v) &&
        (strcmp(dyad_coder_rel(x, arg), "obj") == 0 || strcmp(dyad_coder_rel(x, arg), "ccomp") == 0) &&
        !pattern_names(p, dyad_coder_prep(x, t)))
        return true;
    if (h < 0 || h == v || !dyad_coder_under(x, h, v))
        return false;
    /* inside a phrase of time or report further up ("arrested the accused 36 minutes after
     * the shooting in Al Noor Mosque"): when, not whom */
    for (int32_t g = h; g >= 0 && g != v; g = dyad_coder_head(x, g))
        if (dyad_coder_aside(x, g) && !pattern_names(p, dyad_coder_prep(x, g)))
            return true;
    return dyad_coder_topic(x, t, p); /* "declined to hear a case about X" */
}

bool dyad_coder_topic_verb(const dyad_coder_sent *x, int32_t v)
{
    static const char *const talk[] = {"discuss", "debate"};
    return x->s->tok[v].upos == DYAD_UPOS_VERB && dyad_coder_is_any(x->lemma[v], talk, DYAD_ARRAY_LEN(talk));
}

bool dyad_coder_in_content(const dyad_coder_sent *x, int32_t v, int32_t t)
{
    int32_t o = dyad_coder_kid(x, v, "obj");
    if (o < 0 || t == o || !dyad_coder_under(x, t, o))
        return false;
    for (int32_t g = t; g >= 0 && g != o; g = dyad_coder_head(x, g)) {
        const char *r = dyad_coder_rel(x, g);
        if (x->s->tok[g].upos == DYAD_UPOS_VERB &&
            (dyad_coder_has_dep(r, "acl") || strcmp(r, "advcl") == 0 || strcmp(r, "xcomp") == 0 ||
             strcmp(r, "ccomp") == 0))
            return true;
    }
    return false;
}

bool dyad_coder_time_clause(dyad_coder_sent *x, int32_t v)
{
    static const char *const spans[] = {"year", "month", "week", "day", "decade", "hour"};
    int32_t h = dyad_coder_head(x, v), mk = dyad_coder_kid(x, v, "mark");
    return h >= 0 && strcmp(dyad_coder_rel(x, v), "acl") == 0 && mk >= 0 &&
           (dyad_coder_is(x->lemma[mk], "after") || dyad_coder_is(x->lemma[mk], "before")) &&
           dyad_coder_is_any(x->lemma[h], spans, DYAD_ARRAY_LEN(spans));
}
