/* geo.h — the geo stage: where each coded event happened.
 *
 * Runs after the coder on one document and its events. Place names are found in locative
 * phrases ("in Kabul", "at the border near Rafah", "in the northern province of Helmand"),
 * in the dateline ("KABUL, Jan 3 (Reuters) -") and anywhere in the article (for the story's
 * countries); each event gets the place of its own sentence (one its verb governs first),
 * else the dateline's, else the article's most named place (dyad_location.how says which).
 * Names with several places are resolved by the story's countries and the event's actors,
 * then by administrative level and population (geo_resolve.c). Read-only once made: one
 * dyad_geo serves every worker thread. */
#ifndef DYAD_GEO_H
#define DYAD_GEO_H

#include "coder/event.h"
#include "text/doc.h"

typedef struct dyad_geo dyad_geo; /* opaque */

/* Opens the gazetteer index at path (NULL: dyad_gaz_default_path). DYAD_ENOTFOUND when the
 * index is absent (`make deps && make` builds it). The caller owns *out (dyad_geo_free). */
DYAD_INTERNAL int dyad_geo_new(dyad_geo **out, const char *path, dyad_err *err);
DYAD_INTERNAL void dyad_geo_free(dyad_geo *g);

/* Sets ev->ev[i].loc for every event of doc that can be placed (NULL for the others); the
 * locations live in doc->arena, their place strings in g. Sentences need tokens; heads, when
 * the parser gave them, tell which place the event's verb governs. DYAD_OK or DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_geo_locate(const dyad_geo *g, dyad_doc *doc, dyad_event_list *ev,
                                  dyad_err *err);

/* The country (ISO alpha-3, into iso3) that the place name name[0..n) clearly stands for, by
 * the gazetteer of geo (a const dyad_geo *) alone: false when it is no place, too small a town,
 * or several countries' (geo_country.c). Fits dyad_coder_place_fn (dyad_coder_set_places). */
DYAD_INTERNAL bool dyad_geo_place_country(const void *geo, const char *name, size_t n,
                                          char iso3[4]);

/* The gazetteer under g (for look-ups by tests and tools). */
struct dyad_gaz;
DYAD_INTERNAL const struct dyad_gaz *dyad_geo_gazetteer(const dyad_geo *g);

#endif
