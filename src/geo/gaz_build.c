/* gaz_build.c — builds the gazetteer index (gaz_format.h) from the installed packages:
 *   cities    GeoNames cities1000.txt, tab-separated: 0 geonameid, 1 name, 2 asciiname,
 *             3 alternatenames (comma-separated), 4 latitude, 5 longitude, 6 feature class,
 *             7 feature code, 8 country code (ISO alpha-2), 9 cc2, 10 admin1 code, ...,
 *             14 population
 *   admin1    JSON array of {"code":"AF.10","name":"Helmand"} (GeoNames admin1 codes)
 *   countries iso-codes' iso_3166-1.json: {"3166-1":[{"alpha_2","alpha_3","name",
 *             "common_name","official_name"}]}
 *   aliases   dyad's own "NAME<TAB>ISO3" lines for country names the others lack ("Britain")
 * Every city is indexed under its name and ASCII name; a city of 15,000 people or more, or a
 * capital, also under its Latin-script alternate names that read as names (capitalised, not an
 * all-capitals code, no digits). A division is indexed under its name, and without a trailing
 * "Province", "Governorate", "Oblast", ... . A country under its iso-codes names and aliases. */
#include "geo/gaz.h"

#include "base/alloc.h"
#include "base/hash.h"
#include "geo/gaz_format.h"
#include "geo/geo_name.h"
#include "io/json.h"
#include "nlp/model_file.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A city with this many people or more is also indexed under its alternate names. */
#define ALT_MIN_POP 15000u

typedef struct bplace {
    int32_t name, admin1, country; /* intern ids */
    uint32_t gid, pop;
    int32_t lat, lon;              /* degrees * 1e5 */
    uint8_t level, rank;
} bplace;

typedef struct bpair { int32_t key; uint32_t place; uint32_t pop; } bpair;
typedef struct bpoint { uint32_t group; int32_t v; } bpoint;

typedef struct builder {
    dyad_intern str;                /* every string of the index; id 0 is "" */
    dyad_intern a1code;             /* "CC.code" -> admin1 number */
    bplace *country, *admin1, *city;
    size_t ncountry, nadmin1, ncity, ccap, acap, tcap;
    bpair *pair;
    size_t npair, pcap;
    bpoint *plat, *plon;            /* city points by group (country or admin1 number) */
    size_t npt, ptcap;
    int32_t cc_of_alpha2[26 * 26];  /* alpha-2 -> country number, -1 */
    dyad_err *err;
    bool oom;
} builder;

static int32_t intern(builder *b, const char *s, size_t n)
{
    int32_t id = dyad_intern_add(&b->str, s, n);
    if (id < 0)
        b->oom = true;
    return id < 0 ? 0 : id;
}

/* Adds a key (the normal form of name[0..n)) for place (level, local number). */
static void add_key(builder *b, const char *name, size_t n, uint8_t level, size_t local)
{
    char key[DYAD_GEO_KEY_MAX];
    size_t k = dyad_geo_norm(name, n, key, sizeof key);
    if (k == 0)
        return;
    if (dyad_grow(&b->pair, &b->pcap, b->npair + 1, sizeof *b->pair) != DYAD_OK) {
        b->oom = true;
        return;
    }
    b->pair[b->npair++] = (bpair){intern(b, key, k), (uint32_t)level << 28 | (uint32_t)local, 0};
}

static int alpha2(const char *s)
{
    if (!s || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' || (s[2] && s[2] != '\t' && s[2] != '.'))
        return -1;
    return (s[0] - 'A') * 26 + (s[1] - 'A');
}

static char *slurp(const char *path, size_t *len, dyad_err *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        dyad_err_set(err, DYAD_ENOTFOUND, "cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    char *buf = NULL;
    size_t cap = 0, n = 0, got;
    do {
        if (dyad_grow(&buf, &cap, n + 65536, 1) != DYAD_OK) {
            dyad_free(buf);
            fclose(f);
            dyad_err_set(err, DYAD_ENOMEM, "out of memory reading %s", path);
            return NULL;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    fclose(f);
    *len = n;
    return buf;
}

static bplace *new_place(builder *b, bplace **arr, size_t *n, size_t *cap)
{
    if (dyad_grow(arr, cap, *n + 1, sizeof **arr) != DYAD_OK) {
        b->oom = true;
        return NULL;
    }
    bplace *p = &(*arr)[(*n)++];
    memset(p, 0, sizeof *p);
    return p;
}

static const char *jstr(const dyad_json *o, const char *k)
{
    const dyad_json *v = dyad_json_get(o, k);
    return v && v->type == DYAD_JSON_STRING ? v->str : NULL;
}

/* Reads and parses the JSON file at path into arena a (its text is kept there too). */
static int read_json(builder *b, const char *path, dyad_arena *a, dyad_json **root)
{
    size_t len;
    char *heap = slurp(path, &len, b->err);
    if (!heap)
        return b->err->code;
    char *text = dyad_arena_strndup(a, heap, len);
    dyad_free(heap);
    if (!text)
        return dyad_err_set(b->err, DYAD_ENOMEM, "out of memory reading %s", path);
    return dyad_json_parse(a, text, len, DYAD_JSON_MAX_DEPTH, root, NULL, b->err);
}

static int read_countries(builder *b, const char *path)
{
    dyad_arena a;
    dyad_arena_init(&a, 0);
    dyad_json *root;
    int rc = read_json(b, path, &a, &root);
    const dyad_json *list = rc == DYAD_OK ? dyad_json_get(root, "3166-1") : NULL;
    if (rc == DYAD_OK && (!list || list->type != DYAD_JSON_ARRAY))
        rc = dyad_err_set(b->err, DYAD_EFORMAT, "%s: no \"3166-1\" array", path);
    for (const dyad_json *c = list && rc == DYAD_OK ? list->child : NULL; c; c = c->next) {
        const char *a2 = jstr(c, "alpha_2"), *a3 = jstr(c, "alpha_3");
        const char *name = jstr(c, "common_name") ? jstr(c, "common_name") : jstr(c, "name");
        int k = alpha2(a2);
        if (k < 0 || !a3 || strlen(a3) != 3 || !name)
            continue;
        size_t local = b->ncountry;
        bplace *p = new_place(b, &b->country, &b->ncountry, &b->ccap);
        if (!p)
            break;
        p->name = intern(b, name, strlen(name));
        p->country = intern(b, a3, 3);
        p->level = DYAD_GEO_COUNTRY;
        b->cc_of_alpha2[k] = (int32_t)local;
        static const char *const keys[] = {"name", "common_name", "official_name"};
        for (size_t i = 0; i < DYAD_ARRAY_LEN(keys); i++) {
            const char *s = jstr(c, keys[i]);
            if (s && !strchr(s, ',')) /* "Korea, Republic of" reads as no name */
                add_key(b, s, strlen(s), DYAD_GEO_COUNTRY, local);
        }
    }
    dyad_arena_free(&a);
    return rc;
}

/* A division's name without its kind ("Maidan Wardak Province" -> "Maidan Wardak"): n of the
 * shorter form, or 0 when it has no such ending. */
static size_t without_kind(const char *s, size_t n)
{
    static const char *const kinds[] = {" Province", " Governorate", " Oblast", " Region",
                                        " District", " State", " Prefecture", " County",
                                        " Department", " Division", " Muhafazah"};
    for (size_t i = 0; i < DYAD_ARRAY_LEN(kinds); i++) {
        size_t k = strlen(kinds[i]);
        if (n > k + 2 && memcmp(s + n - k, kinds[i], k) == 0)
            return n - k;
    }
    return 0;
}

static int read_admin1(builder *b, const char *path)
{
    dyad_arena a;
    dyad_arena_init(&a, 0);
    dyad_json *root;
    int rc = read_json(b, path, &a, &root);
    if (rc == DYAD_OK && root->type != DYAD_JSON_ARRAY)
        rc = dyad_err_set(b->err, DYAD_EFORMAT, "%s: not a JSON array", path);
    for (const dyad_json *c = rc == DYAD_OK ? root->child : NULL; c; c = c->next) {
        const char *code = jstr(c, "code"), *name = jstr(c, "name");
        int k = alpha2(code);
        if (!code || !name || strlen(code) < 4 || code[2] != '.' || k < 0 ||
            b->cc_of_alpha2[k] < 0)
            continue;
        size_t local = b->nadmin1;
        if (dyad_intern_add(&b->a1code, code, strlen(code)) != (int32_t)local) {
            b->oom = true; /* a repeated code would also land here: codes are unique */
            break;
        }
        bplace *p = new_place(b, &b->admin1, &b->nadmin1, &b->acap);
        if (!p)
            break;
        size_t n = strlen(name), short_n = without_kind(name, n);
        p->name = intern(b, name, n);
        p->admin1 = p->name;
        p->country = b->country[b->cc_of_alpha2[k]].country;
        p->level = DYAD_GEO_ADMIN1;
        add_key(b, name, n, DYAD_GEO_ADMIN1, local);
        if (short_n)
            add_key(b, name, short_n, DYAD_GEO_ADMIN1, local);
    }
    dyad_arena_free(&a);
    return rc;
}

static void add_point(builder *b, uint32_t group, int32_t lat, int32_t lon)
{
    if (dyad_grow(&b->plat, &b->ptcap, b->npt + 1, sizeof *b->plat) != DYAD_OK) {
        b->oom = true;
        return;
    }
    size_t cap = b->ptcap; /* plon follows plat's capacity */
    bpoint *nl = dyad_realloc(b->plon, cap * sizeof *b->plon);
    if (!nl) {
        b->oom = true;
        return;
    }
    b->plon = nl;
    b->plat[b->npt] = (bpoint){group, lat};
    b->plon[b->npt++] = (bpoint){group, lon};
}

/* An alternate name worth indexing: capitalised, not all capitals, no digits, 3+ bytes. */
static bool good_alt(const char *s, size_t n)
{
    if (n < 3 || s[0] < 'A' || s[0] > 'Z')
        return false;
    bool lower = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            return false;
        lower |= (s[i] >= 'a' && s[i] <= 'z');
    }
    return lower;
}

static uint8_t rank_of(const char *fcode)
{
    if (strcmp(fcode, "PPLC") == 0)
        return DYAD_GEO_RANK_CAPITAL;
    if (strcmp(fcode, "PPLA") == 0)
        return DYAD_GEO_RANK_ADMIN;
    if (strncmp(fcode, "PPLA", 4) == 0)
        return DYAD_GEO_RANK_SEAT;
    return DYAD_GEO_RANK_PLAIN;
}

/* True when s has a letter beyond Latin-1 ("Rafaḩ", "Kandahār"): the ASCII name is then
 * the one news writes. */
static bool beyond_latin1(const char *s)
{
    for (const unsigned char *u = (const unsigned char *)s; *u; u++)
        if (*u >= 0xC4)
            return true;
    return false;
}

static void city_line(builder *b, char *line)
{
    char *f[16];
    int nf = 0;
    for (char *p = line; nf < 16;) {
        f[nf++] = p;
        char *t = strchr(p, '\t');
        if (!t)
            break;
        *t = '\0';
        p = t + 1;
    }
    int k = nf >= 15 ? alpha2(f[8]) : -1;
    if (k < 0 || b->cc_of_alpha2[k] < 0 || f[6][0] != 'P')
        return;
    uint32_t cnum = (uint32_t)b->cc_of_alpha2[k];
    char code[32];
    snprintf(code, sizeof code, "%s.%s", f[8], f[10]);
    int32_t a1 = dyad_intern_find(&b->a1code, code, strlen(code));
    size_t local = b->ncity;
    bplace *p = new_place(b, &b->city, &b->ncity, &b->tcap);
    if (!p)
        return;
    const char *shown = beyond_latin1(f[1]) && f[2][0] ? f[2] : f[1];
    p->name = intern(b, shown, strlen(shown));
    p->admin1 = a1 >= 0 ? b->admin1[a1].name : 0;
    p->country = b->country[cnum].country;
    p->gid = (uint32_t)strtoul(f[0], NULL, 10);
    p->lat = (int32_t)lround(strtod(f[4], NULL) * 1e5);
    p->lon = (int32_t)lround(strtod(f[5], NULL) * 1e5);
    p->pop = (uint32_t)strtoul(f[14], NULL, 10);
    p->level = DYAD_GEO_CITY;
    p->rank = rank_of(f[7]);
    b->country[cnum].pop += p->pop;
    add_point(b, cnum, p->lat, p->lon);
    if (a1 >= 0) {
        b->admin1[a1].pop += p->pop;
        add_point(b, 0x80000000u | (uint32_t)a1, p->lat, p->lon);
    }
    add_key(b, f[1], strlen(f[1]), DYAD_GEO_CITY, local);
    add_key(b, f[2], strlen(f[2]), DYAD_GEO_CITY, local);
    if (p->pop < ALT_MIN_POP && p->rank < DYAD_GEO_RANK_CAPITAL)
        return;
    for (char *s = f[3]; *s;) {
        char *e = strchr(s, ',');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (good_alt(s, n))
            add_key(b, s, n, DYAD_GEO_CITY, local);
        s += n + (e != NULL);
    }
}

static int read_cities(builder *b, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return dyad_err_set(b->err, DYAD_ENOTFOUND, "cannot open %s: %s", path, strerror(errno));
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while (!b->oom && (n = getline(&line, &cap, f)) > 0) {
        if (line[n - 1] == '\n')
            line[n - 1] = '\0';
        city_line(b, line);
    }
    free(line); /* getline's buffer comes from libc */
    fclose(f);
    return DYAD_OK;
}

static int read_aliases(builder *b, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return dyad_err_set(b->err, DYAD_ENOTFOUND, "cannot open %s: %s", path, strerror(errno));
    char line[512];
    long lineno = 0;
    int rc = DYAD_OK;
    while (rc == DYAD_OK && fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char *tab = strchr(line, '\t');
        int32_t code = tab ? dyad_intern_find(&b->str, tab + 1, strlen(tab + 1)) : -1;
        size_t c = 0;
        while (code >= 0 && c < b->ncountry && b->country[c].country != code)
            c++;
        if (!tab || code < 0 || c == b->ncountry) {
            rc = dyad_err_set(b->err, DYAD_EFORMAT, "%s:%ld: not NAME<TAB>ISO3 of a known country",
                              path, lineno);
            break;
        }
        add_key(b, line, (size_t)(tab - line), DYAD_GEO_COUNTRY, c);
    }
    fclose(f);
    return rc;
}

static int cmp_point(const void *x, const void *y)
{
    const bpoint *a = x, *b = y;
    if (a->group != b->group)
        return a->group < b->group ? -1 : 1;
    return (a->v > b->v) - (a->v < b->v);
}

/* Sets each country's and division's point to the median of its cities' points. */
static void medians(builder *b, bpoint *pt, bool lat)
{
    qsort(pt, b->npt, sizeof *pt, cmp_point);
    for (size_t i = 0; i < b->npt;) {
        size_t j = i;
        while (j < b->npt && pt[j].group == pt[i].group)
            j++;
        int32_t v = pt[i + (j - i) / 2].v;
        uint32_t g = pt[i].group;
        bplace *p = g & 0x80000000u ? &b->admin1[g & 0x7FFFFFFFu] : &b->country[g];
        *(lat ? &p->lat : &p->lon) = v;
        i = j;
    }
}

static int cmp_pair(const void *x, const void *y)
{
    const bpair *a = x, *b = y;
    if (a->key != b->key)
        return a->key < b->key ? -1 : 1;
    if (a->pop != b->pop)
        return a->pop > b->pop ? -1 : 1;
    return (a->place > b->place) - (a->place < b->place);
}

static void put_place(dyad_mbuf *m, const bplace *p, const uint32_t *off)
{
    uint32_t w[GAZ_PLACE_WORDS] = {off[p->name], off[p->admin1], off[p->country], p->gid,
                                   (uint32_t)p->lat, (uint32_t)p->lon, p->pop,
                                   (uint32_t)p->level | (uint32_t)p->rank << 8};
    dyad_mbuf_put(m, w, sizeof w);
}

static int write_index(builder *b, const dyad_gaz_sources *src, const char *out_path,
                       uint32_t *nkeys_out)
{
    int32_t source = intern(b, src->source ? src->source : "", src->source ? strlen(src->source) : 0);
    size_t base[3] = {0, b->ncountry, b->ncountry + b->nadmin1};
    for (size_t i = 0; i < b->npair; i++) {
        uint32_t lvl = b->pair[i].place >> 28, local = b->pair[i].place & 0x0FFFFFFFu;
        const bplace *p = lvl == 0 ? &b->country[local] : lvl == 1 ? &b->admin1[local] : &b->city[local];
        b->pair[i].place = (uint32_t)(base[lvl] + local);
        b->pair[i].pop = lvl == DYAD_GEO_CITY ? p->pop : UINT32_MAX - lvl; /* countries first */
    }
    qsort(b->pair, b->npair, sizeof *b->pair, cmp_pair);
    uint32_t *off = dyad_calloc(b->str.count + 1, sizeof *off);
    dyad_mbuf meta = {0}, places = {0}, slots = {0}, posts = {0}, strs = {0};
    if (!off || b->oom)
        return dyad_err_set(b->err, DYAD_ENOMEM, "out of memory building the gazetteer");
    for (uint32_t i = 0; i < b->str.count; i++) {
        off[i] = (uint32_t)strs.n;
        dyad_mbuf_put(&strs, b->str.strs[i], b->str.lens[i] + 1);
    }
    for (size_t i = 0; i < b->ncountry; i++)
        put_place(&places, &b->country[i], off);
    for (size_t i = 0; i < b->nadmin1; i++)
        put_place(&places, &b->admin1[i], off);
    for (size_t i = 0; i < b->ncity; i++)
        put_place(&places, &b->city[i], off);
    uint32_t nkeys = 0, nposts = 0;
    for (size_t i = 0; i < b->npair; i++)
        nkeys += i == 0 || b->pair[i].key != b->pair[i - 1].key;
    uint32_t nslots = 1;
    while (nslots < 2 * nkeys + 1)
        nslots <<= 1;
    uint32_t *slot = dyad_malloc((size_t)nslots * GAZ_SLOT_WORDS * sizeof *slot);
    if (!slot) {
        dyad_free(off);
        return dyad_err_set(b->err, DYAD_ENOMEM, "out of memory building the gazetteer");
    }
    memset(slot, 0xFF, (size_t)nslots * GAZ_SLOT_WORDS * sizeof *slot);
    for (size_t i = 0; i < b->npair;) {
        size_t j = i;
        uint32_t first = nposts;
        for (; j < b->npair && b->pair[j].key == b->pair[i].key; j++) {
            if (j > i && b->pair[j].place == b->pair[j - 1].place)
                continue; /* the same place under two spellings of one key */
            dyad_mbuf_u32(&posts, b->pair[j].place);
            nposts++;
        }
        const char *k = b->str.strs[b->pair[i].key];
        uint32_t h = dyad_geo_key_hash(k, b->str.lens[b->pair[i].key]) & (nslots - 1);
        while (slot[(size_t)h * GAZ_SLOT_WORDS] != GAZ_EMPTY)
            h = (h + 1) & (nslots - 1);
        slot[(size_t)h * GAZ_SLOT_WORDS] = off[b->pair[i].key];
        slot[(size_t)h * GAZ_SLOT_WORDS + 1] = first;
        slot[(size_t)h * GAZ_SLOT_WORDS + 2] = nposts - first;
        i = j;
    }
    dyad_mbuf_put(&slots, slot, (size_t)nslots * GAZ_SLOT_WORDS * sizeof *slot);
    uint32_t nplaces = (uint32_t)(b->ncountry + b->nadmin1 + b->ncity);
    uint32_t m[GAZ_META_WORDS] = {nplaces, nslots, nposts, (uint32_t)strs.n, off[source], nkeys};
    dyad_mbuf_put(&meta, m, sizeof m);
    const char *const names[] = {"gaz.meta", "gaz.places", "gaz.slots", "gaz.posts", "gaz.str"};
    const dyad_mbuf *const secs[] = {&meta, &places, &slots, &posts, &strs};
    int rc = meta.failed || places.failed || slots.failed || posts.failed || strs.failed
                 ? dyad_err_set(b->err, DYAD_ENOMEM, "out of memory building the gazetteer")
                 : dyad_mf_write(out_path, 5, names, secs, b->err);
    for (size_t i = 0; i < DYAD_ARRAY_LEN(secs); i++)
        dyad_mbuf_free((dyad_mbuf *)secs[i]);
    dyad_free(slot);
    dyad_free(off);
    *nkeys_out = nkeys;
    return rc;
}

int dyad_gaz_build(const dyad_gaz_sources *src, const char *out_path, uint32_t *nplaces,
                   uint32_t *nkeys, dyad_err *err)
{
    builder b;
    memset(&b, 0, sizeof b);
    b.err = err;
    dyad_intern_init(&b.str);
    dyad_intern_init(&b.a1code);
    memset(b.cc_of_alpha2, 0xFF, sizeof b.cc_of_alpha2);
    intern(&b, "", 0);
    int rc = read_countries(&b, src->countries);
    if (rc == DYAD_OK)
        rc = read_admin1(&b, src->admin1);
    if (rc == DYAD_OK)
        rc = read_cities(&b, src->cities);
    if (rc == DYAD_OK && src->aliases)
        rc = read_aliases(&b, src->aliases);
    if (rc == DYAD_OK && b.oom)
        rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory building the gazetteer");
    if (rc == DYAD_OK) {
        medians(&b, b.plat, true);
        medians(&b, b.plon, false);
    }
    uint32_t keys = 0;
    if (rc == DYAD_OK)
        rc = write_index(&b, src, out_path, &keys);
    if (nplaces)
        *nplaces = (uint32_t)(b.ncountry + b.nadmin1 + b.ncity);
    if (nkeys)
        *nkeys = keys;
    dyad_intern_free(&b.str);
    dyad_intern_free(&b.a1code);
    dyad_free(b.country);
    dyad_free(b.admin1);
    dyad_free(b.city);
    dyad_free(b.pair);
    dyad_free(b.plat);
    dyad_free(b.plon);
    return rc;
}
