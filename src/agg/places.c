/* places.c — event counts per country, division or point (places.h). */
#include "agg/places.h"

#include "base/alloc.h"
#include "base/hash.h"

#include <stdlib.h>
#include <string.h>

struct dyad_places {
    int by;
    dyad_intern keys;       /* one key per row: row i has key id i */
    dyad_intern strs;       /* the rows' strings */
    dyad_place_row *row;    /* row i has key id i */
    size_t cap;
    dyad_place_row *sorted; /* dyad_places_rows' copy */
};

int dyad_places_by_parse(const char *s)
{
    if (strcmp(s, "country") == 0)
        return DYAD_PLACES_COUNTRY;
    if (strcmp(s, "admin1") == 0)
        return DYAD_PLACES_ADMIN1;
    return -1;
}

int dyad_places_new(dyad_places **out, int by, dyad_err *err)
{
    *out = dyad_calloc(1, sizeof **out);
    if (!*out)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    (*out)->by = by;
    dyad_intern_init(&(*out)->keys);
    dyad_intern_init(&(*out)->strs);
    return DYAD_OK;
}

void dyad_places_free(dyad_places *p)
{
    if (!p)
        return;
    dyad_intern_free(&p->keys);
    dyad_intern_free(&p->strs);
    dyad_free(p->row);
    dyad_free(p->sorted);
    dyad_free(p);
}

/* An interned copy of s ("" for NULL), or NULL on out of memory. */
static const char *keep(dyad_places *p, const char *s)
{
    int32_t id = dyad_intern_add(&p->strs, s ? s : "", s ? strlen(s) : 0);
    return id < 0 ? NULL : dyad_intern_str(&p->strs, id);
}

int dyad_places_add(dyad_places *p, const dyad_location *loc, int quad, double goldstein)
{
    if (!loc)
        return 0;
    dyad_strbuf k = DYAD_STRBUF_INIT;
    dyad_sb_puts(&k, loc->country ? loc->country : "");
    if (p->by != DYAD_PLACES_COUNTRY) {
        dyad_sb_putc(&k, '\t');
        dyad_sb_puts(&k, loc->admin1 ? loc->admin1 : "");
    }
    if (p->by == DYAD_PLACES_POINT) {
        dyad_sb_putc(&k, '\t');
        dyad_sb_puts(&k, loc->name ? loc->name : "");
        dyad_sb_putc(&k, '\t');
        dyad_sb_fixed(&k, loc->lat, 2);
        dyad_sb_putc(&k, ',');
        dyad_sb_fixed(&k, loc->lon, 2);
    }
    uint32_t before = p->keys.count;
    int32_t id = k.failed ? -1 : dyad_intern_add(&p->keys, k.data ? k.data : "", k.len);
    dyad_sb_free(&k);
    if (id < 0)
        return DYAD_ENOMEM;
    if (p->keys.count != before) { /* a new row */
        if (dyad_grow(&p->row, &p->cap, (size_t)id + 1, sizeof *p->row) != DYAD_OK)
            return DYAD_ENOMEM;
        dyad_place_row *r = &p->row[id];
        memset(r, 0, sizeof *r);
        r->country = keep(p, loc->country);
        r->admin1 = keep(p, p->by == DYAD_PLACES_COUNTRY ? "" : loc->admin1);
        r->name = keep(p, p->by == DYAD_PLACES_POINT ? loc->name : "");
        if (!r->country || !r->admin1 || !r->name)
            return DYAD_ENOMEM;
        r->lat = loc->lat;
        r->lon = loc->lon;
    }
    dyad_place_row *r = &p->row[id];
    r->events++;
    if (quad >= 1 && quad <= 4)
        r->quad[quad - 1]++;
    r->gsum += goldstein;
    return 1;
}

/* A CSV field, quoted when it holds a comma, a quote or a line break. */
static void csv_cell(dyad_strbuf *sb, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        dyad_sb_puts(sb, s);
        return;
    }
    dyad_sb_putc(sb, '"');
    for (; *s; s++) {
        if (*s == '"')
            dyad_sb_putc(sb, '"');
        dyad_sb_putc(sb, *s);
    }
    dyad_sb_putc(sb, '"');
}

static int cmp_row(const void *x, const void *y)
{
    const dyad_place_row *a = x, *b = y;
    if (a->events != b->events)
        return a->events > b->events ? -1 : 1;
    int c = strcmp(a->country, b->country);
    if (c == 0)
        c = strcmp(a->admin1, b->admin1);
    return c ? c : strcmp(a->name, b->name);
}

const dyad_place_row *dyad_places_rows(dyad_places *p, int *n)
{
    size_t rows = 0;
    dyad_free(p->sorted);
    p->sorted = dyad_malloc((p->cap ? p->cap : 1) * sizeof *p->sorted);
    if (!p->sorted)
        return NULL;
    for (size_t i = 0; i < p->keys.count; i++)
        p->sorted[rows++] = p->row[i];
    qsort(p->sorted, rows, sizeof *p->sorted, cmp_row);
    *n = (int)rows;
    return p->sorted;
}

void dyad_places_csv(dyad_places *p, dyad_strbuf *sb)
{
    int n = 0;
    const dyad_place_row *r = dyad_places_rows(p, &n);
    if (!r) {
        sb->failed = true;
        return;
    }
    dyad_sb_puts(sb, p->by == DYAD_PLACES_COUNTRY ? "country" : "country,admin1");
    dyad_sb_puts(sb, ",events,verbal_coop,material_coop,verbal_conflict,material_conflict,"
                     "goldstein_sum,goldstein_mean\n");
    for (int i = 0; i < n; i++) {
        csv_cell(sb, r[i].country);
        if (p->by != DYAD_PLACES_COUNTRY) {
            dyad_sb_putc(sb, ',');
            csv_cell(sb, r[i].admin1);
        }
        dyad_sb_printf(sb, ",%ld,%ld,%ld,%ld,%ld,", r[i].events, r[i].quad[0], r[i].quad[1],
                       r[i].quad[2], r[i].quad[3]);
        dyad_sb_fixed(sb, r[i].gsum, 1);
        dyad_sb_putc(sb, ',');
        dyad_sb_fixed(sb, r[i].gsum / (double)r[i].events, 3);
        dyad_sb_putc(sb, '\n');
    }
}
