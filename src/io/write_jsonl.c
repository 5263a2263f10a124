/* write_jsonl.c — one JSON object per event, on one line.
 *
 * Record (keys always present, in this order; strings "" when unknown):
 *   {"id":"DOC-0","doc":"DOC","date":"2024-01-02","sent":0,"text":"the sentence",
 *    "source":"RUSGOV","source_root":"RUS","source_agent":"GOV","source_label":"Sergey Lavrov",
 *    "target":"UKR","target_root":"UKR","target_agent":"","target_label":"Ukraine",
 *    "code":"042","root":"04","quad":1,"goldstein":1.9,"plover":"CONSULT","issues":"",
 *    "source_name":"Reuters",
 *    "evidence":{"source":{"text":"Lavrov","start":0,"end":6,"entry":"..."},
 *                "verb":{"text":"visited","start":7,"end":14,"pattern":"..."},
 *                "target":{"text":"Kyiv","start":15,"end":19,"entry":"..."},"note":"",
 *                "via":"wordnet:reprove->criticize"},         ("via" only when there is one)
 *    "location":{"name":"Kyiv","lat":50.45466,"lon":30.5238,"admin1":"Kyiv City","country":"UKR",
 *                "level":"city","geonames_id":703448,"how":"sentence",
 *                "evidence":{"text":"Kiev","start":15,"end":19}},
 *    "meta":{...the document's unknown input fields...}}        ("meta" only when there are any)
 * "location" is null when the event was not placed (--no-geo, no gazetteer, no place named);
 * "geonames_id" is null for a division or a country; "how" is "sentence" (a place its
 * sentence names), "dateline" or "article" (evidence start = end = 0 for the article's).
 * "via": the verb is in no dictionary and took the code of its WordNet synonym or direct
 * hypernym (dict.h, dyad_dict_expand_wordnet): a lower-confidence event; dyad has no
 * confidence field, this member is the mark.
 * "source_label"/"target_label": a readable name (dyad_render_actor_label). With --explain,
 * a last member "explain" holds the account of the evidence that --explain prints. 
 * "id" is the document id + "-" + the event's index in the document (as the TSV EventID).
 * Numbers are written without printf, so the locale never changes them. */
#include "io/writer.h"

#include <string.h>

static void key(dyad_strbuf *sb, const char *k)
{
    dyad_sb_putc(sb, '"');
    dyad_sb_puts(sb, k);
    dyad_sb_puts(sb, "\":");
}

static void str(dyad_strbuf *sb, const char *s)
{
    dyad_sb_json_str(sb, s ? s : "", s ? strlen(s) : 0);
}

static void kv(dyad_strbuf *sb, const char *k, const char *v)
{
    key(sb, k);
    str(sb, v);
    dyad_sb_putc(sb, ',');
}

static void kint(dyad_strbuf *sb, const char *k, long long v)
{
    key(sb, k);
    dyad_sb_int(sb, v);
    dyad_sb_putc(sb, ',');
}

static void label(dyad_strbuf *sb, const char *k, const dyad_actor *a)
{
    dyad_strbuf l = DYAD_STRBUF_INIT;
    dyad_render_actor_label(&l, a);
    if (l.failed)
        sb->failed = true;
    key(sb, k);
    dyad_sb_json_str(sb, l.data ? l.data : "", l.len);
    dyad_sb_putc(sb, ',');
    dyad_sb_free(&l);
}

static void evidence_actor(dyad_strbuf *sb, const char *name, const dyad_actor *a)
{
    key(sb, name);
    dyad_sb_putc(sb, '{');
    kv(sb, "text", a->text);
    kint(sb, "start", a->start);
    kint(sb, "end", a->end);
    key(sb, "entry");
    str(sb, a->entry);
    dyad_sb_puts(sb, "},");
}

void dyad_render_evidence(dyad_strbuf *sb, const dyad_event *e)
{
    dyad_sb_putc(sb, '{');
    evidence_actor(sb, "source", &e->source);
    key(sb, "verb");
    dyad_sb_putc(sb, '{');
    kv(sb, "text", e->verb);
    kint(sb, "start", e->verb_start);
    kint(sb, "end", e->verb_end);
    key(sb, "pattern");
    str(sb, e->pattern);
    dyad_sb_puts(sb, "},");
    evidence_actor(sb, "target", &e->target);
    key(sb, "note");
    str(sb, e->note);
    if (e->via && *e->via) { /* only on events of a verb generalised with WordNet */
        dyad_sb_putc(sb, ',');
        key(sb, "via");
        str(sb, e->via);
    }
    dyad_sb_putc(sb, '}');
}

/* Appends the "location" value: an object, or null. */
static void location(dyad_strbuf *sb, const dyad_location *l)
{
    if (!l) {
        dyad_sb_puts(sb, "null");
        return;
    }
    dyad_sb_putc(sb, '{');
    kv(sb, "name", l->name);
    key(sb, "lat");
    dyad_sb_fixed(sb, l->lat, 5);
    dyad_sb_putc(sb, ',');
    key(sb, "lon");
    dyad_sb_fixed(sb, l->lon, 5);
    dyad_sb_putc(sb, ',');
    kv(sb, "admin1", l->admin1);
    kv(sb, "country", l->country);
    kv(sb, "level", l->level);
    key(sb, "geonames_id");
    if (l->geonames_id)
        dyad_sb_int(sb, l->geonames_id);
    else
        dyad_sb_puts(sb, "null");
    dyad_sb_putc(sb, ',');
    kv(sb, "how", l->how);
    key(sb, "evidence");
    dyad_sb_putc(sb, '{');
    kv(sb, "text", l->text);
    kint(sb, "start", l->start);
    key(sb, "end");
    dyad_sb_int(sb, l->end);
    dyad_sb_puts(sb, "}}");
}

void dyad_render_jsonl_at(dyad_strbuf *sb, const dyad_doc *doc, const dyad_event *e, int index)
{
    const char *id = doc->id ? doc->id : "";
    dyad_sb_puts(sb, "{\"id\":");
    /* the id string is the document id plus "-N": the escaped id with its closing quote
     * dropped, then the number */
    dyad_sb_json_str(sb, id, strlen(id));
    if (!sb->failed && sb->len > 0)
        sb->len--;
    dyad_sb_putc(sb, '-');
    dyad_sb_int(sb, index);
    dyad_sb_putc(sb, '"');
    dyad_sb_putc(sb, ',');
    kv(sb, "doc", id);
    kv(sb, "date", doc->date);
    kint(sb, "sent", e->sent);
    const char *text = "";
    if (e->sent >= 0 && e->sent < doc->nsent && doc->sent[e->sent].text)
        text = doc->sent[e->sent].text;
    kv(sb, "text", text);
    kv(sb, "source", e->source.code);
    kv(sb, "source_root", e->source.root);
    kv(sb, "source_agent", e->source.agent);
    label(sb, "source_label", &e->source);
    kv(sb, "target", e->target.code);
    kv(sb, "target_root", e->target.root);
    kv(sb, "target_agent", e->target.agent);
    label(sb, "target_label", &e->target);
    kv(sb, "code", e->code);
    kv(sb, "root", e->root);
    kint(sb, "quad", e->quad);
    key(sb, "goldstein");
    dyad_sb_fixed(sb, e->goldstein, 1);
    dyad_sb_putc(sb, ',');
    kv(sb, "plover", e->plover);
    kv(sb, "issues", e->issues);
    kv(sb, "source_name", doc->source);
    key(sb, "evidence");
    dyad_render_evidence(sb, e);
    dyad_sb_putc(sb, ',');
    key(sb, "location");
    location(sb, e->loc);
    if (doc->extra && doc->extra[0]) {
        dyad_sb_puts(sb, ",\"meta\":{");
        dyad_sb_puts(sb, doc->extra);
        dyad_sb_putc(sb, '}');
    }
    dyad_sb_puts(sb, "}\n");
}

void dyad_render_jsonl_explained(dyad_strbuf *sb, const dyad_doc *doc, const dyad_event *e,
                                 int index, const char *explain, size_t explain_len)
{
    size_t start = sb->len;
    dyad_render_jsonl_at(sb, doc, e, index);
    if (sb->failed || sb->len < start + 2)
        return;
    sb->len -= 2; /* the record's closing "}\n" */
    dyad_sb_puts(sb, ",\"explain\":");
    dyad_sb_json_str(sb, explain ? explain : "", explain ? explain_len : 0);
    dyad_sb_puts(sb, "}\n");
}

void dyad_render_jsonl_list(dyad_strbuf *sb, const dyad_doc *doc, const dyad_event_list *list)
{
    for (int32_t i = 0; list && i < list->n; i++)
        dyad_render_jsonl_at(sb, doc, &list->ev[i], i);
}
