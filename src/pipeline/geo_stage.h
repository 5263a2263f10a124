/* geo_stage.h — the geo stage of `dyad code`: after the coder, each document's events get
 * where they happened (src/geo). Off with --no-geo, or when no gazetteer index is installed
 * (then dyad_geo_stage_note says so). */
#ifndef DYAD_GEO_STAGE_H
#define DYAD_GEO_STAGE_H

#include "coder/event.h"
#include "text/doc.h"

typedef struct dyad_geo_stage dyad_geo_stage; /* opaque */

/* Opens the gazetteer: path, or the default (dyad_gaz_default_path) when NULL. With off, or
 * when the default index is absent, the stage does nothing (*out is still made). An explicit
 * path that cannot be opened, or a damaged index, is an error (DYAD_ENOTFOUND,
 * DYAD_ECORRUPT, ...). */
DYAD_INTERNAL int dyad_geo_stage_new(dyad_geo_stage **out, const char *path, bool off,
                                     dyad_err *err);
DYAD_INTERNAL void dyad_geo_stage_free(dyad_geo_stage *gs);
/* Places the events of doc (dyad_geo_locate); a no-op when the stage is off. Thread-safe. */
DYAD_INTERNAL int dyad_geo_stage_run(const dyad_geo_stage *gs, dyad_doc *doc,
                                     dyad_event_list *ev, dyad_err *err);
/* The country a place name clearly stands for, by the gazetteer (dyad_geo_place_country);
 * gs is the stage. For the coder (dyad_glue_set_places): kept with --no-geo too, so that the
 * events' actors do not depend on whether they are placed. Thread-safe. */
DYAD_INTERNAL bool dyad_geo_stage_place_country(const void *gs, const char *name, size_t n,
                                                char iso3[4]);
/* Whether the stage has a gazetteer for dyad_geo_stage_place_country. */
DYAD_INTERNAL bool dyad_geo_stage_has_places(const dyad_geo_stage *gs);
/* Why events are not placed ("no gazetteer at PATH ..."), or NULL when the stage is on or was
 * turned off on purpose. */
DYAD_INTERNAL const char *dyad_geo_stage_note(const dyad_geo_stage *gs);

#endif
