/* map.h — an SVG world map of where events happened (dyad plot --map). */
#ifndef DYAD_MAP_H
#define DYAD_MAP_H

#include "agg/places.h"
#include "base/strbuf.h"

/* Equirectangular map (longitude -180..180 left to right, latitude 90..-90 top to bottom)
 * with a 30-degree graticule (no coastlines: dyad ships none), one dot per place sized by
 * its event count (area proportional) and coloured by its most frequent quad class, a
 * <title> on each dot naming the place and its counts, the quad-class legend. rows: per-point
 * rows (DYAD_PLACES_POINT). No rows: DYAD_ENOTFOUND. */
DYAD_INTERNAL int dyad_map_svg(dyad_strbuf *sb, const dyad_place_row *rows, int n,
                               long unplaced, dyad_err *err);

#endif
