/* geo_words.c — word lists for place extraction (geo_words.h), written for dyad. Words are
 * compared without regard to ASCII case. */
#include "geo/geo_words.h"

#include <strings.h>

static bool in_list(const char *w, size_t n, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strncasecmp(w, list[i], n) == 0 && list[i][n] == '\0')
            return true;
    return false;
}

#define IN(list) in_list(w, n, list, DYAD_ARRAY_LEN(list))

int dyad_geo_locative_prep(const char *w, size_t n)
{
    static const char *const strong[] = {"in", "at", "near", "outside", "inside", "around",
                                         "across", "throughout", "within", "nearby", "off",
                                         "over", "on"};
    static const char *const weak[] = {"into", "to", "towards", "toward"};
    return in_list(w, n, strong, DYAD_ARRAY_LEN(strong)) ? 2
           : in_list(w, n, weak, DYAD_ARRAY_LEN(weak)) ? 1 : 0;
}

bool dyad_geo_place_noun(const char *w, size_t n)
{
    static const char *const l[] = {
        "province", "provinces", "city", "town", "village", "region", "district", "state",
        "capital", "outskirts", "suburbs", "suburb", "border", "county", "area", "port",
        "governorate", "oblast", "municipality", "island", "islands", "coast", "centre",
        "center", "north", "south", "east", "west", "part", "parts", "heart", "streets",
        "enclave", "territory", "prefecture", "department", "neighbourhood", "neighborhood",
        "outpost", "camp", "valley", "republic", "kingdom", "emirate", "strip", "port city",
        "resort", "hometown", "stronghold"};
    return IN(l);
}

bool dyad_geo_filler(const char *w, size_t n)
{
    static const char *const l[] = {
        "the", "a", "an", "northern", "southern", "eastern", "western", "central",
        "northeastern", "northwestern", "southeastern", "southwestern", "north", "south",
        "east", "west", "restive", "nearby", "neighbouring", "neighboring", "war-torn",
        "occupied", "rebel-held", "besieged", "embattled", "remote", "coastal", "capital",
        "border", "key", "strategic", "troubled", "volatile", "disputed", "breakaway",
        "mountainous", "far", "downtown", "central", "rural", "northern-most", "of", "its",
        "their", "his", "her", "eastern-most", "city", "town", "province", "region", "port",
        "oil", "northeast", "northwest", "southeast", "southwest", "mainly", "predominantly"};
    return IN(l);
}

bool dyad_geo_connector(const char *w, size_t n)
{
    static const char *const l[] = {"de", "del", "da", "do", "dos", "das", "of", "and", "the",
                                    "al", "el", "la", "le", "les", "du", "des", "upon",
                                    "on", "am", "an", "der", "di", "i", "y", "e", "&"};
    return IN(l);
}

bool dyad_geo_not_place(const char *w, size_t n)
{
    static const char *const l[] = {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "parliament", "congress", "senate",
        "court", "government", "police", "army", "president", "minister", "state", "city",
        "islam", "god", "christmas", "easter", "ramadan", "english", "arabic", "french",
        "spanish", "the", "mr", "mrs", "ms", "dr", "general", "union", "independence",
        "university", "airport", "hospital", "ministry", "council", "office", "party", "new",
        "north", "south", "east", "west", "central", "federal", "national", "republic",
        "kingdom", "capital", "obama", "trump", "reuters", "twitter", "facebook", "media",
        "taliban", "eu", "hope", "victory", "liberty", "freedom", "mission", "unity", "progress", "eagle",
        "police", "justice", "summit", "assembly", "house", "white", "time", "times", "post",
        "world", "europe", "asia", "africa", "americas", "middle", "gulf", "internet"};
    return IN(l);
}

bool dyad_geo_person_like(const char *w, size_t n)
{
    static const char *const l[] = {
        "jordan", "chad", "georgia", "victoria", "florence", "charlotte", "austin", "lincoln",
        "madison", "orlando", "eugene", "jackson", "regina", "sydney", "paris", "israel",
        "troy", "warren", "chester", "marion", "clinton", "houston", "dallas", "denver",
        "quincy", "lafayette", "beverly", "shelby", "aurora", "savannah", "augusta", "laval",
        "salem", "vernon", "harrison", "monroe", "carson", "tyler", "kent", "logan", "vance"};
    return IN(l);
}
