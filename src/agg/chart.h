/* chart.h — self-contained SVG charts of dyadic series: a dyad's timeline and the top dyads. */
#ifndef DYAD_CHART_H
#define DYAD_CHART_H

#include "agg/series.h"
#include "base/strbuf.h"

/* Timeline of one dyad: quad-class counts as stacked bars (left axis), the Goldstein mean as a
 * line (right axis, -10..10), one slot per period from the first to the last row (empty
 * periods shown empty), dates on the x axis, legend and title. rows: the rows of one dyad
 * sorted by period (as dyad_series_rows gives them). More than DYAD_CHART_MAX_SLOTS periods:
 * DYAD_EINVAL (use a coarser period). No rows: DYAD_ENOTFOUND. */
#define DYAD_CHART_MAX_SLOTS 1500
DYAD_INTERNAL int dyad_chart_timeline(dyad_strbuf *sb, const char *a, const char *b, int by,
                                      const dyad_series_row *rows, int n, dyad_err *err);
/* Horizontal bar chart of the top most active dyads over all rows (counts summed per
 * source,target), each bar split by quad class, with its event count and Goldstein mean. */
DYAD_INTERNAL int dyad_chart_top(dyad_strbuf *sb, int top, const dyad_series_row *rows, int n,
                                 dyad_err *err);

/* Pieces shared with the map (map.c): the 960 x 540 page with its title and subtitle (the
 * caller closes it with "</svg>"), the legend of the quad classes centred at y, the colour of
 * quad class q (0-based), and XML character data. */
DYAD_INTERNAL void dyad_chart_begin(dyad_strbuf *sb, const char *title, const char *subtitle);
DYAD_INTERNAL void dyad_chart_legend(dyad_strbuf *sb, double y);
DYAD_INTERNAL const char *dyad_chart_quad_color(int q);
DYAD_INTERNAL void dyad_chart_xml(dyad_strbuf *sb, const char *s);

#endif
