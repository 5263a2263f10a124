/* parse_repair_clauses.c — reported and subordinate clauses the parser cut apart or read as
 * phrases, and attributions at a sentence's start or end (see parse_repair.c).
 *
 * Reported clauses split in two. "Officials claimed the army had attacked journalists" parsed
 * with "the army" as the object of "claimed" and "had attacked" as its conjunct, though no
 * conjunction joins them: a conjunct with no "and" / "or" / comma of its own and no subject,
 * whose auxiliary comes right after the object of a verb with a subject of its own, is the
 * reported clause (ccomp) and the object its subject.
 *
 * Attributions at the end of a sentence. "..., the official news agency WFNA said on Thursday."
 * parsed with "said" as a relative clause (acl) of a noun before the comma, or of the noun
 * phrase that is its own subject ("the agency [WFNA said]"). When a reporting verb with no
 * object or complement of its own closes the sentence after a comma, and only a noun phrase
 * stands between that comma and the verb, the verb is a parataxis of the root and the noun
 * phrase its subject (a name right after the head noun its apposition). A parser may also
 * hang such a verb as a conjunct or adverbial clause of the first verb, with no conjunction or
 * marker of its own: read the same way.
 *
 * Attributions tagged as nouns. ", Reuters reports." with "reports" a plural noun conjoined to
 * the object: the reporting word closing the sentence is a verb (reporting_nouns), which the
 * attribution repair above then reads.
 *
 * Clauses read as phrases. "Police shot a protester as demonstrations continued" parsed with
 * "as" the preposition of "demonstrations" and "continued" a participle of it: the verb heads
 * an adverbial clause with the noun as its subject (clauses_as_phrases).
 *
 * "According to X, ..." opening a sentence, parsed with "According" the root: the clause after
 * the comma is the root, X its oblique (according_to).
 *
 * Gerunds as the subjects of reported clauses: "wrote | denying X citizenship | violated the
 * Amendment" with the gerund an xcomp of "wrote" (gerund_clause_subjects). */
#include "nlp/parse_repair_internal.h"

#include <strings.h>

/* The last word of w's phrase (its rightmost descendant). */
static int32_t last_word(const dyad_sentence *s, int32_t w)
{
    int32_t hi = w;
    for (int guard = 0; guard < 64; guard++) {
        int32_t next = hi;
        for (int32_t i = hi + 1; i < s->n; i++)
            if (s->tok[i].head == hi + 1)
                next = i;
        if (next == hi)
            return hi;
        hi = next;
    }
    return hi;
}

/* Verbs that attribute what the sentence says to a source. */
static bool reporting_lemma(const char *l)
{
    static const char *const verbs[] = {"say", "report", "announce", "state", "add", "confirm"};
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        if (is(l, verbs[i]))
            return true;
    return false;
}

void dyad_repair_split_reports(dyad_sentence *s)
{
    for (int32_t w = 0; w < s->n; w++) {
        dyad_token *t = &s->tok[w];
        if (!is(t->deprel, "conj") || t->upos != DYAD_UPOS_VERB || t->head < 1)
            continue;
        int32_t v = t->head - 1, o = -1, aux = -1;
        for (int32_t k = 0; k < s->n; k++) {
            if (s->tok[k].head == v + 1 && is(s->tok[k].deprel, "obj") && k < w)
                o = k;
            if (s->tok[k].head == w + 1 && rel_is(s->tok[k].deprel, "aux") && k < w &&
                (aux < 0 || k < aux))
                aux = k;
        }
        if (o < 0 || aux < 0 || last_word(s, o) + 1 != aux || !has_kid(s, v, "nsubj") ||
            has_kid(s, w, "cc") ||
            has_kid(s, w, "nsubj") || has_kid(s, w, "punct") || s->tok[o].upos == DYAD_UPOS_PRON)
            continue;
        bool first = true; /* the auxiliary opens w's phrase: nothing of w's before it */
        for (int32_t k = 0; k < aux && first; k++)
            first = s->tok[k].head != w + 1;
        if (!first)
            continue;
        s->tok[o].head = w + 1;
        s->tok[o].deprel = "nsubj";
        t->deprel = "ccomp";
    }
}

/* ", Reuters reports." with "reports" tagged a plural noun: a reporting word in the third person
 * closing the sentence after a comma and a noun phrase is the verb of an attribution, retagged
 * so that final_attributions reads it. */
void dyad_repair_reporting_nouns(dyad_sentence *s)
{
    static const char *const forms[][2] = {{"reports", "report"}, {"says", "say"},
                                           {"writes", "write"},   {"notes", "note"},
                                           {"adds", "add"},       {"claims", "claim"}};
    int32_t v = s->n - 1;
    while (v > 0 && s->tok[v].upos == DYAD_UPOS_PUNCT)
        v--;
    if (v < 2 || s->tok[v].upos != DYAD_UPOS_NOUN || !s->tok[v].form)
        return;
    int u = s->tok[v - 1].upos;
    if (u != DYAD_UPOS_PROPN && u != DYAD_UPOS_NOUN)
        return;
    for (size_t k = 0; k < sizeof forms / sizeof *forms; k++)
        if (strcasecmp(s->tok[v].form, forms[k][0]) == 0) {
            s->tok[v].upos = DYAD_UPOS_VERB;
            s->tok[v].xpos = "VBZ";
            s->tok[v].lemma = forms[k][1];
            s->tok[v].deprel = "acl";
            return;
        }
}

void dyad_repair_final_attributions(dyad_sentence *s)
{
    int32_t root = -1, v = -1;
    for (int32_t i = 0; i < s->n; i++) {
        if (s->tok[i].head == 0)
            root = i;
        if (s->tok[i].upos == DYAD_UPOS_VERB)
            v = i; /* the last verb */
    }
    /* a relative clause, or a conjunct or adverbial clause with no conjunction or marker
     * ("..., a senior official said on Saturday." with "said" a conjunct of the first verb) */
    bool bare = v >= 0 && (is(s->tok[v].deprel, "conj") || is(s->tok[v].deprel, "advcl")) &&
                !has_kid(s, v, "cc") && !has_kid(s, v, "mark");
    if (root < 0 || v < 0 || v < root || !reporting_lemma(s->tok[v].lemma) ||
        (!rel_is(s->tok[v].deprel, "acl") && !bare) || has_kid(s, v, "obj") ||
        has_kid(s, v, "ccomp") ||
        has_kid(s, v, "xcomp") || has_kid(s, v, "iobj"))
        return;
    int32_t c = v - 1; /* the comma before the noun phrase */
    while (c > root && noun_phrase_word(&s->tok[c]))
        c--;
    if (c <= root || c >= v - 1 || !is(s->tok[c].form, ","))
        return;
    if (bare && s->tok[v].head - 1 > c && s->tok[v].head - 1 < v)
        return; /* a conjunct of its own noun phrase's words */
    for (int32_t i = v + 1; i < s->n; i++) { /* after the verb: its own words, then punctuation */
        bool under = false;
        for (int32_t w = i, g = 0; w >= 0 && g < 64 && !under; w = s->tok[w].head - 1, g++)
            under = w == v;
        if (!under && s->tok[i].upos != DYAD_UPOS_PUNCT)
            return;
    }
    int32_t h = -1, subj = -1; /* the phrase's head (hung outside it), the verb's subject */
    for (int32_t i = c + 1; i < v; i++) {
        int32_t hd = s->tok[i].head - 1;
        if (hd == v && is(s->tok[i].deprel, "nsubj"))
            subj = subj < 0 ? i : -2;
        else if (hd < c + 1 || hd >= v)
            h = h < 0 ? i : -2;
    }
    if (h == -2 || subj == -2 || (h < 0 && subj < 0))
        return;
    if (h >= 0 && subj >= 0) { /* "the agency | WFNA said": the name is the agency's */
        if (subj < h || s->tok[subj].upos != DYAD_UPOS_PROPN)
            return;
        s->tok[subj].head = h + 1;
        s->tok[subj].deprel = "appos";
    }
    if (h < 0)
        h = subj;
    s->tok[h].head = v + 1;
    s->tok[h].deprel = "nsubj";
    s->tok[v].head = root + 1;
    s->tok[v].deprel = "parataxis";
    s->tok[c].head = v + 1;
    s->tok[c].deprel = "punct";
}

/* "shot a protester as demonstrations continued": a subordinating "as", "after", "before",
 * "while", "until" or "since" the parser read as the preposition of a noun, the verb after it
 * as a participle modifying that noun. A noun with such a case word and a participle clause
 * (acl) right after it, with no object, auxiliary or subject of its own, is the subject of an
 * adverbial clause: the verb (a past tense) becomes an advcl of the noun's head, the noun its
 * subject, the case word its mark. */
void dyad_repair_clauses_as_phrases(dyad_sentence *s)
{
    static const char *const marks[] = {"as", "after", "before", "while", "until", "since"};
    for (int32_t n = 0; n + 1 < s->n; n++) {
        dyad_token *t = &s->tok[n];
        int32_t c = -1, v = -1;
        for (int32_t i = 0; i < s->n; i++) {
            if (s->tok[i].head != n + 1)
                continue;
            if (i < n && rel_is(s->tok[i].deprel, "case"))
                c = i;
            if (i > n && is(s->tok[i].deprel, "acl") && v < 0)
                v = i;
        }
        /* ... or the verb right after the noun, hung elsewhere with no subject ("as protests
         * | continue" with "continue" an xcomp of the main verb) */
        bool beside = false; /* the verb hung elsewhere, not as the noun's clause */
        if (v < 0 && c >= 0 && s->tok[n + 1].upos == DYAD_UPOS_VERB &&
            (is(s->tok[n + 1].xpos, "VBP") || is(s->tok[n + 1].xpos, "VBZ") ||
             is(s->tok[n + 1].xpos, "VBD")) &&
            (is(s->tok[n + 1].deprel, "xcomp") || is(s->tok[n + 1].deprel, "conj") ||
             is(s->tok[n + 1].deprel, "dep") || is(s->tok[n + 1].deprel, "parataxis") ||
             is(s->tok[n + 1].deprel, "advmod") || is(s->tok[n + 1].deprel, "advcl")))
            v = n + 1, beside = true;
        if (c < 0 || v < 0 || t->head <= 0 ||
            (!rel_is(t->deprel, "nmod") && !rel_is(t->deprel, "obl")))
            continue;
        bool mark = word_in(s->tok[c].form, marks, sizeof marks / sizeof *marks);
        dyad_token *vt = &s->tok[v];
        bool finite = is(vt->xpos, "VBP") || is(vt->xpos, "VBZ");
        if (!mark || vt->upos != DYAD_UPOS_VERB ||
            (!is(vt->xpos, "VBN") && !is(vt->xpos, "VBD") && !finite) ||
            (!beside && has_kid(s, v, "obj")) || has_kid(s, v, "aux") ||
            has_kid(s, v, "aux:pass") || has_kid(s, v, "nsubj") || has_kid(s, v, "mark"))
            continue;
        int32_t up = t->head - 1; /* the noun's head: the clause's head is the predicate above */
        while (up >= 0 && s->tok[up].upos != DYAD_UPOS_VERB && s->tok[up].head > 0 &&
               !rel_is(s->tok[up].deprel, "root"))
            up = s->tok[up].head - 1;
        vt->head = up + 1;
        vt->deprel = "advcl";
        if (!finite)
            vt->xpos = "VBD";
        t->head = v + 1;
        t->deprel = "nsubj";
        s->tok[c].head = v + 1;
        s->tok[c].deprel = "mark";
        s->tok[c].upos = DYAD_UPOS_SCONJ;
    }
}

/* "According to al-Eryani, the rebels are backed by Iran." parsed with "According" the root
 * verb and the clause after the comma hung from the name: "according to" is the case of its
 * noun, which is an oblique of the clause's verb, the sentence's root (UD). */
void dyad_repair_according_to(dyad_sentence *s)
{
    if (s->n < 5 || !s->tok[0].form || strcasecmp(s->tok[0].form, "according") != 0 ||
        !s->tok[1].form || strcasecmp(s->tok[1].form, "to") != 0 || s->tok[0].head != 0)
        return;
    int32_t c = 2, x = -1, v = -1;
    while (c < s->n && !is(s->tok[c].form, ","))
        c++;
    for (int32_t i = 2; i < c; i++)
        if (s->tok[i].head == 1 && (s->tok[i].upos == DYAD_UPOS_PROPN ||
                                    s->tok[i].upos == DYAD_UPOS_NOUN ||
                                    s->tok[i].upos == DYAD_UPOS_PRON))
            x = x < 0 ? i : x;
    for (int32_t i = c + 1; i < s->n && v < 0; i++) /* the clause's head: a verb hung before it */
        if ((s->tok[i].upos == DYAD_UPOS_VERB || s->tok[i].upos == DYAD_UPOS_AUX) &&
            s->tok[i].head - 1 <= c)
            v = i;
    if (x < 0 || v < 0 || c >= s->n)
        return;
    for (int32_t i = 0; i < s->n; i++) /* the root's other dependents go to the clause */
        if (s->tok[i].head == 1 && i != x && i != 1)
            s->tok[i].head = v + 1;
    s->tok[v].head = 0;
    s->tok[v].deprel = "root";
    s->tok[x].head = v + 1;
    s->tok[x].deprel = "obl";
    s->tok[0].head = x + 1;
    s->tok[0].deprel = "case";
    s->tok[0].upos = DYAD_UPOS_VERB;
    s->tok[1].head = 1;
    s->tok[1].deprel = "fixed";
    s->tok[c].head = v + 1;
    s->tok[c].deprel = "punct";
}

/* "Waddoups wrote denying American Samoans citizenship violated the Fourteenth Amendment"
 * parsed with "denying" an xcomp of "wrote" and "violated" a reported clause with no subject:
 * the gerund is what the clause is about. A gerund xcomp of a verb, followed after its own
 * words by a finite reported clause (ccomp) of the same verb that has no subject, is that
 * clause's subject (csubj; gerund_clause_subjects). */
void dyad_repair_gerund_clause_subjects(dyad_sentence *s)
{
    for (int32_t g = 1; g + 1 < s->n; g++) {
        dyad_token *gt = &s->tok[g];
        int32_t v = gt->head - 1, c = -1;
        if (gt->upos != DYAD_UPOS_VERB || !is(gt->xpos, "VBG") || !is(gt->deprel, "xcomp") ||
            v < 0 || v > g)
            continue;
        for (int32_t i = g + 1; i < s->n && c < 0; i++)
            if (s->tok[i].head == v + 1 && is(s->tok[i].deprel, "ccomp"))
                c = i;
        if (c < 0 || !finite_tag(s->tok[c].xpos) || has_kid(s, c, "nsubj") ||
            has_kid(s, c, "csubj") || has_kid(s, c, "mark"))
            continue;
        bool own = true; /* the words between the gerund and the clause are the gerund's */
        for (int32_t i = g + 1; i < c && own; i++)
            own = s->tok[i].upos != DYAD_UPOS_PUNCT && descends(s, i, g);
        if (!own)
            continue;
        gt->head = c + 1;
        gt->deprel = "csubj";
    }
}
