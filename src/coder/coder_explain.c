/* coder_explain.c — the evidence of one event in words (dyad code --explain). */
#include "coder/coder_internal.h"

static void actor_line(dyad_strbuf *sb, const char *role, const dyad_actor *a)
{
    dyad_sb_printf(sb, "  %-7s %-10s \"%s\" [%u,%u) %s\n", role, a->code ? a->code : "",
                   a->text ? a->text : "", (unsigned)a->start, (unsigned)a->end,
                   a->entry && *a->entry ? a->entry : "(no entry)");
}

void dyad_coder_explain(const dyad_coder *c, const dyad_doc *doc, const dyad_event *ev,
                        dyad_strbuf *sb)
{
    (void)c;
    dyad_sb_printf(sb, "%s\t%s\t%s\t%s\t%s\n", doc->id ? doc->id : "", doc->date ? doc->date : "",
                   ev->source.code, ev->target.code, ev->code);
    if (ev->sent >= 0 && ev->sent < doc->nsent && doc->sent[ev->sent].text)
        dyad_sb_printf(sb, "  sentence %d: %s\n", (int)ev->sent + 1, doc->sent[ev->sent].text);
    actor_line(sb, "source", &ev->source);
    actor_line(sb, "target", &ev->target);
    dyad_sb_printf(sb, "  verb    \"%s\" [%u,%u) %s\n", ev->verb ? ev->verb : "",
                   (unsigned)ev->verb_start, (unsigned)ev->verb_end,
                   ev->pattern ? ev->pattern : "");
    dyad_sb_printf(sb, "  cameo   %s root %s quad %d goldstein ", ev->code,
                   ev->root ? ev->root : "", ev->quad);
    dyad_sb_fixed(sb, ev->goldstein, 1);
    dyad_sb_printf(sb, " plover %s\n", ev->plover && *ev->plover ? ev->plover : "-");
    if (ev->issues && *ev->issues)
        dyad_sb_printf(sb, "  issues  %s\n", ev->issues);
    if (ev->note && *ev->note)
        dyad_sb_printf(sb, "  note    %s\n", ev->note);
    if (ev->via && *ev->via)
        dyad_sb_printf(sb, "  via     %s (the verb is not in the dictionaries: it takes the "
                       "code of its WordNet synonym or hypernym; lower confidence)\n", ev->via);
}
