/* parse_repair_nouns.c — noun phrases the parser built wrong: participles after "the" and names
 * inside their titles' of-phrases, names split in a conjunction (see parse_repair.c).
 *
 * Participles as nouns. "Police arrested the accused in Santiago" parsed with "the" as the
 * object and "accused" a clause of it: a participle after "the" with no object or subject of
 * its own is the noun of that phrase (participle_nouns).
 *
 * Names inside titles. "Secretary of State Antony Blinken" parsed with the name inside the
 * of-phrase: the name heads the phrase, the title is its compound (names_in_titles). */
#include "nlp/parse_repair_internal.h"

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
