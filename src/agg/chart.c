/* chart.c — SVG rendering of a dyad's timeline and of the most active dyads (chart.h). */
#include "agg/chart.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/alloc.h"

#define W 960
#define H 540

static const char *const QUAD_NAME[4] = {"verbal cooperation", "material cooperation",
                                         "verbal conflict", "material conflict"};
static const char *const QUAD_COLOR[4] = {"#a6d96a", "#1a9641", "#fdae61", "#d7191c"};
#define LINE_COLOR "#2c7bb6"

/* Appends s as XML character data. */
static void xml_text(dyad_strbuf *sb, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': dyad_sb_puts(sb, "&lt;"); break;
        case '>': dyad_sb_puts(sb, "&gt;"); break;
        case '&': dyad_sb_puts(sb, "&amp;"); break;
        case '"': dyad_sb_puts(sb, "&quot;"); break;
        default:
            if ((unsigned char)*s >= 0x20 || *s == '\t')
                dyad_sb_putc(sb, *s);
        }
    }
}

static void num(dyad_strbuf *sb, double v) { dyad_sb_fixed(sb, v, 1); }

static void text(dyad_strbuf *sb, double x, double y, const char *anchor, const char *extra,
                 const char *s)
{
    dyad_sb_puts(sb, "<text x=\"");
    num(sb, x);
    dyad_sb_puts(sb, "\" y=\"");
    num(sb, y);
    dyad_sb_puts(sb, "\" text-anchor=\"");
    dyad_sb_puts(sb, anchor);
    dyad_sb_puts(sb, "\"");
    if (extra) {
        dyad_sb_putc(sb, ' ');
        dyad_sb_puts(sb, extra);
    }
    dyad_sb_putc(sb, '>');
    xml_text(sb, s);
    dyad_sb_puts(sb, "</text>\n");
}

static void rect(dyad_strbuf *sb, double x, double y, double w, double h, const char *fill,
                 const char *title)
{
    dyad_sb_puts(sb, "<rect x=\"");
    num(sb, x);
    dyad_sb_puts(sb, "\" y=\"");
    num(sb, y);
    dyad_sb_puts(sb, "\" width=\"");
    num(sb, w);
    dyad_sb_puts(sb, "\" height=\"");
    num(sb, h);
    dyad_sb_puts(sb, "\" fill=\"");
    dyad_sb_puts(sb, fill);
    if (title) {
        dyad_sb_puts(sb, "\"><title>");
        xml_text(sb, title);
        dyad_sb_puts(sb, "</title></rect>\n");
    } else {
        dyad_sb_puts(sb, "\"/>\n");
    }
}

static void line(dyad_strbuf *sb, double x1, double y1, double x2, double y2, const char *style)
{
    dyad_sb_puts(sb, "<line x1=\"");
    num(sb, x1);
    dyad_sb_puts(sb, "\" y1=\"");
    num(sb, y1);
    dyad_sb_puts(sb, "\" x2=\"");
    num(sb, x2);
    dyad_sb_puts(sb, "\" y2=\"");
    num(sb, y2);
    dyad_sb_puts(sb, "\" ");
    dyad_sb_puts(sb, style);
    dyad_sb_puts(sb, "/>\n");
}

static void begin(dyad_strbuf *sb, const char *title, const char *subtitle)
{
    dyad_sb_puts(sb, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\" height=\"540\" "
                     "viewBox=\"0 0 960 540\" font-family=\"Helvetica, Arial, sans-serif\" "
                     "font-size=\"12\">\n<title>");
    xml_text(sb, title);
    dyad_sb_puts(sb, "</title>\n<rect width=\"960\" height=\"540\" fill=\"white\"/>\n");
    text(sb, W / 2.0, 26, "middle", "font-size=\"18\" font-weight=\"bold\"", title);
    text(sb, W / 2.0, 45, "middle", "fill=\"#555\"", subtitle);
}

/* Legend of the four quad classes (and the Goldstein line when line_too), centred at y. */
static void legend(dyad_strbuf *sb, double y, bool line_too)
{
    double x = line_too ? 130 : 190;
    for (int q = 0; q < 4; q++) {
        rect(sb, x, y - 10, 12, 12, QUAD_COLOR[q], NULL);
        text(sb, x + 17, y, "start", NULL, QUAD_NAME[q]);
        x += 160;
    }
    if (line_too) {
        line(sb, x, y - 4, x + 22, y - 4, "stroke=\"" LINE_COLOR "\" stroke-width=\"2.5\"");
        text(sb, x + 27, y, "start", NULL, "Goldstein mean");
    }
}

/* A "nice" tick step (1, 2 or 5 times a power of ten) for about 5 ticks up to max. */
static double nice_step(double max)
{
    if (max <= 5)
        return 1;
    double raw = max / 5, p = pow(10, floor(log10(raw)));
    double f = raw / p;
    return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}

static const char *const BY_NAME[] = {"day", "week", "month", "year"};

int dyad_chart_timeline(dyad_strbuf *sb, const char *a, const char *b, int by,
                        const dyad_series_row *rows, int n, dyad_err *err)
{
    if (n <= 0)
        return dyad_err_set(err, DYAD_ENOTFOUND, "no dated events between %s and %s", a, b);
    if (by < DYAD_BY_DAY || by > DYAD_BY_YEAR)
        return dyad_err_set(err, DYAD_EINVAL, "bad period");
    /* slots: every period from the first row's to the last row's */
    char day[11], last_day[11], lab[16];
    if (!dyad_period_start(rows[0].period, by, day) ||
        !dyad_period_start(rows[n - 1].period, by, last_day))
        return dyad_err_set(err, DYAD_EINVAL, "bad period label '%s'", rows[0].period);
    typedef struct slot {
        char label[16];
        const dyad_series_row *row;
    } slot;
    slot *slots = NULL;
    size_t ns = 0, cap = 0;
    int ri = 0;
    while (strcmp(day, last_day) <= 0) {
        dyad_period_label(day, by, lab, sizeof lab);
        if (ns == 0 || strcmp(slots[ns - 1].label, lab) != 0) {
            if (ns >= DYAD_CHART_MAX_SLOTS) {
                dyad_free(slots);
                return dyad_err_set(err, DYAD_EINVAL,
                                    "more than %d periods between %s and %s: use a coarser "
                                    "--by", DYAD_CHART_MAX_SLOTS, rows[0].period,
                                    rows[n - 1].period);
            }
            if (dyad_grow(&slots, &cap, ns + 1, sizeof *slots) != DYAD_OK) {
                dyad_free(slots);
                return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
            }
            memcpy(slots[ns].label, lab, sizeof lab);
            slots[ns].row = NULL;
            while (ri < n && strcmp(rows[ri].period, lab) < 0)
                ri++;
            if (ri < n && strcmp(rows[ri].period, lab) == 0)
                slots[ns].row = &rows[ri];
            ns++;
        }
        if (!dyad_date_add(day, by == DYAD_BY_WEEK ? 7 : 1, day))
            break;
    }
    long total = 0, maxc = 0;
    for (int i = 0; i < n; i++) {
        total += rows[i].events;
        long c = rows[i].quad[0] + rows[i].quad[1] + rows[i].quad[2] + rows[i].quad[3];
        if (c > maxc)
            maxc = c;
    }
    /* frame */
    dyad_strbuf t = DYAD_STRBUF_INIT, st = DYAD_STRBUF_INIT;
    if (strcmp(a, b) == 0) /* a domestic dyad: KEN,KEN */
        dyad_sb_printf(&t, "Events within %s, by %s", a, BY_NAME[by]);
    else
        dyad_sb_printf(&t, "Events between %s and %s, by %s", a, b, BY_NAME[by]);
    dyad_sb_printf(&st, "%ld events, %s to %s", total, rows[0].period, rows[n - 1].period);
    begin(sb, t.failed ? "" : t.data, st.failed ? "" : st.data);
    dyad_sb_free(&t);
    dyad_sb_free(&st);
    legend(sb, 70, true);
    const double x0 = 80, x1 = W - 80, y0 = 95, y1 = H - 75;
    double step = nice_step((double)maxc), ymax = ceil((double)(maxc ? maxc : 1) / step) * step;
    if (ymax <= (double)maxc) /* headroom above the highest bar */
        ymax += step;
    /* left axis: counts */
    for (double v = 0; v <= ymax + 1e-9; v += step) {
        double y = y1 - (y1 - y0) * v / ymax;
        line(sb, x0, y, x1, y, "stroke=\"#e5e5e5\"");
        char buf[32];
        snprintf(buf, sizeof buf, "%.0f", v);
        text(sb, x0 - 6, y + 4, "end", NULL, buf);
    }
    /* right axis: Goldstein -10..10, ticks on the axis only (a line across the plot would
     * read as a level of the event counts) */
    for (int g = -10; g <= 10; g += 5) {
        double y = y1 - (y1 - y0) * (g + 10) / 20.0;
        char buf[8];
        snprintf(buf, sizeof buf, "%+d", g);
        text(sb, x1 + 6, y + 4, "start", "fill=\"" LINE_COLOR "\"", g ? buf : "0");
        line(sb, x1 - 4, y, x1, y, "stroke=\"" LINE_COLOR "\"");
    }
    double slot_w = (x1 - x0) / (double)ns, bar_w = slot_w * 0.8;
    /* bars */
    for (size_t i = 0; i < ns; i++) {
        const dyad_series_row *r = slots[i].row;
        if (!r)
            continue;
        double y = y1, x = x0 + slot_w * (double)i + (slot_w - bar_w) / 2;
        for (int q = 0; q < 4; q++) {
            if (!r->quad[q])
                continue;
            double h = (y1 - y0) * (double)r->quad[q] / ymax;
            char tip[128];
            snprintf(tip, sizeof tip, "%s: %ld %s", r->period, r->quad[q], QUAD_NAME[q]);
            rect(sb, x, y - h, bar_w, h, QUAD_COLOR[q], tip);
            y -= h;
        }
    }
    /* Goldstein mean line through the periods that have events, drawn over a wide white halo
     * so that it stays readable on top of the bars; it breaks at periods without events */
    dyad_strbuf d = DYAD_STRBUF_INIT;
    bool first = true;
    for (size_t i = 0; i < ns; i++) {
        const dyad_series_row *r = slots[i].row;
        if (!r || !r->events) {
            first = true;
            continue;
        }
        double gm = r->gsum / (double)r->events;
        double x = x0 + slot_w * ((double)i + 0.5), y = y1 - (y1 - y0) * (gm + 10) / 20.0;
        dyad_sb_putc(&d, first ? 'M' : 'L');
        num(&d, x);
        dyad_sb_putc(&d, ' ');
        num(&d, y);
        dyad_sb_putc(&d, ' ');
        first = false;
    }
    if (d.failed)
        sb->failed = true;
    const char *path = d.data ? d.data : "";
    dyad_sb_printf(sb, "<path fill=\"none\" stroke=\"white\" stroke-width=\"5\" "
                       "stroke-linejoin=\"round\" d=\"%s\"/>\n", path);
    dyad_sb_printf(sb, "<path fill=\"none\" stroke=\"" LINE_COLOR "\" stroke-width=\"2.5\" "
                       "stroke-linejoin=\"round\" d=\"%s\"/>\n", path);
    dyad_sb_free(&d);
    for (size_t i = 0; i < ns; i++) {
        const dyad_series_row *r = slots[i].row;
        if (!r || !r->events)
            continue;
        double gm = r->gsum / (double)r->events;
        double x = x0 + slot_w * ((double)i + 0.5), y = y1 - (y1 - y0) * (gm + 10) / 20.0;
        dyad_sb_puts(sb, "<circle cx=\"");
        num(sb, x);
        dyad_sb_puts(sb, "\" cy=\"");
        num(sb, y);
        dyad_sb_printf(sb, "\" r=\"3\" fill=\"" LINE_COLOR "\"><title>%s: Goldstein mean ",
                       r->period);
        dyad_sb_fixed(sb, gm, 2);
        dyad_sb_puts(sb, "</title></circle>\n");
    }
    /* axes and x labels (at most 10, evenly spaced) */
    line(sb, x0, y1, x1, y1, "stroke=\"#333\"");
    line(sb, x0, y0, x0, y1, "stroke=\"#333\"");
    line(sb, x1, y0, x1, y1, "stroke=\"" LINE_COLOR "\"");
    size_t every = (ns + 9) / 10;
    for (size_t i = 0; i < ns; i += every) {
        double x = x0 + slot_w * ((double)i + 0.5);
        line(sb, x, y1, x, y1 + 4, "stroke=\"#333\"");
        text(sb, x, y1 + 18, "middle", NULL, slots[i].label);
    }
    dyad_free(slots);
    char axis[64];
    snprintf(axis, sizeof axis, "%s", BY_NAME[by]);
    text(sb, (x0 + x1) / 2, H - 30, "middle", "font-weight=\"bold\"", axis);
    snprintf(axis, sizeof axis, "events per %s", BY_NAME[by]);
    dyad_sb_puts(sb, "<g transform=\"translate(24 307) rotate(-90)\">\n");
    text(sb, 0, 0, "middle", "font-weight=\"bold\"", axis);
    dyad_sb_puts(sb, "</g>\n<g transform=\"translate(944 307) rotate(90)\">\n");
    text(sb, 0, 0, "middle", "font-weight=\"bold\" fill=\"" LINE_COLOR "\"",
         "Goldstein mean (-10 conflict to +10 cooperation)");
    dyad_sb_puts(sb, "</g>\n</svg>\n");
    return sb->failed ? dyad_err_set(err, DYAD_ENOMEM, "out of memory") : DYAD_OK;
}

typedef struct dyad_total {
    const char *source, *target;
    long events, quad[4];
    double gsum;
} dyad_total;

static int cmp_pair(const void *x, const void *y)
{
    const dyad_series_row *a = *(const dyad_series_row *const *)x;
    const dyad_series_row *b = *(const dyad_series_row *const *)y;
    int c = strcmp(a->source, b->source);
    return c ? c : strcmp(a->target, b->target);
}

static int cmp_total(const void *x, const void *y)
{
    const dyad_total *a = x, *b = y;
    if (a->events != b->events)
        return a->events > b->events ? -1 : 1;
    int c = strcmp(a->source, b->source);
    return c ? c : strcmp(a->target, b->target);
}

int dyad_chart_top(dyad_strbuf *sb, int top, const dyad_series_row *rows, int n, dyad_err *err)
{
    if (n <= 0)
        return dyad_err_set(err, DYAD_ENOTFOUND, "no dated events with a source and a target");
    const dyad_series_row **p = dyad_malloc((size_t)n * sizeof *p);
    dyad_total *t = dyad_calloc((size_t)n, sizeof *t);
    if (!p || !t) {
        dyad_free(p);
        dyad_free(t);
        return dyad_err_set(err, DYAD_ENOMEM, "out of memory");
    }
    const char *first = rows[0].period, *last = rows[n - 1].period;
    for (int i = 0; i < n; i++)
        p[i] = &rows[i];
    if ((size_t)n > 1) /* qsort must not get a NULL array, even of 0 */
        qsort(p, (size_t)n, sizeof *p, cmp_pair);
    int nt = 0;
    for (int i = 0; i < n; i++) {
        if (!nt || cmp_pair(&p[i], &p[i - 1]) != 0)
            t[nt++] = (dyad_total){p[i]->source, p[i]->target, 0, {0}, 0};
        dyad_total *d = &t[nt - 1];
        d->events += p[i]->events;
        for (int q = 0; q < 4; q++)
            d->quad[q] += p[i]->quad[q];
        d->gsum += p[i]->gsum;
    }
    if ((size_t)nt > 1) /* qsort must not get a NULL array, even of 0 */
        qsort(t, (size_t)nt, sizeof *t, cmp_total);
    if (top > nt)
        top = nt;
    char title[64], sub[128];
    snprintf(title, sizeof title, "The %d most active dyads", top);
    snprintf(sub, sizeof sub, "events by quad class, %s to %s (%d dyads in all)", first, last, nt);
    begin(sb, title, sub);
    legend(sb, 70, false);
    const double x0 = 170, x1 = W - 200, y0 = 90, y1 = H - 60;
    double maxc = (double)(t[0].events ? t[0].events : 1);
    double step = nice_step(maxc), xmax = ceil(maxc / step) * step;
    if (xmax <= maxc)
        xmax += step;
    for (double v = 0; v <= xmax + 1e-9; v += step) {
        double x = x0 + (x1 - x0) * v / xmax;
        line(sb, x, y0, x, y1, "stroke=\"#e5e5e5\"");
        char buf[32];
        snprintf(buf, sizeof buf, "%.0f", v);
        text(sb, x, y1 + 16, "middle", NULL, buf);
    }
    double row_h = (y1 - y0) / top, bar_h = row_h * 0.7;
    if (bar_h > 28)
        bar_h = 28;
    for (int i = 0; i < top; i++) {
        double y = y0 + row_h * i + (row_h - bar_h) / 2, x = x0;
        char lab[96];
        if (strcmp(t[i].source, t[i].target) == 0) /* a domestic dyad */
            snprintf(lab, sizeof lab, "within %s", t[i].source);
        else
            snprintf(lab, sizeof lab, "%s \xe2\x80\x93 %s", t[i].source, t[i].target);
        text(sb, x0 - 8, y + bar_h / 2 + 4, "end", NULL, lab);
        for (int q = 0; q < 4; q++) {
            if (!t[i].quad[q])
                continue;
            double w = (x1 - x0) * (double)t[i].quad[q] / xmax;
            char tip[160];
            snprintf(tip, sizeof tip, "%s: %ld %s", lab, t[i].quad[q], QUAD_NAME[q]);
            rect(sb, x, y, w, bar_h, QUAD_COLOR[q], tip);
            x += w;
        }
        dyad_strbuf val = DYAD_STRBUF_INIT;
        double gm = t[i].events ? t[i].gsum / (double)t[i].events : 0.0;
        dyad_sb_int(&val, t[i].events);
        dyad_sb_puts(&val, gm >= 0 ? " (Goldstein mean +" : " (Goldstein mean ");
        dyad_sb_fixed(&val, gm, 1);
        dyad_sb_putc(&val, ')');
        text(sb, x + 6, y + bar_h / 2 + 4, "start", "fill=\"#333\"", val.failed ? "" : val.data);
        dyad_sb_free(&val);
    }
    line(sb, x0, y0, x0, y1, "stroke=\"#333\"");
    line(sb, x0, y1, x1, y1, "stroke=\"#333\"");
    text(sb, (x0 + x1) / 2, H - 20, "middle", "font-weight=\"bold\"", "events (source \xe2\x80\x93 target, both directions pooled unless --directed)");
    dyad_sb_puts(sb, "</svg>\n");
    dyad_free(p);
    dyad_free(t);
    return sb->failed ? dyad_err_set(err, DYAD_ENOMEM, "out of memory") : DYAD_OK;
}

/* The pieces map.c shares (chart.h). */
void dyad_chart_begin(dyad_strbuf *sb, const char *title, const char *subtitle)
{
    begin(sb, title, subtitle);
}

void dyad_chart_legend(dyad_strbuf *sb, double y) { legend(sb, y, false); }

const char *dyad_chart_quad_color(int q) { return QUAD_COLOR[q >= 0 && q < 4 ? q : 0]; }

void dyad_chart_xml(dyad_strbuf *sb, const char *s) { xml_text(sb, s); }
