/* parse_repair_fronted.c — a phrase in front of the clause that the parser made the root (see
 * parse_repair.c).
 *
 * News puts a lot before its subject: a prepositional phrase ("For this reason, | the council
 * delayed the vote"), a title ("Former | Senator Ana Rojas resigned"), an appositive noun phrase
 * ("A member of the council, | Ana Rojas said"), the first half of a coordinated subject ("A
 * lorry | and a bus collided"). The parser, seeing a noun first, makes it the root and hangs
 * the clause's finite verb from it as a relative clause, parataxis, apposition or conjunct.
 * Where that verb is finite and no relative word, marker or conjunction opens it, it is the
 * root, and the phrase in front hangs from it by what it is: an oblique when it has a
 * preposition; a modifier of the verb's subject when nothing but noun phrase words lie
 * between them ("Former | Senator Ana Rojas"); the first conjunct, taking the subject's
 * place, when "and" leads the subject; a dislocated phrase (an adjective: an adverbial clause)
 * when a comma stands before the subject; the verb's subject when the verb has none and the
 * words between are the phrase's aside ("Ana Rojas, a lawyer, | criticised"; an adjective
 * with a determiner is such a phrase: "The oldest of them, | resigned"); an adverb or a
 * conjunction before a comma ("Meanwhile, | the army closed", "And, | we met") its advmod or
 * cc. An existential "be" with its "there" counts as a clause ("However, | there will be"). The root's words after the verb
 * (the full stop, later clauses) go to the verb (fronted_phrases). Where the parser hung the
 * verb under the subject's relative clause or apposition instead ("Ana Rojas, who leads the
 * council, | criticised"), the first finite clause after the aside's comma, with no subject,
 * is the root and the noun its subject (deep_subject_clause); after a relative clause a past
 * participle with no auxiliary counts as that clause, retagged VBD ("A ferry, which is run by
 * the navy, | capsized"), and so does a conjunct of the relative clause with no conjunction of
 * its own ("X, who led the march, | spoke"). An adjective root hands the subject to the name
 * after it ("Chilean | Ana Rojas, who won, | resigned"), or is the name the tagger misread.
 *
 * Clauses hung deeper. After an adverbial root (a prepositional phrase or a time: "On Friday,
 * | a court in Lima sentenced the mayor", "Yesterday, | rebels ... attacked") the parser may
 * hang the verb under a word of the subject's phrase ("Lima"). The first finite clause after
 * the root that nothing opens (and no semicolon, colon or dash comes before) is the root;
 * where it has no subject, the noun phrase under the root that carried it, right after the
 * root or after a comma, is its subject (deep_clause). With no finite verb at all, a past
 * tense read as an adjective after the adverbial's comma ("Per request of the prime minister,
 * | the Queen suspended parliament" with "suspended" an amod of "parliament") is the
 * predicate, the words before it its subject and the noun after it its object
 * (past_tense_after_adverbial).
 *
 * Left alone: a relative clause with its gap ("the best meal | I ever had", "the town |
 * rebels seized"; in a headline any past tense with no object, not a present tense: "Former
 * Senator Ana Rojas | dies at 90" is a clause); a noun and a pronoun's clause after a comma ("Good hotel, | we liked
 * it"); a speaker label ("AR: We met in May."), which UD itself makes the root with the clause
 * its parataxis; any other word between the phrase and the subject (a verb, a preposition, a
 * dash or colon), where which word is the predicate is not the repair's to say. */
#include "nlp/parse_repair_internal.h"

/* The last word of w's phrase (its rightmost descendant). */
static int32_t right_edge(const dyad_sentence *s, int32_t w)
{
    int32_t e = w;
    for (int32_t i = w + 1; i < s->n; i++)
        if (descends(s, i, w))
            e = i;
    return e;
}

/* Word v heads a finite clause: a finite verb, a verb or predicate with a finite auxiliary
 * or copula before it, or an existential "be" ("there | will be rains"). */
static bool finite_predicate(const dyad_sentence *s, int32_t v)
{
    const dyad_token *t = &s->tok[v];
    if (t->upos == DYAD_UPOS_VERB && finite_tag(t->xpos))
        return true;
    bool cop = false, fin = false;
    for (int32_t i = 0; i < v; i++) {
        const dyad_token *k = &s->tok[i];
        if (k->head != v + 1)
            continue;
        cop = cop || is(k->deprel, "cop");
        fin = fin || ((rel_is(k->deprel, "aux") || is(k->deprel, "cop")) && finite_tag(k->xpos));
    }
    if (t->upos == DYAD_UPOS_AUX && has_kid(s, v, "expl"))
        return fin || finite_tag(t->xpos);
    return fin && (t->upos == DYAD_UPOS_VERB || cop);
}

/* Word i is a relative word that opens a relative clause: after a noun or a comma. */
static bool opens_relative(const dyad_sentence *s, int32_t i)
{
    static const char *const rel_words[] = {"who", "whom", "whose", "which", "that", "where",
                                            "when", "why", "what"};
    if (!word_in(s->tok[i].form, rel_words, sizeof rel_words / sizeof *rel_words))
        return false;
    if (i == 0)
        return false;
    const dyad_token *p = &s->tok[i - 1];
    return p->upos != DYAD_UPOS_PUNCT || is(p->form, ",");
}

/* The phrase of root r is a speaker label: it starts the sentence and ends at a colon, or
 * stands in brackets ("((Q))"). */
static bool speaker_label(const dyad_sentence *s, int32_t r, int32_t end)
{
    int32_t from = left_edge(s, r), words = 0;
    if (from > 0 && s->tok[0].upos != DYAD_UPOS_PUNCT)
        return false;
    for (int32_t i = from; i <= end; i++) { /* a name or initials: "Ana Rojas:", "AR:" */
        const dyad_token *t = &s->tok[i];
        const char *f = t->form ? t->form : "";
        if (t->upos == DYAD_UPOS_PUNCT)
            continue;
        bool caps = true;
        for (const char *c = f; *c && caps; c++)
            caps = !(*c >= 'a' && *c <= 'z');
        if (++words > 3 || !(t->upos == DYAD_UPOS_PROPN || caps))
            return false;
    }
    if (end + 1 < s->n && is(s->tok[end + 1].form, ":"))
        return true;
    return r > 0 && is(s->tok[r - 1].form, "(") && end > r && is(s->tok[end].form, ")");
}

/* The clause under root r: r's first dependent after it that is a finite clause with no
 * relative word, marker or conjunction opening it; -1 when none. */
static int32_t fronted_clause(const dyad_sentence *s, int32_t r)
{
    for (int32_t v = r + 1; v < s->n; v++) {
        const dyad_token *t = &s->tok[v];
        if (t->head != r + 1 || t->upos == DYAD_UPOS_PUNCT || !finite_predicate(s, v))
            continue;
        if (!(rel_is(t->deprel, "acl") || rel_is(t->deprel, "parataxis") ||
              rel_is(t->deprel, "appos") || rel_is(t->deprel, "conj") ||
              rel_is(t->deprel, "list") || rel_is(t->deprel, "dep") ||
              rel_is(t->deprel, "advcl") || rel_is(t->deprel, "ccomp") ||
              rel_is(t->deprel, "csubj")))
            continue;
        bool opened = has_kid(s, v, "mark") || has_kid(s, v, "cc");
        for (int32_t i = r + 1; i < v && !opened; i++)
            opened = s->tok[i].head == v + 1 && opens_relative(s, i);
        if (!opened)
            return v; /* a relative or subordinate clause is the phrase's: look on */
    }
    return -1;
}

/* Word i is part of a noun phrase's words, a possessive ("his") and a hyphen or dash within a
 * name included. */
static bool phrase_word(const dyad_token *t)
{
    return noun_phrase_word(t) || is(t->xpos, "PRP$") || is(t->form, "-") ||
           is(t->form, "\xe2\x80\x93");
}

/* How the words between root r and the subject's first word, from, join them: */
typedef enum {
    JOIN_NONE,    /* anything else: a verb, a preposition: leave the sentence */
    JOIN_DIRECT,  /* noun phrase words only: "Former | US Senator Ana Rojas" */
    JOIN_AND,     /* a coordination: "A truck and | a car collided" */
    JOIN_COMMA    /* a comma before the subject: "A member of the council, | Ana Rojas said" */
} join_kind;

static join_kind joining(const dyad_sentence *s, int32_t r, int32_t from, int32_t subj)
{
    /* the subject's phrase may start with what joins it: "and | a car", ", | Ana Rojas" */
    bool lead_cc = false, lead_comma = false;
    for (; from < subj && (s->tok[from].upos == DYAD_UPOS_PUNCT ||
                           s->tok[from].upos == DYAD_UPOS_CCONJ); from++) {
        if (s->tok[from].upos == DYAD_UPOS_CCONJ)
            lead_cc = true;
        else if (is(s->tok[from].form, ","))
            lead_comma = true;
        else
            return JOIN_NONE; /* "Az-Zaman : The council" */
    }
    bool words = true, cc = lead_cc, verb = false, other = false;
    for (int32_t i = r + 1; i < from; i++) {
        const dyad_token *t = &s->tok[i];
        bool comma = is(t->form, ","), conj = t->upos == DYAD_UPOS_CCONJ;
        words = words && phrase_word(t) && !(lead_cc || lead_comma);
        cc = cc || conj;
        verb = verb || t->upos == DYAD_UPOS_VERB || t->upos == DYAD_UPOS_AUX;
        other = other || !(phrase_word(t) || comma || conj);
        if (!descends(s, i, r) && !phrase_word(t) && !comma && !conj)
            return JOIN_NONE;
    }
    if (words)
        return JOIN_DIRECT;
    if (verb)
        return JOIN_NONE;
    const dyad_token *before = &s->tok[from - 1];
    if (lead_cc || before->upos == DYAD_UPOS_CCONJ) /* a list of noun phrases only */
        return cc && !other ? JOIN_AND : JOIN_NONE;
    return lead_comma || is(before->form, ",") ? JOIN_COMMA : JOIN_NONE;
}

/* Word r has a preposition (a case word that is no possessive "'s": "for", "according to",
 * "following"). */
static bool has_preposition(const dyad_sentence *s, int32_t r)
{
    for (int32_t i = 0; i < r; i++)
        if (s->tok[i].head == r + 1 && rel_is(s->tok[i].deprel, "case") &&
            s->tok[i].upos != DYAD_UPOS_PART)
            return true;
    return false;
}

/* A dash (not a hyphen: "six-year"), colon or semicolon: what follows it is no part of the
 * phrase before it. */
static bool breaking_punct(const dyad_token *t)
{
    static const char *const marks[] = {"-", "--", "\xe2\x80\x93", "\xe2\x80\x94", ":", ";"};
    return t->upos == DYAD_UPOS_PUNCT && !is(t->xpos, "HYPH") &&
           word_in(t->form, marks, sizeof marks / sizeof *marks);
}

/* Between the root r and the verb v a past tense read as a modifier of a noun ("a team of
 * scientists | released findings"): another verb's subject, not this one's. */
static bool misread_verb_between(const dyad_sentence *s, int32_t r, int32_t v)
{
    for (int32_t i = r + 1; i < v; i++)
        if (s->tok[i].upos == DYAD_UPOS_VERB && is(s->tok[i].deprel, "amod") &&
            (s->tok[i - 1].upos == DYAD_UPOS_NOUN || s->tok[i - 1].upos == DYAD_UPOS_PROPN))
            return true;
    return false;
}

/* Word v's clause is opened by a relative word, a marker or a conjunction: it is not the
 * sentence's own. */
static bool opened_clause(const dyad_sentence *s, int32_t v)
{
    if (has_kid(s, v, "mark") || has_kid(s, v, "cc"))
        return true;
    for (int32_t i = 0; i < v; i++)
        if (s->tok[i].head == v + 1 && opens_relative(s, i))
            return true;
    return false;
}

/* "Ana Rojas, who leads the council, | said ..." with "said" hung under the relative clause
 * or the apposition: the root is a noun with no preposition, the first finite clause after it
 * that nothing opens has no subject and follows a comma, and every word between belongs to the
 * root's phrase: the clause is the root, the noun its subject (deep_subject_clause). */
static void deep_subject_clause(dyad_sentence *s, int32_t r)
{
    int ru = s->tok[r].upos;
    int32_t subj = r; /* the noun that becomes the subject */
    if (ru == DYAD_UPOS_ADJ) {
        /* "Republican | Kevin McCarthy, who ...": the name after the adjective; a name the
         * tagger read as an adjective ("Cherry, who led ...") is the subject itself */
        const char *f = s->tok[r].form ? s->tok[r].form : "";
        if (r + 1 < s->n && s->tok[r + 1].head == r + 1 &&
            (s->tok[r + 1].upos == DYAD_UPOS_PROPN || s->tok[r + 1].upos == DYAD_UPOS_NOUN))
            subj = r + 1;
        else if (!(r == 0 && f[0] >= 'A' && f[0] <= 'Z' && r + 1 < s->n &&
                   is(s->tok[r + 1].form, ",")))
            return;
    } else if (ru != DYAD_UPOS_NOUN && ru != DYAD_UPOS_PROPN) {
        return;
    }
    if (has_kid(s, r, "case"))
        return;
    int32_t v = -1;
    bool relative = false, participle = false;
    for (int32_t i = r + 1; i < s->n && v < 0; i++) {
        /* after a relative clause, a past participle with no auxiliary is the past tense the
         * tagger misread: "A bus, which is run by X, | crashed" */
        participle = relative && s->tok[i].upos == DYAD_UPOS_VERB && is(s->tok[i].xpos, "VBN") &&
                     !has_kid(s, i, "aux") && !has_kid(s, i, "aux:pass");
        bool finite = finite_predicate(s, i) || participle;
        /* "X, who led the petition, | said": a conjunct with no conjunction of its own after a
         * relative clause is the sentence's verb */
        bool conj = is(s->tok[i].deprel, "conj") &&
                    !(relative && !has_kid(s, i, "cc") && s->tok[i].head > 0 &&
                      opened_clause(s, s->tok[i].head - 1));
        if (finite && opened_clause(s, i))
            relative = true;
        else if (finite && !conj)
            v = i;
    }
    if (v < 0 || s->tok[v].head == r + 1 || s->tok[v].upos != DYAD_UPOS_VERB ||
        has_kid(s, v, "nsubj") || has_kid(s, v, "nsubj:pass") || has_kid(s, v, "expl") ||
        has_kid(s, v, "csubj"))
        return;
    int32_t from = v; /* the verb's own words before it: "has | not | said" */
    while (from > r + 1 && s->tok[from - 1].head == v + 1 &&
           s->tok[from - 1].upos != DYAD_UPOS_PUNCT)
        from--;
    if (!is(s->tok[from - 1].form, ","))
        return;
    for (int32_t i = r + 1; i < from; i++)
        if (!descends(s, i, r) || breaking_punct(&s->tok[i]) ||
            (descends(s, i, v) && i != from - 1))
            return;
    for (int32_t i = v + 1; i < s->n; i++)
        if (s->tok[i].head == r + 1)
            s->tok[i].head = v + 1;
    s->tok[from - 1].head = v + 1; /* the comma closing the aside */
    if (participle)
        s->tok[v].xpos = "VBD";
    s->tok[v].head = 0;
    s->tok[v].deprel = "root";
    if (subj != r) { /* the adjective's words go to the name: "Kevin McCarthy, | who held" */
        for (int32_t i = subj + 1; i < from; i++)
            if (s->tok[i].head == r + 1)
                s->tok[i].head = subj + 1;
        s->tok[r].head = subj + 1;
        s->tok[r].deprel = "amod";
    }
    s->tok[subj].head = v + 1;
    s->tok[subj].deprel = has_kid(s, v, "aux:pass") ? "nsubj:pass" : "nsubj";
}

/* "On Friday, | a court in Lima | sentenced ...": an adverbial root (a prepositional phrase or
 * a time) whose clause the parser hung deeper, under a word of the phrase or of the subject.
 * The first finite clause after the root that no relative word, marker or conjunction opens
 * is the root; the adverbial its oblique; where that verb has no subject, the noun phrase
 * that carried it (right after the adverbial or after a comma) is its subject. */
static void deep_clause(dyad_sentence *s, int32_t r)
{
    bool prep = has_preposition(s, r);
    if (!prep && !time_adverbial(s->tok[r].form)) {
        deep_subject_clause(s, r);
        return;
    }
    int32_t v = -1;
    for (int32_t i = r + 1; i < s->n && v < 0; i++)
        if (finite_predicate(s, i) && !opened_clause(s, i) && !is(s->tok[i].deprel, "conj"))
            v = i;
    if (v < 0 || s->tok[v].head == r + 1)
        return;
    for (int32_t i = r + 1; i < v; i++) /* "...; the government needs": another sentence */
        if (breaking_punct(&s->tok[i]))
            return;
    int32_t top = v; /* the word under the root that carries the verb */
    for (int g = 0; g < 64 && s->tok[top].head != r + 1; g++)
        top = s->tok[top].head - 1;
    if (s->tok[top].head != r + 1)
        return;
    bool subj = has_kid(s, v, "nsubj") || has_kid(s, v, "nsubj:pass") || has_kid(s, v, "expl") ||
                has_kid(s, v, "csubj");
    if (!subj) {
        int tu = s->tok[top].upos;
        int32_t from = left_edge(s, top);
        if (top > v || (tu != DYAD_UPOS_NOUN && tu != DYAD_UPOS_PROPN && tu != DYAD_UPOS_NUM) ||
            has_kid(s, top, "case") || !(is(s->tok[from - 1].form, ",") || from - 1 == r))
            return;
        for (int32_t i = from; i < v; i++) /* the verb's subject ends right before it */
            if (!descends(s, i, top) && !descends(s, i, v))
                return;
    }
    for (int32_t i = v + 1; i < s->n; i++)
        if (s->tok[i].head == r + 1)
            s->tok[i].head = v + 1;
    s->tok[v].head = 0;
    s->tok[v].deprel = "root";
    s->tok[r].head = v + 1;
    s->tok[r].deprel = prep ? "obl" : "obl:unmarked";
    if (!subj) {
        s->tok[top].head = v + 1;
        s->tok[top].deprel = has_kid(s, v, "aux:pass") ? "nsubj:pass" : "nsubj";
    }
}

/* "Per request of the prime minister, | the Queen suspended parliament." with no finite verb:
 * "suspended" (VBN) an amod of "parliament" and the phrase an apposition in the adverbial. After
 * an adverbial root and a comma, a past tense hung as amod between a noun phrase and the noun
 * it modifies is the predicate: the noun phrase before it its subject, the noun its object,
 * the adverbial its oblique (past_tense_after_adverbial). */
static void past_tense_after_adverbial(dyad_sentence *s, int32_t r)
{
    if (has_finite_verb(s) || !(has_preposition(s, r) || time_adverbial(s->tok[r].form)))
        return;
    int32_t c = r + 1;
    while (c < s->n && !is(s->tok[c].form, ","))
        c++;
    for (int32_t v = c + 2; v + 1 < s->n; v++) {
        dyad_token *vt = &s->tok[v];
        int32_t o = vt->head - 1, subj = v - 1;
        if (vt->upos != DYAD_UPOS_VERB || !(is(vt->xpos, "VBN") || is(vt->xpos, "VBD")) ||
            !is(vt->deprel, "amod") || o <= v || !descends(s, o, r) ||
            (s->tok[subj].upos != DYAD_UPOS_NOUN && s->tok[subj].upos != DYAD_UPOS_PROPN) ||
            (s->tok[o].upos != DYAD_UPOS_NOUN && s->tok[o].upos != DYAD_UPOS_PROPN))
            continue;
        for (int32_t i = c + 1; i < o; i++) /* "the Queen | suspended | parliament" */
            if (i != v && !noun_phrase_word(&s->tok[i]))
                return;
        for (int32_t i = c + 1; i < subj; i++) /* "the" goes with the subject */
            if (s->tok[i].head == o + 1)
                s->tok[i].head = subj + 1;
        for (int32_t i = 0; i < s->n; i++) /* the comma and the full stop go to the verb */
            if ((s->tok[i].head == o + 1 || s->tok[i].head == r + 1) &&
                s->tok[i].upos == DYAD_UPOS_PUNCT)
                s->tok[i].head = v + 1;
        past_tense_root(s, v, subj, o);
        s->tok[r].head = v + 1;
        s->tok[r].deprel = has_preposition(s, r) ? "obl" : "obl:unmarked";
        return;
    }
}

void dyad_repair_fronted_phrases(dyad_sentence *s, bool headline)
{
    int32_t r = single_root(s);
    if (r < 0 || has_kid(s, r, "cop"))
        return;
    int ru = s->tok[r].upos;
    if (ru != DYAD_UPOS_NOUN && ru != DYAD_UPOS_PROPN && ru != DYAD_UPOS_NUM &&
        ru != DYAD_UPOS_ADJ && ru != DYAD_UPOS_ADV && ru != DYAD_UPOS_CCONJ)
        return;
    /* the root's phrase: r and its dependents before the first clause */
    int32_t end = r;
    for (int32_t i = r + 1; i < s->n; i++) {
        if (s->tok[i].head != r + 1)
            continue;
        if (finite_predicate(s, i))
            break;
        end = right_edge(s, i);
    }
    if (speaker_label(s, r, end))
        return; /* UD's own reading: the label is the root, the clause its parataxis */
    int32_t v = fronted_clause(s, r);
    if (v < 0) {
        deep_clause(s, r);
        past_tense_after_adverbial(s, r);
        return;
    }
    int32_t subj = -1;
    for (int32_t i = 0; i < v; i++)
        if (s->tok[i].head == v + 1 &&
            (rel_is(s->tok[i].deprel, "nsubj") || rel_is(s->tok[i].deprel, "csubj") ||
             is(s->tok[i].deprel, "expl")))
            subj = subj < 0 ? i : subj;
    const char *rel;
    int32_t head = v;
    bool adj = ru == DYAD_UPOS_ADJ;
    if (ru == DYAD_UPOS_ADV || ru == DYAD_UPOS_CCONJ) { /* "Specifically, | she was ..." */
        if (subj < r || end + 1 >= s->n ||
            !(is(s->tok[end].form, ",") || is(s->tok[end + 1].form, ",")))
            return;
        rel = ru == DYAD_UPOS_ADV ? "advmod" : "cc";
    } else if (has_preposition(s, r)) {
        rel = adj ? "advcl" : "obl";
    } else if (subj >= 0 && subj > r) {
        int32_t from = left_edge(s, subj);
        for (int32_t i = from; i < subj; i++)
            if (is(s->tok[i].deprel, "case") && s->tok[i].upos != DYAD_UPOS_PART)
                return; /* a "subject" with a preposition is a phrase of the root's ("arrest
                           warrants for 36 people, including the president; seeks aid") */
        bool pron = s->tok[subj].upos == DYAD_UPOS_PRON;
        bool present = is(s->tok[v].xpos, "VBZ") || is(s->tok[v].xpos, "VBP");
        switch (joining(s, r, from, subj)) {
        case JOIN_DIRECT:
            /* a relative clause with its gap: "the best meal | I ever had", "the town | rebels
             * seized"; a headline has no relative clauses to speak of, but no object either */
            if (((headline && !present) || is(s->tok[v].deprel, "acl:relcl")) &&
                !has_kid(s, v, "obj") &&
                !has_kid(s, v, "ccomp") && !has_kid(s, v, "xcomp") &&
                !is(s->tok[subj].deprel, "nsubj:pass"))
                return;
            if (pron) { /* "Tomorrow | I leave for Lima" */
                rel = adj ? "advcl" : "obl:unmarked";
                break;
            }
            /* "Former | Senator Ana Rojas": a modifier of the subject */
            head = subj;
            rel = adj ? "amod" : has_kid(s, r, "case") ? "nmod:poss"
                      : ru == DYAD_UPOS_NUM ? "nummod" : "compound";
            break;
        case JOIN_AND: /* "A truck and | a car collided": the root is the first conjunct */
            if (adj || pron)
                return;
            for (int32_t i = r + 1; i < from; i++)
                if (s->tok[i].upos == DYAD_UPOS_CCONJ && s->tok[i].head == r + 1)
                    s->tok[i].head = subj + 1;
            s->tok[subj].head = r + 1;
            rel = s->tok[subj].deprel; /* the root takes the subject's place */
            s->tok[subj].deprel = "conj";
            break;
        case JOIN_COMMA: /* "Good steakhouse, | I recommend it": a noun and a clause */
            if (pron && !adj)
                return;
            rel = adj ? "advcl" : "dislocated";
            break;
        default:
            return;
        }
    } else if (subj < 0) {
        /* no subject: the phrase is it, running up to the verb ("Ana Rojas, a lawyer, | said") */
        if ((adj && !has_kid(s, r, "det")) || misread_verb_between(s, r, v))
            return; /* an adjective only as a noun phrase: "The oldest of them, | weighed" */
        for (int32_t i = v + 1; i < s->n; i++) /* "Talks, held, ended": which verb is it? */
            if (s->tok[i].head == v + 1 && is(s->tok[i].deprel, "conj") &&
                finite_predicate(s, i) && !has_kid(s, i, "cc"))
                return;
        for (int32_t i = r + 1; i < v; i++) /* an aside in commas, not after a dash or colon */
            if ((!descends(s, i, r) && !descends(s, i, v)) || breaking_punct(&s->tok[i]))
                return;
        rel = has_kid(s, v, "aux:pass") ? "nsubj:pass" : "nsubj";
    } else {
        return;
    }
    for (int32_t i = v + 1; i < s->n; i++) /* what hung from the root after the verb */
        if (s->tok[i].head == r + 1)
            s->tok[i].head = v + 1;
    s->tok[v].head = 0;
    s->tok[v].deprel = "root";
    s->tok[r].head = head + 1;
    s->tok[r].deprel = rel;
}
