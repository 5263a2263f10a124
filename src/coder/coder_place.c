/* coder_place.c — where an event happens is not whom it is done to or who does it.
 *
 * "arrested the accused in Kerala", "injured as a bus hits a bridge in Winchester", "weeks of
 * protests in Hong Kong": a country or city in a locative phrase (in, at, near, ...) says
 * where, so it is no target (nor is "in X" under a gathering or a site, "a summit in Rome",
 * "a bridge in Winchester"; "peace in X", "closure of guest houses in X" stay) unless a
 * verb pattern names the preposition ("* in +", not a bare "* +") or the verb is one of
 * travel ("arrived in Paris": a visit to France, as PETRARCH codes it). A gathering
 * ("Cairo summit", "an assembly of foreign ministers in Cairo") or an embassy ("the US Embassy
 * in London") is no actor of the place that hosts it. A venue after "at" ("at a summit", "at
 * the Walmart": a company's name after "the", one of its shops) says where, not whom.
 *
 * A capital (data/dict/capitals.dict) is its country's place in every phrase ("in Moscow", "a
 * Moscow court" RUSJUD, "residents of Beijing" CHNCVL) and its government only as a party of
 * an event, standing alone where a country's name would ("Moscow accused Kyiv": RUSGOV UKRGOV):
 * dyad_coder_as_party. A visit's destination stays a place ("Scholz visited Kyiv": UKR).
 * An agent located by a place takes its country (coder_located.c). A country named alone
 * (countries.dict, not places.dict or capitals.dict) may be the one a judgement is about
 * ('"Uganda is corrupt," said Odinga': coder_verdict.c); a city may not. */
#include "coder/coder_internal.h"
#include "coder/coder_words.h"

#include <string.h>

bool dyad_coder_locative(const dyad_coder_sent *x, int32_t n)
{
    static const char *const preps[] = {"in",     "near",   "inside", "outside",
                                        "around", "throughout", "across", "within"};
    const char *p = dyad_coder_prep(x, n);
    /* a later conjunct takes the first one's preposition ("in Romania and | Poland") */
    for (int guard = 0; !*p && guard < 8 && strcmp(dyad_coder_rel(x, n), "conj") == 0 &&
                        dyad_coder_head(x, n) >= 0;
         guard++) {
        n = dyad_coder_head(x, n);
        p = dyad_coder_prep(x, n);
    }
    return dyad_coder_is_any(p, preps, DYAD_ARRAY_LEN(preps));
}

bool dyad_coder_bare_place(const dyad_coder_actor *a)
{
    const char *c = a->a.code;
    return c && strlen(c) == 3 && c[0] != '"' && strcmp(c, "---") != 0 && !a->a.agent[0];
}

bool dyad_coder_country(dyad_coder_sent *x, int32_t n)
{
    /* countries.dict names countries and territories only (cities and regions are in
     * places.dict, capitals in capitals.dict, and a place the gazetteer gives is an entry of
     * none); a demonym ("Kenyans", "the Dutch") is no proper noun */
    const dyad_coder_actor *a = dyad_coder_actor_of(x, n);
    return x->s->tok[n].upos == DYAD_UPOS_PROPN && dyad_coder_bare_place(a) &&
           !(a->capital && a->capital[0]) && a->a.entry &&
           (strstr(a->a.entry, "/countries.dict:") || strstr(a->a.entry, "(countries.dict:"));
}

bool dyad_coder_where(dyad_coder_sent *x, int32_t n)
{
    return dyad_coder_locative(x, n) && dyad_coder_bare_place(dyad_coder_actor_of(x, n));
}

bool dyad_coder_site(const dyad_coder_sent *x, int32_t h)
{
    static const char *const sites[] = {
        "bridge", "street", "road",    "mosque",   "church",  "temple",   "hospital", "building",
        "court",  "city",   "town",    "village",  "area",    "region",   "camp",     "port",
        "airport", "station", "school", "hotel", "prison", "neighborhood",
        "neighbourhood", "district", "province", "slum", "square", "park", "stadium", "market"};
    return dyad_coder_gathering(x, h) || dyad_coder_boundary(x, h) ||
           dyad_coder_is_any(x->lemma[h], sites, DYAD_ARRAY_LEN(sites));
}

bool dyad_coder_boundary(const dyad_coder_sent *x, int32_t n)
{
    static const char *const edges[] = {"border", "frontier", "boundary", "borderline"};
    return dyad_coder_is_any(x->lemma[n], edges, DYAD_ARRAY_LEN(edges));
}

bool dyad_coder_travel(const dyad_coder_sent *x, int32_t v)
{
    static const char *const go[] = {"arrive", "travel", "fly",  "go",      "come",
                                     "return", "land",   "tour", "journey", "visit"};
    return dyad_coder_is_any(x->lemma[v], go, DYAD_ARRAY_LEN(go));
}

bool dyad_coder_gathering(const dyad_coder_sent *x, int32_t h)
{
    static const char *const meets[] = {"summit",  "summits",   "conference", "conferences",
                                        "meeting", "meetings",  "forum",      "gathering",
                                        "talks",   "symposium", "convention"};
    static dyad_coder_words meet_set = DYAD_CODER_WORDS(meets);
    if (dyad_coder_in_words(x->form[h], &meet_set))
        return true;
    /* "an assembly of foreign ministers"; "the National Assembly" is a legislature */
    int32_t d = dyad_coder_kid(x, h, "det");
    return dyad_coder_is(x->form[h], "assembly") && d >= 0 &&
           (dyad_coder_is(x->lemma[d], "a") || dyad_coder_is(x->lemma[d], "an"));
}

bool dyad_coder_hosted(dyad_coder_sent *x, int32_t h, int32_t k)
{
    if (dyad_coder_gathering(x, h))
        return true;
    static const char *const missions[] = {"embassy", "embassies", "consulate", "consulates",
                                           "mission"};
    return dyad_coder_is_any(x->form[h], missions, DYAD_ARRAY_LEN(missions)) && dyad_coder_where(x, k);
}

bool dyad_coder_venue(dyad_coder_sent *x, int32_t n)
{
    static const char *const venues[] = {"assembly", "summit",  "conference", "meeting",
                                         "forum",    "session", "ceremony",   "rally"};
    int32_t hd = n; /* the phrase's head: "UN" in "UN General Assembly" is its compound */
    for (int guard = 0; guard < 4 && dyad_coder_head(x, hd) >= 0 &&
                        (dyad_coder_has_dep(dyad_coder_rel(x, hd), "compound") ||
                         dyad_coder_has_dep(dyad_coder_rel(x, hd), "flat"));
         guard++)
        hd = dyad_coder_head(x, hd);
    /* "on the sidelines of the UN General Assembly": beside a venue */
    static const char *const edges[] = {"sideline", "sidelines", "margin", "margins", "fringe",
                                        "fringes"};
    const char *prep = dyad_coder_prep(x, hd);
    if ((dyad_coder_is(prep, "on") || dyad_coder_is(prep, "at")) &&
        dyad_coder_is_any(x->form[hd], edges, DYAD_ARRAY_LEN(edges)))
        return true;
    if (!dyad_coder_is(dyad_coder_prep(x, hd), "at"))
        return false;
    if (dyad_coder_is_any(x->lemma[hd], venues, DYAD_ARRAY_LEN(venues)))
        return true;
    /* "arrived at the Walmart": a company's name after "the" is one of its shops or sites */
    int32_t d = dyad_coder_kid(x, hd, "det");
    const dyad_coder_actor *a = dyad_coder_actor_of(x, hd);
    return d >= 0 && dyad_coder_is(x->lemma[d], "the") && x->s->tok[hd].upos == DYAD_UPOS_PROPN &&
           a->a.entry && strstr(a->a.entry, "companies.dict:");
}

bool dyad_coder_pattern_where(dyad_coder_sent *x, int32_t v, const dyad_pattern *p, int32_t t)
{
    /* "in hospital"; "demands justice at the UN General Assembly": where, not whom */
    bool site = (dyad_coder_locative(x, t) && dyad_coder_site(x, t)) || dyad_coder_venue(x, t);
    /* "met X on the sidelines of | the UN General Assembly": t in the of-phrase of a venue */
    for (int32_t up = t, guard = 0; !site && guard < 4; guard++) {
        if (!dyad_coder_has_dep(dyad_coder_rel(x, up), "nmod") ||
            !dyad_coder_is(dyad_coder_prep(x, up), "of") || dyad_coder_head(x, up) < 0)
            break;
        up = dyad_coder_head(x, up);
        site = dyad_coder_venue(x, up);
    }
    if (!dyad_coder_aside(x, t) && !site &&
        (dyad_coder_travel(x, v) || !dyad_coder_where(x, t)))
        return false; /* "according to X", "after X" are no target even of travel */
    const char *prep = dyad_coder_prep(x, t);
    for (int32_t i = 0; i + 1 < p->n; i++)
        if (p->elem[i + 1].kind == DYAD_PE_TARGET && p->elem[i].kind == DYAD_PE_WORD &&
            dyad_coder_is(p->elem[i].word, prep))
            return false;
    return true;
}

const dyad_coder_actor *dyad_coder_as_party(const dyad_coder_actor *a, dyad_coder_actor *tmp)
{
    if (!a->capital || strlen(a->capital) <= 3 || strcmp(a->a.code, a->a.root) != 0)
        return a;
    *tmp = *a;
    tmp->a.code = a->capital;
    tmp->a.agent = a->capital + 3;
    return tmp;
}
