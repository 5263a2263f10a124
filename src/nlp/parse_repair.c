/* parse_repair.c — what the tags and the words of a parsed sentence already decide, made to
 * agree with the tree after the parser. Fifteen repairs, each a construction of news:
 *
 * Reduced passives. Headlines drop the auxiliary of a passive: "Opposition leader sentenced to
 * ten years". The tagger reads the participle (VBN), but the parser, trained on text where a
 * passive has "was" or "been", labels its subject nsubj, so the act reads as done by the one
 * it is done to. In a headline (a title paragraph, or a sentence with no final full stop,
 * question or exclamation mark) a participle with a subject and no auxiliary, copula, object
 * or clausal complement is a passive: its subject becomes nsubj:pass, as UD annotates such
 * headlines. In running text such a participle is more often a past tense the tagger misread
 * ("The Dow then rallied"), so it is left alone.
 *
 * Participles hung from a noun root. "Two activists | detained in Minsk" (root "activists",
 * acl "detained"), when nothing else in the sentence is a predicate: the participle becomes the
 * root. In a headline the noun is its passive subject; in running text the participle is a
 * misread past tense ("Protests | continued in Baghdad."), retagged VBD, the noun its active
 * subject.
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
 * phrase its subject (a name right after the head noun its apposition).
 *
 * Finite verbs hung from the subject. "Tropical Storm Ana | strengthened overnight." parsed
 * with the name as root and the verb as a relative clause of it, or "Fewer than two hundred |
 * marched" with the verb as a conjunct of a quantity, with no relative word and no subject:
 * the verb is the root and the noun (or quantity) its subject. Where the verb has a subject
 * right after the root noun and a complement of its own ("The Emergencies | Ministry said
 * ..."), the root was a modifier split off that subject: it becomes the subject's compound
 * (without a complement it is a relative clause whose object is the root: "the town rebels
 * seized").
 *
 * Participles as nouns. "Police arrested the accused in Santiago" parsed with "the" as the
 * object and "accused" a clause of it: a participle after "the" with no object or subject of
 * its own is the noun of that phrase (participle_nouns).
 *
 * Clauses read as phrases. "Police shot a protester as demonstrations continued" parsed with
 * "as" the preposition of "demonstrations" and "continued" a participle of it: the verb heads
 * an adverbial clause with the noun as its subject (clauses_as_phrases).
 *
 * Past tenses read as modifiers. "Kenyan troops fired rockets at rebels." parsed with "fired" an
 * amod of "rockets" and a noun the root: in running text with no other verb, the participle
 * between two noun phrases is the predicate (amod_verbs); where the two noun phrases are
 * siblings ("militants | wounded policemen, officials said", both complements of "said"),
 * the -ed word is their clause's verb (split_clauses).
 *
 * Attributions tagged as nouns. ", Reuters reports." with "reports" a plural noun conjoined to
 * the object: the reporting word closing the sentence is a verb (reporting_nouns), which the
 * attribution repair above then reads.
 *
 * Names inside titles. "Secretary of State Antony Blinken" parsed with the name inside the
 * of-phrase: the name heads the phrase, the title is its compound (names_in_titles).
 *
 * Bare infinitives. "helping rebels join a group" with "join" hung from the main verb: the
 * infinitive after the object of help, let or make is that verb's complement
 * (bare_infinitives).
 *
 * "According to X, ..." opening a sentence, parsed with "According" the root: the clause after
 * the comma is the root, X its oblique (according_to).
 *
 * Headline verbs tagged as plural nouns. "New Hampshire crash kills seven" with "kills" a noun:
 * with no finite verb, a lower-case -s plural between a noun and a number or determiner is the
 * verb (noun_tagged_verbs). */
#include "nlp/parse_repair.h"

#include <string.h>
#include <strings.h>

static bool is(const char *s, const char *want)
{
    return s && strcmp(s, want) == 0;
}

/* Starts with want, then ends or goes on with ':' (a subtype). */
static bool rel_is(const char *s, const char *want)
{
    size_t n = strlen(want);
    return s && strncmp(s, want, n) == 0 && (s[n] == 0 || s[n] == ':');
}

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

static void reduced_passives(dyad_sentence *s)
{
    for (int32_t v = 0; v < s->n; v++) {
        const dyad_token *t = &s->tok[v];
        if (!is(t->xpos, "VBN") || t->upos != DYAD_UPOS_VERB || rel_is(t->deprel, "amod") ||
            rel_is(t->deprel, "acl") || rel_is(t->deprel, "xcomp"))
            continue;
        int32_t subj = -1;
        bool blocked = false;
        for (int32_t k = 0; k < s->n && !blocked; k++) {
            if (s->tok[k].head != v + 1)
                continue;
            const char *r = s->tok[k].deprel;
            if (is(r, "nsubj"))
                subj = subj < 0 ? k : subj;
            else if (rel_is(r, "aux") || rel_is(r, "cop") || rel_is(r, "obj") ||
                     rel_is(r, "iobj") || rel_is(r, "ccomp") || rel_is(r, "xcomp") ||
                     rel_is(r, "nsubj") || rel_is(r, "csubj") || rel_is(r, "expl"))
                blocked = true;
        }
        if (subj >= 0 && !blocked)
            s->tok[subj].deprel = "nsubj:pass";
    }
}

/* Word k (0-based) has a dependent with this relation (or a subtype of it). */
static bool has_kid(const dyad_sentence *s, int32_t k, const char *rel)
{
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].head == k + 1 && rel_is(s->tok[i].deprel, rel))
            return true;
    return false;
}

/* Word i is inside the subtree of word a (bounded: no cycles). */
static bool descends(const dyad_sentence *s, int32_t i, int32_t a)
{
    for (int guard = 0; guard < 64 && i >= 0; guard++) {
        if (i == a)
            return true;
        i = s->tok[i].head - 1;
    }
    return false;
}

/* A noun root whose only predicate is a bare participle hung from it as acl: the participle
 * becomes the root. In a headline it is a passive ("Two journalists detained in Minsk"); in
 * running text such a sentence is a past tense the tagger took for a participle ("Protests
 * continued in Baghdad.", "Rebels seized the town."), so it is retagged VBD and the noun is
 * its active subject. */
static void participle_roots(dyad_sentence *s, bool headline)
{
    int32_t r = -1, v = -1, kids = 0;
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].head == 0)
            r = r < 0 ? i : -2;
    if (r < 0)
        return;
    int ru = s->tok[r].upos;
    if ((ru != DYAD_UPOS_NOUN && ru != DYAD_UPOS_PROPN) || has_kid(s, r, "cop"))
        return;
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].head == r + 1 && s->tok[i].upos == DYAD_UPOS_VERB)
            v = i, kids++;
    if (kids != 1)
        return;
    /* the participle is the only predicate: other verbs are inside its own clause ("donated
     * blood in a bid to assist") */
    for (int32_t i = 0; i < s->n; i++)
        if (i != v && (s->tok[i].upos == DYAD_UPOS_VERB || s->tok[i].upos == DYAD_UPOS_AUX) &&
            !is(s->tok[i].deprel, "amod") && !descends(s, i, v)) /* "murdered" star: a modifier */
            return;
    if (v < r || !is(s->tok[v].xpos, "VBN") || !is(s->tok[v].deprel, "acl") ||
        has_kid(s, v, "nsubj") || has_kid(s, v, "aux") || has_kid(s, v, "ccomp") ||
        has_kid(s, v, "xcomp") || (headline && has_kid(s, v, "obj")))
        return;
    for (int32_t i = r + 1; i < v; i++) /* the noun phrase ends right before the verb */
        if (s->tok[i].upos == DYAD_UPOS_PUNCT ||
            (s->tok[i].upos == DYAD_UPOS_VERB && !is(s->tok[i].deprel, "amod")))
            return;
    s->tok[v].head = 0;
    s->tok[v].deprel = "root";
    s->tok[r].head = v + 1;
    s->tok[r].deprel = headline ? "nsubj:pass" : "nsubj";
    if (!headline)
        s->tok[v].xpos = "VBD";
    for (int32_t i = v + 1; i < s->n; i++) /* punctuation after the participle is the clause's */
        if (s->tok[i].head == r + 1 && s->tok[i].upos == DYAD_UPOS_PUNCT)
            s->tok[i].head = v + 1;
}

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

static void split_reports(dyad_sentence *s)
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

/* Verbs that attribute what the sentence says to a source. */
static bool reporting_lemma(const char *l)
{
    static const char *const verbs[] = {"say", "report", "announce", "state", "add", "confirm"};
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
        if (is(l, verbs[i]))
            return true;
    return false;
}

static bool in_noun_phrase(const dyad_token *t)
{
    return t->upos == DYAD_UPOS_DET || t->upos == DYAD_UPOS_ADJ || t->upos == DYAD_UPOS_NOUN ||
           t->upos == DYAD_UPOS_PROPN || t->upos == DYAD_UPOS_NUM;
}

/* ", Reuters reports." with "reports" tagged a plural noun: a reporting word in the third person
 * closing the sentence after a comma and a noun phrase is the verb of an attribution, retagged
 * so that final_attributions reads it. */
static void reporting_nouns(dyad_sentence *s)
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

static void final_attributions(dyad_sentence *s)
{
    int32_t root = -1, v = -1;
    for (int32_t i = 0; i < s->n; i++) {
        if (s->tok[i].head == 0)
            root = i;
        if (s->tok[i].upos == DYAD_UPOS_VERB)
            v = i; /* the last verb */
    }
    if (root < 0 || v < 0 || v < root || !reporting_lemma(s->tok[v].lemma) ||
        !rel_is(s->tok[v].deprel, "acl") || has_kid(s, v, "obj") || has_kid(s, v, "ccomp") ||
        has_kid(s, v, "xcomp") || has_kid(s, v, "iobj"))
        return;
    int32_t c = v - 1; /* the comma before the noun phrase */
    while (c > root && in_noun_phrase(&s->tok[c]))
        c--;
    if (c <= root || c >= v - 1 || !is(s->tok[c].form, ","))
        return;
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

/* Verb v has a finite auxiliary ("was arrested", "has said"): v heads a finite clause. */
static bool finite_aux(const dyad_sentence *s, int32_t v)
{
    for (int32_t i = 0; i < v; i++)
        if (s->tok[i].head == v + 1 && rel_is(s->tok[i].deprel, "aux") &&
            (is(s->tok[i].xpos, "VBD") || is(s->tok[i].xpos, "VBZ") || is(s->tok[i].xpos, "VBP") ||
             is(s->tok[i].xpos, "MD")))
            return true;
    return false;
}

/* A finite verb the parser hung from the noun root as a relative clause with no relative word
 * and no subject of its own ("Tropical Storm Humberto | upgraded to hurricane status."): the
 * verb is the sentence's predicate and the noun its subject. */
static void finite_under_root(dyad_sentence *s)
{
    static const char *const rel_words[] = {"who", "whom", "whose", "which", "that", "where",
                                            "when", "why", "what"};
    int32_t r = -1;
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].head == 0)
            r = r < 0 ? i : -2;
    if (r < 0)
        return;
    int ru = s->tok[r].upos;
    if ((ru != DYAD_UPOS_NOUN && ru != DYAD_UPOS_PROPN && ru != DYAD_UPOS_NUM &&
         ru != DYAD_UPOS_ADJ) ||
        has_kid(s, r, "cop"))
        return;
    int32_t v = -1;
    for (int32_t i = r + 1; i < s->n; i++) {
        const dyad_token *t = &s->tok[i];
        if (t->head != r + 1 || t->upos != DYAD_UPOS_VERB ||
            !(rel_is(t->deprel, "acl") || is(t->deprel, "conj") || is(t->deprel, "dep")))
            continue;
        if (!is(t->xpos, "VBD") && !is(t->xpos, "VBZ") && !is(t->xpos, "VBP") &&
            !finite_aux(s, i))
            continue;
        v = v < 0 ? i : -2;
    }
    if (v < 0 || has_kid(s, v, "csubj") || has_kid(s, v, "mark"))
        return;
    int32_t subj = -1; /* "The Emergencies | Ministry said": the root is the subject's modifier */
    bool pass = false;
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].head == v + 1 && (is(s->tok[i].deprel, "nsubj") ||
                                        is(s->tok[i].deprel, "nsubj:pass")))
            subj = i, pass = is(s->tok[i].deprel, "nsubj:pass");
    /* "the town rebels seized": a relative clause whose object is the root; a passive has no
     * such reading ("Chilean lawyer | Ana Rojas was arrested") */
    if (subj >= 0 && (subj != r + 1 || ru == DYAD_UPOS_NUM || ru == DYAD_UPOS_ADJ ||
                      s->tok[subj].upos == DYAD_UPOS_PRON ||
                      !(pass || has_kid(s, v, "obj") || has_kid(s, v, "ccomp") ||
                        has_kid(s, v, "xcomp"))))
        return;
    for (int32_t i = r + 1; i < v; i++) /* the noun phrase ends right before the verb */
        if (s->tok[i].upos == DYAD_UPOS_PUNCT || s->tok[i].upos == DYAD_UPOS_VERB)
            return;
    for (int32_t i = 0; i < s->n; i++) {
        if (s->tok[i].head != v + 1)
            continue;
        const char *f = s->tok[i].form ? s->tok[i].form : "";
        for (size_t k = 0; k < sizeof rel_words / sizeof rel_words[0]; k++)
            if (strcasecmp(f, rel_words[k]) == 0)
                return;
    }
    s->tok[v].head = 0;
    s->tok[v].deprel = "root";
    for (int32_t i = v + 1; i < s->n; i++)
        if (s->tok[i].head == r + 1 && s->tok[i].upos == DYAD_UPOS_PUNCT)
            s->tok[i].head = v + 1;
    if (subj < 0) {
        s->tok[r].head = v + 1;
        s->tok[r].deprel = "nsubj";
        return;
    }
    for (int32_t i = 0; i < r; i++) /* "The", "Kenyan" of the split phrase go to its head */
        if (s->tok[i].head == r + 1)
            s->tok[i].head = subj + 1;
    s->tok[r].head = subj + 1;
    s->tok[r].deprel = "compound";
}

/* A nominal relation: the word heads an argument or a modifier noun phrase. */
static bool nominal_rel(const char *r)
{
    return rel_is(r, "nsubj") || rel_is(r, "obj") || rel_is(r, "iobj") || rel_is(r, "obl") ||
           rel_is(r, "nmod") || rel_is(r, "conj") || rel_is(r, "appos");
}

/* "the accused", "the wounded", "the detained": a participle after "the" heading its own noun
 * phrase, which the parser made a clause (acl) or modifier of the determiner, the determiner
 * standing as the argument. The participle becomes the phrase's noun, the determiner its det,
 * the participle's own dependents ("the accused in the case") its noun modifiers. */
static void participle_nouns(dyad_sentence *s)
{
    for (int32_t d = 0; d + 1 < s->n; d++) {
        dyad_token *det = &s->tok[d], *p = &s->tok[d + 1];
        /* under the determiner, or beside it with the same relation ("The wounded were") */
        bool under = p->head == d + 1 && (is(p->deprel, "acl") || is(p->deprel, "amod"));
        bool beside = p->head == det->head && det->deprel && is(p->deprel, det->deprel);
        if (det->upos != DYAD_UPOS_DET || !det->lemma || strcasecmp(det->lemma, "the") != 0 ||
            !nominal_rel(det->deprel) || (!under && !beside) || !is(p->xpos, "VBN") ||
            has_kid(s, d + 1, "obj") || has_kid(s, d + 1, "nsubj") ||
            has_kid(s, d + 1, "ccomp") || has_kid(s, d + 1, "xcomp") ||
            (d + 2 < s->n && s->tok[d + 2].head == d + 2 &&
             (s->tok[d + 2].upos == DYAD_UPOS_NOUN || s->tok[d + 2].upos == DYAD_UPOS_PROPN)))
            continue;
        p->head = det->head;
        p->deprel = det->deprel;
        p->lemma = p->form; /* the noun "accused", not the verb "accuse" */
        p->upos = DYAD_UPOS_NOUN;
        p->xpos = "NN";
        det->head = d + 2;
        det->deprel = "det";
        for (int32_t i = 0; i < s->n; i++) {
            if (i == d || i == d + 1)
                continue;
            if (s->tok[i].head == d + 1) /* the determiner's other dependents */
                s->tok[i].head = d + 2;
            if (s->tok[i].head == d + 2 && rel_is(s->tok[i].deprel, "obl"))
                s->tok[i].deprel = "nmod";
        }
    }
}

/* "shot a protester as demonstrations continued": a subordinating "as", "after", "before",
 * "while", "until" or "since" the parser read as the preposition of a noun, the verb after it
 * as a participle modifying that noun. A noun with such a case word and a participle clause
 * (acl) right after it, with no object, auxiliary or subject of its own, is the subject of an
 * adverbial clause: the verb (a past tense) becomes an advcl of the noun's head, the noun its
 * subject, the case word its mark. */
static void clauses_as_phrases(dyad_sentence *s)
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
        if (c < 0 || v < 0 || t->head <= 0 || (!rel_is(t->deprel, "nmod") && !rel_is(t->deprel, "obl")))
            continue;
        bool mark = false;
        for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
            mark |= s->tok[c].form && strcasecmp(s->tok[c].form, marks[k]) == 0;
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

/* The sentence has a word that can head a clause of its own: a verb or auxiliary in a finite
 * or base form, other than word skip. */
static bool other_predicate(const dyad_sentence *s, int32_t skip)
{
    static const char *const finite[] = {"VBD", "VBZ", "VBP", "MD", "VB"};
    for (int32_t i = 0; i < s->n; i++) {
        if (i == skip || (s->tok[i].upos != DYAD_UPOS_VERB && s->tok[i].upos != DYAD_UPOS_AUX))
            continue;
        for (size_t k = 0; k < sizeof finite / sizeof *finite; k++)
            if (is(s->tok[i].xpos, finite[k]))
                return true;
    }
    return false;
}

/* A word naming a day: "yesterday", "today", "Monday". */
static bool time_word(const char *f)
{
    static const char *const days[] = {"yesterday", "today", "tonight", "monday", "tuesday",
                                       "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (size_t k = 0; f && k < sizeof days / sizeof *days; k++)
        if (strcasecmp(f, days[k]) == 0)
            return true;
    return false;
}

/* "Kenyan police fired tear gas at protesters." parsed with "fired" a participle modifying
 * "gas" (amod) and "police" the root: in a sentence with no other verb that could be its
 * predicate, a participle between a noun phrase and the noun it modifies is the past-tense
 * predicate, the noun before it its subject and the noun after it its object. The object's
 * at/on/against/into phrases are the verb's obliques ("at protesters"). */
static void amod_verbs(dyad_sentence *s)
{
    static const char *const verb_preps[] = {"at", "on", "against", "into", "toward", "towards"};
    int32_t r = -1;
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].head == 0)
            r = r < 0 ? i : -2;
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
        if ((subj != r && o != r) || (subj == r && s->tok[o].head - 1 != r && s->tok[o].head - 1 != v) ||
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
        for (int32_t i = 0; i < s->n; i++) {
            dyad_token *t = &s->tok[i];
            if (t->head == r + 1 && t->upos == DYAD_UPOS_PUNCT)
                t->head = v + 1;
            if (t->head != o + 1 || i < o || !rel_is(t->deprel, "nmod"))
                continue;
            for (int32_t c = 0; c < s->n; c++)
                if (s->tok[c].head == i + 1 && rel_is(s->tok[c].deprel, "case"))
                    for (size_t k = 0; k < sizeof verb_preps / sizeof *verb_preps; k++)
                        if (s->tok[c].form && strcasecmp(s->tok[c].form, verb_preps[k]) == 0) {
                            t->head = v + 1;
                            t->deprel = "obl";
                        }
        }
        return;
    next:;
    }
}

/* "Basque militants wounded three policemen in an attack, officials said." parsed with
 * "wounded" an adjective of "policemen" and both nouns complements of "said": a word in -ed
 * hung as amod between two sibling noun phrases of the same relation is their clause's verb,
 * the first phrase its subject, the second its object, in the place the first one held. */
static void split_clauses(dyad_sentence *s)
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
        for (int32_t i = n2 + 1; i < s->n; i++) {
            if (s->tok[i].head != n2 + 1 || !rel_is(s->tok[i].deprel, "nmod"))
                continue;
            for (int32_t c = 0; c < i; c++)
                if (s->tok[c].head == i + 1 && rel_is(s->tok[c].deprel, "case"))
                    for (size_t k = 0; k < sizeof verb_preps / sizeof *verb_preps; k++)
                        if (s->tok[c].form && strcasecmp(s->tok[c].form, verb_preps[k]) == 0) {
                            s->tok[i].head = a + 1;
                            s->tok[i].deprel = "obl";
                        }
        }
    }
}

/* A word that names a ministry's or department's field ("State", "Defence", "Foreign"). */
static bool office_word(const char *f)
{
    static const char *const fields[] = {
        "State",     "Defence",   "Defense",     "Foreign",     "Affairs",    "Interior",
        "Justice",   "Finance",   "Health",      "Education",   "Energy",     "Agriculture",
        "Labor",     "Labour",    "Treasury",    "Commerce",    "Trade",      "Transport",
        "Transportation", "Security", "Homeland", "War",        "Home",       "Culture",
        "Environment", "Economy", "Industry",    "Information", "Communications", "Tourism",
        "Sport",     "Sports",    "Housing",     "Development", "Planning",   "Veterans",
        "Mines",     "Petroleum", "Oil",         "Water",       "Works",      "Immigration",
        "Employment", "Welfare",  "Women",       "Youth",       "Navy",       "Army",
        "Staff",     "Police",    "Parliament",  "Congress",    "Commons",    "Lords"};
    for (size_t k = 0; f && k < sizeof fields / sizeof *fields; k++)
        if (strcasecmp(f, fields[k]) == 0)
            return true;
    return false;
}

/* "Secretary of State Antony Blinken met ..." parsed with the name inside the of-phrase
 * ("of State Antony Blinken", "Antony" its head, "State" a compound of it): a title whose
 * of-phrase is a capitalised word followed by a name of two or more words is the name's title
 * (UD: the name heads the phrase). The name takes the title's place, the title becomes its
 * compound, and "of State" stays the title's. */
static void names_in_titles(dyad_sentence *s)
{
    for (int32_t n = 2; n + 1 < s->n; n++) {
        dyad_token *nt = &s->tok[n];
        int32_t t = nt->head - 1, org = n - 1, of = n - 2;
        if (nt->upos != DYAD_UPOS_PROPN || !rel_is(nt->deprel, "nmod") || t < 0 || t >= of ||
            s->tok[t].upos != DYAD_UPOS_PROPN || s->tok[org].head != n + 1 ||
            !is(s->tok[org].deprel, "compound") || s->tok[org].upos != DYAD_UPOS_PROPN ||
            s->tok[of].head != n + 1 || !is(s->tok[of].deprel, "case") ||
            !s->tok[of].form || strcasecmp(s->tok[of].form, "of") != 0)
            continue;
        /* a name of two words ("State | Antony Blinken"), or of one after a ministry's word
         * that is not one itself ("State | Clinton", not "Homeland | Security") */
        bool two = s->tok[n + 1].head == n + 1 && is(s->tok[n + 1].deprel, "flat");
        if (!two && (!office_word(s->tok[org].form) || office_word(nt->form)))
            continue;
        nt->head = s->tok[t].head;
        nt->deprel = s->tok[t].deprel;
        s->tok[t].head = n + 1;
        s->tok[t].deprel = "compound";
        s->tok[org].head = t + 1;
        s->tok[org].deprel = "nmod";
        s->tok[of].head = org + 1;
        for (int32_t i = 0; i < s->n; i++) /* the title's other dependents after the name */
            if (i > n && s->tok[i].head == t + 1 && !is(s->tok[i].deprel, "compound"))
                s->tok[i].head = n + 1;
    }
}

/* "A spokesman for the interior ministry criticised Uganda." parsed with "criticised" a
 * participle of "ministry", deep in the root noun's phrase: a participle with an object (so no
 * passive) hung as acl under a noun of the root's of/for-phrases, the only predicate of the
 * sentence, is its past-tense verb, and the root noun its subject. */
static void deep_participles(dyad_sentence *s)
{
    int32_t r = -1, v = -1;
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].head == 0)
            r = r < 0 ? i : -2;
    if (r < 0 || (s->tok[r].upos != DYAD_UPOS_NOUN && s->tok[r].upos != DYAD_UPOS_PROPN) ||
        has_kid(s, r, "cop"))
        return;
    for (int32_t i = r + 1; i < s->n && v < 0; i++) {
        const dyad_token *t = &s->tok[i];
        int32_t h = t->head - 1;
        if (t->upos != DYAD_UPOS_VERB || !is(t->xpos, "VBN") || !is(t->deprel, "acl") ||
            h == r || h < r || !has_kid(s, i, "obj") || has_kid(s, i, "nsubj") ||
            has_kid(s, i, "aux") || has_kid(s, i, "aux:pass"))
            continue;
        bool chain = true; /* from the verb's noun up to the root through noun modifiers */
        for (int32_t w = h, g = 0; w != r && chain && g < 16; w = s->tok[w].head - 1, g++)
            chain = w > r && rel_is(s->tok[w].deprel, "nmod") && s->tok[w].head > 0;
        if (chain)
            v = i;
    }
    if (v < 0)
        return;
    for (int32_t i = 0; i < s->n; i++)
        if (i != v && (s->tok[i].upos == DYAD_UPOS_VERB || s->tok[i].upos == DYAD_UPOS_AUX) &&
            !is(s->tok[i].deprel, "amod") && !descends(s, i, v))
            return;
    for (int32_t i = r + 1; i < v; i++)
        if (s->tok[i].upos == DYAD_UPOS_PUNCT)
            return;
    s->tok[v].head = 0;
    s->tok[v].deprel = "root";
    s->tok[v].xpos = "VBD";
    s->tok[r].head = v + 1;
    s->tok[r].deprel = "nsubj";
    for (int32_t i = v + 1; i < s->n; i++)
        if (s->tok[i].head == r + 1 && s->tok[i].upos == DYAD_UPOS_PUNCT)
            s->tok[i].head = v + 1;
}

/* "helping rebels join an armed group" parsed with "join" hung from the main verb: a bare
 * infinitive right after the object of help, let, make or see is that verb's complement
 * (xcomp), the object its subject. */
static void bare_infinitives(dyad_sentence *s)
{
    static const char *const verbs[] = {"help", "let", "make", "see", "watch", "hear"};
    for (int32_t v = 2; v < s->n; v++) {
        dyad_token *vt = &s->tok[v];
        int32_t o = v - 1, h = s->tok[o].head - 1;
        if (vt->upos != DYAD_UPOS_VERB || (!is(vt->xpos, "VB") && !is(vt->xpos, "VBP")) ||
            has_kid(s, v, "nsubj") || has_kid(s, v, "mark") || has_kid(s, v, "aux") ||
            !is(s->tok[o].deprel, "obj") || h < 0 || h == v || vt->head == h + 1 ||
            s->tok[h].upos != DYAD_UPOS_VERB || !s->tok[h].lemma)
            continue;
        bool causative = false;
        for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
            causative |= strcasecmp(s->tok[h].lemma, verbs[k]) == 0;
        if (!causative || descends(s, h, v))
            continue;
        vt->head = h + 1;
        vt->deprel = "xcomp";
        vt->xpos = "VB";
    }
}

/* "According to al-Eryani, the rebels are backed by Iran." parsed with "According" the root
 * verb and the clause after the comma hung from the name: "according to" is the case of its
 * noun, which is an oblique of the clause's verb, the sentence's root (UD). */
static void according_to(dyad_sentence *s)
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

static bool nominal_word(const dyad_token *t)
{
    return t->upos == DYAD_UPOS_NOUN || t->upos == DYAD_UPOS_PROPN || t->upos == DYAD_UPOS_ADJ ||
           t->upos == DYAD_UPOS_DET || t->upos == DYAD_UPOS_NUM;
}

/* "Escape room fire kills five girls in Koszalin", "New Hampshire crash kills seven": in a
 * sentence with no finite verb, a lower-case plural noun (NNS) in -s between a noun and a number
 * or determiner is the present-tense verb of a headline. It becomes the root, the noun phrase
 * before it its subject, the one after it its object; what hung from the old root hangs from
 * the verb. */
static void noun_tagged_verbs(dyad_sentence *s)
{
    static const char *const times[] = {"every", "each", "this", "last", "next", "that"};
    for (int32_t i = 0; i < s->n; i++)
        if ((s->tok[i].upos == DYAD_UPOS_VERB || s->tok[i].upos == DYAD_UPOS_AUX) &&
            (is(s->tok[i].xpos, "VBD") || is(s->tok[i].xpos, "VBZ") || is(s->tok[i].xpos, "VBP") ||
             is(s->tok[i].xpos, "MD")))
            return;
    int32_t r = -1;
    for (int32_t i = 0; i < s->n; i++)
        if (s->tok[i].head == 0)
            r = r < 0 ? i : -2;
    for (int32_t t = 1; r >= 0 && t + 1 < s->n; t++) {
        dyad_token *vt = &s->tok[t];
        const char *f = vt->form ? vt->form : "";
        size_t fl = strlen(f);
        int pu = s->tok[t - 1].upos, nu = s->tok[t + 1].upos;
        if (!is(vt->xpos, "NNS") || fl < 4 || f[fl - 1] != 's' || !(f[0] >= 'a' && f[0] <= 'z') ||
            (pu != DYAD_UPOS_NOUN && pu != DYAD_UPOS_PROPN) ||
            (nu != DYAD_UPOS_NUM && nu != DYAD_UPOS_DET))
            continue;
        bool time = false;
        for (size_t k = 0; k < sizeof times / sizeof *times; k++)
            time |= s->tok[t + 1].form && strcasecmp(s->tok[t + 1].form, times[k]) == 0;
        if (time)
            continue;
        int32_t a = t - 1, b = t + 1; /* the noun phrases before and after the verb */
        while (a > 0 && nominal_word(&s->tok[a - 1]))
            a--;
        while (b + 1 < s->n && nominal_word(&s->tok[b + 1]) && s->tok[b + 1].upos != DYAD_UPOS_DET)
            b++;
        int32_t o = b; /* the object's head: its last noun, else its last word */
        while (o > t + 1 && s->tok[o].upos != DYAD_UPOS_NOUN && s->tok[o].upos != DYAD_UPOS_PROPN)
            o--;
        if (r < a || r > b)
            return; /* the old root lies elsewhere: not this construction */
        for (int32_t i = 0; i < s->n; i++) { /* outside the phrases: from the verb */
            dyad_token *w = &s->tok[i];
            if ((i >= a && i <= b) || w->head - 1 < a || w->head - 1 > b)
                continue;
            if (w->head - 1 == r || w->head - 1 == t || w->head == 0) {
                w->head = t + 1;
                if (rel_is(w->deprel, "nmod"))
                    w->deprel = "obl";
            }
        }
        for (int32_t i = a; i <= b; i++) {
            dyad_token *w = &s->tok[i];
            if (i == t || i == t - 1 || i == o)
                continue;
            w->head = (i < t ? t - 1 : o) + 1;
            w->deprel = w->upos == DYAD_UPOS_DET   ? "det"
                        : w->upos == DYAD_UPOS_NUM ? "nummod"
                        : w->upos == DYAD_UPOS_ADJ ? "amod"
                                                   : "compound";
        }
        vt->head = 0;
        vt->deprel = "root";
        vt->upos = DYAD_UPOS_VERB;
        vt->xpos = "VBZ";
        s->tok[t - 1].head = t + 1;
        s->tok[t - 1].deprel = "nsubj";
        s->tok[o].head = t + 1;
        s->tok[o].deprel = "obj";
        return;
    }
}

void dyad_parse_repair(dyad_sentence *s, bool title)
{
    according_to(s);
    participle_nouns(s);
    names_in_titles(s);
    bare_infinitives(s);
    clauses_as_phrases(s);
    split_clauses(s);
    bool head = title || headline(s);
    split_reports(s);
    reporting_nouns(s);
    final_attributions(s);
    participle_roots(s, head);
    deep_participles(s);
    finite_under_root(s);
    noun_tagged_verbs(s);
    if (!head)
        amod_verbs(s);
    if (head)
        reduced_passives(s);
}
