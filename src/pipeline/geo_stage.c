/* geo_stage.c — the geo stage for the pipeline (geo_stage.h): owns the dyad_geo, runs it on
 * each coded document. */
#include "pipeline/geo_stage.h"

#include "base/alloc.h"
#include "geo/gaz.h"
#include "geo/geo.h"

#include <stdio.h>

struct dyad_geo_stage {
    dyad_geo *geo;   /* NULL when off */
    char note[600];  /* why it is off when it was not asked to be, or "" */
};

int dyad_geo_stage_new(dyad_geo_stage **out, const char *path, bool off, dyad_err *err)
{
    *out = NULL;
    dyad_geo_stage *gs = dyad_calloc(1, sizeof *gs);
    if (!gs)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    if (!off) {
        char buf[4096];
        const char *p = path ? path : dyad_gaz_default_path(buf, sizeof buf);
        dyad_err e;
        dyad_err_clear(&e);
        int rc = dyad_geo_new(&gs->geo, p, &e);
        if (rc == DYAD_ENOTFOUND && !path) {
            snprintf(gs->note, sizeof gs->note,
                     "no gazetteer at %s: events are not placed (`make deps && make` builds it)", p);
        } else if (rc != DYAD_OK) {
            *err = e;
            dyad_free(gs);
            return rc;
        }
    }
    *out = gs;
    return DYAD_OK;
}

void dyad_geo_stage_free(dyad_geo_stage *gs)
{
    if (!gs)
        return;
    dyad_geo_free(gs->geo);
    dyad_free(gs);
}

int dyad_geo_stage_run(const dyad_geo_stage *gs, dyad_doc *doc, dyad_event_list *ev,
                       dyad_err *err)
{
    return gs && gs->geo ? dyad_geo_locate(gs->geo, doc, ev, err) : DYAD_OK;
}

const char *dyad_geo_stage_note(const dyad_geo_stage *gs)
{
    return gs && gs->note[0] ? gs->note : NULL;
}
