/* series.c — aggregation of events into (period, source, target) rows and their CSV form. */
#include "agg/series.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"
#include "base/hash.h"

/* Goldstein scores carry one decimal: sums are kept in exact integer tenths, so that totals
 * never depend on the order events arrive in (shards, database order). */
typedef struct cell {
    long events, quad[4];
    long long g10;
} cell;

struct dyad_series {
    dyad_series_cfg cfg;
    dyad_intern keys; /* "period\tsource\ttarget" → id */
    cell *cells;
    size_t cap;
    dyad_series_row *rows;
    char *a, *b; /* copies of the query codes */
};

int dyad_period_parse(const char *s)
{
    static const char *const names[] = {"day", "week", "month", "year"};
    for (int i = 0; i < 4; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's civil algorithm). */
static long days_from_civil(long y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

static bool leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool dyad_period_label(const char *date, int by, char *buf, size_t size)
{
    if (!date || strlen(date) < 10 || date[4] != '-' || date[7] != '-' || size < 11)
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (date[i] < '0' || date[i] > '9'))
            return false;
    long y = atol(date);
    int m = atoi(date + 5), d = atoi(date + 8);
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1] + (m == 2 && leap(y)))
        return false;
    switch (by) {
    case DYAD_BY_DAY:
        snprintf(buf, size, "%04ld-%02d-%02d", y, m, d);
        return true;
    case DYAD_BY_MONTH:
        snprintf(buf, size, "%04ld-%02d", y, m);
        return true;
    case DYAD_BY_YEAR:
        snprintf(buf, size, "%04ld", y);
        return true;
    case DYAD_BY_WEEK: {
        /* ISO 8601: the week belongs to the year of its Thursday */
        long z = days_from_civil(y, m, d);
        int wd = (int)(((z % 7) + 7 + 3) % 7) + 1; /* 1970-01-01 was a Thursday; Monday = 1 */
        long thu = z - wd + 4;
        long ty;
        int tm, td;
        civil_from_days(thu, &ty, &tm, &td);
        long week = (thu - days_from_civil(ty, 1, 1)) / 7 + 1;
        snprintf(buf, size, "%04ld-W%02ld", ty, week);
        return true;
    }
    default:
        return false;
    }
}

static bool parse_date(const char *d, long *y, int *m, int *day)
{
    char buf[11];
    return dyad_period_label(d, DYAD_BY_DAY, buf, sizeof buf) &&
           sscanf(d, "%4ld-%2d-%2d", y, m, day) == 3;
}

bool dyad_date_add(const char *date, long days, char *out)
{
    long y;
    int m, d;
    if (!parse_date(date, &y, &m, &d))
        return false;
    civil_from_days(days_from_civil(y, m, d) + days, &y, &m, &d);
    if (y < 0 || y > 9999)
        return false;
    snprintf(out, 11, "%04ld-%02d-%02d", y, m, d);
    return true;
}

bool dyad_period_start(const char *label, int by, char *out)
{
    char tmp[16];
    long y;
    int w;
    size_t n = strlen(label);
    switch (by) {
    case DYAD_BY_DAY:
        if (n != 10)
            return false;
        snprintf(tmp, sizeof tmp, "%s", label);
        break;
    case DYAD_BY_MONTH:
        if (n != 7)
            return false;
        snprintf(tmp, sizeof tmp, "%s-01", label);
        break;
    case DYAD_BY_YEAR:
        if (n != 4)
            return false;
        snprintf(tmp, sizeof tmp, "%s-01-01", label);
        break;
    case DYAD_BY_WEEK: {
        if (n != 8 || sscanf(label, "%4ld-W%2d", &y, &w) != 2 || w < 1 || w > 53)
            return false;
        /* week 1 holds January 4th; weeks start on Monday */
        long jan4 = days_from_civil(y, 1, 4);
        int wd = (int)(((jan4 % 7) + 7 + 3) % 7); /* Monday = 0 */
        long z = jan4 - wd + 7L * (w - 1);
        int m, d;
        civil_from_days(z, &y, &m, &d);
        snprintf(tmp, sizeof tmp, "%04ld-%02d-%02d", y, m, d);
        break;
    }
    default:
        return false;
    }
    char chk[16];
    if (!dyad_period_label(tmp, by, chk, sizeof chk) || strcmp(chk, label) != 0)
        return false;
    memcpy(out, tmp, 11);
    return true;
}

bool dyad_actor_matches(const char *query, const char *code)
{
    size_t n = strlen(query);
    return n > 0 && code && strncmp(code, query, n) == 0;
}

int dyad_series_new(dyad_series **out, const dyad_series_cfg *cfg, dyad_err *err)
{
    *out = NULL;
    dyad_series *s = dyad_calloc(1, sizeof *s);
    if (!s)
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    s->cfg = *cfg;
    dyad_intern_init(&s->keys);
    if (cfg->a && cfg->b) {
        s->a = dyad_strdup(cfg->a);
        s->b = dyad_strdup(cfg->b);
        if (!s->a || !s->b) {
            dyad_series_free(s);
            return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        }
    }
    *out = s;
    return DYAD_OK;
}

void dyad_series_free(dyad_series *s)
{
    if (!s)
        return;
    dyad_intern_free(&s->keys);
    dyad_free(s->cells);
    dyad_free(s->rows);
    dyad_free(s->a);
    dyad_free(s->b);
    dyad_free(s);
}

/* The cell of (period, src, tgt), created empty when new; NULL on out of memory. */
static cell *get_cell(dyad_series *s, const char *period, const char *src, const char *tgt)
{
    dyad_strbuf k = DYAD_STRBUF_INIT;
    dyad_sb_puts(&k, period);
    dyad_sb_putc(&k, '\t');
    dyad_sb_puts(&k, src);
    dyad_sb_putc(&k, '\t');
    dyad_sb_puts(&k, tgt);
    int32_t id = k.failed ? -1 : dyad_intern_add(&s->keys, k.data, k.len);
    dyad_sb_free(&k);
    if (id < 0)
        return NULL;
    if ((size_t)id >= s->cap) {
        size_t old = s->cap;
        if (dyad_grow(&s->cells, &s->cap, (size_t)id + 1, sizeof *s->cells) != DYAD_OK)
            return NULL;
        memset(s->cells + old, 0, (s->cap - old) * sizeof *s->cells);
    }
    return &s->cells[id];
}

const char *dyad_series_actor_label(const char *code, const char *root)
{
    if (!root || !*root)
        return code;
    if ((strcmp(root, "IGO") == 0 || strcmp(root, "NGO") == 0) && code && *code)
        return code;
    return root;
}

int dyad_series_add(dyad_series *s, const char *date, const char *src_code,
                    const char *src_root, const char *tgt_code, const char *tgt_root, int quad,
                    double goldstein)
{
    char period[16];
    if (!dyad_period_label(date, s->cfg.by, period, sizeof period))
        return 0;
    const char *src = dyad_series_actor_label(src_code, src_root);
    const char *tgt = dyad_series_actor_label(tgt_code, tgt_root);
    if (!src || !*src || !tgt || !*tgt)
        return 0;
    if (s->cfg.known_only && (strncmp(src, "---", 3) == 0 || strncmp(tgt, "---", 3) == 0))
        return 0;
    if (s->cfg.no_domestic && strcmp(src, tgt) == 0)
        return 0;
    if (s->a) {
        bool fwd = dyad_actor_matches(s->a, src_code) && dyad_actor_matches(s->b, tgt_code);
        bool back = dyad_actor_matches(s->b, src_code) && dyad_actor_matches(s->a, tgt_code);
        if (fwd) {
            src = s->a, tgt = s->b;
        } else if (back) {
            src = s->b, tgt = s->a;
        } else {
            return 0;
        }
    }
    if (!s->cfg.directed && strcmp(src, tgt) > 0) {
        const char *t = src;
        src = tgt;
        tgt = t;
    }
    cell *c = get_cell(s, period, src, tgt);
    if (!c)
        return DYAD_ENOMEM;
    c->events++;
    if (quad >= 1 && quad <= 4)
        c->quad[quad - 1]++;
    c->g10 += llround(goldstein * 10);
    return 1;
}

/* The label of the period after the one labelled lab (day, ISO week, month, year): next has
 * 16 bytes. False when lab is malformed. */
static bool next_period(const char *lab, int by, char *next)
{
    char day[11];
    if (!dyad_period_start(lab, by, day))
        return false;
    do {
        if (!dyad_date_add(day, by == DYAD_BY_WEEK ? 7 : 1, day) ||
            !dyad_period_label(day, by, next, 16))
            return false;
    } while (strcmp(next, lab) == 0);
    return true;
}

int dyad_series_fill(dyad_series *s, long max_periods, dyad_err *err)
{
    uint32_t cnt = s->keys.count;
    if (cnt == 0)
        return DYAD_OK;
    /* the first and last period, and every dyad ("source\ttarget") */
    char first[16] = "", last[16] = "";
    dyad_intern dyads;
    dyad_intern_init(&dyads);
    int rc = DYAD_OK;
    for (uint32_t i = 0; i < cnt && rc == DYAD_OK; i++) {
        const char *k = dyad_intern_str(&s->keys, (int32_t)i), *t = strchr(k, '\t');
        size_t n = (size_t)(t - k);
        char lab[16];
        if (n >= sizeof lab)
            continue;
        memcpy(lab, k, n);
        lab[n] = '\0';
        if (!first[0] || strcmp(lab, first) < 0)
            memcpy(first, lab, sizeof lab);
        if (strcmp(lab, last) > 0)
            memcpy(last, lab, sizeof lab);
        if (dyad_intern_add(&dyads, t + 1, strlen(t + 1)) < 0)
            rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    }
    char period[16];
    memcpy(period, first, sizeof period);
    for (long np = 1; rc == DYAD_OK; np++) {
        if (np > max_periods) {
            rc = dyad_err_set(err, DYAD_EINVAL, "--fill: more than %ld periods between %s and "
                              "%s: use a coarser --by", max_periods, first, last);
            break;
        }
        for (uint32_t d = 0; d < dyads.count && rc == DYAD_OK; d++) {
            const char *dy = dyad_intern_str(&dyads, (int32_t)d), *t = strchr(dy, '\t');
            char src[256];
            size_t n = (size_t)(t - dy);
            if (n >= sizeof src)
                continue;
            memcpy(src, dy, n);
            src[n] = '\0';
            if (!get_cell(s, period, src, t + 1))
                rc = dyad_err_set(err, DYAD_ENOMEM, "out of memory");
        }
        if (strcmp(period, last) >= 0)
            break;
        char next[16];
        if (!next_period(period, s->cfg.by, next))
            break;
        memcpy(period, next, sizeof period);
    }
    dyad_intern_free(&dyads);
    return rc;
}

int dyad_series_add_row(dyad_series *s, const dyad_series_row *row)
{
    cell *c = get_cell(s, row->period, row->source, row->target);
    if (!c)
        return DYAD_ENOMEM;
    c->events += row->events;
    for (int i = 0; i < 4; i++)
        c->quad[i] += row->quad[i];
    c->g10 += llround(row->gsum * 10);
    return DYAD_OK;
}

int dyad_series_merge_line(dyad_series *s, const char *line, dyad_err *err)
{
    if (strncmp(line, "period,", 7) == 0 || !*line)
        return 0;
    char buf[512];
    size_t n = strlen(line);
    if (n >= sizeof buf)
        return dyad_err_set(err, DYAD_EFORMAT, "series line too long");
    memcpy(buf, line, n + 1);
    char *f[10];
    int nf = 0;
    for (char *p = buf; nf < 10;) {
        f[nf++] = p;
        char *c = strchr(p, ',');
        if (!c)
            break;
        *c = '\0';
        p = c + 1;
    }
    if (nf != 10)
        return dyad_err_set(err, DYAD_EFORMAT, "series line has %d fields, want 10", nf);
    dyad_series_row r = {f[0], f[1], f[2], 0, {0}, 0};
    char *end;
    r.events = strtol(f[3], &end, 10);
    bool ok = *end == '\0' && end != f[3];
    for (int i = 0; i < 4; i++) {
        r.quad[i] = strtol(f[4 + i], &end, 10);
        ok = ok && *end == '\0' && end != f[4 + i];
    }
    r.gsum = strtod(f[8], &end);
    ok = ok && *end == '\0' && end != f[8];
    if (!ok)
        return dyad_err_set(err, DYAD_EFORMAT, "series line has a bad number");
    int rc = dyad_series_add_row(s, &r);
    return rc == DYAD_OK ? 1 : dyad_err_set(err, rc, "out of memory");
}

static int cmp_rows(const void *x, const void *y)
{
    const dyad_series_row *a = x, *b = y;
    int c = strcmp(a->period, b->period);
    if (!c)
        c = strcmp(a->source, b->source);
    return c ? c : strcmp(a->target, b->target);
}

const dyad_series_row *dyad_series_rows(dyad_series *s, int *n)
{
    *n = 0;
    uint32_t cnt = s->keys.count;
    dyad_free(s->rows);
    s->rows = dyad_calloc(cnt ? cnt : 1, sizeof *s->rows);
    if (!s->rows)
        return NULL;
    for (uint32_t i = 0; i < cnt; i++) {
        /* split the interned key "period\tsource\ttarget" into the row's three labels; each
         * label is a NUL-terminated copy held in the intern arena */
        const char *k = dyad_intern_str(&s->keys, (int32_t)i);
        const char *t1 = strchr(k, '\t'), *t2 = strchr(t1 + 1, '\t');
        dyad_series_row *r = &s->rows[i];
        r->period = dyad_arena_strndup(&s->keys.arena, k, (size_t)(t1 - k));
        r->source = dyad_arena_strndup(&s->keys.arena, t1 + 1, (size_t)(t2 - t1 - 1));
        r->target = t2 + 1;
        if (!r->period || !r->source)
            return NULL;
        r->events = s->cells[i].events;
        memcpy(r->quad, s->cells[i].quad, sizeof r->quad);
        r->gsum = (double)s->cells[i].g10 / 10.0;
    }
    if (cnt > 1) /* qsort must not get a NULL array, even of 0 */
        qsort(s->rows, cnt, sizeof *s->rows, cmp_rows);
    *n = (int)cnt;
    return s->rows;
}

void dyad_series_csv(dyad_series *s, dyad_strbuf *sb)
{
    dyad_sb_puts(sb, "period,source,target,events,verbal_coop,material_coop,verbal_conflict,"
                     "material_conflict,goldstein_sum,goldstein_mean\n");
    int n;
    const dyad_series_row *r = dyad_series_rows(s, &n);
    if (!r) {
        sb->failed = true;
        return;
    }
    for (int i = 0; i < n; i++) {
        dyad_sb_puts(sb, r[i].period);
        dyad_sb_putc(sb, ',');
        dyad_sb_puts(sb, r[i].source);
        dyad_sb_putc(sb, ',');
        dyad_sb_puts(sb, r[i].target);
        dyad_sb_putc(sb, ',');
        dyad_sb_int(sb, r[i].events);
        for (int q = 0; q < 4; q++) {
            dyad_sb_putc(sb, ',');
            dyad_sb_int(sb, r[i].quad[q]);
        }
        dyad_sb_putc(sb, ',');
        dyad_sb_fixed(sb, r[i].gsum, 1);
        dyad_sb_putc(sb, ',');
        dyad_sb_fixed(sb, r[i].events ? r[i].gsum / (double)r[i].events : 0.0, 3);
        dyad_sb_putc(sb, '\n');
    }
}
