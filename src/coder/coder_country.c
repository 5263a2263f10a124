/* coder_country.c — the country of a one-country story. News about one country often names
 * its police, government or courts without it ("Police detained eight people", "the
 * government asked the judge ..."). When one country dominates the story (the dictionaries
 * find it in the story's words at least twice as often as any other country, and in
 * two sentences at least: one sentence says too little about a story), such an actor
 * ("---COP") is taken to be that country's ("CHNCOP"), as a reader would. Where the actors
 * leave two countries of weight (a shooting in Texas with Mexican victims), the place the
 * story opens with (the gazetteer's, when the coder has one) breaks the tie; where the actors
 * name no country at all, the place names do, in the same way. The scan reads the
 * words only (no tags, no parse), so the answer is the same whichever sentences are parsed
 * (coder_needs.c). Agents that are often foreign in a story about a country (the media,
 * refugees, unaffiliated forces) keep "---". */
#include "coder/coder_internal.h"

#include <string.h>

/* Actor roots that are no country. */
static const char *const not_country[] = {"---", "IGO", "NGO", "IMG", "MNC", "UIS"};

/* Agents a one-country story does not give its country to. */
static const char *const foreign_agents[] = {"MED", "REF", "UAF"};

/* The next place name of sentence s at or after word *i (a run of up to four capitalised words
 * after the sentence's first word that is no actor and no agent, and that the coder's place
 * lookup gives one country): true with its country in iso and *i on the run's last word; false
 * at the sentence's end. */
static bool next_place(const dyad_coder *c, dyad_doc *doc, const dyad_sentence *s, int32_t date,
                       int32_t *i, char iso[4])
{
    const dyad_coder_lex *l = &c->lex;
    for (*i = *i < 1 ? 1 : *i; *i < s->n; (*i)++) {
        const char *f = s->tok[*i].form ? s->tok[*i].form : "";
        if (!(*f >= 'A' && *f <= 'Z'))
            continue;
        int32_t j = *i;
        while (j + 1 < s->n && j - *i < 3 && s->tok[j + 1].form && s->tok[j + 1].form[0] >= 'A' &&
               s->tok[j + 1].form[0] <= 'Z')
            j++;
        const char *w[4];
        for (int32_t k = *i; k <= j; k++)
            w[k - *i] = s->tok[k].form;
        dyad_actor_match m;
        dyad_agent_match g;
        uint32_t st = s->tok[*i].start, en = s->tok[j].end;
        int32_t first = *i;
        *i = j;
        if (!l->actor(l->ctx, w, (int)(j - first + 1), date, &m) &&
            !l->agent(l->ctx, w, (int)(j - first + 1), &g) && en > st &&
            c->place(c->place_ctx, doc->text + st, en - st, iso))
            return true;
    }
    return false;
}

/* Countries counted over a story: how often each is named, in how many sentences. */
enum { MAX_COUNTRIES = 32 };
typedef struct tally {
    char root[MAX_COUNTRIES][4];
    int count[MAX_COUNTRIES], sents[MAX_COUNTRIES], n;
    int32_t last[MAX_COUNTRIES]; /* the last sentence naming each */
} tally;

/* Counts country root (three letters) named in sentence si; false when the story names more
 * countries than the tally holds (a story of many countries). */
static bool tally_add(tally *t, const char *root, int32_t si)
{
    int k = 0;
    while (k < t->n && strncmp(t->root[k], root, 3) != 0)
        k++;
    if (k == MAX_COUNTRIES)
        return false;
    if (k == t->n) {
        memcpy(t->root[k], root, 3);
        t->root[k][3] = 0;
        t->count[k] = t->sents[k] = 0;
        t->last[t->n++] = -1;
    }
    t->count[k]++;
    if (t->last[k] != si) {
        t->sents[k]++;
        t->last[k] = si;
    }
    return true;
}

/* The most named country (-1 when none) and in *second the next (-1 when none). */
static int tally_top(const tally *t, int *second)
{
    int top = -1;
    *second = -1;
    for (int k = 0; k < t->n; k++)
        if (top < 0 || t->count[k] > t->count[top]) {
            *second = top;
            top = k;
        } else if (*second < 0 || t->count[k] > t->count[*second]) {
            *second = k;
        }
    return top;
}

/* The top country dominates: named in two sentences at least, and at least twice as often as
 * the next. */
static bool dominates(const tally *t, int top, int second)
{
    int nsecond = second < 0 ? 0 : t->count[second];
    return top >= 0 && t->count[top] >= 2 * nsecond && t->sents[top] >= 2;
}

/* The country, among t's, of the first place name of the story's first
 * sentence (its title or lede: "Gunman opens fire in El Paso, Texas superstore") that has one
 * of them; -1 when none. */
static int opening_place(const dyad_coder *c, dyad_doc *doc, int32_t date, const tally *t)
{
    char iso[4] = {0};
    for (int32_t i = 1; doc->nsent > 0 && next_place(c, doc, &doc->sent[0], date, &i, iso); i++)
        for (int k = 0; k < t->n; k++)
            if (strncmp(t->root[k], iso, 3) == 0)
                return k;
    return -1;
}

/* A story whose actors name no country ("a church defector was arrested ... in California ...
 * travelled to Florida"): the country of its place names, when one country has them in two
 * sentences at least and none has half as many; NULL otherwise. */
static const char *place_country(const dyad_coder *c, dyad_doc *doc, int32_t date)
{
    tally t = {.n = 0};
    for (int32_t si = 0; si < doc->nsent; si++) {
        char iso[4] = {0};
        for (int32_t i = 1; next_place(c, doc, &doc->sent[si], date, &i, iso); i++)
            if (!tally_add(&t, iso, si))
                return NULL; /* a story of many places */
    }
    int second, top = tally_top(&t, &second);
    return dominates(&t, top, second) ? dyad_arena_strdup(&doc->arena, t.root[top]) : NULL;
}

const char *dyad_coder_story_country(const dyad_coder *c, dyad_doc *doc, int32_t date)
{
    const dyad_coder_lex *l = &c->lex;
    tally t = {.n = 0};
    for (int32_t si = 0; si < doc->nsent; si++) {
        const dyad_sentence *s = &doc->sent[si];
        if (s->n <= 0)
            continue;
        const char **w = dyad_arena_alloc(&doc->arena, (size_t)s->n * sizeof *w);
        if (!w)
            return NULL;
        for (int32_t i = 0; i < s->n; i++)
            w[i] = s->tok[i].form ? s->tok[i].form : "";
        for (int32_t i = 0; i < s->n; i++) {
            dyad_actor_match m;
            if (!l->actor(l->ctx, w + i, (int)(s->n - i), date, &m))
                continue;
            if (m.len > 1)
                i += m.len - 1;
            if (!m.code || strlen(m.code) < 3 || !dyad_coder_country_root(m.code))
                continue;
            if (!tally_add(&t, m.code, si))
                return NULL; /* a story of many countries */
        }
    }
    int second, top = tally_top(&t, &second);
    if (dominates(&t, top, second))
        return dyad_arena_strdup(&doc->arena, t.root[top]);
    /* two countries of weight (a shooting in Texas with Mexican victims): the one whose place
     * the story opens with, if it is one of the two */
    int opening = top >= 0 && second >= 0 && c->place ? opening_place(c, doc, date, &t) : -1;
    if (opening >= 0 && (opening == top || opening == second) && t.sents[opening] >= 2)
        return dyad_arena_strdup(&doc->arena, t.root[opening]);
    if (t.n == 0 && c->place) /* no country among the actors: the places' */
        return place_country(c, doc, date);
    return NULL; /* whose police is not said */
}

const char *dyad_coder_story_root(dyad_coder_sent *x)
{
    if (!x->story->known) {
        x->story->country = dyad_coder_story_country(x->c, x->doc, x->date);
        x->story->known = true;
    }
    return x->story->country;
}

bool dyad_coder_story_actor(dyad_coder_sent *x, const dyad_coder_actor *a,
                            const dyad_coder_actor *other, dyad_coder_actor *out)
{
    const char *code = a->a.code;
    if (strncmp(code, "---", 3) != 0 || !code[3])
        return false;
    const char *country = dyad_coder_story_root(x);
    /* "The French government asked residents to stay home" in a story about Russia: whose
     * residents is not clear, so only when the other party is of the story's country or of none
     * (an international body's or a non-governmental group's: "EU Council President Tusk
     * prayed for the mayor", "Amnesty criticized the police"; not an armed group's, which is
     * often foreign to the story's country) */
    const char *oc = other->a.code; /* "" for a one-sided act: of no country either */
    bool body = strncmp(oc, "IGO", 3) == 0 || strncmp(oc, "NGO", 3) == 0;
    /* a person the story named ("presidential candidate Younis Qanooni", "Qanooni refused
     * Iran's advice") is of its country, whoever the other party is */
    bool named = (a->kind == DYAD_CODER_NAME || a->kind == DYAD_CODER_PERSON) && a->head >= 0 &&
                 x->s->tok[a->head].upos == DYAD_UPOS_PROPN;
    if (!country ||
        (!named && oc[0] && strncmp(oc, "---", 3) != 0 && !body && strncmp(oc, country, 3) != 0) ||
        dyad_coder_is_any(code + 3, foreign_agents, DYAD_ARRAY_LEN(foreign_agents)))
        return false;
    return dyad_coder_rooted(x, a, country, out);
}

bool dyad_coder_story_victim(dyad_coder_sent *x, const char *code, const dyad_coder_actor *a,
                             const dyad_coder_actor *other, dyad_coder_actor *out)
{
    static const char *const forces[] = {"MIL", "COP", "SPY"};
    const char *ac = a->a.code, *oc = other->a.code;
    bool force = code[0] == '2' || (code[0] == '1' && code[1] >= '7');
    if (!force || strncmp(ac, "---", 3) != 0 || !ac[3] ||
        dyad_coder_is_any(ac + 3, foreign_agents, DYAD_ARRAY_LEN(foreign_agents)) ||
        !dyad_coder_country_root(oc) || strlen(oc) != 6 ||
        !dyad_coder_is_any(oc + 3, forces, DYAD_ARRAY_LEN(forces)))
        return false; /* a state's forces abroad, not "Algerians killed civilians" in a story
                         about Israel */
    const char *country = dyad_coder_story_root(x);
    if (!country || strncmp(oc, country, 3) == 0)
        return false; /* the story's own forces: whose victims is not said */
    return dyad_coder_rooted(x, a, country, out);
}

/* The phrase of v's object o runs right up to v's oblique k ("killed 20 civilians | in
 * Yemen"): k could as well hang on o, and one parser hangs it there ("civilians in Yemen",
 * whose place then names their country whoever the other party is), another on v. */
static bool right_after_object(const dyad_coder_sent *x, int32_t v, int32_t o, int32_t k)
{
    if (o < 0 || o > k || dyad_coder_head(x, o) != v || strcmp(dyad_coder_rel(x, o), "obj") != 0)
        return false;
    int32_t first = k;
    while (first > 0 && dyad_coder_under(x, first - 1, k))
        first--;
    for (int32_t i = o + 1; i < first; i++)
        if (!dyad_coder_under(x, i, o))
            return false;
    return true;
}

/* The place word that k, an oblique of a verb or a modifier of one of its parties, names: k
 * itself ("in Quito"), or the place of what k is at ("at a mosque in Christchurch", "officers
 * outside a school in Lagos", "at a checkpoint in Lagos"); -1 when none, and for a border,
 * which has a country on either side. */
static int32_t place_named(dyad_coder_sent *x, int32_t k)
{
    static const char *const at[] = {"at", "in", "outside", "near", "inside", "behind", "by"};
    if (dyad_coder_boundary(x, k))
        return -1; /* "killed a farmer near the Pakistani border": either side of it */
    if (dyad_coder_where(x, k))
        return k;
    if (x->s->tok[k].upos != DYAD_UPOS_NOUN ||
        !dyad_coder_is_any(dyad_coder_prep(x, k), at, DYAD_ARRAY_LEN(at)))
        return -1;
    for (const int32_t *m = x->kids[k]; *m >= 0; m++)
        if (dyad_coder_has_dep(dyad_coder_rel(x, *m), "nmod") && dyad_coder_where(x, *m))
            return *m;
    return -1;
}

const char *dyad_coder_act_place(dyad_coder_sent *x, int32_t v)
{
    for (const int32_t *k = x->kids[v]; *k >= 0; k++) {
        int32_t p = dyad_coder_has_dep(dyad_coder_rel(x, *k), "obl") ? place_named(x, *k) : -1;
        const char *root = p >= 0 ? dyad_coder_actor_of(x, p)->a.code : NULL;
        if (root && dyad_coder_country_root(root))
            return root;
    }
    return NULL;
}

bool dyad_coder_placed_actor(dyad_coder_sent *x, int32_t v, const dyad_coder_actor *a,
                             const dyad_coder_actor *other, dyad_coder_actor *out)
{
    const char *code = a->a.code;
    if (v < 0 || strncmp(code, "---", 3) != 0 || !code[3] ||
        dyad_coder_is_any(code + 3, foreign_agents, DYAD_ARRAY_LEN(foreign_agents)))
        return false;
    for (int32_t k = 0; k < x->s->n; k++) {
        int32_t p = -1, h = x->s->tok[k].head - 1;
        bool obl = h == v && dyad_coder_has_dep(x->s->tok[k].deprel, "obl");
        bool party = h >= 0 && (h == a->head || h == other->head) &&
                     dyad_coder_has_dep(x->s->tok[k].deprel, "nmod") &&
                     strcmp(x->s->tok[k].deprel, "nmod:poss") != 0 && !dyad_coder_where(x, k);
        if (!(obl || party) || (p = place_named(x, k)) < 0)
            continue;
        const char *root = dyad_coder_actor_of(x, p)->a.code, *oc = other->a.code;
        if (!dyad_coder_country_root(root) ||
            (oc[0] && strncmp(oc, "---", 3) != 0 && strncmp(oc, root, 3) != 0 &&
             !right_after_object(x, v, a->head, k)))
            return false;
        return dyad_coder_rooted(x, a, root, out);
    }
    return false;
}

bool dyad_coder_rooted(dyad_coder_sent *x, const dyad_coder_actor *a, const char *root,
                       dyad_coder_actor *out)
{
    const char *code = a->a.code;
    size_t n = strlen(code);
    char *full = n >= 3 ? dyad_arena_alloc(&x->doc->arena, n + 1) : NULL;
    char *r = full ? dyad_arena_alloc(&x->doc->arena, 4) : NULL;
    if (!r)
        return false;
    memcpy(full, root, 3);
    memcpy(full + 3, code + 3, n - 2);
    memcpy(r, root, 3);
    r[3] = 0;
    *out = *a;
    out->a.code = full;
    out->a.root = r;
    return true;
}

bool dyad_coder_country_root(const char *root)
{
    if (!root || strlen(root) < 3)
        return false;
    char r[4] = {root[0], root[1], root[2], 0};
    return !dyad_coder_is_any(r, not_country, DYAD_ARRAY_LEN(not_country));
}
