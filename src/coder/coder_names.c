/* coder_names.c — people a story names in full, so that a later surname alone stands for them
 * ("Boris Johnson ... Johnson asked the Queen"). The scan reads the words only (no tags, no
 * parse), as coder_country.c does, so the answer is the same whichever sentences are parsed
 * (coder_needs.c counts such a surname as a party too). A person is a dictionary actor of two
 * words or more whose code is a country with an agent a person holds (GOV, ELI, LEG, OPP, MIL,
 * JUD, COP): "Boris Johnson" (GBRGOV) gives "Johnson"; a surname two such people share in the
 * story ("Clinton") stands for nobody. People the story introduces with a role are added by
 * coder_people.c. The name of a seat of government ("the White House") gives no surname. */
#include "coder/coder_internal.h"

#include <string.h>

static const char *const person_agents[] = {"GOV", "ELI", "LEG", "OPP", "MIL", "JUD", "COP"};
/* Last words of the names of seats of government ("the White House", "Downing Street", "the
 * State Department", "Elysee Palace"): a building, street or office, not a person, so their
 * last word alone ("the House", "the Department") stands for nobody. */
static const char *const seat_words[] = {"House",  "Street",   "Department", "Office", "Palace",
                                         "Bottom", "Building", "Hall",       "Square", "Ministry"};

/* The entry is a person's: a country's code (three letters) with a person's agent right
 * after, or the dated entry of an international or non-governmental organisation's officer
 * ("Agnes Callamard", IGOUNOHRI from 2016 to 2021; the organisations' own entries have no
 * dates). */
static bool person_code(const dyad_actor_match *m)
{
    const char *code = m->code;
    if (!code)
        return false;
    if (m->dated && (strncmp(code, "IGO", 3) == 0 || strncmp(code, "NGO", 3) == 0))
        return true;
    if (strlen(code) != 6)
        return false;
    return dyad_coder_country_root(code) &&
           dyad_coder_is_any(code + 3, person_agents, DYAD_ARRAY_LEN(person_agents));
}

static void add(dyad_coder_names *nm, const char *surname, const dyad_actor_match *m,
                int32_t si, int32_t first)
{
    for (int k = 0; k < nm->n; k++)
        if (strcmp(nm->v[k].surname, surname) == 0) {
            if (!nm->v[k].name || /* one introduced with a role (coder_people.c) */
                (nm->v[k].name != m->name && strcmp(nm->v[k].name, m->name) != 0))
                nm->v[k].ambiguous = true; /* two people of one surname: neither */
            return;
        }
    if (nm->n == DYAD_CODER_MAX_NAMES)
        return;
    dyad_coder_name *p = &nm->v[nm->n++];
    memset(p, 0, sizeof *p);
    p->surname = surname;
    if (m->code && strlen(m->code) < sizeof p->code)
        strcpy(p->code, m->code);
    p->name = m->name ? m->name : "";
    p->where = m->where ? m->where : "";
    p->sent = si;
    p->first = first;
    p->last = first + m->len - 1;
    p->role_lo = p->role_hi = -1;
}

void dyad_coder_story_names(const dyad_coder *c, const dyad_doc *doc, int32_t date,
                            dyad_coder_names *nm)
{
    nm->n = 0;
    int32_t longest = 1;
    for (int32_t si = 0; si < doc->nsent; si++)
        if (doc->sent[si].n > longest)
            longest = doc->sent[si].n;
    dyad_coder_scan sc;
    if (!dyad_coder_scan_new(&sc, longest))
        return; /* no memory: no surname stands for anyone */
    for (int32_t si = 0; si < doc->nsent; si++) {
        const dyad_sentence *s = &doc->sent[si];
        if (s->n <= 0)
            continue;
        dyad_coder_scan_sentence(c, s, date, &sc);
        for (int32_t i = 0; i < sc.n; i++) {
            const dyad_actor_match *m = &sc.am[i];
            if (sc.start[i] != i || m->len < 2)
                continue;
            const char *last = sc.w[i + m->len - 1];
            if (!m->capital && person_code(m) && last[0] >= 'A' && last[0] <= 'Z' &&
                !dyad_coder_is_any(last, seat_words, DYAD_ARRAY_LEN(seat_words)))
                add(nm, last, m, si, i);
        }
        dyad_coder_people_introduced(doc, &sc, si, nm); /* "Interior Minister Anna Nowak" */
    }
    dyad_coder_people_others(c, doc, date, nm, &sc);
    dyad_coder_scan_free(&sc);
}

const dyad_coder_name *dyad_coder_surname(const dyad_coder_names *nm, const char *word)
{
    for (int k = 0; nm && k < nm->n; k++)
        if (!nm->v[k].ambiguous && nm->v[k].surname[0] == word[0] &&
            strcmp(nm->v[k].surname, word) == 0)
            return &nm->v[k];
    return NULL;
}

bool dyad_coder_surname_known(const dyad_coder_names *nm, const char *word)
{
    for (int k = 0; nm && k < nm->n; k++) /* the first letters first: most words differ */
        if (nm->v[k].surname[0] == word[0] && strcmp(nm->v[k].surname, word) == 0)
            return true;
    return false;
}
