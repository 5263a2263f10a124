/* coder_names.c — people a story names in full, so that a later surname alone stands for them
 * ("Boris Johnson ... Johnson asked the Queen"). The scan reads the words only (no tags, no
 * parse), as coder_country.c does, so the answer is the same whichever sentences are parsed
 * (coder_needs.c counts such a surname as a party too). A person is a dictionary actor of two
 * words or more whose code is a country with an agent a person holds (GOV, ELI, LEG, OPP, MIL,
 * JUD, COP): "Boris Johnson" (GBRGOV) gives "Johnson"; a surname two such people share in the
 * story ("Clinton") stands for nobody. */
#include "coder/coder_internal.h"

#include <string.h>

#include "base/alloc.h"

static const char *const person_agents[] = {"GOV", "ELI", "LEG", "OPP", "MIL", "JUD", "COP"};
static const char *const not_country[] = {"---", "IGO", "NGO", "IMG", "MNC", "UIS"};

/* The code is a country's (three letters) with a person's agent right after. */
static bool person_code(const char *code)
{
    if (!code || strlen(code) != 6)
        return false;
    char root[4] = {code[0], code[1], code[2], 0};
    return !dyad_coder_is_any(root, not_country, DYAD_ARRAY_LEN(not_country)) &&
           dyad_coder_is_any(code + 3, person_agents, DYAD_ARRAY_LEN(person_agents));
}

static void add(dyad_coder_names *nm, const char *surname, const dyad_actor_match *m)
{
    for (int k = 0; k < nm->n; k++)
        if (strcmp(nm->v[k].surname, surname) == 0) {
            if (nm->v[k].name != m->name && strcmp(nm->v[k].name, m->name) != 0)
                nm->v[k].ambiguous = true; /* two people of one surname: neither */
            return;
        }
    if (nm->n == DYAD_CODER_MAX_NAMES)
        return;
    nm->v[nm->n++] = (dyad_coder_name){surname, m->code ? m->code : "", m->name ? m->name : "",
                                       m->where ? m->where : "", false};
}

void dyad_coder_story_names(const dyad_coder *c, const dyad_doc *doc, int32_t date,
                            dyad_coder_names *nm)
{
    const dyad_coder_lex *l = &c->lex;
    nm->n = 0;
    int32_t longest = 1;
    for (int32_t si = 0; si < doc->nsent; si++)
        if (doc->sent[si].n > longest)
            longest = doc->sent[si].n;
    const char **w = dyad_malloc((size_t)longest * sizeof *w);
    if (!w)
        return; /* no memory: no surname stands for anyone */
    for (int32_t si = 0; si < doc->nsent; si++) {
        const dyad_sentence *s = &doc->sent[si];
        if (s->n <= 0)
            continue;
        for (int32_t i = 0; i < s->n; i++)
            w[i] = s->tok[i].form ? s->tok[i].form : "";
        for (int32_t i = 0; i < s->n; i++) {
            dyad_actor_match m;
            if (!l->actor(l->ctx, w + i, (int)(s->n - i), date, &m))
                continue;
            const char *last = w[i + m.len - 1];
            if (m.len >= 2 && !m.capital && person_code(m.code) && last[0] >= 'A' && last[0] <= 'Z')
                add(nm, last, &m);
            i += m.len - 1;
        }
    }
    dyad_free(w);
}

const dyad_coder_name *dyad_coder_surname(const dyad_coder_names *nm, const char *word)
{
    for (int k = 0; nm && k < nm->n; k++)
        if (!nm->v[k].ambiguous && strcmp(nm->v[k].surname, word) == 0)
            return &nm->v[k];
    return NULL;
}
