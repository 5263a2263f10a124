/* write_tsv.c — one tab-separated line per event, Phoenix column order plus dyad's columns.
 *
 * Columns (1-based), one event per line, no quoting (tabs/newlines in cells become spaces):
 *   1 EventID             document id + "-" + 0-based event index in the document
 *   2 Date                YYYYMMDD (empty when the document has no date)
 *   3 Year  4 Month  5 Day
 *   6 SourceActorFull     full actor code, "RUSGOV"
 *   7 SourceActorEntity   root (country / IGO), "RUS"
 *   8 SourceActorRole     agent, "GOV"
 *   9 SourceActorAttribute (always empty: dyad has no attributes)
 *  10-13 TargetActorFull, TargetActorEntity, TargetActorRole, TargetActorAttribute
 *  14 EventCode           CAMEO code, "042"
 *  15 EventRootCode       "04"
 *  16 QuadClass           1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
 *  17 GoldsteinScore      one decimal, "-4.0"
 *  18 Issues              comma-separated issue codes
 *  19 Lat  20 Lon       degrees, five decimals      (19-23 empty when the event was not placed)
 *  21 LocationName       the place's name, "Kyiv"
 *  22 StateName          its first-level division, "Kyiv City" (empty for a country)
 *  23 CountryCode        ISO 3166-1 alpha-3, "UKR"
 *  24 SentenceID          document id + "_" + 1-based sentence number (Phoenix style)
 *  25 URLs                the record's own top-level "url" string (decoded), when it had one
 *  26 NewsSources         the document's source (outlet)
 * dyad's extra columns:
 *  27 Plover              PLOVER category, "CONSULT"
 *  28 SentIndex           0-based sentence index
 *  29 SourceText  30 VerbText  31 TargetText   the words as they appear in the sentence */
#include "io/writer.h"

#include <string.h>

static const char *const tsv_columns[] = {
    "EventID", "Date", "Year", "Month", "Day",
    "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
    "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
    "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues",
    "Lat", "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs",
    "NewsSources", "Plover", "SentIndex", "SourceText", "VerbText", "TargetText"};

void dyad_render_tsv_header(dyad_strbuf *sb)
{
    for (size_t i = 0; i < DYAD_ARRAY_LEN(tsv_columns); i++) {
        if (i)
            dyad_sb_putc(sb, '\t');
        dyad_sb_puts(sb, tsv_columns[i]);
    }
    dyad_sb_putc(sb, '\n');
}

static void cell(dyad_strbuf *sb, const char *s)
{
    if (s)
        dyad_sb_tsv_cell(sb, s, strlen(s));
    dyad_sb_putc(sb, '\t');
}

static void cell_n(dyad_strbuf *sb, const char *s, size_t n)
{
    dyad_sb_tsv_cell(sb, s, n);
    dyad_sb_putc(sb, '\t');
}

/* True when d is "YYYY-MM-DD" with digits where they belong. */
static bool iso_date(const char *d)
{
    if (!d || strlen(d) < 10 || d[4] != '-' || d[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9'))
            return false;
    return true;
}

static void actor_cells(dyad_strbuf *sb, const dyad_actor *a)
{
    cell(sb, a->code);
    cell(sb, a->root);
    cell(sb, a->agent);
    cell(sb, "");
}

void dyad_render_tsv_at(dyad_strbuf *sb, const dyad_doc *doc, const dyad_event *e, int index)
{
    const char *id = doc->id ? doc->id : "";
    dyad_sb_tsv_cell(sb, id, strlen(id));
    dyad_sb_putc(sb, '-');
    dyad_sb_int(sb, index);
    dyad_sb_putc(sb, '\t');
    if (iso_date(doc->date)) {
        const char *d = doc->date;
        dyad_sb_append(sb, d, 4);
        dyad_sb_append(sb, d + 5, 2);
        dyad_sb_append(sb, d + 8, 2);
        dyad_sb_putc(sb, '\t');
        cell_n(sb, d, 4);
        cell_n(sb, d + 5, 2);
        cell_n(sb, d + 8, 2);
    } else {
        dyad_sb_puts(sb, "\t\t\t\t");
    }
    actor_cells(sb, &e->source);
    actor_cells(sb, &e->target);
    cell(sb, e->code);
    cell(sb, e->root);
    dyad_sb_int(sb, e->quad);
    dyad_sb_putc(sb, '\t');
    dyad_sb_fixed(sb, e->goldstein, 1);
    dyad_sb_putc(sb, '\t');
    cell(sb, e->issues);
    if (e->loc) { /* Lat Lon LocationName StateName CountryCode */
        dyad_sb_fixed(sb, e->loc->lat, 5);
        dyad_sb_putc(sb, '\t');
        dyad_sb_fixed(sb, e->loc->lon, 5);
        dyad_sb_putc(sb, '\t');
        cell(sb, e->loc->name);
        cell(sb, e->loc->admin1);
        cell(sb, e->loc->country);
    } else {
        dyad_sb_puts(sb, "\t\t\t\t\t");
    }
    dyad_sb_tsv_cell(sb, id, strlen(id));
    dyad_sb_putc(sb, '_');
    dyad_sb_int(sb, (long long)e->sent + 1);
    dyad_sb_putc(sb, '\t');
    cell_n(sb, doc->url ? doc->url : "", doc->url ? doc->url_len : 0);
    cell(sb, doc->source);
    cell(sb, e->plover);
    dyad_sb_int(sb, e->sent);
    dyad_sb_putc(sb, '\t');
    cell(sb, e->source.text);
    cell(sb, e->verb);
    if (e->target.text)
        dyad_sb_tsv_cell(sb, e->target.text, strlen(e->target.text));
    dyad_sb_putc(sb, '\n');
}

void dyad_render_tsv_list(dyad_strbuf *sb, const dyad_doc *doc, const dyad_event_list *list)
{
    for (int32_t i = 0; list && i < list->n; i++)
        dyad_render_tsv_at(sb, doc, &list->ev[i], i);
}
