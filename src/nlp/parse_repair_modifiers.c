/* parse_repair_modifiers.c — past tenses the tagger read as adjectives, hung as modifiers of
 * their own object (see parse_repair.c).
 *
 * Past tenses read as modifiers. "Kenyan troops fired rockets at rebels." parsed with "fired" an
 * amod of "rockets" and a noun the root: in running text with no other verb, the participle
 * between two noun phrases is the predicate (amod_verbs); where the two noun phrases are
 * siblings ("militants | wounded policemen, officials said", both complements of "said"),
 * the -ed word is their clause's verb (split_clauses). */
#include "nlp/parse_repair_internal.h"

#include <strings.h>

/* The sentence has a word that can head a clause of its own: a verb or auxiliary in a finite
 * or base form, other than word skip. */
static bool other_predicate(const dyad_sentence *s, int32_t skip)
{
    for (int32_t i = 0; i < s->n; i++)
        if (i != skip && (s->tok[i].upos == DYAD_UPOS_VERB || s->tok[i].upos == DYAD_UPOS_AUX) &&
            (finite_tag(s->tok[i].xpos) || is(s->tok[i].xpos, "VB")))
            return true;
    return false;
}

/* The noun modifiers after the object o whose preposition is one of preps ("fired rockets |
 * at rebels") belong to the verb v: they become its obliques. */
static void verb_obliques(dyad_sentence *s, int32_t o, int32_t v, const char *const *preps,
                          size_t n)
{
    for (int32_t i = o + 1; i < s->n; i++) {
        if (s->tok[i].head != o + 1 || !rel_is(s->tok[i].deprel, "nmod"))
            continue;
        for (int32_t c = 0; c < s->n; c++)
            if (s->tok[c].head == i + 1 && rel_is(s->tok[c].deprel, "case") &&
                word_in(s->tok[c].form, preps, n)) {
                s->tok[i].head = v + 1;
                s->tok[i].deprel = "obl";
            }
    }
}

/* A word naming a day: "yesterday", "today", "Monday". */
static bool time_word(const char *f)
{
    static const char *const days[] = {"yesterday", "today", "tonight", "monday", "tuesday",
                                       "wednesday", "thursday", "friday", "saturday", "sunday"};
    return word_in(f, days, sizeof days / sizeof *days);
}

/* "Kenyan police fired tear gas at protesters." parsed with "fired" a participle modifying
 * "gas" (amod) and "police" the root: in a sentence with no other verb that could be its
 * predicate, a participle between a noun phrase and the noun it modifies is the past-tense
 * predicate, the noun before it its subject and the noun after it its object. The object's
 * at/on/against/into phrases are the verb's obliques ("at protesters"). */
void dyad_repair_amod_verbs(dyad_sentence *s)
{
    static const char *const verb_preps[] = {"at", "on", "against", "into", "toward", "towards"};
    int32_t r = single_root(s);
    if (r < 0 || (s->tok[r].upos != DYAD_UPOS_NOUN && s->tok[r].upos != DYAD_UPOS_PROPN) ||
        has_kid(s, r, "cop"))
        return;
    for (int32_t v = 1; v + 1 < s->n; v++) {
        dyad_token *vt = &s->tok[v];
        int32_t o = vt->head - 1, subj = v - 1, when = -1;
        if (vt->upos != DYAD_UPOS_VERB || !is(vt->xpos, "VBN") || !is(vt->deprel, "amod") ||
            o <= v || other_predicate(s, v))
            continue;
        if (time_word(s->tok[subj].form) && subj > 0) /* "officers yesterday ended talks" */
            when = subj--;
        int su = s->tok[subj].upos;
        if (su != DYAD_UPOS_NOUN && su != DYAD_UPOS_PROPN)
            continue;
        while (subj >= 0 && (rel_is(s->tok[subj].deprel, "compound") ||
                             rel_is(s->tok[subj].deprel, "flat")) && s->tok[subj].head - 1 > subj &&
               s->tok[subj].head - 1 < v)
            subj = s->tok[subj].head - 1;
        if ((subj != r && o != r) ||
            (subj == r && s->tok[o].head - 1 != r && s->tok[o].head - 1 != v) ||
            (o == r && s->tok[subj].head - 1 != r))
            continue; /* the subject or the object must be the root, the other its dependent */
        for (int32_t i = v + 1; i < o; i++) /* only the object's own modifiers between */
            if (s->tok[i].upos == DYAD_UPOS_PUNCT || s->tok[i].upos == DYAD_UPOS_VERB)
                goto next;
        vt->head = 0;
        vt->deprel = "root";
        vt->xpos = "VBD";
        s->tok[subj].head = v + 1;
        s->tok[subj].deprel = "nsubj";
        s->tok[o].head = v + 1;
        s->tok[o].deprel = "obj";
        if (when >= 0) {
            s->tok[when].head = v + 1;
            s->tok[when].deprel = "obl:tmod";
        }
        for (int32_t i = 0; i < s->n; i++)
            if (s->tok[i].head == r + 1 && s->tok[i].upos == DYAD_UPOS_PUNCT)
                s->tok[i].head = v + 1;
        verb_obliques(s, o, v, verb_preps, sizeof verb_preps / sizeof *verb_preps);
        return;
    next:;
    }
}

/* "Basque militants wounded three policemen in an attack, officials said." parsed with
 * "wounded" an adjective of "policemen" and both nouns complements of "said": a word in -ed
 * hung as amod between two sibling noun phrases of the same relation is their clause's verb,
 * the first phrase its subject, the second its object, in the place the first one held. */
void dyad_repair_split_clauses(dyad_sentence *s)
{
    static const char *const verb_preps[] = {"in", "at", "on", "against", "into", "with", "during"};
    for (int32_t a = 1; a + 1 < s->n; a++) {
        dyad_token *at = &s->tok[a];
        size_t fl = at->form ? strlen(at->form) : 0;
        int32_t n1 = a - 1, n2 = at->head - 1;
        if (fl < 4 || strcasecmp(at->form + fl - 2, "ed") != 0 || !is(at->deprel, "amod") ||
            (at->upos != DYAD_UPOS_ADJ && at->upos != DYAD_UPOS_VERB) || n2 <= a)
            continue;
        int u1 = s->tok[n1].upos, u2 = s->tok[n2].upos;
        const char *r1 = s->tok[n1].deprel, *r2 = s->tok[n2].deprel;
        /* the same relation ("militants | policemen", both ccomp), or one of them the
         * complement and the other a subject or object of the same verb */
        bool same = r1 && is(r2, r1) && !rel_is(r1, "conj") && !rel_is(r1, "compound");
        bool mixed = (is(r1, "ccomp") && (is(r2, "nsubj") || is(r2, "obj"))) ||
                     (is(r2, "ccomp") && (is(r1, "nsubj") || is(r1, "obj")));
        if ((u1 != DYAD_UPOS_NOUN && u1 != DYAD_UPOS_PROPN) ||
            (u2 != DYAD_UPOS_NOUN && u2 != DYAD_UPOS_PROPN) || s->tok[n1].head != s->tok[n2].head ||
            (!same && !mixed))
            continue;
        bool between = true; /* only the object's own modifiers between the verb and it */
        for (int32_t i = a + 1; i < n2 && between; i++)
            between = s->tok[i].head == n2 + 1 && s->tok[i].upos != DYAD_UPOS_PUNCT;
        if (!between)
            continue;
        at->head = s->tok[n1].head;
        at->deprel = same ? r1 : "ccomp";
        at->upos = DYAD_UPOS_VERB;
        at->xpos = "VBD";
        s->tok[n1].head = a + 1;
        s->tok[n1].deprel = "nsubj";
        s->tok[n2].head = a + 1;
        s->tok[n2].deprel = "obj";
        verb_obliques(s, n2, a, verb_preps, sizeof verb_preps / sizeof *verb_preps);
    }
}
