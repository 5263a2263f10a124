/* parse_repair_attach.c — phrases the parser hung on the wrong word (see parse_repair.c).
 *
 * A span of time before "later" or "ago" is the adverb's measure, not the head of the place's
 * phrase before it ("arrived at | the Walmart six minutes | later", time_spans_in_phrases).
 * A medium after "on" is the verb's channel, not its object's modifier ("expressed his outrage
 * | on television", media_obliques); any other on-phrase right after the object of
 * "announced", "proposed", "signed" is the object's topic ("announced restrictions | on
 * flights", topic_modifiers), and a to-phrase after "in a letter" (a filing, a complaint) is
 * the message's ("said in a filing | to the SEC", message_recipients). Each is a shape a
 * retrained parser (issue 16) builds where the committed one builds the other. A clause that
 * opens with "who" or "whom" after a comma is a relative clause of the noun before the comma,
 * not a conjunct or adverbial clause of the verb ("expelled the envoy, | who had criticised
 * the president", person_relatives). */
#include "nlp/parse_repair_internal.h"

#include <strings.h>

/* "Officers arrived at the Walmart six minutes later" parsed with "minutes" the head of the
 * at-phrase and "Walmart" its compound: a span of time before "later", "earlier" or "ago" is
 * that adverb's measure, not the place's head. A plural or singular unit of time with a number
 * of its own, right before such an adverb, that heads a phrase with a case and a noun or name
 * before the number: the word right before the number heads the phrase (the case, the
 * determiner and the words before it go with it), the span is the adverb's obl:unmarked
 * (time_spans_in_phrases). */
void dyad_repair_time_spans_in_phrases(dyad_sentence *s)
{
    static const char *const units[] = {"second", "seconds", "minute", "minutes", "hour",
                                        "hours",  "day",     "days",    "week",    "weeks",
                                        "month",  "months",  "year",    "years"};
    static const char *const after[] = {"later", "earlier", "ago"};
    for (int32_t m = 2; m + 1 < s->n; m++) {
        dyad_token *mt = &s->tok[m], *at = &s->tok[m + 1], *nt = &s->tok[m - 1];
        int32_t c = m - 2, h = mt->head - 1;
        if (nt->upos != DYAD_UPOS_NUM || at->upos != DYAD_UPOS_ADV ||
            !word_in(mt->form, units, sizeof units / sizeof *units) ||
            !word_in(at->form, after, sizeof after / sizeof *after) || nt->head != m + 1 ||
            h < 0 || !has_kid(s, m, "case"))
            continue;
        dyad_token *ct = &s->tok[c];
        if ((ct->upos != DYAD_UPOS_NOUN && ct->upos != DYAD_UPOS_PROPN) || ct->head != m + 1 ||
            !rel_is(ct->deprel, "compound"))
            continue;
        for (int32_t i = 0; i < c; i++) /* the case, determiner and modifiers before the noun */
            if (s->tok[i].head == m + 1)
                s->tok[i].head = c + 1;
        if (h == m + 1) /* the span already the adverb's: the place goes to the adverb's head */
            ct->head = at->head, ct->deprel = "obl";
        else
            ct->head = mt->head, ct->deprel = mt->deprel;
        if (at->head == m + 1) /* "later" hung on the span modifies the span's old head */
            at->head = h + 1, at->deprel = "advmod";
        mt->head = m + 2;
        mt->deprel = "obl:unmarked";
    }
}

/* "Lavrov expressed his outrage on Ukrainian television" parsed with "on television" a modifier
 * of "outrage": a broadcast medium after "on" is the channel the act went out on. An on-phrase
 * headed by a medium, hung as nmod on the object of a verb right before it, is the verb's
 * oblique (media_obliques). */
void dyad_repair_media_obliques(dyad_sentence *s)
{
    static const char *const media[] = {"television", "TV", "radio", "Twitter", "Facebook",
                                        "air", "channel", "broadcast", "website"};
    for (int32_t n = 2; n < s->n; n++) {
        dyad_token *nt = &s->tok[n];
        int32_t o = nt->head - 1, v = o >= 0 ? s->tok[o].head - 1 : -1, c = -1;
        if (!is(nt->deprel, "nmod") || o < 0 || o > n || v < 0 || v > o ||
            !is(s->tok[o].deprel, "obj") || s->tok[v].upos != DYAD_UPOS_VERB ||
            !word_in(nt->lemma, media, sizeof media / sizeof *media))
            continue;
        for (int32_t i = o + 1; i < n; i++)
            if (s->tok[i].head == n + 1 && is(s->tok[i].deprel, "case"))
                c = i;
        if (c < 0 || strcasecmp(s->tok[c].form ? s->tok[c].form : "", "on") != 0)
            continue;
        nt->head = v + 1;
        nt->deprel = "obl";
    }
}
/* Phrase k, right after noun n with nothing but their own words between, becomes n's
 * modifier (nmod); left as it is otherwise. */
static void rehang_after(dyad_sentence *s, int32_t k, int32_t n)
{
    for (int32_t i = n + 1; i < k; i++)
        if (s->tok[i].upos == DYAD_UPOS_PUNCT || !(descends(s, i, n) || descends(s, i, k)))
            return;
    s->tok[k].head = n + 1;
    s->tok[k].deprel = "nmod";
}

/* "Obama announced new restrictions on flights to Russia" parsed with "on flights" an oblique
 * of "announced": what is announced, proposed or signed is about something, and an on-phrase
 * right after that object is its topic. An on-phrase, oblique of such a verb right after the
 * verb's object, that names no day, time or medium, is the object's modifier (topic_modifiers). */
void dyad_repair_topic_modifiers(dyad_sentence *s)
{
    static const char *const verbs[] = {"announce", "unveil", "propose", "introduce", "outline",
                                        "present", "adopt", "approve", "sign", "publish"};
    static const char *const when[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "day", "night", "morning", "afternoon", "evening",
        "weekend", "eve", "anniversary", "occasion", "behalf", "television", "TV", "radio",
        "Twitter", "Facebook", "air", "website", "channel", "basis", "condition"};
    for (int32_t k = 3; k < s->n; k++) {
        dyad_token *kt = &s->tok[k];
        int32_t v = kt->head - 1, o = -1, c = -1;
        if (!is(kt->deprel, "obl") || v < 0 || v > k || s->tok[v].upos != DYAD_UPOS_VERB ||
            !word_in(s->tok[v].lemma, verbs, sizeof verbs / sizeof *verbs) ||
            kt->upos == DYAD_UPOS_NUM || word_in(kt->form, when, sizeof when / sizeof *when))
            continue;
        for (int32_t i = v + 1; i < k; i++) {
            if (s->tok[i].head == v + 1 && is(s->tok[i].deprel, "obj"))
                o = i;
            if (s->tok[i].head == k + 1 && is(s->tok[i].deprel, "case"))
                c = i;
        }
        if (o < 0 || c < 0 || strcasecmp(s->tok[c].form ? s->tok[c].form : "", "on") != 0)
            continue;
        rehang_after(s, k, o); /* only the object's words between it and the phrase */
    }
}

/* "Ford said in a financial filing to the U.S. Securities and Exchange Commission that ..."
 * parsed with "to the Commission" an oblique of "said": a letter, a filing or a complaint is
 * sent to someone. A to-phrase, oblique of a verb right after the verb's in-phrase whose head
 * is such a written message, is that message's modifier (message_recipients). */
void dyad_repair_message_recipients(dyad_sentence *s)
{
    static const char *const messages[] = {
        "letter", "filing", "statement", "report", "submission", "complaint", "memo",
        "memorandum", "note", "email", "e-mail", "message", "petition", "motion", "brief",
        "application", "request", "appeal"};
    for (int32_t k = 3; k < s->n; k++) {
        dyad_token *kt = &s->tok[k];
        int32_t v = kt->head - 1, m = -1, c = -1;
        if (!is(kt->deprel, "obl") || v < 0 || v > k || s->tok[v].upos != DYAD_UPOS_VERB)
            continue;
        for (int32_t i = v + 1; i < k; i++) {
            if (s->tok[i].head == v + 1 && is(s->tok[i].deprel, "obl"))
                m = i; /* the last oblique of the verb before the to-phrase */
            if (s->tok[i].head == k + 1 && is(s->tok[i].deprel, "case"))
                c = i;
        }
        if (m < 0 || c < 0 || strcasecmp(s->tok[c].form ? s->tok[c].form : "", "to") != 0 ||
            !word_in(s->tok[m].lemma, messages, sizeof messages / sizeof *messages))
            continue;
        int32_t mc = -1; /* the message's own preposition: "in" */
        for (int32_t i = v + 1; i < m; i++)
            if (s->tok[i].head == m + 1 && is(s->tok[i].deprel, "case"))
                mc = i;
        if (mc < 0 || strcasecmp(s->tok[mc].form ? s->tok[mc].form : "", "in") != 0)
            continue;
        rehang_after(s, k, m); /* only the message's words between it and the to-phrase */
    }
}

/* "Kenya expelled the Ugandan envoy, who had criticised the Kenyan president" parsed with
 * "criticised" a conjunct (or adverbial clause, or parataxis) of "expelled" and "who" its
 * subject: a relative pronoun of persons opens only a relative clause, of the nominal whose
 * phrase ends at the comma before it (person_relatives). "which" may stand for a whole clause
 * ("attacked Ukraine, which angered the West") and is left alone. */
void dyad_repair_person_relatives(dyad_sentence *s)
{
    for (int32_t w = 2; w < s->n; w++) {
        dyad_token *wt = &s->tok[w];
        int32_t c = wt->head - 1;
        if (!(strcasecmp(wt->form ? wt->form : "", "who") == 0 ||
              strcasecmp(wt->form ? wt->form : "", "whom") == 0) ||
            wt->upos != DYAD_UPOS_PRON || c < 0 || c <= w ||
            !(rel_is(wt->deprel, "nsubj") || rel_is(wt->deprel, "obj")) ||
            s->tok[c].upos != DYAD_UPOS_VERB || left_edge(s, c) < w - 1 ||
            !(rel_is(s->tok[c].deprel, "conj") || rel_is(s->tok[c].deprel, "advcl") ||
              rel_is(s->tok[c].deprel, "parataxis")) ||
            !is(s->tok[w - 1].form, ","))
            continue;
        /* the nominal whose phrase ends right before the comma */
        int32_t n = w - 2;
        for (int guard = 0; guard < 16; guard++) {
            int32_t h = s->tok[n].head - 1;
            if (h < 0 || h > w - 2 || !noun_phrase_word(&s->tok[h]))
                break;
            n = h;
        }
        if (!noun_phrase_word(&s->tok[n]) || s->tok[n].upos == DYAD_UPOS_PRON ||
            descends(s, n, c))
            continue;
        s->tok[c].head = n + 1;
        s->tok[c].deprel = "acl:relcl";
        if (s->tok[w - 1].head != c + 1)
            s->tok[w - 1].head = c + 1;
    }
}
