/* geo_stage.c — the geo stage for the pipeline (geo_stage.h): owns the dyad_geo, runs it on
 * each coded document. */
#include "pipeline/geo_stage.h"

#include "base/alloc.h"
#include "geo/gaz.h"
#include "geo/geo.h"

#include <stdio.h>

struct dyad_geo_stage {
    dyad_geo *geo;   /* NULL when no gazetteer could be opened */
    bool off;        /* --no-geo: events are not placed (geo still names places' countries) */
    char note[600];  /* why it is off when it was not asked to be, or "" */
};

int dyad_geo_stage_new(dyad_geo_stage **out, const char *path, bool off, dyad_err *err)
{
    *out = NULL;
    dyad_geo_stage *gs = dyad_calloc(1, sizeof *gs);
    if (!gs)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    gs->off = off;
    if (off) { /* the coder's located agents still read the gazetteer, when there is one */
        char buf[4096];
        dyad_err e;
        dyad_err_clear(&e);
        if (dyad_geo_new(&gs->geo, path ? path : dyad_gaz_default_path(buf, sizeof buf), &e) !=
            DYAD_OK)
            gs->geo = NULL;
    } else {
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
    return gs && gs->geo && !gs->off ? dyad_geo_locate(gs->geo, doc, ev, err) : DYAD_OK;
}

bool dyad_geo_stage_place_country(const void *gs, const char *name, size_t n, char iso3[4])
{
    const dyad_geo_stage *g = gs;
    return g && g->geo && dyad_geo_place_country(g->geo, name, n, iso3);
}

bool dyad_geo_stage_has_places(const dyad_geo_stage *gs)
{
    return gs && gs->geo;
}

const char *dyad_geo_stage_note(const dyad_geo_stage *gs)
{
    return gs && gs->note[0] ? gs->note : NULL;
}
