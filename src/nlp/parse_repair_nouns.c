/* parse_repair_nouns.c — noun phrases the parser built wrong: participles after "the" and names
 * inside their titles' of-phrases, names split in a conjunction (see parse_repair.c).
 *
 * Participles as nouns. "Police arrested the accused in Santiago" parsed with "the" as the
 * object and "accused" a clause of it: a participle after "the" with no object or subject of
 * its own is the noun of that phrase (participle_nouns).
 *
 * Names inside titles. "Secretary of State Antony Blinken" parsed with the name inside the
 * of-phrase (or flat under the ministry's word, "of State | Clinton"): the name heads the
 * phrase, the title is its compound (names_in_titles).
 *
 * Names split with nothing between the parts ("US | President Donald Trump" as a conjunction
 * with no "and", "the Military | Times" as an apposition with no comma, "Hong Kong | protests"
 * as two subjects, "with Minas | Tirith border police" with the rest a phrase of its own):
 * one phrase again (joined_names). A list item (UD list) in a coordination
 * is a conjunct (lists_as_conjuncts). An object that begins with a preposition ("Speaking |
 * on al-Masirah TV" with "on" inside the name) is an oblique (case_objects). A name joined by
 * a hyphen is one name ("Guinea-Bissau | praised", hyphen_names); a day after "on" is no
 * subject ("On Monday | Lai Ching-te criticised", day_subjects). A preposition hung on a
 * compound belongs to the phrase's head ("of | Hong Kong residents", case_on_compounds); a
 * plural noun with a subject and an object is a verb ("the government | treats | the courts",
 * nouns_with_arguments). After a verb of naming, an apposition of the object is the verb's
 * complement ("branded the president | a liar", naming_complements). A capitalised
 * participle inside a name is the name's ("The Shining | Path", participles_in_names). */
#include "nlp/parse_repair_internal.h"

#include <ctype.h>
#include <strings.h>

/* A nominal relation: the word heads an argument or a modifier noun phrase. */
static bool nominal_rel(const char *r)
{
    return rel_is(r, "nsubj") || rel_is(r, "obj") || rel_is(r, "iobj") || rel_is(r, "obl") ||
           rel_is(r, "nmod") || rel_is(r, "conj") || rel_is(r, "appos");
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
    return word_in(f, fields, sizeof fields / sizeof *fields);
}

/* "the accused", "the wounded", "the detained": a participle after "the" heading its own noun
 * phrase, which the parser made a clause (acl) or modifier of the determiner, the determiner
 * standing as the argument. The participle becomes the phrase's noun, the determiner its det,
 * the participle's own dependents ("the accused in the case") its noun modifiers. */
void dyad_repair_participle_nouns(dyad_sentence *s)
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

/* "Secretary of State Antony Blinken met ..." parsed with the name inside the of-phrase
 * ("of State Antony Blinken", "Antony" its head, "State" a compound of it): a title whose
 * of-phrase is a capitalised word followed by a name of two or more words is the name's title
 * (UD: the name heads the phrase). The name takes the title's place, the title becomes its
 * compound, and "of State" stays the title's. */
void dyad_repair_names_in_titles(dyad_sentence *s)
{
    /* "of State | Clinton" with the name a flat part of the ministry's word: first the shape
     * below ("State" a compound of the name inside the of-phrase) */
    for (int32_t n = 3; n < s->n; n++) {
        dyad_token *nt = &s->tok[n], *ot = &s->tok[n - 1];
        if (nt->upos != DYAD_UPOS_PROPN || !is(nt->deprel, "flat") || nt->head != n ||
            ot->upos != DYAD_UPOS_PROPN || !rel_is(ot->deprel, "nmod") ||
            !office_word(ot->form) || s->tok[n - 2].head != n ||
            !is(s->tok[n - 2].deprel, "case") || !s->tok[n - 2].form ||
            strcasecmp(s->tok[n - 2].form, "of") != 0)
            continue;
        nt->head = ot->head;
        nt->deprel = ot->deprel;
        ot->head = n + 1;
        ot->deprel = "compound";
        s->tok[n - 2].head = n + 1;
    }
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

/* "Japan and South Korea signed" parsed with "South" the conjunct of "Japan" and "Korea" a
 * second subject: a proper noun conjoined (after "and" or a comma) and followed by a proper
 * noun that the parser made an argument of its own is the first word of that name: the name
 * is the conjunct, the word its compound. */
void dyad_repair_split_names(dyad_sentence *s)
{
    for (int32_t a = 0; a + 1 < s->n; a++) {
        dyad_token *at = &s->tok[a], *bt = &s->tok[a + 1];
        int32_t h = bt->head - 1;
        if (at->upos != DYAD_UPOS_PROPN || bt->upos != DYAD_UPOS_PROPN || !is(at->deprel, "conj") ||
            h < 0 || h == a || at->head - 1 == a + 1 || h == at->head - 1 ||
            !(rel_is(bt->deprel, "nsubj") || rel_is(bt->deprel, "obj") ||
              rel_is(bt->deprel, "obl")) ||
            has_kid(s, a + 1, "case") || has_kid(s, a + 1, "det"))
            continue;
        bool cc = false; /* "Japan and South | Korea": a conjunction or comma before a */
        for (int32_t i = 0; i < a; i++)
            if (s->tok[i].head == a + 1 &&
                (is(s->tok[i].deprel, "cc") || is(s->tok[i].deprel, "punct")))
                cc = true;
        if (!cc)
            continue;
        bt->head = at->head;
        bt->deprel = "conj";
        for (int32_t i = 0; i < a; i++) /* the conjunction goes with the whole name */
            if (s->tok[i].head == a + 1)
                s->tok[i].head = a + 2;
        at->head = a + 2;
        at->deprel = "compound";
    }
}

/* Word i's subtree spans the words first..last (bounded: no cycles). */
static void span(const dyad_sentence *s, int32_t i, int32_t *first, int32_t *last)
{
    *first = *last = i;
    for (int32_t k = 0; k < s->n; k++)
        if (descends(s, k, i)) {
            if (k < *first)
                *first = k;
            if (k > *last)
                *last = k;
        }
}

/* Word w takes the place of word a in the tree: a's relation and head, and a's other
 * dependents; a becomes w's dependent with relation rel. */
static void take_place(dyad_sentence *s, int32_t w, int32_t a, const char *rel)
{
    s->tok[w].head = s->tok[a].head;
    s->tok[w].deprel = s->tok[a].deprel;
    for (int32_t k = 0; k < s->n; k++)
        if (k != w && s->tok[k].head == a + 1 && !rel_is(s->tok[k].deprel, "flat") &&
            !rel_is(s->tok[k].deprel, "compound") && !rel_is(s->tok[k].deprel, "amod"))
            s->tok[k].head = w + 1;
    s->tok[a].head = w + 1;
    s->tok[a].deprel = rel;
}

/* Word h is capitalised and not the sentence's first word ("the Military | Times"). */
static bool capital_word(const dyad_sentence *s, int32_t h)
{
    return h > 0 && s->tok[h].form && isupper((unsigned char)s->tok[h].form[0]);
}

/* Word h has a possessor that is a name ("Gryffindor's head"). */
static bool owned_by_name(const dyad_sentence *s, int32_t h)
{
    for (int32_t k = 0; k < h; k++)
        if (s->tok[k].head == h + 1 && is(s->tok[k].deprel, "nmod:poss") &&
            s->tok[k].upos == DYAD_UPOS_PROPN)
            return true;
    return false;
}

/* One name the parser split in two at a word boundary, with nothing between the parts:
 * - "US President Donald Trump withdrew" with "Donald" a conjunct of "US" (no "and", no
 *   comma): the conjunct is the name, the word before it its compound;
 * - "Hong Kong protests continue" with "Hong Kong" and "protests" both subjects of the verb:
 *   the first is a compound of the second;
 * - "told the Military Times" with "Times" an apposition right after "Military" (no comma):
 *   the second word heads the name, the first is its compound.
 * A real conjunction, apposition or second subject has a conjunction or a comma between. */
void dyad_repair_joined_names(dyad_sentence *s)
{
    for (int32_t d = 1; d < s->n; d++) {
        dyad_token *dt = &s->tok[d];
        int32_t h = dt->head - 1, first, last;
        if (h < 0 || h >= d || dt->upos != DYAD_UPOS_PROPN ||
            !(rel_is(dt->deprel, "conj") || is(dt->deprel, "appos")))
            continue; /* neither shape below (checked first: the span walks the tree) */
        span(s, d, &first, &last);
        bool punct = false;
        for (int32_t k = first; k < d; k++)
            if (s->tok[k].upos == DYAD_UPOS_PUNCT || s->tok[k].upos == DYAD_UPOS_CCONJ)
                punct = true;
        if (punct)
            continue;
        int hu = s->tok[h].upos;
        bool nominal_h = hu == DYAD_UPOS_PROPN || hu == DYAD_UPOS_NOUN;
        if (dt->upos == DYAD_UPOS_PROPN && hu == DYAD_UPOS_PROPN && rel_is(dt->deprel, "conj") &&
            first == h + 1 && !has_kid(s, d, "cc")) {
            int32_t c = 0; /* h has this one conjunct only */
            for (int32_t k = 0; k < s->n; k++)
                c += s->tok[k].head == h + 1 && rel_is(s->tok[k].deprel, "conj");
            if (c == 1)
                take_place(s, d, h, "compound");
        } else if (dt->upos == DYAD_UPOS_PROPN && nominal_h && is(dt->deprel, "appos") &&
                   d == h + 1 && (capital_word(s, h) || owned_by_name(s, h)) &&
                   !has_kid(s, d, "det") && !has_kid(s, d, "case")) {
            /* a capitalised word, part of the name, or a title owned by a name ("Gryffindor's
             * head Minerva"); "my son Jack" stays an apposition */
            take_place(s, d, h, "compound");
        }
    }
    /* "with Minas | Tirith border police" with the name cut after its first word: a
     * capitalised word with a preposition and nothing else of its own, right before a
     * phrase that is an oblique or modifier with no preposition or determiner, is that
     * phrase's first word */
    for (int32_t n = 1; n + 1 < s->n; n++) {
        dyad_token *nt = &s->tok[n];
        int32_t first, last, m = -1;
        if (!nt->form || !isupper((unsigned char)nt->form[0]) ||
            (nt->upos != DYAD_UPOS_PROPN && nt->upos != DYAD_UPOS_NOUN) ||
            !(rel_is(nt->deprel, "obl") || rel_is(nt->deprel, "nmod")) || !has_kid(s, n, "case"))
            continue;
        span(s, n, &first, &last);
        if (last != n)
            continue; /* the word ends its phrase */
        for (int32_t k = n + 1; k < s->n && m < 0; k++) /* the phrase starting right after */
            if (s->tok[k].head - 1 > n) {
                int32_t f, l;
                span(s, s->tok[k].head - 1, &f, &l);
                if (f == n + 1 && s->tok[s->tok[k].head - 1].head != n + 1)
                    m = s->tok[k].head - 1;
            }
        if (m < 0) {
            int32_t f, l;
            span(s, n + 1, &f, &l);
            if (f == n + 1 && s->tok[n + 1].head != n + 1)
                m = n + 1;
        }
        for (int32_t k = n + 1; m >= 0 && k <= m; k++)
            if (s->tok[k].upos == DYAD_UPOS_PUNCT || s->tok[k].upos == DYAD_UPOS_CCONJ)
                m = -1; /* "in Iran, German firms": two phrases */
        if (m < 0 || (s->tok[m].upos != DYAD_UPOS_NOUN && s->tok[m].upos != DYAD_UPOS_PROPN) ||
            !(is(s->tok[m].deprel, "obl") || is(s->tok[m].deprel, "nmod")) ||
            has_kid(s, m, "case") || has_kid(s, m, "det") || descends(s, n, m) || descends(s, m, n))
            continue;
        take_place(s, m, n, "compound");
    }
    /* two subjects of one verb, the first ending where the second begins */
    for (int32_t b = 1; b < s->n; b++) {
        dyad_token *bt = &s->tok[b];
        int u = bt->upos;
        if (!is(bt->deprel, "nsubj") || (u != DYAD_UPOS_NOUN && u != DYAD_UPOS_PROPN))
            continue;
        int32_t first, last;
        span(s, b, &first, &last);
        for (int32_t a = 0; a < first; a++) {
            int32_t af, al;
            int au = s->tok[a].upos;
            if (s->tok[a].head != bt->head || !is(s->tok[a].deprel, "nsubj") ||
                (au != DYAD_UPOS_NOUN && au != DYAD_UPOS_PROPN))
                continue;
            span(s, a, &af, &al);
            if (al + 1 != first || has_kid(s, a, "case") || has_kid(s, b, "det"))
                continue;
            bool punct = false; /* "Russia, France and Germany met": two subjects indeed */
            for (int32_t k = af; k <= b; k++)
                punct = punct || s->tok[k].upos == DYAD_UPOS_PUNCT ||
                        s->tok[k].upos == DYAD_UPOS_CCONJ;
            if (!punct) {
                s->tok[a].head = b + 1;
                s->tok[a].deprel = "compound";
                for (int32_t k = 0; k < a; k++) /* "The | Hong Kong protests" */
                    if (s->tok[k].head == a + 1 && rel_is(s->tok[k].deprel, "det"))
                        s->tok[k].head = b + 1;
            }
        }
    }
}

/* "Evil Mordor, the awful Fornost, and good Gondor welcomed" parsed with "Fornost" a list item
 * (UD list) of "Mordor" and "Gondor" a conjunct of "Fornost": a list relation between two
 * nominals in a coordination (some conjunct after it has "and" or "or") is a conjunct of the
 * first, as is every conjunct hung from it. */
void dyad_repair_lists_as_conjuncts(dyad_sentence *s)
{
    for (int32_t d = 1; d < s->n; d++) {
        dyad_token *dt = &s->tok[d];
        int32_t h = dt->head - 1;
        if (h < 0 || h >= d || !is(dt->deprel, "list") ||
            (dt->upos != DYAD_UPOS_PROPN && dt->upos != DYAD_UPOS_NOUN) ||
            (s->tok[h].upos != DYAD_UPOS_PROPN && s->tok[h].upos != DYAD_UPOS_NOUN))
            continue;
        bool cc = false;
        for (int32_t k = d + 1; k < s->n && !cc; k++)
            cc = s->tok[k].head == d + 1 && rel_is(s->tok[k].deprel, "conj") && has_kid(s, k, "cc");
        if (!cc)
            continue;
        dt->deprel = "conj";
        for (int32_t k = d + 1; k < s->n; k++)
            if (s->tok[k].head == d + 1 && rel_is(s->tok[k].deprel, "conj"))
                s->tok[k].head = h + 1;
    }
}

/* "Japan, South Korea hold talks": a headline joins its parties with a comma where running
 * text has "and". The parser reads the first as a vocative, or both as subjects of the verb:
 * a name or noun before a comma whose next phrase is the verb's subject becomes the subject,
 * and that phrase its conjunct (headline_coordination; headlines only). */
void dyad_repair_headline_coordination(dyad_sentence *s)
{
    for (int32_t c = 1; c + 1 < s->n; c++) {
        if (!is(s->tok[c].form, ","))
            continue;
        int32_t i = -1, j = -1; /* the phrases before and after the comma */
        for (int32_t k = 0; k < s->n; k++) {
            int32_t h = s->tok[k].head - 1;
            int u = s->tok[k].upos;
            if (h < 0 || (u != DYAD_UPOS_PROPN && u != DYAD_UPOS_NOUN) ||
                s->tok[h].upos != DYAD_UPOS_VERB)
                continue;
            if (k < c && (is(s->tok[k].deprel, "vocative") || is(s->tok[k].deprel, "nsubj")))
                i = k;
            else if (k > c && is(s->tok[k].deprel, "nsubj") && left_edge(s, k) == c + 1)
                j = k;
        }
        if (i < 0 || j < 0 || s->tok[i].head != s->tok[j].head || left_edge(s, i) != 0)
            continue;
        bool adjacent = true; /* nothing between the first phrase and the comma */
        for (int32_t k = i + 1; k < c; k++)
            adjacent &= descends(s, k, i);
        if (!adjacent)
            continue;
        s->tok[i].deprel = "nsubj";
        s->tok[j].head = i + 1;
        s->tok[j].deprel = "conj";
        s->tok[c].head = j + 1;
        s->tok[c].deprel = "punct";
        return;
    }
}

/* "Speaking on al-Masirah TV in Yemen" parsed with "TV" the object of "Speaking" and "on" the
 * case of a word inside its name: a phrase that begins with a preposition is no object. An
 * object (obj) whose first word is a preposition (ADP, case) hung inside its own phrase is an
 * oblique of its verb, the preposition its case (case_objects). */
void dyad_repair_case_objects(dyad_sentence *s)
{
    for (int32_t o = 1; o < s->n; o++) {
        dyad_token *ot = &s->tok[o];
        int32_t v = ot->head - 1, first = o;
        if (!is(ot->deprel, "obj") || v < 0 || v >= o ||
            (ot->upos != DYAD_UPOS_NOUN && ot->upos != DYAD_UPOS_PROPN))
            continue;
        while (first > v + 1 && descends(s, first - 1, o))
            first--;
        dyad_token *pt = &s->tok[first];
        if (first == o || pt->upos != DYAD_UPOS_ADP || !is(pt->deprel, "case"))
            continue; /* (its case may already hang on it: case_on_compounds) */
        pt->head = o + 1;
        ot->deprel = "obl";
    }
}

/* "Guinea-Bissau praised France" parsed with "Guinea" the root and "Bissau" the subject of
 * "praised", a clause hung from "Guinea" (or from "president" in "The president of Guinea-
 * Bissau met ..."): the parts of a name joined by a hyphen with no space are one name. Where
 * the part after the hyphen is the subject of a verb hung from the phrase that holds the part
 * before it, the verb takes that phrase's place and the phrase the subject's, the second part
 * is the first one's flat (hyphen_names). */
void dyad_repair_hyphen_names(dyad_sentence *s)
{
    for (int32_t h = 1; h + 1 < s->n; h++) {
        int32_t x = h - 1, y = h + 1;
        dyad_token *xt = &s->tok[x], *yt = &s->tok[y];
        if (!is(s->tok[h].form, "-") || xt->space_after || s->tok[h].space_after ||
            !xt->form || !(xt->form[0] >= 'A' && xt->form[0] <= 'Z') || !yt->form ||
            !(yt->form[0] >= 'A' && yt->form[0] <= 'Z') ||
            (xt->upos != DYAD_UPOS_PROPN && xt->upos != DYAD_UPOS_NOUN) ||
            (yt->upos != DYAD_UPOS_PROPN && yt->upos != DYAD_UPOS_NOUN))
            continue;
        int32_t v = yt->head - 1, p = v >= 0 ? s->tok[v].head - 1 : -1;
        if (v <= y || s->tok[v].upos != DYAD_UPOS_VERB || !rel_is(yt->deprel, "nsubj") ||
            p < 0 || p > x || !descends(s, x, p))
            continue; /* p: the phrase holding the first part ("The president of Guinea") */
        const char *subj = yt->deprel;
        for (int32_t i = 0; i < s->n; i++) /* the phrase's words after the verb */
            if (i > v && s->tok[i].head == p + 1)
                s->tok[i].head = v + 1;
        s->tok[v].head = s->tok[p].head;
        s->tok[v].deprel = s->tok[p].deprel;
        s->tok[p].head = v + 1;
        s->tok[p].deprel = subj;
        yt->head = x + 1;
        yt->deprel = "flat";
        s->tok[h].head = y + 1;
        s->tok[h].deprel = "punct";
    }
}

/* "On Monday Lai Ching-te criticised China." parsed with "On" a marker of the verb and "Monday"
 * its subject, the name a flat part of the day: a day after "on" is when, not who. A day name
 * hung as nsubj right after an "on" hung from the same verb (mark or case), with a capitalised
 * name right after it in its phrase, is an oblique of time with "on" its case; the name heads
 * the subject, the day's other words after it its flat parts (day_subjects). */
void dyad_repair_day_subjects(dyad_sentence *s)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday"};
    for (int32_t d = 1; d + 1 < s->n; d++) {
        dyad_token *dt = &s->tok[d], *on = &s->tok[d - 1], *nt = &s->tok[d + 1];
        int32_t v = dt->head - 1;
        if (!is(dt->deprel, "nsubj") || !word_in(dt->form, days, sizeof days / sizeof *days) ||
            v < 0 || strcasecmp(on->form ? on->form : "", "on") != 0 || on->head != v + 1 ||
            nt->upos != DYAD_UPOS_PROPN || !descends(s, d + 1, d))
            continue;
        nt->head = v + 1;
        nt->deprel = "nsubj";
        for (int32_t i = d + 2; i < s->n; i++)
            if (s->tok[i].head == d + 1)
                s->tok[i].head = d + 2, s->tok[i].deprel = "flat";
        dt->deprel = "obl";
        on->head = d + 1;
        on->deprel = "case";
        on->upos = DYAD_UPOS_ADP;
    }
    /* "On Tuesday Ukrainian soldier | Hale attacked" with the day a compound at the start of
     * an on-phrase whose head ends right before the verb's subject: the day alone is the
     * oblique, the rest of the phrase a compound of the subject */
    for (int32_t d = 1; d + 2 < s->n; d++) {
        dyad_token *dt = &s->tok[d], *on = &s->tok[d - 1];
        if (!word_in(dt->form, days, sizeof days / sizeof *days))
            continue; /* checked first: most words are no day */
        int32_t n = d; /* up the phrase's modifiers to its head */
        for (int g = 0; g < 6 && (rel_is(s->tok[n].deprel, "compound") ||
                                  rel_is(s->tok[n].deprel, "amod")) && s->tok[n].head - 1 > n; g++)
            n = s->tok[n].head - 1;
        int32_t subj = n + 1, v = s->tok[n].head - 1;
        if (!word_in(dt->form, days, sizeof days / sizeof *days) || n <= d || v < 0 ||
            !rel_is(dt->deprel, "compound") || strcasecmp(on->form ? on->form : "", "on") != 0 ||
            on->head != n + 1 || !is(s->tok[n].deprel, "obl") || subj >= s->n ||
            s->tok[subj].head != v + 1 || !is(s->tok[subj].deprel, "nsubj") ||
            s->tok[subj].upos != DYAD_UPOS_PROPN)
            continue;
        bool inside = true; /* the words between the day and the phrase's head are its own */
        for (int32_t i = d + 1; i < n && inside; i++)
            inside = descends(s, i, n) && s->tok[i].upos != DYAD_UPOS_PUNCT;
        if (!inside)
            continue;
        for (int32_t i = d + 1; i < n; i++) /* "Ukrainian" hung on the day goes to the phrase */
            if (s->tok[i].head == d + 1)
                s->tok[i].head = n + 1;
        dt->head = v + 1;
        dt->deprel = "obl";
        on->head = d + 1;
        s->tok[n].head = subj + 1;
        s->tok[n].deprel = "compound";
    }
}

/* "Thousands of Hong Kong residents" parsed with "of" the case of "Hong", a compound inside
 * the phrase: a preposition introduces the whole phrase. A case hung on a compound or flat
 * part of a noun phrase whose head comes after it, where the head has no case of its own, is
 * the head's (case_on_compounds). */
void dyad_repair_case_on_compounds(dyad_sentence *s)
{
    for (int32_t c = 0; c + 1 < s->n; c++) {
        dyad_token *ct = &s->tok[c];
        int32_t m = ct->head - 1;
        if (ct->upos != DYAD_UPOS_ADP || !is(ct->deprel, "case") || m != c + 1)
            continue;
        int32_t h = m; /* up the compounds to the phrase's head */
        for (int g = 0; g < 6 && (rel_is(s->tok[h].deprel, "compound") ||
                                  rel_is(s->tok[h].deprel, "flat")) &&
                        s->tok[h].head - 1 > h; g++)
            h = s->tok[h].head - 1;
        if (h == m || has_kid(s, h, "case") ||
            (s->tok[h].upos != DYAD_UPOS_NOUN && s->tok[h].upos != DYAD_UPOS_PROPN))
            continue;
        ct->head = h + 1;
    }
}

/* '"The government treats the courts with contempt," said ...' with "treats" tagged a plural
 * noun that has a subject and an object of its own: a word with both is a verb, the present
 * tense of a third person (nouns_with_arguments). */
void dyad_repair_nouns_with_arguments(dyad_sentence *s)
{
    for (int32_t v = 1; v + 1 < s->n; v++) {
        dyad_token *vt = &s->tok[v];
        const char *f = vt->form ? vt->form : "";
        size_t fl = strlen(f);
        if (vt->upos != DYAD_UPOS_NOUN || !is(vt->xpos, "NNS") || fl < 4 || f[fl - 1] != 's' ||
            !(f[0] >= 'a' && f[0] <= 'z') || !has_kid(s, v, "nsubj") || !has_kid(s, v, "obj"))
            continue;
        vt->upos = DYAD_UPOS_VERB;
        vt->xpos = "VBZ";
    }
}

/* "Odinga branded the president a liar" parsed with "a liar" an apposition of the object: after
 * a verb of naming, a noun phrase right after the object, with no comma between, is what the
 * object is called, the verb's complement (xcomp, as UD annotates "called him a liar";
 * naming_complements), also when a quotation mark opens it ('called the attack "an act of
 * barbarity"'); so is an adjective hung after the object's noun ("called the sanctions
 * illegal" with "illegal" its amod). */
static bool quote_mark(const char *f)
{
    return f && (strcmp(f, "\"") == 0 || strcmp(f, "``") == 0 || strcmp(f, "\u201c") == 0 ||
                 strcmp(f, "'") == 0);
}

void dyad_repair_naming_complements(dyad_sentence *s)
{
    static const char *const naming[] = {"call", "brand", "label", "dub", "name", "deem",
                                         "consider", "term"};
    for (int32_t a = 2; a < s->n; a++) {
        dyad_token *at = &s->tok[a];
        int32_t o = at->head - 1, v = o >= 0 ? s->tok[o].head - 1 : -1;
        /* an apposition, or an adjective after the object's noun ("called the sanctions
         * illegal" with "illegal" an amod of "sanctions": English puts adjectives first) */
        bool appos = is(at->deprel, "appos") && at->upos == DYAD_UPOS_NOUN;
        bool adj = is(at->deprel, "amod") && at->upos == DYAD_UPOS_ADJ && !has_kid(s, a, "case");
        if ((!appos && !adj) || o < 0 || o >= a || v < 0 || v >= o ||
            !is(s->tok[o].deprel, "obj") || s->tok[v].upos != DYAD_UPOS_VERB ||
            !word_in(s->tok[v].lemma, naming, sizeof naming / sizeof *naming))
            continue;
        bool next = true; /* the apposition starts right after the object's phrase, no comma
                           * (a quotation mark of the apposition's own may open it) */
        for (int32_t i = o + 1; i < a && next; i++)
            next = (s->tok[i].upos != DYAD_UPOS_PUNCT || (quote_mark(s->tok[i].form) &&
                                                           descends(s, i, a))) &&
                   (descends(s, i, a) || (descends(s, i, o) && !descends(s, i, a)));
        if (!next)
            continue;
        at->head = v + 1;
        at->deprel = "xcomp";
    }
}

/* "The Shining Path claimed responsibility" with "Shining" tagged a gerund, the amod of "Path"
 * (or, with "The", of the verb "Path" is the subject of): a capitalised participle inside a
 * name, right before a proper noun it modifies and after "the" or another proper noun of that
 * name, is part of the name (participles_in_names). */
void dyad_repair_participles_in_names(dyad_sentence *s)
{
    for (int32_t p = 1; p + 1 < s->n; p++) {
        dyad_token *pt = &s->tok[p], *bt = &s->tok[p - 1];
        const char *f = pt->form ? pt->form : "";
        /* on the name, or beside it on the name's head (the det and amod hung on the verb) */
        int32_t at = pt->head;
        bool beside = at == s->tok[p + 1].head && at > 0 && s->tok[at - 1].upos == DYAD_UPOS_VERB;
        if (pt->upos != DYAD_UPOS_VERB || !(is(pt->xpos, "VBG") || is(pt->xpos, "VBN")) ||
            !is(pt->deprel, "amod") || !(at == p + 2 || beside) || !(f[0] >= 'A' && f[0] <= 'Z') ||
            s->tok[p + 1].upos != DYAD_UPOS_PROPN || bt->head != at ||
            !((bt->upos == DYAD_UPOS_DET && strcasecmp(bt->form ? bt->form : "", "the") == 0) ||
              bt->upos == DYAD_UPOS_PROPN))
            continue;
        if (beside && bt->upos == DYAD_UPOS_DET)
            bt->head = p + 2;
        pt->head = p + 2;
        pt->upos = DYAD_UPOS_PROPN;
        pt->xpos = "NNP";
        pt->lemma = pt->form;
        pt->deprel = "compound";
    }
}
