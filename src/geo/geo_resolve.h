/* geo_resolve.h — which place a name means: the story's countries, the event's actors, then
 * administrative level and population (private to src/geo). */
#ifndef DYAD_GEO_RESOLVE_H
#define DYAD_GEO_RESOLVE_H

#include "geo/geo_mention.h"

#define GEO_STORY_MAX 32

/* The countries a story is about, weighted: how often it names them (countries and places
 * with one reading), its dateline's country, its events' actors. */
typedef struct dyad_geo_story {
    char code[GEO_STORY_MAX][4]; /* ISO alpha-3 */
    double weight[GEO_STORY_MAX];
    int n;
    double top;                  /* the largest weight */
} dyad_geo_story;

DYAD_INTERNAL void dyad_geo_story_add(dyad_geo_story *st, const char *iso3, double w);
/* weight / top for country iso3: 1 for the story's main country, 0 for one it never names. */
DYAD_INTERNAL double dyad_geo_story_share(const dyad_geo_story *st, const char *iso3);

/* The event's side of the choice: its actors' countries (CAMEO roots, "AFG"); NULL entries
 * are skipped. */
typedef struct dyad_geo_actors {
    const char *root[2];
} dyad_geo_actors;

/* The best reading (a gazetteer id) of mention mi of all: the highest score of
 *   level prior (country 2) + 0.8 log10(population + 1) + capital / division-seat bonus
 *   + 5 * story share of its country + 2 when an actor of the event is of its country
 *   + 6 when the name after its comma is its division or country ("Paris, Texas").
 * actors may be NULL. Fills *best with the place. */
DYAD_INTERNAL uint32_t dyad_geo_resolve(const dyad_gaz *gaz, const dyad_geo_mentions *all,
                                        int32_t mi, const dyad_geo_story *st,
                                        const dyad_geo_actors *actors, dyad_place *best);

/* True when the mention's reading is clear without context: one place, a country or
 * division beside towns only, or a first reading ten times as populous as the second. */
DYAD_INTERNAL bool dyad_geo_unambiguous(const dyad_gaz *gaz, const dyad_geo_mention *m);

#endif
