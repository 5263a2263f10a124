/* coder_internal.h — state shared by the coder's files (actors, clauses, events). */
#ifndef DYAD_CODER_INTERNAL_H
#define DYAD_CODER_INTERNAL_H

#include "coder/coder.h"
#include "frames/frames.h"

struct dyad_coder {
    dyad_coder_lex lex;
    const dyad_cameo *cameo;
    dyad_coder_options opt;
    dyad_coder_place_fn place; /* NULL: no gazetteer (dyad_coder_set_places) */
    const void *place_ctx;
};

/* A resolved actor: the public record plus the token that heads its phrase (-1 when borrowed
 * from an earlier sentence). */
typedef struct dyad_coder_actor {
    dyad_actor a;
    int32_t head;
    int32_t via;           /* the of/in-phrase word the country came from, -1 when none */
    const char *own_agent; /* the phrase's own agent code ("LEG" in "lawmakers in X") or "" */
    const char *capital;   /* a capital standing alone ("Moscow"): its government's code
                            * ("RUSGOV"), which it has as a party; a.code is its country's (RUS),
                            * which it has as a place (coder_place.c); NULL or "" otherwise */
    uint8_t kind;          /* DYAD_CODER_PERSON, _THING, _GROUP, _NAME or 0 (see below) */
} dyad_coder_actor;

/* What a phrase is to pronouns: one person ("Merkel", "the minister": he, she), a country or
 * body ("Russia", "the ministry": it, they), a plural group ("officials", "protesters": they),
 * or a name the dictionaries do not know heading a subject ("Kubiak said": most likely a
 * person, so he and she stop there). 0: none of these (an expletive "it", a place). */
enum { DYAD_CODER_PERSON = 1, DYAD_CODER_THING, DYAD_CODER_GROUP, DYAD_CODER_NAME };

/* A list of actors (compound subjects/objects give several). */
#define DYAD_CODER_MAX_ACTORS 8
typedef struct dyad_coder_actors {
    dyad_coder_actor v[DYAD_CODER_MAX_ACTORS];
    int n;
} dyad_coder_actors;

/* A person the story names in full, by surname: a dictionary person (coder_names.c) or one
 * the story introduces with a role (coder_people.c). */
typedef struct dyad_coder_name {
    const char *surname; /* "Johnson" (the form as written) */
    char code[16];       /* the person's code on the story's date ("GBRGOV"), "" when none */
    const char *name;    /* the dictionary entry ("BORIS_JOHNSON"); NULL for one introduced */
    const char *where;   /* its file:line */
    bool ambiguous;      /* two people of the story share the surname: it stands for neither */
    int32_t sent, first, last; /* the words naming the person in full ("Boris Johnson") */
    /* introduced with a role (coder_people.c): the role's words in sentence sent (role_lo >
     * last: an apposition after the name) and the dictionary entries that gave its code */
    int32_t role_lo, role_hi;
    const char *actor_name, *actor_where, *agent_name, *agent_where;
} dyad_coder_name;

#define DYAD_CODER_MAX_NAMES 32
typedef struct dyad_coder_names {
    dyad_coder_name v[DYAD_CODER_MAX_NAMES];
    int n;
} dyad_coder_names;

/* A sentence's dictionary matches from its words alone (coder_scan.c): left to right, the
 * longest actor at each word, else the longest agent; the words of a match are skipped. */
typedef struct dyad_coder_scan {
    const char **w;       /* the words (forms) */
    int32_t n;            /* their number */
    dyad_actor_match *am; /* the actor match starting at each word (len 0: none) */
    dyad_agent_match *gm; /* the agent match starting at each word (len 0: none) */
    int32_t *start;       /* the first word of the match covering each word, -1 when none */
} dyad_coder_scan;

/* Room for sentences of up to n words; false (sc empty) when out of memory. */
bool dyad_coder_scan_new(dyad_coder_scan *sc, int32_t n);
void dyad_coder_scan_free(dyad_coder_scan *sc);
/* The matches of s (date: the story's, or 0 for any). */
void dyad_coder_scan_sentence(const dyad_coder *c, const dyad_sentence *s, int32_t date,
                              dyad_coder_scan *sc);
/* The last token of the one dictionary word that starts at token k of s (words w, n of them):
 * a hyphenated word the tokenizer split ("Al - Shabaab") or a word and its possessive
 * ("People 's", "Workers '"), written without spaces in the text; k where nothing is joined.
 * dyad_coder_joined_form: a piece of such a word as the dictionary spells it ("'s" for the
 * typographic one). */
int32_t dyad_coder_joined_end(const dyad_sentence *s, const char *const *w, int32_t k, int32_t n);
const char *dyad_coder_joined_form(const char *w);

/* The people doc names in full (two words or more, a country and a person's agent), from its
 * words alone, and those it introduces with a role (coder_people.c); date: the story's
 * (codes) or 0. */
void dyad_coder_story_names(const dyad_coder *c, const dyad_doc *doc, int32_t date,
                            dyad_coder_names *nm);
/* The person the surname word stands for, or NULL (none, or ambiguous). */
const dyad_coder_name *dyad_coder_surname(const dyad_coder_names *nm, const char *word);
/* Some person of nm has the surname word, ambiguous or not (the parse plan: coder_needs.c). */
bool dyad_coder_surname_known(const dyad_coder_names *nm, const char *word);

/* People introduced with a role (coder_people.c): the names sentence si (scanned in sc)
 * introduces with a role ("Interior Minister Anna Nowak", "Paul Smith, a spokesman for the
 * Kenyan police,") added to nm with the role's code. */
void dyad_coder_people_introduced(const dyad_doc *doc, const dyad_coder_scan *sc, int32_t si,
                                  dyad_coder_names *nm);
/* After the story's introductions: a surname of nm that another name of doc ends with
 * ("Piotr Nowak" after "Anna Nowak") becomes ambiguous (sc: room for doc's sentences). */
void dyad_coder_people_others(const dyad_coder *c, const dyad_doc *doc, int32_t date,
                              dyad_coder_names *nm, dyad_coder_scan *sc);
struct dyad_coder_sent;
/* The person p may stand for word i of x's sentence: a dictionary person anywhere; one
 * introduced with a role only after the introduction (its name and role, which the coder
 * codes itself), and not right after a role word of its own ("soldier Hale"). */
bool dyad_coder_person_at(const struct dyad_coder_sent *x, const dyad_coder_name *p, int32_t i);
/* The evidence for a person introduced with a role (p->name NULL): the full name, the role
 * and its entries, in x's document arena ("" when out of memory). */
const char *dyad_coder_person_evidence(struct dyad_coder_sent *x, const dyad_coder_name *p);
/* w (the form) is a singular noun naming one person ("minister", "spokesman", "judge"). */
bool dyad_coder_person_word(const char *w);

/* What the coder knows of the whole document, worked out when an event first needs it: most
 * documents code no event. */
typedef struct dyad_coder_story {
    bool known;          /* country has been worked out */
    const char *country; /* the story's only country (coder_country.c) or NULL */
    bool names_known;    /* names has been worked out */
    dyad_coder_names names;
    bool claim_known;     /* claimant has been worked out */
    const char *claimant; /* the one actor that claims responsibility (coder_claim.c), NULL */
    int32_t first_event;  /* the document's first event in the coder's event list */
} dyad_coder_story;

/* A quotation that runs over sentences (coder_quote.c): whether one opened in an earlier
 * sentence of the paragraph is still open where a sentence starts, and its speaker. */
typedef struct dyad_coder_quote {
    bool open;
    const dyad_coder_actor *speaker; /* its speaker, a coded actor; NULL when none was found */
    const dyad_coder_actor *last;    /* the speaker of the last sentence's closed quotation */
    const dyad_coder_actor *resumed; /* that speaker, when the sentence starts with a quotation
                                        mark: the quotation it opens is the speaker's too */
    /* set while coding a sentence (dyad_coder_quote_opener), else NULL: the speaker of a
     * quotation it opens and leaves open, or of one it attributes and closes */
    const dyad_coder_actor *opened, *said;
} dyad_coder_quote;

/* Per-sentence working state (arena memory). */
typedef struct dyad_coder_sent {
    const dyad_coder *c;
    dyad_doc *doc;
    const dyad_sentence *s;
    int32_t si;                          /* sentence index */
    int32_t date;                        /* YYYYMMDD or 0 */
    const char **form;                   /* n words: surface forms */
    const char **lemma;                  /* n words: lemma (form when none) */
    int32_t **kids;                      /* children of each word (0-based), -1 terminated */
    uint8_t *done;                       /* actor of word resolved */
    dyad_coder_actor *actor;             /* memo: actor of each nominal head (code "" when none) */
    const dyad_coder_actor *prev;        /* the last actor of earlier sentences, or NULL */
    const dyad_coder_actor *prev_person; /* the last coded person phrase (short references) */
    const dyad_coder_actor *prev_he;     /* the person he/she stand for, coded or not */
    const dyad_coder_actor *prev_thing;  /* the last country, body or group (it, they) */
    const dyad_coder_actor *prev_group;  /* the group they stand for: an earlier subject */
    const dyad_coder_actor *const *named; /* the coded actors of earlier sentences, oldest
                                            first, that a short reference may name again by
                                            a word of theirs ("the embassy") */
    int32_t nnamed;
    bool it_stop;                        /* earlier sentence's subject a thing: it, its stop */
    const char *issues;                  /* issue codes found in the sentence, comma-separated;
                                            NULL until its first event asks (dyad_coder_emit) */
    dyad_coder_story *story;             /* the document's, shared by its sentences */
    const dyad_coder_quote *quote;       /* the quotation open where the sentence starts */
    dyad_frames frames;                  /* predicate-argument frames (dyad_coder_frames) */
    dyad_arena *frames_arena;            /* theirs: reset after each sentence */
    bool frames_built, frames_ok;        /* built on first request: most sentences code nothing */
} dyad_coder_sent;

/* Words helpers (coder_tree.c). */
int dyad_coder_is(const char *a, const char *b);              /* case-insensitive equality */
/* w equals (case-insensitively) one of list[0..n). */
bool dyad_coder_is_any(const char *w, const char *const *list, size_t n);
/* Word i stands inside quotation marks opened earlier in its sentence (coder_said.c): a
 * pronoun there is the speaker's, a party there is not a statement's addressee. */
bool dyad_coder_quoted(const dyad_coder_sent *x, int32_t i);
/* The quotation word i of s stands in, s starting inside one (open) or not: the word of its
 * opening mark, -1 when it was open before the sentence, -2 when i stands in none (i = s->n:
 * the quotation still open at the sentence's end). From the words alone (coder_said.c). */
int32_t dyad_coder_quote_opened(const dyad_sentence *s, bool open, int32_t i);
int dyad_coder_has_dep(const char *deprel, const char *want); /* deprel == want or want:subtype */
/* The word a name phrase hangs from when t is its title ("President" in "President Trump")
 * or a later part of a flat name; t itself otherwise. */
int32_t dyad_coder_name_head(const dyad_coder_sent *x, int32_t t);

/* Tree helpers (coder_tree.c; word indexes are 0-based; -1 is none). */
static inline const char *dyad_coder_rel(const dyad_coder_sent *x, int32_t i)
{
    const char *r = x->s->tok[i].deprel;
    return r ? r : "";
}

static inline int32_t dyad_coder_head(const dyad_coder_sent *x, int32_t i)
{
    int32_t h = x->s->tok[i].head;
    return h >= 1 && h <= x->s->n ? h - 1 : -1;
}

/* The first dependent of v with exactly this relation. */
int32_t dyad_coder_kid(const dyad_coder_sent *x, int32_t v, const char *rel);
/* Word w is o or lies in o's phrase (o is w or one of its heads). */
bool dyad_coder_under(const dyad_coder_sent *x, int32_t w, int32_t o);
/* The preposition ("case" dependent) of a nominal, or "". */
const char *dyad_coder_prep(const dyad_coder_sent *x, int32_t n);

/* Sources (coder_source.c, coder_subject.c). */
/* not/n't/never on v. */
bool dyad_coder_negated(const dyad_coder_sent *x, int32_t v);
/* The word heading the source of predicate v, -1 when none: its frame's agent (src/frames),
 * or one a parser slip hides from frames; *note says how it was found ("relative", "control",
 * "coordinated", "verbless root"), *passive is set for a by-agent. depth: 0 (bounds the
 * climb to governors). */
int32_t dyad_coder_source_of(dyad_coder_sent *x, int32_t v, const char **note, bool *passive,
                             int depth);
/* The source a parser slip gives v (a verbless root noun above it, a verb hung as amod or
 * acl of a root noun), -1 when none; *note is set when found. */
int32_t dyad_coder_slip_source(dyad_coder_sent *x, int32_t v, const char **note);
/* "Russian police arrested students" with arrested as amod of students: the root noun, else -1. */
int32_t dyad_coder_amod_verb(const dyad_coder_sent *x, int32_t v);
/* "A, B, and C welcomed" parsed with C as a second subject: adds to src the actors of v's other
 * nsubj dependents set off from its subject s by a comma or conjunction. */
void dyad_coder_more_subjects(dyad_coder_sent *x, int32_t v, int32_t s, dyad_coder_actors *src);

/* PETRARCH patterns (coder_pattern.c). */
/* A code that codes: "---" or letters and digits with a digit ("[+++]", "[025?]" do not). */
bool dyad_coder_code_ok(const char *code);
/* The first pattern of vb (most specific first) that matches the clause words seq[0..m) in
 * sentence order, v being seq[pv]; with neg only patterns naming the negation. *src / *tgt get
 * the phrase heads the pattern bound with '$' / '+' (-1 when none). NULL when none matches. */
const dyad_pattern *dyad_coder_match(dyad_coder_sent *x, int32_t v, const dyad_verb *vb, bool neg,
                                     const int32_t *seq, const char **words, int32_t m, int32_t pv,
                                     int32_t *src, int32_t *tgt);

/* Actors (coder_actor.c). */
/* w (any case) is a pronoun the coder resolves to an earlier actor (he, they, its, ...). */
bool dyad_coder_pronoun_word(const char *w);
/* The actor named by the phrase headed by word h (compound/flat/amod/nmod:poss/appos/...),
 * resolving pronouns and short references; code "" when none. */
const dyad_coder_actor *dyad_coder_actor_of(dyad_coder_sent *x, int32_t h);
/* h heads a quantity or a part of a group ("thousands of X", "a member of X"): the word
 * heading its of-phrase, whose actor the phrase takes; else -1. */
int32_t dyad_coder_part_of(const dyad_coder_sent *x, int32_t h);
/* h's actor and those of its conj dependents (compound actors) appended to out. */
void dyad_coder_actors_of(dyad_coder_sent *x, int32_t h, dyad_coder_actors *out);

/* Event nouns (coder_nominal.c): parties their own dependents do not name. */
/* Event noun v is modified as an act that has not happened or is only claimed ("a possible
 * lawsuit", "the planned visit", "an alleged attack"): no event. */
bool dyad_coder_nominal_unreal(const dyad_coder_sent *x, int32_t v);
/* The light verb that performs event noun v, v being its object or passive subject ("filed a
 * lawsuit", "a lawsuit was filed by X", "carried out a probe"); -1 when none. */
int32_t dyad_coder_light_verb(const dyad_coder_sent *x, int32_t v);
/* Word k is a phrase of light verb lv naming the act's other party: an against / into / on /
 * to / with oblique of lv, or such a phrase the parser hung from lv's by-agent ("a lawsuit
 * filed by X against Y"); not where or when. */
bool dyad_coder_light_party(const dyad_coder_sent *x, int32_t lv, int32_t k);
/* The first party phrase of light verb lv (dyad_coder_light_party) naming an actor, -1. */
int32_t dyad_coder_light_target(dyad_coder_sent *x, int32_t lv);
/* A by-phrase right after event noun v's phrase that the parser hung from a word above v
 * ("announced the plan despite criticism | by the minister" with "by the minister" under
 * announced): v's by-agent; -1 when none, or when it is a passive verb's own agent. */
int32_t dyad_coder_nominal_by_slip(const dyad_coder_sent *x, int32_t v);
/* The "from" phrase of v when its act (code) is said or given ("criticism from X", "aid from
 * X"): the source; -1 when none. */
int32_t dyad_coder_nominal_from(const dyad_coder_sent *x, int32_t v, const char *code);
/* The word among noun n's possessor, adjectives and compounds that names an actor (the owner of
 * "Uganda's law", "the Ugandan law", "US sanctions"), -1 when none. */
int32_t dyad_coder_owner_word(dyad_coder_sent *x, int32_t n);
/* The subject of the verb that receives reaction noun v as its object ("The move drew
 * condemnation", "the ruling faced criticism"): the one the reaction is aimed at; -1 when v
 * is no such object. */
int32_t dyad_coder_reaction_receiver(const dyad_coder_sent *x, int32_t v);
/* The word heading the one event noun v is aimed at when no dependent of v names it: for a
 * criticism (11x) in a "despite" / "amid" / "after" adjunct, the subject of the act it
 * qualifies; for a request (02x, 10x) that a verb answers ("did not accede to the protesters'
 * demands"), that verb's subject; -1 when none. */
int32_t dyad_coder_nominal_aimed_at(dyad_coder_sent *x, int32_t v, const char *code);
/* The word naming who performs event noun v's act (coded code): its possessor, by-agent, a
 * name or country adjective before it ("US sanctions"), its "from" phrase, or a by-phrase the
 * parser hung elsewhere; -1 when none. */
int32_t dyad_coder_nominal_agent(dyad_coder_sent *x, int32_t v, const char *code);

/* Places (coder_place.c). n's preposition says where (in, at, near, ...). */
bool dyad_coder_locative(const dyad_coder_sent *x, int32_t n);
/* a names a country or place only: a three-letter code without an agent. */
bool dyad_coder_bare_place(const dyad_coder_actor *a);
/* Word n names a country alone ("Kenya", "the United States"): a bare place of countries.dict
 * as a proper noun; not a city, a region, a capital or a demonym ("Mombasa", "Nairobi",
 * "Kenyans"). */
bool dyad_coder_country(dyad_coder_sent *x, int32_t n);
/* n is a locative phrase naming a bare place ("in Rome"): where, not whom. */
bool dyad_coder_where(dyad_coder_sent *x, int32_t n);
/* The actor of word k, the of/in phrase of an agent ("police in Mombasa"): where the
 * dictionaries name none, the country of the place k names, as a place (coder_located.c): a
 * bare proper name the coder's place lookup gives one country ("Mombasa": KEN), or a place
 * noun with its of-phrase ("the city of Lahore": PAK). */
const dyad_coder_actor *dyad_coder_located(dyad_coder_sent *x, int32_t k);
/* a as a party of an event: a capital standing alone becomes its government ("Moscow said":
 * RUSGOV), written into *tmp; any other actor is returned as it is. */
const dyad_coder_actor *dyad_coder_as_party(const dyad_coder_actor *a, dyad_coder_actor *tmp);
/* Word n is a gathering after "at" ("at the UN General Assembly", "at a summit") or a company
 * named with "the" after "at" ("at the Walmart", a shop): where something is said or done,
 * never whom it is done to. */
bool dyad_coder_venue(dyad_coder_sent *x, int32_t n);
/* Pattern p bound t, a place v's event happened in, without naming its preposition ("INJURE:
 * * +" on "injured ... in Winchester"): no target. */
bool dyad_coder_pattern_where(dyad_coder_sent *x, int32_t v, const dyad_pattern *p, int32_t t);
/* h heads a gathering or a site ("a summit", "the bridge"): "in X" under it says where. */
bool dyad_coder_site(const dyad_coder_sent *x, int32_t h);
/* n names a border ("near the Syrian border", "on the Afghan frontier"): a place on either
 * side of it, so its country adjective names the neighbour, not where n is. */
bool dyad_coder_boundary(const dyad_coder_sent *x, int32_t n);
/* v is a verb of travel ("arrived in X" is a visit to X). */
bool dyad_coder_travel(const dyad_coder_sent *x, int32_t v);
/* h heads a gathering ("summit", "an assembly"): no actor of its host place or members. */
bool dyad_coder_gathering(const dyad_coder_sent *x, int32_t h);
/* h (a gathering, or an embassy with k its "in London") takes no country from dependent k. */
bool dyad_coder_hosted(dyad_coder_sent *x, int32_t h, int32_t k);

/* Asides (coder_aside.c). n is "according to X", a time ("after X") or a medium ("on Fox
 * News"): no party. */
bool dyad_coder_aside(dyad_coder_sent *x, int32_t n);
/* n, an oblique or nmod of v, is an aside or a place v's event happened in: no target. */
bool dyad_coder_no_target(dyad_coder_sent *x, int32_t v, int32_t n);
/* v's clause measures a span of time ("five years after crowds burned its embassy"): it says
 * when, and its act is history the sentence does not report. */
bool dyad_coder_time_clause(dyad_coder_sent *x, int32_t v);
/* Word g under n, depth nouns down a chain from the verb's argument, is where or an aside
 * ("protests in Hong Kong", "the coast of Fiji"): no target is sought in it. */
bool dyad_coder_chain_stop(dyad_coder_sent *x, int32_t n, int32_t g, int depth);
/* t is what the content noun above it is about ("a case about Pakistani fishermen", "a
 * report regarding X", "talks about Syria"): a topic, no target, unless pattern p (NULL: none)
 * names the preposition. */
bool dyad_coder_topic(dyad_coder_sent *x, int32_t t, const dyad_pattern *p);
/* t lies in a clause that says what v's object does or would do ("proposed a law that would
 * fund the army", "a bill to allow China to extradite suspects"): the object's content. */
bool dyad_coder_in_content(const dyad_coder_sent *x, int32_t v, int32_t t);
/* v is a verb whose object is what is talked about ("discussed Iran's nuclear program",
 * "debated the budget"): the object is a topic, the partner is "with X" or a compound subject. */
bool dyad_coder_topic_verb(const dyad_coder_sent *x, int32_t v);
/* t, a target pattern p bound in v's phrase, lies below v's argument in a topic
 * (dyad_coder_topic), or in the object of a verb of talk (dyad_coder_topic_verb) without the
 * preposition p names: the phrase the default target passes over too. (Not the rest of
 * dyad_coder_chain_stop: a pattern's target may be a thing's owner, "opposed a nuclear
 * program of Iran".) */
bool dyad_coder_chain_hides(dyad_coder_sent *x, int32_t v, const dyad_pattern *p, int32_t t);

/* h heads a thing (a law, a building, a coast, a plan) that names a country only in a
 * modifier: no actor, unless the actor match at..at+len-1 takes in h or an actor possesses it
 * (coder_thing.c). */
bool dyad_coder_thing(dyad_coder_sent *x, int32_t h, int32_t at, int32_t len);

/* A compound subject without a target acts on itself: a mutual verb ("agree", "met") or a
 * relation as object ("renewed ties", "delayed their meeting", "each other") (coder_mutual.c). */
bool dyad_coder_mutual(const dyad_coder_sent *x, int32_t v);

/* Pronouns that name nothing coded (coder_pronoun.c). */
/* A plural noun (by its tag, else a lemma other than the form). */
bool dyad_coder_plural(const dyad_coder_sent *x, int32_t h);
/* A verb that gives its object a name or description in a complement ("call", "describe",
 * "brand", "consider"). */
bool dyad_coder_naming_verb(const char *lemma);
/* "it" as the object of a naming verb with a complement ("called it a mistake"). */
bool dyad_coder_complement_it(const dyad_coder_sent *x, int32_t h);
/* h, a plural common noun subject or predicate ("veterans"), is a group "they" stops at. */
bool dyad_coder_group_noun(const dyad_coder_sent *x, int32_t h);
/* After sentence x: 1 when its root's subject is an uncoded singular common noun ("A fire"),
 * which a later "it" stands for; 0 when not; -1 (no coded actor in it) leaves it as it was. */
int dyad_coder_it_stop(const dyad_coder_sent *x);
/* After sentence x: the word heading the person a later he/she stands for (its root's subject
 * when a person, else its last person, coded or not); -1 (no person, or no coded actor in x)
 * keeps the earlier one. */
int32_t dyad_coder_person_focus(const dyad_coder_sent *x);
/* The word a later "they" stands for in sentence x: its root's subject when that is a coded
 * plural group ("Kurdish rebels attacked a Turkish village. They killed two soldiers": the
 * rebels, not the village), -1 when none. */
int32_t dyad_coder_group_focus(const dyad_coder_sent *x);
/* The proper name headed by f ends with the last word of a's text ("Soleimani" after
 * "General Qasem Soleimani"): the person named before. */
bool dyad_coder_same_name(const dyad_coder_sent *x, int32_t f, const dyad_coder_actor *a);

/* Short references naming an office (coder_office.c). */
/* The specific office ("president", "prime minister", "mayor") the words lo..hi of a short
 * reference end with, else NULL. */
const char *dyad_coder_office_ref(const dyad_coder_sent *x, int32_t lo, int32_t hi);
/* a may be what a reference to office stands for: its words name that office or none. */
bool dyad_coder_office_fits(const char *office, const dyad_coder_actor *a);

/* Statements (coder_said.c). n's preposition makes it what a statement is addressed to or
 * about ("to", "regarding", "at"; not "on social media", "by live television"). */
bool dyad_coder_said_prep(const dyad_coder_sent *x, int32_t n);
/* w heads a clause of its own (a clausal dependent, or a predicate with subject or copula). */
bool dyad_coder_clause_head(const dyad_coder_sent *x, int32_t w);
/* t, under v, lies in a clause v reports or inside a quotation v is outside of. */
bool dyad_coder_said_inside(const dyad_coder_sent *x, int32_t v, int32_t t);

/* Quotations over sentences (coder_quote.c). Before sentence si of doc: a new paragraph
 * closes any quotation; a quotation mark starting the sentence may continue the last speaker. */
void dyad_coder_quote_start(const dyad_doc *doc, int32_t si, dyad_coder_quote *q);
/* After coding sentence x: the speaker of a quotation it opens and leaves open into
 * q->opened, or of one it attributes and closes into q->said (coded actors, else NULL). */
void dyad_coder_quote_opener(dyad_coder_sent *x, dyad_coder_quote *q);
/* After sentence s, coded or not: q as it stands where the next sentence starts. */
void dyad_coder_quote_end(const dyad_sentence *s, dyad_coder_quote *q);
/* The coded speaker of what word w of x says: the agent of a speech verb (say, claim,
 * allege) of the sentence whose complement or quotation holds w, else (*earlier set) the
 * speaker of a quotation opened in an earlier sentence that w stands in, or of the last
 * sentence's when a quotation opening this one holds w; NULL when none (tmp: room for a
 * capital's government). */
const dyad_coder_actor *dyad_coder_quote_speaker(dyad_coder_sent *x, int32_t w,
                                                 dyad_coder_actor *tmp, bool *earlier);

/* Judgements in quoted or reported speech (coder_verdict.c). Codes the sentence's words of
 * judgement ("contempt", "negligence", "a hero") of a coded actor said by a coded speaker; the
 * sentence's events start at first (a judgement a verb coded is not coded again). */
int dyad_coder_verdicts(dyad_coder_sent *x, int32_t first, dyad_event_list *out, dyad_err *err);
/* w (a form) is a judgement word of the lexicon or its plural, or a word of wrongdoing of
 * coder_allege.c: words only, for the parse plan. */
bool dyad_coder_verdict_word(const char *w);
/* The code the judgement word i of the lexicon says (111 criticism, 112 an allegation of
 * wrongdoing, 051 praise), NULL when i is none. */
const char *dyad_coder_verdict_code(const dyad_coder_sent *x, int32_t i);
/* "called X a friend", "called X a criminal": the code of what v, a verb of calling coded as
 * criticism (111), names its object: praise (051) for a word of esteem, an allegation (112)
 * for a word of wrongdoing (coder_verdict.c's lexicon); NULL when it stays criticism. */
const char *dyad_coder_called_as(dyad_coder_sent *x, int32_t v);
/* The one judged through act noun t ("called the stabbing an act of barbarity"): the act's
 * doer, by the noun's possessor or by-phrase, else for a definite noun the doer of the latest
 * coded act of its kind (coder_anaphor.c), written into *tmp; NULL when none is known. */
const dyad_coder_actor *dyad_coder_judged_act_doer(dyad_coder_sent *x, int32_t t,
                                                   const dyad_event_list *out,
                                                   dyad_coder_actor *tmp);

/* Accusations no dictionary verb codes (coder_allege.c): a speaker's content clause whose verb
 * does wrong ("claimed Iran is unduly influencing X"), an act described as a wrongdoing
 * ("described the bombing as designed to terrorise civilians"), another's wrongdoing cited
 * ("cited X's repression of journalists"). Called by dyad_coder_verdicts; events from first
 * on are the sentence's. */
int dyad_coder_allegations(dyad_coder_sent *x, int32_t first, dyad_event_list *out,
                           dyad_err *err);
/* The judgement or charge whose predicate is pred is not stated: the sentence asks, or pred or
 * a clause above it is supposed, possible, negated, refused or denied (coder_verdict.c). */
bool dyad_coder_unasserted(dyad_coder_sent *x, int32_t pred);
/* w (a form) is a word of wrongdoing coder_allege.c reads (for the parse plan). */
bool dyad_coder_allege_word(const char *w);

/* Praise and sympathy in quoted or reported speech (coder_praise.c): codes the sentence's
 * thanks, congratulations, "X was a great man", "X made the right decision" (051) and prayers
 * for or "we are with" a coded actor (018), said by a coded speaker; the sentence's events
 * start at first (one a verb coded is not coded again). */
int dyad_coder_praise(dyad_coder_sent *x, int32_t first, dyad_event_list *out, dyad_err *err);
/* s holds the words of such praise (forms only, for the parse plan: coder_needs.c). */
bool dyad_coder_praise_words(const dyad_sentence *s);

/* Requests and refusals (coder_asked.c). A target for v (coded code) that has no object: the
 * subject of the clause right after a request ("requested X declare"), or the asker of a
 * request a coordinated refusal answers ("asked X to wait, but he declined"); else -1. */
int32_t dyad_coder_asked_target(dyad_coder_sent *x, int32_t v, const char *code);

/* One-country stories (coder_country.c). The one country root the dictionaries find in the
 * words of doc, NULL when none or several. */
const char *dyad_coder_story_country(const dyad_coder *c, dyad_doc *doc, int32_t date);
/* The story country of x's document, worked out once per document (x->story), NULL when none. */
const char *dyad_coder_story_root(dyad_coder_sent *x);
/* *out gets a with its country part replaced by root (3 letters): "---CRM" and "TUR" give
 * "TURCRM". False on out of memory. */
bool dyad_coder_rooted(dyad_coder_sent *x, const dyad_coder_actor *a, const char *root,
                       dyad_coder_actor *out);
/* root (its first three letters) is a country's, not "---", IGO, NGO, IMG, MNC or UIS. */
bool dyad_coder_country_root(const char *root);
/* a is an agent without a country ("---COP") that takes x's story country, other (the other
 * party of the event) being of that country, of none, or an international body or NGO (IGO,
 * NGO): *out gets a with that country ("CHNCOP"); false (out untouched) otherwise. */
bool dyad_coder_story_actor(dyad_coder_sent *x, const dyad_coder_actor *a,
                            const dyad_coder_actor *other, dyad_coder_actor *out);
/* a is the target of an act of force or coercion (17x-20x), an agent without a country
 * ("---REL", "---CVL"), and the one acting, other, is a state's forces (MIL, COP, SPY) of
 * another country than the story's ("American forces killed a preacher" in a story about
 * Iraq): the victim is of the story's country; *out gets a with it. False (out untouched)
 * otherwise. */
bool dyad_coder_story_victim(dyad_coder_sent *x, const char *code, const dyad_coder_actor *a,
                             const dyad_coder_actor *other, dyad_coder_actor *out);
/* a is an agent without a country ("---OPP") whose event v happened in a place of one country
 * ("shot two protesters in Quito", the place v's locative oblique): *out gets a with that
 * country (ECUOPP) when other is of that country or of none, or when a is v's object and the
 * oblique follows its phrase right away ("Turkish drones killed civilians | in Iraq", which
 * could as well hang on the object); false (out untouched) otherwise. */
bool dyad_coder_placed_actor(dyad_coder_sent *x, int32_t v, const dyad_coder_actor *a,
                             const dyad_coder_actor *other, dyad_coder_actor *out);
/* The country (3 letters) of the place v's oblique names ("in Kampala", "at a checkpoint in
 * Lagos"), NULL when none does. */
const char *dyad_coder_act_place(dyad_coder_sent *x, int32_t v);

/* Stances (coder_stance.c): how the sentence presents the act of a coded predicate. */
typedef enum {
    DYAD_STANCE_FACT = 0, /* it happened (or is happening): the act's own code */
    DYAD_STANCE_DROP,     /* not an event: possible, conditional, hypothetical, a question,
                             wanted, refused, failed, denied, considered, only believed */
    DYAD_STANCE_INTENT,   /* will / plans / promised / offered / agreed to: 03x, or 13x for a
                             hostile act */
    DYAD_STANCE_THREAT,   /* threatened to: 13x */
    DYAD_STANCE_APPEAL,   /* asked / urged / called on X to: 02x from the asker to X */
    DYAD_STANCE_DEMAND,   /* demanded that X / said X must: 10x from the asker to X */
    DYAD_STANCE_ALLEGED   /* the content of an accusation or claim: 112 from the speaker to
                             the act's agent; the act itself is not coded */
} dyad_stance_kind;

typedef struct dyad_coder_stance {
    dyad_stance_kind kind;
    bool negative;      /* not / never / no-subject / failed to on the predicate */
    int32_t asker;      /* APPEAL, DEMAND, ALLEGED: the word heading who asks, demands or
                           alleges (-1: unknown, the event then has no source) */
    int32_t asker_verb; /* APPEAL, DEMAND: the asking verb ("urged"), -1 when none */
    int32_t source, target; /* reserved: -1 */
    int32_t speaker;    /* FACT: who reports the act ("X said", "according to X"), -1: none */
    const char *why;    /* a short word for the event's note ("future", "threatened", ...) */
} dyad_coder_stance;

/* The frames of x's sentence, built on first request; NULL when they cannot be (no memory). */
const dyad_frames *dyad_coder_frames(dyad_coder_sent *x);
/* The stance of the act of predicate v (a verb; nouns have none: FACT). With literal (PETRARCH's
 * convention) only acts in an if / unless clause of their own and acts refused, declined or
 * failed are no events; everything else is FACT. */
void dyad_coder_stance_of(dyad_coder_sent *x, int32_t v, bool literal, dyad_coder_stance *st);
/* The code of an act of code `code` presented with stance k; NULL when it is no event (DROP, or
 * no CAMEO code for that intent / allegation). */
const char *dyad_coder_stance_code(dyad_stance_kind k, const char *code);

/* Crowd acts named by a noun (coder_crowd.c): "Protests continued in Baghdad". The word is
 * such a noun ("protests", "demonstrations", ...): words only, for the parse plan too. */
bool dyad_coder_crowd_word(const char *w);
/* Codes noun v when it is a crowd act said to happen (141 from the crowd, one-sided). */
int dyad_coder_crowd_act(dyad_coder_sent *x, int32_t v, dyad_event_list *out, dyad_err *err);
/* A crowd a of no country acting in a country's place ("in Belgium", an oblique of v) takes
 * that country when the story has none. */
void dyad_coder_crowd_of_place(dyad_coder_sent *x, int32_t v, dyad_coder_actor *a);

/* a, the one target a crowd's one-sided act found, is a place named in the of-phrase of a
 * site ("filled the streets of Nairobi", "the square of Santiago"): where, not whom. */
bool dyad_coder_crowd_site(dyad_coder_sent *x, const dyad_coder_actor *a);
/* The actor a crowd act is aimed at: an "against" phrase of the crowd noun v or of the verb h
 * that says it happens, naming an actor that is no bare place; -1 when none. */
int32_t dyad_coder_crowd_aimed_at(dyad_coder_sent *x, int32_t v, int32_t h);
/* a is a state as such: a country alone or its government ("Japan", "Tokyo", "the Japanese
 * government"), whose protest to another party is a formal complaint (114), not a crowd's. */
bool dyad_coder_state_party(const dyad_coder_sent *x, const dyad_coder_actor *a);
/* agent is an organ of a state: government, military, police, judiciary, legislature or
 * intelligence (coder_dissent.c). */
bool dyad_coder_state_organ(const char *agent);

/* Dissent (coder_dissent.c). Codes crowd noun v, an "in" oblique of a verb: taking part in it
 * ("participated in a protest") as the participant's 141; "in protest" as the verb's doer's
 * protest (140) against whom v's to / at / against / over phrase names ("resigned in protest
 * at the president's budget"). */
int dyad_coder_in_protest(dyad_coder_sent *x, int32_t v, dyad_event_list *out, dyad_err *err);
/* n, an oblique of verb h, is the phrase an "in protest" of h is aimed at, hung on h rather
 * than on "protest" ("resigned in protest | at the plan"): the protest's target, not h's. */
bool dyad_coder_protest_aim(const dyad_coder_sent *x, int32_t h, int32_t n);
/* A protest (14x: act) by a legislature or its members (src: agent LEG) that names no one it
 * is made to is dissent against the government of their country: *tgt gets that GOV. */
bool dyad_coder_house_protest(dyad_coder_sent *x, const char *act, const dyad_coder_actor *src,
                              dyad_coder_actor *tgt);
/* A crowd's one-sided act of code act by a: a crowd named by its country's people alone
 * ("Georgians") becomes that country's civilians (GEOCVL); returns the code the act takes
 * ("141" for a protest made to no one, 140), NULL to keep act. */
const char *dyad_coder_crowd_code(dyad_coder_sent *x, const char *act, dyad_coder_actor *a);

/* Senses chosen by arguments (coder_sense.c). v's "over" phrase (of v or its object) names a
 * place: "attacked the rebels over the border" stays an assault. */
bool dyad_coder_over_a_place(dyad_coder_sent *x, int32_t v);
/* v warns someone that something will follow if they act ("warned Taiwan that it would use
 * force if Taiwan declared independence", "warned the Taliban that they would be resisted if
 * they disrupted the vote"): a threat (13x, docs/CODEBOOK.md §2), not a comment (012). */
bool dyad_coder_conditional_warning(dyad_coder_sent *x, int32_t v);
/* v is a verb with a physical and a verbal sense ("attacked", "slammed") whose object is words,
 * a decision or a policy, or a noun of attack qualified as words ("a scathing attack on X"):
 * criticism (111). */
bool dyad_coder_verbal_attack(dyad_coder_sent *x, int32_t v);
/* The one a statement verb demands an act of, its that-clause being mandative ("insisted that
 * Greece cut its budget", "... should cut"): the clause's subject; -1 for a claim ("insisted
 * that Greece was responsible") or any other verb. */
int32_t dyad_coder_mandated(dyad_coder_sent *x, int32_t v);
/* v helps do an act and helps no one it names ("helped negotiate a ceasefire between A and
 * B", "assisted in drafting"): help with an infinitive and no object of its own. */
bool dyad_coder_helps_do(dyad_coder_sent *x, int32_t v);
/* v gives information, not aid: a verb of giving ("provided", "gave") whose thing given
 * (object, passive subject, or the noun a participle modifies) is figures, details or an
 * account ("death tolls provided by officials"). */
bool dyad_coder_information_given(const dyad_coder_sent *x, int32_t v);
/* The code of an act of force between src and tgt: an assault or fight (18x, 19x) by police,
 * soldiers or security forces on protesters or the opposition is violent repression (175);
 * repression (175) by a crowd is a riot (145), by an armed group a fight (190), and by a
 * state on another state a use of force (190); else code. */
const char *dyad_coder_force_code(const char *code, const dyad_coder_actor *src,
                                  const dyad_coder_actor *tgt);

/* The one a country's court, police or government, or the country (src: agent JUD, COP, GOV
 * or none), arrests, charges, tries or
 * sentences (code 116 or 17x) without a country of its own ("---CRM": "a Turkish court
 * sentenced two people smugglers") is in its jurisdiction: *out gets tgt with src's country. */
bool dyad_coder_jurisdiction(dyad_coder_sent *x, const char *code, const dyad_coder_actor *src,
                             const dyad_coder_actor *tgt, dyad_coder_actor *out);
/* Legal acts whose agent is not named (coder_legal.c): the passive "was sentenced", or the
 * subject undergoing it ("received a prison term": undergoer). A court named in an oblique of
 * v ("in federal court") is the source, else the story country's court (116) or police (173),
 * when the target tgt is of that country. With no target, a subject the dictionaries do not
 * know ("Zuloaga was arrested", "an individual") is a suspect, the story country's CRM, put
 * in tgt. True when *src was set. */
/* w begins a word of legal acts ("arrested", "charges", "sentenced", "guilty", "prison"): a
 * sentence with one may code an agentless legal act against someone the dictionaries do not
 * know (dyad_coder_legal_agent), so the parse plan (coder_needs.c) parses it. */
bool dyad_coder_legal_word(const char *w);
bool dyad_coder_legal_agent(dyad_coder_sent *x, int32_t v, const char *code, bool undergoer,
                            dyad_coder_actors *tgt, dyad_coder_actors *src);
/* A sentence or arrest v with its agent named but no target: the object (the passive's
 * subject when passive) is one the dictionaries know nothing of, a name or a plain word for a
 * person ("Police arrested Ramiro Zuloaga"), a suspect: ---CRM into tgt (the agent's country
 * is given it by dyad_coder_jurisdiction). */
bool dyad_coder_legal_suspect(dyad_coder_sent *x, int32_t v, const char *code, bool passive,
                              dyad_coder_actors *tgt);

/* Nouns that name acts (coder_act_nouns.c), one table, and what each is used for: REFER names
 * an act already reported ("the move", "the attack"); FORCE an act of force or coercion
 * whatever precedes it ("a rebel attack", "a police raid"); HARM an attack that harms ("were
 * killed in the attack"). True when w is such a noun for one of the uses in use. */
enum { DYAD_ACT_NOUN_REFER = 1, DYAD_ACT_NOUN_FORCE = 2, DYAD_ACT_NOUN_HARM = 4,
       DYAD_ACT_NOUN_KIND = 8 /* REFER says what kind of act it names ("the investigation") */ };
bool dyad_coder_act_noun(const char *w, unsigned use);
/* The act of event code may be what act noun w names: code has one of w's CAMEO roots (an
 * 18x-20x for "attack", a 17x for "arrest"); any code for "the move", "the decision". */
bool dyad_coder_act_noun_fits(const char *w, const char *code);
/* w names an act of its own kind that code may be however far back it was reported ("the
 * investigation": an 09x; "the attack": an 18x-20x); false for "the move", "the decision". */
bool dyad_coder_act_noun_far(const char *w, const char *code);

/* Acts named again (coder_anaphor.c). w is a noun that names an act already reported ("move",
 * "decision", "attack"). */
bool dyad_coder_act_noun_word(const char *w);
/* Word o is a definite act noun with nothing naming its doer: "the move", "this attack"; not
 * "Turkey's move", "the move by Ankara", "the Turkish move", "the move to close ...". */
bool dyad_coder_definite_act(dyad_coder_sent *x, int32_t o);
/* The latest event in out, of x's sentence or the two before, that is an act of the kind the
 * act noun o names (any act but a statement for "move", "decision"; an 18x-20x for "attack");
 * NULL when none, or when that act's doer is not known. */
const dyad_event *dyad_coder_act_named(const dyad_coder_sent *x, int32_t o,
                                       const dyad_event_list *out);
/* *a becomes the doer (source) of e, at word o, labelled with the words that named it. */
void dyad_coder_act_doer(dyad_coder_sent *x, const dyad_event *e, int32_t o, dyad_coder_actor *a);
/* v reacts (05x, 11x, 12x: code) to a definite act noun with nothing naming its doer: its
 * object ("criticized the move"), its passive subject ("the move was criticized by X"), or,
 * v a reaction noun, the subject of the verb that receives it ("the move drew criticism from
 * X"): tgt (empty) becomes the doer of the latest act of its kind (dyad_coder_act_named),
 * unless that is src itself or unknown. True when set. */
bool dyad_coder_act_referent(dyad_coder_sent *x, int32_t v, bool nominal, const char *code,
                             const dyad_event_list *out, const dyad_coder_actors *src,
                             dyad_coder_actors *tgt);

/* A reaction (05x, 11x, 12x: code) in a relative clause v whose antecedent names an act or a
 * policy ("a policy ..., which the US has criticised"; coder_relative.c): tgt (empty) becomes
 * the antecedent's holder, unless that is src itself. True when set. */
bool dyad_coder_relative_referent(dyad_coder_sent *x, int32_t v, bool nominal, const char *code,
                                  const dyad_coder_actors *src, dyad_coder_actors *tgt);

/* v (an attack, 18x-20x: code) harms tgt without a named attacker, and names its cause by a
 * definite attack noun ("were killed in the attack", "died in the attack", "The shooting
 * wounded two officers"): src (empty) becomes the attacker of the latest attack event in out,
 * and an empty tgt (victims who are no actor: "the attack killed twelve") its victim; *same
 * gets that attack's code when it is a bombing or an air strike (183x, 195). True when set. */
bool dyad_coder_attack_referent(dyad_coder_sent *x, int32_t v, const char *code,
                                const dyad_event_list *out, dyad_coder_actors *tgt,
                                dyad_coder_actors *src, const char **same);

/* Violent acts (coder_attack.c). The code an attack of v (code: a generic 180, 1823, 183, 190
 * or 193) takes from the weapon the sentence names ("with a truck packed with explosives":
 * 1832; "by drone strikes": 195; for a nominal v, the noun's own: "a suicide attack" 1831), or
 * a shooting (193) at targets tgt who bear no arms (180); NULL when it keeps code. *why gets
 * the note. */
const char *dyad_coder_attack_code(dyad_coder_sent *x, int32_t v, const char *code, bool nominal,
                                   const dyad_coder_actors *tgt, const char **why);
/* v's victims are counted, not named ("killed twelve", "Dozens died"), or not said. */
bool dyad_coder_victims_counted(dyad_coder_sent *x, int32_t v);
/* An attack of v (18x-20x: code) that a participle in its clause ascribes to an actor ("a car
 * bombing killed five, another attack ascribed to the Taliban", "died in the attack,
 * reportedly conducted by X", "a bombing blamed on rebels"): *src becomes that actor, when v
 * names no attacker or its subject is the attack noun (whose place, "a Kabul car bombing",
 * becomes the target when there is none). True when set. */
bool dyad_coder_attack_ascribed(dyad_coder_sent *x, int32_t v, const char *code,
                                dyad_coder_actors *src, dyad_coder_actors *tgt);
/* An attack of v (18x, 19x: code) on an installation that is no actor (facilities, a
 * refinery, a pipeline, a base), located in a country or place ("Oil facilities in Saudi
 * Arabia hit by drone attacks"): tgt (empty) becomes that place's country; a public site
 * ("a bridge in Kiev") is where, no one's. True when set. */
bool dyad_coder_attacked_site(dyad_coder_sent *x, int32_t v, const char *code,
                              dyad_coder_actors *tgt);
/* v is a verb of dying ("died", "perished"): its subject is the victim. */
bool dyad_coder_dies(const dyad_coder_sent *x, int32_t v);
/* v (a verb of dying coded as an attack: code) has its subject src as the victim: tgt becomes
 * src and src is emptied, for the attacker to be found (coder_claim.c,
 * dyad_coder_attack_referent). True when it did. */
bool dyad_coder_died_victim(dyad_coder_sent *x, int32_t v, const char *code,
                            dyad_coder_actors *src, dyad_coder_actors *tgt);

/* The nominal attack v, a definite attack noun, is performed by src with no target named ("it
 * had carried out the attack using ten drones"): tgt (empty) becomes the victim of the latest
 * attack event in out, unless that is src. True when set. */
bool dyad_coder_attack_owned(dyad_coder_sent *x, int32_t v, const char *code,
                             const dyad_event_list *out, const dyad_coder_actors *src,
                             dyad_coder_actors *tgt);

/* Court findings (coder_ruling.c). w is an adjective of illegality ("unlawful") or a form of a
 * verb of breaking the law ("violates"). */
bool dyad_coder_ruling_word(const char *w);
/* The thing verb v finds unlawful ("found the closure to be unlawful", "concluded that the
 * decree was unconstitutional", "says the ban violates the constitution"), -1 when v is no
 * such finding (a cheap test on the verb's lemma first). */
int32_t dyad_coder_found_unlawful(const dyad_coder_sent *x, int32_t v);
/* Thing t was found unlawful by src, a court (JUD): tgt gets the thing's owner (possessor or
 * by-agent; someone's own act: that someone; an unowned act of state: the court's
 * government). True when set: the event is 116. */
bool dyad_coder_ruling(dyad_coder_sent *x, int32_t t, const dyad_coder_actors *src,
                       dyad_coder_actors *tgt);
/* v makes a court's finding that a thing is unlawful: codes it (116, court to the thing's
 * owner) and returns true, *rc getting the emit's status (DYAD_OK on entry); false when v
 * makes none. */
bool dyad_coder_court_finding(dyad_coder_sent *x, int32_t v, dyad_event_list *out, dyad_err *err,
                              int *rc);

/* A claim of responsibility (015: code; v followed by "responsibility" or "credit") by src
 * with no target ("The Taliban claimed responsibility for the attack"): tgt (empty) becomes
 * the victim of the latest attack event in out. True when set. */
bool dyad_coder_claim_referent(dyad_coder_sent *x, int32_t v, const char *code,
                               const dyad_event_list *out, const dyad_coder_actors *src,
                               dyad_coder_actors *tgt);

/* Word h heads a phrase that names someone: a name, a pronoun, or a common noun that is an
 * agent word itself ("officials", "the delegation"); not a thing that takes an actor from a
 * modifier ("Iranian assistance", "the party's nomination"). */
bool dyad_coder_someone(dyad_coder_sent *x, int32_t h);

/* v yields (083x: code; "resigned", "announced his resignation") after protests, demands or
 * pressure ("following protests", "after weeks of protests", "amid calls for ..."): tgt
 * (empty) becomes who pressed ("under pressure from Uganda"), else the protesters of src's
 * country (its OPP), to whom it yields (coder_sense.c). True when set. */
bool dyad_coder_yielded_to(dyad_coder_sent *x, int32_t v, const char *code,
                           const dyad_coder_actors *src, dyad_coder_actors *tgt);

/* An actor no phrase names, made from its code alone (the story's court, the crowd of a
 * protest noun, "no target"): code, root and agent from code, at word w (-1: none), of this
 * kind (coder_actor.c). */
void dyad_coder_coded_actor(dyad_coder_sent *x, const char *code, int32_t w, uint8_t kind,
                            dyad_coder_actor *out);
/* dyad_coder_coded_actor of a country's agent: root (its first three letters) + agent
 * ("KEN" and "GOV": KENGOV). */
void dyad_coder_country_agent(dyad_coder_sent *x, const char *root, const char *agent,
                              int32_t w, uint8_t kind, dyad_coder_actor *out);

/* Claims of responsibility (coder_claim.c). The one actor the story says claimed
 * responsibility ("The Taliban have claimed responsibility"), from the words alone; NULL. */
const char *dyad_coder_story_claimant(dyad_coder_sent *x);
/* An attack (18x-20x) of v reported without an attacker (a passive, or a participle: "hit by
 * drone strikes"; a weapon as subject: "A car bomb hit"), or by armed men of no known country
 * (src "---INS"), is the claimant's: sets *src to it. True when it did. */
bool dyad_coder_claimed_attack(dyad_coder_sent *x, int32_t v, const char *code,
                               const dyad_coder_actors *tgt, dyad_coder_actors *src);

/* An act of this code has one side only (protest, strike, mobilisation: roots 14, 15). */
bool dyad_coder_actor_only(const char *code);

/* Events (coder_event.c): appends one event, filling CAMEO fields; skips self-events. */
int dyad_coder_emit(dyad_coder_sent *x, const dyad_coder_actor *src, const dyad_coder_actor *tgt,
                    const char *code, int32_t v, const char *pattern, const char *note,
                    dyad_event_list *out, dyad_err *err);

/* Verb entries and clause words (coder_verb.c). */
/* The verb entry of word v (its form, then its lemma; a phrase through v: "WIRE_TAP", "beef
 * up"), NULL when none; *after gets the number of the phrase's words after v. */
const dyad_verb *dyad_coder_find_verb(const dyad_coder_sent *x, int32_t v, int32_t *after);
/* The verb at word w has a dictionary entry that codes; not one generalised with WordNet. */
bool dyad_coder_verb_codes(const dyad_coder_sent *x, int32_t w);
/* v has a verb complement (xcomp) whose dictionary entry codes ("agreed to meet"). */
bool dyad_coder_xcomp_codes(dyad_coder_sent *x, int32_t v);
/* The words of a clause that its verb's patterns are matched against, in order. */
#define DYAD_CODER_MAX_SEQ 256 /* words past it (long CoNLL-U sentences) are in no clause */
typedef struct dyad_coder_clause_words {
    int32_t word[DYAD_CODER_MAX_SEQ];     /* the sentence's word indexes */
    const char *form[DYAD_CODER_MAX_SEQ]; /* their forms */
    int32_t n;                            /* how many */
    int32_t verb;                         /* the verb's place among them, -1 when absent */
} dyad_coder_clause_words;
/* The clause words of verb v (lv: the light verb performing noun v, -1): v's own dependents
 * but subjects and other clauses, the light verb's party phrases, v's subject, and every
 * earlier word of the sentence. */
void dyad_coder_clause_words_of(const dyad_coder_sent *x, int32_t v, int32_t lv,
                                dyad_coder_clause_words *w);
/* w in active order for passive v whose subject thing is a thing: the words before v, v, the
 * subject's phrase, then the rest. */
void dyad_coder_active_order(const dyad_coder_sent *x, int32_t v, int32_t thing,
                             const dyad_coder_clause_words *w, dyad_coder_clause_words *out);

/* Clauses (coder_clause.c): codes the verb (or event noun) at word v; appends events. */
int dyad_coder_code_word(dyad_coder_sent *x, int32_t v, bool nominal, dyad_event_list *out,
                         dyad_err *err);
/* One verb or event noun being coded, handed from stage to stage of dyad_coder_code_word. */
typedef struct dyad_coder_clause {
    dyad_coder_sent *x;
    int32_t v;               /* the verb or event noun */
    bool nominal;            /* v is an event noun */
    dyad_event_list *out;    /* where events go */
    dyad_err *err;
    int rc;                  /* the status to return when a stage stops: DYAD_OK or an error */
    int32_t h;               /* v's head, -1 */
    int32_t lv;              /* the light verb that performs noun v ("filed a lawsuit"), -1 */
    bool neg;                /* negated: only a pattern naming the negation codes */
    dyad_coder_stance st;    /* how the sentence presents the act (coder_stance.c) */
    const dyad_verb *vb;     /* v's verb entry */
    int32_t after;           /* the verb phrase's words after v ("wire | tap") */
    const char *note;        /* how the event was found, for its note */
    bool passive;            /* the source is a passive's by-agent */
    int32_t subj;            /* the word the source was taken from, -1 */
    int32_t nsrc;            /* a noun's source: its possessor or by / from phrase, -1 */
    const dyad_pattern *hit; /* v's pattern that matched, NULL: the verb's own code */
    int32_t psrc, ptgt;      /* the phrases the pattern bound with '$' and '+', -1 */
    bool undergoer;          /* the pattern's '+' is the subject, who undergoes the act */
    const char *code;        /* the pattern's or the verb's code */
    bool statement;          /* code is a statement's (01x) */
    const char *recode;      /* the code the act's sense or stance gives instead, NULL */
    dyad_coder_actors src, tgt;
} dyad_coder_clause;

/* Targets (coder_target.c). Sets c->tgt to the target of c's act: the pattern's '+' phrase
 * or, without one, the first actor among v's arguments; false when the act has none it needs
 * (a paired event's), and v codes nothing. */
bool dyad_coder_clause_target(dyad_coder_clause *c);
/* v has an object, or a nominal in a prepositional phrase, that could have been a target. */
bool dyad_coder_uncoded_object(const dyad_coder_sent *x, int32_t v);

#endif
