/* actor_label.c — a readable name for a coded actor (JSONL "source_label", --explain).
 *
 * The name comes from the dictionary entry that fired ("SERGEY_LAVROV (leaders.dict:180) +
 * FOREIGN_MINISTER (agents.dict:13)" → "Sergey Lavrov"): the first entry's name with its
 * underscores as spaces, each word capitalised and the rest in lower case, except short
 * function words ("State of Palestine"). Without an entry, the words matched in the text. */
#include "io/writer.h"

#include <string.h>
#include <strings.h>

static bool small_word(const char *w, size_t n)
{
    static const char *const words[] = {"of", "the", "and", "for", "in", "on", "de", "to"};
    for (size_t i = 0; i < DYAD_ARRAY_LEN(words); i++)
        if (strlen(words[i]) == n && strncasecmp(w, words[i], n) == 0)
            return true;
    return false;
}

static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }
static char upper(char c) { return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c; }

void dyad_render_actor_label(dyad_strbuf *sb, const dyad_actor *a)
{
    const char *e = a->entry;
    size_t n = 0;
    if (e) /* the name ends at its " (file:line)" or at the end */
        while (e[n] && e[n] != ' ' && e[n] != '(')
            n++;
    if (n == 0 || (n == 3 && memcmp(e, "---", 3) == 0)) {
        dyad_sb_puts(sb, a->text ? a->text : "");
        return;
    }
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && e[j] != '_')
            j++;
        if (i > 0)
            dyad_sb_putc(sb, ' ');
        bool keep_lower = i > 0 && small_word(e + i, j - i);
        for (size_t k = i; k < j; k++)
            dyad_sb_putc(sb, k == i && !keep_lower ? upper(e[k]) : lower(e[k]));
        i = j + 1;
    }
}
