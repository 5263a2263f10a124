/* parse_repair_modifiers.c — past tenses the tagger read as adjectives, hung as modifiers of
 * their own object (see parse_repair.c).
 *
 * Past tenses read as modifiers. "Kenyan troops fired rockets at rebels." parsed with "fired" an
 * amod of "rockets" and a noun the root: in running text with no other verb, the participle
 * between two noun phrases is the predicate (amod_verbs); where the two noun phrases are
 * siblings ("militants | wounded policemen, officials said", both complements of "said"),
 * the -ed word is their clause's verb (split_clauses). Inside a phrase opened by "after",
 * "before" or "since" ("after Israel and Hamas | traded rocket fire"), the three are a
 * subordinate clause of the main verb (subordinate_past_tenses).
 *
 * Modifiers read as past tenses, the other way round: "over alleged plots", "Johnson's stated
 * intent" with the participle a verb whose object is the noun it modifies
 * (participle_adjectives). */
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

/* An adjective in -ed that may be a past tense the tagger misread ("the Houthis exchanged |
 * prisoners", "exchanged" JJ): five letters or more, lower case. */
static bool ed_adjective(const dyad_token *t)
{
    size_t fl = t->form ? strlen(t->form) : 0;
    return t->upos == DYAD_UPOS_ADJ && is(t->xpos, "JJ") && fl >= 5 &&
           strcmp(t->form + fl - 2, "ed") == 0 && t->form[0] >= 'a' && t->form[0] <= 'z';
}

/* The head of the subject phrase that ends in word subj, right before the verb v: up a name
 * (compound, flat) to its head before v, a coordination to its first conjunct ("Yemen's
 * government and the Houthis | exchanged prisoners"). */
static int32_t subject_head(const dyad_sentence *s, int32_t subj, int32_t v)
{
    for (int g = 0; g < 64; g++) {
        int32_t h = s->tok[subj].head - 1;
        if ((rel_is(s->tok[subj].deprel, "compound") || rel_is(s->tok[subj].deprel, "flat")) &&
            h > subj && h < v)
            subj = h;
        else if (rel_is(s->tok[subj].deprel, "conj") && h >= 0 && h < subj)
            subj = h;
        else
            break;
    }
    return subj;
}

/* "Kenyan police fired tear gas at protesters." parsed with "fired" a participle modifying
 * "gas" (amod) and "police" the root: in a sentence with no other verb that could be its
 * predicate, a participle (or an adjective in -ed) between a noun phrase and the noun it
 * modifies is the past-tense predicate, the noun before it (or the coordination it ends) its
 * subject and the noun after it its object. The object's
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
        if (!(vt->upos == DYAD_UPOS_VERB && is(vt->xpos, "VBN")) && !ed_adjective(vt))
            continue;
        if (!is(vt->deprel, "amod") || o <= v || other_predicate(s, v))
            continue;
        if (time_word(s->tok[subj].form) && subj > 0) /* "officers yesterday ended talks" */
            when = subj--;
        int su = s->tok[subj].upos;
        if (su != DYAD_UPOS_NOUN && su != DYAD_UPOS_PROPN)
            continue;
        subj = subject_head(s, subj, v);
        int32_t oh = s->tok[o].head - 1; /* the object's head: the root, the verb, or a word of
                                            the subject phrase ("the Houthis | hundreds") */
        if ((subj != r && o != r) || (subj == r && oh != v && (oh < subj || oh >= v)) ||
            (o == r && s->tok[subj].head - 1 != r))
            continue; /* the subject or the object must be the root, the other its dependent */
        for (int32_t i = v + 1; i < o; i++) /* only the object's own modifiers between */
            if (s->tok[i].upos == DYAD_UPOS_PUNCT || s->tok[i].upos == DYAD_UPOS_VERB)
                goto next;
        past_tense_root(s, v, subj, o);
        vt->upos = DYAD_UPOS_VERB;
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

/* "over alleged plots", "the minister's stated aim": a participle right after a preposition,
 * or right after a possessive, with its object after it, is the object's adjective, not a
 * verb of its own. The parser may read it as a clause ("alleged" a conjunct, "plots" its
 * object; "Johnson's stated intent" with Johnson the subject of "stated" and "it is" its
 * auxiliary): the noun takes the participle's place in the tree, the participle becomes its
 * amod, the preposition its case, the possessor its nmod:poss, and a copula "is" with "it"
 * its copula and subject. Only prepositions that never introduce a clause are read so. */
void dyad_repair_participle_adjectives(dyad_sentence *s)
{
    static const char *const preps[] = {"over", "of", "for", "about", "against", "from", "into",
                                        "with", "amid", "despite", "without", "under", "on"};
    for (int32_t v = 1; v + 1 < s->n; v++) {
        dyad_token *vt = &s->tok[v];
        if (vt->upos != DYAD_UPOS_VERB || !(is(vt->xpos, "VBN") || is(vt->xpos, "VBD")) ||
            rel_is(vt->deprel, "amod"))
            continue;
        dyad_token *pt = &s->tok[v - 1];
        bool poss = is(pt->form, "'s") || is(pt->form, "'");
        bool prep = !poss && word_in(pt->form, preps, sizeof preps / sizeof *preps) &&
                    pt->head == v + 1;
        int32_t owner = poss ? pt->head - 1 : -1;
        if (!poss && !prep)
            continue;
        if (poss && (owner < 0 || owner >= v || s->tok[owner].head != v + 1 ||
                     left_edge(s, owner) > v - 1))
            continue; /* the possessor must be v's own dependent, ending at the 's */
        int32_t o = -1;
        bool clause = false; /* a subject of its own (after a preposition) or a real auxiliary */
        for (int32_t k = 0; k < s->n; k++) {
            if (s->tok[k].head != v + 1 || k == owner || k == v - 1)
                continue;
            const char *r = s->tok[k].deprel;
            if (is(r, "obj") && k > v && o < 0)
                o = k;
            else if (rel_is(r, "nsubj") || rel_is(r, "csubj") || rel_is(r, "ccomp") ||
                     rel_is(r, "xcomp") || rel_is(r, "iobj") ||
                     (rel_is(r, "aux") && !is(s->tok[k].lemma, "be")))
                clause = true;
        }
        if (o < 0 || clause ||
            (s->tok[o].upos != DYAD_UPOS_NOUN && s->tok[o].upos != DYAD_UPOS_PROPN))
            continue;
        bool inside = true; /* only the object's own modifiers between v and the object */
        for (int32_t i = v + 1; i < o && inside; i++)
            inside = descends(s, i, o) && s->tok[i].upos != DYAD_UPOS_PUNCT;
        if (!inside)
            continue;
        dyad_token *ot = &s->tok[o];
        ot->head = vt->head;
        ot->deprel = vt->deprel;
        if (prep && vt->head > 0 && s->tok[vt->head - 1].upos == DYAD_UPOS_VERB &&
            (rel_is(vt->deprel, "conj") || rel_is(vt->deprel, "advcl") || rel_is(vt->deprel, "obj")))
            ot->deprel = "obl";
        for (int32_t k = 0; k < s->n; k++) {
            if (s->tok[k].head != v + 1 || k == o)
                continue;
            s->tok[k].head = o + 1;
            const char *r = s->tok[k].deprel;
            if (k == owner)
                s->tok[k].deprel = "nmod:poss";
            else if (prep && k == v - 1)
                s->tok[k].deprel = "case";
            else if (rel_is(r, "aux"))
                s->tok[k].deprel = "cop";
            else if (rel_is(r, "expl"))
                s->tok[k].deprel = "nsubj";
            else if (rel_is(r, "obl"))
                s->tok[k].deprel = "nmod";
        }
        if (prep)
            s->tok[v - 1].upos = DYAD_UPOS_ADP, s->tok[v - 1].xpos = "IN";
        vt->head = o + 1;
        vt->deprel = "amod";
    }
}

/* Word w is a verb or auxiliary that can head a clause: a finite or base form. */
static bool clause_verb(const dyad_token *t)
{
    return (t->upos == DYAD_UPOS_VERB || t->upos == DYAD_UPOS_AUX) &&
           (finite_tag(t->xpos) || is(t->xpos, "VB"));
}

/* Verb w closes the sentence as an attribution of its own ("..., officials said"): it comes
 * after word o and has a subject after o. */
static bool attribution_after(const dyad_sentence *s, int32_t w, int32_t o)
{
    if (w <= o)
        return false;
    for (int32_t k = o + 1; k < w; k++)
        if (s->tok[k].head == w + 1 && is(s->tok[k].deprel, "nsubj"))
            return true;
    return false;
}

/* "Kenyan police teargassed Ugandan protesters.", "Fifteen months ago, Armenian troops
 * shelled Azerbaijani villages.", "Peruvian rebels wounded three soldiers, officials said."
 * with the past tense tagged as an adjective (or a participle) that modifies the object, and
 * the subject the root (or the subject or parataxis of a time phrase made the root, "ago"), the object its
 * modifier, conjunct or the subject of the attribution: a lower-case -ed word (or a past tense
 * with no -ed, dyad_past_tense_lemma: "Police beat protesters.") hung as amod of
 * the noun after it, right after a noun phrase that heads the sentence, where nothing else
 * but a closing attribution can be the predicate, is the past-tense verb. It becomes the root,
 * the noun before it its subject, the noun it modified its object; the old root's words after
 * it (the attribution, the full stop) hang from it, a time phrase root becomes its modifier.
 * (amod_verbs does this for participles tagged as verbs with the object under the subject;
 * the lemma of a word retagged so is found again by the lemmatizer, src/nlp/nlp.c.) */
void dyad_repair_adjective_past_tenses(dyad_sentence *s)
{
    static const char *const verb_preps[] = {"in", "at", "on", "against", "into", "near",
                                              "toward", "towards", "during"};
    int32_t r = single_root(s);
    if (r < 0 || has_kid(s, r, "cop"))
        return;
    for (int32_t v = 1; v + 1 < s->n; v++) {
        dyad_token *vt = &s->tok[v];
        const char *f = vt->form ? vt->form : "";
        size_t fl = strlen(f);
        int32_t o = vt->head - 1, n1 = v - 1;
        bool irregular = o > v && is(vt->deprel, "amod") && /* both asked below */
                         dyad_past_tense_lemma(f) != NULL; /* "Police beat protesters." */
        if (!(irregular || (fl >= 5 && strcmp(f + fl - 2, "ed") == 0)) ||
            !(f[0] >= 'a' && f[0] <= 'z') || !is(vt->deprel, "amod") || o <= v ||
            !((vt->upos == DYAD_UPOS_ADJ && (is(vt->xpos, "JJ") || is(vt->xpos, "VBN"))) ||
              (vt->upos == DYAD_UPOS_VERB && is(vt->xpos, "VBN"))))
            continue;
        int u1 = s->tok[n1].upos, uo = s->tok[o].upos;
        if ((u1 != DYAD_UPOS_NOUN && u1 != DYAD_UPOS_PROPN) ||
            (uo != DYAD_UPOS_NOUN && uo != DYAD_UPOS_PROPN) || has_kid(s, o, "case"))
            continue;
        for (int g = 0; g < 8 && (rel_is(s->tok[n1].deprel, "compound") ||
                                   rel_is(s->tok[n1].deprel, "flat")) &&
                        s->tok[n1].head > 0 && s->tok[n1].head - 1 < v; g++)
            n1 = s->tok[n1].head - 1; /* up the name: "Sabah al-Ahmad al-Sabah" is flat */
        /* the subject heads the sentence, or is the subject of a root that is no verb */
        int32_t time_root = -1;
        if (n1 == r)
            time_root = -1;
        else if ((is(s->tok[n1].deprel, "nsubj") || is(s->tok[n1].deprel, "parataxis")) &&
                 s->tok[n1].head - 1 == r && r < n1 &&
                 s->tok[r].upos != DYAD_UPOS_VERB && s->tok[r].upos != DYAD_UPOS_AUX &&
                 s->tok[r].upos != DYAD_UPOS_NOUN && s->tok[r].upos != DYAD_UPOS_PROPN)
            time_root = r;
        else
            continue;
        if (descends(s, n1, o) || has_kid(s, n1, "cop"))
            continue;
        bool ok = true; /* only the object's own modifiers between */
        for (int32_t i = v + 1; i < o && ok; i++)
            ok = descends(s, i, o) && s->tok[i].upos != DYAD_UPOS_PUNCT;
        for (int32_t i = 0; i < s->n && ok; i++) /* no other predicate but an attribution */
            if (i != v && clause_verb(&s->tok[i]) && !attribution_after(s, i, o))
                ok = false;
        if (!ok)
            continue;
        int32_t old = time_root >= 0 ? time_root : n1;
        for (int32_t i = v + 1; i < s->n; i++) /* the old root's words after the verb */
            if (i != o && (s->tok[i].head == old + 1 || s->tok[i].head == n1 + 1) &&
                !descends(s, i, o)) {
                s->tok[i].head = v + 1;
                if (rel_is(s->tok[i].deprel, "nmod"))
                    s->tok[i].deprel = "obl";
            }
        vt->head = 0;
        vt->deprel = "root";
        vt->upos = DYAD_UPOS_VERB;
        vt->xpos = "VBD";
        if (irregular)
            vt->lemma = dyad_past_tense_lemma(f);
        if (time_root >= 0) {
            s->tok[time_root].head = v + 1;
            s->tok[time_root].deprel =
                s->tok[time_root].upos == DYAD_UPOS_ADV ? "advmod" : "obl:tmod";
        }
        s->tok[n1].head = v + 1;
        s->tok[n1].deprel = "nsubj";
        s->tok[o].head = v + 1;
        s->tok[o].deprel = "obj";
        verb_obliques(s, o, v, verb_preps, sizeof verb_preps / sizeof *verb_preps);
        return;
    }
}

/* "Chadian rebels ambushed four soldiers, officials said." parsed with the noun "rebels" the
 * complement of "said" and "ambushed" a participle modifying it: a noun is no clausal
 * complement. A participle hung as acl right after such a noun (ccomp), with an object and no
 * subject or auxiliary of its own, is the complement's past-tense verb, the noun its subject
 * (participle_complements). So too after a time phrase made the root ("Two weeks ago, rebels
 * | shelled villages", the noun the root adverb's subject): the verb is the root. */
void dyad_repair_participle_complements(dyad_sentence *s)
{
    for (int32_t v = 1; v + 1 < s->n; v++) {
        dyad_token *vt = &s->tok[v];
        int32_t n = vt->head - 1;
        int32_t r = n >= 0 ? s->tok[n].head - 1 : -1;
        /* "Two weeks ago, rebels | shelled villages": the noun is the subject of a time phrase
         * made the root; the verb becomes the root */
        bool time_root = n >= 0 && r >= 0 && r < n && s->tok[r].head == 0 &&
                         s->tok[r].upos == DYAD_UPOS_ADV &&
                         (is(s->tok[n].deprel, "nsubj") || is(s->tok[n].deprel, "parataxis"));
        if (vt->upos != DYAD_UPOS_VERB || !(is(vt->xpos, "VBN") || is(vt->xpos, "VBD")) ||
            !is(vt->deprel, "acl") || n < 0 || n >= v ||
            !(is(s->tok[n].deprel, "ccomp") || time_root) ||
            (s->tok[n].upos != DYAD_UPOS_NOUN && s->tok[n].upos != DYAD_UPOS_PROPN) ||
            !has_kid(s, v, "obj") || has_kid(s, v, "nsubj") || has_kid(s, v, "aux") ||
            has_kid(s, v, "aux:pass") || has_kid(s, n, "cop"))
            continue;
        bool next = true; /* the noun's phrase ends right before the verb */
        for (int32_t i = n + 1; i < v && next; i++)
            next = descends(s, i, n) && s->tok[i].upos != DYAD_UPOS_PUNCT;
        if (!next)
            continue;
        vt->head = time_root ? 0 : s->tok[n].head;
        vt->deprel = time_root ? "root" : "ccomp";
        vt->xpos = "VBD";
        s->tok[n].head = v + 1;
        s->tok[n].deprel = "nsubj";
        for (int32_t i = v + 1; i < s->n; i++) /* words after the verb the noun (root) held */
            if (s->tok[i].head == n + 1 || (time_root && s->tok[i].head == r + 1))
                s->tok[i].head = v + 1;
        if (time_root) {
            s->tok[r].head = v + 1;
            s->tok[r].deprel = "advmod";
        }
    }
}

/* "Talks collapsed after Israel and Hamas traded rocket fire.", "Fighting resumed after the
 * army shelled rebel positions." parsed as a prepositional phrase: "after" the case of the
 * subject (an obl of the main verb) or of the object (the subject its compound), the past
 * tense (a verb, a lower-case adjective in -ed, or a past tense with no -ed,
 * dyad_past_tense_lemma) an amod of the object (the object an obl of the main verb or an
 * apposition of the subject; the subject a compound or amod of the object). After a subordinating word (after, before,
 * since, until, once), a noun phrase, the past tense and a noun phrase with no preposition,
 * the three are a clause: the past tense becomes the main verb's advcl, the word its mark,
 * the noun before it its subject, the noun it modified its object (subordinate_past_tenses).
 * Participles that modify nouns as often as not ("armed", "alleged") are left alone. */
void dyad_repair_subordinate_past_tenses(dyad_sentence *s)
{
    static const char *const marks[] = {"after", "before", "since", "until", "once"};
    static const char *const adjectives[] = {"armed",  "alleged", "suspected", "unidentified",
                                             "masked", "united",  "elected",   "retired",
                                             "based",  "related", "occupied",  "disputed"};
    for (int32_t v = 1; v + 1 < s->n; v++) {
        dyad_token *vt = &s->tok[v];
        const char *f = vt->form ? vt->form : "";
        int32_t o = vt->head - 1, x = v - 1;
        bool irregular = dyad_past_tense_lemma(f) != NULL;
        if (!is(vt->deprel, "amod") || o <= v || !(f[0] >= 'a' && f[0] <= 'z') ||
            word_in(f, adjectives, sizeof adjectives / sizeof *adjectives) ||
            !((vt->upos == DYAD_UPOS_VERB && (is(vt->xpos, "VBD") || is(vt->xpos, "VBN"))) ||
              ed_adjective(vt) || (irregular && vt->upos == DYAD_UPOS_ADJ)))
            continue;
        int ux = s->tok[x].upos, uo = s->tok[o].upos;
        if ((ux != DYAD_UPOS_NOUN && ux != DYAD_UPOS_PROPN) ||
            (uo != DYAD_UPOS_NOUN && uo != DYAD_UPOS_PROPN))
            continue;
        x = subject_head(s, x, v);
        /* the phrase that holds the subordinating word: the subject (an obl of the main verb),
         * or the object with the subject its compound */
        bool under_o = (is(s->tok[x].deprel, "compound") || is(s->tok[x].deprel, "amod")) &&
                       s->tok[x].head == o + 1;
        int32_t p = is(s->tok[x].deprel, "obl") ? x : under_o ? o : -1;
        int32_t m = p >= 0 ? s->tok[p].head - 1 : -1, c = -1;
        if (m < 0 || m >= left_edge(s, x) || s->tok[m].upos != DYAD_UPOS_VERB ||
            !rel_is(s->tok[p].deprel, "obl") ||
            (p == x && s->tok[o].head != m + 1 && s->tok[o].head != x + 1))
            continue;
        for (int32_t i = 0; i < x; i++)
            if (s->tok[i].head == p + 1 && is(s->tok[i].deprel, "case"))
                c = i;
        if (c < 0 || !word_in(s->tok[c].form, marks, sizeof marks / sizeof *marks) ||
            c > left_edge(s, x))
            continue;
        bool ok = true; /* only the object's own modifiers between the verb and it */
        for (int32_t i = v + 1; i < o && ok; i++)
            ok = descends(s, i, o) && s->tok[i].upos != DYAD_UPOS_PUNCT;
        for (int32_t i = 0; i < s->n && ok; i++) /* nothing case-marks the object itself */
            ok = !(s->tok[i].head == o + 1 && is(s->tok[i].deprel, "case") && i != c);
        if (!ok)
            continue;
        for (int32_t i = c + 1; i < x; i++) /* the subject's words the object held */
            if (s->tok[i].head == o + 1)
                s->tok[i].head = x + 1;
        vt->head = m + 1;
        vt->deprel = "advcl";
        vt->upos = DYAD_UPOS_VERB;
        vt->xpos = "VBD";
        if (irregular)
            vt->lemma = dyad_past_tense_lemma(f);
        s->tok[c].head = v + 1;
        s->tok[c].deprel = "mark";
        s->tok[c].upos = DYAD_UPOS_SCONJ;
        s->tok[x].head = v + 1;
        s->tok[x].deprel = "nsubj";
        s->tok[o].head = v + 1;
        s->tok[o].deprel = "obj";
    }
}
