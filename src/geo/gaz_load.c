/* gaz_load.c — opens a gazetteer index, checks every offset once, answers name look-ups. */
#include "geo/gaz.h"

#include "base/alloc.h"
#include "base/paths.h"
#include "geo/gaz_format.h"
#include "geo/geo_name.h"
#include "nlp/model_file.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dyad_gaz {
    dyad_mfile mf;
    const uint32_t *places, *slots, *posts;
    const char *str;
    uint32_t nplaces, nslots, nposts, nstr, source, nkeys;
};

const char *dyad_gaz_default_path(char *buf, size_t n)
{
    const char *env = getenv("DYAD_GAZETTEER");
    if (env && env[0]) {
        snprintf(buf, n, "%s", env);
        return buf;
    }
    return dyad_data_path(buf, n, DYAD_GAZ_FILE);
}

/* True when off is a string offset whose string ends inside the string section. */
static bool str_ok(const dyad_gaz *g, uint32_t off)
{
    return off < g->nstr && memchr(g->str + off, '\0', g->nstr - off) != NULL;
}

static int check(dyad_gaz *g, dyad_err *err)
{
    const char *path = g->mf.path;
    if (g->nstr == 0 || g->str[g->nstr - 1] != '\0' || !str_ok(g, g->source) ||
        (g->nslots & (g->nslots - 1)) != 0 || g->nslots == 0)
        return dyad_err_set(err, DYAD_ECORRUPT, "%s: bad gazetteer tables", path);
    for (uint32_t i = 0; i < g->nplaces; i++) {
        const uint32_t *p = g->places + (size_t)i * GAZ_PLACE_WORDS;
        if (!str_ok(g, p[0]) || !str_ok(g, p[1]) || !str_ok(g, p[2]) || (p[7] & 0xFF) > 2)
            return dyad_err_set(err, DYAD_ECORRUPT, "%s: place %u is damaged", path, i);
    }
    for (uint32_t i = 0; i < g->nslots; i++) {
        const uint32_t *s = g->slots + (size_t)i * GAZ_SLOT_WORDS;
        if (s[0] == GAZ_EMPTY)
            continue;
        if (!str_ok(g, s[0]) || s[1] > g->nposts || s[2] > g->nposts - s[1])
            return dyad_err_set(err, DYAD_ECORRUPT, "%s: name slot %u is damaged", path, i);
    }
    for (uint32_t i = 0; i < g->nposts; i++)
        if (g->posts[i] >= g->nplaces)
            return dyad_err_set(err, DYAD_ECORRUPT, "%s: posting %u is damaged", path, i);
    return DYAD_OK;
}

int dyad_gaz_open(dyad_gaz **out, const char *path, dyad_err *err)
{
    *out = NULL;
    dyad_gaz *g = dyad_calloc(1, sizeof *g);
    if (!g)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    int rc = dyad_mf_open(&g->mf, path, err);
    if (rc != DYAD_OK) {
        dyad_free(g);
        return rc;
    }
    dyad_mcur c;
    const uint32_t *meta = NULL;
    if ((rc = dyad_mf_section(&g->mf, "gaz.meta", &c, err)) == DYAD_OK) {
        meta = dyad_mcur_array(&c, GAZ_META_WORDS, 4, 4);
        rc = dyad_mcur_check(&c, err);
    }
    if (rc == DYAD_OK) {
        g->nplaces = meta[0], g->nslots = meta[1], g->nposts = meta[2], g->nstr = meta[3];
        g->source = meta[4], g->nkeys = meta[5];
    }
    struct { const char *name; const void **p; size_t count, elem; } secs[] = {
        {"gaz.places", (const void **)&g->places, (size_t)g->nplaces * GAZ_PLACE_WORDS, 4},
        {"gaz.slots", (const void **)&g->slots, (size_t)g->nslots * GAZ_SLOT_WORDS, 4},
        {"gaz.posts", (const void **)&g->posts, g->nposts, 4},
        {"gaz.str", (const void **)&g->str, g->nstr, 1}};
    for (size_t i = 0; rc == DYAD_OK && i < DYAD_ARRAY_LEN(secs); i++) {
        if ((rc = dyad_mf_section(&g->mf, secs[i].name, &c, err)) != DYAD_OK)
            break;
        *secs[i].p = dyad_mcur_array(&c, secs[i].count, secs[i].elem, secs[i].elem);
        rc = dyad_mcur_check(&c, err);
    }
    if (rc == DYAD_OK)
        rc = check(g, err);
    if (rc != DYAD_OK) {
        dyad_gaz_free(g);
        return rc;
    }
    *out = g;
    return DYAD_OK;
}

void dyad_gaz_free(dyad_gaz *g)
{
    if (!g)
        return;
    dyad_mf_close(&g->mf);
    dyad_free(g);
}

uint32_t dyad_gaz_find(const dyad_gaz *g, const char *key, size_t n, const uint32_t **ids)
{
    uint32_t mask = g->nslots - 1;
    uint32_t i = dyad_geo_key_hash(key, n) & mask;
    for (uint32_t probes = 0; probes < g->nslots; probes++, i = (i + 1) & mask) {
        const uint32_t *s = g->slots + (size_t)i * GAZ_SLOT_WORDS;
        if (s[0] == GAZ_EMPTY)
            return 0;
        const char *k = g->str + s[0];
        if (strncmp(k, key, n) == 0 && k[n] == '\0') {
            *ids = g->posts + s[1];
            return s[2];
        }
    }
    return 0;
}

void dyad_gaz_place(const dyad_gaz *g, uint32_t id, dyad_place *p)
{
    const uint32_t *r = g->places + (size_t)id * GAZ_PLACE_WORDS;
    p->name = g->str + r[0];
    p->admin1 = g->str + r[1];
    p->country = g->str + r[2];
    p->geonames_id = r[3];
    p->lat = (int32_t)r[4] / 1e5;
    p->lon = (int32_t)r[5] / 1e5;
    p->population = r[6];
    p->level = (uint8_t)(r[7] & 0xFF);
    p->rank = (uint8_t)((r[7] >> 8) & 0xFF);
}

uint32_t dyad_gaz_count(const dyad_gaz *g) { return g->nplaces; }
uint32_t dyad_gaz_keys(const dyad_gaz *g) { return g->nkeys; }
const char *dyad_gaz_source(const dyad_gaz *g) { return g->str + g->source; }
