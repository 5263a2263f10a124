/* parse_repair_internal.h — what the parse repairs share: tree helpers over a sentence's
 * tokens (heads are 1-based, 0 the root) and the repairs the driver runs (parse_repair.c). */
#ifndef DYAD_NLP_PARSE_REPAIR_INTERNAL_H
#define DYAD_NLP_PARSE_REPAIR_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "nlp/parse_repair.h"
#include "text/doc.h"

static inline bool is(const char *s, const char *want)
{
    return s && strcmp(s, want) == 0;
}

/* Starts with want, then ends or goes on with ':' (a subtype). */
static inline bool rel_is(const char *s, const char *want)
{
    size_t n = strlen(want);
    return s && strncmp(s, want, n) == 0 && (s[n] == 0 || s[n] == ':');
}

/* The sentence's one root, -1 when it has none or several. */
static inline int32_t single_root(const dyad_sentence *s)
{
    int32_t r = -1;
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].head == 0)
            r = r < 0 ? i : -2;
    return r < 0 ? -1 : r;
}

/* Word k (0-based) has a dependent with this relation (or a subtype of it). */
static inline bool has_kid(const dyad_sentence *s, int32_t k, const char *rel)
{
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].head == k + 1 && rel_is(s->tok[i].deprel, rel))
            return true;
    return false;
}

/* Word i is inside the subtree of word a (bounded: no cycles). */
static inline bool descends(const dyad_sentence *s, int32_t i, int32_t a)
{
    for (int guard = 0; guard < 64 && i >= 0; guard++) {
        if (i == a)
            return true;
        i = s->tok[i].head - 1;
    }
    return false;
}

/* Word i's left edge: the first word of its subtree (bounded: no cycles). */
static inline int32_t left_edge(const dyad_sentence *s, int32_t i)
{
    for (int32_t k = 0; k < i; k++)
        if (descends(s, k, i))
            return k;
    return i;
}

/* w is one of the words list[0..n), case-blind; NULL is none. The first bytes are compared
 * first, folded as strcasecmp folds them (A-Z only): most words differ there. */
static inline bool word_in(const char *w, const char *const *list, size_t n)
{
    unsigned char w0 = w ? (unsigned char)w[0] : 0;
    w0 = w0 >= 'A' && w0 <= 'Z' ? (unsigned char)(w0 + 32) : w0;
    for (size_t k = 0; w && k < n; k++) {
        unsigned char l0 = (unsigned char)list[k][0];
        if ((l0 >= 'A' && l0 <= 'Z' ? l0 + 32 : l0) == w0 && strcasecmp(w, list[k]) == 0)
            return true;
    }
    return false;
}

/* A word naming a time on its own, an adverbial with no preposition: "Yesterday", "Monday",
 * "Early Saturday morning", "Last week". */
static inline bool time_adverbial(const char *f)
{
    static const char *const times[] = {"yesterday", "today",    "tonight",  "tomorrow",
                                        "monday",    "tuesday",  "wednesday", "thursday",
                                        "friday",    "saturday", "sunday",   "morning",
                                        "afternoon", "evening",  "night",    "week",
                                        "weekend",   "month",    "year"};
    return word_in(f, times, sizeof times / sizeof *times);
}

/* A word of a noun phrase: determiner, adjective, noun, name or number. */
static inline bool noun_phrase_word(const dyad_token *t)
{
    return t->upos == DYAD_UPOS_DET || t->upos == DYAD_UPOS_ADJ || t->upos == DYAD_UPOS_NOUN ||
           t->upos == DYAD_UPOS_PROPN || t->upos == DYAD_UPOS_NUM;
}

/* A finite verb's tag: VBD, VBZ, VBP or MD. */
static inline bool finite_tag(const char *xpos)
{
    return is(xpos, "VBD") || is(xpos, "VBZ") || is(xpos, "VBP") || is(xpos, "MD");
}

/* Word v, a past tense the parser hung as a modifier, becomes the root of "subj v o":
 * tagged VBD, with subj its subject and o its object. */
static inline void past_tense_root(dyad_sentence *s, int32_t v, int32_t subj, int32_t o)
{
    s->tok[v].head = 0;
    s->tok[v].deprel = "root";
    s->tok[v].xpos = "VBD";
    s->tok[subj].head = v + 1;
    s->tok[subj].deprel = "nsubj";
    s->tok[o].head = v + 1;
    s->tok[o].deprel = "obj";
}

/* The sentence has a finite verb or auxiliary (tagged VERB / AUX and VBD, VBZ, VBP or MD). */
static inline bool has_finite_verb(const dyad_sentence *s)
{
    for (int32_t i = 0; i < s->n; i++)
        if ((s->tok[i].upos == DYAD_UPOS_VERB || s->tok[i].upos == DYAD_UPOS_AUX) &&
            finite_tag(s->tok[i].xpos))
            return true;
    return false;
}

/* The repairs (each described in the file that holds it; parse_repair.c runs them). */
/* parse_repair_verbs.c */
DYAD_INTERNAL void dyad_repair_reduced_passives(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_gerund_objects(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_participle_roots(dyad_sentence *s, bool headline);
DYAD_INTERNAL void dyad_repair_deep_participles(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_finite_under_root(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_noun_tagged_verbs(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_past_tense_nouns(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_bare_infinitives(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_headline_verbs_as_nouns(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_finite_modifiers(dyad_sentence *s);
/* parse_repair_modifiers.c */
DYAD_INTERNAL void dyad_repair_amod_verbs(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_split_clauses(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_participle_adjectives(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_adjective_past_tenses(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_participle_complements(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_subordinate_past_tenses(dyad_sentence *s);
/* parse_repair_clauses.c */
DYAD_INTERNAL void dyad_repair_split_reports(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_reporting_nouns(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_final_attributions(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_clauses_as_phrases(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_according_to(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_gerund_clause_subjects(dyad_sentence *s);
/* parse_repair_nouns.c */
DYAD_INTERNAL void dyad_repair_participle_nouns(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_names_in_titles(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_split_names(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_joined_names(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_lists_as_conjuncts(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_headline_coordination(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_person_relatives(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_case_objects(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_hyphen_names(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_day_subjects(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_case_on_compounds(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_nouns_with_arguments(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_naming_complements(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_participles_in_names(dyad_sentence *s);
/* parse_repair_attach.c */
DYAD_INTERNAL void dyad_repair_time_spans_in_phrases(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_media_obliques(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_topic_modifiers(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_message_recipients(dyad_sentence *s);
/* parse_repair_subordinate.c */
DYAD_INTERNAL void dyad_repair_object_subjects(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_clauses_after_conjunctions(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_time_span_clauses(dyad_sentence *s);
/* parse_repair_subjects.c */
DYAD_INTERNAL void dyad_repair_stray_auxiliaries(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_stray_verbs(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_of_subjects(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_infinitive_subjects(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_gerund_subjects(dyad_sentence *s);
/* parse_repair_passives.c */
DYAD_INTERNAL void dyad_repair_agents_under_adverbs(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_passive_infinitives(dyad_sentence *s);
DYAD_INTERNAL void dyad_repair_passive_subjects(dyad_sentence *s);
/* parse_repair_copulas.c */
DYAD_INTERNAL void dyad_repair_stray_copulas(dyad_sentence *s);
/* parse_repair_fronted.c */
DYAD_INTERNAL void dyad_repair_fronted_phrases(dyad_sentence *s, bool headline);

#endif
