/* geo_country.c — the one country a place name stands for, for the coder's located agents
 * ("a court in Multan": PAK; src/coder/coder_place.c dyad_coder_located).
 *
 * The name alone decides, with no story to weigh readings by (geo_resolve.c does that for an
 * event's place), so only a clear name gives a country: its most populous reading is a country,
 * a first-level division or a town of 20,000 people or more, and no reading of another country
 * has a tenth of its population ("Paris": FRA, though Texas has one; "Punjab": none, India's and
 * Pakistan's are both large; "Victoria": none). */
#include "geo/geo.h"

#include <string.h>

#include "geo/gaz.h"
#include "geo/geo_name.h"

/* Smallest town that may name a country alone. */
#define TOWN_MIN 20000u

bool dyad_geo_place_country(const void *geo, const char *name, size_t n, char iso3[4])
{
    const dyad_gaz *gaz = geo ? dyad_geo_gazetteer(geo) : NULL;
    char key[DYAD_GEO_KEY_MAX];
    size_t kn = gaz ? dyad_geo_norm(name, n, key, sizeof key) : 0;
    const uint32_t *ids = NULL;
    uint32_t nids = kn ? dyad_gaz_find(gaz, key, kn, &ids) : 0;
    if (!nids)
        return false;
    dyad_place best;
    dyad_gaz_place(gaz, ids[0], &best);
    if (!best.country || strlen(best.country) != 3 ||
        (best.level == DYAD_GEO_CITY && best.population < TOWN_MIN))
        return false;
    for (uint32_t i = 1; i < nids; i++) {
        dyad_place p;
        dyad_gaz_place(gaz, ids[i], &p);
        if (p.country && strcmp(p.country, best.country) != 0 &&
            10.0 * (double)p.population >= (double)best.population)
            return false;
    }
    memcpy(iso3, best.country, 4);
    return true;
}
