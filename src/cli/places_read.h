/* places_read.h — reads event files into a tally of places, for `dyad series --by country`
 * and `dyad plot --map`. */
#ifndef DYAD_PLACES_READ_H
#define DYAD_PLACES_READ_H

#include "agg/dedup.h"
#include "agg/places.h"

/* Counts every event of the files (JSONL, TSV or SQLite, as dyad code writes them) per place
 * (by: dyad_places_by) into a new tally *out (the caller frees it, also on failure); with
 * one_a_day only the first of each (date, source, target, code). Events without a location
 * are counted in *unplaced. Messages name cmd ("series"). Returns an exit code (commands.h). */
int dyad_read_places(const char *cmd, int by, bool one_a_day, char **files, int nfiles,
                     dyad_places **out, long *unplaced);

#endif
