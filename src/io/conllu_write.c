/* conllu_write.c — writes a dyad_sentence as CoNLL-U lines into a string buffer. */
#include "io/conllu_write.h"

#include <string.h>

/* A column value without tabs or newlines; "_" when unset or empty. */
static void cell(dyad_strbuf *sb, const char *v)
{
    if (!v || !*v) {
        dyad_sb_putc(sb, '_');
        return;
    }
    dyad_sb_tsv_cell(sb, v, strlen(v));
}

static void comment(dyad_strbuf *sb, const char *key, const char *v)
{
    dyad_sb_puts(sb, "# ");
    dyad_sb_puts(sb, key);
    dyad_sb_puts(sb, " = ");
    dyad_sb_tsv_cell(sb, v, strlen(v));
    dyad_sb_putc(sb, '\n');
}

void dyad_conllu_write_sentence(dyad_strbuf *sb, const dyad_sentence *s)
{
    if (s->sent_id)
        comment(sb, "sent_id", s->sent_id);
    if (s->text)
        comment(sb, "text", s->text);
    int32_t m = 0;
    for (int32_t i = 0; i < s->n; i++) {
        const dyad_token *t = &s->tok[i];
        bool in_mwt = false;
        while (m < s->nmwt && s->mwt[m].last < i + 1)
            m++;
        if (m < s->nmwt && s->mwt[m].first <= i + 1 && i + 1 <= s->mwt[m].last)
            in_mwt = true;
        if (in_mwt && s->mwt[m].first == i + 1) {
            const dyad_mwt *w = &s->mwt[m];
            int32_t last = w->last <= s->n ? w->last : s->n;
            dyad_sb_int(sb, w->first);
            dyad_sb_putc(sb, '-');
            dyad_sb_int(sb, w->last);
            dyad_sb_putc(sb, '\t');
            cell(sb, w->form);
            dyad_sb_puts(sb, "\t_\t_\t_\t_\t_\t_\t_\t");
            dyad_sb_puts(sb, s->tok[last - 1].space_after ? "_" : "SpaceAfter=No");
            dyad_sb_putc(sb, '\n');
        }
        dyad_sb_int(sb, i + 1);
        dyad_sb_putc(sb, '\t');
        cell(sb, t->form);
        dyad_sb_putc(sb, '\t');
        cell(sb, t->lemma);
        dyad_sb_putc(sb, '\t');
        dyad_sb_puts(sb, dyad_upos_name(t->upos));
        dyad_sb_putc(sb, '\t');
        cell(sb, t->xpos);
        dyad_sb_putc(sb, '\t');
        cell(sb, t->feats);
        dyad_sb_putc(sb, '\t');
        if (t->head >= 0)
            dyad_sb_int(sb, t->head);
        else
            dyad_sb_putc(sb, '_');
        dyad_sb_putc(sb, '\t');
        cell(sb, t->deprel);
        dyad_sb_puts(sb, "\t_\t");
        dyad_sb_puts(sb, (in_mwt || t->space_after) ? "_" : "SpaceAfter=No");
        dyad_sb_putc(sb, '\n');
    }
    dyad_sb_putc(sb, '\n');
}
