/* coder.h — the CAMEO event coder: events from dependency-parsed sentences and dictionaries.
 *
 * What it codes, per sentence (UD v2 trees):
 *   verbs      every VERB (and a root AUX) found in the verb dictionary (the form as written
 *              first, then the lemma; particles "call off" through compound:prt). Its patterns
 *              are tried longest first against the clause words in sentence order (before '*':
 *              any earlier word of the sentence; after it: the verb's subtree without
 *              subjects, coordinated verbs and adverbial clauses other than subjectless
 *              to-infinitives): words (as written: EFFORT is not "efforts") and &synsets must
 *              appear in order, with gaps unless PETRARCH joined them with '_' (read from the
 *              pattern text); '+'/'$' bind a noun phrase naming an actor, '^' passes over
 *              one noun phrase, ( ) { } % only structure the pattern. No pattern: the verb's
 *              own code (and its paired second code, "[032:033]" on a PETRARCH block); codes
 *              that are no CAMEO code ([+++], [025?]) never code. A phrase whose verb is not
 *              its first word ("WIRE_+TAP") matches the words before the verb.
 *              Code "---": matched but not an event.
 *   source     nsubj; passive: obl:agent / "by" phrase; none: the subject of the governing
 *              verb for xcomp ("agreed to meet": note control), conj (coordinated verbs) and
 *              advcl; acl:relcl: the modified noun ("rebels who attacked": note relative); an
 *              infinitive under a passive takes its subject ("was seen to break"). Parser
 *              slips tolerated: a verb hung from the nominal root of a verbless parse (or made
 *              a modifier right after it) takes that root (note verbless root).
 *   target     the '+' of the pattern, else nsubj:pass, obj, iobj, obl, nmod (first with an
 *              actor), else an actor in an of/with chain or participle hanging off the object
 *              ("ties with X", "roads leading into X"), else one in an adjective or uncoded
 *              infinitive/participle complement ("signed an accord to supply X"), else the
 *              subject of a complement clause after the verb ("believes X can cope"; when it
 *              is the source again, the complement's own target); reduced passive relatives
 *              ("soldiers attacked by rebels") target the modified noun.
 *   actors     phrase = head + compound/flat/amod/det/nummod/nmod:poss/'s; longest actor match
 *              over its words (dates: doc->date), agents likewise (as written; plurals are
 *              the dictionary's): country + agent = RUSGOV, "NGO~" prefix agents go first,
 *              agent alone = ---GOV or, for a common noun ("the minister"), the nearest
 *              earlier actor with that agent;
 *              of/in phrases and appositions give the country ("the minister of France",
 *              "a minister, Lavrov"); coordination (conj) gives several actors and one event
 *              per source x target pair; "lawmakers in A and B" = ALEG, BLEG.
 *   pronouns   he/she/him/her/his: the nearest earlier actor with an agent part; they/it/its/
 *              we: the nearest earlier actor (this sentence first, then earlier sentences).
 *   nominal    only where no verb coded anything: an event noun of the verb dictionary with
 *              nmod:poss, by or (for said and given acts) from phrase (source) or "between A
 *              and B" (both directions; note nominal); the object or passive subject of a
 *              light verb ("filed a lawsuit", "a probe was opened by X") is the act of that
 *              verb's subject, asserted as the verb is, and coded even beside other verbs'
 *              events when the light verb codes none itself (note light verb); a criticism
 *              in a despite/amid adjunct targets the clause's subject, a request answered
 *              in the sentence ("did not accede to the demands") the one who answers
 *              (coder_nominal.c).
 *   negation   not/n't/never on the verb: no event, unless a pattern names the negation
 *              ("NOT * RELATIONS"); a verb under xcomp of a negated verb or of refuse/decline/
 *              fail: no event ("refused to meet").
 *   reported   events of a sentence with other events drop its 01x statements ("X said Y met
 *              Z" codes the meeting, note reported on ccomp verbs).
 *   reciprocal a compound subject without target acts on itself ("A and B agree": A→B, B→A).
 *   paired     [042:043]: a second event in the reverse direction.
 *   other      no self-events (same source and target code); an event is emitted once per
 *              sentence; a sentence whose normalised words repeat an earlier one is skipped;
 *              discards: a sentence phrase drops the sentence, a story phrase (dict "+") the
 *              whole document (*discarded); issues found in the sentence go on its events. */
#ifndef DYAD_CODER_H
#define DYAD_CODER_H

#include "base/strbuf.h"
#include "coder/event.h"
#include "dict/dict.h"
#include "text/doc.h"

typedef struct dyad_coder dyad_coder; /* opaque, immutable after dyad_coder_new */
typedef struct dyad_cameo dyad_cameo; /* the CAMEO code table (coder/cameo.h) */

/* Makes a coder over finished dictionaries (borrowed, must outlive the coder). cameo may be
 * NULL: then goldstein/quad come from the root code and plover is "". */
DYAD_INTERNAL int dyad_coder_new(dyad_coder **out, const dyad_dict *dict, const dyad_cameo *cameo,
                                 dyad_err *err);
DYAD_INTERNAL void dyad_coder_free(dyad_coder *c);

/* Codes every sentence of an annotated doc (tokens with heads); appends events to *out
 * (storage in doc->arena); *discarded is set when a story-level discard fired (then no events
 * are added). Thread-safe: the coder is const, all state lives in doc->arena. */
DYAD_INTERNAL int dyad_coder_code(const dyad_coder *c, dyad_doc *doc, dyad_event_list *out,
                                  bool *discarded, dyad_err *err);

/* Which sentences of a tagged doc need a dependency parse (coder_needs.c). The coder reads
 * a parse only to find the actors and events of a sentence; tags and lemmas are enough for
 * the rest (discards, issues, repeats). dyad_coder_sentence_offers tells, from the words,
 * tags and lemmas of s (heads not needed), what s can give the coder, as DYAD_CODER_OFFERS_*
 * bits (a superset: no bit means the coder surely finds none of it):
 *   ACTOR    a word starts an actor or agent phrase, or is spelled as the coder respells
 *            names (hyphen runs, '_');
 *   PRONOUN  a word is a pronoun the coder resolves to an earlier actor;
 *   EVENT    a VERB, AUX or NOUN is (with any particle and the words around it) an entry
 *            of the verb dictionary: the only way the coder starts an event (verbs,
 *            reported speech, nominal events such as "talks between", patterns); and
 *            the words give two parties at two places (actor, agent or pronoun matches,
 *            a respelled word counting twice), since an event has a source and a target
 *            with different codes;
 *   REFERS   the sentence may borrow an actor of an earlier sentence (a pronoun, or an
 *            agent alone: "the minister");
 *   PARTIES  the words give two parties at two places, as for EVENT, without looking for
 *            an event word (forms only: usable before tagging).
 * want limits the work to these bits (ACTOR and PRONOUN are always looked for; EVENT only
 * in a sentence with one of them). words:
 * scratch of s->n entries. Thread-safe. */
enum {
    DYAD_CODER_OFFERS_ACTOR = 1,
    DYAD_CODER_OFFERS_PRONOUN = 2,
    DYAD_CODER_OFFERS_EVENT = 4,
    DYAD_CODER_OFFERS_REFERS = 8,
    DYAD_CODER_OFFERS_PARTIES = 16,
};
DYAD_INTERNAL unsigned dyad_coder_sentence_offers(const dyad_coder *c, const dyad_sentence *s,
                                                  unsigned want, const char **words);
/* Sets parse[i] for each sentence i of doc (tagged, not parsed): 1 where dyad_coder_code
 * may read its parse, 0 where the events of the doc are the same whether it is parsed or
 * not. A sentence is parsed when it offers an actor (or a pronoun after a sentence that
 * did) and an event word, or when it offers an actor and a later such sentence may borrow
 * an earlier sentence's actor (the last actor of each sentence is remembered for pronouns,
 * and that needs the parse). words: scratch of as many entries as the longest sentence. */
DYAD_INTERNAL void dyad_coder_needs_parse(const dyad_coder *c, const dyad_doc *doc,
                                          uint8_t *parse, const char **words);
/* Sets tag[i] for each sentence i of doc (tokenized only): 1 where dyad_coder_needs_parse may
 * choose it once tagged (seen from the forms: two parties stand in for an event, since the
 * event words need lemmas); 0 where it surely will not, so the sentence needs neither tags nor
 * parse: the coder reads only its forms (discards, repeats), and whatever it could remember
 * of it no later sentence borrows. words: scratch of as many entries as the longest
 * sentence. */
DYAD_INTERNAL void dyad_coder_needs_tags(const dyad_coder *c, const dyad_doc *doc, uint8_t *tag,
                                         const char **words);
/* Human-readable evidence for one event (--explain), appended to sb (several lines, the last
 * one ends with a newline). c may be NULL. */
DYAD_INTERNAL void dyad_coder_explain(const dyad_coder *c, const dyad_doc *doc,
                                      const dyad_event *ev, dyad_strbuf *sb);

/* Coding options (PETRARCH's <Config> settings). */
typedef struct dyad_coder_options {
    /* true (the default): an event needs a source and a target actor. false: a verb whose
     * source is coded and whose object or prepositional phrase names no actor still codes,
     * with target "---" ("an official said on Saturday": ---GOV --- 023). */
    bool require_dyad;
    /* 0 (the default): only dictionary actors. N > 0: a proper-noun phrase of at most N words
     * that names no actor is one, coded by its words: "\"THE MINISTRY OF MAGIC\"". */
    int new_actor_length;
    /* false (the default): an act is coded as the sentence presents it (docs/CODEBOOK.md §2,
     * src/coder/coder_stance.c): "will support" is an intent (032), "urged X to expel" a
     * request (020), "may attack" no event. true: every act is coded as stated, as PETRARCH
     * does ("will break relations" codes the breaking). */
    bool literal;
    /* false (the default): acts with one side only (a protest, a strike, a mobilisation: CAMEO
     * roots 14 and 15) are coded with an empty target and the note "actor-only", as PLOVER
     * codes them. true: only events with a source and a target (CAMEO dyads). */
    bool dyads_only;
} dyad_coder_options;
/* Sets c's options; not while another thread codes with c. */
DYAD_INTERNAL void dyad_coder_set_options(dyad_coder *c, const dyad_coder_options *o);

/* The dictionary lookups the coder makes, as function pointers: dyad_coder_new uses the
 * src/dict functions; tests and tools may give their own (dyad_coder_new_lex). */
typedef struct dyad_coder_lex {
    const void *ctx;
    bool (*actor)(const void *ctx, const char *const *words, int n, int32_t date,
                  dyad_actor_match *out);
    bool (*agent)(const void *ctx, const char *const *words, int n, dyad_agent_match *out);
    const dyad_verb *(*verb)(const void *ctx, const char *const *words, int n, int32_t *len);
    int (*synset)(const void *ctx, const char *name, const char *const *words, int n);
    int (*discard)(const void *ctx, const char *const *words, int n, bool *story);
    int (*issue)(const void *ctx, const char *const *words, int n, const char **code);
    /* Optional (NULL: always true): false when no verb entry starts with word, so that
     * the parse planning (coder_needs.c) skips the lookups of phrases starting with it. */
    bool (*verb_may_start)(const void *ctx, const char *word);
} dyad_coder_lex;

/* Optional place lookup (dyad_coder_set_places): the country (ISO 3166 alpha-3, written to
 * iso3) that the place name name[0..n) clearly stands for ("Multan": PAK), false when the name
 * is no place or several countries' ("Victoria", "Punjab"). A gazetteer (src/geo) gives it. */
typedef bool (*dyad_coder_place_fn)(const void *ctx, const char *name, size_t n, char iso3[4]);
/* Sets c's place lookup (ctx borrowed; fn NULL: none, the default). With one, an agent whose
 * of/in phrase names a place the dictionaries do not know takes the place's country ("police in
 * Mombasa": KENCOP; src/coder/coder_place.c). Not while another thread codes with c. */
DYAD_INTERNAL void dyad_coder_set_places(dyad_coder *c, dyad_coder_place_fn fn, const void *ctx);

/* As dyad_coder_new with explicit lookups (copied; lex->ctx borrowed). */
DYAD_INTERNAL int dyad_coder_new_lex(dyad_coder **out, const dyad_coder_lex *lex,
                                     const dyad_cameo *cameo, dyad_err *err);

/* true when a dictionary may code code: "---" and placeholders that never code ("+++",
 * "xxy", "025?": see dyad_coder_code_ok) are left alone; any other code must be known to the
 * CAMEO table (dyad_cameo_known), or without a table be 2-4 digits under a root 01-20. For
 * dyad_dict_check_codes (`dyad dict check`, and `dyad code` skipping unknown codes). */
DYAD_INTERNAL bool dyad_coder_code_known(const dyad_cameo *cameo, const char *code);

/* Validation (PETRARCH records, doc->expected): true when the events of doc (ev, with the
 * story-level discard flag) are what the record expects. Expected and coded events compare
 * as multisets of (source, target, code). noevents="True" expects none. A record with
 * error="..." (bad_input_parse, dateline, sentencediscard, storydiscard: PETRARCH's reasons
 * to code nothing) passes when nothing was coded. */
DYAD_INTERNAL bool dyad_coder_check_expected(const dyad_doc *doc, const dyad_event_list *ev,
                                             bool discarded);
/* "SRC TGT CODE, ..." of the expected events (or "none" / "error:REASON"), into sb. */
DYAD_INTERNAL void dyad_coder_format_expected(const dyad_doc *doc, dyad_strbuf *sb);
/* "SRC TGT CODE, ..." of coded events ("none" when empty), into sb. */
DYAD_INTERNAL void dyad_coder_format_events(const dyad_event_list *ev, dyad_strbuf *sb);

#endif
