/* geo_resolve.c — scores the readings of a place name (geo_resolve.h). "Madrid" in a
 * Philippine story is the Philippine town (the story share outweighs Spain's population);
 * "Paris" alone is France's capital (population and the capital bonus); "Georgia" after
 * "Tbilisi" is the country (the story share) and, in an American story, the state. */
#include "geo/geo_resolve.h"

#include <math.h>
#include <string.h>

void dyad_geo_story_add(dyad_geo_story *st, const char *iso3, double w)
{
    if (!iso3 || strlen(iso3) != 3)
        return;
    int i = 0;
    while (i < st->n && memcmp(st->code[i], iso3, 4) != 0)
        i++;
    if (i == st->n) {
        if (st->n == GEO_STORY_MAX)
            return;
        memcpy(st->code[i], iso3, 4);
        st->weight[i] = 0;
        st->n++;
    }
    st->weight[i] += w;
    if (st->weight[i] > st->top)
        st->top = st->weight[i];
}

double dyad_geo_story_share(const dyad_geo_story *st, const char *iso3)
{
    for (int i = 0; st && i < st->n && st->top > 0; i++)
        if (memcmp(st->code[i], iso3, 4) == 0)
            return st->weight[i] / st->top;
    return 0;
}

/* True when qualifier mention q has a reading that contains p (its division or country). */
static bool qualifies(const dyad_gaz *gaz, const dyad_geo_mention *q, const dyad_place *p)
{
    for (uint32_t i = 0; i < q->n; i++) {
        dyad_place c;
        dyad_gaz_place(gaz, q->ids[i], &c);
        if (strcmp(c.country, p->country) != 0)
            continue;
        if (c.level == DYAD_GEO_COUNTRY && p->level != DYAD_GEO_COUNTRY)
            return true;
        if (c.level == DYAD_GEO_ADMIN1 && p->level == DYAD_GEO_CITY && strcmp(c.name, p->admin1) == 0)
            return true;
    }
    return false;
}

static double score(const dyad_gaz *gaz, const dyad_geo_mentions *all, const dyad_geo_mention *m,
                    const dyad_place *p, const dyad_geo_story *st, const dyad_geo_actors *actors)
{
    static const double rank_bonus[] = {0, 0.2, 0.5, 1.5};
    double s = (p->level == DYAD_GEO_COUNTRY ? 2.0 : 0.0) + 0.8 * log10((double)p->population + 1) +
               rank_bonus[p->rank & 3] + 5.0 * dyad_geo_story_share(st, p->country);
    for (int k = 0; actors && k < 2; k++)
        if (actors->root[k] && strcmp(actors->root[k], p->country) == 0) {
            s += 2.0;
            break;
        }
    if (m->qualifier >= 0 && qualifies(gaz, &all->m[m->qualifier], p))
        s += 6.0;
    return s;
}

uint32_t dyad_geo_resolve(const dyad_gaz *gaz, const dyad_geo_mentions *all, int32_t mi,
                          const dyad_geo_story *st, const dyad_geo_actors *actors,
                          dyad_place *best)
{
    const dyad_geo_mention *m = &all->m[mi];
    uint32_t best_id = m->ids[0];
    double best_s = -1e9;
    for (uint32_t i = 0; i < m->n; i++) {
        dyad_place p;
        dyad_gaz_place(gaz, m->ids[i], &p);
        double s = score(gaz, all, m, &p, st, actors);
        if (s > best_s) {
            best_s = s;
            best_id = m->ids[i];
            *best = p;
        }
    }
    return best_id;
}

bool dyad_geo_unambiguous(const dyad_gaz *gaz, const dyad_geo_mention *m)
{
    if (m->n == 1)
        return true;
    dyad_place a, b;
    dyad_gaz_place(gaz, m->ids[0], &a);
    dyad_gaz_place(gaz, m->ids[1], &b);
    if (b.level != DYAD_GEO_CITY) /* "Georgia": a country and a state */
        return false;
    return a.level == DYAD_GEO_COUNTRY || (double)a.population >= 10.0 * (double)b.population;
}
