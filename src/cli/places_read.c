/* places_read.c — event files into a place tally (places_read.h). */
#include "cli/places_read.h"

#include "cli/commands.h"
#include "io/event_read.h"

#include <stdio.h>

static int read_file(const char *cmd, dyad_places *p, dyad_oad *oad, const char *path,
                     long *unplaced)
{
    dyad_err err;
    dyad_err_clear(&err);
    dyad_evread *r;
    if (dyad_evread_open(&r, path, &err) != DYAD_OK) {
        fprintf(stderr, "dyad %s: %s\n", cmd, err.msg);
        return err.code == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
    }
    dyad_evrec rec;
    int g, rc = DYAD_EXIT_OK;
    while ((g = dyad_evread_next(r, &rec, &err)) != 0) {
        if (g < 0) {
            fprintf(stderr, "dyad %s: %s\n", cmd, err.msg);
            if (g == DYAD_EFORMAT)
                continue;
            rc = g == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : DYAD_EXIT_DATA;
            break;
        }
        const dyad_event *e = &rec.ev;
        if (oad) {
            int k = dyad_oad_first(oad, rec.date, e->source.code, e->target.code, e->code);
            if (k < 0) {
                rc = DYAD_EXIT_INTERNAL;
                break;
            }
            if (k == 0)
                continue;
        }
        int a = dyad_places_add(p, e->loc, e->quad, e->goldstein);
        if (a < 0) {
            fprintf(stderr, "dyad %s: out of memory\n", cmd);
            rc = DYAD_EXIT_INTERNAL;
            break;
        }
        *unplaced += a == 0;
    }
    dyad_evread_close(r);
    return rc;
}

int dyad_read_places(const char *cmd, int by, bool one_a_day, char **files, int nfiles,
                     dyad_places **out, long *unplaced)
{
    dyad_err err;
    dyad_oad *oad = NULL;
    *unplaced = 0;
    if (dyad_places_new(out, by, &err) != DYAD_OK || (one_a_day && dyad_oad_new(&oad, &err) != DYAD_OK)) {
        fprintf(stderr, "dyad %s: out of memory\n", cmd);
        return DYAD_EXIT_INTERNAL;
    }
    int rc = DYAD_EXIT_OK;
    for (int i = 0; i < nfiles && rc == DYAD_EXIT_OK; i++)
        rc = read_file(cmd, *out, oad, files[i], unplaced);
    dyad_oad_free(oad);
    return rc;
}
