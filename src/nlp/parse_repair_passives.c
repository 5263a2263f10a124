/* parse_repair_passives.c — passive clauses whose agent or complement the parser hung in the
 * wrong place (see parse_repair.c).
 *
 * Agents under an adverb. "Kenya was criticised earlier by Uganda" parsed with "by Uganda" a
 * modifier of "earlier": a by-phrase under an adverb or a bare time noun of a passive verb
 * with no agent of its own is that verb's agent, as is one under an oblique noun with another
 * phrase of that noun between ("was sentenced for the murder to life in prison by a court")
 * (agents_under_adverbs).
 *
 * Infinitives of passive verbs. "Rebels were seen to attack the town" parsed with "to attack"
 * an adverbial clause (advcl) of "seen": a to-infinitive with no subject of its own, right of
 * a passive verb of perception, report or request, is its complement (xcomp), whose subject
 * is the passive subject (passive_infinitives).
 *
 * Subjects of passives. "He has already been found guilty of fraud" parsed with "He" an
 * nsubj beside the passive auxiliary "been": the subject of a participle with a passive
 * auxiliary is the one the act is done to (nsubj:pass), never its doer (passive_subjects). */
#include "nlp/parse_repair_internal.h"

/* Word v is a passive verb: it has a passive auxiliary or a passive subject. */
static bool passive(const dyad_sentence *s, int32_t v)
{
    return s->tok[v].upos == DYAD_UPOS_VERB &&
           (has_kid(s, v, "aux:pass") || has_kid(s, v, "nsubj:pass"));
}

/* The preposition (case dependent) of word n is want. */
static bool prep_is(const dyad_sentence *s, int32_t n, const char *want)
{
    for (int32_t k = 0; k < n; k++)
        if (s->tok[k].head == n + 1 && is(s->tok[k].deprel, "case") && s->tok[k].form &&
            strcasecmp(s->tok[k].form, want) == 0)
            return true;
    return false;
}

void dyad_repair_agents_under_adverbs(dyad_sentence *s)
{
    for (int32_t n = 1; n < s->n; n++) {
        dyad_token *nt = &s->tok[n];
        int32_t a = nt->head - 1;
        if (a < 0 || a >= n || !rel_is(nt->deprel, "nmod") || !prep_is(s, n, "by"))
            continue;
        int32_t v = s->tok[a].head - 1;
        const char *ar = s->tok[a].deprel;
        bool adverb = s->tok[a].upos == DYAD_UPOS_ADV && rel_is(ar, "advmod");
        bool when = s->tok[a].upos == DYAD_UPOS_NOUN &&
                    (is(ar, "obl:tmod") || is(ar, "obl:unmarked")) && !has_kid(s, a, "case");
        /* "sentenced for the murder | to life in prison | by a court": another phrase of
         * the oblique's noun stands between it and the by-phrase */
        bool far = false;
        if (is(ar, "obl") && s->tok[a].upos == DYAD_UPOS_NOUN)
            for (int32_t k = a + 1; k < n && !far; k++)
                far = s->tok[k].head == a + 1 && rel_is(s->tok[k].deprel, "nmod");
        if (v < 0 || v >= a || (!adverb && !when && !far) || !passive(s, v) ||
            has_kid(s, v, "obl:agent"))
            continue;
        nt->head = v + 1;
        nt->deprel = "obl:agent";
    }
}

void dyad_repair_passive_infinitives(dyad_sentence *s)
{
    /* verbs whose passive takes a subject-sharing infinitive ("were seen to", "was asked to") */
    static const char *const raising[] = {
        "see",    "hear",  "report",   "say",    "believe", "think", "know",     "find",
        "show",   "force", "ask",      "order",  "urge",    "allow", "expect",   "require",
        "oblige", "invite", "encourage", "tell", "permit",  "compel", "authorize", "authorise"};
    for (int32_t c = 1; c < s->n; c++) {
        dyad_token *ct = &s->tok[c];
        int32_t v = ct->head - 1;
        if (v < 0 || v >= c || ct->upos != DYAD_UPOS_VERB || !is(ct->deprel, "advcl") ||
            !is(ct->xpos, "VB") || !passive(s, v) ||
            !word_in(s->tok[v].lemma, raising, sizeof raising / sizeof *raising) ||
            has_kid(s, c, "nsubj") || has_kid(s, c, "nsubj:pass"))
            continue;
        int marks = 0; /* its only marker is "to", right before it */
        for (int32_t k = 0; k < c; k++)
            marks += s->tok[k].head == c + 1 && is(s->tok[k].deprel, "mark");
        if (marks == 1 && s->tok[c - 1].head == c + 1 && is(s->tok[c - 1].deprel, "mark") &&
            s->tok[c - 1].form && strcasecmp(s->tok[c - 1].form, "to") == 0)
            ct->deprel = "xcomp";
    }
}

/* "He has already been found guilty": a participle (VBN) with a passive auxiliary before it
 * and no passive subject: its subjects (nsubj) are passive subjects. */
void dyad_repair_passive_subjects(dyad_sentence *s)
{
    for (int32_t v = 1; v < s->n; v++) {
        if (s->tok[v].upos != DYAD_UPOS_VERB || !is(s->tok[v].xpos, "VBN") ||
            has_kid(s, v, "nsubj:pass") || !has_kid(s, v, "aux:pass"))
            continue;
        for (int32_t i = 0; i < s->n; i++)
            if (s->tok[i].head == v + 1 && is(s->tok[i].deprel, "nsubj"))
                s->tok[i].deprel = "nsubj:pass";
    }
}
