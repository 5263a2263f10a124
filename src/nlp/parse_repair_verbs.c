/* parse_repair_verbs.c — predicates the parser lost: participles and finite verbs hung from a
 * noun, headline verbs tagged as nouns, bare infinitives (see parse_repair.c).
 *
 * Reduced passives. Headlines drop the auxiliary of a passive: "Opposition leader sentenced to
 * ten years". The tagger reads the participle (VBN), but the parser, trained on text where a
 * passive has "was" or "been", labels its subject nsubj, so the act reads as done by the one
 * it is done to. In a headline (a title paragraph, or a sentence with no final full stop,
 * question or exclamation mark) a participle with a subject and no auxiliary, copula, object
 * or clausal complement is a passive: its subject becomes nsubj:pass, as UD annotates such
 * headlines. In running text such a participle is more often a past tense the tagger misread
 * ("The Dow then rallied"), so it is left alone. A headline's past tense (VBD) of a verb that
 * always takes an object ("sentenced", "arrested", "jailed"), with no object, is such a
 * participle too (the tagger of a retrained parser reads "leader | sentenced" as VBD).
 *
 * Gerunds as objects. "cut | funding to X" with "funding" a gerund complement: only verbs of
 * phase or attempt take one; after another verb it is the noun object (gerund_objects).
 *
 * Participles hung from a noun root. "Two activists | detained in Minsk" (root "activists",
 * acl "detained"), when nothing else in the sentence is a predicate: the participle becomes the
 * root. In a headline the noun is its passive subject; in running text the participle is a
 * misread past tense ("Protests | continued in Baghdad."), retagged VBD, the noun its active
 * subject.
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
 * Bare infinitives. "helping rebels join a group" with "join" hung from the main verb: the
 * infinitive after the object of help, let or make is that verb's complement
 * (bare_infinitives).
 *
 * Headline verbs tagged as plural nouns. "New Hampshire crash kills seven" with "kills" a noun:
 * with no finite verb, a lower-case -s plural between a noun and a number or determiner is the
 * verb (noun_tagged_verbs). The other way round, "judge orders | release of the records" with
 * "orders" the subject of the verb "release": the -s word is the verb (headline_verbs_as_nouns).
 *
 * Past tenses with no -ed tagged as nouns. "A gunman shot shoppers at a store." with "shot" a
 * compound of the object: in running text with no finite verb, such a form (shot, fled, struck,
 * left, ...) between a subject phrase and an object or a prepositional phrase is the verb
 * (past_tense_nouns; the forms also serve adjective_past_tenses and the coder's parse plan).
 *
 * Past tenses read as modifiers of a name: "Deputy Minister Telemar | left for Lima ..., the
 * agency reported" with "left" (VBD) an amod of the name: the verb is the clause's predicate
 * (finite_modifiers). */
#include "nlp/parse_repair_internal.h"


/* Verb v has a finite auxiliary ("was arrested", "has said"): v heads a finite clause. */
static bool finite_aux(const dyad_sentence *s, int32_t v)
{
    for (int32_t i = 0; i < v; i++)
        if (s->tok[i].head == v + 1 && rel_is(s->tok[i].deprel, "aux") &&
            finite_tag(s->tok[i].xpos))
            return true;
    return false;
}

void dyad_repair_reduced_passives(dyad_sentence *s)
{
    static const char *const done_to[] = {
        "sentence", "arrest", "detain", "jail", "imprison", "convict", "indict", "charge",
        "fine", "kidnap", "abduct", "deport", "expel", "extradite", "execute", "impeach"};
    for (int32_t v = 0; v < s->n; v++) {
        dyad_token *t = &s->tok[v];
        bool past = is(t->xpos, "VBD") && word_in(t->lemma, done_to, sizeof done_to / sizeof *done_to);
        if (!(is(t->xpos, "VBN") || past) || t->upos != DYAD_UPOS_VERB ||
            rel_is(t->deprel, "amod") || rel_is(t->deprel, "acl") || rel_is(t->deprel, "xcomp"))
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
        if (subj >= 0 && !blocked) {
            s->tok[subj].deprel = "nsubj:pass";
            if (past)
                t->xpos = "VBN";
        }
    }
}

/* A noun root whose only predicate is a bare participle hung from it as acl: the participle
 * becomes the root. In a headline it is a passive ("Two journalists detained in Minsk"); in
 * running text such a sentence is a past tense the tagger took for a participle ("Protests
 * continued in Baghdad.", "Rebels seized the town."), so it is retagged VBD and the noun is
 * its active subject. */
void dyad_repair_participle_roots(dyad_sentence *s, bool headline)
{
    int32_t r = single_root(s), v = -1, kids = 0;
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

/* "A spokesman for the interior ministry criticised Uganda." parsed with "criticised" a
 * participle of "ministry", deep in the root noun's phrase: a participle with an object (so no
 * passive) hung as acl under a noun of the root's of/for-phrases, the only predicate of the
 * sentence, is its past-tense verb, and the root noun its subject. */
void dyad_repair_deep_participles(dyad_sentence *s)
{
    int32_t r = single_root(s), v = -1;
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

/* A finite verb the parser hung from the noun root as a relative clause with no relative word
 * and no subject of its own ("Tropical Storm Humberto | upgraded to hurricane status."): the
 * verb is the sentence's predicate and the noun its subject. */
void dyad_repair_finite_under_root(dyad_sentence *s)
{
    static const char *const rel_words[] = {"who", "whom", "whose", "which", "that", "where",
                                            "when", "why", "what"};
    int32_t r = single_root(s);
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
        if (word_in(s->tok[i].form, rel_words, sizeof rel_words / sizeof *rel_words))
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

/* Word t, a noun between the noun phrase a..t-1 and the phrase t+1..b (with head o; -1 when
 * none: a prepositional phrase follows), becomes the root verb (tag xpos, lemma when not NULL):
 * the phrase before it its subject, o its object; what hung from the old root (inside a..b)
 * or from t hangs from the verb, an nmod as obl; the phrases' other words hang from their
 * heads. */
static void noun_to_verb(dyad_sentence *s, int32_t t, int32_t a, int32_t b, int32_t o,
                         const char *xpos, const char *lemma)
{
    int32_t r = single_root(s);
    dyad_token *vt = &s->tok[t];
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
    vt->xpos = xpos;
    if (lemma)
        vt->lemma = lemma;
    s->tok[t - 1].head = t + 1;
    s->tok[t - 1].deprel = "nsubj";
    if (o >= 0) {
        s->tok[o].head = t + 1;
        s->tok[o].deprel = "obj";
    }
}

/* "Escape room fire kills five girls in Koszalin", "New Hampshire crash kills seven": in a
 * sentence with no finite verb, a lower-case plural noun (NNS) in -s between a noun and a number
 * or determiner is the present-tense verb of a headline. It becomes the root, the noun phrase
 * before it its subject, the one after it its object; what hung from the old root hangs from
 * the verb. */
void dyad_repair_noun_tagged_verbs(dyad_sentence *s)
{
    static const char *const times[] = {"every", "each", "this", "last", "next", "that"};
    if (has_finite_verb(s))
        return;
    int32_t r = single_root(s);
    for (int32_t t = 1; r >= 0 && t + 1 < s->n; t++) {
        dyad_token *vt = &s->tok[t];
        const char *f = vt->form ? vt->form : "";
        size_t fl = strlen(f);
        int pu = s->tok[t - 1].upos, nu = s->tok[t + 1].upos;
        if (!is(vt->xpos, "NNS") || fl < 4 || f[fl - 1] != 's' || !(f[0] >= 'a' && f[0] <= 'z') ||
            (pu != DYAD_UPOS_NOUN && pu != DYAD_UPOS_PROPN) ||
            (nu != DYAD_UPOS_NUM && nu != DYAD_UPOS_DET))
            continue;
        if (word_in(s->tok[t + 1].form, times, sizeof times / sizeof *times))
            continue;
        int32_t a = t - 1, b = t + 1; /* the noun phrases before and after the verb */
        while (a > 0 && noun_phrase_word(&s->tok[a - 1]))
            a--;
        while (b + 1 < s->n && noun_phrase_word(&s->tok[b + 1]) &&
               s->tok[b + 1].upos != DYAD_UPOS_DET)
            b++;
        int32_t o = b; /* the object's head: its last noun, else its last word */
        while (o > t + 1 && s->tok[o].upos != DYAD_UPOS_NOUN && s->tok[o].upos != DYAD_UPOS_PROPN)
            o--;
        if (r < a || r > b)
            return; /* the old root lies elsewhere: not this construction */
        noun_to_verb(s, t, a, b, o, "VBZ", NULL);
        return;
    }
}

/* Past tenses with no -ed the tagger reads as nouns between two noun phrases: each form and
 * its verb. Forms that are often nouns too ("shot", "cut", "hit", "set") are among them: the
 * repair asks for a subject phrase right before the form, so "a shot of whisky" or "the cut in
 * taxes" (a determiner before) are left alone. */
static const char *const past_forms[][2] = {
    {"shot", "shoot"},   {"hit", "hit"},       {"cut", "cut"},       {"set", "set"},
    {"put", "put"},      {"led", "lead"},      {"fled", "flee"},     {"struck", "strike"},
    {"beat", "beat"},    {"caught", "catch"},  {"held", "hold"},     {"left", "leave"},
    {"sent", "send"},    {"spent", "spend"},   {"sought", "seek"},   {"fought", "fight"},
    {"bought", "buy"},   {"built", "build"},   {"won", "win"},       {"told", "tell"},
    {"sold", "sell"},    {"threw", "throw"},   {"broke", "break"},   {"took", "take"},
    {"gave", "give"},    {"stole", "steal"},   {"shut", "shut"},     {"froze", "freeze"},
    {"drove", "drive"},  {"overran", "overrun"}, {"met", "meet"},    {"hung", "hang"},
    {"drew", "draw"}};

const char *dyad_past_tense_lemma(const char *form)
{
    for (size_t k = 0; form && k < sizeof past_forms / sizeof *past_forms; k++)
        if (form[0] == past_forms[k][0][0] && strcmp(form, past_forms[k][0]) == 0)
            return past_forms[k][1];
    return NULL;
}

/* Word r, the root, heads a time or place phrase fronted before word a and closed by a comma
 * ("On Saturday morning, | a gunman ...", "Last week, | ..."): a noun or name with a
 * preposition, or a time word, whose subtree is all of the words before the comma right
 * before a ("The guard, a crack shot" is an apposition: left alone). */
static bool fronted_phrase(const dyad_sentence *s, int32_t r, int32_t a)
{
    int u = s->tok[r].upos;
    if (a < 2 || !is(s->tok[a - 1].form, ",") ||
        (u != DYAD_UPOS_NOUN && u != DYAD_UPOS_PROPN && u != DYAD_UPOS_ADV) ||
        !(has_kid(s, r, "case") || time_adverbial(s->tok[r].form)))
        return false;
    for (int32_t i = 0; i < a - 1; i++)
        if (!descends(s, i, r))
            return false;
    return true;
}

/* "A gunman shot shoppers at a store.", "A Kenyan police officer shot at a protester." parsed
 * with "shot" a noun (NN: a compound of the object, or the root with the at-phrase its nmod):
 * in running text (not a headline, which may have no verb) with no finite verb, a lower-case
 * past tense of the list above tagged NN, right after a noun, name or pronoun (the end of a
 * subject phrase: no determiner or possessive right before the form) and right before a noun
 * phrase or a preposition other than "of", is the sentence's verb (VBD): the phrase before it
 * its subject, the one after it its object, a prepositional phrase after it its oblique
 * (past_tense_nouns). A phrase fronted with a comma that the parser made the root ("On
 * Saturday morning, | a gunman shot ...") becomes the verb's oblique. */
void dyad_repair_past_tense_nouns(dyad_sentence *s)
{
    if (has_finite_verb(s))
        return;
    int32_t r = single_root(s);
    for (int32_t t = 1; r >= 0 && t + 1 < s->n; t++) {
        dyad_token *vt = &s->tok[t];
        const char *lemma = dyad_past_tense_lemma(vt->form);
        int pu = s->tok[t - 1].upos, nu = s->tok[t + 1].upos;
        if (!lemma || !is(vt->xpos, "NN") || vt->upos != DYAD_UPOS_NOUN ||
            (pu != DYAD_UPOS_NOUN && pu != DYAD_UPOS_PROPN &&
             !(pu == DYAD_UPOS_PRON && is(s->tok[t - 1].xpos, "PRP")))) /* not "their left" */
            continue;
        bool prep = nu == DYAD_UPOS_ADP;
        if (prep ? strcasecmp(s->tok[t + 1].form ? s->tok[t + 1].form : "", "of") == 0
                 : !(noun_phrase_word(&s->tok[t + 1]) || nu == DYAD_UPOS_PRON))
            continue;
        int32_t a = t - 1, b = t; /* the noun phrases before and after the verb */
        while (a > 0 && noun_phrase_word(&s->tok[a - 1]) && s->tok[a].upos != DYAD_UPOS_DET)
            a--; /* a determiner starts the phrase: not "On Monday | a gunman" */
        if (a > 0 && s->tok[a - 1].upos == DYAD_UPOS_ADP)
            continue; /* "protesters in Lima": the phrase before is no subject */
        if (!prep) {
            b = t + 1;
            while (nu != DYAD_UPOS_PRON && b + 1 < s->n && noun_phrase_word(&s->tok[b + 1]) &&
                   s->tok[b + 1].upos != DYAD_UPOS_DET)
                b++;
        }
        int32_t o = b;
        while (o > t + 1 && s->tok[o].upos != DYAD_UPOS_NOUN && s->tok[o].upos != DYAD_UPOS_PROPN &&
               s->tok[o].upos != DYAD_UPOS_PRON)
            o--;
        bool fronted = r < a && fronted_phrase(s, r, a);
        if ((r < a && !fronted) || r > b)
            return;
        noun_to_verb(s, t, a, b, prep ? -1 : o, "VBD", lemma);
        if (fronted) { /* "On Sunday," hangs from the verb, and so do its comma and stop */
            for (int32_t i = a - 1; i < s->n; i++)
                if ((s->tok[i].head == r + 1 && i > b) || i == a - 1)
                    s->tok[i].head = t + 1;
            s->tok[r].head = t + 1;
            s->tok[r].deprel = s->tok[r].upos == DYAD_UPOS_ADV ? "advmod"
                               : has_kid(s, r, "case")         ? "obl"
                                                               : "obl:tmod";
        }
        return;
    }
}

/* "helping rebels join an armed group" parsed with "join" hung from the main verb: a bare
 * infinitive right after the object of help, let, make or see is that verb's complement
 * (xcomp), the object its subject. */
void dyad_repair_bare_infinitives(dyad_sentence *s)
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
        if (!word_in(s->tok[h].lemma, verbs, sizeof verbs / sizeof *verbs) || descends(s, h, v))
            continue;
        vt->head = h + 1;
        vt->deprel = "xcomp";
        vt->xpos = "VB";
    }
}

/* "U.S. judge orders release of the tax records": in a headline a present tense in -s after a
 * noun may be read as a plural noun, the subject of the noun after it read as a verb ("orders |
 * release"). A base-form verb (VBP) whose subject is a lower-case plural (NNS) in -s right
 * before it, itself right after a noun of its phrase, with no object and an of-phrase right
 * after it, is a noun: the -s word is the verb, the noun before it its subject, the old verb
 * its object with the of-phrase (headline_verbs_as_nouns). Verbs that take "of" ("approve
 * of", "think of") are left alone, and so is a verb that ends the headline ("Hong Kong
 * demonstrations continue": a plural subject as often as not). */
void dyad_repair_headline_verbs_as_nouns(dyad_sentence *s)
{
    static const char *const of_verbs[] = {"approve", "think", "consist", "dispose", "speak",
                                           "hear",    "die",   "warn",    "dream",   "know",
                                           "learn",   "tire",  "despair", "complain"};
    for (int32_t v = 2; v < s->n; v++) {
        dyad_token *vt = &s->tok[v], *tt = &s->tok[v - 1];
        int32_t t = v - 1, n = v - 2;
        const char *f = tt->form ? tt->form : "";
        size_t fl = strlen(f);
        if (vt->upos != DYAD_UPOS_VERB || !is(vt->xpos, "VBP") || !is(tt->xpos, "NNS") ||
            fl < 4 || f[fl - 1] != 's' || !(f[0] >= 'a' && f[0] <= 'z') ||
            !is(tt->deprel, "nsubj") || tt->head != v + 1 ||
            (s->tok[n].upos != DYAD_UPOS_NOUN && s->tok[n].upos != DYAD_UPOS_PROPN) ||
            s->tok[n].head != t + 1 || word_in(vt->lemma, of_verbs, sizeof of_verbs / sizeof *of_verbs))
            continue;
        if (v + 1 >= s->n || strcasecmp(s->tok[v + 1].form ? s->tok[v + 1].form : "", "of") != 0 ||
            has_kid(s, v, "obj") || has_kid(s, v, "aux") || has_kid(s, v, "xcomp"))
            continue;
        int32_t ofn = s->tok[v + 1].head - 1; /* the of-phrase's noun */
        if (ofn <= v + 1)
            continue;
        int32_t a = n; /* the subject's phrase: "U.S. | judge" */
        while (a > 0 && noun_phrase_word(&s->tok[a - 1]) && s->tok[a - 1].head == t + 1)
            a--;
        tt->head = vt->head;
        tt->deprel = vt->deprel;
        tt->upos = DYAD_UPOS_VERB;
        tt->xpos = "VBZ";
        for (int32_t i = 0; i < s->n; i++) /* the old verb's other words hang from the verb */
            if (s->tok[i].head == v + 1 && i != t && i != ofn)
                s->tok[i].head = t + 1;
        for (int32_t i = a; i < n; i++)
            s->tok[i].head = n + 1;
        s->tok[n].head = t + 1;
        s->tok[n].deprel = "nsubj";
        vt->head = t + 1;
        vt->deprel = "obj";
        vt->upos = DYAD_UPOS_NOUN;
        vt->xpos = "NN";
        s->tok[ofn].head = v + 1;
        s->tok[ofn].deprel = "nmod";
    }
}

/* "Dagolath's Deputy Prime Minister Telemar left for Minas Tirith on Wednesday ..., the news
 * agency reported." parsed with "left" an adjective (amod) of "Telemar" and the whole phrase
 * the subject of "reported": a past tense (VBD) is no modifier. A VBD verb hung as amod of the
 * word right before it, with no subject of its own, is the predicate of the phrase it sits in:
 * the top of that phrase (the root, or a subject of a verb after it that has another subject
 * after the past tense: "..., the agency reported") becomes its subject, and the verb takes
 * the phrase's place (the root, or the reporting verb's complement); the words after the verb
 * that hung in the phrase hang from it (finite_modifiers). */
void dyad_repair_finite_modifiers(dyad_sentence *s)
{
    for (int32_t v = 1; v < s->n; v++) {
        dyad_token *vt = &s->tok[v];
        int32_t n = v - 1, p = n;
        if (vt->upos != DYAD_UPOS_VERB || !is(vt->xpos, "VBD") || !is(vt->deprel, "amod") ||
            vt->head != n + 1 || has_kid(s, v, "nsubj") || has_kid(s, v, "nsubj:pass") ||
            (s->tok[n].upos != DYAD_UPOS_NOUN && s->tok[n].upos != DYAD_UPOS_PROPN))
            continue;
        for (int g = 0; g < 8 && s->tok[p].head > 0; g++) { /* up the noun phrase */
            const char *r = s->tok[p].deprel;
            if (!(rel_is(r, "nmod") || rel_is(r, "compound") || rel_is(r, "flat") ||
                  rel_is(r, "appos")) || s->tok[p].head - 1 > v)
                break;
            p = s->tok[p].head - 1;
        }
        int32_t w = s->tok[p].head - 1;
        bool root = s->tok[p].head == 0;
        bool report = false; /* "..., the agency reported": another subject after the verb */
        if (!root && is(s->tok[p].deprel, "nsubj") && w > v && s->tok[w].upos == DYAD_UPOS_VERB)
            for (int32_t k = v + 1; k < w && !report; k++)
                report = s->tok[k].head == w + 1 && is(s->tok[k].deprel, "nsubj");
        if ((!root && !report) || p > n ||
            (s->tok[p].upos != DYAD_UPOS_NOUN && s->tok[p].upos != DYAD_UPOS_PROPN))
            continue;
        for (int32_t i = v + 1; i < s->n; i++) { /* the phrase's words after the verb */
            int32_t h = s->tok[i].head - 1;
            if (h >= p && h <= n && descends(s, h, p)) {
                s->tok[i].head = v + 1;
                if (rel_is(s->tok[i].deprel, "nmod"))
                    s->tok[i].deprel = "obl";
            }
        }
        vt->head = root ? 0 : w + 1;
        vt->deprel = root ? "root" : "ccomp";
        if (n != p && s->tok[n].head == p + 1 && s->tok[n].upos == DYAD_UPOS_PROPN &&
            s->tok[p].upos == DYAD_UPOS_NOUN && !has_kid(s, n, "case")) {
            /* "Deputy | Prime Minister Telemar" with the name an nmod of the title: the name
             * heads the subject, the title its compound */
            s->tok[p].head = n + 1;
            s->tok[p].deprel = "compound";
            p = n;
        }
        s->tok[p].head = v + 1;
        s->tok[p].deprel = "nsubj";
        return;
    }
}

/* "The United States cut funding to the Palestinian Authority" parsed with "funding" a gerund,
 * the xcomp of "cut": only a verb of phase or attempt ("stopped funding X", "began shelling",
 * "denied meeting") takes a gerund as its complement. A gerund xcomp right after a verb that
 * is none of those, with no object of the verb and none of its own, is a noun: the verb's
 * object (gerund_objects). */
void dyad_repair_gerund_objects(dyad_sentence *s)
{
    static const char *const takers[] = {
        "stop", "start", "begin", "continue", "keep", "resume", "quit", "cease", "finish",
        "avoid", "consider", "deny", "admit", "risk", "mind", "enjoy", "suggest", "recommend",
        "propose", "try", "like", "love", "hate", "prefer", "go", "end", "face", "discuss",
        "mention", "regret", "remember", "forget", "miss", "practice", "practise", "postpone",
        "delay", "justify", "involve", "resist", "tolerate", "defend", "support", "oppose",
        "condemn", "halt", "see", "hear", "spend", "come", "get", "be", "threaten", "help"};
    for (int32_t g = 1; g < s->n; g++) {
        dyad_token *gt = &s->tok[g];
        int32_t v = gt->head - 1;
        if (gt->upos != DYAD_UPOS_VERB || !is(gt->xpos, "VBG") || !is(gt->deprel, "xcomp") ||
            v != g - 1 || s->tok[v].upos != DYAD_UPOS_VERB || has_kid(s, v, "obj") ||
            has_kid(s, g, "obj") || has_kid(s, g, "ccomp") || has_kid(s, g, "xcomp") ||
            has_kid(s, g, "mark") || has_kid(s, g, "nsubj") ||
            word_in(s->tok[v].lemma, takers, sizeof takers / sizeof *takers))
            continue;
        gt->upos = DYAD_UPOS_NOUN;
        gt->xpos = "NN";
        gt->lemma = gt->form;
        gt->deprel = "obj";
    }
}
