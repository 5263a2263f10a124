/* map.c — the SVG world map of event places (map.h). */
#include "agg/map.h"

#include "agg/chart.h"

#include <math.h>
#include <stdio.h>

/* The map's frame inside the 960 x 540 page. */
#define MX 40.0
#define MY 60.0
#define MW 880.0
#define MH 440.0

static double px(double lon) { return MX + (lon + 180.0) / 360.0 * MW; }
static double py(double lat) { return MY + (90.0 - lat) / 180.0 * MH; }

static void graticule(dyad_strbuf *sb)
{
    dyad_sb_printf(sb, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                       "fill=\"#eef4fa\" stroke=\"#888\"/>\n<g stroke=\"#c8d4e0\" "
                       "stroke-width=\"0.7\">\n", MX, MY, MW, MH);
    for (int lon = -150; lon <= 150; lon += 30)
        dyad_sb_printf(sb, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", px(lon),
                       py(90), px(lon), py(-90));
    for (int lat = -60; lat <= 60; lat += 30)
        dyad_sb_printf(sb, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"%s/>\n",
                       px(-180), py(lat), px(180), py(lat),
                       lat == 0 ? " stroke=\"#9fb3c8\"" : "");
    dyad_sb_puts(sb, "</g>\n");
}

int dyad_map_svg(dyad_strbuf *sb, const dyad_place_row *rows, int n, long unplaced,
                 dyad_err *err)
{
    if (n <= 0)
        return dyad_err_set(err, DYAD_ENOTFOUND, "no placed events to map");
    long total = 0, most = 1;
    for (int i = 0; i < n; i++) {
        total += rows[i].events;
        if (rows[i].events > most)
            most = rows[i].events;
    }
    char sub[160];
    snprintf(sub, sizeof sub, "%ld events at %d places (%ld not placed); dot area by events, "
             "colour by the most frequent quad class", total, n, unplaced);
    dyad_chart_begin(sb, "Where events happened", sub);
    graticule(sb);
    /* largest first, so small dots stay visible on top */
    for (int i = 0; i < n; i++) {
        const dyad_place_row *r = &rows[i];
        int q = 0;
        for (int k = 1; k < 4; k++)
            if (r->quad[k] > r->quad[q])
                q = k;
        double radius = 2.0 + 16.0 * sqrt((double)r->events / (double)most);
        dyad_sb_printf(sb, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" "
                           "fill-opacity=\"0.75\" stroke=\"#333\" stroke-width=\"0.5\"><title>",
                       px(r->lon), py(r->lat), radius, dyad_chart_quad_color(q));
        dyad_chart_xml(sb, r->name);
        if (r->admin1[0] && r->admin1 != r->name) {
            dyad_sb_puts(sb, ", ");
            dyad_chart_xml(sb, r->admin1);
        }
        dyad_sb_printf(sb, " (%s): %ld events, %ld/%ld/%ld/%ld by quad class</title></circle>\n",
                       r->country, r->events, r->quad[0], r->quad[1], r->quad[2], r->quad[3]);
    }
    dyad_chart_legend(sb, 525);
    dyad_sb_puts(sb, "</svg>\n");
    return sb->failed ? dyad_err_set(err, DYAD_ENOMEM, "out of memory") : DYAD_OK;
}
