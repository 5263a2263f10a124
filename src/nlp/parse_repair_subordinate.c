/* parse_repair_subordinate.c — clauses whose subject or marker the parser took for a phrase
 * of the clause above (see parse_repair.c).
 *
 * Reported subjects read as objects. "A panel concluded evidence supported the claims" with
 * "evidence" the object of "concluded" and "supported" a subject-less clause of it: after a
 * verb of saying or finding, the object is the reported clause's subject (object_subjects).
 *
 * Conjunctions read as prepositions. "The probe began after his lawyer was convicted" with
 * "after his lawyer" an oblique and "was convicted" a clause with no subject: the noun is the
 * clause's subject, "after" its marker (clauses_after_conjunctions).
 *
 * Clauses that measure a span of time. "restored ties five years after crowds burned its
 * embassy" with the after-clause a clause of the main verb: it is the time noun's clause, as
 * the committed parser reads it (time_span_clauses); the coder codes no act in it. */
#include "nlp/parse_repair_internal.h"

#include <strings.h>

/* "a report concluded evidence supported his account" parsed with "evidence" the object of
 * "concluded" and "supported" an adverbial clause or conjunct with no subject: after a verb
 * of saying or finding, a finite verb with no subject, marker or conjunction right after the
 * object is the verb of a reported clause whose subject that object is (UD: ccomp). */
void dyad_repair_object_subjects(dyad_sentence *s)
{
    static const char *const claims[] = {
        "say",   "conclude", "find",    "believe", "claim",  "allege",      "report",
        "announce", "think", "argue",   "state",   "insist", "suggest",     "show",
        "warn",  "add",      "confirm", "deny",    "know",   "fear",        "note",
        "reveal", "acknowledge", "admit", "assert", "contend", "indicate",  "determine"};
    for (int32_t c = 2; c < s->n; c++) {
        dyad_token *ct = &s->tok[c];
        int32_t h = ct->head - 1;
        if (ct->upos != DYAD_UPOS_VERB || !(is(ct->xpos, "VBD") || is(ct->xpos, "VBZ") ||
                                            is(ct->xpos, "VBP")) ||
            !(is(ct->deprel, "advcl") || is(ct->deprel, "conj")) || h < 0 || h >= c ||
            s->tok[h].upos != DYAD_UPOS_VERB ||
            !word_in(s->tok[h].lemma, claims, sizeof claims / sizeof *claims) ||
            has_kid(s, c, "nsubj") || has_kid(s, c, "nsubj:pass") || has_kid(s, c, "mark") ||
            has_kid(s, c, "cc") || has_kid(s, c, "expl"))
            continue;
        int32_t o = -1;
        for (int32_t k = 0; k < c; k++)
            if (s->tok[k].head == h + 1 && is(s->tok[k].deprel, "obj"))
                o = k;
        if (o < 0 || (s->tok[o].upos != DYAD_UPOS_NOUN && s->tok[o].upos != DYAD_UPOS_PROPN &&
                      s->tok[o].upos != DYAD_UPOS_PRON))
            continue;
        bool next = true; /* the object's phrase ends right before the verb, no comma */
        for (int32_t k = o + 1; k < c && next; k++)
            next = descends(s, k, o) && s->tok[k].upos != DYAD_UPOS_PUNCT;
        if (!next)
            continue;
        s->tok[o].head = c + 1;
        s->tok[o].deprel = "nsubj";
        ct->deprel = "ccomp";
    }
}

/* "The office began a probe after his lawyer was convicted of fraud" parsed with the
 * conjunction as a preposition ("after his lawyer" an oblique of "began") and the verb, with
 * no subject of its own, a clause of that noun (acl) or a sibling of it: the noun is the
 * verb's subject (nsubj:pass under a passive auxiliary), the conjunction its marker, and the
 * verb an adverbial clause of the main verb. A phrase under a noun ("five years after crowds
 * trashed ...") is left alone: a time, not a clause of the sentence's own. */
void dyad_repair_clauses_after_conjunctions(dyad_sentence *s)
{
    static const char *const subords[] = {"after", "before", "since", "until", "till"};
    for (int32_t v = 2; v < s->n; v++) {
        dyad_token *vt = &s->tok[v];
        if (vt->upos != DYAD_UPOS_VERB || !(is(vt->xpos, "VBD") || is(vt->xpos, "VBZ") ||
                                            is(vt->xpos, "VBP") || is(vt->xpos, "VBN")) ||
            has_kid(s, v, "nsubj") || has_kid(s, v, "nsubj:pass") || has_kid(s, v, "mark") ||
            has_kid(s, v, "cc"))
            continue;
        int32_t f = left_edge(s, v), n = f - 1, c = -1;
        if (n < 1 || s->tok[n].upos == DYAD_UPOS_PUNCT)
            continue;
        /* up from the word before the verb to the noun whose preposition is a conjunction:
         * "after his former lawyer Michael Cohen | was convicted" */
        for (int guard = 0; guard < 4 && n >= 0 && n < f; guard++) {
            for (int32_t k = 0; k < n && c < 0; k++)
                if (s->tok[k].head == n + 1 && is(s->tok[k].deprel, "case") &&
                    word_in(s->tok[k].form, subords, sizeof subords / sizeof *subords) &&
                    k == left_edge(s, n))
                    c = k;
            if (c >= 0)
                break;
            n = s->tok[n].head - 1;
        }
        if (c < 0 || n < 0 || n >= f ||
            (s->tok[n].upos != DYAD_UPOS_NOUN && s->tok[n].upos != DYAD_UPOS_PROPN &&
             s->tok[n].upos != DYAD_UPOS_PRON))
            continue;
        bool under = vt->head == n + 1 && is(vt->deprel, "acl");
        bool beside = vt->head == s->tok[n].head && !under;
        if (!under && !beside)
            continue;
        int32_t h = s->tok[n].head - 1;
        const char *nrel = s->tok[n].deprel;
        if (h < 0 || !rel_is(nrel, "obl") || s->tok[h].upos != DYAD_UPOS_VERB)
            continue; /* "five years | after crowds ...": a time, left as the parser has it */
        vt->head = h + 1;
        vt->deprel = "advcl";
        s->tok[n].head = v + 1;
        s->tok[n].deprel = has_kid(s, v, "aux:pass") ? "nsubj:pass" : "nsubj";
        s->tok[c].head = v + 1;
        s->tok[c].deprel = "mark";
        s->tok[c].upos = DYAD_UPOS_SCONJ;
        s->tok[c].xpos = "IN";
    }
}

/* "restored ties five years after crowds burned its embassy" with the after-clause an adverbial
 * clause of the main verb: a clause marked "after" or "before" right after a span of time
 * ("five years", "two months") measures that span: it is the time noun's clause (acl), as the
 * parser often reads it, and tells when, not what the sentence reports (time_span_clauses). */
void dyad_repair_time_span_clauses(dyad_sentence *s)
{
    static const char *const spans[] = {"years", "months", "weeks", "days", "decades", "hours",
                                        "year", "month", "week", "day", "decade"};
    for (int32_t m = 1; m + 1 < s->n; m++) {
        dyad_token *mt = &s->tok[m];
        int32_t v = mt->head - 1, n = m - 1;
        if (!is(mt->deprel, "mark") || !mt->form ||
            (strcasecmp(mt->form, "after") != 0 && strcasecmp(mt->form, "before") != 0) ||
            v <= m || !is(s->tok[v].deprel, "advcl") ||
            !word_in(s->tok[n].form, spans, sizeof spans / sizeof *spans) ||
            s->tok[n].upos != DYAD_UPOS_NOUN || !(has_kid(s, n, "nummod") || has_kid(s, n, "det")))
            continue;
        if (descends(s, n, v)) { /* "years" hung inside the clause, as a bare modifier */
            const char *nr = s->tok[n].deprel;
            if (!is(nr, "nmod:unmarked") && !is(nr, "obl:unmarked") && !is(nr, "obl:tmod"))
                continue;
            int32_t vh = s->tok[v].head - 1;
            s->tok[n].head = vh + 1;
            s->tok[n].deprel = vh >= 0 && s->tok[vh].upos == DYAD_UPOS_VERB ? "obl:unmarked"
                                                                          : "nmod:unmarked";
        }
        s->tok[v].head = n + 1;
        s->tok[v].deprel = "acl";
    }
}
