/* dict.h — compiled dictionaries (actors, agents, verbs with patterns, synsets, discards, issues)
 * and the lookups the coder makes. One in-memory form for every source format:
 *
 *   "phoenix:DIR"   the Phoenix set in DIR: CAMEO.2.0.txt, Phoenix.Countries.actors.txt,
 *                   Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt,
 *                   Phoenix.agents.txt, Phoenix.discards.txt, Phoenix.IssueCoding.txt
 *   "verbs:FILE", "actors:FILE", "agents:FILE", "discards:FILE", "issues:FILE"
 *                   one PETRARCH-2 / TABARI file of that kind
 *   "DIR" or "FILE" dyad's own format (every *.dict file in DIR, sorted by name)
 *
 * dyad format (documented in README.md "Dictionary format"): UTF-8 text, '#' starts a comment,
 * sections start with a line "@actors", "@agents", "@verbs", "@synsets", "@discards", "@issues",
 * or "@capitals" (read as @actors, each entry marked as a capital: "Moscow = RUSGOV").
 *
 *   @actors
 *   Russia | Russian Federation | Russian | Russians | Moscow | the Kremlin = RUS
 *   Sergey Lavrov | Sergei Lavrov | Lavrov
 *       = RUSGOV 2004-03-09..            # open-ended range
 *       = RUSGOV 1994-09-22..2004-07-12
 *   @agents
 *   foreign minister | foreign ministers = GOV
 *   @synsets
 *   &WEAPON = gun | guns | rocket | rockets
 *   @verbs
 *   meet | meets | met | meeting = 040          # verb forms; '= ---' when only patterns code
 *       * with + = 040                          # PETRARCH pattern syntax, case-insensitive
 *       * + in talks = 040
 *   @discards
 *   football match                              # sentence-level
 *   + horoscope                                 # story-level
 *   @issues
 *   nuclear weapon | nuclear weapons = NUCLEAR
 *
 * Matching is case-insensitive on words; phrases are sequences of words. All lookups are
 * read-only and safe from several threads once loading is done.
 *
 * PETRARCH details as implemented: '_' and spaces both join phrase words; a trailing '_' is
 * ignored. Verb words without {forms} get regular -S/-ES/-IES, -ED/-D/-IED, -ING forms (and the
 * doubled-consonant forms for a final consonant-vowel-consonant); with {forms} only those.
 * A code half left empty ("[:020]") reads "---". TRANSFORMATIONS ('~' lines) are skipped.
 * Actor ranges: ">D" from D, "<D" until D, "D-D" inclusive; YYMMDD years 00-20 are 20xx,
 * 21-99 are 19xx; an actor name with no code directly followed by another entry shares that
 * entry's codes (Phoenix "U.N._" before "UN_ [IGOUNO]"). Agents: no braces → regular plural of
 * the last word, "{}" → none, "{A B}" → those; "!X! = a, b" substitutions expand in later
 * entries. Issues: "n:word" adds the plural, "a+b" matches "A B", "A-B" and "AB"; a bracket code
 * is the issue name, else the block's CATEGORY; "~phrase" is a negation: it matches with
 * *code = NULL, meaning "these words carry no issue, skip them". Discards: a time phrase
 * ("1994", "YEARS AGO", "APRIL 1942": dyad_dict_time_phrase) is not read (Phoenix lists them
 * against historical references; they would throw away every dated sentence); in dyad's
 * format it is reported as malformed. */
#ifndef DYAD_DICT_H
#define DYAD_DICT_H

#include "base/common.h"

typedef struct dyad_dict dyad_dict; /* opaque */

/* Load diagnostics: malformed entries are reported (file:line: message) and skipped. */
typedef struct dyad_dict_diag {
    void (*report)(void *ctx, const char *file, long line, const char *msg); /* may be NULL */
    void *ctx;
    long errors; /* count of skipped malformed entries */
} dyad_dict_diag;

DYAD_INTERNAL int dyad_dict_new(dyad_dict **out, dyad_err *err);
/* Loads one spec (see the top of this file) into d; may be called several times to combine
 * sets. Returns DYAD_OK even when some entries were skipped (see diag->errors); an error code
 * only when a file cannot be read at all. */
DYAD_INTERNAL int dyad_dict_load(dyad_dict *d, const char *spec, dyad_dict_diag *diag, dyad_err *err);
/* Builds the lookup tables; call once after the last load and before any lookup. */
DYAD_INTERNAL int dyad_dict_finish(dyad_dict *d, dyad_err *err);
DYAD_INTERNAL void dyad_dict_free(dyad_dict *d);

/* After dyad_dict_finish: reports every pattern that names a synset no loaded file defines
 * (at the pattern's file:line); returns their count. Such elements never match. */
DYAD_INTERNAL long dyad_dict_check_refs(const dyad_dict *d, dyad_dict_diag *diag);

/* After dyad_dict_finish: asks known(ctx, code) about the code of every verb and pattern
 * (both halves of a pair "042:043"; "---" is not asked) and reports each entry it rejects at
 * the entry's file:line ("unknown CAMEO code 999 ..."); returns their count. With drop, such an
 * entry no longer codes: a verb's own code becomes "---" (its patterns still code), a pattern is
 * taken out of its block (the verb's other patterns and its own code apply as if it were not
 * there). Call before any lookup; not thread-safe. */
DYAD_INTERNAL long dyad_dict_check_codes(dyad_dict *d, bool (*known)(void *ctx, const char *code),
                                         void *ctx, bool drop, dyad_dict_diag *diag);

/* After dyad_dict_finish: calls fn once for each verb entry's code and once for each pattern's
 * code (a pattern shared by the verbs of a PETRARCH block counts once); a pair "042:043" calls
 * it for both halves, "---" is not passed. pattern tells which kind the code came from. */
DYAD_INTERNAL void dyad_dict_each_code(const dyad_dict *d,
                                       void (*fn)(void *ctx, const char *code, bool pattern),
                                       void *ctx);

/* Generalisation with WordNet (dict_wordnet.c). After dyad_dict_finish (and after
 * dyad_dict_check_codes, so that only valid codes spread): every single-word verb lemma of
 * WordNet's index.verb in dir (NULL: DYAD_WORDNET_DIR) that is no general verb
 * (dyad_wordnet_general), no verb entry starts with, no one-word discard and that verb.exc does
 * not list as an inflected form, gets an entry of its own with the bare code (code and code2,
 * never patterns; never "---", nor the plain statement 010, which would spread to every verb of
 * speaking) of a single-word dictionary verb that is
 *   - its synonym: in the synset of the lemma's first sense (DYAD_WORDNET_SENSES; index.verb
 *     lists senses most frequent first), or
 *   - its direct hypernym: in the synset that sense points to with '@', unless that synset
 *     holds a general verb or has more than DYAD_WORDNET_MAX_HYPONYMS direct hyponyms,
 * and only where that synset is the dictionary verb's own first sense (DYAD_WORDNET_DICT_SENSES:
 * its code was written for what it usually means) and the lemma's sense is of a kind the code's
 * CAMEO root can be (its lexicographer file: verb.communication for statements, appeals,
 * demands, threats ...; verb.contact or verb.social for assaults; never verb.perception,
 * verb.cognition, verb.stative ...). When the candidates disagree: all must share the CAMEO
 * root (the first two digits) or the lemma is left out (counted as ambiguous); the code taken is
 * the first candidate's (synonyms before the hypernym, synonyms in the dictionary's load order).
 * The new verbs match by lemma only (no inflected forms are added: the coder looks a verb up by
 * its lemma too), code no nominal events and no phrasal verbs ("beef up"), and a dictionary
 * verb never steps aside for one (coder_clause.c). Returns DYAD_OK, DYAD_ENOTFOUND (err says which file) when index.verb or
 * data.verb cannot be read — the dictionary is then unchanged — or DYAD_ENOMEM. */
#define DYAD_WORDNET_DIR "/usr/share/wordnet"
/* Whether dyad code, validate and dict generalise verbs when given neither --expand nor
 * --no-expand. Off: on the news gold (data/eval) the verbs it adds coded 3 dev events, none
 * right (README, "Verbs generalised with WordNet"). */
#define DYAD_WORDNET_EXPAND_DEFAULT false
/* Whether to generalise, from the --expand / --no-expand flags given (--no-expand wins). */
static inline bool dyad_dict_expand_wanted(bool expand, bool no_expand)
{
    return !no_expand && (expand || DYAD_WORDNET_EXPAND_DEFAULT);
}
#define DYAD_WORDNET_SENSES 1
#define DYAD_WORDNET_DICT_SENSES 1
#define DYAD_WORDNET_MAX_HYPONYMS 40
typedef struct dyad_dict_expansion {
    long lemmas;     /* WordNet verb lemmas looked at (single words the dictionary lacks) */
    long synonyms;   /* entries added from a synonym */
    long hypernyms;  /* entries added from a direct hypernym */
    long ambiguous;  /* lemmas left out: candidates of different CAMEO roots */
    double seconds;  /* time taken, reading the files included */
} dyad_dict_expansion;
DYAD_INTERNAL int dyad_dict_expand_wordnet(dyad_dict *d, const char *dir,
                                           dyad_dict_expansion *st, dyad_err *err);
/* true when upper-case word w is a verb too general for its hyponyms to take its code. */
DYAD_INTERNAL bool dyad_wordnet_general(const char *w);

/* Entry counts per kind, for `dyad dict stats`. */
typedef struct dyad_dict_stats {
    long actors, actor_names, agents, agent_names, verbs, verb_forms, patterns, synsets,
        discards, issues;
} dyad_dict_stats;
DYAD_INTERNAL void dyad_dict_get_stats(const dyad_dict *d, dyad_dict_stats *st);

/* Dates are integers YYYYMMDD; 0 means "unknown" (then the undated or latest code is used). */

typedef struct dyad_actor_match {
    int32_t len;       /* words matched */
    const char *code;  /* the code valid on the date ("RUSGOV"); NULL when none is */
    const char *name;  /* the entry's canonical name ("SERGEY_LAVROV") */
    const char *where; /* "file:line" of the entry */
    bool capital;      /* a capital (section @capitals): code is its government ("RUSGOV") as
                        * a party, the first three letters its country as a place */
    bool dated;        /* the entry's codes hold for dates: an office holder, a person */
} dyad_actor_match;

/* Longest actor phrase starting at words[0] (n words available). Returns true on a match. */
DYAD_INTERNAL bool dyad_dict_match_actor(const dyad_dict *d, const char *const *words, int n,
                                         int32_t date, dyad_actor_match *out);

typedef struct dyad_agent_match {
    int32_t len;
    const char *code;  /* "GOV", "MIL", "REB" ... (no ~) */
    bool prefix;       /* PETRARCH "GOV~": agent code goes before the actor's */
    const char *name;
    const char *where;
} dyad_agent_match;

/* Longest agent phrase starting at words[0]; plural forms from PETRARCH rules are included. */
DYAD_INTERNAL bool dyad_dict_match_agent(const dyad_dict *d, const char *const *words, int n,
                                         dyad_agent_match *out);

/* Verb patterns. A pattern is the PETRARCH line split into elements, in order. */
typedef enum {
    DYAD_PE_WORD,     /* a literal word (upper-cased) */
    DYAD_PE_SYNSET,   /* &NAME: any phrase of the synset */
    DYAD_PE_VERB,     /* '*': the verb itself */
    DYAD_PE_SOURCE,   /* '$' */
    DYAD_PE_TARGET,   /* '+' */
    DYAD_PE_COMPOUND, /* '%' */
    DYAD_PE_SKIP,     /* '^' */
    DYAD_PE_OPEN,     /* '(' start of a prepositional phrase */
    DYAD_PE_CLOSE,    /* ')' */
    DYAD_PE_NP_OPEN,  /* '{' start of a noun phrase */
    DYAD_PE_NP_CLOSE  /* '}' */
} dyad_pattern_elem_kind;

typedef struct dyad_pattern_elem {
    uint8_t kind;     /* dyad_pattern_elem_kind */
    const char *word; /* DYAD_PE_WORD: the word; DYAD_PE_SYNSET: the name with '&' */
} dyad_pattern_elem;

typedef struct dyad_pattern {
    const dyad_pattern_elem *elem;
    int32_t n;
    const char *code;   /* "042"; "---" means: matched but not an event */
    const char *code2;  /* second code of a paired "[042:043]" pattern, else NULL */
    const char *text;   /* the pattern as written, for evidence */
    const char *where;  /* "file:line" */
} dyad_pattern;

typedef struct dyad_verb {
    const char *name;   /* block / base form ("MEET") */
    const char *code;   /* the verb's own code, "---" when none */
    const dyad_pattern *pat; /* patterns, most specific first (longest first) */
    int32_t npat;
    const char *where;
    const char *code2;  /* second code of a paired block code "[032:033]", else NULL */
    const char *via;    /* NULL for a dictionary entry; a verb generalised with WordNet
                           (dyad_dict_expand_wordnet) has no patterns, the code of the
                           dictionary verb it came from and "wordnet:reprove->criticize" here */
} dyad_verb;

/* The verb entry a word belongs to (any listed or generated inflected form, or the lemma).
 * Multi-word verbs ("CARRY OUT") match when words[1..] follow; *len gets the words used. */
DYAD_INTERNAL const dyad_verb *dyad_dict_find_verb(const dyad_dict *d, const char *const *words,
                                                   int n, int32_t *len);
/* false when no verb entry starts with word (compared in any case): no dyad_dict_find_verb
 * of words starting with it can match. */
DYAD_INTERNAL bool dyad_dict_verb_may_start(const dyad_dict *d, const char *word);
/* Length of the longest phrase of synset `name` (with '&') at words[0], or 0. */
DYAD_INTERNAL int dyad_dict_match_synset(const dyad_dict *d, const char *name,
                                         const char *const *words, int n);

/* Discards: longest discard phrase at words[0]; *story set when it discards the whole story. */
DYAD_INTERNAL int dyad_dict_match_discard(const dyad_dict *d, const char *const *words, int n,
                                          bool *story);
/* Issues: longest issue phrase at words[0]; *code gets the issue name. Returns the length. */
DYAD_INTERNAL int dyad_dict_match_issue(const dyad_dict *d, const char *const *words, int n,
                                        const char **code);

#endif
