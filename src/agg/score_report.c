/* score_report.c — formats the figures of dyad_score (score.h) for people and for machines. */
#include "agg/score_report.h"

#include <math.h>
#include <string.h>

/* A figure in 0..1 as "0.512", independent of the locale. */
static void fig(dyad_strbuf *sb, double v)
{
    long k = lround(v * 1000.0);
    dyad_sb_printf(sb, "%ld.%03ld", k / 1000, k % 1000);
}

static void fig_padded(dyad_strbuf *sb, double v, int width)
{
    dyad_sb_printf(sb, "%*s", width - 5, "");
    fig(sb, v);
}

static void root_name(char *buf, int r)
{
    buf[0] = (char)('0' + r / 10);
    buf[1] = (char)('0' + r % 10);
    buf[2] = '\0';
}

static const char *plover_label(const char *p) { return *p ? p : "-"; }

static void prf_cols(dyad_strbuf *sb, const dyad_prf *x)
{
    dyad_sb_printf(sb, " %5ld %5ld %5ld ", x->tp, x->fp, x->fn);
    fig_padded(sb, x->p, 10);
    fig_padded(sb, x->r, 8);
    fig_padded(sb, x->f1, 7);
    dyad_sb_putc(sb, '\n');
}

static void text_summary(const dyad_score_result *r, dyad_strbuf *sb)
{
    dyad_sb_printf(sb,
                   "documents %ld; gold %ld required, %ld optional, %ld negative; events %ld "
                   "scored, %ld ignored (documents not in the gold)\n",
                   r->docs, r->gold_req, r->gold_opt, r->gold_neg, r->events, r->ignored);
    dyad_sb_puts(sb, "          TP    FP    FN  precision  recall     F1\n");
    dyad_sb_puts(sb, "loose ");
    prf_cols(sb, &r->loose);
    dyad_sb_puts(sb, "strict");
    prf_cols(sb, &r->strict);
    dyad_sb_printf(sb,
                   "events on optional rows: %ld (neither TP nor FP); false on negatives: %ld "
                   "of %ld negative rows\n",
                   r->opt_matched, r->neg_false, r->gold_neg);
}

static void bucket_row(dyad_strbuf *sb, const char *name, const dyad_score_bucket *b)
{
    dyad_sb_printf(sb, "%-10s %5ld %6ld", name, b->gold, b->events);
    prf_cols(sb, &b->loose);
}

static void text_tables(const dyad_score_result *r, dyad_strbuf *sb)
{
    dyad_sb_puts(sb, "\nper CAMEO root (loose; TP and FN under the gold code, FP under the "
                     "coded one)\n"
                     "root        gold events    TP    FP    FN  precision  recall     F1\n");
    char name[3];
    for (int k = 1; k < DYAD_SCORE_NROOT; k++) {
        if (!r->root[k].gold && !r->root[k].events)
            continue;
        root_name(name, k);
        bucket_row(sb, name, &r->root[k]);
    }
    dyad_sb_puts(sb, "\nper PLOVER category (loose; - = codes with no category)\n"
                     "plover      gold events    TP    FP    FN  precision  recall     F1\n");
    for (int k = 0; k < r->n_plover; k++)
        if (r->plover[k].gold || r->plover[k].events)
            bucket_row(sb, plover_label(r->plover_name[k]), &r->plover[k]);
}

static void text_confusion(const dyad_score_result *r, dyad_strbuf *sb)
{
    bool row_on[DYAD_SCORE_NROOT] = {false}, col_on[DYAD_SCORE_NROOT] = {false};
    bool any = false;
    for (int g = 0; g < DYAD_SCORE_NROOT; g++)
        for (int e = 0; e < DYAD_SCORE_NROOT; e++)
            if (r->confusion[g][e]) {
                row_on[g] = col_on[e] = any = true;
            }
    dyad_sb_puts(sb, "\nconfusion of CAMEO roots (rows: gold, columns: coded; same sentence and "
                     "actor roots; none = missed / false)\n");
    if (!any) {
        dyad_sb_puts(sb, "(empty: no missed or false events)\n");
        return;
    }
    char name[3];
    dyad_sb_puts(sb, "gold\\coded");
    for (int e = 1; e < DYAD_SCORE_NROOT; e++)
        if (col_on[e]) {
            root_name(name, e);
            dyad_sb_printf(sb, " %5s", name);
        }
    if (col_on[0])
        dyad_sb_puts(sb, "  none");
    dyad_sb_putc(sb, '\n');
    for (int pass = 0; pass < 2; pass++)
        for (int g = pass ? 0 : 1; pass ? g == 0 : g < DYAD_SCORE_NROOT; g++) {
            if (!row_on[g])
                continue;
            if (g) {
                root_name(name, g);
                dyad_sb_printf(sb, "%-10s", name);
            } else {
                dyad_sb_printf(sb, "%-10s", "none");
            }
            for (int e = 1; e < DYAD_SCORE_NROOT; e++)
                if (col_on[e])
                    dyad_sb_printf(sb, " %5ld", r->confusion[g][e]);
            if (col_on[0]) {
                if (g)
                    dyad_sb_printf(sb, " %5ld", r->confusion[g][0]);
                else
                    dyad_sb_printf(sb, " %5s", "-");
            }
            dyad_sb_putc(sb, '\n');
        }
}

static void dyad_text(dyad_strbuf *sb, const char *source, const char *target, const char *code)
{
    dyad_sb_printf(sb, "%s -> %s %s", *source ? source : "-", *target ? target : "-", code);
}

static void text_lists(const dyad_score *s, dyad_strbuf *sb)
{
    const dyad_gold *g = dyad_score_gold(s);
    dyad_sb_puts(sb, "\nmissed (required gold rows with no match):\n");
    for (size_t i = 0; i < g->n; i++) {
        const dyad_gold_row *row = &g->rows[i];
        dyad_match lv;
        if (row->doc_only || row->cls != DYAD_GOLD_REQ || dyad_score_gold_pair(s, i, &lv) >= 0)
            continue;
        dyad_sb_printf(sb, "  %s  \"%s\"  ", dyad_gold_doc_name(g, row->doc), row->anchor);
        dyad_text(sb, row->source, row->target, row->code);
        dyad_sb_printf(sb, "  (line %ld)%s%s\n", row->line, *row->note ? "  " : "", row->note);
    }
    dyad_sb_puts(sb, "\nfalse (coded events with no required or optional match):\n");
    for (size_t i = 0; i < dyad_score_nevents(s); i++) {
        const dyad_score_event *e = dyad_score_event_at(s, i);
        if (e->gold >= 0 && g->rows[e->gold].cls != DYAD_GOLD_NEG)
            continue;
        dyad_sb_printf(sb, "  %s #%d  ", dyad_gold_doc_name(g, e->doc), (int)e->sent);
        dyad_text(sb, e->source, e->target, e->code);
        if (e->gold >= 0)
            dyad_sb_printf(sb, "  (negative row, line %ld)", g->rows[e->gold].line);
        dyad_sb_putc(sb, '\n');
        if (*e->text)
            dyad_sb_printf(sb, "      %s\n", e->text);
    }
    dyad_sb_puts(sb, "\nloose but not strict (coded vs gold):\n");
    for (size_t i = 0; i < dyad_score_nevents(s); i++) {
        const dyad_score_event *e = dyad_score_event_at(s, i);
        if (e->gold < 0 || e->level != DYAD_MATCH_LOOSE)
            continue;
        const dyad_gold_row *row = &g->rows[e->gold];
        dyad_sb_printf(sb, "  %s #%d  coded ", dyad_gold_doc_name(g, e->doc), (int)e->sent);
        dyad_text(sb, e->source, e->target, e->code);
        dyad_sb_puts(sb, "   gold ");
        dyad_text(sb, row->source, row->target, row->code);
        dyad_sb_printf(sb, " (line %ld)\n", row->line);
    }
}

void dyad_score_report_text(const dyad_score *s, bool verbose, dyad_strbuf *sb)
{
    const dyad_score_result *r = dyad_score_get(s);
    text_summary(r, sb);
    text_tables(r, sb);
    text_confusion(r, sb);
    if (verbose)
        text_lists(s, sb);
}

void dyad_score_report_line(const dyad_score *s, const char *label, dyad_strbuf *sb)
{
    const dyad_score_result *r = dyad_score_get(s);
    dyad_sb_printf(sb, "%s: %ld docs, %ld gold, %ld events; loose P ", label, r->docs,
                   r->gold_req, r->events);
    fig(sb, r->loose.p);
    dyad_sb_puts(sb, " R ");
    fig(sb, r->loose.r);
    dyad_sb_puts(sb, " F1 ");
    fig(sb, r->loose.f1);
    dyad_sb_puts(sb, "; strict P ");
    fig(sb, r->strict.p);
    dyad_sb_puts(sb, " R ");
    fig(sb, r->strict.r);
    dyad_sb_puts(sb, " F1 ");
    fig(sb, r->strict.f1);
    dyad_sb_putc(sb, '\n');
}

/* --- JSON ---------------------------------------------------------------------------------- */

static void jkey(dyad_strbuf *sb, const char *k)
{
    dyad_sb_json_str(sb, k, strlen(k));
    dyad_sb_putc(sb, ':');
}

static void jstr(dyad_strbuf *sb, const char *k, const char *v)
{
    jkey(sb, k);
    dyad_sb_json_str(sb, v, strlen(v));
}

static void jprf(dyad_strbuf *sb, const dyad_prf *x)
{
    dyad_sb_printf(sb, "{\"tp\":%ld,\"fp\":%ld,\"fn\":%ld,\"precision\":", x->tp, x->fp, x->fn);
    fig(sb, x->p);
    dyad_sb_puts(sb, ",\"recall\":");
    fig(sb, x->r);
    dyad_sb_puts(sb, ",\"f1\":");
    fig(sb, x->f1);
    dyad_sb_putc(sb, '}');
}

static void jbucket(dyad_strbuf *sb, const char *key, const char *name,
                    const dyad_score_bucket *b)
{
    dyad_sb_putc(sb, '{');
    jstr(sb, key, name);
    dyad_sb_printf(sb, ",\"gold\":%ld,\"events\":%ld,\"loose\":", b->gold, b->events);
    jprf(sb, &b->loose);
    dyad_sb_putc(sb, '}');
}

static void jdyad(dyad_strbuf *sb, const char *source, const char *target, const char *code)
{
    jstr(sb, "source", source);
    dyad_sb_putc(sb, ',');
    jstr(sb, "target", target);
    dyad_sb_putc(sb, ',');
    jstr(sb, "code", code);
}

static void json_lists(const dyad_score *s, dyad_strbuf *sb)
{
    const dyad_gold *g = dyad_score_gold(s);
    dyad_sb_puts(sb, ",\"missed\":[");
    bool first = true;
    for (size_t i = 0; i < g->n; i++) {
        const dyad_gold_row *row = &g->rows[i];
        dyad_match lv;
        if (row->doc_only || row->cls != DYAD_GOLD_REQ || dyad_score_gold_pair(s, i, &lv) >= 0)
            continue;
        dyad_sb_puts(sb, first ? "{" : ",{");
        first = false;
        jstr(sb, "doc", dyad_gold_doc_name(g, row->doc));
        dyad_sb_putc(sb, ',');
        jstr(sb, "anchor", row->anchor);
        dyad_sb_putc(sb, ',');
        jdyad(sb, row->source, row->target, row->code);
        dyad_sb_putc(sb, ',');
        jstr(sb, "note", row->note);
        dyad_sb_printf(sb, ",\"line\":%ld}", row->line);
    }
    dyad_sb_puts(sb, "],\"false\":[");
    first = true;
    for (size_t i = 0; i < dyad_score_nevents(s); i++) {
        const dyad_score_event *e = dyad_score_event_at(s, i);
        if (e->gold >= 0 && g->rows[e->gold].cls != DYAD_GOLD_NEG)
            continue;
        dyad_sb_puts(sb, first ? "{" : ",{");
        first = false;
        jstr(sb, "doc", dyad_gold_doc_name(g, e->doc));
        dyad_sb_printf(sb, ",\"sent\":%d,", (int)e->sent);
        jdyad(sb, e->source, e->target, e->code);
        dyad_sb_putc(sb, ',');
        jstr(sb, "text", e->text);
        dyad_sb_printf(sb, ",\"negative_line\":%ld}", e->gold >= 0 ? g->rows[e->gold].line : 0L);
    }
    dyad_sb_puts(sb, "],\"loose_not_strict\":[");
    first = true;
    for (size_t i = 0; i < dyad_score_nevents(s); i++) {
        const dyad_score_event *e = dyad_score_event_at(s, i);
        if (e->gold < 0 || e->level != DYAD_MATCH_LOOSE)
            continue;
        const dyad_gold_row *row = &g->rows[e->gold];
        dyad_sb_puts(sb, first ? "{" : ",{");
        first = false;
        jstr(sb, "doc", dyad_gold_doc_name(g, e->doc));
        dyad_sb_printf(sb, ",\"sent\":%d,\"coded\":{", (int)e->sent);
        jdyad(sb, e->source, e->target, e->code);
        dyad_sb_puts(sb, "},\"gold\":{");
        jdyad(sb, row->source, row->target, row->code);
        dyad_sb_printf(sb, "},\"line\":%ld}", row->line);
    }
    dyad_sb_putc(sb, ']');
}

void dyad_score_report_json(const dyad_score *s, bool verbose, dyad_strbuf *sb)
{
    const dyad_score_result *r = dyad_score_get(s);
    dyad_sb_printf(sb,
                   "{\"summary\":{\"documents\":%ld,\"gold_req\":%ld,\"gold_opt\":%ld,"
                   "\"gold_neg\":%ld,\"events\":%ld,\"ignored\":%ld,\"opt_matched\":%ld,"
                   "\"neg_false\":%ld,\"loose\":",
                   r->docs, r->gold_req, r->gold_opt, r->gold_neg, r->events, r->ignored,
                   r->opt_matched, r->neg_false);
    jprf(sb, &r->loose);
    dyad_sb_puts(sb, ",\"strict\":");
    jprf(sb, &r->strict);
    dyad_sb_puts(sb, "},\"per_root\":[");
    char name[3];
    for (int k = 1; k < DYAD_SCORE_NROOT; k++) {
        root_name(name, k);
        if (k > 1)
            dyad_sb_putc(sb, ',');
        jbucket(sb, "root", name, &r->root[k]);
    }
    dyad_sb_puts(sb, "],\"per_plover\":[");
    for (int k = 0; k < r->n_plover; k++) {
        if (k)
            dyad_sb_putc(sb, ',');
        jbucket(sb, "plover", plover_label(r->plover_name[k]), &r->plover[k]);
    }
    dyad_sb_puts(sb, "],\"confusion\":[");
    bool first = true;
    for (int g = 0; g < DYAD_SCORE_NROOT; g++)
        for (int e = 0; e < DYAD_SCORE_NROOT; e++) {
            if (!r->confusion[g][e])
                continue;
            char gn[5] = "none", en[5] = "none";
            if (g)
                root_name(gn, g);
            if (e)
                root_name(en, e);
            dyad_sb_printf(sb, "%s{\"gold\":\"%s\",\"coded\":\"%s\",\"n\":%ld}",
                           first ? "" : ",", gn, en, r->confusion[g][e]);
            first = false;
        }
    dyad_sb_putc(sb, ']');
    if (verbose)
        json_lists(s, sb);
    dyad_sb_puts(sb, "}\n");
}
