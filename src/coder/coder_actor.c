/* coder_actor.c — actors from noun phrases: dictionary matches, country + agent, pronouns. */
#include "coder/coder_internal.h"
#include "coder/coder_words.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "base/strbuf.h"

/* Third-person pronouns only: I, we, you (mostly inside quotes) name the speaker or the
 * reader, whom the coder cannot tell from the words. */
static const char *const pronouns[] = {"he",   "she",   "him", "her", "his",
                                       "they", "their", "them", "it", "its", "both"};

/* First-person pronouns: the speaker of a quotation they stand in. */
static const char *const first_person[] = {"i", "we", "me", "us", "my", "our"};

/* Singular nouns naming one person: an agent phrase headed by one is a person to he and she
 * ("the minister", "Russia's foreign minister"); "the ministry" or "police" is a body. */
static const char *const person_nouns[] = {
    "minister", "president", "premier", "chancellor", "spokesman", "spokeswoman", "spokesperson",
    "official", "leader", "governor", "mayor", "senator", "ambassador", "envoy", "diplomat",
    "secretary", "king", "queen", "monarch", "emir", "sultan", "prince", "princess", "judge",
    "prosecutor", "commander", "general", "officer", "policeman", "soldier", "lawmaker",
    "legislator", "mp", "candidate", "politician", "chairman", "chairwoman", "chairperson",
    "director", "chief", "head", "activist", "dissident", "journalist", "reporter", "editor",
    "man", "woman", "boy", "girl", "doctor", "student", "teacher", "lawyer", "attorney", "priest",
    "bishop", "archbishop", "pope", "cleric", "imam", "rabbi", "gunman", "attacker", "suspect",
    "victim", "founder", "owner", "executive", "ceo", "representative", "deputy", "adviser",
    "advisor", "aide", "negotiator", "protester", "demonstrator", "militant", "rebel", "fighter",
    "tourist", "resident", "citizen", "husband", "wife", "mother", "father", "son", "daughter",
    "brother", "sister",
    "voter", "rapporteur", "investigator", "inspector", "mediator", "commissioner", "ombudsman"};
static dyad_coder_words pronoun_set = DYAD_CODER_WORDS(pronouns);
static dyad_coder_words person_noun_set = DYAD_CODER_WORDS(person_nouns);

/* Dependents that belong to the name of a phrase. */
static bool name_dep(const char *rel)
{
    return strcmp(rel, "nmod:desc") == 0 ||
           /* "minister Calimehtar" in newer EWT trees */ dyad_coder_has_dep(rel, "compound") ||
           dyad_coder_has_dep(rel, "flat") || dyad_coder_has_dep(rel, "amod") ||
           strcmp(rel, "nmod:poss") == 0 || dyad_coder_has_dep(rel, "det") ||
           dyad_coder_has_dep(rel, "nummod") || dyad_coder_has_dep(rel, "fixed") ||
           dyad_coder_has_dep(rel, "case");
}

/* A proper noun hung from the name before it as a plain nmod without a preposition runs
 * the name on: "Bree Prime Minister Romendacil" parsed as Bree <-nmod- Romendacil (with the
 * title under the name) instead of one flat name. An nmod with a preposition ("Bree of the
 * north") or a subtype (nmod:poss, nmod:tmod) is not part of the name. */
static bool bare_name_nmod(const dyad_coder_sent *x, int32_t h, int32_t k, const char *rel)
{
    return k > h && strcmp(rel, "nmod") == 0 && x->s->tok[k].upos == DYAD_UPOS_PROPN &&
           x->s->tok[h].upos == DYAD_UPOS_PROPN && dyad_coder_kid(x, k, "case") < 0;
}

static void span_of(const dyad_coder_sent *x, int32_t h, int32_t *lo, int32_t *hi, int depth)
{
    if (h < *lo)
        *lo = h;
    if (h > *hi)
        *hi = h;
    if (depth > 6)
        return;
    for (const int32_t *k = x->kids[h]; *k >= 0; k++) {
        const char *rel = x->s->tok[*k].deprel ? x->s->tok[*k].deprel : "";
        if ((name_dep(rel) && (!dyad_coder_has_dep(rel, "case") || *k > h)) || /* 's, not "with" */
            bare_name_nmod(x, h, *k, rel))
            span_of(x, *k, lo, hi, depth + 1);
    }
}

/* The actor a pronoun or short reference stands for. agent "" fits any actor. kind 0 (a short
 * reference, "the minister") takes the nearest coded actor earlier in the sentence, else the
 * last one of earlier sentences. A pronoun (kind PERSON or THING) takes the nearest phrase of
 * its kind, and only when that one is coded: "the ministry ... It urged" stays uncoded rather
 * than reaching back past the ministry to a country. */
static bool fits(const dyad_coder_actor *a, const char *agent)
{
    return a->a.code && a->a.code[0] && strncmp(a->a.code, "---", 3) != 0 &&
           (!*agent || strcmp(a->a.agent, agent) == 0);
}

/* a is a city or region, no country or body: a place of places.dict or of the gazetteer (an
 * entry of no dictionary file), not a capital standing for its government. */
static bool city(const dyad_coder_actor *a)
{
    const char *e = a->a.entry ? a->a.entry : "";
    return dyad_coder_bare_place(a) && !(a->capital && a->capital[0]) &&
           (!*e || strstr(e, "places.dict"));
}

/* want: PERSON for he/she, THING for it, GROUP for they (a group, a country or a body). */
static bool kind_fits(int have, int want)
{
    return have == want || (want == DYAD_CODER_PERSON && have == DYAD_CODER_NAME) ||
           (want == DYAD_CODER_GROUP && have == DYAD_CODER_THING);
}

/* text holds the word w (either case) as a whole word. */
static bool holds_word(const char *text, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = text; n && *p; p++)
        if ((p == text || !isalnum((unsigned char)p[-1])) && strncasecmp(p, w, n) == 0 &&
            !isalnum((unsigned char)p[n]))
            return true;
    return false;
}

/* a has that agent (and office) and its words hold the head word of the reference h. */
static bool names_again(const dyad_coder_sent *x, int32_t h, const dyad_coder_actor *a,
                        const char *agent, const char *office)
{
    return fits(a, agent) && dyad_coder_office_fits(office, a) && a->a.text &&
           holds_word(a->a.text, x->form[h]);
}

/* The nearest actor before h in its sentence, else the latest of earlier sentences, with that
 * agent whose words hold the reference's head word: "the embassy" after "the US Embassy in
 * London", "the airline" after "Iranian airline Mahan Air", "the rebels" after "Houthi
 * rebels", however many actors came between ("Raab urged the embassy": not Raab). */
static const dyad_coder_actor *named_again(const dyad_coder_sent *x, int32_t h, const char *agent,
                                           const char *office)
{
    for (int32_t j = h - 1; j >= 0; j--)
        if (x->done[j] && names_again(x, h, &x->actor[j], agent, office))
            return &x->actor[j];
    for (int32_t i = x->nnamed - 1; i >= 0; i--)
        if (names_again(x, h, x->named[i], agent, office))
            return x->named[i];
    return NULL;
}

/* office: the specific office a short reference names ("the president"), else NULL (see
 * coder_office.c). */
static const dyad_coder_actor *antecedent(const dyad_coder_sent *x, int32_t h, const char *agent,
                                          int kind, const char *office)
{
    const dyad_coder_actor *again = kind ? NULL : named_again(x, h, agent, office);
    if (again)
        return again;
    for (int32_t j = h - 1; j >= 0; j--) {
        if (!x->done[j])
            continue;
        const dyad_coder_actor *a = &x->actor[j];
        if (!kind && fits(a, agent) && dyad_coder_office_fits(office, a))
            return a;
        if (kind && kind_fits(a->kind, kind))
            return fits(a, agent) ? a : NULL;
    }
    if (!kind) { /* the last actor of earlier sentences with that agent, else the last person */
        if (x->prev && fits(x->prev, agent) && dyad_coder_office_fits(office, x->prev))
            return x->prev;
        const dyad_coder_actor *p = x->prev_person, *q = x->prev_he;
        return p && fits(p, agent) && dyad_coder_office_fits(office, p)   ? p
               : q && fits(q, agent) && dyad_coder_office_fits(office, q) ? q
                                                                          : NULL;
    }
    if (kind == DYAD_CODER_THING && x->it_stop)
        return NULL; /* "A fire destroyed ... Officials said it killed nine people" */
    if (kind == DYAD_CODER_GROUP && x->prev_group &&
        (!*agent || strcmp(x->prev_group->a.agent, agent) == 0))
        return x->prev_group; /* "Kurdish rebels attacked a village. They killed ...": the rebels */
    const dyad_coder_actor *p = kind == DYAD_CODER_PERSON ? x->prev_he : x->prev_thing;
    if (p && kind == DYAD_CODER_GROUP && city(p))
        return NULL; /* "The bombers came from Istanbul. They kill people": not Istanbul */
    return p && kind_fits(p->kind, kind) && fits(p, agent) ? p : NULL;
}

/* The kind of thing a third-person pronoun names. */
static int pronoun_kind(const char *w)
{
    static const char *const person[] = {"he", "she", "him", "her", "his"};
    if (dyad_coder_is_any(w, person, DYAD_ARRAY_LEN(person)))
        return DYAD_CODER_PERSON;
    return dyad_coder_is(w, "it") || dyad_coder_is(w, "its") ? DYAD_CODER_THING : DYAD_CODER_GROUP;
}

/* "It would be an outrage if ...", "it is important to ...", "it was reported that ...", "it
 * seems ...": an "it" that names nothing. */
static bool expletive_it(const dyad_coder_sent *x, int32_t h)
{
    if (!dyad_coder_is(x->form[h], "it"))
        return false;
    const char *r = dyad_coder_rel(x, h);
    int32_t p = dyad_coder_head(x, h);
    if (strcmp(r, "expl") == 0)
        return true;
    if (p < 0 || !dyad_coder_has_dep(r, "nsubj"))
        return false;
    if (dyad_coder_kid(x, p, "cop") >= 0 || dyad_coder_kid(x, p, "csubj") >= 0 ||
        dyad_coder_is(x->lemma[p], "seem") || dyad_coder_is(x->lemma[p], "appear") ||
        dyad_coder_is(x->lemma[p], "be"))
        return true;
    return strcmp(r, "nsubj:pass") == 0 && dyad_coder_kid(x, p, "ccomp") >= 0;
}

/* A plural noun: by its tag, or where there is none by a lemma other than the form. */
bool dyad_coder_plural(const dyad_coder_sent *x, int32_t h)
{
    const char *xp = x->s->tok[h].xpos;
    if (xp && *xp && strcmp(xp, "_") != 0)
        return strcmp(xp, "NNS") == 0 || strcmp(xp, "NNPS") == 0;
    return x->s->tok[h].upos == DYAD_UPOS_NOUN && !dyad_coder_is(x->form[h], x->lemma[h]);
}

bool dyad_coder_person_word(const char *w)
{
    return dyad_coder_in_words(w, &person_noun_set);
}

static bool person_noun(const dyad_coder_sent *x, int32_t h)
{
    if (dyad_coder_plural(x, h))
        return false;
    return dyad_coder_in_words(x->lemma[h], &person_noun_set) ||
           dyad_coder_in_words(x->form[h], &person_noun_set);
}

static void set_text(dyad_coder_sent *x, dyad_coder_actor *r, int32_t lo, int32_t hi)
{
    uint32_t st = x->s->tok[lo].start, en = x->s->tok[hi].end;
    if (en < st)
        en = st;
    r->a.start = st;
    r->a.end = en;
    r->a.text = dyad_arena_strndup(&x->doc->arena, x->doc->text + st, en - st);
    if (!r->a.text)
        r->a.text = "";
}

static void set_code(dyad_coder_sent *x, dyad_coder_actor *r, const char *code)
{
    dyad_arena *a = &x->doc->arena;
    size_t n = strlen(code);
    r->a.code = dyad_arena_strdup(a, code);
    r->a.root = dyad_arena_strndup(a, code, n < 3 ? n : 3);
    r->a.agent = n > 3 ? dyad_arena_strdup(a, code + 3) : "";
    if (!r->a.code || !r->a.root || !r->a.agent)
        r->a.code = r->a.root = r->a.agent = "";
}

void dyad_coder_coded_actor(dyad_coder_sent *x, const char *code, int32_t w, uint8_t kind,
                            dyad_coder_actor *out)
{
    memset(out, 0, sizeof *out);
    out->head = w;
    out->via = -1;
    out->own_agent = out->capital = out->a.text = out->a.entry = "";
    set_code(x, out, code);
    out->kind = kind;
}

void dyad_coder_country_agent(dyad_coder_sent *x, const char *root, const char *agent,
                              int32_t w, uint8_t kind, dyad_coder_actor *out)
{
    char code[16];
    snprintf(code, sizeof code, "%.3s%s", root, agent);
    dyad_coder_coded_actor(x, code, w, kind, out);
}

bool dyad_coder_someone(dyad_coder_sent *x, int32_t h)
{
    const dyad_coder_lex *l = &x->c->lex;
    dyad_agent_match gm;
    return x->s->tok[h].upos != DYAD_UPOS_NOUN || l->agent(l->ctx, x->form + h, 1, &gm) > 0 ||
           l->agent(l->ctx, x->lemma + h, 1, &gm) > 0;
}

bool dyad_coder_pronoun_word(const char *w)
{
    return dyad_coder_in_words(w, &pronoun_set);
}

static bool is_pronoun(const dyad_token *t, const char *lemma)
{
    if (t->upos != DYAD_UPOS_PRON && t->upos != DYAD_UPOS_DET)
        return false;
    return dyad_coder_pronoun_word(lemma);
}

/* The country-only actor whose phrase ends at word i (a proper noun), or NULL. */
static const dyad_coder_actor *adjacent_country(dyad_coder_sent *x, int32_t i)
{
    if (x->s->tok[i].upos != DYAD_UPOS_PROPN)
        return NULL;
    const dyad_coder_actor *a = dyad_coder_actor_of(x, i);
    return a->a.code[0] && !a->a.agent[0] && strncmp(a->a.code, "---", 3) != 0 ? a : NULL;
}

/* Match m names a country: a three-letter root that is no "---", IGO or NGO (nor IMG with
 * no_img), or a capital (whose code is its government's). */
static bool names_country(const dyad_actor_match *m, bool no_img)
{
    size_t n = strlen(m->code);
    return !(n < 3 || m->code[0] == '"' || strncmp(m->code, "---", 3) == 0 ||
             strncmp(m->code, "IGO", 3) == 0 || strncmp(m->code, "NGO", 3) == 0 ||
             (no_img && strncmp(m->code, "IMG", 3) == 0) || (n > 3 && !m->capital));
}

/* The country root of match m (in the document's arena), and in *entry its dictionary entry
 * ("" when memory ran out). */
static const char *country_root(dyad_coder_sent *x, const dyad_actor_match *m, const char **entry)
{
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    dyad_sb_printf(&sb, "%s (%s)", m->name ? m->name : "", m->where ? m->where : "");
    *entry = sb.data ? dyad_arena_strdup(&x->doc->arena, sb.data) : "";
    dyad_sb_free(&sb);
    if (!*entry)
        *entry = "";
    return dyad_arena_strndup(&x->doc->arena, m->code, 3);
}

/* "U.S. District | Judge Anna Smith", "United States Federal District | Judge Michael Urbanski":
 * a title before a name that the parser cut off from the country words before it, with more
 * name words between them than adjacent_country sees. The country is the dictionary actor in
 * the run of name words (proper nouns, capitalised adjectives and nouns; at most five) just
 * before word lo, and only a country or its capital: "Trump adviser Ann Bell" stays ---.
 * Returns the country's root, else NULL; *entry gets the dictionary entry. */
static const char *country_before(dyad_coder_sent *x, int32_t lo, const char **entry)
{
    const dyad_coder_lex *l = &x->c->lex;
    for (int32_t j = lo - 1; j >= 0 && j >= lo - 5; j--) {
        const dyad_token *t = &x->s->tok[j];
        bool cap = x->form[j][0] >= 'A' && x->form[j][0] <= 'Z';
        if (t->upos != DYAD_UPOS_PROPN &&
            !(cap && (t->upos == DYAD_UPOS_ADJ || t->upos == DYAD_UPOS_NOUN)))
            return NULL;
        dyad_actor_match m;
        if (!l->actor(l->ctx, x->form + j, lo - j, x->date, &m) || !m.code || m.len < 1 ||
            m.len > lo - j)
            continue;
        if (!names_country(&m, false))
            return NULL;
        return country_root(x, &m, entry);
    }
    return NULL;
}

/* "German Social Democrats", "Australian Scientology": a named body without a country of its
 * own ("---ELI", "---REL") after a country word of its phrase (words lo to end - 1) takes
 * that country, as an agent does. Returns the country's root, else NULL; *entry gets the
 * country's dictionary entry. */
static const char *country_within(dyad_coder_sent *x, int32_t lo, int32_t end, const char **entry)
{
    const dyad_coder_lex *l = &x->c->lex;
    for (int32_t j = lo; j < end; j++) {
        dyad_actor_match m;
        if (!l->actor(l->ctx, x->form + j, end - j, x->date, &m) || !m.code || m.len < 1 ||
            m.len > end - j)
            continue;
        if (names_country(&m, true))
            return country_root(x, &m, entry);
    }
    return NULL;
}

/* The actor entry starting at token i when the tokens are seen as the dictionary writes words:
 * a hyphenated word the tokenizer split ("Barad-dur" as Barad - dur, no spaces between) is
 * one word, and so is a word with the possessive the tokenizer split off ("People's" as
 * People 's, "Workers'" as Workers ': "the People's Liberation Army"); a token joined with '_'
 * ("Dol_Amroth") is several. m->len is set in tokens. */
static bool respelled_actor(dyad_coder_sent *x, int32_t i, int32_t ext, dyad_actor_match *m)
{
    enum { MAXW = 16 };
    const char *w[MAXW];
    int32_t last_tok[MAXW]; /* the last token of each word */
    int n = 0;
    bool changed = false;
    dyad_arena *a = &x->doc->arena;
    for (int32_t k = i; k <= ext && k < x->s->n && n < MAXW; k++) {
        int32_t j = dyad_coder_joined_end(x->s, x->form, k, x->s->n);
        if (j > k) {
            dyad_strbuf sb = DYAD_STRBUF_INIT;
            for (int32_t q = k; q <= j; q++)
                dyad_sb_puts(&sb, dyad_coder_joined_form(x->form[q]));
            w[n] = sb.data ? dyad_arena_strdup(a, sb.data) : NULL;
            dyad_sb_free(&sb);
            if (!w[n])
                return false;
            last_tok[n++] = j;
            changed = true;
            k = j;
            continue;
        }
        const char *f = x->form[k], *u;
        while ((u = strchr(f, '_')) != NULL && u > f && u[1] && n < MAXW - 1) {
            w[n] = dyad_arena_strndup(a, f, (size_t)(u - f));
            if (!w[n])
                return false;
            last_tok[n++] = k - 1; /* ends inside token k: counts only when the word after does */
            f = u + 1;
            changed = true;
        }
        w[n] = f;
        last_tok[n++] = k;
    }
    const dyad_coder_lex *l = &x->c->lex;
    if (!changed || !l->actor(l->ctx, w, n, x->date, m) || m->len < 1 || m->len > n)
        return false;
    if (last_tok[m->len - 1] < i)
        return false; /* the match ends inside the first token */
    m->len = last_tok[m->len - 1] - i + 1;
    return true;
}

/* PETRARCH's new_actor_length: a proper-noun phrase (with its of-phrase) that names no actor
 * and has at most that many words becomes an actor whose code is its words, upper-cased and
 * quoted ("THE MINISTRY OF MAGIC"); the possessive 's and punctuation do not count, and a
 * phrase holding a dictionary actor is none. */
static void new_actor(dyad_coder_sent *x, int32_t lo, int32_t hi, dyad_strbuf *sb)
{
    int words = 0;
    bool proper = false;
    const dyad_coder_lex *l = &x->c->lex;
    for (int32_t i = lo; i <= hi; i++) {
        const dyad_token *t = &x->s->tok[i];
        dyad_actor_match m;
        if (l->actor(l->ctx, x->form + i, hi - i + 1, x->date, &m))
            return; /* "the dispute with Osgiliath" holds an actor: not a new one */
        if (t->upos == DYAD_UPOS_PUNCT || dyad_coder_is(x->form[i], "'s"))
            continue;
        words++;
        proper |= t->upos == DYAD_UPOS_PROPN;
    }
    if (!proper || words > x->c->opt.new_actor_length)
        return;
    dyad_sb_putc(sb, '"');
    bool first = true;
    for (int32_t i = lo; i <= hi; i++) {
        if (x->s->tok[i].upos == DYAD_UPOS_PUNCT || dyad_coder_is(x->form[i], "'s"))
            continue;
        if (!first)
            dyad_sb_putc(sb, ' ');
        first = false;
        for (const char *c = x->form[i]; *c; c++)
            dyad_sb_putc(sb, (char)(*c >= 'a' && *c <= 'z' ? *c - 32 : *c));
    }
    dyad_sb_putc(sb, '"');
}

/* Nouns naming a body that an agent word before them characterises ("official news
 * agency", "police department", "media network"). */
static bool body_noun(const dyad_coder_sent *x, int32_t h)
{
    static const char *const bodies[] = {
        "agency", "agencies", "office", "offices", "department", "departments", "service",
        "services", "network", "networks", "company", "companies", "group", "groups", "unit",
        "units", "committee", "committees", "council", "board", "commission", "bureau", "team",
        "teams", "campaign", "delegation", "authority", "body", "organization", "organisation",
        "institute", "station", "channel", "outlet", "outlets", "newspaper", "force", "forces",
        "corps", "squad", "branch", "wing"};
    return dyad_coder_is_any(x->form[h], bodies, DYAD_ARRAY_LEN(bodies));
}

/* Nouns of what an armed party holds, whose attack is an attack on that party ("rebel
 * positions", "army bases", "militant hideouts"). */
static bool held_site(const dyad_coder_sent *x, int32_t h)
{
    static const char *const sites[] = {
        "position", "positions", "target", "targets", "base", "bases", "stronghold",
        "strongholds", "camp", "camps", "hideout", "hideouts", "outpost", "outposts", "convoy",
        "convoys", "checkpoint", "checkpoints", "barracks", "headquarters", "post", "posts"};
    return dyad_coder_is_any(x->form[h], sites, DYAD_ARRAY_LEN(sites));
}

/* "leader" (word h, not the first of its phrase) after a common noun leads that ("team leader", "tech leaders", "business
 * leaders"), not a government; "Kurdish leaders", "Hamas leader" stay. */
static bool lone_leader(const dyad_coder_sent *x, int32_t h)
{
    if (!dyad_coder_is(x->form[h], "leader") && !dyad_coder_is(x->form[h], "leaders"))
        return false;
    return x->s->tok[h - 1].upos == DYAD_UPOS_NOUN &&
           dyad_coder_has_dep(dyad_coder_rel(x, h - 1), "compound");
}

/* n's preposition names whom an agent acts on or with, not its country ("the gunman with
 * terrorism against Mexicans", "talks with Iran"). */
static bool opponent_prep(const dyad_coder_sent *x, int32_t n)
{
    static const char *const preps[] = {"against", "with",   "without", "about", "over",
                                        "toward",  "towards", "after",  "before", "like",
                                        "than",    "despite", "into",   "between"};
    return dyad_coder_is_any(dyad_coder_prep(x, n), preps, DYAD_ARRAY_LEN(preps));
}

/* n's preposition only says where ("outside", "near", "behind"): "a man outside the French
 * embassy" is not of the embassy, nor "officers outside a school" of the school; what stands
 * there lends a phrase its country only when it is a place ("soldiers near Kidal"). */
static bool beside_prep(const dyad_coder_sent *x, int32_t n)
{
    static const char *const preps[] = {"outside", "near", "inside", "behind", "opposite",
                                        "beside", "around", "across", "beyond", "along",
                                        "nearby", "underneath", "beneath"};
    return dyad_coder_is_any(dyad_coder_prep(x, n), preps, DYAD_ARRAY_LEN(preps));
}

/* The of-phrase under h that names a country or a place of one ("King Abdullah | of
 * Jordan"), -1 when none. */
static int32_t of_country(dyad_coder_sent *x, int32_t h)
{
    for (const int32_t *k = x->kids[h]; *k >= 0; k++)
        if (*k > h && x->s->tok[*k].upos == DYAD_UPOS_PROPN &&
            dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod") &&
            dyad_coder_is(dyad_coder_prep(x, *k), "of") &&
            dyad_coder_bare_place(dyad_coder_actor_of(x, *k)))
            return *k;
    return -1;
}

/* A noun that may stand for an actor named before: not "a spokesman" or an apposition
 * ("Tomasz Kubiak, a fire service spokesman"), which say what someone is. */
static bool short_reference(const dyad_coder_sent *x, int32_t h)
{
    const char *rel = dyad_coder_rel(x, h);
    if (strcmp(rel, "appos") == 0 || strcmp(rel, "nmod:desc") == 0)
        return false; /* nor a title before a name ("former Minnesota governor Jesse Ventura") */
    int32_t d = dyad_coder_kid(x, h, "det");
    return d < 0 || !(dyad_coder_is(x->lemma[d], "a") || dyad_coder_is(x->lemma[d], "an") ||
                      dyad_coder_is(x->lemma[d], "another") || dyad_coder_is(x->lemma[d], "some") ||
                      dyad_coder_is(x->lemma[d], "no") || dyad_coder_is(x->lemma[d], "any"));
}

/* The actor of a country that the possessive pronoun of noun h stands for ("its" in "Its navy
 * seized a tanker" after "Iran tested a missile", "their" in "their forces", "his" in "His
 * police arrested" after "Kenyatta accused Somalia"), NULL when h has no such pronoun or it
 * stands for no country's actor. */
static const dyad_coder_actor *possessor_country(dyad_coder_sent *x, int32_t h)
{
    int32_t p = dyad_coder_kid(x, h, "nmod:poss");
    static const char *const owners[] = {"its", "their", "his", "her"};
    if (p < 0 || p > h || !dyad_coder_is_any(x->form[p], owners, DYAD_ARRAY_LEN(owners)))
        return NULL;
    const dyad_coder_actor *a = dyad_coder_actor_of(x, p);
    return a->a.code[0] && dyad_coder_country_root(a->a.root) ? a : NULL;
}

/* The office an agent match names (words at..at+len-1, or the phrase head h) is a former one:
 * "former" or "ex" modifies it ("former British minister Anna Hall", "the ex prime minister").
 * A former office holder who now holds none is an elite (ELI), not the government he left. */
static bool former_office(const dyad_coder_sent *x, int32_t lo, int32_t hi, int32_t h, int32_t at,
                          int32_t len, const char *agent)
{
    static const char *const offices[] = {"GOV", "LEG", "JUD", "MIL"};
    if (!agent || !dyad_coder_is_any(agent, offices, DYAD_ARRAY_LEN(offices)))
        return false;
    for (int32_t i = lo; i <= hi && i < x->s->n; i++) {
        if (!dyad_coder_is(x->form[i], "former") && !dyad_coder_is(x->form[i], "ex"))
            continue;
        int32_t g = dyad_coder_head(x, i);
        if (g == h || (at <= g && g < at + len) || (at <= i + 1 && i + 1 < at + len))
            return true;
    }
    return false;
}

/* The kind of the phrase h (lo..hi) with actor r (see dyad_coder_actor): a person when its
 * head is a person noun ("the minister"), or a singular name without "the" that a title names
 * ("Health Minister Szumowski") or a dictionary gives an office ("Merkel" DEUGOV); "the
 * Kremlin", "the Pentagon" and countries are bodies. */
static int phrase_kind(const dyad_coder_sent *x, int32_t h, int32_t lo, int32_t hi,
                       const dyad_coder_actor *r, bool dict, const dyad_coder_actor *inherit)
{
    static const char *const offices[] = {"GOV", "ELI", "LEG", "OPP", "MIL", "JUD"};
    const dyad_token *t = &x->s->tok[h];
    bool many = dyad_coder_plural(x, h);
    if (person_noun(x, h))
        return DYAD_CODER_PERSON;
    if (t->upos == DYAD_UPOS_PROPN && !many && dyad_coder_kid(x, h, "det") < 0) {
        for (int32_t i = lo; i < h && i <= hi; i++)
            if (person_noun(x, i))
                return DYAD_CODER_PERSON;
        if (inherit && inherit->kind == DYAD_CODER_PERSON)
            return DYAD_CODER_PERSON;
        bool office = false;
        for (size_t i = 0; i < DYAD_ARRAY_LEN(offices); i++)
            office |= strncmp(r->a.agent, offices[i], 3) == 0;
        if (dict && office && strlen(r->a.root) == 3 && strcmp(r->a.root, "IGO") != 0 &&
            strcmp(r->a.root, "NGO") != 0)
            return DYAD_CODER_PERSON;
    }
    if (!r->a.code[0]) /* "veterans of the war ... they": a group they stop at */
        return t->upos == DYAD_UPOS_PROPN && dyad_coder_has_dep(dyad_coder_rel(x, h), "nsubj")
                   ? DYAD_CODER_NAME
               : dyad_coder_group_noun(x, h) ? DYAD_CODER_GROUP
                                             : 0;
    return many ? DYAD_CODER_GROUP : DYAD_CODER_THING;
}

/* h heads a quantity or a part of a group ("thousands of Georgians", "a member of the Kenyan
 * parliament", "dozens of AU soldiers", "two of the ministers"): the of-phrase under it, whose
 * actor the phrase takes; -1 when h is no such word. */
/* A proper-noun phrase headed by h and ending at word hi whose head or last word is the
 * surname of a person the story names in full (coder_names.c; "Johnson", or "Tuesday Johnson"
 * misparsed as one name) or introduces with a role (coder_people.c: "Nowak" after "Interior
 * Minister Anna Nowak"): r becomes that person (GBRGOV, ---GOV); false when it is none. */
static bool surname(dyad_coder_sent *x, dyad_coder_actor *r, int32_t h, int32_t hi)
{
    if (!x->story->names_known) {
        dyad_coder_story_names(x->c, x->doc, x->date, &x->story->names);
        x->story->names_known = true;
    }
    int32_t at = h; /* the word that is the surname */
    const dyad_coder_name *p = dyad_coder_surname(&x->story->names, x->form[at]);
    if (!p && hi != h && x->s->tok[hi].upos == DYAD_UPOS_PROPN) {
        at = hi;
        p = dyad_coder_surname(&x->story->names, x->form[at]);
    }
    if (!p || !p->code[0] || !dyad_coder_person_at(x, p, at))
        return false;
    if (p->name) {
        dyad_strbuf sb = DYAD_STRBUF_INIT;
        dyad_sb_printf(&sb, "%s (%s), named in full before", p->name, p->where);
        r->a.entry = sb.data ? dyad_arena_strdup(&x->doc->arena, sb.data) : "";
        dyad_sb_free(&sb);
    } else { /* introduced with a role (coder_people.c) */
        r->a.entry = dyad_coder_person_evidence(x, p);
    }
    if (!r->a.entry)
        r->a.entry = "";
    set_code(x, r, p->code);
    set_text(x, r, at, at);
    r->kind = DYAD_CODER_PERSON;
    return r->a.code[0] != 0;
}

/* A bare country phrase h (ending at word hi) with a titled person as an apposition right after
 * it, no comma between: "United States Federal District | Judge Michael Urbanski", which the
 * parser reads as the district with the judge in apposition. The phrase (from..hi) is that
 * person, whose title gives the agent and who has the phrase's country (country_before): r
 * becomes USAJUD. */
static bool titled_person(dyad_coder_sent *x, dyad_coder_actor *r, int32_t h, int32_t from,
                          int32_t hi)
{
    if (!dyad_coder_bare_place(r) || r->capital[0])
        return false;
    for (const int32_t *k = x->kids[h]; *k >= 0; k++) {
        if (*k <= hi || strcmp(dyad_coder_rel(x, *k), "appos") != 0)
            continue;
        int32_t lo = *k, end = *k;
        span_of(x, *k, &lo, &end, 0);
        if (lo != hi + 1)
            continue;
        const dyad_coder_actor *c = dyad_coder_actor_of(x, *k);
        if (!c->a.agent[0] || strcmp(c->a.root, r->a.root) != 0 || c->kind != DYAD_CODER_PERSON)
            continue;
        r->a = c->a;
        r->kind = c->kind;
        r->via = *k;
        set_text(x, r, from, end);
        return true;
    }
    return false;
}

/* h heads a kin noun with the person it is kin to ("the brother of a Pakistani singer", "the
 * Saudi king's son", "the family of the murdered Mexican journalist"): that person's word (the
 * of-phrase or the possessive), else -1. A relative is a civilian of that person's country,
 * not the office holder: "the son of the Saudi king" is SAUCVL, not SAUGOV (kin_actor). */
static int32_t kin_of(const dyad_coder_sent *x, int32_t h)
{
    static const char *const kin[] = {
        "brother",  "sister",   "son",        "daughter",      "father",      "mother",
        "parent",   "wife",     "husband",    "widow",         "widower",     "cousin",
        "nephew",   "niece",    "uncle",      "aunt",          "grandson",    "granddaughter",
        "grandfather", "grandmother", "grandchild", "relative", "family",     "sibling",
        "fiance",   "fiancee",  "fiancé",     "fiancée",       "stepson",     "stepdaughter",
        "brother-in-law", "sister-in-law", "son-in-law", "daughter-in-law", "child", "kin"};
    if (x->s->tok[h].upos != DYAD_UPOS_NOUN ||
        (!dyad_coder_is_any(x->lemma[h], kin, DYAD_ARRAY_LEN(kin)) &&
         !dyad_coder_is_any(x->form[h], kin, DYAD_ARRAY_LEN(kin))))
        return -1;
    for (const int32_t *k = x->kids[h]; *k >= 0; k++) {
        const char *rel = dyad_coder_rel(x, *k);
        if (strcmp(rel, "nmod:poss") == 0 && *k < h && !dyad_coder_pronoun_word(x->form[*k]))
            return *k;
        if (*k > h && dyad_coder_has_dep(rel, "nmod") && strcmp(rel, "nmod:poss") != 0 &&
            dyad_coder_is(dyad_coder_prep(x, *k), "of"))
            return *k;
    }
    return -1;
}

/* r (the phrase h, lo..hi) is a relative of the actor at word of: the country of that actor
 * with agent CVL ("the widow of the Mexican journalist": MEXCVL). An actor of no country
 * ("the son of a senator": ---LEG) gives ---CVL, which the story's country may complete; an
 * organisation (IGO, NGO) or a person the dictionaries do not place gives nothing. own: the
 * country the kin noun has itself ("the Kenyan widow of a British soldier": KENCVL), or NULL. */
static bool kin_actor(dyad_coder_sent *x, dyad_coder_actor *r, int32_t h, int32_t lo, int32_t hi,
                      int32_t of, const char *own)
{
    static const char *const not_country[] = {"IGO", "NGO", "IMG", "MNC", "UIS"};
    const dyad_coder_actor *c = dyad_coder_actor_of(x, of);
    const char *root = c->a.root;
    if (!c->a.code[0] || c->a.code[0] == '"' || !root || strlen(root) != 3 ||
        dyad_coder_is_any(root, not_country, DYAD_ARRAY_LEN(not_country)) ||
        (strcmp(root, "---") == 0 && !c->a.agent[0]))
        return false;
    char code[8];
    memcpy(code, own ? own : root, 3);
    memcpy(code + 3, "CVL", 4);
    set_code(x, r, code);
    r->a.entry = c->a.entry;
    r->via = of;
    r->own_agent = "";
    r->capital = "";
    set_text(x, r, lo < of ? lo : of, hi > of ? hi : of);
    r->kind = dyad_coder_plural(x, h) ? DYAD_CODER_GROUP : DYAD_CODER_PERSON;
    return r->a.code[0] != 0;
}

/* The noun phrase after person noun h that names the one h works for: its of-phrase, or its
 * phrase with preposition `also` ("a spokesman for the ministry", "an aide to the president");
 * -1 when none. */
static int32_t body_phrase(const dyad_coder_sent *x, int32_t h, const char *also)
{
    for (const int32_t *k = x->kids[h]; *k >= 0; k++)
        if (*k > h && dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod") &&
            (dyad_coder_is(dyad_coder_prep(x, *k), "of") ||
             (also && dyad_coder_is(dyad_coder_prep(x, *k), also))) &&
            (x->s->tok[*k].upos == DYAD_UPOS_NOUN || x->s->tok[*k].upos == DYAD_UPOS_PROPN))
            return *k;
    return -1;
}

/* The one a spokesperson speaks for or an aide serves: the for/of-phrase of a spokesperson
 * noun at h ("a spokesman for the ministry", "the spokeswoman of Stagecoach"), the to-phrase of
 * an aide ("an aide to President Putin", "an adviser of the prime minister"); -1 when none. The
 * phrase decides whose the spokesperson or aide is, also when it names no actor the
 * dictionaries know. */
static int32_t spoke_for(const dyad_coder_sent *x, int32_t h)
{
    static const char *const spokes[] = {"spokesman", "spokeswoman", "spokesperson", "spokesmen",
                                         "spokeswomen", "spokespeople", "spokespersons"};
    static const char *const aides[] = {"aide",    "aides",    "adviser",   "advisers",
                                        "advisor", "advisors", "assistant", "assistants"};
    if (dyad_coder_is_any(x->form[h], spokes, DYAD_ARRAY_LEN(spokes)))
        return body_phrase(x, h, "for");
    if (dyad_coder_is_any(x->form[h], aides, DYAD_ARRAY_LEN(aides))) {
        for (const int32_t *k = x->kids[h]; *k >= 0; k++)
            if (dyad_coder_is(x->lemma[*k], "former"))
                return -1; /* "a former aide to the mayor" serves no one now */
        return body_phrase(x, h, "to");
    }
    return -1;
}

/* The body a head noun at h leads: the of-phrase of "head", "chief", "director", "chairman"
 * ... ("the head of the IAEA"), -1 when none. */
static int32_t head_of(const dyad_coder_sent *x, int32_t h)
{
    static const char *const heads[] = {"head",     "chief",     "director", "director-general",
                                        "chairman", "chairwoman", "chair",   "secretary-general",
                                        "boss",     "commander"};
    if (!dyad_coder_is_any(x->form[h], heads, DYAD_ARRAY_LEN(heads)))
        return -1;
    return body_phrase(x, h, NULL);
}

int32_t dyad_coder_part_of(const dyad_coder_sent *x, int32_t h)
{
    static const char *const parts[] = {
        "thousand", "thousands", "hundred", "hundreds", "dozen",   "dozens",   "million",
        "millions", "score",     "scores",  "ten",     "tens",     "number",   "member",
        "members",  "some",      "many",    "most",    "several",  "one",      "two",
        "three",    "group",     "groups",  "part",    "majority", "minority", "rest",
        "half",     "handful",   "team",    "delegation", "unit",  "units",    "contingent",
        "all",      "each",      "none",    "batch",   "crowd",    "crowds",
        /* parts of a force or a movement: "elements of the army", "the armed wing of Hamas" */
        "element",  "elements",  "faction", "factions", "bulk",     "remnant",
        "remnants", "wing",      "branch",  "arm",     "cell",     "cells",    "battalion",
        "battalions", "brigade", "brigades", "squad",  "squads"};
    static dyad_coder_words part_set = DYAD_CODER_WORDS(parts);
    if (!dyad_coder_in_words(x->lemma[h], &part_set) &&
        !dyad_coder_in_words(x->form[h], &part_set) &&
        x->s->tok[h].upos != DYAD_UPOS_NUM)
        return -1;
    for (const int32_t *k = x->kids[h]; *k >= 0; k++)
        if (*k > h && dyad_coder_has_dep(dyad_coder_rel(x, *k), "nmod") &&
            dyad_coder_is(dyad_coder_prep(x, *k), "of"))
            return *k;
    return -1;
}

/* "intelligence" as the object of a verb of passing information on ("share military
 * intelligence", "gathered intelligence on X") is information, not an intelligence service. */
static bool information_sense(const dyad_coder_sent *x, int32_t h)
{
    static const char *const passing[] = {"share", "exchange", "gather", "collect", "provide",
                                          "pass", "leak", "give", "obtain", "receive", "supply"};
    int32_t v = dyad_coder_head(x, h);
    return dyad_coder_is(x->form[h], "intelligence") && v >= 0 &&
           strcmp(dyad_coder_rel(x, h), "obj") == 0 &&
           dyad_coder_is_any(x->lemma[v], passing, DYAD_ARRAY_LEN(passing));
}

/* Words w, w+1 are "-backed", "-funded" ... after a country ("Russian-backed separatists",
 * "Iranian-funded militias"): the country is the group's backer, not its own; "-led" stays
 * ("the Saudi-led coalition" is the Saudis'). */
static bool backer(const dyad_coder_sent *x, int32_t w)
{
    static const char *const backed[] = {"backed",  "supported", "sponsored", "funded",
                                         "financed", "armed",    "trained",   "allied",
                                         "aligned", "equipped"};
    return w + 1 < x->s->n && strcmp(x->form[w], "-") == 0 &&
           x->s->tok[w - 1].end == x->s->tok[w].start && x->s->tok[w].end == x->s->tok[w + 1].start &&
           dyad_coder_is_any(x->form[w + 1], backed, DYAD_ARRAY_LEN(backed));
}

/* The last word of the nmod phrases after hi under n, and of those under them (two deep):
 * how far a name starting in n's phrase may run on. */
static int32_t name_run(const dyad_coder_sent *x, int32_t n, int32_t hi, int depth)
{
    int32_t ext = hi;
    for (const int32_t *k = x->kids[n]; *k >= 0; k++) {
        const char *rel = x->s->tok[*k].deprel ? x->s->tok[*k].deprel : "";
        if (*k > hi && dyad_coder_has_dep(rel, "nmod") && strcmp(rel, "nmod:poss") != 0) {
            int32_t a = *k, b = *k;
            span_of(x, *k, &a, &b, 0);
            if (depth < 2)
                b = name_run(x, *k, b, depth + 1);
            if (b > ext)
                ext = b;
        }
    }
    return ext;
}

/* The phrase lo..hi is a two-word proper name of which the dictionaries know only one word, a
 * city or a capital (best_at, len 1; the caller checks which), and not the other, which is no agent and no word of
 * geography either ("Valeska Paris", "Paris Hilton"; not "Gaza City", "Moscow police"): the
 * name of a person or a thing, not the place. */
static bool other_name(const dyad_coder_sent *x, int32_t lo, int32_t hi, int32_t best_at,
                       int len, bool agent)
{
    static const char *const geography[] = {"city", "province", "region", "state", "strip",
                                            "island", "islands", "valley", "bay", "district",
                                            "county", "governorate", "oblast", "peninsula"};
    if (agent || len != 1 || hi != lo + 1 || best_at < lo || best_at > hi)
        return false;
    int32_t o = best_at == lo ? hi : lo;
    const dyad_token *a = &x->s->tok[lo], *b = &x->s->tok[hi];
    if (a->upos != DYAD_UPOS_PROPN || b->upos != DYAD_UPOS_PROPN ||
        (a->head != hi + 1 && b->head != lo + 1) ||
        dyad_coder_is_any(x->form[o], geography, DYAD_ARRAY_LEN(geography)))
        return false;
    const dyad_coder_lex *l = &x->c->lex;
    dyad_actor_match m;
    dyad_agent_match g;
    return !l->actor(l->ctx, x->form + o, 1, x->date, &m) && !l->agent(l->ctx, x->form + o, 1, &g);
}

const dyad_coder_actor *dyad_coder_actor_of(dyad_coder_sent *x, int32_t h)
{
    dyad_coder_actor *r = &x->actor[h];
    if (x->done[h])
        return r;
    x->done[h] = 1;
    r->head = h;
    r->via = -1;
    r->own_agent = "";
    r->capital = "";
    r->a.code = r->a.root = r->a.agent = r->a.text = r->a.entry = "";
    const dyad_token *t = &x->s->tok[h];
    const dyad_coder_lex *l = &x->c->lex;
    r->kind = 0;
    if ((t->upos == DYAD_UPOS_PRON || t->upos == DYAD_UPOS_DET) &&
        dyad_coder_is_any(x->form[h], first_person, DYAD_ARRAY_LEN(first_person))) {
        /* 'Schumer said: "We made a plea to the president"': I and we in a quotation are its
         * speaker; anywhere else no one the coder can tell */
        dyad_coder_actor tmp;
        bool earlier = false;
        const dyad_coder_actor *sp = dyad_coder_quoted(x, h) || (x->quote && x->quote->open)
                                         ? dyad_coder_quote_speaker(x, h, &tmp, &earlier)
                                         : NULL;
        if (sp && sp->a.code && sp->a.code[0]) {
            r->a = sp->a;
            r->capital = sp->capital;
            r->kind = sp->kind;
            set_text(x, r, h, h);
        }
        return r;
    }
    if (is_pronoun(t, x->lemma[h]) || is_pronoun(t, x->form[h])) {
        if (expletive_it(x, h) || dyad_coder_quoted(x, h) || dyad_coder_complement_it(x, h))
            return r;
        r->kind = (uint8_t)pronoun_kind(x->form[h]);
        const dyad_coder_actor *ante = antecedent(x, h, "", r->kind, NULL);
        if (ante) {
            r->a = ante->a;
            r->capital = ante->capital;
            if (ante->kind != DYAD_CODER_NAME)
                r->kind = ante->kind;
            set_text(x, r, h, h);
        }
        return r;
    }
    if (information_sense(x, h))
        return r; /* "share military intelligence": information, not the agency */
    int32_t lo = h, hi = h;
    span_of(x, h, &lo, &hi, 0);
    /* an actor name may run on through an of-phrase ("Prince of Dol Amroth"), or a chain of
     * them ("the Popular Front for the Liberation of Palestine") */
    int32_t ext = name_run(x, h, hi, 0);
    /* the phrase's first word after its determiners: a name may start there and run on
     * through an of-phrase ("the International Court of Justice", "the United Liberation
     * Front of Asom") as one starting the phrase does */
    int32_t first = lo;
    while (first < h && dyad_coder_has_dep(dyad_coder_rel(x, first), "det"))
        first++;
    dyad_actor_match best = {0};
    dyad_agent_match ag = {0}, pg = {0}; /* agent after / before the country ("NGO~") */
    dyad_agent_match ag_h = {0}; /* the longest agent match that takes in the head */
    int32_t best_at = -1, ag_at = -1, ag_h_at = -1;
    for (int32_t i = lo; i <= hi; i++) {
        dyad_actor_match m;
        /* the longest name; of two as long, a person's with an office that the phrase's head
         * is in over a bare country's ("Hong Kong Chief Executive Carrie Lam": HKGGOV, not the
         * place her title is of) */
        bool longer = false;
        if (l->actor(l->ctx, x->form + i, ext - i + 1, x->date, &m))
            longer = m.len > best.len ||
                     (m.len == best.len && i <= h && h < i + m.len && m.dated && m.code &&
                      strlen(m.code) > 3 && best.code && strlen(best.code) == 3 &&
                      !(best_at <= h && h < best_at + best.len));
        if (longer && m.len <= ext - i + 1 && (i + m.len - 1 <= hi || i == first || i == h) &&
            !backer(x, i + m.len)) {
            best = m;
            best_at = i;
        }
        if (respelled_actor(x, i, ext, &m) && m.len > best.len) {
            best = m;
            best_at = i;
        }
        dyad_agent_match g;
        /* an agent name may run on through an of-phrase too ("Ministry of Silly Walks") */
        bool got = l->agent(l->ctx, x->form + i, ext - i + 1, &g);
        if (got && g.len > hi - i + 1 && i + g.len - 1 != ext)
            got = l->agent(l->ctx, x->form + i, hi - i + 1, &g);
        dyad_agent_match *slot = got && g.prefix ? &pg : &ag;
        bool room = got && g.len <= ext - i + 1 &&
                    (best_at < 0 || i >= best_at + best.len || i < best_at);
        if (room && g.len > slot->len) {
            *slot = g;
            if (slot == &ag)
                ag_at = i;
        }
        if (room && !g.prefix && i <= h && h < i + g.len && g.len > ag_h.len) {
            ag_h = g;
            ag_h_at = i;
        }
    }
    /* an agent noun compounded with a common noun names no agent ("media scrutiny",
     * "government grants", "the police state"), unless that noun is a person ("police chief"),
     * a body ("official news agency"), a site the agent holds ("rebel positions") or an agent
     * itself ("intelligence officials": SPY) */
    if (ag.code && x->s->tok[h].upos == DYAD_UPOS_NOUN && !(ag_at <= h && h < ag_at + ag.len) &&
        !ag_h.code && !person_noun(x, h) && !body_noun(x, h) && !held_site(x, h)) {
        bool compound = true;
        for (int32_t i = ag_at; i < ag_at + ag.len && i < x->s->n; i++)
            compound &= dyad_coder_has_dep(dyad_coder_rel(x, i), "compound") != 0;
        if (compound)
            ag = (dyad_agent_match){0};
    }
    if (ag.code && ag.len == 1 && ag_at > lo && lone_leader(x, ag_at))
        ag = (dyad_agent_match){0}; /* "Team leader Tim Taylor", "tech leaders" */
    if (ag.code && ag_h.code && !(ag_at <= h && h < ag_at + ag.len) &&
        dyad_coder_has_dep(dyad_coder_rel(x, ag_at + ag.len - 1), "compound") &&
        !(ag_h_at == h && ag_h.len == 1 && lone_leader(x, h))) {
        ag = ag_h; /* "people smugglers": the head says what they are (CRM), not "people" */
        ag_at = ag_h_at;
    }
    if (best_at >= 0 && best_at + best.len - 1 > hi)
        hi = best_at + best.len - 1;
    const char *acode = best_at >= 0 ? best.code : NULL;
    const char *capital = NULL; /* "Moscow": RUSGOV as a party, its country RUS in a phrase */
    if (acode && best.capital && strlen(acode) > 3) {
        capital = acode;
        acode = dyad_arena_strndup(&x->doc->arena, acode, 3);
    }
    if (dyad_coder_gathering(x, h) && (!acode || strlen(acode) == 3)) {
        /* "Cairo summit", "an assembly of ministers": a gathering is no actor of its host or
         * of "assembly" as a legislature ("the Arab League summit" keeps the League) */
        acode = NULL;
        ag = pg = (dyad_agent_match){0};
    }
    if (acode && (best.capital || (best.where && strstr(best.where, "places.dict"))) &&
        other_name(x, lo, hi, best_at, best.len, ag.code || pg.code))
        acode = NULL; /* "Valeska Paris", "Paris Hilton": a person, not France */
    bool thing = dyad_coder_thing(x, h, best_at, best.len);
    if (thing) { /* "the United States Constitution", "a Greek Orthodox church" */
        acode = NULL;
        ag = pg = (dyad_agent_match){0};
    }
    const char *aentry = NULL, *centry = NULL, *croot = NULL;
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    if (acode && strncmp(acode, "---", 3) == 0 && best_at > lo &&
        (croot = country_within(x, lo, best_at, &centry)) != NULL) {
        dyad_sb_printf(&sb, "%s%s", croot, acode + 3); /* "German Social Democrats" DEUELI */
        acode = dyad_arena_strdup(&x->doc->arena, sb.data);
        sb.len = 0;
    }
    int32_t of_at = acode && best.dated && !croot ? of_country(x, h) : -1;
    const dyad_coder_actor *ofc = of_at >= 0 ? dyad_coder_actor_of(x, of_at) : NULL;
    dyad_agent_match title;
    if (ofc && strncmp(ofc->a.code, acode, 3) != 0 &&
        l->agent(l->ctx, x->form + best_at, best.len, &title) && title.code &&
        title.len < best.len && !title.prefix) {
        /* "King Abdullah of Jordan": an entry of title and name followed by another country is
         * a namesake; the person is the named country's, with the title's office ("King":
         * GOV). ("the criticism by Merkel | of Russia" has no title: a parser's attachment.) */
        croot = ofc->a.root;
        centry = ofc->a.entry;
        dyad_sb_printf(&sb, "%s%s", croot, title.code);
        acode = dyad_arena_strdup(&x->doc->arena, sb.data);
        sb.len = 0;
    }
    if (acode) {
        if (croot)
            dyad_sb_printf(&sb, "%s + ", centry);
        dyad_sb_printf(&sb, "%s (%s)", best.name ? best.name : "", best.where ? best.where : "");
        aentry = dyad_arena_strdup(&x->doc->arena, sb.data);
    }
    const dyad_coder_actor *inherit = NULL, *adj = NULL, *owner_actor = NULL;
    const char *before = NULL; /* the root of country_before */
    if (!acode && !thing) {
        /* "the foreign minister of Russia", "Lavrov, Russia's foreign minister" */
        for (const int32_t *k = x->kids[h]; *k >= 0 && !inherit; k++) {
            const char *rel = x->s->tok[*k].deprel ? x->s->tok[*k].deprel : "";
            bool located = (ag.code || pg.code) && dyad_coder_has_dep(rel, "nmod") &&
                           strcmp(rel, "nmod:poss") != 0 && !opponent_prep(x, *k) &&
                           !dyad_coder_boundary(x, *k);
            if (located) /* "a court in Multan": a place the gazetteer knows, and not only as */
                dyad_coder_located(x, *k); /* the host of "an embassy in Mombasa" */
            /* of/in phrases only name the country of an agent ("the minister of France"),
             * not of any noun ("ties with France" is no actor) */
            if (dyad_coder_hosted(x, h, *k))
                continue; /* "an assembly of ministers", "the US Embassy in London" */
            if (strcmp(rel, "appos") == 0 || located) {
                const dyad_coder_actor *c = dyad_coder_actor_of(x, *k);
                if (c->a.code[0] && strncmp(c->a.code, "---", 3) != 0 &&
                    !(located && beside_prep(x, *k) && !dyad_coder_bare_place(c))) {
                    inherit = c;
                    r->via = *k;
                }
            }
        }
    }
    if (ag.code && former_office(x, lo, hi, h, ag_at, ag.len, ag.code))
        ag.code = "ELI";
    sb.len = 0;
    size_t pre = 0;                      /* bytes of a prefix agent before the country */
    if (pg.code && (acode || inherit)) { /* "MSF Arnor" → NGOARN */
        dyad_sb_puts(&sb, pg.code);
        pre = strlen(pg.code);
    } else if (pg.code && !ag.code)
        ag = pg;
    if (acode) {
        dyad_sb_puts(&sb, acode);
        if (ag.code && strlen(acode) == 3)
            dyad_sb_puts(&sb, ag.code);
    } else if (inherit) {
        if (ag.code && !inherit->a.agent[0]) {
            r->own_agent = ag.code;
            dyad_sb_puts(&sb, inherit->a.root);
            dyad_sb_puts(&sb, ag.code);
        } else {
            dyad_sb_puts(&sb, inherit->a.code);
        }
        aentry = inherit->a.entry;
    } else if (ag.code && lo > 0 && (adj = adjacent_country(x, lo - 1)) != NULL) {
        /* "Bree | Prime Minister Romendacil" split by the parser: the country just before */
        dyad_sb_puts(&sb, adj->a.root);
        dyad_sb_puts(&sb, ag.code);
        aentry = adj->a.entry;
    } else if (ag.code && lo > 0 && (before = country_before(x, lo, &aentry)) != NULL) {
        /* "U.S. District | Judge Anna Smith": the title nearest the name gives the agent */
        dyad_sb_puts(&sb, before);
        dyad_sb_puts(&sb, ag.code);
    } else if (ag.code && (owner_actor = possessor_country(x, h)) != NULL) {
        /* "Its navy", "their forces" after "Iran tested a missile": the owner's country */
        dyad_sb_puts(&sb, owner_actor->a.root);
        dyad_sb_puts(&sb, ag.code);
        aentry = owner_actor->a.entry;
    } else if (ag.code) {
        const dyad_coder_actor *ante = NULL;
        if (t->upos == DYAD_UPOS_NOUN && short_reference(x, h)) /* "the minister" */
            ante = antecedent(x, h, ag.code, 0, dyad_coder_office_ref(x, lo, hi));
        if (ante) {
            dyad_sb_puts(&sb, ante->a.code);
            aentry = ante->a.entry;
        } else {
            dyad_sb_puts(&sb, "---");
            dyad_sb_puts(&sb, ag.code);
        }
    }
    if (!sb.len && !thing && x->c->opt.new_actor_length > 0)
        new_actor(x, lo, ext, &sb);
    if (sb.len && sb.data[0] == '"') { /* a new actor: its words are its code */
        r->a.code = r->a.root = dyad_arena_strdup(&x->doc->arena, sb.data);
        r->a.agent = r->a.entry = "";
        if (!r->a.code)
            r->a.code = r->a.root = "";
        set_text(x, r, lo, ext);
    } else if (sb.len) {
        set_code(x, r, sb.data);
        if (pre && sb.len >= pre + 3) { /* root is the country; agent = prefix + suffix */
            r->a.root = dyad_arena_strndup(&x->doc->arena, sb.data + pre, 3);
            char *agent = dyad_arena_alloc(&x->doc->arena, sb.len - 2);
            if (agent && r->a.root) {
                memcpy(agent, sb.data, pre);
                strcpy(agent + pre, sb.data + pre + 3);
                r->a.agent = agent;
            } else {
                r->a.root = r->a.code;
            }
        }
        if (ag.code && !aentry) {
            dyad_sb_clear(&sb);
            dyad_sb_printf(&sb, "%s (%s)", ag.name ? ag.name : "", ag.where ? ag.where : "");
            aentry = dyad_arena_strdup(&x->doc->arena, sb.data);
        } else if (ag.code && acode) {
            dyad_sb_clear(&sb);
            dyad_sb_printf(&sb, "%s + %s (%s)", aentry, ag.name ? ag.name : "",
                           ag.where ? ag.where : "");
            aentry = dyad_arena_strdup(&x->doc->arena, sb.data);
        }
        r->a.entry = aentry ? aentry : "";
        set_text(x, r, lo, hi);
    }
    dyad_sb_free(&sb);
    if (capital && acode && strcmp(r->a.code, acode) == 0 && best_at <= h && h < best_at + best.len)
        r->capital = capital; /* the capital alone, not "a Moscow court" or "Moscow's streets" */
    int32_t kin = thing ? -1 : kin_of(x, h);
    const char *own = kin > h && acode && strlen(acode) == 3 && strcmp(acode, "---") != 0 &&
                              best_at >= lo && best_at < h
                          ? acode
                          : NULL; /* "the Kenyan widow of ...": not the possessor's country */
    if (kin >= 0 && kin_actor(x, r, h, lo, hi, kin, own))
        return r; /* "the son of a Kenyan senator": KENCVL */
    if (titled_person(x, r, h, lo, hi))
        return r; /* "United States Federal District | Judge Michael Urbanski" */
    /* a one-word dictionary name that is also the surname of a person the story names in
     * full stands for the person: "Ford" is USABUS, but "Ford" after "Premier Doug Ford" him */
    bool lone_name = acode && !inherit && best_at == h && best.len == 1;
    if ((!r->a.code[0] || lone_name) && t->upos == DYAD_UPOS_PROPN && surname(x, r, h, hi))
        return r; /* "Johnson" after "Boris Johnson" */
    int32_t owner = t->upos == DYAD_UPOS_NOUN ? dyad_coder_kid(x, h, "nmod:poss") : -1;
    if (!r->a.code[0] && owner >= 0 && x->s->tok[owner].upos == DYAD_UPOS_PROPN &&
        surname(x, r, owner, owner))
        return r; /* "Johnson's resignation", as "Boris Johnson's resignation" is his */
    int32_t rep = spoke_for(x, h);
    if (rep >= 0) { /* "a spokesperson for the company": the company's, not a government's */
        const dyad_coder_actor *c = dyad_coder_actor_of(x, rep);
        r->a = c->a;
        r->via = c->a.code[0] ? rep : -1;
        if (!c->a.code[0])
            r->a.code = r->a.root = r->a.agent = "";
        return r;
    }
    int32_t led = r->a.code[0] ? -1 : head_of(x, h);
    if (led >= 0 && dyad_coder_actor_of(x, led)->a.code[0]) {
        /* "the head of the IAEA", "the chief of the UN refugee agency": the body's */
        r->a = dyad_coder_actor_of(x, led)->a;
        r->via = led;
        r->kind = DYAD_CODER_PERSON;
        return r;
    }
    int32_t of = r->a.code[0] ? -1 : dyad_coder_part_of(x, h);
    if (of >= 0) {
        const dyad_coder_actor *c = dyad_coder_actor_of(x, of);
        if (c->a.code[0]) { /* "thousands of Georgians": the Georgians */
            r->a = c->a;
            r->via = of;
            set_text(x, r, lo, c->head >= 0 ? of : hi);
            r->kind = DYAD_CODER_GROUP;
            return r;
        }
    }
    r->kind = (uint8_t)phrase_kind(x, h, lo, hi, r, acode != NULL, inherit);
    return r;
}

static void push_one(dyad_coder_actors *out, const dyad_coder_actor *a);

/* A dictionary code with alternatives ("FRO/BIL/SAM") stands for several actors. */
static void push_split(dyad_coder_sent *x, dyad_coder_actors *out, const dyad_coder_actor *a)
{
    const char *code = a->a.code;
    while (*code) {
        const char *slash = strchr(code, '/');
        size_t n = slash ? (size_t)(slash - code) : strlen(code);
        dyad_coder_actor b = *a;
        char *one = dyad_arena_strndup(&x->doc->arena, code, n);
        if (n && one) {
            set_code(x, &b, one);
            push_one(out, &b);
        }
        if (!slash)
            break;
        code = slash + 1;
    }
}

static void push_one(dyad_coder_actors *out, const dyad_coder_actor *a)
{
    if (!a->a.code[0] || out->n >= DYAD_CODER_MAX_ACTORS)
        return;
    for (int i = 0; i < out->n; i++)
        if (strcmp(out->v[i].a.code, a->a.code) == 0)
            return;
    out->v[out->n++] = *a;
}

static void push(dyad_coder_sent *x, dyad_coder_actors *out, const dyad_coder_actor *a)
{
    if (strchr(a->a.code, '/'))
        push_split(x, out, a);
    else
        push_one(out, a);
}

/* Codes b as the country root with the agent ("USA" + "MIL"). */
static void set_root_agent(dyad_coder_sent *x, dyad_coder_actor *b, const char *root,
                           const char *agent)
{
    dyad_strbuf sb = DYAD_STRBUF_INIT;
    dyad_sb_puts(&sb, root);
    dyad_sb_puts(&sb, agent);
    if (sb.data)
        set_code(x, b, sb.data);
    dyad_sb_free(&sb);
}

/* "lawmakers in A and B": the agent once for every country of the coordinated phrase. */
static void push_via(dyad_coder_sent *x, const dyad_coder_actor *a, dyad_coder_actors *out)
{
    for (const int32_t *k = x->kids[a->via]; *k >= 0; k++) {
        const dyad_token *t = &x->s->tok[*k];
        if (!t->deprel || strcmp(t->deprel, "conj") != 0)
            continue;
        const dyad_coder_actor *c = dyad_coder_actor_of(x, *k);
        if (!c->a.code[0] || c->a.agent[0] || strncmp(c->a.code, "---", 3) == 0)
            continue;
        dyad_coder_actor b = *a;
        set_root_agent(x, &b, c->a.root, a->own_agent);
        b.a.entry = c->a.entry;
        push(x, out, &b);
    }
}

/* "North and South Korea", "East and West Germany": a name whose first word is coordinated
 * names two actors, each word with the head ("North Korea", "South Korea"), when both are in
 * the dictionaries and differ; pushes them and returns true, else false. */
static bool coordinated_name(dyad_coder_sent *x, int32_t h, dyad_coder_actors *out)
{
    const dyad_coder_lex *l = &x->c->lex;
    for (const int32_t *k = x->kids[h]; *k >= 0; k++) {
        if (*k > h || !dyad_coder_has_dep(dyad_coder_rel(x, *k), "compound") ||
            x->s->tok[*k].upos != DYAD_UPOS_PROPN)
            continue;
        int32_t c = dyad_coder_kid(x, *k, "conj");
        if (c < 0 || c > h || x->s->tok[c].upos != DYAD_UPOS_PROPN)
            continue;
        const char *w1[2] = {x->form[*k], x->form[h]}, *w2[2] = {x->form[c], x->form[h]};
        dyad_actor_match m1, m2;
        if (!l->actor(l->ctx, w1, 2, x->date, &m1) || m1.len != 2 || !m1.code ||
            !l->actor(l->ctx, w2, 2, x->date, &m2) || m2.len != 2 || !m2.code ||
            strcmp(m1.code, m2.code) == 0)
            continue;
        dyad_coder_actor a, b;
        dyad_coder_coded_actor(x, m1.code, h, DYAD_CODER_NAME, &a);
        dyad_coder_coded_actor(x, m2.code, c, DYAD_CODER_NAME, &b);
        if (!a.a.code[0] || !b.a.code[0])
            continue;
        push(x, out, &a);
        push(x, out, &b);
        return true;
    }
    return false;
}

/* True when conjunct k, an organ of a state with no country ("military officials"), shares
 * the country premodifier of the first conjunct h, a group with its own ("US diplomats",
 * "Chinese diplomats", "Russia's generals"): UD hangs a modifier the conjuncts share on the
 * first. Not for a party outside the state ("Israeli soldiers and militants"), nor when k has
 * a modifier of its own that names another party ("foreign troops", "opposition leaders"),
 * or when h got its country elsewhere (a name, an of-phrase). */
static bool shares_premodifier(dyad_coder_sent *x, const dyad_coder_actor *first, int32_t h,
                               const dyad_coder_actor *ca, int32_t k)
{
    static const char *const other_party[] = {
        "foreign", "international", "western", "allied", "coalition", "multinational", "rival",
        "enemy", "other", "overseas", "outside", "opposition", "rebel", "local", "regional"};
    /* "Israeli soldiers and militants" may be two sides: only a state's organs are taken to
     * share the state */
    if (first->kind != DYAD_CODER_GROUP || first->via >= 0 || !first->a.agent[0] ||
        strncmp(first->a.code, "---", 3) == 0 || strncmp(ca->a.code, "---", 3) != 0 ||
        !dyad_coder_state_organ(ca->a.agent) || ca->via >= 0)
        return false;
    bool modified = false;
    for (const int32_t *m = x->kids[h]; *m >= 0; m++) {
        const char *r = dyad_coder_rel(x, *m);
        if (*m < h && (dyad_coder_has_dep(r, "amod") || dyad_coder_has_dep(r, "compound") ||
                       strcmp(r, "nmod:poss") == 0) &&
            dyad_coder_actor_of(x, *m)->a.code[0])
            modified = true;
    }
    if (!modified)
        return false;
    for (const int32_t *m = x->kids[k]; *m >= 0; m++)
        if (*m < k && dyad_coder_is_any(x->form[*m], other_party, DYAD_ARRAY_LEN(other_party)))
            return false;
    return true;
}

static void actors_rec(dyad_coder_sent *x, int32_t h, dyad_coder_actors *out, int depth)
{
    if (coordinated_name(x, h, out))
        return;
    const dyad_coder_actor *first = dyad_coder_actor_of(x, h);
    push(x, out, first);
    if (first->via >= 0 && first->own_agent[0])
        push_via(x, first, out);
    if (depth > 8)
        return;
    /* "Eriadori and Calenardhon leaders": coordination inside the name */
    for (const int32_t *k = x->kids[h]; *k >= 0; k++) {
        const char *rel = x->s->tok[*k].deprel ? x->s->tok[*k].deprel : "";
        if (!dyad_coder_has_dep(rel, "compound") && !dyad_coder_has_dep(rel, "amod"))
            continue;
        for (const int32_t *c = x->kids[*k]; *c >= 0; c++) {
            const dyad_token *t = &x->s->tok[*c];
            if (!t->deprel || strcmp(t->deprel, "conj") != 0)
                continue;
            const dyad_coder_actor *a = dyad_coder_actor_of(x, *c);
            if (!a->a.code[0] || a->a.agent[0] || strncmp(a->a.code, "---", 3) == 0)
                continue;
            dyad_coder_actor b = *a;
            if (first->a.agent[0] && strncmp(first->a.code, "---", 3) != 0)
                set_root_agent(x, &b, a->a.root, first->a.agent);
            push(x, out, &b);
        }
    }
    for (const int32_t *k = x->kids[h]; *k >= 0; k++) {
        const dyad_token *t = &x->s->tok[*k];
        if (!t->deprel || strcmp(t->deprel, "conj") != 0 || t->upos == DYAD_UPOS_VERB)
            continue;
        if (dyad_coder_aside(x, *k))
            continue; /* "arrested the accused, 36 minutes after the shooting in X" parsed as
                         a conjunct: a time, no second party */
        const dyad_coder_actor *ca = dyad_coder_actor_of(x, *k);
        const dyad_coder_actor *va = first->via >= 0 ? dyad_coder_actor_of(x, first->via) : NULL;
        if (va && va->a.code[0] && strncmp(ca->a.code, "---", 3) == 0 && ca->a.agent[0]) {
            /* "lawmakers and officials in A and B": the of/in phrase is shared */
            dyad_coder_actor b = *ca;
            b.via = first->via;
            b.own_agent = ca->a.agent;
            set_root_agent(x, &b, va->a.root, ca->a.agent);
            push(x, out, &b);
            push_via(x, &b, out);
            continue;
        }
        if (shares_premodifier(x, first, h, ca, *k)) {
            dyad_coder_actor b = *ca;
            set_root_agent(x, &b, first->a.root, ca->a.agent);
            push(x, out, &b);
            continue;
        }
        if (!ca->a.code[0] && first->a.code[0]) {
            /* "Ithilen's sheep and goats of Gondor": a conjunct naming no actor stands for the
             * one of its of-phrase */
            for (const int32_t *g = x->kids[*k]; *g >= 0; g++) {
                const char *gr = x->s->tok[*g].deprel ? x->s->tok[*g].deprel : "";
                if (dyad_coder_has_dep(gr, "nmod") && strcmp(gr, "nmod:poss") != 0 &&
                    dyad_coder_actor_of(x, *g)->a.code[0]) {
                    actors_rec(x, *g, out, depth + 1);
                    break;
                }
            }
        }
        actors_rec(x, *k, out, depth + 1); /* "A, B, C and D" however the parser chains */
    }
}

void dyad_coder_actors_of(dyad_coder_sent *x, int32_t h, dyad_coder_actors *out)
{
    actors_rec(x, h, out, 0);
}
