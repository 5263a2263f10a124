/* places.h — events counted by where they happened: per country, per first-level division,
 * or per point (the map). Reads the location the geo stage gave each event. */
#ifndef DYAD_PLACES_H
#define DYAD_PLACES_H

#include "base/common.h"
#include "base/strbuf.h"
#include "coder/event.h"

typedef enum { DYAD_PLACES_COUNTRY, DYAD_PLACES_ADMIN1, DYAD_PLACES_POINT } dyad_places_by;

/* "country", "admin1" -> by; -1 for any other word (a period). */
DYAD_INTERNAL int dyad_places_by_parse(const char *s);

typedef struct dyad_place_row {
    const char *country, *admin1, *name; /* borrowed from the tally; "" where not kept */
    double lat, lon;                      /* DYAD_PLACES_POINT only */
    long events;
    long quad[4];                         /* verbal coop, material coop, verbal conflict,
                                             material conflict */
    double gsum;
} dyad_place_row;

typedef struct dyad_places dyad_places; /* opaque */

DYAD_INTERNAL int dyad_places_new(dyad_places **out, int by, dyad_err *err);
DYAD_INTERNAL void dyad_places_free(dyad_places *p);
/* Counts one event at loc. 1 when counted, 0 when loc is NULL (not placed), DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_places_add(dyad_places *p, const dyad_location *loc, int quad,
                                  double goldstein);
/* The rows, most events first (then by key); *n gets the count; owned by the tally and valid
 * until the next add. NULL on out of memory. */
DYAD_INTERNAL const dyad_place_row *dyad_places_rows(dyad_places *p, int *n);
/* Appends the CSV: "country,events,verbal_coop,material_coop,verbal_conflict,
 * material_conflict,goldstein_sum,goldstein_mean" (by admin1: "country,admin1,events,...")
 * and one line per row, most events first. */
DYAD_INTERNAL void dyad_places_csv(dyad_places *p, dyad_strbuf *sb);

#endif
