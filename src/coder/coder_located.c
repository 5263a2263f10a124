/* coder_located.c — agents located by a place: "a court in Multan" (PAKJUD), "police in the
 * city of Lahore" (PAKCOP), "the mayor of Ibadan" (NGAGOV).
 *
 * An agent noun with no country of its own takes the country of its of/in phrase
 * (coder_actor.c). That phrase names a place either as the dictionaries list it (countries,
 * capitals, places.dict), or as the gazetteer knows it, when the coder has a place lookup
 * (dyad_coder_set_places: `dyad code` gives it the gazetteer's, src/geo/geo_country.c), or
 * through a place noun ("the city of Multan", "the province of Helmand"). The agent's own
 * country wins ("Kenyan police in Multan" KENCOP), and the place in the phrase wins over the
 * story's country (coder_country.c completes only an agent left with none). Only for such
 * phrases: a bare name elsewhere may as well be a person's ("Austin", "Jackson"). */
#include "coder/coder_internal.h"

#include <string.h>

#include "base/strbuf.h"

/* Nouns naming a place by an of-phrase: "the city of Multan". */
static const char *const place_nouns[] = {
    "city", "town", "village", "province", "district", "region", "state", "county",
    "capital", "port", "municipality", "suburb", "governorate", "prefecture"};

/* Sets r (the actor of the name k..) to the country c as a place, with text and entry. */
static void as_place(dyad_coder_sent *x, dyad_coder_actor *r, const char *code, uint32_t st,
                     uint32_t en, const char *entry)
{
    dyad_arena *a = &x->doc->arena;
    const char *text = en > st ? dyad_arena_strndup(a, x->doc->text + st, en - st) : "";
    const char *root = dyad_arena_strndup(a, code, 3);
    if (!text || !root)
        return;
    r->a.code = r->a.root = root;
    r->a.agent = "";
    r->a.text = text;
    r->a.start = st;
    r->a.end = en;
    r->a.entry = entry ? entry : "";
    r->kind = 0;
}

/* t is a word of a proper name: a proper noun, or an adjective tagged as one ("New" in "New
 * York City", "North" in "North Carolina"). */
static bool proper(const dyad_token *t)
{
    return t->upos == DYAD_UPOS_PROPN ||
           (t->upos == DYAD_UPOS_ADJ && t->xpos && strncmp(t->xpos, "NNP", 3) == 0);
}

/* Widens lo..hi to the words of the name headed by k: its flat and compound dependents, and
 * proper adjectives under them ("New" under "York" in "New York City"), two deep. */
static void name_words(const dyad_coder_sent *x, int32_t k, int32_t *lo, int32_t *hi, int depth)
{
    for (const int32_t *c = x->kids[k]; *c >= 0; c++) {
        const char *rel = dyad_coder_rel(x, *c);
        if (!dyad_coder_has_dep(rel, "flat") && !dyad_coder_has_dep(rel, "compound") &&
            !(dyad_coder_has_dep(rel, "amod") && proper(&x->s->tok[*c])))
            continue;
        if (*c < *lo)
            *lo = *c;
        if (*c > *hi)
            *hi = *c;
        if (depth < 2)
            name_words(x, *c, lo, hi, depth + 1);
    }
}

/* k is a bare proper name (no determiner: not "the Union", "the Court"; proper nouns only)
 * that no dictionary lists and the place lookup gives one country: r becomes that place. */
static void gazetteer_name(dyad_coder_sent *x, dyad_coder_actor *r, int32_t k)
{
    const dyad_token *t = x->s->tok;
    if (r->a.code[0] || !x->c->place || t[k].upos != DYAD_UPOS_PROPN ||
        dyad_coder_kid(x, k, "det") >= 0)
        return;
    int32_t lo = k, hi = k; /* the name: k and its flat or compound proper nouns */
    name_words(x, k, &lo, &hi, 0);
    for (int32_t i = lo; i <= hi; i++)
        if (!proper(&t[i]))
            return; /* "Nairobi's police", "the Kenyan town of ..." are no bare name */
    const dyad_coder_lex *l = &x->c->lex;
    dyad_agent_match g;
    if (l->agent(l->ctx, x->form + lo, hi - lo + 1, &g))
        return; /* "Police" is a town of Poland too */
    uint32_t st = t[lo].start, en = t[hi].end;
    char iso[4] = {0};
    if (en <= st || !x->c->place(x->c->place_ctx, x->doc->text + st, en - st, iso) || !iso[0])
        return;
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    dyad_sb_printf(&sb, "%.*s (gazetteer: a place of %s)", (int)(en - st), x->doc->text + st,
                   iso);
    const char *entry = sb.data ? dyad_arena_strdup(&x->doc->arena, sb.data) : NULL;
    dyad_sb_free(&sb);
    if (entry)
        as_place(x, r, iso, st, en, entry);
}

const dyad_coder_actor *dyad_coder_located(dyad_coder_sent *x, int32_t k)
{
    static const char *const preps[] = {"in", "of", "from", "at", "near"};
    dyad_coder_actor *r = (dyad_coder_actor *)dyad_coder_actor_of(x, k);
    if (r->a.code[0] || !dyad_coder_is_any(dyad_coder_prep(x, k), preps, DYAD_ARRAY_LEN(preps)))
        return r;
    if (x->s->tok[k].upos == DYAD_UPOS_PROPN) {
        gazetteer_name(x, r, k);
        return r;
    }
    if (x->s->tok[k].upos != DYAD_UPOS_NOUN ||
        !dyad_coder_is_any(x->lemma[k], place_nouns, DYAD_ARRAY_LEN(place_nouns)))
        return r;
    for (const int32_t *c = x->kids[k]; *c >= 0; c++) { /* "the city of Multan" */
        if (*c < k || !dyad_coder_has_dep(dyad_coder_rel(x, *c), "nmod") ||
            !dyad_coder_is(dyad_coder_prep(x, *c), "of"))
            continue;
        dyad_coder_actor *p = (dyad_coder_actor *)dyad_coder_actor_of(x, *c);
        gazetteer_name(x, p, *c);
        if (dyad_coder_bare_place(p))
            as_place(x, r, p->a.root, x->s->tok[k].start, p->a.end, p->a.entry);
        break;
    }
    return r;
}
