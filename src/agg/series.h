/* series.h — dyadic event time series: counts per quad class and Goldstein sums per period. */
#ifndef DYAD_SERIES_H
#define DYAD_SERIES_H

#include "base/common.h"
#include "base/strbuf.h"

typedef enum { DYAD_BY_DAY, DYAD_BY_WEEK, DYAD_BY_MONTH, DYAD_BY_YEAR } dyad_period;

/* "day", "week", "month", "year" → period; -1 when unknown. */
DYAD_INTERNAL int dyad_period_parse(const char *s);
/* Writes the period label of date "YYYY-MM-DD" into buf (at least 11 bytes): day "2024-01-02",
 * ISO week "2024-W01" (the ISO year may differ from the calendar year), month "2024-01",
 * year "2024". Returns false when date is not a valid date. */
DYAD_INTERNAL bool dyad_period_label(const char *date, int by, char *buf, size_t size);

/* The first day ("YYYY-MM-DD" into out, 11 bytes) of the period labelled label (as written by
 * dyad_period_label for the same by). False when the label is malformed. */
DYAD_INTERNAL bool dyad_period_start(const char *label, int by, char *out);
/* out = date + days (both "YYYY-MM-DD"; out has 11 bytes). False when date is malformed. */
DYAD_INTERNAL bool dyad_date_add(const char *date, long days, char *out);

/* Actor matching: a query A matches an actor whose full code begins with A, so "RUS" matches
 * RUS, RUSGOV and RUSMIL, and "RUSGOV" matches RUSGOV only. */
DYAD_INTERNAL bool dyad_actor_matches(const char *query, const char *code);

typedef struct dyad_series_cfg {
    int by;            /* dyad_period */
    const char *a, *b; /* --dyad A,B (both NULL: every dyad) */
    bool directed;     /* keep source → target apart from target → source */
    bool no_domestic;  /* drop events whose two actors have the same label (KENCOP → KENOPP) */
    bool known_only;   /* drop events with an unknown side ("---", "---CVL") */
} dyad_series_cfg;

/* One output row. */
typedef struct dyad_series_row {
    const char *period, *source, *target; /* borrowed from the series */
    long events;
    long quad[4]; /* verbal coop, material coop, verbal conflict, material conflict */
    double gsum;
} dyad_series_row;

typedef struct dyad_series dyad_series; /* opaque */

DYAD_INTERNAL int dyad_series_new(dyad_series **out, const dyad_series_cfg *cfg, dyad_err *err);
DYAD_INTERNAL void dyad_series_free(dyad_series *s);
/* The label an actor is counted under: its root ("RUS" for RUSGOV), except that an IGO or
 * NGO keeps its full code (IGOUNO, IGOEUREEC: the UN and the EU stay apart); the full code
 * when the root is empty. */
DYAD_INTERNAL const char *dyad_series_actor_label(const char *code, const char *root);
/* Counts one event. Its dyad label: without --dyad each actor's label
 * (dyad_series_actor_label); with --dyad the query codes A and B.
 * Undirected series put the smaller label first (A,B and B,A pooled). Returns 1 when counted, 0 when
 * filtered out (no valid date, a side without an actor, or not the asked dyad), DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_series_add(dyad_series *s, const char *date, const char *src_code,
                                  const char *src_root, const char *tgt_code,
                                  const char *tgt_root, int quad, double goldstein);
/* Adds zero rows so that every dyad has a row for every period between the first and the
 * last period of the whole series (for analyses that need a regular panel). DYAD_OK,
 * DYAD_EINVAL (err: more than max periods; use a coarser period) or DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_series_fill(dyad_series *s, long max_periods, dyad_err *err);
/* Adds an already aggregated row (merging shard outputs). DYAD_OK or DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_series_add_row(dyad_series *s, const dyad_series_row *row);
/* Parses one CSV line written by dyad_series_csv and adds it (the header line is skipped:
 * returns 0). 1 when added, DYAD_EFORMAT (err says why) or DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_series_merge_line(dyad_series *s, const char *line, dyad_err *err);
/* The rows sorted by period, source, target (array owned by the series, valid until the next
 * add). *n receives the count; NULL on out of memory. */
DYAD_INTERNAL const dyad_series_row *dyad_series_rows(dyad_series *s, int *n);
/* Appends the CSV: header line "period,source,target,events,verbal_coop,material_coop,
 * verbal_conflict,material_conflict,goldstein_sum,goldstein_mean" and one line per row.
 * Sums with one decimal, means with three. */
DYAD_INTERNAL void dyad_series_csv(dyad_series *s, dyad_strbuf *sb);

#endif
