/* coder_needs.c — which tagged sentences the coder needs parsed (see coder.h): the same
 * dictionary lookups the coder makes when it looks for actors (coder_actor.c) and event
 * words (verb_at in coder_verb.c), made on the words alone. Keep them in step. */
#include "coder/coder_internal.h"
#include "coder/coder_words.h"
#include "nlp/parse_repair.h"

#include <string.h>

/* The words of the verb phrase verb_at (coder_verb.c) builds for the verb v starting at
 * word at, with the verb word vw and the particle prt (-1 when none); returns their number,
 * *vi the verb's place. */
static int phrase_words(const dyad_sentence *s, const char **form, int32_t at, int32_t v,
                        const char *vw, int32_t prt, const char **w, int *vi)
{
    int n = 0;
    for (int32_t i = at; i < v; i++)
        w[n++] = form[i];
    *vi = n;
    w[n++] = vw;
    if (prt >= 0)
        w[n++] = form[prt];
    for (int32_t i = v + 1; n < 6 && i < s->n; i++)
        if (i != prt)
            w[n++] = form[i];
    return n;
}

/* Whether the verb dictionary has an entry for word v of s as verb_at looks it up: the
 * phrase may start up to two words before v (find_verb), the form as written and then the
 * lemma, with a compound:prt particle after the verb. The parse decides which word is the
 * particle, so with prt_any every word of s is tried as one. */
/* A lower-case word in -ed tagged as an adjective: a past tense a parse repair may make the
 * sentence's verb ("police teargassed protesters", parse_repair_modifiers.c). */
static bool past_adjective(const dyad_token *t, const char *form)
{
    size_t n = form ? strlen(form) : 0;
    return t->upos == DYAD_UPOS_ADJ && n >= 5 && n < 64 && form[0] >= 'a' && form[0] <= 'z' &&
           strcmp(form + n - 2, "ed") == 0;
}

/* The verb of a past tense with no -ed tagged as a noun or an adjective ("police beat
 * protesters", "a gunman shot shoppers"), which a parse repair may make the sentence's verb
 * (parse_repair_verbs.c, parse_repair_modifiers.c); NULL for other words. */
static const char *irregular_past(const dyad_token *t, const char *form)
{
    if (t->upos != DYAD_UPOS_ADJ && t->upos != DYAD_UPOS_NOUN)
        return NULL;
    return dyad_past_tense_lemma(form);
}

/* The base forms such a word's verb may have, written into buf: "wounded" -> "wound",
 * "raised" -> "raise", "teargassed" -> "teargas"; returns their number (at most 3). */
static int past_stems(const char *form, char buf[3][64], const char **out)
{
    size_t n = strlen(form);
    int k = 0;
    memcpy(buf[k], form, n - 2), buf[k][n - 2] = 0, out[k] = buf[k], k++; /* wound */
    memcpy(buf[k], form, n - 1), buf[k][n - 1] = 0, out[k] = buf[k], k++; /* raise(d) */
    if (n >= 6 && form[n - 3] == form[n - 4]) /* teargas(s)ed */
        memcpy(buf[k], form, n - 3), buf[k][n - 3] = 0, out[k] = buf[k], k++;
    return k;
}

static bool verb_entry(const dyad_coder *c, const dyad_sentence *s, const char **form, int32_t v,
                       bool prt_any)
{
    const dyad_coder_lex *l = &c->lex;
    const dyad_token *t = s->tok;
    const char *words[5] = {form[v], t[v].lemma && *t[v].lemma ? t[v].lemma : form[v]};
    int nw = 2;
    char stems[3][64];
    if (past_adjective(&t[v], form[v]))
        nw += past_stems(form[v], stems, words + 2);
    else if (irregular_past(&t[v], form[v]))
        words[nw++] = irregular_past(&t[v], form[v]);
    for (int32_t at = v; at >= 0 && at >= v - 2; at--) {
        if (at < v && (t[at].upos == DYAD_UPOS_PUNCT || t[at].upos == DYAD_UPOS_VERB))
            continue;
        for (int pass = 0; pass < nw; pass++) {
            const char *vw = words[pass];
            if (l->verb_may_start && !l->verb_may_start(l->ctx, at < v ? form[at] : vw))
                continue; /* every phrase tried below starts with that word */
            for (int32_t prt = prt_any ? 0 : -1; prt < (prt_any ? s->n : 0); prt++) {
                if (prt == v)
                    continue;
                const char *w[6];
                int vi = 0;
                int n = phrase_words(s, form, at, v, vw, prt, w, &vi);
                int32_t len = 0;
                const dyad_verb *vb = l->verb(l->ctx, w, n, &len);
                if (vb && len > vi && !(vb->via && (t[v].upos == DYAD_UPOS_NOUN || prt >= 0)))
                    return true; /* WordNet verbs code no nouns, no phrasal verbs (coder_verb.c) */
            }
        }
    }
    return false;
}

/* The words the coder may take as a predicate (is_pred: VERB, or a root AUX) or as an event
 * noun (nominal events), and the past tenses tagged as adjectives that a parse repair may make
 * verbs (the other tags the parse keeps). */
static bool event_pos(const dyad_token *t, const char *form)
{
    return t->upos == DYAD_UPOS_VERB || t->upos == DYAD_UPOS_AUX || t->upos == DYAD_UPOS_NOUN ||
           past_adjective(t, form) || irregular_past(t, form);
}

static bool has_event_word(const dyad_coder *c, const dyad_sentence *s, const char **form)
{
    /* without particles first: most event words are found there, and cheaply */
    for (int pass = 0; pass < 2; pass++)
        for (int32_t v = 0; v < s->n; v++)
            if (event_pos(&s->tok[v], form[v]) && verb_entry(c, s, form, v, pass == 1))
                return true;
    return false;
}

/* A form that is, or whose lemma may be, a pronoun the coder resolves: its list (forms and
 * lemmas alike) and the forms whose lemma is in it, so that untagged words are covered. */
static bool pronoun_form(const char *f)
{
    static const char *const more[] = {"hers", "theirs", "ours", "'em", "himself", "herself",
                                       "itself", "themselves", "ourselves",
                                       /* a quotation's speaker (coder_actor.c) */
                                       "i", "we", "me", "us", "my", "our"};
    static dyad_coder_words more_set = DYAD_CODER_WORDS(more);
    return dyad_coder_pronoun_word(f) || dyad_coder_in_words(f, &more_set);
}

/* dyad_coder_sentence_offers, with the surnames of the people the document names in full
 * or introduces with a role (coder_names.c, coder_people.c) counted as parties too (names may
 * be NULL). */
static unsigned offers(const dyad_coder *c, const dyad_sentence *s, unsigned want,
                       const char **words, const dyad_coder_names *names)
{
    const dyad_coder_lex *l = &c->lex;
    unsigned got = 0;
    bool agent = false;
    /* An event has a source and a target with different codes, each found at its own place in
     * the sentence: an actor or agent match, or a pronoun. A place is counted for each lookup
     * that matches there (so "Russian police" counts twice), a word the coder may split in two
     * ('_', '-') twice: never fewer than the parties the coder can find. One is enough, with
     * dyads_only too: an agentless legal act ("X was charged": the story's police, coder_legal.c)
     * or an attack whose attacker claimed it (coder_claim.c) names one party and codes a dyad,
     * a one-sided act (a protest) codes with one, and without require_dyad an event may have
     * the target "---". */
    int places = 0, need = 1;
    bool count = (want & (DYAD_CODER_OFFERS_EVENT | DYAD_CODER_OFFERS_PARTIES)) != 0;
    for (int32_t i = 0; i < s->n; i++) {
        const dyad_token *t = &s->tok[i];
        const char *f = t->form ? t->form : "";
        words[i] = f;
        if (strchr(f, '_') || strcmp(f, "-") == 0) {
            got |= DYAD_CODER_OFFERS_ACTOR; /* respelled_actor joins or splits such words */
            places += 2;
        }
        if (pronoun_form(f) || (t->lemma && dyad_coder_pronoun_word(t->lemma))) {
            got |= DYAD_CODER_OFFERS_PRONOUN;
            places++;
        }
        /* "Johnson" after "Boris Johnson", "Nowak" after "Interior Minister Anna Nowak"; an
         * ambiguous one too: with the story's date fewer people may share it */
        if (names && dyad_coder_surname_known(names, f)) {
            got |= DYAD_CODER_OFFERS_ACTOR;
            places++;
        }
    }
    /* agents are looked for to the end when REFERS is wanted */
    bool all_agents = (want & DYAD_CODER_OFFERS_REFERS) != 0;
    for (int32_t i = 0; i < s->n; i++) {
        /* the coder looks up fewer words (the phrase) and with the doc's date: whatever it
         * finds there, a lookup of all the words that follow without a date finds too */
        bool more = count && places < need;
        dyad_actor_match am;
        dyad_agent_match gm;
        if ((!(got & DYAD_CODER_OFFERS_ACTOR) || more) &&
            l->actor(l->ctx, words + i, (int)(s->n - i), 0, &am)) {
            got |= DYAD_CODER_OFFERS_ACTOR;
            places++;
        }
        if ((!agent || more) && l->agent(l->ctx, words + i, (int)(s->n - i), &gm)) {
            agent = true;
            places++;
        }
        if ((got & DYAD_CODER_OFFERS_ACTOR) && (agent || !all_agents) && (!count || places >= need))
            break;
    }
    if (agent)
        got |= DYAD_CODER_OFFERS_ACTOR;
    if (c->opt.new_actor_length > 0) {
        got |= DYAD_CODER_OFFERS_ACTOR; /* any proper-noun phrase may be an actor */
        places = need;
    }
    if ((want & DYAD_CODER_OFFERS_PARTIES) && places >= need &&
        (got & (DYAD_CODER_OFFERS_ACTOR | DYAD_CODER_OFFERS_PRONOUN)))
        got |= DYAD_CODER_OFFERS_PARTIES;
    /* one party is enough for a one-sided or agentless legal act, or without require_dyad */
    if ((want & DYAD_CODER_OFFERS_EVENT) && places >= need &&
        (got & (DYAD_CODER_OFFERS_ACTOR | DYAD_CODER_OFFERS_PRONOUN)) && has_event_word(c, s, words))
        got |= DYAD_CODER_OFFERS_EVENT;
    /* pronouns, and an agent alone borrows the nearest earlier actor with that agent */
    if ((want & DYAD_CODER_OFFERS_REFERS) && (agent || (got & DYAD_CODER_OFFERS_PRONOUN)))
        got |= DYAD_CODER_OFFERS_REFERS;
    return got & (want | DYAD_CODER_OFFERS_ACTOR | DYAD_CODER_OFFERS_PRONOUN);
}

unsigned dyad_coder_sentence_offers(const dyad_coder *c, const dyad_sentence *s, unsigned want,
                                    const char **words)
{
    return offers(c, s, want, words, NULL);
}

/* s names a crowd act by a noun ("Protests continued"), whether or not it names anyone. */
static bool crowd_noun(const dyad_sentence *s)
{
    for (int32_t i = 0; i < s->n; i++)
        if (dyad_coder_crowd_word(s->tok[i].form))
            return true;
    return false;
}

/* s names an attack again by a definite noun ("Dozens died in the attack"): the attacker and
 * the victims may be that attack's, though s names no one (coder_anaphor.c). */
static bool attack_named_again(const dyad_sentence *s)
{
    bool det = false, attack = false;
    for (int32_t i = 0; i < s->n; i++) {
        const char *f = s->tok[i].form ? s->tok[i].form : "";
        det = det || dyad_coder_is(f, "the") || dyad_coder_is(f, "this") || dyad_coder_is(f, "that");
        attack = attack || dyad_coder_act_noun(f, DYAD_ACT_NOUN_HARM);
    }
    return det && attack;
}

/* s holds a judgement word (coder_verdict.c): an event without a verb, whose speaker may be
 * named in an earlier sentence that opened the quotation (coder_quote.c); or a court's finding
 * of illegality, whose verb ("found", "concluded") need not be in the dictionaries
 * (coder_ruling.c). */
static bool verdict_words(const dyad_sentence *s)
{
    for (int32_t i = 0; i < s->n; i++)
        if (dyad_coder_verdict_word(s->tok[i].form) || dyad_coder_ruling_word(s->tok[i].form))
            return true;
    return dyad_coder_praise_words(s); /* coder_praise.c */
}

/* s holds a word of legal acts: an agentless arrest or sentence may code with no party named,
 * its target someone the dictionaries do not know (coder_legal.c). */
static bool legal_words(const dyad_sentence *s)
{
    for (int32_t i = 0; i < s->n; i++)
        if (dyad_coder_legal_word(s->tok[i].form))
            return true;
    return false;
}

/* mark[i] for each sentence i of doc: 0 when the coder surely finds no actor in it (neither
 * an actor nor a pronoun after a sentence with one), else 1, plus 2 when it offers an event
 * word, 4 when it may borrow an earlier actor and 8 when it gives two parties (as far as want
 * asks). */
static void mark_finders(const dyad_coder *c, const dyad_doc *doc, unsigned want, uint8_t *mark,
                         const char **words)
{
    bool actor_seen = false;
    dyad_coder_names names; /* without a date: whatever the coder finds with one, this finds */
    dyad_coder_story_names(c, doc, 0, &names);
    for (int32_t i = 0; i < doc->nsent; i++) {
        const dyad_sentence *s = &doc->sent[i];
        mark[i] = 0;
        if (s->n <= 0)
            continue;
        unsigned o = offers(c, s, want, words, &names);
        /* a crowd act needs no party named: the story's (coder_crowd.c); nor an attack named
         * again, nor a legal act (coder_legal.c); each word scan is skipped when what it
         * would add is there already */
        unsigned crowd = DYAD_CODER_OFFERS_ACTOR |
                         (want & (DYAD_CODER_OFFERS_EVENT | DYAD_CODER_OFFERS_PARTIES));
        if ((o & crowd) != crowd && (crowd_noun(s) || attack_named_again(s) || legal_words(s)))
            o |= crowd;
        unsigned verdict = want & (DYAD_CODER_OFFERS_EVENT | DYAD_CODER_OFFERS_PARTIES |
                                   DYAD_CODER_OFFERS_REFERS);
        bool party = (o & (DYAD_CODER_OFFERS_ACTOR | DYAD_CODER_OFFERS_PRONOUN)) != 0;
        if ((o & verdict) != verdict && party && verdict_words(s))
            o |= verdict;
        bool actor = (o & DYAD_CODER_OFFERS_ACTOR) != 0;
        bool finds = actor || ((o & DYAD_CODER_OFFERS_PRONOUN) && actor_seen);
        actor_seen = actor_seen || actor;
        if (finds)
            mark[i] = (uint8_t)(1 | (o & DYAD_CODER_OFFERS_EVENT ? 2 : 0) |
                                (o & DYAD_CODER_OFFERS_REFERS ? 4 : 0) |
                                (o & DYAD_CODER_OFFERS_PARTIES ? 8 : 0));
    }
}

/* mark (from mark_finders) into a plan: a sentence with the event bit ev, and one that finds
 * an actor before a later event sentence that may borrow (4), are chosen (1), the rest 0. */
static void choose(uint8_t *mark, int32_t n, uint8_t ev)
{
    bool borrow_later = false;
    for (int32_t i = n - 1; i >= 0; i--) {
        uint8_t m = mark[i];
        bool event = (m & ev) != 0;
        mark[i] = event || (m && borrow_later);
        borrow_later = borrow_later || (event && (m & 4));
    }
}

/* The parse plan (below) from the forms alone, before tagging, where it cannot see event
 * words: a sentence that gives two parties stands in for one with an event; forms find
 * every pronoun the tags would (pronoun_form). Every sentence the parse plan can choose is
 * tagged; the others need no tags either: the coder reads only their forms. */
void dyad_coder_needs_tags(const dyad_coder *c, const dyad_doc *doc, uint8_t *tag,
                           const char **words)
{
    mark_finders(c, doc, DYAD_CODER_OFFERS_PARTIES | DYAD_CODER_OFFERS_REFERS, tag, words);
    choose(tag, doc->nsent, 8);
}

/* Why the plan keeps the events: dyad_coder_code reads a sentence's parse (1) for its own
 * events, which need an actor (or a pronoun standing for one: after a sentence with an
 * actor) and a verb-dictionary word; and (2) for the last actor it remembers for pronouns
 * and agents alone in later sentences. A sentence with neither actor nor pronoun-after-actor
 * finds no actor parsed or not, so leaves (2) unchanged. Every such sentence before the last
 * one with an event word that may borrow (REFERS) is parsed, so what that one and all before
 * it borrow is unchanged; a later one with an event word borrows nothing, and one without
 * codes nothing. */
void dyad_coder_needs_parse(const dyad_coder *c, const dyad_doc *doc, uint8_t *parse,
                            const char **words)
{
    mark_finders(c, doc, DYAD_CODER_OFFERS_EVENT | DYAD_CODER_OFFERS_REFERS, parse, words);
    choose(parse, doc->nsent, 2);
}
