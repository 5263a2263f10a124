/* places_read.h — reads event files into a tally of places, for `dyad series --by country`
 * and `dyad plot --map`. */
#ifndef DYAD_PLACES_READ_H
#define DYAD_PLACES_READ_H

#include "agg/dedup.h"
#include "agg/places.h"

/* Adds every event of path (JSONL, TSV or SQLite, as dyad code writes them) to p; with oad,
 * only the first of each (date, source, target, code). Events without a location are counted
 * in *unplaced. Messages name cmd ("series"). Returns an exit code (commands.h). */
int dyad_read_places(const char *cmd, dyad_places *p, dyad_oad *oad, const char *path,
                     long *unplaced);

#endif
