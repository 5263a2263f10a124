/* coder_thing.c — a thing named after a country is no actor of that country.
 *
 * "supported the Eighteenth Amendment to the United States Constitution", "clarifications of
 * EU law", "until Sweden joined the Paris Agreement", "formerly a Greek Orthodox church", "coral off the coast of Fiji", "official Israeli
 * territory", "the Internal Revenue Service website": the phrase's head is a document, a
 * building, a stretch of land or water, a scheme or a website, and the country stands only in a modifier, so the phrase names nobody who acts or
 * is acted on. A building is one only as a bare or indefinite singular, what something is or
 * becomes ("converting Hagia Sophia to a mosque"); "the mosque", "Shia mosques" attacked are
 * the faithful's. Territory, waters and airspace stay their country's ("withdrew from Lebanese
 * territory"). A possessor that is an actor keeps it ("Russia's plan to ..." stays Russia's),
 * as does a dictionary name that takes in the head ("the Russian Orthodox Church"). */
#include "coder/coder_internal.h"
#include "coder/coder_words.h"

/* Heads that are things whatever their tag ("the U.S. Constitution" is a proper noun). */
static const char *const things[] = {
    "constitution", "constitutions", "amendment", "amendments", "law",       "laws",
    "clause",       "coast",         "coasts",    "coastline",  "shore",     "shores",
    "program",      "programs",      "programme", "programmes", "plan",      "plans",
    "reward",       "case",          "cases",     "video",      "videos",    "flag",
    "flags",        "currency",      "dollar",    "dollars",    "agreement", "agreements",
    "accord",       "accords",       "treaty",    "treaties",   "protocol",  "protocols",
    "website",      "websites",      "webpage",   "webpages"};
static dyad_coder_words thing_set = DYAD_CODER_WORDS(things);

/* Buildings, as singular common nouns only ("the Church" may be the institution). */
static const char *const buildings[] = {"church", "mosque", "temple", "synagogue", "cathedral"};

/* h has no definite determiner ("a church", "mosque"; not "the mosque", "this church"). */
static bool indefinite(const dyad_coder_sent *x, int32_t h)
{
    static const char *const defs[] = {"the", "this", "that", "these", "those"};
    int32_t d = dyad_coder_kid(x, h, "det");
    return d < 0 || !dyad_coder_is_any(x->lemma[d], defs, DYAD_ARRAY_LEN(defs));
}

bool dyad_coder_thing(dyad_coder_sent *x, int32_t h, int32_t at, int32_t len)
{
    const char *w = x->form[h];
    bool thing = dyad_coder_in_words(w, &thing_set) ||
                 (x->s->tok[h].upos == DYAD_UPOS_NOUN && indefinite(x, h) &&
                  dyad_coder_is_any(w, buildings, DYAD_ARRAY_LEN(buildings)));
    if (!thing || (at >= 0 && at <= h && h < at + len))
        return false;
    int32_t p = dyad_coder_kid(x, h, "nmod:poss");
    return p < 0 || !dyad_coder_actor_of(x, p)->a.code[0];
}
