/* dict_internal.h — the dictionary's in-memory builder shared by the readers and the lookups. */
#ifndef DYAD_DICT_INTERNAL_H
#define DYAD_DICT_INTERNAL_H

#include "base/arena.h"
#include "base/hash.h"
#include "dict/dict.h"

/* One phrase in a lookup table: upper-cased words, the value it maps to, its load order. */
typedef struct dyad_dict_entry {
    uint64_t h;        /* hash of the upper-cased first word */
    const char **w;    /* interned words */
    int32_t n;
    int32_t val;       /* index into the kind's records (actor, agent, verb, ...) */
    uint32_t seq;      /* load order, so the first loaded wins among equal phrases */
    bool exact;        /* matches only as written ("US", not "us"); else in any case */
} dyad_dict_entry;

typedef struct dyad_dict_slot {
    uint64_t h;
    uint32_t start, count; /* count 0: empty slot */
} dyad_dict_slot;

/* A phrase table: entries appended while loading, sorted and hashed by dyad_dict_finish. */
typedef struct dyad_dict_table {
    dyad_dict_entry *e;
    size_t n, cap;
    dyad_dict_slot *slots;
    size_t nslots; /* power of two */
} dyad_dict_table;

typedef struct dyad_dict_range {
    const char *code;
    int32_t from, to; /* inclusive YYYYMMDD; 0 = open on that side */
    bool dated;       /* false: applies always */
} dyad_dict_range;

typedef struct dyad_dict_actor {
    const char *name, *where;
    dyad_dict_range *r;
    size_t nr, cap;
    bool capital; /* an entry of @capitals (see dyad_actor_match.capital) */
    bool open;    /* a dated range without an end: the person still holds it */
    int32_t last_to;   /* the latest end of the dated ranges, 0 when none */
    const char *last_code; /* the code of the range that ends at last_to */
    const char *after; /* the code a month after last_to: its range's country as ELI (a former
                          office holder, docs/CODEBOOK.md §3.2), NULL when not a country's;
                          in that month the last office still ("was killed last week") */
} dyad_dict_actor;

typedef struct dyad_dict_agent {
    const char *code, *name, *where;
    bool prefix;
} dyad_dict_agent;

typedef struct dyad_dict_block { /* patterns shared by the verbs of one PETRARCH block */
    dyad_pattern *pat;
    size_t n, cap;
} dyad_dict_block;

typedef struct dyad_dict_verb {
    dyad_verb pub;
    int32_t block;
} dyad_dict_verb;

typedef struct dyad_dict_tagged { /* discard (story flag) or issue (code) */
    const char *code;
    bool story;
} dyad_dict_tagged;

struct dyad_dict {
    dyad_arena arena;
    dyad_intern strs;
    dyad_dict_table actors_t, agents_t, verbs_t, synsets_t, discards_t, issues_t;
    dyad_dict_actor *actors;
    size_t nactors, actors_cap;
    dyad_dict_agent *agents;
    size_t nagents, agents_cap;
    dyad_dict_verb *verbs;
    size_t nverbs, verbs_cap;
    dyad_dict_block *blocks;
    size_t nblocks, blocks_cap;
    const char **synsets; /* synset names with '&' */
    size_t nsynsets, synsets_cap;
    dyad_dict_tagged *tagged; /* discards and issues */
    size_t ntagged, tagged_cap;
    uint32_t seq;
    long transformations; /* PETRARCH TRANSFORMATIONS lines read and not used */
    bool finished;
};

/* A reader's position, for diagnostics and "file:line" strings. */
typedef struct dyad_dict_src {
    dyad_dict *d;
    const char *file;
    long line;
    dyad_dict_diag *diag;
} dyad_dict_src;

/* Reports a malformed entry at the current line and counts it. Returns DYAD_OK. */
DYAD_INTERNAL int dyad_dict_bad(dyad_dict_src *s, const char *fmt, ...) DYAD_PRINTF(2, 3);
/* The interned upper-cased copy of s[0..n); NULL on out of memory. */
DYAD_INTERNAL const char *dyad_dict_upper(dyad_dict *d, const char *s, size_t n);
/* The interned copy of s[0..n) as written. */
DYAD_INTERNAL const char *dyad_dict_str(dyad_dict *d, const char *s, size_t n);
/* "file:line" for the current line (interned). */
DYAD_INTERNAL const char *dyad_dict_where(dyad_dict_src *s);
/* Adds the phrase s[0..n) (words split on spaces and '_', upper-cased) to table t → val.
 * Returns DYAD_OK, DYAD_EFORMAT for an empty phrase, DYAD_ENOMEM. */
DYAD_INTERNAL int dyad_dict_add_phrase(dyad_dict *d, dyad_dict_table *t, const char *s, size_t n,
                                       int32_t val);
/* The same; exact: the phrase matches only with the case as written ("US", not "us"). */
DYAD_INTERNAL int dyad_dict_add_phrase_case(dyad_dict *d, dyad_dict_table *t, const char *s,
                                            size_t n, int32_t val, bool exact);
/* New records; each returns the index or -1 on out of memory. */
DYAD_INTERNAL int32_t dyad_dict_new_actor(dyad_dict *d, const char *name, const char *where);
DYAD_INTERNAL int dyad_dict_actor_range(dyad_dict *d, int32_t actor, const char *code,
                                        int32_t from, int32_t to, bool dated);
DYAD_INTERNAL int32_t dyad_dict_new_agent(dyad_dict *d, const char *code, bool prefix,
                                          const char *name, const char *where);
DYAD_INTERNAL int32_t dyad_dict_new_block(dyad_dict *d);
DYAD_INTERNAL int32_t dyad_dict_new_verb(dyad_dict *d, int32_t block, const char *name,
                                         const char *code, const char *where);
/* Parses the PETRARCH pattern text p[0..n) (without the leading '-' and the code) into block. */
DYAD_INTERNAL int dyad_dict_add_pattern(dyad_dict *d, int32_t block, const char *p, size_t n,
                                        const char *code, const char *code2, const char *where,
                                        const char **why);
DYAD_INTERNAL int32_t dyad_dict_synset_id(dyad_dict *d, const char *name, size_t n);
DYAD_INTERNAL int32_t dyad_dict_new_tagged(dyad_dict *d, const char *code, bool story);

/* Regular English inflections of an upper-case verb (S, ED, ING with -IES/-IED, E-drop,
 * consonant doubling); writes up to 5 NUL-terminated forms of at most cap bytes into out.
 * Returns the count. */
DYAD_INTERNAL int dyad_dict_verb_forms(const char *w, char out[][64], int max);
/* The regular plural of an upper-case noun into out (cap 64); false when too long. */
DYAD_INTERNAL bool dyad_dict_plural(const char *w, char *out, size_t cap);

/* true when the phrase s[0..n) is only a time expression: every word (split on spaces and '_',
 * any case) is a number, a number word, a month, a time unit (day .. century), or a relative
 * word (ago, later, earlier, last, next, in, since ...), and at least one is a number, month
 * or unit: "1994", "April 1942", "years ago", "fifty years ago", "weeks later". Such phrases
 * date an event; they never make a sentence non-political, so no reader takes them as a
 * discard ("2014 competition", "third round", "extra time" are not time phrases). */
DYAD_INTERNAL bool dyad_dict_time_phrase(const char *s, size_t n);

/* Reads the whole file at path into *out (dyad_free it), its size into *len. DYAD_ENOTFOUND
 * when it does not exist, DYAD_EIO, DYAD_ENOMEM; err says which file. */
DYAD_INTERNAL int dyad_dict_read_file(const char *path, char **out, size_t *len, dyad_err *err);
/* Sorts and hashes table t again (dyad_dict_finish does it for every table). */
DYAD_INTERNAL int dyad_dict_table_build(dyad_dict_table *t);

/* Readers: each reads one whole file (text, len bytes) of its kind. */
DYAD_INTERNAL int dyad_dict_read_petr_verbs(dyad_dict_src *s, const char *text, size_t len);
DYAD_INTERNAL int dyad_dict_read_petr_actors(dyad_dict_src *s, const char *text, size_t len);
DYAD_INTERNAL int dyad_dict_read_petr_agents(dyad_dict_src *s, const char *text, size_t len);
DYAD_INTERNAL int dyad_dict_read_petr_discards(dyad_dict_src *s, const char *text, size_t len);
DYAD_INTERNAL int dyad_dict_read_petr_issues(dyad_dict_src *s, const char *text, size_t len);
DYAD_INTERNAL int dyad_dict_read_own(dyad_dict_src *s, const char *text, size_t len);

/* Splits text at the next line: line and n get the line without its newline (and CR); returns the
 * offset after it. */
DYAD_INTERNAL size_t dyad_dict_next_line(const char *text, size_t len, size_t pos,
                                         const char **line, size_t *n);
/* Parses a date "YYMMDD", "YYYYMMDD" or "YYYY-MM-DD" (n chars) into YYYYMMDD; false if bad.
 * Two-digit years: 00-20 → 2000-2020, 21-99 → 1921-1999 (the Phoenix files date from 2014-16
 * and hold office terms back to the 1920s; the 6-digit years 15-20 are nearly unused there). */
DYAD_INTERNAL bool dyad_dict_parse_date(const char *s, size_t n, int32_t *out);

#endif
