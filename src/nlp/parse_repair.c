/* parse_repair.c — what the tags and the words of a parsed sentence already decide, made to
 * agree with the tree after the parser. Fifty-three repairs, each a construction of news, in
 * ten files: parse_repair_verbs.c (predicates the parser lost), parse_repair_modifiers.c
 * (past tenses read as modifiers and back), parse_repair_clauses.c (reported clauses,
 * attributions), parse_repair_subordinate.c (subordinate clauses read as phrases),
 * parse_repair_nouns.c (noun phrases), parse_repair_attach.c (phrases hung on the wrong
 * word), parse_repair_subjects.c (subjects cut off their predicate),
 * parse_repair_passives.c (passive agents and complements), parse_repair_copulas.c (a
 * "be" or "have" left with no predicate) and parse_repair_fronted.c (a phrase before the
 * subject made the root); the last two run last, on what the others leave; each file
 * describes its repairs. Several read the trees of a retrained parser
 * (issue 16) the way the coder reads the committed one's. This driver runs them in an order
 * that matters: a phrase repaired early (a name, "the accused", "according to X") is what a
 * later repair reads, the headline passive comes late and the passive subject last. */
#include "nlp/parse_repair.h"

#include "nlp/parse_repair_internal.h"

/* The sentence ends without a full stop, question or exclamation mark: a headline. */
static bool headline(const dyad_sentence *s)
{
    for (int32_t i = s->n - 1; i >= 0; i--) {
        const char *f = s->tok[i].form ? s->tok[i].form : "";
        if (s->tok[i].upos != DYAD_UPOS_PUNCT)
            return true;
        if (strchr(".?!", f[0]) || strstr(f, "..."))
            return false;
    }
    return true;
}

void dyad_parse_repair(dyad_sentence *s, bool title)
{
    dyad_repair_according_to(s);
    dyad_repair_participle_adjectives(s);
    dyad_repair_participle_nouns(s);
    dyad_repair_participles_in_names(s);
    dyad_repair_names_in_titles(s);
    dyad_repair_split_names(s);
    dyad_repair_hyphen_names(s);
    dyad_repair_day_subjects(s);
    dyad_repair_case_on_compounds(s);
    dyad_repair_nouns_with_arguments(s);
    dyad_repair_naming_complements(s);
    dyad_repair_time_spans_in_phrases(s);
    dyad_repair_media_obliques(s);
    dyad_repair_topic_modifiers(s);
    dyad_repair_message_recipients(s);
    dyad_repair_person_relatives(s);
    dyad_repair_joined_names(s);
    dyad_repair_lists_as_conjuncts(s);
    dyad_repair_case_objects(s);
    dyad_repair_stray_auxiliaries(s);
    dyad_repair_stray_verbs(s);
    dyad_repair_of_subjects(s);
    dyad_repair_infinitive_subjects(s);
    dyad_repair_gerund_subjects(s);
    dyad_repair_agents_under_adverbs(s);
    dyad_repair_passive_infinitives(s);
    dyad_repair_bare_infinitives(s);
    dyad_repair_clauses_as_phrases(s);
    dyad_repair_split_clauses(s);
    dyad_repair_participle_complements(s);
    dyad_repair_gerund_objects(s);
    bool head = title || headline(s);
    dyad_repair_split_reports(s);
    dyad_repair_gerund_clause_subjects(s);
    dyad_repair_reporting_nouns(s);
    dyad_repair_final_attributions(s);
    dyad_repair_object_subjects(s);
    dyad_repair_clauses_after_conjunctions(s);
    dyad_repair_time_span_clauses(s);
    dyad_repair_participle_roots(s, head);
    dyad_repair_deep_participles(s);
    dyad_repair_finite_under_root(s);
    dyad_repair_finite_modifiers(s);
    dyad_repair_noun_tagged_verbs(s);
    if (!head) {
        dyad_repair_past_tense_nouns(s);
        dyad_repair_amod_verbs(s);
        dyad_repair_adjective_past_tenses(s);
        dyad_repair_subordinate_past_tenses(s);
    }
    if (head) {
        dyad_repair_headline_coordination(s);
        dyad_repair_headline_verbs_as_nouns(s);
        dyad_repair_reduced_passives(s);
    }
    dyad_repair_stray_copulas(s);
    dyad_repair_fronted_phrases(s, head);
    dyad_repair_passive_subjects(s);
}
